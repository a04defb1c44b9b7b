"""The feedback survey's questions and forms through their services (desktop.services.surveys,
survey_responses), on SQLite and PostgreSQL: saved whole in order, retired once answered,
anonymous forms with every bad answer refused by name, and nothing changed by a refusal."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

import pytest
from sqlalchemy import func, select

from desktop.domain.cohort import CohortInput, Funding, Slot
from desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from desktop.domain.evaluation import QuestionKind, SurveySource
from desktop.domain.survey import STANDARD_QUESTIONS, QuestionInput
from desktop.services import cohorts
from desktop.services.context import Actor
from desktop.services.survey_responses import record_response, survey_for_cohort
from desktop.services.surveys import (
    adopt_standard_questions,
    save_survey_questions,
    standard_questions,
    survey_questions,
)
from desktop.store.database import Database
from desktop.store.evaluation import SurveyAnswer, SurveyQuestion, SurveyResponse
from desktop.store.models import AuditEntry, Programme

SCALE, TEXT = QuestionKind.SCALE, QuestionKind.TEXT
MONDAY = (Slot(0, time(8), time(12)),)


@dataclass(frozen=True)
class Desk:
    db: Database
    jht: int  # programme ids
    ptm: int
    cohort: int  # a JHT cohort
    other: int  # a PTM cohort
    questions: tuple[int, ...]  # JHT's standard questions, in order
    ptm_question: int


def programme_id(db: Database, code: str) -> int:
    with db.sessions() as session:
        return int(session.scalar(select(Programme.id).where(Programme.code == code)) or 0)


def new_cohort(
    db: Database, admin: Actor, programme: int, instructors: tuple[int, ...] = ()
) -> int:
    saved = cohorts.create_cohort(
        db,
        admin,
        CohortInput(
            programme_id=programme,
            start_date=date(2026, 5, 4),
            end_date=date(2026, 6, 26),
            slots=MONDAY,
            capacity=20,
            funding=Funding.APBD,
            instructor_ids=instructors,
        ),
    )
    return saved.cohort.id


@pytest.fixture
def desk(demo_db: Database, admin: Actor) -> Desk:
    jht, ptm = programme_id(demo_db, "JHT"), programme_id(demo_db, "PTM")
    survey = adopt_standard_questions(demo_db, admin, jht, "en")
    other = adopt_standard_questions(demo_db, admin, ptm, "en")
    return Desk(
        demo_db,
        jht,
        ptm,
        new_cohort(demo_db, admin, jht),
        new_cohort(demo_db, admin, ptm),
        tuple(q.id for q in survey.questions),
        other.questions[0].id,
    )


def counts(db: Database) -> tuple[int, int, int, int]:
    with db.sessions() as session:
        return (
            int(session.scalar(select(func.count()).select_from(SurveyQuestion)) or 0),
            int(session.scalar(select(func.count()).select_from(SurveyResponse)) or 0),
            int(session.scalar(select(func.count()).select_from(SurveyAnswer)) or 0),
            int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0),
        )


def actions(db: Database, action: str) -> list[AuditEntry]:
    with db.sessions() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


# -- questions -----------------------------------------------------------------------------------


def test_a_programme_without_questions_is_offered_the_standard_set(
    demo_db: Database, admin: Actor
) -> None:
    programme = programme_id(demo_db, "KLN")
    assert survey_questions(demo_db, admin, programme).questions == ()
    offered = standard_questions("en")
    assert [(q.kind, q.text) for q in offered] == list(STANDARD_QUESTIONS)
    assert offered[-1] == QuestionInput(None, TEXT, "What should we improve?")
    adopted = adopt_standard_questions(demo_db, admin, programme, "en")
    assert [q.text for q in adopted.questions] == [text for _kind, text in STANDARD_QUESTIONS]
    assert [q.number for q in adopted.questions] == list(range(1, 8))
    with pytest.raises(ValidationError) as refused:
        adopt_standard_questions(demo_db, admin, programme, "en")
    assert "already has 7 survey questions" in refused.value.english()


def test_questions_are_saved_whole_in_the_given_order(desk: Desk, admin: Actor) -> None:
    db, ids = desk.db, desk.questions
    before = survey_questions(db, admin, desk.jht)
    # Answer the first question once: it is retired when left out, the others deleted.
    record_response(db, admin, desk.cohort, {ids[0]: 4}, SurveySource.PAPER)
    saved = save_survey_questions(
        db,
        admin,
        desk.jht,
        [
            QuestionInput(ids[2], SCALE, "  Alat dan bahan   cukup. "),
            QuestionInput(None, SCALE, "Ruang kelas nyaman."),
            QuestionInput(ids[6], TEXT, "Apa yang perlu diperbaiki?"),
            QuestionInput(ids[1], TEXT, "Bagaimana instruktur menerangkan?"),  # no answers
        ],
    )
    assert [(q.number, q.kind, q.text) for q in saved.questions] == [
        (1, SCALE, "Alat dan bahan cukup."),
        (2, SCALE, "Ruang kelas nyaman."),
        (3, TEXT, "Apa yang perlu diperbaiki?"),
        (4, TEXT, "Bagaimana instruktur menerangkan?"),
    ]
    assert saved.questions[0].id == ids[2] and saved.questions[3].id == ids[1]
    with db.sessions() as session:
        first = session.get(SurveyQuestion, ids[0])
        assert first is not None and first.active is False  # answered: retired
        assert session.get(SurveyQuestion, ids[3]) is None  # never answered: deleted
    (entry,) = actions(db, "survey.questions")[-1:]
    assert entry.entity == "programme" and entry.entity_id == str(desk.jht)
    assert len(entry.before["questions"]) == len(before.questions) == 7
    assert [q["text"] for q in entry.after["questions"]][1] == "Ruang kelas nyaman."


def test_changing_the_kind_of_an_answered_question_is_refused(desk: Desk, admin: Actor) -> None:
    db, ids = desk.db, desk.questions
    record_response(db, admin, desk.cohort, {ids[0]: 5}, SurveySource.PAPER)
    current = survey_questions(db, admin, desk.jht).questions
    wanted = [QuestionInput(q.id, q.kind, q.text) for q in current]
    wanted[0] = QuestionInput(ids[0], TEXT, current[0].text)
    before = counts(db)
    with pytest.raises(ValidationError) as refused:
        save_survey_questions(db, admin, desk.jht, wanted)
    assert refused.value.field == "question.0"
    assert "already has 1 answers" in refused.value.english()
    assert counts(db) == before


QUESTION_CASES = {
    "empty list": ([], "questions", "at least one question"),
    "too short": ([QuestionInput(None, SCALE, " ab ")], "question.0", "at least 3 letters"),
    "too long": ([QuestionInput(None, SCALE, "x" * 301)], "question.0", "keep it to 300"),
    "twice": (
        [QuestionInput(None, SCALE, "Materi jelas."), QuestionInput(None, TEXT, "MATERI  jelas.")],
        "question.1",
        "same as question 1",
    ),
    "thirty-one": (
        [QuestionInput(None, SCALE, f"Pertanyaan {n}") for n in range(31)],
        "questions",
        "at most 30 questions",
    ),
}


@pytest.mark.parametrize("case", QUESTION_CASES, ids=list(QUESTION_CASES))
def test_bad_question_lists_are_refused(desk: Desk, admin: Actor, case: str) -> None:
    questions, field, words = QUESTION_CASES[case]
    before = counts(desk.db)
    with pytest.raises(ValidationError) as refused:
        save_survey_questions(desk.db, admin, desk.jht, questions)
    assert refused.value.field == field
    assert words in refused.value.english()
    assert counts(desk.db) == before


def test_a_question_of_another_programme_cannot_be_saved_here(desk: Desk, admin: Actor) -> None:
    before = counts(desk.db)
    with pytest.raises(ValidationError) as refused:
        save_survey_questions(
            desk.db, admin, desk.jht, [QuestionInput(desk.ptm_question, SCALE, "Dicuri.")]
        )
    assert refused.value.field == "question.0"
    assert counts(desk.db) == before


def test_clerks_and_instructors_do_not_edit_questions(
    desk: Desk, clerk: Actor, instructor: Actor
) -> None:
    before = counts(desk.db)
    for actor in (clerk, instructor):
        with pytest.raises(PermissionDenied):
            save_survey_questions(desk.db, actor, desk.jht, [QuestionInput(None, SCALE, "Baru.")])
        with pytest.raises(PermissionDenied):
            survey_questions(desk.db, actor, desk.jht)
    assert counts(desk.db) == before


def test_an_unknown_programme(demo_db: Database, admin: Actor) -> None:
    with pytest.raises(NotFound):
        survey_questions(demo_db, admin, 9999)


# -- forms ---------------------------------------------------------------------------------------


def test_a_clerk_enters_an_anonymous_form(desk: Desk, clerk: Actor) -> None:
    db, ids = desk.db, desk.questions
    survey = survey_for_cohort(db, clerk, desk.cohort)
    assert (survey.programme_name, survey.responses, len(survey.questions)) == (
        "Menjahit Pakaian Dasar",
        0,
        7,
    )
    response = record_response(
        db,
        clerk,
        desk.cohort,
        {ids[0]: 5, ids[1]: "4", ids[2]: None, ids[3]: " ", ids[6]: "  Tambah waktu praktik. "},
        SurveySource.PAPER,
    )
    with db.sessions() as session:
        row = session.get(SurveyResponse, response)
        assert row is not None and (row.cohort_id, row.source) == (desk.cohort, "paper")
        stored = session.execute(
            select(SurveyAnswer.question_id, SurveyAnswer.score, SurveyAnswer.text)
            .where(SurveyAnswer.response_id == response)
            .order_by(SurveyAnswer.question_id)
        ).all()
    assert [tuple(row) for row in stored] == [
        (ids[0], 5, ""),
        (ids[1], 4, ""),
        (ids[6], None, "Tambah waktu praktik."),
    ]
    (entry,) = actions(db, "survey.response")
    assert entry.entity == "cohort" and entry.after == {
        "response": response,
        "source": "paper",
        "answered": 3,
    }
    assert survey_for_cohort(db, clerk, desk.cohort).responses == 1


def _answers(desk: Desk, case: str) -> tuple[dict[int, int | str | None], str, str]:
    ids = desk.questions
    first = "Question 1 (The material was easy to understand.)"
    cases: dict[str, tuple[dict[int, int | str | None], str, str]] = {
        "score 0": ({ids[0]: 0}, f"answer.{ids[0]}", f"{first}: give a score from 1 to 5, not “0”"),
        "score 6": ({ids[0]: 6}, f"answer.{ids[0]}", "not “6”"),
        "typed 7": ({ids[1]: "7"}, f"answer.{ids[1]}", "Question 2 (The instructor explained"),
        "words on a scale": ({ids[2]: "baik"}, f"answer.{ids[2]}", "not “baik”"),
        "true on a scale": ({ids[0]: True}, f"answer.{ids[0]}", "not “True”"),
        "text too long": ({ids[6]: "a" * 2001}, f"answer.{ids[6]}", "keep it to 2000"),
        "empty form": ({ids[0]: None, ids[6]: "   "}, "answers", "Nothing was filled in"),
        "no answers at all": ({}, "answers", "Nothing was filled in"),
        "another programme's question": (
            {ids[0]: 4, desk.ptm_question: 3},
            f"answer.{desk.ptm_question}",
            "not on the survey of this cohort's programme",
        ),
        "unknown question": ({ids[0]: 4, 99999: 3}, "answer.99999", "not on the survey"),
    }
    return cases[case]


ANSWER_CASES = [
    "score 0",
    "score 6",
    "typed 7",
    "words on a scale",
    "true on a scale",
    "text too long",
    "empty form",
    "no answers at all",
    "another programme's question",
    "unknown question",
]


@pytest.mark.parametrize("case", ANSWER_CASES)
def test_bad_forms_are_refused_and_nothing_is_saved(desk: Desk, clerk: Actor, case: str) -> None:
    answers, field, words = _answers(desk, case)
    before = counts(desk.db)
    with pytest.raises(ValidationError) as refused:
        record_response(desk.db, clerk, desk.cohort, answers, SurveySource.PAPER)
    assert refused.value.field == field
    assert words in refused.value.english()
    assert counts(desk.db) == before


def test_an_answer_to_a_retired_question_is_refused(desk: Desk, admin: Actor, clerk: Actor) -> None:
    db, ids = desk.db, desk.questions
    record_response(db, clerk, desk.cohort, {ids[5]: 3}, SurveySource.KIOSK)
    keep = [
        QuestionInput(q, SCALE, text)
        for q, (_k, text) in zip(ids[:5], STANDARD_QUESTIONS[:5], strict=True)
    ]
    save_survey_questions(db, admin, desk.jht, keep)  # the 6th retired, the 7th deleted
    before = counts(db)
    with pytest.raises(ValidationError) as refused:
        record_response(db, clerk, desk.cohort, {ids[0]: 4, ids[5]: 5}, SurveySource.PAPER)
    assert refused.value.field == f"answer.{ids[5]}"
    assert "no longer asked" in refused.value.english()
    assert counts(db) == before
    # The same form with the retired question left empty is fine.
    record_response(db, clerk, desk.cohort, {ids[0]: 4, ids[5]: None}, SurveySource.PAPER)


def test_instructors_do_not_enter_forms(desk: Desk, instructor: Actor) -> None:
    before = counts(desk.db)
    with pytest.raises(PermissionDenied):
        record_response(desk.db, instructor, desk.cohort, {desk.questions[0]: 4}, "paper")  # type: ignore[arg-type]
    with pytest.raises(PermissionDenied):
        survey_for_cohort(desk.db, instructor, desk.cohort)
    assert counts(desk.db) == before


def test_an_unknown_cohort(desk: Desk, clerk: Actor) -> None:
    with pytest.raises(NotFound):
        record_response(desk.db, clerk, 9999, {desk.questions[0]: 4}, SurveySource.PAPER)
