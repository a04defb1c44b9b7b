"""Enrolment (services.enrolment) on SQLite and PostgreSQL: eligibility with overrides, seats
and the waitlist, freed seats offered in the documented order (a newcomer waits behind anyone
already waiting), bulk enrolment, the lists for the profile and the cohort page, two desks
racing for the last seat, and a catalogue of bad input."""

from __future__ import annotations

import ast
import itertools
import string
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import func, select, update

import desktop
from desktop.domain.choices import Education, Employment, ParticipantStatus
from desktop.domain.enrolment import EnrolmentStatus, NotAllowedNow, WaitlistWeights
from desktop.domain.errors import (
    Conflict,
    NotFound,
    PelitaError,
    PermissionDenied,
    ValidationError,
)
from desktop.domain.programme_rules import EligibilityRules, Strictness
from desktop.services import enrolment, enrolment_bulk, enrolment_enrol
from desktop.services.context import Actor
from desktop.services.enrolment import NotEligible, SeatTaken
from desktop.store.database import Database, open_database
from desktop.store.models import AuditEntry, Programme
from desktop.store.participants import Participant
from desktop.store.training import Cohort, Enrolment, EnrolmentEvent

E = EnrolmentStatus
START = date(2027, 1, 11)
_numbers = itertools.count(1)

# Races set up inside a writing call: only PostgreSQL lets a second desk in meanwhile.
ONE_WRITER = (
    "SQLite lets one writing desk into a transaction at a time (BEGIN IMMEDIATE): no other "
    "desk writes while one is inside enrol (tests/store/test_sqlite_writers.py)"
)


# -- rows put in directly, as the programmes area would ---------------------------------------


def add_programme(db: Database, rules: EligibilityRules | None = None) -> int:
    number = next(_numbers)
    with db.sessions.begin() as session:
        row = Programme(
            code=f"T{number}",
            name=f"Programme {number}",
            skill_area="Menjahit",
            hours_jp=40,
            eligibility=(rules or EligibilityRules()).to_json(),
        )
        session.add(row)
        session.flush()
        return row.id


def add_cohort(db: Database, programme_id: int, capacity: int = 2, status: str = "open") -> int:
    number = next(_numbers)
    with db.sessions.begin() as session:
        row = Cohort(
            programme_id=programme_id,
            code=f"C-{number}",
            year=2027,
            sequence=number,
            start_date=START,
            end_date=START + timedelta(days=60),
            capacity=capacity,
            funding="apbn",
            status=status,
        )
        session.add(row)
        session.flush()
        return row.id


def add_person(db: Database, name: str = "", born: date = date(1995, 3, 4), **values: Any) -> int:
    name = name or f"Peserta {next(_numbers)}"
    now = db.clock()
    with db.sessions.begin() as session:
        row = Participant(
            full_name=name,
            name_sort=name.lower(),
            name_key=name.lower(),
            birth_date=born,
            sex="P",
            status=ParticipantStatus.ACTIVE.value,
            created_at=now,
            updated_at=now,
            **values,
        )
        session.add(row)
        session.flush()
        return row.id


def seats(db: Database, cohort_id: int) -> tuple[int, int]:
    """(seats_taken, seat-holding enrolments) of a cohort."""
    with db.sessions() as session:
        taken = session.scalar(select(Cohort.seats_taken).where(Cohort.id == cohort_id))
        holding = session.scalar(
            select(func.count())
            .select_from(Enrolment)
            .where(Enrolment.cohort_id == cohort_id, Enrolment.holds_seat == True)  # noqa: E712
        )
    return int(taken or 0), int(holding or 0)


def status_of(db: Database, enrolment_id: int) -> str:
    with db.sessions() as session:
        return str(session.scalar(select(Enrolment.status).where(Enrolment.id == enrolment_id)))


def actions(db: Database, enrolment_id: int) -> list[str]:
    with db.sessions() as session:
        return list(
            session.scalars(
                select(AuditEntry.action)
                .where(AuditEntry.entity == "enrolment", AuditEntry.entity_id == str(enrolment_id))
                .order_by(AuditEntry.id)
            )
        )


def events(db: Database, enrolment_id: int) -> list[tuple[str, str]]:
    with db.sessions() as session:
        rows = session.execute(
            select(EnrolmentEvent.from_status, EnrolmentEvent.to_status)
            .where(EnrolmentEvent.enrolment_id == enrolment_id)
            .order_by(EnrolmentEvent.id)
        )
        return [(row.from_status, row.to_status) for row in rows]


def count_enrolments(db: Database) -> int:
    with db.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(Enrolment)) or 0)


