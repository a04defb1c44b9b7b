"""What sponsors give, on SQLite and PostgreSQL: cash earmarked or general, things in kind put
in stock through the ledger in the same unit of work, documents attached and read back, the
totals per kind, the bad-input catalogue, and a clerk refused everything."""

from __future__ import annotations

import io
import threading
from collections.abc import Callable
from datetime import UTC, date, datetime, time

import pytest
from PIL import Image
from sqlalchemy import func, select

from desktop.domain.cohort import CohortInput, Funding, Slot
from desktop.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from desktop.domain.inventory import ItemKind, MovementKind, Unit
from desktop.domain.sponsor import SponsorKind
from desktop.services import (
    cohorts,
    inventory_items,
    inventory_locations,
    sponsor_details,
    sponsors,
)
from desktop.services.context import Actor
from desktop.services.inventory_items import ItemInput
from desktop.services.inventory_ledger import stock_by_item
from desktop.services.sponsor_details import (
    AgreementInput,
    CashInput,
    ContributionKind,
    InKindInput,
    InKindLine,
)
from desktop.services.sponsor_documents import DOCUMENT_MAX_BYTES
from desktop.store.database import Database
from desktop.store.inventory import Item, StockMovement
from desktop.store.models import AuditEntry, Programme
from desktop.store.sponsors import Contribution

NOW = datetime(2026, 6, 15, 2, 0, tzinfo=UTC)
DAY = date(2026, 6, 1)
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def desk(demo_db: Database, admin: Actor) -> Database:
    demo_db.clock = lambda: NOW
    return demo_db


@pytest.fixture
def sandang(desk: Database, admin: Actor) -> int:
    return sponsors.create_sponsor(desk, admin, "PT Sandang Nusantara", SponsorKind.COMPANY).id


@pytest.fixture
def store_room(desk: Database, admin: Actor) -> int:
    return inventory_locations.create_location(desk, admin, "Gudang", "Cibeber").id


@pytest.fixture
def machine(desk: Database, admin: Actor) -> int:
    return inventory_items.create_item(
        desk, admin, ItemInput(ItemKind.EQUIPMENT, "Mesin jahit Butterfly", asset_tag="MJ-001")
    )


@pytest.fixture
def fabric(desk: Database, admin: Actor) -> int:
    return inventory_items.create_item(
        desk, admin, ItemInput(ItemKind.CONSUMABLE, "Kain katun", Unit.METRE)
    )


@pytest.fixture
def thread_rolls(desk: Database, admin: Actor) -> int:
    return inventory_items.create_item(
        desk, admin, ItemInput(ItemKind.CONSUMABLE, "Benang jahit", Unit.ROLL)
    )


def a_cohort(db: Database, admin: Actor) -> int:
    with db.sessions() as session:
        programme = session.scalar(select(Programme.id).order_by(Programme.id))
    assert programme is not None
    return cohorts.create_cohort(
        db,
        admin,
        CohortInput(
            programme_id=programme,
            start_date=date(2026, 7, 6),
            end_date=date(2026, 7, 31),
            slots=(Slot(0, time(8), time(12)),),
            room="Ruang Jahit",
            funding=Funding.SPONSOR,
        ),
    ).cohort.id


def count(db: Database, model: type) -> int:
    with db.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (20, 10), "white").save(out, format="PNG")
    return out.getvalue()


# --- cash ------------------------------------------------------------------------------------


