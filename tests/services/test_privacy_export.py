"""Access: everything about a person as JSON and as a readable A4 PDF on the letterhead, for
administrators only, each export audited; on SQLite and PostgreSQL."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from desktop.domain.privacy import RequestKind
from desktop.services.context import Actor
from desktop.services.data_requests import export_person, record_request
from desktop.store.certificates import Certificate
from desktop.store.database import Database
from desktop.store.models import AuditEntry
from tests.services.test_anonymise import NIK, register_siti
from tests.services.test_privacy_fixtures import (
    centre_db,
    certified_person,
    p_admin,
    p_clerk,
    p_instructor,
    privacy_template,
)

# Fixtures are found by name in the test's module.
FIXTURES = (centre_db, p_admin, p_clerk, p_instructor, privacy_template)


def test_everything_about_a_person_as_json_and_pdf(
    centre_db: Database, p_admin: Actor, p_clerk: Actor, tmp_path: Path
) -> None:
    siti = register_siti(centre_db, p_clerk)
    record_request(centre_db, p_clerk, siti, RequestKind.ACCESS, "Wants her file.")
    json_path, pdf_path = export_person(centre_db, p_admin, siti, tmp_path, "en")
    assert json_path.parent == tmp_path and json_path.suffix == ".json"
    data = json.loads(json_path.read_text(encoding="utf-8"))
    person = data["participant"]
    assert person["nik"] == NIK and person["phone"] == "+6281311112222"  # never masked for her
    assert person["disabilities"] == ["physical"] and person["village_name"] == "Bojongkaso"
    assert "search_text" not in person and data["photo_jpeg_base64"]
    assert data["consents"][0]["guardian_name"] == "Ahmad Wali"
    assert data["data_requests"][0]["kind"] == "access"
    assert {"participant.create", "participant.update"} <= {
        h["action"] for h in data["record_history"]
    }
    text = "".join(
        page.extract_text() for page in PdfReader(io.BytesIO(pdf_path.read_bytes())).pages
    )
    for expected in ("Siti Zulaikha Purnamasari", NIK, "Bojongkaso", "Physical", "Ahmad Wali",
                     "Access to own data", "PERSONAL DATA HELD"):  # fmt: skip
        assert expected in text, expected
    with centre_db.sessions() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "person.export")
        ).one()
    assert entry.entity_id == str(siti)


def test_the_record_holds_training_and_certificates(
    centre_db: Database, p_admin: Actor, tmp_path: Path
) -> None:
    holder = certified_person(centre_db)
    json_path, pdf_path = export_person(centre_db, p_admin, holder, tmp_path)
    data = json.loads(json_path.read_text(encoding="utf-8"))
    with centre_db.sessions() as session:
        number = session.scalars(
            select(Certificate.number).where(Certificate.participant_id == holder)
        ).first()
    assert [c["number"] for c in data["certificates"]] == [number]
    enrolment = data["enrolments"][0]
    assert enrolment["programme"] and enrolment["status_history"]
    assert enrolment["attendance"]["present"] > 0
    text = "".join(
        page.extract_text() for page in PdfReader(io.BytesIO(pdf_path.read_bytes())).pages
    )
    assert str(number) in text.replace("\n", "") and "Dicetak" in text  # Indonesian footer
    # The certificate's status by its label, not the stored value.
    assert "Diterbitkan" in text and "issued" not in text


def test_only_administrators_export_and_bad_input_leaves_nothing(
    centre_db: Database, p_admin: Actor, p_clerk: Actor, p_instructor: Actor, tmp_path: Path
) -> None:
    holder = certified_person(centre_db)
    out = tmp_path / "out"
    out.mkdir()
    for refused in (p_clerk, p_instructor):
        with pytest.raises(PermissionDenied):
            export_person(centre_db, refused, holder, out)
    with pytest.raises(NotFound):
        export_person(centre_db, p_admin, 999_999, out)
    with pytest.raises(ValidationError) as missing:
        export_person(centre_db, p_admin, holder, out / "no" / "such")
    assert missing.value.field == "folder"
    assert list(out.iterdir()) == []
    with centre_db.sessions() as session:
        assert not session.scalars(
            select(AuditEntry).where(AuditEntry.action == "person.export")
        ).all()
