"""What the feedback surveys say, per cohort, per programme or per instructor
(Permission.VIEW_REPORTS), and the same as an xlsx or CSV file.

For each scale question: how many answered it, the mean (one decimal) and how many gave each
score 1-5, counted with GROUP BY in the database; then the free-text answers, newest first (all
of a cohort's; the newest COMMENT_LIMIT of a programme's or an instructor's). An instructor's
results are those of the cohorts they are an instructor of (cohort_instructor). A period takes
the cohorts that ran in it (their first day on or before its end, their last on or after its
start). Responses are anonymous: nothing here names a participant.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import Select, and_, func, or_, select

from desktop.config import load_config
from desktop.domain.errors import NotFound, ValidationError
from desktop.domain.evaluation import SCALE_MAX, SCALE_MIN, QuestionKind
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.roles import Permission
from desktop.domain.survey import SCORES, Comment, ResultsBy, ScaleResult, SurveyResults
from desktop.services import centre
from desktop.services.attendance_common import local_day
from desktop.services.context import Actor, Work, acting
from desktop.services.sponsor_impact import write_whole
from desktop.store.database import Database
from desktop.store.evaluation import SurveyAnswer, SurveyQuestion, SurveyResponse
from desktop.store.models import Programme, User
from desktop.store.training import Cohort, CohortInstructor

COMMENT_LIMIT = 100  # free-text answers shown for a programme or an instructor
FORMATS = (".xlsx", ".csv")
__all__ = [
    "Comment",
    "ResultsBy",
    "ScaleResult",
    "SurveyResults",
    "export_survey_results",
    "survey_choices",
    "survey_results",
]


@dataclass(frozen=True)
class Choice:
    id: int
    key: str  # what the command line names it by: the cohort's or programme's code, a user name
    label: str


@dataclass(frozen=True)
class SurveyChoices:
    """What the results can be asked for: every cohort, programme and instructor."""

    cohorts: tuple[Choice, ...]
    programmes: tuple[Choice, ...]
    instructors: tuple[Choice, ...]


def survey_choices(db: Database, actor: Actor) -> SurveyChoices:
    with acting(db, actor, Permission.VIEW_REPORTS, read_only=True) as work:
        session = work.session
        # Cohorts with forms first (the one an admin opens the window for), newest first.
        answered = select(SurveyResponse.cohort_id).distinct()
        cohorts = session.execute(
            select(Cohort.id, Cohort.code, Programme.name)
            .join(Programme, Programme.id == Cohort.programme_id)
            .order_by(Cohort.id.in_(answered).desc(), Cohort.start_date.desc(), Cohort.id.desc())
        )
        programmes = session.execute(
            select(Programme.id, Programme.code, Programme.name).order_by(
                Programme.name, Programme.id
            )
        )
        teaching = select(CohortInstructor.user_id).distinct()
        instructors = session.execute(
            select(User.id, User.full_name, User.username)
            .where(User.id.in_(teaching))
            .order_by(User.full_name, User.id)
        )
        return SurveyChoices(
            cohorts=tuple(Choice(id_, code, f"{code} · {name}") for id_, code, name in cohorts),
            programmes=tuple(
                Choice(id_, code, f"{name} ({code})") for id_, code, name in programmes
            ),
            instructors=tuple(
                Choice(id_, username, f"{full} ({username})") for id_, full, username in instructors
            ),
        )


def survey_results(
    db: Database,
    actor: Actor,
    by: ResultsBy | str,
    key_id: int,
    start: date | None = None,
    end: date | None = None,
) -> SurveyResults:
    """The results of the cohort, programme or instructor `key_id` (see the module docstring)."""
    by = ResultsBy(by)
    if start is not None and end is not None and end < start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "The end of the period is before its start."), "end"
        )
    with acting(db, actor, Permission.VIEW_REPORTS, read_only=True) as work:
        name = _name(work, by, key_id)
        cohort_ids = _cohorts(by, key_id, start, end)
        responses = select(SurveyResponse.id).where(SurveyResponse.cohort_id.in_(cohort_ids))
        cohorts = work.session.scalar(select(func.count()).select_from(cohort_ids.subquery()))
        forms = work.session.scalar(select(func.count()).select_from(responses.subquery()))
        scale = _scale(work, by, key_id, cohort_ids, responses)
        comments, total = _comments(work, by, responses)
        return SurveyResults(
            by, key_id, name, start, end, int(cohorts or 0), int(forms or 0), scale, comments, total
        )


def export_survey_results(
    db: Database,
    actor: Actor,
    results: SurveyResults,
    path: Path,
    *,
    language: str | None = None,
) -> Path:
    """Write `results` to `path` (.xlsx or .csv by its suffix) in `language` (default: the
    desk's). Audited as "report.survey" with the figures' scope, never the comments."""
    from desktop.documents.survey_results_csv import write_survey_csv
    from desktop.documents.survey_results_xlsx import write_survey_xlsx

    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Save the results as an .xlsx or a .csv file."), "file"
        )
    language = language or load_config().language
    profile = centre.get_profile(db)
    centre_name = profile.name if profile else ""
    with acting(db, actor, Permission.VIEW_REPORTS) as work:
        today = local_day(work.now)
        if suffix == ".csv":
            data = write_survey_csv(results, language=language, centre_name=centre_name)
        else:
            data = write_survey_xlsx(results, language=language, centre_name=centre_name)
        write_whole(path, data)  # inside the unit of work: no file, no audit entry
        work.audit(
            "report.survey",
            results.by.value,
            results.key_id,
            after={
                "format": suffix[1:],
                "start": results.start.isoformat() if results.start else None,
                "end": results.end.isoformat() if results.end else None,
                "forms": results.forms,
                "made_on": today.isoformat(),
            },
        )
    return path


# -- the queries ---------------------------------------------------------------------------------


def _name(work: Work, by: ResultsBy, key_id: int) -> str:
    session = work.session
    if by is ResultsBy.COHORT:
        found = session.scalar(select(Cohort.code).where(Cohort.id == key_id))
        missing = QT_TRANSLATE_NOOP("messages", "This cohort no longer exists.")
    elif by is ResultsBy.PROGRAMME:
        found = session.scalar(select(Programme.name).where(Programme.id == key_id))
        missing = QT_TRANSLATE_NOOP("programmes", "This programme no longer exists.")
    else:
        found = session.scalar(select(User.full_name).where(User.id == key_id))
        missing = QT_TRANSLATE_NOOP("messages", "There is no such user.")
    if found is None:
        raise NotFound(missing, by.value)
    return str(found)


def _cohorts(by: ResultsBy, key_id: int, start: date | None, end: date | None) -> Select[int]:
    """The ids of the cohorts asked for, as a SELECT to use inside the other queries."""
    query = select(Cohort.id)
    if by is ResultsBy.COHORT:
        query = query.where(Cohort.id == key_id)
    elif by is ResultsBy.PROGRAMME:
        query = query.where(Cohort.programme_id == key_id)
    else:
        query = query.join(CohortInstructor, CohortInstructor.cohort_id == Cohort.id).where(
            CohortInstructor.user_id == key_id
        )
    if start is not None:
        query = query.where(Cohort.end_date >= start)
    if end is not None:
        query = query.where(Cohort.start_date <= end)
    return query


def _scale(
    work: Work,
    by: ResultsBy,
    key_id: int,
    cohort_ids: Select[int],
    responses: Select[int],
) -> tuple[ScaleResult, ...]:
    """Every scale question that is asked now or was answered in the selection, with its
    counts per score."""
    counted = work.session.execute(
        select(SurveyAnswer.question_id, SurveyAnswer.score, func.count())
        .where(SurveyAnswer.response_id.in_(responses), SurveyAnswer.score.is_not(None))
        .group_by(SurveyAnswer.question_id, SurveyAnswer.score)
    )
    counts: dict[int, list[int]] = {}
    for question_id, score, count in counted:
        if score is not None and SCALE_MIN <= score <= SCALE_MAX:
            counts.setdefault(question_id, [0] * len(SCORES))[score - SCALE_MIN] = int(count)
    if by is ResultsBy.PROGRAMME:
        programmes = select(Programme.id).where(Programme.id == key_id)
    else:
        programmes = select(Cohort.programme_id).where(Cohort.id.in_(cohort_ids))
    questions = work.session.execute(
        select(SurveyQuestion, Programme.name)
        .join(Programme, Programme.id == SurveyQuestion.programme_id)
        .where(
            SurveyQuestion.kind == QuestionKind.SCALE.value,
            or_(
                and_(SurveyQuestion.active.is_(True), SurveyQuestion.programme_id.in_(programmes)),
                SurveyQuestion.id.in_(list(counts)),
            ),
        )
        .order_by(
            Programme.name,
            Programme.id,
            SurveyQuestion.active.desc(),
            SurveyQuestion.position,
            SurveyQuestion.id,
        )
    ).all()
    results: list[ScaleResult] = []
    numbers: dict[int, int] = {}
    for question, programme_name in questions:
        # Numbered as on the form: the programme's questions of both kinds count.
        number = _form_number(work, question, numbers)
        found = counts.get(question.id, [0] * len(SCORES))
        results.append(
            ScaleResult(
                question.id,
                programme_name,
                number,
                question.text,
                question.active,
                (found[0], found[1], found[2], found[3], found[4]),
            )
        )
    return tuple(results)


def _form_number(work: Work, question: SurveyQuestion, cache: dict[int, int]) -> int:
    """The question's number on the programme's form now (0 for a retired one)."""
    if not question.active:
        return 0
    if question.id not in cache:
        ids = work.session.scalars(
            select(SurveyQuestion.id)
            .where(
                SurveyQuestion.programme_id == question.programme_id,
                SurveyQuestion.active.is_(True),
            )
            .order_by(SurveyQuestion.position, SurveyQuestion.id)
        )
        cache.update({question_id: number for number, question_id in enumerate(ids, start=1)})
    return cache.get(question.id, 0)


def _comments(work: Work, by: ResultsBy, responses: Select[int]) -> tuple[tuple[Comment, ...], int]:
    """The free-text answers, newest first (capped unless for one cohort), and how many there
    are in all."""
    wanted = and_(
        SurveyAnswer.response_id.in_(responses),
        SurveyAnswer.score.is_(None),
        SurveyAnswer.text != "",
    )
    total = work.session.scalar(select(func.count()).select_from(SurveyAnswer).where(wanted))
    query = (
        select(SurveyQuestion.text, SurveyAnswer.text, Cohort.code, SurveyResponse.entered_at)
        .join(SurveyQuestion, SurveyQuestion.id == SurveyAnswer.question_id)
        .join(SurveyResponse, SurveyResponse.id == SurveyAnswer.response_id)
        .join(Cohort, Cohort.id == SurveyResponse.cohort_id)
        .where(wanted)
        .order_by(
            SurveyResponse.entered_at.desc(), SurveyResponse.id.desc(), SurveyQuestion.position
        )
    )
    if by is not ResultsBy.COHORT:
        query = query.limit(COMMENT_LIMIT)
    comments = tuple(
        Comment(question, text, code, local_day(at))
        for question, text, code, at in work.session.execute(query)
    )
    return comments, int(total or 0)
