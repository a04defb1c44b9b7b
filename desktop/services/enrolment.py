"""Enrolling participants in cohorts: eligibility, seats, the waitlist and freed seats.

`enrol` checks the person against the programme's rules on the cohort's first day. Hard
refusals stop it unless an administrator gives an override reason (audited as
`enrolment.override`); warnings go back to the desk. A seat is taken by one conditional UPDATE
of the cohort's counter (store.training): when none is free the person is waitlisted. Leaving
(dropped, failed, withdrawn) gives the seat back the same way, and the person at the top of the
waitlist is offered it (`enrolment.offer`); the clerk confirms with `accept_offer`, which takes
the seat again atomically, so a seat taken at another desk meanwhile leaves them waitlisted.
The waitlist's order is domain.enrolment's documented score; its weights are the admin's
(`set_waitlist_weights`, kept in the setting table under `waitlist_weights`).

Every write is one transaction. On SQLite a transaction that read before another desk wrote
cannot write any more (SQLITE_BUSY_SNAPSHOT: "database is locked"), so a write that loses such a
race is run again from the start, on fresh data (`_retrying`): the desk that lost the last seat
is then waitlisted rather than shown an error. PostgreSQL needs no retry for the seat (its
UPDATE waits and re-checks the WHERE), only for a deadlock.

`enrol_many` runs one transaction per person, so one refusal (or failure) does not undo the
people enrolled before it, and the report says what became of each; the call stops only if the
cohort itself cannot take enrolments or the user may not enrol.

Every query `enrol` runs is a primary-key or index seek: the participant and cohort by id, the
person's earlier enrolments by ix_enrolment_participant, the seat by the cohort's id.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import Connection, insert, select, update
from sqlalchemy import exc as sa_exc

from desktop.domain.choices import Education, Employment, ParticipantStatus, TargetGroup
from desktop.domain.enrolment import (
    COHORT_OPEN,
    HOLDS_SEAT,
    LEAVING,
    EnrolmentStatus,
    NotAllowedNow,
    ScorePart,
    Waiting,
    WaitlistWeights,
    check_transition,
    may_enrol_again,
    ordered,
)
from desktop.domain.errors import Conflict, NotFound, PelitaError, PermissionDenied, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.programme_rules import (
    Applicant,
    EligibilityRules,
    Finding,
    Strictness,
    check,
    refusals,
)
from desktop.domain.roles import Permission, Role, role_may
from desktop.services.context import Actor, Work, acting
from desktop.store.database import Database
from desktop.store.models import Programme, Setting, User
from desktop.store.participants import Participant
from desktop.store.training import Cohort, Enrolment, EnrolmentEvent

T = TypeVar("T")
WEIGHTS_KEY = "waitlist_weights"
ATTEMPTS = 6  # a write that lost a race is run again at most this often

E = EnrolmentStatus


# -- what the calls answer ---------------------------------------------------------------------


@dataclass(frozen=True)
class Enrolled:
    enrolment_id: int
    status: EnrolmentStatus  # accepted (with a seat) or waitlisted
    warnings: tuple[Finding, ...]  # rules not met that do not refuse
    overridden: tuple[Finding, ...]  # hard refusals an administrator overrode


@dataclass(frozen=True)
class Offer:
    """A freed seat offered to the person at the top of the waitlist."""

    cohort_id: int
    enrolment_id: int
    participant_id: int
    full_name: str
    score: float
    parts: tuple[ScorePart, ...]  # why they are first
    seats_free: int


@dataclass(frozen=True)
class StatusChanged:
    enrolment_id: int
    status: EnrolmentStatus
    version: int
    offer: Offer | None  # when the change freed a seat and someone is waiting for it


@dataclass(frozen=True)
class WaitlistEntry:
    position: int  # 1 = next to be offered a seat
    enrolment_id: int
    participant_id: int
    full_name: str
    score: float
    parts: tuple[ScorePart, ...]  # the parts of the score: the reason for the position
    applied_at: datetime
    tie_break: bool  # same score as the one above: placed after them for applying later


@dataclass(frozen=True)
class BulkLine:
    """What became of one person of `enrol_many`: outcome "enrolled", "waitlisted" or
    "refused"; a refusal's reason is `text` (translatable, context "messages") with `params`."""

    participant_id: int
    outcome: str
    enrolment_id: int | None = None
    text: str = ""
    params: dict[str, Any] | None = None
    findings: tuple[Finding, ...] = ()  # the rules not met (warnings, or the refusals)

    def english(self) -> str:
        return self.text.format(**self.params) if self.params else self.text


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


