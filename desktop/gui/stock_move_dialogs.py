"""Changing an item's stock (admins): receiving it at a place (donated or bought), moving some
of it to another place, and writing off what is damaged or lost (with the reason).

The quantity is typed as people write it ("2,5", "1.250") in the item's unit and read by
desktop.domain.inventory.parse_quantity; equipment is always one. The places offered to move
or write off from are those holding the item, each with what it holds there. The service
checks again under a lock: more than a place holds is refused next to the quantity with what
is available, and nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QWidget

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.inventory import MILLI, ItemKind, MovementKind, parse_quantity
from desktop.gui.app_context import AppContext
from desktop.gui.dialogs import localise_buttons
from desktop.gui.field_errors import FieldErrors
from desktop.gui.form_dialog import FormDialog, Submission
from desktop.gui.forms.ui_stock_move_dialog import Ui_StockMoveDialog
from desktop.gui.inventory_fields import (
    from_qdate,
    movement_text,
    parse_rupiah,
    quantity_text,
    to_qdate,
    today,
    unit_text,
)
from desktop.gui.scrolling_form import add_save_shortcuts
from desktop.services import inventory_moves
from desktop.services.inventory_list import ItemDetail, ItemRow
from desktop.services.inventory_locations import LocationRow

NO_PLACE = QT_TRANSLATE_NOOP("messages", "There is no place to choose: add one with Places… first.")


class StockDialog(FormDialog):
    """What the three dialogs share: the item, the quantity, the date, the call, its errors.
    After Save, `done_text` says what was done, in the person's language."""

    def __init__(self, context: AppContext, parent: QWidget | None, item: ItemRow) -> None:
        super().__init__(parent)
        self.context = context
        self.item = item
        self.done_text = ""
        self.ui = Ui_StockMoveDialog()
        self.ui.setupUi(self)
        ui = self.ui
        localise_buttons(ui.buttonBox)
        ui.itemLabel.setText(f"{item.name} ({item.asset_tag})" if item.asset_tag else item.name)
        font = ui.itemLabel.font()
        font.setBold(True)
        ui.itemLabel.setFont(font)
        ui.unitLabel.setText(unit_text(item.unit))
        ui.dateEdit.setDate(to_qdate(today(context)))
        if item.kind is ItemKind.EQUIPMENT:  # one by one: the quantity is not a choice
            ui.quantityEdit.setText("1")
            ui.quantityEdit.setEnabled(False)
        self.errors = FieldErrors(
            ui.formError,
            {
                "location": (ui.placeCombo, ui.placeError),
                "to": (ui.toCombo, ui.toError),
                "quantity": (ui.quantityEdit, ui.quantityError),
                "value": (ui.valueEdit, ui.valueError),
                "reason": (ui.reasonEdit, ui.reasonError),
            },
        )
        self.save_with(ui.buttonBox, context.runner)
        add_save_shortcuts(self, self.save)

    def hide_rows(self, *fields: QWidget) -> None:
        for field in fields:
            self.ui.formLayout.setRowVisible(field, False)

    def fill_places(self, places: list[tuple[str, int]]) -> None:
        """(text, location id) in the place combo."""
        for text, location_id in places:
            self.ui.placeCombo.addItem(text, location_id)

    def quantity(self) -> int:
        if self.item.kind is ItemKind.EQUIPMENT:
            return MILLI
        return parse_quantity(self.ui.quantityEdit.text(), self.item.unit, "quantity")

    def place(self, field: str = "location") -> int:
        combo = self.ui.placeCombo if field == "location" else self.ui.toCombo
        location_id = combo.currentData()
        if location_id is None:
            raise ValidationError(NO_PLACE, field)
        return int(location_id)

    def day(self) -> date:
        return from_qdate(self.ui.dateEdit.date())

    def amount(self, milli: int) -> str:
        return quantity_text(milli, self.item.unit)

    def prepare(self) -> tuple[Callable[[], object], str]:
        """The service call for what the form says, and the sentence saying it was done.
        Raises a PelitaError for what is typed wrongly."""
        raise NotImplementedError

    def prepare_save(self) -> Submission:
        work, text = self.prepare()
        self.errors.clear()
        return work, lambda _result: self._saved(text)

    def _saved(self, text: str) -> None:
        self.done_text = text
        self.accept()


def held_places(detail: ItemDetail) -> list[tuple[str, int]]:
    """ "Gudang — 12,5 meter" for each place holding the item."""
    return [
        (
            f"{place.label} — {quantity_text(place.quantity_milli, detail.item.unit)}",
            place.location_id,
        )
        for place in detail.places
    ]


