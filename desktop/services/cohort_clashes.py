"""Clashes: an instructor, or a room in the same branch, booked by another cohort at overlapping
times on the same day (sessions not cancelled, from today on) is a warning returned to the
caller naming the other cohort, the day and the times: never a refusal.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import select

from desktop.domain.cohort import hhmm, overlaps
from desktop.domain.errors import FieldWarning
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.roles import Permission
from desktop.services.cohort_common import _cohort, _instructor_ids, _today
from desktop.services.context import Actor, Work, acting
from desktop.store.database import Database
from desktop.store.models import User
from desktop.store.training import Cohort, CohortInstructor, CohortSession


def find_conflicts(db: Database, actor: Actor, cohort_id: int) -> list[FieldWarning]:
    """The cohort's instructor and room clashes with other cohorts, from today on."""
    with acting(db, actor, Permission.VIEW_PROGRAMMES, read_only=True) as work:
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
            "day": other.day,
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
