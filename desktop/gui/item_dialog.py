"""A new item, or an item's details (admins). The kind decides the fields: equipment has an
asset tag (blank takes the next free one), a serial number, a condition, the day it came and
its sponsor; a consumable has its unit and a reorder level typed the way people write it
("2,5"). Both have a value and notes.

Saving runs on the worker; a refusal (no name, a tag already on another item, a consumable
already on record, a value that is no amount) stands next to its field and nothing typed is
lost. Stock is not typed here: it comes in with Receive.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QFormLayout, QWidget
from shiboken6 import isValid

from desktop.domain.errors import PelitaError, ValidationError, ValidationErrors
from desktop.domain.inventory import Condition, ItemKind, Unit, parse_quantity
from desktop.gui.app_context import AppContext
from desktop.gui.dialogs import localise_buttons
from desktop.gui.field_errors import FieldErrors
from desktop.gui.form_calls import FormCalls
from desktop.gui.forms.ui_item_dialog import Ui_ItemDialog
from desktop.gui.inventory_fields import (
    amount_text,
    condition_text,
    from_qdate,
    kind_text,
    parse_rupiah,
    select_data,
    to_qdate,
    today,
    unit_text,
)
from desktop.gui.scrolling_form import add_save_shortcuts
from desktop.gui.user_dialogs import fit_height
from desktop.services import inventory_items as inventory
from desktop.services.inventory_items import ItemInput
from desktop.services.inventory_list import ItemDetail
from desktop.services.sponsors import SponsorRow, list_sponsors


class ItemDialog(QDialog):
    """`detail` None for a new item. After Save, `saved_id` and `saved_name` say what."""

    def __init__(self, context: AppContext, parent: QWidget | None, detail: ItemDetail | None):
        super().__init__(parent)
        self.context = context
        self.detail = detail
        self.saved_id: int | None = None
        self.saved_name = ""
        self.ui = Ui_ItemDialog()
        self.ui.setupUi(self)
        ui = self.ui
        localise_buttons(ui.buttonBox)
        self.setWindowTitle(self.tr("New item") if detail is None else self.tr("Edit item"))
        for kind in ItemKind:
            ui.kindCombo.addItem(kind_text(kind), kind.value)
        for condition in Condition:
            ui.conditionCombo.addItem(condition_text(condition), condition.value)
        for unit in Unit:
            ui.unitCombo.addItem(unit_text(unit), unit.value)
        ui.sponsorCombo.addItem(self.tr("None"), None)
        ui.receivedEdit.setDate(to_qdate(today(context)))
        self.errors = FieldErrors(
            ui.formError,
            {
                "kind": (ui.kindCombo, ui.kindError),
                "name": (ui.nameEdit, ui.nameError),
                "asset_tag": (ui.tagEdit, ui.tagError),
                "serial_number": (ui.serialEdit, ui.serialError),
                "sponsor": (ui.sponsorCombo, ui.sponsorError),
                "unit": (ui.unitCombo, ui.unitError),
                "reorder": (ui.reorderEdit, ui.reorderError),
                "value": (ui.valueEdit, ui.valueError),
                "notes": (ui.notesEdit, ui.notesError),
            },
        )
        if detail is not None:
            self._fill(detail)
        self._align_labels()
        ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        ui.unitCombo.currentIndexChanged.connect(self._unit_changed)
        ui.receivedCheck.toggled.connect(ui.receivedEdit.setEnabled)
        ui.receivedEdit.setEnabled(ui.receivedCheck.isChecked())
        self._kind_changed()
        self.calls = FormCalls(self, ui.buttonBox, context.runner, self._failed)
        # Not connected to accept(): the dialog closes only when the service has agreed.
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        add_save_shortcuts(self, self.save)
        self._read_sponsors()
        ui.nameEdit.setFocus()

    def _fill(self, detail: ItemDetail) -> None:
        ui, item = self.ui, detail.item
        select_data(ui.kindCombo, item.kind.value)
        ui.nameEdit.setText(item.name)
        ui.tagEdit.setText(item.asset_tag)
        ui.serialEdit.setText(item.serial_number)
        select_data(ui.conditionCombo, item.condition)
        select_data(ui.unitCombo, item.unit.value)
        ui.reorderEdit.setText(amount_text(item.reorder_milli))
        if item.value_rupiah is not None:
            ui.valueEdit.setText(f"{item.value_rupiah:,}".replace(",", "."))
        ui.notesEdit.setPlainText(detail.item_notes)
        if detail.received_on is not None:
            ui.receivedCheck.setChecked(True)
            ui.receivedEdit.setDate(to_qdate(detail.received_on))
        if detail.sponsor_id is not None:  # chosen before the list is read
            ui.sponsorCombo.addItem(item.sponsor_name, detail.sponsor_id)
            select_data(ui.sponsorCombo, detail.sponsor_id)
        if detail.movements:
            # The ledger's quantities are in this unit: neither kind nor unit may change now.
            why = self.tr("It has movements in the ledger, so it stays as it is.")
            for combo in (ui.kindCombo, ui.unitCombo):
                combo.setEnabled(False)
                combo.setToolTip(why)

    def _align_labels(self) -> None:
        """The three forms' labels in one column, as if they were one form."""
        ui = self.ui
        labels = []
        for form in (ui.topForm, ui.equipmentForm, ui.consumableForm, ui.bottomForm):
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                if item is not None and item.widget() is not None:
                    labels.append(item.widget())
        shown = ui.valueLabel.text()
        ui.valueLabel.setText(self._per_unit())  # the longer of its two texts
        width = max(label.sizeHint().width() for label in labels)
        ui.valueLabel.setText(shown)
        for label in labels:
            label.setMinimumWidth(width)

    def _per_unit(self) -> str:
        return self.tr("&Value of one unit (Rp):")

    def kind(self) -> ItemKind:
        return ItemKind(self.ui.kindCombo.currentData())

    def unit(self) -> Unit:
        if self.kind() is ItemKind.EQUIPMENT:
            return Unit.PIECE
        return Unit(self.ui.unitCombo.currentData())

    def _kind_changed(self) -> None:
        equipment = self.kind() is ItemKind.EQUIPMENT
        self.ui.equipmentFields.setVisible(equipment)
        self.ui.consumableFields.setVisible(not equipment)
        self.ui.valueLabel.setText(self.tr("&Value (Rp):") if equipment else self._per_unit())
        self._unit_changed()
        if self.isVisible():
            fit_height(self)

    def _unit_changed(self) -> None:
        self.ui.reorderUnit.setText(unit_text(self.unit()))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_height(self)  # only a shown dialog is laid out: a long translation still fits

    # --- sponsors -----------------------------------------------------------------------

    def _read_sponsors(self) -> None:
        ctx = self.context
        # A list that cannot be read leaves the choice as it is; saving says what is wrong.
        ctx.runner.submit(
            lambda: list_sponsors(ctx.db, ctx.actor), self._show_sponsors, lambda _error: None
        )

    def _show_sponsors(self, sponsors: list[SponsorRow]) -> None:
        if not isValid(self):
            return
        combo = self.ui.sponsorCombo
        chosen = combo.currentData()
        combo.clear()
        combo.addItem(self.tr("None"), None)
        for sponsor in sponsors:
            if sponsor.active or sponsor.id == chosen:
                combo.addItem(sponsor.name, sponsor.id)
        select_data(combo, chosen)

    # --- saving -------------------------------------------------------------------------

    def read_input(self) -> ItemInput:
        """What the form says; refused with every field typed wrongly at once."""
        ui, kind, errors = self.ui, self.kind(), []
        value = reorder = None
        try:
            value = parse_rupiah(ui.valueEdit.text())
        except ValidationError as error:
            errors.append(error)
        text = ui.reorderEdit.text().strip()
        if kind is ItemKind.CONSUMABLE and text not in ("", "0"):
            try:
                reorder = parse_quantity(text, self.unit(), "reorder")
            except ValidationError as error:
                errors.append(error)
        equipment = kind is ItemKind.EQUIPMENT
        received: date | None = None
        if equipment and ui.receivedCheck.isChecked():
            received = from_qdate(ui.receivedEdit.date())
        sponsor = ui.sponsorCombo.currentData() if equipment else None
        if not equipment and self.detail is not None:
            sponsor = self.detail.sponsor_id  # a consumable's sponsor is not on this form: kept
        data = ItemInput(
            kind=kind,
            name=ui.nameEdit.text(),
            unit=self.unit(),
            reorder_milli=reorder or 0,
            asset_tag=ui.tagEdit.text() if equipment else "",
            serial_number=ui.serialEdit.text() if equipment else "",
            condition=Condition(ui.conditionCombo.currentData()) if equipment else None,
            sponsor_id=sponsor,
            received_on=received,
            value_rupiah=value,
            notes=ui.notesEdit.toPlainText(),
        )
        try:
            inventory.clean_item(data)  # the service's own checks, to name every field at once
        except ValidationErrors as many:
            errors += many.errors
        except ValidationError as error:
            errors.append(error)
        if errors:
            raise errors[0] if len(errors) == 1 else ValidationErrors(errors)
        return data

    def save(self) -> None:
        if self.calls.busy:
            return
        try:
            data = self.read_input()
        except PelitaError as error:
            self._failed(error)
            return
        self.errors.clear()
        ctx, detail = self.context, self.detail
        self.saved_name = " ".join(data.name.split())
        if detail is None:
            self.calls.run(lambda: inventory.create_item(ctx.db, ctx.actor, data), self._saved)
        else:
            item = detail.item
            self.calls.run(
                lambda: inventory.update_item(ctx.db, ctx.actor, item.id, data, item.version),
                lambda _version: self._saved(item.id),
            )

    def _saved(self, item_id: int) -> None:
        self.saved_id = item_id
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, PelitaError):
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)
            return
        if error.field == "unit" and self.kind() is ItemKind.EQUIPMENT:
            error.field = "kind"  # equipment shows no unit: the kind is what cannot change
        self.errors.show(error)
        fit_height(self)

    def reject(self) -> None:
        """Not while a save is under way: its answer decides whether the item exists."""
        if not self.calls.busy:
            super().reject()
