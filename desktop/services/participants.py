"""Registering, reading and changing participants; merging two records of one person.

Registration checks for the same person first. An exact NIK match is refused with the existing
record's id, so the desk opens that person instead of making a second record. Likely matches
(duplicates.find_likely) must each be judged by the clerk: "a different person" is recorded and
the registration goes ahead; "the same person" stops it and is recorded too.

Changes use an optimistic version check: a save names the version the form was loaded at, and
if another desk saved in between, nothing is overwritten and the conflict says who changed what.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from desktop.domain.choices import CONSENT_TEXT_VERSION, ParticipantStatus
from desktop.domain.errors import Conflict, FieldWarning, NotFound, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.participant import (
    ConsentInput,
    ParticipantInput,
    clean_consent,
    clean_participant,
)
from desktop.domain.privacy import without_sensitive
from desktop.domain.regions import village as find_village
from desktop.domain.roles import Permission
from desktop.services.context import Actor, Work, acting
from desktop.services.duplicates import Candidate, VillageSeen, find_likely
from desktop.services.images import normalise_photo
from desktop.services.registry import mask_nik
from desktop.store.database import Database
from desktop.store.models import AuditEntry
from desktop.store.participants import (
    ConsentRecord,
    DuplicateDecision,
    Participant,
    ParticipantPhoto,
)

# Kept out of the audit log's before/after: derived from the other fields, or not data at all.
NOT_AUDITED = frozenset({"search_text", "name_sort", "name_key", "created_at", "updated_at"})


class AlreadyRegistered(Conflict):
    """The NIK belongs to a registered person: open that record instead."""

    def __init__(self, participant_id: int, full_name: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "messages", "This NIK is already registered to {name}. Their record is opened."
            ),
            "nik",
            name=full_name,
        )
        self.participant_id = participant_id


class PossibleDuplicates(Conflict):
    """People who may be the one being registered; the clerk must judge each."""

    def __init__(self, candidates: list[Candidate], seen: VillageSeen | None = None) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "messages", "This person may already be registered. Check the list first."
            )
        )
        self.candidates = candidates
        self.seen = seen  # pass it to the save after the clerk judged: a cheaper second check


@dataclass(frozen=True)
class Change:
    at: datetime
    username: str
    fields: tuple[str, ...]


class EditConflict(Conflict):
    """Someone saved the record after this form loaded it; the form keeps what was typed."""

    def __init__(self, changes: list[Change], current_version: int) -> None:
        people = ", ".join(sorted({change.username for change in changes})) or "?"
        changed = ", ".join(sorted({name for change in changes for name in change.fields}))
        super().__init__(
            QT_TRANSLATE_NOOP(
                "messages",
                "{people} changed this record while you were editing it ({fields}). Your "
                "changes are still in the form and were not saved: reload to see theirs, then "
                "make yours again.",
            ),
            people=people,
            fields=changed,
        )
        self.changes = changes
        self.current_version = current_version


@dataclass(frozen=True)
class Saved:
    participant_id: int
    version: int
    warnings: list[FieldWarning] = field(default_factory=list)


@dataclass(frozen=True)
class ConsentView:
    purposes: tuple[str, ...]
    text_version: str
    method: str
    given_on: date
    guardian_name: str
    guardian_relation: str
    recorded_at: datetime
    recorded_by: str


@dataclass(frozen=True)
class ParticipantRecord:
    """A whole record as the profile shows it; identity numbers masked where not allowed."""

    id: int
    version: int
    values: dict[str, Any]
    consents: list[ConsentView]
    has_photo: bool
    merged_into_id: int | None
    identity_visible: bool


def public_values(person: Participant) -> dict[str, Any]:
    values = {
        column.key: getattr(person, column.key)
        for column in Participant.__table__.columns
        if column.key not in NOT_AUDITED
    }
    return {
        key: value.isoformat() if isinstance(value, date) else value
        for key, value in values.items()
    }


def _clean(work: Work, data: ParticipantInput) -> tuple[dict[str, Any], list[FieldWarning]]:
    village = find_village(data.village_code) if data.village_code else None
    today = work.now.astimezone().date()
    cleaned = clean_participant(data, today=today, village=village)
    return cleaned.values, cleaned.warnings


def _insert(work: Work, person: Participant, nik: str) -> None:
    """Add the new record, at a savepoint: on PostgreSQL two desks saving the same NIK at the
    same moment both pass the check above, and the second meets the unique index here. It is
    told who has the NIK, as if it had been saved a moment earlier."""
    try:
        with work.session.begin_nested():  # flushes the insert at the savepoint
            work.session.add(person)
    except IntegrityError as error:
        existing = _by_nik(work, nik) if "uq_participant_nik" in str(error.orig) else None
        if existing is None:
            raise
        raise AlreadyRegistered(existing.id, existing.full_name) from None


def _by_nik(work: Work, nik: str, other_than: int | None = None) -> Participant | None:
    if not nik:
        return None
    query = select(Participant).where(Participant.nik == nik)
    if other_than is not None:
        query = query.where(Participant.id != other_than)
    return work.session.scalar(query)


def check(db: Database, actor: Actor, data: ParticipantInput) -> list[Candidate]:
    """Likely matches for a new person, before saving (the form asks when the name, birth date,
    phone and village are in). Raises AlreadyRegistered for an exact NIK match and
    ValidationErrors for input that could not be saved anyway."""
    with acting(db, actor, Permission.REGISTER_PARTICIPANTS, read_only=True) as work:
        values, _warnings = _clean(work, data)
        existing = _by_nik(work, values["nik"])
        if existing is not None:
            raise AlreadyRegistered(existing.id, existing.full_name)
        return find_likely(work.session, values).candidates


def register(
    db: Database,
    actor: Actor,
    data: ParticipantInput,
    consent: ConsentInput | None,
    *,
    different_from: frozenset[int] = frozenset(),
    photo: bytes | None = None,
    seen: VillageSeen | None = None,
) -> Saved:
    """Save a new participant with their consent. `different_from` holds the likely matches the
    clerk judged to be other people; any match not judged stops the save (PossibleDuplicates).
    `seen` is the PossibleDuplicates' of the save before the judging (see duplicates)."""
    with acting(db, actor, Permission.REGISTER_PARTICIPANTS) as work:
        values, warnings = _clean(work, data)
        purposes, guardian, relation = clean_consent(
            consent, birth_date=values["birth_date"], today=work.now.astimezone().date()
        )
        assert consent is not None
        existing = _by_nik(work, values["nik"])
        if existing is not None:
            raise AlreadyRegistered(existing.id, existing.full_name)
        likely = find_likely(work.session, values, seen=seen, judged=different_from)
        candidates = likely.candidates
        unjudged = [c for c in candidates if c.id not in different_from]
        if unjudged:
            raise PossibleDuplicates(unjudged, likely.seen)
        jpeg = normalise_photo(photo) if photo else None
        person = Participant(
            **values,
            status=ParticipantStatus.ACTIVE.value,
            version=1,
            created_at=work.now,
            updated_at=work.now,
            created_by_id=actor.user_id,
        )
        _insert(work, person, values["nik"])
        _add_consent(work, person.id, consent, purposes, guardian, relation)
        if jpeg is not None:
            work.session.add(ParticipantPhoto(participant_id=person.id, jpeg=jpeg))
        for candidate in candidates:
            work.session.add(
                DuplicateDecision(
                    participant_id=person.id,
                    other_id=candidate.id,
                    same_person=False,
                    reasons=list(candidate.reasons),
                    decided_at=work.now,
                    decided_by_id=actor.user_id,
                    decided_by=actor.username,
                )
            )
            work.audit(
                "participant.different_person",
                "participant",
                person.id,
                after={"other_id": candidate.id, "reasons": list(candidate.reasons)},
            )
        work.audit("participant.create", "participant", person.id, after=public_values(person))
        return Saved(person.id, person.version, warnings)


