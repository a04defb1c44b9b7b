"""The stock take (desktop.gui.stock_take_dialog) over the demo centre with a store room, as an
admin counts: the place's items with the counts typed as people write them and the difference
shown while typing, applied as adjustments; counts typed wrong ("abc", half a roll) marked in
their row with nothing applied; the service's refusals marked the same way; the count sheet
printed; and screenshots (PELITA_SHOTS=/some/folder keeps them)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from desktop.domain.inventory import MILLI, Unit
from desktop.gui.app_context import AppContext
from desktop.gui.stock_take_dialog import StockTakeDialog, open_stock_take
from desktop.gui.stock_take_model import Column
from desktop.gui.stock_texts import day_text
from desktop.gui.style import apply_style
from desktop.services import inventory_list
from tests.gui.stock_fixtures import (
    Store,
    choose,
    click,
    consumable,
    lent,
    people,
    settle,
    stocked,
    today,
)
from tests.gui.test_accessibility import _labels_without_buddy, _unnamed

pytestmark = pytest.mark.usefixtures("windows_deleted_here")


@pytest.fixture
def store(admin_context: AppContext) -> Store:
    return stocked(admin_context)


@pytest.fixture
def owner(qtbot: QtBot) -> QWidget:
    """The window the dialog opens over (the inventory page, in the application)."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def dialog(
    qtbot: QtBot, admin_context: AppContext, store: Store, owner: QWidget
) -> Iterator[StockTakeDialog]:
    dialog = open_stock_take(owner, admin_context)
    qtbot.waitExposed(dialog)
    settle(qtbot, admin_context)
    yield dialog
    if isValid(dialog):
        dialog.typed.clear()  # closed at the end without asking about counts typed


def row_of(dialog: StockTakeDialog, name: str) -> int:
    model = dialog.model
    return next(r for r in range(model.rowCount()) if model.index(r, Column.ITEM).data() == name)


def cell(dialog: StockTakeDialog, name: str, column: Column) -> str:
    return str(dialog.model.index(row_of(dialog, name), column).data())


def count(dialog: StockTakeDialog, name: str, text: str) -> None:
    """Type a count into the row's "Counted" cell, as a person does, and leave the cell."""
    qtbot_index = dialog.model.index(row_of(dialog, name), Column.COUNTED)
    table = dialog.ui.countTable
    table.setCurrentIndex(qtbot_index)
    table.edit(qtbot_index)
    editor = table.indexWidget(qtbot_index) or table.findChild(QLineEdit)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    editor.del_()
    editor.insert(text)
    editor.textEdited.emit(text)
    table.commitData(editor)
    table.closeEditor(editor, table.itemDelegate().EndEditHint.NoHint)


def stock_of(context: AppContext, item_id: int) -> int:
    return inventory_list.item_detail(context.db, context.actor, item_id).item.stock_milli


def test_counts_become_adjustments_with_the_note(
    qtbot: QtBot, dialog: StockTakeDialog, store: Store
) -> None:
    ctx = dialog.context
    ui = dialog.ui
    assert not _unnamed(dialog) and not _labels_without_buddy(dialog)
    assert ui.placeCombo.currentText() == "Gudang"
    names = [dialog.model.index(r, Column.ITEM).data() for r in range(dialog.model.rowCount())]
    assert names == ["Mesin jahit Butterfly", "Mesin obras Typical", "Benang jahit", "Kain katun"]
    assert cell(dialog, "Kain katun", Column.EXPECTED) == "40"
    assert cell(dialog, "Kain katun", Column.UNIT) == "metre"
    count(dialog, "Kain katun", "37,5")
    assert cell(dialog, "Kain katun", Column.DIFFERENCE) == "−2.5"
    count(dialog, "Benang jahit", "12")
    assert cell(dialog, "Benang jahit", Column.DIFFERENCE) == "0"
    count(dialog, "Mesin obras Typical", "0")  # not found: written out by the count
    assert cell(dialog, "Mesin obras Typical", Column.DIFFERENCE) == "−1"
    assert ui.summaryLabel.text() == "4 items expected; 3 counted, 2 differ."
    ui.noteEdit.setText("Hitung akhir bulan")
    with qtbot.waitSignal(dialog.applied):
        click(qtbot, dialog.apply_button)
    settle(qtbot, ctx)
    assert stock_of(ctx, store.fabric) == 37_500
    assert stock_of(ctx, store.thread) == 12 * MILLI
    assert stock_of(ctx, store.second_machine) == 0
    assert ui.resultLabel.text() == (
        f"Recorded the count of Gudang on {day_text(today(ctx))}: 3 items counted, 2 adjusted "
        "(Kain katun −2.5 metre; Mesin obras Typical −1 piece)."
    )
    detail = inventory_list.item_detail(ctx.db, ctx.actor, store.fabric)
    assert detail.movements[0].reason.endswith(": Hitung akhir bulan")
    # The place is read again: what was counted is what is expected now.
    assert cell(dialog, "Kain katun", Column.EXPECTED) == "37.5"
    assert cell(dialog, "Kain katun", Column.COUNTED) == ""
    assert "Mesin obras Typical" not in [
        dialog.model.index(r, Column.ITEM).data() for r in range(dialog.model.rowCount())
    ]