class ReceiveDialog(StockDialog):
    """Stock coming in at a place: donated or bought, on a day, with its value."""

    def __init__(
        self, context: AppContext, parent: QWidget | None, item: ItemRow, places: list[LocationRow]
    ) -> None:
        super().__init__(context, parent, item)
        ui = self.ui
        self.setWindowTitle(self.tr("Receive"))
        ui.introLabel.setText(self.tr("Stock coming in: a donation or a purchase, put at a place."))
        ui.placeLabel.setText(self.tr("&Put at:"))
        ui.kindLabel.setText(self.tr("&Received as:"))
        ui.valueLabel.setText(self.tr("&Value (Rp):"))
        self.fill_places([(place.label, place.id) for place in places])
        # More of a material usually goes where it is kept already.
        here = ui.placeCombo.findText(item.location_label) if item.location_label else -1
        ui.placeCombo.setCurrentIndex(max(here, 0))
        for kind in (MovementKind.DONATED, MovementKind.PURCHASED):
            ui.kindCombo.addItem(movement_text(kind), kind.value)
        self.hide_rows(ui.toCombo)
        (ui.quantityEdit if ui.quantityEdit.isEnabled() else ui.placeCombo).setFocus()

    def prepare(self) -> tuple[Callable[[], object], str]:
        ui, ctx, item = self.ui, self.context, self.item
        quantity, place = self.quantity(), self.place()
        value = parse_rupiah(ui.valueEdit.text())
        kind = MovementKind(ui.kindCombo.currentData())
        day, reason = self.day(), ui.reasonEdit.text()
        text = self.tr("Received %1 of %2 at %3.").replace("%1", self.amount(quantity))
        text = text.replace("%2", item.name).replace("%3", ui.placeCombo.currentText())
        return (
            lambda: inventory_moves.receive(
                ctx.db, ctx.actor, item.id, place, quantity, kind, day, reason, value_rupiah=value
            ),
            text,
        )


class MoveDialog(StockDialog):
    """Some of the item from a place that holds it to another place."""

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None,
        detail: ItemDetail,
        places: list[LocationRow],
    ) -> None:
        super().__init__(context, parent, detail.item)
        ui = self.ui
        self.places = places
        self.setWindowTitle(self.tr("Move"))
        ui.introLabel.setText(self.tr("Take some of it from one place to another."))
        ui.placeLabel.setText(self.tr("&From:"))
        self.fill_places(held_places(detail))
        ui.placeCombo.currentIndexChanged.connect(self._fill_targets)
        self._fill_targets()
        self.hide_rows(ui.kindCombo, ui.valueEdit)
        (ui.quantityEdit if ui.quantityEdit.isEnabled() else ui.toCombo).setFocus()

    def _fill_targets(self) -> None:
        combo, source = self.ui.toCombo, self.ui.placeCombo.currentData()
        chosen = combo.currentData()
        combo.clear()
        for place in self.places:
            if place.id != source:
                combo.addItem(place.label, place.id)
        index = combo.findData(chosen)
        if index >= 0:
            combo.setCurrentIndex(index)

    def prepare(self) -> tuple[Callable[[], object], str]:
        ui, ctx, item = self.ui, self.context, self.item
        source, target = self.place(), self.place("to")
        quantity, day, reason = self.quantity(), self.day(), ui.reasonEdit.text()
        text = self.tr("Moved %1 of %2 to %3.").replace("%1", self.amount(quantity))
        text = text.replace("%2", item.name).replace("%3", ui.toCombo.currentText())
        return (
            lambda: inventory_moves.move(
                ctx.db, ctx.actor, item.id, source, target, quantity, day, reason
            ),
            text,
        )


class WriteOffDialog(StockDialog):
    """Damaged or lost: out of stock at a place, with the reason kept in the ledger."""

    def __init__(self, context: AppContext, parent: QWidget | None, detail: ItemDetail) -> None:
        super().__init__(context, parent, detail.item)
        ui = self.ui
        self.setWindowTitle(self.tr("Write off"))
        ui.introLabel.setText(
            self.tr("Damaged beyond use or lost: it leaves the stock, and the reason is kept.")
        )
        ui.placeLabel.setText(self.tr("&At:"))
        ui.kindLabel.setText(self.tr("&What happened:"))
        ui.reasonLabel.setText(self.tr("&Reason (required):"))
        self.fill_places(held_places(detail))
        for kind in (MovementKind.DAMAGED, MovementKind.LOST):
            ui.kindCombo.addItem(movement_text(kind), kind.value)
        self.hide_rows(ui.toCombo, ui.valueEdit)
        (ui.quantityEdit if ui.quantityEdit.isEnabled() else ui.kindCombo).setFocus()

    def prepare(self) -> tuple[Callable[[], object], str]:
        ui, ctx, item = self.ui, self.context, self.item
        quantity, place = self.quantity(), self.place()
        kind = MovementKind(ui.kindCombo.currentData())
        day, reason = self.day(), ui.reasonEdit.text()
        text = self.tr("Wrote off %1 of %2 (%3).").replace("%1", self.amount(quantity))
        text = text.replace("%2", item.name).replace("%3", ui.kindCombo.currentText())
        return (
            lambda: inventory_moves.write_off(
                ctx.db, ctx.actor, item.id, place, quantity, kind, day, reason
            ),
            text,
        )
