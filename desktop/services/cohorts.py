"""Cohorts (angkatan / gelombang) and their sessions: creating and changing them, their status,
instructors, and moving, cancelling or adding single sessions.

Codes. A new cohort is numbered after the highest sequence of its programme and start year
(MJH-2026-03); the code keeps that year even if the dates change later. Two desks creating at
once may pick the same number: the unique constraints refuse the second, and its whole call
runs again after a short random pause (a few times) to take the next number. On SQLite the
second desk is refused with "database is locked" instead, at once (the first holds the write
lock, or its snapshot went stale when the first wrote), and is retried the same way.

Sessions. Creating a cohort generates its regular sessions from the weekly schedule, skipping
Indonesia's public holidays (desktop.domain.calendar_id). Changing the dates or the schedule
regenerates the sessions from today on, and only while no attendance was taken. Kept simple:
- sessions before today are never touched;
- a cancelled regular session hands its cancellation and reason to the new session on the same
  day (at the same start time if there is one); a moved one stays where it was moved to while
  the day it was moved from still has a session; a make-up session stays while it lies within
  the cohort's dates. One that no longer fits is removed, with a warning, and its details are
  kept in the audit entry;
- other regular sessions on the same day and times keep their row; the rest are replaced.
A new room for the cohort moves the future sessions that were in the old room.

Clashes. An instructor, or a room in the same branch, booked by another cohort at overlapping
times on the same day (sessions not cancelled, from today on) is a warning returned to the
caller naming the other cohort, the day and the times: never a refusal.
"""

from __future__ import annotations

import logging
import random
import time as time_module
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, time
from typing import Any

from sqlalchemy import delete, func, or_, select
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session

from desktop.domain.calendar_id import holiday_name, public_holidays
from desktop.domain.cohort import (
    ROOM_MAX,
    CleanCohort,
    CohortInput,
    CohortStatus,
    Funding,
    SessionKind,
    Slot,
    check_times,
    check_transition,
    clean_cohort,
    clean_place,
    clean_reason,
    cohort_code,
    hhmm,
    overlaps,
    schedule_from_json,
    session_days,
    time_warnings,
)
from desktop.domain.errors import (
    Conflict,
    FieldWarning,
    NotFound,
    ValidationError,
    ValidationErrors,
)
from desktop.domain.formatting import format_date
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.roles import Permission, Role
from desktop.services.context import Actor, Work, acting
from desktop.services.participants import Change, EditConflict
from desktop.store.database import Database
from desktop.store.models import AuditEntry, Programme, User
from desktop.store.training import Cohort, CohortInstructor, CohortSession

log = logging.getLogger(__name__)

CODE_ATTEMPTS = 8  # tries to number a new cohort while other desks create cohorts too
RETRY_PAUSE = 0.01  # seconds, doubled at each try: 5 s in all at most
TEACHING_ROLES = frozenset({Role.INSTRUCTOR.value, Role.ADMIN.value})


# ----------------------------------------------------------------------------- what callers get


@dataclass(frozen=True)
class SessionRow:
    id: int
    cohort_id: int
    day: date
    starts: time
    ends: time
    room: str
    kind: SessionKind
    cancelled: bool
    reason: str
    moved_from: date | None


@dataclass(frozen=True)
class Instructor:
    user_id: int
    full_name: str


@dataclass(frozen=True)
class CohortRow:
    id: int
    code: str
    programme_id: int
    programme_code: str
    programme_name: str
    start_date: date
    end_date: date
    status: CohortStatus
    room: str
    branch: str
    capacity: int
    seats_taken: int
    funding: Funding

    @property
    def fill_rate(self) -> float:
        """Seats taken over capacity: 0.0 empty, 1.0 full."""
        return self.seats_taken / self.capacity if self.capacity > 0 else 0.0


@dataclass(frozen=True)
class CohortDetail(CohortRow):
    version: int
    slots: tuple[Slot, ...]
    instructors: tuple[Instructor, ...]
    sessions: tuple[SessionRow, ...]


@dataclass(frozen=True)
class CohortSaved:
    cohort: CohortDetail
    warnings: list[FieldWarning] = field(default_factory=list)


@dataclass(frozen=True)
class SessionSaved:
    session: SessionRow
    warnings: list[FieldWarning] = field(default_factory=list)


