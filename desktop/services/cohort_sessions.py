"""A cohort's sessions: listing them; moving, cancelling or adding single sessions; and making
them again when the cohort's dates, schedule or room change.

Creating a cohort generates its regular sessions from the weekly schedule, skipping
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
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time
from typing import Any

from sqlalchemy import or_, select

from desktop.domain.calendar_id import HolidayName, holiday_name, public_holidays
from desktop.domain.cohort import (
    ROOM_MAX,
    SessionKind,
    Slot,
    check_times,
    clean_place,
    clean_reason,
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
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.roles import Permission
from desktop.services.cohort_clashes import _clashes
from desktop.services.cohort_common import _cohort, _holiday_warnings, _new_session, _session_values
from desktop.services.cohort_rows import SessionRow, SessionSaved, _row, _sessions_of
from desktop.services.context import Actor, Work, acting
from desktop.store.database import Database
from desktop.store.training import Cohort, CohortSession


def list_sessions(db: Database, actor: Actor, cohort_id: int) -> list[SessionRow]:
    """Every session of the cohort by day and time, cancelled ones included."""
    with acting(db, actor, Permission.VIEW_PROGRAMMES, read_only=True) as work:
        cohort = _cohort(work, cohort_id)
        return [_row(session) for session in _sessions_of(work, cohort.id)]


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
                day=session.day,
                holiday=HolidayName(session.day),
            )
        )
    if not cohort.start_date <= session.day <= cohort.end_date:
        warnings.append(
            FieldWarning(
                QT_TRANSLATE_NOOP(
                    "messages", "{day} is outside the cohort's dates ({start} to {end})."
                ),
                "day",
                day=session.day,
                start=cohort.start_date,
                end=cohort.end_date,
            )
        )
    warnings += time_warnings(session.starts, session.ends, "starts")
    return warnings + _clashes(work, cohort, [session])


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
    return FieldWarning(text, "schedule", day=day, reason=session.reason)
