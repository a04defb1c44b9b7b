"""Admins defining programmes, on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute

from desktop.domain.choices import ConsentMethod, ConsentPurpose, Education, TargetGroup
from desktop.domain.errors import (
    Conflict,
    NotFound,
    PermissionDenied,
    ValidationError,
    ValidationErrors,
)
from desktop.domain.participant import ConsentInput, ParticipantInput
from desktop.domain.programme import MaterialInput, ProgrammeInput, UnitInput
from desktop.domain.programme_rules import CompletionRule, EligibilityRules, Strictness
from desktop.services import participants
from desktop.services.context import Actor
from desktop.services.demo import DEMO_PROGRAMMES
from desktop.services.participants import EditConflict
from desktop.services.programme_admin import (
    archive_programme,
    create_programme,
    delete_programme,
    get_programme,
    list_programme_rows,
    restore_programme,
    update_programme,
)
from desktop.services.programmes import list_programmes
from desktop.store.database import Database
from desktop.store.models import AuditEntry, Programme
from desktop.store.training import Cohort, ProgrammeMaterial, ProgrammeUnit

WEAVING = ProgrammeInput(
    code="anb",
    name="Anyaman Bambu Lanjutan",
    skill_area="Anyaman dan kerajinan",
    hours_jp=90,
    description="Produk anyaman untuk pasar wisata.",
    minutes_per_jp=60,
    default_capacity=16,
    units=(
        UnitInput("C.20KRA01.001.1", "Menyiapkan bahan bambu", 20),
        UnitInput("C.20KRA01.002.1", "Menganyam motif dasar", 30),
        UnitInput("C.20KRA01.003.1", "Finishing produk", 25),
    ),
    materials=(
        MaterialInput("Bambu tali", "batang", Decimal(4)),
        MaterialInput("Pernis", "liter", Decimal("0.25")),
        MaterialInput("Pewarna alami", "kg", Decimal("0.125")),
    ),
    eligibility=EligibilityRules(
        min_age=17,
        max_age=55,
        min_education=Education.SD,
        target_groups=frozenset({TargetGroup.HOUSEWIFE}),
        groups=Strictness.HARD,
    ),
    completion=CompletionRule(min_attendance_pct=75, excused_counts=False, min_post_score=70),
)


def audit_actions(db: Database, programme_id: int) -> list[str]:
    with db.sessions() as session:
        return list(
            session.scalars(
                select(AuditEntry.action)
                .where(AuditEntry.entity == "programme", AuditEntry.entity_id == str(programme_id))
                .order_by(AuditEntry.id)
            )
        )


def count(db: Database, column: InstrumentedAttribute[int], programme_id: int) -> int:
    with db.sessions() as session:
        return int(session.scalar(select(func.count()).where(column == programme_id)) or 0)


def add_cohort(db: Database, programme_id: int) -> None:
    with db.sessions.begin() as session:
        session.add(
            Cohort(
                programme_id=programme_id,
                code="ANB-2026-01",
                year=2026,
                sequence=1,
                start_date=date(2026, 12, 1),
                end_date=date(2026, 12, 20),
                capacity=16,
                funding="apbd",
                status="planned",
            )
        )


def test_create_and_get_round_trip(demo_db: Database, admin: Actor) -> None:
    saved = create_programme(demo_db, admin, WEAVING)
    assert saved.version == 1
    found = get_programme(demo_db, admin, saved.programme_id)
    assert found.as_input() == replace(WEAVING, code="ANB")
    assert (found.id, found.version, found.active, found.cohorts) == (
        saved.programme_id,
        1,
        True,
        0,
    )
    assert [unit.code for unit in found.units] == [unit.code for unit in WEAVING.units]
    quantities = [material.per_participant for material in found.materials]
    assert quantities == [Decimal(4), Decimal("0.25"), Decimal("0.125")]
    assert all(isinstance(quantity, Decimal) for quantity in quantities)
    assert found.eligibility.target_groups == frozenset({TargetGroup.HOUSEWIFE})
    assert found.completion == CompletionRule(75, False, 70)
    assert audit_actions(demo_db, saved.programme_id) == ["programme.create"]
    with demo_db.sessions() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "programme.create")
        ).one()
    assert entry.username == admin.username
    assert entry.after is not None
    assert entry.after["code"] == "ANB"
    assert entry.after["materials"][2] == {
        "name": "Pewarna alami",
        "unit": "kg",
        "per_participant": "0.125",
    }
    assert entry.after["completion"]["min_post_score"] == 70


def test_the_demo_programmes_read_with_default_rules(demo_db: Database, clerk: Actor) -> None:
    rows = list_programme_rows(demo_db, clerk)
    assert sorted(row.code for row in rows) == sorted(code for code, *_ in DEMO_PROGRAMMES)
    sewing = get_programme(demo_db, clerk, next(row.id for row in rows if row.code == "JHT"))
    assert (sewing.hours_jp, sewing.minutes_per_jp, sewing.default_capacity) == (120, 45, 20)
    assert sewing.eligibility == EligibilityRules()
    assert sewing.completion == CompletionRule()
    # The sewing programme has the competency units its certificates list on the back.
    assert [unit.code for unit in sewing.units][:2] == ["C.141000.001.01", "C.141000.002.01"]
    assert sum(unit.hours_jp for unit in sewing.units) == sewing.hours_jp
    assert sewing.materials == ()


def test_a_clerk_may_read_but_not_change(demo_db: Database, admin: Actor, clerk: Actor) -> None:
    saved = create_programme(demo_db, admin, WEAVING)
    programme_id = saved.programme_id
    for call in (
        lambda: create_programme(demo_db, clerk, replace(WEAVING, code="XYZ")),
        lambda: update_programme(demo_db, clerk, programme_id, 1, replace(WEAVING, name="X")),
        lambda: archive_programme(demo_db, clerk, programme_id),
        lambda: restore_programme(demo_db, clerk, programme_id),
        lambda: delete_programme(demo_db, clerk, programme_id),
    ):
        with pytest.raises(PermissionDenied):
            call()
    # Refused before the input is even looked at: bad input does not tell a clerk more.
    with pytest.raises(PermissionDenied):
        create_programme(demo_db, clerk, ProgrammeInput())
    assert get_programme(demo_db, clerk, programme_id).name == WEAVING.name
    assert "ANB" in {row.code for row in list_programme_rows(demo_db, clerk)}
    assert audit_actions(demo_db, programme_id) == ["programme.create"]


def test_bad_input_saves_nothing(demo_db: Database, admin: Actor) -> None:
    with pytest.raises(ValidationErrors) as caught:
        create_programme(demo_db, admin, replace(WEAVING, default_capacity=0, hours_jp=10))
    assert {error.field for error in caught.value.errors} == {"default_capacity", "units"}
    assert "ANB" not in {row.code for row in list_programme_rows(demo_db, admin)}


def test_a_taken_code_is_refused_by_name(demo_db: Database, admin: Actor) -> None:
    with pytest.raises(ValidationError) as caught:
        create_programme(demo_db, admin, replace(WEAVING, code=" jht "))
    assert caught.value.field == "code"
    assert caught.value.english() == (
        "The code JHT is already used by the programme Menjahit Pakaian Dasar. Choose another code."
    )
    saved = create_programme(demo_db, admin, WEAVING)
    with pytest.raises(ValidationError) as caught:
        update_programme(demo_db, admin, saved.programme_id, 1, replace(WEAVING, code="TIK"))
    assert caught.value.field == "code"
    assert "Teknologi Informasi Perkantoran" in caught.value.english()
    assert get_programme(demo_db, admin, saved.programme_id).code == "ANB"


def test_update_replaces_units_and_materials_in_order(demo_db: Database, admin: Actor) -> None:
    saved = create_programme(demo_db, admin, WEAVING)
    changed = replace(
        WEAVING,
        name="Anyaman Bambu dan Rotan",
        units=(WEAVING.units[2], UnitInput("C.20KRA01.009.1", "Rotan", 10), WEAVING.units[0]),
        materials=(MaterialInput("Rotan", "kg", Decimal("1.5")),),
        completion=CompletionRule(min_attendance_pct=90),
    )
    after = update_programme(demo_db, admin, saved.programme_id, 1, changed)
    assert after.version == 2
    found = get_programme(demo_db, admin, saved.programme_id)
    assert found.as_input() == replace(changed, code="ANB")
    assert [unit.title for unit in found.units] == [
        "Finishing produk",
        "Rotan",
        WEAVING.units[0].title,
    ]
    assert count(demo_db, ProgrammeUnit.programme_id, saved.programme_id) == 3
    assert count(demo_db, ProgrammeMaterial.programme_id, saved.programme_id) == 1
    with demo_db.sessions() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "programme.update")
        ).one()
    assert entry.before is not None and entry.after is not None
    assert set(entry.before) == {"name", "units", "materials", "completion"}
    assert entry.after["version"] == 2
    assert entry.before["name"] == WEAVING.name
    assert entry.after["materials"] == [{"name": "Rotan", "unit": "kg", "per_participant": "1.500"}]


def test_saving_unchanged_keeps_the_version(demo_db: Database, admin: Actor) -> None:
    saved = create_programme(demo_db, admin, WEAVING)
    found = get_programme(demo_db, admin, saved.programme_id)
    again = update_programme(demo_db, admin, saved.programme_id, 1, found.as_input())
    assert again.version == 1
    assert audit_actions(demo_db, saved.programme_id) == ["programme.create"]


def test_a_stale_version_overwrites_nothing(demo_db: Database, admin: Actor) -> None:
    saved = create_programme(demo_db, admin, WEAVING)
    update_programme(
        demo_db, admin, saved.programme_id, 1, replace(WEAVING, hours_jp=100, default_capacity=12)
    )
    with pytest.raises(EditConflict) as caught:
        update_programme(demo_db, admin, saved.programme_id, 1, replace(WEAVING, name="Mine"))
    conflict = caught.value
    assert conflict.current_version == 2
    assert [change.username for change in conflict.changes] == [admin.username]
    assert set(conflict.changes[0].fields) == {"hours_jp", "default_capacity"}
    assert "default_capacity, hours_jp" in conflict.english()
    found = get_programme(demo_db, admin, saved.programme_id)
    assert (found.name, found.hours_jp, found.default_capacity) == (WEAVING.name, 100, 12)
    # An archive in between counts as a change too.
    archive_programme(demo_db, admin, saved.programme_id)
    with pytest.raises(EditConflict) as caught:
        update_programme(demo_db, admin, saved.programme_id, 2, replace(WEAVING, name="Mine"))
    assert caught.value.current_version == 3
    assert caught.value.changes[-1].fields == ("active",)


def test_archive_and_restore(demo_db: Database, admin: Actor, clerk: Actor) -> None:
    saved = create_programme(demo_db, admin, WEAVING)
    assert archive_programme(demo_db, admin, saved.programme_id).version == 2
    assert archive_programme(demo_db, admin, saved.programme_id).version == 2  # already archived
    assert WEAVING.name not in [name for _id, name in list_programmes(demo_db, clerk)]
    rows = {row.code: row for row in list_programme_rows(demo_db, clerk)}
    assert rows["ANB"].active is False
    assert "ANB" not in {
        row.code for row in list_programme_rows(demo_db, clerk, include_archived=False)
    }
    assert restore_programme(demo_db, admin, saved.programme_id).version == 3
    assert get_programme(demo_db, clerk, saved.programme_id).active is True
    assert audit_actions(demo_db, saved.programme_id) == [
        "programme.create",
        "programme.archive",
        "programme.restore",
    ]


def test_delete_is_refused_while_cohorts_exist(demo_db: Database, admin: Actor) -> None:
    saved = create_programme(demo_db, admin, WEAVING)
    add_cohort(demo_db, saved.programme_id)
    assert get_programme(demo_db, admin, saved.programme_id).cohorts == 1
    rows = {row.code: row for row in list_programme_rows(demo_db, admin)}
    assert (rows["ANB"].cohorts, rows["JHT"].cohorts) == (1, 0)
    with pytest.raises(Conflict) as caught:
        delete_programme(demo_db, admin, saved.programme_id)
    assert "cohorts (1)" in caught.value.english()
    assert "Archive it instead" in caught.value.english()
    found = get_programme(demo_db, admin, saved.programme_id)
    assert found.as_input() == replace(WEAVING, code="ANB")  # nothing lost
    assert "programme.delete" not in audit_actions(demo_db, saved.programme_id)


def test_delete_without_cohorts(demo_db: Database, admin: Actor) -> None:
    saved = create_programme(demo_db, admin, WEAVING)
    delete_programme(demo_db, admin, saved.programme_id)
    with pytest.raises(NotFound):
        get_programme(demo_db, admin, saved.programme_id)
    assert count(demo_db, ProgrammeUnit.programme_id, saved.programme_id) == 0
    assert count(demo_db, ProgrammeMaterial.programme_id, saved.programme_id) == 0
    with demo_db.sessions() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "programme.delete")
        ).one()
        assert session.get(Programme, saved.programme_id) is None
    assert entry.after is None
    assert entry.before is not None
    assert entry.before["code"] == "ANB"
    assert len(entry.before["units"]) == 3
    with pytest.raises(NotFound):
        delete_programme(demo_db, admin, saved.programme_id)
    # The code is free again.
    assert create_programme(demo_db, admin, WEAVING).version == 1


def test_a_reused_id_does_not_inherit_the_deleted_programmes_changes(
    demo_db: Database, admin: Actor
) -> None:
    first = create_programme(demo_db, admin, WEAVING).programme_id
    update_programme(demo_db, admin, first, 1, replace(WEAVING, name="Old name"))
    update_programme(demo_db, admin, first, 2, replace(WEAVING, name="Older name"))
    delete_programme(demo_db, admin, first)
    second = create_programme(demo_db, admin, replace(WEAVING, code="NEW")).programme_id
    update_programme(demo_db, admin, second, 1, replace(WEAVING, code="NEW", hours_jp=80))
    with pytest.raises(EditConflict) as caught:
        update_programme(demo_db, admin, second, 1, replace(WEAVING, code="NEW"))
    assert [change.fields for change in caught.value.changes] == [("hours_jp",)]


def test_delete_is_refused_while_participants_wish_for_it(
    demo_db: Database, admin: Actor, clerk: Actor
) -> None:
    wished = create_programme(demo_db, admin, WEAVING).programme_id
    big = wished
    while big < 10:  # an id with two digits, to be sure "1" is not found inside "11"
        big = create_programme(demo_db, admin, replace(WEAVING, code=f"P{big}")).programme_id
    participants.register(
        demo_db,
        clerk,
        ParticipantInput(
            full_name="Siti Aminah",
            nik="3203225205900001",
            village_code="32.03.22.2005",
            preferences=(big, wished),
        ),
        ConsentInput(
            purposes=frozenset({ConsentPurpose.TRAINING}),
            method=ConsentMethod.SIGNED_PAPER,
            given_on=date.today(),
        ),
    )
    for programme_id in (wished, big):
        with pytest.raises(Conflict) as caught:
            delete_programme(demo_db, admin, programme_id)
        assert "wish (1)" in caught.value.english()
    inside = int(str(big)[0])  # a demo programme nobody chose, its id inside the wished one's
    assert inside not in (wished, big)
    delete_programme(demo_db, admin, inside)
    assert get_programme(demo_db, admin, wished).name == WEAVING.name


def test_a_missing_programme(demo_db: Database, admin: Actor) -> None:
    for call in (
        lambda: get_programme(demo_db, admin, 999_999),
        lambda: update_programme(demo_db, admin, 999_999, 1, WEAVING),
        lambda: archive_programme(demo_db, admin, 999_999),
        lambda: delete_programme(demo_db, admin, 999_999),
    ):
        with pytest.raises(NotFound) as caught:
            call()
        assert caught.value.english() == "This programme no longer exists."
