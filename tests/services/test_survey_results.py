"""Survey results per cohort, programme and instructor (desktop.services.survey_results) on a
known set of forms, on SQLite and PostgreSQL; the xlsx and CSV exports read back."""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from sqlalchemy import select

from desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from desktop.domain.evaluation import SurveySource
from desktop.domain.survey import ResultsBy
from desktop.services.context import Actor
from desktop.services.survey_responses import record_response
from desktop.services.survey_results import (
    COMMENT_LIMIT,
    export_survey_results,
    survey_choices,
    survey_results,
)
from desktop.services.surveys import adopt_standard_questions
from desktop.store.database import Database
from desktop.store.models import AuditEntry
from tests.services.test_surveys import new_cohort, programme_id

# (first question's score, second's, comment) per form of cohort A; B has two more forms.
FORMS_A = [(5, 4, "Bagus sekali"), (4, 4, ""), (4, None, "Mesin kurang"), (2, 5, "")]
FORMS_B = [(1, 3, "Terlalu cepat"), (5, 3, "")]


@pytest.fixture
def known(demo_db: Database, admin: Actor, instructor: Actor) -> dict[str, int]:
    db = demo_db
    jht = programme_id(db, "JHT")
    survey = adopt_standard_questions(db, admin, jht, "en")
    first, second, text = survey.questions[0].id, survey.questions[1].id, survey.questions[6].id
    a = new_cohort(db, admin, jht, (instructor.user_id,))
    b = new_cohort(db, admin, jht)
    ptm = programme_id(db, "PTM")
    other = adopt_standard_questions(db, admin, ptm, "en")
    c = new_cohort(db, admin, ptm, (instructor.user_id,))
    for cohort, forms in ((a, FORMS_A), (b, FORMS_B)):
        for one, two, comment in forms:
            record_response(
                db, admin, cohort, {first: one, second: two, text: comment}, SurveySource.PAPER
            )
    record_response(db, admin, c, {other.questions[0].id: 3}, SurveySource.KIOSK)
    return {"jht": jht, "a": a, "b": b, "c": c, "instructor": instructor.user_id}


def test_a_cohort(demo_db: Database, admin: Actor, known: dict[str, int]) -> None:
    results = survey_results(demo_db, admin, ResultsBy.COHORT, known["a"])
    assert (results.forms, results.cohorts, results.name) == (4, 1, "JHT-2026-01")
    first, second, *rest = results.scale
    assert len(rest) == 4  # the other scale questions, unanswered
    assert first.counts == (0, 1, 0, 2, 1) and first.responses == 4
    assert first.mean == Decimal("3.8")  # 15 / 4 = 3.75, half up
    assert second.counts == (0, 0, 0, 2, 1) and second.mean == Decimal("4.3")
    assert rest[0].responses == 0 and rest[0].mean is None
    assert {c.text for c in results.comments} == {"Bagus sekali", "Mesin kurang"}
    assert results.comments_total == 2


def test_a_programme_and_an_instructor(
    demo_db: Database, admin: Actor, known: dict[str, int]
) -> None:
    programme = survey_results(demo_db, admin, "programme", known["jht"])
    assert (programme.forms, programme.cohorts) == (6, 2)
    assert programme.scale[0].counts == (1, 1, 0, 2, 2)
    assert programme.scale[0].mean == Decimal("3.5")  # 21 / 6
    assert programme.comments_total == 3
    teacher = survey_results(demo_db, admin, ResultsBy.INSTRUCTOR, known["instructor"])
    assert (teacher.forms, teacher.cohorts) == (5, 2)  # cohort A and the PTM one
    names = {row.programme_name for row in teacher.scale}
    assert names == {"Menjahit Pakaian Dasar", "Pertanian Modern: Hidroponik dan Irigasi Tetes"}
    answered = [row for row in teacher.scale if row.responses]
    assert [row.counts for row in answered] == [(0, 1, 0, 2, 1), (0, 0, 0, 2, 1), (0, 0, 1, 0, 0)]


