"""The tables of the Privacy page: the data-subject requests (overdue ones first, in red and
bold, their state saying "Overdue") and the people inactive for longer than the retention
period. Tens of rows, held whole (desktop.gui.row_list_model)."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from desktop.domain.formatting import format_date
from desktop.domain.privacy import RequestStatus
from desktop.gui.formatting import language, show_date_time
from desktop.gui.privacy_texts import activity_text, kind_text, status_text
from desktop.gui.row_list_model import Index, RowListModel
from desktop.services.data_requests import DataRequestRow
from desktop.services.retention import InactivePerson

OVERDUE_COLOUR = QColor("#b3261e")  # the error colour of the style sheet
CLOSED_COLOUR = QColor("#52606d")  # the hint colour: done with, kept for the record


class RequestColumn(IntEnum):
    PERSON = 0
    KIND = 1
    RECEIVED = 2
    DUE = 3
    STATE = 4
    OUTCOME = 5


def overdue_first(rows: list[DataRequestRow]) -> list[DataRequestRow]:
    """Overdue, then the other open ones, then the closed, each in the service's order."""
    return sorted(rows, key=lambda row: (not row.overdue, row.status != RequestStatus.OPEN))


class RequestsTableModel(RowListModel):
    def set_rows(self, rows: list[DataRequestRow]) -> None:
        self.replace_rows(overdue_first(rows))

    def row_at(self, row: int) -> DataRequestRow | None:
        request: DataRequestRow | None = self.item_at(row)
        return request

    def titles(self) -> list[str]:
        return [self.tr("Person"), self.tr("Request"), self.tr("Received"), self.tr("Due"),
                self.tr("State"), self.tr("Outcome")]  # fmt: skip

    def cell(self, item: DataRequestRow, column: int, role: int) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(item, RequestColumn(column))
        if role == Qt.ItemDataRole.ForegroundRole:
            if item.overdue:
                return OVERDUE_COLOUR
            return CLOSED_COLOUR if item.status != RequestStatus.OPEN else None
        if role == Qt.ItemDataRole.FontRole and item.overdue:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, request: DataRequestRow, column: RequestColumn) -> str:
        if column == RequestColumn.PERSON:
            return request.participant_name
        if column == RequestColumn.KIND:
            return kind_text(request.kind)
        if column == RequestColumn.RECEIVED:
            return show_date_time(request.received_at)
        if column == RequestColumn.DUE:
            return show_date_time(request.due_at)
        if column == RequestColumn.STATE:
            if request.overdue:
                return self.tr("Overdue")
            return status_text(request.status)
        return request.outcome or ""


class InactiveColumn(IntEnum):
    PERSON = 0
    LAST_ACTIVITY = 1
    WHAT = 2


class InactiveTableModel(RowListModel):
    def set_rows(self, rows: list[InactivePerson]) -> None:
        self.replace_rows(rows)

    def row_at(self, row: int) -> InactivePerson | None:
        person: InactivePerson | None = self.item_at(row)
        return person

    def titles(self) -> list[str]:
        return [self.tr("Person"), self.tr("Last activity"), self.tr("What it was")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # Inactive people are known by their participant_id (the base class gives `id`).
        person = self.row_at(index.row()) if index.isValid() else None
        if person is not None and role == Qt.ItemDataRole.UserRole:
            return person.participant_id
        return super().data(index, role)

    def cell(self, item: InactivePerson, column: int, role: int) -> object:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == InactiveColumn.PERSON:
            return item.name
        if column == InactiveColumn.LAST_ACTIVITY:
            return format_date(item.last_activity, language())
        return activity_text(item.reason)
