"""The Follow-up page (clerks and admins): the completers to call today, 3, 6 and 12 months
after their training, filtered by milestone and programme; a call recorded from here (Record
call… or a double-click), the list printed to call from paper or exported to Excel. For
administrators, a second tab compares the outcomes with the people's situation at intake.

Every read and change runs on the worker. After a call is recorded the list is read again:
someone reached leaves it, someone not reached stays with one attempt more.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QHeaderView, QWidget
from shiboken6 import isValid

from desktop.domain.errors import PelitaError
from desktop.domain.evaluation import MILESTONES
from desktop.domain.follow_up import CallRow
from desktop.domain.roles import Permission
from desktop.gui.app_context import AppContext
from desktop.gui.call_dialog import CallDialog
from desktop.gui.follow_up_actions import export_call_list_xlsx, print_call_list
from desktop.gui.follow_up_model import CallsTableModel, Column
from desktop.gui.forms.ui_follow_up_page import Ui_FollowUpPage
from desktop.gui.i18n import message
from desktop.gui.message_line import show_message
from desktop.gui.outcomes_view import OutcomesView
from desktop.gui.pdf_window import SavablePdfViewer
from desktop.gui.table_selection import select_row
from desktop.services.attendance_common import local_day
from desktop.services.cohort_people import ProgrammeChoice, list_programme_choices
from desktop.services.follow_up import call_list


class FollowUpPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_FollowUpPage()
        self.ui.setupUi(self)
        self.model = CallsTableModel(self)
        # The open dialog and PDF viewer (tests reach them here).
        self.dialog: QDialog | None = None
        self.viewer: SavablePdfViewer | None = None
        self.outcomes: OutcomesView | None = None
        self._generation = 0
        ui = self.ui
        ui.milestoneCombo.addItem(self.tr("All (3, 6 and 12)"), None)
        for months in MILESTONES:
            ui.milestoneCombo.addItem(self.tr("%1 months").replace("%1", str(months)), months)
        ui.programmeCombo.addItem(self.tr("All programmes"), None)
        # Long programme names must not push the count off the row.
        ui.programmeCombo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        ui.programmeCombo.setMinimumContentsLength(28)
        self._setup_table()
        self._setup_outcomes()
        self._connect()
        self.say("", "hint")
        self._update_buttons()
        self._load_programmes()
        self.refresh()

    @staticmethod
    def nav_title() -> str:
        return QCoreApplication.translate("FollowUpPage", "Follow-up")

    def _setup_table(self) -> None:
        table = self.ui.callsTable
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)

    def _setup_outcomes(self) -> None:
        """The outcomes tab, for those who may see the centre's figures."""
        ui = self.ui
        if not self.context.actor.may(Permission.VIEW_REPORTS):
            ui.tabs.removeTab(ui.tabs.indexOf(ui.outcomesTab))
            ui.tabs.tabBar().hide()  # one tab: no tab bar
            return
        self.outcomes = OutcomesView(self.context, ui.outcomesTab)
        ui.outcomesLayout.addWidget(self.outcomes)
        self.outcomes.refresh()

    def _connect(self) -> None:
        ui = self.ui
        ui.milestoneCombo.currentIndexChanged.connect(lambda _index: self.refresh())
        ui.programmeCombo.currentIndexChanged.connect(lambda _index: self._programme_chosen())
        ui.callsTable.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        ui.callsTable.activated.connect(lambda _index: self.record_call())
        ui.callsTable.doubleClicked.connect(lambda _index: self.record_call())
        ui.recordButton.clicked.connect(self.record_call)
        ui.printButton.clicked.connect(self.print_list)
        ui.exportButton.clicked.connect(lambda: self.export_list())

    def _load_programmes(self) -> None:
        ctx = self.context

        def done(choices: list[ProgrammeChoice]) -> None:
            if not isValid(self):
                return
            combo = self.ui.programmeCombo
            combo.blockSignals(True)
            for choice in choices:
                combo.addItem(choice.name, choice.id)
            combo.blockSignals(False)

        ctx.runner.submit(lambda: list_programme_choices(ctx.db, ctx.actor), done, self.failed)

    def _programme_chosen(self) -> None:
        self.refresh()
        if self.outcomes is not None:
            self.outcomes.set_programme(self.programme_id())

    # --- the list -----------------------------------------------------------------------

    def today(self) -> date:
        return local_day(self.context.db.clock())

    def months(self) -> int | None:
        value = self.ui.milestoneCombo.currentData()
        return int(value) if value is not None else None

    def programme_id(self) -> int | None:
        value = self.ui.programmeCombo.currentData()
        return int(value) if value is not None else None

    def refresh(self, select: tuple[int, int] | None = None) -> None:
        """Read the list again (another desk may have called someone), keeping the selection."""
        self._generation += 1
        generation, ctx = self._generation, self.context
        today, months, programme = self.today(), self.months(), self.programme_id()
        current = self.selected()
        keep = select or (current.key if current else None)

        def done(rows: list[CallRow]) -> None:
            if not isValid(self) or generation != self._generation:
                return
            self.model.set_calls(rows)
            self._show_count(rows)
            if keep is not None:
                self.select(keep)

        def failed(error: BaseException) -> None:
            if isValid(self) and generation == self._generation:
                self.model.set_calls([])
                self.failed(error)

        ctx.runner.submit(
            lambda: call_list(ctx.db, ctx.actor, today, months, programme), done, failed
        )

    def selected(self) -> CallRow | None:
        rows = self.ui.callsTable.selectionModel().selectedRows()
        return self.model.call_at(rows[0].row()) if rows else None

    def select(self, key: tuple[int, int]) -> None:
        row = self.model.row_of_call(key)
        if row is not None:
            select_row(self.ui.callsTable, row, Column.NAME)

    def _show_count(self, rows: list[CallRow]) -> None:
        if not rows:
            text = self.tr("Nobody is due a call.")
        elif len(rows) == 1:
            text = self.tr("1 call to make")
        else:
            text = self.tr("%1 calls to make").replace("%1", QLocale().toString(len(rows)))
        self.ui.countLabel.setText(text)

    def _update_buttons(self) -> None:
        self.ui.recordButton.setEnabled(self.selected() is not None)
        has_rows = self.model.rowCount() > 0
        self.ui.printButton.setEnabled(has_rows)
        self.ui.exportButton.setEnabled(has_rows)

    # --- recording a call ---------------------------------------------------------------

    def record_call(self) -> None:
        call = self.selected()
        if call is None:
            return
        dialog = CallDialog(self.context, call.enrolment_id, call.months, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._recorded(call, dialog))
        self.dialog = dialog
        dialog.open()  # not exec(): no nested event loop, and tests drive the real dialog

    def _recorded(self, call: CallRow, dialog: CallDialog) -> None:
        saved = dialog.saved
        if saved is None or not isValid(self):
            return
        if saved.reached:
            text = self.tr("Recorded the call with %1: reached.")
        else:
            text = self.tr("Recorded the call with %1: not reached (attempt %2).")
        self.say(text.replace("%1", call.full_name).replace("%2", str(saved.attempts)), "ok")
        self.refresh(select=call.key)

    # --- printing and exporting ---------------------------------------------------------

    def print_list(self) -> None:
        self.viewer = None

        def shown(viewer: SavablePdfViewer) -> None:
            self.viewer = viewer

        print_call_list(
            self,
            self.context,
            self.today(),
            self.months(),
            self.programme_id(),
            shown,
            self.failed,
        )

    def export_list(self, path: Path | None = None) -> None:
        def saved(written: Path) -> None:
            self.say(self.tr("Saved the call list as %1.").replace("%1", str(written)), "ok")

        export_call_list_xlsx(
            self,
            self.context,
            self.today(),
            self.months(),
            self.programme_id(),
            saved,
            self.failed,
            path,
        )

    # --- messages -----------------------------------------------------------------------

    def failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        if isinstance(error, PelitaError):
            self.say(message(error), "error")
        else:
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)

    def say(self, text: str, role: str) -> None:
        show_message(self.ui.messageLabel, text, role)
