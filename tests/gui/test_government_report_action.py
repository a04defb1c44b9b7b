"""The government report's dialog (desktop.gui.government_report_action), driven with qtbot over
the demo centre with a year of cohorts in it (tests.services.test_government_report): the
period it starts with, one programme or all, language and format chosen, the report made in
the background, shown and opened; Cancel, a backwards period and a clerk refused, with nothing
chosen lost."""

from __future__ import annotations

import os
import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from pypdf import PdfReader
from PySide6.QtCore import QDate, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from desktop.gui import government_report_action
from desktop.gui.app_context import AppContext
from desktop.gui.government_report_action import (
    GovernmentReportDialog,
    default_period,
    open_government_report,
)
from desktop.gui.style import apply_style
from desktop.services.accounts import authenticate
from tests.services.test_government_report import FARMING, NOW, SEWING, World, build_world

pytestmark = pytest.mark.usefixtures("windows_deleted_here")


@pytest.fixture
def world(admin_context: AppContext) -> World:
    db = admin_context.db
    db.clock = lambda: NOW  # 20 November 2028
    return build_world(db, authenticate(db, "admin", "admin-demo"))


@pytest.fixture
def page(qtbot: QtBot) -> QWidget:
    """What opens the dialog (the main window), alive for the whole test."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def open_dialog(qtbot: QtBot, context: AppContext, page: QWidget) -> GovernmentReportDialog:
    dialog = open_government_report(page, context)
    qtbot.waitUntil(lambda: dialog.ui.programmeCombo.findText(SEWING) >= 0)
    return dialog


def save(qtbot: QtBot, dialog: GovernmentReportDialog, target: Path, monkeypatch: Any) -> str:
    """Save… with `target` typed into the file dialog; waits for the report to be made and
    returns the file name that was offered."""
    asked: list[str] = []

    def answer(_parent: object, _title: str, name: str, kind: str) -> tuple[str, str]:
        asked.append(name)
        return str(target), kind

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    dialog.save_button.click()
    assert asked, "the file dialog was not asked"
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    return Path(asked[0]).name


def test_the_period_it_starts_with() -> None:
    # In the first quarter the annual report is due: last year's.
    assert default_period(date(2029, 2, 10)) == (date(2028, 1, 1), date(2028, 12, 31))
    assert default_period(date(2029, 3, 31)) == (date(2028, 1, 1), date(2028, 12, 31))
    # After it: this year so far.
    assert default_period(date(2028, 11, 20)) == (date(2028, 1, 1), date(2028, 11, 20))


def test_a_pdf_of_every_programme_shown_inside_pelita(
    qtbot: QtBot,
    page: QWidget,
    admin_context: AppContext,
    world: World,
    tmp_path: Path,
    monkeypatch: Any,
) -> None:
    dialog = open_dialog(qtbot, admin_context, page)
    ui = dialog.ui
    assert (ui.fromEdit.date(), ui.toEdit.date()) == (QDate(2028, 1, 1), QDate(2028, 11, 20))
    assert ui.programmeCombo.currentIndex() == 0 and ui.programmeCombo.currentData() is None
    assert ui.pdfRadio.isChecked() and ui.languageCombo.currentData() in ("id", "en")
    assert not ui.showButton.isVisible() and not ui.openButton.isVisible()
    ui.languageCombo.setCurrentIndex(ui.languageCombo.findData("en"))
    target = tmp_path / "dinas.pdf"
    offered = save(qtbot, dialog, target, monkeypatch)
    assert offered == "training-report-2028-01-01-2028-11-20.pdf"
    assert ui.statusLabel.text() == f"Saved the report as {target}."
    assert ui.showButton.isVisible() and ui.openButton.isVisible()
    assert dialog.report is not None and dialog.report.total.participants == 7
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(target).pages).split())
    assert "TRAINING REPORT FOR THE PERIOD 1 January 2028 – 20 November 2028" in text
    assert SEWING in text and "All programmes" in text
    ui.showButton.click()
    viewer = dialog.viewer
    assert viewer is not None and viewer.isVisible()
    assert viewer.document.pageCount() == len(PdfReader(target).pages)
    viewer.reject()
    target.unlink()  # moved away since
    ui.showButton.click()
    assert ui.statusLabel.text().startswith(f"Could not read {target}: ")


def test_one_programme_as_xlsx_opened_with_its_program(
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
    dialog = open_dialog(qtbot, admin_context, page)
    ui = dialog.ui
    ui.xlsxRadio.setChecked(True)
    ui.languageCombo.setCurrentIndex(ui.languageCombo.findData("id"))
    ui.programmeCombo.setCurrentIndex(ui.programmeCombo.findText(FARMING))
    ui.fromEdit.setDate(QDate(2028, 2, 1))
    ui.toEdit.setDate(QDate(2028, 12, 31))
    target = tmp_path / "dinas.xlsx"
    offered = save(qtbot, dialog, target, monkeypatch)
    assert offered == (
        "training-report-pertanian-modern-hidroponik-dan-irigasi-tetes-2028-02-01-2028-12-31.xlsx"
    )
    assert not ui.showButton.isVisible() and ui.openButton.isVisible()
    sheet = load_workbook(target).worksheets[0]
    assert "1 Februari 2028" in sheet["A2"].value
    assert FARMING in sheet["A3"].value
    assert [sheet.cell(row=8, column=n).value for n in (2, 4)] == [FARMING, 3]
    ui.openButton.click()
    assert opened == [QUrl.fromLocalFile(str(target))]


def test_a_backwards_period_is_said_beside_it(
    qtbot: QtBot, page: QWidget, admin_context: AppContext, world: World, monkeypatch: Any
) -> None:
    def never(*_args: object) -> tuple[str, str]:
        raise AssertionError("no file is asked for")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", never)
    dialog = open_dialog(qtbot, admin_context, page)
    ui = dialog.ui
    ui.programmeCombo.setCurrentIndex(ui.programmeCombo.findText(SEWING))
    ui.fromEdit.setDate(QDate(2028, 6, 1))
    ui.toEdit.setDate(QDate(2028, 5, 1))
    dialog.save_button.click()
    assert ui.periodError.isVisible()
    assert ui.periodError.text() == "The end of the period is before its start."
    assert ui.toEdit.date() == QDate(2028, 5, 1) and ui.fromEdit.date() == QDate(2028, 6, 1)
    assert ui.programmeCombo.currentText() == SEWING


def test_a_clerk_is_told_no(
    qtbot: QtBot,
    page: QWidget,
    clerk_context: AppContext,
    world: World,
    tmp_path: Path,
    monkeypatch: Any,
) -> None:
    dialog = open_dialog(qtbot, clerk_context, page)
    target = tmp_path / "dinas.pdf"
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
    real = government_report_action.write_government_report

    def held(*args: Any, **kwargs: Any) -> Any:
        assert go_on.wait(60)
        return real(*args, **kwargs)

    monkeypatch.setattr(government_report_action, "write_government_report", held)
    dialog = open_dialog(qtbot, admin_context, page)
    target = tmp_path / "dinas.pdf"
    dialog.save_to(target)
    assert dialog.running and not dialog.save_button.isEnabled()
    dialog.reject()  # closing while it runs cancels it; the dialog stays for the answer
    assert dialog.isVisible()
    go_on.set()
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    assert dialog.ui.statusLabel.text() == "Cancelled: no file was written."
    assert not list(tmp_path.glob("*dinas.pdf*")) and dialog.save_button.isEnabled()
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
        dialog = open_dialog(qtbot, admin_context, page)
        qtbot.waitExposed(dialog)
        assert dialog.grab().save(str(folder / f"government-report{suffix}.png"))
        dialog.ui.toEdit.setDate(QDate(2027, 1, 1))
        dialog.save_button.click()
        assert dialog.grab().save(str(folder / f"government-report-error{suffix}.png"))
        dialog.ui.toEdit.setDate(QDate(2028, 12, 31))
        dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("en"))
        save(qtbot, dialog, tmp_path / "dinas.pdf", monkeypatch)
        qtbot.wait(20)  # the layout makes room for the message on the next turn of the loop
        assert dialog.grab().save(str(folder / f"government-report-saved{suffix}.png"))
        dialog.ui.showButton.click()
        assert dialog.viewer is not None
        qtbot.waitExposed(dialog.viewer)
        assert dialog.viewer.grab().save(str(folder / f"government-report-viewer{suffix}.png"))
        dialog.viewer.reject()
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)