class Clock:
    """A clock the test moves by hand (applied_at and the waiting part of the score)."""

    def __init__(self) -> None:
        self.now = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def tick(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock(demo_db: Database) -> Clock:
    ticking = Clock()
    demo_db.clock = ticking
    return ticking


# -- enrolling ---------------------------------------------------------------------------------


def test_a_free_seat_is_taken_and_the_history_written(demo_db: Database, clerk: Actor) -> None:
    cohort = add_cohort(demo_db, add_programme(demo_db), capacity=1)
    done = enrolment.enrol(demo_db, clerk, add_person(demo_db), cohort)

    assert done.status is E.ACCEPTED and done.warnings == () and done.overridden == ()
    assert seats(demo_db, cohort) == (1, 1)
    assert events(demo_db, done.enrolment_id) == [("", "applied"), ("applied", "accepted")]
    assert actions(demo_db, done.enrolment_id) == ["enrolment.create"]


def test_a_full_cohort_waitlists(demo_db: Database, clerk: Actor) -> None:
    cohort = add_cohort(demo_db, add_programme(demo_db), capacity=1)
    enrolment.enrol(demo_db, clerk, add_person(demo_db), cohort)
    done = enrolment.enrol(demo_db, clerk, add_person(demo_db), cohort)

    assert done.status is E.WAITLISTED
    assert seats(demo_db, cohort) == (1, 1)
    assert events(demo_db, done.enrolment_id)[-1] == ("applied", "waitlisted")


def test_a_planned_cohort_takes_enrolments(demo_db: Database, clerk: Actor) -> None:
    cohort = add_cohort(demo_db, add_programme(demo_db), status="planned")
    assert enrolment.enrol(demo_db, clerk, add_person(demo_db), cohort).status is E.ACCEPTED


def test_warnings_go_back_to_the_desk(demo_db: Database, clerk: Actor) -> None:
    rules = EligibilityRules(min_education=Education.SMA, education=Strictness.WARN)
    cohort = add_cohort(demo_db, add_programme(demo_db, rules))
    done = enrolment.enrol(demo_db, clerk, add_person(demo_db, education="smp"), cohort)

    assert done.status is E.ACCEPTED
    assert [finding.rule for finding in done.warnings] == ["education"]
    assert "SLTA" not in done.warnings[0].english()  # the value, translated by the GUI
    assert done.warnings[0].params == {"has": "smp", "level": "sma"}


def test_hard_refusals_refuse_with_every_reason(demo_db: Database, clerk: Actor) -> None:
    rules = EligibilityRules(
        min_age=18,
        max_age=35,
        not_in_school_or_working=True,
        occupation=Strictness.HARD,
        min_education=Education.SMA,
    )
    cohort = add_cohort(demo_db, add_programme(demo_db, rules))
    young = add_person(demo_db, born=date(2012, 1, 1), employment=Employment.IN_SCHOOL.value)

    with pytest.raises(NotEligible) as refused:
        enrolment.enrol(demo_db, clerk, young, cohort)
    assert refused.value.params["count"] == 2
    assert {(f.rule, f.strictness) for f in refused.value.findings} == {
        ("age", Strictness.HARD),
        ("occupation", Strictness.HARD),
        ("education", Strictness.WARN),
    }
    assert count_enrolments(demo_db) == 0
    assert seats(demo_db, cohort) == (0, 0)


def test_an_admin_overrides_with_a_reason_and_it_is_audited(
    demo_db: Database, admin: Actor
) -> None:
    cohort = add_cohort(demo_db, add_programme(demo_db, EligibilityRules(min_age=18)))
    young = add_person(demo_db, born=date(2011, 6, 1))

    done = enrolment.enrol(demo_db, admin, young, cohort, "  Rekomendasi dinas sosial  ")

    assert done.status is E.ACCEPTED and [f.rule for f in done.overridden] == ["age"]
    assert actions(demo_db, done.enrolment_id) == ["enrolment.create", "enrolment.override"]
    with demo_db.sessions() as session:
        row = session.get(Enrolment, done.enrolment_id)
        assert row is not None and row.override_reason == "Rekomendasi dinas sosial"
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "enrolment.override")
        ).one()
    assert entry.after is not None
    assert entry.after["override_reason"] == "Rekomendasi dinas sosial"
    assert entry.after["refusals"][0]["rule"] == "age"


def test_an_override_reason_for_an_eligible_person_is_not_kept(
    demo_db: Database, admin: Actor
) -> None:
    cohort = add_cohort(demo_db, add_programme(demo_db))
    done = enrolment.enrol(demo_db, admin, add_person(demo_db), cohort, "tidak perlu")
    assert done.overridden == ()
    assert actions(demo_db, done.enrolment_id) == ["enrolment.create"]


def test_a_clerk_may_not_override(demo_db: Database, clerk: Actor) -> None:
    cohort = add_cohort(demo_db, add_programme(demo_db, EligibilityRules(min_age=18)))
    young = add_person(demo_db, born=date(2011, 6, 1))
    with pytest.raises(PermissionDenied) as refused:
        enrolment.enrol(demo_db, clerk, young, cohort, "Rekomendasi")
    assert refused.value.field == "override_reason"
    assert count_enrolments(demo_db) == 0


def test_an_instructor_may_not_enrol(demo_db: Database, instructor: Actor) -> None:
    cohort = add_cohort(demo_db, add_programme(demo_db))
    with pytest.raises(PermissionDenied):
        enrolment.enrol(demo_db, instructor, add_person(demo_db), cohort)


@pytest.mark.parametrize("ended", [E.DROPPED, E.FAILED, E.WITHDRAWN])
def test_a_second_enrolment_only_after_the_first_ended_badly(
    demo_db: Database, clerk: Actor, ended: EnrolmentStatus
) -> None:
    programme = add_programme(demo_db)
    first, second = add_cohort(demo_db, programme), add_cohort(demo_db, programme)
    person = add_person(demo_db)
    earlier = enrolment.enrol(demo_db, clerk, person, first).enrolment_id

    with pytest.raises(Conflict) as refused:
        enrolment.enrol(demo_db, clerk, person, second)
    assert refused.value.params["cohort"].startswith("C-")

    if ended is not E.WITHDRAWN:
        enrolment.change_status(demo_db, clerk, earlier, E.ACTIVE)
    enrolment.change_status(demo_db, clerk, earlier, ended, "Pindah kota")
    assert enrolment.enrol(demo_db, clerk, person, second).status is E.ACCEPTED


