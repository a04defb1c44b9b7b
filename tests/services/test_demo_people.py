"""The demo's made-up participants: consistent like real records, stored exactly as the intake
form would store them, deterministic, and searchable after the bulk load."""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

import phonenumbers
import pytest
from sqlalchemy import func, select, text

from desktop.domain import regions
from desktop.domain.choices import (
    Accommodation,
    Assistance,
    Channel,
    ConsentPurpose,
    Disability,
    Dtsen,
    Education,
    Employment,
    Goal,
    IncomeBand,
    MaritalStatus,
    NoNikReason,
    Sex,
    TargetGroup,
    WashingtonDifficulty,
)
from desktop.domain.nik import clean_nik
from desktop.domain.participant import (
    ADULT_AGE,
    ASSISTANCE_BITS,
    NIK_AGE,
    ParticipantInput,
    age_on,
    clean_participant,
)
from desktop.domain.phone import clean_phone, display_phone
from desktop.services import registry
from desktop.services.context import Actor
from desktop.services.demo import build_demo
from desktop.services.demo_people import (
    CONSENT_COLUMNS,
    MOBILE_PREFIXES,
    PARTICIPANT_COLUMNS,
    Recorder,
    _Generator,
    add_demo_people,
)
from desktop.store.database import Database
from desktop.store.participants import ConsentRecord, Participant

NOW = datetime.now(UTC)
TODAY = NOW.date()
PROGRAMMES = (1, 2, 3, 4, 5, 6, 7)


@cache
def _villages() -> tuple[regions.Village, ...]:
    """Villages of every area the generator draws from (all 83,762 take a second to load)."""
    districts = "32.03.03 32.03.02 32.03.04 32.03.01 32.73.01 51.71.01 91.06.19 12.71.01"
    districts += " 73.71.01 13.71.01 53.71.01"
    found = [regions.village(r.code) for d in districts.split() for r in regions.children(d)]
    return tuple(v for v in found if v is not None)


