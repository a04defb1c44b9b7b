"""The Inventory page as an admin uses it: the list with stock summed by the database, search
and filters, the line saying what is low, the selected item in full, and the buttons that open
the forms; over a real demo database with places, equipment and consumables (one low), every
call on the worker and the tests waiting for it, never for a fixed time."""

from __future__ import annotations

import importlib.util
import io
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.domain.inventory import Condition, ItemKind, MovementKind, Unit
from desktop.domain.sponsor import SponsorKind
from desktop.gui.app_context import AppContext
from desktop.gui.inventory_fields import today
from desktop.gui.inventory_model import Column
from desktop.gui.inventory_page import InventoryPage
from desktop.gui.style import apply_style
from desktop.services import (
    inventory_items,
    inventory_list,
    inventory_locations,
    inventory_moves,
    sponsors,
)
from desktop.services.inventory_items import ItemInput
from desktop.services.inventory_list import ItemFilter, ItemRow
from tests.gui.test_accessibility import _labels_without_buddy, _unnamed
from tests.gui.test_enrol_dialog import add_person

pytestmark = pytest.mark.usefixtures("windows_deleted_here")

DAY = date(2026, 8, 3)


@dataclass(frozen=True)
class Stocked:
    """The ids of what `stock_up` put in the inventory."""

    store: int  # Gudang Belakang
    sewing: int  # Ruang Jahit 1
    sewing_2: int  # Ruang Jahit 2
    machine: int  # a sewing machine in Ruang Jahit 1
    overlocker: int  # needing repair, in the store
    fabric: int  # 12,5 metre in the store, 30 in Ruang Jahit 1
    thread: int  # 2 rolls, reorder at 5: low
    seed: int  # kg, never received


def stock_up(context: AppContext) -> Stocked:
    """A centre's inventory as the demo would have it: three places, equipment and
    consumables, a sponsor, one consumable low."""
    db, admin = context.db, context.actor
    sponsor = sponsors.create_sponsor(db, admin, "CV Garmen Sejahtera", SponsorKind.COMPANY)
    store = inventory_locations.create_location(db, admin, "Gudang Belakang").id
    sewing = inventory_locations.create_location(db, admin, "Ruang Jahit 1").id
    sewing_2 = inventory_locations.create_location(db, admin, "Ruang Jahit 2").id

    def item(data: ItemInput, *stock: tuple[int, int]) -> int:
        item_id = inventory_items.create_item(db, admin, data)
        for place, milli in stock:
            inventory_moves.receive(
                db, admin, item_id, place, milli, MovementKind.DONATED, DAY, "hibah"
            )
        return item_id

    machine = item(
        ItemInput(ItemKind.EQUIPMENT, "Mesin jahit Janome HD-3000", serial_number="JN-778811",
                  sponsor_id=sponsor.id, value_rupiah=3_250_000, received_on=DAY),
        (sewing, 1000),
    )  # fmt: skip
    for number in range(2, 4):
        item(
            ItemInput(ItemKind.EQUIPMENT, "Mesin jahit Janome HD-3000",
                      serial_number=f"JN-77881{number}", sponsor_id=sponsor.id),
            (sewing_2, 1000),
        )  # fmt: skip
    overlocker = item(
        ItemInput(ItemKind.EQUIPMENT, "Mesin obras Juki MO-654", condition=Condition.NEEDS_REPAIR),
        (store, 1000),
    )
    item(ItemInput(ItemKind.EQUIPMENT, "Laptop Asus Vivobook 14", serial_number="PF3KX2"))
    fabric = item(
        ItemInput(ItemKind.CONSUMABLE, "Kain katun Jepang", Unit.METRE, reorder_milli=10_000),
        (store, 12_500),
        (sewing, 30_000),
    )
    thread = item(
        ItemInput(ItemKind.CONSUMABLE, "Benang obras", Unit.ROLL, reorder_milli=5_000),
        (store, 2_000),
    )
    seed = item(ItemInput(ItemKind.CONSUMABLE, "Benih tomat", Unit.KG))
    return Stocked(store, sewing, sewing_2, machine, overlocker, fabric, thread, seed)


def on_record(context: AppContext) -> list[ItemRow]:
    """The inventory as the service lists it (the demo's own things too, if it has some)."""
    return inventory_list.list_items(context.db, context.actor, ItemFilter(include_retired=True))