def test_a_completed_programme_is_not_taken_again(demo_db: Database, clerk: Actor) -> None:
    programme = add_programme(demo_db)
    first, second = add_cohort(demo_db, programme), add_cohort(demo_db, programme)
    person = add_person(demo_db)
    earlier = enrolment.enrol(demo_db, clerk, person, first).enrolment_id
    enrolment.change_status(demo_db, clerk, earlier, E.ACTIVE)
    enrolment.change_status(demo_db, clerk, earlier, E.COMPLETED)
    with pytest.raises(Conflict):
        enrolment.enrol(demo_db, clerk, person, second)
    # Another programme is another matter.
    other = add_cohort(demo_db, add_programme(demo_db))
    assert enrolment.enrol(demo_db, clerk, person, other).status is E.ACCEPTED


# -- statuses ----------------------------------------------------------------------------------


def test_every_change_writes_an_event_and_an_audit_entry(demo_db: Database, clerk: Actor) -> None:
    cohort = add_cohort(demo_db, add_programme(demo_db))
    done = enrolment.enrol(demo_db, clerk, add_person(demo_db), cohort)
    first = enrolment.change_status(demo_db, clerk, done.enrolment_id, E.ACTIVE)
    last = enrolment.drop(demo_db, clerk, done.enrolment_id, "Sakit berkepanjangan")

    assert (first.version, last.version) == (2, 3)
    assert events(demo_db, done.enrolment_id) == [
        ("", "applied"),
        ("applied", "accepted"),
        ("accepted", "active"),
        ("active", "dropped"),
    ]
    assert actions(demo_db, done.enrolment_id) == [
        "enrolment.create",
        "enrolment.status",
        "enrolment.status",
    ]
    assert seats(demo_db, cohort) == (0, 0)


def test_a_stale_version_is_refused(demo_db: Database, clerk: Actor) -> None:
    cohort = add_cohort(demo_db, add_programme(demo_db))
    done = enrolment.enrol(demo_db, clerk, add_person(demo_db), cohort)
    enrolment.change_status(demo_db, clerk, done.enrolment_id, E.ACTIVE, expected_version=1)
    with pytest.raises(Conflict):
        enrolment.change_status(demo_db, clerk, done.enrolment_id, E.COMPLETED, expected_version=1)
    assert status_of(demo_db, done.enrolment_id) == "active"


def test_ended_enrolments_do_not_change(demo_db: Database, clerk: Actor) -> None:
    cohort = add_cohort(demo_db, add_programme(demo_db))
    done = enrolment.enrol(demo_db, clerk, add_person(demo_db), cohort)
    enrolment.withdraw(demo_db, clerk, done.enrolment_id)
    with pytest.raises(NotAllowedNow) as refused:
        enrolment.change_status(demo_db, clerk, done.enrolment_id, E.ACTIVE)
    assert (refused.value.current, refused.value.target) == (E.WITHDRAWN, E.ACTIVE)
    assert seats(demo_db, cohort) == (0, 0)


# -- freed seats and the waitlist --------------------------------------------------------------


def test_a_freed_seat_is_offered_to_the_first_on_the_waitlist(
    demo_db: Database, clerk: Actor, clock: Clock
) -> None:
    programme = add_programme(demo_db)
    cohort = add_cohort(demo_db, programme, capacity=1)
    seated = enrolment.enrol(demo_db, clerk, add_person(demo_db), cohort)
    clock.tick(hours=1)
    early = enrolment.enrol(demo_db, clerk, add_person(demo_db, "Awal"), cohort)
    clock.tick(hours=1)
    needs = add_person(demo_db, "Butuh", has_disability=True, preferences=[programme])
    later = enrolment.enrol(demo_db, clerk, needs, cohort)
    assert enrolment.offer_next(demo_db, clerk, cohort) is None  # no seat free

    changed = enrolment.withdraw(demo_db, clerk, seated.enrolment_id, "Diterima kerja")

    offer = changed.offer
    assert offer is not None and offer.enrolment_id == later.enrolment_id
    assert offer.full_name == "Butuh" and offer.seats_free == 1
    assert {part.part for part in offer.parts} == {"disability", "preference", "waiting"}
    assert seats(demo_db, cohort) == (0, 0)
    assert "enrolment.offer" in actions(demo_db, later.enrolment_id)
    again = enrolment.offer_next(demo_db, clerk, cohort)
    assert again is not None and again.enrolment_id == later.enrolment_id

    # Not the one offered: the order is kept.
    with pytest.raises(Conflict) as refused:
        enrolment.accept_offer(demo_db, clerk, early.enrolment_id)
    assert refused.value.params["name"] == "Butuh"

    accepted = enrolment.accept_offer(demo_db, clerk, later.enrolment_id)
    assert accepted.status is E.ACCEPTED
    assert seats(demo_db, cohort) == (1, 1)
    assert events(demo_db, later.enrolment_id)[-1] == ("waitlisted", "accepted")
    assert enrolment.offer_next(demo_db, clerk, cohort) is None


