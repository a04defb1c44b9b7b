"""Deletion under UU PDP 27/2022: the person is anonymised, keeping only what the certificate
register and the centre's anonymous figures need.

What goes: the name (replaced by "Dihapus #id"), NIK, KK, phone, birth place and the day and
month of birth, the street, village and district, marital status, occupation, disability,
accommodations, social assistance and target groups, the skills typed in, the photo, the
guardians' names on the consents, and every free text written about the person (enrolment
reasons, attendance notes, follow-up answers' notes, loan notes, their requests' details).
A last consent record with no purpose is added, so no list that reads consent (follow-up
calls) takes the person again. What stays: sex, year of birth, province and regency,
education, work situation and income band at intake, enrolments, attendance marks, scores,
follow-up answers as figures (work, income), and the certificates: a certificate row keeps
the holder's name and birth as printed, because it is the register (buku induk) that proves
the paper, and verifying a certificate still works.

Records merged earlier into this one (the same person, kept for the audit trail) are erased
with it.

The audit log. Its entries are never changed, with this one exception: the entries about the
person (registration, edits, consents, merges, judgements) still hold the old values in their
"before" and "after", so a deletion that left them would delete nothing. Their values are
replaced by ERASED, keeping who did what when and which fields changed; free text in the
entries of their enrolments, follow-up calls and loans likewise. The anonymisation's own
entry ("person.anonymise") says that it happened, why, and how much was erased, never what.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import or_, select, update

from desktop.domain.choices import ParticipantStatus
from desktop.domain.privacy import RequestStatus, anonymised_name, check_text
from desktop.domain.roles import Permission
from desktop.services.context import Actor, Work, acting
from desktop.services.data_requests import (
    DataRequestRow,
    close_in,
    person_of,
    withdraw_in,
)
from desktop.store.attendance import AttendanceMark
from desktop.store.database import Database
from desktop.store.evaluation import FollowUp
from desktop.store.inventory import Loan
from desktop.store.models import AuditEntry
from desktop.store.participants import ConsentRecord, Participant, ParticipantPhoto
from desktop.store.privacy import DataRequest
from desktop.store.training import Enrolment, EnrolmentEvent

__all__ = ["ERASED", "DataRequestRow", "anonymise", "anonymise_in"]

ERASED = "[erased]"
# Participant columns given these values; the birth date keeps its year (see _erase_row).
ERASED_VALUES: dict[str, Any] = {
    "nik": "",
    "no_nik_reason": None,
    "kk_number": "",
    "birth_place": "",
    "marital_status": None,
    "phone": "",
    "street": "",
    "rt": "",
    "rw": "",
    "district_code": "",
    "village_code": "",
    "district_name": "",
    "village_name": "",
    "postal_code": "",
    "occupation": "",
    "disabilities": [],
    "has_disability": False,
    "accommodations": [],
    "accommodation_note": "",
    "washington": None,
    "dtsen": "unknown",
    "dtsen_decile": None,
    "assistance_bits": 0,
    "target_groups": [],
    "skills_have": "",
    "search_text": "",
}
# Keys of audit entries about a person that say what happened, not who the person is.
STRUCTURE_KEYS = frozenset(
    {"version", "purposes", "method", "request_id", "kind", "status", "kept_id", "merged_id",
     "other_id", "photo", "photo_removed", "filled", "moved", "due_at", "records"}
)  # fmt: skip
# Free text in the entries of a person's enrolments, follow-up calls and loans.
FREE_TEXT_KEYS = frozenset({"reason", "override_reason", "note", "help_note", "business_kind",
                            "notes"})  # fmt: skip
ENTITY_FREE_TEXT = ("enrolment", "follow_up", "loan")


def anonymise(
    db: Database, actor: Actor, participant_id: int, reason: str, request_id: int | None = None
) -> None:
    """Anonymise one person (see the module's docstring); with `request_id` the deletion
    request is closed as done. Refuses a person already anonymised or merged."""
    text = check_text(reason, "reason", required=True)
    with acting(db, actor, Permission.HANDLE_DATA_REQUESTS) as work:
        person = person_of(work, participant_id, live=True)
        if request_id is not None:
            close_in(work, request_id, RequestStatus.DONE, "Anonymised.", person.id)
        anonymise_in(work, person, text, request_id)


def anonymise_in(
    work: Work, person: Participant, reason: str, request_id: int | None = None
) -> None:
    """Anonymise `person` inside a unit of work (retention anonymises many in one)."""
    session = work.session
    merged = list(
        session.scalars(
            select(Participant).where(Participant.merged_into_id == person.id).with_for_update()
        )
    )
    people = [person, *merged]
    ids = [p.id for p in people]
    withdraw_in(work, person, keep=())
    for record in people:
        _erase_row(work, record)
    person.status = ParticipantStatus.ANONYMISED.value
    session.execute(
        update(ConsentRecord)
        .where(ConsentRecord.participant_id.in_(ids))
        .values(guardian_name="", guardian_relation="")
    )
    for photo in session.scalars(
        select(ParticipantPhoto).where(ParticipantPhoto.participant_id.in_(ids))
    ):
        session.delete(photo)
    erased = _erase_free_text(work, ids)
    scrubbed = _scrub_audit(work, ids, erased)
    session.flush()
    work.audit(
        "person.anonymise",
        "participant",
        person.id,
        after={
            "reason": reason,
            "records": ids,
            "request_id": request_id,
            "audit_entries_erased": scrubbed,
        },
    )


def _erase_row(work: Work, person: Participant) -> None:
    name = anonymised_name(person.id)
    person.full_name = name
    person.name_sort = name.casefold()
    person.name_key = name.casefold()
    for column, value in ERASED_VALUES.items():
        setattr(person, column, list(value) if isinstance(value, list) else value)
    # The year keeps the age bands of the figures roughly right; day and month identify.
    person.birth_date = date(person.birth_date.year, 1, 1)
    person.version += 1
    person.updated_at = work.now


def _erase_free_text(work: Work, ids: list[int]) -> dict[str, list[str]]:
    """Blank what was written about the person; returns the ids of the rows touched per
    audit entity, whose audit entries then lose the same text."""
    session = work.session
    enrolments = list(
        session.scalars(select(Enrolment.id).where(Enrolment.participant_id.in_(ids)))
    )
    session.execute(
        update(Enrolment).where(Enrolment.id.in_(enrolments)).values(reason="", override_reason="")
    )
    session.execute(
        update(EnrolmentEvent).where(EnrolmentEvent.enrolment_id.in_(enrolments)).values(reason="")
    )
    session.execute(
        update(AttendanceMark).where(AttendanceMark.enrolment_id.in_(enrolments)).values(note="")
    )
    calls = list(session.scalars(select(FollowUp.id).where(FollowUp.enrolment_id.in_(enrolments))))
    session.execute(
        update(FollowUp)
        .where(FollowUp.id.in_(calls))
        .values(business_kind="", help_note="", note="")
    )
    loans = list(session.scalars(select(Loan.id).where(Loan.participant_id.in_(ids))))
    session.execute(update(Loan).where(Loan.id.in_(loans)).values(notes=""))
    session.execute(
        update(DataRequest).where(DataRequest.participant_id.in_(ids)).values(details="")
    )
    return {
        "enrolment": [str(i) for i in enrolments],
        "follow_up": [str(i) for i in calls],
        "loan": [str(i) for i in loans],
    }


def _scrub_audit(work: Work, ids: list[int], erased: dict[str, list[str]]) -> int:
    """Erase the person's values from earlier audit entries; returns how many changed."""
    about_person = (AuditEntry.entity == "participant") & AuditEntry.entity_id.in_(
        [str(i) for i in ids]
    )
    about_rows = [
        (AuditEntry.entity == entity) & AuditEntry.entity_id.in_(erased[entity])
        for entity in ENTITY_FREE_TEXT
        if erased[entity]
    ]
    changed = 0
    for entry in work.session.scalars(select(AuditEntry).where(or_(about_person, *about_rows))):
        if entry.entity == "participant":
            before, after = _erased(entry.before), _erased(entry.after)
        else:
            before, after = _without_text(entry.before), _without_text(entry.after)
        if (before, after) != (entry.before, entry.after):
            entry.before, entry.after = before, after
            changed += 1
    return changed


def _erased(values: dict[str, Any] | None) -> dict[str, Any] | None:
    if values is None:
        return None
    return {key: _erased_value(key, value) for key, value in values.items()}


def _erased_value(key: str, value: Any) -> Any:
    if key in STRUCTURE_KEYS or value is None or value is False or value in ("", []):
        return value
    if isinstance(value, dict):  # a merge's snapshots of the two records
        return _erased(value)
    return ERASED


def _without_text(values: dict[str, Any] | None) -> dict[str, Any] | None:
    if values is None:
        return None
    return {
        key: (ERASED if key in FREE_TEXT_KEYS and value else value) for key, value in values.items()
    }


def anonymised_ids(work: Work, ids: Iterable[int]) -> set[int]:
    """Which of `ids` are anonymised already."""
    return set(
        work.session.scalars(
            select(Participant.id).where(
                Participant.id.in_(list(ids)),
                Participant.status == ParticipantStatus.ANONYMISED.value,
            )
        )
    )
