"""The demo centre's inventory (services.demo_inventory): places, tagged machines, materials
with one of them low, the textile company's things as its in-kind contribution, a few moves,
a write-off and a machine waiting for repair; built through the services, the same each time."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import func, select

from desktop.domain.inventory import MILLI, ItemKind, MovementKind
from desktop.domain.sponsor import SponsorKind
from desktop.paths import sqlite_url
from desktop.services import inventory_items as inv
from desktop.services import sponsors
from desktop.services.accounts import authenticate
from desktop.services.context import Actor
from desktop.services.demo import build_demo
from desktop.services.demo_inventory import DEMO_ITEMS, GIVER, PLACES, build_demo_inventory
from desktop.store.database import Database, open_database
from desktop.store.inventory import StockMovement
from desktop.store.models import AuditEntry
from desktop.store.sponsors import Contribution

TODAY = date(2026, 11, 23)
M = MILLI


def _summary(db: Database, admin: Actor) -> list[tuple[str, str, int, str, bool, str]]:
    return [
        (row.asset_tag, row.name, row.stock_milli, row.location_label, row.low, row.sponsor_name)
        for row in inv.list_items(db, admin)
    ]


def test_the_demo_inventory(demo_db: Database, admin: Actor) -> None:
    build_demo_inventory(demo_db, admin, TODAY)
    assert [row.label for row in inv.list_locations(demo_db, admin)] == sorted(PLACES)
    rows = inv.list_items(demo_db, admin)
    assert len(rows) == len(DEMO_ITEMS) == 17
    machines = [row for row in rows if row.kind is ItemKind.EQUIPMENT]
    assert sorted(row.asset_tag for row in machines) == [f"INV-{n:05d}" for n in range(1, 11)]
    assert all(row.stock_milli == M and row.places == 1 for row in machines)
    assert {row.location_label for row in machines} == {
        "Ruang Jahit",
        "Ruang Komputer",
        "Kebun Praktik",
    }
    assert [row.name for row in inv.low_stock(demo_db, admin)] == ["Benang jahit"]
    by_name = {row.name: row for row in rows if row.kind is ItemKind.CONSUMABLE}
    kain = by_name["Kain katun"]
    assert (kain.stock_milli, kain.places) == (117_500, 2)
    detail = inv.item_detail(demo_db, admin, kain.id)
    assert detail.stock_by_place == [("Gudang", 75 * M), ("Ruang Jahit", 42_500)]
    assert [m.kind for m in detail.movements] == [
        MovementKind.DAMAGED,
        MovementKind.MOVED_IN,
        MovementKind.MOVED_OUT,
        MovementKind.DONATED,  # no sponsor in a demo without people: a plain donation
    ]
    assert detail.movements[0].occurred_on == TODAY - timedelta(days=12)
    first = next(row for row in machines if row.asset_tag == "INV-00001")
    detail = inv.item_detail(demo_db, admin, first.id)
    assert detail.item.condition == "needs_repair"
    assert [note.noted_on for note in detail.notes] == [TODAY - timedelta(days=5)]
    with demo_db.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Contribution)) == 0
        audited = session.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.action.in_(("stock.receive", "stock.move", "stock.write_off")))
        )
        assert audited == len(DEMO_ITEMS) + 3


def test_the_textile_companys_things_are_its_in_kind_contribution(
    demo_db: Database, admin: Actor
) -> None:
    giver = sponsors.create_sponsor(demo_db, admin, GIVER, SponsorKind.COMPANY).id
    # The desk's today: a contribution is never dated after it.
    build_demo_inventory(demo_db, admin, demo_db.clock().astimezone().date())
    donated = [plan for plan in DEMO_ITEMS if plan.donated]
    with demo_db.sessions() as session:
        (contribution,) = session.scalars(select(Contribution))
        assert (contribution.sponsor_id, contribution.kind) == (giver, "in_kind")
        assert contribution.amount_rupiah == sum(
            plan.value_rupiah * plan.quantity // MILLI for plan in donated
        )
        lines = session.scalar(
            select(func.count())
            .select_from(StockMovement)
            .where(StockMovement.contribution_id == contribution.id)
        )
        assert lines == len(donated)
    rows = {row.name: row for row in inv.list_items(demo_db, admin)}
    assert rows["Mesin jahit Butterfly JH-8190"].sponsor_name == GIVER
    assert rows["Laptop Lenovo IdeaPad Slim 3"].sponsor_name == ""


def test_the_same_day_gives_the_same_inventory(
    demo_db: Database, admin: Actor, tmp_path: Path, sqlite_template: Path
) -> None:
    """Built again in another database on the same day, the list reads the same, tags and
    all (on PostgreSQL, the same as on SQLite)."""
    build_demo_inventory(demo_db, admin, TODAY)
    path = tmp_path / "again.sqlite3"
    shutil.copy(sqlite_template, path)
    other = open_database(sqlite_url(path))
    try:
        build_demo(other)
        again = authenticate(other, "admin", "admin-demo")
        build_demo_inventory(other, again, TODAY)
        assert _summary(other, again) == _summary(demo_db, admin)
    finally:
        other.close()


def test_the_demo_sponsors_have_paperwork_and_money(tmp_path: Path) -> None:
    """The office pays for the cohorts it sponsors; the company has a contact and an MoU."""
    from desktop.services.sponsor_details import sponsor_detail, sponsor_overview

    db = open_database(sqlite_url(tmp_path / "demo.db"))
    build_demo(db, 40)
    admin = authenticate(db, "admin", "admin-demo")
    summaries = {row.name: row for row in sponsor_overview(db, admin)}
    office = summaries["Dinas Tenaga Kerja Kabupaten Cianjur"]
    assert office.cash_rupiah > 0 and office.cash_rupiah % 15_000_000 == 0
    company = sponsor_detail(db, admin, summaries["PT Sandang Nusantara"].id)
    assert [contact.name for contact in company.contacts] == ["Rina Kartikasari"]
    assert company.agreements[0].number.startswith("MoU/SN-CSR/")
    db.close()
