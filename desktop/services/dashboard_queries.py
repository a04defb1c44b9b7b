"""The counts behind the dashboard's cohorts, registrations, attendance, completion,
certificates and people at risk (desktop.services.dashboard holds the definitions). Each is
one or two aggregate queries: only counts come back, never a participant's row.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, func, select
from sqlalchemy.orm import Session

from desktop.domain.attendance import Mark, at_risk_reason, counts_present
from desktop.domain.certificate import CertificateStatus
from desktop.domain.cohort import CohortStatus
from desktop.domain.enrolment import EnrolmentStatus
from desktop.domain.programme_rules import CompletionRule
from desktop.services.attendance_numbers import IN_TRAINING, RUNNING, maybe_at_risk, tally_rate
from desktop.services.dashboard_parts import (
    CohortFill,
    CompletionFigures,
    DashboardFilters,
    MonthCount,
    MonthRate,
)
from desktop.services.sponsor_impact_queries import count_if, whole
from desktop.store.attendance import AttendanceMark, AttendanceTally
from desktop.store.certificates import Certificate
from desktop.store.models import Programme
from desktop.store.participants import Participant
from desktop.store.training import Cohort, CohortSession, CohortSponsor, Enrolment

E = EnrolmentStatus
FINISHED = (E.COMPLETED.value, E.DROPPED.value, E.FAILED.value)


def months(start: date, end: date) -> list[date]:
    """The first day of every month from `start`'s to `end`'s."""
    found, month = [], start.replace(day=1)
    while month <= end:
        found.append(month)
        month = _next_month(month)
    return found


def _next_month(month: date) -> date:
    return date(month.year + month.month // 12, month.month % 12 + 1, 1)


def _midnight(day: date) -> datetime:
    """The start of `day` on the desk's clock, as an aware time (stored times are UTC)."""
    return datetime.combine(day, time()).astimezone()


def cohort_matches(filters: DashboardFilters) -> list[ColumnElement[bool]]:
    """The programme, branch and sponsor filters, as conditions on Cohort."""
    conditions: list[ColumnElement[bool]] = []
    if filters.programme_id is not None:
        conditions.append(Cohort.programme_id == filters.programme_id)
    if filters.branch:
        conditions.append(Cohort.branch == filters.branch)
    if filters.sponsor_id is not None:
        conditions.append(
            exists().where(
                CohortSponsor.cohort_id == Cohort.id,
                CohortSponsor.sponsor_id == filters.sponsor_id,
            )
        )
    return conditions


def running_in_period(filters: DashboardFilters) -> list[ColumnElement[bool]]:
    """Matching cohorts whose dates overlap the period and that are past planning."""
    return [
        *cohort_matches(filters),
        Cohort.start_date <= filters.end,
        Cohort.end_date >= filters.start,
        Cohort.status != CohortStatus.PLANNED.value,
    ]


def cohort_fill(session: Session, filters: DashboardFilters) -> tuple[list[int], CohortFill]:
    """The ids of the cohorts running in the period, and their count and seats."""
    rows = session.execute(
        select(Cohort.id, Cohort.seats_taken, Cohort.capacity).where(*running_in_period(filters))
    ).all()
    ids = sorted(row.id for row in rows)
    fill = CohortFill(
        cohorts=len(rows),
        seats_taken=sum(row.seats_taken for row in rows),
        capacity=sum(row.capacity for row in rows),
    )
    return ids, fill


def registrations(session: Session, filters: DashboardFilters) -> tuple[MonthCount, ...]:
    """Per month of the period: people newly registered, or with a programme, branch or
    sponsor chosen, enrolments applied for in its cohorts. One query of a count per month,
    each a range of an index (created_at or applied_at)."""
    firsts = months(filters.start, filters.end)
    counts = []
    for month in firsts:
        since = _midnight(max(month, filters.start))
        until = _midnight(min(_next_month(month), filters.end + timedelta(days=1)))
        counted: Select[Any]
        if filters.narrowed:
            counted = (
                select(func.count())
                .select_from(Enrolment)
                .join(Cohort, Cohort.id == Enrolment.cohort_id)
                .where(
                    Enrolment.applied_at >= since,
                    Enrolment.applied_at < until,
                    *cohort_matches(filters),
                )
            )
        else:
            counted = select(func.count()).where(
                Participant.created_at >= since, Participant.created_at < until
            )
        counts.append(counted.scalar_subquery())
    row = session.execute(select(*counts)).one()
    return tuple(MonthCount(month, int(count)) for month, count in zip(firsts, row, strict=True))


