"""Sponsors as cohorts name them, on SQLite and PostgreSQL: adding, listing, refusals, and a
cohort's sponsors kept, changed, audited and checked."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import UTC, date, datetime, time

import pytest
from sqlalchemy import select

from desktop.domain.cohort import CohortInput, Funding, Slot
from desktop.domain.errors import (
    Conflict,
    FieldWarning,
    PermissionDenied,
    ValidationError,
    ValidationErrors,
)
from desktop.domain.sponsor import SponsorKind, sponsor_name_key
from desktop.services import cohorts, sponsors
from desktop.services.context import Actor
from desktop.store.database import Database
from desktop.store.models import AuditEntry, Programme
from desktop.store.training import Sponsor

NOW = datetime(2026, 1, 5, 2, 0, tzinfo=UTC)


@pytest.fixture
def desk(demo_db: Database, admin: Actor) -> Database:
    demo_db.clock = lambda: NOW
    return demo_db


@pytest.fixture
def programme_id(desk: Database) -> int:
    with desk.sessions.begin() as session:
        row = Programme(
            code="TNN", name="Tenun Ikat", skill_area="Tenun", hours_jp=80,
            default_capacity=12, active=True,
        )  # fmt: skip
        session.add(row)
        session.flush()
        return row.id


def weaving(programme_id: int, **changes: object) -> CohortInput:
    data = CohortInput(
        programme_id=programme_id,
        start_date=date(2026, 3, 2),
        end_date=date(2026, 3, 27),
        slots=(Slot(1, time(8), time(12)),),
        room="Ruang Tenun",
        funding=Funding.SPONSOR,
    )
    return replace(data, **changes)  # type: ignore[arg-type]


def test_a_sponsor_is_added_listed_by_name_and_audited(desk: Database, admin: Actor) -> None:
    second = sponsors.create_sponsor(desk, admin, "  Yayasan   Tenun Nusantara ", SponsorKind.NGO)
    first = sponsors.create_sponsor(desk, admin, "PT Kain Jaya", SponsorKind.COMPANY)
    assert second.name == "Yayasan Tenun Nusantara"  # spaces collapsed
    assert [row.name for row in sponsors.list_sponsors(desk, admin)] == [
        "PT Kain Jaya",
        "Yayasan Tenun Nusantara",
    ]
    assert first.kind is SponsorKind.COMPANY and first.active
    with desk.sessions() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "sponsor.create").order_by("id")
        ).first()
    assert entry is not None and entry.after == {"name": "Yayasan Tenun Nusantara", "kind": "ngo"}


@pytest.mark.parametrize(
    "name",
    ["", "   ", "PT\x00Kain", "x" * 201],
    ids=["empty", "spaces", "control character", "too long"],
)
def test_bad_sponsor_names_are_refused_on_the_name_field(
    desk: Database, admin: Actor, name: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        sponsors.create_sponsor(desk, admin, name, SponsorKind.COMPANY)
    assert refused.value.field == "name"
    assert sponsors.list_sponsors(desk, admin) == []


def test_the_same_sponsor_in_other_case_or_spacing_is_refused(desk: Database, admin: Actor) -> None:
    sponsors.create_sponsor(desk, admin, "PT Kain Jaya", SponsorKind.COMPANY)
    with pytest.raises(Conflict) as refused:
        sponsors.create_sponsor(desk, admin, "pt  KAIN jaya", SponsorKind.COMPANY)
    assert refused.value.field == "name"
    assert refused.value.params["name"] == "PT Kain Jaya"
    assert len(sponsors.list_sponsors(desk, admin)) == 1


def test_two_desks_adding_one_sponsor_at_once_keep_one(desk: Database, admin: Actor) -> None:
    results: list[object] = []
    barrier = threading.Barrier(2)

    def add() -> None:
        barrier.wait()
        try:
            results.append(sponsors.create_sponsor(desk, admin, "Bank Desa", SponsorKind.COMPANY))
        except Exception as error:  # reported below, not lost in the thread
            results.append(error)

    threads = [threading.Thread(target=add) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with desk.sessions() as session:
        keys = list(session.scalars(select(Sponsor.name_key)))
    assert keys == [sponsor_name_key("Bank Desa")]
    # The other desk is told plainly, never "database is locked" (SQLite waits its turn).
    assert sorted(type(result).__name__ for result in results) == ["Conflict", "SponsorRow"]


def test_only_admins_add_sponsors_and_everyone_who_sees_programmes_lists_them(
    desk: Database, admin: Actor, clerk: Actor, instructor: Actor
) -> None:
    sponsors.create_sponsor(desk, admin, "Dinas Koperasi", SponsorKind.GOVERNMENT)
    with pytest.raises(PermissionDenied):
        sponsors.create_sponsor(desk, clerk, "Toko Benang", SponsorKind.COMPANY)
    assert [row.name for row in sponsors.list_sponsors(desk, instructor)] == ["Dinas Koperasi"]


def test_a_cohort_keeps_its_sponsors_and_a_change_is_audited(
    desk: Database, admin: Actor, programme_id: int
) -> None:
    kain = sponsors.create_sponsor(desk, admin, "PT Kain Jaya", SponsorKind.COMPANY)
    dinas = sponsors.create_sponsor(desk, admin, "Dinas Koperasi", SponsorKind.GOVERNMENT)
    saved = cohorts.create_cohort(desk, admin, weaving(programme_id, sponsor_ids=(kain.id,)))
    assert [s.name for s in saved.cohort.sponsors] == ["PT Kain Jaya"]
    assert not [w for w in saved.warnings if w.field == "sponsors"]
    changed = cohorts.update_cohort(
        desk,
        admin,
        saved.cohort.id,
        saved.cohort.version,
        weaving(programme_id, sponsor_ids=(dinas.id, kain.id)),
    )
    assert [s.name for s in changed.cohort.sponsors] == ["Dinas Koperasi", "PT Kain Jaya"]
    assert changed.cohort.version == saved.cohort.version + 1
    with desk.sessions() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "cohort.update").order_by("id")
        ).one()
    assert entry.before == {"sponsors": [kain.id]}
    assert entry.after is not None and entry.after["sponsors"] == sorted([kain.id, dinas.id])
    fetched = cohorts.get_cohort(desk, admin, saved.cohort.id)
    assert {s.sponsor_id for s in fetched.sponsors} == {kain.id, dinas.id}


def test_sponsor_funding_without_a_sponsor_is_a_warning(
    desk: Database, admin: Actor, programme_id: int
) -> None:
    saved = cohorts.create_cohort(desk, admin, weaving(programme_id))
    assert any(isinstance(w, FieldWarning) and w.field == "sponsors" for w in saved.warnings), (
        saved.warnings
    )


def test_an_unknown_sponsor_is_refused_with_the_other_faults(
    desk: Database, admin: Actor, programme_id: int
) -> None:
    with pytest.raises(ValidationErrors) as refused:
        cohorts.create_cohort(desk, admin, weaving(programme_id, sponsor_ids=(999,), capacity=0))
    assert {error.field for error in refused.value.errors} == {"sponsors", "capacity"}
