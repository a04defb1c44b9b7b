"""Receiving, moving and writing off (services.inventory_moves): every change a movement in
the ledger, stock never below zero, a refusal says how much there is and changes nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.domain.errors import Conflict, NotFound, ValidationError, fill
from desktop.domain.inventory import MILLI, MovementKind, Unit
from desktop.services import inventory_items as inv
from desktop.store.inventory import StockMovement
from desktop.store.models import AuditEntry
from tests.services.test_inventory_items import (
    TODAY,
    Store,
    counts,
    fabric,
    give_back,
    lend,
    machine,
)
from tests.services.test_inventory_items import store as store  # a fixture

M = MILLI


def ledger(store: Store, item_id: int) -> list[tuple[str, int, int, str]]:
    """(kind, quantity, place, reason) of the item's movements, oldest first."""
    with store.db.sessions() as session:
        return [
            (m.kind, m.quantity_milli, m.location_id, m.reason)
            for m in session.scalars(
                select(StockMovement)
                .where(StockMovement.item_id == item_id)
                .order_by(StockMovement.id)
            )
        ]


def last_audit(store: Store) -> tuple[str, dict[str, object]]:
    with store.db.sessions() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry is not None
        return entry.action, dict(entry.after or {})


# -- receiving -------------------------------------------------------------------------------


def test_receiving_puts_stock_in_with_its_value_and_reason(store: Store) -> None:
    item = store.item(fabric())
    movement = inv.receive(
        store.db,
        store.admin,
        item,
        store.gudang,
        12_500,
        MovementKind.DONATED,
        TODAY,
        "  Sumbangan   PT Sandang ",
        value_rupiah=300_000,
    )
    store.receive(item, 2500, store.jahit, kind=MovementKind.PURCHASED)
    assert store.stock(item) == 15 * M
    assert ledger(store, item) == [
        ("donated", 12_500, store.gudang, "Sumbangan PT Sandang"),
        ("purchased", 2500, store.jahit, ""),
    ]
    with store.db.sessions() as session:
        saved = session.get(StockMovement, movement)
        assert saved is not None
        assert (saved.value_rupiah, saved.occurred_on, saved.recorded_by) == (
            300_000,
            TODAY,
            "admin",
        )
    action, after = last_audit(store)
    assert action == "stock.receive"
    assert after == {
        "kind": "purchased",
        "location_id": store.jahit,
        "quantity_milli": 2500,
        "occurred_on": TODAY.isoformat(),
    }


def test_a_machine_is_received_once(store: Store) -> None:
    item = store.item(machine())
    store.receive(item, M)
    before = counts(store.db)
    with pytest.raises(Conflict) as refused:
        store.receive(item, M, store.jahit)
    assert refused.value.field == "item"
    assert refused.value.english() == (
        "Mesin jahit Butterfly (INV-00001) is already in stock. A second machine is a new item "
        "with its own tag."
    )
    with pytest.raises(ValidationError) as two:
        store.receive(store.item(machine()), 2 * M)
    assert two.value.english() == "Equipment is counted one by one: the quantity is 1."
    assert counts(store.db)[1] == before[1] and store.stock(item) == M


def test_a_machine_out_on_loan_is_not_received_again(store: Store) -> None:
    """Lent, it is out of stock; received as well, it would count twice once it came back."""
    item = store.item(machine())
    store.receive(item, M)
    loan = lend(store, item)
    with pytest.raises(Conflict) as refused:
        store.receive(item, M)
    assert refused.value.english() == "Mesin jahit Butterfly is out on loan; take it back first."
    give_back(store, loan)
    assert store.stock(item) == M


def test_a_machine_written_off_and_found_again_is_received_again(store: Store) -> None:
    item = store.item(machine())
    store.receive(item, M)
    inv.write_off(store.db, store.admin, item, store.gudang, M, MovementKind.LOST, TODAY, "Hilang")
    store.receive(item, M, store.jahit)
    assert store.row(item).location_label == "Ruang Jahit"


def test_receiving_is_only_a_donation_or_a_purchase(store: Store) -> None:
    item = store.item(fabric())
    with pytest.raises(ValueError):
        store.receive(item, M, kind=MovementKind.RETURNED)
    with pytest.raises(ValueError):
        inv.write_off(store.db, store.admin, item, store.gudang, M, MovementKind.ISSUED, TODAY, "x")
    with pytest.raises(ValidationError) as refused:
        store.receive(item, M, contribution_id=999_999)
    assert refused.value.field == "contribution"
    assert store.stock(item) == 0


# -- moving ----------------------------------------------------------------------------------


