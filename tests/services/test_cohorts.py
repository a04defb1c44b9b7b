"""Cohorts and their sessions, on SQLite and PostgreSQL: codes (also from two desks at once),
sessions around holidays, clashes, single-session changes, permissions and refusals."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, time
from typing import Any

import pytest
from sqlalchemy import func, select, update

from desktop.domain.calendar_id import HolidayName
from desktop.domain.cohort import CohortInput, CohortStatus, Funding, SessionKind, Slot
from desktop.domain.errors import (
    Conflict,
    FieldWarning,
    PermissionDenied,
    ValidationError,
    ValidationErrors,
    fill,
)
from desktop.services import accounts, cohorts
from desktop.services.context import Actor
from desktop.services.participants import EditConflict
from desktop.store.database import Database, open_database
from desktop.store.models import AuditEntry, Programme
from desktop.store.training import Cohort, CohortSession

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)
# The desk's clock: a Monday before every cohort below, so all their sessions lie ahead.
NOW = datetime(2026, 1, 5, 2, 0, tzinfo=UTC)


def slot(weekday: int, starts: str = "08:00", ends: str = "12:00") -> Slot:
    return Slot(weekday, time.fromisoformat(starts), time.fromisoformat(ends))


@pytest.fixture
def desk(demo_db: Database, admin: Actor) -> Database:
    demo_db.clock = lambda: NOW
    return demo_db


@pytest.fixture
def programmes(desk: Database) -> dict[str, int]:
    """Two programmes inserted through the store, as the programmes area would."""
    with desk.sessions.begin() as session:
        rows = [
            Programme(
                code="MJH",
                name="Menjahit Busana",
                skill_area="Menjahit",
                hours_jp=120,
                default_capacity=16,
                active=True,
            ),
            Programme(
                code="HDR",
                name="Hidroponik Rumahan",
                skill_area="Pertanian modern",
                hours_jp=40,
                default_capacity=25,
                active=True,
            ),
        ]
        session.add_all(rows)
        session.flush()
        return {row.code: row.id for row in rows}


def sewing(programmes: dict[str, int], **changes: Any) -> CohortInput:
    data = CohortInput(
        programme_id=programmes["MJH"],
        start_date=date(2026, 8, 3),
        end_date=date(2026, 8, 28),
        slots=(slot(MON), slot(WED), slot(FRI, "13:00", "16:00")),
        room="Ruang Jahit 1",
        branch="Cianjur",
        funding=Funding.APBD,
    )
    return replace(data, **changes)


def audit(db: Database, action: str) -> list[AuditEntry]:
    with db.sessions() as session:
        return list(
            session.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by("id"))
        )


def cohort_count(db: Database) -> int:
    with db.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(Cohort)) or 0)


# -------------------------------------------------------------------------------------- creating


def test_a_new_cohort_gets_its_code_capacity_and_sessions(
    desk: Database, admin: Actor, instructor: Actor, programmes: dict[str, int]
) -> None:
    saved = cohorts.create_cohort(
        desk, admin, sewing(programmes, instructor_ids=(instructor.user_id,))
    )
    cohort = saved.cohort
    assert cohort.code == "MJH-2026-01"
    assert cohort.status is CohortStatus.PLANNED
    assert cohort.capacity == 16  # the programme's default
    assert cohort.fill_rate == 0.0
    assert cohort.funding is Funding.APBD
    assert [i.user_id for i in cohort.instructors] == [instructor.user_id]
    days = [s.day for s in cohort.sessions]
    # Mondays, Wednesdays and Fridays of August 2026, but not the 17th (Independence Day).
    assert date(2026, 8, 17) not in days
    assert days[:4] == [date(2026, 8, 3), date(2026, 8, 5), date(2026, 8, 7), date(2026, 8, 10)]
    assert len(days) == 12 - 1
    assert {s.kind for s in cohort.sessions} == {SessionKind.REGULAR}
    assert {s.room for s in cohort.sessions} == {"Ruang Jahit 1"}
    friday = next(s for s in cohort.sessions if s.day == date(2026, 8, 7))
    assert (friday.starts, friday.ends) == (time(13), time(16))
    [holiday] = saved.warnings
    assert holiday.field == "schedule"
    assert holiday.params == {"day": date(2026, 8, 17), "holiday": HolidayName(date(2026, 8, 17))}
    # Filled in the reader's language: the GUI's, or English on the command line.
    assert fill(holiday.text, holiday.params, "id") == (
        "No session on 17 Agustus 2026, a public holiday: Hari Kemerdekaan Republik Indonesia."
    )
    assert holiday.english() == "No session on 17 August 2026, a public holiday: Independence Day."
    [entry] = audit(desk, "cohort.create")
    assert entry.entity == "cohort" and entry.entity_id == str(cohort.id)
    assert entry.after is not None
    assert entry.after["code"] == "MJH-2026-01" and entry.after["sessions"] == 11
    assert entry.username == "admin"


def test_codes_count_per_programme_and_year(
    desk: Database, admin: Actor, programmes: dict[str, int]
) -> None:
    codes = [
        cohorts.create_cohort(desk, admin, data).cohort.code
        for data in (
            sewing(programmes),
            sewing(programmes, start_date=date(2026, 9, 7), end_date=date(2026, 10, 2)),
            sewing(programmes, start_date=date(2027, 1, 4), end_date=date(2027, 2, 26)),
            sewing(programmes, programme_id=programmes["HDR"]),
            sewing(programmes, start_date=date(2026, 11, 2), end_date=date(2026, 11, 27)),
        )
    ]
    assert codes == ["MJH-2026-01", "MJH-2026-02", "MJH-2027-01", "HDR-2026-01", "MJH-2026-03"]
    listed = cohorts.list_cohorts(desk, admin, programmes["MJH"])
    assert [row.code for row in listed] == [
        "MJH-2027-01",
        "MJH-2026-03",
        "MJH-2026-02",
        "MJH-2026-01",
    ]
    assert len(cohorts.list_cohorts(desk, admin)) == 5


def test_two_desks_creating_at_once_get_different_codes(
    desk: Database, admin: Actor, programmes: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each desk its own connection pool and thread; both read the last number before either
    writes (a barrier holds them), so one must lose the unique constraint and try again."""
    if desk.is_sqlite:
        pytest.skip(
            "SQLite lets one writing desk into a transaction at a time (BEGIN IMMEDIATE): both "
            "cannot hold the same number (tests/store/test_sqlite_writers.py)"
        )
    desks = [open_database(desk.url), open_database(desk.url)]
    for other in desks:
        other.clock = desk.clock
    barrier = threading.Barrier(2, timeout=20)
    first_try = threading.local()
    calls: list[str] = []
    real_next_code: Callable[..., tuple[int, str]] = cohorts._next_code

    def racing_next_code(work: Any, programme: Programme, year: int) -> tuple[int, str]:
        found = real_next_code(work, programme, year)
        calls.append(found[1])
        if not getattr(first_try, "done", False):
            first_try.done = True
            barrier.wait()  # both desks hold the same number now
        return found

    monkeypatch.setattr(cohorts, "_next_code", racing_next_code)
    results: list[str] = []
    failures: list[BaseException] = []

    def run(db: Database) -> None:
        try:
            results.append(cohorts.create_cohort(db, admin, sewing(programmes)).cohort.code)
        except BaseException as error:  # reported below, with the thread's traceback
            failures.append(error)

    threads = [threading.Thread(target=run, args=(db,)) for db in desks]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
    finally:
        for other in desks:
            other.close()
    assert not failures, failures
    assert sorted(results) == ["MJH-2026-01", "MJH-2026-02"]
    assert calls[:2] == ["MJH-2026-01", "MJH-2026-01"]  # a real race: both chose 01 first
    assert len(calls) >= 3 and calls[-1] == "MJH-2026-02"  # the loser tried again
    assert cohort_count(desk) == 2
    assert len(audit(desk, "cohort.create")) == 2


