"""Read-only lists of enrolments: a participant's, newest first with each one's status history,
for the profile; a cohort's roster, by status then name. Internal: callers use
desktop.services.enrolment.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from desktop.domain.enrolment import EnrolmentStatus
from desktop.domain.roles import Permission
from desktop.services.context import Actor, acting
from desktop.services.enrolment_common import E, _cohort, _not_found
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
            )
            for row in rows
        ]


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
