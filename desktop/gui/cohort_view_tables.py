"""The tables of the Cohorts page: the list of cohorts with a bar for the fill rate, and in a
cohort's view its participants (the roster), its waitlist in order with the reason for each
position, and its sessions. Each holds the rows of one service call (tens of rows), as
desktop.gui.row_list_model does for the short lists."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from desktop.domain.cohort import CohortStatus, SessionKind
from desktop.gui.cohort_view_text import (
    cohort_status,
    date_range,
    enrolment_status,
    percent,
    show_date,
    time_range,
    weekday_name,
)
from desktop.gui.formatting import show_date_time
from desktop.gui.row_list_model import RowListModel
from desktop.gui.table_selection import select_row
from desktop.gui.waitlist_text import reasons_text, score_text
from desktop.services.cohort_overview import CohortListRow
from desktop.services.cohort_rows import SessionRow
from desktop.services.enrolment import RosterLine, WaitlistEntry

Index = QModelIndex | QPersistentModelIndex
QUIET_COLOUR = QColor("#52606d")  # the hint colour of the style sheet
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
BAR_COLOUR, FULL_COLOUR, TRACK_COLOUR = QColor("#1769aa"), QColor("#1d6b3a"), QColor("#dde3ea")
FILL_ROLE = Qt.ItemDataRole.UserRole + 1  # the fill rate as a fraction, for the bar


def setup_table(table: QTableView, model: RowListModel, stretch: int, row_room: int = 10) -> None:
    """Every column fits its text and `stretch` takes the room left; rows of one height."""
    table.setModel(model)
    header = table.horizontalHeader()
    for column in range(model.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + row_room)


def selected_key(table: QTableView) -> int | None:
    """The key (UserRole) of the table's selected row, to find it again after a refresh."""
    rows = table.selectionModel().selectedRows()
    if not rows:
        return None
    key = rows[0].data(Qt.ItemDataRole.UserRole)
    return int(key) if key is not None else None


def select_key(table: QTableView, model: RowListModel, key: int) -> None:
    row = model.row_of(key)
    if row is not None:
        select_row(table, row, scroll=False)


class KeyedRowModel(RowListModel):
    """A RowListModel whose rows are found by a key other than `id` (an enrolment's)."""

    def key(self, item: Any) -> int:
        raise NotImplementedError

    def row_of(self, item_id: int) -> int | None:
        for row in range(self.rowCount()):
            if self.key(self.item_at(row)) == item_id:
                return row
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        item = self.item_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self.key(item)
        return self.cell(item, index.column(), role)


class RosterColumn(IntEnum):
    NAME = 0
    STATUS = 1
    APPLIED = 2
    NOTE = 3


class RosterModel(KeyedRowModel):
    def key(self, item: RosterLine) -> int:
        return item.enrolment_id

    def line_at(self, row: int) -> RosterLine | None:
        line: RosterLine | None = self.item_at(row)
        return line

    def titles(self) -> list[str]:
        return [self.tr("Name"), self.tr("Status"), self.tr("Applied"), self.tr("Note")]

    def cell(self, item: RosterLine, column: int, role: int) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == RosterColumn.NAME:
                return item.full_name
            if column == RosterColumn.STATUS:
                return enrolment_status(item.status)
            if column == RosterColumn.APPLIED:
                return show_date_time(item.applied_at)
            return self.tr("Admitted by an administrator's override") if item.overridden else ""
        if role == Qt.ItemDataRole.ForegroundRole and not item.holds_seat:
            return QUIET_COLOUR  # applied, waiting or left: not in a seat
        return None


class WaitlistColumn(IntEnum):
    POSITION = 0
    NAME = 1
    SCORE = 2
    APPLIED = 3
    REASONS = 4


class WaitlistModel(KeyedRowModel):
    def key(self, item: WaitlistEntry) -> int:
        return item.enrolment_id

    def entry_at(self, row: int) -> WaitlistEntry | None:
        entry: WaitlistEntry | None = self.item_at(row)
        return entry

    def titles(self) -> list[str]:
        return [self.tr("No."), self.tr("Name"), self.tr("Score"), self.tr("Applied"),
                self.tr("Why this place")]  # fmt: skip

    def cell(self, item: WaitlistEntry, column: int, role: int) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == WaitlistColumn.POSITION:
                return str(item.position)
            if column == WaitlistColumn.NAME:
                return item.full_name
            if column == WaitlistColumn.SCORE:
                return score_text(item.score)
            if column == WaitlistColumn.APPLIED:
                return show_date_time(item.applied_at)
            return reasons_text(item.parts, item.tie_break)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            WaitlistColumn.POSITION,
            WaitlistColumn.SCORE,
        ):
            return RIGHT
        return None