def test_a_period_takes_the_cohorts_that_ran_in_it(
    demo_db: Database, admin: Actor, known: dict[str, int]
) -> None:
    before = survey_results(demo_db, admin, "programme", known["jht"], None, date(2026, 5, 3))
    assert (before.forms, before.cohorts, before.scale[0].responses) == (0, 0, 0)
    during = survey_results(
        demo_db, admin, "programme", known["jht"], date(2026, 6, 1), date(2026, 6, 30)
    )
    assert during.forms == 6
    with pytest.raises(ValidationError) as refused:
        survey_results(demo_db, admin, "cohort", known["a"], date(2026, 7, 1), date(2026, 6, 1))
    assert refused.value.field == "end"


def test_comments_of_a_programme_are_capped_newest_first(
    demo_db: Database, admin: Actor, known: dict[str, int]
) -> None:
    survey = survey_results(demo_db, admin, "cohort", known["a"])
    assert survey.comments[0].text == "Mesin kurang"  # entered after "Bagus sekali"
    from desktop.services.survey_responses import survey_for_cohort

    questions = survey_for_cohort(demo_db, admin, known["b"]).questions
    for n in range(COMMENT_LIMIT + 5):
        record_response(demo_db, admin, known["b"], {questions[6].id: f"Saran {n}"}, "paper")  # type: ignore[arg-type]
    programme = survey_results(demo_db, admin, "programme", known["jht"])
    assert len(programme.comments) == COMMENT_LIMIT
    assert programme.comments_total == COMMENT_LIMIT + 5 + 3
    assert programme.comments[0].text == f"Saran {COMMENT_LIMIT + 4}"
    cohort = survey_results(demo_db, admin, "cohort", known["b"])
    assert len(cohort.comments) == COMMENT_LIMIT + 5 + 1  # a cohort's: all of them


def test_only_admins_see_results(
    demo_db: Database, clerk: Actor, instructor: Actor, known: dict[str, int]
) -> None:
    for actor in (clerk, instructor):
        with pytest.raises(PermissionDenied):
            survey_results(demo_db, actor, "cohort", known["a"])
        with pytest.raises(PermissionDenied):
            survey_choices(demo_db, actor)


def test_unknown_keys(demo_db: Database, admin: Actor) -> None:
    for by in ResultsBy:
        with pytest.raises(NotFound):
            survey_results(demo_db, admin, by, 99999)


def test_choices(demo_db: Database, admin: Actor, known: dict[str, int]) -> None:
    choices = survey_choices(demo_db, admin)
    assert {c.key for c in choices.cohorts} == {"JHT-2026-01", "JHT-2026-02", "PTM-2026-01"}
    assert [c.key for c in choices.instructors] == ["instruktur"]
    assert len(choices.programmes) == 7


def test_export_xlsx_and_csv(
    demo_db: Database, admin: Actor, known: dict[str, int], tmp_path: Path
) -> None:
    results = survey_results(demo_db, admin, "cohort", known["a"])
    xlsx = export_survey_results(demo_db, admin, results, tmp_path / "r.xlsx", language="en")
    book = load_workbook(xlsx)
    scale, comments = book.worksheets
    rows = [row for row in scale.iter_rows(values_only=True) if row and row[0] is not None]
    header = next(i for i, row in enumerate(rows) if row[0] == "No.")
    assert rows[header][:4] == ("No.", "Question", "Responses", "Mean")
    assert rows[header + 1][:9] == (
        1,
        "The material was easy to understand.",
        4,
        3.8,
        0,
        1,
        0,
        2,
        1,
    )
    texts = {row[1] for row in comments.iter_rows(values_only=True) if row and row[1]}
    assert {"Bagus sekali", "Mesin kurang"} <= texts
    written = export_survey_results(demo_db, admin, results, tmp_path / "r.csv", language="id")
    lines = list(csv.reader(io.StringIO(written.read_bytes().decode("utf-8-sig")), delimiter=";"))
    assert any(
        line[:4] == ["1", "The material was easy to understand.", "4", "3,8"] for line in lines
    )
    with demo_db.sessions() as session:
        audited = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "report.survey")
        ).all()
    assert [(e.entity, e.after["format"]) for e in audited] == [
        ("cohort", "xlsx"),
        ("cohort", "csv"),
    ]
    with pytest.raises(ValidationError):
        export_survey_results(demo_db, admin, results, tmp_path / "r.pdf")