# -- errors ------------------------------------------------------------------------------------


class NotEligible(ValidationError):
    """The programme's rules refuse the person; `findings` holds every rule not met."""

    def __init__(self, full_name: str, findings: list[Finding]) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "messages",
                "{name} does not meet the programme's rules ({count}). Only an administrator "
                "can enrol them, giving a reason.",
            ),
            "eligibility",
            name=full_name,
            count=len(refusals(findings)),
        )
        self.findings = tuple(findings)


class SeatTaken(Conflict):
    """The free seat went to someone else at another desk; the person stays waitlisted."""


def _not_found(what: str) -> NotFound:
    texts = {
        "participant": QT_TRANSLATE_NOOP("messages", "This participant no longer exists."),
        "cohort": QT_TRANSLATE_NOOP("messages", "This cohort no longer exists."),
        "enrolment": QT_TRANSLATE_NOOP("messages", "This enrolment no longer exists."),
    }
    return NotFound(texts[what], what)


def _cohort_closed(code: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "messages",
            "Cohort {cohort} takes no more enrolments: only planned, open and running cohorts do.",
        ),
        "cohort",
        cohort=code,
    )


def _changed_elsewhere() -> Conflict:
    return Conflict(
        QT_TRANSLATE_NOOP(
            "messages",
            "This enrolment was changed at another desk just now. Reload it and try again.",
        )
    )


# -- retrying a write that lost a race ----------------------------------------------------------


def _lost_race(db: Database, error: sa_exc.OperationalError) -> bool:
    if db.is_sqlite:
        text = str(error.orig).lower()
        return "locked" in text or "busy" in text
    # Serialization failure, deadlock.
    return getattr(error.orig, "sqlstate", None) in {"40001", "40P01"}


def _retrying(db: Database, call: Callable[[], T]) -> T:
    """`call()` (one whole transaction), run again from the start if it lost a race."""
    for attempt in range(1, ATTEMPTS + 1):
        try:
            return call()
        except sa_exc.OperationalError as error:
            if attempt == ATTEMPTS or not _lost_race(db, error):
                raise
            time.sleep(random.uniform(0.001, 0.004) * attempt)
    raise AssertionError("unreachable")


# -- reading -----------------------------------------------------------------------------------


def _may(work: Work, permission: Permission) -> bool:
    """The permission against the user's row as it is now (like `acting`)."""
    assert work.actor is not None
    role = (
        work.session.connection()
        .execute(select(User.role).where(User.id == work.actor.user_id))
        .scalar_one()
    )
    return role_may(Role(role), permission)


def _cohort(connection: Connection, cohort_id: int) -> Any:
    row = connection.execute(
        select(
            Cohort.id,
            Cohort.code,
            Cohort.programme_id,
            Cohort.status,
            Cohort.start_date,
            Cohort.capacity,
            Cohort.seats_taken,
            Programme.eligibility,
        )
        .join(Programme, Programme.id == Cohort.programme_id)
        .where(Cohort.id == cohort_id)
    ).one_or_none()
    if row is None:
        raise _not_found("cohort")
    return row


def _enrolment(connection: Connection, enrolment_id: int) -> Any:
    row = connection.execute(
        select(
            Enrolment.id,
            Enrolment.participant_id,
            Enrolment.cohort_id,
            Enrolment.status,
            Enrolment.holds_seat,
            Enrolment.version,
        ).where(Enrolment.id == enrolment_id)
    ).one_or_none()
    if row is None:
        raise _not_found("enrolment")
    return row


def _applicant(row: Any) -> Applicant:
    return Applicant(
        birth_date=row.birth_date,
        education=Education(row.education) if row.education else None,
        employment=Employment(row.employment) if row.employment else None,
        target_groups=frozenset(
            TargetGroup(group)
            for group in row.target_groups or ()
            if group in TargetGroup._value2member_map_
        ),
    )


