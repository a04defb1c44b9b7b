"""The sponsor's impact report dialog (desktop.gui.sponsor_report_action), driven with qtbot
over the demo centre with a sponsor's year in it (tests.services.test_sponsor_impact): the
period, language and format chosen, the report made in the background, shown and opened;
Cancel, a backwards period and a clerk refused, with nothing chosen lost."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from pypdf import PdfReader
from PySide6.QtCore import QDate, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from desktop.gui import sponsor_report_action
from desktop.gui.app_context import AppContext
from desktop.gui.sponsor_report_action import ImpactReportDialog, open_impact_report
from desktop.gui.style import apply_style
from desktop.services.accounts import authenticate
from tests.services.test_sponsor_impact import NOW, SPONSOR, World, build_world

pytestmark = pytest.mark.usefixtures("windows_deleted_here")


@pytest.fixture
def world(admin_context: AppContext) -> World:
    db = admin_context.db
    db.clock = lambda: NOW  # 23 November 2026: "this year" is 2026
    return build_world(db, authenticate(db, "admin", "admin-demo"))


@pytest.fixture
def page(qtbot: QtBot) -> QWidget:
    """What opens the dialog (the Sponsors page), alive for the whole test."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def open_dialog(
    qtbot: QtBot, context: AppContext, world: World, page: QWidget
) -> ImpactReportDialog:
    dialog = open_impact_report(page, context, world.sponsor_id)
    qtbot.waitUntil(lambda: dialog.ui.sponsorLabel.text() == SPONSOR)
    return dialog


def save(qtbot: QtBot, dialog: ImpactReportDialog, target: Path, monkeypatch: Any) -> None:
    """Save… with `target` typed into the file dialog; waits for the report to be made."""
    asked: list[str] = []

    def answer(_parent: object, _title: str, name: str, kind: str) -> tuple[str, str]:
        asked.append(name)
        return str(target), kind

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    dialog.save_button.click()
    assert asked, "the file dialog was not asked"
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)


def test_a_pdf_of_this_year_shown_inside_pelita(
    qtbot: QtBot,
    page: QWidget,
    admin_context: AppContext,
    world: World,
    tmp_path: Path,
    monkeypatch: Any,
) -> None:
    dialog = open_dialog(qtbot, admin_context, world, page)
    ui = dialog.ui
    assert (ui.fromEdit.date(), ui.toEdit.date()) == (QDate(2026, 1, 1), QDate(2026, 12, 31))
    assert ui.pdfRadio.isChecked() and ui.languageCombo.currentData() in ("id", "en")
    assert not ui.showButton.isVisible() and not ui.openButton.isVisible()
    ui.languageCombo.setCurrentIndex(ui.languageCombo.findData("en"))
    target = tmp_path / "report.pdf"
    save(qtbot, dialog, target, monkeypatch)
    assert ui.statusLabel.text() == f"Saved the report as {target}."
    assert ui.showButton.isVisible() and ui.openButton.isVisible()
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert "SPONSOR IMPACT REPORT" in text and "From 1 January 2026 to 31 December 2026" in text
    ui.showButton.click()
    viewer = dialog.viewer
    assert viewer is not None and viewer.isVisible()
    assert viewer.document.pageCount() == len(PdfReader(target).pages)
    viewer.reject()
    target.unlink()  # moved away since
    ui.showButton.click()
    assert ui.statusLabel.text().startswith(f"Could not read {target}: ")


def test_an_xlsx_in_indonesian_opened_with_its_program(
    qtbot: QtBot,
    page: QWidget,
    admin_context: AppContext,
    world: World,
    tmp_path: Path,
    monkeypatch: Any,
) -> None:
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    dialog = open_dialog(qtbot, admin_context, world, page)
    ui = dialog.ui
    ui.xlsxRadio.setChecked(True)
    ui.languageCombo.setCurrentIndex(ui.languageCombo.findData("id"))
    ui.fromEdit.setDate(QDate(2026, 2, 1))
    target = tmp_path / "dampak.xlsx"
    save(qtbot, dialog, target, monkeypatch)
    assert not ui.showButton.isVisible() and ui.openButton.isVisible()
    book = load_workbook(target)
    assert book.sheetnames[0] == "Ringkasan"
    assert "1 Februari 2026" in book.worksheets[0]["A3"].value
    ui.openButton.click()
    assert opened == [QUrl.fromLocalFile(str(target))]