def test_the_difference_shows_while_the_count_is_typed(
    qtbot: QtBot, dialog: StockTakeDialog
) -> None:
    table = dialog.ui.countTable
    index = dialog.model.index(row_of(dialog, "Kain katun"), Column.COUNTED)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.findChild(QLineEdit)
    assert isinstance(editor, QLineEdit) and editor.accessibleName() == "Counted"
    qtbot.keyClicks(editor, "41")
    assert cell(dialog, "Kain katun", Column.DIFFERENCE) == "+1"  # before leaving the cell
    qtbot.keyClicks(editor, ",25")
    assert cell(dialog, "Kain katun", Column.DIFFERENCE) == "+1.25"
    assert editor.text() == "41,25"  # the cursor did not jump while the model followed


@pytest.mark.parametrize(
    ("name", "typed", "problem"),
    [
        ("Kain katun", "abc", "“abc” is not a quantity; type a number like 2,5."),
        ("Benang jahit", "1,5", "Items counted by the roll take whole numbers only."),
        ("Kain katun", "-3", "A quantity cannot be negative."),
        ("Mesin jahit Butterfly", "0,5", "Items counted by the piece take whole numbers only."),
    ],
)
def test_a_count_typed_wrong_is_marked_and_nothing_is_applied(
    qtbot: QtBot, dialog: StockTakeDialog, store: Store, name: str, typed: str, problem: str
) -> None:
    ctx, ui = dialog.context, dialog.ui
    count(dialog, "Mesin jahit Butterfly", "1")
    count(dialog, name, typed)
    row = row_of(dialog, name)
    assert cell(dialog, name, Column.CHECK) == problem
    assert cell(dialog, name, Column.DIFFERENCE) == ""
    background = dialog.model.index(row, Column.COUNTED).data(Qt.ItemDataRole.BackgroundRole)
    assert background is not None
    assert ui.summaryLabel.text().endswith("1 typed wrong.")
    assert ui.problemLabel.text() == f"{name}: {problem}" and ui.problemLabel.isVisible()
    click(qtbot, dialog.apply_button)
    settle(qtbot, ctx)
    assert ui.formError.text() == "Nothing was applied: put right the counts marked in red."
    assert ui.countTable.currentIndex().row() == row  # taken to the count at fault
    assert cell(dialog, name, Column.COUNTED) == typed  # nothing typed is lost
    assert dialog.outcome is None
    assert stock_of(ctx, store.fabric) == 40 * MILLI
    assert stock_of(ctx, store.thread) == 12 * MILLI


def test_the_services_refusal_is_marked_in_its_row(
    qtbot: QtBot, dialog: StockTakeDialog, store: Store
) -> None:
    ctx = dialog.context
    count(dialog, "Mesin jahit Butterfly", "2")
    count(dialog, "Kain katun", "39")
    click(qtbot, dialog.apply_button)
    settle(qtbot, ctx)
    expected = "Mesin jahit Butterfly is one piece of equipment: count it as 0 or 1."
    assert cell(dialog, "Mesin jahit Butterfly", Column.CHECK) == expected
    assert dialog.ui.formError.text() == "Nothing was applied: put right the counts marked in red."
    assert stock_of(ctx, store.fabric) == 40 * MILLI
    assert dialog.ui.problemLabel.text() == f"Mesin jahit Butterfly: {expected}"
    count(dialog, "Mesin jahit Butterfly", "1")  # put right: the old word goes
    assert cell(dialog, "Mesin jahit Butterfly", Column.CHECK) == ""
    assert dialog.ui.problemLabel.isHidden()


