"""Data-subject requests (UU PDP 27/2022): recorded when they arrive, listed with their due
date (3 × 24 hours after arrival; open ones past it are overdue and come first), and closed
with what was done or why it was refused.

Clerks record requests and withdraw consents at the desk (Permission.RECORD_DATA_REQUESTS):
the clock runs from the moment the person asks. Closing a request, exporting a person's data
and deletion (services.anonymise) are for administrators (HANDLE_DATA_REQUESTS). Overdue is
judged by the database's clock (`db.clock`), the same for every desk.

A withdrawal of consent is a new consent record (services.participants keeps every one): the
follow-up call list reads each person's latest record, so the person leaves it at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from desktop.domain.choices import CONSENT_TEXT_VERSION, ConsentMethod, ConsentPurpose
from desktop.domain.choices import ParticipantStatus as Status
from desktop.domain.errors import Conflict, NotFound, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.privacy import RequestKind, RequestStatus, check_text, due_at, is_overdue
from desktop.domain.roles import Permission
from desktop.services.context import Actor, Work, acting
from desktop.store.database import Database
from desktop.store.participants import ConsentRecord, Participant, ParticipantPhoto
from desktop.store.privacy import DataRequest

# What a withdrawal leaves of a consent: taking part in the training itself (the person may be
# in a cohort now); follow-up calls, photos and figures go.
KEPT_ON_WITHDRAWAL = (ConsentPurpose.TRAINING.value,)


@dataclass(frozen=True)
class DataRequestRow:
    id: int
    participant_id: int
    participant_name: str
    kind: RequestKind
    status: RequestStatus
    received_at: datetime  # aware UTC
    due_at: datetime  # received_at + 72 hours
    overdue: bool  # open and past due_at by the database's clock
    details: str
    outcome: str
    closed_at: datetime | None
    recorded_by: str
    closed_by: str


def record_request(
    db: Database,
    actor: Actor,
    participant_id: int,
    kind: RequestKind,
    details: str,
    received_at: datetime | None = None,
) -> DataRequestRow:
    """Record a request as it arrived (`received_at`, default now; not in the future)."""
    kind = RequestKind(kind)
    text = check_text(details, "details")
    with acting(db, actor, Permission.RECORD_DATA_REQUESTS) as work:
        person = person_of(work, participant_id)
        received = _received(received_at, work.now)
        assert work.actor is not None
        request = DataRequest(
            participant_id=person.id,
            kind=kind.value,
            status=RequestStatus.OPEN.value,
            details=text,
            received_at=received,
            recorded_at=work.now,
            recorded_by=work.actor.username,
            outcome="",
            closed_by="",
        )
        work.session.add(request)
        work.session.flush()
        work.audit(
            "data_request.record",
            "participant",
            person.id,
            after={"request_id": request.id, "kind": kind.value, "due_at": _iso(due_at(received))},
        )
        return _row(request, person.full_name, work.now)


def list_requests(db: Database, actor: Actor, *, open_only: bool = False) -> list[DataRequestRow]:
    """Open requests first, overdue before the rest, each by due date; then closed ones,
    newest first."""
    query = select(DataRequest, Participant.full_name).join(
        Participant, Participant.id == DataRequest.participant_id
    )
    if open_only:
        query = query.where(DataRequest.status == RequestStatus.OPEN.value)
    with acting(db, actor, Permission.RECORD_DATA_REQUESTS, read_only=True) as work:
        now = work.now
        rows = [_row(request, name, now) for request, name in work.session.execute(query)]
    open_rows = sorted(
        (row for row in rows if row.status is RequestStatus.OPEN),
        key=lambda row: (not row.overdue, row.due_at, row.id),
    )
    closed = sorted(
        (row for row in rows if row.status is not RequestStatus.OPEN),
        key=lambda row: (row.closed_at or row.received_at, row.id),
        reverse=True,
    )
    return open_rows + closed


def close_request(
    db: Database, actor: Actor, request_id: int, status: RequestStatus, outcome: str
) -> DataRequestRow:
    """Close a request as done or refused; `outcome` says what was done or why not."""
    status = RequestStatus(status)
    if status is RequestStatus.OPEN:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Close the request as done or as refused."), "status"
        )
    text = check_text(outcome, "outcome", required=True)
    with acting(db, actor, Permission.HANDLE_DATA_REQUESTS) as work:
        request = close_in(work, request_id, status, text)
        name = work.session.get_one(Participant, request.participant_id).full_name
        return _row(request, name, work.now)


def close_in(
    work: Work,
    request_id: int,
    status: RequestStatus,
    outcome: str,
    participant_id: int | None = None,
) -> DataRequest:
    """Close a request inside a unit of work (anonymise and withdraw close theirs so, naming
    the `participant_id` it must be about)."""
    request = work.session.get(DataRequest, request_id, with_for_update=True)
    if request is None:
        raise NotFound(QT_TRANSLATE_NOOP("messages", "This request no longer exists."), "request")
    if participant_id is not None and request.participant_id != participant_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "This request is about someone else."), "request"
        )
    if request.status != RequestStatus.OPEN.value:
        raise Conflict(QT_TRANSLATE_NOOP("messages", "This request was already closed."), "request")
    assert work.actor is not None
    request.status = status.value
    request.outcome = outcome
    request.closed_at = work.now
    request.closed_by = work.actor.username
    work.audit(
        "data_request.close",
        "participant",
        request.participant_id,
        before={"request_id": request.id, "status": RequestStatus.OPEN.value},
        after={"request_id": request.id, "status": status.value, "kind": request.kind},
    )
    return request


def export_person(
    db: Database, actor: Actor, participant_id: int, folder: Path, language: str = "id"
) -> tuple[Path, Path]:
    """Everything about the person as JSON and as a readable PDF in `folder` (access)."""
    from desktop.services.person_record import export_person as export

    return export(db, actor, participant_id, folder, language)


def withdraw_consent(
    db: Database, actor: Actor, participant_id: int, request_id: int | None = None
) -> None:
    """The person withdraws consent: a new consent record keeping only the training itself,
    and the photo removed. With `request_id` the withdrawal request is closed as done."""
    permission = (
        Permission.RECORD_DATA_REQUESTS if request_id is None else Permission.HANDLE_DATA_REQUESTS
    )
    with acting(db, actor, permission) as work:
        person = person_of(work, participant_id, live=True)
        withdraw_in(work, person)
        if request_id is not None:
            close_in(work, request_id, RequestStatus.DONE, "Consent withdrawn.", person.id)


def withdraw_in(
    work: Work, person: Participant, keep: tuple[str, ...] = KEPT_ON_WITHDRAWAL
) -> list[str]:
    """Add the withdrawing consent record inside a unit of work, keeping only the purposes
    in `keep` that were given; returns them."""
    assert work.actor is not None
    latest = work.session.scalar(
        select(ConsentRecord)
        .where(ConsentRecord.participant_id == person.id)
        .order_by(ConsentRecord.recorded_at.desc(), ConsentRecord.id.desc())
        .limit(1)
    )
    before = list(latest.purposes) if latest is not None else []
    kept = [purpose for purpose in before if purpose in keep]
    # Recorded no earlier than the latest record, so it is the latest even if a desk's clock
    # is behind the one that recorded that.
    now = work.now if latest is None else max(work.now, latest.recorded_at)
    work.session.add(
        ConsentRecord(
            participant_id=person.id,
            purposes=kept,
            text_version=CONSENT_TEXT_VERSION,
            method=latest.method if latest is not None else ConsentMethod.SIGNED_PAPER.value,
            given_on=work.now.astimezone().date(),
            guardian_name="",
            guardian_relation="",
            recorded_at=now,
            recorded_by_id=work.actor.user_id,
            recorded_by=work.actor.username,
        )
    )
    photo = work.session.get(ParticipantPhoto, person.id)
    if photo is not None:
        work.session.delete(photo)
    work.audit(
        "consent.withdraw",
        "participant",
        person.id,
        before={"purposes": before},
        after={"purposes": kept, "photo_removed": photo is not None},
    )
    return kept


def person_of(work: Work, participant_id: int, *, live: bool = False) -> Participant:
    """The participant a request is about; `live`: refuse merged and anonymised records."""
    person = work.session.get(Participant, participant_id, with_for_update=live)
    if person is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("messages", "This participant no longer exists."), "participant"
        )
    if person.status == Status.MERGED.value:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "messages", "This record was merged into another one; open that one instead."
            ),
            "participant",
        )
    if live and person.status == Status.ANONYMISED.value:
        raise Conflict(
            QT_TRANSLATE_NOOP("messages", "This person's data was already deleted."),
            "participant",
        )
    return person


def _received(received_at: datetime | None, now: datetime) -> datetime:
    if received_at is None:
        return now
    if received_at.tzinfo is None:
        raise ValueError("naive datetime given as received_at")
    if received_at > now:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "A request cannot arrive in the future."),
            "received_at",
        )
    return received_at.astimezone(UTC)


def _row(request: DataRequest, name: str, now: datetime) -> DataRequestRow:
    status = RequestStatus(request.status)
    return DataRequestRow(
        id=request.id,
        participant_id=request.participant_id,
        participant_name=name,
        kind=RequestKind(request.kind),
        status=status,
        received_at=request.received_at,
        due_at=due_at(request.received_at),
        overdue=is_overdue(status, request.received_at, now),
        details=request.details,
        outcome=request.outcome,
        closed_at=request.closed_at,
        recorded_by=request.recorded_by,
        closed_by=request.closed_by,
    )


def _iso(moment: datetime) -> str:
    return moment.isoformat()