# ------------------------------------------------------------------------------------ the checks


def has_attendance(session: Session, cohort_id: int) -> bool:
    """Whether attendance was taken in any session of the cohort: its dates and schedule are
    then fixed. There is no attendance yet; the attendance issue fills this in."""
    return False


def _today(work: Work) -> date:
    return work.now.astimezone().date()


def _cohort(work: Work, cohort_id: int, *, for_change: bool = False) -> Cohort:
    cohort = work.session.get(Cohort, cohort_id, with_for_update=for_change)
    if cohort is None:
        raise NotFound(QT_TRANSLATE_NOOP("messages", "This cohort no longer exists."))
    if for_change and cohort.status == CohortStatus.ARCHIVED.value:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "This cohort is archived and can no longer change."),
            "status",
        )
    return cohort


def _check_version(work: Work, cohort: Cohort, expected_version: int) -> None:
    if cohort.version == expected_version:
        return
    entries = work.session.scalars(
        select(AuditEntry)
        .where(
            AuditEntry.entity == "cohort",
            AuditEntry.entity_id == str(cohort.id),
            AuditEntry.action.in_(("cohort.update", "cohort.status")),
        )
        .order_by(AuditEntry.id)
    )
    changes = []
    for entry in entries:
        after = entry.after or {}
        if int(after.get("version", 0)) > expected_version:
            fields = tuple(key for key in after if key not in ("version", "sessions"))
            changes.append(Change(entry.at, entry.username, fields))
    raise EditConflict(changes, cohort.version)


def _instructor_errors(work: Work, user_ids: Sequence[int]) -> list[ValidationError]:
    if not user_ids:
        return []
    users = {
        user.id: user for user in work.session.scalars(select(User).where(User.id.in_(user_ids)))
    }
    errors = []
    for user_id in user_ids:
        user = users.get(user_id)
        if user is None:
            errors.append(
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "messages", "One of the chosen instructors no longer exists. Choose again."
                    ),
                    "instructors",
                )
            )
        elif not user.active:
            errors.append(
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "messages", "The account of {name} is disabled; choose another instructor."
                    ),
                    "instructors",
                    name=user.full_name,
                )
            )
        elif user.role not in TEACHING_ROLES:
            errors.append(
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{name} is not an instructor: only instructors and administrators can "
                        "teach a cohort.",
                    ),
                    "instructors",
                    name=user.full_name,
                )
            )
    return errors


def _checked(
    work: Work,
    data: CohortInput,
    programme: Programme | None,
    *,
    today: date | None,
    more: Iterable[ValidationError] = (),
    new: bool = True,
) -> CleanCohort:
    """The domain's checks plus those that need the database, all reported together. Only a
    new cohort needs a programme still offered: an existing one can still be corrected."""
    errors = list(more)
    if data.programme_id is not None and (programme is None or (new and not programme.active)):
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "messages", "This programme is not offered any more. Choose another one."
                ),
                "programme",
            )
        )
    errors.extend(_instructor_errors(work, tuple(dict.fromkeys(data.instructor_ids))))
    default_capacity = programme.default_capacity if programme is not None else 1
    try:
        clean = clean_cohort(data, default_capacity=default_capacity, today=today)
    except ValidationErrors as found:
        raise ValidationErrors(errors + found.errors) from None
    if errors:
        raise ValidationErrors(errors)
    return clean


# ------------------------------------------------------------------------------------- creating


def create_cohort(db: Database, actor: Actor, data: CohortInput) -> CohortSaved:
    """A new cohort, planned, with its sessions; numbered next in its programme and year."""
    for attempt in range(1, CODE_ATTEMPTS + 1):
        try:
            return _create(db, actor, data)
        except DBAPIError as error:
            if not _lost_race(db, error):
                raise
            log.info("cohort code taken by another desk (attempt %d): %s", attempt, error.orig)
            # Let the other desk finish: on SQLite its write lock refuses us at once, not after
            # a wait. Random, so that two losers do not meet again.
            time_module.sleep(random.uniform(0.5, 1.5) * RETRY_PAUSE * 2**attempt)
    raise Conflict(
        QT_TRANSLATE_NOOP(
            "messages",
            "Other desks kept creating cohorts at the same moment, so this one was not saved. "
            "Save it again.",
        )
    )


