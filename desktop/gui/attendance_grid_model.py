"""The cohort's attendance grid as a table: one row per participant, the name first, then one
column per session (its mark's letter), then the attendance rate and whether the person meets
the programme's completion rule.

Colours say what a cell is without reading it: a grey cell does not count (the session does
not apply to the person, or was cancelled), a pale one is still to come, and each mark's
letter has the colour of its button in the roll call. The tooltip says it in words.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from desktop.domain.attendance import COMPLETES, Mark
from desktop.gui.cohort_view_text import show_date, show_time
from desktop.gui.i18n import translate, translated
from desktop.services.attendance_grid import NOT_APPLICABLE, Cell, Grid, GridRow, GridSession

Index = QModelIndex | QPersistentModelIndex
NAME_COLUMN = 0
FIRST_SESSION_COLUMN = 1
NOT_APPLICABLE_TEXT = "–"  # an en dash, as on the printed matrix and in the spreadsheet
GREY = QColor("#e4e7eb")  # does not count: not applicable, or a cancelled session
TO_COME = QColor("#f7f9fb")  # a session still to come: nothing to mark yet
QUIET = QColor("#52606d")  # the hint colour of the style sheet
# The colours of the roll call's mark buttons, so a letter reads the same in both places.
MARK_COLOURS = {
    Mark.PRESENT: QColor("#1d6b3a"),
    Mark.LATE: QColor("#8a4b00"),
    Mark.EXCUSED: QColor("#1769aa"),
    Mark.SICK: QColor("#5b4a9e"),
    Mark.ABSENT: QColor("#b3261e"),
}
CENTRE = int(Qt.AlignmentFlag.AlignCenter)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def mark_text(mark: Mark) -> str:
    """The mark in the desk's language (Hadir, Terlambat …)."""
    return translate("attendance", mark.label)


def session_title(session: GridSession) -> str:
    """The column's header: the short day and the date, "Sen 2/3"."""
    return QLocale().toString(
        QDate(session.day.year, session.day.month, session.day.day), "ddd d/M"
    )


def rate_text(grid: Grid) -> str:
    """The line above the grid: the cohort's rate and what the programme asks."""
    cohort_rate, locale = grid.cohort_rate, QLocale()
    text = (
        translate("AttendanceGrid", "Attendance of the cohort %1: no marks yet.")
        if cohort_rate is None
        else translate("AttendanceGrid", "Attendance of the cohort %1: %2%.").replace(
            "%2", locale.toString(round(cohort_rate))
        )
    ).replace("%1", grid.cohort_code)
    minimum = translate("AttendanceGrid", "The programme asks %1% for completion.").replace(
        "%1", locale.toString(grid.rule.min_attendance_pct)
    )
    return f"<b>{text}</b> {minimum}"


class AttendanceGridModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.grid: Grid | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    # --- what the view asks ---------------------------------------------------------------

    def show_grid(self, grid: Grid | None) -> None:
        """Show `grid`; when it has the same people and sessions as the one shown, the cells
        change in place and the current cell and scroll position stay where they are."""
        old = self.grid
        same_shape = (
            old is not None
            and grid is not None
            and [s.id for s in old.sessions] == [s.id for s in grid.sessions]
            and [r.enrolment_id for r in old.rows] == [r.enrolment_id for r in grid.rows]
        )
        if not same_shape:
            self.beginResetModel()
            self.grid = grid
            self.endResetModel()
            return
        self.grid = grid
        if self.rowCount() and self.columnCount():
            last = self.index(self.rowCount() - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def set_cell(self, row: int, column: int, cell: Cell) -> None:
        """One cell changed here (a mark saved); the numbers follow with the next read."""
        grid, session = self.grid, self.session_at(column)
        if grid is None or session is None or not 0 <= row < len(grid.rows):
            return
        line = grid.rows[row]
        cells = list(line.cells)
        cells[column - FIRST_SESSION_COLUMN] = cell
        rows = list(grid.rows)
        rows[row] = GridRow(
            line.enrolment_id,
            line.participant_id,
            line.full_name,
            line.status,
            tuple(cells),
            line.rate,
            line.completion,
        )
        self.grid = Grid(
            grid.cohort_id,
            grid.cohort_code,
            grid.programme_name,
            grid.rule,
            grid.sessions,
            tuple(rows),
        )
        index = self.index(row, column)
        self.dataChanged.emit(index, index)

    def row_at(self, row: int) -> GridRow | None:
        grid = self.grid
        return grid.rows[row] if grid is not None and 0 <= row < len(grid.rows) else None

    def session_at(self, column: int) -> GridSession | None:
        grid = self.grid
        position = column - FIRST_SESSION_COLUMN
        if grid is None or not 0 <= position < len(grid.sessions):
            return None
        return grid.sessions[position]

    def cell_at(self, row: int, column: int) -> Cell:
        line, session = self.row_at(row), self.session_at(column)
        if line is None or session is None:
            return None
        return line.cells[column - FIRST_SESSION_COLUMN]

    def position_of(self, enrolment_id: int, session_id: int | None) -> tuple[int, int] | None:
        """(row, column) of this person's cell for this session (or their name)."""
        grid = self.grid
        if grid is None:
            return None
        row = next((i for i, r in enumerate(grid.rows) if r.enrolment_id == enrolment_id), None)
        column = next(
            (i + FIRST_SESSION_COLUMN for i, s in enumerate(grid.sessions) if s.id == session_id),
            NAME_COLUMN,
        )
        return None if row is None else (row, column)

    def latest_held_column(self) -> int | None:
        """The column of the last session held so far (today's, on a class day)."""
        grid = self.grid
        if grid is None:
            return None
        held = [i for i, s in enumerate(grid.sessions) if s.held and not s.cancelled]
        return held[-1] + FIRST_SESSION_COLUMN if held else None

    @property
    def rate_column(self) -> int:
        return FIRST_SESSION_COLUMN + (len(self.grid.sessions) if self.grid else 0)

    @property
    def completion_column(self) -> int:
        return self.rate_column + 1

    # --- QAbstractTableModel --------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() or self.grid is None else len(self.grid.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None else self.completion_column + 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        session = self.session_at(section)
        if session is not None:
            return self._session_header(session, role)
        if role == Qt.ItemDataRole.DisplayRole:
            if section == NAME_COLUMN:
                return translate("AttendanceGrid", "Name")
            if section == self.rate_column:
                return translate("AttendanceGrid", "Rate %")
            if section == self.completion_column:
                return translate("AttendanceGrid", "Completion")
        if role == Qt.ItemDataRole.TextAlignmentRole and section == self.rate_column:
            return RIGHT
        return None

    def _session_header(self, session: GridSession, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            title = session_title(session)
            if not session.cancelled:
                return title
            return title + "\n" + translate("AttendanceGrid", "cancelled")
        if role == Qt.ItemDataRole.ToolTipRole:
            text = f"{show_date(session.day)}, {show_time(session.starts)}"
            if session.cancelled:
                return translate("AttendanceGrid", "%1 (cancelled: it counts for nobody)").replace(
                    "%1", text
                )
            if not session.held:
                return translate("AttendanceGrid", "%1 (still to come)").replace("%1", text)
            return text
        if role == Qt.ItemDataRole.ForegroundRole and (session.cancelled or not session.held):
            return QUIET
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self.row_at(index.row())
        if line is None or not index.isValid():
            return None
        column = index.column()
        session = self.session_at(column)
        if session is not None:
            position = column - FIRST_SESSION_COLUMN
            return self._cell_data(line, session, line.cells[position], role, position)
        if column == NAME_COLUMN:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return line.full_name
            return LEFT if role == Qt.ItemDataRole.TextAlignmentRole else None
        if column == self.rate_column:
            return self._rate_data(line, role)
        if column == self.completion_column:
            return self._completion_data(line, role)
        return None

    def _cell_data(
        self, line: GridRow, session: GridSession, cell: Cell, role: int, position: int
    ) -> Any:
        minutes = line.late_minutes(position)
        if role == Qt.ItemDataRole.DisplayRole:
            if cell == NOT_APPLICABLE:
                return NOT_APPLICABLE_TEXT
            if not isinstance(cell, Mark):
                return ""
            return f"{cell.key}{QLocale().toString(minutes)}" if minutes else cell.key
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return CENTRE
        if role == Qt.ItemDataRole.BackgroundRole:
            if session.cancelled or cell == NOT_APPLICABLE:
                return GREY
            return TO_COME if not session.held else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return MARK_COLOURS[cell] if isinstance(cell, Mark) else QUIET
        if role == Qt.ItemDataRole.FontRole and isinstance(cell, Mark):
            return self._bold
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            words = self._cell_words(session, cell)
            if minutes:
                words = (
                    translate("AttendanceGrid", "%1, %2 min")
                    .replace("%1", words)
                    .replace("%2", QLocale().toString(minutes))
                )
            return f"{line.full_name}, {show_date(session.day)}: {words}"
        return None

    def _cell_words(self, session: GridSession, cell: Cell) -> str:
        if session.cancelled:
            return translate("AttendanceGrid", "cancelled, counts for nobody")
        if cell == NOT_APPLICABLE:
            return translate("AttendanceGrid", "does not apply (not in the class that day)")
        if isinstance(cell, Mark):
            return mark_text(cell)
        return (
            translate("AttendanceGrid", "still to come")
            if not session.held
            else translate("AttendanceGrid", "not marked yet")
        )

    def _rate_data(self, line: GridRow, role: int) -> Any:
        percent = line.rate.percent
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if percent is None else QLocale().toString(round(percent))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            if percent is None:
                return translate("AttendanceGrid", "No marks yet")
            return (
                translate("AttendanceGrid", "Present at %1 of %2 marked sessions")
                .replace("%1", QLocale().toString(line.rate.present))
                .replace("%2", QLocale().toString(line.rate.marked))
            )
        return None

    def _completion_data(self, line: GridRow, role: int) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.ForegroundRole and not line.completion.eligible:
                return QUIET
            return None
        done = line.completion
        if done.eligible:
            return translate("attendance", COMPLETES)
        return translated(done.reason, done.params, ("attendance",))
