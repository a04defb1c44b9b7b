"""A programme's feedback survey: its questions, read and saved whole by an admin
(Permission.MANAGE_PROGRAMMES).

The list is saved in the order given: new questions are added, changed words updated, and a
question left out is deleted when nobody has answered it yet, else retired (`active` false), so
results already given still read. Changing a question with answers from a scale to free text
(or back) is refused: its answers would no longer fit it.

The standard set is offered to a programme without questions. `standard_questions(language)`
gives it in the desk's language (read from the same translation file the window uses), and that
is what is stored when the admin adopts it: the centre's forms then say what it chose.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select

from desktop.documents.language import translator
from desktop.domain.errors import NotFound, ValidationError
from desktop.domain.evaluation import QuestionKind
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.roles import Permission
from desktop.domain.survey import STANDARD_QUESTIONS, SURVEY, QuestionInput, check_questions
from desktop.services.context import Actor, Work, acting
from desktop.store.database import Database
from desktop.store.evaluation import SurveyAnswer, SurveyQuestion
from desktop.store.models import Programme


@dataclass(frozen=True)
class QuestionRow:
    id: int
    number: int  # 1-based, as the form and the kiosk number it
    kind: QuestionKind
    text: str
    answers: int  # how many answers it has (it is retired, not deleted, when left out)


@dataclass(frozen=True)
class ProgrammeSurvey:
    programme_id: int
    programme_code: str
    programme_name: str
    questions: tuple[QuestionRow, ...]  # the active ones, in order


def standard_questions(language: str) -> tuple[QuestionInput, ...]:
    """The standard set in `language` ("id" or "en"), new (no ids), ready to adopt."""
    tr = translator(language)
    return tuple(QuestionInput(None, kind, tr(SURVEY, text)) for kind, text in STANDARD_QUESTIONS)


def survey_questions(db: Database, actor: Actor, programme_id: int) -> ProgrammeSurvey:
    """The programme's active questions (none yet: offer the standard set)."""
    with acting(db, actor, Permission.MANAGE_PROGRAMMES, read_only=True) as work:
        return _survey(work, _programme(work, programme_id))


def save_survey_questions(
    db: Database, actor: Actor, programme_id: int, questions: Sequence[QuestionInput]
) -> ProgrammeSurvey:
    """Save the programme's questions whole, in this order (see the module docstring).
    Audited as "survey.questions"."""
    cleaned = check_questions(questions)
    with acting(db, actor, Permission.MANAGE_PROGRAMMES) as work:
        programme = _programme(work, programme_id, for_change=True)
        current = {
            row.id: row
            for row in work.session.scalars(
                select(SurveyQuestion).where(
                    SurveyQuestion.programme_id == programme_id, SurveyQuestion.active.is_(True)
                )
            )
        }
        answered = answer_counts(work, list(current))
        before = _audited(sorted(current.values(), key=lambda row: row.position))
        kept: set[int] = set()
        for index, question in enumerate(cleaned):
            if question.id is None:
                work.session.add(
                    SurveyQuestion(
                        programme_id=programme_id,
                        position=index + 1,
                        kind=question.kind.value,
                        text=question.text,
                        active=True,
                    )
                )
                continue
            row = current.get(question.id)
            if row is None or question.id in kept:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Question {number} is no longer on this survey (someone changed it at "
                        "another desk). Close the list and open it again.",
                    ),
                    f"question.{index}",
                    number=index + 1,
                )
            if row.kind != question.kind.value and answered.get(row.id, 0):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Question {number} already has {count} answers, so its kind cannot "
                        "change. Add a new question instead.",
                    ),
                    f"question.{index}",
                    number=index + 1,
                    count=answered[row.id],
                )
            row.kind, row.text, row.position = question.kind.value, question.text, index + 1
            kept.add(row.id)
        for question_id, row in current.items():
            if question_id in kept:
                continue
            if answered.get(question_id, 0):
                row.active = False  # retired: its answers still count in the results
            else:
                work.session.execute(delete(SurveyQuestion).where(SurveyQuestion.id == row.id))
        work.session.flush()
        programme.version += 1  # another desk's open list is now out of date
        saved = _survey(work, programme)
        after = [{"id": q.id, "kind": q.kind.value, "text": q.text} for q in saved.questions]
        work.audit(
            "survey.questions",
            "programme",
            programme_id,
            before={"questions": before},
            after={"questions": after},
        )
        return saved


def adopt_standard_questions(
    db: Database, actor: Actor, programme_id: int, language: str
) -> ProgrammeSurvey:
    """Give a programme without questions the standard set in `language`; refused when it has
    questions already (edit those instead)."""
    survey = survey_questions(db, actor, programme_id)
    if survey.questions:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages",
                "{programme} already has {count} survey questions; change those instead.",
            ),
            "questions",
            programme=survey.programme_name,
            count=len(survey.questions),
        )
    return save_survey_questions(db, actor, programme_id, standard_questions(language))


# -- shared with the entry and the results ----------------------------------------------------


def answer_counts(work: Work, question_ids: Sequence[int]) -> dict[int, int]:
    """How many answers each question has (counted in the database)."""
    if not question_ids:
        return {}
    rows = work.session.execute(
        select(SurveyAnswer.question_id, func.count())
        .where(SurveyAnswer.question_id.in_(question_ids))
        .group_by(SurveyAnswer.question_id)
    )
    return {question_id: int(count) for question_id, count in rows}


def active_questions(work: Work, programme_id: int) -> list[SurveyQuestion]:
    return list(
        work.session.scalars(
            select(SurveyQuestion)
            .where(SurveyQuestion.programme_id == programme_id, SurveyQuestion.active.is_(True))
            .order_by(SurveyQuestion.position, SurveyQuestion.id)
        )
    )


def question_rows(work: Work, programme_id: int) -> tuple[QuestionRow, ...]:
    questions = active_questions(work, programme_id)
    counts = answer_counts(work, [question.id for question in questions])
    return tuple(
        QuestionRow(q.id, number, QuestionKind(q.kind), q.text, counts.get(q.id, 0))
        for number, q in enumerate(questions, start=1)
    )


def _survey(work: Work, programme: Programme) -> ProgrammeSurvey:
    return ProgrammeSurvey(
        programme.id, programme.code, programme.name, question_rows(work, programme.id)
    )


def _programme(work: Work, programme_id: int, *, for_change: bool = False) -> Programme:
    query = select(Programme).where(Programme.id == programme_id)
    if for_change:
        query = query.with_for_update()  # two admins saving at once: one after the other
    programme = work.session.scalar(query)
    if programme is None:
        raise NotFound(QT_TRANSLATE_NOOP("programmes", "This programme no longer exists."))
    return programme


def _audited(rows: Sequence[SurveyQuestion]) -> list[dict[str, Any]]:
    return [{"id": row.id, "kind": row.kind, "text": row.text} for row in rows]