def test_bad_input_is_refused_and_nothing_is_stored(
    desk: Database, admin: Actor, programmes: dict[str, int]
) -> None:
    cases = {
        "end_date": sewing(programmes, end_date=date(2026, 7, 31)),
        "schedule": sewing(programmes, slots=()),
        "capacity": sewing(programmes, capacity=0),
        "room": sewing(programmes, room="R" * 10_000),
    }
    for field, data in cases.items():
        with pytest.raises(ValidationErrors) as caught:
            cohorts.create_cohort(desk, admin, data)
        assert field in {error.field for error in caught.value.errors}
    with pytest.raises(ValidationErrors) as caught:
        cohorts.create_cohort(desk, admin, sewing(programmes, slots=(slot(MON, "12:00", "08:00"),)))
    assert caught.value.errors[0].field == "schedule"
    assert cohort_count(desk) == 0
    assert audit(desk, "cohort.create") == []


def test_a_programme_no_longer_offered_gets_no_new_cohort(
    desk: Database, admin: Actor, programmes: dict[str, int]
) -> None:
    with desk.sessions.begin() as session:
        session.execute(update(Programme).where(Programme.code == "MJH").values(active=False))
    with pytest.raises(ValidationErrors) as caught:
        cohorts.create_cohort(desk, admin, sewing(programmes))
    assert [error.field for error in caught.value.errors] == ["programme"]


