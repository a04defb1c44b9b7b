"""Taking attendance: the roll call of one session, marking it mark by mark (each saved as it
is made, no Save button), "everyone present", undoing a mark, and the sessions of the day.

Rules, checked on every mark:
- instructors mark only their own cohorts (clerks, who enter paper sheets, and admins any);
- a cancelled session, a session still to come, or someone not on the roll or outside their
  span (domain: attendance_common) is refused with a message saying why;
- a session older than the lock days (setting `attendance_lock_days`, 7 unless an admin sets
  another) changes only by an administrator, who must give a reason.
The last mark wins per cell; every mark and undo is audited with the values before and after,
so two instructors marking the same session at once lose nothing.

Also here: the lock days setting and `find_sheet`, which turns a printed sheet's code into
the session (or cohort) it names.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Any, TypeVar

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from desktop.domain.attendance import LOCK_DAYS_MAX, Mark, MarkInput, SheetKind, read_sheet_code
from desktop.domain.cohort import CohortStatus
from desktop.domain.errors import NotFound, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.roles import Permission, Role
from desktop.services.attendance_common import (
    LOCK_DAYS_KEY,
    OnRoll,
    check_cohort_access,
    lock_days,
    recount,
    roll,
    session_row,
    today,
)
from desktop.services.context import Actor, Work, acting
from desktop.store.attendance import AttendanceMark
from desktop.store.database import Database
from desktop.store.models import Setting
from desktop.store.training import Cohort, CohortInstructor, CohortSession

REASON_MAX = 500
RACE_ATTEMPTS = 3
T = TypeVar("T")


@dataclass(frozen=True)
class SessionInfo:
    id: int
    cohort_id: int
    cohort_code: str
    day: date
    starts: time
    ends: time
    room: str
    cancelled: bool


@dataclass(frozen=True)
class RollLine:
    enrolment_id: int
    participant_id: int
    full_name: str
    applicable: bool
    mark: Mark | None = None
    late_minutes: int = 0
    note: str = ""
    marked_by: str = ""


@dataclass(frozen=True)
class RollCall:
    session: SessionInfo
    lines: list[RollLine]
    locked: bool  # older than the lock days: only an admin changes it, with a reason
    may_change: bool  # this actor may mark it now (an admin may even when locked)


def roll_call(db: Database, actor: Actor, session_id: int) -> RollCall:
    """The session and everyone on its roll with their mark, in name order."""
    with acting(db, actor, Permission.MARK_ATTENDANCE, read_only=True) as work:
        row = session_row(work, session_id)
        check_cohort_access(work, row.cohort_id)
        people = roll(work, [row.cohort_id])[row.cohort_id]
        marks = {
            mark.enrolment_id: mark
            for mark in work.session.scalars(
                select(AttendanceMark).where(AttendanceMark.session_id == session_id)
            )
        }
        locked = _locked(work, row.day)
        admin = work.current_role() is Role.ADMIN
        lines = [_line(person, row.day, marks.get(person.enrolment_id)) for person in people]
        may_change = not row.cancelled and row.day <= today(work) and (admin or not locked)
        return RollCall(_info(row), lines, locked, may_change)


def mark(
    db: Database,
    actor: Actor,
    session_id: int,
    enrolment_id: int,
    data: MarkInput,
    reason: str = "",
) -> RollLine:
    """Give one person their mark for one session (replacing any earlier one)."""
    cleaned = data.cleaned()
    return _again_if_raced(lambda: _mark(db, actor, session_id, enrolment_id, cleaned, reason))


def _mark(
    db: Database, actor: Actor, session_id: int, enrolment_id: int, cleaned: MarkInput, reason: str
) -> RollLine:
    with acting(db, actor, Permission.MARK_ATTENDANCE) as work:
        row = _markable(work, session_id, reason)
        person = _on_roll(work, row, enrolment_id)
        line = _write(work, row, person, cleaned, reason.strip())
        recount(work, [enrolment_id])
        return line


def mark_everyone_present(
    db: Database, actor: Actor, session_id: int, reason: str = ""
) -> list[RollLine]:
    """Mark Present everyone on the roll the session applies to and who has no mark yet (the
    first step of a roll call); marks already given stay. Returns the whole roll."""
    return _again_if_raced(lambda: _everyone_present(db, actor, session_id, reason))


def _everyone_present(db: Database, actor: Actor, session_id: int, reason: str) -> list[RollLine]:
    with acting(db, actor, Permission.MARK_ATTENDANCE) as work:
        row = _markable(work, session_id, reason)
        people = roll(work, [row.cohort_id])[row.cohort_id]
        marked = set(
            work.session.scalars(
                select(AttendanceMark.enrolment_id).where(AttendanceMark.session_id == session_id)
            )
        )
        changed = [
            person
            for person in people
            if person.applies(row.day) and person.enrolment_id not in marked
        ]
        for person in changed:
            _write(work, row, person, MarkInput(Mark.PRESENT), reason.strip())
        recount(work, [person.enrolment_id for person in changed])
        stored = {
            mark.enrolment_id: mark
            for mark in work.session.scalars(
                select(AttendanceMark).where(AttendanceMark.session_id == session_id)
            )
        }
        return [_line(person, row.day, stored.get(person.enrolment_id)) for person in people]


def unmark(
    db: Database, actor: Actor, session_id: int, enrolment_id: int, reason: str = ""
) -> RollLine:
    """Take a mark back (the undo of a roll call): the cell is unmarked again."""
    with acting(db, actor, Permission.MARK_ATTENDANCE) as work:
        row = _markable(work, session_id, reason)
        person = _on_roll(work, row, enrolment_id)
        before = _stored(work, session_id, enrolment_id)
        if before is not None:
            work.session.execute(delete(AttendanceMark).where(AttendanceMark.id == before.id))
            work.audit(
                "attendance.unmark",
                "attendance",
                f"{session_id}/{enrolment_id}",
                before=_values(before) | _context(row, person),
                after={"reason": reason.strip()} if reason.strip() else None,
            )
            recount(work, [enrolment_id])
        return _line(person, row.day, None)


def sessions_on(db: Database, actor: Actor, day: date) -> list[SessionInfo]:
    """The sessions held on `day` that this actor may mark: an instructor's own cohorts, or
    every running cohort's for clerks and admins. For "My cohorts → today's session"."""
    with acting(db, actor, Permission.MARK_ATTENDANCE, read_only=True) as work:
        statement = (
            select(
                CohortSession.id,
                CohortSession.cohort_id,
                CohortSession.day,
                CohortSession.starts,
                CohortSession.ends,
                CohortSession.room,
                CohortSession.cancelled,
                Cohort.code,
            )
            .join(Cohort, Cohort.id == CohortSession.cohort_id)
            .where(
                CohortSession.day == day,
                Cohort.status.in_([CohortStatus.OPEN.value, CohortStatus.RUNNING.value]),
            )
            .order_by(CohortSession.starts, Cohort.code)
        )
        if work.current_role() is Role.INSTRUCTOR:
            assert work.actor is not None
            statement = statement.join(
                CohortInstructor,
                (CohortInstructor.cohort_id == Cohort.id)
                & (CohortInstructor.user_id == work.actor.user_id),
            )
        return [_info(row) for row in work.session.execute(statement)]