def _weights(work: Work) -> WaitlistWeights:
    row = work.session.get(Setting, WEIGHTS_KEY)
    return WaitlistWeights.from_json(row.value if row is not None else None)


def _waiting(work: Work, programme_id: int, cohort_id: int) -> list[WaitlistEntry]:
    """The cohort's waitlist in its documented order (seek on ix_enrolment_cohort_status)."""
    rows = work.session.connection().execute(
        select(
            Enrolment.id,
            Enrolment.participant_id,
            Enrolment.applied_at,
            Participant.full_name,
            Participant.has_disability,
            Participant.dtsen,
            Participant.dtsen_decile,
            Participant.target_groups,
            Participant.assistance_bits,
            Participant.preferences,
        )
        .join(Participant, Participant.id == Enrolment.participant_id)
        .where(Enrolment.cohort_id == cohort_id, Enrolment.status == E.WAITLISTED.value)
    )
    people: dict[int, tuple[int, str]] = {}
    waiting: list[Waiting] = []
    for row in rows:
        people[row.id] = (row.participant_id, row.full_name)
        waiting.append(
            Waiting(
                enrolment_id=row.id,
                applied_at=row.applied_at,
                has_disability=bool(row.has_disability),
                dtsen=row.dtsen or "unknown",
                dtsen_decile=row.dtsen_decile,
                poor_family=TargetGroup.POOR_FAMILY.value in (row.target_groups or ()),
                assistance_bits=row.assistance_bits or 0,
                preferences=tuple(p for p in row.preferences or () if isinstance(p, int)),
            )
        )
    entries: list[WaitlistEntry] = []
    for position, (who, found) in enumerate(
        ordered(waiting, programme_id, _weights(work), work.now), start=1
    ):
        participant_id, full_name = people[who.enrolment_id]
        entries.append(
            WaitlistEntry(
                position=position,
                enrolment_id=who.enrolment_id,
                participant_id=participant_id,
                full_name=full_name,
                score=found.score,
                parts=found.parts,
                applied_at=who.applied_at,
                tie_break=bool(entries) and entries[-1].score == found.score,
            )
        )
    return entries


# -- writing -----------------------------------------------------------------------------------


def _take_seat(connection: Connection, cohort_id: int) -> bool:
    """The one conditional UPDATE that takes a seat: True if this transaction got it."""
    result = connection.execute(
        update(Cohort)
        .where(Cohort.id == cohort_id, Cohort.seats_taken < Cohort.capacity)
        .values(seats_taken=Cohort.seats_taken + 1)
    )
    return result.rowcount == 1


def _give_seat_back(connection: Connection, cohort_id: int) -> None:
    connection.execute(
        update(Cohort)
        .where(Cohort.id == cohort_id, Cohort.seats_taken > 0)
        .values(seats_taken=Cohort.seats_taken - 1)
    )


def _event(work: Work, enrolment_id: int, before: str, after: str, reason: str) -> dict[str, Any]:
    assert work.actor is not None
    return {
        "enrolment_id": enrolment_id,
        "at": work.now,
        "user_id": work.actor.user_id,
        "username": work.actor.username,
        "from_status": before,
        "to_status": after,
        "reason": reason,
    }


def _finding_json(finding: Finding) -> dict[str, Any]:
    return {"rule": finding.rule, "strictness": finding.strictness.value, "text": finding.english()}


def enrol(
    db: Database, actor: Actor, participant_id: int, cohort_id: int, override_reason: str = ""
) -> Enrolled:
    """Enrol a participant in a cohort: accepted with a seat if one is free, else waitlisted.

    Refused (raises) for an unknown participant or cohort, a merged record, a cohort that is
    finished or archived, a second enrolment in the same programme while an earlier one has not
    ended as dropped, failed or withdrawn, and hard eligibility refusals (NotEligible, with the
    findings) unless an administrator gives `override_reason`; a clerk giving one is refused.
    """
    return _retrying(db, lambda: _enrol(db, actor, participant_id, cohort_id, override_reason))