def _lost_race(db: Database, error: DBAPIError) -> bool:
    text = str(error.orig)
    if isinstance(error, IntegrityError):
        return any(
            name in text
            for name in ("uq_cohort_code", "uq_cohort_programme_id", "cohort.code", "cohort.year")
        )
    return isinstance(error, OperationalError) and db.is_sqlite and "locked" in text


def _next_code(work: Work, programme: Programme, year: int) -> tuple[int, str]:
    last = work.session.scalar(
        select(func.max(Cohort.sequence)).where(
            Cohort.programme_id == programme.id, Cohort.year == year
        )
    )
    sequence = (last or 0) + 1
    code = cohort_code(programme.code, year, sequence)
    # A code can only be taken already if a programme's code was renamed into another's past.
    while work.session.scalar(select(Cohort.id).where(Cohort.code == code)) is not None:
        sequence += 1
        code = cohort_code(programme.code, year, sequence)
    return sequence, code


def _create(db: Database, actor: Actor, data: CohortInput) -> CohortSaved:
    with acting(db, actor, Permission.MANAGE_PROGRAMMES) as work:
        programme = (
            work.session.get(Programme, data.programme_id)
            if data.programme_id is not None
            else None
        )
        today = _today(work)
        clean = _checked(work, data, programme, today=today)
        assert programme is not None
        values = clean.values
        year = values["start_date"].year
        sequence, code = _next_code(work, programme, year)
        cohort = Cohort(
            programme_id=programme.id,
            code=code,
            year=year,
            sequence=sequence,
            **values,
            seats_taken=0,
            status=CohortStatus.PLANNED.value,
            version=1,
            created_at=work.now,
        )
        work.session.add(cohort)
        work.session.flush()  # a desk that lost the race for the code fails here
        _set_instructors(work, cohort.id, clean.instructor_ids)
        holidays = public_holidays(cohort.start_date, cohort.end_date)
        for day, starts, ends in session_days(
            cohort.start_date, cohort.end_date, clean.slots, holidays
        ):
            work.session.add(_new_session(cohort, day, starts, ends))
        work.session.flush()
        warnings = clean.warnings + _holiday_warnings(
            cohort.start_date, cohort.end_date, clean.slots, holidays
        )
        warnings += _cohort_clashes(work, cohort, today)
        work.audit(
            "cohort.create",
            "cohort",
            cohort.id,
            after={**_audited(work, cohort), "sessions": _count_sessions(work, cohort.id)},
        )
        return CohortSaved(_detail(work, cohort), warnings)


def _new_session(cohort: Cohort, day: date, starts: time, ends: time) -> CohortSession:
    return CohortSession(
        cohort_id=cohort.id,
        day=day,
        starts=starts,
        ends=ends,
        room=cohort.room,
        kind=SessionKind.REGULAR.value,
        cancelled=False,
        reason="",
        moved_from=None,
    )


def _holiday_warnings(
    start: date, end: date, slots: Sequence[Slot], holidays: dict[date, str]
) -> list[FieldWarning]:
    weekdays = {slot.weekday for slot in slots}
    return [
        FieldWarning(
            QT_TRANSLATE_NOOP("messages", "No session on {day}, a public holiday: {holiday}."),
            "schedule",
            day=format_date(day),
            holiday=name,
        )
        for day, name in sorted(holidays.items())
        if start <= day <= end and day.weekday() in weekdays
    ]


# ------------------------------------------------------------------------------------- changing