def test_only_instructors_and_admins_teach(
    desk: Database, admin: Actor, clerk: Actor, instructor: Actor, programmes: dict[str, int]
) -> None:
    with pytest.raises(ValidationErrors) as caught:
        cohorts.create_cohort(
            desk, admin, sewing(programmes, instructor_ids=(instructor.user_id, clerk.user_id))
        )
    [error] = caught.value.errors
    assert error.field == "instructors" and error.params == {"name": "Dewi Lestari"}
    accounts.set_active(desk, admin, instructor.user_id, False)
    with pytest.raises(ValidationErrors, match="disabled"):
        cohorts.create_cohort(desk, admin, sewing(programmes, instructor_ids=(instructor.user_id,)))
    saved = cohorts.create_cohort(desk, admin, sewing(programmes, instructor_ids=(admin.user_id,)))
    assert [i.user_id for i in saved.cohort.instructors] == [admin.user_id]


# ------------------------------------------------------------------------------------- clashes


def test_instructor_and_room_clashes_are_warnings(
    desk: Database, admin: Actor, instructor: Actor, programmes: dict[str, int]
) -> None:
    first = cohorts.create_cohort(
        desk, admin, sewing(programmes, instructor_ids=(instructor.user_id,))
    ).cohort
    # Mondays 10:00-14:00 in the same room and branch, taught by the same instructor.
    second = cohorts.create_cohort(
        desk,
        admin,
        sewing(
            programmes,
            programme_id=programmes["HDR"],
            slots=(slot(MON, "10:00", "14:00"),),
            instructor_ids=(instructor.user_id,),
        ),
    )
    clashes = [w for w in second.warnings if w.field in ("room", "instructors")]
    assert {w.field for w in clashes} == {"room", "instructors"}
    room = next(w for w in clashes if w.field == "room")
    assert room.params == {
        "room": "Ruang Jahit 1",
        "cohort": first.code,
        "day": date(2026, 8, 3),
        "starts": "08:00",
        "ends": "12:00",
        "count": 3,  # Mondays 3, 10 and 24 August (the 17th is a holiday)
    }
    teacher = next(w for w in clashes if w.field == "instructors")
    assert teacher.params["instructor"] == "Bambang Suryono"
    assert teacher.params["cohort"] == first.code
    assert "MJH-2026-01" in teacher.english() and "08:00" in teacher.english()
    # The first cohort sees the same clash from its side.
    seen = cohorts.find_conflicts(desk, admin, first.id)
    assert {(w.field, w.params["cohort"]) for w in seen} == {
        ("room", second.cohort.code),
        ("instructors", second.cohort.code),
    }


