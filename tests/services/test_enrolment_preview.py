"""The check before enrolling (services.enrolment_preview), on SQLite and PostgreSQL: the cohorts
that take enrolments with their seats and waitlists, and for one person the rules' findings,
the refusals no override lifts, and whether a seat is free; nothing is written."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import update

from desktop.domain.choices import Education, ParticipantStatus
from desktop.domain.cohort import CohortStatus
from desktop.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from desktop.domain.programme_rules import EligibilityRules, Strictness
from desktop.services import enrolment, enrolment_preview
from desktop.services.context import Actor
from desktop.store.database import Database
from desktop.store.participants import Participant
from tests.services.test_enrolment import (
    E,
    add_cohort,
    add_person,
    add_programme,
    count_enrolments,
    seats,
)


def test_open_cohorts_list_seats_and_waiting(demo_db: Database, clerk: Actor) -> None:
    programme = add_programme(demo_db)
    full = add_cohort(demo_db, programme, capacity=1)
    planned = add_cohort(demo_db, programme, capacity=3, status="planned")
    closed = add_cohort(demo_db, programme, status="finished")
    enrolment.enrol(demo_db, clerk, add_person(demo_db), full)
    enrolment.enrol(demo_db, clerk, add_person(demo_db), full)  # waitlisted

    found = {row.id: row for row in enrolment_preview.open_cohorts(demo_db, clerk, programme)}

    assert set(found) == {full, planned}  # a finished cohort takes nobody
    assert (found[full].seats_free, found[full].waiting) == (0, 1)
    assert not found[full].seat_for_newcomer
    assert (found[planned].seats_free, found[planned].waiting) == (3, 0)
    assert found[planned].seat_for_newcomer and found[planned].status is CohortStatus.PLANNED
    assert closed not in found
    everything = enrolment_preview.open_cohorts(demo_db, clerk)
    assert {full, planned} <= {row.id for row in everything}


def test_a_preview_gives_every_finding_and_writes_nothing(demo_db: Database, clerk: Actor) -> None:
    rules = EligibilityRules(min_age=18, min_education=Education.SMA, education=Strictness.WARN)
    cohort = add_cohort(demo_db, add_programme(demo_db, rules))
    young = add_person(demo_db, born=date(2012, 1, 1), education="smp")

    found = enrolment_preview.preview(demo_db, clerk, young, cohort)

    assert [(f.rule, f.strictness) for f in found.hard] == [("age", Strictness.HARD)]
    assert [f.rule for f in found.warnings] == ["education"]
    assert found.refusal is None and not found.may_override
    assert found.cohort.seat_for_newcomer
    assert count_enrolments(demo_db) == 0 and seats(demo_db, cohort) == (0, 0)


def test_an_admin_may_override(demo_db: Database, admin: Actor) -> None:
    cohort = add_cohort(demo_db, add_programme(demo_db, EligibilityRules(min_age=18)))
    young = add_person(demo_db, born=date(2012, 1, 1))
    assert enrolment_preview.preview(demo_db, admin, young, cohort).may_override


def test_a_second_enrolment_in_the_programme_is_named(demo_db: Database, clerk: Actor) -> None:
    programme = add_programme(demo_db)
    first, second = add_cohort(demo_db, programme), add_cohort(demo_db, programme)
    person = add_person(demo_db, name="Siti Aminah")
    earlier = enrolment.enrol(demo_db, clerk, person, first).enrolment_id

    refusal = enrolment_preview.preview(demo_db, clerk, person, second).refusal
    assert isinstance(refusal, Conflict) and refusal.field == "cohort"
    assert refusal.params["name"] == "Siti Aminah" and refusal.params["cohort"].startswith("C-")
    with pytest.raises(Conflict) as refused:  # the same words as enrol's own refusal
        enrolment.enrol(demo_db, clerk, person, second)
    assert refused.value.english() == refusal.english()

    enrolment.withdraw(demo_db, clerk, earlier)
    assert enrolment_preview.preview(demo_db, clerk, person, second).refusal is None


def test_a_closed_cohort_and_a_merged_record_are_refusals(demo_db: Database, clerk: Actor) -> None:
    programme = add_programme(demo_db)
    closed = add_cohort(demo_db, programme, status="finished")
    refusal = enrolment_preview.preview(demo_db, clerk, add_person(demo_db), closed).refusal
    assert isinstance(refusal, ValidationError) and refusal.field == "cohort"

    kept, merged = add_person(demo_db), add_person(demo_db)
    with demo_db.sessions.begin() as session:
        session.execute(
            update(Participant)
            .where(Participant.id == merged)
            .values(status=ParticipantStatus.MERGED.value, merged_into_id=kept)
        )
    refusal = enrolment_preview.preview(
        demo_db, clerk, merged, add_cohort(demo_db, programme)
    ).refusal
    assert isinstance(refusal, Conflict) and refusal.field == "participant"


def test_waiting_people_mean_a_newcomer_waits(demo_db: Database, clerk: Actor) -> None:
    cohort = add_cohort(demo_db, add_programme(demo_db), capacity=1)
    first = enrolment.enrol(demo_db, clerk, add_person(demo_db), cohort).enrolment_id
    enrolment.enrol(demo_db, clerk, add_person(demo_db), cohort)  # waits
    enrolment.withdraw(demo_db, clerk, first)  # a seat is free, offered to the one waiting

    found = enrolment_preview.preview(demo_db, clerk, add_person(demo_db), cohort)
    assert (found.cohort.seats_free, found.cohort.waiting) == (1, 1)
    assert not found.cohort.seat_for_newcomer
    newcomer = enrolment.enrol(demo_db, clerk, found.participant_id, cohort)
    assert newcomer.status is E.WAITLISTED  # as the preview said


def test_unknown_ids_and_roles(demo_db: Database, clerk: Actor, instructor: Actor) -> None:
    cohort = add_cohort(demo_db, add_programme(demo_db))
    person = add_person(demo_db)
    with pytest.raises(NotFound):
        enrolment_preview.preview(demo_db, clerk, 999_999, cohort)
    with pytest.raises(NotFound):
        enrolment_preview.preview(demo_db, clerk, person, 999_999)
    with pytest.raises(PermissionDenied):
        enrolment_preview.preview(demo_db, instructor, person, cohort)
    with pytest.raises(PermissionDenied):
        enrolment_preview.open_cohorts(demo_db, instructor)