def add_applied(db: Database, person: int, cohort: int) -> int:
    """An enrolment still "applied" (as an import would leave it), put in directly."""
    now = db.clock()
    with db.sessions.begin() as session:
        programme = session.scalar(select(Cohort.programme_id).where(Cohort.id == cohort))
        row = Enrolment(
            participant_id=person,
            cohort_id=cohort,
            programme_id=programme,
            status=E.APPLIED.value,
            reason="",
            override_reason="",
            holds_seat=False,
            applied_at=now,
            updated_at=now,
            version=1,
        )
        session.add(row)
        session.flush()
        return row.id


def test_a_seat_taken_meanwhile_leaves_them_waitlisted(demo_db: Database, clerk: Actor) -> None:
    cohort = add_cohort(demo_db, add_programme(demo_db), capacity=1)
    seated = enrolment.enrol(demo_db, clerk, add_person(demo_db), cohort)
    waiting = enrolment.enrol(demo_db, clerk, add_person(demo_db, "Menunggu"), cohort)
    applied = add_applied(demo_db, add_person(demo_db), cohort)
    offer = enrolment.withdraw(demo_db, clerk, seated.enrolment_id).offer
    assert offer is not None and offer.enrolment_id == waiting.enrolment_id
    # Another desk accepts someone who had applied into the free seat before the clerk confirms
    # (a walk-in cannot take it: see test_a_newcomer_waits_behind_the_waitlist).
    enrolment.change_status(demo_db, clerk, applied, E.ACCEPTED)

    with pytest.raises(SeatTaken) as taken:
        enrolment.accept_offer(demo_db, clerk, waiting.enrolment_id)
    assert taken.value.params["name"] == "Menunggu"
    assert status_of(demo_db, waiting.enrolment_id) == "waitlisted"
    assert seats(demo_db, cohort) == (1, 1)


def test_a_newcomer_waits_behind_the_waitlist(
    demo_db: Database, clerk: Actor, clock: Clock
) -> None:
    """The issue's rule: "when a seat frees, the next person is offered it and the clerk
    confirms". A full cohort, one person waiting; someone drops out; a newcomer is waitlisted,
    not seated, and the seat goes to the one who was waiting."""
    cohort = add_cohort(demo_db, add_programme(demo_db), capacity=1)
    seated = enrolment.enrol(demo_db, clerk, add_person(demo_db), cohort).enrolment_id
    enrolment.change_status(demo_db, clerk, seated, E.ACTIVE)
    clock.tick(hours=1)
    waiting = enrolment.enrol(demo_db, clerk, add_person(demo_db, "Menunggu"), cohort)
    assert waiting.status is E.WAITLISTED

    dropped = enrolment.drop(demo_db, clerk, seated, "Pindah kota")
    assert dropped.offer is not None and dropped.offer.enrolment_id == waiting.enrolment_id
    assert seats(demo_db, cohort) == (0, 0)

    clock.tick(hours=1)
    newcomer = enrolment.enrol(demo_db, clerk, add_person(demo_db, "Baru"), cohort)

    assert newcomer.status is E.WAITLISTED
    assert seats(demo_db, cohort) == (0, 0)  # the free seat stays free for the offer
    assert events(demo_db, newcomer.enrolment_id) == [("", "applied"), ("applied", "waitlisted")]
    found = enrolment.waitlist(demo_db, clerk, cohort)
    assert [entry.full_name for entry in found] == ["Menunggu", "Baru"]
    offer = enrolment.offer_next(demo_db, clerk, cohort)
    assert offer is not None and offer.enrolment_id == waiting.enrolment_id
    assert offer.seats_free == 1

    accepted = enrolment.accept_offer(demo_db, clerk, waiting.enrolment_id)

    assert accepted.status is E.ACCEPTED
    assert seats(demo_db, cohort) == (1, 1)
    assert status_of(demo_db, newcomer.enrolment_id) == "waitlisted"
    assert enrolment.offer_next(demo_db, clerk, cohort) is None  # full again


def test_a_newcomer_who_ranks_first_is_offered_the_seat(
    demo_db: Database, clerk: Actor, clock: Clock
) -> None:
    """Waitlisted "in their place by the documented score": a newcomer who scores higher than
    the one waiting is the one offered the freed seat, and takes it only by the clerk's
    confirmation."""
    programme = add_programme(demo_db)
    cohort = add_cohort(demo_db, programme, capacity=1)
    seated = enrolment.enrol(demo_db, clerk, add_person(demo_db), cohort).enrolment_id
    waiting = enrolment.enrol(demo_db, clerk, add_person(demo_db, "Menunggu"), cohort)
    enrolment.withdraw(demo_db, clerk, seated, "Diterima kerja")
    clock.tick(hours=1)
    needs = add_person(demo_db, "Butuh", has_disability=True, preferences=[programme])

    newcomer = enrolment.enrol(demo_db, clerk, needs, cohort)

    assert newcomer.status is E.WAITLISTED
    assert seats(demo_db, cohort) == (0, 0)
    found = enrolment.waitlist(demo_db, clerk, cohort)
    assert [entry.enrolment_id for entry in found] == [
        newcomer.enrolment_id,
        waiting.enrolment_id,
    ]
    offer = enrolment.offer_next(demo_db, clerk, cohort)
    assert offer is not None and offer.enrolment_id == newcomer.enrolment_id
    with pytest.raises(Conflict) as refused:
        enrolment.accept_offer(demo_db, clerk, waiting.enrolment_id)
    assert refused.value.params["name"] == "Butuh"

    enrolment.accept_offer(demo_db, clerk, newcomer.enrolment_id)

    assert status_of(demo_db, newcomer.enrolment_id) == "accepted"
    assert status_of(demo_db, waiting.enrolment_id) == "waitlisted"
    assert seats(demo_db, cohort) == (1, 1)