def test_no_clash_back_to_back_elsewhere_or_when_cancelled(
    desk: Database, admin: Actor, instructor: Actor, programmes: dict[str, int]
) -> None:
    first = cohorts.create_cohort(
        desk, admin, sewing(programmes, instructor_ids=(instructor.user_id,))
    ).cohort
    hdr = programmes["HDR"]
    back_to_back = cohorts.create_cohort(
        desk,
        admin,
        sewing(programmes, programme_id=hdr, slots=(slot(MON, "12:00", "14:00"),)),
    )
    assert not [w for w in back_to_back.warnings if w.field in ("room", "instructors")]
    other_branch = cohorts.create_cohort(
        desk, admin, sewing(programmes, programme_id=hdr, branch="Sukabumi")
    )
    assert not [w for w in other_branch.warnings if w.field == "room"]
    # One clashing cohort on a single Monday; cancelling that Monday of the first ends it.
    one_day = sewing(
        programmes,
        programme_id=hdr,
        start_date=date(2026, 8, 10),
        end_date=date(2026, 8, 10),
        slots=(slot(MON),),
    )
    clash = cohorts.create_cohort(desk, admin, one_day)
    assert [w.field for w in clash.warnings] == ["room"]
    monday = next(s for s in first.sessions if s.day == date(2026, 8, 10))
    cohorts.cancel_session(desk, admin, monday.id, "Instruktur sakit")
    assert cohorts.find_conflicts(desk, admin, clash.cohort.id) == []


# ------------------------------------------------------------------------------ single sessions


def test_move_cancel_and_make_up_keep_their_reasons_in_the_audit(
    desk: Database, admin: Actor, programmes: dict[str, int]
) -> None:
    cohort = cohorts.create_cohort(desk, admin, sewing(programmes)).cohort
    first, second = cohort.sessions[:2]

    moved = cohorts.move_session(
        desk, admin, first.id, date(2026, 8, 4), time(9), time(13), "Ruang dipakai ujian"
    )
    assert (moved.session.day, moved.session.starts, moved.session.ends) == (
        date(2026, 8, 4),
        time(9),
        time(13),
    )
    assert moved.session.moved_from == date(2026, 8, 3)
    assert moved.session.reason == "Ruang dipakai ujian"
    again = cohorts.move_session(desk, admin, first.id, date(2026, 8, 6), time(9), time(13))
    assert again.session.moved_from == date(2026, 8, 3)  # still the day first planned
    [first_move, second_move] = audit(desk, "session.move")
    assert first_move.entity_id == str(cohort.id)
    assert first_move.before is not None and first_move.after is not None
    assert first_move.before["day"] == "2026-08-03"
    assert first_move.after["day"] == "2026-08-04"
    assert first_move.after["reason"] == "Ruang dipakai ujian"
    assert first_move.after["moved_from"] == "2026-08-03"
    assert second_move.after is not None and second_move.after["day"] == "2026-08-06"

    with pytest.raises(ValidationError) as caught:
        cohorts.cancel_session(desk, admin, second.id, "   ")
    assert caught.value.field == "reason"
    cancelled = cohorts.cancel_session(desk, admin, second.id, "Banjir di jalan desa")
    assert cancelled.cancelled and cancelled.reason == "Banjir di jalan desa"
    with pytest.raises(Conflict):
        cohorts.cancel_session(desk, admin, second.id, "lagi")
    with pytest.raises(ValidationError):
        cohorts.move_session(desk, admin, second.id, date(2026, 8, 8), time(8), time(12))
    [entry] = audit(desk, "session.cancel")
    assert entry.after is not None and entry.after["reason"] == "Banjir di jalan desa"

    makeup = cohorts.add_makeup_session(
        desk, admin, cohort.id, date(2026, 8, 17), time(8), time(12), "Ganti hari banjir"
    )
    assert makeup.session.kind is SessionKind.MAKEUP
    assert makeup.session.room == "Ruang Jahit 1"
    [holiday] = makeup.warnings
    assert holiday.field == "day"
    assert holiday.params["holiday"].localised("id").startswith("Hari Kemerdekaan")
    [entry] = audit(desk, "session.makeup")
    assert entry.after is not None
    assert entry.after["reason"] == "Ganti hari banjir" and entry.after["kind"] == "makeup"
    sessions = cohorts.list_sessions(desk, admin, cohort.id)
    assert len(sessions) == 12  # 11 generated and the make-up one
    assert sum(s.cancelled for s in sessions) == 1


