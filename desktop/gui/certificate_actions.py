"""What the Certificates page does with one certificate or the whole register: show, print and
save the frozen PDF, revoke or re-issue it (with a reason), export the register to Excel, and
export or import the public keys that let other offices verify certificates offline.

Every service call and every file written runs on the worker; the page says the outcome on its
message line, the reason dialog next to the field at fault.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)
from shiboken6 import isValid

from desktop.domain.certificate import file_name
from desktop.domain.errors import PelitaError, ValidationError
from desktop.gui.certificates_model import certificate_error
from desktop.gui.dialogs import localise_buttons
from desktop.gui.field_errors import FieldErrors
from desktop.gui.form_calls import FormCalls
from desktop.gui.i18n import translate
from desktop.gui.pdf_viewer import PdfViewer, print_pdf
from desktop.gui.save_file import ask_save_path
from desktop.services import (
    certificate_issue,
    certificate_keys,
    certificate_register,
    certificate_register_export,
)
from desktop.services.certificate_issue import IssueResult
from desktop.services.certificate_keys import KEY_FILE_SUFFIX, KnownKey
from desktop.services.certificate_register import RegisterEntry

if TYPE_CHECKING:
    from desktop.gui.certificates_page import CertificatesPage

KEY_READ_MAX = 64 * 1024  # a key file is a few hundred bytes; anything bigger is not one


def run(
    page: CertificatesPage,
    work: Callable[[], Any],
    done: Callable[[Any], None],
    target: Path | None = None,
    reading: bool = False,
) -> None:
    """`work` on the worker, then `done` while the page lives; a refusal or a file that could
    not be written is said on the page's message line."""

    def answered(result: Any) -> None:
        if isValid(page):
            done(result)

    def failed(error: BaseException) -> None:
        if not isValid(page):
            return
        if isinstance(error, PelitaError):
            page.say(certificate_error(error), "error")
        elif isinstance(error, OSError):  # a folder one may not write in, a full disk
            if reading:
                text = translate("CertificatesPage", "Could not read %1: %2")
            else:
                text = translate("CertificatesPage", "Could not save %1: %2")
            where = str(target or error.filename or "")
            page.say(text.replace("%1", where).replace("%2", error.strerror or str(error)), "error")
        else:
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)

    page.context.runner.submit(work, answered, failed)


def _title(entry: RegisterEntry) -> str:
    text = translate("CertificatesPage", "Certificate %1 — %2")
    return text.replace("%1", entry.number).replace("%2", entry.full_name)


def _frozen_pdf(page: CertificatesPage, entry: RegisterEntry) -> Callable[[], bytes]:
    ctx, certificate_id = page.context, entry.id
    return lambda: certificate_register.pdf(ctx.db, ctx.actor, certificate_id)


# -- one certificate ---------------------------------------------------------------------------


def show_certificate(page: CertificatesPage) -> None:
    entry = page.selected()
    if entry is None:
        return

    def loaded(data: bytes) -> None:
        viewer = PdfViewer(data, _title(entry), file_name(entry.number, entry.full_name), page)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        page.viewer = viewer
        viewer.open()

    run(page, _frozen_pdf(page, entry), loaded)


def print_certificate(page: CertificatesPage) -> None:
    entry = page.selected()
    if entry is None:
        return

    def loaded(data: bytes) -> None:
        if print_pdf(page, data, _title(entry)):
            text = translate("CertificatesPage", "Sent certificate %1 to the printer.")
            page.say(text.replace("%1", entry.number), "ok")

    run(page, _frozen_pdf(page, entry), loaded)


def save_certificate(page: CertificatesPage) -> None:
    entry = page.selected()
    if entry is None:
        return
    target = ask_save_path(
        page,
        translate("CertificatesPage", "Save the certificate as PDF"),
        file_name(entry.number, entry.full_name),
        translate("CertificatesPage", "PDF files (*.pdf)"),
    )
    if target is None:
        return
    read = _frozen_pdf(page, entry)

    def write() -> Path:
        target.write_bytes(read())
        return target

    def done(saved: Path) -> None:
        text = translate("CertificatesPage", "Saved certificate %1 as %2")
        page.say(text.replace("%1", entry.number).replace("%2", str(saved)), "ok")

    run(page, write, done, target)


