"""The places things are kept, managed as an admin does it: adding, renaming, closing and
opening again; a twin, an empty name and closing a place that still holds stock are refused
next to their cause with what was typed still there. Real dialog over a real demo database,
every call on the worker and the tests waiting for it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.gui.app_context import AppContext
from desktop.gui.locations_dialog import LocationsDialog
from desktop.gui.style import apply_style
from desktop.services import inventory_locations
from tests.gui.test_accessibility import _labels_without_buddy, _unnamed
from tests.gui.test_inventory_page import Stocked, settle, stock_up

pytestmark = pytest.mark.usefixtures("windows_deleted_here")


@pytest.fixture
def stocked(admin_context: AppContext) -> Stocked:
    return stock_up(admin_context)


def open_dialog(qtbot: QtBot, context: AppContext) -> LocationsDialog:
    dialog = LocationsDialog(context)
    dialog.open()
    qtbot.waitExposed(dialog)
    settle(qtbot, context)
    return dialog


def listed(dialog: LocationsDialog) -> list[str]:
    target = dialog.ui.placesList
    return [target.item(row).text() for row in range(target.count())]


def choose(dialog: LocationsDialog, text: str) -> None:
    dialog.ui.placesList.setCurrentRow(listed(dialog).index(text))


def press(qtbot: QtBot, dialog: LocationsDialog, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    settle(qtbot, dialog.context)
    settle(qtbot, dialog.context)  # the list is read again after a change


def test_a_place_is_added_at_a_branch_and_selected(
    qtbot: QtBot, admin_context: AppContext, stocked: Stocked
) -> None:
    dialog = open_dialog(qtbot, admin_context)
    assert {"Gudang Belakang", "Ruang Jahit 1", "Ruang Jahit 2"} <= set(listed(dialog))
    qtbot.keyClicks(dialog.ui.nameEdit, "Kebun Hidroponik")
    qtbot.keyClicks(dialog.ui.branchEdit, "Cabang Sleman")
    press(qtbot, dialog, dialog.ui.addButton)
    assert "Kebun Hidroponik (Cabang Sleman)" in listed(dialog)
    assert dialog.ui.placesList.currentItem().text() == "Kebun Hidroponik (Cabang Sleman)"
    assert dialog.changed
    assert dialog.ui.messageLabel.text() == "Added Kebun Hidroponik (Cabang Sleman)."


def test_an_empty_name_is_refused_next_to_it(
    qtbot: QtBot, admin_context: AppContext, stocked: Stocked
) -> None:
    dialog = open_dialog(qtbot, admin_context)
    qtbot.keyClicks(dialog.ui.branchEdit, "Cabang Sleman")
    press(qtbot, dialog, dialog.ui.addButton)
    assert dialog.ui.nameError.isVisible()
    assert dialog.ui.nameError.text() == "Enter the place's name."
    assert dialog.ui.branchEdit.text() == "Cabang Sleman" and not dialog.changed


def test_a_twin_is_refused_and_the_typed_name_stays(
    qtbot: QtBot, admin_context: AppContext, stocked: Stocked
) -> None:
    dialog = open_dialog(qtbot, admin_context)
    qtbot.keyClicks(dialog.ui.nameEdit, "  gudang belakang ")
    press(qtbot, dialog, dialog.ui.addButton)
    assert dialog.ui.nameError.text() == "The place Gudang Belakang is already on record."
    assert dialog.ui.nameEdit.text() == "  gudang belakang "
    assert listed(dialog).count("Gudang Belakang") == 1


def test_renaming_keeps_the_place_and_its_stock(
    qtbot: QtBot, admin_context: AppContext, stocked: Stocked
) -> None:
    dialog = open_dialog(qtbot, admin_context)
    choose(dialog, "Ruang Jahit 2")
    assert dialog.ui.nameEdit.text() == "Ruang Jahit 2"
    dialog.ui.nameEdit.setText("Ruang Jahit Lantai 2")
    press(qtbot, dialog, dialog.ui.renameButton)
    assert "Ruang Jahit Lantai 2" in listed(dialog) and "Ruang Jahit 2" not in listed(dialog)
    places = inventory_locations.list_locations(admin_context.db, admin_context.actor)
    assert [p.id for p in places if p.name == "Ruang Jahit Lantai 2"] == [stocked.sewing_2]


def test_a_place_holding_stock_is_not_closed(
    qtbot: QtBot, admin_context: AppContext, stocked: Stocked
) -> None:
    dialog = open_dialog(qtbot, admin_context)
    choose(dialog, "Gudang Belakang")
    assert dialog.ui.activeButton.text() == "&Close place"
    press(qtbot, dialog, dialog.ui.activeButton)
    assert dialog.ui.listError.isVisible()
    assert dialog.ui.listError.text() == (
        "Gudang Belakang still holds 3 items. Move them elsewhere before closing it."
    )
    assert "Gudang Belakang" in listed(dialog)  # still open


def test_an_empty_place_is_closed_and_opened_again(
    qtbot: QtBot, admin_context: AppContext, stocked: Stocked
) -> None:
    dialog = open_dialog(qtbot, admin_context)
    qtbot.keyClicks(dialog.ui.nameEdit, "Lemari Arsip")
    press(qtbot, dialog, dialog.ui.addButton)
    press(qtbot, dialog, dialog.ui.activeButton)
    assert "Lemari Arsip (closed)" in listed(dialog)
    assert dialog.ui.activeButton.text() == "&Open again"
    press(qtbot, dialog, dialog.ui.activeButton)
    assert "Lemari Arsip" in listed(dialog)
    assert dialog.ui.messageLabel.text() == "Opened Lemari Arsip again."


def test_every_control_is_named_for_a_screen_reader(
    qtbot: QtBot, admin_context: AppContext
) -> None:
    dialog = open_dialog(qtbot, admin_context)
    assert _unnamed(dialog) == [] and _labels_without_buddy(dialog) == []


@pytest.mark.skipif(not os.environ.get("PELITA_SHOTS"), reason="PELITA_SHOTS=/folder keeps them")
def test_screenshot(qtbot: QtBot, admin_context: AppContext, stocked: Stocked) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = app.font(), app.styleSheet()
    apply_style(app, False)
    try:
        dialog = open_dialog(qtbot, admin_context)
        qtbot.keyClicks(dialog.ui.nameEdit, "Lemari Arsip")
        press(qtbot, dialog, dialog.ui.addButton)
        press(qtbot, dialog, dialog.ui.activeButton)
        choose(dialog, "Gudang Belakang")
        press(qtbot, dialog, dialog.ui.activeButton)
        qtbot.wait(20)
        assert dialog.grab().save(str(Path(os.environ["PELITA_SHOTS"]) / "locations-dialog.png"))
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)
