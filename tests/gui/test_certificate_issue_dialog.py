"""The admin's "Issue certificates" dialog (desktop.gui.certificate_issue_dialog), driven as
an admin would over the demo centre, whose finished cohort JHT-2026-01 has 13 people who meet
the completion rule, one who did not pass a competency unit and one who dropped out: the
button in the cohort view, the table with the reasons, a batch written into a folder and
recorded in the register, an override without a reason, a cancel that uses no number, and the
preview."""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.domain.certificate import file_name
from desktop.gui.app_context import AppContext
from desktop.gui.certificate_issue_dialog import CertificateIssueDialog
from desktop.gui.certificate_issue_model import Column
from desktop.gui.cohort_view import CohortView
from desktop.gui.pdf_viewer import PdfViewer, load_pdf
from desktop.gui.style import apply_style
from desktop.paths import sqlite_url
from desktop.services import certificate_issue, certificate_register, cohorts
from desktop.services.certificate_issue import IssueResult
from desktop.services.demo import build_demo
from desktop.store.certificates import CertificateYear
from desktop.store.database import Database, open_database
from tests.gui.test_accessibility import _labels_without_buddy, _unnamed

pytestmark = pytest.mark.usefixtures("windows_deleted_here")

COHORT = "JHT-2026-01"
CANCELLED = "Cancelled: no certificate was issued and no number was used."


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Path:
    """The demo centre with its cohorts (people enrolled, rolls taken), built once here, as
    it was before anyone issued a certificate (the demo issues the finished cohort's)."""
    path = tmp_path_factory.mktemp("certificates") / "demo.sqlite3"
    shutil.copy(sqlite_template, path)
    database = open_database(sqlite_url(path))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(certificate_issue, "issue", lambda *_args, **_kw: IssueResult(()))
        build_demo(database, participants=30)
    database.close()
    return path


@pytest.fixture
def gui_db(tmp_path: Path, demo_file: Path) -> Iterator[Database]:
    """This module's demo has people and cohorts (the shared gui_db has neither)."""
    path = tmp_path / "pelita.sqlite3"
    shutil.copy(demo_file, path)
    database = open_database(sqlite_url(path))
    yield database
    database.close()


def cohort_id(context: AppContext, code: str = COHORT) -> int:
    return next(c.id for c in cohorts.list_cohorts(context.db, context.actor) if c.code == code)


def settle(qtbot: QtBot, context: AppContext) -> None:
    qtbot.waitUntil(lambda: context.runner.idle)


def open_dialog(qtbot: QtBot, context: AppContext, folder: Path | None = None) -> Any:
    dialog = CertificateIssueDialog(context, cohort_id(context), COHORT)
    dialog.show()
    qtbot.waitExposed(dialog)
    settle(qtbot, context)
    if folder is not None:
        dialog.ui.folderEdit.setText(str(folder))
    return dialog


def column(dialog: CertificateIssueDialog, number: int) -> list[str]:
    model = dialog.model
    return [str(model.index(row, number).data()) for row in range(model.rowCount())]


def dropped_row(dialog: CertificateIssueDialog) -> int:
    rows = [r for r in range(dialog.model.rowCount())
            if dialog.model.candidate_at(r).status.value == "dropped"]  # fmt: skip
    assert len(rows) == 1
    return rows[0]


def check_with_space(qtbot: QtBot, dialog: CertificateIssueDialog, row: int) -> None:
    """As a person does with the keyboard: to the name, then Space on its check box."""
    table = dialog.ui.peopleTable
    table.setCurrentIndex(dialog.model.index(row, Column.NAME))
    qtbot.keyClick(table, Qt.Key.Key_Space)


def click(qtbot: QtBot, button: Any) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def wait_for_batch(qtbot: QtBot, dialog: CertificateIssueDialog) -> None:
    # A generous limit: a loaded test machine renders slowly, and a batch is no timed test.
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    settle(qtbot, dialog.context)


def last_seq(db: Database) -> int:
    with db.sessions() as session:
        return int(session.scalar(select(CertificateYear.last_seq)) or 0)


# --- the way in -------------------------------------------------------------------------------


