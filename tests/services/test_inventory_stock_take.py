"""Stock takes on SQLite and PostgreSQL: the count sheet lists what the ledger has at a place,
counts become adjustments with their reason in one unit of work, and bad counts are refused
naming their item, all at once, with nothing written."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from desktop.domain.errors import NotFound, PermissionDenied, ValidationError, ValidationErrors
from desktop.domain.inventory import MILLI, Condition, ItemKind, MovementKind, Unit
from desktop.services.context import Actor
from desktop.services.inventory_loans import lend
from desktop.services.inventory_stock_take import (
    apply_stock_take,
    count_sheet,
    count_sheet_pdf,
)
from desktop.store.database import Database
from desktop.store.inventory import StockMovement, StockTake
from tests.services.inventory_fixtures import (
    TODAY,
    add_location,
    add_machine,
    add_person,
    add_stock,
    audit_actions,
    desk,
    movements,
    stock,
)

__all__ = ["desk"]  # the fixture used here

COUNTED_ON = date(2026, 11, 24)


def takes(db: Database) -> int:
    with db.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(StockTake)) or 0)


def adjustments(db: Database) -> int:
    with db.sessions() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(StockMovement)
                .where(StockMovement.kind == MovementKind.ADJUSTED.value)
            )
            or 0
        )


def test_the_count_sheet_lists_what_the_ledger_has_there(desk: Database, admin: Actor) -> None:
    store, other = add_location(desk, "Gudang", "Cabang Sleman"), add_location(desk, "Kelas")
    fabric = add_stock(desk, admin, store, "Kain katun", Unit.METRE, 12_500)
    machine = add_machine(desk, admin, store, "Mesin obras")
    lent = add_machine(desk, admin, store, "Mesin jahit")
    add_stock(desk, admin, other, "Benang", Unit.ROLL, 4 * MILLI)  # at another place
    add_stock(desk, admin, store, "Pita ukur", Unit.PIECE, 0)  # never received
    lend(desk, admin, lent, add_person(desk), store, TODAY, TODAY, Condition.GOOD)

    sheet = count_sheet(desk, admin, store)
    assert (sheet.location_id, sheet.location_label) == (store, "Gudang (Cabang Sleman)")
    assert sheet.printed_on == TODAY and sheet.centre_name
    assert [(line.item_id, line.expected_milli) for line in sheet.lines] == [
        (machine, MILLI),  # equipment first, then consumables
        (fabric, 12_500),
    ]
    first = sheet.lines[0]
    assert (first.kind, first.unit, first.asset_tag[:4]) == (ItemKind.EQUIPMENT, Unit.PIECE, "UJI-")
    assert count_sheet_pdf(desk, admin, store).startswith(b"%PDF")
    assert count_sheet(desk, admin, add_location(desk)).lines == ()


def test_counts_become_adjustments_with_their_reason(desk: Database, admin: Actor) -> None:
    store = add_location(desk)
    fabric = add_stock(desk, admin, store, "Kain katun", Unit.METRE, 12_500)
    thread = add_stock(desk, admin, store, "Benang", Unit.ROLL, 10 * MILLI)
    seed = add_stock(desk, admin, store, "Benih cabai", Unit.KG, 2 * MILLI)
    machine = add_machine(desk, admin, store)

    result = apply_stock_take(
        desk,
        admin,
        store,
        COUNTED_ON,
        {fabric: 11_750, thread: 12 * MILLI, seed: 2 * MILLI, machine: 0},
        "Opname akhir tahun",
    )
    assert (result.items_counted, result.counted_on) == (4, COUNTED_ON)
    changed = {d.item_id: (d.expected_milli, d.counted_milli, d.difference_milli)
               for d in result.differences}  # fmt: skip
    assert changed == {
        fabric: (12_500, 11_750, -750),
        thread: (10 * MILLI, 12 * MILLI, 2 * MILLI),
        machine: (MILLI, 0, -MILLI),
    }
    assert [stock(desk, i) for i in (fabric, thread, seed, machine)] == [
        11_750, 12 * MILLI, 2 * MILLI, 0,
    ]  # fmt: skip
    adjusted = movements(desk, fabric)[-1]
    assert (adjusted.kind, adjusted.quantity_milli, adjusted.stock_take_id) == (
        MovementKind.ADJUSTED, -750, result.stock_take_id,
    )  # fmt: skip
    assert adjusted.reason == "Stock take 24/11/2026: Opname akhir tahun"
    assert movements(desk, seed)[-1].kind == MovementKind.DONATED  # counted as expected
    (entry,) = audit_actions(desk, "stock.take")
    assert entry.entity_id == str(result.stock_take_id)
    assert entry.after is not None and entry.after["differences"][str(fabric)] == -750
    with desk.sessions() as session:
        take = session.get(StockTake, result.stock_take_id)
        assert take is not None and (take.items_counted, take.note) == (4, "Opname akhir tahun")
    # Without a note the reason is the date alone.
    again = apply_stock_take(desk, admin, store, COUNTED_ON, {fabric: 11_000}, "")
    assert movements(desk, fabric)[-1].reason == "Stock take 24/11/2026"
    assert again.differences[0].difference_milli == -750


def test_bad_counts_are_refused_naming_each_item(desk: Database, admin: Actor) -> None:
    store, other = add_location(desk), add_location(desk)
    fabric = add_stock(desk, admin, store, "Kain katun", Unit.METRE, 5 * MILLI)
    thread = add_stock(desk, admin, store, "Benang", Unit.ROLL, 10 * MILLI)
    machine = add_machine(desk, admin, store)
    elsewhere = add_machine(desk, admin, other)
    lent = add_machine(desk, admin, store)
    lend(desk, admin, lent, add_person(desk, "Siti"), store, TODAY, TODAY, Condition.GOOD)
    cases = {
        fabric: -MILLI,  # below zero
        thread: 2500,  # half a roll
        machine: 2 * MILLI,  # two of one machine
        elsewhere: MILLI,  # on record at another place
        lent: MILLI,  # out on loan
    }
    with pytest.raises(ValidationErrors) as refused:
        apply_stock_take(desk, admin, store, COUNTED_ON, cases, "")
    fields = {error.field: error.english() for error in refused.value.errors}
    assert set(fields) == {f"count:{item}" for item in cases}
    assert "below zero" in fields[f"count:{fabric}"]
    assert "whole numbers" in fields[f"count:{thread}"]
    assert "Siti" in fields[f"count:{lent}"]
    assert "another place" in fields[f"count:{elsewhere}"]
    # One bad count alone is that error; the good ones wait for it.
    with pytest.raises(ValidationError) as one:
        apply_stock_take(desk, admin, store, COUNTED_ON, {fabric: 4 * MILLI, thread: 500}, "")
    assert one.value.field == f"count:{thread}"
    assert (takes(desk), adjustments(desk)) == (0, 0)
    assert stock(desk, fabric) == 5 * MILLI


def test_the_place_the_items_and_the_counts_must_be_there(desk: Database, admin: Actor) -> None:
    store = add_location(desk)
    fabric = add_stock(desk, admin, store, "Kain", Unit.METRE, MILLI)
    with pytest.raises(NotFound) as place:
        apply_stock_take(desk, admin, 999_999, COUNTED_ON, {fabric: 0}, "")
    assert place.value.field == "location"
    with pytest.raises(NotFound) as place_sheet:
        count_sheet(desk, admin, 999_999)
    assert place_sheet.value.field == "location"
    with pytest.raises(NotFound) as item:
        apply_stock_take(desk, admin, store, COUNTED_ON, {fabric: 0, 999_999: 0}, "")
    assert item.value.field == "count:999999"
    with pytest.raises(ValidationError) as nothing:
        apply_stock_take(desk, admin, store, COUNTED_ON, {}, "")
    assert nothing.value.field == "counts"
    assert (takes(desk), stock(desk, fabric)) == (0, MILLI)


def test_only_admins_take_stock(desk: Database, admin: Actor, clerk: Actor) -> None:
    store = add_location(desk)
    fabric = add_stock(desk, admin, store, "Kain", Unit.METRE, MILLI)
    with pytest.raises(PermissionDenied):
        count_sheet(desk, clerk, store)
    with pytest.raises(PermissionDenied):
        apply_stock_take(desk, clerk, store, COUNTED_ON, {fabric: 0}, "")
    assert takes(desk) == 0
