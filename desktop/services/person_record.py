"""Access under UU PDP 27/2022: everything the centre holds about one person, as JSON (for the
person, or another system) and as a readable A4 PDF on the letterhead
(desktop.documents.person_record_pdf).

Everything means: the registration record with its identity numbers, address, disability and
social assistance (the person's own data is never masked for them), the photo, every consent
as given, enrolments with their status history, attendance counts, test scores and competency
units, follow-up calls, certificates, equipment lent or handed over, their data requests, and
when and by whom the record was worked on (the audit entries about them, without the values:
those are in the record itself). Administrators only; each export is audited
("person.export"): a whole record leaves the database.
"""

from __future__ import annotations

import base64
import json
import os
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.privacy import due_at
from desktop.domain.roles import Permission
from desktop.services import centre
from desktop.services.context import Actor, Work, acting
from desktop.services.data_requests import person_of
from desktop.store.attendance import AttendanceTally
from desktop.store.certificates import Certificate
from desktop.store.database import Database
from desktop.store.evaluation import Assessment, FollowUp, UnitResult
from desktop.store.inventory import Item, Loan
from desktop.store.models import AuditEntry, Programme
from desktop.store.participants import ConsentRecord, Participant, ParticipantPhoto
from desktop.store.privacy import DataRequest
from desktop.store.training import Cohort, Enrolment, EnrolmentEvent

FORMAT = "pelita-person-record/1"
# Bookkeeping of the registry, not data about the person (search_text repeats the name).
INTERNAL = frozenset({"name_sort", "name_key", "search_text", "version"})
CONSENT_FIELDS = (
    "purposes",
    "text_version",
    "method",
    "given_on",
    "guardian_name",
    "guardian_relation",
    "recorded_at",
    "recorded_by",
)
REQUEST_FIELDS = ("kind", "status", "received_at", "details", "outcome", "closed_at")
CALL_FIELDS = (
    "months",
    "attempts",
    "reached",
    "last_call_on",
    "work",
    "business",
    "business_kind",
    "monthly_income",
    "uses_skill",
    "needs_help",
    "help_note",
    "note",
)
CERTIFICATE_FIELDS = (
    "number",
    "full_name",
    "birth",
    "programme_name",
    "cohort_code",
    "issue_date",
    "status",
    "revoked_reason",
)
LOAN_FIELDS = ("kind", "number", "out_on", "due_on", "returned_on", "notes")


def export_person(
    db: Database, actor: Actor, participant_id: int, folder: Path, language: str = "id"
) -> tuple[Path, Path]:
    """Write data-<id>-<yyyymmdd>.json and .pdf into `folder`; returns their paths."""
    from desktop.documents.person_record_pdf import render_person_record

    with acting(db, actor, Permission.HANDLE_DATA_REQUESTS, read_only=True) as work:
        record = person_record(work, participant_id)
    profile = centre.get_profile(db)
    assert profile is not None
    today = db.clock().astimezone().date()
    pdf = render_person_record(record, centre=profile, language=language, today=today)
    stem = f"data-{participant_id}-{today:%Y%m%d}"
    json_path, pdf_path = folder / f"{stem}.json", folder / f"{stem}.pdf"
    text = json.dumps(record, ensure_ascii=False, indent=2)
    _write(json_path, text.encode("utf-8"))
    _write(pdf_path, pdf)
    with acting(db, actor, Permission.HANDLE_DATA_REQUESTS) as work:
        work.audit(
            "person.export",
            "participant",
            participant_id,
            after={"files": ["json", "pdf"], "language": language},
        )
    return json_path, pdf_path


def _write(path: Path, data: bytes) -> None:
    """Whole or not at all: written beside `path`, then renamed."""
    temporary = path.with_name(f".{path.name}.part")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "{file} cannot be written: {why}."),
            "folder",
            file=str(path),
            why=error.strerror or str(error),
        ) from None


