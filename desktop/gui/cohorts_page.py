"""The Cohorts page: every run of a programme (angkatan) with its dates, status, seats, fill
rate and waitlist; Enter or Open shows one cohort in full (desktop.gui.cohort_view) in place of
the list, and Back returns to it. Admins also create cohorts here.

A centre runs tens of cohorts a year, so the table holds the rows of one
`list_cohort_overview` call, read on the worker like every other call of this page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget
from shiboken6 import isValid

from desktop.domain.cohort import CohortStatus
from desktop.domain.errors import PelitaError
from desktop.domain.roles import Permission
from desktop.gui.app_context import AppContext
from desktop.gui.cohort_view import CohortView
from desktop.gui.cohort_view_tables import CohortColumn as Column
from desktop.gui.cohort_view_tables import CohortsTableModel, FillDelegate, setup_table
from desktop.gui.cohort_view_text import cohort_status
from desktop.gui.forms.ui_cohorts_page import Ui_CohortsPage
from desktop.gui.i18n import message, warnings_text
from desktop.gui.message_line import show_message
from desktop.gui.table_selection import select_row
from desktop.services.cohort_overview import (
    CURRENT_STATUSES,
    CohortListRow,
    list_cohort_overview,
)
from desktop.services.programmes import list_programmes

if TYPE_CHECKING:
    from desktop.gui.cohort_dialog import CohortDialog

CURRENT, EVERY = "current", "all"  # the status filter's first two choices


class CohortsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_CohortsPage()
        self.ui.setupUi(self)
        self.may_manage = context.actor.may(Permission.MANAGE_PROGRAMMES)
        self.model = CohortsTableModel(self)
        self.dialog: QDialog | None = None  # the open form (tests reach it here)
        self._shown_once = False
        self.view = CohortView(context, self)
        self.ui.stack.addWidget(self.view)
        self._setup_filters()
        self._setup_table()
        self._connect()
        self.ui.newButton.setVisible(self.may_manage)
        self._say("", "hint")
        self._update_buttons()
        self._load_programmes()
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Coming back to the page: seats and waitlists change at other desks and from profiles,
        # programmes on their page.
        if self._shown_once and not event.spontaneous():
            self._load_programmes()
            self.refresh()
            if self.ui.stack.currentWidget() is self.view:
                self.view.refresh()
        self._shown_once = True

    @staticmethod
    def nav_title() -> str:
        return QCoreApplication.translate("CohortsPage", "Cohorts")

    def _setup_filters(self) -> None:
        combo = self.ui.statusCombo
        combo.addItem(self.tr("Current (not archived)"), CURRENT)
        combo.addItem(self.tr("All statuses"), EVERY)
        for status in CohortStatus:
            combo.addItem(cohort_status(status), status.value)
        self.ui.programmeCombo.addItem(self.tr("All programmes"), None)

    def _setup_table(self) -> None:
        table = self.ui.cohortsTable
        setup_table(table, self.model, Column.PROGRAMME, row_room=14)  # room for the bar
        table.setItemDelegateForColumn(Column.FILL, FillDelegate(table))
        header = table.horizontalHeader()
        # Wide enough for the bar to be read at a glance, not just for "100%".
        header.setSectionResizeMode(Column.FILL, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(Column.FILL, table.fontMetrics().horizontalAdvance("100%") * 3)

    def _connect(self) -> None:
        ui = self.ui
        ui.programmeCombo.currentIndexChanged.connect(lambda _index: self.refresh())
        ui.statusCombo.currentIndexChanged.connect(lambda _index: self.refresh())
        ui.cohortsTable.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        ui.cohortsTable.activated.connect(lambda _index: self.open_selected())
        ui.openButton.clicked.connect(self.open_selected)
        ui.newButton.clicked.connect(self.new_cohort)
        self.view.back_requested.connect(self.show_list)
        self.view.changed.connect(lambda cid: self.refresh(select=cid))
        if self.may_manage:
            # Only while the list is showing (Qt ignores shortcuts of hidden widgets).
            new = QShortcut(QKeySequence(QKeySequence.StandardKey.New), ui.listPage)
            new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            new.activated.connect(self.new_cohort)

    # --- the list -----------------------------------------------------------------------

    def _load_programmes(self) -> None:
        """Fill (or fill again) the programme filter, keeping what is chosen."""
        ctx = self.context

        def done(found: list[tuple[int, str]]) -> None:
            if not isValid(self):
                return
            combo = self.ui.programmeCombo
            chosen = combo.currentData()
            combo.blockSignals(True)  # the same choice: the list needs no reading again
            while combo.count() > 1:  # all but "All programmes"
                combo.removeItem(combo.count() - 1)
            for programme_id, name in found:
                combo.addItem(name, programme_id)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.blockSignals(False)
            if combo.currentData() != chosen:  # the chosen programme was deleted meanwhile
                self.refresh()

        # Archived programmes too: their cohorts are still on record.
        ctx.runner.submit(
            lambda: list_programmes(ctx.db, ctx.actor, include_inactive=True), done, self._failed
        )

    def _statuses(self) -> frozenset[CohortStatus] | None:
        chosen = self.ui.statusCombo.currentData()
        if chosen == CURRENT:
            return CURRENT_STATUSES
        return None if chosen == EVERY else frozenset({CohortStatus(chosen)})

    def refresh(self, select: int | None = None) -> None:
        """Read the list again (another desk may have changed it), keeping the selection."""
        ctx = self.context
        programme_id = self.ui.programmeCombo.currentData()
        statuses = self._statuses()
        current = self.selected()
        keep = select if select is not None else (current.id if current else None)

        def done(rows: list[CohortListRow]) -> None:
            if not isValid(self):
                return
            self.model.replace_rows(rows)
            self._show_count(len(rows))
            if keep is not None:
                self.select(keep)

        def failed(error: BaseException) -> None:
            if isValid(self):
                self.model.replace_rows([])
                self._failed(error)

        ctx.runner.submit(
            lambda: list_cohort_overview(
                ctx.db, ctx.actor, programme_id=programme_id, statuses=statuses
            ),
            done,
            failed,
        )

    def selected(self) -> CohortListRow | None:
        rows = self.ui.cohortsTable.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select(self, cohort_id: int) -> None:
        row = self.model.row_of(cohort_id)
        if row is None:
            return
        select_row(self.ui.cohortsTable, row, Column.CODE)

    def _update_buttons(self) -> None:
        self.ui.openButton.setEnabled(self.selected() is not None)

    def _show_count(self, count: int) -> None:
        if count == 1:
            text = self.tr("1 cohort")
        else:
            text = self.tr("%1 cohorts").replace("%1", QLocale().toString(count))
        self.ui.countLabel.setText(text)

    # --- one cohort ---------------------------------------------------------------------

    def open_selected(self) -> None:
        cohort = self.selected()
        if cohort is not None:
            self.open_cohort(cohort.id)

    def open_cohort(self, cohort_id: int) -> None:
        """Show one cohort in full in place of the list (from the list, or from anywhere)."""
        self.view.show_cohort(cohort_id)
        self.ui.stack.setCurrentWidget(self.view)
        self.view.ui.tabs.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_list(self) -> None:
        cohort_id = self.view.cohort_id
        self.ui.stack.setCurrentWidget(self.ui.listPage)
        self.refresh(select=cohort_id)  # seats and waiting may have changed meanwhile
        self.ui.cohortsTable.setFocus(Qt.FocusReason.OtherFocusReason)

    def new_cohort(self) -> None:
        from desktop.gui.cohort_dialog import CohortDialog

        if not self.may_manage:
            return
        dialog = CohortDialog(
            self.context, None, self, programme_id=self.ui.programmeCombo.currentData()
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Listed as soon as it is saved: the form stays open while its warnings are read.
        dialog.saved.connect(lambda cohort_id: self.refresh(select=cohort_id))
        dialog.accepted.connect(lambda: self._created(dialog))
        self.dialog = dialog
        # open(), not exec(): no nested event loop, and tests drive the real dialog with qtbot.
        dialog.open()

    def _created(self, dialog: CohortDialog) -> None:
        self.refresh(select=dialog.saved_id)
        text = self.tr("Created the cohort %1.").replace("%1", dialog.saved_code)
        if dialog.warnings:  # (holidays skipped, clashes) shown in the form, and kept here
            self._say(f"{text}\n{warnings_text(dialog.warnings)}", "hint")
        else:
            self._say(text, "ok")

    # --- messages -----------------------------------------------------------------------

    def _failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        if isinstance(error, PelitaError):
            self._say(message(error), "error")
        else:
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)

    def _say(self, text: str, role: str) -> None:
        """A message under the buttons: "ok" (done), "error", or "hint" (what to check)."""
        show_message(self.ui.messageLabel, text, role)
