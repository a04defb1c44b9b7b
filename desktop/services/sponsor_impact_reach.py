"""Who a sponsor's impact report says was reached: the cohorts with their counts, the
completion rate over those that have ended, and the participants by sex, age band, disability
and social assistance (desktop.services.sponsor_impact holds the definitions). Everything is
counted by the database (GROUP BY); no participant's row is read into Python.

`reach_by` counts the same over any set of cohorts, per group of them (the government report's
per programme: desktop.services.government_report), so both reports count people alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, case, extract, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import Subquery

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
    return reach_over(session, scope.cohort_ids)


def reach_over(session: Session, cohort_ids: Sequence[int]) -> Reach:
    """Everyone reached in `cohort_ids`, each person once (zeros when none)."""
    return reach_by(session, cohort_ids)[None]


def nobody() -> Reach:
    """No one reached: a group of `reach_by` that has no row."""
    return Reach(
        participants=0,
        male=0,
        female=0,
        by_age=tuple((band, 0) for band in AgeBand),
        with_disability=0,
        receiving_assistance=0,
        by_assistance=tuple((kind, 0) for kind in ASSISTANCE_BITS),
    )


def people_reached(cohort_ids: Sequence[int], group: Any = None) -> Subquery:
    """One row per person reached in `cohort_ids` (`person`), with the first day of the first
    of those cohorts they joined (`first_day`); with `group` (a column of Cohort, e.g. its
    programme), one row per person and group, the group's value as `key`."""
    keys = [] if group is None else [group.label("key")]
    return (
        select(
            Enrolment.participant_id.label("person"),
            *keys,
            func.min(Cohort.start_date).label("first_day"),
        )
        .join(Cohort, Cohort.id == Enrolment.cohort_id)
        .where(Enrolment.cohort_id.in_(cohort_ids), Enrolment.status.in_(_REACHED))
        .group_by(Enrolment.participant_id, *([] if group is None else [group]))
        .subquery()
    )


def reach_by(session: Session, cohort_ids: Sequence[int], group: Any = None) -> dict[Any, Reach]:
    """The participants reached in `cohort_ids` per value of `group` (a column of Cohort; each
    person once in each group they were reached in), or all of them under the key None.

    One query, each person's row read once: counted per group and age band, the bands then
    added up here (at most six rows a group)."""
    first = people_reached(cohort_ids, group)
    p = Participant
    person = (
        select(
            *([] if group is None else [first.c.key]),
            p.sex,
            p.has_disability,
            p.assistance_bits,
            _age_band(first.c.first_day, p.birth_date).label("band"),
        )
        .select_from(first)
        .join(p, p.id == first.c.person)
        .subquery()
    )
    keys = [] if group is None else [person.c.key]
    bits = list(ASSISTANCE_BITS.items())
    rows = session.execute(
        select(
            *keys,
            person.c.band,
            func.count(),
            count_if(person.c.sex == Sex.MALE.value),
            count_if(person.c.sex == Sex.FEMALE.value),
            count_if(person.c.has_disability.is_(True)),
            count_if(person.c.assistance_bits != 0),
            *(count_if(person.c.assistance_bits.op("&")(bit) != 0) for _, bit in bits),
        ).group_by(*keys, person.c.band)
    )
    sums: dict[Any, list[int]] = {}
    bands: dict[Any, dict[str, int]] = {}
    for row in rows:
        key = row[0] if keys else None
        banded, counts = row[len(keys)], [whole(value) for value in row[len(keys) + 1 :]]
        so_far = sums.get(key, [0] * len(counts))
        sums[key] = [a + b for a, b in zip(so_far, counts, strict=True)]
        bands.setdefault(key, {})[banded] = counts[0]
    found: dict[Any, Reach] = {}
    for key, counted in sums.items():
        total, male, female, disabled, assisted, *each = counted
        found[key] = Reach(
            participants=total,
            male=male,
            female=female,
            by_age=tuple((band, bands[key].get(band.value, 0)) for band in AgeBand),
            with_disability=disabled,
            receiving_assistance=assisted,
            by_assistance=tuple((kind, count) for (kind, _), count in zip(bits, each, strict=True)),
        )
    if group is None and None not in found:
        found[None] = nobody()  # no one at all: still one answer, as the count's row was
    return found


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
