"""CSV as a choice in the windows, driven with qtbot over real databases: the sponsor impact
report's and the government report's dialogs have a third format, "CSV file" (its own
mnemonic), that offers a .csv name and writes the report as CSV; the register of certificates
and the attendance grid's export offer Excel and CSV in the save dialog and write what the
chosen name's suffix says."""

from __future__ import annotations

import csv
import io
import os
import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QFileDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.config import DeskConfig
from desktop.domain.attendance import Mark, MarkInput
from desktop.gui.app_context import AppContext
from desktop.gui.certificates_page import CertificatesPage
from desktop.gui.government_report_action import open_government_report
from desktop.gui.sponsor_report_action import open_impact_report
from desktop.gui.style import apply_style
from desktop.gui.tasks import TaskRunner
from desktop.services import attendance, certificate_register
from desktop.services.accounts import authenticate
from desktop.services.demo import build_demo
from desktop.store.database import Database
from tests.gui.test_accessibility import _unnamed
from tests.gui.test_attendance_grid import NAMES, Klass, open_grid
from tests.gui.test_attendance_grid import klass as klass
from tests.services import test_government_report as dinas
from tests.services import test_sponsor_impact as impact

pytestmark = pytest.mark.usefixtures("windows_deleted_here")

CHOICES = "Excel workbooks (*.xlsx);;CSV files (*.csv)"


def read_csv(path: Path) -> list[list[str]]:
    """The house CSV: a BOM, ";" between values."""
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))


def mnemonics(top: QWidget) -> list[str]:
    """The letters after "&" in the buttons and labels of `top` ("&&" is a plain "&")."""
    texts = [w.text() for w in top.findChildren(QAbstractButton) + top.findChildren(QLabel)]
    return [m.lower() for text in texts for m in re.findall(r"(?<!&)&([^&\s])", text)]


@pytest.fixture
def owner(qtbot: QtBot) -> QWidget:
    """What opens a dialog, alive for the whole test."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def answer_with(monkeypatch: Any, target: Path, offered: list[tuple[str, str]]) -> None:
    """The save dialog answers `target`; what it was offered (name, kinds) is kept."""

    def answer(_parent: object, _title: str, name: str, kinds: str) -> tuple[str, str]:
        offered.append((Path(name).name, kinds))
        return str(target), kinds

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)


def save_report(qtbot: QtBot, dialog: Any, target: Path, monkeypatch: Any) -> tuple[str, str]:
    offered: list[tuple[str, str]] = []
    answer_with(monkeypatch, target, offered)
    dialog.save_button.click()
    assert offered, "the file dialog was not asked"
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    return offered[0]


# -- the reports' dialogs --------------------------------------------------------------------------


@pytest.fixture
def sponsor_world(admin_context: AppContext) -> impact.World:
    db = admin_context.db
    db.clock = lambda: impact.NOW
    return impact.build_world(db, authenticate(db, "admin", "admin-demo"))


@pytest.fixture
def dinas_world(admin_context: AppContext) -> dinas.World:
    db = admin_context.db
    db.clock = lambda: dinas.NOW
    return dinas.build_world(db, authenticate(db, "admin", "admin-demo"))


def test_the_impact_report_dialog_writes_csv_when_chosen(
    qtbot: QtBot,
    owner: QWidget,
    admin_context: AppContext,
    sponsor_world: impact.World,
    tmp_path: Path,
    monkeypatch: Any,
) -> None:
    dialog = open_impact_report(owner, admin_context, sponsor_world.sponsor_id)
    qtbot.waitUntil(lambda: dialog.ui.sponsorLabel.text() == impact.SPONSOR)
    ui = dialog.ui
    assert ui.csvRadio.text() == "&CSV file" and not ui.csvRadio.isChecked()
    assert len(set(mnemonics(dialog))) == len(mnemonics(dialog)), mnemonics(dialog)
    assert "QRadioButton csvRadio" not in _unnamed(dialog)
    ui.csvRadio.setChecked(True)
    assert not ui.pdfRadio.isChecked() and not ui.xlsxRadio.isChecked()
    ui.languageCombo.setCurrentIndex(ui.languageCombo.findData("en"))
    target = tmp_path / "dampak.csv"
    name, kinds = save_report(qtbot, dialog, target, monkeypatch)
    assert name == "impact-report-pt-benang-emas-nusantara-2026-01-01-2026-12-31.csv"
    assert kinds == "CSV files (*.csv)"
    assert ui.statusLabel.text() == f"Saved the report as {target}."
    assert ui.openButton.isVisible() and not ui.showButton.isVisible()  # Show is for PDFs
    rows = read_csv(target)
    assert rows[1] == ["Sponsor impact report: PT Benang Emas Nusantara (Company (CSR))"]
    assert ["Money given", "19000000"] in rows


def test_the_government_report_dialog_writes_csv_when_chosen(
    qtbot: QtBot,
    owner: QWidget,
    admin_context: AppContext,
    dinas_world: dinas.World,
    tmp_path: Path,
    monkeypatch: Any,
) -> None:
    dialog = open_government_report(owner, admin_context)
    qtbot.waitUntil(lambda: dialog.ui.programmeCombo.findText(dinas.SEWING) >= 0)
    ui = dialog.ui
    assert ui.csvRadio.text() == "&CSV file" and not ui.csvRadio.isChecked()
    assert len(set(mnemonics(dialog))) == len(mnemonics(dialog)), mnemonics(dialog)
    assert "QRadioButton csvRadio" not in _unnamed(dialog)
    ui.csvRadio.setChecked(True)
    ui.languageCombo.setCurrentIndex(ui.languageCombo.findData("en"))
    target = tmp_path / "dinas.csv"
    name, kinds = save_report(qtbot, dialog, target, monkeypatch)
    assert name.endswith(".csv") and kinds == "CSV files (*.csv)"
    assert ui.statusLabel.text().startswith(f"Saved the report as {target}.")
    rows = read_csv(target)
    assert ["Participants trained per programme"] in rows
    assert any(row[1:2] == [dinas.SEWING] for row in rows)


# -- the register and the attendance grid -----------------------------------------------------


@pytest.fixture
def certified_context(sqlite_db: Database, runner: TaskRunner) -> AppContext:
    """An admin's desk on the demo centre with people, its finished cohort certified."""
    build_demo(sqlite_db, 40, certificates=True)
    actor = authenticate(sqlite_db, "admin", "admin-demo")
    return AppContext(db=sqlite_db, actor=actor, runner=runner, config=DeskConfig(), demo=True)


