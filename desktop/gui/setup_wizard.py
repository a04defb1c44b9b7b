"""First start on an empty database: the centre's profile and the first administrator, or
instead everything from an archive another Pelita exported ("Import an archive…", loaded in
the background with progress; see desktop.services.archive_import)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QVBoxLayout, QWidget, QWizard

from desktop.domain.centre import CentreProfile
from desktop.domain.errors import PelitaError, ValidationError, ValidationErrors
from desktop.gui.centre_form import CentreForm
from desktop.gui.field_errors import FieldErrors
from desktop.gui.forms.ui_setup_wizard import Ui_SetupWizard
from desktop.services import centre
from desktop.services.context import Actor

if TYPE_CHECKING:
    from desktop.gui.background_job import IsCancelled, Progress
    from desktop.gui.progress_job import ProgressJob
    from desktop.services.archive_format import ArchiveSummary
    from desktop.services.startup import Database

CENTRE_FIELDS = {"name", "code", "head_nip", "certificate_pattern", "logo"}


def ask_archive_file(parent: QWidget) -> Path | None:
    """The archive to import (None when the person cancels)."""
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("SetupWizard", "Import an archive"),
        str(Path.home()),
        QCoreApplication.translate("SetupWizard", "Pelita archives (*.zip)"),
    )
    return Path(path) if path else None


class SetupWizard(QWizard):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ui = Ui_SetupWizard()
        self.ui.setupUi(self)
        self.centre_form = CentreForm(self.ui.centreFormHost)
        layout = QVBoxLayout(self.ui.centreFormHost)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.centre_form)
        layout.addStretch(1)  # spare height below the form, not between its rows
        # Qt has no Indonesian translation of its own wizard buttons.
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.admin_errors = FieldErrors(
            self.ui.formError,
            {
                "full_name": (self.ui.fullNameEdit, self.ui.fullNameError),
                "username": (self.ui.usernameEdit, self.ui.usernameError),
                "password": (self.ui.passwordEdit, self.ui.passwordError),
                "confirm": (self.ui.confirmEdit, self.ui.confirmError),
            },
        )
        self.actor: Actor | None = None
        self.import_errors = FieldErrors(self.ui.importError, {})
        self.import_job: ProgressJob | None = None
        self.imported: ArchiveSummary | None = None
        self.message_box: QMessageBox | None = None
        self.ui.importButton.clicked.connect(self.choose_archive)

    def validateCurrentPage(self) -> bool:
        if self.imported is not None:
            return True  # set up from the archive: QWizard.done asks this before accepting
        page = self.currentPage()
        if page is self.ui.centrePage:
            return self._validate_centre()
        if page is self.ui.adminPage:
            return self._finish()
        return super().validateCurrentPage()

    def _validate_centre(self) -> bool:
        """Check the profile before moving on, so its errors appear on its own page."""
        self.centre_form.errors.clear()
        try:
            CentreProfile.cleaned(self.centre_form.profile())
        except PelitaError as error:
            self.centre_form.show_error(error)
            return False
        return True

    def _finish(self) -> bool:
        self.admin_errors.clear()
        if self.ui.passwordEdit.text() != self.ui.confirmEdit.text():
            self.admin_errors.show(ValidationError(self.tr("The two passwords differ."), "confirm"))
            return False
        try:
            self.actor = centre.setup_centre(
                self.db,
                self.centre_form.profile(),
                self.ui.usernameEdit.text(),
                self.ui.fullNameEdit.text(),
                self.ui.passwordEdit.text(),
                logo_file=self.centre_form.logo_file,
            )
        except PelitaError as error:
            self._route(error)
            return False
        return True

    def _route(self, error: PelitaError) -> None:
        """Errors about the centre go back to its page; account errors stay here."""
        errors = error.errors if isinstance(error, ValidationErrors) else [error]
        centre_errors = [
            e for e in errors if isinstance(e, ValidationError) and e.field in CENTRE_FIELDS
        ]
        if centre_errors:
            self.back()
            self.centre_form.show_error(ValidationErrors(centre_errors))
        else:
            self.admin_errors.show(error)

    def choose_archive(self) -> None:
        path = ask_archive_file(self)
        if path is not None:
            self.import_from(path)

    def import_from(self, path: Path) -> None:
        """Load the archive at `path` in the background; the wizard closes when it is in."""
        from desktop.gui.progress_job import ProgressJob
        from desktop.services.archive_import import import_archive

        if self.import_job is not None:
            return
        self.import_errors.clear()
        db = self.db

        def work(progress: Progress, cancelled: IsCancelled) -> ArchiveSummary:
            return import_archive(db, path, progress, cancelled)

        self.import_job = ProgressJob(
            self,
            self,
            work,
            "pelita-archive-import",
            title=self.tr("Import an archive"),
            label=self.tr("Loading everything from %1…").replace("%1", path.name),
            finished=self._imported,
            failed=self._import_failed,
            cancel=self._cancel_import,
        )
        self.ui.importButton.setEnabled(False)
        self.import_job.start()

    def _cancel_import(self) -> None:
        if self.import_job is not None:
            self.import_job.cancel()

    def _end_import(self) -> None:
        job, self.import_job = self.import_job, None
        if job is not None:
            job.end()
        self.ui.importButton.setEnabled(True)

    def _imported(self, summary: ArchiveSummary) -> None:
        from desktop.gui.archive_actions import summary_text

        self._end_import()
        self.imported = summary
        # The login that follows offers the name of the administrator who wrote the archive.
        self.ui.usernameEdit.setText(summary.exported_by)
        text = self.tr(
            "The archive is imported: %1.\n\nLog in with an account from the archive."
        ).replace("%1", summary_text(summary))
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Import an archive"),
            text,
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.addButton(
            QCoreApplication.translate("dialogs", "OK"), QMessageBox.ButtonRole.AcceptRole
        )
        box.finished.connect(lambda _result: self.accept())
        self.message_box = box
        box.open()

    def _import_failed(self, error: BaseException) -> None:
        from desktop.domain.errors import PelitaError

        self._end_import()
        if isinstance(error, PelitaError):
            self.import_errors.show(error)
        else:
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)
