"""A cohort's attendance as a grid (participants × sessions), marked from the keyboard.

Arrows move between cells; on a session's cell H, T, I, S or A gives that mark (T first asks
the minutes late) and Delete or Backspace takes it back. Each mark is saved on the database
worker at once — there is no Save button — then the cell shows what the service saved and the
cursor moves down to the next person, as when copying a paper sheet column by column. A
refusal (a session still to come, someone not in the class that day, another instructor's
cohort) stays in the message line under the table and nothing changes.

The grid is read again after each change (the rates and the completion follow), keeping the
current cell. Printing, export and import are in attendance_grid_actions.

Standalone: `AttendanceGridView(context)` then `show_cohort(cohort_id)`; the cohort's view
holds it as its Attendance tab.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QInputDialog, QTableView, QWidget
from shiboken6 import isValid

from desktop.domain.attendance import LATE_MINUTES_MAX, MARK_BY_KEY, Mark, MarkInput
from desktop.domain.errors import PelitaError, ValidationError
from desktop.gui import attendance_grid_actions as actions
from desktop.gui.app_context import AppContext
from desktop.gui.attendance_grid_model import (
    FIRST_SESSION_COLUMN,
    NAME_COLUMN,
    AttendanceGridModel,
    mark_text,
    rate_text,
)
from desktop.gui.cohort_view_text import show_date
from desktop.gui.dialogs import inform
from desktop.gui.forms.ui_attendance_grid import Ui_AttendanceGridView
from desktop.gui.i18n import message, translate
from desktop.gui.message_line import show_message
from desktop.services import attendance, attendance_grid
from desktop.services.attendance import RollLine
from desktop.services.attendance_grid import Grid, GridSession

SESSION_COLUMN_WIDTH = 64  # px: room for "Sen 12/10" and a letter centred below it
HEADER_PADDING = 14  # px: the header section's margins on both sides, as the styles draw them
LATE_MINUTES_GUESS = 10
UNMARK_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


class AttendanceGridView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_AttendanceGridView()
        self.ui.setupUi(self)
        self.cohort_id: int | None = None
        self.dialog: QDialog | None = None  # the open dialog (tests reach it here)
        self.reason = ""  # an administrator's reason for changing marks past the lock days
        self.model = AttendanceGridModel(self)
        self._placed = False  # the cursor was put on the latest session after the first read
        table = self.ui.gridTable
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.horizontalHeader().setHighlightSections(False)
        table.installEventFilter(self)
        # The viewport shrinks without the table resizing when the horizontal scroll bar
        # appears; the frozen names must shrink with it or they hang over the bar.
        table.viewport().installEventFilter(self)
        table.horizontalHeader().setStretchLastSection(True)
        self.names = self._freeze_names()
        table.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._fit_columns)
        ui = self.ui
        ui.printSheetButton.clicked.connect(lambda: actions.print_session_sheet(self))
        ui.printMatrixButton.clicked.connect(lambda: actions.print_matrix(self))
        ui.exportButton.clicked.connect(lambda: actions.export_excel(self))
        ui.importButton.clicked.connect(lambda: actions.import_excel(self))
        ui.problemsList.setVisible(False)
        ui.rateLabel.setVisible(False)
        self.say("", "hint")
        self._update_buttons()

    # --- reading ------------------------------------------------------------------------

    def show_cohort(self, cohort_id: int) -> None:
        """Show this cohort's grid (or the same one afresh)."""
        if cohort_id != self.cohort_id:
            self.cohort_id = cohort_id
            self.reason = ""  # a reason given for changing old marks is for one cohort
            self._placed = False
            self.model.show_grid(None)
            self.show_problems([])
            self.say("", "hint")
        self.refresh()

    def refresh(self) -> None:
        """Read the grid again (another desk may have marked meanwhile), keeping the cell."""
        cohort_id, ctx = self.cohort_id, self.context
        if cohort_id is None:
            return

        def done(grid: Grid) -> None:
            if isValid(self) and self.cohort_id == cohort_id:
                self._show(grid)

        def failed(error: BaseException) -> None:
            if isValid(self) and self.cohort_id == cohort_id:
                self.model.show_grid(None)
                self.ui.rateLabel.setVisible(False)
                self._update_buttons()
                self.failed(error)

        ctx.runner.submit(lambda: attendance_grid.grid(ctx.db, ctx.actor, cohort_id), done, failed)

    def _show(self, grid: Grid) -> None:
        table = self.ui.gridTable
        current = table.currentIndex()
        line, session = self.model.row_at(current.row()), self.model.session_at(current.column())
        kept = (line.enrolment_id, session.id if session else None) if line else None
        self.model.show_grid(grid)
        position = self.model.position_of(*kept) if kept else None
        if position is None and not self._placed and grid.rows:
            position = (0, self.model.latest_held_column() or NAME_COLUMN)
        if position is not None and table.currentIndex() != self.model.index(*position):
            self._go_to(*position)
        self._placed = self._placed or bool(grid.rows)
        self.ui.rateLabel.setText(rate_text(grid))
        self.ui.rateLabel.setVisible(True)
        self._update_buttons()

    def _fit_columns(self) -> None:
        table, model = self.ui.gridTable, self.model
        header = table.horizontalHeader()
        width = self._session_column_width()
        for column in range(model.columnCount()):
            session = model.session_at(column) is not None
            mode = QHeaderView.ResizeMode.Fixed if session else QHeaderView.ResizeMode.Interactive
            header.setSectionResizeMode(column, mode)
            if session:
                header.resizeSection(column, width)
            else:
                table.resizeColumnToContents(column)
        self._place_names()

    def _session_column_width(self) -> int:
        """Room for the widest session heading ("Kam 15/10" is wider than "Sen 1/9" and than
        the English) in the header's own font, and never less than the usual width."""
        metrics = self.ui.gridTable.horizontalHeader().fontMetrics()
        texts = [
            str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            for column in range(self.model.columnCount())
            if self.model.session_at(column) is not None
        ]
        widest = max(
            (metrics.horizontalAdvance(line) for text in texts for line in text.splitlines()),
            default=0,
        )
        return max(SESSION_COLUMN_WIDTH, widest + HEADER_PADDING)

    def _freeze_names(self) -> QTableView:
        """The names stay in view while the sessions scroll sideways (Qt's frozen-column
        example): a second view of the same model over the first column, sharing its
        selection and vertical scrolling; the keys stay with the grid underneath."""
        table = self.ui.gridTable
        names = QTableView(table)
        names.setObjectName("namesTable")
        names.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        names.setModel(self.model)
        names.setSelectionModel(table.selectionModel())
        names.verticalHeader().setVisible(False)
        names.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        names.setStyleSheet("QTableView { border: none; border-right: 1px solid #9aa5b1; }")
        for policy in (names.setHorizontalScrollBarPolicy, names.setVerticalScrollBarPolicy):
            policy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        names.verticalScrollBar().valueChanged.connect(table.verticalScrollBar().setValue)
        table.verticalScrollBar().valueChanged.connect(names.verticalScrollBar().setValue)
        table.horizontalHeader().sectionResized.connect(lambda *_: self._place_names())
        table.viewport().stackUnder(names)
        return names

    def _place_names(self) -> None:
        table, names = self.ui.gridTable, self.names
        for column in range(1, self.model.columnCount()):
            names.setColumnHidden(column, True)
        width = table.columnWidth(NAME_COLUMN)
        names.setColumnWidth(NAME_COLUMN, width)
        names.verticalHeader().setDefaultSectionSize(table.verticalHeader().defaultSectionSize())
        names.horizontalHeader().setFixedHeight(table.horizontalHeader().height())
        frame = table.frameWidth()
        height = table.viewport().height() + table.horizontalHeader().height()
        names.setGeometry(frame, frame, width, height)
        names.setVisible(self.model.columnCount() > 0)

    def _go_to(self, row: int, column: int) -> None:
        index = self.model.index(row, column)
        self.ui.gridTable.setCurrentIndex(index)
        self.ui.gridTable.scrollTo(index)

    def current_session(self) -> GridSession | None:
        """The session of the current cell's column (what the print buttons work on)."""
        return self.model.session_at(self.ui.gridTable.currentIndex().column())

    def _update_buttons(self) -> None:
        ui, loaded = self.ui, self.model.grid is not None
        on_session = self.current_session() is not None
        ui.printSheetButton.setEnabled(on_session)
        ui.printMatrixButton.setEnabled(on_session)
        ui.exportButton.setEnabled(loaded)
        ui.importButton.setEnabled(loaded)

    # --- marking ------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        resized = event.type() == QEvent.Type.Resize
        if resized and watched in (self.ui.gridTable, self.ui.gridTable.viewport()):
            self._place_names()
        if watched is self.ui.gridTable and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            extra = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
            mark = MARK_BY_KEY.get(event.text().upper())
            on_session = self.current_session() is not None
            if on_session and not extra and mark is not None:
                self.mark_current(mark)
                return True
            if on_session and not extra and event.key() in UNMARK_KEYS:
                self.unmark_current()
                return True
        return super().eventFilter(watched, event)

    def mark_current(self, mark: Mark) -> None:
        """Give the current cell `mark` (late: after asking the minutes), then go down."""
        index = self.ui.gridTable.currentIndex()
        line, session = self.model.row_at(index.row()), self.model.session_at(index.column())
        if line is None or session is None:
            return
        if mark is not Mark.LATE:
            self._send_mark(line.enrolment_id, session, MarkInput(mark))
            self._go_to(min(index.row() + 1, self.model.rowCount() - 1), index.column())
            return
        dialog = QInputDialog(self)
        dialog.setInputMode(QInputDialog.InputMode.IntInput)
        dialog.setWindowTitle(mark_text(Mark.LATE))
        dialog.setLabelText(
            translate("AttendanceGrid", "Minutes late (%1):").replace("%1", line.full_name)
        )
        dialog.setIntRange(1, LATE_MINUTES_MAX)
        dialog.setIntValue(LATE_MINUTES_GUESS)
        dialog.setOkButtonText(translate("dialogs", "OK"))
        dialog.setCancelButtonText(translate("dialogs", "Cancel"))
        enrolment_id = line.enrolment_id

        def given(minutes: int) -> None:
            self._send_mark(enrolment_id, session, MarkInput(Mark.LATE, minutes))
            position = self.model.position_of(enrolment_id, session.id)
            if position is not None:
                self._go_to(min(position[0] + 1, self.model.rowCount() - 1), position[1])

        dialog.intValueSelected.connect(given)
        self.open_dialog(dialog)

    def _send_mark(self, enrolment_id: int, session: GridSession, data: MarkInput) -> None:
        ctx, session_id, reason = self.context, session.id, self.reason

        def done(saved: RollLine) -> None:
            self._saved(saved, session, saved.mark)

        ctx.runner.submit(
            lambda: actions.save_mark(ctx, session_id, enrolment_id, data, reason),
            done,
            lambda error: self._failed_or_ask_why(
                error, lambda: self._send_mark(enrolment_id, session, data)
            ),
        )

    def _failed_or_ask_why(self, error: BaseException, again: Callable[[], None]) -> None:
        """A mark past the lock days needs an administrator's reason: ask it once, keep it for
        this cohort's later changes, and make the change again. Anything else is shown."""
        if not (isinstance(error, ValidationError) and error.field == "reason") or self.reason:
            self.failed(error)
            return
        if not isValid(self):
            return
        dialog = QInputDialog(self)
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.setWindowTitle(translate("AttendanceGrid", "Reason for the change"))
        dialog.setLabelText(message(error))
        dialog.setOkButtonText(translate("dialogs", "OK"))
        dialog.setCancelButtonText(translate("dialogs", "Cancel"))

        def given(text: str) -> None:
            if text.strip():
                self.reason = text.strip()
                again()

        dialog.textValueSelected.connect(given)
        self.open_dialog(dialog)

    def unmark_current(self) -> None:
        index = self.ui.gridTable.currentIndex()
        line, session = self.model.row_at(index.row()), self.model.session_at(index.column())
        if line is None or session is None:
            return
        ctx, enrolment_id, session_id = self.context, line.enrolment_id, session.id

        def done(saved: RollLine) -> None:
            self._saved(saved, session, None)

        reason = self.reason
        ctx.runner.submit(
            lambda: attendance.unmark(ctx.db, ctx.actor, session_id, enrolment_id, reason),
            done,
            lambda error: self._failed_or_ask_why(error, self.unmark_current),
        )

    def _saved(self, line: RollLine, session: GridSession, mark: Mark | None) -> None:
        if not isValid(self):
            return
        position = self.model.position_of(line.enrolment_id, session.id)
        if position is not None:
            self.model.set_cell(*position, mark)
        words = translate("AttendanceGrid", "no mark") if mark is None else mark_text(mark)
        if mark is Mark.LATE:
            words = (
                translate("AttendanceGrid", "%1, %2 min")
                .replace("%1", words)
                .replace("%2", QLocale().toString(line.late_minutes))
            )
        self.say(
            translate("AttendanceGrid", "Saved: %1, %2: %3.")
            .replace("%1", line.full_name)
            .replace("%2", show_date(session.day))
            .replace("%3", words),
            "ok",
        )
        self.refresh()  # the rates and the completion follow the mark

    # --- shared with the actions ----------------------------------------------------------

    def open_dialog(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        # open(), not exec(): no nested event loop, and tests drive the real dialog with qtbot.
        dialog.open()

    def show_problems(self, lines: list[str]) -> None:
        """The problems of a refused import, one per line with its cell (none: hidden)."""
        problems = self.ui.problemsList
        problems.clear()
        problems.addItems(lines)
        problems.setVisible(bool(lines))

    def failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        if isinstance(error, PelitaError):
            self.say(message(error), "error")
        elif isinstance(error, OSError):
            inform(
                self,
                translate("AttendanceGrid", "Could not use the file"),
                error.strerror or str(error),
            )
        else:
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)

    def say(self, text: str, role: str) -> None:
        """The message line: "ok" (done), "error" (refused) or "hint"."""
        show_message(self.ui.messageLabel, text, role)


__all__ = ["FIRST_SESSION_COLUMN", "AttendanceGridView"]