def update_cohort(
    db: Database, actor: Actor, cohort_id: int, expected_version: int, data: CohortInput
) -> CohortSaved:
    """Save the cohort form. Refused if someone saved the cohort since `expected_version`
    (EditConflict), if the capacity drops below the seats taken, or if the dates or schedule
    change after attendance was taken."""
    with acting(db, actor, Permission.MANAGE_PROGRAMMES) as work:
        cohort = _cohort(work, cohort_id, for_change=True)
        _check_version(work, cohort, expected_version)
        more = []
        if data.programme_id is not None and data.programme_id != cohort.programme_id:
            more.append(
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "A cohort stays with its programme; create a new cohort for another one.",
                    ),
                    "programme",
                )
            )
        data = replace(data, programme_id=cohort.programme_id)
        programme = work.session.get(Programme, cohort.programme_id)
        clean = _checked(work, data, programme, today=None, more=more, new=False)
        values = clean.values
        if values["capacity"] < cohort.seats_taken:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{taken} seats are already taken, so the capacity cannot be less than {taken}.",
                ),
                "capacity",
                taken=cohort.seats_taken,
            )
        timing = {
            name: values[name] != getattr(cohort, name)
            for name in ("start_date", "end_date", "schedule")
        }
        if any(timing.values()) and has_attendance(work.session, cohort.id):
            raise ValidationErrors(
                [
                    ValidationError(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "Attendance was already taken in this cohort, so its dates and "
                            "schedule cannot change. Move or cancel single sessions instead.",
                        ),
                        name,
                    )
                    for name, changed in timing.items()
                    if changed
                ]
            )
        before = _audited(work, cohort)
        today = _today(work)
        old_room = cohort.room
        for key, value in values.items():
            setattr(cohort, key, value)
        if cohort.room != old_room:
            _move_room(work, cohort, old_room, today)
        _set_instructors(work, cohort.id, clean.instructor_ids)
        warnings = list(clean.warnings)
        removed: list[dict[str, Any]] = []
        if any(timing.values()):
            warnings += _regenerate(work, cohort, clean.slots, today, removed)
        after = _audited(work, cohort)
        changed = sorted(key for key in after if before.get(key) != after[key])
        if not changed:
            return CohortSaved(_detail(work, cohort), warnings)
        cohort.version += 1
        work.session.flush()
        warnings += _cohort_clashes(work, cohort, today)
        work.audit(
            "cohort.update",
            "cohort",
            cohort.id,
            before={key: before[key] for key in changed},
            after={
                **{key: after[key] for key in changed},
                "version": cohort.version,
                **({"sessions": {"removed": removed}} if removed else {}),
            },
        )
        return CohortSaved(_detail(work, cohort), warnings)


def _move_room(work: Work, cohort: Cohort, old_room: str, today: date) -> None:
    for session in work.session.scalars(
        select(CohortSession).where(
            CohortSession.cohort_id == cohort.id,
            CohortSession.day >= today,
            CohortSession.room == old_room,
        )
    ):
        session.room = cohort.room


def _regenerate(
    work: Work, cohort: Cohort, slots: Sequence[Slot], today: date, removed: list[dict[str, Any]]
) -> list[FieldWarning]:
    """New regular sessions from today on (see the module's notes); returns what to tell."""
    first = max(cohort.start_date, today)
    holidays = public_holidays(first, cohort.end_date) if first <= cohort.end_date else {}
    wanted = session_days(first, cohort.end_date, slots, holidays)
    free: dict[date, list[tuple[time, time]]] = {}
    for day, starts, ends in wanted:
        free.setdefault(day, []).append((starts, ends))

    def claim(day: date, starts: time | None) -> tuple[time, time] | None:
        options = free.get(day, [])
        for option in options:
            if option[0] == starts:
                options.remove(option)
                return option
        return options.pop(0) if options else None

    # Moved sessions count by the day they were moved from (which may be ahead of their day).
    existing = list(
        work.session.scalars(
            select(CohortSession)
            .where(
                CohortSession.cohort_id == cohort.id,
                or_(CohortSession.day >= today, CohortSession.moved_from >= today),
            )
            .order_by(CohortSession.day, CohortSession.starts, CohortSession.id)
        )
    )
    plain = [s for s in existing if s.kind == SessionKind.REGULAR and not s.cancelled]
    plain = [s for s in plain if s.moved_from is None]
    special = [s for s in existing if s not in plain]
    gone: list[CohortSession] = []
    for session in special:
        if session.kind == SessionKind.MAKEUP:
            fits = cohort.start_date <= session.day <= cohort.end_date
        elif session.moved_from is not None:
            fits = session.moved_from < today or claim(session.moved_from, None) is not None
        else:  # cancelled: the new session that day is cancelled, for the same reason
            times = claim(session.day, session.starts)
            fits = times is not None
            if times is not None:
                session.starts, session.ends = times
        if not fits and session.day >= today:  # the past stays as it was
            gone.append(session)
    warnings = [_removed_warning(session) for session in gone]
    removed.extend(_session_values(session) for session in gone)
    for session in plain:
        options = free.get(session.day, [])
        if (session.starts, session.ends) in options:
            options.remove((session.starts, session.ends))
        else:
            gone.append(session)
    for session in gone:
        work.session.delete(session)
    for day, left in sorted(free.items()):
        for starts, ends in left:
            work.session.add(_new_session(cohort, day, starts, ends))
    work.session.flush()
    return warnings + _holiday_warnings(first, cohort.end_date, slots, holidays)