# -- the register ------------------------------------------------------------------------------


def export_register(page: CertificatesPage) -> None:
    target = ask_save_path(
        page,
        translate("CertificatesPage", "Export the register of certificates"),
        translate("CertificatesPage", "certificate-register.xlsx"),
        translate("CertificatesPage", "Excel workbooks (*.xlsx)"),
    )
    if target is None:
        return
    ctx, text, status = page.context, page.ui.searchEdit.text(), page.status_filter()

    def write() -> int:
        # Every certificate the page's search and status find, not only the rows shown.
        return certificate_register_export.export_register(ctx.db, ctx.actor, target, text, status)

    def done(count: int) -> None:
        if count == 1:
            message = translate("CertificatesPage", "Exported 1 certificate to %2")
        else:
            message = translate("CertificatesPage", "Exported %1 certificates to %2")
        page.say(message.replace("%1", QLocale().toString(count)).replace("%2", str(target)), "ok")

    run(page, write, done, target)


def export_public_key(page: CertificatesPage) -> None:
    ctx = page.context

    def exported(text: str) -> None:
        _name, code, _key = certificate_keys.read_key_file(text)
        target = ask_save_path(
            page,
            translate("CertificatesPage", "Export this centre's public key"),
            f"{code or 'pelita'}{KEY_FILE_SUFFIX}",
            translate("CertificatesPage", "Pelita key files (*.pelitakey)"),
        )
        if target is None:
            return

        def write() -> Path:
            target.write_text(text, encoding="utf-8")
            return target

        def done(saved: Path) -> None:
            message = translate(
                "CertificatesPage",
                "Saved this centre's public key as %1. Give this file to other offices: with "
                "it, their Pelita verifies this centre's certificates without its database.",
            )
            page.say(message.replace("%1", str(saved)), "ok")

        run(page, write, done, target)

    run(page, lambda: certificate_keys.export_public_key(ctx.db, ctx.actor), exported)


def import_public_key(page: CertificatesPage) -> None:
    path, _filter = QFileDialog.getOpenFileName(
        page,
        translate("CertificatesPage", "Import another centre's public key"),
        str(Path.home()),
        translate("CertificatesPage", "Pelita key files (*.pelitakey);;All files (*)"),
    )
    if not path:
        return
    ctx, chosen = page.context, Path(path)

    def work() -> KnownKey:
        with chosen.open("rb") as handle:
            text = handle.read(KEY_READ_MAX).decode("utf-8", errors="replace")
        return certificate_keys.import_public_key(ctx.db, ctx.actor, text)

    def done(key: KnownKey) -> None:
        text = translate(
            "CertificatesPage",
            "Imported the public key of %1: certificates of that centre can be verified here now.",
        )
        page.say(text.replace("%1", key.centre_name or key.centre_code), "ok")

    run(page, work, done, chosen, reading=True)


# -- revoking and re-issuing -------------------------------------------------------------------


