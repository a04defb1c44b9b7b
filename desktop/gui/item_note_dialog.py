"""A maintenance note on an item (admins): what was done or found, on which day ("needle
replaced", "motor noisy"). Saved on the worker; an empty note is refused next to the field and
the day chosen stays."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.gui.app_context import AppContext
from desktop.gui.dialogs import localise_buttons
from desktop.gui.field_errors import FieldErrors
from desktop.gui.form_dialog import FormDialog, Submission
from desktop.gui.forms.ui_item_note_dialog import Ui_ItemNoteDialog
from desktop.gui.inventory_fields import from_qdate, to_qdate, today
from desktop.gui.scrolling_form import add_save_shortcuts
from desktop.services import inventory_items as inventory
from desktop.services.inventory_list import ItemRow


class ItemNoteDialog(FormDialog):
    def __init__(self, context: AppContext, parent: QWidget | None, item: ItemRow) -> None:
        super().__init__(parent)
        self.context = context
        self.item = item
        self.ui = Ui_ItemNoteDialog()
        self.ui.setupUi(self)
        ui = self.ui
        localise_buttons(ui.buttonBox)
        ui.itemLabel.setText(f"{item.name} ({item.asset_tag})" if item.asset_tag else item.name)
        font = ui.itemLabel.font()
        font.setBold(True)
        ui.itemLabel.setFont(font)
        ui.dateEdit.setDate(to_qdate(today(context)))
        self.errors = FieldErrors(ui.formError, {"note": (ui.noteEdit, ui.noteError)})
        self.save_with(ui.buttonBox, context.runner)
        add_save_shortcuts(self, self.save)
        ui.noteEdit.setFocus()

    def prepare_save(self) -> Submission:
        ctx, item_id = self.context, self.item.id
        day, note = from_qdate(self.ui.dateEdit.date()), self.ui.noteEdit.toPlainText()
        self.errors.clear()
        return (
            lambda: inventory.add_note(ctx.db, ctx.actor, item_id, day, note),
            lambda _none: self.accept(),
        )
