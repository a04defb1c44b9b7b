"""The Privacy page (admins): people's requests under UU PDP and the retention of their data.

The Requests tab lists the requests, overdue ones first and in red (the centre answers within
3 × 24 hours); from here a request is recorded, acted on as its kind asks (desktop.gui.
privacy_actions: a copy of the data, the profile to correct, anonymising, withdrawing consent)
and closed with its outcome. The Retention tab (desktop.gui.retention_view) sets how long data
of inactive people is kept and lists those past it for anonymising.

Every read and change runs on the worker; after each the list is read again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget
from shiboken6 import isValid

from desktop.domain.errors import PelitaError
from desktop.domain.privacy import RequestKind, RequestStatus
from desktop.domain.roles import Permission
from desktop.gui import privacy_actions
from desktop.gui.app_context import AppContext
from desktop.gui.data_request_dialog import DataRequestDialog
from desktop.gui.forms.ui_privacy_page import Ui_PrivacyPage
from desktop.gui.i18n import message
from desktop.gui.message_line import show_message
from desktop.gui.privacy_close_dialog import CloseRequestDialog
from desktop.gui.privacy_confirm import ConfirmDialog
from desktop.gui.privacy_model import RequestColumn, RequestsTableModel
from desktop.gui.privacy_texts import action_text, kind_text
from desktop.gui.retention_view import RetentionView
from desktop.gui.signals import emit
from desktop.gui.table_selection import select_row
from desktop.services import data_requests
from desktop.services.data_requests import DataRequestRow


class PrivacyPage(QWidget):
    open_participant_requested = Signal(int)  # the main window shows this person's profile

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_PrivacyPage()
        self.ui.setupUi(self)
        # Clerks record requests and withdraw consents as people ask at the desk; the rest
        # (copies, deletion, closing, retention) is for administrators: the services refuse
        # anyway, and hiding the way in spares a clerk a pointless refusal.
        self.may_handle = context.actor.may(Permission.HANDLE_DATA_REQUESTS)
        self.model = RequestsTableModel(self)
        # The open dialog and confirmation (tests reach them here).
        self.dialog: QDialog | None = None
        self.confirm: ConfirmDialog | None = None
        self.written_pdf: Path | None = None  # the copy of a person's data just written
        # What was done for a request, offered as its outcome when it is closed.
        self.done_for: dict[int, str] = {}
        self._generation = 0
        self._shown_before = False
        self._setup_table()
        self.retention: RetentionView | None = None
        self._setup_retention()
        self._connect()
        self.say("", "hint")
        self._update_buttons()
        self.refresh()

    @staticmethod
    def nav_title() -> str:
        return QCoreApplication.translate("PrivacyPage", "Privacy")

    def _setup_table(self) -> None:
        table = self.ui.requestsTable
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RequestColumn.OUTCOME, QHeaderView.ResizeMode.Stretch)
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)

    def _setup_retention(self) -> None:
        ui = self.ui
        ui.closeButton.setVisible(self.may_handle)
        if not self.may_handle:
            ui.tabs.removeTab(ui.tabs.indexOf(ui.retentionTab))
            ui.tabs.tabBar().hide()  # one tab: no tab bar
            return
        self.retention = RetentionView(self.context, ui.retentionTab)
        ui.retentionLayout.addWidget(self.retention)

    def _connect(self) -> None:
        ui = self.ui
        ui.closedCheck.toggled.connect(lambda _checked: self.refresh())
        ui.requestsTable.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        ui.requestsTable.activated.connect(lambda _index: self.act())
        ui.recordButton.clicked.connect(self.record_request)
        ui.actButton.clicked.connect(lambda: self.act())
        ui.closeButton.clicked.connect(self.close_request)
        ui.openPdfButton.clicked.connect(self.open_pdf)

    # --- the list -----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """Read again on coming back to the page: time makes requests overdue, and another
        desk may have recorded one."""
        super().showEvent(event)
        if self._shown_before:
            self.refresh()
        self._shown_before = True

    def refresh(self, select: int | None = None) -> None:
        """Read the requests again (another desk may have recorded one), keeping the place."""
        self._generation += 1
        generation, ctx = self._generation, self.context
        open_only = not self.ui.closedCheck.isChecked()
        current = self.selected()
        keep = select if select is not None else (current.id if current else None)

        def done(rows: list[DataRequestRow]) -> None:
            if not isValid(self) or generation != self._generation:
                return
            self.model.set_rows(rows)
            self._show_count(rows)
            if keep is not None:
                self.select(keep)

        def failed(error: BaseException) -> None:
            if isValid(self) and generation == self._generation:
                self.model.set_rows([])
                self.report(error)

        ctx.runner.submit(
            lambda: data_requests.list_requests(ctx.db, ctx.actor, open_only=open_only),
            done,
            failed,
        )

    def selected(self) -> DataRequestRow | None:
        rows = self.ui.requestsTable.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select(self, request_id: int) -> None:
        row = self.model.row_of(request_id)
        if row is not None:
            select_row(self.ui.requestsTable, row, RequestColumn.PERSON)

    def _show_count(self, rows: list[DataRequestRow]) -> None:
        waiting = [row for row in rows if row.status == RequestStatus.OPEN]
        overdue = sum(1 for row in waiting if row.overdue)
        if not waiting:
            text = self.tr("No request is waiting.")
        elif len(waiting) == 1:
            text = self.tr("1 request waiting")
        else:
            text = self.tr("%1 requests waiting").replace("%1", QLocale().toString(len(waiting)))
        if overdue:
            text += " · " + self.tr("%1 overdue").replace("%1", QLocale().toString(overdue))
        self.ui.countLabel.setText(text)

    def _update_buttons(self) -> None:
        ui, request = self.ui, self.selected()
        waiting = request is not None and request.status == RequestStatus.OPEN
        ui.actButton.setEnabled(waiting and self.may_act(request))
        ui.closeButton.setEnabled(waiting and self.may_handle)
        kind = request.kind if request is not None else RequestKind.ACCESS
        ui.actButton.setText(action_text(kind) if request is not None else self.tr("&Act on it…"))
        ui.actButton.setAccessibleName(
            self.tr("Act on the request: %1").replace("%1", kind_text(kind))
            if request is not None
            else self.tr("Act on the selected request")
        )
        ui.openPdfButton.setVisible(self.written_pdf is not None)
        if request is None:
            ui.detailsLabel.clear()
        else:
            text = self.tr("%1 asked: %2").replace("%1", request.participant_name)
            text = text.replace("%2", request.details or self.tr("(no details written)"))
            if waiting and not self.may_act(request):
                text += "\n" + self.tr("An administrator answers this request.")
            ui.detailsLabel.setText(text)
        ui.detailsLabel.setVisible(request is not None)

    def may_act(self, request: DataRequestRow | None) -> bool:
        """Administrators act on any request; clerks withdraw a consent at once."""
        if request is None:
            return False
        return self.may_handle or request.kind == RequestKind.WITHDRAWAL

    # --- recording, acting, closing -----------------------------------------------------

    def record_request(self) -> None:
        dialog = DataRequestDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._recorded(dialog))
        self.dialog = dialog
        dialog.open()  # not exec(): no nested event loop, and tests drive the real dialog

    def _recorded(self, dialog: DataRequestDialog) -> None:
        saved = dialog.saved
        if saved is None or not isValid(self):
            return
        text = self.tr("Recorded the request of %1; it is due by %2.")
        self.say(text.replace("%1", saved.participant_name).replace("%2", dialog.due_text()), "ok")
        self.refresh(select=saved.id)

    def act(self, folder: Path | None = None) -> None:
        """Do what the selected request asks; `folder` answers where a copy goes (tests)."""
        request = self.selected()
        if request is None or request.status != RequestStatus.OPEN or not self.may_act(request):
            return
        kind = RequestKind(request.kind)
        if kind == RequestKind.ACCESS:
            privacy_actions.export_data(self, request, folder)
        elif kind == RequestKind.CORRECTION:
            emit(self.open_participant_requested, request.participant_id)
            self.done_for[request.id] = self.tr("Corrected on the profile.")
        elif kind == RequestKind.DELETION:
            privacy_actions.confirm_anonymise(self, request)
        else:
            privacy_actions.confirm_withdrawal(self, request)

    def close_request(self) -> None:
        request = self.selected()
        if request is None or request.status != RequestStatus.OPEN or not self.may_handle:
            return
        dialog = CloseRequestDialog(self.context, request, self.done_for.get(request.id, ""), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _closed(self, dialog: CloseRequestDialog) -> None:
        saved = dialog.saved
        if saved is None or not isValid(self):
            return
        self.done_for.pop(saved.id, None)
        self.written_pdf = None  # the copy went with that request
        self.say(self.tr("Closed the request of %1.").replace("%1", saved.participant_name), "ok")
        self.refresh()

    def open_pdf(self) -> None:
        if self.written_pdf is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written_pdf)))

    # --- messages -----------------------------------------------------------------------

    def failed(self, error: BaseException) -> None:
        """A change was refused: said, and the list read again (it may have changed)."""
        if isValid(self):
            self.report(error)
            if isinstance(error, PelitaError):
                self.refresh()

    def report(self, error: BaseException) -> None:
        if not isValid(self):
            return
        if isinstance(error, PelitaError):
            self.say(message(error), "error")
        else:
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)

    def say(self, text: str, role: str) -> None:
        show_message(self.ui.messageLabel, text, role)