def open_view(qtbot: QtBot, context: AppContext) -> CohortView:
    view = CohortView(context)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    view.show_cohort(cohort_id(context))
    settle(qtbot, context)
    return view


def test_the_cohort_view_offers_certificates_to_admins_only(
    qtbot: QtBot, admin_context: AppContext, clerk_context: AppContext, tmp_path: Path
) -> None:
    clerks = open_view(qtbot, clerk_context)
    assert not clerks.ui.certificatesButton.isVisible()
    view = open_view(qtbot, admin_context)
    assert view.ui.certificatesButton.isVisible()
    click(qtbot, view.ui.certificatesButton)
    dialog = view.dialog
    assert isinstance(dialog, CertificateIssueDialog)
    assert dialog.isVisible() and dialog.cohort_id == cohort_id(admin_context)
    settle(qtbot, admin_context)
    assert dialog.model.rowCount() == 15
    assert not _unnamed(dialog), _unnamed(dialog)
    assert not _labels_without_buddy(dialog), _labels_without_buddy(dialog)
    # Issued from here, the view reads the cohort again and says what was issued.
    dialog.ui.folderEdit.setText(str(tmp_path / "out"))
    click(qtbot, dialog.ui.issueButton)
    wait_for_batch(qtbot, dialog)
    settle(qtbot, admin_context)
    assert view.ui.messageLabel.text() == dialog.panel.summary_text
    assert view.ui.messageLabel.text().startswith("13 certificates issued, 0001/")
    click(qtbot, dialog.ui.closeButton)
    assert not dialog.isVisible()


def test_the_table_says_who_is_eligible_and_why_not(
    qtbot: QtBot, admin_context: AppContext
) -> None:
    dialog = open_dialog(qtbot, admin_context)
    verdicts = column(dialog, Column.VERDICT)
    assert verdicts.count("Eligible") == 13
    row = dropped_row(dialog)
    assert verdicts[row] == "Left the training (dropped out)."
    assert column(dialog, Column.STATUS)[row] == "Dropped out"
    assert all(text.endswith("%") for text in column(dialog, Column.ATTENDANCE))
    states = [dialog.model.index(r, Column.NAME).data(Qt.ItemDataRole.CheckStateRole)
              for r in range(15)]  # fmt: skip
    assert states.count(Qt.CheckState.Checked) == 13
    assert states[row] == Qt.CheckState.Unchecked
    assert dialog.ui.issueButton.text() == "&Issue 13 certificates"
    # Checking the one who dropped out asks why, in the box under the table.
    check_with_space(qtbot, dialog, row)
    assert dialog.ui.issueButton.text() == "&Issue 14 certificates"
    assert dialog.current_row() == row
    assert dialog.ui.reasonEdit.isEnabled() and dialog.ui.reasonEdit.hasFocus()
    assert column(dialog, Column.OVERRIDE)[row] == "(type it below)"
    qtbot.keyClicks(dialog.ui.reasonEdit, "Sakit, mengejar materi")
    assert column(dialog, Column.OVERRIDE)[row] == "Sakit, mengejar materi"
    assert dialog.model.overrides() == {
        dialog.model.candidate_at(row).enrolment_id: "Sakit, mengejar materi"
    }


# --- issuing ------------------------------------------------------------------------------------


