"""An item not in the inventory yet, added while recording what a sponsor gave: a machine with
its asset tag and serial number, or a consumable in its unit. The item names the sponsor; it
is put in stock by the contribution's line, not here.

The save runs on the worker (services.inventory_items.create_item); a refusal stands next to
its field, and what was typed stays.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.domain.inventory import ItemKind, Unit
from desktop.gui.app_context import AppContext
from desktop.gui.dialogs import localise_buttons
from desktop.gui.field_errors import FieldErrors
from desktop.gui.form_dialog import FormDialog, Submission
from desktop.gui.forms.ui_contribution_new_item_dialog import Ui_ContributionNewItemDialog
from desktop.gui.inventory_fields import kind_text, unit_text
from desktop.gui.user_dialogs import fit_height
from desktop.services.inventory_items import ItemInput, create_item


class NewItemDialog(FormDialog):
    """After Save, `saved_id` holds the new item's id."""

    def __init__(self, context: AppContext, sponsor_id: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.sponsor_id = sponsor_id
        self.saved_id: int | None = None
        self.ui = Ui_ContributionNewItemDialog()
        self.ui.setupUi(self)
        ui = self.ui
        localise_buttons(ui.buttonBox)
        for kind in ItemKind:
            ui.kindCombo.addItem(kind_text(kind), kind.value)
        for unit in Unit:
            ui.unitCombo.addItem(unit_text(unit), unit.value)
        self.errors = FieldErrors(
            ui.formError,
            {
                "name": (ui.nameEdit, ui.nameError),
                "asset_tag": (ui.tagEdit, ui.tagError),
                "serial_number": (ui.serialEdit, ui.serialError),
            },
        )
        ui.kindCombo.currentIndexChanged.connect(lambda _index: self._show_kind())
        self._show_kind()
        self.save_with(ui.buttonBox, context.runner)
        ui.nameEdit.setFocus()

    def kind(self) -> ItemKind:
        return ItemKind(self.ui.kindCombo.currentData())

    def _show_kind(self) -> None:
        """Equipment has a tag and serial and is counted by the piece; a consumable a unit."""
        ui, equipment = self.ui, self.kind() is ItemKind.EQUIPMENT
        for widget in (ui.tagLabel, ui.tagEdit, ui.tagHint, ui.serialLabel, ui.serialEdit):
            widget.setVisible(equipment)
        ui.unitLabel.setVisible(not equipment)
        ui.unitCombo.setVisible(not equipment)
        if self.isVisible():
            fit_height(self)

    def typed(self) -> ItemInput:
        ui, kind = self.ui, self.kind()
        equipment = kind is ItemKind.EQUIPMENT
        return ItemInput(
            kind=kind,
            name=ui.nameEdit.text(),
            unit=Unit.PIECE if equipment else Unit(ui.unitCombo.currentData()),
            asset_tag=ui.tagEdit.text() if equipment else "",
            serial_number=ui.serialEdit.text() if equipment else "",
            sponsor_id=self.sponsor_id,
        )

    def prepare_save(self) -> Submission:
        ctx, data = self.context, self.typed()
        return lambda: create_item(ctx.db, ctx.actor, data), self._saved

    def _saved(self, item_id: int) -> None:
        self.saved_id = item_id
        self.accept()
