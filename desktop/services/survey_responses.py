"""Filled-in feedback forms of a cohort (Permission.RECORD_FEEDBACK): a clerk typing in the
paper forms, or a participant answering on the kiosk screen; and the printable blank form.

A response names no participant and keeps no trace of one: feedback is anonymous so people
say what they think. Its audit entry names the cohort, the source and how many questions were
answered, never the answers' words next to a person (there is none).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from desktop.config import load_config
from desktop.documents.survey_form import SurveyForm, SurveyFormQuestion, render_survey_form
from desktop.domain.errors import NotFound, ValidationError
from desktop.domain.evaluation import QuestionKind, SurveySource
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.roles import Permission
from desktop.domain.survey import Answer, check_answer, nothing_filled_in
from desktop.services import centre
from desktop.services.attendance_common import local_day
from desktop.services.context import Actor, Work, acting
from desktop.services.surveys import QuestionRow, question_rows
from desktop.store.database import Database
from desktop.store.evaluation import SurveyAnswer, SurveyQuestion, SurveyResponse
from desktop.store.models import Programme
from desktop.store.training import Cohort


@dataclass(frozen=True)
class CohortSurvey:
    """What a form of this cohort asks, and how many forms it has so far."""

    cohort_id: int
    cohort_code: str
    start_date: date
    end_date: date
    programme_id: int
    programme_name: str
    questions: tuple[QuestionRow, ...]  # active, in order; `number` is the form's numbering
    responses: int


def survey_for_cohort(db: Database, actor: Actor, cohort_id: int) -> CohortSurvey:
    with acting(db, actor, Permission.RECORD_FEEDBACK, read_only=True) as work:
        return _cohort_survey(work, cohort_id)


def record_response(
    db: Database,
    actor: Actor,
    cohort_id: int,
    answers: Mapping[int, Answer],
    source: SurveySource,
) -> int:
    """Save one filled-in form: `answers` by question id (None or "" for a question left
    empty). Each question must be an active question of the cohort's programme; scores 1-5;
    texts up to 2,000 characters; a form with nothing filled in is refused. Returns the new
    response's id. Audited as "survey.response"."""
    source = SurveySource(source)
    with acting(db, actor, Permission.RECORD_FEEDBACK) as work:
        cohort = _cohort(work, cohort_id)
        questions = {
            row.id: row
            for row in work.session.scalars(
                select(SurveyQuestion).where(SurveyQuestion.id.in_(list(answers)))
            )
        }
        numbers = {row.id: row.number for row in question_rows(work, cohort.programme_id)}
        checked: dict[int, int | str] = {}
        for question_id, value in answers.items():
            question = questions.get(question_id)
            field = f"answer.{question_id}"
            if question is None or question.programme_id != cohort.programme_id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "This form has a question that is not on the survey of this "
                        "cohort's programme. Close the form and open it again.",
                    ),
                    field,
                )
            if not question.active:
                if value in (None, "") or (isinstance(value, str) and not value.strip()):
                    continue  # an empty answer to a retired question harms nobody
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "The question “{question}” is no longer asked on this survey. Close "
                        "the form and open it again.",
                    ),
                    field,
                    question=question.text,
                )
            number = numbers.get(question_id, 0)
            kind = QuestionKind(question.kind)
            answer = check_answer(number, question.text, kind, field, value)
            if answer is not None:
                checked[question_id] = answer
        if not checked:
            raise nothing_filled_in()
        response = SurveyResponse(
            cohort_id=cohort_id,
            source=source.value,
            entered_at=work.now,
            entered_by=actor.username,
        )
        work.session.add(response)
        work.session.flush()
        work.session.add_all(
            SurveyAnswer(
                response_id=response.id,
                question_id=question_id,
                score=answer if isinstance(answer, int) else None,
                text=answer if isinstance(answer, str) else "",
            )
            for question_id, answer in checked.items()
        )
        work.audit(
            "survey.response",
            "cohort",
            cohort_id,
            after={"response": response.id, "source": source.value, "answered": len(checked)},
        )
        return response.id


def survey_form_pdf(
    db: Database, actor: Actor, cohort_id: int, *, language: str | None = None
) -> bytes:
    """The blank printable form of the cohort's survey as PDF bytes, in `language` (default:
    the desk's)."""
    with acting(db, actor, Permission.RECORD_FEEDBACK, read_only=True) as work:
        survey = _cohort_survey(work, cohort_id)
        printed_on = local_day(work.now)
    profile = centre.get_profile(db)
    if profile is None:
        raise NotFound(QT_TRANSLATE_NOOP("messages", "This database has no centre yet."))
    form = SurveyForm(
        programme_name=survey.programme_name,
        cohort_code=survey.cohort_code,
        start_date=survey.start_date,
        end_date=survey.end_date,
        questions=tuple(SurveyFormQuestion(q.number, q.kind, q.text) for q in survey.questions),
        printed_on=printed_on,
    )
    return render_survey_form(profile, form, language=language or load_config().language)


def _cohort(work: Work, cohort_id: int) -> Cohort:
    cohort = work.session.get(Cohort, cohort_id)
    if cohort is None:
        raise NotFound(QT_TRANSLATE_NOOP("messages", "This cohort no longer exists."))
    return cohort


def _cohort_survey(work: Work, cohort_id: int) -> CohortSurvey:
    cohort = _cohort(work, cohort_id)
    programme = work.session.get(Programme, cohort.programme_id)
    assert programme is not None
    responses = work.session.scalar(
        select(func.count())
        .select_from(SurveyResponse)
        .where(SurveyResponse.cohort_id == cohort_id)
    )
    return CohortSurvey(
        cohort_id=cohort.id,
        cohort_code=cohort.code,
        start_date=cohort.start_date,
        end_date=cohort.end_date,
        programme_id=programme.id,
        programme_name=programme.name,
        questions=question_rows(work, programme.id),
        responses=int(responses or 0),
    )