def find_sheet(db: Database, actor: Actor, code: str) -> tuple[SheetKind, int]:
    """The session (or, for a matrix sheet, the cohort) a printed sheet's code names, once
    it is known to exist and this actor may mark it."""
    kind, number = read_sheet_code(code)
    with acting(db, actor, Permission.MARK_ATTENDANCE, read_only=True) as work:
        if kind is SheetKind.SESSION:
            check_cohort_access(work, session_row(work, number).cohort_id)
        else:
            if work.session.get(Cohort, number) is None:
                raise NotFound(QT_TRANSLATE_NOOP("messages", "This cohort no longer exists."))
            check_cohort_access(work, number)
    return kind, number


def get_lock_days(db: Database, actor: Actor) -> int:
    with acting(db, actor, read_only=True) as work:
        return lock_days(work)


def set_lock_days(db: Database, actor: Actor, days: int) -> int:
    if not 0 <= days <= LOCK_DAYS_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Choose between 0 and {max} days."),
            "lock_days",
            max=LOCK_DAYS_MAX,
        )
    with acting(db, actor, Permission.MANAGE_SETTINGS) as work:
        before = lock_days(work)
        row = work.session.get(Setting, LOCK_DAYS_KEY)
        if row is None:
            work.session.add(Setting(key=LOCK_DAYS_KEY, value=days))
        else:
            row.value = days
        work.audit("settings.update", "setting", LOCK_DAYS_KEY, {"days": before}, {"days": days})
    return days


# -- inside ------------------------------------------------------------------------------------


def _markable(work: Work, session_id: int, reason: str) -> Any:
    """The session, once every rule allows marking it now."""
    row = session_row(work, session_id)
    check_cohort_access(work, row.cohort_id)
    if row.cancelled:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "This session was cancelled; nobody can be marked for it."
            ),
            "session",
        )
    if row.day > today(work):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "This session is on {day}; attendance is taken on the day or after."
            ),
            "session",
            day=row.day,
        )
    if _locked(work, row.day):
        if work.current_role() is not Role.ADMIN:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Marks older than {days} days change only by an administrator.",
                ),
                "session",
                days=lock_days(work),
            )
        if not reason.strip():
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "Say why a mark older than {days} days changes."),
                "reason",
                days=lock_days(work),
            )
    if len(reason.strip()) > REASON_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "A reason can be at most {max} characters."),
            "reason",
            max=REASON_MAX,
        )
    return row


