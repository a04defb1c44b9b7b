"""Enrolment rules (domain.enrolment): the allowed status changes, the waitlist score as
documented, and, against the service on a real SQLite file, that whatever happens to a cohort
its seat counter never passes capacity, always equals the seat-holding enrolments, the
waitlist is always in the documented order, and a newcomer takes a free seat only while nobody
is waiting (else joins the waitlist)."""

from __future__ import annotations

import contextlib
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    consumes,
    invariant,
    multiple,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import func, select

from desktop.domain.enrolment import (
    DEFAULT_WEIGHTS,
    HOLDS_SEAT,
    LEAVING,
    TRANSITIONS,
    EnrolmentStatus,
    NotAllowedNow,
    Waiting,
    WaitlistWeights,
    check_transition,
    may_enrol_again,
    ordered,
    priority,
    sort_key,
)
from desktop.domain.errors import PelitaError, ValidationError
from desktop.domain.programme_rules import EligibilityRules
from desktop.services import enrolment
from desktop.services.context import Actor
from desktop.store.database import Database
from desktop.store.models import Programme
from desktop.store.participants import Participant
from desktop.store.training import Cohort, Enrolment

E = EnrolmentStatus
NOW = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)

# -- transitions -------------------------------------------------------------------------------


def test_the_documented_paths() -> None:
    assert TRANSITIONS[E.APPLIED] == {E.ACCEPTED, E.WAITLISTED, E.WITHDRAWN}
    assert TRANSITIONS[E.WAITLISTED] == {E.ACCEPTED, E.WITHDRAWN}
    assert TRANSITIONS[E.ACCEPTED] == {E.ACTIVE, E.WITHDRAWN}
    assert TRANSITIONS[E.ACTIVE] == {E.COMPLETED, E.DROPPED, E.FAILED}
    for ended in (E.COMPLETED, E.DROPPED, E.FAILED, E.WITHDRAWN):
        assert TRANSITIONS[ended] == frozenset()
    assert set(TRANSITIONS) == set(E)
    assert {E.ACCEPTED, E.ACTIVE, E.COMPLETED} == HOLDS_SEAT
    assert not HOLDS_SEAT & LEAVING


@pytest.mark.parametrize("current", list(E))
@pytest.mark.parametrize("target", list(E))
def test_every_pair_is_allowed_or_refused_as_the_table_says(
    current: EnrolmentStatus, target: EnrolmentStatus
) -> None:
    if target in TRANSITIONS[current]:
        check_transition(current, target, "alasan")
    else:
        with pytest.raises(NotAllowedNow) as refused:
            check_transition(current, target, "alasan")
        assert (refused.value.current, refused.value.target, refused.value.field) == (
            current,
            target,
            "status",
        )


@pytest.mark.parametrize("reason", ["", "   ", "\n"])
def test_dropping_out_needs_a_reason(reason: str) -> None:
    with pytest.raises(ValidationError) as refused:
        check_transition(E.ACTIVE, E.DROPPED, reason)
    assert refused.value.field == "reason"
    check_transition(E.ACTIVE, E.FAILED, "")
    check_transition(E.ACCEPTED, E.WITHDRAWN, "")


def test_enrolling_again_only_after_leaving() -> None:
    assert may_enrol_again([])
    assert may_enrol_again([E.DROPPED, E.FAILED, E.WITHDRAWN])
    for other in (E.APPLIED, E.ACCEPTED, E.WAITLISTED, E.ACTIVE, E.COMPLETED):
        assert not may_enrol_again([E.DROPPED, other])


def test_every_status_has_a_label() -> None:
    assert all(status.label for status in E)


# -- the score ---------------------------------------------------------------------------------

waitings = st.builds(
    Waiting,
    enrolment_id=st.integers(1, 10_000),
    applied_at=st.datetimes(
        min_value=datetime(2026, 1, 1), max_value=datetime(2026, 12, 1), timezones=st.just(UTC)
    ),
    has_disability=st.booleans(),
    dtsen=st.sampled_from(["unknown", "yes", "no"]),
    dtsen_decile=st.none() | st.integers(1, 10),
    poor_family=st.booleans(),
    assistance_bits=st.integers(0, 31),
    preferences=st.lists(st.integers(1, 6), max_size=4, unique=True).map(tuple),
)
weights = st.builds(
    WaitlistWeights,
    disability=st.integers(0, 100),
    poverty=st.integers(0, 100),
    assistance=st.integers(0, 100),
    preference=st.integers(0, 100),
    waiting=st.integers(0, 100),
)


