"""A sponsor's contact person, new or changed: name, position, phone and e-mail.

The save runs on the worker; a refusal (no name, a phone number that cannot be one, an e-mail
address with a slip) stands next to its field, and what was typed stays. The phone number is
shown back as Indonesians write it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.domain.phone import display_phone
from desktop.gui.app_context import AppContext
from desktop.gui.dialogs import localise_buttons
from desktop.gui.field_errors import FieldErrors
from desktop.gui.form_dialog import FormDialog, Submission
from desktop.gui.forms.ui_sponsor_contact_dialog import Ui_SponsorContactDialog
from desktop.services.sponsor_details import (
    ContactInput,
    ContactRow,
    add_contact,
    update_contact,
)


class ContactDialog(FormDialog):
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
        self.save_with(ui.buttonBox, context.runner)
        ui.nameEdit.setFocus()

    def typed(self) -> ContactInput:
        ui = self.ui
        return ContactInput(
            ui.nameEdit.text(), ui.positionEdit.text(), ui.phoneEdit.text(), ui.emailEdit.text()
        )

    def prepare_save(self) -> Submission:
        ctx, data, sponsor_id = self.context, self.typed(), self.sponsor_id
        contact = self.contact
        if contact is None:
            return lambda: add_contact(ctx.db, ctx.actor, sponsor_id, data), self._saved
        return lambda: update_contact(ctx.db, ctx.actor, contact.id, data), self._saved

    def _saved(self, row: ContactRow) -> None:
        self.saved_name = row.name
        self.accept()
