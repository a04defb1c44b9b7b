"""Deletion by anonymisation, on SQLite and PostgreSQL: the person's data goes (row, search
index, photo, guardians, free text, old audit values), the certificate register keeps what it
printed and still verifies, the person leaves every list, and bad calls change nothing."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select, text

from desktop.domain.choices import (
    ConsentMethod,
    ConsentPurpose,
    Disability,
    NoNikReason,
    ParticipantStatus,
    Sex,
)
from desktop.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from desktop.domain.participant import ConsentInput, ParticipantInput, input_from_values
from desktop.domain.privacy import RequestKind, RequestStatus
from desktop.services import merge, participants, registry
from desktop.services.anonymise import ERASED, anonymise
from desktop.services.attendance_common import local_day
from desktop.services.certificate_verify import verify
from desktop.services.context import Actor
from desktop.services.data_requests import list_requests, record_request
from desktop.services.follow_up import call_list
from desktop.services.participant_export import export_participants
from desktop.store.certificates import Certificate
from desktop.store.database import Database
from desktop.store.evaluation import FollowUp
from desktop.store.models import AuditEntry
from desktop.store.participants import ConsentRecord, Participant, ParticipantPhoto
from desktop.store.training import Enrolment
from tests.services.test_privacy_fixtures import (
    centre_db,
    certified_person,
    p_admin,
    p_clerk,
    p_instructor,
    privacy_template,
    some_person,
)

# Fixtures are found by name in the test's module.
FIXTURES = (centre_db, p_admin, p_clerk, p_instructor, privacy_template)

NIK = "3203225205900001"  # Siti, born 12 May 1990 in Agrabinta
VILLAGE = "32.03.22.2005"
CONSENT = ConsentInput(
    purposes=frozenset({ConsentPurpose.TRAINING, ConsentPurpose.FOLLOW_UP}),
    method=ConsentMethod.THUMBPRINT,
    given_on=date(2026, 11, 20),
    guardian_name="Ahmad Wali",
    guardian_relation="Ayah",
)
SITI = ParticipantInput(
    full_name="Siti Zulaikha Purnamasari",
    nik=NIK,
    birth_place="Cianjur",
    phone="0812-3456-7890",
    street="Jl. Raya Agrabinta No. 5",
    rt="3",
    rw="12",
    village_code=VILLAGE,
    disabilities=frozenset({Disability.PHYSICAL}),
    occupation="Penjahit rumahan",
)


def register_siti(db: Database, clerk: Actor) -> int:
    """Siti registered and then corrected at the desk, so the audit log holds her values."""
    saved = participants.register(db, clerk, SITI, CONSENT, photo=None)
    record = participants.get(db, clerk, saved.participant_id)
    changed = replace(input_from_values(record.values), phone="0813-1111-2222")
    participants.update(db, clerk, saved.participant_id, record.version, changed)
    with db.sessions.begin() as session:
        session.add(ParticipantPhoto(participant_id=saved.participant_id, jpeg=small_jpeg()))
    return saved.participant_id


def small_jpeg() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (30, 40), (200, 150, 120)).save(buffer, "JPEG")
    return buffer.getvalue()


def audit_text(db: Database) -> str:
    with db.sessions() as session:
        entries = session.execute(select(AuditEntry.before, AuditEntry.after)).all()
    return json.dumps([list(entry) for entry in entries], ensure_ascii=False)


def found(db: Database, actor: Actor, words: str) -> list[int]:
    return [row.id for row in registry.page(db, actor, registry.RegistryQuery(text=words)).rows]


def test_anonymising_erases_the_person_everywhere(
    centre_db: Database, p_admin: Actor, p_clerk: Actor, tmp_path: Path
) -> None:
    db = centre_db
    siti = register_siti(db, p_clerk)
    assert found(db, p_admin, "Siti Zulaikha") == [siti] and found(db, p_admin, NIK) == [siti]
    assert NIK in audit_text(db) and "Zulaikha" in audit_text(db)
    request = record_request(db, p_clerk, siti, RequestKind.DELETION, "Asked at the desk.")

    anonymise(db, p_admin, siti, "Deletion request", request.id)

    with db.sessions() as session:
        person = session.get_one(Participant, siti)
        assert person.full_name == f"Dihapus #{siti}"
        assert person.status == ParticipantStatus.ANONYMISED.value
        for column in ("nik", "kk_number", "phone", "birth_place", "street", "rt", "rw",
                       "village_name", "village_code", "occupation", "search_text"):  # fmt: skip
            assert getattr(person, column) == "", column
        assert person.disabilities == [] and not person.has_disability
        assert person.birth_date == date(1990, 1, 1)  # the year stays, for the figures
        assert person.regency_name == "Kabupaten Cianjur" and person.sex == "P"
        assert session.get(ParticipantPhoto, siti) is None
        consents = session.scalars(
            select(ConsentRecord)
            .where(ConsentRecord.participant_id == siti)
            .order_by(ConsentRecord.recorded_at, ConsentRecord.id)
        ).all()
        assert [c.guardian_name for c in consents] == ["", ""]
        assert consents[-1].purposes == []  # no purpose left: no list takes her again
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "person.anonymise")
        ).one()
        assert entry.entity_id == str(siti) and entry.after["reason"] == "Deletion request"
        assert entry.after["audit_entries_erased"] >= 2
        if db.is_sqlite:  # the FTS5 index follows search_text (PostgreSQL indexes the column)
            hits = session.execute(
                text("SELECT rowid FROM participant_fts WHERE participant_fts MATCH 'purnamasari'")
            ).all()
            assert (siti,) not in hits
    # The old values are gone from the audit log too; the entries themselves stay.
    log = audit_text(db)
    assert NIK not in log and "Zulaikha" not in log
    assert "81234567890" not in log and "81311112222" not in log
    assert "Agrabinta" not in log and "Ahmad Wali" not in log and ERASED in log
    # Not found by her old name or NIK, not in the list or an export.
    assert found(db, p_admin, "Siti Zulaikha") == [] and found(db, p_admin, NIK) == []
    assert found(db, p_admin, "Dihapus") == []
    assert siti not in [r.id for r in registry.rows_by_id(db, p_admin, [siti])]
    exported = tmp_path / "all.csv"
    export_participants(db, p_admin, exported, registry.RegistryQuery(status=None))
    assert "Dihapus" not in exported.read_text(encoding="utf-8-sig")
    # Registering her again is not stopped by her old record.
    assert siti not in [c.participant_id for c in participants.check(db, p_clerk, SITI)]
    # The deletion request is closed.
    closed = {r.id: r for r in list_requests(db, p_admin)}[request.id]
    assert closed.status is RequestStatus.DONE and closed.details == ""


def test_the_certificate_register_keeps_what_it_printed(
    centre_db: Database, p_admin: Actor
) -> None:
    db = centre_db
    holder = certified_person(db)
    with db.sessions.begin() as session:
        certificate = session.scalars(
            select(Certificate).where(Certificate.participant_id == holder)
        ).first()
        assert certificate is not None
        number, name, birth = certificate.number, certificate.full_name, certificate.birth
        enrolments = session.scalars(
            select(Enrolment.id).where(Enrolment.participant_id == holder)
        ).all()
        session.add(FollowUp(enrolment_id=enrolments[0], months=3, reached=True,
                             note="Lives with her aunt in Bandung", help_note="Needs a loan",
                             business_kind="Warung"))  # fmt: skip
    anonymise(db, p_admin, holder, "Retention review")
    with db.sessions() as session:
        kept = session.scalars(select(Certificate).where(Certificate.number == number)).one()
        call = session.scalars(
            select(FollowUp).where(FollowUp.enrolment_id == enrolments[0], FollowUp.months == 3)
        ).one()
    assert (kept.full_name, kept.birth) == (name, birth)
    assert (call.note, call.help_note, call.business_kind) == ("", "", "")
    assert call.reached  # figures stay
    answer = verify(db, p_admin, number)
    assert answer.valid
    assert holder not in {r.participant_id for r in call_list(db, p_admin, local_day(db.clock()))}


def test_bad_calls_change_nothing(
    centre_db: Database, p_admin: Actor, p_clerk: Actor, p_instructor: Actor
) -> None:
    db = centre_db
    person = some_person(db)
    with pytest.raises(PermissionDenied):
        anonymise(db, p_clerk, person, "asked")
    with pytest.raises(PermissionDenied):
        anonymise(db, p_instructor, person, "asked")
    with pytest.raises(ValidationError) as no_reason:
        anonymise(db, p_admin, person, "  ")
    assert no_reason.value.field == "reason"
    with pytest.raises(NotFound):
        anonymise(db, p_admin, 999_999, "asked")
    other = record_request(db, p_admin, some_person(db, 1), RequestKind.DELETION, "")
    with pytest.raises(ValidationError):
        anonymise(db, p_admin, person, "asked", other.id)  # someone else's request
    with db.sessions() as session:
        assert session.get_one(Participant, person).status == ParticipantStatus.ACTIVE.value
        assert not session.scalars(
            select(AuditEntry).where(AuditEntry.action == "person.anonymise")
        ).all()
    anonymise(db, p_admin, person, "asked")
    with pytest.raises(Conflict):
        anonymise(db, p_admin, person, "asked again")


def test_records_merged_into_the_person_are_erased_with_it(
    centre_db: Database, p_admin: Actor, p_clerk: Actor
) -> None:
    db = centre_db
    siti = register_siti(db, p_clerk)
    unsure = replace(
        SITI,
        nik="",
        no_nik_reason=NoNikReason.OTHER,
        full_name="Siti Zulaikha Binti",
        birth_date=date(1990, 5, 12),
        sex=Sex.FEMALE,
    )
    twin = participants.register(
        db, p_clerk, unsure, CONSENT, different_from=frozenset({siti})
    ).participant_id
    merge.merge(db, p_admin, siti, twin, "Same KTP")
    with pytest.raises(Conflict):
        anonymise(db, p_admin, twin, "asked")  # the merged record: act on the kept one
    anonymise(db, p_admin, siti, "asked")
    with db.sessions() as session:
        merged = session.get_one(Participant, twin)
    assert merged.full_name == f"Dihapus #{twin}" and merged.phone == ""
    assert merged.status == ParticipantStatus.MERGED.value
    assert "Zulaikha" not in audit_text(db) and "Same KTP" not in audit_text(db)
