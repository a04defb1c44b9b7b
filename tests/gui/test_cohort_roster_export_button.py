"""The cohort view's "Export roster…": where to save is asked (the save dialog replaced here),
the file is written on the worker as xlsx or CSV, masked for the instructor, and the outcome is
said in the view's message line."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from desktop.gui.app_context import AppContext
from desktop.gui.cohort_view import CohortView
from desktop.gui.style import apply_style
from desktop.services import cohorts, enrolment, registry
from desktop.services.demo import build_demo
from desktop.store.database import Database
from tests.gui.test_cohort_view import open_view
from tests.gui.test_cohorts_page import click

COHORT = "JHT-2026-01"  # the demo's finished cohort: completed and dropped, with attendance


@pytest.fixture
def gui_db(sqlite_db: Database) -> Database:
    """The demo centre with people in its cohorts (the shared one has none)."""
    build_demo(sqlite_db, 60)
    return sqlite_db


def cohort_id(context: AppContext) -> int:
    listed = cohorts.list_cohorts(context.db, context.actor)
    return next(c.id for c in listed if c.code == COHORT)


def choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """The save dialog answers `path`; returns the names it was offered."""
    offered: list[str] = []

    def save_name(_parent: object, _title: str, start: str, filters: str) -> tuple[str, str]:
        offered.append(start)
        return str(path), filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    return offered


def export(qtbot: QtBot, view: CohortView) -> str:
    """Click the button and wait for what the message line says."""
    before = view.ui.messageLabel.text()
    click(qtbot, view.ui.exportButton)
    qtbot.waitUntil(lambda: view.ui.messageLabel.text() != before, timeout=20_000)
    return view.ui.messageLabel.text()


def test_an_instructor_exports_a_masked_workbook(
    qtbot: QtBot, instructor_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered = choose(monkeypatch, tmp_path / "daftar")
    cohort = cohort_id(instructor_context)
    view = open_view(qtbot, instructor_context, cohort)
    assert view.ui.exportButton.isVisibleTo(view) and view.ui.exportButton.isEnabled()
    target = tmp_path / "daftar.xlsx"  # the extension is added when left out
    assert export(qtbot, view) == f"Exported the roster to {target}"
    assert Path(offered[0]).name == f"roster-{COHORT}.xlsx"
    sheet = load_workbook(target).active
    db, actor = instructor_context.db, instructor_context.actor
    lines = enrolment.roster(db, actor, cohort)
    assert [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)] == [
        line.full_name for line in lines
    ]
    nik, phone = sheet["C2"].value, sheet["F2"].value
    assert nik[:4].isdigit() and nik[4:-2] == registry.MASK * 10 and nik[-2:].isdigit()
    assert registry.MASK in phone


def test_a_clerk_chooses_csv(
    qtbot: QtBot, clerk_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "daftar.csv"
    choose(monkeypatch, target)
    view = open_view(qtbot, clerk_context, cohort_id(clerk_context))
    assert export(qtbot, view) == f"Exported the roster to {target}"
    assert target.read_bytes().startswith(b"\xef\xbb\xbfNo;")
    assert not (tmp_path / "daftar.csv.xlsx").exists()


def test_a_folder_that_cannot_be_written_is_said(
    qtbot: QtBot, admin_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "gone" / "daftar.xlsx"
    choose(monkeypatch, target)
    view = open_view(qtbot, admin_context, cohort_id(admin_context))
    said = export(qtbot, view)
    assert said.startswith(f"{target} cannot be written")
    assert not target.parent.exists()


def test_shot(
    qtbot: QtBot, admin_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The view with its roster buttons, styled, for a person to look at
    (PELITA_SHOTS=/some/folder keeps it)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = app.font(), app.styleSheet()
    apply_style(app, False)
    folder = Path(os.environ.get("PELITA_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        choose(monkeypatch, tmp_path / "daftar.xlsx")
        view = open_view(qtbot, admin_context, cohort_id(admin_context))
        view.resize(1366, 720)
        export(qtbot, view)
        assert view.grab().save(str(folder / "cohort_roster_export.png"))
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)