def tag_of(context: AppContext, item_id: int) -> str:
    return next(row.asset_tag for row in on_record(context) if row.id == item_id)


def next_tag(context: AppContext) -> str:
    """The tag the next machine gets when its tag is left blank."""
    numbers = [int(row.asset_tag[4:]) for row in on_record(context)
               if row.asset_tag.startswith("INV-") and row.asset_tag[4:].isdigit()]  # fmt: skip
    return f"INV-{max(numbers, default=0) + 1:05d}"


def low_line(context: AppContext, overdue: str = "") -> str:
    """The banner as it should read with what is low now (and `overdue`, when given)."""
    low = len(inventory_list.low_stock(context.db, context.actor))
    parts = ["1 item is low on stock" if low == 1 else f"{low} items are low on stock"] * bool(low)
    parts += [overdue] if overdue else []
    return "⚠ " + " · ".join(parts) if parts else ""


def settle(qtbot: QtBot, context: AppContext) -> None:
    qtbot.waitUntil(lambda: context.runner.idle)


def open_page(qtbot: QtBot, context: AppContext) -> InventoryPage:
    page = InventoryPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 720)
    page.show()
    qtbot.waitExposed(page)
    settle(qtbot, context)
    return page


@pytest.fixture
def stocked(admin_context: AppContext) -> Stocked:
    return stock_up(admin_context)


@pytest.fixture
def page(qtbot: QtBot, admin_context: AppContext, stocked: Stocked) -> InventoryPage:
    return open_page(qtbot, admin_context)


def rows(page: InventoryPage) -> list[ItemRow]:
    return page.model.items()


def names(page: InventoryPage) -> list[str]:
    return [row.name for row in rows(page)]


def cell(page: InventoryPage, item_id: int, column: Column, role: int = 0) -> object:
    row = page.model.row_of(item_id)
    assert row is not None
    return page.model.index(row, column).data(role or Qt.ItemDataRole.DisplayRole)


def banner(page: InventoryPage) -> str:
    return QTextDocumentFragment.fromHtml(page.ui.bannerLabel.text()).toPlainText()


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def select(qtbot: QtBot, page: InventoryPage, item_id: int) -> ItemRow:
    """Click the item's row and wait for it in full underneath."""
    table = page.ui.itemsTable
    row = page.model.row_of(item_id)
    assert row is not None
    rect = table.visualRect(page.model.index(row, Column.NAME))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.item.id == item_id)
    settle(qtbot, page.context)
    selected = page.selected()
    assert selected is not None and selected.id == item_id
    return selected


def pdf_bytes() -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer)
    sheet.drawString(72, 720, "INV-00001")
    sheet.save()
    return buffer.getvalue()


def test_the_list_shows_stock_in_its_unit_and_where_it_is(
    page: InventoryPage, stocked: Stocked
) -> None:
    assert names(page).count("Mesin jahit Janome HD-3000") == 3
    assert cell(page, stocked.fabric, Column.STOCK) == "42.5 metre"
    assert cell(page, stocked.fabric, Column.WHERE) == "2 places"
    assert cell(page, stocked.fabric, Column.KIND) == "Consumable"
    assert cell(page, stocked.machine, Column.STOCK) == "1 piece"
    assert cell(page, stocked.machine, Column.WHERE) == "Ruang Jahit 1"
    assert cell(page, stocked.machine, Column.CONDITION) == "Good"
    assert cell(page, stocked.machine, Column.SPONSOR) == "CV Garmen Sejahtera"
    assert cell(page, stocked.machine, Column.TAG) == tag_of(page.context, stocked.machine)
    assert cell(page, stocked.machine, Column.SERIAL) == "JN-778811"
    assert cell(page, stocked.overlocker, Column.CONDITION) == "Needs repair"
    assert cell(page, stocked.seed, Column.WHERE) == "Not in stock"
    active = [row for row in on_record(page.context) if row.active]
    assert page.ui.countLabel.text() == f"{len(active)} items" and len(rows(page)) == len(active)


