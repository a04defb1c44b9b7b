"""The demo centre's attendance: the instructor takes the roll of every session held so far in
the finished and the running cohort, on the session's day, as at a real class: everyone present
first, then the exceptions (late, excused, sick, absent). One participant of the running cohort
has missed the last three sessions, so the at-risk list has someone to call.

The marks are given through the services with the desk's clock set to each session's morning,
so the audit log and the lock on old marks read as they would at a centre. A seeded random
choice keeps every demo the same.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select

from desktop.domain.attendance import Mark, MarkInput
from desktop.domain.roles import Role
from desktop.services import attendance
from desktop.services.context import Actor
from desktop.store.database import Database
from desktop.store.models import User
from desktop.store.training import CohortSession

# Of every hundred marks after "everyone present": late, excused, sick, absent.
EXCEPTIONS = ((Mark.LATE, 6), (Mark.EXCUSED, 3), (Mark.SICK, 3), (Mark.ABSENT, 4))
NOTES = {
    Mark.LATE: ("Angkot mogok", "Mengantar anak sekolah", ""),
    Mark.EXCUSED: ("Acara keluarga", "Surat izin dari RT"),
    Mark.SICK: ("Demam", "Surat dokter"),
    Mark.ABSENT: ("",),
}


@contextmanager
def desk_clock_at(db: Database, moment: Callable[[], datetime]) -> Iterator[None]:
    """The desk's clock set to `moment` while inside (the demo's history has its own days)."""
    kept = db.clock
    db.clock = moment
    try:
        yield
    finally:
        db.clock = kept


def take_demo_attendance(
    db: Database, instructor_id: int, cohort_id: int, *, missing_lately: bool
) -> None:
    """The roll of every session of the cohort held before today."""
    instructor = _actor(db, instructor_id)
    today = db.clock().astimezone().date()
    chooser = random.Random(cohort_id)
    with db.sessions() as session:
        held = session.execute(
            select(CohortSession.id, CohortSession.day)
            .where(
                CohortSession.cohort_id == cohort_id,
                CohortSession.day < today,
                CohortSession.cancelled == False,  # noqa: E712 (SQL, not Python)
            )
            .order_by(CohortSession.day, CohortSession.starts)
        ).all()
    for number, (session_id, day) in enumerate(held):
        with desk_clock_at(db, _morning(day)):
            lines = attendance.mark_everyone_present(db, instructor, session_id)
            people = [line for line in lines if line.applicable]
            for position, line in enumerate(people):
                mark = _exception(chooser)
                if missing_lately and position == 0 and number >= len(held) - 3:
                    mark = Mark.ABSENT  # the one the at-risk list shows
                if mark is None:
                    continue
                note = chooser.choice(NOTES[mark])
                minutes = chooser.choice((5, 10, 15, 30)) if mark is Mark.LATE else 0
                data = MarkInput(mark, minutes, note)
                attendance.mark(db, instructor, session_id, line.enrolment_id, data)


def _exception(chooser: random.Random) -> Mark | None:
    roll = chooser.randrange(100)
    for mark, share in EXCEPTIONS:
        if roll < share:
            return mark
        roll -= share
    return None


def _morning(day: date) -> Callable[[], datetime]:
    """10:00 at the desk on that day, as an aware UTC time (the clock's kind)."""
    local = datetime.combine(day, time(10, 0)).astimezone()
    moment = local.astimezone(UTC)
    return lambda: moment


def _actor(db: Database, user_id: int) -> Actor:
    with db.sessions() as session:
        user = session.get(User, user_id)
        assert user is not None
        return Actor(user.id, user.username, user.full_name, Role(user.role))


def shifted(db: Database, days: int) -> Callable[[], datetime]:
    """The desk's clock moved `days` back: what happened before the demo's cohorts began."""
    kept = db.clock
    return lambda: kept() - timedelta(days=days)
