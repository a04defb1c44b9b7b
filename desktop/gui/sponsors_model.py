"""The sponsors table: each sponsor with its type, what it gave in cash and in kind, and whether
it is active. A centre has tens of sponsors: the model holds the rows of one call."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from desktop.domain.formatting import format_rupiah
from desktop.gui.row_list_model import RowListModel
from desktop.services.sponsor_details import SponsorSummary

INACTIVE_COLOUR = QColor("#52606d")  # the hint colour of the style sheet
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class Column(IntEnum):
    NAME = 0
    KIND = 1
    CASH = 2
    IN_KIND = 3
    STATUS = 4


class SponsorsTableModel(RowListModel):
    def set_rows(self, rows: list[SponsorSummary]) -> None:
        self.replace_rows(rows)

    def row_at(self, row: int) -> SponsorSummary | None:
        sponsor: SponsorSummary | None = self.item_at(row)
        return sponsor

    def titles(self) -> list[str]:
        return [self.tr("Name"), self.tr("Type"), self.tr("Cash given"),
                self.tr("In kind given (value)"), self.tr("Status")]  # fmt: skip

    def cell(self, item: SponsorSummary, column: int, role: int) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(item, Column(column))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.CASH, Column.IN_KIND):
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and not item.active:
            return INACTIVE_COLOUR
        return None

    def _text(self, sponsor: SponsorSummary, column: Column) -> str:
        if column == Column.NAME:
            return sponsor.name
        if column == Column.KIND:
            return QCoreApplication.translate("sponsors", sponsor.kind.label)
        if column == Column.CASH:
            return format_rupiah(sponsor.cash_rupiah) if sponsor.cash_rupiah else ""
        if column == Column.IN_KIND:
            return format_rupiah(sponsor.in_kind_rupiah) if sponsor.in_kind_rupiah else ""
        return self.tr("Active") if sponsor.active else self.tr("Deactivated")