def test_the_register_is_exported_as_csv_when_named_so(
    qtbot: QtBot, certified_context: AppContext, tmp_path: Path, monkeypatch: Any
) -> None:
    ctx = certified_context
    register = certificate_register.search(ctx.db, ctx.actor, limit=None)
    assert len(register) > 3
    page = CertificatesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: ctx.runner.idle)
    offered: list[tuple[str, str]] = []
    # Typed as register.csv with the Excel kind chosen: ask_save_path adds ".xlsx".
    answer_with(monkeypatch, tmp_path / "register.csv", offered)
    page.ui.exportButton.click()
    qtbot.waitUntil(lambda: ctx.runner.idle)
    assert offered == [("certificate-register.xlsx", CHOICES)]
    target = tmp_path / "register.csv"
    assert page.ui.messageLabel.text() == f"Exported {len(register)} certificates to {target}"
    header, *rows = read_csv(target)
    assert header[1] == "Nomor sertifikat"  # the register is kept in Indonesian
    assert [row[1] for row in rows] == [entry.number for entry in register]
    assert not (tmp_path / "register.csv.xlsx").exists()


def test_the_attendance_grid_exports_csv_when_named_so(
    qtbot: QtBot,
    instructor_context: AppContext,
    klass: Klass,
    tmp_path: Path,
    monkeypatch: Any,
) -> None:
    ctx = instructor_context
    attendance.mark(ctx.db, ctx.actor, klass.sessions[0], klass.enrolments[0], MarkInput(Mark.SICK))
    view = open_grid(qtbot, ctx, klass.cohort)
    offered: list[tuple[str, str]] = []
    answer_with(monkeypatch, tmp_path / "hadir.csv", offered)
    view.ui.exportButton.click()
    qtbot.waitUntil(lambda: ctx.runner.idle)
    assert offered == [(f"attendance-{view.model.grid.cohort_code}.xlsx", CHOICES)]
    target = tmp_path / "hadir.csv"
    assert view.ui.messageLabel.text() == f"Exported the attendance to {target}"
    header, *rows = read_csv(target)
    assert len(header) == 2 + len(klass.sessions) + 2
    assert [row[1] for row in rows] == [*NAMES, "Zaenal Arifin"]
    assert rows[0][2] == "S" and rows[-1][2] == "–"  # the joiner: not applicable yet
    # The Excel kind still writes the workbook.
    answer_with(monkeypatch, tmp_path / "hadir", offered)
    view.ui.exportButton.click()
    qtbot.waitUntil(lambda: ctx.runner.idle)
    assert (tmp_path / "hadir.xlsx").read_bytes().startswith(b"PK")


@pytest.mark.parametrize("which", ["sponsor", "government"])
def test_screenshots(
    qtbot: QtBot,
    owner: QWidget,
    admin_context: AppContext,
    tmp_path: Path,
    which: str,
    request: pytest.FixtureRequest,
) -> None:
    """The two report dialogs with CSV chosen, styled as a desk shows them
    (PELITA_SHOTS=/some/folder keeps them)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = app.font(), app.styleSheet()
    apply_style(app, False)
    folder = Path(os.environ.get("PELITA_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        dialog: QDialog
        if which == "sponsor":
            world = request.getfixturevalue("sponsor_world")
            dialog = open_impact_report(owner, admin_context, world.sponsor_id)
        else:
            dialog = open_government_report(owner, admin_context)
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(lambda: admin_context.runner.idle)
        dialog.ui.csvRadio.setChecked(True)  # type: ignore[attr-defined]
        qtbot.wait(20)
        assert dialog.grab().save(str(folder / f"{which}-report-csv.png"))
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)