def test_session_input_is_checked(desk: Database, admin: Actor, programmes: dict[str, int]) -> None:
    cohort = cohorts.create_cohort(desk, admin, sewing(programmes)).cohort
    session = cohort.sessions[0]
    with pytest.raises(ValidationErrors) as caught:
        cohorts.move_session(
            desk, admin, session.id, date(2026, 8, 4), time(13), time(9), "x" * 501, "R" * 10_000
        )
    assert {error.field for error in caught.value.errors} == {"ends", "reason", "room"}
    with pytest.raises(ValidationError):  # nowhere new to go
        cohorts.move_session(desk, admin, session.id, session.day, session.starts, session.ends)
    outside = cohorts.add_makeup_session(desk, admin, cohort.id, date(2026, 9, 1), time(8), time(9))
    assert [w.field for w in outside.warnings] == ["day"]
    assert cohorts.list_sessions(desk, admin, cohort.id)[0] == session  # unchanged


def test_moving_into_another_cohorts_room_warns(
    desk: Database, admin: Actor, programmes: dict[str, int]
) -> None:
    first = cohorts.create_cohort(desk, admin, sewing(programmes)).cohort
    second = cohorts.create_cohort(
        desk,
        admin,
        sewing(programmes, programme_id=programmes["HDR"], slots=(slot(TUE),)),
    ).cohort
    tuesday = second.sessions[0]
    moved = cohorts.move_session(
        desk, admin, tuesday.id, date(2026, 8, 5), time(11), time(13), "Tukar hari"
    )
    [warning] = moved.warnings
    assert warning.field == "room"
    assert warning.params["cohort"] == first.code and warning.params["count"] == 1


# ---------------------------------------------------------------------------------- permissions


def test_clerks_and_instructors_read_but_do_not_change(
    desk: Database,
    admin: Actor,
    clerk: Actor,
    instructor: Actor,
    programmes: dict[str, int],
) -> None:
    cohort = cohorts.create_cohort(desk, admin, sewing(programmes)).cohort
    session = cohort.sessions[0]
    for reader in (clerk, instructor):
        assert cohorts.get_cohort(desk, reader, cohort.id).code == cohort.code
        assert [row.id for row in cohorts.list_cohorts(desk, reader)] == [cohort.id]
        assert len(cohorts.list_sessions(desk, reader, cohort.id)) == len(cohort.sessions)
        assert cohorts.find_conflicts(desk, reader, cohort.id) == []
    changes: list[Callable[[], object]] = [
        lambda: cohorts.create_cohort(desk, clerk, sewing(programmes)),
        lambda: cohorts.update_cohort(desk, clerk, cohort.id, 1, sewing(programmes, capacity=9)),
        lambda: cohorts.change_status(desk, clerk, cohort.id, 1, CohortStatus.OPEN),
        lambda: cohorts.set_instructors(desk, clerk, cohort.id, 1, [admin.user_id]),
        lambda: cohorts.move_session(desk, clerk, session.id, date(2026, 8, 4), time(8), time(9)),
        lambda: cohorts.cancel_session(desk, clerk, session.id, "hujan"),
        lambda: cohorts.add_makeup_session(
            desk, clerk, cohort.id, date(2026, 8, 4), time(8), time(9)
        ),
        lambda: cohorts.cancel_session(desk, instructor, session.id, "hujan"),
    ]
    for change in changes:
        with pytest.raises(PermissionDenied):
            change()
    assert cohorts.get_cohort(desk, admin, cohort.id) == cohort  # nothing changed
    assert cohort_count(desk) == 1