def documented(who: Waiting, programme_id: int, w: WaitlistWeights, now: datetime) -> float:
    """The formula of the module docstring, written out again."""
    if who.dtsen == "yes" and who.dtsen_decile is not None:
        poverty = (11 - who.dtsen_decile) / 10
    elif who.dtsen == "yes" or who.poor_family:
        poverty = 0.5
    else:
        poverty = 0.0
    wish = 1 / (who.preferences.index(programme_id) + 1) if programme_id in who.preferences else 0
    days = max(0.0, (now - who.applied_at).total_seconds() / 86400)
    parts = [
        w.disability * (1 if who.has_disability else 0),
        w.poverty * poverty,
        w.assistance * (1 if who.assistance_bits else 0),
        w.preference * wish,
        w.waiting * min(days, 90) / 90,
    ]
    return round(sum(round(part, 2) for part in parts), 2)


@given(who=waitings, programme_id=st.integers(1, 6), w=weights)
def test_the_score_is_the_documented_formula(
    who: Waiting, programme_id: int, w: WaitlistWeights
) -> None:
    found = priority(who, programme_id, w, NOW)
    assert found.score == documented(who, programme_id, w, NOW)
    assert found.score == round(sum(part.points for part in found.parts), 2)
    assert all(part.english() for part in found.parts)


@given(people=st.lists(waitings, max_size=12, unique_by=lambda w: w.enrolment_id), w=weights)
def test_the_order_is_by_score_then_who_applied_first(
    people: list[Waiting], w: WaitlistWeights
) -> None:
    found = ordered(people, 3, w, NOW)
    keys = [sort_key(p.score, who) for who, p in found]
    assert keys == sorted(keys)
    assert sorted(who.enrolment_id for who, _p in found) == sorted(p.enrolment_id for p in people)


def test_waiting_longer_never_lowers_a_score() -> None:
    who = Waiting(1, NOW - timedelta(days=10))
    later = priority(who, 1, DEFAULT_WEIGHTS, NOW + timedelta(days=30)).score
    assert later > priority(who, 1, DEFAULT_WEIGHTS, NOW).score
    capped = priority(who, 1, DEFAULT_WEIGHTS, NOW + timedelta(days=400)).score
    assert capped == DEFAULT_WEIGHTS.waiting


def test_the_documented_default_weights() -> None:
    assert DEFAULT_WEIGHTS.to_json() == {
        "disability": 30,
        "poverty": 30,
        "assistance": 20,
        "preference": 20,
        "waiting": 10,
    }


def test_weights_from_stored_settings() -> None:
    assert WaitlistWeights.from_json(None) == DEFAULT_WEIGHTS
    assert WaitlistWeights.from_json({"disability": 7, "other": 1, "poverty": "x"}) == (
        WaitlistWeights(disability=7)
    )
    assert WaitlistWeights.from_json({"waiting": 500}).waiting == DEFAULT_WEIGHTS.waiting
    with pytest.raises(ValidationError) as refused:
        WaitlistWeights(waiting=-1).validate()
    assert refused.value.field == "waiting"


# -- the service, whatever happens (SQLite) ----------------------------------------------------


def _add(db: Database, row: Any) -> int:
    with db.sessions.begin() as session:
        session.add(row)
        session.flush()
        return int(row.id)


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


