"""The roll call of one session: everyone on the roll with five large mark buttons, "Everyone
present" first, then the exceptions.

Keyboard first: Up and Down choose the person, H T I S A give the mark (the letters of the
paper daftar hadir: Hadir, Terlambat, Izin, Sakit, Alpa) and move on to the next person, T
first asks for the minutes (typed, then Enter), and Ctrl+Z takes the last mark back. Every
mark is saved on the worker the moment it is given (there is no Save button to forget); the
row says "Saved", or the service's refusal in the person's words, and then shows again what
the database holds. The undo steps live in `RollCallMarking`.

A session that may not change now (cancelled, still to come, or locked for this person) shows
why and no button works. An administrator changing a locked session is asked the reason once;
it goes with every mark.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QWidget
from shiboken6 import isValid

from desktop.domain.attendance import MARK_BY_KEY, Mark
from desktop.domain.errors import PelitaError
from desktop.domain.formatting import format_date
from desktop.domain.roles import Role
from desktop.gui.app_context import AppContext
from desktop.gui.formatting import language
from desktop.gui.forms.ui_roll_call_dialog import Ui_RollCallDialog
from desktop.gui.i18n import message
from desktop.gui.message_line import show_message
from desktop.gui.roll_call_marking import RollCallMarking
from desktop.gui.roll_call_row import ROW_STYLE, RollCallRow
from desktop.services import attendance
from desktop.services.attendance import RollCall, SessionInfo
from desktop.services.attendance_common import local_day


def describe_session(session: SessionInfo) -> str:
    """ "Monday, 11 January 2027 · 08:00–12:00 · Ruang Jahit 1", as the instructor reads it."""
    weekday = QLocale().dayName(session.day.isoweekday(), QLocale.FormatType.LongFormat)
    parts = [
        f"{weekday}, {format_date(session.day, language())}",
        f"{session.starts:%H:%M}–{session.ends:%H:%M}",
    ]
    return " · ".join([*parts, session.room] if session.room else parts)


class RollCallDialog(QDialog):
    def __init__(self, context: AppContext, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.session_id = session_id
        self.ui = Ui_RollCallDialog()
        self.ui.setupUi(self)
        self.ui.rowsWidget.setStyleSheet(ROW_STYLE)
        self.call: RollCall | None = None
        self.lock_days = 0
        self.rows: list[RollCallRow] = []
        self.current = -1
        self.reason = ""  # an administrator's reason for changing a locked session
        self.reason_dialog: QInputDialog | None = None  # open while asked (tests reach it)
        self.marking = RollCallMarking(self)
        ui = self.ui
        ui.noticeLabel.hide()
        ui.reasonButton.hide()
        ui.everyoneButton.setEnabled(False)
        self.say("", "hint")
        ui.everyoneButton.clicked.connect(self.marking.everyone_present)
        ui.reasonButton.clicked.connect(self.ask_reason)
        ui.closeButton.clicked.connect(self.accept)
        self._add_shortcuts()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self.load()

    def _add_shortcuts(self) -> None:
        # Plain letters: a note or the minutes box takes them as text first (Qt lets a text
        # field override a shortcut), so typing "Hari ini sakit" in a note marks nobody.
        for key in MARK_BY_KEY:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(lambda k=key: self.give(MARK_BY_KEY[k]))
        QShortcut(QKeySequence(Qt.Key.Key_Down), self, lambda: self.go(1))
        QShortcut(QKeySequence(Qt.Key.Key_Up), self, lambda: self.go(-1))
        QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self, self.marking.undo)

    # --- the roll ---------------------------------------------------------------------------

    def load(self) -> None:
        ctx, session_id = self.context, self.session_id

        def work() -> tuple[RollCall, int]:
            call = attendance.roll_call(ctx.db, ctx.actor, session_id)
            return call, attendance.get_lock_days(ctx.db, ctx.actor)

        ctx.runner.submit(work, self._loaded, self.failed)

    def _loaded(self, loaded: tuple[RollCall, int]) -> None:
        if not isValid(self):
            return
        self.call, self.lock_days = loaded
        session = self.call.session
        self.setWindowTitle(self.tr("Roll call: %1").replace("%1", session.cohort_code))
        self.ui.titleLabel.setText(self.tr("Roll call: %1").replace("%1", session.cohort_code))
        details = describe_session(session)
        if self.call.locked:
            details += " · " + self.tr("locked")
        self.ui.detailsLabel.setText(details)
        self._build_rows()
        self.apply_permission()
        first = next((i for i, row in enumerate(self.rows) if row.line.applicable), -1)
        if first >= 0:
            self.set_current(first)
        if self.needs_reason and not self.reason:
            self.ask_reason()

    def _build_rows(self) -> None:
        assert self.call is not None
        layout = self.ui.rowsLayout
        while layout.count():  # the rows of an earlier load, and the stretch under them
            item = layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.rows = []
        for line in self.call.lines:
            row = RollCallRow(line, self.ui.rowsWidget)
            row.chosen.connect(lambda value, r=row: self.give(Mark(value), r))
            row.minutes_given.connect(lambda r=row: self.marking.save(r, r.data(Mark.LATE)))
            row.note_given.connect(lambda r=row: self.marking.save_note(r))
            layout.addWidget(row)
            self.rows.append(row)
        layout.addStretch(1)

    @property
    def needs_reason(self) -> bool:
        call = self.call
        admin = self.context.actor.role is Role.ADMIN
        return call is not None and call.locked and call.may_change and admin

    @property
    def may_mark(self) -> bool:
        """Whether marks may be given now (may change, and any reason asked for is given)."""
        call = self.call
        return call is not None and call.may_change and (not self.needs_reason or bool(self.reason))

    def apply_permission(self) -> None:
        """Enable the marking, or disable it all and say why."""
        ui, call = self.ui, self.call
        assert call is not None
        allowed = self.may_mark
        for row in self.rows:
            row.allow_marking(allowed)
        ui.everyoneButton.setEnabled(allowed)
        ui.reasonButton.setVisible(self.needs_reason)
        notice = self._why_not() if not call.may_change else ""
        role = "warning"
        if self.needs_reason and not self.reason:
            notice = self.tr(
                "This session is older than %1 days: its marks change only with a reason, kept "
                "in the audit log. Give the reason first."
            ).replace("%1", QLocale().toString(self.lock_days))
        elif self.needs_reason:
            notice = self.tr("Changing marks older than %1 days. Reason: %2")
            notice = notice.replace("%1", QLocale().toString(self.lock_days))
            notice = notice.replace("%2", self.reason)
            role = "hint"
        show_message(ui.noticeLabel, notice, role)

    def _why_not(self) -> str:
        assert self.call is not None
        session = self.call.session
        if session.cancelled:
            return self.tr("This session was cancelled; nobody can be marked for it.")
        if session.day > self._today():
            return self.tr(
                "This session is on %1; attendance is taken on the day or after."
            ).replace("%1", format_date(session.day, language()))
        return self.tr(
            "Marks older than %1 days change only by an administrator. Ask one to change them."
        ).replace("%1", QLocale().toString(self.lock_days))

    def _today(self) -> date:
        return local_day(self.context.db.clock())

    # --- the reason for a locked session ----------------------------------------------------

    def ask_reason(self) -> None:
        box = QInputDialog(self)
        box.setWindowTitle(self.tr("Reason for the change"))
        box.setLabelText(
            self.tr("These marks are older than %1 days. Why do they change?").replace(
                "%1", QLocale().toString(self.lock_days)
            )
        )
        box.setTextValue(self.reason)
        box.setOkButtonText(self.tr("Continue"))
        box.setCancelButtonText(QCoreApplication.translate("dialogs", "Cancel"))
        box.textValueSelected.connect(self._reason_given)
        self.reason_dialog = box
        box.open()

    def _reason_given(self, text: str) -> None:
        self.reason_dialog = None
        if not isValid(self) or not text.strip():
            return
        self.reason = text.strip()
        self.apply_permission()
        if 0 <= self.current < len(self.rows):
            self.rows[self.current].focus_target().setFocus()

    # --- the keyboard -----------------------------------------------------------------------

    def give(self, mark: Mark, row: RollCallRow | None = None) -> None:
        """Give `mark` to `row` (by default the current person) and move on to the next one;
        Late first asks for the minutes and is saved once they are typed."""
        if row is None:
            row = self.rows[self.current] if 0 <= self.current < len(self.rows) else None
        if row is None or not row.markable:
            return
        self.set_current(self.rows.index(row), focus=False)
        if mark is Mark.LATE:
            row.show_mark(Mark.LATE)
            row.say(self.tr("Type the minutes late, then Enter."), "hint")
            row.ask_minutes()
            return
        self.marking.save(row, row.data(mark))
        self.go(1)

    def go(self, step: int) -> None:
        """To the next (or previous) person the session applies to."""
        index = self.current + step
        while 0 <= index < len(self.rows) and not self.rows[index].line.applicable:
            index += step
        if 0 <= index < len(self.rows):
            self.set_current(index)
        elif 0 <= self.current < len(self.rows):
            self.rows[self.current].focus_target().setFocus()

    def set_current(self, index: int, focus: bool = True) -> None:
        for number, row in enumerate(self.rows):
            row.set_current(number == index)
        self.current = index
        row = self.rows[index]
        self.ui.rowsArea.ensureWidgetVisible(row, 0, 8)
        if focus:
            row.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Clicking or tabbing into a row makes that person the current one."""
        if not isValid(self) or new is None:
            return
        for index, row in enumerate(self.rows):
            if index != self.current and row.isAncestorOf(new):
                self.set_current(index, focus=False)
                return

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter never closes the roll call: after the minutes or a note it moves on instead
        # (the field has already handed its text over by then).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = QApplication.focusWidget()
            row = self.rows[self.current] if 0 <= self.current < len(self.rows) else None
            if row is not None and focused in (row.minutes, row.note):
                self.go(1)
            return
        super().keyPressEvent(event)

    # --- messages ---------------------------------------------------------------------------

    def say(self, text: str, role: str) -> None:
        show_message(self.ui.statusLabel, text, role)

    def failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        if isinstance(error, PelitaError):
            self.say(message(error), "error")
        else:
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)