def _enrol(
    db: Database, actor: Actor, participant_id: int, cohort_id: int, override_reason: str
) -> Enrolled:
    override_reason = override_reason.strip()
    with acting(db, actor, Permission.ENROL_PARTICIPANTS) as work:
        if override_reason and not _may(work, Permission.OVERRIDE_ELIGIBILITY):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Only an administrator can enrol someone the programme's rules refuse.",
                ),
                "override_reason",
            )
        connection = work.session.connection()
        person = connection.execute(
            select(
                Participant.full_name,
                Participant.status,
                Participant.birth_date,
                Participant.education,
                Participant.employment,
                Participant.target_groups,
            )
            .where(Participant.id == participant_id)
            .with_for_update(key_share=True)  # PostgreSQL: one desk at a time enrols them
        ).one_or_none()
        if person is None:
            raise _not_found("participant")
        if person.status == ParticipantStatus.MERGED.value:
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "messages", "This record was merged into another one; open that one instead."
                ),
                "participant",
            )
        cohort = _cohort(connection, cohort_id)
        if cohort.status not in COHORT_OPEN:
            raise _cohort_closed(cohort.code)
        # All of the person's enrolments (a seek on ix_enrolment_participant; a handful of
        # rows), filtered to the programme here, not by the planner's choice of index.
        earlier = [
            row
            for row in connection.execute(
                select(Enrolment.programme_id, Enrolment.cohort_id, Enrolment.status).where(
                    Enrolment.participant_id == participant_id
                )
            )
            if row.programme_id == cohort.programme_id
        ]
        if not may_enrol_again([E(row.status) for row in earlier]):
            open_one = next(row for row in earlier if E(row.status) not in LEAVING)
            code = connection.execute(
                select(Cohort.code).where(Cohort.id == open_one.cohort_id)
            ).scalar_one()
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{name} is already enrolled in this programme (cohort {cohort}). Another "
                    "enrolment is possible only once that one has ended as dropped out, not "
                    "passed or withdrawn.",
                ),
                "cohort",
                name=person.full_name,
                cohort=code,
            )
        findings = check(
            EligibilityRules.from_json(cohort.eligibility), _applicant(person), cohort.start_date
        )
        refused = refusals(findings)
        if refused and not override_reason:
            raise NotEligible(person.full_name, findings)
        warnings = tuple(f for f in findings if f.strictness is not Strictness.HARD)
        status = E.ACCEPTED if _take_seat(connection, cohort_id) else E.WAITLISTED
        kept_reason = override_reason if refused else ""
        enrolment_id = connection.execute(
            insert(Enrolment)
            .values(
                participant_id=participant_id,
                cohort_id=cohort_id,
                programme_id=cohort.programme_id,
                status=status.value,
                reason="",
                override_reason=kept_reason,
                holds_seat=status is E.ACCEPTED,
                applied_at=work.now,
                updated_at=work.now,
                version=1,
            )
            .returning(Enrolment.id)
        ).scalar_one()
        connection.execute(
            insert(EnrolmentEvent),
            [
                _event(work, enrolment_id, "", E.APPLIED.value, ""),
                _event(work, enrolment_id, E.APPLIED.value, status.value, kept_reason),
            ],
        )
        work.audit(
            "enrolment.create",
            "enrolment",
            enrolment_id,
            after={
                "participant_id": participant_id,
                "cohort_id": cohort_id,
                "status": status.value,
                "holds_seat": status is E.ACCEPTED,
                "warnings": [_finding_json(finding) for finding in warnings],
            },
        )
        if refused:
            work.audit(
                "enrolment.override",
                "enrolment",
                enrolment_id,
                after={
                    "participant_id": participant_id,
                    "cohort_id": cohort_id,
                    "override_reason": override_reason,
                    "refusals": [_finding_json(finding) for finding in refused],
                },
            )
        return Enrolled(enrolment_id, status, warnings, tuple(refused))


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


def _offer(work: Work, cohort_id: int) -> Offer | None:
    """The person at the top of the waitlist, if a seat is free; the offer is audited."""
    cohort = _cohort(work.session.connection(), cohort_id)
    free = cohort.capacity - cohort.seats_taken
    if free <= 0 or cohort.status not in COHORT_OPEN:
        return None
    waiting = _waiting(work, cohort.programme_id, cohort_id)
    if not waiting:
        return None
    first = waiting[0]
    work.audit(
        "enrolment.offer",
        "enrolment",
        first.enrolment_id,
        after={
            "participant_id": first.participant_id,
            "cohort_id": cohort_id,
            "score": first.score,
            "parts": {part.part: part.points for part in first.parts},
        },
    )
    return Offer(
        cohort_id=cohort_id,
        enrolment_id=first.enrolment_id,
        participant_id=first.participant_id,
        full_name=first.full_name,
        score=first.score,
        parts=first.parts,
        seats_free=free,
    )