def completion_rules(session: Session) -> dict[int, CompletionRule]:
    """Every programme's completion rule, by id (attendance and at risk count by it)."""
    return {
        programme_id: CompletionRule.from_json(completion or {})
        for programme_id, completion in session.execute(select(Programme.id, Programme.completion))
    }


def attendance(
    session: Session, filters: DashboardFilters, rules: dict[int, CompletionRule]
) -> tuple[MonthRate, ...]:
    """Per month of the period, the marks of the matching cohorts' sessions counted as
    attendance_numbers.summary counts them: each mark by its own programme's rule (late is
    present; excused and sick count only where the programme says so). Grouped by day in the
    database (the same on SQLite and PostgreSQL), then by month here: a few hundred rows."""
    s = CohortSession
    rows = session.execute(
        select(s.day, Cohort.programme_id, AttendanceMark.mark, func.count())
        .select_from(AttendanceMark)
        .join(s, s.id == AttendanceMark.session_id)
        .join(Cohort, Cohort.id == s.cohort_id)
        .where(s.day >= filters.start, s.day <= filters.end, *cohort_matches(filters))
        .group_by(s.day, Cohort.programme_id, AttendanceMark.mark)
    )
    totals: dict[date, list[int]] = defaultdict(lambda: [0, 0])
    for day, programme_id, mark, number in rows:
        rule = rules.get(programme_id) or CompletionRule.from_json({})
        total = totals[day.replace(day=1)]
        total[0] += number if counts_present(Mark(mark), rule.excused_counts) else 0
        total[1] += number
    return tuple(
        MonthRate(month, *totals.get(month, (0, 0))) for month in months(filters.start, filters.end)
    )


def completion(session: Session, filters: DashboardFilters, today: date) -> CompletionFigures:
    """The cohorts whose last day is in the period and before `today`, and their places that
    finished: completed out of completed, dropped out and not passed."""
    ended = and_(
        *cohort_matches(filters),
        Cohort.end_date >= filters.start,
        Cohort.end_date <= filters.end,
        Cohort.end_date < today,
    )
    cohorts = session.scalar(select(func.count()).select_from(Cohort).where(ended))
    completed, finished = session.execute(
        select(count_if(Enrolment.status == E.COMPLETED.value), func.count())
        .select_from(Enrolment)
        .join(Cohort, Cohort.id == Enrolment.cohort_id)
        .where(ended, Enrolment.status.in_(FINISHED))
    ).one()
    return CompletionFigures(whole(completed), whole(finished), whole(cohorts))


def certificates(session: Session, filters: DashboardFilters) -> int:
    """Certificates dated in the period and valid now, one per place (a re-issue replaces the
    certificate before it; revoked ones are not counted)."""
    counted = select(func.count(func.distinct(Certificate.enrolment_id))).where(
        Certificate.issue_date >= filters.start,
        Certificate.issue_date <= filters.end,
        Certificate.status == CertificateStatus.ISSUED.value,
    )
    if filters.narrowed:
        counted = counted.join(Cohort, Cohort.id == Certificate.cohort_id).where(
            *cohort_matches(filters)
        )
    return whole(session.scalar(counted))


def at_risk(session: Session, filters: DashboardFilters, rules: dict[int, CompletionRule]) -> int:
    """How many people in training now are at risk of not completing, as the at-risk list of
    desktop.services.attendance_numbers decides it (its SQL narrows, its rule has the last
    word), in the matching cohorts. Reads the tallies' numbers only, no person."""
    t = AttendanceTally
    rows = session.execute(
        select(t.present, t.late, t.excused, t.sick, t.absent, t.streak, Cohort.programme_id)
        .join(Enrolment, Enrolment.id == t.enrolment_id)
        .join(Cohort, Cohort.id == Enrolment.cohort_id)
        .where(
            Enrolment.status.in_(IN_TRAINING),
            Cohort.status.in_(RUNNING),
            maybe_at_risk(rules),
            *cohort_matches(filters),
        )
    )
    found = 0
    for present, late, excused, sick, absent, streak, programme_id in rows:
        rule = rules[programme_id]
        counted = tally_rate(present + late, excused + sick, absent, rule)
        found += bool(at_risk_reason(streak, counted, rule.min_attendance_pct))
    return found


def enrolments_of(cohort_ids: Sequence[int]) -> Select[Any]:
    """A scalar SELECT of the enrolments of these cohorts (for outcome_figures)."""
    return select(Enrolment.id).where(Enrolment.cohort_id.in_(cohort_ids))