def test_cash_is_recorded_general_or_earmarked_and_totalled(
    desk: Database, admin: Actor, sandang: int
) -> None:
    cohort = a_cohort(desk, admin)
    with desk.sessions() as session:
        programme = session.scalar(select(Programme.id).order_by(Programme.id))
    agreement = sponsor_details.add_agreement(
        desk, admin, sandang, AgreementInput("MoU/1", date(2026, 1, 1))
    )
    general = sponsor_details.record_cash(
        desk, admin, sandang, CashInput(date(2026, 2, 1), 1_000_000, description="Operasional")
    )
    sponsor_details.record_cash(
        desk, admin, sandang, CashInput(date(2026, 3, 1), 2_000_000, programme_id=programme)
    )
    sponsor_details.record_cash(
        desk,
        admin,
        sandang,
        CashInput(DAY, 3_000_000, cohort_id=cohort, agreement_id=agreement.id),
    )
    listed = sponsor_details.list_contributions(desk, admin, sandang)
    assert [(r.received_on, r.amount_rupiah, r.kind) for r in listed.rows] == [
        (DAY, 3_000_000, ContributionKind.CASH),
        (date(2026, 3, 1), 2_000_000, ContributionKind.CASH),
        (date(2026, 2, 1), 1_000_000, ContributionKind.CASH),
    ]
    newest, earmarked, oldest = listed.rows
    assert newest.cohort_id == cohort and newest.earmark.startswith("JHT-2026")
    assert newest.agreement_number == "MoU/1"
    assert earmarked.programme_id == programme and earmarked.earmark
    assert (oldest.earmark, oldest.description, oldest.recorded_by) == ("", "Operasional", "admin")
    assert (listed.totals.cash_rupiah, listed.totals.cash_count) == (6_000_000, 3)
    assert (listed.totals.in_kind_rupiah, listed.totals.in_kind_count) == (0, 0)
    with desk.sessions() as session:
        entry = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.action == "contribution.record")
            .order_by(AuditEntry.id)
        ).first()
    assert entry is not None and entry.entity_id == str(general)
    assert entry.after is not None and entry.after["amount_rupiah"] == 1_000_000


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"amount_rupiah": 0}, "amount"),
        ({"amount_rupiah": -50_000}, "amount"),
        ({"amount_rupiah": 10**16}, "amount"),
        ({"received_on": date(2026, 6, 16)}, "received_on"),
        ({"programme_id": "programme", "cohort_id": "cohort"}, "earmark"),
        ({"cohort_id": 99_999}, "earmark"),
        ({"programme_id": 99_999}, "earmark"),
        ({"agreement_id": "other sponsor's"}, "agreement"),
        ({"description": "x" * 2001}, "description"),
    ],
    ids=[
        "zero",
        "negative money",
        "absurd",
        "in the future",
        "both programme and cohort",
        "no such cohort",
        "no such programme",
        "another sponsor's agreement",
        "description too long",
    ],
)
def test_bad_cash_is_refused_on_its_field_and_nothing_is_recorded(
    desk: Database, admin: Actor, sandang: int, change: dict[str, object], field: str
) -> None:
    values: dict[str, object] = {"received_on": DAY, "amount_rupiah": 500_000, **change}
    if values.get("cohort_id") == "cohort":
        values["cohort_id"] = a_cohort(desk, admin)
    if values.get("programme_id") == "programme":
        with desk.sessions() as session:
            values["programme_id"] = session.scalar(select(Programme.id))
    if values.get("agreement_id") == "other sponsor's":
        dinas = sponsors.create_sponsor(desk, admin, "Dinas", SponsorKind.GOVERNMENT).id
        values["agreement_id"] = sponsor_details.add_agreement(
            desk, admin, dinas, AgreementInput("PKS/9", date(2026, 1, 1))
        ).id
    with pytest.raises(ValidationError) as refused:
        sponsor_details.record_cash(desk, admin, sandang, CashInput(**values))  # type: ignore[arg-type]
    assert refused.value.field == field
    assert count(desk, Contribution) == 0


# --- in kind ---------------------------------------------------------------------------------


def test_things_in_kind_go_into_stock_pointing_back_at_the_contribution(
    desk: Database, admin: Actor, sandang: int, store_room: int, machine: int, fabric: int
) -> None:
    contribution = sponsor_details.record_in_kind(
        desk,
        admin,
        sandang,
        InKindInput(
            DAY,
            (
                InKindLine(machine, store_room, 1000, 2_750_000),
                InKindLine(fabric, store_room, 120_500, 3_615_000),
            ),
            description="Surat PT Sandang 12/V/2026",
        ),
    )
    with desk.sessions() as session:
        assert stock_by_item(session) == {machine: 1000, fabric: 120_500}
        movements = session.scalars(select(StockMovement).order_by(StockMovement.id)).all()
        gift = session.get(Item, machine)
        assert gift is not None
        assert (gift.sponsor_id, gift.received_on, gift.value_rupiah) == (
            sandang,
            DAY,
            2_750_000,
        )
    assert {(m.kind, m.contribution_id, m.value_rupiah) for m in movements} == {
        (MovementKind.DONATED.value, contribution, 2_750_000),
        (MovementKind.DONATED.value, contribution, 3_615_000),
    }
    listed = sponsor_details.list_contributions(desk, admin, sandang)
    (row,) = listed.rows
    assert (row.kind, row.amount_rupiah) == (ContributionKind.IN_KIND, 6_365_000)
    assert [(i.item_name, i.quantity_milli, i.unit, i.asset_tag) for i in row.items] == [
        ("Mesin jahit Butterfly", 1000, Unit.PIECE, "MJ-001"),
        ("Kain katun", 120_500, Unit.METRE, ""),
    ]
    assert (listed.totals.in_kind_rupiah, listed.totals.in_kind_count) == (6_365_000, 1)
    (summary,) = sponsor_details.sponsor_overview(desk, admin)
    assert (summary.cash_rupiah, summary.in_kind_rupiah) == (0, 6_365_000)


