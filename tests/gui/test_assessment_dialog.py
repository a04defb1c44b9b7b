"""A cohort's scores and competency units (desktop.gui.assessment_dialog), driven with the
keyboard and the mouse as an instructor or a clerk would: scores typed straight into the table
with Enter moving down, units moved on with Space and a click, "All passed" for a column, a
score typed wrong marked with its message under the table and Save refused with nothing lost,
the averages and the programme's minimum, Close asking before losing changes, an instructor of
another cohort refused; screenshots (PELITA_SHOTS=/some/folder keeps them)."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from desktop.domain.programme import UnitInput
from desktop.domain.programme_rules import CompletionRule
from desktop.gui.app_context import AppContext
from desktop.gui.assessment_dialog import AssessmentDialog, open_assessments
from desktop.gui.assessment_model import FIRST_UNIT, NAME, POST, PRE
from desktop.gui.style import apply_style
from desktop.services import assessments, programme_admin
from tests.gui.test_accessibility import _labels_without_buddy, _unnamed
from tests.gui.test_cohorts_page import Made, make_cohorts, programme_id

pytestmark = pytest.mark.usefixtures("windows_deleted_here")

UNITS = (
    UnitInput("C.20KRA01.001.1", "Menyiapkan bahan bambu dan pandan", 20),
    UnitInput("C.20KRA01.002.1", "Menganyam pola dasar", 20),
    UnitInput("C.20KRA01.003.1", "Menyelesaikan produk anyaman", 20),
)
# make_cohorts seats three people in the weaving cohort; the sheet is in name order.
BUDI, RINA, SITI = 0, 1, 2


def give_units(context: AppContext, minimum: int | None = None) -> None:
    """The weaving programme gets its competency units (and a minimum post-test score)."""
    pid = programme_id(context.db, "ANY")
    detail = programme_admin.get_programme(context.db, context.actor, pid)
    data = replace(
        detail.as_input(), units=UNITS, completion=CompletionRule(min_post_score=minimum)
    )
    programme_admin.update_programme(context.db, context.actor, pid, detail.version, data)


@pytest.fixture(autouse=True)
def never_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    """A dialog closed at the end of a test with changes in it asks first: never a box that
    waits for nobody (the test that looks at the question replaces this)."""
    monkeypatch.setattr("desktop.gui.assessment_dialog.ask", lambda *_args: True)


@pytest.fixture
def made(gui_db: Any, admin_context: AppContext) -> Made:
    made = make_cohorts(gui_db)
    give_units(admin_context, 70)
    return made


def settle(qtbot: QtBot, context: AppContext) -> None:
    qtbot.waitUntil(lambda: context.runner.idle)


def open_dialog(qtbot: QtBot, context: AppContext, cohort_id: int) -> AssessmentDialog:
    dialog = AssessmentDialog(context, cohort_id)
    dialog.resize(1000, 560)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    settle(qtbot, context)
    return dialog


def type_score(qtbot: QtBot, dialog: AssessmentDialog, row: int, column: int, text: str) -> None:
    """As a person does: to the cell, type (the first key opens the editor), then Enter."""
    table = dialog.ui.scoresTable
    table.setFocus()
    table.setCurrentIndex(dialog.model.index(row, column))
    qtbot.keyClick(table, text[0])
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def cell(dialog: AssessmentDialog, row: int, column: int, role: Any = None) -> Any:
    return dialog.model.index(row, column).data(role or Qt.ItemDataRole.DisplayRole)


def save(qtbot: QtBot, dialog: AssessmentDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog.context)


def test_scores_typed_and_units_marked_are_saved(
    qtbot: QtBot, admin_context: AppContext, made: Made
) -> None:
    dialog = open_dialog(qtbot, admin_context, made.weaving)
    model, table = dialog.model, dialog.ui.scoresTable
    assert [cell(dialog, r, NAME) for r in range(3)] == [
        "Budi Santoso",
        "Rina Marlina",
        "Siti Aminah",
    ]
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "Name",
        "Pre-test",
        "Post-test",
        *(unit.code for unit in UNITS),
    ]
    tip = model.headerData(FIRST_UNIT + 1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip == "Menganyam pola dasar"
    assert dialog.windowTitle() == "Scores and units — ANY-2027-01"
    assert "at least 70" in dialog.ui.summaryLabel.text()
    # Enter moves down: the pre-test column typed from the top.
    for row, score in enumerate(("40", "55", "35")):
        type_score(qtbot, dialog, row, PRE, score)
        assert table.currentIndex().row() == min(row + 1, 2)
    for row, score in enumerate(("80", "65", "90")):
        type_score(qtbot, dialog, row, POST, score)
    # Rina's 65 is under the programme's 70: said in the cell.
    assert cell(dialog, RINA, POST, Qt.ItemDataRole.ToolTipRole) == (
        "Below the programme's minimum of 70."
    )
    assert dialog.ui.summaryLabel.text().replace(",3", ".3") == (
        "Averages: pre-test 43.3, post-test 78.3, gain +35. "
        "The programme asks a post-test score of at least 70."
    )
    # Units: a click moves one on, Space too; "All passed" fills the rest of a column.
    first = model.index(BUDI, FIRST_UNIT)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(first).center()
    )
    assert cell(dialog, BUDI, FIRST_UNIT) == "Passed"
    table.setCurrentIndex(model.index(RINA, FIRST_UNIT))
    qtbot.keyClick(table, Qt.Key.Key_Space)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert cell(dialog, RINA, FIRST_UNIT) == "Not passed"
    assert cell(dialog, SITI, FIRST_UNIT) == "—"
    assert dialog.ui.allPassedButton.isEnabled()
    assert dialog.ui.allPassedButton.text() == f"&All passed {UNITS[0].code}"
    qtbot.mouseClick(dialog.ui.allPassedButton, Qt.MouseButton.LeftButton)
    assert [cell(dialog, r, FIRST_UNIT) for r in range(3)] == ["Passed", "Not passed", "Passed"]
    table.setCurrentIndex(model.index(SITI, FIRST_UNIT + 2))
    qtbot.keyClick(table, Qt.Key.Key_Space)

    save(qtbot, dialog)
    assert dialog.ui.resultLabel.text() == "Saved the scores and units of 3 people."
    assert not dialog.ui.formError.isVisible()
    sheet = assessments.assessment_sheet(admin_context.db, admin_context.actor, made.weaving)
    assert [(r.full_name, r.pre, r.post) for r in sheet.rows] == [
        ("Budi Santoso", 40, 80),
        ("Rina Marlina", 55, 65),
        ("Siti Aminah", 35, 90),
    ]
    codes = [unit.code for unit in UNITS]
    assert [[r.units[c] for c in codes] for r in sheet.rows] == [
        [True, None, None],
        [False, None, None],
        [True, None, True],
    ]
    assert model.unsaved() == 0
    dialog.close()
    assert not dialog.isVisible()  # saved: no question

    again = open_dialog(qtbot, admin_context, made.weaving)
    assert [cell(again, r, PRE) for r in range(3)] == ["40", "55", "35"]
    assert [cell(again, r, POST) for r in range(3)] == ["80", "65", "90"]
    assert cell(again, SITI, FIRST_UNIT + 2) == "Passed"
    assert not _unnamed(again), _unnamed(again)
    assert not _labels_without_buddy(again), _labels_without_buddy(again)


def test_a_score_typed_wrong_is_marked_and_nothing_is_saved(
    qtbot: QtBot, clerk_context: AppContext, made: Made
) -> None:
    dialog = open_dialog(qtbot, clerk_context, made.weaving)
    type_score(qtbot, dialog, BUDI, PRE, "abc")
    type_score(qtbot, dialog, RINA, POST, "85,5")
    type_score(qtbot, dialog, SITI, POST, "90")
    assert cell(dialog, BUDI, PRE) == "abc"  # as typed
    assert cell(dialog, BUDI, PRE, Qt.ItemDataRole.BackgroundRole) is not None
    problems = dialog.ui.problemLabel
    assert problems.isVisible()
    assert problems.text().splitlines() == [
        "Budi Santoso — Pre-test: “abc” is not a score: type a whole number from 0 to 100.",
        "Rina Marlina — Post-test: A score is a whole number, without decimals: not 85,5.",
    ]
    save(qtbot, dialog)
    assert dialog.ui.formError.isVisible()
    assert dialog.ui.formError.text() == "Nothing was saved: put right the cells in red."
    current = dialog.ui.scoresTable.currentIndex()
    assert (current.row(), current.column()) == (BUDI, PRE)  # taken to the first fault
    sheet = assessments.assessment_sheet(clerk_context.db, clerk_context.actor, made.weaving)
    assert all(r.pre is None and r.post is None for r in sheet.rows)
    assert cell(dialog, SITI, POST) == "90"  # nothing typed is lost
    # Put right, it saves.
    type_score(qtbot, dialog, BUDI, PRE, "45")
    type_score(qtbot, dialog, RINA, POST, "85")
    assert not problems.isVisible()
    save(qtbot, dialog)
    assert not dialog.ui.formError.isVisible()
    assert dialog.ui.resultLabel.text() == "Saved the scores and units of 3 people."
    sheet = assessments.assessment_sheet(clerk_context.db, clerk_context.actor, made.weaving)
    assert [(r.pre, r.post) for r in sheet.rows] == [(45, None), (None, 85), (None, 90)]


def test_close_asks_before_losing_changes(
    qtbot: QtBot, admin_context: AppContext, made: Made, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = _parent(qtbot)  # (kept: the dialog goes with its parent)
    dialog = open_assessments(parent, admin_context, made.weaving)
    qtbot.waitExposed(dialog)
    settle(qtbot, admin_context)
    type_score(qtbot, dialog, BUDI, PRE, "50")
    asked: list[str] = []

    def keep(_parent: Any, _title: str, text: str, *_args: Any) -> bool:
        asked.append(text)
        return False

    monkeypatch.setattr("desktop.gui.assessment_dialog.ask", keep)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert asked == ["The scores or units of 1 person are not saved. Close and lose them?"]
    assert cell(dialog, BUDI, PRE) == "50"
    monkeypatch.setattr("desktop.gui.assessment_dialog.ask", lambda *_args: True)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible())
    sheet = assessments.assessment_sheet(admin_context.db, admin_context.actor, made.weaving)
    assert sheet.rows[BUDI].pre is None


def _parent(qtbot: QtBot) -> Any:
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    return parent


def test_an_instructor_of_another_cohort_is_refused(
    qtbot: QtBot, instructor_context: AppContext, made: Made
) -> None:
    own = open_dialog(qtbot, instructor_context, made.weaving)
    assert own.model.rowCount() == 3 and not own.ui.formError.isVisible()
    dialog = open_dialog(qtbot, instructor_context, made.bookkeeping)
    assert dialog.ui.formError.isVisible()
    assert dialog.ui.formError.text() == (
        "You do not teach this cohort. Ask an administrator to add you."
    )
    assert dialog.model.rowCount() == 0 and not dialog.save_button.isEnabled()


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large-text"])
def test_screenshots(
    qtbot: QtBot, admin_context: AppContext, made: Made, tmp_path: Path, large: bool
) -> None:
    """The sheet half filled in, one score typed wrong (PELITA_SHOTS=/some/folder keeps it)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = app.font(), app.styleSheet()
    apply_style(app, large)
    shots = Path(os.environ.get("PELITA_SHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    try:
        dialog = open_dialog(qtbot, admin_context, made.weaving)
        for row, (pre, post) in enumerate((("40", "80"), ("55", "65"), ("35", "9O"))):
            type_score(qtbot, dialog, row, PRE, pre)
            type_score(qtbot, dialog, row, POST, post)
        dialog.model.all_passed(FIRST_UNIT)
        dialog.model.set_unit(RINA, UNITS[1].code, False)
        dialog.ui.scoresTable.setCurrentIndex(dialog.model.index(SITI, FIRST_UNIT + 1))
        QApplication.processEvents()  # the layout follows the button's new text
        assert dialog.ui.allPassedButton.width() >= dialog.ui.allPassedButton.sizeHint().width()
        suffix = "-large" if large else ""
        assert dialog.grab().save(str(shots / f"assessment-dialog{suffix}.png"))
    finally:
        app.setFont(font)
        app.setStyleSheet(sheet)