def person_record(work: Work, participant_id: int) -> dict[str, Any]:
    """The whole record as JSON-ready values (dates as ISO text)."""
    person = person_of(work, participant_id)
    session = work.session
    photo = session.get(ParticipantPhoto, person.id)
    record: dict[str, Any] = _plain(
        {
            "format": FORMAT,
            "generated_at": work.now,
            "participant": {
                column.key: getattr(person, column.key)
                for column in Participant.__table__.columns
                if column.key not in INTERNAL
            },
            "photo_jpeg_base64": base64.b64encode(photo.jpeg).decode() if photo else None,
            "consents": [
                _values(row, CONSENT_FIELDS)
                for row in session.scalars(
                    select(ConsentRecord)
                    .where(ConsentRecord.participant_id == person.id)
                    .order_by(ConsentRecord.recorded_at, ConsentRecord.id)
                )
            ],
            "enrolments": _enrolments(work, person.id),
            "certificates": _certificates(work, person.id),
            "loans": _loans(work, person.id),
            "data_requests": [
                {
                    **_values(row, REQUEST_FIELDS),
                    "due_at": due_at(row.received_at),
                }
                for row in session.scalars(
                    select(DataRequest)
                    .where(DataRequest.participant_id == person.id)
                    .order_by(DataRequest.received_at, DataRequest.id)
                )
            ],
            "record_history": [
                {"at": at, "username": username, "action": action}
                for at, username, action in session.execute(
                    select(AuditEntry.at, AuditEntry.username, AuditEntry.action)
                    .where(
                        AuditEntry.entity == "participant",
                        AuditEntry.entity_id == str(person.id),
                    )
                    .order_by(AuditEntry.at, AuditEntry.id)
                )
            ],
        }
    )
    return record


def _enrolments(work: Work, participant_id: int) -> list[dict[str, Any]]:
    session = work.session
    rows = session.execute(
        select(Enrolment, Cohort.code, Cohort.start_date, Cohort.end_date, Programme.name)
        .join(Cohort, Cohort.id == Enrolment.cohort_id)
        .join(Programme, Programme.id == Enrolment.programme_id)
        .where(Enrolment.participant_id == participant_id)
        .order_by(Enrolment.applied_at, Enrolment.id)
    ).all()
    found = []
    for enrolment, code, start, end, programme in rows:
        tally = session.get(AttendanceTally, enrolment.id)
        scores = session.get(Assessment, enrolment.id)
        found.append(
            {
                "programme": programme,
                "cohort": code,
                "start_date": start,
                "end_date": end,
                **_values(enrolment, ("status", "applied_at", "reason", "override_reason")),
                "status_history": [
                    _values(event, ("at", "username", "from_status", "to_status", "reason"))
                    for event in session.scalars(
                        select(EnrolmentEvent)
                        .where(EnrolmentEvent.enrolment_id == enrolment.id)
                        .order_by(EnrolmentEvent.at, EnrolmentEvent.id)
                    )
                ],
                "attendance": _values(tally, ("present", "late", "excused", "sick", "absent"))
                if tally
                else None,
                "pre_score": scores.pre_score if scores else None,
                "post_score": scores.post_score if scores else None,
                "competency_units": [
                    {"code": unit.unit_code, "passed": unit.passed}
                    for unit in session.scalars(
                        select(UnitResult)
                        .where(UnitResult.enrolment_id == enrolment.id)
                        .order_by(UnitResult.unit_code)
                    )
                ],
                "follow_up_calls": [
                    _values(call, CALL_FIELDS)
                    for call in session.scalars(
                        select(FollowUp)
                        .where(FollowUp.enrolment_id == enrolment.id)
                        .order_by(FollowUp.months)
                    )
                ],
            }
        )
    return found


def _certificates(work: Work, participant_id: int) -> list[dict[str, Any]]:
    return [
        _values(row, CERTIFICATE_FIELDS)
        for row in work.session.scalars(
            select(Certificate)
            .where(Certificate.participant_id == participant_id)
            .order_by(Certificate.issue_date, Certificate.id)
        )
    ]


def _loans(work: Work, participant_id: int) -> list[dict[str, Any]]:
    return [
        {
            "item": name,
            **_values(loan, LOAN_FIELDS),
        }
        for loan, name in work.session.execute(
            select(Loan, Item.name)
            .join(Item, Item.id == Loan.item_id)
            .where(Loan.participant_id == participant_id)
            .order_by(Loan.out_on, Loan.id)
        )
    ]


def _values(row: object, names: tuple[str, ...]) -> dict[str, Any]:
    return {name: getattr(row, name) for name in names}


def _plain(value: Any) -> Any:
    """Dates and times as ISO text, everything else JSON as it is."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value
