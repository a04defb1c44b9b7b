"""The Inventory page's buttons: a new item or its details, receiving, moving and writing off
stock, maintenance notes, retiring, the places, asset labels and the export.

A form that needs the item in full (its places, its sponsor) reads it on the worker first.
Asset labels and the export come from modules other engineers write; until those exist their
buttons are hidden.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton
from shiboken6 import isValid

from desktop.domain.inventory import ItemKind
from desktop.gui.dialogs import ask
from desktop.gui.inventory_export_action import EXPORT_MODULE, InventoryExport
from desktop.gui.inventory_fields import quantity_text
from desktop.gui.item_dialog import ItemDialog
from desktop.gui.item_note_dialog import ItemNoteDialog
from desktop.gui.locations_dialog import LocationsDialog
from desktop.gui.pdf_viewer import PdfViewer
from desktop.gui.save_file import ask_save_path
from desktop.gui.stock_move_dialogs import MoveDialog, ReceiveDialog, WriteOffDialog
from desktop.services import inventory_items as inventory
from desktop.services import inventory_list
from desktop.services.inventory_list import ItemDetail, ItemRow

if TYPE_CHECKING:
    from desktop.gui.inventory_page import InventoryPage

LABELS_MODULE = "desktop.services.inventory_labels"


def module_present(name: str) -> bool:
    return importlib.util.find_spec(name) is not None


class InventoryActions(QObject):
    def __init__(self, page: InventoryPage) -> None:
        super().__init__(page)
        self.page = page
        self.viewer: PdfViewer | None = None  # the labels, once made (tests reach it here)
        self.stock_take_dialog: QDialog | None = None
        self.export = InventoryExport(page.context, page, page.item_filter, page.say)

    def connect_buttons(self) -> None:
        ui = self.page.ui
        ui.newButton.clicked.connect(self.new_item)
        ui.editButton.clicked.connect(self.edit_item)
        ui.itemsTable.activated.connect(lambda _index: self.edit_item())
        ui.receiveButton.clicked.connect(self.receive)
        ui.moveButton.clicked.connect(lambda: self._with_detail(self._open_move))
        ui.writeOffButton.clicked.connect(lambda: self._with_detail(self._open_write_off))
        ui.noteButton.clicked.connect(self.add_note)
        ui.retireButton.clicked.connect(self.retire)
        ui.placesButton.clicked.connect(self.manage_places)
        ui.stockTakeButton.clicked.connect(self.stock_take)
        ui.labelsButton.clicked.connect(self.print_labels)
        ui.exportButton.clicked.connect(self.export.start)
        ui.labelsButton.setVisible(module_present(LABELS_MODULE))
        ui.exportButton.setVisible(module_present(EXPORT_MODULE))

    def stock_take(self) -> None:
        """Count a place; what is applied changes stock, so the list reads it again."""
        from desktop.gui.stock_take_dialog import open_stock_take

        dialog = open_stock_take(self.page, self.page.context)
        dialog.applied.connect(lambda: self.page.changed(None, self.tr("Stock take recorded.")))
        self.stock_take_dialog = dialog

    def update_buttons(self) -> None:
        page, ui = self.page, self.page.ui
        chosen = page.selected_items()
        item = chosen[0] if len(chosen) == 1 else None
        active = item is not None and item.active
        held = active and item is not None and item.stock_milli > 0
        for button in (ui.editButton, ui.noteButton, ui.retireButton):
            button.setEnabled(active)
        # A machine in stock or out on loan is not received again: it is the same machine.
        free = item is not None and (
            item.kind is ItemKind.CONSUMABLE or (item.stock_milli == 0 and not item.on_loan)
        )
        ui.receiveButton.setEnabled(active and free)
        ui.moveButton.setEnabled(held)
        ui.writeOffButton.setEnabled(held)
        # Only equipment has an asset tag to print.
        ui.labelsButton.setEnabled(any(row.kind is ItemKind.EQUIPMENT for row in chosen))

    # --- the forms ----------------------------------------------------------------------

    def _open(self, dialog: QDialog, saved: Callable[[], None]) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(saved)
        self.page.dialog = dialog
        # open(), not exec(): no nested event loop, and tests drive the real dialog with qtbot.
        dialog.open()

    def _with_detail(self, then: Callable[[ItemDetail], None]) -> None:
        """`then(detail)` with the selected item read in full (on the worker)."""
        item = self.page.selected()
        if item is None or not item.active:
            return
        page, ctx, item_id = self.page, self.page.context, item.id

        def done(detail: ItemDetail) -> None:
            if isValid(page):
                then(detail)

        ctx.runner.submit(
            lambda: inventory_list.item_detail(ctx.db, ctx.actor, item_id), done, page.failed
        )

    def new_item(self) -> None:
        dialog = ItemDialog(self.page.context, self.page, None)
        self._open(dialog, lambda: self._item_saved(dialog))

    def edit_item(self) -> None:
        def open_form(detail: ItemDetail) -> None:
            dialog = ItemDialog(self.page.context, self.page, detail)
            self._open(dialog, lambda: self._item_saved(dialog))

        self._with_detail(open_form)

    def _item_saved(self, dialog: ItemDialog) -> None:
        text = self.tr("Saved %1.").replace("%1", dialog.saved_name)
        self.page.changed(dialog.saved_id, text)

    def receive(self) -> None:
        item = self.page.selected()
        if item is None or not item.active:
            return
        dialog = ReceiveDialog(self.page.context, self.page, item, self.page.places)
        self._open(dialog, lambda: self.page.changed(item.id, dialog.done_text))

    def _open_move(self, detail: ItemDetail) -> None:
        dialog = MoveDialog(self.page.context, self.page, detail, self.page.places)
        self._open(dialog, lambda: self.page.changed(detail.item.id, dialog.done_text))

    def _open_write_off(self, detail: ItemDetail) -> None:
        dialog = WriteOffDialog(self.page.context, self.page, detail)
        self._open(dialog, lambda: self.page.changed(detail.item.id, dialog.done_text))

    def add_note(self) -> None:
        item = self.page.selected()
        if item is None or not item.active:
            return
        dialog = ItemNoteDialog(self.page.context, self.page, item)
        text = self.tr("Added a note to %1.").replace("%1", item.name)
        self._open(dialog, lambda: self.page.changed(item.id, text))

    def manage_places(self) -> None:
        dialog = LocationsDialog(self.page.context, self.page)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._places_closed(dialog))
        self.page.dialog = dialog
        dialog.open()

    def _places_closed(self, dialog: LocationsDialog) -> None:
        if dialog.changed:
            self.page.refresh(places=True)

    # --- retiring -----------------------------------------------------------------------

    def retire(self) -> None:
        item, page = self.page.selected(), self.page
        if item is None or not item.active:
            return
        if item.stock_milli:
            text = self.tr(
                "%1 still has %2 in stock. Write it off as damaged or lost, or move it out, "
                "before retiring it."
            )
            page.say(text.replace("%1", item.name).replace("%2", self._stock(item)), "hint")
            return
        question = self.tr(
            "Retire %1? It leaves the list for good; its history stays in the ledger."
        ).replace("%1", item.name)
        if not ask(page, self.tr("Retire item"), question, self.tr("&Retire")):
            return
        ctx, item_id = page.context, item.id

        def done(_none: None) -> None:
            if isValid(page):
                page.changed(None, self.tr("Retired %1.").replace("%1", item.name))

        ctx.runner.submit(
            lambda: inventory.retire_item(ctx.db, ctx.actor, item_id), done, page.failed
        )

    @staticmethod
    def _stock(item: ItemRow) -> str:
        return quantity_text(item.stock_milli, item.unit)

    # --- asset labels -------------------------------------------------------------------

    def print_labels(self) -> None:
        page = self.page
        ids = [row.id for row in page.selected_items() if row.kind is ItemKind.EQUIPMENT]
        if not ids or not module_present(LABELS_MODULE):
            return
        ctx = page.context

        def make() -> bytes:
            labels = importlib.import_module(LABELS_MODULE)
            data: bytes = labels.asset_labels(ctx.db, ctx.actor, ids)
            return data

        def made(data: bytes) -> None:
            if isValid(page):
                self._show_labels(data)

        page.say(self.tr("Making the labels…"), "hint")
        ctx.runner.submit(make, made, page.failed)

    def _show_labels(self, data: bytes) -> None:
        page = self.page
        name = self.tr("asset-labels.pdf")
        viewer = PdfViewer(data, self.tr("Asset labels"), name, page)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        buttons = viewer.findChild(QDialogButtonBox)
        if buttons is not None:
            save = QPushButton(self.tr("&Save PDF…"))
            buttons.addButton(save, QDialogButtonBox.ButtonRole.ActionRole)
            save.clicked.connect(lambda: self.save_labels(data, name))
        page.say("", "hint")
        self.viewer = viewer
        viewer.open()

    def save_labels(self, data: bytes, name: str) -> None:
        parent = self.viewer if self.viewer is not None and isValid(self.viewer) else self.page
        kind = self.tr("PDF files (*.pdf)")
        target = ask_save_path(parent, self.tr("Save the asset labels"), name, kind)
        if target is None:
            return
        try:
            target.write_bytes(data)
        except OSError as error:
            self.page.say(error.strerror or str(error), "error")
            return
        self.page.say(self.tr("Saved the labels as %1").replace("%1", str(target)), "ok")