def test_a_newcomer_takes_a_free_seat_once_nobody_waits(demo_db: Database, clerk: Actor) -> None:
    cohort = add_cohort(demo_db, add_programme(demo_db), capacity=1)
    seated = enrolment.enrol(demo_db, clerk, add_person(demo_db), cohort).enrolment_id
    waiting = enrolment.enrol(demo_db, clerk, add_person(demo_db), cohort).enrolment_id
    enrolment.withdraw(demo_db, clerk, seated)
    assert enrolment.enrol(demo_db, clerk, add_person(demo_db), cohort).status is E.WAITLISTED
    enrolment.withdraw(demo_db, clerk, waiting)
    # Still one waiting (the newcomer above): the next one waits too.
    assert enrolment.enrol(demo_db, clerk, add_person(demo_db), cohort).status is E.WAITLISTED
    for entry in enrolment.waitlist(demo_db, clerk, cohort):
        enrolment.withdraw(demo_db, clerk, entry.enrolment_id)

    done = enrolment.enrol(demo_db, clerk, add_person(demo_db), cohort)

    assert done.status is E.ACCEPTED
    assert seats(demo_db, cohort) == (1, 1)


def test_bulk_enrolment_waits_behind_the_waitlist(demo_db: Database, clerk: Actor) -> None:
    cohort = add_cohort(demo_db, add_programme(demo_db), capacity=2)
    first = enrolment.enrol(demo_db, clerk, add_person(demo_db), cohort).enrolment_id
    second = enrolment.enrol(demo_db, clerk, add_person(demo_db), cohort).enrolment_id
    waiting = enrolment.enrol(demo_db, clerk, add_person(demo_db, "Menunggu"), cohort)
    enrolment.withdraw(demo_db, clerk, first)
    enrolment.withdraw(demo_db, clerk, second)
    assert seats(demo_db, cohort) == (0, 0)
    a, b = add_person(demo_db), add_person(demo_db)

    report = enrolment.enrol_many(demo_db, clerk, [a, b], cohort)

    assert [(line.participant_id, line.outcome) for line in report] == [
        (a, "waitlisted"),
        (b, "waitlisted"),
    ]
    assert seats(demo_db, cohort) == (0, 0)
    offer = enrolment.offer_next(demo_db, clerk, cohort)
    assert offer is not None and offer.enrolment_id == waiting.enrolment_id
    assert offer.seats_free == 2
    enrolment.accept_offer(demo_db, clerk, waiting.enrolment_id)
    assert seats(demo_db, cohort) == (1, 1)


