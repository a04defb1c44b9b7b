"""Outcomes compared with intake: of the completers reached at one milestone, what they did
when they registered (employment) against what they do now, and their monthly income now
against the income band they gave at intake.

Everything is counted in the database; only the median income change needs the numbers
themselves, so those two columns (income now, intake band) are read. Figures only: no name
leaves this module. The headline figures of the dashboard are desktop.services.outcome_figures;
this is the cross-table behind them.
"""

from __future__ import annotations

import statistics
from datetime import date
from typing import Any

from sqlalchemy import Select, and_, case, func, select, true

from desktop.documents.outcomes_xlsx import write_outcomes_xlsx
from desktop.domain.choices import IncomeBand
from desktop.domain.enrolment import EnrolmentStatus
from desktop.domain.errors import NotFound, ValidationError
from desktop.domain.evaluation import OUTCOME_MONTHS, WorkKind
from desktop.domain.follow_up import UNKNOWN, NowWork, OutcomesComparison, check_milestone
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.income import INCOME_BAND_MIDPOINT, INCOME_BANDS, band_rank
from desktop.domain.roles import Permission
from desktop.services import centre
from desktop.services.context import Actor, Work, acting
from desktop.store.database import Database
from desktop.store.evaluation import FollowUp
from desktop.store.models import Programme
from desktop.store.participants import Participant
from desktop.store.training import Cohort, Enrolment

# One answer per person (domain.follow_up.NowWork): a formal job, else a business, else
# informal work, else none.
NOW = case(
    (FollowUp.work == WorkKind.FORMAL.value, NowWork.FORMAL.value),
    (FollowUp.business == true(), NowWork.BUSINESS.value),
    (FollowUp.work == WorkKind.INFORMAL.value, NowWork.INFORMAL.value),
    else_=NowWork.NONE.value,
)
INTAKE = func.coalesce(Participant.employment, UNKNOWN)
# The rank of the band an income now falls in, and of the band given at intake.
BAND_NOW = case(
    *(
        (FollowUp.monthly_income < above, band_rank(band))
        for band, above in INCOME_BANDS
        if above is not None
    ),
    else_=len(INCOME_BANDS) - 1,
)
BAND_THEN = case(
    *((Participant.income_band == band.value, band_rank(band)) for band, _ in INCOME_BANDS),
    else_=None,
)


def outcomes_vs_intake(
    db: Database,
    actor: Actor,
    months: int = OUTCOME_MONTHS,
    start: date | None = None,
    end: date | None = None,
    programme_id: int | None = None,
) -> OutcomesComparison:
    """The comparison for the people reached at `months`, of cohorts that ended between
    `start` and `end` (either may be open), of one programme or all."""
    check_milestone(months)
    if start is not None and end is not None and end < start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "The end of the period is before its start."), "end"
        )
    with acting(db, actor, Permission.VIEW_REPORTS, read_only=True) as work:
        programme = _programme_name(work, programme_id)
        return _compare(work, months, start, end, programme_id, programme)


def _compare(
    work: Work,
    months: int,
    start: date | None,
    end: date | None,
    programme_id: int | None,
    programme: str,
) -> OutcomesComparison:
    def reached(*columns: Any) -> Select[Any]:
        query = (
            select(*columns)
            .select_from(FollowUp)
            .join(Enrolment, Enrolment.id == FollowUp.enrolment_id)
            .join(Cohort, Cohort.id == Enrolment.cohort_id)
            .join(Participant, Participant.id == Enrolment.participant_id)
            .where(
                FollowUp.months == months,
                FollowUp.reached == true(),
                Enrolment.status == EnrolmentStatus.COMPLETED.value,
            )
        )
        if start is not None:
            query = query.where(Cohort.end_date >= start)
        if end is not None:
            query = query.where(Cohort.end_date <= end)
        if programme_id is not None:
            query = query.where(Cohort.programme_id == programme_id)
        return query

    session = work.session
    table = {
        (intake, now): count
        for intake, now, count in session.execute(
            reached(INTAKE, NOW, func.count()).group_by(INTAKE, NOW)
        )
    }
    uses, helps = session.execute(
        reached(
            func.count().filter(FollowUp.uses_skill == true()),
            func.count().filter(FollowUp.needs_help == true()),
        )
    ).one()
    known = session.scalar(reached(func.count()).where(FollowUp.monthly_income.is_not(None)))
    compared = and_(FollowUp.monthly_income.is_not(None), BAND_THEN.is_not(None))
    step = BAND_NOW - BAND_THEN  # one expression: PostgreSQL must see the same in GROUP BY
    moves = session.execute(reached(step, func.count()).where(compared).group_by(step)).all()
    changes = [
        income - INCOME_BAND_MIDPOINT[IncomeBand(band)]
        for income, band in session.execute(
            reached(FollowUp.monthly_income, Participant.income_band).where(compared)
        )
    ]
    return OutcomesComparison(
        months=months,
        start=start,
        end=end,
        programme=programme,
        reached=sum(table.values()),
        table=table,
        income_known=known or 0,
        income_compared=len(changes),
        median_change=round(statistics.median(changes)) if changes else None,
        higher_band=sum(n for step, n in moves if step > 0),
        same_band=sum(n for step, n in moves if step == 0),
        lower_band=sum(n for step, n in moves if step < 0),
        uses_skill=uses or 0,
        needs_help=helps or 0,
    )


def _programme_name(work: Work, programme_id: int | None) -> str:
    if programme_id is None:
        return ""
    name = work.session.scalar(select(Programme.name).where(Programme.id == programme_id))
    if name is None:
        raise NotFound(QT_TRANSLATE_NOOP("messages", "This programme no longer exists."))
    return name


def export_outcomes(
    db: Database,
    actor: Actor,
    months: int = OUTCOME_MONTHS,
    start: date | None = None,
    end: date | None = None,
    programme_id: int | None = None,
    *,
    language: str = "id",
) -> bytes:
    """The comparison as an xlsx workbook, audited ("report.outcomes")."""
    comparison = outcomes_vs_intake(db, actor, months, start, end, programme_id)
    profile = centre.get_profile(db)
    data = write_outcomes_xlsx(
        comparison, centre_name=profile.name if profile else "", language=language
    )
    with acting(db, actor, Permission.VIEW_REPORTS) as work:
        work.audit(
            "report.outcomes",
            "report",
            "",
            after={
                "months": months,
                "from": start.isoformat() if start else None,
                "to": end.isoformat() if end else None,
                "programme_id": programme_id,
                "reached": comparison.reached,
            },
        )
    return data