def same_person(db: Database, actor: Actor, existing_id: int, data: ParticipantInput) -> None:
    """The clerk judged a likely match to be the person at the desk: nothing new is saved,
    and the judgement is kept with what was typed (to trace a wrong call later)."""
    with acting(db, actor, Permission.REGISTER_PARTICIPANTS) as work:
        if work.session.get(Participant, existing_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("messages", "This participant no longer exists."))
        work.audit(
            "participant.same_person",
            "participant",
            existing_id,
            after={
                "typed_name": data.full_name,
                "typed_birth_date": data.birth_date.isoformat() if data.birth_date else None,
                "typed_phone": data.phone,
            },
        )


def update(
    db: Database, actor: Actor, participant_id: int, expected_version: int, data: ParticipantInput
) -> Saved:
    with acting(db, actor, Permission.REGISTER_PARTICIPANTS) as work:
        person = live_record(work, participant_id)
        if person.version != expected_version:
            raise EditConflict(
                _changes_since(work, participant_id, expected_version), person.version
            )
        values, warnings = _clean(work, data)
        other = _by_nik(work, values["nik"], other_than=participant_id)
        if other is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "This NIK belongs to another participant: {name}."),
                "nik",
                name=other.full_name,
            )
        before = public_values(person)
        _write_values(work, person, values)
        changed = {key for key, value in public_values(person).items() if before.get(key) != value}
        if not changed:
            return Saved(person.id, person.version, warnings)
        person.version += 1
        person.updated_at = work.now
        after = public_values(person)
        work.audit(
            "participant.update",
            "participant",
            person.id,
            before={key: before[key] for key in sorted(changed)},
            after={**{key: after[key] for key in sorted(changed)}, "version": person.version},
        )
        return Saved(person.id, person.version, warnings)