# ------------------------------------------------------------------------------------- changing


def test_capacity_below_the_seats_taken_is_refused(
    desk: Database, admin: Actor, programmes: dict[str, int]
) -> None:
    cohort = cohorts.create_cohort(desk, admin, sewing(programmes, capacity=20)).cohort
    with desk.sessions.begin() as session:
        session.execute(update(Cohort).where(Cohort.id == cohort.id).values(seats_taken=12))
    with pytest.raises(ValidationError) as caught:
        cohorts.update_cohort(desk, admin, cohort.id, 1, sewing(programmes, capacity=11))
    assert caught.value.field == "capacity"
    assert caught.value.english() == (
        "12 seats are already taken, so the capacity cannot be less than 12."
    )
    stored = cohorts.get_cohort(desk, admin, cohort.id)
    assert (stored.capacity, stored.version) == (20, 1)
    saved = cohorts.update_cohort(desk, admin, cohort.id, 1, sewing(programmes, capacity=12))
    assert saved.cohort.capacity == 12 and saved.cohort.fill_rate == 1.0
    assert saved.cohort.version == 2
    [entry] = audit(desk, "cohort.update")
    assert entry.before == {"capacity": 20}
    assert entry.after == {"capacity": 12, "version": 2}
    [row] = cohorts.list_cohorts(desk, admin)
    assert row.fill_rate == 1.0


def test_a_stale_form_is_refused_with_who_changed_what(
    desk: Database, admin: Actor, programmes: dict[str, int]
) -> None:
    cohort = cohorts.create_cohort(desk, admin, sewing(programmes)).cohort
    cohorts.update_cohort(desk, admin, cohort.id, 1, sewing(programmes, room="Aula"))
    with pytest.raises(EditConflict) as caught:
        cohorts.update_cohort(desk, admin, cohort.id, 1, sewing(programmes, capacity=10))
    assert caught.value.current_version == 2
    assert caught.value.params == {"people": "admin", "fields": "room"}
    stored = cohorts.get_cohort(desk, admin, cohort.id)
    assert (stored.room, stored.capacity) == ("Aula", 16)
    assert {s.room for s in stored.sessions} == {"Aula"}  # the sessions moved with it


def test_the_programme_of_a_cohort_does_not_change(
    desk: Database, admin: Actor, programmes: dict[str, int]
) -> None:
    cohort = cohorts.create_cohort(desk, admin, sewing(programmes)).cohort
    with pytest.raises(ValidationErrors) as caught:
        cohorts.update_cohort(
            desk, admin, cohort.id, 1, sewing(programmes, programme_id=programmes["HDR"])
        )
    assert [error.field for error in caught.value.errors] == ["programme"]


def test_status_steps_are_audited_and_archived_cohorts_stay_as_they_are(
    desk: Database, admin: Actor, programmes: dict[str, int]
) -> None:
    cohort = cohorts.create_cohort(desk, admin, sewing(programmes)).cohort
    with pytest.raises(ValidationError) as caught:
        cohorts.change_status(desk, admin, cohort.id, 1, CohortStatus.RUNNING)
    assert caught.value.english() == "Only an open cohort can start running."
    version = 1
    for target in (
        CohortStatus.OPEN,
        CohortStatus.RUNNING,
        CohortStatus.FINISHED,
        CohortStatus.ARCHIVED,
    ):
        detail = cohorts.change_status(desk, admin, cohort.id, version, target)
        assert detail.status is target
        version = detail.version
    entries = audit(desk, "cohort.status")
    assert (entries[0].before, entries[0].after) == (
        {"status": "planned"},
        {"status": "open", "version": 2},
    )
    assert len(entries) == 4
    with pytest.raises(ValidationError, match="archived"):
        cohorts.update_cohort(desk, admin, cohort.id, version, sewing(programmes, capacity=5))
    with pytest.raises(ValidationError, match="archived"):
        cohorts.cancel_session(desk, admin, cohort.sessions[0].id, "tutup")


