"""Receiving, moving and writing off stock as an admin does it in the forms: quantities typed as
people write them in the item's unit, equipment fixed at one, and refusals (half a roll, more
than a place holds, no reason for a write-off) next to their field with what was typed still
there. Real dialogs over a real demo database, every call on the worker and the tests waiting
for it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop.domain.inventory import MovementKind
from desktop.gui.app_context import AppContext
from desktop.gui.stock_move_dialogs import MoveDialog, ReceiveDialog, StockDialog, WriteOffDialog
from desktop.gui.style import apply_style
from desktop.services import inventory_list, inventory_locations
from desktop.services.inventory_list import ItemDetail
from tests.gui.test_accessibility import _labels_without_buddy, _unnamed
from tests.gui.test_inventory_page import Stocked, settle, stock_up

pytestmark = pytest.mark.usefixtures("windows_deleted_here")


@pytest.fixture
def stocked(admin_context: AppContext) -> Stocked:
    return stock_up(admin_context)


def detail(context: AppContext, item_id: int) -> ItemDetail:
    return inventory_list.item_detail(context.db, context.actor, item_id)


def stock_at(context: AppContext, item_id: int) -> dict[str, int]:
    return {place.label: place.quantity_milli for place in detail(context, item_id).places}


def shown(qtbot: QtBot, dialog: StockDialog) -> StockDialog:
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def receive_form(qtbot: QtBot, context: AppContext, item_id: int) -> ReceiveDialog:
    places = inventory_locations.list_locations(context.db, context.actor)
    dialog = ReceiveDialog(context, None, detail(context, item_id).item, places)
    shown(qtbot, dialog)
    return dialog


def move_form(qtbot: QtBot, context: AppContext, item_id: int) -> MoveDialog:
    places = inventory_locations.list_locations(context.db, context.actor)
    dialog = MoveDialog(context, None, detail(context, item_id), places)
    shown(qtbot, dialog)
    return dialog


def write_off_form(qtbot: QtBot, context: AppContext, item_id: int) -> WriteOffDialog:
    dialog = WriteOffDialog(context, None, detail(context, item_id))
    shown(qtbot, dialog)
    return dialog


def choose_text(combo: object, start: str) -> None:
    index = next(i for i in range(combo.count()) if combo.itemText(i).startswith(start))  # type: ignore[attr-defined]
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


def save(qtbot: QtBot, dialog: StockDialog) -> None:
    dialog.save()
    settle(qtbot, dialog.context)


def error(label: QLabel) -> str:
    assert label.isVisible(), label.objectName()
    return label.text()


def test_receiving_a_quantity_typed_with_a_decimal_comma(
    qtbot: QtBot, admin_context: AppContext, stocked: Stocked
) -> None:
    dialog = receive_form(qtbot, admin_context, stocked.fabric)
    ui = dialog.ui
    assert ui.unitLabel.text() == "metre" and not ui.toCombo.isVisible()
    choose_text(ui.placeCombo, "Ruang Jahit 2")
    qtbot.keyClicks(ui.quantityEdit, "7,25")
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(MovementKind.PURCHASED.value))
    qtbot.keyClicks(ui.valueEdit, "181.250")
    qtbot.keyClicks(ui.reasonEdit, "Toko Kain Sejahtera")
    save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.done_text == "Received 7.25 metre of Kain katun Jepang at Ruang Jahit 2."
    assert stock_at(admin_context, stocked.fabric)["Ruang Jahit 2"] == 7250
    latest = detail(admin_context, stocked.fabric).movements[0]
    assert (latest.kind, latest.reason) == (MovementKind.PURCHASED, "Toko Kain Sejahtera")


def test_half_a_roll_is_refused_next_to_the_quantity_and_stays_typed(
    qtbot: QtBot, admin_context: AppContext, stocked: Stocked
) -> None:
    dialog = receive_form(qtbot, admin_context, stocked.thread)
    assert dialog.ui.placeCombo.currentText() == "Gudang Belakang"  # where it is kept already
    qtbot.keyClicks(dialog.ui.quantityEdit, "2,5")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert error(dialog.ui.quantityError) == "Items counted by the roll take whole numbers only."
    assert dialog.ui.quantityEdit.text() == "2,5"
    assert stock_at(admin_context, stocked.thread) == {"Gudang Belakang": 2000}


def test_with_no_place_on_record_the_form_says_to_add_one(
    qtbot: QtBot, admin_context: AppContext, stocked: Stocked
) -> None:
    item = detail(admin_context, stocked.fabric).item
    dialog = shown(qtbot, ReceiveDialog(admin_context, None, item, []))
    assert isinstance(dialog, ReceiveDialog)
    qtbot.keyClicks(dialog.ui.quantityEdit, "5")
    save(qtbot, dialog)
    assert error(dialog.ui.placeError) == (
        "There is no place to choose: add one with Places… first."
    )
    assert dialog.ui.quantityEdit.text() == "5"


def test_equipment_is_received_one_at_a_time(
    qtbot: QtBot, admin_context: AppContext, stocked: Stocked
) -> None:
    laptop = next(
        row.id
        for row in inventory_list.list_items(admin_context.db, admin_context.actor)
        if row.name == "Laptop Asus Vivobook 14"
    )
    dialog = receive_form(qtbot, admin_context, laptop)
    assert dialog.ui.quantityEdit.text() == "1" and not dialog.ui.quantityEdit.isEnabled()
    choose_text(dialog.ui.placeCombo, "Gudang Belakang")
    save(qtbot, dialog)
    assert stock_at(admin_context, laptop) == {"Gudang Belakang": 1000}


def test_moving_offers_the_places_holding_it_with_their_quantity(
    qtbot: QtBot, admin_context: AppContext, stocked: Stocked
) -> None:
    dialog = move_form(qtbot, admin_context, stocked.fabric)
    ui = dialog.ui
    sources = [ui.placeCombo.itemText(i) for i in range(ui.placeCombo.count())]
    assert sources == ["Gudang Belakang — 12.5 metre", "Ruang Jahit 1 — 30 metre"]
    targets = [ui.toCombo.itemText(i) for i in range(ui.toCombo.count())]
    assert "Gudang Belakang" not in targets and "Ruang Jahit 2" in targets
    assert not ui.kindCombo.isVisible() and not ui.valueEdit.isVisible()
    choose_text(ui.toCombo, "Ruang Jahit 2")
    qtbot.keyClicks(ui.quantityEdit, "2,5")
    save(qtbot, dialog)
    assert dialog.done_text == "Moved 2.5 metre of Kain katun Jepang to Ruang Jahit 2."
    assert stock_at(admin_context, stocked.fabric) == {
        "Gudang Belakang": 10_000, "Ruang Jahit 1": 30_000, "Ruang Jahit 2": 2_500,
    }  # fmt: skip


def test_moving_more_than_the_place_holds_says_what_is_there(
    qtbot: QtBot, admin_context: AppContext, stocked: Stocked
) -> None:
    dialog = move_form(qtbot, admin_context, stocked.fabric)
    qtbot.keyClicks(dialog.ui.quantityEdit, "20")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert error(dialog.ui.quantityError) == (
        "Only 12.5 metre of Kain katun Jepang is in stock at Gudang Belakang."
    )
    assert dialog.ui.quantityEdit.text() == "20"
    assert stock_at(admin_context, stocked.fabric)["Gudang Belakang"] == 12_500


def test_a_write_off_needs_its_reason(
    qtbot: QtBot, admin_context: AppContext, stocked: Stocked
) -> None:
    dialog = write_off_form(qtbot, admin_context, stocked.thread)
    ui = dialog.ui
    qtbot.keyClicks(ui.quantityEdit, "1")
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(MovementKind.LOST.value))
    save(qtbot, dialog)
    assert error(ui.reasonError) == "Say what happened: the reason is kept in the ledger."
    assert ui.quantityEdit.text() == "1"
    qtbot.keyClicks(ui.reasonEdit, "Hilang setelah kelas malam")
    save(qtbot, dialog)
    assert dialog.done_text == "Wrote off 1 roll of Benang obras (Lost)."
    assert stock_at(admin_context, stocked.thread) == {"Gudang Belakang": 1000}


def test_writing_off_more_than_is_there_is_refused_with_the_quantity_available(
    qtbot: QtBot, admin_context: AppContext, stocked: Stocked
) -> None:
    dialog = write_off_form(qtbot, admin_context, stocked.thread)
    qtbot.keyClicks(dialog.ui.quantityEdit, "3")
    qtbot.keyClicks(dialog.ui.reasonEdit, "Basah kena bocor")
    save(qtbot, dialog)
    assert (
        error(dialog.ui.quantityError)
        == "Only 2 roll of Benang obras is in stock at Gudang Belakang."
    )
    assert (dialog.ui.quantityEdit.text(), dialog.ui.reasonEdit.text()) == (
        "3", "Basah kena bocor",
    )  # fmt: skip


def test_a_negative_or_empty_quantity_is_refused(
    qtbot: QtBot, admin_context: AppContext, stocked: Stocked
) -> None:
    dialog = receive_form(qtbot, admin_context, stocked.fabric)
    save(qtbot, dialog)
    assert error(dialog.ui.quantityError) == "Enter a quantity."
    qtbot.keyClicks(dialog.ui.quantityEdit, "-3")
    save(qtbot, dialog)
    assert error(dialog.ui.quantityError) == "A quantity cannot be negative."
    assert dialog.ui.quantityEdit.text() == "-3"


def test_every_control_is_named_for_a_screen_reader(
    qtbot: QtBot, admin_context: AppContext, stocked: Stocked
) -> None:
    for dialog in (
        receive_form(qtbot, admin_context, stocked.fabric),
        move_form(qtbot, admin_context, stocked.fabric),
        write_off_form(qtbot, admin_context, stocked.fabric),
    ):
        assert _unnamed(dialog) == [] and _labels_without_buddy(dialog) == []


@pytest.mark.skipif(not os.environ.get("PELITA_SHOTS"), reason="PELITA_SHOTS=/folder keeps them")
def test_screenshots(qtbot: QtBot, admin_context: AppContext, stocked: Stocked) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = app.font(), app.styleSheet()
    apply_style(app, False)
    folder = Path(os.environ["PELITA_SHOTS"])
    try:
        dialog: StockDialog = receive_form(qtbot, admin_context, stocked.fabric)
        dialog.ui.quantityEdit.setText("7,25")
        qtbot.wait(20)
        assert dialog.grab().save(str(folder / "receive-dialog.png"))
        dialog = move_form(qtbot, admin_context, stocked.fabric)
        dialog.ui.quantityEdit.setText("20")
        save(qtbot, dialog)
        qtbot.wait(20)
        assert dialog.grab().save(str(folder / "move-dialog-too-much.png"))
        dialog = write_off_form(qtbot, admin_context, stocked.overlocker)
        save(qtbot, dialog)
        qtbot.wait(20)
        assert dialog.grab().save(str(folder / "write-off-dialog-no-reason.png"))
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)