def _removed_warning(session: CohortSession) -> FieldWarning:
    if session.kind == SessionKind.MAKEUP:
        text = QT_TRANSLATE_NOOP(
            "messages",
            "The make-up session of {day} is outside the new dates and was removed "
            "(reason: {reason}).",
        )
        day = session.day
    elif session.moved_from is not None:
        text = QT_TRANSLATE_NOOP(
            "messages",
            "The session moved from {day} is no longer in the schedule and was removed "
            "(reason: {reason}).",
        )
        day = session.moved_from
    else:
        text = QT_TRANSLATE_NOOP(
            "messages",
            "The cancelled session of {day} is no longer in the schedule and was removed "
            "(reason: {reason}).",
        )
        day = session.day
    return FieldWarning(text, "schedule", day=format_date(day), reason=session.reason)


def change_status(
    db: Database, actor: Actor, cohort_id: int, expected_version: int, target: CohortStatus
) -> CohortDetail:
    """planned -> open -> running -> finished -> archived, one step at a time."""
    with acting(db, actor, Permission.MANAGE_PROGRAMMES) as work:
        cohort = _cohort(work, cohort_id, for_change=True)
        _check_version(work, cohort, expected_version)
        current = CohortStatus(cohort.status)
        check_transition(current, target)
        cohort.status = target.value
        cohort.version += 1
        work.audit(
            "cohort.status",
            "cohort",
            cohort.id,
            before={"status": current.value},
            after={"status": target.value, "version": cohort.version},
        )
        return _detail(work, cohort)


def set_instructors(
    db: Database, actor: Actor, cohort_id: int, expected_version: int, user_ids: Sequence[int]
) -> CohortSaved:
    """Who teaches the cohort (instructors or administrators), replacing the earlier list."""
    with acting(db, actor, Permission.MANAGE_PROGRAMMES) as work:
        cohort = _cohort(work, cohort_id, for_change=True)
        _check_version(work, cohort, expected_version)
        wanted = tuple(dict.fromkeys(user_ids))
        errors = _instructor_errors(work, wanted)
        if errors:
            raise ValidationErrors(errors)
        before = _instructor_ids(work, cohort.id)
        if sorted(wanted) == before:
            return CohortSaved(_detail(work, cohort), [])
        _set_instructors(work, cohort.id, wanted)
        cohort.version += 1
        work.session.flush()
        work.audit(
            "cohort.update",
            "cohort",
            cohort.id,
            before={"instructors": before},
            after={"instructors": sorted(wanted), "version": cohort.version},
        )
        return CohortSaved(_detail(work, cohort), _cohort_clashes(work, cohort, _today(work)))


def _instructor_ids(work: Work, cohort_id: int) -> list[int]:
    return sorted(
        work.session.scalars(
            select(CohortInstructor.user_id).where(CohortInstructor.cohort_id == cohort_id)
        )
    )


def _set_instructors(work: Work, cohort_id: int, user_ids: Sequence[int]) -> None:
    current = set(_instructor_ids(work, cohort_id))
    wanted = set(user_ids)
    if current - wanted:
        work.session.execute(
            delete(CohortInstructor).where(
                CohortInstructor.cohort_id == cohort_id,
                CohortInstructor.user_id.in_(current - wanted),
            )
        )
    for user_id in sorted(wanted - current):
        work.session.add(CohortInstructor(cohort_id=cohort_id, user_id=user_id))
    work.session.flush()


# ------------------------------------------------------------------------------ single sessions