def test_set_instructors_replaces_the_list_and_warns_of_clashes(
    desk: Database, admin: Actor, instructor: Actor, programmes: dict[str, int]
) -> None:
    first = cohorts.create_cohort(
        desk, admin, sewing(programmes, instructor_ids=(instructor.user_id,))
    ).cohort
    second = cohorts.create_cohort(
        desk, admin, sewing(programmes, programme_id=programmes["HDR"], room="Kebun")
    ).cohort
    saved = cohorts.set_instructors(desk, admin, second.id, 1, [instructor.user_id, admin.user_id])
    assert {i.user_id for i in saved.cohort.instructors} == {instructor.user_id, admin.user_id}
    assert saved.cohort.version == 2
    [warning] = saved.warnings
    assert warning.field == "instructors" and warning.params["cohort"] == first.code
    saved = cohorts.set_instructors(desk, admin, second.id, 2, [admin.user_id])
    assert [i.user_id for i in saved.cohort.instructors] == [admin.user_id]
    assert saved.warnings == []
    entries = [e for e in audit(desk, "cohort.update") if e.entity_id == str(second.id)]
    assert entries[-1].before == {"instructors": sorted([instructor.user_id, admin.user_id])}
    assert entries[-1].after == {"instructors": [admin.user_id], "version": 3}


def test_new_dates_and_schedule_regenerate_the_sessions(
    desk: Database, admin: Actor, programmes: dict[str, int]
) -> None:
    cohort = cohorts.create_cohort(desk, admin, sewing(programmes)).cohort
    by_day = {s.day: s for s in cohort.sessions}
    cohorts.cancel_session(desk, admin, by_day[date(2026, 8, 5)].id, "Rapat desa")
    cohorts.move_session(
        desk, admin, by_day[date(2026, 8, 10)].id, date(2026, 8, 11), time(8), time(12), "Pasar"
    )
    cohorts.add_makeup_session(
        desk, admin, cohort.id, date(2026, 8, 27), time(8), time(12), "Ganti"
    )
    cohorts.add_makeup_session(desk, admin, cohort.id, date(2026, 8, 8), time(8), time(12), "Sabtu")
    kept_id = by_day[date(2026, 8, 3)].id

    # Mondays and Wednesdays only, 09:00-12:00 on Wednesdays, ending on the 21st.
    saved = cohorts.update_cohort(
        desk,
        admin,
        cohort.id,
        1,
        sewing(
            programmes,
            end_date=date(2026, 8, 21),
            slots=(slot(MON), slot(WED, "09:00", "12:00")),
        ),
    )
    sessions = saved.cohort.sessions
    regular = [s for s in sessions if s.kind is SessionKind.REGULAR and s.moved_from is None]
    assert [s.day for s in regular] == [
        date(2026, 8, 3),
        date(2026, 8, 5),
        date(2026, 8, 12),
        date(2026, 8, 19),
    ]  # the 10th was moved to the 11th; the 17th is a holiday
    assert regular[0].id == kept_id  # same day and times: the same row
    cancelled = regular[1]
    assert cancelled.cancelled and cancelled.reason == "Rapat desa"
    assert (cancelled.starts, cancelled.ends) == (time(9), time(12))  # the new times
    [moved] = [s for s in sessions if s.moved_from is not None]
    assert (moved.day, moved.reason) == (date(2026, 8, 11), "Pasar")
    [makeup] = [s for s in sessions if s.kind is SessionKind.MAKEUP]
    assert makeup.day == date(2026, 8, 8)  # the one on the 27th is past the new end
    removed = [w for w in saved.warnings if "removed" in w.text]
    assert [w.params for w in removed] == [{"day": date(2026, 8, 27), "reason": "Ganti"}]
    [entry] = audit(desk, "cohort.update")
    assert entry.after is not None
    assert set(entry.after) == {"end_date", "schedule", "version", "sessions"}
    assert [s["day"] for s in entry.after["sessions"]["removed"]] == ["2026-08-27"]