@cache
def _generated(
    count: int = 3000, seed: int = 11
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    generator = _Generator(seed, NOW, PROGRAMMES, Recorder(2, "petugas"), _villages())
    people: list[dict[str, Any]] = []
    consents: list[dict[str, Any]] = []
    for rows, consent_rows in generator.batches(1, count):
        people += [dict(zip(PARTICIPANT_COLUMNS, row, strict=True)) for row in rows]
        consents += [dict(zip(CONSENT_COLUMNS, row, strict=True)) for row in consent_rows]
    return people, consents


def _registered(person: dict[str, Any]) -> date:
    return date.fromisoformat(person["created_at"][:10])


def test_niks_carry_birth_date_sex_and_district() -> None:
    people, _consents = _generated()
    niks = [p["nik"] for p in people if p["nik"]]
    assert len(niks) == len(set(niks)) > 0.95 * len(people)
    for person in people:
        birth_date = date.fromisoformat(person["birth_date"])
        age = age_on(birth_date, _registered(person))
        assert 15 <= age <= 66
        if not person["nik"]:
            expected = NoNikReason.UNDER_17 if age < NIK_AGE else None
            assert person["no_nik_reason"] in (
                {expected.value} if expected else {"refused", "other"}
            )
            continue
        facts = clean_nik(person["nik"], today=TODAY)
        assert facts.birth_date == birth_date
        assert facts.sex.value == person["sex"]
        assert facts.district_code == person["district_code"]
        assert person["no_nik_reason"] is None
        assert age >= NIK_AGE


def test_rows_are_exactly_what_the_intake_form_stores() -> None:
    """Rebuild each person's form from the row: clean_participant must give the same row."""
    people, _consents = _generated()
    for person in people[:600]:
        stored = _decoded(person)
        data = ParticipantInput(
            full_name=stored["full_name"],
            nik=stored["nik"],
            no_nik_reason=NoNikReason(stored["no_nik_reason"]) if stored["no_nik_reason"] else None,
            kk_number=stored["kk_number"],
            birth_place=stored["birth_place"],
            birth_date=stored["birth_date"],
            sex=Sex(stored["sex"]),
            marital_status=MaritalStatus(stored["marital_status"]),
            phone=stored["phone"],
            street=stored["street"],
            rt=stored["rt"],
            rw=stored["rw"],
            village_code=stored["village_code"],
            postal_code=stored["postal_code"],
            education=Education(stored["education"]),
            occupation=stored["occupation"],
            employment=Employment(stored["employment"]),
            income_band=IncomeBand(stored["income_band"]),
            disabilities=frozenset(map(Disability, stored["disabilities"])),
            accommodations=frozenset(map(Accommodation, stored["accommodations"])),
            washington=(
                {k: WashingtonDifficulty(v) for k, v in stored["washington"].items()}
                if stored["washington"]
                else None
            ),
            dtsen=Dtsen(stored["dtsen"]),
            dtsen_decile=stored["dtsen_decile"],
            assistance=frozenset(
                a for a in Assistance if stored["assistance_bits"] & ASSISTANCE_BITS[a]
            ),
            target_groups=frozenset(map(TargetGroup, stored["target_groups"])),
            preferences=tuple(stored["preferences"]),
            skills_have=stored["skills_have"],
            goal=Goal(stored["goal"]),
            channel=Channel(stored["channel"]),
        )
        village = regions.village(stored["village_code"])
        clean = clean_participant(data, today=TODAY, village=village)
        for key, value in clean.values.items():
            assert stored[key] == value, (key, stored["full_name"])


def _decoded(person: dict[str, Any]) -> dict[str, Any]:
    """A generated row with its text values read as the ORM reads them."""
    decoded = dict(person)
    decoded["birth_date"] = date.fromisoformat(person["birth_date"])
    decoded["has_disability"] = bool(person["has_disability"])
    for key in ("disabilities", "accommodations", "washington", "target_groups", "preferences"):
        decoded[key] = json.loads(person[key])
    return decoded


def test_consents() -> None:
    people, consents = _generated()
    assert [c["participant_id"] for c in consents] == [p["id"] for p in people]
    for person, consent in zip(people, consents, strict=True):
        purposes = json.loads(consent["purposes"])
        assert ConsentPurpose.TRAINING.value in purposes and purposes == sorted(purposes)
        assert consent["method"] == "signed_paper"
        assert consent["given_on"] == person["created_at"][:10]
        assert consent["recorded_at"] == person["created_at"]
        minor = age_on(date.fromisoformat(person["birth_date"]), _registered(person)) < ADULT_AGE
        assert bool(consent["guardian_name"]) == bool(consent["guardian_relation"]) == minor


def test_a_believable_crowd() -> None:
    people, _consents = _generated()
    count = len(people)
    names = [p["full_name"] for p in people]
    words = Counter(len(p["name_key"].split()) for p in people)
    assert 0.05 < words[1] / count < 0.2  # single names, ~10%
    assert 0.55 < sum(p["sex"] == "P" for p in people) / count < 0.65
    assert 0.8 < sum(bool(p["phone"]) for p in people) / count < 0.9
    assert 0.015 < sum(p["has_disability"] for p in people) / count < 0.05
    assert 0.7 < sum(p["regency_code"] == "32.03" for p in people) / count < 0.9
    assert any(n.startswith("Hj. ") for n in names) and any(n.startswith("H. ") for n in names)
    assert any(n.endswith(", S.Pd.") for n in names)
    assert any(n.startswith(("I ", "Ni ")) for n in names)  # Balinese
    assert any(n.endswith((" Siregar", " Nasution", " Lubis", " Sinaga")) for n in names)
    assert len(set(names)) > count / 3
    created = [p["created_at"] for p in people]
    assert created == sorted(created)
    assert created[0][:4] <= str(TODAY.year - 2)
    assert all(p["search_text"].startswith(p["name_sort"]) for p in people)
    assert all(p["preferences"] != "[]" and p["status"] == "active" for p in people)


def test_same_seed_same_people() -> None:
    first = _Generator(5, NOW, PROGRAMMES, Recorder(2, "petugas"), _villages())
    again = _Generator(5, NOW, PROGRAMMES, Recorder(2, "petugas"), _villages())
    other = _Generator(6, NOW, PROGRAMMES, Recorder(2, "petugas"), _villages())
    batch = next(first.batches(1, 200))
    assert batch == next(again.batches(1, 200))
    assert batch != next(other.batches(1, 200))


@pytest.mark.parametrize(("prefix", "lengths"), MOBILE_PREFIXES)
def test_mobile_prefixes_make_valid_numbers(prefix: str, lengths: tuple[int, ...]) -> None:
    for length in lengths:
        for tail in ("0" * 9, "5" * 9, "9" * 9, "1234567890"):
            national = (prefix + tail)[:length]
            e164 = clean_phone(national)
            assert e164 == "+62" + national[1:]
            parsed = phonenumbers.parse(e164)
            assert phonenumbers.number_type(parsed) in (
                phonenumbers.PhoneNumberType.MOBILE,
                phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
            )
            assert display_phone(e164).replace("-", "") == national


# -- in the database ------------------------------------------------------------------------


def _catalogue(db: Database) -> list[tuple[str, str]]:
    with db.engine.connect() as connection:
        if db.is_sqlite:
            query = "SELECT name, sql FROM sqlite_master WHERE tbl_name = 'participant'"
        else:
            query = "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'participant'"
        return sorted((name, sql or "") for name, sql in connection.exec_driver_sql(query))


def test_bulk_load(demo_db: Database, clerk: Actor) -> None:
    before = _catalogue(demo_db)
    add_demo_people(demo_db, 400, recorder=Recorder(None, "petugas"), villages=_villages())
    # Indexes and triggers (SQLite's search index among them) are back as they were.
    assert _catalogue(demo_db) == before
    with demo_db.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Participant)) == 400
        assert session.scalar(select(func.count()).select_from(ConsentRecord)) == 400
        someone = session.scalars(select(Participant).where(Participant.id == 123)).one()
        consent = session.scalars(
            select(ConsentRecord).where(ConsentRecord.participant_id == 123)
        ).one()
        # Read back through the ORM: the stored text is what SQLAlchemy itself writes.
        assert someone.created_at.tzinfo is not None and someone.created_at <= NOW
        assert isinstance(someone.birth_date, date) and isinstance(someone.preferences, list)
        assert consent.given_on == someone.created_at.date()
    # The search index covers the bulk-loaded rows...
    word = someone.name_sort.split()[0]
    found = registry.page(demo_db, clerk, registry.RegistryQuery(text=word), limit=1000)
    assert someone.id in [row.id for row in found.rows]
    found = registry.page(demo_db, clerk, registry.RegistryQuery(text=someone.village_name))
    assert found.rows
    # ...and rows added afterwards (the trigger is back; PostgreSQL's id sequence moved on).
    values = {c: getattr(someone, c) for c in PARTICIPANT_COLUMNS if c not in ("id", "nik")}
    with demo_db.sessions.begin() as session:
        late = Participant(**{**values, "full_name": "Zulaikha Qonita", "nik": ""})
        late.search_text = "zulaikha qonita"
        session.add(late)
        session.flush()
        late_id = late.id
    assert late_id == 401
    assert [
        r.id for r in registry.page(demo_db, clerk, registry.RegistryQuery(text="qonita")).rows
    ] == [late_id]


