"""The Cohorts page's list: every cohort with its fill rate and how many people wait for a seat.

One query for the whole list: the cohorts joined to their programme and to a grouped count of
their waitlisted enrolments (a seek on ix_enrolment_cohort_status per cohort), so the page does
not ask once per row. Read-only; changes go through desktop.services.cohorts and enrolment.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import func, select

from desktop.domain.cohort import CohortStatus
from desktop.domain.enrolment import EnrolmentStatus
from desktop.domain.roles import Permission
from desktop.services.cohort_rows import CohortRow, _cohort_row
from desktop.services.context import Actor, acting
from desktop.store.database import Database
from desktop.store.models import Programme
from desktop.store.training import Cohort, Enrolment

# What the page shows unless asked for more: archived cohorts are kept for reports only.
CURRENT_STATUSES = frozenset(CohortStatus) - {CohortStatus.ARCHIVED}


@dataclass(frozen=True)
class CohortListRow(CohortRow):
    """A cohort as the list shows it: a CohortRow (so it goes wherever one is expected) with
    the number of people on its waitlist."""

    waiting: int


def list_cohort_overview(
    db: Database,
    actor: Actor,
    *,
    programme_id: int | None = None,
    statuses: Collection[CohortStatus] | None = None,
) -> list[CohortListRow]:
    """The cohorts of one programme (or of all) whose status is among `statuses` (None: any),
    latest start first, each with its seats and its waiting count."""
    with acting(db, actor, Permission.VIEW_PROGRAMMES, read_only=True) as work:
        waiting = (
            select(Enrolment.cohort_id, func.count().label("waiting"))
            .where(Enrolment.status == EnrolmentStatus.WAITLISTED.value)
            .group_by(Enrolment.cohort_id)
            .subquery()
        )
        query = (
            select(Cohort, Programme.code, Programme.name, waiting.c.waiting)
            .join(Programme, Programme.id == Cohort.programme_id)
            .outerjoin(waiting, waiting.c.cohort_id == Cohort.id)
            .order_by(Cohort.start_date.desc(), Cohort.code)
        )
        if programme_id is not None:
            query = query.where(Cohort.programme_id == programme_id)
        if statuses is not None:
            query = query.where(Cohort.status.in_(sorted(status.value for status in statuses)))
        rows = []
        for cohort, code, name, count in work.session.execute(query):
            row = _cohort_row(cohort, code, name)
            fields = {key: getattr(row, key) for key in CohortRow.__dataclass_fields__}
            rows.append(CohortListRow(**fields, waiting=int(count or 0)))
        return rows