def _on_roll(work: Work, row: Any, enrolment_id: int) -> OnRoll:
    """The person, once the session applies to them."""
    found = roll(work, [row.cohort_id], only=enrolment_id)[row.cohort_id]
    person = found[0] if found else None
    if person is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "This person is not enrolled in the cohort {code}."),
            "enrolment",
            code=row.code,
        )
    if person.applies(row.day):
        return person
    if person.left is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "{name} was not in the class on {day}: enrolled from {joined}."
            ),
            "enrolment",
            name=person.full_name,
            day=row.day,
            joined=person.joined,
        )
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "messages", "{name} was not in the class on {day}: enrolled from {joined} to {left}."
        ),
        "enrolment",
        name=person.full_name,
        day=row.day,
        joined=person.joined,
        left=person.left,
    )


def _again_if_raced(call: Callable[[], T]) -> T:
    """`call()` once more if another desk gave the first mark of the same cell at the same
    moment (PostgreSQL: the unique key refuses the second INSERT; run again, it updates the
    row instead, and the last mark wins). SQLite lets one writer in at a time: no race."""
    for attempt in range(RACE_ATTEMPTS):
        try:
            return call()
        except IntegrityError:
            if attempt == RACE_ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")


def _locked(work: Work, day: date) -> bool:
    return day < today(work) - timedelta(days=lock_days(work))


def _write(work: Work, row: Any, person: OnRoll, data: MarkInput, reason: str) -> RollLine:
    """Store the mark (Core statements: a mark is the hot path of a roll call) and audit it;
    the line as it now stands."""
    assert work.actor is not None
    before = _stored(work, row.id, person.enrolment_id)
    before_values = _values(before) if before is not None else None
    values = {
        "mark": data.mark.value,
        "late_minutes": data.late_minutes,
        "note": data.note,
        "marked_at": work.now,
        "marked_by": work.actor.user_id,
        "username": work.actor.username,
    }
    if before is None:
        work.session.execute(
            insert(AttendanceMark).values(
                session_id=row.id, enrolment_id=person.enrolment_id, **values
            )
        )
    else:
        work.session.execute(
            update(AttendanceMark).where(AttendanceMark.id == before.id).values(**values)
        )
    after = {"mark": data.mark.value, "late_minutes": data.late_minutes, "note": data.note}
    if reason:
        after["reason"] = reason
    work.audit(
        "attendance.mark",
        "attendance",
        f"{row.id}/{person.enrolment_id}",
        before=before_values,
        after=after | _context(row, person),
    )
    return RollLine(
        enrolment_id=person.enrolment_id,
        participant_id=person.participant_id,
        full_name=person.full_name,
        applicable=True,
        mark=data.mark,
        late_minutes=data.late_minutes,
        note=data.note,
        marked_by=work.actor.username,
    )


def _stored(work: Work, session_id: int, enrolment_id: int) -> Any:
    """The stored mark's row (id, mark, late_minutes, note, username), or None."""
    m = AttendanceMark
    return work.session.execute(
        select(m.id, m.mark, m.late_minutes, m.note, m.username).where(
            m.session_id == session_id, m.enrolment_id == enrolment_id
        )
    ).one_or_none()


def _values(mark: Any) -> dict[str, Any]:
    return {"mark": mark.mark, "late_minutes": mark.late_minutes, "note": mark.note}


def _context(row: Any, person: OnRoll) -> dict[str, Any]:
    """What the audit log shows beside the values: whose mark, for which day."""
    return {"cohort": row.code, "day": row.day.isoformat(), "name": person.full_name}


def _line(person: OnRoll, day: date, stored: Any) -> RollLine:
    return RollLine(
        enrolment_id=person.enrolment_id,
        participant_id=person.participant_id,
        full_name=person.full_name,
        applicable=person.applies(day),
        mark=Mark(stored.mark) if stored is not None else None,
        late_minutes=stored.late_minutes if stored is not None else 0,
        note=stored.note if stored is not None else "",
        marked_by=stored.username if stored is not None else "",
    )


def _info(row: Any) -> SessionInfo:
    return SessionInfo(
        id=row.id,
        cohort_id=row.cohort_id,
        cohort_code=row.code,
        day=row.day,
        starts=row.starts,
        ends=row.ends,
        room=row.room,
        cancelled=row.cancelled,
    )


__all__: Sequence[str] = (
    "RollCall",
    "RollLine",
    "SessionInfo",
    "find_sheet",
    "get_lock_days",
    "mark",
    "mark_everyone_present",
    "roll_call",
    "sessions_on",
    "set_lock_days",
    "unmark",
)
