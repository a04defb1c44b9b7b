"""The Attendance page: the sessions of one day that this person may mark (an instructor's own
cohorts; every running cohort for clerks and admins), today unless another day is chosen, and a
box for the code printed on a paper sheet. Opening a session, or a sheet's code, opens its roll
call (`RollCallDialog`).

A day has a handful of sessions, so the table holds the rows of one `sessions_on` call, read on
the worker like every other call.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QWidget
from shiboken6 import isValid

from desktop.domain.attendance import SheetKind
from desktop.domain.errors import PelitaError
from desktop.domain.formatting import format_date
from desktop.gui.app_context import AppContext
from desktop.gui.formatting import language
from desktop.gui.forms.ui_attendance_today import Ui_AttendanceTodayPage
from desktop.gui.i18n import message
from desktop.gui.message_line import show_message
from desktop.gui.roll_call_dialog import RollCallDialog
from desktop.gui.row_list_model import RowListModel
from desktop.gui.signals import emit
from desktop.gui.table_selection import select_row
from desktop.services import attendance
from desktop.services.attendance import SessionInfo
from desktop.services.attendance_common import local_day

CANCELLED_COLOUR = QColor("#52606d")  # the hint colour of the style sheet


class Column(IntEnum):
    TIME = 0
    COHORT = 1
    ROOM = 2
    NOTE = 3


class SessionsModel(RowListModel):
    def set_rows(self, rows: list[SessionInfo]) -> None:
        self.replace_rows(rows)

    def row_at(self, row: int) -> SessionInfo | None:
        session: SessionInfo | None = self.item_at(row)
        return session

    def titles(self) -> list[str]:
        return [self.tr("Time"), self.tr("Cohort"), self.tr("Room"), self.tr("Note")]

    def cell(self, item: SessionInfo, column: int, role: int) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(item, Column(column))
        if role == Qt.ItemDataRole.ForegroundRole and item.cancelled:
            return CANCELLED_COLOUR
        return None

    def _text(self, session: SessionInfo, column: Column) -> str:
        if column == Column.TIME:
            return f"{session.starts:%H:%M}–{session.ends:%H:%M}"
        if column == Column.COHORT:
            return session.cohort_code
        if column == Column.ROOM:
            return session.room
        return self.tr("Cancelled") if session.cancelled else ""


class AttendanceTodayPage(QWidget):
    # A matrix sheet's code: the main window shows that cohort's attendance grid.
    open_cohort_attendance_requested = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_AttendanceTodayPage()
        self.ui.setupUi(self)
        self.model = SessionsModel(self)
        self.dialog: RollCallDialog | None = None  # the open roll call (tests reach it here)
        self._setup_table()
        ui = self.ui
        ui.dayEdit.setDate(_qdate(self.today()))
        ui.dayEdit.dateChanged.connect(lambda _day: self.refresh())
        ui.previousButton.clicked.connect(lambda: self.show_day(self.day() - timedelta(days=1)))
        ui.nextButton.clicked.connect(lambda: self.show_day(self.day() + timedelta(days=1)))
        ui.todayButton.clicked.connect(lambda: self.show_day(self.today()))
        ui.sessionsTable.activated.connect(lambda _index: self.open_selected())
        ui.sessionsTable.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        ui.openButton.clicked.connect(self.open_selected)
        ui.codeEdit.returnPressed.connect(self.open_code)
        ui.codeButton.clicked.connect(self.open_code)
        ui.codeEdit.textEdited.connect(lambda _text: self._code_error(""))
        self._code_error("")
        self._say("", "hint")
        self._update_buttons()
        self.refresh()

    @staticmethod
    def nav_title() -> str:
        return QCoreApplication.translate("AttendanceTodayPage", "Attendance")

    def _setup_table(self) -> None:
        table = self.ui.sessionsTable
        table.setModel(self.model)
        header = table.horizontalHeader()
        for column in Column:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.NOTE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(120)
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # Tall rows: the page is used on touch screens in the classroom as well.
        rows.setDefaultSectionSize(table.fontMetrics().height() + 22)

    # --- the day ----------------------------------------------------------------------------

    def today(self) -> date:
        """Today by the database's clock (the services decide with the same one)."""
        return local_day(self.context.db.clock())

    def day(self) -> date:
        shown = self.ui.dayEdit.date()
        return date(shown.year(), shown.month(), shown.day())

    def show_day(self, day: date) -> None:
        self.ui.dayEdit.setDate(_qdate(day))  # dateChanged reads the list again

    def refresh(self) -> None:
        ctx, day = self.context, self.day()

        def done(rows: list[SessionInfo]) -> None:
            if not isValid(self) or day != self.day():
                return  # another day was chosen meanwhile; its own answer follows
            self.model.set_rows(rows)
            self._show_count(len(rows))
            first = next((i for i, row in enumerate(rows) if not row.cancelled), 0)
            if rows:
                self.select_row(first)

        def failed(error: BaseException) -> None:
            if isValid(self):
                self.model.set_rows([])
                self._failed(error)

        ctx.runner.submit(lambda: attendance.sessions_on(ctx.db, ctx.actor, day), done, failed)

    def select_row(self, row: int) -> None:
        select_row(self.ui.sessionsTable, row, Column.COHORT, scroll=False)

    def selected(self) -> SessionInfo | None:
        rows = self.ui.sessionsTable.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        self.ui.openButton.setEnabled(self.selected() is not None)

    def _show_count(self, count: int) -> None:
        weekday = QLocale().dayName(self.day().isoweekday(), QLocale.FormatType.LongFormat)
        day = f"{weekday}, {format_date(self.day(), language())}"
        if count == 0:
            text = self.tr("No sessions to mark on this day.")
        elif count == 1:
            text = self.tr("1 session")
        else:
            text = self.tr("%1 sessions").replace("%1", QLocale().toString(count))
        self.ui.countLabel.setText(f"{day} · {text}")

    # --- opening a roll call ----------------------------------------------------------------

    def open_selected(self) -> None:
        session = self.selected()
        if session is not None:
            self.open_session(session.id)

    def open_session(self, session_id: int) -> None:
        dialog = RollCallDialog(self.context, session_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._closed())
        self.dialog = dialog
        # open(), not exec(): no nested event loop, and tests drive the real dialog with qtbot.
        dialog.open()

    def _closed(self) -> None:
        if isValid(self):
            self.dialog = None

    def open_code(self) -> None:
        ctx, code = self.context, self.ui.codeEdit.text()
        if not code.strip():
            self._code_error(self.tr("Type the code printed at the top of the sheet."))
            return

        def done(found: tuple[SheetKind, int]) -> None:
            if not isValid(self):
                return
            kind, number = found
            self._code_error("")
            if kind is not SheetKind.SESSION:
                # A matrix sheet covers many sessions: its cohort's grid takes its marks.
                self.ui.codeEdit.clear()
                emit(self.open_cohort_attendance_requested, number)
                return
            self.ui.codeEdit.clear()  # ready for the next sheet
            self.open_session(number)

        def failed(error: BaseException) -> None:
            if not isValid(self):
                return
            if isinstance(error, PelitaError):
                self._code_error(message(error))  # what was typed stays, to correct it
                self.ui.codeEdit.setFocus()
                self.ui.codeEdit.selectAll()
            else:
                self._failed(error)

        ctx.runner.submit(lambda: attendance.find_sheet(ctx.db, ctx.actor, code), done, failed)

    # --- messages ---------------------------------------------------------------------------

    def _code_error(self, text: str) -> None:
        show_message(self.ui.codeError, text, "error")
        edit = self.ui.codeEdit
        if bool(edit.property("invalid")) != bool(text):
            edit.setProperty("invalid", bool(text))
            edit.style().unpolish(edit)
            edit.style().polish(edit)

    def _failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        if isinstance(error, PelitaError):
            self._say(message(error), "error")
        else:
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)

    def _say(self, text: str, role: str) -> None:
        show_message(self.ui.statusLabel, text, role)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