def test_the_file_name_offered(
    qtbot: QtBot, page: QWidget, admin_context: AppContext, world: World, monkeypatch: Any
) -> None:
    offered: list[tuple[str, str]] = []

    def cancel(_parent: object, _title: str, name: str, kind: str) -> tuple[str, str]:
        offered.append((Path(name).name, kind))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", cancel)
    dialog = open_dialog(qtbot, admin_context, world, page)
    dialog.save_button.click()
    assert offered == [
        (
            "impact-report-pt-benang-emas-nusantara-2026-01-01-2026-12-31.pdf",
            "PDF documents (*.pdf)",
        )
    ]
    assert not dialog.running and dialog.isVisible()


def test_a_backwards_period_is_said_beside_it(
    qtbot: QtBot, page: QWidget, admin_context: AppContext, world: World, monkeypatch: Any
) -> None:
    def never(*_args: object) -> tuple[str, str]:
        raise AssertionError("no file is asked for")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", never)
    dialog = open_dialog(qtbot, admin_context, world, page)
    ui = dialog.ui
    ui.fromEdit.setDate(QDate(2026, 6, 1))
    ui.toEdit.setDate(QDate(2026, 5, 1))
    dialog.save_button.click()
    assert ui.periodError.isVisible()
    assert ui.periodError.text() == "The end of the period is before its start."
    assert ui.toEdit.date() == QDate(2026, 5, 1) and ui.fromEdit.date() == QDate(2026, 6, 1)


def test_a_clerk_is_told_no(
    qtbot: QtBot,
    page: QWidget,
    clerk_context: AppContext,
    world: World,
    tmp_path: Path,
    monkeypatch: Any,
) -> None:
    dialog = open_dialog(qtbot, clerk_context, world, page)
    target = tmp_path / "report.pdf"
    save(qtbot, dialog, target, monkeypatch)
    assert dialog.ui.formError.isVisible()
    assert "not allowed" in dialog.ui.formError.text()
    assert not target.exists() and not dialog.ui.openButton.isVisible()


def test_cancel_leaves_no_file_and_the_dialog_open(
    qtbot: QtBot,
    page: QWidget,
    admin_context: AppContext,
    world: World,
    tmp_path: Path,
    monkeypatch: Any,
) -> None:
    """The report waits (in the test) until Cancel has been pressed, then stops."""
    go_on = threading.Event()
    real = sponsor_report_action.write_impact_report

    def held(*args: Any, **kwargs: Any) -> Any:
        assert go_on.wait(60)
        return real(*args, **kwargs)

    monkeypatch.setattr(sponsor_report_action, "write_impact_report", held)
    dialog = open_dialog(qtbot, admin_context, world, page)
    target = tmp_path / "report.pdf"
    dialog.save_to(target)
    assert dialog.running and not dialog.save_button.isEnabled()
    dialog.reject()  # closing while it runs cancels it; the dialog stays for the answer
    assert dialog.isVisible()
    go_on.set()
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    assert dialog.ui.statusLabel.text() == "Cancelled: no file was written."
    assert not list(tmp_path.glob("*report.pdf*")) and dialog.save_button.isEnabled()
    dialog.reject()
    assert not dialog.isVisible()


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large-text"])
def test_screenshots(
    qtbot: QtBot,
    page: QWidget,
    admin_context: AppContext,
    world: World,
    tmp_path: Path,
    monkeypatch: Any,
    large: bool,
) -> None:
    """The dialog before and after saving, and the report shown, styled as a desk shows them
    (PELITA_SHOTS=/some/folder keeps them)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = app.font(), app.styleSheet()
    apply_style(app, large)
    folder = Path(os.environ.get("PELITA_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    suffix = "-large" if large else ""
    try:
        dialog = open_dialog(qtbot, admin_context, world, page)
        qtbot.waitExposed(dialog)
        assert dialog.grab().save(str(folder / f"sponsor-report{suffix}.png"))
        dialog.ui.toEdit.setDate(QDate(2025, 1, 1))
        dialog.save_button.click()
        assert dialog.grab().save(str(folder / f"sponsor-report-error{suffix}.png"))
        dialog.ui.toEdit.setDate(QDate(2026, 12, 31))
        dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("en"))
        save(qtbot, dialog, tmp_path / "report.pdf", monkeypatch)
        qtbot.wait(20)  # the layout makes room for the message on the next turn of the loop
        assert dialog.grab().save(str(folder / f"sponsor-report-saved{suffix}.png"))
        dialog.ui.showButton.click()
        assert dialog.viewer is not None
        qtbot.waitExposed(dialog.viewer)
        assert dialog.viewer.grab().save(str(folder / f"sponsor-report-viewer{suffix}.png"))
        dialog.viewer.reject()
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)