@pytest.mark.parametrize(
    ("lines", "field"),
    [
        ((), "lines"),
        ((("rolls", 2500, 10_000),), "lines.0.quantity"),
        ((("fabric", 0, 10_000),), "lines.0.quantity"),
        ((("fabric", -1000, 10_000),), "lines.0.quantity"),
        ((("fabric", 1000, -1),), "lines.0.value"),
        ((("fabric", 1000, 0), ("machine", 2000, 0)), "lines.1.quantity"),
        ((("machine", 1000, 0), ("machine", 1000, 0)), "lines.1.item"),
    ],
    ids=[
        "no lines",
        "fractional for a whole unit",
        "zero",
        "negative",
        "negative value",
        "two machines in one line",
        "the same machine twice",
    ],
)
def test_bad_lines_are_refused_on_their_line_and_nothing_is_recorded(
    desk: Database,
    admin: Actor,
    sandang: int,
    store_room: int,
    machine: int,
    fabric: int,
    thread_rolls: int,
    lines: tuple[tuple[str, int, int], ...],
    field: str,
) -> None:
    ids = {"machine": machine, "fabric": fabric, "rolls": thread_rolls}
    data = InKindInput(DAY, tuple(InKindLine(ids[n], store_room, q, v) for n, q, v in lines))
    with pytest.raises((ValidationError, Conflict)) as refused:
        sponsor_details.record_in_kind(desk, admin, sandang, data)
    assert refused.value.field == field
    assert count(desk, Contribution) == count(desk, StockMovement) == 0


def test_a_machine_already_in_stock_is_not_given_again(
    desk: Database, admin: Actor, sandang: int, store_room: int, machine: int, fabric: int
) -> None:
    line = InKindLine(machine, store_room, 1000, 1_000_000)
    sponsor_details.record_in_kind(desk, admin, sandang, InKindInput(DAY, (line,)))
    again = InKindInput(DAY, (InKindLine(fabric, store_room, 5000, 0), line))
    with pytest.raises(Conflict) as refused:
        sponsor_details.record_in_kind(desk, admin, sandang, again)
    assert refused.value.field == "lines.1.item"
    assert "MJ-001" in refused.value.english()
    assert count(desk, Contribution) == 1
    with desk.sessions() as session:
        assert stock_by_item(session) == {machine: 1000}  # the fabric line was not kept either