def move_session(
    db: Database,
    actor: Actor,
    session_id: int,
    day: date,
    starts: time,
    ends: time,
    reason: str = "",
    room: str | None = None,
) -> SessionSaved:
    """Move one session to another day or time (and room); the day it was first planned for
    is kept in `moved_from`, the reason with the session and in the audit."""
    with acting(db, actor, Permission.MANAGE_PROGRAMMES) as work:
        session, cohort = _session(work, session_id)
        if session.cancelled:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "This session was cancelled; add a make-up session instead of moving it.",
                ),
                "day",
            )
        new_room, why = _check_session_input(starts, ends, reason, room, cohort, required=False)
        if (day, starts, ends, new_room) == (
            session.day,
            session.starts,
            session.ends,
            session.room,
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "Choose another day, time or room to move it to."),
                "day",
            )
        before = _session_values(session)
        session.moved_from = session.moved_from or session.day
        session.day, session.starts, session.ends, session.room = day, starts, ends, new_room
        session.reason = why
        work.session.flush()
        work.audit(
            "session.move",
            "cohort",
            cohort.id,
            before=before,
            after=_session_values(session),
        )
        return SessionSaved(_row(session), _session_warnings(work, cohort, session))


def cancel_session(db: Database, actor: Actor, session_id: int, reason: str) -> SessionRow:
    """Cancel one session; the reason is required and kept."""
    with acting(db, actor, Permission.MANAGE_PROGRAMMES) as work:
        session, cohort = _session(work, session_id)
        why = clean_reason(reason, required=True)
        if session.cancelled:
            raise Conflict(QT_TRANSLATE_NOOP("messages", "This session is already cancelled."))
        session.cancelled = True
        session.reason = why
        work.session.flush()
        work.audit("session.cancel", "cohort", cohort.id, after=_session_values(session))
        return _row(session)


def add_makeup_session(
    db: Database,
    actor: Actor,
    cohort_id: int,
    day: date,
    starts: time,
    ends: time,
    reason: str = "",
    room: str | None = None,
) -> SessionSaved:
    """An extra session, to make up for a cancelled one (in the cohort's room unless given)."""
    with acting(db, actor, Permission.MANAGE_PROGRAMMES) as work:
        cohort = _cohort(work, cohort_id, for_change=True)
        new_room, why = _check_session_input(starts, ends, reason, room, cohort, required=False)
        session = CohortSession(
            cohort_id=cohort.id,
            day=day,
            starts=starts,
            ends=ends,
            room=new_room,
            kind=SessionKind.MAKEUP.value,
            cancelled=False,
            reason=why,
            moved_from=None,
        )
        work.session.add(session)
        work.session.flush()
        work.audit("session.makeup", "cohort", cohort.id, after=_session_values(session))
        return SessionSaved(_row(session), _session_warnings(work, cohort, session))


def _session(work: Work, session_id: int) -> tuple[CohortSession, Cohort]:
    """The session and its cohort, locked for a change. The cohort's row is the lock, taken
    first as update_cohort takes it, so the two cannot deadlock; the session is read again
    under it."""
    session = work.session.get(CohortSession, session_id)
    if session is not None:
        cohort = _cohort(work, session.cohort_id, for_change=True)
        work.session.refresh(session)
        return session, cohort
    raise NotFound(QT_TRANSLATE_NOOP("messages", "This session no longer exists."))


def _check_session_input(
    starts: time, ends: time, reason: str, room: str | None, cohort: Cohort, *, required: bool
) -> tuple[str, str]:
    errors: list[ValidationError] = []
    new_room = cohort.room
    why = ""
    try:
        check_times(starts, ends, "ends")
    except ValidationError as error:
        errors.append(error)
    try:
        why = clean_reason(reason, required=required)
    except ValidationError as error:
        errors.append(error)
    if room is not None:
        try:
            new_room = clean_place(room, "room", ROOM_MAX)
        except ValidationError as error:
            errors.append(error)
    if errors:
        raise ValidationErrors(errors)
    return new_room, why


def _session_warnings(work: Work, cohort: Cohort, session: CohortSession) -> list[FieldWarning]:
    warnings = []
    holiday = holiday_name(session.day)
    if holiday is not None:
        warnings.append(
            FieldWarning(
                QT_TRANSLATE_NOOP("messages", "{day} is a public holiday: {holiday}."),
                "day",
                day=format_date(session.day),
                holiday=holiday,
            )
        )
    if not cohort.start_date <= session.day <= cohort.end_date:
        warnings.append(
            FieldWarning(
                QT_TRANSLATE_NOOP(
                    "messages", "{day} is outside the cohort's dates ({start} to {end})."
                ),
                "day",
                day=format_date(session.day),
                start=format_date(cohort.start_date),
                end=format_date(cohort.end_date),
            )
        )
    warnings += time_warnings(session.starts, session.ends, "starts")
    return warnings + _clashes(work, cohort, [session])


