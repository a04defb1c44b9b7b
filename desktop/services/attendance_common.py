"""What the attendance modules share: who may mark which cohort, who is on a cohort's roll
and from when to when, the lock on old marks, and the tally kept with the marks.

On the roll: enrolments that hold a seat (accepted, in training, completed) and those that
held one and left during the training (dropped out, not passed). A session applies to one of
them from the day they were accepted (their first change to accepted or in training; the day
they applied if the history has none) to the day they left, both included: sessions outside
that span are "not applicable" and never count as absences.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, insert, select, update

from desktop.domain.attendance import LOCK_DAYS_DEFAULT, LOCK_DAYS_MAX, Mark
from desktop.domain.enrolment import HOLDS_SEAT, EnrolmentStatus
from desktop.domain.errors import NotFound, PermissionDenied
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.roles import Role
from desktop.services.context import Work
from desktop.store.attendance import AttendanceMark, AttendanceTally
from desktop.store.models import Setting
from desktop.store.participants import Participant
from desktop.store.training import (
    Cohort,
    CohortInstructor,
    CohortSession,
    Enrolment,
    EnrolmentEvent,
)

E = EnrolmentStatus
ON_ROLL = (*sorted(HOLDS_SEAT, key=list(E).index), E.DROPPED, E.FAILED)
JOINED = (E.ACCEPTED.value, E.ACTIVE.value)
LEFT = (E.DROPPED.value, E.FAILED.value, E.WITHDRAWN.value)
LOCK_DAYS_KEY = "attendance_lock_days"


@dataclass(frozen=True)
class OnRoll:
    enrolment_id: int
    participant_id: int
    full_name: str
    status: EnrolmentStatus
    joined: date
    left: date | None

    def applies(self, day: date) -> bool:
        return self.joined <= day and (self.left is None or day <= self.left)


def local_day(moment: datetime) -> date:
    return moment.astimezone().date()


def today(work: Work) -> date:
    return local_day(work.now)


def may_mark_any(work: Work) -> bool:
    """Admins and clerks mark any cohort (clerks enter paper sheets); instructors their own."""
    assert work.actor is not None
    return work.current_role() is not Role.INSTRUCTOR


def check_cohort_access(work: Work, cohort_id: int) -> None:
    """Refuses an instructor who does not teach this cohort."""
    if may_mark_any(work):
        return
    assert work.actor is not None
    teaches = work.session.scalar(
        select(func.count())
        .select_from(CohortInstructor)
        .where(
            CohortInstructor.cohort_id == cohort_id,
            CohortInstructor.user_id == work.actor.user_id,
        )
    )
    if not teaches:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "messages", "You do not teach this cohort. Ask an administrator to add you."
            )
        )


def session_row(work: Work, session_id: int) -> Any:
    row = work.session.execute(
        select(
            CohortSession.id,
            CohortSession.cohort_id,
            CohortSession.day,
            CohortSession.starts,
            CohortSession.ends,
            CohortSession.room,
            CohortSession.cancelled,
            CohortSession.reason,
            Cohort.code,
            Cohort.programme_id,
            Cohort.status.label("cohort_status"),
        )
        .join(Cohort, Cohort.id == CohortSession.cohort_id)
        .where(CohortSession.id == session_id)
    ).one_or_none()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("messages", "This session no longer exists."))
    return row


def roll(work: Work, cohort_ids: Sequence[int], only: int | None = None) -> dict[int, list[OnRoll]]:
    """Everyone on the roll of these cohorts, by cohort, in name order (`only`: just that
    enrolment, when marking one person)."""
    if not cohort_ids:
        return {}
    statement = (
        select(
            Enrolment.id,
            Enrolment.cohort_id,
            Enrolment.participant_id,
            Participant.full_name,
            Enrolment.status,
            Enrolment.applied_at,
        )
        .join(Participant, Participant.id == Enrolment.participant_id)
        .where(
            Enrolment.cohort_id.in_(cohort_ids),
            Enrolment.status.in_([status.value for status in ON_ROLL]),
        )
        .order_by(Participant.name_sort, Enrolment.id)
    )
    if only is not None:
        statement = statement.where(Enrolment.id == only)
    rows = work.session.execute(statement).all()
    spans = _spans(work, [row.id for row in rows])
    found: dict[int, list[OnRoll]] = {cohort_id: [] for cohort_id in cohort_ids}
    for row in rows:
        joined, left = spans.get(row.id, (None, None))
        found[row.cohort_id].append(
            OnRoll(
                enrolment_id=row.id,
                participant_id=row.participant_id,
                full_name=row.full_name,
                status=E(row.status),
                joined=joined or local_day(row.applied_at),
                left=left,
            )
        )
    return found


def _spans(work: Work, enrolment_ids: list[int]) -> dict[int, tuple[date | None, date | None]]:
    """(day joined, day left) from each enrolment's history."""
    spans: dict[int, tuple[date | None, date | None]] = {}
    if not enrolment_ids:
        return spans
    events = work.session.execute(
        select(EnrolmentEvent.enrolment_id, EnrolmentEvent.at, EnrolmentEvent.to_status)
        .where(
            EnrolmentEvent.enrolment_id.in_(enrolment_ids),
            EnrolmentEvent.to_status.in_(JOINED + LEFT),
        )
        .order_by(EnrolmentEvent.at, EnrolmentEvent.id)
    )
    for enrolment_id, at, status in events:
        joined, left = spans.get(enrolment_id, (None, None))
        if status in JOINED and joined is None:
            joined = local_day(at)
        elif status in LEFT:
            left = local_day(at)
        spans[enrolment_id] = (joined, left)
    return spans


# -- the lock on old marks -----------------------------------------------------------------------


def lock_days(work: Work) -> int:
    value = work.session.scalar(select(Setting.value).where(Setting.key == LOCK_DAYS_KEY))
    if isinstance(value, int) and 0 <= value <= LOCK_DAYS_MAX:
        return value
    return LOCK_DAYS_DEFAULT


# -- the tally -------------------------------------------------------------------------------------


def recount(work: Work, enrolment_ids: Iterable[int]) -> None:
    """Count these enrolments' marks again into their tally rows."""
    for enrolment_id in set(enrolment_ids):
        marks = work.session.scalars(
            select(AttendanceMark.mark)
            .join(CohortSession, CohortSession.id == AttendanceMark.session_id)
            .where(AttendanceMark.enrolment_id == enrolment_id)
            .order_by(CohortSession.day, CohortSession.starts, CohortSession.id)
        ).all()
        counts = {mark: 0 for mark in Mark}
        streak = 0
        for value in marks:
            mark = Mark(value)
            counts[mark] += 1
            streak = streak + 1 if mark is Mark.ABSENT else 0
        values = {
            "present": counts[Mark.PRESENT],
            "late": counts[Mark.LATE],
            "excused": counts[Mark.EXCUSED],
            "sick": counts[Mark.SICK],
            "absent": counts[Mark.ABSENT],
            "streak": streak,
        }
        changed = work.session.execute(
            update(AttendanceTally)
            .where(AttendanceTally.enrolment_id == enrolment_id)
            .values(**values)
        )
        if not changed.rowcount:  # type: ignore[attr-defined]
            work.session.execute(
                insert(AttendanceTally).values(enrolment_id=enrolment_id, **values)
            )