def test_no_counts_is_refused_by_the_service(qtbot: QtBot, dialog: StockTakeDialog) -> None:
    click(qtbot, dialog.apply_button)
    settle(qtbot, dialog.context)
    assert dialog.ui.formError.text() == "Enter at least one count."


def test_counts_typed_for_a_place_are_kept_while_another_is_looked_at(
    qtbot: QtBot, dialog: StockTakeDialog, store: Store
) -> None:
    ctx = dialog.context
    consumable(ctx, store.sewing_room, "Kapur jahit", Unit.PIECE, 5 * MILLI)
    lent(ctx, store.machine, people(ctx)[0], store.store)
    dialog.read_sheet()
    settle(qtbot, ctx)
    assert "Mesin jahit Butterfly" not in [  # out on loan: not expected here
        dialog.model.index(r, Column.ITEM).data() for r in range(dialog.model.rowCount())
    ]
    count(dialog, "Kain katun", "38")
    choose(dialog.ui.placeCombo, "Ruang Jahit")
    settle(qtbot, ctx)
    assert dialog.model.rowCount() == 1 and cell(dialog, "Kapur jahit", Column.EXPECTED) == "5"
    choose(dialog.ui.placeCombo, "Gudang")
    settle(qtbot, ctx)
    assert cell(dialog, "Kain katun", Column.COUNTED) == "38"


def test_prints_the_count_sheet(qtbot: QtBot, dialog: StockTakeDialog) -> None:
    click(qtbot, dialog.ui.printButton)
    settle(qtbot, dialog.context)
    viewer = dialog.viewer
    assert viewer is not None and viewer.document.pageCount() >= 1
    assert viewer.windowTitle() == "Count sheet — Gudang"
    viewer.close()


def test_closing_deletes_the_dialog(qtbot: QtBot, dialog: StockTakeDialog) -> None:
    click(qtbot, dialog.close_button)
    qtbot.waitUntil(lambda: not isValid(dialog))


def test_counts_not_applied_are_not_lost_by_closing(
    qtbot: QtBot, dialog: StockTakeDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def keep_counting(_parent: object, _title: str, text: str, *_buttons: str) -> bool:
        asked.append(text)
        return False

    monkeypatch.setattr("desktop.gui.stock_take_dialog.ask", keep_counting)
    count(dialog, "Kain katun", "38")
    click(qtbot, dialog.close_button)
    assert asked == ["1 counts typed here are not applied. Close and lose them?"]
    assert dialog.isVisible() and cell(dialog, "Kain katun", Column.COUNTED) == "38"
    monkeypatch.setattr("desktop.gui.stock_take_dialog.ask", lambda *_args: True)
    click(qtbot, dialog.close_button)
    qtbot.waitUntil(lambda: not isValid(dialog))


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large-text"])
def test_screenshots(
    qtbot: QtBot,
    admin_context: AppContext,
    store: Store,
    owner: QWidget,
    tmp_path: Path,
    large: bool,
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = app.font(), app.styleSheet()
    apply_style(app, large)
    folder = Path(os.environ.get("PELITA_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    suffix = "-large" if large else ""
    try:
        dialog = open_stock_take(owner, admin_context)
        qtbot.waitExposed(dialog)
        settle(qtbot, admin_context)
        count(dialog, "Kain katun", "37,5")
        count(dialog, "Benang jahit", "1,5")
        count(dialog, "Mesin jahit Butterfly", "1")
        dialog.ui.countTable.setCurrentIndex(QModelIndex())
        assert dialog.grab().save(str(folder / f"stock-take{suffix}.png"))
        click(qtbot, dialog.apply_button)
        settle(qtbot, admin_context)
        assert dialog.grab().save(str(folder / f"stock-take-refused{suffix}.png"))
        dialog.typed.clear()  # (closing would ask about the counts typed)
        dialog.reject()
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)
