"""Two desks taking the last of the fabric at the same moment cannot overdraw it: one writes
it off or moves it, the other is told how much is left, and stock never goes below zero. On
PostgreSQL (where the item's row lock does the work) and on SQLite (one writer at a time).

Each desk has its own connection pool (on SQLite its own engine on the file) and its own
login. Once a desk has read the stock, it waits for the other to have read it too, so that
without the lock both would see 10 metres and both take them; with it, the second cannot
read until the first is done (its wait then gives up after half a second, and it goes on)."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

import pytest

from desktop.domain.errors import Conflict
from desktop.domain.inventory import MILLI, MovementKind
from desktop.services import inventory_items as inv
from desktop.services import inventory_ledger
from desktop.services.accounts import authenticate
from desktop.services.context import Actor
from desktop.store.database import Database, open_database
from tests.services.test_inventory_items import TODAY, Store, fabric, machine
from tests.services.test_inventory_items import store as store  # a fixture

M = MILLI
ROUNDS = 2


def _desks(db: Database, count: int) -> list[tuple[Database, Actor]]:
    desks = []
    for _ in range(count):
        desk = open_database(db.url)
        desk.clock = db.clock
        desks.append((desk, authenticate(desk, "admin", "admin-demo")))
    return desks


@pytest.mark.parametrize(
    ("write_off", "move", "refusals"),
    [
        # Both take all 10 metres: the one that comes second finds none.
        (10 * M, 10 * M, {"There is no {name} left at Gudang."}),
        # 6 and 10: the second is told what the first left, whichever it was.
        (
            6 * M,
            10 * M,
            {
                "There is no {name} left at Gudang.",
                "Only 4 metre of {name} is in stock at Gudang.",
            },
        ),
    ],
    ids=["10 and 10", "6 and 10"],
)
def test_two_desks_taking_the_last_metres_at_once_cannot_overdraw(
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
    write_off: int,
    move: int,
    refusals: set[str],
) -> None:
    both_read = threading.Barrier(2, timeout=0.5)
    read_stock = inventory_ledger.stock_at

    def read_then_wait(*args: Any) -> int:
        found = read_stock(*args)
        with contextlib.suppress(threading.BrokenBarrierError):
            both_read.wait()
        return found

    monkeypatch.setattr(inventory_ledger, "stock_at", read_then_wait)
    (write_desk, write_actor), (move_desk, move_actor) = desks = _desks(store.db, 2)
    try:
        for round_ in range(ROUNDS):
            both_read.reset()
            name = f"Kain katun {round_}"
            item = store.item(fabric(name))
            store.receive(item, 10 * M)
            outcomes = _at_once(
                {
                    "write-off": lambda: inv.write_off(
                        write_desk,
                        write_actor,
                        item,  # noqa: B023 - called before the loop goes on
                        store.gudang,
                        write_off,
                        MovementKind.DAMAGED,
                        TODAY,
                        "Sobek",
                    ),
                    "move": lambda: inv.move(
                        move_desk,
                        move_actor,
                        item,  # noqa: B023 - called before the loop goes on
                        store.gudang,
                        store.jahit,
                        move,
                        TODAY,
                    ),
                }
            )
            done = [desk for desk, outcome in outcomes.items() if outcome is None]
            refused = [outcome for outcome in outcomes.values() if outcome is not None]
            assert len(done) == 1 and len(refused) == 1, outcomes
            error = refused[0]
            assert isinstance(error, Conflict), error
            assert error.field == "quantity"
            assert error.english() in {text.replace("{name}", name) for text in refusals}
            taken = write_off if done == ["write-off"] else move
            detail = inv.item_detail(store.db, store.admin, item)
            at_gudang = dict(detail.stock_by_place).get("Gudang", 0)
            assert at_gudang == 10 * M - taken >= 0
            assert all(quantity > 0 for _, quantity in detail.stock_by_place)
            moved = move if done == ["move"] else 0
            assert detail.item.stock_milli == 10 * M - taken + moved
    finally:
        for desk_db, _actor in desks:
            desk_db.close()


def test_two_desks_adding_untagged_equipment_at_once_get_a_tag_each(store: Store) -> None:
    """Both leave the asset tag blank: each machine gets the next free one, neither desk is
    told that a tag it never typed is taken."""
    (first, first_actor), (second, second_actor) = desks = _desks(store.db, 2)
    try:
        for _round in range(ROUNDS):
            outcomes = _at_once(
                {
                    "first": lambda: inv.create_item(first, first_actor, machine()),
                    "second": lambda: inv.create_item(second, second_actor, machine()),
                }
            )
            assert outcomes == {"first": None, "second": None}
    finally:
        for desk_db, _actor in desks:
            desk_db.close()
    tags = [row.asset_tag for row in inv.list_items(store.db, store.admin)]
    assert sorted(tags) == [f"INV-{n:05d}" for n in range(1, 2 * ROUNDS + 1)]


def _at_once(calls: dict[str, Callable[[], object]]) -> dict[str, BaseException | None]:
    """Run each call in its own thread, all starting together; each one's error or None."""
    start = threading.Barrier(len(calls), timeout=30)
    outcomes: dict[str, BaseException | None] = {}

    def run(name: str, call: Callable[[], object]) -> None:
        try:
            start.wait()
            call()
            outcomes[name] = None
        except BaseException as error:  # reported by the test, not lost in the thread
            outcomes[name] = error

    threads = [threading.Thread(target=run, args=item) for item in calls.items()]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return outcomes