class SessionColumn(IntEnum):
    DAY = 0
    TIME = 1
    ROOM = 2
    KIND = 3
    CANCELLED = 4
    MOVED_FROM = 5


class SessionsModel(RowListModel):
    def session_at(self, row: int) -> SessionRow | None:
        session: SessionRow | None = self.item_at(row)
        return session

    def titles(self) -> list[str]:
        return [self.tr("Day"), self.tr("Time"), self.tr("Room"), self.tr("Kind"),
                self.tr("Cancelled"), self.tr("Moved from")]  # fmt: skip

    def cell(self, item: SessionRow, column: int, role: int) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(item, SessionColumn(column))
        if role == Qt.ItemDataRole.ForegroundRole and item.cancelled:
            return QUIET_COLOUR
        if role == Qt.ItemDataRole.FontRole and item.cancelled and column <= SessionColumn.TIME:
            font = QFont()
            font.setStrikeOut(True)  # the day that will not happen, struck through as on paper
            return font
        return None

    def _text(self, item: SessionRow, column: SessionColumn) -> str:
        if column == SessionColumn.DAY:
            return f"{weekday_name(item.day.weekday())}, {show_date(item.day)}"
        if column == SessionColumn.TIME:
            return time_range(item.starts, item.ends)
        if column == SessionColumn.ROOM:
            return item.room
        if column == SessionColumn.KIND:
            if item.kind != SessionKind.MAKEUP:
                return self.tr("Regular")
            made_up = self.tr("Make-up")
            return f"{made_up} ({item.reason})" if item.reason and not item.cancelled else made_up
        if column == SessionColumn.CANCELLED:
            if not item.cancelled:
                return ""
            if not item.reason:
                return self.tr("Cancelled")
            return self.tr("Cancelled: %1").replace("%1", item.reason)
        if item.moved_from is None:
            return ""
        moved = show_date(item.moved_from)
        return f"{moved} ({item.reason})" if item.reason and not item.cancelled else moved


class CohortColumn(IntEnum):
    CODE = 0
    PROGRAMME = 1
    DATES = 2
    STATUS = 3
    SEATS = 4
    FILL = 5
    WAITING = 6


class CohortsTableModel(RowListModel):
    def row_at(self, row: int) -> CohortListRow | None:
        cohort: CohortListRow | None = self.item_at(row)
        return cohort

    def titles(self) -> list[str]:
        return [self.tr("Code"), self.tr("Programme"), self.tr("Dates"), self.tr("Status"),
                self.tr("Seats"), self.tr("Fill"), self.tr("Waiting")]  # fmt: skip

    def cell(self, item: CohortListRow, column: int, role: int) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(item, CohortColumn(column))
        if role == FILL_ROLE:
            return item.fill_rate
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= CohortColumn.SEATS:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and item.status in (
            CohortStatus.FINISHED,
            CohortStatus.ARCHIVED,
        ):
            return QUIET_COLOUR
        return None

    def _text(self, cohort: CohortListRow, column: CohortColumn) -> str:
        locale = QLocale()
        if column == CohortColumn.CODE:
            return cohort.code
        if column == CohortColumn.PROGRAMME:
            return cohort.programme_name
        if column == CohortColumn.DATES:
            return date_range(cohort.start_date, cohort.end_date)
        if column == CohortColumn.STATUS:
            return cohort_status(cohort.status)
        if column == CohortColumn.SEATS:
            return f"{locale.toString(cohort.seats_taken)}/{locale.toString(cohort.capacity)}"
        if column == CohortColumn.FILL:
            return percent(cohort.fill_rate)
        return locale.toString(cohort.waiting) if cohort.waiting else ""


class FillDelegate(QStyledItemDelegate):
    """The fill rate as a small bar under its percentage: a full cohort is seen at a glance."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        fraction = index.data(FILL_ROLE)
        if not isinstance(fraction, float):
            return
        rect: QRect = option.rect
        bar = rect.adjusted(6, rect.height() - 7, -6, -3)
        painter.save()
        painter.fillRect(bar, TRACK_COLOUR)
        filled = QRect(bar)
        filled.setWidth(round(bar.width() * min(fraction, 1.0)))
        selected = option.state & QStyle.StateFlag.State_Selected
        colour = FULL_COLOUR if fraction >= 1.0 else BAR_COLOUR
        painter.fillRect(filled, QColor("white") if selected else colour)
        painter.restore()
