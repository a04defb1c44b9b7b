"""Read-only lists of enrolments: a participant's, newest first with each one's status history,
for the profile; a cohort's roster, by status then name. Internal: callers use
desktop.services.enrolment.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.attendance import Rate
from desktop.domain.enrolment import EnrolmentStatus
from desktop.domain.programme_rules import CompletionRule
from desktop.domain.roles import Permission
from desktop.services.attendance_numbers import tally_rate
from desktop.services.context import Actor, acting
from desktop.services.enrolment_common import E, _cohort, _not_found
from desktop.store.attendance import AttendanceTally
from desktop.store.database import Database
from desktop.store.models import Programme
from desktop.store.participants import Participant
from desktop.store.training import Cohort, Enrolment, EnrolmentEvent


@dataclass(frozen=True)
class EventView:
    at: datetime
    username: str
    from_status: str
    to_status: str
    reason: str


@dataclass(frozen=True)
class EnrolmentView:
    """An enrolment as the participant's profile shows it, with its whole history."""

    id: int
    cohort_id: int
    cohort_code: str
    programme_id: int
    programme_name: str
    start_date: date
    end_date: date
    status: EnrolmentStatus
    reason: str
    override_reason: str
    holds_seat: bool
    applied_at: datetime
    version: int
    history: tuple[EventView, ...]
    # Present over marked sessions, by the programme's rule; None before any mark.
    attendance: Rate | None = None


@dataclass(frozen=True)
class RosterLine:
    enrolment_id: int
    participant_id: int
    full_name: str
    status: EnrolmentStatus
    holds_seat: bool
    applied_at: datetime
    overridden: bool
    version: int


def enrolments_of_participant(
    db: Database, actor: Actor, participant_id: int
) -> list[EnrolmentView]:
    """Every enrolment of the person, newest first, each with its status history."""
    with acting(db, actor, Permission.VIEW_PARTICIPANTS, read_only=True) as work:
        connection = work.session.connection()
        exists = connection.execute(
            select(Participant.id).where(Participant.id == participant_id)
        ).scalar()
        if exists is None:
            raise _not_found("participant")
        rows = connection.execute(
            select(
                Enrolment,
                Cohort.code,
                Cohort.start_date,
                Cohort.end_date,
                Programme.name,
            )
            .join(Cohort, Cohort.id == Enrolment.cohort_id)
            .join(Programme, Programme.id == Enrolment.programme_id)
            .where(Enrolment.participant_id == participant_id)
            .order_by(Enrolment.applied_at.desc(), Enrolment.id.desc())
        ).all()
        history: dict[int, list[EventView]] = {row.id: [] for row in rows}
        if history:
            events = connection.execute(
                select(EnrolmentEvent)
                .where(EnrolmentEvent.enrolment_id.in_(list(history)))
                .order_by(EnrolmentEvent.at, EnrolmentEvent.id)
            )
            for event in events:
                history[event.enrolment_id].append(
                    EventView(
                        event.at, event.username, event.from_status, event.to_status, event.reason
                    )
                )
        rates = _attendance(work.session, list(history))
        return [
            EnrolmentView(
                id=row.id,
                cohort_id=row.cohort_id,
                cohort_code=row.code,
                programme_id=row.programme_id,
                programme_name=row.name,
                start_date=row.start_date,
                end_date=row.end_date,
                status=E(row.status),
                reason=row.reason,
                override_reason=row.override_reason,
                holds_seat=bool(row.holds_seat),
                applied_at=row.applied_at,
                version=row.version,
                history=tuple(history[row.id]),
                attendance=rates.get(row.id),
            )
            for row in rows
        ]


def _attendance(session: Session, enrolment_ids: list[int]) -> dict[int, Rate]:
    """Each enrolment's attendance from its tally, counted by its programme's rule."""
    if not enrolment_ids:
        return {}
    t = AttendanceTally
    rows = session.execute(
        select(t, Programme.completion)
        .join(Enrolment, Enrolment.id == t.enrolment_id)
        .join(Programme, Programme.id == Enrolment.programme_id)
        .where(t.enrolment_id.in_(enrolment_ids))
    ).all()
    rates = {}
    for tally, completion in rows:
        rule = CompletionRule.from_json(completion or {})
        counted = tally_rate(
            tally.present + tally.late, tally.excused + tally.sick, tally.absent, rule
        )
        if counted.marked:
            rates[tally.enrolment_id] = counted
    return rates


ROSTER_ORDER = {status: index for index, status in enumerate(E)}


def roster(db: Database, actor: Actor, cohort_id: int) -> list[RosterLine]:
    """Everyone enrolled in the cohort, by status (applied, accepted, waitlisted, in training,
    ...) then name. The waitlist's own order is `waitlist`."""
    with acting(db, actor, Permission.VIEW_PARTICIPANTS, read_only=True) as work:
        connection = work.session.connection()
        _cohort(connection, cohort_id)
        rows = connection.execute(
            select(
                Enrolment.id,
                Enrolment.participant_id,
                Enrolment.status,
                Enrolment.holds_seat,
                Enrolment.applied_at,
                Enrolment.override_reason,
                Enrolment.version,
                Participant.full_name,
                Participant.name_sort,
            )
            .join(Participant, Participant.id == Enrolment.participant_id)
            .where(Enrolment.cohort_id == cohort_id)
        )
        ordered_rows = sorted(
            rows, key=lambda row: (ROSTER_ORDER[E(row.status)], row.name_sort, row.id)
        )
        return [
            RosterLine(
                enrolment_id=row.id,
                participant_id=row.participant_id,
                full_name=row.full_name,
                status=E(row.status),
                holds_seat=bool(row.holds_seat),
                applied_at=row.applied_at,
                overridden=bool(row.override_reason),
                version=row.version,
            )
            for row in ordered_rows
        ]
