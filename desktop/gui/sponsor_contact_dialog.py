"""A sponsor's contact person, new or changed: name, position, phone and e-mail.

The save runs on the worker; a refusal (no name, a phone number that cannot be one, an e-mail
address with a slip) stands next to its field, and what was typed stays. The phone number is
shown back as Indonesians write it.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QWidget

from desktop.domain.errors import PelitaError
from desktop.domain.phone import display_phone
from desktop.gui.app_context import AppContext
from desktop.gui.dialogs import localise_buttons
from desktop.gui.field_errors import FieldErrors
from desktop.gui.form_calls import FormCalls
from desktop.gui.forms.ui_sponsor_contact_dialog import Ui_SponsorContactDialog
from desktop.gui.user_dialogs import fit_height
from desktop.services.sponsor_details import (
    ContactInput,
    ContactRow,
    add_contact,
    update_contact,
)


class ContactDialog(QDialog):
    """After Save, `saved_name` holds the name as kept."""

    def __init__(
        self, context: AppContext, sponsor_id: int, contact: ContactRow | None, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.sponsor_id = sponsor_id
        self.contact = contact
        self.saved_name = ""
        self.ui = Ui_SponsorContactDialog()
        self.ui.setupUi(self)
        ui = self.ui
        localise_buttons(ui.buttonBox)
        if contact is None:
            self.setWindowTitle(self.tr("New contact person"))
        else:
            ui.nameEdit.setText(contact.name)
            ui.positionEdit.setText(contact.position)
            ui.phoneEdit.setText(display_phone(contact.phone))
            ui.emailEdit.setText(contact.email)
        self.errors = FieldErrors(
            ui.formError,
            {
                "name": (ui.nameEdit, ui.nameError),
                "position": (ui.positionEdit, ui.positionError),
                "phone": (ui.phoneEdit, ui.phoneError),
                "email": (ui.emailEdit, ui.emailError),
            },
        )
        self.calls = FormCalls(self, ui.buttonBox, context.runner, self._failed)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.nameEdit.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_height(self)

    def typed(self) -> ContactInput:
        ui = self.ui
        return ContactInput(
            ui.nameEdit.text(), ui.positionEdit.text(), ui.phoneEdit.text(), ui.emailEdit.text()
        )

    def save(self) -> None:
        if self.calls.busy:
            return
        ctx, data, sponsor_id = self.context, self.typed(), self.sponsor_id
        contact = self.contact
        if contact is None:
            self.calls.run(lambda: add_contact(ctx.db, ctx.actor, sponsor_id, data), self._saved)
        else:
            self.calls.run(lambda: update_contact(ctx.db, ctx.actor, contact.id, data), self._saved)

    def _saved(self, row: ContactRow) -> None:
        self.saved_name = row.name
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, PelitaError):
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)
            return
        self.errors.show(error)
        fit_height(self)

    def reject(self) -> None:
        """Not while a save is under way: its answer decides whether the contact exists."""
        if not self.calls.busy:
            super().reject()
