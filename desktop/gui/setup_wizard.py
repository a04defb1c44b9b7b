"""First start on an empty database: the centre's profile and the first administrator."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget, QWizard

from desktop.domain.centre import CentreProfile
from desktop.domain.errors import PelitaError, ValidationError, ValidationErrors
from desktop.gui.centre_form import CentreForm
from desktop.gui.field_errors import FieldErrors
from desktop.gui.forms.ui_setup_wizard import Ui_SetupWizard
from desktop.services import centre
from desktop.services.context import Actor

if TYPE_CHECKING:
    from desktop.services.startup import Database

CENTRE_FIELDS = {"name", "code", "head_nip", "certificate_pattern", "logo"}


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

    def validateCurrentPage(self) -> bool:
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
