"""The grouped counts behind the government report (desktop.services.government_report holds
the definitions): the cohorts that ran in the period, their places by result, certificates and
people per programme, and people by regency of residence. Who was reached is counted by the
sponsor impact report's queries (desktop.services.sponsor_impact_reach.reach_by), so both
reports count people alike. Each function is one GROUP BY query: only counts come back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from desktop.documents.government_report_parts import RegencyLine
from desktop.domain.certificate import CertificateStatus
from desktop.domain.choices import Sex
from desktop.domain.enrolment import EnrolmentStatus
from desktop.services.sponsor_impact_queries import count_if, whole
from desktop.services.sponsor_impact_reach import REACHED, people_reached
from desktop.store.certificates import Certificate
from desktop.store.models import Programme
from desktop.store.participants import Participant
from desktop.store.training import Cohort, Enrolment

E = EnrolmentStatus
_REACHED = [status.value for status in REACHED]


@dataclass
class Ran:
    """The cohorts that ran in the period, and per programme (by id) its name and counts."""

    cohort_ids: list[int] = field(default_factory=list)
    names: dict[int, str] = field(default_factory=dict)
    cohorts: dict[int, int] = field(default_factory=dict)
    ended: dict[int, int] = field(default_factory=dict)  # cohorts that had ended by today


@dataclass(frozen=True)
class Places:
    """One programme's places (enrolments that took one up) by result."""

    completed: int = 0
    dropped: int = 0
    failed: int = 0
    ended: int = 0  # places in the cohorts that had ended by the report's day
    ended_completed: int = 0


def cohorts_that_ran(
    session: Session, start: date, end: date, programme_id: int | None, today: date
) -> Ran:
    """Cohorts whose first day is on or before `end` and last day on or after `start`."""
    query = (
        select(Cohort.id, Cohort.programme_id, Cohort.end_date, Programme.name)
        .join(Programme, Programme.id == Cohort.programme_id)
        .where(Cohort.start_date <= end, Cohort.end_date >= start)
    )
    if programme_id is not None:
        query = query.where(Cohort.programme_id == programme_id)
    ran = Ran()
    for cohort_id, programme, last_day, name in session.execute(query):
        ran.cohort_ids.append(cohort_id)
        ran.names[programme] = name
        ran.cohorts[programme] = ran.cohorts.get(programme, 0) + 1
        ran.ended[programme] = ran.ended.get(programme, 0) + (last_day < today)
    ran.cohort_ids.sort()
    return ran


def places(session: Session, cohort_ids: list[int], today: date) -> dict[int, Places]:
    ended = Cohort.end_date < today
    rows = session.execute(
        select(
            Cohort.programme_id,
            count_if(Enrolment.status == E.COMPLETED.value),
            count_if(Enrolment.status == E.DROPPED.value),
            count_if(Enrolment.status == E.FAILED.value),
            count_if(ended),
            count_if(and_(ended, Enrolment.status == E.COMPLETED.value)),
        )
        .select_from(Enrolment)
        .join(Cohort, Cohort.id == Enrolment.cohort_id)
        .where(Enrolment.cohort_id.in_(cohort_ids), Enrolment.status.in_(_REACHED))
        .group_by(Cohort.programme_id)
    )
    return {programme: Places(*(whole(value) for value in counts)) for programme, *counts in rows}


def certificates(session: Session, cohort_ids: list[int]) -> dict[int, int]:
    """Per programme, the places with a certificate valid now (a re-issue supersedes the
    one before it, which is then no longer "issued"; revoked ones are not)."""
    rows = session.execute(
        select(Cohort.programme_id, func.count(func.distinct(Certificate.enrolment_id)))
        .join(Cohort, Cohort.id == Certificate.cohort_id)
        .where(
            Certificate.cohort_id.in_(cohort_ids),
            Certificate.status == CertificateStatus.ISSUED.value,
        )
        .group_by(Cohort.programme_id)
    )
    return {programme: int(count) for programme, count in rows}


def regencies(session: Session, cohort_ids: list[int]) -> tuple[RegencyLine, ...]:
    first = people_reached(cohort_ids)
    p = Participant
    rows = session.execute(
        select(
            p.regency_code,
            func.max(p.regency_name),
            func.count(),
            count_if(p.sex == Sex.MALE.value),
            count_if(p.sex == Sex.FEMALE.value),
            count_if(p.has_disability.is_(True)),
        )
        .select_from(first)
        .join(p, p.id == first.c.person)
        .group_by(p.regency_code)
    )
    lines = [
        RegencyLine(
            regency=(name or "") if code else "",
            participants=whole(total),
            male=whole(male),
            female=whole(female),
            with_disability=whole(disabled),
        )
        for code, name, total, male, female, disabled in rows
    ]
    # Most people first; "not recorded" last, whatever its size.
    lines.sort(key=lambda line: (not line.regency, -line.participants, line.regency.casefold()))
    return tuple(lines)
