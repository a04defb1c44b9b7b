"""Column mappings remembered per header row in the centre's settings, on SQLite and
PostgreSQL: found again for the same headers however they are spaced or capitalised, shared
by every desk, audited once per change, refused to instructors."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.domain.errors import PermissionDenied
from desktop.domain.import_columns import ImportField, guess_mapping
from desktop.services.context import Actor
from desktop.services.import_mappings import (
    headers_key,
    mapping_for,
    remember_mapping,
    remembered_mapping,
)
from desktop.store.database import Database
from desktop.store.models import AuditEntry, Setting

F = ImportField
HEADERS = ["No", "Nama", "N I K", "Tgl Lahir", "JK", "Dusun", "Nama Ibu Kandung"]
# The clerk's corrections to the guess: "N I K" is the NIK, "Dusun" the street.
CHOSEN = {1: F.FULL_NAME, 2: F.NIK, 3: F.BIRTH_DATE, 4: F.SEX, 5: F.STREET}


def _audit(db: Database) -> list[AuditEntry]:
    with db.sessions() as session:
        query = select(AuditEntry).where(AuditEntry.action == "settings.update")
        return list(session.scalars(query.order_by(AuditEntry.id)))


def test_nothing_is_remembered_at_first_and_the_guess_is_used(
    demo_db: Database, clerk: Actor
) -> None:
    assert remembered_mapping(demo_db, clerk, HEADERS) is None
    assert mapping_for(demo_db, clerk, HEADERS) == guess_mapping(HEADERS)
    assert mapping_for(demo_db, clerk, HEADERS) != CHOSEN


def test_a_remembered_mapping_is_found_for_the_same_headers(
    demo_db: Database, clerk: Actor, admin: Actor
) -> None:
    remember_mapping(demo_db, clerk, HEADERS, CHOSEN)
    assert remembered_mapping(demo_db, clerk, HEADERS) == CHOSEN
    assert mapping_for(demo_db, clerk, HEADERS) == CHOSEN
    # Next month's file: other capitals, a non-breaking space, empty columns at the end.
    again = ["NO", "NAMA ", "n\u00a0i k", "TGL. LAHIR", "jk", "Dusun", "Nama  Ibu Kandung", "", ""]
    assert mapping_for(demo_db, clerk, again) == CHOSEN
    assert mapping_for(demo_db, admin, again) == CHOSEN  # centre-wide, not per user
    # Other headers are another list.
    assert remembered_mapping(demo_db, clerk, HEADERS[:-1]) is None
    assert remembered_mapping(demo_db, clerk, [*HEADERS, "Pekerjaan"]) is None


def test_remembering_again_replaces_and_audits_each_change_once(
    demo_db: Database, clerk: Actor
) -> None:
    before = len(_audit(demo_db))
    remember_mapping(demo_db, clerk, HEADERS, CHOSEN)
    remember_mapping(demo_db, clerk, HEADERS, CHOSEN)  # unchanged: nothing written
    changed = {**CHOSEN, 6: F.OCCUPATION}
    remember_mapping(demo_db, clerk, HEADERS, changed)
    assert remembered_mapping(demo_db, clerk, HEADERS) == changed
    entries = _audit(demo_db)[before:]
    key, _ = headers_key(HEADERS)
    assert [(e.entity, e.entity_id, e.username) for e in entries] == [
        ("setting", key, "petugas"),
        ("setting", key, "petugas"),
    ]
    assert entries[0].before == {"import_mapping": None}
    assert entries[1].before == {"import_mapping": {str(c): f.value for c, f in CHOSEN.items()}}
    assert entries[1].after == {"import_mapping": {str(c): f.value for c, f in changed.items()}}


def test_the_key_fits_the_setting_table_and_columns_beyond_the_headers_are_dropped(
    demo_db: Database, clerk: Actor
) -> None:
    key, normalised = headers_key(HEADERS)
    assert len(key) <= 64
    assert normalised[2] == "n i k"
    remember_mapping(demo_db, clerk, HEADERS, {**CHOSEN, 40: F.PHONE})
    assert remembered_mapping(demo_db, clerk, HEADERS) == CHOSEN


def test_fields_this_version_does_not_know_are_left_out(demo_db: Database, clerk: Actor) -> None:
    key, normalised = headers_key(HEADERS)
    stored = {"1": "full_name", "2": "nik", "3": "hobby", "x": "sex", "99": "phone"}
    with demo_db.sessions.begin() as session:
        session.add(Setting(key=key, value={"headers": normalised, "mapping": stored}))
    assert remembered_mapping(demo_db, clerk, HEADERS) == {1: F.FULL_NAME, 2: F.NIK}


def test_a_mapping_stored_for_other_headers_under_the_same_key_is_not_used(
    demo_db: Database, clerk: Actor
) -> None:
    key, _ = headers_key(HEADERS)
    with demo_db.sessions.begin() as session:
        session.add(Setting(key=key, value={"headers": ["x"], "mapping": {"0": "full_name"}}))
    assert remembered_mapping(demo_db, clerk, HEADERS) is None
    assert mapping_for(demo_db, clerk, HEADERS) == guess_mapping(HEADERS)


def test_instructors_may_neither_read_nor_remember(demo_db: Database, instructor: Actor) -> None:
    with pytest.raises(PermissionDenied):
        remember_mapping(demo_db, instructor, HEADERS, CHOSEN)
    with pytest.raises(PermissionDenied):
        remembered_mapping(demo_db, instructor, HEADERS)
    with pytest.raises(PermissionDenied):
        mapping_for(demo_db, instructor, HEADERS)
    with demo_db.sessions() as session:
        assert session.get(Setting, headers_key(HEADERS)[0]) is None