def test_stored_text_matches_the_orm(sqlite_db: Database) -> None:
    """Dates, times, JSON and booleans are written as SQLAlchemy writes them, so keyset
    comparisons and reads through the ORM see the same values."""
    build_demo(sqlite_db)
    add_demo_people(sqlite_db, 50, recorder=Recorder(None, "petugas"), villages=_villages())
    with sqlite_db.sessions.begin() as session:
        original = session.scalars(select(Participant).where(Participant.id == 10)).one()
        values = {c: getattr(original, c) for c in PARTICIPANT_COLUMNS if c != "id"}
        copy = Participant(
            **{**values, "nik": values["nik"][:12] + "9999" if values["nik"] else ""}
        )
        session.add(copy)
        session.flush()
        copy_id = copy.id
    columns = [c for c in PARTICIPANT_COLUMNS if c not in ("id", "nik", "search_text")]
    with sqlite_db.engine.connect() as connection:
        rows = connection.execute(
            text(
                f"SELECT {', '.join(columns)} FROM participant WHERE id IN (10, :copy) ORDER BY id"
            ),
            {"copy": copy_id},
        ).all()
    assert rows[0] == rows[1]


def test_pelita_demo_with_participants(db: Database) -> None:
    summary = build_demo(db, participants=30)
    assert summary.programmes == 7
    with db.sessions() as session:
        people = list(session.scalars(select(Participant)))
        clerk_id = session.scalar(text("SELECT id FROM user_account WHERE username = 'petugas'"))
    assert len(people) == 30
    assert {p.created_by_id for p in people} == {clerk_id}
    programme_ids = set(range(1, 8))
    assert all(set(p.preferences) <= programme_ids and p.preferences for p in people)


@pytest.mark.postgres
def test_a_bulk_load_on_postgresql_is_vacuumed(postgres_url: str) -> None:
    """A village's names are then read from ix_participant_village_key alone (the duplicate
    check's comparison): with the pages not yet marked all-visible, PostgreSQL reads the table
    instead, 25 times slower at a million people."""
    from tests.conftest import _empty_postgres

    db = _empty_postgres(postgres_url)
    try:
        add_demo_people(db, 50, recorder=Recorder(None, "petugas"), villages=_villages())
        with db.engine.connect() as connection:
            vacuumed = connection.execute(
                text(
                    "SELECT relname FROM pg_stat_user_tables WHERE last_vacuum IS NOT NULL "
                    "AND relname IN ('participant', 'consent_record')"
                )
            ).scalars()
            assert sorted(vacuumed) == ["consent_record", "participant"]
    finally:
        db.close()
