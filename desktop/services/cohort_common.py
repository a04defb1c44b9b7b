"""What the cohort modules (cohorts, cohort_sessions, cohort_clashes) share: a cohort read for
a change, the desk's today, a session as the audit keeps it, a cohort's instructors and
sponsors, and the regular sessions made from its schedule. Internal: callers use
desktop.services.cohorts.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time
from typing import Any

from sqlalchemy import delete, select

from desktop.domain.calendar_id import HolidayName
from desktop.domain.cohort import CohortStatus, SessionKind, Slot, hhmm
from desktop.domain.errors import FieldWarning, NotFound, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.services.context import Work
from desktop.store.training import Cohort, CohortInstructor, CohortSession, CohortSponsor


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


# A cohort's instructors and sponsors are link rows (cohort, user or sponsor): read and
# replaced the same way.
_LINKS: dict[str, tuple[type[CohortInstructor] | type[CohortSponsor], str]] = {
    "instructors": (CohortInstructor, "user_id"),
    "sponsors": (CohortSponsor, "sponsor_id"),
}


def _linked_ids(work: Work, kind: str, cohort_id: int) -> list[int]:
    model, column = _LINKS[kind]
    return sorted(
        work.session.scalars(select(getattr(model, column)).where(model.cohort_id == cohort_id))
    )


def _set_links(work: Work, kind: str, cohort_id: int, ids: Sequence[int]) -> None:
    """Make the cohort's links of `kind` exactly `ids`, touching only what changes."""
    model, column = _LINKS[kind]
    current = set(_linked_ids(work, kind, cohort_id))
    wanted = set(ids)
    if current - wanted:
        work.session.execute(
            delete(model).where(
                model.cohort_id == cohort_id, getattr(model, column).in_(current - wanted)
            )
        )
    for linked_id in sorted(wanted - current):
        work.session.add(model(cohort_id=cohort_id, **{column: linked_id}))
    work.session.flush()


def _instructor_ids(work: Work, cohort_id: int) -> list[int]:
    return _linked_ids(work, "instructors", cohort_id)


def _set_instructors(work: Work, cohort_id: int, user_ids: Sequence[int]) -> None:
    _set_links(work, "instructors", cohort_id, user_ids)


def _sponsor_ids(work: Work, cohort_id: int) -> list[int]:
    return _linked_ids(work, "sponsors", cohort_id)


def _set_sponsors(work: Work, cohort_id: int, sponsor_ids: Sequence[int]) -> None:
    _set_links(work, "sponsors", cohort_id, sponsor_ids)


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
            day=day,
            holiday=HolidayName(day),
        )
        for day in sorted(holidays)
        if start <= day <= end and day.weekday() in weekdays
    ]