def test_low_stock_is_said_in_words_with_an_icon_not_by_colour_alone(
    page: InventoryPage, stocked: Stocked
) -> None:
    assert cell(page, stocked.thread, Column.STOCK) == "2 roll · low"
    assert cell(page, stocked.thread, Column.STOCK, Qt.ItemDataRole.DecorationRole) is not None
    assert cell(page, stocked.thread, Column.STOCK, Qt.ItemDataRole.ForegroundRole) is not None
    tip = str(cell(page, stocked.thread, Column.STOCK, Qt.ItemDataRole.ToolTipRole))
    assert "reorder level of 5 roll" in tip
    assert cell(page, stocked.fabric, Column.STOCK, Qt.ItemDataRole.DecorationRole) is None


def test_search_as_you_type_finds_names_tags_and_serial_numbers(
    qtbot: QtBot, page: InventoryPage, stocked: Stocked
) -> None:
    qtbot.keyClicks(page.ui.searchEdit, "janome")
    qtbot.waitUntil(lambda: len(rows(page)) == 3)
    assert set(names(page)) == {"Mesin jahit Janome HD-3000"}
    page.ui.searchEdit.clear()
    qtbot.keyClicks(page.ui.searchEdit, "pf3kx")
    qtbot.waitUntil(lambda: names(page) == ["Laptop Asus Vivobook 14"])
    page.ui.searchEdit.clear()
    qtbot.keyClicks(page.ui.searchEdit, tag_of(page.context, stocked.overlocker).lower())
    qtbot.waitUntil(lambda: [row.id for row in rows(page)] == [stocked.overlocker])
    assert page.ui.countLabel.text() == "1 item"


def test_filters_by_kind_place_and_low_stock(
    qtbot: QtBot, page: InventoryPage, stocked: Stocked
) -> None:
    ui, context = page.ui, page.context
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(ItemKind.CONSUMABLE.value))
    settle(qtbot, context)
    assert {stocked.fabric, stocked.thread, stocked.seed} <= {row.id for row in rows(page)}
    assert {row.kind for row in rows(page)} == {ItemKind.CONSUMABLE}
    ui.kindCombo.setCurrentIndex(0)
    ui.placeCombo.setCurrentIndex(ui.placeCombo.findData(stocked.store))
    settle(qtbot, context)
    assert {row.id for row in rows(page)} == {stocked.overlocker, stocked.fabric, stocked.thread}
    ui.placeCombo.setCurrentIndex(0)
    click(qtbot, ui.lowCheck)
    settle(qtbot, context)
    assert stocked.thread in [row.id for row in rows(page)]
    assert all(row.low for row in rows(page))


def test_typing_before_the_page_has_loaded_still_reads_places_and_the_banner(
    qtbot: QtBot, admin_context: AppContext, stocked: Stocked
) -> None:
    page = InventoryPage(admin_context)
    qtbot.addWidget(page)
    page.show()
    page.ui.searchEdit.setText("jepang")  # the first read's answer is overtaken by this one
    page.refresh()
    settle(qtbot, admin_context)
    assert names(page) == ["Kain katun Jepang"]
    assert page.ui.placeCombo.findText("Gudang Belakang") > 0
    assert banner(page) == low_line(admin_context)


def test_the_banner_says_what_is_low_and_shows_it_when_clicked(
    qtbot: QtBot, page: InventoryPage, stocked: Stocked
) -> None:
    assert page.ui.banner.isVisible()
    assert banner(page) == low_line(page.context)
    assert "overdue" not in banner(page)  # no loan is overdue: nothing said about loans
    qtbot.keyClicks(page.ui.searchEdit, "jepang")
    qtbot.waitUntil(lambda: names(page) == ["Kain katun Jepang"])
    page.ui.bannerLabel.linkActivated.emit("low")
    settle(qtbot, page.context)
    assert page.ui.lowCheck.isChecked() and page.ui.searchEdit.text() == ""
    assert stocked.thread in [row.id for row in rows(page)]
    assert all(row.low for row in rows(page))


def test_the_banner_counts_overdue_loans_and_shows_their_items(
    qtbot: QtBot, admin_context: AppContext, stocked: Stocked
) -> None:
    from desktop.services import inventory_loans

    ctx = admin_context
    day = today(ctx)
    lent = [(stocked.machine, stocked.sewing, "Rina Marlina"),
            (stocked.overlocker, stocked.store, "Sri Wahyuni")]  # fmt: skip
    for item_id, place, name in lent:
        person = add_person(ctx, name)
        out, due = day - timedelta(days=30), day - timedelta(days=3)
        inventory_loans.lend(ctx.db, ctx.actor, item_id, person, place, out, due, Condition.GOOD)
    page = open_page(qtbot, ctx)
    assert banner(page) == low_line(ctx, "2 loans are overdue")
    page.ui.bannerLabel.linkActivated.emit("overdue")
    settle(qtbot, ctx)
    assert {row.id for row in rows(page)} == {stocked.machine, stocked.overlocker}
    assert cell(page, stocked.machine, Column.LOAN) == "On loan"
    assert page.ui.countLabel.text() == "2 items out on overdue loans"
    qtbot.keyClicks(page.ui.searchEdit, "janome")  # a filter chosen by hand ends it
    qtbot.waitUntil(lambda: len(rows(page)) == 3)


