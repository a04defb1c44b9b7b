"""The follow-up page's table: the calls to make, by due date then name, each with the
phone number as people write it and how many attempts were made. A centre calls tens or a
few hundred people at a time, so the model holds the rows of one `call_list` call."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QLocale, Qt

from desktop.domain.follow_up import CallRow
from desktop.gui.row_list_model import RowListModel
from desktop.gui.stock_texts import day_text


class Column(IntEnum):
    NAME = 0
    PHONE = 1
    PROGRAMME = 2
    COHORT = 3
    MONTHS = 4
    DUE = 5
    ATTEMPTS = 6
    LAST_CALL = 7


class CallsTableModel(RowListModel):
    def set_calls(self, rows: list[CallRow]) -> None:
        self.replace_rows(rows)

    def call_at(self, row: int) -> CallRow | None:
        call: CallRow | None = self.item_at(row)
        return call

    def row_of_call(self, key: tuple[int, int]) -> int | None:
        for row, item in enumerate(self._rows):
            if item.key == key:
                return row
        return None

    def titles(self) -> list[str]:
        return [self.tr("Name"), self.tr("Phone"), self.tr("Programme"), self.tr("Cohort"),
                self.tr("Months"), self.tr("Due"), self.tr("Attempts"),
                self.tr("Last call")]  # fmt: skip

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        # The row's key, not an `id`: one person may be due at one milestone only, but the
        # key says which.
        if role == Qt.ItemDataRole.UserRole and index.isValid():
            item = self.item_at(index.row())
            return item.enrolment_id if item else None
        return super().data(index, role)

    def cell(self, item: CallRow, column: int, role: int) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(item, Column(column))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            Column.MONTHS,
            Column.ATTEMPTS,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, call: CallRow, column: Column) -> str:
        if column == Column.NAME:
            return call.full_name
        if column == Column.PHONE:
            return call.phone or self.tr("none")
        if column == Column.PROGRAMME:
            return call.programme
        if column == Column.COHORT:
            return call.cohort_code
        if column == Column.MONTHS:
            return QLocale().toString(call.months)
        if column == Column.DUE:
            return day_text(call.due_on)
        if column == Column.ATTEMPTS:
            return QLocale().toString(call.attempts)
        return day_text(call.last_call_on)