def test_seats_and_the_waitlist_stay_right_whatever_happens(
    sqlite_db: Database, admin_on_sqlite: tuple[Actor, Actor]
) -> None:
    db = sqlite_db
    admin, clerk = admin_on_sqlite
    clock = Clock()
    db.clock = clock
    # Adults only, hard: the young ones are enrolled by an admin's override.
    programme = _add(
        db,
        Programme(
            code="PROP",
            name="Property",
            skill_area="x",
            hours_jp=10,
            eligibility=EligibilityRules(min_age=18).to_json(),
        ),
    )
    counter = iter(range(1, 10_000))

    class Cohorts(RuleBasedStateMachine):
        enrolments = Bundle("enrolments")

        def __init__(self) -> None:
            super().__init__()
            number = next(counter)
            self.capacity = number % 4  # 0 to 3 seats
            self.cohort = _add(
                db,
                Cohort(
                    programme_id=programme,
                    code=f"P-{number}",
                    year=2027,
                    sequence=number,
                    start_date=date(2027, 2, 1),
                    end_date=date(2027, 3, 1),
                    capacity=self.capacity,
                    funding="apbn",
                    status="open",
                ),
            )
            self.waiting: dict[int, Waiting] = {}  # as the documented score sees each person

        def _seats_taken(self) -> int:
            with db.sessions() as session:
                taken = session.scalar(select(Cohort.seats_taken).where(Cohort.id == self.cohort))
            return int(taken or 0)

        def _expected(self) -> EnrolmentStatus:
            """The rule: a seat only if one is free and nobody is waiting, else the waitlist."""
            anyone_waiting = bool(enrolment.waitlist(db, clerk, self.cohort))
            seat_free = self._seats_taken() < self.capacity
            if seat_free and anyone_waiting:
                event("enrol: seat free, but someone is waiting")
            return E.ACCEPTED if seat_free and not anyone_waiting else E.WAITLISTED

        def _waits(
            self, enrolment_id: int, disability: bool, decile: int | None, wish: bool
        ) -> None:
            self.waiting[enrolment_id] = Waiting(
                enrolment_id=enrolment_id,
                applied_at=clock.now,
                has_disability=disability,
                dtsen="yes" if decile else "unknown",
                dtsen_decile=decile,
                preferences=(programme,) if wish else (),
            )

        def _person(self, young: bool, disability: bool, decile: int | None, wish: bool) -> int:
            number = next(counter)
            return _add(
                db,
                Participant(
                    full_name=f"Orang {number}",
                    name_sort=f"orang {number}",
                    name_key=f"orang {number}",
                    birth_date=date(2012 if young else 1990, 1, 1),
                    sex="L",
                    has_disability=disability,
                    dtsen="yes" if decile else "unknown",
                    dtsen_decile=decile,
                    preferences=[programme] if wish else [],
                    created_at=clock.now,
                    updated_at=clock.now,
                ),
            )

        @rule(
            target=enrolments,
            young=st.booleans(),
            override=st.booleans(),
            disability=st.booleans(),
            decile=st.none() | st.integers(1, 10),
            wish=st.booleans(),
            hours=st.integers(0, 72),
        )
        def enrol(
            self,
            young: bool,
            override: bool,
            disability: bool,
            decile: int | None,
            wish: bool,
            hours: int,
        ) -> int:
            clock.now += timedelta(hours=hours)
            person = self._person(young, disability, decile, wish)
            expected = self._expected()
            try:
                if override:
                    done = enrolment.enrol(db, admin, person, self.cohort, "Rekomendasi")
                else:
                    done = enrolment.enrol(db, clerk, person, self.cohort)
            except enrolment.NotEligible:
                assert young and not override
                event("enrol: refused")
                return 0
            assert done.status is expected
            event(f"enrol: {done.status.value}{' (override)' if young else ''}")
            self._waits(done.enrolment_id, disability, decile, wish)
            return done.enrolment_id

        @rule(
            target=enrolments,
            people=st.lists(
                st.tuples(st.booleans(), st.booleans(), st.none() | st.integers(1, 10)),
                min_size=1,
                max_size=3,
            ),
            hours=st.integers(0, 72),
        )
        def enrol_several(self, people: list[tuple[bool, bool, int | None]], hours: int) -> Any:
            """`enrol_many` follows the same rule, person after person."""
            clock.now += timedelta(hours=hours)
            ids = [
                self._person(young, disability, decile, False)
                for young, disability, decile in people
            ]
            free = self.capacity - self._seats_taken()
            anyone_waiting = bool(enrolment.waitlist(db, clerk, self.cohort))
            if free > 0 and anyone_waiting:
                event("enrol_many: seat free, but someone is waiting")
            report = enrolment.enrol_many(db, clerk, ids, self.cohort)
            assert [line.participant_id for line in report] == ids
            made: list[int] = []
            for line, (young, disability, decile) in zip(report, people, strict=True):
                if young:
                    assert line.outcome == "refused"
                    continue
                if free > 0 and not anyone_waiting:
                    assert line.outcome == "enrolled"
                    free -= 1
                else:
                    assert line.outcome == "waitlisted"
                    anyone_waiting = True
                assert line.enrolment_id is not None
                event(f"enrol_many: {line.outcome}")
                self._waits(line.enrolment_id, disability, decile, False)
                made.append(line.enrolment_id)
            return multiple(*made)

        @rule(
            which=consumes(enrolments), reason=st.sampled_from(["", "Pindah"]), take=st.booleans()
        )
        def leave(self, which: int, reason: str, take: bool) -> None:
            if not which:
                return
            for leaving in (enrolment.withdraw, enrolment.drop):
                with contextlib.suppress(PelitaError):
                    changed = leaving(db, clerk, which, reason)
                    event(f"left: {changed.status.value}, offer: {changed.offer is not None}")
                    if changed.offer is not None and take:
                        enrolment.accept_offer(db, clerk, changed.offer.enrolment_id)
                        event("offer accepted")

        @rule(take=st.booleans())
        def free_a_seat(self, take: bool) -> None:
            """Someone with a seat leaves (the path that offers seats, made common)."""
            holders = [line for line in enrolment.roster(db, clerk, self.cohort) if line.holds_seat]
            leaving = next((line for line in holders if line.status is not E.COMPLETED), None)
            if leaving is None:
                return
            if leaving.status is E.ACTIVE:
                changed = enrolment.drop(db, clerk, leaving.enrolment_id, "Pindah")
            else:
                changed = enrolment.withdraw(db, clerk, leaving.enrolment_id)
            event(f"left: {changed.status.value}, offer: {changed.offer is not None}")
            if changed.offer is not None and take:
                enrolment.accept_offer(db, clerk, changed.offer.enrolment_id)
                event("offer accepted")

        @rule(which=enrolments)
        def start(self, which: int) -> None:
            if which:
                self._try(lambda: enrolment.change_status(db, clerk, which, E.ACTIVE))

        @rule(which=enrolments, to=st.sampled_from([E.COMPLETED, E.FAILED]))
        def finish(self, which: int, to: EnrolmentStatus) -> None:
            if which:
                self._try(lambda: enrolment.change_status(db, clerk, which, to))

        @rule()
        def offer_and_accept(self) -> None:
            offer = enrolment.offer_next(db, clerk, self.cohort)
            if offer is not None:
                assert (
                    offer.enrolment_id == enrolment.waitlist(db, clerk, self.cohort)[0].enrolment_id
                )
                enrolment.accept_offer(db, clerk, offer.enrolment_id)
                event("offer accepted")

        @rule(which=enrolments)
        def accept_anyone(self, which: int) -> None:
            if which:
                self._try(lambda: enrolment.accept_offer(db, clerk, which))

        @staticmethod
        def _try(call: Any) -> None:
            with contextlib.suppress(PelitaError):  # refused: the invariants check nothing moved
                call()

        @invariant()
        def seats_are_counted_right(self) -> None:
            with db.sessions() as session:
                taken = session.scalar(select(Cohort.seats_taken).where(Cohort.id == self.cohort))
                holding = session.scalar(
                    select(func.count())
                    .select_from(Enrolment)
                    .where(Enrolment.cohort_id == self.cohort, Enrolment.holds_seat == True)  # noqa: E712
                )
                statuses = session.scalars(
                    select(Enrolment.status).where(
                        Enrolment.cohort_id == self.cohort,
                        Enrolment.holds_seat == True,  # noqa: E712
                    )
                ).all()
            assert taken is not None and 0 <= taken <= self.capacity
            assert taken == holding
            assert all(E(status) in HOLDS_SEAT for status in statuses)

        @invariant()
        def waitlist_is_in_the_documented_order(self) -> None:
            found = enrolment.waitlist(db, clerk, self.cohort)
            event(f"waitlist of {min(len(found), 3)}+")
            keys = [(-entry.score, entry.applied_at, entry.enrolment_id) for entry in found]
            assert keys == sorted(keys)
            for entry in found:
                who = self.waiting[entry.enrolment_id]
                assert entry.score == documented(who, programme, DEFAULT_WEIGHTS, clock.now)
            assert [entry.position for entry in found] == list(range(1, len(found) + 1))

    run_state_machine_as_test(
        Cohorts,
        settings=settings(
            max_examples=60,
            stateful_step_count=20,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        ),
    )


@pytest.fixture
def admin_on_sqlite(sqlite_db: Database) -> tuple[Actor, Actor]:
    from desktop.services.accounts import authenticate
    from desktop.services.demo import build_demo

    build_demo(sqlite_db)
    return (
        authenticate(sqlite_db, "admin", "admin-demo"),
        authenticate(sqlite_db, "petugas", "petugas-demo"),
    )