def test_moving_takes_out_of_one_place_and_into_the_other(store: Store) -> None:
    item = store.item(fabric())
    store.receive(item, 15 * M)
    inv.move(store.db, store.admin, item, store.gudang, store.jahit, 2500, TODAY, "Kelas JHT")
    detail = inv.item_detail(store.db, store.admin, item)
    assert detail.stock_by_place == [("Gudang", 12_500), ("Ruang Jahit", 2500)]
    assert detail.item.stock_milli == 15 * M
    assert ledger(store, item)[1:] == [
        ("moved_out", -2500, store.gudang, "Kelas JHT"),
        ("moved_in", 2500, store.jahit, "Kelas JHT"),
    ]
    action, after = last_audit(store)
    assert (action, after["from_location_id"], after["to_location_id"]) == (
        "stock.move",
        store.gudang,
        store.jahit,
    )


def test_moving_more_than_is_there_is_refused_with_the_quantity_available(store: Store) -> None:
    item = store.item(fabric())
    store.receive(item, 15 * M)
    store.receive(item, 30 * M, store.jahit)  # stock elsewhere does not count
    before = counts(store.db)
    with pytest.raises(Conflict) as refused:
        inv.move(store.db, store.admin, item, store.gudang, store.jahit, 15_500, TODAY)
    error = refused.value
    assert error.field == "quantity"
    assert error.english() == "Only 15 metre of Kain katun is in stock at Gudang."
    assert fill(error.text, error.params, "id") == (
        "Only 15 meter of Kain katun is in stock at Gudang."  # translated by the GUI
    )
    assert counts(store.db) == before


def test_moving_from_a_place_holding_none_says_there_is_none(store: Store) -> None:
    item = store.item(fabric("Benang", Unit.ROLL))
    store.receive(item, 3 * M, store.jahit)
    with pytest.raises(Conflict) as refused:
        inv.move(store.db, store.admin, item, store.gudang, store.jahit, M, TODAY)
    assert refused.value.english() == "There is no Benang left at Gudang."


def test_moving_to_the_same_place_or_a_closed_one_is_refused(store: Store) -> None:
    item = store.item(fabric())
    store.receive(item, 15 * M)
    with pytest.raises(ValidationError) as same:
        inv.move(store.db, store.admin, item, store.gudang, store.gudang, M, TODAY)
    assert (same.value.field, same.value.english()) == (
        "to",
        "Choose a different place to move it to.",
    )
    inv.set_location_active(store.db, store.admin, store.jahit, False)
    with pytest.raises(ValidationError) as closed:
        inv.move(store.db, store.admin, item, store.gudang, store.jahit, M, TODAY)
    assert (closed.value.field, closed.value.english()) == (
        "to",
        "Ruang Jahit is closed; choose another place.",
    )
    with pytest.raises(NotFound):
        inv.move(store.db, store.admin, item, store.gudang, 999_999, M, TODAY)
    assert store.stock(item) == 15 * M and len(ledger(store, item)) == 1


def test_a_machine_moves_whole(store: Store) -> None:
    item = store.item(machine())
    store.receive(item, M)
    with pytest.raises(ValidationError):
        inv.move(store.db, store.admin, item, store.gudang, store.jahit, 500, TODAY)
    inv.move(store.db, store.admin, item, store.gudang, store.jahit, M, TODAY)
    assert store.row(item).location_label == "Ruang Jahit"


# -- writing off -----------------------------------------------------------------------------


def test_writing_off_needs_the_reason_and_keeps_it(store: Store) -> None:
    item = store.item(fabric())
    store.receive(item, 15 * M)
    with pytest.raises(ValidationError) as refused:
        inv.write_off(
            store.db, store.admin, item, store.gudang, M, MovementKind.DAMAGED, TODAY, " "
        )
    assert refused.value.field == "reason"
    inv.write_off(
        store.db, store.admin, item, store.gudang, 2500, MovementKind.DAMAGED, TODAY, "Kena air"
    )
    inv.write_off(
        store.db, store.admin, item, store.gudang, 500, MovementKind.LOST, TODAY, "Hilang"
    )
    assert store.stock(item) == 12 * M
    assert ledger(store, item)[1:] == [
        ("damaged", -2500, store.gudang, "Kena air"),
        ("lost", -500, store.gudang, "Hilang"),
    ]
    action, after = last_audit(store)
    assert (action, after["reason"], after["quantity_milli"]) == ("stock.write_off", "Hilang", 500)


def test_writing_off_the_last_of_it_leaves_none_and_no_more(store: Store) -> None:
    item = store.item(fabric())
    store.receive(item, 10 * M)
    write = (store.db, store.admin, item, store.gudang)
    inv.write_off(*write, 10 * M, MovementKind.DAMAGED, TODAY, "Rusak")
    with pytest.raises(Conflict) as refused:
        inv.write_off(*write, 1, MovementKind.DAMAGED, TODAY, "Rusak")
    assert refused.value.english() == "There is no Kain katun left at Gudang."
    assert store.stock(item) == 0