# ------------------------------------------------------------------------------------- clashes


def find_conflicts(db: Database, actor: Actor, cohort_id: int) -> list[FieldWarning]:
    """The cohort's instructor and room clashes with other cohorts, from today on."""
    with acting(db, actor, Permission.VIEW_PROGRAMMES) as work:
        cohort = _cohort(work, cohort_id)
        return _cohort_clashes(work, cohort, _today(work))


def _cohort_clashes(work: Work, cohort: Cohort, today: date) -> list[FieldWarning]:
    sessions = work.session.scalars(
        select(CohortSession)
        .where(CohortSession.cohort_id == cohort.id, CohortSession.day >= today)
        .order_by(CohortSession.day, CohortSession.starts)
    )
    return _clashes(work, cohort, list(sessions))


def _clashes(work: Work, cohort: Cohort, sessions: Sequence[CohortSession]) -> list[FieldWarning]:
    """One warning per other cohort and room or instructor, naming the first clash."""
    live = sorted((s for s in sessions if not s.cancelled), key=lambda s: (s.day, s.starts))
    if not live:
        return []
    others = work.session.execute(
        select(
            CohortSession.day,
            CohortSession.starts,
            CohortSession.ends,
            CohortSession.room,
            Cohort.id,
            Cohort.code,
            Cohort.branch,
        )
        .join(Cohort, Cohort.id == CohortSession.cohort_id)
        .where(
            CohortSession.cohort_id != cohort.id,
            CohortSession.cancelled == False,  # noqa: E712 (SQL, not Python)
            CohortSession.day.in_(sorted({s.day for s in live})),
        )
    ).all()
    if not others:
        return []
    by_day: dict[date, list[Any]] = {}
    for other in others:
        by_day.setdefault(other.day, []).append(other)
    mine = set(_instructor_ids(work, cohort.id))
    teachers: dict[int, list[tuple[int, str]]] = {}
    if mine:
        for cohort_id, user_id, full_name in work.session.execute(
            select(CohortInstructor.cohort_id, User.id, User.full_name)
            .join(User, User.id == CohortInstructor.user_id)
            .where(
                CohortInstructor.cohort_id.in_({other.id for other in others}),
                CohortInstructor.user_id.in_(mine),
            )
        ):
            teachers.setdefault(cohort_id, []).append((user_id, full_name))
    found: dict[tuple[Any, ...], list[Any]] = {}  # key -> [first other session, count]
    for session in live:
        for other in by_day.get(session.day, ()):
            if not overlaps(session.starts, session.ends, other.starts, other.ends):
                continue
            keys: list[tuple[Any, ...]] = []
            if (
                session.room
                and session.room.casefold() == other.room.casefold()
                and cohort.branch.casefold() == other.branch.casefold()
            ):
                keys.append(("room", session.room, other.code))
            keys += [("teacher", name, other.code) for _id, name in teachers.get(other.id, ())]
            for key in keys:
                if key in found:
                    found[key][1] += 1
                else:
                    found[key] = [other, 1]
    warnings = []
    for (kind, who, code), (other, count) in found.items():
        params = {
            "cohort": code,
            "day": format_date(other.day),
            "starts": hhmm(other.starts),
            "ends": hhmm(other.ends),
            "count": count,
        }
        if kind == "room":
            warnings.append(
                FieldWarning(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Room {room} is also used by cohort {cohort} on {day} from {starts} to "
                        "{ends} (clashing sessions: {count}).",
                    ),
                    "room",
                    room=who,
                    **params,
                )
            )
        else:
            warnings.append(
                FieldWarning(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{instructor} also teaches cohort {cohort} on {day} from {starts} to "
                        "{ends} (clashing sessions: {count}).",
                    ),
                    "instructors",
                    instructor=who,
                    **params,
                )
            )
    return warnings


# -------------------------------------------------------------------------------------- reading


