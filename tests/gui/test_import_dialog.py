"""The clerk's "Import from a list…" (desktop.gui.import_dialog), driven as a clerk would over
the demo centre (no people yet) with a small list: three good rows (one NIK stored as a
number), one row with errors and one giving a NIK again. Then the same three good people
into a cohort (import_cohort_result), one of them registered before the list came."""

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

from desktop.domain.enrolment import EnrolmentStatus
from desktop.domain.import_columns import ImportField
from desktop.domain.programme_rules import EligibilityRules
from desktop.gui import import_dialog
from desktop.gui.app_context import AppContext
from desktop.gui.import_dialog import CHOOSE, COLUMNS, ROWS, SUMMARY, ImportDialog
from desktop.gui.import_preview_model import Column
from desktop.gui.participants_page import ParticipantsPage
from desktop.gui.style import apply_style
from desktop.services import enrolment, participant_import
from desktop.services.cohort_rows import CohortDetail
from desktop.services.import_mappings import remembered_mapping
from desktop.services.registry import RegistryQuery, page
from tests.gui.test_accessibility import _labels_without_buddy, _unnamed
from tests.gui.test_enrol_dialog import add_cohort, add_programme

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


def write_list(
    folder: Path, rows: list[list[Any]] = ROWS_OF_LIST, name: str = "daftar-desa.xlsx"
) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    path = folder / name
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


# --- into a cohort ----------------------------------------------------------------------------


def register_siti(context: AppContext, folder: Path) -> int:
    """Siti Aminah registered before the list comes (by a plain import); her id."""
    path = write_list(folder, ROWS_OF_LIST[:1], "siti.xlsx")
    preview = participant_import.preview_import(context.db, context.actor, path)
    participant_import.commit_import(context.db, context.actor, preview, valid_only=False)
    (siti,) = page(context.db, context.actor, RegistryQuery()).rows
    return siti.id


def cohort_list(context: AppContext, folder: Path) -> Path:
    """Siti registered already, Budi and Dewi new: the list's three good rows."""
    register_siti(context, folder)
    return write_list(folder, ROWS_OF_LIST[:3], "daftar-angkatan.xlsx")


def choose_cohort(qtbot: QtBot, dialog: ImportDialog, cohort: CohortDetail | None) -> None:
    qtbot.waitUntil(lambda: dialog.context.runner.idle)  # the open cohorts listed
    combo = dialog.ui.cohortCombo
    assert combo.isVisible() and combo.isEnabled()
    index = combo.findData(cohort.id if cohort else None)
    assert index >= 0
    combo.setCurrentIndex(index)
    wait_for_job(qtbot, dialog)  # a list chosen already is checked again


def roster(context: AppContext, cohort: CohortDetail) -> dict[str, EnrolmentStatus]:
    lines = enrolment.roster(context.db, context.actor, cohort.id)
    return {line.full_name: line.status for line in lines}


def refused_rows(dialog: ImportDialog) -> list[list[str]]:
    model = dialog.ui.refusedTable.model()
    return [
        [str(model.index(row, column).data()) for column in range(3)]
        for row in range(model.rowCount())
    ]