class ReasonDialog(QDialog):
    """Revoke or re-issue one certificate. The reason is required (it goes into the register
    and the audit log); a re-issue may also write the new PDF into a folder. The call runs on
    the worker and the dialog stays open while the service refuses, with the message next to
    the reason and nothing typed lost."""

    def __init__(self, page: CertificatesPage, entry: RegisterEntry, reissue: bool) -> None:
        super().__init__(page)
        self.context, self.entry, self.reissue = page.context, entry, reissue
        self.revoked: RegisterEntry | None = None  # the entry as revoked
        self.reissued: IssueResult | None = None  # the new certificate
        self.setWindowTitle(self.tr("Re-issue a certificate") if reissue
                            else self.tr("Revoke a certificate"))  # fmt: skip
        self.resize(560, 0)
        self.column = layout = QVBoxLayout(self)
        summary = QLabel(_title(entry))
        summary.setWordWrap(True)
        bold = summary.font()
        bold.setBold(True)
        summary.setFont(bold)
        hint = QLabel(self._explanation())
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        grid = QGridLayout()
        self.reason_edit = QLineEdit()
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        self.reason_error = QLabel()
        reason_label = QLabel(self.tr("&Reason:"))
        reason_label.setBuddy(self.reason_edit)
        grid.addWidget(reason_label, 0, 0)
        grid.addWidget(self.reason_edit, 0, 1, 1, 2)
        grid.addWidget(self.reason_error, 1, 1, 1, 2)
        self.folder_edit = QLineEdit()
        self.folder_edit.setAccessibleName(self.tr("Folder for the new PDF"))
        self.folder_edit.setPlaceholderText(self.tr("Optional: also save the new PDF here"))
        self.folder_error = QLabel()
        self.folder_button = QPushButton(self.tr("C&hoose…"))
        self.folder_button.setAutoDefault(False)
        self.folder_button.setAccessibleName(self.tr("Choose the folder"))
        self.folder_button.clicked.connect(self._choose_folder)
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder_edit)
        if reissue:
            grid.addWidget(folder_label, 2, 0)
            grid.addWidget(self.folder_edit, 2, 1)
            grid.addWidget(self.folder_button, 2, 2)
            grid.addWidget(self.folder_error, 3, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        self.form_error = QLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        localise_buttons(self.buttons)
        self.save_button.setText(self.tr("Re-&issue") if reissue else self.tr("Re&voke"))
        for widget in (summary, hint):
            layout.addWidget(widget)
        layout.addLayout(grid)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)
        self.errors = FieldErrors(
            self.form_error,
            {
                "reason": (self.reason_edit, self.reason_error),
                "folder": (self.folder_edit, self.folder_error),
            },
        )
        self.calls = FormCalls(self, self.buttons, self.context.runner, self._failed)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.reason_edit.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_height()

    def fit_height(self) -> None:
        """Tall enough for every line of the wrapped texts at this width (the messages shown
        after a refusal add lines, large text more)."""
        needed = self.column.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    @property
    def save_button(self) -> QPushButton:
        button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        return button

    def _explanation(self) -> str:
        if self.reissue:
            return self.tr(
                "A new certificate with a new number is issued from the participant's record "
                "as it is now (a corrected name, for example). This one stays in the register "
                "as superseded, and verifying it says so."
            )
        return self.tr(
            "The certificate keeps its number and stays in the register, shown as revoked; "
            "verifying it says it was revoked, with the reason. This cannot be undone."
        )

    def _choose_folder(self) -> None:
        start = self.folder_edit.text().strip() or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the new PDF"), start)
        if folder:
            self.folder_edit.setText(folder)

    def save(self) -> None:
        if self.calls.busy or self.revoked or self.reissued:
            return
        ctx, certificate_id, reason = self.context, self.entry.id, self.reason_edit.text()
        typed = self.folder_edit.text().strip()
        folder = Path(typed).expanduser() if typed else None
        if folder is not None and not folder.is_dir():
            text = self.tr("There is no folder %1.").replace("%1", typed)
            self.errors.show(ValidationError(text, "folder"))
            self.fit_height()
            return
        reissue = self.reissue

        def work() -> RegisterEntry | IssueResult:
            if reissue:
                return certificate_issue.reissue(
                    ctx.db, ctx.actor, certificate_id, reason, folder=folder
                )
            return certificate_register.revoke(ctx.db, ctx.actor, certificate_id, reason)

        self.calls.run(work, self._done)

    def _done(self, result: RegisterEntry | IssueResult) -> None:
        if isinstance(result, IssueResult):
            self.reissued = result
        else:
            self.revoked = result
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, PelitaError):
            # FieldErrors translates in the shared contexts; these texts are "certificates".
            self.errors.show(ValidationError(certificate_error(error), error.field))
            self.fit_height()
        elif isinstance(error, OSError):  # recorded, but the folder refused the file
            text = self.tr("Re-issued, but the PDF could not be written: %1")
            self.errors.show(ValidationError(text.replace("%1", str(error)), "folder"))
            self.fit_height()
            self.reissued = IssueResult(())
            self.save_button.setEnabled(False)
        else:
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)

    def reject(self) -> None:
        if self.calls.busy:
            return  # the call is under way: its answer must find the dialog
        if self.reissued is not None:
            self.accept()  # re-issued although the file failed: the page shows the new entry
        else:
            super().reject()
