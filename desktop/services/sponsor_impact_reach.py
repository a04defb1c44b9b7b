"""Who a sponsor's impact report says was reached: the cohorts with their counts, the
completion rate over those that have ended, and the participants by sex, age band, disability
and social assistance (desktop.services.sponsor_impact holds the definitions). Everything is
counted by the database (GROUP BY); no participant's row is read into Python.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, case, extract, func, select
from sqlalchemy.orm import Session

from desktop.documents.sponsor_impact_parts import CohortReached, Completion, Reach
from desktop.domain.certificate import CertificateStatus
from desktop.domain.choices import AGE_BAND_YEARS, AgeBand, Sex
from desktop.domain.cohort import CohortStatus
from desktop.domain.enrolment import EnrolmentStatus
from desktop.domain.participant import ASSISTANCE_BITS
from desktop.services.sponsor_impact_queries import Scope, count_if, whole
from desktop.store.certificates import Certificate
from desktop.store.models import Programme
from desktop.store.participants import Participant
from desktop.store.training import Cohort, Enrolment

E = EnrolmentStatus
# Took up a place in the class: counted as reached (see desktop.services.sponsor_impact).
REACHED = (E.ACCEPTED, E.ACTIVE, E.COMPLETED, E.DROPPED, E.FAILED)
_REACHED = [status.value for status in REACHED]


def cohorts_reached(session: Session, scope: Scope) -> tuple[CohortReached, ...]:
    ids = scope.cohort_ids
    if not ids:
        return ()
    people = {
        cohort_id: (int(reached), whole(completed))
        for cohort_id, reached, completed in session.execute(
            select(
                Enrolment.cohort_id,
                func.count(),
                count_if(Enrolment.status == E.COMPLETED.value),
            )
            .where(Enrolment.cohort_id.in_(ids), Enrolment.status.in_(_REACHED))
            .group_by(Enrolment.cohort_id)
        )
    }
    issued: dict[int, int] = {
        cohort_id: int(count)
        for cohort_id, count in session.execute(
            select(Certificate.cohort_id, func.count(func.distinct(Certificate.enrolment_id)))
            .where(
                Certificate.cohort_id.in_(ids),
                Certificate.status == CertificateStatus.ISSUED.value,
            )
            .group_by(Certificate.cohort_id)
        )
    }
    rows = session.execute(
        select(
            Cohort.id,
            Cohort.code,
            Programme.name,
            Cohort.start_date,
            Cohort.end_date,
            Cohort.status,
        )
        .join(Programme, Programme.id == Cohort.programme_id)
        .where(Cohort.id.in_(ids))
    )
    found = [
        CohortReached(
            code=code,
            programme=programme,
            start_date=start,
            end_date=end,
            status=CohortStatus(status),
            sponsored=cohort_id in scope.sponsored,
            earmarked=cohort_id in scope.earmarked,
            participants=people.get(cohort_id, (0, 0))[0],
            completed=people.get(cohort_id, (0, 0))[1],
            certificates=int(issued.get(cohort_id, 0)),
        )
        for cohort_id, code, programme, start, end, status in rows
    ]
    return tuple(sorted(found, key=lambda c: (c.start_date, c.code)))


def completion(cohorts: tuple[CohortReached, ...], today: date) -> Completion:
    ended = [cohort for cohort in cohorts if cohort.end_date < today]
    return Completion(
        completed=sum(cohort.completed for cohort in ended),
        counted=sum(cohort.participants for cohort in ended),
        ended_cohorts=len(ended),
    )


def reach(session: Session, scope: Scope) -> Reach:
    ids = scope.cohort_ids
    # One row per person reached, with the first day of the first of the cohorts they joined.
    first = (
        select(
            Enrolment.participant_id.label("person"),
            func.min(Cohort.start_date).label("first_day"),
        )
        .join(Cohort, Cohort.id == Enrolment.cohort_id)
        .where(Enrolment.cohort_id.in_(ids), Enrolment.status.in_(_REACHED))
        .group_by(Enrolment.participant_id)
        .subquery()
    )
    p = Participant
    bits = list(ASSISTANCE_BITS.items())
    figures = session.execute(
        select(
            func.count(),
            count_if(p.sex == Sex.MALE.value),
            count_if(p.sex == Sex.FEMALE.value),
            count_if(p.has_disability.is_(True)),
            count_if(p.assistance_bits != 0),
            *(count_if(p.assistance_bits.op("&")(bit) != 0) for _, bit in bits),
        )
        .select_from(first)
        .join(p, p.id == first.c.person)
    ).one()
    total, male, female, disabled, assisted, *each = (whole(value) for value in figures)
    banded = (
        select(_age_band(first.c.first_day, p.birth_date).label("band"))
        .select_from(first)
        .join(p, p.id == first.c.person)
        .subquery()
    )
    by_band: dict[str, int] = {
        band: int(count)
        for band, count in session.execute(
            select(banded.c.band, func.count()).group_by(banded.c.band)
        )
    }
    return Reach(
        participants=total,
        male=male,
        female=female,
        by_age=tuple((band, int(by_band.get(band.value, 0))) for band in AgeBand),
        with_disability=disabled,
        receiving_assistance=assisted,
        by_assistance=tuple((kind, count) for (kind, _), count in zip(bits, each, strict=True)),
    )


def _age_band(day: Any, birth: Any) -> ColumnElement[str]:
    """The AgeBand value of someone born on `birth` on `day`, worked out by the database: the
    difference in years, less one when `day` comes before the birthday in its year."""

    def month_day(column: Any) -> ColumnElement[Any]:
        return extract("month", column) * 100 + extract("day", column)

    age = (
        extract("year", day)
        - extract("year", birth)
        - case((month_day(day) < month_day(birth), 1), else_=0)
    )
    limits = [
        (age <= oldest, band.value)
        for band, (_, oldest) in AGE_BAND_YEARS.items()
        if oldest is not None  # the last band has no upper end: the `else`
    ]
    return case(*limits, else_=list(AgeBand)[-1].value)