def test_issuing_writes_the_files_records_them_and_says_which_numbers(
    qtbot: QtBot, admin_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "out"
    dialog = open_dialog(qtbot, admin_context, folder)
    names = {dialog.model.candidate_at(r).full_name for r in range(15)}
    progress: list[tuple[int, int]] = []
    click(qtbot, dialog.ui.issueButton)
    assert dialog.running and dialog.ui.progressBar.isVisible()
    dialog.panel.batch.relay.progress.connect(lambda done, total: progress.append((done, total)))
    wait_for_batch(qtbot, dialog)

    register = certificate_register.search(admin_context.db, admin_context.actor)
    assert len(register) == 13
    numbers = sorted(entry.number for entry in register)
    assert numbers[0].startswith("0001/") and numbers[-1].startswith("0013/")
    not_eligible = [r for r in range(15) if not dialog.model.candidate_at(r).eligible]
    assert {entry.full_name for entry in register} == names - {
        dialog.model.candidate_at(r).full_name for r in not_eligible
    }
    written = {path.name for path in folder.iterdir()}
    expected = {file_name(entry.number, entry.full_name) for entry in register}
    assert expected <= written
    assert len(written - expected) == 1  # and the print file of them all
    assert dialog.ui.summaryFrame.isVisible()
    assert dialog.ui.summaryLabel.text() == (
        f"13 certificates issued, {numbers[0]} to {numbers[-1]}."
    )
    assert not dialog.ui.progressBar.isVisible()
    # The table shows the numbers now, and nobody is left to issue to.
    verdicts = column(dialog, Column.VERDICT)
    assert sorted(v.removeprefix("Has certificate ") for v in verdicts
                  if v.startswith("Has certificate ")) == numbers  # fmt: skip
    assert not dialog.ui.issueButton.isEnabled()
    assert not dialog.model.flags(dialog.model.index(0, Column.NAME)) & (
        Qt.ItemFlag.ItemIsUserCheckable
    )
    # What to do with them: the folder, the printer, a look.
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    click(qtbot, dialog.ui.openFolderButton)
    assert opened == [QUrl.fromLocalFile(str(folder))]
    printed: list[bytes] = []
    monkeypatch.setattr(
        "desktop.gui.certificate_batch.print_pdf",
        lambda parent, data, title: printed.append(data) or True,
    )
    click(qtbot, dialog.ui.printButton)
    assert printed and printed[0].startswith(b"%PDF")
    click(qtbot, dialog.ui.showButton)
    viewer = dialog.viewer
    assert isinstance(viewer, PdfViewer) and viewer.isVisible()
    one = load_pdf((folder / sorted(expected)[0]).read_bytes())
    assert viewer.document.pageCount() == 13 * one.pageCount() > 0  # all of them, in one
    viewer.close()
    # The folder is remembered on this desk.
    again = open_dialog(qtbot, admin_context)
    assert again.ui.folderEdit.text() == str(folder)


def test_an_override_without_a_reason_is_refused_beside_the_reason(
    qtbot: QtBot, admin_context: AppContext, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    dialog = open_dialog(qtbot, admin_context, folder)
    row = dropped_row(dialog)
    check_with_space(qtbot, dialog, row)
    dialog.ui.peopleTable.selectRow(0)  # the admin looks elsewhere, then issues
    click(qtbot, dialog.ui.issueButton)
    wait_for_batch(qtbot, dialog)
    error = dialog.ui.reasonError
    assert error.isVisible()
    name = dialog.model.candidate_at(row).full_name
    assert error.text() == (
        f"{name} does not meet the completion rule. Give a reason to issue anyway."
    )
    assert dialog.current_row() == row and dialog.ui.reasonEdit.hasFocus()
    assert certificate_register.search(admin_context.db, admin_context.actor) == []
    assert not folder.exists() or not any(folder.iterdir())
    # Nothing chosen was lost: with a reason, all 14 are issued.
    assert dialog.ui.folderEdit.text() == str(folder)
    assert dialog.ui.issueButton.text() == "&Issue 14 certificates"
    qtbot.keyClicks(dialog.ui.reasonEdit, "Sakit; sudah mengejar materi")
    click(qtbot, dialog.ui.issueButton)
    wait_for_batch(qtbot, dialog)
    assert not error.isVisible()
    register = certificate_register.search(admin_context.db, admin_context.actor)
    assert len(register) == 14
    overridden = [entry for entry in register if entry.override_reason]
    assert [(e.full_name, e.override_reason) for e in overridden] == [
        (name, "Sakit; sudah mengejar materi")
    ]


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[threading.Event, threading.Event]]:
    """The batch stops before rendering until `go` is set; `reached` says it got there."""
    reached, go = threading.Event(), threading.Event()
    render = certificate_issue.render_batch

    def gated(*args: Any, **kwargs: Any) -> Any:
        reached.set()
        go.wait(60)
        return render(*args, **kwargs)

    monkeypatch.setattr(certificate_issue, "render_batch", gated)
    yield reached, go
    go.set()  # never leave the batch's thread waiting, whatever the test did


@pytest.mark.parametrize("how", ["cancel", "close"])
def test_a_cancelled_batch_records_nothing_and_uses_no_number(
    qtbot: QtBot,
    admin_context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    gate: tuple[threading.Event, threading.Event],
    how: str,
) -> None:
    db, folder = admin_context.db, tmp_path / "out"
    dialog = open_dialog(qtbot, admin_context, folder)
    reached, go = gate
    click(qtbot, dialog.ui.issueButton)
    qtbot.waitUntil(reached.is_set)
    stop: Callable[[], object] = (
        (lambda: click(qtbot, dialog.ui.cancelButton)) if how == "cancel" else dialog.close
    )
    stop()
    assert dialog.isVisible()  # closing while it runs cancels instead, and waits for it
    assert dialog.ui.statusLabel.text() == "Cancelling…"
    go.set()
    wait_for_batch(qtbot, dialog)
    assert dialog.ui.statusLabel.text() == CANCELLED
    assert not dialog.ui.summaryFrame.isVisible()
    assert certificate_register.search(db, admin_context.actor) == []
    assert last_seq(db) == 0
    assert not folder.exists() or not any(folder.iterdir())
    assert dialog.ui.issueButton.isEnabled()
    # The next batch starts at the first number.
    monkeypatch.undo()
    click(qtbot, dialog.ui.issueButton)
    wait_for_batch(qtbot, dialog)
    assert dialog.ui.summaryLabel.text().startswith("13 certificates issued, 0001/")
    assert last_seq(db) == 13
    dialog.close()
    assert not dialog.isVisible()


def test_preview_shows_the_selected_persons_certificate(
    qtbot: QtBot, admin_context: AppContext
) -> None:
    dialog = open_dialog(qtbot, admin_context)
    assert not dialog.ui.previewButton.isEnabled()  # nobody selected yet
    dialog.ui.peopleTable.selectRow(2)
    click(qtbot, dialog.ui.previewButton)
    settle(qtbot, admin_context)
    viewer = dialog.viewer
    assert isinstance(viewer, PdfViewer) and viewer.isVisible()
    name = dialog.model.candidate_at(2).full_name
    assert viewer.windowTitle() == f"Preview: {name}"
    pages = viewer.document.pageCount()
    assert pages >= 1 and len(viewer.page_labels) == pages
    assert last_seq(admin_context.db) == 0  # a preview takes no number
    viewer.close()


# --- for a person to look at --------------------------------------------------------------------


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large-text"])
def test_screenshots(qtbot: QtBot, admin_context: AppContext, tmp_path: Path, large: bool) -> None:
    """The dialog with its table, and after a batch (PELITA_SHOTS=/some/folder keeps them)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = app.font(), app.styleSheet()
    apply_style(app, large)
    shots = Path(os.environ.get("PELITA_SHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    suffix = "-large" if large else ""
    try:
        dialog = open_dialog(qtbot, admin_context, tmp_path / "Sertifikat JHT")
        row = dropped_row(dialog)
        check_with_space(qtbot, dialog, row)
        click(qtbot, dialog.ui.issueButton)
        wait_for_batch(qtbot, dialog)  # refused: no reason given
        assert dialog.grab().save(str(shots / f"certificate-issue-dialog{suffix}.png"))
        qtbot.keyClicks(dialog.ui.reasonEdit, "Sakit; sudah mengejar materi")
        click(qtbot, dialog.ui.issueButton)
        wait_for_batch(qtbot, dialog)
        assert dialog.ui.summaryFrame.isVisible()
        assert dialog.grab().save(str(shots / f"certificate-issue-summary{suffix}.png"))
        dialog.ui.peopleTable.selectRow(0)
        click(qtbot, dialog.ui.previewButton)
        settle(qtbot, admin_context)
        assert dialog.viewer is not None
        assert dialog.viewer.grab().save(str(shots / f"certificate-preview{suffix}.png"))
        dialog.viewer.close()
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)
