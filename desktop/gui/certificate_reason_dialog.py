"""The reason dialog of the Certificates page: revoking or re-issuing a certificate asks why
(required, audited) and, for a re-issue, optionally a folder for the new PDF. A refusal is
shown next to the field at fault and nothing typed is lost."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

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

from desktop.domain.errors import PelitaError, ValidationError
from desktop.gui.certificate_actions import certificate_title
from desktop.gui.certificates_model import certificate_error
from desktop.gui.dialogs import localise_buttons
from desktop.gui.field_errors import FieldErrors
from desktop.gui.form_calls import FormCalls
from desktop.services import (
    certificate_issue,
    certificate_register,
)
from desktop.services.certificate_issue import IssueResult
from desktop.services.certificate_register import RegisterEntry

if TYPE_CHECKING:
    from desktop.gui.certificates_page import CertificatesPage


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
        summary = QLabel(certificate_title(entry))
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
