"""The Certificates page: the register (buku induk) of every certificate the centre issued,
searchable as one types, with the selected certificate in full underneath; its frozen PDF
shown, printed or saved; for admins, revoking and re-issuing, and the public keys.

Every read runs on the worker. A search is sent after a short pause in typing, and an answer
to an older search that arrives after a newer one was sent is dropped.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QHeaderView, QWidget
from shiboken6 import isValid

from desktop.domain.certificate import CertificateStatus
from desktop.domain.errors import PelitaError
from desktop.domain.roles import Permission
from desktop.gui import certificate_actions as actions
from desktop.gui.app_context import AppContext
from desktop.gui.certificate_reason_dialog import ReasonDialog
from desktop.gui.certificate_verify_dialog import CertificateVerifyDialog
from desktop.gui.certificates_model import (
    CertificatesTableModel,
    Column,
    certificate_error,
    entry_html,
    linked_numbers,
    status_text,
)
from desktop.gui.forms.ui_certificates_page import Ui_CertificatesPage
from desktop.gui.message_line import show_message
from desktop.gui.pdf_viewer import PdfViewer
from desktop.gui.table_selection import select_row
from desktop.services import certificate_register
from desktop.services.certificate_register import PAGE_MAX, RegisterEntry

DEBOUNCE_MS = 250


class CertificatesPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_CertificatesPage()
        self.ui.setupUi(self)
        self.may_issue = context.actor.may(Permission.ISSUE_CERTIFICATES)
        self.model = CertificatesTableModel(self)
        # The open dialogs (tests reach them here).
        self.dialog: ReasonDialog | None = None
        self.viewer: PdfViewer | None = None
        self.verify_dialog: CertificateVerifyDialog | None = None
        self._generation = 0
        self._numbers: dict[int, str] = {}  # linked certificates' numbers, by id
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self._fill_status_combo()
        self._setup_table()
        self._connect()
        ui = self.ui
        # The services refuse anyway; hiding the way in spares a clerk a pointless refusal.
        for button in (ui.revokeButton, ui.reissueButton, ui.exportKeyButton,
                       ui.importKeyButton):  # fmt: skip
            button.setVisible(self.may_issue)
        self.say("", "hint")
        self._show_details()
        self.refresh()

    @staticmethod
    def nav_title() -> str:
        return QCoreApplication.translate("CertificatesPage", "Certificates")

    def _fill_status_combo(self) -> None:
        combo = self.ui.statusCombo
        combo.addItem(self.tr("All"), "")
        for status in CertificateStatus:
            combo.addItem(status_text(status), status.value)

    def _setup_table(self) -> None:
        table = self.ui.certificatesTable
        table.setModel(self.model)
        header = table.horizontalHeader()
        metrics = table.fontMetrics()
        # Widths from the font, never "resize to contents": that would read every row.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        samples = {
            Column.NUMBER: "0123/LPK-XYZ/XII/2026",
            Column.NAME: "Siti Nurhaliza Rahmawati",
            Column.PROGRAMME: "Menjahit Pakaian Dasar",
            Column.COHORT: "JHT-2026-01",
            Column.ISSUED: "30 September 2026",
            Column.STATUS: status_text(CertificateStatus.SUPERSEDED),
            Column.CODE: "K7QD-M2XA",
        }
        titles = self.model.titles()
        for column, sample in samples.items():
            # Wide enough for the longer of a typical value and the column's title.
            width = max(
                metrics.horizontalAdvance(sample),
                header.fontMetrics().horizontalAdvance(titles[column]),
            )
            header.resizeSection(column, width + 24)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(metrics.height() + 10)

    def _connect(self) -> None:
        ui = self.ui
        ui.searchEdit.textChanged.connect(self._debounce.start)
        ui.searchEdit.returnPressed.connect(self.refresh)
        ui.statusCombo.currentIndexChanged.connect(lambda _index: self.refresh())
        ui.certificatesTable.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        ui.certificatesTable.activated.connect(lambda _index: actions.show_certificate(self))
        ui.showButton.clicked.connect(lambda: actions.show_certificate(self))
        ui.printButton.clicked.connect(lambda: actions.print_certificate(self))
        ui.saveButton.clicked.connect(lambda: actions.save_certificate(self))
        ui.revokeButton.clicked.connect(lambda: self.ask_reason(reissue=False))
        ui.reissueButton.clicked.connect(lambda: self.ask_reason(reissue=True))
        ui.exportButton.clicked.connect(lambda: actions.export_register(self))
        ui.verifyButton.clicked.connect(self.open_verify_dialog)
        ui.exportKeyButton.clicked.connect(lambda: actions.export_public_key(self))
        ui.importKeyButton.clicked.connect(lambda: actions.import_public_key(self))

    # --- the register -------------------------------------------------------------------

    def status_filter(self) -> CertificateStatus | None:
        value = self.ui.statusCombo.currentData()
        return CertificateStatus(value) if value else None

    def refresh(self, select: int | None = None) -> None:
        """Search again with what is typed and chosen, keeping the selection."""
        self._debounce.stop()
        self._generation += 1
        generation, ctx = self._generation, self.context
        text, status = self.ui.searchEdit.text(), self.status_filter()
        current = self.selected()
        keep = select if select is not None else (current.id if current else None)

        def done(entries: list[RegisterEntry]) -> None:
            if not isValid(self) or generation != self._generation:
                return
            self.model.set_entries(entries)
            self._show_count(len(entries))
            if keep is not None:
                self.select(keep)

        def failed(error: BaseException) -> None:
            if isValid(self) and generation == self._generation:
                self.model.set_entries([])
                self.failed(error)

        ctx.runner.submit(
            lambda: certificate_register.search(ctx.db, ctx.actor, text, status=status),
            done,
            failed,
        )

    def selected(self) -> RegisterEntry | None:
        rows = self.ui.certificatesTable.selectionModel().selectedRows()
        return self.model.entry_at(rows[0].row()) if rows else None

    def select(self, certificate_id: int) -> None:
        row = self.model.row_of(certificate_id)
        if row is None:
            return
        select_row(self.ui.certificatesTable, row, Column.NUMBER)

    def _show_count(self, count: int) -> None:
        if count >= PAGE_MAX:
            text = self.tr("The newest %1 certificates; search to find others.")
        elif count == 1:
            text = self.tr("1 certificate")
        else:
            text = self.tr("%1 certificates")
        self.ui.countLabel.setText(text.replace("%1", QLocale().toString(count)))

    # --- the selected certificate -------------------------------------------------------

    def _selection_changed(self) -> None:
        entry, ui = self.selected(), self.ui
        for button in (ui.showButton, ui.printButton, ui.saveButton):
            button.setEnabled(entry is not None)
        in_force = entry is not None and entry.status is CertificateStatus.ISSUED
        ui.revokeButton.setEnabled(in_force)
        ui.reissueButton.setEnabled(in_force)
        self._show_details()
        if entry is None:
            return
        # A replaced or replacing certificate is named by number: found on the worker.
        known = set(self._numbers) | {shown.id for shown in self.model.entries()}
        linked = {entry.supersedes_id, entry.superseded_by_id} - {None} - known
        if linked:
            ctx, entry_id = self.context, entry.id

            def found(numbers: dict[int, str]) -> None:
                if isValid(self):
                    self._numbers.update(numbers)
                    current = self.selected()
                    if current is not None and current.id == entry_id:
                        self._show_details()

            ctx.runner.submit(lambda: linked_numbers(ctx.db, ctx.actor, entry), found, self.failed)

    def _show_details(self) -> None:
        entry = self.selected()
        if entry is None:
            hint = self.tr("Select a certificate to see its register entry in full.")
            self.ui.detailsView.setHtml(f"<p style='color:#52606d'>{hint}</p>")
            return
        numbers = {e.id: e.number for e in self.model.entries()} | self._numbers
        self.ui.detailsView.setHtml(entry_html(entry, numbers))

    # --- revoking, re-issuing, verifying ------------------------------------------------

    def ask_reason(self, reissue: bool) -> None:
        entry = self.selected()
        if not self.may_issue or entry is None or entry.status is not CertificateStatus.ISSUED:
            return
        dialog = ReasonDialog(self, entry, reissue)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._reason_given(dialog))
        self.dialog = dialog
        dialog.open()

    def _reason_given(self, dialog: ReasonDialog) -> None:
        entry = dialog.entry
        if dialog.reissued is not None and dialog.reissued.certificates:
            new = dialog.reissued.certificates[0]
            text = self.tr("Re-issued as certificate %1; certificate %2 is now superseded.")
            self.say(text.replace("%1", new.number).replace("%2", entry.number), "ok")
            self.refresh(select=new.certificate_id)
        elif dialog.reissued is not None:  # issued, but its file could not be written
            text = self.tr("Re-issued certificate %1; save the new PDF from the register.")
            self.say(text.replace("%1", entry.number), "warning")
            self.refresh()
        else:
            text = self.tr("Revoked certificate %1. It stays in the register as revoked.")
            self.say(text.replace("%1", entry.number), "ok")
            self.refresh(select=entry.id)

    def open_verify_dialog(self) -> None:
        dialog = CertificateVerifyDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.verify_dialog = dialog
        dialog.open()

    # --- messages -----------------------------------------------------------------------

    def failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        if isinstance(error, PelitaError):
            self.say(certificate_error(error), "error")
        else:
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)

    def say(self, text: str, role: str) -> None:
        """A message under the buttons: "ok" (done), "error", "warning" or "hint"."""
        show_message(self.ui.messageLabel, text, role)