def test_two_desks_giving_the_same_machine_at_once_record_it_once(
    desk: Database, admin: Actor, sandang: int, store_room: int, machine: int
) -> None:
    """The item's lock makes the second desk see the first one's movement before it checks."""
    results: list[object] = []
    barrier = threading.Barrier(2)
    gift = InKindInput(DAY, (InKindLine(machine, store_room, 1000, 1_000_000),))

    def give() -> None:
        barrier.wait()
        try:
            results.append(sponsor_details.record_in_kind(desk, admin, sandang, gift))
        except Exception as error:  # reported below, not lost in the thread
            results.append(error)

    threads = [threading.Thread(target=give) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(type(result).__name__ for result in results) == ["Conflict", "int"]
    assert count(desk, Contribution) == 1
    with desk.sessions() as session:
        assert stock_by_item(session) == {machine: 1000}


def test_a_closed_place_or_retired_item_is_refused_on_its_line(
    desk: Database, admin: Actor, sandang: int, store_room: int, fabric: int
) -> None:
    inventory_locations.set_location_active(desk, admin, store_room, False)
    with pytest.raises(ValidationError) as refused:
        sponsor_details.record_in_kind(
            desk, admin, sandang, InKindInput(DAY, (InKindLine(fabric, store_room, 1000, 0),))
        )
    assert refused.value.field == "lines.0.location"
    inventory_locations.set_location_active(desk, admin, store_room, True)
    inventory_items.retire_item(desk, admin, fabric)
    with pytest.raises(ValidationError) as refused:
        sponsor_details.record_in_kind(
            desk, admin, sandang, InKindInput(DAY, (InKindLine(fabric, store_room, 1000, 0),))
        )
    assert refused.value.field == "lines.0.item"


# --- documents -------------------------------------------------------------------------------


def test_a_document_is_attached_replaced_and_read_back_whole(
    desk: Database, admin: Actor, sandang: int
) -> None:
    contribution = sponsor_details.record_cash(desk, admin, sandang, CashInput(DAY, 100_000))
    with pytest.raises(NotFound):
        sponsor_details.contribution_document(desk, admin, contribution)
    sponsor_details.attach_document(desk, admin, contribution, "C:\\Scan\\kuitansi.pdf", PDF)
    assert sponsor_details.contribution_document(desk, admin, contribution) == (
        "kuitansi.pdf",
        PDF,
    )
    (row,) = sponsor_details.list_contributions(desk, admin, sandang).rows
    assert (row.has_document, row.document_name) == (True, "kuitansi.pdf")
    photo = png()
    sponsor_details.attach_document(desk, admin, contribution, "/home/a/foto surat.png", photo)
    assert sponsor_details.contribution_document(desk, admin, contribution) == (
        "foto surat.png",
        photo,
    )
    with desk.sessions() as session:
        entry = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.action == "contribution.document")
            .order_by(AuditEntry.id.desc())
        ).first()
    assert entry is not None
    assert entry.before == {"file_name": "kuitansi.pdf", "size": len(PDF)}
    assert entry.after == {"file_name": "foto surat.png", "size": len(photo)}


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("surat.pdf", b"PK\x03\x04 this is a .docx"),
        ("surat.pdf", b""),
        ("besar.pdf", b"%PDF-" + b"0" * DOCUMENT_MAX_BYTES),
    ],
    ids=["not a PDF or image", "empty", "oversized"],
)
def test_a_bad_document_is_refused_and_the_one_attached_before_stays(
    desk: Database, admin: Actor, sandang: int, name: str, data: bytes
) -> None:
    contribution = sponsor_details.record_cash(desk, admin, sandang, CashInput(DAY, 100_000))
    sponsor_details.attach_document(desk, admin, contribution, "kuitansi.pdf", PDF)
    with pytest.raises(ValidationError) as refused:
        sponsor_details.attach_document(desk, admin, contribution, name, data)
    assert refused.value.field == "document"
    if len(data) > DOCUMENT_MAX_BYTES:
        assert "10 MB" in refused.value.english()
    assert sponsor_details.contribution_document(desk, admin, contribution)[1] == PDF


# --- who may ---------------------------------------------------------------------------------


def test_a_clerk_may_do_none_of_it(
    desk: Database,
    admin: Actor,
    clerk: Actor,
    sandang: int,
    store_room: int,
    fabric: int,
) -> None:
    contribution = sponsor_details.record_cash(desk, admin, sandang, CashInput(DAY, 100_000))
    sponsor_details.attach_document(desk, admin, contribution, "kuitansi.pdf", PDF)
    calls: list[Callable[[], object]] = [
        lambda: sponsor_details.record_cash(desk, clerk, sandang, CashInput(DAY, 1)),
        lambda: sponsor_details.record_in_kind(
            desk, clerk, sandang, InKindInput(DAY, (InKindLine(fabric, store_room, 1000, 0),))
        ),
        lambda: sponsor_details.attach_document(desk, clerk, contribution, "x.pdf", PDF),
        lambda: sponsor_details.contribution_document(desk, clerk, contribution),
        lambda: sponsor_details.list_contributions(desk, clerk, sandang),
        lambda: sponsor_details.contribution_choices(desk, clerk, sandang),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied):
            call()
    assert count(desk, Contribution) == 1 and count(desk, StockMovement) == 0


def test_the_choices_for_earmarks_and_agreements(
    desk: Database, admin: Actor, sandang: int
) -> None:
    cohort = a_cohort(desk, admin)
    agreement = sponsor_details.add_agreement(
        desk, admin, sandang, AgreementInput("MoU/1", date(2026, 1, 1))
    )
    choices = sponsor_details.contribution_choices(desk, admin, sandang)
    assert choices.programmes and all(isinstance(name, str) for _id, name in choices.programmes)
    assert [id_ for id_, _label in choices.cohorts] == [cohort]
    assert choices.agreements == ((agreement.id, "MoU/1"),)