def test_no_banner_when_nothing_is_low(
    qtbot: QtBot, admin_context: AppContext, stocked: Stocked
) -> None:
    ctx = admin_context
    for low in inventory_list.low_stock(ctx.db, ctx.actor):
        enough = low.reorder_milli - low.stock_milli + 1000
        inventory_moves.receive(
            ctx.db, ctx.actor, low.id, stocked.store, enough, MovementKind.PURCHASED, DAY
        )
    page = open_page(qtbot, ctx)
    assert not page.ui.banner.isVisible() and banner(page) == ""


def test_the_selected_item_in_full(qtbot: QtBot, page: InventoryPage, stocked: Stocked) -> None:
    select(qtbot, page, stocked.fabric)
    text = page.ui.detailsView.toPlainText()
    for expected in ("Kain katun Jepang", "Stock per place", "Gudang Belakang", "12.5 metre",
                     "Ruang Jahit 1", "30 metre", "Reorder level", "10 metre", "Latest movements",
                     "Received (donation)", "+12.5 metre", "hibah"):  # fmt: skip
        assert expected in text, expected
    select(qtbot, page, stocked.thread)
    assert "Low on stock: 2 roll left, reorder at 5 roll." in page.ui.detailsView.toPlainText()


def test_the_buttons_follow_the_selected_item(
    qtbot: QtBot, page: InventoryPage, stocked: Stocked
) -> None:
    ui = page.ui
    assert not ui.editButton.isEnabled() and not ui.receiveButton.isEnabled()
    select(qtbot, page, stocked.machine)  # a machine in stock: not received again
    assert ui.editButton.isEnabled() and ui.moveButton.isEnabled()
    assert not ui.receiveButton.isEnabled()
    laptop = next(row for row in rows(page) if row.name == "Laptop Asus Vivobook 14")
    select(qtbot, page, laptop.id)  # no stock: received, not moved or written off
    assert ui.receiveButton.isEnabled()
    assert not ui.moveButton.isEnabled() and not ui.writeOffButton.isEnabled()
    select(qtbot, page, stocked.thread)
    assert ui.receiveButton.isEnabled() and ui.writeOffButton.isEnabled()


def test_a_new_item_saved_from_the_page_is_listed_and_selected(
    qtbot: QtBot, page: InventoryPage
) -> None:
    from desktop.gui.item_dialog import ItemDialog

    expected_tag = next_tag(page.context)
    click(qtbot, page.ui.newButton)
    dialog = page.dialog
    assert isinstance(dialog, ItemDialog)
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.ui.nameEdit, "Setrika uap Philips")
    with qtbot.waitSignal(page.inventory_changed):
        dialog.save()
        settle(qtbot, page.context)
    settle(qtbot, page.context)
    chosen = page.selected()
    assert chosen is not None and chosen.name == "Setrika uap Philips"
    assert chosen.asset_tag == expected_tag
    assert page.ui.messageLabel.text() == "Saved Setrika uap Philips."


def test_receiving_from_the_page_updates_the_list_and_the_banner(
    qtbot: QtBot, page: InventoryPage, stocked: Stocked
) -> None:
    from desktop.gui.stock_move_dialogs import ReceiveDialog

    before = banner(page)
    select(qtbot, page, stocked.thread)
    click(qtbot, page.ui.receiveButton)
    dialog = page.dialog
    assert isinstance(dialog, ReceiveDialog)
    qtbot.keyClicks(dialog.ui.quantityEdit, "10")
    dialog.save()
    settle(qtbot, page.context)
    settle(qtbot, page.context)
    assert cell(page, stocked.thread, Column.STOCK) == "12 roll"
    assert banner(page) == low_line(page.context) != before  # one fewer
    assert page.ui.messageLabel.text() == "Received 10 roll of Benang obras at Gudang Belakang."
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.item.stock_milli == 12_000)