def test_a_waitlisting_committed_meanwhile_is_not_passed_over(
    demo_db: Database, clerk: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One desk enrols a newcomer and has read the cohort (full) when, at other desks, someone
    else is waitlisted and then a seat frees and is offered to them. The newcomer's desk must
    not take that seat: it looks at the waitlist only once it holds the cohort's row."""
    if demo_db.is_sqlite:
        pytest.skip(ONE_WRITER)
    other_desk = open_database(demo_db.url)
    cohort = add_cohort(demo_db, add_programme(demo_db), capacity=1)
    seated = enrolment.enrol(demo_db, clerk, add_person(demo_db), cohort).enrolment_id
    newcomer, waiter = add_person(demo_db), add_person(demo_db, "Menunggu")
    at_the_seat, go_on = threading.Event(), threading.Event()
    taking = enrolment_enrol._take_seat
    outcome: list[object] = []

    def desk() -> None:
        try:
            outcome.append(enrolment.enrol(other_desk, clerk, newcomer, cohort).status)
        except BaseException as error:  # reported below, not lost in the thread
            outcome.append(error)

    thread = threading.Thread(target=desk)

    def take_later(connection: Any, cohort_id: int) -> bool:
        # The newcomer's desk waits here once (not when its call is run again).
        if threading.current_thread() is thread and not at_the_seat.is_set():
            at_the_seat.set()
            assert go_on.wait(timeout=30)
        return taking(connection, cohort_id)

    monkeypatch.setattr(enrolment_enrol, "_take_seat", take_later)
    try:
        thread.start()
        assert at_the_seat.wait(timeout=30)
        waiting = enrolment.enrol(demo_db, clerk, waiter, cohort)
        assert waiting.status is E.WAITLISTED
        offer = enrolment.withdraw(demo_db, clerk, seated).offer
        assert offer is not None and offer.enrolment_id == waiting.enrolment_id
        go_on.set()
        thread.join(timeout=60)
    finally:
        go_on.set()
        thread.join(timeout=60)
        other_desk.close()

    assert outcome == [E.WAITLISTED], outcome
    assert seats(demo_db, cohort) == (0, 0)
    enrolment.accept_offer(demo_db, clerk, waiting.enrolment_id)
    assert seats(demo_db, cohort) == (1, 1)


def test_the_waitlist_order_and_its_reasons(demo_db: Database, clerk: Actor, clock: Clock) -> None:
    programme = add_programme(demo_db)
    cohort = add_cohort(demo_db, programme, capacity=0)
    people = {
        "plain": add_person(demo_db, "Plain"),
        "poor": add_person(demo_db, "Poor", dtsen="yes", dtsen_decile=1),
        "wish": add_person(demo_db, "Wish", preferences=[999, programme]),
        "plain later": add_person(demo_db, "Plain Later"),
        "assisted": add_person(demo_db, "Assisted", assistance_bits=3),
        "disabled": add_person(demo_db, "Disabled", has_disability=True),
    }
    for person in people.values():
        enrolment.enrol(demo_db, clerk, person, cohort)
        clock.tick(days=1)

    found = enrolment.waitlist(demo_db, clerk, cohort)

    # Defaults: disability 30, DTSEN decile 1 30, assistance 20, wish 2 of 20 = 10, waiting 10
    # for 90 days (6 to 1 days here: 0.67 to 0.11).
    assert [entry.full_name for entry in found] == [
        "Poor",
        "Disabled",
        "Assisted",
        "Wish",
        "Plain",
        "Plain Later",
    ]
    assert [entry.position for entry in found] == [1, 2, 3, 4, 5, 6]
    assert found[0].score == 30.56  # 30 + 10 * 5/90 days
    assert [part.english() for part in found[0].parts] == [
        "DTSEN welfare decile 1",
        "Waiting for 5 days",
    ]
    assert found[3].parts[0].english() == "Wish number 2 in the needs analysis"
    scores = [entry.score for entry in found]
    assert scores == sorted(scores, reverse=True)


def test_equal_scores_go_by_who_applied_first(
    demo_db: Database, clerk: Actor, clock: Clock
) -> None:
    cohort = add_cohort(demo_db, add_programme(demo_db), capacity=0)
    first = enrolment.enrol(demo_db, clerk, add_person(demo_db, "Pertama"), cohort)
    second = enrolment.enrol(demo_db, clerk, add_person(demo_db, "Kedua"), cohort)  # same time
    found = enrolment.waitlist(demo_db, clerk, cohort)
    assert [e.enrolment_id for e in found] == [first.enrolment_id, second.enrolment_id]
    assert [e.tie_break for e in found] == [False, True]


def test_the_admin_sets_the_weights(demo_db: Database, admin: Actor, clerk: Actor) -> None:
    programme = add_programme(demo_db)
    cohort = add_cohort(demo_db, programme, capacity=0)
    enrolment.enrol(demo_db, clerk, add_person(demo_db, "Disabled", has_disability=True), cohort)
    enrolment.enrol(demo_db, clerk, add_person(demo_db, "Wish", preferences=[programme]), cohort)
    assert enrolment.waitlist(demo_db, clerk, cohort)[0].full_name == "Disabled"

    weights = WaitlistWeights(disability=5, preference=50)
    assert enrolment.set_waitlist_weights(demo_db, admin, weights) == weights
    assert enrolment.waitlist_weights(demo_db, clerk) == weights
    assert enrolment.waitlist(demo_db, clerk, cohort)[0].full_name == "Wish"

    with pytest.raises(PermissionDenied):
        enrolment.set_waitlist_weights(demo_db, clerk, WaitlistWeights())
    with pytest.raises(ValidationError) as refused:
        enrolment.set_waitlist_weights(demo_db, admin, WaitlistWeights(poverty=101))
    assert refused.value.field == "poverty"
    assert enrolment.waitlist_weights(demo_db, clerk) == weights


# -- bulk, profile and roster ------------------------------------------------------------------


def test_bulk_enrolment_reports_each_person(demo_db: Database, clerk: Actor) -> None:
    cohort = add_cohort(demo_db, add_programme(demo_db, EligibilityRules(min_age=18)), capacity=2)
    a, b, c = add_person(demo_db), add_person(demo_db), add_person(demo_db)
    young = add_person(demo_db, born=date(2012, 1, 1))

    report = enrolment.enrol_many(demo_db, clerk, [a, young, b, 999_999, c, a], cohort)

    assert [(line.participant_id, line.outcome) for line in report] == [
        (a, "enrolled"),
        (young, "refused"),
        (b, "enrolled"),
        (999_999, "refused"),
        (c, "waitlisted"),
        (a, "refused"),
    ]
    assert [f.rule for f in report[1].findings] == ["age"]
    assert report[3].english() == "This participant no longer exists."
    assert "already enrolled" in report[5].english()
    assert count_enrolments(demo_db) == 3
    assert seats(demo_db, cohort) == (2, 2)


def test_a_database_error_in_bulk_keeps_the_others(
    demo_db: Database, clerk: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    cohort = add_cohort(demo_db, add_programme(demo_db), capacity=5)
    a, broken, b = add_person(demo_db), add_person(demo_db), add_person(demo_db)
    enrolling = enrolment.enrol

    def failing(db: Database, actor: Actor, person: int, cohort_id: int) -> Any:
        if person == broken:
            raise sa_exc.OperationalError("INSERT", {}, Exception("disk I/O error"))
        return enrolling(db, actor, person, cohort_id)

    monkeypatch.setattr(enrolment_bulk, "enrol", failing)
    report = enrolment.enrol_many(demo_db, clerk, [a, broken, b], cohort)
    assert [line.outcome for line in report] == ["enrolled", "refused", "enrolled"]
    assert report[1].english() == "Not saved: the database refused it (disk I/O error)."
    assert seats(demo_db, cohort) == (2, 2)


def test_bulk_enrolment_into_a_closed_cohort_is_refused_once(
    demo_db: Database, clerk: Actor
) -> None:
    cohort = add_cohort(demo_db, add_programme(demo_db), status="finished")
    with pytest.raises(ValidationError):
        enrolment.enrol_many(demo_db, clerk, [add_person(demo_db)], cohort)


def test_the_profile_lists_enrolments_with_their_history(
    demo_db: Database, clerk: Actor, instructor: Actor, clock: Clock
) -> None:
    person = add_person(demo_db)
    first = add_cohort(demo_db, add_programme(demo_db))
    second = add_cohort(demo_db, add_programme(demo_db))
    old = enrolment.enrol(demo_db, clerk, person, first).enrolment_id
    enrolment.withdraw(demo_db, clerk, old, "Jadwal bentrok")
    clock.tick(days=3)
    new = enrolment.enrol(demo_db, clerk, person, second).enrolment_id

    found = enrolment.enrolments_of_participant(demo_db, instructor, person)

    assert [view.id for view in found] == [new, old]
    assert found[1].status is E.WITHDRAWN and found[1].reason == "Jadwal bentrok"
    assert [(e.from_status, e.to_status) for e in found[1].history] == [
        ("", "applied"),
        ("applied", "accepted"),
        ("accepted", "withdrawn"),
    ]
    assert found[1].history[-1].username == "petugas"
    assert found[0].programme_name.startswith("Programme")
    with pytest.raises(NotFound):
        enrolment.enrolments_of_participant(demo_db, clerk, 999_999)


def test_the_roster_of_a_cohort(demo_db: Database, clerk: Actor) -> None:
    cohort = add_cohort(demo_db, add_programme(demo_db), capacity=1)
    enrolment.enrol(demo_db, clerk, add_person(demo_db, "Zaenal"), cohort)
    enrolment.enrol(demo_db, clerk, add_person(demo_db, "Ani"), cohort)
    found = enrolment.roster(demo_db, clerk, cohort)
    assert [(line.full_name, line.status, line.holds_seat) for line in found] == [
        ("Zaenal", E.ACCEPTED, True),
        ("Ani", E.WAITLISTED, False),
    ]


# -- two desks, one last seat ------------------------------------------------------------------


@pytest.mark.parametrize("meet", ["at the call", "at the seat"])
def test_two_desks_taking_the_last_seat(
    demo_db: Database, clerk: Actor, monkeypatch: pytest.MonkeyPatch, meet: str
) -> None:
    """Two desks, each with its own connection (on SQLite two engines on one file), enrol two
    people into the last seat at once: exactly one gets it, the other is waitlisted. They meet
    at a barrier either just before calling `enrol`, or inside it, both having read the cohort
    with a free seat, just before the conditional UPDATE (the worst moment)."""
    if meet == "at the seat" and demo_db.is_sqlite:
        pytest.skip(ONE_WRITER)
    other_desk = open_database(demo_db.url)
    barrier = threading.Barrier(2, timeout=30)
    state = threading.local()
    if meet == "at the seat":
        taking = enrolment_enrol._take_seat

        def take_together(connection: Any, cohort_id: int) -> bool:
            if not getattr(state, "met", True):  # once per desk, not when a call is retried
                state.met = True
                barrier.wait()
            return taking(connection, cohort_id)

        monkeypatch.setattr(enrolment_enrol, "_take_seat", take_together)

    def desk(db: Database, person: int, cohort: int, outcome: dict[int, object]) -> None:
        state.met = False
        try:
            if meet == "at the call":
                barrier.wait()
            outcome[person] = enrolment.enrol(db, clerk, person, cohort).status.value
        except BaseException as error:  # reported below, not lost in the thread
            outcome[person] = error

    try:
        for _round in range(5):
            cohort = add_cohort(demo_db, add_programme(demo_db), capacity=3)
            for _ in range(2):
                enrolment.enrol(demo_db, clerk, add_person(demo_db), cohort)
            people = [add_person(demo_db), add_person(demo_db)]
            outcome: dict[int, object] = {}
            threads = [
                threading.Thread(target=desk, args=(db, person, cohort, outcome))
                for db, person in zip((demo_db, other_desk), people, strict=True)
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=60)
            assert sorted(map(str, outcome.values())) == ["accepted", "waitlisted"], outcome
            assert seats(demo_db, cohort) == (3, 3)
    finally:
        other_desk.close()


# -- bad input ---------------------------------------------------------------------------------


def _marked_texts() -> set[str]:
    texts: set[str] = set()
    root = Path(desktop.__file__).parent
    for folder in ("domain", "services"):
        for path in (root / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id == "QT_TRANSLATE_NOOP"
                    and node.args[0].value == "messages"  # type: ignore[attr-defined]
                ):
                    texts.add(node.args[1].value)  # type: ignore[attr-defined]
    return texts


@dataclass
class Scene:
    """A programme with an age rule and cohorts in every state, and people to use."""

    db: Database
    admin: Actor
    clerk: Actor
    full: int
    open: int
    finished: int
    archived: int
    adult: int
    young: int
    merged: int
    enrolled: int  # the adult's enrolment in `full`, accepted
    active: int  # an enrolment in training


@pytest.fixture
def scene(demo_db: Database, admin: Actor, clerk: Actor) -> Scene:
    programme = add_programme(demo_db, EligibilityRules(min_age=18))
    full = add_cohort(demo_db, programme, capacity=1)
    adult, young = add_person(demo_db), add_person(demo_db, born=date(2012, 1, 1))
    merged = add_person(demo_db)
    with demo_db.sessions.begin() as session:
        session.execute(
            update(Participant)
            .where(Participant.id == merged)
            .values(status="merged", merged_into_id=adult)
        )
    enrolled = enrolment.enrol(demo_db, clerk, adult, full).enrolment_id
    other = add_cohort(demo_db, add_programme(demo_db))
    active = enrolment.enrol(demo_db, clerk, add_person(demo_db), other).enrolment_id
    enrolment.change_status(demo_db, clerk, active, E.ACTIVE)
    return Scene(
        db=demo_db,
        admin=admin,
        clerk=clerk,
        full=full,
        open=add_cohort(demo_db, programme),
        finished=add_cohort(demo_db, programme, status="finished"),
        archived=add_cohort(demo_db, programme, status="archived"),
        adult=adult,
        young=young,
        merged=merged,
        enrolled=enrolled,
        active=active,
    )


BAD: dict[str, tuple[Callable[[Scene], object], type[PelitaError], str | None]] = {
    "second enrolment in the same programme": (
        lambda s: enrolment.enrol(s.db, s.clerk, s.adult, s.open),
        Conflict,
        "cohort",
    ),
    "cohort finished": (
        lambda s: enrolment.enrol(s.db, s.clerk, add_person(s.db), s.finished),
        ValidationError,
        "cohort",
    ),
    "cohort archived": (
        lambda s: enrolment.enrol(s.db, s.clerk, add_person(s.db), s.archived),
        ValidationError,
        "cohort",
    ),
    "not eligible": (
        lambda s: enrolment.enrol(s.db, s.clerk, s.young, s.open),
        NotEligible,
        "eligibility",
    ),
    "clerk override refused": (
        lambda s: enrolment.enrol(s.db, s.clerk, s.young, s.open, "Rekomendasi"),
        PermissionDenied,
        "override_reason",
    ),
    "merged participant": (
        lambda s: enrolment.enrol(s.db, s.admin, s.merged, s.open),
        Conflict,
        "participant",
    ),
    "unknown participant": (
        lambda s: enrolment.enrol(s.db, s.clerk, 999_999, s.open),
        NotFound,
        "participant",
    ),
    "unknown cohort": (
        lambda s: enrolment.enrol(s.db, s.clerk, s.adult, 999_999),
        NotFound,
        "cohort",
    ),
    "unknown enrolment": (
        lambda s: enrolment.drop(s.db, s.clerk, 999_999, "Pindah"),
        NotFound,
        "enrolment",
    ),
    "unknown enrolment offered": (
        lambda s: enrolment.accept_offer(s.db, s.clerk, 999_999),
        NotFound,
        "enrolment",
    ),
    "unknown cohort's waitlist": (
        lambda s: enrolment.waitlist(s.db, s.clerk, 999_999),
        NotFound,
        "cohort",
    ),
    "drop without reason": (
        lambda s: enrolment.drop(s.db, s.clerk, s.active, "   "),
        ValidationError,
        "reason",
    ),
    "drop before the start": (
        lambda s: enrolment.drop(s.db, s.clerk, s.enrolled, "Pindah"),
        NotAllowedNow,
        "status",
    ),
    "withdraw during training": (
        lambda s: enrolment.withdraw(s.db, s.clerk, s.active, "Pindah"),
        NotAllowedNow,
        "status",
    ),
    "accept someone with a seat": (
        lambda s: enrolment.accept_offer(s.db, s.clerk, s.enrolled),
        NotAllowedNow,
        "status",
    ),
    "capacity full, no seat to accept": (
        lambda s: enrolment.change_status(
            s.db,
            s.clerk,
            enrolment.enrol(s.db, s.admin, s.young, s.full, "Rekomendasi").enrolment_id,
            E.ACCEPTED,
        ),
        SeatTaken,
        "status",
    ),
}


@pytest.mark.parametrize("case", list(BAD), ids=list(BAD))
def test_bad_input_is_refused_with_a_message(scene: Scene, case: str) -> None:
    call, kind, field = BAD[case]
    before = count_enrolments(scene.db) + (1 if case.startswith("capacity") else 0)
    with pytest.raises(PelitaError) as caught:
        call(scene)
    error = caught.value
    assert type(error) is kind
    assert error.field == field
    assert error.text in _marked_texts(), error.text
    names = {name for _, name, _, _ in string.Formatter().parse(error.text) if name}
    assert names <= set(error.params)
    assert all(isinstance(value, str | int) for value in error.params.values())
    assert error.english().strip()
    assert count_enrolments(scene.db) == before  # nothing written by a refusal
    assert seats(scene.db, scene.full) == (1, 1)


def test_capacity_full_waitlists_rather_than_refuses(scene: Scene) -> None:
    """Not an error: a full cohort takes the person on its waitlist."""
    done = enrolment.enrol(scene.db, scene.admin, scene.young, scene.full, "Rekomendasi")
    assert done.status is E.WAITLISTED
