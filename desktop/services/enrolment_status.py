"""Status changes of an enrolment along the allowed transitions (domain.enrolment): starting,
finishing, leaving (which gives the seat back and offers it to the top of the waitlist) and the
clerk's confirmation of an offered seat. Internal: callers use desktop.services.enrolment.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select, update

from desktop.domain.enrolment import (
    COHORT_OPEN,
    HOLDS_SEAT,
    LEAVING,
    EnrolmentStatus,
    NotAllowedNow,
    check_transition,
)
from desktop.domain.errors import Conflict
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.roles import Permission
from desktop.services.context import Actor, Work, acting
from desktop.services.enrolment_common import (
    E,
    SeatTaken,
    _changed_elsewhere,
    _cohort,
    _cohort_closed,
    _enrolment,
    _event,
    _give_seat_back,
    _retrying,
    _take_seat,
)
from desktop.services.enrolment_waitlist import Offer, _offer, _waiting
from desktop.store.database import Database
from desktop.store.participants import Participant
from desktop.store.training import Enrolment, EnrolmentEvent


@dataclass(frozen=True)
class StatusChanged:
    enrolment_id: int
    status: EnrolmentStatus
    version: int
    offer: Offer | None  # when the change freed a seat and someone is waiting for it


def _change(work: Work, row: Any, target: EnrolmentStatus, reason: str) -> StatusChanged:
    """Move the enrolment `row` to `target`: seat taken or given back, event, audit entry."""
    current = E(row.status)
    check_transition(current, target, reason)
    connection = work.session.connection()
    cohort = _cohort(connection, row.cohort_id)
    holds = row.holds_seat
    if target in HOLDS_SEAT and not holds:  # accepted: from applied or the waitlist
        if cohort.status not in COHORT_OPEN:
            raise _cohort_closed(cohort.code)
        name = connection.execute(
            select(Participant.full_name).where(Participant.id == row.participant_id)
        ).scalar_one()
        if current is E.WAITLISTED:
            ahead = _waiting(work, cohort.programme_id, cohort.id)
            if ahead and ahead[0].enrolment_id != row.id:
                raise Conflict(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{name} is ahead on the waitlist: offer the seat to them first, or "
                        "withdraw them.",
                    ),
                    "status",
                    name=ahead[0].full_name,
                )
        if not _take_seat(connection, cohort.id):
            raise SeatTaken(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "There is no free seat in cohort {cohort}: it was taken at another desk. "
                    "{name} stays on the waitlist.",
                ),
                "status",
                cohort=cohort.code,
                name=name,
            )
        holds = True
    elif target in LEAVING and holds:
        _give_seat_back(connection, cohort.id)
        holds = False
    reason = reason.strip()
    changed = connection.execute(
        update(Enrolment)
        .where(Enrolment.id == row.id, Enrolment.version == row.version)
        .values(
            status=target.value,
            reason=reason,
            holds_seat=holds,
            updated_at=work.now,
            version=row.version + 1,
        )
    )
    if changed.rowcount != 1:
        raise _changed_elsewhere()
    connection.execute(
        insert(EnrolmentEvent), [_event(work, row.id, current.value, target.value, reason)]
    )
    work.audit(
        "enrolment.status",
        "enrolment",
        row.id,
        before={"status": current.value, "holds_seat": row.holds_seat},
        after={"status": target.value, "holds_seat": holds, "reason": reason},
    )
    offer = _offer(work, cohort.id) if row.holds_seat and not holds else None
    return StatusChanged(row.id, target, row.version + 1, offer)


def change_status(
    db: Database,
    actor: Actor,
    enrolment_id: int,
    status: EnrolmentStatus,
    reason: str = "",
    *,
    expected_version: int | None = None,
) -> StatusChanged:
    """Move an enrolment along the allowed transitions (domain.enrolment). Leaving frees the
    seat and offers it to the next person waiting (`StatusChanged.offer`). `expected_version`,
    when given, refuses a change if another desk changed the enrolment since it was read."""

    def run() -> StatusChanged:
        with acting(db, actor, Permission.ENROL_PARTICIPANTS) as work:
            row = _enrolment(work.session.connection(), enrolment_id)
            if expected_version is not None and row.version != expected_version:
                raise _changed_elsewhere()
            return _change(work, row, E(status), reason)

    return _retrying(db, run)


def withdraw(db: Database, actor: Actor, enrolment_id: int, reason: str = "") -> StatusChanged:
    """Withdraw before the training starts (applied, waitlisted or accepted)."""
    return change_status(db, actor, enrolment_id, E.WITHDRAWN, reason)


def drop(db: Database, actor: Actor, enrolment_id: int, reason: str) -> StatusChanged:
    """A participant in training drops out; the reason is required."""
    return change_status(db, actor, enrolment_id, E.DROPPED, reason)


def accept_offer(db: Database, actor: Actor, enrolment_id: int) -> StatusChanged:
    """The clerk confirms an offered seat for the person at the top of the waitlist. The seat
    is taken atomically: if another desk took it meanwhile, SeatTaken is raised and the person
    stays on the waitlist."""

    def run() -> StatusChanged:
        with acting(db, actor, Permission.ENROL_PARTICIPANTS) as work:
            row = _enrolment(work.session.connection(), enrolment_id)
            if row.status != E.WAITLISTED.value:
                raise NotAllowedNow(
                    QT_TRANSLATE_NOOP(
                        "messages", "Only someone on the waitlist can be offered a freed seat."
                    ),
                    E(row.status),
                    E.ACCEPTED,
                )
            return _change(work, row, E.ACCEPTED, "")

    return _retrying(db, run)