def test_editing_from_the_page_opens_the_item_in_full(
    qtbot: QtBot, page: InventoryPage, stocked: Stocked
) -> None:
    from desktop.gui.item_dialog import ItemDialog

    select(qtbot, page, stocked.fabric)
    click(qtbot, page.ui.editButton)
    settle(qtbot, page.context)  # the item is read in full on the worker first
    dialog = page.dialog
    assert isinstance(dialog, ItemDialog)
    assert dialog.ui.nameEdit.text() == "Kain katun Jepang" and dialog.ui.reorderEdit.text() == "10"
    dialog.ui.reorderEdit.setText("15")
    dialog.save()
    settle(qtbot, page.context)
    settle(qtbot, page.context)
    assert cell(page, stocked.fabric, Column.STOCK) == "42.5 metre"
    assert page.ui.messageLabel.text() == "Saved Kain katun Jepang."
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.item.reorder_milli == 15_000)


def test_a_maintenance_note_added_from_the_page_shows_underneath(
    qtbot: QtBot, page: InventoryPage, stocked: Stocked
) -> None:
    from desktop.gui.item_note_dialog import ItemNoteDialog

    select(qtbot, page, stocked.overlocker)
    click(qtbot, page.ui.noteButton)
    dialog = page.dialog
    assert isinstance(dialog, ItemNoteDialog)
    dialog.save()
    settle(qtbot, page.context)
    assert dialog.isVisible() and dialog.ui.noteError.text() == "Write the note."
    qtbot.keyClicks(dialog.ui.noteEdit, "Pisau potong diganti")
    dialog.save()
    settle(qtbot, page.context)
    qtbot.waitUntil(lambda: page.detail is not None and bool(page.detail.notes))
    assert "Pisau potong diganti" in page.ui.detailsView.toPlainText()
    assert page.ui.messageLabel.text() == "Added a note to Mesin obras Juki MO-654."


def test_retiring_asks_first_and_refuses_what_is_in_stock(
    qtbot: QtBot, page: InventoryPage, stocked: Stocked, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        "desktop.gui.inventory_actions.ask",
        lambda _parent, _title, text, _yes: asked.append(text) or True,
    )
    select(qtbot, page, stocked.fabric)
    click(qtbot, page.ui.retireButton)
    assert asked == []
    assert "still has 42.5 metre in stock" in page.ui.messageLabel.text()
    select(qtbot, page, stocked.seed)
    click(qtbot, page.ui.retireButton)
    settle(qtbot, page.context)
    settle(qtbot, page.context)
    assert asked and "Retire Benih tomat?" in asked[0]
    assert stocked.seed not in [row.id for row in rows(page)]
    assert page.ui.messageLabel.text() == "Retired Benih tomat."
    click(qtbot, page.ui.retiredCheck)
    settle(qtbot, page.context)
    assert cell(page, stocked.seed, Column.NAME) == "Benih tomat (retired)"


def test_a_place_added_in_the_places_dialog_is_offered_as_a_filter(
    qtbot: QtBot, page: InventoryPage
) -> None:
    from desktop.gui.locations_dialog import LocationsDialog

    click(qtbot, page.ui.placesButton)
    dialog = page.dialog
    assert isinstance(dialog, LocationsDialog)
    settle(qtbot, page.context)
    qtbot.keyClicks(dialog.ui.nameEdit, "Kebun Hidroponik")
    click(qtbot, dialog.ui.addButton)
    settle(qtbot, page.context)
    settle(qtbot, page.context)
    dialog.reject()
    settle(qtbot, page.context)
    assert page.ui.placeCombo.findText("Kebun Hidroponik") > 0


def test_labels_and_export_are_hidden_while_their_modules_are_missing(
    qtbot: QtBot, admin_context: AppContext, stocked: Stocked, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = importlib.util.find_spec
    missing = {"desktop.services.inventory_labels", "desktop.services.inventory_export",
               "desktop.services.inventory_loans"}  # fmt: skip
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *args: None if name in missing else real(name)
    )
    page = open_page(qtbot, admin_context)
    assert not page.ui.labelsButton.isVisibleTo(page)
    assert not page.ui.exportButton.isVisibleTo(page)
    assert banner(page) == low_line(admin_context)  # and nothing said about loans


