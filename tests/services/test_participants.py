"""Registering, changing and merging participants, on SQLite and PostgreSQL."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pytest
from PIL import Image
from sqlalchemy import func, select

from desktop.domain.choices import (
    ConsentMethod,
    ConsentPurpose,
    Disability,
    NoNikReason,
    ParticipantStatus,
    Sex,
)
from desktop.domain.errors import PermissionDenied, ValidationError, ValidationErrors
from desktop.domain.participant import ConsentInput, ParticipantInput, input_from_values
from desktop.services import merge, participants
from desktop.services.context import Actor
from desktop.services.participants import AlreadyRegistered, EditConflict, PossibleDuplicates
from desktop.store.database import Database
from desktop.store.models import AuditEntry
from desktop.store.participants import ConsentRecord, DuplicateDecision, Participant

VILLAGE = "32.03.22.2005"  # Bojongkaso, Agrabinta, Kabupaten Cianjur
# A woman born 12 May 1990 in Agrabinta (day 12 + 40 = 52), serial 0001.
NIK = "3203225205900001"
CONSENT = ConsentInput(
    purposes=frozenset({ConsentPurpose.TRAINING, ConsentPurpose.FOLLOW_UP}),
    method=ConsentMethod.SIGNED_PAPER,
    given_on=date(2026, 11, 20),
)


def person(**changes: object) -> ParticipantInput:
    base = ParticipantInput(
        full_name="Siti Aminah",
        nik=NIK,
        birth_place="Cianjur",
        phone="0812-3456-7890",
        street="Jl. Raya Agrabinta No. 5",
        rt="3",
        rw="12",
        village_code=VILLAGE,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def count(db: Database, model: type) -> int:
    with db.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_register_fills_birth_date_sex_region_and_audits(demo_db: Database, clerk: Actor) -> None:
    saved = participants.register(demo_db, clerk, person(), CONSENT)
    record = participants.get(demo_db, clerk, saved.participant_id)
    values = record.values
    assert values["birth_date"] == date(1990, 5, 12)
    assert values["sex"] == Sex.FEMALE.value
    assert values["phone"] == "+6281234567890"
    assert (values["rt"], values["rw"]) == ("003", "012")
    assert values["village_name"] == "Bojongkaso"
    assert values["regency_name"] == "Kabupaten Cianjur"
    assert values["postal_code"] == "43276"
    assert record.version == 1
    assert record.consents[0].purposes == ("follow_up", "training")
    assert record.consents[0].recorded_by == clerk.username
    with demo_db.sessions() as session:
        actions = session.scalars(
            select(AuditEntry.action).where(
                AuditEntry.entity == "participant",
                AuditEntry.entity_id == str(saved.participant_id),
            )
        ).all()
    assert set(actions) == {"participant.create", "participant.consent"}


def test_exact_nik_match_opens_the_existing_record(demo_db: Database, clerk: Actor) -> None:
    first = participants.register(demo_db, clerk, person(), CONSENT)
    with pytest.raises(AlreadyRegistered) as caught:
        participants.register(demo_db, clerk, person(full_name="Siti A.", nik=NIK), CONSENT)
    assert caught.value.participant_id == first.participant_id
    with pytest.raises(AlreadyRegistered):
        participants.check(demo_db, clerk, person(nik="3203.2252.0590.0001"))
    assert count(demo_db, Participant) == 1


def test_likely_duplicates_must_be_judged(demo_db: Database, clerk: Actor) -> None:
    first = participants.register(demo_db, clerk, person(), CONSENT)
    # No NIK this time (a paper form without it), the name written with a title.
    again = person(
        full_name="Hj. SITI AMINAH",
        nik="",
        no_nik_reason=NoNikReason.OTHER,
        birth_date=date(1990, 5, 12),
        sex=Sex.FEMALE,
        phone="",
    )
    candidates = participants.check(demo_db, clerk, again)
    assert [c.id for c in candidates] == [first.participant_id]
    assert "Same date of birth and a similar name" in candidates[0].reasons
    assert "Similar name in the same village" in candidates[0].reasons
    assert candidates[0].nik.startswith("320322") and "•" in candidates[0].nik
    with pytest.raises(PossibleDuplicates):
        participants.register(demo_db, clerk, again, CONSENT)
    assert count(demo_db, Participant) == 1

    saved = participants.register(
        demo_db, clerk, again, CONSENT, different_from=frozenset({first.participant_id})
    )
    with demo_db.sessions() as session:
        decision = session.scalars(select(DuplicateDecision)).one()
    assert (decision.participant_id, decision.other_id) == (
        saved.participant_id,
        first.participant_id,
    )
    assert decision.same_person is False and decision.decided_by == clerk.username


def test_same_phone_is_a_likely_match_whatever_the_name(demo_db: Database, clerk: Actor) -> None:
    first = participants.register(demo_db, clerk, person(), CONSENT)
    other = person(full_name="Budi", nik="3203220101950002", phone="+62 812 3456 7890")
    [candidate] = participants.check(demo_db, clerk, other)
    assert candidate.id == first.participant_id
    assert candidate.reasons == ("Same phone number",)
    assert candidate.phone == "0812-3456-7890"


def test_same_person_judgement_is_recorded(demo_db: Database, clerk: Actor) -> None:
    first = participants.register(demo_db, clerk, person(), CONSENT)
    participants.same_person(demo_db, clerk, first.participant_id, person(nik=""))
    assert count(demo_db, Participant) == 1
    with demo_db.sessions() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "participant.same_person")
        ).one()
    assert entry.entity_id == str(first.participant_id)
    assert entry.after is not None and entry.after["typed_name"] == "Siti Aminah"


def test_every_field_at_fault_is_reported_and_nothing_saved(
    demo_db: Database, clerk: Actor
) -> None:
    bad = person(full_name="", nik="12345", phone="12ab", rt="abc", birth_place="x" * 200)
    with pytest.raises(ValidationErrors) as caught:
        participants.register(demo_db, clerk, bad, CONSENT)
    fields = {error.field for error in caught.value.errors}
    assert {"full_name", "nik", "phone", "rt", "birth_place"} <= fields
    assert count(demo_db, Participant) == 0


def test_consent_for_training_is_required_and_minors_need_a_guardian(
    demo_db: Database, clerk: Actor
) -> None:
    with pytest.raises(ValidationErrors) as caught:
        participants.register(
            demo_db, clerk, person(), replace(CONSENT, purposes=frozenset({ConsentPurpose.PHOTOS}))
        )
    assert caught.value.errors[0].field == "consent"
    child = person(
        nik="", no_nik_reason=NoNikReason.UNDER_17, birth_date=date(2011, 3, 1), sex=Sex.MALE
    )
    with pytest.raises(ValidationErrors) as caught:
        participants.register(demo_db, clerk, child, CONSENT)
    assert {e.field for e in caught.value.errors} == {"guardian_name", "guardian_relation"}
    saved = participants.register(
        demo_db,
        clerk,
        child,
        replace(CONSENT, guardian_name="Ibu Sari", guardian_relation="Ibu"),
    )
    record = participants.get(demo_db, clerk, saved.participant_id)
    assert record.consents[0].guardian_name == "Ibu Sari"
    assert record.values["nik"] == "" and record.values["no_nik_reason"] == "under_17"


def test_instructors_read_names_only_and_cannot_register(
    demo_db: Database, clerk: Actor, instructor: Actor
) -> None:
    saved = participants.register(demo_db, clerk, person(), CONSENT)
    with pytest.raises(PermissionDenied):
        participants.register(demo_db, instructor, person(nik="3203220101950002"), CONSENT)
    record = participants.get(demo_db, instructor, saved.participant_id)
    assert record.values["full_name"] == "Siti Aminah"
    assert record.values["nik"] != NIK and record.values["nik"].endswith("01")
    assert record.values["phone"] == ""
    assert not record.identity_visible


def test_update_bumps_the_version_and_audits_only_what_changed(
    demo_db: Database, clerk: Actor
) -> None:
    saved = participants.register(demo_db, clerk, person(), CONSENT)
    record = participants.get(demo_db, clerk, saved.participant_id)
    edited = replace(input_from_values(record.values), occupation="Penjahit", rt="4")
    after = participants.update(demo_db, clerk, saved.participant_id, record.version, edited)
    assert after.version == 2
    with demo_db.sessions() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "participant.update")
        ).one()
    assert entry.before == {"occupation": "", "rt": "003"}
    assert entry.after == {"occupation": "Penjahit", "rt": "004", "version": 2}
    # Saving the same values again changes nothing and keeps the version.
    same = participants.update(demo_db, clerk, saved.participant_id, 2, edited)
    assert same.version == 2


def test_two_desks_editing_the_same_person_conflict(
    demo_db: Database, clerk: Actor, admin: Actor
) -> None:
    saved = participants.register(demo_db, clerk, person(), CONSENT)
    loaded_by_clerk = participants.get(demo_db, clerk, saved.participant_id)
    loaded_by_admin = participants.get(demo_db, admin, saved.participant_id)
    participants.update(
        demo_db,
        admin,
        saved.participant_id,
        loaded_by_admin.version,
        replace(input_from_values(loaded_by_admin.values), phone="0813 1111 2222"),
    )
    with pytest.raises(EditConflict) as caught:
        participants.update(
            demo_db,
            clerk,
            saved.participant_id,
            loaded_by_clerk.version,
            replace(input_from_values(loaded_by_clerk.values), occupation="Petani"),
        )
    conflict = caught.value
    assert conflict.current_version == 2
    assert conflict.changes[0].username == admin.username
    assert conflict.changes[0].fields == ("phone",)
    assert admin.username in conflict.english() and "phone" in conflict.english()
    record = participants.get(demo_db, clerk, saved.participant_id)
    assert record.values["phone"] == "+6281311112222"
    assert record.values["occupation"] == ""  # the clerk's change was not written


def test_a_nik_of_another_person_is_refused_on_edit(demo_db: Database, clerk: Actor) -> None:
    participants.register(demo_db, clerk, person(), CONSENT)
    other = participants.register(
        demo_db,
        clerk,
        person(full_name="Budi Santoso", nik="3203220101950002", phone="", village_code=""),
        CONSENT,
    )
    with pytest.raises(ValidationError) as caught:
        participants.update(
            demo_db, clerk, other.participant_id, other.version, person(full_name="Budi Santoso")
        )
    assert caught.value.field == "nik" and "Siti Aminah" in caught.value.english()


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (1200, 900), "orange").save(out, format="PNG")
    return out.getvalue()


def test_photo_is_shrunk_to_a_small_jpeg(demo_db: Database, clerk: Actor) -> None:
    saved = participants.register(demo_db, clerk, person(), CONSENT, photo=_png())
    jpeg = participants.photo(demo_db, clerk, saved.participant_id)
    assert jpeg is not None and jpeg[:2] == b"\xff\xd8"
    with Image.open(io.BytesIO(jpeg)) as image:
        assert max(image.size) == 480
    with pytest.raises(ValidationError) as caught:
        participants.set_photo(demo_db, clerk, saved.participant_id, b"not an image")
    assert caught.value.field == "photo"
    assert participants.photo(demo_db, clerk, saved.participant_id) == jpeg


def test_merge_moves_everything_to_the_kept_record(
    demo_db: Database, clerk: Actor, admin: Actor
) -> None:
    kept = participants.register(
        demo_db,
        clerk,
        person(
            nik="",
            no_nik_reason=NoNikReason.OTHER,
            birth_date=date(1990, 5, 12),
            sex=Sex.FEMALE,
            phone="",
        ),
        CONSENT,
    )
    merged = participants.register(
        demo_db,
        clerk,
        person(
            full_name="Siti Aminah binti Ahmad",
            village_code="",
            rt="",
            rw="",
            street="",
        ),
        replace(CONSENT, purposes=frozenset({ConsentPurpose.TRAINING})),
        different_from=frozenset({kept.participant_id}),
        photo=_png(),
    )
    participants.set_photo(demo_db, clerk, kept.participant_id, None)
    with pytest.raises(PermissionDenied):
        merge.merge(demo_db, clerk, kept.participant_id, merged.participant_id, "same KTP")
    with pytest.raises(ValidationError):
        merge.merge(demo_db, admin, kept.participant_id, merged.participant_id, "   ")
    merge.merge(demo_db, admin, kept.participant_id, merged.participant_id, "Same KTP seen")

    record = participants.get(demo_db, admin, kept.participant_id)
    assert record.values["nik"] == NIK  # filled from the merged record
    assert record.values["phone"] == "+6281234567890"
    assert record.values["village_name"] == "Bojongkaso"  # the kept record's own value stays
    assert len(record.consents) == 2  # both consent records now belong to the kept one
    assert record.has_photo
    old = participants.get(demo_db, admin, merged.participant_id)
    assert old.values["status"] == ParticipantStatus.MERGED.value
    assert old.merged_into_id == kept.participant_id
    with demo_db.sessions() as session:
        decision = session.scalars(select(DuplicateDecision)).one()
        assert decision.participant_id == kept.participant_id
        consents = session.scalars(select(ConsentRecord.participant_id)).all()
        assert set(consents) == {kept.participant_id}
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "participant.merge")
        ).all()
    assert {e.entity_id for e in entries} == {str(kept.participant_id), str(merged.participant_id)}
    assert entries[0].after is not None and entries[0].after["reason"] == "Same KTP seen"
    # A merged record can no longer be edited or merged again.
    with pytest.raises(Exception, match="merged"):
        participants.update(
            demo_db, admin, merged.participant_id, old.version, input_from_values(old.values)
        )


def test_disability_sets_the_filter_flag(demo_db: Database, clerk: Actor) -> None:
    saved = participants.register(
        demo_db, clerk, person(disabilities=frozenset({Disability.SENSORY_HEARING})), CONSENT
    )
    values = participants.get(demo_db, clerk, saved.participant_id).values
    assert values["has_disability"] is True
    assert values["disabilities"] == ["hearing"]
