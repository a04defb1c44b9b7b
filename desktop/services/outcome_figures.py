"""What the training changed, counted: the follow-up answers of completers at one milestone
(6 months after their cohort's end, unless told otherwise), shared by the dashboard, the
sponsor impact report and the outcome reports.

Everything is counted in the database. Only the median income change needs numbers in Python:
the database sends each known change (rupiah now minus the midpoint of the intake band) and
nothing else: no id, no name. A change is known when the person was reached, said what they
earn now and gave an income band at intake.

The caller checks permissions: this takes a unit of work already acting for someone.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import median
from typing import Any

from sqlalchemy import Select, and_, case, func, select
from sqlalchemy.sql.elements import ColumnElement

from desktop.domain.evaluation import OUTCOME_MONTHS, WorkKind
from desktop.domain.income import INCOME_BAND_MIDPOINT
from desktop.services.context import Work
from desktop.store.evaluation import FollowUp
from desktop.store.participants import Participant
from desktop.store.training import Enrolment


@dataclass(frozen=True)
class OutcomeFigures:
    months: int
    reached: int  # people reached at the milestone
    working: int  # of them, working (formal or informal)
    in_business: int  # running a business
    working_or_business: int  # either (counted once)
    uses_skill: int
    needs_help: int
    income_known: int  # reached, income now and intake band both known
    median_income_change: int | None  # rupiah a month, None when no income is known

    @property
    def any(self) -> bool:
        """Whether anyone was reached at this milestone (else there is nothing to show)."""
        return self.reached > 0


def _count(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _band_midpoint() -> ColumnElement[int]:
    """The intake band's midpoint as a CASE over the participant's stored band value."""
    return case(
        *(
            (Participant.income_band == band.value, midpoint)
            for band, midpoint in INCOME_BAND_MIDPOINT.items()
        ),
        else_=None,
    )


def outcome_figures(
    work: Work, enrolment_ids: Select[Any] | None = None, months: int = OUTCOME_MONTHS
) -> OutcomeFigures:
    """The outcomes of the follow-up calls at `months`, for the enrolments `enrolment_ids` (a
    scalar SELECT of enrolment ids; None: every enrolment)."""
    reached = and_(FollowUp.months == months, FollowUp.reached.is_(True))
    if enrolment_ids is not None:
        reached = and_(reached, FollowUp.enrolment_id.in_(enrolment_ids))
    working = FollowUp.work.in_((WorkKind.FORMAL.value, WorkKind.INFORMAL.value))
    business = FollowUp.business.is_(True)
    counts = work.session.execute(
        select(
            func.count(),
            _count(working),
            _count(business),
            _count(working | business),
            _count(FollowUp.uses_skill.is_(True)),
            _count(FollowUp.needs_help.is_(True)),
        ).where(reached)
    ).one()
    midpoint = _band_midpoint()
    changes = [
        int(change)  # a Decimal on PostgreSQL (BIGINT minus a literal)
        for change in work.session.execute(
            select(FollowUp.monthly_income - midpoint)
            .join(Enrolment, Enrolment.id == FollowUp.enrolment_id)
            .join(Participant, Participant.id == Enrolment.participant_id)
            .where(reached, FollowUp.monthly_income.is_not(None), midpoint.is_not(None))
        ).scalars()
        if change is not None
    ]
    return OutcomeFigures(
        months=months,
        reached=int(counts[0]),
        working=int(counts[1]),
        in_business=int(counts[2]),
        working_or_business=int(counts[3]),
        uses_skill=int(counts[4]),
        needs_help=int(counts[5]),
        income_known=len(changes),
        median_income_change=round(median(changes)) if changes else None,
    )
