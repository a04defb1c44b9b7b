"""The Loans page (desktop.gui.loans_page) over the demo centre with a store room: loans out
and handovers, the overdue ones first and marked with a sign and in words, the Open / Overdue /
All filter, the buttons that fit the selected row, the handover record shown and saved as PDF,
and a screenshot of the page for a person to look at (PELITA_SHOTS=/some/folder keeps it)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.domain.inventory import Condition
from desktop.gui.app_context import AppContext
from desktop.gui.loan_dialogs import HandOverDialog
from desktop.gui.loans_model import Column
from desktop.gui.loans_page import LoansPage
from desktop.gui.stock_texts import day_text
from desktop.gui.style import apply_style
from desktop.services.inventory_loans import return_loan
from tests.gui.stock_fixtures import (
    Store,
    choose,
    click,
    handed,
    lent,
    people,
    pick_person,
    settle,
    stocked,
    today,
)
from tests.gui.test_accessibility import _labels_without_buddy, _unnamed

pytestmark = pytest.mark.usefixtures("windows_deleted_here")


@pytest.fixture
def store(admin_context: AppContext) -> Store:
    return stocked(admin_context)


def open_page(qtbot: QtBot, context: AppContext) -> LoansPage:
    page = LoansPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 560)
    page.show()
    qtbot.waitExposed(page)
    settle(qtbot, context)
    return page


def shown(page: LoansPage, column: Column) -> list[str]:
    model = page.model
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


@pytest.fixture
def busy(admin_context: AppContext, store: Store) -> dict[str, int]:
    """A loan due in a month, one overdue by 3 days, one overdue by 12, a handover of fabric
    and a loan already returned."""
    ctx = admin_context
    siti, budi, rina = people(ctx)
    fine = lent(ctx, store.machine, siti, store.store, days_ago=2, due_in=30)
    late = lent(ctx, store.second_machine, budi, store.store, days_ago=40, due_in=-3)
    from tests.gui.stock_fixtures import machine

    third = machine(ctx, store.store, "Mesin bordir")
    very_late = lent(ctx, third, rina, store.store, days_ago=60, due_in=-12)
    kit = handed(ctx, store.fabric, rina, store.store, 2500)
    fourth = machine(ctx, store.store, "Mesin obras Siruba")
    back = lent(ctx, fourth, siti, store.store, days_ago=9, due_in=5)
    return_loan(ctx.db, ctx.actor, back.id, today(ctx), Condition.GOOD, store.store)
    return {
        "fine": fine.id,
        "late": late.id,
        "very_late": very_late.id,
        "kit": kit.id,
        "back": back.id,
    }


def test_overdue_loans_come_first_marked_in_words_and_with_a_sign(
    qtbot: QtBot, admin_context: AppContext, busy: dict[str, int]
) -> None:
    page = open_page(qtbot, admin_context)
    assert not _unnamed(page) and not _labels_without_buddy(page)
    assert page.nav_title() == "Loans"
    # Open loans (the default): the longest overdue first, then the one not yet due.
    assert [loan.id for loan in page.model.loans()] == [
        busy["very_late"],
        busy["late"],
        busy["fine"],
    ]
    assert shown(page, Column.STATUS) == ["12 days overdue", "3 days overdue", "Lent"]
    assert shown(page, Column.ITEM)[0] == "Mesin bordir (INV-00003)"
    assert shown(page, Column.QUANTITY)[0] == "1 piece"
    icon = page.model.index(0, Column.STATUS).data(Qt.ItemDataRole.DecorationRole)
    assert icon is not None and not icon.isNull()
    assert page.model.index(2, Column.STATUS).data(Qt.ItemDataRole.DecorationRole) is None
    assert page.ui.countLabel.text() == "3 entries · 2 overdue"


def test_the_filter_shows_the_overdue_or_everything(
    qtbot: QtBot, admin_context: AppContext, busy: dict[str, int]
) -> None:
    page = open_page(qtbot, admin_context)
    page.show_overdue()  # as the window's attention line asks
    settle(qtbot, admin_context)
    assert [loan.id for loan in page.model.loans()] == [busy["very_late"], busy["late"]]
    page.ui.filterCombo.setCurrentIndex(page.ui.filterCombo.findData("all"))
    settle(qtbot, admin_context)
    ids = [loan.id for loan in page.model.loans()]
    assert ids[:3] == [busy["very_late"], busy["late"], busy["fine"]]
    assert set(ids[3:]) == {busy["kit"], busy["back"]}
    statuses = dict(zip(ids, shown(page, Column.STATUS), strict=True))
    assert statuses[busy["kit"]] == "Handed over for good"
    assert statuses[busy["back"]] == f"Returned on {day_text(today(admin_context))}"
    kit_row = ids.index(busy["kit"])
    assert shown(page, Column.QUANTITY)[kit_row] == "2.5 metre"
    assert shown(page, Column.NUMBER)[kit_row].startswith("BAST/0001/")


def test_print_handover_record_is_for_handovers_and_shows_the_pdf_to_save(
    qtbot: QtBot, admin_context: AppContext, busy: dict[str, int], tmp_path: Path
) -> None:
    page = open_page(qtbot, admin_context)
    page.ui.filterCombo.setCurrentIndex(page.ui.filterCombo.findData("all"))
    settle(qtbot, admin_context)
    page.select(busy["fine"])
    assert not page.ui.printButton.isEnabled()
    assert page.ui.returnButton.isEnabled()
    page.select(busy["kit"])
    assert page.ui.printButton.isEnabled()
    click(qtbot, page.ui.printButton)
    settle(qtbot, admin_context)
    viewer = page.viewer
    assert viewer is not None and viewer.document.pageCount() >= 1
    assert not _unnamed(viewer)
    kit = page.selected()
    assert kit is not None
    target = tmp_path / "bast.pdf"
    viewer.save_to(target)
    settle(qtbot, admin_context)
    assert target.read_bytes().startswith(b"%PDF")
    assert viewer.message.text() == f"Saved as {target}"
    viewer.close()


def test_a_refusal_is_said_on_the_message_line(qtbot: QtBot, clerk_context: AppContext) -> None:
    """A clerk may not manage the inventory: the page says so instead of listing."""
    page = open_page(qtbot, clerk_context)
    assert page.model.rowCount() == 0
    assert page.ui.messageLabel.isVisible() and page.ui.messageLabel.text()


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large-text"])
def test_screenshots(
    qtbot: QtBot,
    admin_context: AppContext,
    busy: dict[str, int],
    tmp_path: Path,
    large: bool,
) -> None:
    """The page and its dialogs as a desk shows them, styled (PELITA_SHOTS=/some/folder keeps
    them)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = app.font(), app.styleSheet()
    apply_style(app, large)
    folder = Path(os.environ.get("PELITA_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    suffix = "-large" if large else ""
    try:
        page = open_page(qtbot, admin_context)
        page.resize(1200, 600)
        page.ui.filterCombo.setCurrentIndex(page.ui.filterCombo.findData("all"))
        settle(qtbot, admin_context)
        page.select(busy["very_late"])
        assert page.grab().save(str(folder / f"loans-page{suffix}.png"))
        page.select(busy["kit"])
        click(qtbot, page.ui.printButton)
        settle(qtbot, admin_context)
        assert page.viewer is not None
        assert page.viewer.grab().save(str(folder / f"handover-record-viewer{suffix}.png"))
        page.viewer.close()
        page.select(busy["very_late"])
        for button, name in (
            (page.ui.lendButton, "lend-dialog"),
            (page.ui.handOverButton, "handover-dialog"),
            (page.ui.returnButton, "return-dialog"),
        ):
            click(qtbot, button)
            dialog = page.dialog
            assert dialog is not None
            qtbot.waitExposed(dialog)
            settle(qtbot, admin_context)
            assert dialog.grab().save(str(folder / f"{name}{suffix}.png"))
            if isinstance(dialog, HandOverDialog):
                _hand_over_shots(qtbot, dialog, folder, suffix)
            dialog.reject()
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)


def _hand_over_shots(qtbot: QtBot, dialog: HandOverDialog, folder: Path, suffix: str) -> None:
    """The form refusing half a roll, then saved with its record number and Print offered."""
    ctx, ui = dialog.context, dialog.ui
    choose(ui.itemCombo, "Benang jahit")
    settle(qtbot, ctx)
    ui.quantityEdit.setText("1,5")
    pick_person(qtbot, ui.participantPicker, people(ctx)[1])
    click(qtbot, dialog.save_button)
    qtbot.wait(20)  # the layout makes room for the message on the next turn of the loop
    assert dialog.grab().save(str(folder / f"handover-refused{suffix}.png"))
    ui.quantityEdit.setText("2")
    click(qtbot, dialog.save_button)
    settle(qtbot, ctx)
    qtbot.wait(20)
    assert dialog.grab().save(str(folder / f"handover-saved{suffix}.png"))
