"""The Cohorts page's list (services.cohort_overview) on SQLite and PostgreSQL: seats, fill
rate and the waiting count of each cohort in one call, filtered by programme and status."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from sqlalchemy import select

from desktop.domain.cohort import CohortInput, CohortStatus, Funding, Slot
from desktop.domain.enrolment import EnrolmentStatus
from desktop.services import cohorts, enrolment
from desktop.services.cohort_overview import CURRENT_STATUSES, list_cohort_overview
from desktop.services.cohort_rows import CohortRow
from desktop.services.context import Actor
from desktop.store.database import Database
from desktop.store.models import Programme
from tests.services.test_enrolment import add_person

NOW = datetime(2026, 1, 5, 2, 0, tzinfo=UTC)


@pytest.fixture
def desk(demo_db: Database, admin: Actor) -> Database:
    demo_db.clock = lambda: NOW
    return demo_db


def programme_id(db: Database, code: str) -> int:
    with db.sessions() as session:
        found = session.scalar(select(Programme.id).where(Programme.code == code))
    assert found is not None
    return found


def new_cohort(db: Database, admin: Actor, code: str, start: date, capacity: int) -> int:
    data = CohortInput(
        programme_id=programme_id(db, code),
        start_date=start,
        end_date=date(start.year, start.month, 28),
        slots=(Slot(0, time(8), time(12)),),
        capacity=capacity,
        funding=Funding.APBD,
    )
    return cohorts.create_cohort(db, admin, data).cohort.id


def enrol_people(db: Database, admin: Actor, cohort_id: int, count: int) -> None:
    for _ in range(count):
        enrolment.enrol(db, admin, add_person(db), cohort_id)


def test_each_cohort_with_its_seats_and_waiting_count(desk: Database, admin: Actor) -> None:
    weaving = new_cohort(desk, admin, "ANY", date(2026, 3, 2), capacity=2)
    bookkeeping = new_cohort(desk, admin, "UMK", date(2026, 4, 6), capacity=4)
    enrol_people(desk, admin, weaving, 5)  # two seated, three waiting
    enrol_people(desk, admin, bookkeeping, 1)

    # (The demo centre may run cohorts of its own, in other programmes.)
    rows = [row for row in list_cohort_overview(desk, admin) if row.id in (weaving, bookkeeping)]

    assert [row.id for row in rows] == [bookkeeping, weaving]  # latest start first
    first, second = rows
    assert isinstance(first, CohortRow)  # goes wherever a CohortRow is expected
    assert (first.code, first.programme_code, first.seats_taken, first.capacity) == (
        "UMK-2026-01",
        "UMK",
        1,
        4,
    )
    assert (first.waiting, first.fill_rate) == (0, 0.25)
    assert (second.seats_taken, second.waiting, second.fill_rate) == (2, 3, 1.0)
    listed = {line.status for line in enrolment.roster(desk, admin, weaving)}
    assert listed == {EnrolmentStatus.ACCEPTED, EnrolmentStatus.WAITLISTED}


def test_filters_by_programme_and_status(desk: Database, admin: Actor) -> None:
    weaving = new_cohort(desk, admin, "ANY", date(2026, 3, 2), capacity=2)
    older = new_cohort(desk, admin, "ANY", date(2026, 2, 2), capacity=2)
    bookkeeping = new_cohort(desk, admin, "UMK", date(2026, 4, 6), capacity=4)
    for target in (CohortStatus.OPEN, CohortStatus.RUNNING, CohortStatus.FINISHED):
        version = cohorts.get_cohort(desk, admin, older).version
        cohorts.change_status(desk, admin, older, version, target)
    version = cohorts.get_cohort(desk, admin, older).version
    cohorts.change_status(desk, admin, older, version, CohortStatus.ARCHIVED)

    weaving_programme = programme_id(desk, "ANY")
    found = list_cohort_overview(desk, admin, programme_id=weaving_programme)
    assert [row.id for row in found] == [weaving, older]
    mine = (weaving, older, bookkeeping)
    current = list_cohort_overview(desk, admin, statuses=CURRENT_STATUSES)
    assert [row.id for row in current if row.id in mine] == [bookkeeping, weaving]
    assert all(row.status is not CohortStatus.ARCHIVED for row in current)
    archived = list_cohort_overview(desk, admin, statuses={CohortStatus.ARCHIVED})
    assert [(row.id, row.status) for row in archived] == [(older, CohortStatus.ARCHIVED)]
    assert list_cohort_overview(desk, admin, programme_id=weaving_programme, statuses=()) == []


def test_everyone_who_may_see_programmes_sees_the_list(
    desk: Database, admin: Actor, clerk: Actor, instructor: Actor
) -> None:
    new_cohort(desk, admin, "ANY", date(2026, 3, 2), capacity=2)
    for actor in (clerk, instructor):
        assert "ANY-2026-01" in [row.code for row in list_cohort_overview(desk, actor)]
