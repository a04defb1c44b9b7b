"""The item form as an admin fills it in: the kind switches the fields, equipment gets the next
free asset tag, a consumable's reorder level is typed as people write it; refusals stand next
to their field with everything typed still there. Real dialogs over a real demo database, every
call on the worker and the tests waiting for it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.domain.inventory import Condition, ItemKind, Unit
from desktop.gui.app_context import AppContext
from desktop.gui.item_dialog import ItemDialog
from desktop.gui.style import apply_style
from desktop.services import inventory_list
from desktop.services.inventory_list import ItemDetail
from tests.gui.test_accessibility import _labels_without_buddy, _unnamed
from tests.gui.test_inventory_page import DAY, Stocked, next_tag, settle, stock_up, tag_of

pytestmark = pytest.mark.usefixtures("windows_deleted_here")


@pytest.fixture
def stocked(admin_context: AppContext) -> Stocked:
    return stock_up(admin_context)


def detail(context: AppContext, item_id: int) -> ItemDetail:
    return inventory_list.item_detail(context.db, context.actor, item_id)


def open_form(qtbot: QtBot, context: AppContext, item: ItemDetail | None = None) -> ItemDialog:
    dialog = ItemDialog(context, None, item)
    dialog.open()
    qtbot.waitExposed(dialog)
    settle(qtbot, context)  # the sponsors are read on the worker
    return dialog


def choose(combo_owner: ItemDialog, name: str, value: object) -> None:
    combo = getattr(combo_owner.ui, name)
    combo.setCurrentIndex(combo.findData(value))


def save(qtbot: QtBot, dialog: ItemDialog) -> None:
    dialog.save()
    settle(qtbot, dialog.context)


def shown_error(label: QWidget) -> str:
    assert label.isVisible(), label.objectName()
    return str(label.text())  # type: ignore[attr-defined]


def test_the_kind_switches_the_fields(
    qtbot: QtBot, admin_context: AppContext, stocked: Stocked
) -> None:
    dialog = open_form(qtbot, admin_context)
    ui = dialog.ui
    assert ui.equipmentFields.isVisible() and not ui.consumableFields.isVisible()
    assert ui.valueLabel.text() == "&Value (Rp):"
    choose(dialog, "kindCombo", ItemKind.CONSUMABLE.value)
    assert ui.consumableFields.isVisible() and not ui.equipmentFields.isVisible()
    assert ui.valueLabel.text() == "&Value of one unit (Rp):"
    choose(dialog, "unitCombo", Unit.METRE.value)
    assert ui.reorderUnit.text() == "metre"
    assert ui.sponsorCombo.findText("CV Garmen Sejahtera") > 0  # read on the worker


def test_new_equipment_gets_the_next_free_tag_and_its_details(
    qtbot: QtBot, admin_context: AppContext, stocked: Stocked
) -> None:
    expected_tag = next_tag(admin_context)
    dialog = open_form(qtbot, admin_context)
    ui = dialog.ui
    qtbot.keyClicks(ui.nameEdit, "Mesin bordir Brother")
    qtbot.keyClicks(ui.serialEdit, "BR-5521")
    choose(dialog, "conditionCombo", Condition.FAIR.value)
    qtbot.keyClicks(ui.valueEdit, "Rp 4.750.000")
    ui.receivedCheck.setChecked(True)
    ui.sponsorCombo.setCurrentIndex(ui.sponsorCombo.findText("CV Garmen Sejahtera"))
    save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.saved_id is not None and dialog.saved_name == "Mesin bordir Brother"
    saved = detail(admin_context, dialog.saved_id)
    assert saved.item.asset_tag == expected_tag
    assert saved.item.serial_number == "BR-5521"
    assert saved.item.condition == Condition.FAIR.value
    assert saved.item.value_rupiah == 4_750_000
    assert saved.item.sponsor_name == "CV Garmen Sejahtera"
    assert saved.item.stock_milli == 0  # stock comes with Receive, never from this form


def test_a_consumable_with_a_reorder_level_typed_as_written(
    qtbot: QtBot, admin_context: AppContext, stocked: Stocked
) -> None:
    dialog = open_form(qtbot, admin_context)
    ui = dialog.ui
    choose(dialog, "kindCombo", ItemKind.CONSUMABLE.value)
    qtbot.keyClicks(ui.nameEdit, "Kain linen")
    choose(dialog, "unitCombo", Unit.METRE.value)
    qtbot.keyClicks(ui.reorderEdit, "2,5")
    qtbot.keyClicks(ui.valueEdit, "35.000")
    save(qtbot, dialog)
    assert dialog.saved_id is not None
    saved = detail(admin_context, dialog.saved_id).item
    assert (saved.kind, saved.unit, saved.reorder_milli) == (ItemKind.CONSUMABLE, Unit.METRE, 2500)
    assert saved.value_rupiah == 35_000 and saved.asset_tag == ""


def test_an_empty_name_is_refused_next_to_it_and_the_rest_stays(
    qtbot: QtBot, admin_context: AppContext, stocked: Stocked
) -> None:
    dialog = open_form(qtbot, admin_context)
    ui = dialog.ui
    qtbot.keyClicks(ui.serialEdit, "XY-1")
    qtbot.keyClicks(ui.valueEdit, "1.000.000")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert shown_error(ui.nameError) == "Enter the item's name."
    assert ui.nameEdit.hasFocus()
    assert (ui.serialEdit.text(), ui.valueEdit.text()) == ("XY-1", "1.000.000")


def test_every_field_typed_wrongly_is_named_at_once(
    qtbot: QtBot, admin_context: AppContext, stocked: Stocked
) -> None:
    dialog = open_form(qtbot, admin_context)
    ui = dialog.ui
    choose(dialog, "kindCombo", ItemKind.CONSUMABLE.value)
    choose(dialog, "unitCombo", Unit.ROLL.value)
    qtbot.keyClicks(ui.reorderEdit, "2,5")  # half a roll is not a thing
    qtbot.keyClicks(ui.valueEdit, "banyak")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert shown_error(ui.nameError) == "Enter the item's name."
    assert shown_error(ui.reorderError) == "Items counted by the roll take whole numbers only."
    assert "is not an amount in rupiah" in shown_error(ui.valueError)
    assert (ui.reorderEdit.text(), ui.valueEdit.text()) == ("2,5", "banyak")


def test_a_tag_already_on_another_item_is_refused_next_to_the_tag(
    qtbot: QtBot, admin_context: AppContext, stocked: Stocked
) -> None:
    taken = tag_of(admin_context, stocked.machine)
    dialog = open_form(qtbot, admin_context)
    ui = dialog.ui
    qtbot.keyClicks(ui.nameEdit, "Mesin jahit Singer")
    qtbot.keyClicks(ui.tagEdit, taken.lower())
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert shown_error(ui.tagError) == f"The asset tag {taken} is already on another item."
    assert (ui.nameEdit.text(), ui.tagEdit.text()) == ("Mesin jahit Singer", taken.lower())


def test_a_consumable_already_on_record_is_refused_next_to_the_name(
    qtbot: QtBot, admin_context: AppContext, stocked: Stocked
) -> None:
    dialog = open_form(qtbot, admin_context)
    choose(dialog, "kindCombo", ItemKind.CONSUMABLE.value)
    qtbot.keyClicks(dialog.ui.nameEdit, "kain  KATUN jepang")
    save(qtbot, dialog)
    assert "Kain katun Jepang is already in the inventory" in shown_error(dialog.ui.nameError)


def test_editing_keeps_what_the_list_does_not_show(
    qtbot: QtBot, admin_context: AppContext, stocked: Stocked
) -> None:
    dialog = open_form(qtbot, admin_context, detail(admin_context, stocked.machine))
    ui = dialog.ui
    assert ui.nameEdit.text() == "Mesin jahit Janome HD-3000"
    assert ui.tagEdit.text() == tag_of(admin_context, stocked.machine)
    assert ui.valueEdit.text() == "3.250.000"
    assert ui.receivedCheck.isChecked()
    assert ui.sponsorCombo.currentText() == "CV Garmen Sejahtera"
    assert not ui.kindCombo.isEnabled()  # it has movements: the kind stays
    ui.nameEdit.setText("Mesin jahit Janome HD-3000 (kelas A)")
    save(qtbot, dialog)
    assert dialog.saved_id == stocked.machine
    saved = detail(admin_context, stocked.machine)
    assert saved.item.name == "Mesin jahit Janome HD-3000 (kelas A)"
    assert saved.received_on == DAY and saved.item.sponsor_name == "CV Garmen Sejahtera"
    assert saved.item.value_rupiah == 3_250_000


def test_an_edit_over_a_change_made_at_another_desk_is_refused_and_kept(
    qtbot: QtBot, admin_context: AppContext, stocked: Stocked
) -> None:
    from desktop.services import inventory_items

    ctx = admin_context
    dialog = open_form(qtbot, ctx, detail(ctx, stocked.seed))
    other = detail(ctx, stocked.seed).item
    inventory_items.update_item(
        ctx.db, ctx.actor, stocked.seed,
        inventory_items.ItemInput(ItemKind.CONSUMABLE, "Benih cabai", Unit.KG), other.version,
    )  # fmt: skip
    dialog.ui.reorderEdit.setText("1")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert "Someone else changed this item" in shown_error(dialog.ui.formError)
    assert dialog.ui.reorderEdit.text() == "1"


def test_every_control_is_named_for_a_screen_reader(
    qtbot: QtBot, admin_context: AppContext
) -> None:
    dialog = open_form(qtbot, admin_context)
    assert _unnamed(dialog) == [] and _labels_without_buddy(dialog) == []


@pytest.mark.skipif(not os.environ.get("PELITA_SHOTS"), reason="PELITA_SHOTS=/folder keeps them")
def test_screenshots(qtbot: QtBot, admin_context: AppContext, stocked: Stocked) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = app.font(), app.styleSheet()
    apply_style(app, False)
    folder = Path(os.environ["PELITA_SHOTS"])
    try:
        dialog = open_form(qtbot, admin_context, detail(admin_context, stocked.machine))
        qtbot.wait(20)
        assert dialog.grab().save(str(folder / "item-dialog-equipment.png"))
        dialog = open_form(qtbot, admin_context)
        choose(dialog, "kindCombo", ItemKind.CONSUMABLE.value)
        choose(dialog, "unitCombo", Unit.ROLL.value)
        dialog.ui.reorderEdit.setText("2,5")
        dialog.ui.valueEdit.setText("banyak")
        save(qtbot, dialog)
        qtbot.wait(20)
        assert dialog.grab().save(str(folder / "item-dialog-consumable-errors.png"))
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)