def test_sessions_before_today_are_left_alone(
    desk: Database, admin: Actor, programmes: dict[str, int]
) -> None:
    cohort = cohorts.create_cohort(desk, admin, sewing(programmes)).cohort
    desk.clock = lambda: datetime(2026, 8, 12, 2, 0, tzinfo=UTC)
    saved = cohorts.update_cohort(desk, admin, cohort.id, 1, sewing(programmes, slots=(slot(TUE),)))
    days = [s.day for s in saved.cohort.sessions]
    past = [s.day for s in cohort.sessions if s.day < date(2026, 8, 12)]
    assert days[: len(past)] == past  # Mon, Wed, Fri before the 12th, as they were
    assert days[len(past) :] == [date(2026, 8, 18)]  # the 25th is Maulid Nabi


def test_no_new_dates_or_schedule_once_attendance_was_taken(
    desk: Database, admin: Actor, programmes: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    cohort = cohorts.create_cohort(desk, admin, sewing(programmes)).cohort
    asked: list[int] = []

    def taken(session: object, cohort_id: int) -> bool:
        asked.append(cohort_id)
        return True

    monkeypatch.setattr(cohorts, "has_attendance", taken)
    with pytest.raises(ValidationErrors) as caught:
        cohorts.update_cohort(
            desk,
            admin,
            cohort.id,
            1,
            sewing(programmes, start_date=date(2026, 8, 5), slots=(slot(TUE),)),
        )
    assert asked == [cohort.id]
    assert {error.field for error in caught.value.errors} == {"start_date", "schedule"}
    assert "Attendance" in caught.value.english()
    assert cohorts.get_cohort(desk, admin, cohort.id) == cohort  # nothing lost
    # What does not touch the sessions can still change.
    saved = cohorts.update_cohort(desk, admin, cohort.id, 1, sewing(programmes, capacity=18))
    assert saved.cohort.capacity == 18
    assert saved.cohort.sessions == cohort.sessions


def test_has_attendance_is_false_until_attendance_exists(
    desk: Database, admin: Actor, programmes: dict[str, int]
) -> None:
    cohort = cohorts.create_cohort(desk, admin, sewing(programmes)).cohort
    with desk.sessions() as session:
        assert cohorts.has_attendance(session, cohort.id) is False


def test_unknown_cohorts_and_sessions(desk: Database, admin: Actor) -> None:
    from desktop.domain.errors import NotFound

    with pytest.raises(NotFound):
        cohorts.get_cohort(desk, admin, 999)
    with pytest.raises(NotFound):
        cohorts.cancel_session(desk, admin, 999, "hujan")
    with desk.sessions() as session:
        assert session.scalar(select(func.count()).select_from(CohortSession)) == 0


def test_warnings_are_field_warnings(
    desk: Database, admin: Actor, programmes: dict[str, int]
) -> None:
    saved = cohorts.create_cohort(
        desk,
        admin,
        sewing(
            programmes,
            start_date=date(2025, 12, 29),
            end_date=date(2026, 1, 9),
            slots=(slot(THU),),
        ),
    )
    assert all(isinstance(w, FieldWarning) for w in saved.warnings)
    fields = sorted(w.field for w in saved.warnings)
    assert fields == ["schedule", "start_date"]  # 1 January is a holiday; the start is past