def list_cohorts(db: Database, actor: Actor, programme_id: int | None = None) -> list[CohortRow]:
    """The cohorts of one programme, or of all, latest start first, with their fill rate."""
    with acting(db, actor, Permission.VIEW_PROGRAMMES) as work:
        query = (
            select(Cohort, Programme.code, Programme.name)
            .join(Programme, Programme.id == Cohort.programme_id)
            .order_by(Cohort.start_date.desc(), Cohort.code)
        )
        if programme_id is not None:
            query = query.where(Cohort.programme_id == programme_id)
        return [_cohort_row(c, code, name) for c, code, name in work.session.execute(query)]


def get_cohort(db: Database, actor: Actor, cohort_id: int) -> CohortDetail:
    with acting(db, actor, Permission.VIEW_PROGRAMMES) as work:
        return _detail(work, _cohort(work, cohort_id))


def list_sessions(db: Database, actor: Actor, cohort_id: int) -> list[SessionRow]:
    """Every session of the cohort by day and time, cancelled ones included."""
    with acting(db, actor, Permission.VIEW_PROGRAMMES) as work:
        cohort = _cohort(work, cohort_id)
        return [_row(session) for session in _sessions_of(work, cohort.id)]


def _cohort_row(cohort: Cohort, programme_code: str, programme_name: str) -> CohortRow:
    return CohortRow(
        id=cohort.id,
        code=cohort.code,
        programme_id=cohort.programme_id,
        programme_code=programme_code,
        programme_name=programme_name,
        start_date=cohort.start_date,
        end_date=cohort.end_date,
        status=CohortStatus(cohort.status),
        room=cohort.room,
        branch=cohort.branch,
        capacity=cohort.capacity,
        seats_taken=cohort.seats_taken,
        funding=Funding(cohort.funding),
    )


def _detail(work: Work, cohort: Cohort) -> CohortDetail:
    programme = work.session.get(Programme, cohort.programme_id)
    assert programme is not None
    row = _cohort_row(cohort, programme.code, programme.name)
    instructors = work.session.execute(
        select(User.id, User.full_name)
        .join(CohortInstructor, CohortInstructor.user_id == User.id)
        .where(CohortInstructor.cohort_id == cohort.id)
        .order_by(User.full_name, User.id)
    )
    return CohortDetail(
        **{name: getattr(row, name) for name in CohortRow.__dataclass_fields__},
        version=cohort.version,
        slots=schedule_from_json(cohort.schedule),
        instructors=tuple(Instructor(user_id, name) for user_id, name in instructors),
        sessions=tuple(_row(session) for session in _sessions_of(work, cohort.id)),
    )


def _sessions_of(work: Work, cohort_id: int) -> list[CohortSession]:
    return list(
        work.session.scalars(
            select(CohortSession)
            .where(CohortSession.cohort_id == cohort_id)
            .order_by(CohortSession.day, CohortSession.starts, CohortSession.id)
        )
    )


def _row(session: CohortSession) -> SessionRow:
    return SessionRow(
        id=session.id,
        cohort_id=session.cohort_id,
        day=session.day,
        starts=session.starts,
        ends=session.ends,
        room=session.room,
        kind=SessionKind(session.kind),
        cancelled=session.cancelled,
        reason=session.reason,
        moved_from=session.moved_from,
    )


def _count_sessions(work: Work, cohort_id: int) -> int:
    return int(
        work.session.scalar(
            select(func.count())
            .select_from(CohortSession)
            .where(CohortSession.cohort_id == cohort_id)
        )
        or 0
    )


def _audited(work: Work, cohort: Cohort) -> dict[str, Any]:
    return {
        "code": cohort.code,
        "programme_id": cohort.programme_id,
        "start_date": cohort.start_date.isoformat(),
        "end_date": cohort.end_date.isoformat(),
        "schedule": cohort.schedule,
        "room": cohort.room,
        "branch": cohort.branch,
        "capacity": cohort.capacity,
        "funding": cohort.funding,
        "status": cohort.status,
        "instructors": _instructor_ids(work, cohort.id),
    }


def _session_values(session: CohortSession) -> dict[str, Any]:
    return {
        "session_id": session.id,
        "day": session.day.isoformat(),
        "starts": hhmm(session.starts),
        "ends": hhmm(session.ends),
        "room": session.room,
        "kind": session.kind,
        "cancelled": session.cancelled,
        "reason": session.reason,
        "moved_from": session.moved_from.isoformat() if session.moved_from else None,
    }
