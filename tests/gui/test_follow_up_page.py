"""The Follow-up page (desktop.gui.follow_up_page) over the demo centre with a few finished
cohorts (tests.services.test_follow_up_list.World): the calls due, the milestone filter, a
call recorded from a double-click, the list printed and exported, the Outcomes tab only for
administrators, and screenshots for a person to look at (PELITA_SHOTS=/some/folder)."""

from __future__ import annotations

import os
from datetime import datetime, time
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.gui.app_context import AppContext
from desktop.gui.call_dialog import CallDialog
from desktop.gui.follow_up_model import Column
from desktop.gui.follow_up_page import FollowUpPage
from desktop.gui.style import apply_style
from desktop.store.database import Database
from tests.gui.stock_fixtures import click, settle
from tests.gui.test_accessibility import _unnamed
from tests.services.test_follow_up_list import TODAY, World, make_world

pytestmark = pytest.mark.usefixtures("windows_deleted_here")


def at_today(db: Database) -> World:
    """The centre as on TODAY, at noon on the desk's clock."""
    noon = datetime.combine(TODAY, time(12)).astimezone()
    db.clock = lambda: noon
    return make_world(db)


@pytest.fixture
def world(gui_db: Database) -> World:
    return at_today(gui_db)


def open_page(qtbot: QtBot, context: AppContext) -> FollowUpPage:
    page = FollowUpPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    qtbot.waitExposed(page)
    settle(qtbot, context)
    return page


def names(page: FollowUpPage) -> list[str]:
    model = page.model
    return [str(model.index(row, Column.NAME).data()) for row in range(model.rowCount())]


def row_of(page: FollowUpPage, name: str) -> QModelIndex:
    return page.model.index(names(page).index(name), Column.NAME)


def test_the_calls_due_and_the_filter(
    qtbot: QtBot, world: World, clerk_context: AppContext
) -> None:
    page = open_page(qtbot, clerk_context)
    assert names(page) == ["Fajar Nugroho", "Citra Dewi", "Eka Putri", "Siti Aminah"]
    assert page.ui.countLabel.text() == "4 calls to make"
    assert page.model.index(0, Column.PHONE).data() == "0812-3456-7890"
    assert page.ui.tabs.count() == 1  # no outcomes for a clerk
    assert not page.ui.recordButton.isEnabled()
    page.ui.milestoneCombo.setCurrentIndex(page.ui.milestoneCombo.findData(6))
    settle(qtbot, clerk_context)
    assert names(page) == ["Eka Putri"]
    assert _unnamed(page) == []


def test_a_call_recorded_from_a_double_click(
    qtbot: QtBot, world: World, clerk_context: AppContext
) -> None:
    page = open_page(qtbot, clerk_context)
    table = page.ui.callsTable
    index = row_of(page, "Siti Aminah")
    table.setCurrentIndex(index)
    table.doubleClicked.emit(index)
    dialog = page.dialog
    assert isinstance(dialog, CallDialog)
    settle(qtbot, clerk_context)
    dialog.ui.reachedNo.setChecked(True)
    dialog.ui.noteEdit.setText("Tidak diangkat")
    click(qtbot, dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: "not reached (attempt 1)" in page.ui.messageLabel.text())
    settle(qtbot, clerk_context)
    siti = names(page).index("Siti Aminah")
    assert page.model.index(siti, Column.ATTEMPTS).data() == "1"
    assert page.selected() is not None and page.selected().full_name == "Siti Aminah"  # type: ignore[union-attr]


def test_printed_and_exported(
    qtbot: QtBot, world: World, clerk_context: AppContext, tmp_path: Path
) -> None:
    page = open_page(qtbot, clerk_context)
    click(qtbot, page.ui.printButton)
    qtbot.waitUntil(lambda: page.viewer is not None)
    assert page.viewer is not None
    page.viewer.close()
    page.export_list(tmp_path / "daftar.xlsx")
    qtbot.waitUntil(lambda: "Saved the call list" in page.ui.messageLabel.text())
    sheet = load_workbook(tmp_path / "daftar.xlsx").active
    assert sheet.cell(6, 2).value == "Fajar Nugroho"


def test_administrators_see_the_outcomes(
    qtbot: QtBot, world: World, admin_context: AppContext, tmp_path: Path
) -> None:
    from desktop.domain.follow_up import CallInput
    from desktop.services.follow_up import record_call

    call = CallInput(
        world.enrolments["Eka Putri"],
        6,
        True,
        work="formal",
        business=False,
        monthly_income="2 jt",
        uses_skill=True,
        needs_help=False,
    )
    record_call(admin_context.db, admin_context.actor, call, TODAY)
    page = open_page(qtbot, admin_context)
    assert page.ui.tabs.count() == 2
    outcomes = page.outcomes
    assert outcomes is not None and outcomes.comparison is not None
    assert outcomes.comparison.reached == 1
    # Looking for work at intake (row 0), working formally now (column 3).
    assert outcomes.table.item(0, 3).text() == "1"
    assert "Rp 1.500.000" in outcomes.figures.text()
    outcomes.export(tmp_path / "hasil.xlsx")
    qtbot.waitUntil(lambda: "Saved the outcomes" in outcomes.message.text())
    assert (tmp_path / "hasil.xlsx").is_file()


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large"])
def test_screenshots(
    qtbot: QtBot, world: World, admin_context: AppContext, tmp_path: Path, large: bool
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = app.font(), app.styleSheet()
    apply_style(app, large)
    folder = Path(os.environ.get("PELITA_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    suffix = "-large" if large else ""
    try:
        page = open_page(qtbot, admin_context)
        page.ui.callsTable.setCurrentIndex(row_of(page, "Citra Dewi"))
        assert page.grab().save(str(folder / f"follow-up-page{suffix}.png"))
        page.ui.tabs.setCurrentWidget(page.ui.outcomesTab)
        assert page.grab().save(str(folder / f"follow-up-outcomes{suffix}.png"))
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)