def test_a_list_into_a_cohort_registers_the_new_and_enrols_everyone(
    qtbot: QtBot, clerk_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = cohort_list(clerk_context, tmp_path)
    cohort = add_cohort(clerk_context, add_programme(clerk_context), capacity=5)
    dialog = open_dialog(qtbot, clerk_context)
    assert dialog.ui.cohortCombo.currentText() == "(none)"
    assert _unnamed(dialog) == [] and _labels_without_buddy(dialog) == []
    choose_cohort(qtbot, dialog, cohort)
    assert dialog.ui.cohortCombo.currentText().startswith(f"{cohort.code} – ")
    choose(qtbot, dialog, path, monkeypatch)
    to_rows(qtbot, dialog)
    assert dialog.ui.countsLabel.text() == "3 ok, 0 with warnings, 0 with errors"
    assert cells(dialog, Column.VERDICT) == ["✓ ok"] * 3  # the registered one too, with a note
    assert cells(dialog, Column.REASONS) == [
        "NIK: Already registered as Siti Aminah: will be enrolled.",
        "",
        "",
    ]
    assert dialog.ui.allButton.text() == "Import and enrol &all or nothing"
    click(qtbot, dialog.ui.allButton)
    wait_for_job(qtbot, dialog)
    assert dialog.step == SUMMARY
    assert dialog.ui.summaryLabel.text() == (
        f"Cohort {cohort.code}: 2 registered, 3 enrolled, 0 waitlisted, 0 refused."
    )
    assert not dialog.ui.refusedTable.isVisible()
    assert people(clerk_context) == GOOD_NAMES  # Siti is not registered twice
    assert roster(clerk_context, cohort) == dict.fromkeys(GOOD_NAMES, EnrolmentStatus.ACCEPTED)


def test_the_refused_are_listed_with_the_reason_and_a_full_cohort_waitlists(
    qtbot: QtBot, clerk_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    siti = register_siti(clerk_context, tmp_path)
    path = write_list(tmp_path, ROWS_OF_LIST[:3], "daftar-angkatan.xlsx")
    programme = add_programme(clerk_context)
    cohort, other = add_cohort(clerk_context, programme, 1), add_cohort(clerk_context, programme)
    enrolment.enrol(clerk_context.db, clerk_context.actor, siti, other.id)
    dialog = open_dialog(qtbot, clerk_context)
    choose_cohort(qtbot, dialog, cohort)
    choose(qtbot, dialog, path, monkeypatch)
    to_rows(qtbot, dialog)
    click(qtbot, dialog.ui.validOnlyButton)
    wait_for_job(qtbot, dialog)
    assert dialog.ui.summaryLabel.text() == (
        f"Cohort {cohort.code}: 2 registered, 1 enrolled, 1 waitlisted, 1 refused."
    )
    assert dialog.ui.refusedTable.isVisible()
    ((row, name, why),) = refused_rows(dialog)
    assert (row, name) == ("2", "Siti Aminah")
    assert why.startswith(
        f"Siti Aminah is already enrolled in this programme (cohort {other.code})"
    )
    assert roster(clerk_context, cohort) == {
        "Budi Santoso": EnrolmentStatus.ACCEPTED,
        "Dewi Lestari": EnrolmentStatus.WAITLISTED,
    }


def test_a_refusal_by_the_programme_rules_lists_each_rule_not_met(
    qtbot: QtBot, clerk_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_list(tmp_path, ROWS_OF_LIST[1:2], "budi.xlsx")  # Budi, born 1985
    cohort = add_cohort(clerk_context, add_programme(clerk_context, EligibilityRules(max_age=30)))
    dialog = open_dialog(qtbot, clerk_context)
    choose_cohort(qtbot, dialog, cohort)
    choose(qtbot, dialog, path, monkeypatch)
    to_rows(qtbot, dialog)
    click(qtbot, dialog.ui.validOnlyButton)
    wait_for_job(qtbot, dialog)
    assert dialog.ui.summaryLabel.text().endswith(
        ": 1 registered, 0 enrolled, 0 waitlisted, 1 refused."
    )
    ((_row, name, why),) = refused_rows(dialog)
    assert name == "Budi Santoso"
    assert why.startswith("Budi Santoso does not meet the programme's rules (1).")
    assert "Refused: Aged " in why and "the programme is up to 30." in why


def test_choosing_a_cohort_checks_the_list_again(
    qtbot: QtBot, clerk_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = cohort_list(clerk_context, tmp_path)
    cohort = add_cohort(clerk_context, add_programme(clerk_context))
    dialog = open_dialog(qtbot, clerk_context)
    choose(qtbot, dialog, path, monkeypatch)  # no cohort: the registered NIK is an error
    assert dialog.preview is not None and dialog.preview.errors == 1
    assert "already registered to Siti Aminah" in dialog.model.details(0)
    click(qtbot, dialog.ui.backButton)
    choose_cohort(qtbot, dialog, cohort)
    assert dialog.step == CHOOSE
    assert dialog.preview.errors == 0 and dialog.preview.rows[0].existing_id is not None
    choose_cohort(qtbot, dialog, None)  # back to registering only
    assert dialog.preview.errors == 1
    assert dialog.ui.validOnlyButton.text() == "Import the &valid rows"
    click(qtbot, dialog.ui.nextButton)
    to_rows(qtbot, dialog)
    click(qtbot, dialog.ui.validOnlyButton)
    wait_for_job(qtbot, dialog)
    assert dialog.ui.summaryLabel.text() == "2 participants registered, 1 rows skipped."
    assert roster(clerk_context, cohort) == {}


def test_cohort_screenshots(
    qtbot: QtBot, clerk_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cohort choice and a summary with a refused person (PELITA_SHOTS keeps them)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = app.font(), app.styleSheet()
    apply_style(app, False)
    folder = Path(os.environ.get("PELITA_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        siti = register_siti(clerk_context, tmp_path)
        path = write_list(tmp_path, ROWS_OF_LIST[:3], "daftar-angkatan.xlsx")
        programme = add_programme(clerk_context)
        cohort, other = (
            add_cohort(clerk_context, programme, 1),
            add_cohort(clerk_context, programme),
        )
        enrolment.enrol(clerk_context.db, clerk_context.actor, siti, other.id)
        dialog = open_dialog(qtbot, clerk_context)
        choose_cohort(qtbot, dialog, cohort)
        qtbot.wait(20)
        assert dialog.grab().save(str(folder / "import-choose-cohort.png"))
        choose(qtbot, dialog, path, monkeypatch)
        to_rows(qtbot, dialog)
        qtbot.wait(20)
        assert dialog.grab().save(str(folder / "import-cohort-rows.png"))
        click(qtbot, dialog.ui.validOnlyButton)
        wait_for_job(qtbot, dialog)
        qtbot.wait(20)
        assert dialog.grab().save(str(folder / "import-cohort-summary.png"))
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)