def _write_values(work: Work, person: Participant, values: dict[str, Any]) -> None:
    """Change the record at a savepoint: another desk may have saved this NIK for someone else
    since the check above (PostgreSQL lets both pass it)."""
    try:
        with work.session.begin_nested():  # leaving it flushes the changed record
            for key, value in values.items():
                setattr(person, key, value)
    except IntegrityError as error:
        other = _by_nik(work, values["nik"], other_than=person.id)
        if other is None or "uq_participant_nik" not in str(error.orig):
            raise
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "This NIK belongs to another participant: {name}."),
            "nik",
            name=other.full_name,
        ) from None


def live_record(work: Work, participant_id: int) -> Participant:
    person = work.session.get(Participant, participant_id, with_for_update=True)
    if person is None:
        raise NotFound(QT_TRANSLATE_NOOP("messages", "This participant no longer exists."))
    if person.status == ParticipantStatus.ANONYMISED.value:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "messages", "This person's data was deleted at their request; it cannot be changed."
            )
        )
    if person.status == ParticipantStatus.MERGED.value:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "messages", "This record was merged into another one; open that one instead."
            )
        )
    return person


def _changes_since(work: Work, participant_id: int, version: int) -> list[Change]:
    entries = work.session.scalars(
        select(AuditEntry)
        .where(
            AuditEntry.entity == "participant",
            AuditEntry.entity_id == str(participant_id),
            AuditEntry.action == "participant.update",
        )
        .order_by(AuditEntry.id)
    )
    changes = []
    for entry in entries:
        after = entry.after or {}
        if int(after.get("version", 0)) > version:
            fields = tuple(key for key in after if key != "version")
            changes.append(Change(entry.at, entry.username, fields))
    return changes


