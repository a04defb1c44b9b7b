"""Recording follow-up calls, on SQLite and PostgreSQL: attempts that did not reach anyone,
the answers of a reached call, corrections with the audit log's before and after, the
refusals of the bad-input catalogue (each leaves nothing stored), and two desks recording
the same call at once."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from datetime import UTC
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.domain.errors import PermissionDenied, ValidationError, ValidationErrors
from desktop.domain.evaluation import WorkKind
from desktop.domain.follow_up import CallInput, add_months
from desktop.services import follow_up_calls
from desktop.services.accounts import authenticate
from desktop.services.context import Actor
from desktop.services.follow_up import follow_up_history, record_call
from desktop.store.database import Database, open_database
from desktop.store.evaluation import FollowUp
from desktop.store.models import AuditEntry
from tests.services.test_follow_up_list import NO_FOLLOW, TODAY, World
from tests.services.test_follow_up_list import world as world  # a fixture

ANSWERS: dict[str, Any] = {
    "work": "informal",
    "business": True,
    "business_kind": "Jahit permak di rumah",
    "monthly_income": "1,5 jt",
    "uses_skill": True,
    "needs_help": True,
    "help_note": "Modal untuk mesin obras",
}


def call(world: World, name: str, months: int = 3, reached: bool = True, **changes: Any) -> Any:
    values = {**(ANSWERS if reached else {}), **changes}
    return CallInput(world.enrolments[name], months, reached, **values)


def stored(db: Database) -> list[tuple[Any, ...]]:
    with db.sessions() as session:
        rows = session.execute(
            select(FollowUp.enrolment_id, FollowUp.months, FollowUp.attempts, FollowUp.reached)
        ).all()
        audits = session.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.action == "follow_up.call")
        )
    return [*map(tuple, rows), ("audits", audits)]


def test_not_reached_counts_attempts(world: World, clerk: Actor) -> None:
    record_call(world.db, clerk, call(world, "Siti Aminah", reached=False), TODAY)
    later = add_months(TODAY, 0).replace(day=21)
    saved = record_call(
        world.db, clerk, call(world, "Siti Aminah", reached=False, note="Nomor tidak aktif"), later
    )
    assert (saved.attempts, saved.reached, saved.last_call_on) == (2, False, later)
    assert saved.note == "Nomor tidak aktif"


def test_reached_stores_the_answers_with_the_income_read(world: World, clerk: Actor) -> None:
    record_call(world.db, clerk, call(world, "Siti Aminah", reached=False), TODAY)
    saved = record_call(world.db, clerk, call(world, "Siti Aminah"), TODAY)
    assert saved.attempts == 2 and saved.reached
    assert saved.work is WorkKind.INFORMAL and saved.business is True
    assert saved.business_kind == "Jahit permak di rumah"
    assert saved.monthly_income == 1_500_000
    assert (saved.uses_skill, saved.needs_help) == (True, True)
    history = follow_up_history(world.db, clerk, world.enrolments["Siti Aminah"])
    assert history.full_name == "Siti Aminah" and history.phone == "0812-3456-7890"
    assert history.programme == "Menjahit Pakaian Dasar" and history.cohort_code == "JHT-3"
    assert history.at(3) == saved
    assert (history.at(6).attempts, history.at(6).due_on) == (0, add_months(history.end_date, 6))


def test_recording_again_corrects_with_before_and_after(world: World, clerk: Actor) -> None:
    record_call(world.db, clerk, call(world, "Siti Aminah"), TODAY)
    fixed = record_call(
        world.db,
        clerk,
        call(world, "Siti Aminah", monthly_income="Rp 2.000.000", business=False),
        TODAY,
    )
    assert fixed.attempts == 1  # a correction is not another call
    assert fixed.monthly_income == 2_000_000 and fixed.business is False
    assert fixed.business_kind == ""
    with world.db.sessions() as session:
        last = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.action == "follow_up.call")
            .order_by(AuditEntry.id.desc())
        ).first()
    assert last is not None
    assert last.before["monthly_income"] == 1_500_000
    assert last.after["monthly_income"] == 2_000_000
    assert last.username == "petugas"


def test_income_may_be_left_out(world: World, clerk: Actor) -> None:
    saved = record_call(world.db, clerk, call(world, "Siti Aminah", monthly_income=""), TODAY)
    assert saved.reached and saved.monthly_income is None


# The bad-input catalogue: (what is typed, the field at fault, the message in English).
REFUSALS = [
    pytest.param(
        "Dedi Kurnia", {}, "enrolment",
        "Dedi Kurnia did not complete the training, so no outcome can be recorded.",
        id="never completed",
    ),
    pytest.param(
        "Budi Santoso", {}, "enrolment",
        "Budi Santoso withdrew consent to follow-up contact on 2 January 2026; no call may be"
        " recorded.",
        id="consent withdrawn",
    ),
    pytest.param(
        "Ani Rahayu", {}, "enrolment",
        "Ani Rahayu did not agree to follow-up contact; no call may be recorded.",
        id="never consented",
    ),
    pytest.param(
        "Indra Gunawan", {}, "enrolment",
        "Indra Gunawan did not agree to follow-up contact; no call may be recorded.",
        id="no consent on record",
    ),
    pytest.param(
        "Siti Aminah", {"months": 4}, "months",
        "Follow-up calls are made 3, 6 or 12 months after the training.",
        id="months not 3, 6 or 12",
    ),
    pytest.param(
        "Siti Aminah", {"months": 6}, "months",
        "The 6-month call of Siti Aminah is due on 20 January 2027; it cannot be recorded"
        " before then.",
        id="not yet due",
    ),
    pytest.param(
        "Siti Aminah", {"monthly_income": "1,5"}, "monthly_income",
        "1,5 is too little to be rupiah a month. Type the monthly income in rupiah, such as"
        " 1.500.000 or 1,5 jt.",
        id="income without a unit",
    ),
    pytest.param(
        "Siti Aminah", {"monthly_income": "abc"}, "monthly_income",
        "Type the monthly income in rupiah, such as 1.500.000 or 1,5 jt.",
        id="income unreadable",
    ),
    pytest.param(
        "Siti Aminah", {"monthly_income": "15.000.000.000"}, "monthly_income",
        "Rp 15.000.000.000 a month is more than Pelita accepts; check the zeros.",
        id="income too many zeros",
    ),
    pytest.param(
        "Siti Aminah", {"business_kind": "  "}, "business_kind",
        "Say what kind of business it is, such as tailoring or catering.",
        id="business kind missing",
    ),
    pytest.param(
        "Siti Aminah", {"work": None}, "work",
        "Choose whether the person works now: formal, informal or not.",
        id="work missing",
    ),
    pytest.param(
        "Siti Aminah", {"work": "sometimes"}, "work",
        "Choose whether the person works now: formal, informal or not.",
        id="work unknown",
    ),
    pytest.param("Siti Aminah", {"uses_skill": None}, "uses_skill", "Choose yes or no.",
                 id="uses skill missing"),
    pytest.param("Siti Aminah", {"needs_help": None}, "needs_help", "Choose yes or no.",
                 id="needs help missing"),
    pytest.param("Siti Aminah", {"business": None}, "business", "Choose yes or no.",
                 id="business missing"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "changes", "field", "text"), REFUSALS)
def test_bad_input_is_refused_and_nothing_is_stored(
    world: World, clerk: Actor, name: str, changes: dict[str, Any], field: str, text: str
) -> None:
    before = stored(world.db)
    with pytest.raises(ValidationError) as caught:
        record_call(world.db, clerk, call(world, name, **changes), TODAY)
    assert (caught.value.field, caught.value.english()) == (field, text)
    assert stored(world.db) == before


def test_several_missing_answers_are_named_at_once(world: World, clerk: Actor) -> None:
    empty = CallInput(world.enrolments["Siti Aminah"], 3, True)
    with pytest.raises(ValidationErrors) as caught:
        record_call(world.db, clerk, empty, TODAY)
    assert [e.field for e in caught.value.errors] == [
        "work",
        "business",
        "uses_skill",
        "needs_help",
    ]
    assert stored(world.db) == [("audits", 0)]


def test_a_reached_call_cannot_become_not_reached(world: World, clerk: Actor) -> None:
    record_call(world.db, clerk, call(world, "Siti Aminah"), TODAY)
    before = stored(world.db)
    with pytest.raises(ValidationError, match="already reached") as caught:
        record_call(world.db, clerk, call(world, "Siti Aminah", reached=False), TODAY)
    assert caught.value.field == "reached"
    assert stored(world.db) == before


def test_withdrawal_after_calls_refuses_the_next(world: World, clerk: Actor) -> None:
    from datetime import datetime

    from desktop.store.participants import ConsentRecord

    record_call(world.db, clerk, call(world, "Siti Aminah", reached=False), TODAY)
    with world.db.sessions.begin() as session:
        session.add(
            ConsentRecord(
                participant_id=world.people["Siti Aminah"],
                purposes=NO_FOLLOW,
                text_version="1",
                method="signed_paper",
                given_on=TODAY,
                recorded_at=datetime(2026, 11, 20, tzinfo=UTC),
                recorded_by="admin",
            )
        )
    with pytest.raises(ValidationError, match=r"withdrew consent .* on 20 November 2026"):
        record_call(world.db, clerk, call(world, "Siti Aminah"), TODAY)


def test_instructors_may_not(world: World, instructor: Actor) -> None:
    with pytest.raises(PermissionDenied):
        record_call(world.db, instructor, call(world, "Siti Aminah"), TODAY)
    with pytest.raises(PermissionDenied):
        follow_up_history(world.db, instructor, world.enrolments["Siti Aminah"])


def _at_once(calls: list[Callable[[], object]]) -> list[BaseException | None]:
    start = threading.Barrier(len(calls), timeout=30)
    outcomes: list[BaseException | None] = [None] * len(calls)

    def run(index: int, action: Callable[[], object]) -> None:
        try:
            start.wait()
            action()
        except BaseException as error:  # reported by the test, not lost in the thread
            outcomes[index] = error

    threads = [threading.Thread(target=run, args=item) for item in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return outcomes


def test_two_desks_recording_the_same_call_at_once_lose_no_attempt(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both desks read "no call yet" before either writes, unless the enrolment's lock makes
    the second wait: then both attempts count and neither desk sees an error."""
    both_read = threading.Barrier(2, timeout=0.5)
    read = follow_up_calls.existing_call

    def read_then_wait(*args: Any) -> Any:
        found = read(*args)
        with contextlib.suppress(threading.BrokenBarrierError):
            both_read.wait()
        return found

    monkeypatch.setattr(follow_up_calls, "existing_call", read_then_wait)
    desks = [open_database(world.db.url) for _ in range(2)]
    try:
        for desk in desks:
            desk.clock = world.db.clock
        actors = [authenticate(desk, "petugas", "petugas-demo") for desk in desks]
        attempt = call(world, "Siti Aminah", reached=False)
        outcomes = _at_once(
            [
                lambda desk=desk, actor=actor: record_call(desk, actor, attempt, TODAY)
                for desk, actor in zip(desks, actors, strict=True)
            ]
        )
    finally:
        for desk in desks:
            desk.close()
    assert outcomes == [None, None]
    [(_, _, attempts, reached), _audits] = stored(world.db)
    assert (attempts, reached) == (2, False)
