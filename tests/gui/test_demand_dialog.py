"""The demand window (desktop.gui.demand_dialog), driven with qtbot over the demo centre with the
known world of tests.services.test_demand in it: the table and its columns, the villages of the
chosen programme, the filters (period, regency and district, first choice only), the empty
state, a backwards period and an export, each read on the worker; a clerk refused."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from desktop.config import DeskConfig
from desktop.gui.app_context import AppContext
from desktop.gui.demand_dialog import DemandDialog, open_demand
from desktop.gui.demand_model import PLANNING
from desktop.gui.style import apply_style
from desktop.gui.tasks import TaskRunner
from desktop.services.accounts import authenticate
from desktop.services.demo import build_demo
from desktop.store.database import Database
from tests.services.test_demand import NOW, World, build_world

pytestmark = pytest.mark.usefixtures("windows_deleted_here")


@pytest.fixture
def world(admin_context: AppContext) -> World:
    db = admin_context.db
    db.clock = lambda: NOW  # 1 June 2030
    return build_world(db)


@pytest.fixture
def page(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def loaded(qtbot: QtBot, dialog: DemandDialog) -> DemandDialog:
    qtbot.waitUntil(lambda: not dialog.loading and dialog.report is not None, timeout=30_000)
    return dialog


def open_loaded(qtbot: QtBot, context: AppContext, page: QWidget) -> DemandDialog:
    dialog = open_demand(page, context)
    qtbot.waitUntil(lambda: dialog.ui.regencyCombo.count() > 1, timeout=30_000)
    return loaded(qtbot, dialog)


def row_of(dialog: DemandDialog, name: str) -> int:
    model = dialog.model
    for row in range(model.rowCount()):
        if str(model.index(row, 0).data()).startswith(name):
            return row
    raise AssertionError(f"{name} is not in the table")


def cells(dialog: DemandDialog, row: int) -> list[str]:
    model = dialog.model
    return [str(model.index(row, column).data()) for column in range(model.columnCount())]


def reload(qtbot: QtBot, dialog: DemandDialog) -> None:
    dialog.report = None
    dialog.ui.showButton.click()
    loaded(qtbot, dialog)


def test_the_table(qtbot: QtBot, admin_context: AppContext, page: QWidget, world: World) -> None:
    dialog = open_loaded(qtbot, admin_context, page)
    model = dialog.model
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert titles[:4] == ["Programme", "Asking", "First choice", "Waiting"]
    assert titles[4:10] == [
        "Housewife", "Farmer", "Youth", "Person with disability", "Poor family", "No group"
    ]  # fmt: skip
    # Everyone registered (the period is off at first): Dedi of 2029 counts too.
    tata = cells(dialog, row_of(dialog, "Tata Rias Pengantin"))
    assert tata[1:10] == ["7", "4", "5", "1", "1", "1", "1", "2", "3"]
    assert tata[PLANNING] == "Planned"
    las = row_of(dialog, "Las Listrik Dasar")
    assert cells(dialog, las)[PLANNING] == "⚠ None planned"
    assert cells(dialog, row_of(dialog, "Barista Kopi"))[0] == "Barista Kopi (archived)"
    assert dialog.export_button.isEnabled()


def test_choosing_a_programme_shows_its_villages(
    qtbot: QtBot, admin_context: AppContext, page: QWidget, world: World
) -> None:
    dialog = open_loaded(qtbot, admin_context, page)
    dialog.ui.programmeTable.selectRow(row_of(dialog, "Tata Rias Pengantin"))
    rows = [
        [str(dialog.villages.index(r, c).data()) for c in range(4)]
        for r in range(dialog.villages.rowCount())
    ]
    assert rows[0] == ["Desa Satu", "Ciranjang", "4", "3"]  # Dedi (2029) lives there too
    assert "Tata Rias Pengantin" in dialog.ui.villagesLabel.text()


def test_filters(qtbot: QtBot, admin_context: AppContext, page: QWidget, world: World) -> None:
    dialog = open_loaded(qtbot, admin_context, page)
    ui = dialog.ui
    ui.fromCheck.setChecked(True)
    ui.fromEdit.setDate(QDate(2030, 1, 1))
    ui.firstChoiceCheck.setChecked(True)
    reload(qtbot, dialog)
    assert cells(dialog, row_of(dialog, "Tata Rias Pengantin"))[1:4] == ["3", "3", "2"]
    ui.firstChoiceCheck.setChecked(False)
    ui.regencyCombo.setCurrentIndex(ui.regencyCombo.findData("32.01"))
    qtbot.waitUntil(lambda: ui.districtCombo.findData("32.01.01") >= 0, timeout=30_000)
    reload(qtbot, dialog)
    assert cells(dialog, row_of(dialog, "Tata Rias Pengantin"))[1:4] == ["1", "1", "1"]
    assert "1 people asked" in ui.totalsLabel.text()


def test_nobody_stated_a_wish(
    qtbot: QtBot, admin_context: AppContext, page: QWidget, world: World
) -> None:
    dialog = open_loaded(qtbot, admin_context, page)
    ui = dialog.ui
    ui.fromCheck.setChecked(True)
    ui.fromEdit.setDate(QDate(2031, 1, 1))
    reload(qtbot, dialog)
    assert "Nobody registered with these filters" in ui.statusLabel.text()
    assert not dialog.export_button.isEnabled()
    assert ui.totalsLabel.text() == ""


def test_a_backwards_period_is_refused_next_to_it(
    qtbot: QtBot, admin_context: AppContext, page: QWidget, world: World
) -> None:
    dialog = open_loaded(qtbot, admin_context, page)
    ui = dialog.ui
    ui.fromCheck.setChecked(True)
    ui.toCheck.setChecked(True)
    ui.fromEdit.setDate(QDate(2030, 5, 1))
    ui.toEdit.setDate(QDate(2030, 4, 1))
    before = dialog.report
    ui.showButton.click()
    assert ui.periodError.text() == "The end of the period is before its start."
    assert ui.periodError.isVisibleTo(dialog)
    assert dialog.report is before and not dialog.loading
    # Nothing chosen was lost.
    assert ui.fromEdit.date() == QDate(2030, 5, 1) and ui.toEdit.date() == QDate(2030, 4, 1)
    ui.toEdit.setDate(QDate(2030, 12, 31))
    reload(qtbot, dialog)
    assert not ui.periodError.isVisibleTo(dialog)


def test_export_by_the_file_name(
    qtbot: QtBot,
    admin_context: AppContext,
    page: QWidget,
    world: World,
    tmp_path: Path,
    monkeypatch: Any,
) -> None:
    dialog = open_loaded(qtbot, admin_context, page)
    for name, kind in (("demand.xlsx", "xlsx"), ("permintaan", "csv")):
        target = tmp_path / name

        def answer(*_args: object, _target: Path = target, _kind: str = kind) -> tuple[str, str]:
            return str(_target), f"… (*.{_kind})" if _kind == "xlsx" else "CSV files (*.csv)"

        monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
        dialog.exported = None
        dialog.export_button.click()
        qtbot.waitUntil(lambda: dialog.exported is not None, timeout=30_000)
    assert load_workbook(tmp_path / "demand.xlsx").sheetnames == ["Programmes", "Villages"]
    assert (tmp_path / "permintaan.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert "permintaan.csv" in dialog.ui.statusLabel.text()


def test_clerks_are_refused(qtbot: QtBot, clerk_context: AppContext, page: QWidget) -> None:
    dialog = open_demand(page, clerk_context)
    qtbot.waitUntil(lambda: dialog.ui.formError.isVisibleTo(dialog), timeout=30_000)
    assert "not allowed" in dialog.ui.formError.text()
    assert dialog.model.rowCount() == 0


@pytest.fixture
def demo_context(sqlite_db: Database, runner: TaskRunner) -> AppContext:
    """A demo centre with 120 people, their wishes and its cohorts."""
    build_demo(sqlite_db, 120)
    actor = authenticate(sqlite_db, "admin", "admin-demo")
    return AppContext(db=sqlite_db, actor=actor, runner=runner, config=DeskConfig(), demo=True)


def test_screenshot(qtbot: QtBot, demo_context: AppContext, page: QWidget, tmp_path: Path) -> None:
    """The window over a demo centre (PELITA_SHOTS=/some/folder keeps the picture)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = app.font(), app.styleSheet()
    apply_style(app, False)
    folder = Path(os.environ.get("PELITA_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        dialog = open_loaded(qtbot, demo_context, page)
        qtbot.waitExposed(dialog)
        assert dialog.model.rowCount() == 7
        assert dialog.villages.rowCount() > 0  # the first programme's villages
        assert dialog.grab().save(str(folder / "demand.png"))
    finally:
        app.setFont(font)
        app.setStyleSheet(sheet)