def record_consent(db: Database, actor: Actor, participant_id: int, consent: ConsentInput) -> None:
    """A new consent (a purpose added or withdrawn): added beside the earlier ones."""
    with acting(db, actor, Permission.REGISTER_PARTICIPANTS) as work:
        person = live_record(work, participant_id)
        purposes, guardian, relation = clean_consent(
            consent, birth_date=person.birth_date, today=work.now.astimezone().date()
        )
        _add_consent(work, person.id, consent, purposes, guardian, relation)


def _add_consent(
    work: Work,
    participant_id: int,
    consent: ConsentInput,
    purposes: list[str],
    guardian: str,
    relation: str,
) -> None:
    """Add a consent record beside the earlier ones (never overwriting them) and audit it."""
    assert work.actor is not None
    work.session.add(
        ConsentRecord(
            participant_id=participant_id,
            purposes=purposes,
            text_version=CONSENT_TEXT_VERSION,
            method=consent.method.value,
            given_on=consent.given_on,
            guardian_name=guardian,
            guardian_relation=relation,
            recorded_at=work.now,
            recorded_by_id=work.actor.user_id,
            recorded_by=work.actor.username,
        )
    )
    work.audit(
        "participant.consent",
        "participant",
        participant_id,
        after={"purposes": purposes, "method": consent.method.value},
    )


def set_photo(db: Database, actor: Actor, participant_id: int, photo: bytes | None) -> None:
    jpeg = normalise_photo(photo) if photo else None
    with acting(db, actor, Permission.REGISTER_PARTICIPANTS) as work:
        person = live_record(work, participant_id)
        existing = work.session.get(ParticipantPhoto, person.id)
        if existing is not None:
            work.session.delete(existing)
            work.session.flush()
        if jpeg is not None:
            work.session.add(ParticipantPhoto(participant_id=person.id, jpeg=jpeg))
        work.audit("participant.photo", "participant", person.id, after={"photo": jpeg is not None})


def photo(db: Database, actor: Actor, participant_id: int) -> bytes | None:
    with acting(db, actor, Permission.VIEW_PARTICIPANTS, read_only=True) as work:
        found = work.session.get(ParticipantPhoto, participant_id)
        return found.jpeg if found else None


def get(db: Database, actor: Actor, participant_id: int) -> ParticipantRecord:
    with acting(db, actor, Permission.VIEW_PARTICIPANTS, read_only=True) as work:
        person = work.session.get(Participant, participant_id)
        if person is None:
            raise NotFound(QT_TRANSLATE_NOOP("messages", "This participant no longer exists."))
        visible = actor.may(Permission.VIEW_IDENTITY_NUMBERS)
        values = {
            column.key: getattr(person, column.key) for column in Participant.__table__.columns
        }
        if not visible:
            values["nik"] = mask_nik(person.nik)  # as the list shows it
            values["kk_number"] = ""
            values["phone"] = ""
        if not actor.may(Permission.VIEW_SENSITIVE_DATA):
            # Disability, needs and social assistance: instructors work with names (UU PDP).
            values = without_sensitive(values)
        consents = [
            ConsentView(
                purposes=tuple(record.purposes),
                text_version=record.text_version,
                method=record.method,
                given_on=record.given_on,
                guardian_name=record.guardian_name,
                guardian_relation=record.guardian_relation,
                recorded_at=record.recorded_at,
                recorded_by=record.recorded_by,
            )
            for record in work.session.scalars(
                select(ConsentRecord)
                .where(ConsentRecord.participant_id == participant_id)
                .order_by(ConsentRecord.recorded_at.desc(), ConsentRecord.id.desc())
            )
        ]
        has_photo = bool(
            work.session.scalar(
                select(func.count())
                .select_from(ParticipantPhoto)
                .where(ParticipantPhoto.participant_id == participant_id)
            )
        )
        return ParticipantRecord(
            id=person.id,
            version=person.version,
            values=values,
            consents=consents,
            has_photo=has_photo,
            merged_into_id=person.merged_into_id,
            identity_visible=visible,
        )
