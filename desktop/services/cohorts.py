"""Cohorts (angkatan / gelombang) and their sessions: creating and changing them, their status,
instructors, and moving, cancelling or adding single sessions. Every public name is here; the
work is shared with cohort_sessions (the sessions, made again when the dates, schedule or room
change), cohort_clashes (instructor and room clashes, warned about and never refused),
cohort_rows (what callers get), cohort_checks (the form's checks that need the database) and
cohort_common (what those modules share).

Codes. A new cohort is numbered after the highest sequence of its programme and start year
(MJH-2026-03); the code keeps that year even if the dates change later. Two desks creating at
once may pick the same number: the unique constraints refuse the second, and its whole call
runs again after a short random pause (a few times) to take the next number. On SQLite the
second desk is refused with "database is locked" instead, at once (the first holds the write
lock, or its snapshot went stale when the first wrote), and is retried the same way.
"""

from __future__ import annotations

import logging
import random
import time as time_module
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session

from desktop.domain.calendar_id import public_holidays
from desktop.domain.cohort import (
    CohortInput,
    CohortStatus,
    check_transition,
    cohort_code,
    session_days,
)
from desktop.domain.errors import Conflict, ValidationError, ValidationErrors
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.roles import Permission
from desktop.services.cohort_checks import (
    TEACHING_ROLES,
    _check_version,
    _checked,
    _instructor_errors,
)
from desktop.services.cohort_clashes import _cohort_clashes, find_conflicts
from desktop.services.cohort_common import (
    _cohort,
    _holiday_warnings,
    _instructor_ids,
    _new_session,
    _set_instructors,
    _set_sponsors,
    _sponsor_ids,
    _today,
)
from desktop.services.cohort_rows import (
    CohortDetail,
    CohortRow,
    CohortSaved,
    CohortSponsor,
    Instructor,
    SessionRow,
    SessionSaved,
    _cohort_row,
    _detail,
)
from desktop.services.cohort_sessions import (
    _move_room,
    _regenerate,
    add_makeup_session,
    cancel_session,
    list_sessions,
    move_session,
)
from desktop.services.context import Actor, Work, acting
from desktop.store.attendance import AttendanceMark
from desktop.store.database import Database
from desktop.store.models import Programme
from desktop.store.training import Cohort, CohortSession

__all__ = [
    "CODE_ATTEMPTS",
    "RETRY_PAUSE",
    "TEACHING_ROLES",
    "CohortDetail",
    "CohortRow",
    "CohortSaved",
    "CohortSponsor",
    "Instructor",
    "SessionRow",
    "SessionSaved",
    "add_makeup_session",
    "cancel_session",
    "change_status",
    "create_cohort",
    "find_conflicts",
    "get_cohort",
    "has_attendance",
    "list_cohorts",
    "list_sessions",
    "move_session",
    "set_instructors",
    "update_cohort",
]

log = logging.getLogger(__name__)

CODE_ATTEMPTS = 8  # tries to number a new cohort while other desks create cohorts too
RETRY_PAUSE = 0.01  # seconds, doubled at each try: 5 s in all at most


# ------------------------------------------------------------------------------------ the checks


def has_attendance(session: Session, cohort_id: int) -> bool:
    """Whether attendance was taken in any session of the cohort: its dates and schedule are
    then fixed (regenerating sessions would orphan the marks)."""
    marked = session.scalar(
        select(AttendanceMark.id)
        .join(CohortSession, CohortSession.id == AttendanceMark.session_id)
        .where(CohortSession.cohort_id == cohort_id)
        .limit(1)
    )
    return marked is not None


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
        _set_sponsors(work, cohort.id, clean.sponsor_ids)
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
        _set_sponsors(work, cohort.id, clean.sponsor_ids)
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


# -------------------------------------------------------------------------------------- reading


def list_cohorts(db: Database, actor: Actor, programme_id: int | None = None) -> list[CohortRow]:
    """The cohorts of one programme, or of all, latest start first, with their fill rate."""
    with acting(db, actor, Permission.VIEW_PROGRAMMES, read_only=True) as work:
        query = (
            select(Cohort, Programme.code, Programme.name)
            .join(Programme, Programme.id == Cohort.programme_id)
            .order_by(Cohort.start_date.desc(), Cohort.code)
        )
        if programme_id is not None:
            query = query.where(Cohort.programme_id == programme_id)
        return [_cohort_row(c, code, name) for c, code, name in work.session.execute(query)]


def get_cohort(db: Database, actor: Actor, cohort_id: int) -> CohortDetail:
    with acting(db, actor, Permission.VIEW_PROGRAMMES, read_only=True) as work:
        return _detail(work, _cohort(work, cohort_id))


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
        "sponsors": _sponsor_ids(work, cohort.id),
    }
