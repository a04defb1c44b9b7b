"""The admin's survey windows: the questions of a programme (desktop.gui.survey_questions_dialog)
and the results (desktop.gui.survey_results_dialog), driven with qtbot over a demo centre."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid
from sqlalchemy import select

from desktop.domain.evaluation import QuestionKind, SurveySource
from desktop.domain.survey import ResultsBy
from desktop.gui.app_context import AppContext
from desktop.gui.style import apply_style
from desktop.gui.survey_questions_dialog import open_survey_questions
from desktop.gui.survey_results_dialog import COUNTS, open_survey_results
from desktop.services.survey_responses import record_response, survey_for_cohort
from desktop.services.surveys import survey_questions
from desktop.store.models import Programme
from tests.gui.test_survey_entry import settle, survey_cohort

pytestmark = pytest.mark.usefixtures("windows_deleted_here")


@pytest.fixture
def parent(qtbot: QtBot) -> Iterator[QWidget]:
    widget = QWidget()
    qtbot.addWidget(widget)
    yield widget


def programme(context: AppContext, code: str) -> int:
    with context.db.sessions() as session:
        return int(session.scalar(select(Programme.id).where(Programme.code == code)) or 0)


def shots_folder(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("PELITA_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_a_new_programme_is_offered_the_standard_set_and_saves_it(
    qtbot: QtBot, parent: QWidget, admin_context: AppContext, tmp_path: Path
) -> None:
    kln = programme(admin_context, "KLN")
    dialog = open_survey_questions(parent, admin_context, kln)
    settle(qtbot, admin_context)
    assert dialog.table.rowCount() == 7 and "standard ones" in dialog.hint.text()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    sheet, font = app.styleSheet(), app.font()
    apply_style(app, False)
    try:
        assert dialog.grab().save(str(shots_folder(tmp_path) / "survey_questions.png"))
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)
    dialog.add_row(QuestionKind.TEXT, "Apa yang paling berguna?")
    dialog.table.setCurrentCell(7, 1)
    dialog.move_row(-1)
    dialog.save()
    settle(qtbot, admin_context)
    saved = survey_questions(admin_context.db, admin_context.actor, kln).questions
    assert [(q.kind, q.text) for q in saved][6:] == [
        (QuestionKind.TEXT, "Apa yang paling berguna?"),
        (QuestionKind.TEXT, "What should we improve?"),
    ]
    assert len(saved) == 8 and (not isValid(dialog) or not dialog.isVisible())


def test_a_refused_list_selects_the_row_and_keeps_the_words(
    qtbot: QtBot, parent: QWidget, admin_context: AppContext
) -> None:
    dialog = open_survey_questions(parent, admin_context, programme(admin_context, "KLN"))
    settle(qtbot, admin_context)
    item = dialog.table.item(2, 1)
    assert item is not None
    item.setText("ab")
    dialog.save()
    settle(qtbot, admin_context)
    assert "Question 3" in dialog.error.text() and dialog.table.currentRow() == 2
    assert dialog.isVisible() and item.text() == "ab"
    combo = dialog.table.cellWidget(0, 0)
    assert isinstance(combo, QComboBox)


def test_results_show_counts_bars_comments_and_export(
    qtbot: QtBot, parent: QWidget, admin_context: AppContext, tmp_path: Path
) -> None:
    cohort = survey_cohort(admin_context)
    ctx = admin_context
    questions = survey_for_cohort(ctx.db, ctx.actor, cohort).questions
    for score, comment in ((5, "Bagus"), (4, ""), (4, "Mesin kurang")):
        answers: dict[int, int | str | None] = {questions[0].id: score, questions[6].id: comment}
        record_response(ctx.db, ctx.actor, cohort, answers, SurveySource.PAPER)
    dialog = open_survey_results(parent, ctx)
    settle(qtbot, ctx)
    dialog.choose(ResultsBy.COHORT, cohort)
    settle(qtbot, ctx)
    assert dialog.results is not None and dialog.results.forms == 3
    assert dialog.table.rowCount() == 6
    item = dialog.table.item(0, 2)
    mean = dialog.table.item(0, 3)
    bars = dialog.table.item(0, 4)
    assert item is not None and mean is not None and bars is not None
    assert item.text() == "3" and mean.text() in ("4.3", "4,3")
    assert bars.data(COUNTS) == [0, 0, 0, 2, 1]
    assert dialog.comments.count() == 2
    assert dialog.comments.item(0).text().startswith("Mesin kurang")
    dialog.choose(ResultsBy.PROGRAMME, programme(ctx, "JHT"))
    settle(qtbot, ctx)
    assert dialog.results.by is ResultsBy.PROGRAMME and dialog.results.forms == 3
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    sheet, font = app.styleSheet(), app.font()
    apply_style(app, False)
    try:
        assert dialog.grab().save(str(shots_folder(tmp_path) / "survey_results.png"))
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)
    target = tmp_path / "hasil.xlsx"
    dialog.export_to(target)
    settle(qtbot, ctx)
    assert dialog.exported_to == target and target.stat().st_size > 0
    dialog.export_to(tmp_path / "hasil.pdf")
    settle(qtbot, ctx)
    assert ".xlsx or a .csv" in dialog.message.text()
