"""One cohort in full, inside the Cohorts page: its code, programme and status with the button
for the next step; what it is (dates, schedule, place, funding, sponsors, instructors); how full
it is; and tabs: the participants, the waitlist in order with the reason for each place, the
sessions, and for those who mark attendance the attendance grid (desktop.gui.attendance_grid_view).

Everything is read in one go on the database worker and read again after each change made here,
keeping what was selected. Admins change the cohort and its sessions; whoever may enrol (clerks
and admins) enrols, changes enrolment statuses and offers a freed seat; everyone who may see
the cohort prints its roster or exports it. What the buttons do is in cohort_view_actions.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMenu, QTableView, QWidget
from shiboken6 import isValid

from desktop.domain.cohort import NEXT_STATUS
from desktop.domain.enrolment import COHORT_OPEN
from desktop.domain.errors import FieldWarning, PelitaError
from desktop.domain.roles import Permission
from desktop.gui import cohort_view_actions as actions
from desktop.gui import cohort_view_evaluation as evaluation
from desktop.gui.app_context import AppContext
from desktop.gui.attendance_grid_view import AttendanceGridView
from desktop.gui.cohort_view_tables import (
    RosterColumn,
    RosterModel,
    SessionColumn,
    SessionsModel,
    WaitlistColumn,
    WaitlistModel,
    select_key,
    selected_key,
    setup_table,
)
from desktop.gui.cohort_view_text import (
    cohort_status,
    date_range,
    funding_text,
    next_step_text,
    percent,
    schedule_text,
)
from desktop.gui.dialogs import inform
from desktop.gui.forms.ui_cohort_view import Ui_CohortView
from desktop.gui.i18n import message, warnings_text
from desktop.gui.message_line import show_message
from desktop.gui.row_list_model import RowListModel
from desktop.gui.signals import emit
from desktop.services import cohorts, enrolment
from desktop.services.cohort_rows import CohortDetail, SessionRow
from desktop.services.enrolment import RosterLine, WaitlistEntry


@dataclass(frozen=True)
class Loaded:
    detail: CohortDetail
    roster: list[RosterLine]
    waitlist: list[WaitlistEntry]


def load(context: AppContext, cohort_id: int) -> Loaded:
    """On the worker: everything the view shows."""
    db, actor = context.db, context.actor
    return Loaded(
        cohorts.get_cohort(db, actor, cohort_id),
        enrolment.roster(db, actor, cohort_id),
        enrolment.waitlist(db, actor, cohort_id),
    )


class CohortView(QWidget):
    back_requested = Signal()  # the person wants the list of cohorts again
    changed = Signal(int)  # the cohort (its seats, status, dates) was changed here

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_CohortView()
        self.ui.setupUi(self)
        actor = context.actor
        self.may_manage = actor.may(Permission.MANAGE_PROGRAMMES)
        self.may_enrol = actor.may(Permission.ENROL_PARTICIPANTS)
        self.cohort_id: int | None = None
        self.loaded: Loaded | None = None
        self.dialog: QDialog | None = None  # the open dialog (tests reach it here)
        self.roster_model = RosterModel(self)
        self.waitlist_model = WaitlistModel(self)
        self.sessions_model = SessionsModel(self)
        ui = self.ui
        self._setup_table(ui.rosterTable, self.roster_model, RosterColumn.NAME)
        self._setup_table(ui.waitlistTable, self.waitlist_model, WaitlistColumn.REASONS)
        self._setup_table(ui.sessionsTable, self.sessions_model, SessionColumn.MOVED_FROM)
        # The services refuse anyway; hiding the way in spares a pointless refusal.
        for button in (ui.nextStatusButton, ui.editButton, ui.moveButton,
                       ui.cancelSessionButton, ui.makeupButton):  # fmt: skip
            button.setVisible(self.may_manage)
        for button in (ui.enrolButton, ui.changeStatusButton, ui.offerButton):
            button.setVisible(self.may_enrol)
        ui.certificatesButton.setVisible(actor.may(Permission.ISSUE_CERTIFICATES))
        ui.materialsButton.setVisible(actor.may(Permission.MANAGE_INVENTORY))
        self.feedback_menu: QMenu | None = None
        self.kiosk: QWidget | None = None  # the participants' survey screen, while open
        evaluation.set_up(self)
        # The attendance grid: for those who mark (an instructor not teaching the cohort is
        # told so inside the tab); read only when its tab is opened.
        self.attendance_view: AttendanceGridView | None = None
        if actor.may(Permission.MARK_ATTENDANCE):
            self.attendance_view = AttendanceGridView(context, self)
            ui.tabs.addTab(self.attendance_view, self.tr("Attendance"))
            ui.tabs.currentChanged.connect(self._tab_changed)
        self._connect()
        self.say("", "hint")
        self._update_buttons()

    def _tab_changed(self, _index: int) -> None:
        view = self.attendance_view
        if view is not None and self.ui.tabs.currentWidget() is view and self.cohort_id:
            view.show_cohort(self.cohort_id)

    def _setup_table(self, table: QTableView, model: RowListModel, stretch: int) -> None:
        setup_table(table, model, stretch)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        model.modelReset.connect(self._update_buttons)

    def _connect(self) -> None:
        ui = self.ui
        ui.backButton.clicked.connect(lambda: emit(self.back_requested))
        for keys in (QKeySequence(QKeySequence.StandardKey.Back), QKeySequence("Escape")):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda: emit(self.back_requested))
        ui.nextStatusButton.clicked.connect(lambda: actions.step_status(self))
        ui.editButton.clicked.connect(lambda: actions.edit_cohort(self))
        ui.printButton.clicked.connect(lambda: actions.print_roster(self))
        ui.exportButton.clicked.connect(lambda: actions.export_roster(self))
        ui.certificatesButton.clicked.connect(lambda: actions.issue_certificates(self))
        ui.materialsButton.clicked.connect(lambda: actions.issue_materials(self))
        ui.enrolButton.clicked.connect(lambda: actions.enrol(self))
        ui.changeStatusButton.clicked.connect(lambda: actions.change_status(self))
        ui.profileButton.clicked.connect(self.open_participant)
        ui.rosterTable.activated.connect(lambda _index: self.open_participant())
        ui.waitlistTable.activated.connect(lambda _index: self.open_participant())
        ui.offerButton.clicked.connect(lambda: actions.offer_seat(self))
        ui.moveButton.clicked.connect(lambda: actions.move_session(self))
        ui.cancelSessionButton.clicked.connect(lambda: actions.cancel_session(self))
        ui.makeupButton.clicked.connect(lambda: actions.add_makeup(self))

    # --- reading ------------------------------------------------------------------------

    def show_cohort(self, cohort_id: int) -> None:
        """Show another cohort (or the same one afresh), starting on its participants."""
        if cohort_id != self.cohort_id:
            self.cohort_id = cohort_id
            self.loaded = None
            for model in (self.roster_model, self.waitlist_model, self.sessions_model):
                model.replace_rows([])
            self.ui.tabs.setCurrentIndex(0)
            self.say("", "hint")
        self.refresh()

    def refresh(self) -> None:
        """Read the cohort again (another desk may have changed it), keeping the selections."""
        cohort_id, ctx = self.cohort_id, self.context
        if cohort_id is None:
            return

        def done(loaded: Loaded) -> None:
            if isValid(self) and self.cohort_id == cohort_id:
                self._show(loaded)

        def failed(error: BaseException) -> None:
            if isValid(self) and self.cohort_id == cohort_id:
                self.failed(error, refresh=False)

        ctx.runner.submit(lambda: load(ctx, cohort_id), done, failed)
        if (
            self.attendance_view is not None
            and self.ui.tabs.currentWidget() is self.attendance_view
        ):
            self.attendance_view.show_cohort(cohort_id)

    def _show(self, loaded: Loaded) -> None:
        self.loaded = loaded
        ui = self.ui
        tables = (
            (ui.rosterTable, self.roster_model, loaded.roster),
            (ui.waitlistTable, self.waitlist_model, loaded.waitlist),
            (ui.sessionsTable, self.sessions_model, list(loaded.detail.sessions)),
        )
        for table, model, rows in tables:
            kept = selected_key(table)
            model.replace_rows(rows)
            if kept is not None:
                select_key(table, model, kept)
        self._show_summary(loaded)
        self._update_buttons()

    def _show_summary(self, loaded: Loaded) -> None:
        ui, detail, locale = self.ui, loaded.detail, QLocale()
        ui.codeLabel.setText(detail.code)
        ui.statusValue.setText(cohort_status(detail.status))
        ui.programmeValue.setText(f"{detail.programme_name} ({detail.programme_code})")
        ui.datesValue.setText(date_range(detail.start_date, detail.end_date))
        ui.scheduleValue.setText(schedule_text(detail.slots))
        place = ", ".join(part for part in (detail.room, detail.branch) if part)
        ui.placeValue.setText(place or self.tr("Not set"))
        ui.fundingValue.setText(funding_text(detail.funding))
        sponsors = ", ".join(sponsor.name for sponsor in detail.sponsors)
        ui.sponsorsValue.setText(sponsors or self.tr("None"))
        names = ", ".join(person.full_name for person in detail.instructors)
        ui.instructorsValue.setText(names or self.tr("None yet"))
        free = max(detail.capacity - detail.seats_taken, 0)
        seats = self.tr("%1 of %2 (%3 free)") if free else self.tr("%1 of %2 (full)")
        ui.seatsValue.setText(
            seats.replace("%1", locale.toString(detail.seats_taken))
            .replace("%2", locale.toString(detail.capacity))
            .replace("%3", locale.toString(free))
        )
        ui.fillBar.setValue(min(round(detail.fill_rate * 100), 100))
        ui.fillBar.setFormat(percent(detail.fill_rate))
        waiting = len(loaded.waitlist)
        ui.waitingValue.setText(
            self.tr("Nobody")
            if not waiting
            else self.tr("%1 on the waitlist").replace("%1", locale.toString(waiting))
        )
        for tab, text, count in (
            (ui.participantsTab, self.tr("Participants (%1)"), len(loaded.roster)),
            (ui.waitlistTab, self.tr("Waitlist (%1)"), waiting),
            (ui.sessionsTab, self.tr("Sessions (%1)"), len(detail.sessions)),
        ):
            ui.tabs.setTabText(ui.tabs.indexOf(tab), text.replace("%1", locale.toString(count)))

    def selected_line(self) -> RosterLine | None:
        rows = self.ui.rosterTable.selectionModel().selectedRows()
        return self.roster_model.line_at(rows[0].row()) if rows else None

    def selected_entry(self) -> WaitlistEntry | None:
        rows = self.ui.waitlistTable.selectionModel().selectedRows()
        return self.waitlist_model.entry_at(rows[0].row()) if rows else None

    def selected_session(self) -> SessionRow | None:
        rows = self.ui.sessionsTable.selectionModel().selectedRows()
        return self.sessions_model.session_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        ui, loaded = self.ui, self.loaded
        detail = loaded.detail if loaded else None
        target = NEXT_STATUS.get(detail.status) if detail else None
        ui.nextStatusButton.setVisible(self.may_manage and target is not None)
        if target is not None:
            ui.nextStatusButton.setText(next_step_text(target))
        ui.editButton.setEnabled(detail is not None)
        ui.printButton.setEnabled(detail is not None)
        ui.exportButton.setEnabled(detail is not None)
        ui.certificatesButton.setEnabled(detail is not None)
        ui.materialsButton.setEnabled(detail is not None)
        evaluation.update(self, detail is not None)
        taking = detail is not None and detail.status.value in COHORT_OPEN
        ui.enrolButton.setEnabled(taking)
        ui.changeStatusButton.setEnabled(self.selected_line() is not None)
        ui.profileButton.setEnabled(self.selected_line() is not None)
        free = detail is not None and detail.seats_taken < detail.capacity
        ui.offerButton.setEnabled(taking and free and bool(loaded and loaded.waitlist))
        session = self.selected_session()
        ui.moveButton.setEnabled(session is not None and not session.cancelled)
        ui.cancelSessionButton.setEnabled(session is not None and not session.cancelled)
        ui.makeupButton.setEnabled(detail is not None)

    def open_participant(self) -> None:
        """The selected person's profile, through the main window (which owns the profiles)."""
        on_waitlist = self.ui.tabs.currentWidget() is self.ui.waitlistTab
        entry = self.selected_entry() if on_waitlist else None
        line = None if on_waitlist else self.selected_line()
        person = entry.participant_id if entry else (line.participant_id if line else None)
        opener = getattr(self.window(), "open_participant", None)
        if person is not None and callable(opener):
            opener(person)

    # --- shared by the actions ----------------------------------------------------------

    def open_dialog(self, dialog: QDialog, on_accepted: actions.Callback) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(on_accepted)
        self.dialog = dialog
        # open(), not exec(): no nested event loop, and tests drive the real dialog with qtbot.
        dialog.open()

    def after_change(self, text: str, warnings: list[FieldWarning] | None = None) -> None:
        """Something was saved here: read everything again, tell the list, say what happened
        (and what to double-check: holidays skipped, clashes)."""
        if self.cohort_id is not None:
            emit(self.changed, self.cohort_id)
        self.refresh()
        if warnings:
            self.say(f"{text}\n{warnings_text(warnings)}", "hint")
        else:
            self.say(text, "ok")

    def failed(self, error: BaseException, refresh: bool = True) -> None:
        if not isValid(self):
            return
        if isinstance(error, PelitaError):
            if refresh:
                self.refresh()  # what was refused may have changed at another desk
            self.say(message(error), "error")
        elif isinstance(error, OSError):
            inform(self, self.tr("Could not save the file"), error.strerror or str(error))
        else:
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)

    def say(self, text: str, role: str) -> None:
        """The message line: "ok" (done), "error", or "hint" (a warning, how things work)."""
        show_message(self.ui.messageLabel, text, role)

    def current_detail(self) -> CohortDetail | None:
        return self.loaded.detail if self.loaded else None
