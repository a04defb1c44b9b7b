"""The loans page's table: equipment lent to participants and things handed over to them for
good, the overdue ones first and marked with a warning sign and how late they are in words
("3 days overdue"), so the eye does not depend on colour.

A centre lends tens of machines, not millions, so the model holds the rows of one
`list_loans` call, like the programmes list.
"""

from __future__ import annotations

from datetime import date
from enum import IntEnum

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from desktop.gui.row_list_model import RowListModel
from desktop.gui.stock_texts import condition_text, day_text, quantity_text
from desktop.services.inventory_loans import LoanKind, LoanRow

RED = QColor("#b3261e")  # the style sheet's error colour (WCAG AA on white)
GREY = QColor("#52606d")  # its hint colour: what is settled (returned, handed over)
FAR_FUTURE = date.max


class Column(IntEnum):
    STATUS = 0
    ITEM = 1
    PARTICIPANT = 2
    QUANTITY = 3
    OUT = 4
    DUE = 5
    NUMBER = 6
    CONDITION = 7


def ordered(loans: list[LoanRow]) -> list[LoanRow]:
    """Overdue first (the longest overdue first), then loans out by the day they are
    due, then handovers and returned loans, the newest first."""

    def key(loan: LoanRow) -> tuple[int, int, date, int]:
        if loan.overdue_days > 0:
            return (0, -loan.overdue_days, loan.out_on, loan.id)
        if loan.kind is LoanKind.LOAN and loan.returned_on is None:
            return (1, 0, loan.due_on or FAR_FUTURE, loan.id)
        settled = loan.returned_on or loan.out_on
        return (2, -settled.toordinal(), date.min, -loan.id)

    return sorted(loans, key=key)


def is_open(loan: LoanRow) -> bool:
    """A loan still out: the one thing that can be returned."""
    return loan.kind is LoanKind.LOAN and loan.returned_on is None


def item_text(loan: LoanRow) -> str:
    return f"{loan.item_name} ({loan.asset_tag})" if loan.asset_tag else loan.item_name


class LoansTableModel(RowListModel):
    def set_loans(self, loans: list[LoanRow]) -> None:
        self.replace_rows(ordered(loans))

    def loan_at(self, row: int) -> LoanRow | None:
        loan: LoanRow | None = self.item_at(row)
        return loan

    def loans(self) -> list[LoanRow]:
        return list(self._rows)

    def titles(self) -> list[str]:
        return [self.tr("Status"), self.tr("Item"), self.tr("Participant"), self.tr("Quantity"),
                self.tr("Out on"), self.tr("Due on"), self.tr("Handover record"),
                self.tr("Condition")]  # fmt: skip

    def status_text(self, loan: LoanRow) -> str:
        days = loan.overdue_days
        if days == 1:
            return self.tr("1 day overdue")
        if days > 1:
            return self.tr("%1 days overdue").replace("%1", QLocale().toString(days))
        if loan.kind is LoanKind.HANDOVER:
            return self.tr("Handed over for good")
        if loan.returned_on is not None:
            return self.tr("Returned on %1").replace("%1", day_text(loan.returned_on))
        return self.tr("Lent")

    def cell(self, item: LoanRow, column: int, role: int) -> object:
        overdue = item.overdue_days > 0
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(item, Column(column))
        if role == Qt.ItemDataRole.DecorationRole and column == Column.STATUS and overdue:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ForegroundRole:
            if overdue and column in (Column.STATUS, Column.DUE):
                return RED
            return None if is_open(item) else GREY
        if role == Qt.ItemDataRole.FontRole and overdue and column == Column.STATUS:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.QUANTITY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, loan: LoanRow, column: Column) -> str:
        if column == Column.STATUS:
            return self.status_text(loan)
        if column == Column.ITEM:
            return item_text(loan)
        if column == Column.PARTICIPANT:
            return loan.participant_name
        if column == Column.QUANTITY:
            return quantity_text(loan.quantity_milli, loan.unit)
        if column == Column.OUT:
            return day_text(loan.out_on)
        if column == Column.DUE:
            return day_text(loan.due_on)
        if column == Column.NUMBER:
            return loan.number
        back = condition_text(loan.condition_back)
        out = condition_text(loan.condition_out)
        if not back:
            return out
        return self.tr("Out: %1 · Back: %2").replace("%1", out).replace("%2", back)