def offer_next(db: Database, actor: Actor, cohort_id: int) -> Offer | None:
    """Who is next for a free seat of the cohort, with the reason (None: no free seat or no
    one waiting). Confirm with `accept_offer`."""
    with acting(db, actor, Permission.ENROL_PARTICIPANTS) as work:
        return _offer(work, cohort_id)


def waitlist(db: Database, actor: Actor, cohort_id: int) -> list[WaitlistEntry]:
    """The cohort's waitlist in the documented order, each with the parts of their score."""
    with acting(db, actor, Permission.VIEW_PARTICIPANTS) as work:
        cohort = _cohort(work.session.connection(), cohort_id)
        return _waiting(work, cohort.programme_id, cohort_id)


def enrol_many(
    db: Database, actor: Actor, participant_ids: Iterable[int], cohort_id: int
) -> list[BulkLine]:
    """Enrol several people in a cohort, in the order given: one transaction each, so one
    refusal (or a database error) does not undo the others. Raises only when nobody could be
    enrolled (the user may not enrol, the cohort is unknown or closed); otherwise every person
    gets a line."""
    with acting(db, actor, Permission.ENROL_PARTICIPANTS) as work:
        cohort = _cohort(work.session.connection(), cohort_id)
        if cohort.status not in COHORT_OPEN:
            raise _cohort_closed(cohort.code)
    lines: list[BulkLine] = []
    for participant_id in participant_ids:
        try:
            done = enrol(db, actor, participant_id, cohort_id)
        except NotEligible as error:
            lines.append(
                BulkLine(
                    participant_id,
                    "refused",
                    text=error.text,
                    params=dict(error.params),
                    findings=error.findings,
                )
            )
        except PelitaError as error:
            lines.append(
                BulkLine(participant_id, "refused", text=error.text, params=dict(error.params))
            )
        except sa_exc.DBAPIError as error:  # the ones before stay enrolled, and are reported
            reason = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
            lines.append(
                BulkLine(
                    participant_id,
                    "refused",
                    text=QT_TRANSLATE_NOOP(
                        "messages", "Not saved: the database refused it ({reason})."
                    ),
                    params={"reason": reason},
                )
            )
        else:
            outcome = "enrolled" if done.status is E.ACCEPTED else "waitlisted"
            lines.append(
                BulkLine(participant_id, outcome, done.enrolment_id, findings=done.warnings)
            )
    return lines


# -- lists for the profile and the cohort page -------------------------------------------------


def enrolments_of_participant(
    db: Database, actor: Actor, participant_id: int
) -> list[EnrolmentView]:
    """Every enrolment of the person, newest first, each with its status history."""
    with acting(db, actor, Permission.VIEW_PARTICIPANTS) as work:
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
    with acting(db, actor, Permission.VIEW_PARTICIPANTS) as work:
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


# -- the waitlist's weights --------------------------------------------------------------------


def waitlist_weights(db: Database, actor: Actor) -> WaitlistWeights:
    with acting(db, actor, Permission.VIEW_PROGRAMMES) as work:
        return _weights(work)


def set_waitlist_weights(db: Database, actor: Actor, weights: WaitlistWeights) -> WaitlistWeights:
    """The admin's weights for the waitlist score (domain.enrolment), shared by every desk."""
    weights.validate()
    with acting(db, actor, Permission.MANAGE_SETTINGS) as work:
        row = work.session.get(Setting, WEIGHTS_KEY)
        before = WaitlistWeights.from_json(row.value if row is not None else None)
        if row is None:
            work.session.add(Setting(key=WEIGHTS_KEY, value=weights.to_json()))
        else:
            row.value = weights.to_json()
        work.audit(
            "settings.update",
            "setting",
            WEIGHTS_KEY,
            before={WEIGHTS_KEY: before.to_json()},
            after={WEIGHTS_KEY: weights.to_json()},
        )
    return weights
