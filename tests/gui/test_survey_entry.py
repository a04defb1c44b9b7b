"""Typing in paper feedback forms (desktop.gui.survey_entry_dialog) and printing the blank form
(desktop.gui.survey_print), driven with qtbot over a demo centre: digits answer and move on, a
refusal stands beside its question with nothing typed lost."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.domain.cohort import CohortInput, Funding, Slot
from desktop.gui.app_context import AppContext
from desktop.gui.style import apply_style
from desktop.gui.survey_entry_dialog import SurveyEntryDialog, open_survey_entry
from desktop.gui.survey_print import print_survey_form, viewers
from desktop.gui.survey_scale import ScaleAnswer
from desktop.services import cohorts
from desktop.services.surveys import adopt_standard_questions
from desktop.store.database import Database
from desktop.store.evaluation import SurveyAnswer, SurveyResponse
from desktop.store.models import Programme

pytestmark = pytest.mark.usefixtures("windows_deleted_here")


def survey_cohort(context: AppContext) -> int:
    """A JHT cohort whose programme has the standard questions (made as the admin)."""
    from desktop.services.accounts import authenticate

    db = context.db
    boss = authenticate(db, "admin", "admin-demo")
    with db.sessions() as session:
        jht = int(session.scalar(select(Programme.id).where(Programme.code == "JHT")) or 0)
    adopt_standard_questions(db, boss, jht, "en")
    saved = cohorts.create_cohort(
        db,
        boss,
        CohortInput(
            programme_id=jht,
            start_date=date(2026, 5, 4),
            end_date=date(2026, 6, 26),
            slots=(Slot(0, time(8), time(12)),),
            capacity=20,
            funding=Funding.APBD,
            instructor_ids=(),
        ),
    )
    return saved.cohort.id


def settle(qtbot: QtBot, context: AppContext) -> None:
    qtbot.waitUntil(lambda: context.runner.idle)


def stored(db: Database) -> list[tuple[int, int | None, str]]:
    with db.sessions() as session:
        return [
            tuple(row)  # type: ignore[misc]
            for row in session.execute(
                select(SurveyAnswer.response_id, SurveyAnswer.score, SurveyAnswer.text).order_by(
                    SurveyAnswer.response_id, SurveyAnswer.question_id
                )
            )
        ]


def responses(db: Database) -> int:
    with db.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(SurveyResponse)) or 0)


@pytest.fixture
def entry(qtbot: QtBot, clerk_context: AppContext) -> Iterator[SurveyEntryDialog]:
    cohort = survey_cohort(clerk_context)
    parent = QWidget()  # kept alive by this frame while the test runs
    qtbot.addWidget(parent)
    dialog = open_survey_entry(parent, clerk_context, cohort)
    settle(qtbot, clerk_context)
    yield dialog


def scales(dialog: SurveyEntryDialog) -> list[ScaleAnswer]:
    return [w for w in dialog.answers.values() if isinstance(w, ScaleAnswer)]


def text_box(dialog: SurveyEntryDialog) -> QPlainTextEdit:
    (box,) = [w for w in dialog.answers.values() if isinstance(w, QPlainTextEdit)]
    return box


def test_digits_answer_and_move_on_then_save_and_next(
    qtbot: QtBot, entry: SurveyEntryDialog, clerk_context: AppContext
) -> None:
    rows = scales(entry)
    assert len(rows) == 6 and entry.save_button.isEnabled()
    rows[0].setFocus()
    for digit in "54321":
        focused = QApplication.focusWidget()
        assert isinstance(focused, ScaleAnswer)
        qtbot.keyClick(focused, digit)
    assert [row.value for row in rows] == [5, 4, 3, 2, 1, None]
    assert QApplication.focusWidget() is rows[5]
    qtbot.keyClick(rows[5], Qt.Key.Key_0)  # left empty on paper
    text_box(entry).setPlainText("Tambah waktu praktik.")
    qtbot.mouseClick(entry.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, clerk_context)
    assert entry.message.text() == "Form 1 saved"
    assert [row.value for row in rows] == [None] * 6 and text_box(entry).toPlainText() == ""
    assert [(score, text) for _id, score, text in stored(clerk_context.db)] == [
        (5, ""), (4, ""), (3, ""), (2, ""), (1, ""), (None, "Tambah waktu praktik.")
    ]  # fmt: skip
    rows[0].setFocus()
    qtbot.keyClick(rows[0], "3")
    qtbot.keyClick(entry, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, clerk_context)
    assert entry.message.text() == "Form 2 saved" and responses(clerk_context.db) == 2


def test_an_empty_form_is_refused_beside_the_form(
    qtbot: QtBot, entry: SurveyEntryDialog, clerk_context: AppContext
) -> None:
    qtbot.mouseClick(entry.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, clerk_context)
    assert "Nothing was filled in" in entry.form_error.text()
    assert not entry.form_error.isHidden() and responses(clerk_context.db) == 0


def test_a_refused_answer_stands_beside_its_question_and_nothing_is_lost(
    qtbot: QtBot, entry: SurveyEntryDialog, clerk_context: AppContext
) -> None:
    rows = scales(entry)
    rows[0].set_value(4)
    text_box(entry).setPlainText("x" * 2001)
    qtbot.mouseClick(entry.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, clerk_context)
    box_id = next(i for i, w in entry.answers.items() if isinstance(w, QPlainTextEdit))
    assert "keep it to 2000" in entry.errors[box_id].text()
    assert rows[0].value == 4 and len(text_box(entry).toPlainText()) == 2001
    assert responses(clerk_context.db) == 0


def test_print_the_blank_form(qtbot: QtBot, clerk_context: AppContext) -> None:
    cohort = survey_cohort(clerk_context)
    parent = QWidget()
    qtbot.addWidget(parent)
    print_survey_form(parent, clerk_context, cohort)
    settle(qtbot, clerk_context)
    viewer = viewers.pop(id(parent))
    assert viewer.isVisible() and viewer._data.startswith(b"%PDF")
    viewer.close()


def test_shots(qtbot: QtBot, entry: SurveyEntryDialog, tmp_path: Path) -> None:
    """A picture of the form with a few answers (PELITA_SHOTS=/folder keeps it)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    sheet, font = app.styleSheet(), app.font()
    apply_style(app, False)
    try:
        rows = scales(entry)
        for row, score in zip(rows, (5, 4, 4), strict=False):
            row.set_value(score)
        rows[3].setFocus()
        entry.resize(820, 660)
        folder = Path(os.environ.get("PELITA_SHOTS", tmp_path))
        folder.mkdir(parents=True, exist_ok=True)
        assert entry.grab().save(str(folder / "survey_entry.png"))
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)
