"""The clerk's "Import from a list…" (desktop.gui.import_dialog), driven as a clerk would over
the demo centre (no people yet) with a small list: three good rows (one NIK stored as a
number), one row with errors and one giving a NIK again."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.domain.import_columns import ImportField
from desktop.gui import import_dialog
from desktop.gui.app_context import AppContext
from desktop.gui.import_dialog import COLUMNS, ROWS, SUMMARY, ImportDialog
from desktop.gui.import_preview_model import Column
from desktop.gui.participants_page import ParticipantsPage
from desktop.gui.style import apply_style
from desktop.services import participant_import
from desktop.services.import_mappings import remembered_mapping
from desktop.services.registry import RegistryQuery, page

pytestmark = pytest.mark.usefixtures("windows_deleted_here")

HEADERS = ["Nama", "NIK", "Tgl Lahir", "Jenis Kelamin", "No HP"]
ROWS_OF_LIST: list[list[Any]] = [
    ["Siti Aminah", "3402015203900001", "12/03/1990", "P", "081234567890"],
    ["Budi Santoso", "3402010101850002", "01/01/1985", "L", "081234567891"],
    ["Dewi Lestari", 3402014507920003, "05/07/1992", "P", "081234567892"],  # NIK as a number
    ["", "12345", "xx", "Q", ""],
    ["Siti Aminah Kedua", "3402015203900001", "12/03/1990", "P", ""],  # row 2's NIK again
]
GOOD_NAMES = {"Siti Aminah", "Budi Santoso", "Dewi Lestari"}


def write_list(folder: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    for row in ROWS_OF_LIST:
        sheet.append(row)
    path = folder / "daftar-desa.xlsx"
    book.save(path)
    return path


@pytest.fixture
def list_file(tmp_path: Path) -> Path:
    return write_list(tmp_path)


def click(qtbot: QtBot, button: Any) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def wait_for_job(qtbot: QtBot, dialog: ImportDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)  # no timed test: generous


def open_dialog(qtbot: QtBot, context: AppContext) -> ImportDialog:
    dialog = ImportDialog(context)
    dialog.resize(1000, 640)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def choose(qtbot: QtBot, dialog: ImportDialog, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_dialog, "ask_open_path", lambda _parent: path)
    click(qtbot, dialog.ui.chooseButton)
    wait_for_job(qtbot, dialog)


def to_rows(qtbot: QtBot, dialog: ImportDialog) -> None:
    assert dialog.step == COLUMNS
    click(qtbot, dialog.ui.nextButton)
    assert dialog.step == ROWS


def cells(dialog: ImportDialog, column: Column) -> list[str]:
    model = dialog.model
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


def people(context: AppContext) -> set[str]:
    return {row.full_name for row in page(context.db, context.actor, RegistryQuery()).rows}


def test_the_preview_shows_each_row_with_its_reasons(
    qtbot: QtBot, clerk_context: AppContext, list_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(qtbot, clerk_context)
    choose(qtbot, dialog, list_file, monkeypatch)
    assert dialog.step == COLUMNS
    fields = [combo.currentText() for combo in dialog.editor.combos]
    assert fields == ["Full name", "NIK", "Date of birth", "Sex", "Phone / WhatsApp"]
    assert not dialog.ui.problemsLabel.isVisible()
    to_rows(qtbot, dialog)
    assert dialog.ui.countsLabel.text() == "3 ok, 0 with warnings, 2 with errors"
    assert cells(dialog, Column.ROW) == ["2", "3", "4", "5", "6"]
    assert cells(dialog, Column.VERDICT) == ["✓ ok"] * 3 + ["✗ error"] * 2
    assert cells(dialog, Column.NIK)[2] == "3402014507920003"  # as the list had it
    reasons = cells(dialog, Column.REASONS)
    assert reasons[:3] == [""] * 3
    assert "Full name: Enter the name." in reasons[3]
    assert "NIK: A NIK has 16 digits; 5 were typed." in reasons[3]
    assert reasons[4] == "NIK: This NIK is also on row 2 (Siti Aminah): one person, one row."
    assert cells(dialog, Column.DUPLICATES)[4] == "Siti Aminah (row 2): Same NIK as an earlier row"
    # The first row with a problem is selected, its reasons in full under the table.
    assert dialog.ui.rowDetail.text().startswith("Row 5:\nNIK: A NIK has 16 digits")
    assert dialog.ui.errorReportButton.isEnabled()
    assert dialog.ui.validOnlyButton.isEnabled()


def test_changing_a_column_checks_the_list_again(
    qtbot: QtBot, clerk_context: AppContext, list_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(qtbot, clerk_context)
    choose(qtbot, dialog, list_file, monkeypatch)
    dialog.editor.set_field(0, None)  # the name column: (ignore)
    wait_for_job(qtbot, dialog)
    assert dialog.preview is not None and 0 not in dialog.preview.mapping
    assert "Which column holds the name?" in dialog.ui.problemsLabel.text()
    assert dialog.ui.problemsLabel.isVisible()
    assert not dialog.ui.nextButton.isEnabled()  # nothing to import until it is solved
    dialog.editor.set_field(0, ImportField.FULL_NAME)
    wait_for_job(qtbot, dialog)
    assert not dialog.ui.problemsLabel.isVisible()
    assert dialog.preview.mapping[0] is ImportField.FULL_NAME
    to_rows(qtbot, dialog)
    assert dialog.ui.countsLabel.text() == "3 ok, 0 with warnings, 2 with errors"


def test_the_valid_rows_are_registered_and_the_page_reloads(
    qtbot: QtBot, clerk_context: AppContext, list_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    list_page = ParticipantsPage(clerk_context)
    qtbot.addWidget(list_page)
    list_page.show()
    qtbot.waitUntil(lambda: clerk_context.runner.idle)
    assert list_page.ui.importButton.isVisible()
    click(qtbot, list_page.ui.importButton)
    dialog = list_page.import_dialog
    assert isinstance(dialog, ImportDialog)
    choose(qtbot, dialog, list_file, monkeypatch)
    to_rows(qtbot, dialog)
    click(qtbot, dialog.ui.validOnlyButton)
    wait_for_job(qtbot, dialog)
    assert dialog.step == SUMMARY
    assert dialog.ui.summaryLabel.text() == "3 participants registered, 2 rows skipped."
    assert people(clerk_context) == GOOD_NAMES
    qtbot.waitUntil(lambda: list_page.model.rowCount() == 3)
    # The mapping is remembered for the next list with these headings.
    remembered = remembered_mapping(clerk_context.db, clerk_context.actor, HEADERS)
    assert remembered is not None and remembered[1] is ImportField.NIK


def test_all_or_nothing_is_refused_while_a_row_has_errors(
    qtbot: QtBot, clerk_context: AppContext, list_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(qtbot, clerk_context)
    choose(qtbot, dialog, list_file, monkeypatch)
    to_rows(qtbot, dialog)
    assert not dialog.ui.allButton.isEnabled()
    assert dialog.ui.allHint.isVisible()
    assert "once no row has an error" in dialog.ui.allHint.text()
    dialog.commit(valid_only=False)  # were it reached anyway, the service refuses
    wait_for_job(qtbot, dialog)
    assert dialog.ui.statusLabel.text() == (
        "2 rows have errors, so nobody was imported: fix them, or import only the valid rows."
    )
    assert dialog.step == ROWS
    assert people(clerk_context) == set()


def test_the_rows_with_errors_are_saved_with_an_error_column(
    qtbot: QtBot,
    clerk_context: AppContext,
    list_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = open_dialog(qtbot, clerk_context)
    choose(qtbot, dialog, list_file, monkeypatch)
    to_rows(qtbot, dialog)
    target = tmp_path / "errors.xlsx"
    monkeypatch.setattr(import_dialog, "ask_save_path", lambda *_args: target)
    click(qtbot, dialog.ui.errorReportButton)
    qtbot.waitUntil(lambda: clerk_context.runner.idle)
    assert dialog.ui.statusLabel.text() == f"Saved 2 rows with errors to {target}"
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert len(rows) == 3
    header = list(rows[0])
    assert header[: len(HEADERS)] == HEADERS
    assert len(header) == len(HEADERS) + 1  # the error column
    assert rows[2][1] == "3402015203900001"
    assert "Siti Aminah" in str(rows[2][-1])


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[threading.Event, threading.Event]]:
    """The commit waits on its thread until the test lets it go."""
    reached, go = threading.Event(), threading.Event()
    real = participant_import.commit_import

    def gated(*args: Any, **kwargs: Any) -> Any:
        reached.set()
        go.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(import_dialog, "commit_import", gated)
    yield reached, go
    go.set()  # never leave the thread waiting, whatever the test did


@pytest.mark.parametrize("how", ["cancel", "close"])
def test_a_cancelled_import_registers_nobody(
    qtbot: QtBot,
    clerk_context: AppContext,
    list_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    gate: tuple[threading.Event, threading.Event],
    how: str,
) -> None:
    dialog = open_dialog(qtbot, clerk_context)
    choose(qtbot, dialog, list_file, monkeypatch)
    to_rows(qtbot, dialog)
    reached, go = gate
    click(qtbot, dialog.ui.validOnlyButton)
    qtbot.waitUntil(reached.is_set)
    assert dialog.ui.cancelButton.isVisible()
    click(qtbot, dialog.ui.cancelButton) if how == "cancel" else dialog.close()
    assert dialog.isVisible()  # closing while it runs cancels instead
    assert dialog.ui.statusLabel.text() == "Cancelling…"
    go.set()
    wait_for_job(qtbot, dialog)
    assert dialog.ui.statusLabel.text() == "Cancelled: nobody was imported."
    assert dialog.step == ROWS
    assert people(clerk_context) == set()
    dialog.close()
    assert not dialog.isVisible()


def test_a_file_that_is_no_list_is_explained_and_the_list_shown_stays(
    qtbot: QtBot,
    clerk_context: AppContext,
    list_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = open_dialog(qtbot, clerk_context)
    choose(qtbot, dialog, list_file, monkeypatch)
    click(qtbot, dialog.ui.backButton)
    broken = tmp_path / "not-a-list.xlsx"
    broken.write_bytes(b"this is no workbook")
    choose(qtbot, dialog, broken, monkeypatch)
    assert dialog.ui.fileError.isVisible()
    assert dialog.ui.fileError.text()
    assert dialog.ui.fileEdit.text() == str(list_file)  # the list read before stays
    assert dialog.preview is not None and len(dialog.preview.rows) == 5


def test_the_template_is_saved_from_the_dialog(
    qtbot: QtBot, clerk_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(qtbot, clerk_context)
    target = tmp_path / "template.xlsx"
    monkeypatch.setattr(import_dialog, "ask_save_path", lambda *_args: target)
    click(qtbot, dialog.ui.templateButton)
    qtbot.waitUntil(lambda: clerk_context.runner.idle)
    assert load_workbook(target).active.max_column >= 5
    assert dialog.ui.statusLabel.text() == f"Saved the template to {target}"


def test_an_instructor_has_no_import_button(qtbot: QtBot, instructor_context: AppContext) -> None:
    list_page = ParticipantsPage(instructor_context)
    qtbot.addWidget(list_page)
    list_page.show()
    qtbot.waitUntil(lambda: instructor_context.runner.idle)
    assert not list_page.ui.importButton.isVisible()
    assert list_page.ui.exportButton.isVisible()
    list_page.import_list()
    assert list_page.import_dialog is None


def test_screenshots(
    qtbot: QtBot,
    clerk_context: AppContext,
    list_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The steps as a desk shows them, styled (PELITA_SHOTS=/some/folder keeps them)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = app.font(), app.styleSheet()
    apply_style(app, False)
    folder = Path(os.environ.get("PELITA_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        dialog = open_dialog(qtbot, clerk_context)
        assert dialog.grab().save(str(folder / "import-choose.png"))
        choose(qtbot, dialog, list_file, monkeypatch)
        qtbot.wait(20)
        assert dialog.grab().save(str(folder / "import-columns.png"))
        to_rows(qtbot, dialog)
        qtbot.wait(20)
        assert dialog.grab().save(str(folder / "import-rows-with-errors.png"))
        click(qtbot, dialog.ui.validOnlyButton)
        wait_for_job(qtbot, dialog)
        qtbot.wait(20)
        assert dialog.grab().save(str(folder / "import-summary.png"))
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)
