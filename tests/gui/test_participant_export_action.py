"""The participants page's "Export…" (desktop.gui.participant_export_action): the page's
current search and filters, written in the background, and what each role may see."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from desktop.domain.choices import Sex
from desktop.gui import participant_export_action
from desktop.gui.app_context import AppContext
from desktop.gui.participants_page import ParticipantsPage
from desktop.services import participant_export
from desktop.services.participant_import import commit_import, preview_import
from tests.gui.test_import_dialog import write_list

pytestmark = pytest.mark.usefixtures("windows_deleted_here")


@pytest.fixture
def registered(clerk_context: AppContext, tmp_path: Path) -> None:
    """The list's three good rows registered: two women and a man."""
    ctx = clerk_context
    preview = preview_import(ctx.db, ctx.actor, write_list(tmp_path))
    commit_import(ctx.db, ctx.actor, preview, valid_only=True)


def open_page(qtbot: QtBot, context: AppContext) -> ParticipantsPage:
    page = ParticipantsPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: context.runner.idle)
    return page


def export(qtbot: QtBot, page: ParticipantsPage, target: Path, monkeypatch: Any) -> None:
    """ "Export…" with `target` typed into the save dialog (the xlsx filter chosen)."""
    kind = "Excel workbooks (*.xlsx)"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(target), kind))
    qtbot.mouseClick(page.ui.exportButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.export_action.running, timeout=60_000)


def sheet_rows(path: Path) -> list[tuple[Any, ...]]:
    return list(load_workbook(path).active.iter_rows(min_row=2, values_only=True))


@pytest.mark.usefixtures("registered")
def test_the_export_lists_what_the_page_filters(
    qtbot: QtBot, clerk_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_page(qtbot, clerk_context)
    combo = page.ui.sexCombo
    combo.setCurrentIndex(combo.findData(Sex.FEMALE.value))
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    target = tmp_path / "women.xlsx"
    export(qtbot, page, target, monkeypatch)
    rows = sheet_rows(target)
    assert sorted(row[1] for row in rows) == ["Dewi Lestari", "Siti Aminah"]
    assert "3402015203900001" in {row[2] for row in rows}  # a clerk sees the NIK
    assert page.ui.statusLabel.text() == f"Exported 2 participants to {target}"


@pytest.mark.usefixtures("registered")
def test_a_csv_is_written_when_chosen(
    qtbot: QtBot, clerk_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_page(qtbot, clerk_context)
    target = tmp_path / "everyone.csv"
    export(qtbot, page, target, monkeypatch)
    assert target.exists() and not (tmp_path / "everyone.csv.xlsx").exists()
    text = target.read_text(encoding="utf-8-sig")
    assert "Budi Santoso" in text and "Siti Aminah" in text
    assert page.ui.statusLabel.text() == f"Exported 3 participants to {target}"


@pytest.mark.usefixtures("registered")
def test_the_instructors_export_masks_the_nik(
    qtbot: QtBot, instructor_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_page(qtbot, instructor_context)
    assert page.ui.exportButton.isVisible()
    target = tmp_path / "list.xlsx"
    export(qtbot, page, target, monkeypatch)
    niks = [str(row[2]) for row in sheet_rows(target)]
    assert len(niks) == 3
    assert "3402015203900001" not in niks
    assert all(nik.startswith("3402") and "•" in nik for nik in niks)


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[threading.Event, threading.Event]]:
    """The export waits on its thread until the test lets it go."""
    reached, go = threading.Event(), threading.Event()
    real = participant_export.export_participants

    def gated(*args: Any, **kwargs: Any) -> Any:
        reached.set()
        go.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(participant_export_action, "export_participants", gated)
    yield reached, go
    go.set()


@pytest.mark.usefixtures("registered")
def test_a_cancelled_export_leaves_no_file(
    qtbot: QtBot,
    clerk_context: AppContext,
    tmp_path: Path,
    gate: tuple[threading.Event, threading.Event],
) -> None:
    page = open_page(qtbot, clerk_context)
    reached, go = gate
    target = tmp_path / "list.xlsx"
    page.export_action.export_to(target)
    qtbot.waitUntil(reached.is_set)
    window = page.export_action.progress_dialog
    assert window is not None
    cancel = window.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    cancel.click()
    assert page.ui.statusLabel.text() == "Cancelling…"
    go.set()
    qtbot.waitUntil(lambda: not page.export_action.running, timeout=60_000)
    assert page.ui.statusLabel.text() == "Cancelled: no file was written."
    assert not target.exists()
    assert page.export_action.progress_dialog is None