def test_labels_of_the_selected_equipment_are_shown_and_saved(
    qtbot: QtBot,
    page: InventoryPage,
    stocked: Stocked,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    assert page.ui.labelsButton.isVisible() and not page.ui.labelsButton.isEnabled()
    select(qtbot, page, stocked.fabric)
    assert not page.ui.labelsButton.isEnabled()  # a consumable has no tag
    select(qtbot, page, stocked.machine)
    table = page.ui.itemsTable
    for item_id in (stocked.overlocker, stocked.thread):  # the thread has no label: left out
        row = page.model.row_of(item_id)
        assert row is not None
        rect = table.visualRect(page.model.index(row, Column.NAME))
        qtbot.mouseClick(
            table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
            rect.center(),
        )  # fmt: skip
    assert len(page.selected_items()) == 3
    click(qtbot, page.ui.labelsButton)
    settle(qtbot, page.context)
    assert page.ui.messageLabel.isHidden(), page.ui.messageLabel.text()
    viewer = page.commands.viewer
    assert viewer is not None and viewer.document.pageCount() >= 1
    target = tmp_path / "labels.pdf"
    monkeypatch.setattr("desktop.gui.inventory_actions.ask_save_path", lambda *_args: target)
    page.commands.save_labels(pdf_bytes(), "asset-labels.pdf")
    assert target.read_bytes().startswith(b"%PDF")
    assert page.ui.messageLabel.text() == f"Saved the labels as {target}"
    viewer.close()


def test_export_writes_the_list_with_the_page_filter(
    qtbot: QtBot, page: InventoryPage, stocked: Stocked, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    assert page.ui.exportButton.isVisible()
    click(qtbot, page.ui.lowCheck)
    settle(qtbot, page.context)
    target = tmp_path / "inventory.xlsx"
    page.commands.export.export_to(target)
    qtbot.waitUntil(lambda: not page.commands.export.running)
    low = len(inventory_list.low_stock(page.context.db, page.context.actor))
    exported = "1 item" if low == 1 else f"{low} items"
    assert page.ui.messageLabel.text() == f"Exported {exported} to {target}"
    sheet = load_workbook(target).active
    assert sheet is not None
    cells = {str(cell.value) for row in sheet.iter_rows() for cell in row}
    assert "Benang obras" in cells and "Kain katun Jepang" not in cells


def test_every_control_is_named_for_a_screen_reader(page: InventoryPage) -> None:
    assert _unnamed(page) == []
    assert _labels_without_buddy(page) == []


@pytest.fixture(params=[False, True], ids=["normal", "large-text"])
def styled(request: pytest.FixtureRequest) -> Iterator[tuple[Path, str]]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = app.font(), app.styleSheet()
    apply_style(app, request.param)
    folder = Path(os.environ["PELITA_SHOTS"])
    folder.mkdir(parents=True, exist_ok=True)
    yield folder, "-large" if request.param else ""
    app.setStyleSheet(sheet)
    app.setFont(font)


@pytest.mark.skipif(not os.environ.get("PELITA_SHOTS"), reason="PELITA_SHOTS=/folder keeps them")
def test_screenshot(
    qtbot: QtBot, admin_context: AppContext, stocked: Stocked, styled: tuple[Path, str]
) -> None:
    folder, suffix = styled
    page = open_page(qtbot, admin_context)
    page.resize(1166, 720)  # a 1366×768 desk less the navigation
    inventory_items.add_note(
        admin_context.db, admin_context.actor, stocked.overlocker, DAY, "Motor berisik; servis"
    )
    select(qtbot, page, stocked.overlocker)
    qtbot.wait(20)
    assert page.grab().save(str(folder / f"inventory-page{suffix}.png"))
    select(qtbot, page, stocked.fabric)
    qtbot.wait(20)
    assert page.grab().save(str(folder / f"inventory-page-consumable{suffix}.png"))
    select(qtbot, page, stocked.overlocker)
    click(qtbot, page.ui.noteButton)
    assert page.dialog is not None
    qtbot.waitExposed(page.dialog)
    page.dialog.save()  # type: ignore[attr-defined]
    settle(qtbot, admin_context)
    qtbot.wait(20)
    assert page.dialog.grab().save(str(folder / f"item-note-dialog-empty{suffix}.png"))
