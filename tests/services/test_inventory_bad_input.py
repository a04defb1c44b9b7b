"""A growing catalogue of bad input to the inventory: quantities typed wrong or impossible for
the unit, values, names, movements that would overdraw stock, closed places, roles without
the right. Each is refused with a plain message on the field at fault, and nothing is
written: no item, no movement, no audit entry. Add a case whenever a bug shows a new one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import pytest

from desktop.domain.errors import (
    Conflict,
    NotFound,
    PelitaError,
    PermissionDenied,
    ValidationError,
    ValidationErrors,
)
from desktop.domain.inventory import MILLI, QUANTITY_MAX, MovementKind, Unit, parse_quantity
from desktop.services import inventory_items as inv
from desktop.services.context import Actor
from tests.services.test_inventory_items import TODAY, Store, counts, fabric, machine
from tests.services.test_inventory_items import store as store  # a fixture

M = MILLI
OVERDRAWN = "Only 15 metre of Kain katun is in stock at Gudang."
CONTROL = "Remove the invisible control characters from this text."


@dataclass
class Scene:
    """15 metres of fabric and a machine in the store room, thread counted in rolls, a closed
    cupboard, and a clerk and an instructor who may not touch any of it."""

    store: Store
    katun: int
    benang: int
    mesin: int
    lemari: int
    clerk: Actor
    instructor: Actor

    def receive(self, item: int, quantity: int, place: int | None = None, **extra: object) -> None:
        self.store.receive(item, quantity, place, **extra)

    def move(
        self, item: int, quantity: int, to: int | None = None, actor: Actor | None = None
    ) -> None:
        s = self.store
        inv.move(s.db, actor or s.admin, item, s.gudang, to or s.jahit, quantity, TODAY)

    def write_off(
        self, item: int, quantity: int, reason: str = "Rusak", actor: Actor | None = None
    ) -> None:
        s = self.store
        inv.write_off(
            s.db, actor or s.admin, item, s.gudang, quantity, MovementKind.DAMAGED, TODAY, reason
        )

    def add(self, data: inv.ItemInput, actor: Actor | None = None) -> None:
        inv.create_item(self.store.db, actor or self.store.admin, data)


@pytest.fixture
def scene(store: Store, clerk: Actor, instructor: Actor) -> Scene:
    katun = store.item(fabric())
    store.receive(katun, 15 * M)
    benang = store.item(fabric("Benang jahit", Unit.ROLL))
    store.receive(benang, 10 * M)
    mesin = store.item(machine())
    store.receive(mesin, M)
    lemari = inv.create_location(store.db, store.admin, "Lemari").id
    inv.set_location_active(store.db, store.admin, lemari, False)
    return Scene(store, katun, benang, mesin, lemari, clerk, instructor)


@dataclass(frozen=True)
class Case:
    attempt: Callable[[Scene], object]
    error: type[PelitaError]
    field: str | None
    message: str  # how the English message begins


WHOLE = "Items counted by the roll take whole numbers only."
CASES: dict[str, Case] = {
    # Quantities as typed into a form.
    "typed negative": Case(
        lambda s: parse_quantity("-3", Unit.METRE), ValidationError, "quantity",
        "A quantity cannot be negative.",
    ),
    "typed fraction of a roll": Case(
        lambda s: parse_quantity("2,5", Unit.ROLL), ValidationError, "quantity", WHOLE
    ),
    "typed zero": Case(
        lambda s: parse_quantity("0", Unit.KG), ValidationError, "quantity",
        "The quantity must be more than zero.",
    ),
    "typed absurd": Case(
        lambda s: parse_quantity("123456789012", Unit.KG), ValidationError, "quantity",
        "This quantity is too large; check the number.",
    ),
    "typed abc": Case(
        lambda s: parse_quantity("abc", Unit.METRE), ValidationError, "quantity",
        "“abc” is not a quantity; type a number like 2,5.",
    ),
    "typed four decimals": Case(
        lambda s: parse_quantity("1,2345", Unit.KG), ValidationError, "quantity",
        "Use at most three decimals.",
    ),
    # The same reaching the services as numbers.
    "negative received": Case(
        lambda s: s.receive(s.katun, -3 * M), ValidationError, "quantity",
        "The quantity must be more than zero.",
    ),
    "zero received": Case(
        lambda s: s.receive(s.katun, 0), ValidationError, "quantity",
        "The quantity must be more than zero.",
    ),
    "absurd received": Case(
        lambda s: s.receive(s.katun, QUANTITY_MAX + 1), ValidationError, "quantity",
        "This quantity is too large; check the number.",
    ),
    "fraction of a roll received": Case(
        lambda s: s.receive(s.benang, 2500), ValidationError, "quantity", WHOLE
    ),
    "fraction of a roll moved": Case(
        lambda s: s.move(s.benang, 500), ValidationError, "quantity", WHOLE
    ),
    "fraction of a roll written off": Case(
        lambda s: s.write_off(s.benang, 1), ValidationError, "quantity", WHOLE
    ),
    "negative moved": Case(
        lambda s: s.move(s.katun, -M), ValidationError, "quantity",
        "The quantity must be more than zero.",
    ),
    "negative written off": Case(
        lambda s: s.write_off(s.katun, -M), ValidationError, "quantity",
        "The quantity must be more than zero.",
    ),
    "negative value received": Case(
        lambda s: s.receive(s.katun, M, value_rupiah=-5), ValidationError, "value",
        "A value in rupiah cannot be negative.",
    ),
    # Movements that would make stock negative.
    "writing off more than there is": Case(
        lambda s: s.write_off(s.katun, 16 * M), Conflict, "quantity", OVERDRAWN
    ),
    "moving more than there is": Case(
        lambda s: s.move(s.katun, 15_001), Conflict, "quantity", OVERDRAWN
    ),
    "moving a machine that is not there": Case(
        lambda s: inv.move(
            s.store.db, s.store.admin, s.mesin, s.store.jahit, s.store.gudang, M, TODAY
        ),
        Conflict,
        "quantity",
        "There is no Mesin jahit Butterfly left at Ruang Jahit.",
    ),
    "receiving a machine twice": Case(
        lambda s: s.receive(s.mesin, M, s.store.jahit), Conflict, "item",
        "Mesin jahit Butterfly (INV-00001) is already in stock.",
    ),
    "two machines at once": Case(
        lambda s: s.receive(s.mesin, 2 * M), ValidationError, "quantity",
        "Equipment is counted one by one: the quantity is 1.",
    ),
    # Places.
    "moving to the same place": Case(
        lambda s: s.move(s.katun, M, s.store.gudang), ValidationError, "to",
        "Choose a different place to move it to.",
    ),
    "moving to a closed place": Case(
        lambda s: s.move(s.katun, M, s.lemari), ValidationError, "to",
        "Lemari is closed; choose another place.",
    ),
    "receiving into a closed place": Case(
        lambda s: s.receive(s.katun, M, s.lemari), ValidationError, "location",
        "Lemari is closed; choose another place.",
    ),
    "a place not on record": Case(
        lambda s: s.receive(s.katun, M, 999_999), NotFound, None,
        "This location is no longer on record.",
    ),
    "an item not on record": Case(
        lambda s: s.receive(999_999, M), NotFound, None, "This item is no longer on record."
    ),
    # Reasons.
    "write-off without a reason": Case(
        lambda s: s.write_off(s.katun, M, "  \n "), ValidationError, "reason",
        "Say what happened: the reason is kept in the ledger.",
    ),
    "write-off reason too long": Case(
        lambda s: s.write_off(s.katun, M, "r" * 1001), ValidationError, "reason",
        "This text is 1001 characters long; the limit is 1000.",
    ),
    # Items' details.
    "empty name": Case(
        lambda s: s.add(fabric("")), ValidationError, "name", "Enter the item's name."
    ),
    "name of spaces": Case(
        lambda s: s.add(machine(" \u00a0 ")), ValidationError, "name", "Enter the item's name."
    ),
    "NUL in a name": Case(
        lambda s: s.add(fabric("Kain\x00drill")), ValidationError, "name", CONTROL
    ),
    "escape in a serial": Case(
        lambda s: s.add(machine(serial="SN\x1b[31m")), ValidationError, "serial_number", CONTROL
    ),
    "bell in a tag": Case(
        lambda s: s.add(machine(tag="INV\x07")), ValidationError, "asset_tag", CONTROL
    ),
    "name too long": Case(
        lambda s: s.add(fabric("K" * 201)), ValidationError, "name",
        "This text is 201 characters long; the limit is 200.",
    ),
    "tag too long": Case(
        lambda s: s.add(machine(tag="T" * 41)), ValidationError, "asset_tag",
        "This text is 41 characters long; the limit is 40.",
    ),
    "serial too long": Case(
        lambda s: s.add(machine(serial="S" * 81)), ValidationError, "serial_number",
        "This text is 81 characters long; the limit is 80.",
    ),
    "negative value": Case(
        lambda s: s.add(replace(machine(), value_rupiah=-1)), ValidationError, "value",
        "A value in rupiah cannot be negative.",
    ),
    "absurd value": Case(
        lambda s: s.add(replace(machine(), value_rupiah=10**16)), ValidationError, "value",
        "This amount is too large; check the number.",
    ),
    "negative reorder level": Case(
        lambda s: s.add(fabric("Benih", reorder=-M)), ValidationError, "reorder",
        "A reorder level cannot be negative.",
    ),
    "notes too long": Case(
        lambda s: s.add(replace(fabric("Benih"), notes="n" * 2001)), ValidationError, "notes",
        "This text is 2001 characters long; the limit is 2000.",
    ),
    # Roles without the right.
    "clerk adds an item": Case(
        lambda s: s.add(fabric("Benih"), s.clerk), PermissionDenied, None,
        "You are not allowed to do this.",
    ),
    "clerk moves": Case(
        lambda s: s.move(s.katun, M, actor=s.clerk), PermissionDenied, None,
        "You are not allowed to do this.",
    ),
    "instructor writes off": Case(
        lambda s: s.write_off(s.katun, M, actor=s.instructor), PermissionDenied, None,
        "You are not allowed to do this.",
    ),
    "instructor receives": Case(
        lambda s: inv.receive(
            s.store.db, s.instructor, s.katun, s.store.gudang, M, MovementKind.DONATED, TODAY
        ),
        PermissionDenied,
        None,
        "You are not allowed to do this.",
    ),
    "clerk adds a place": Case(
        lambda s: inv.create_location(s.store.db, s.clerk, "Lemari 2"), PermissionDenied, None,
        "You are not allowed to do this.",
    ),
}  # fmt: skip


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_bad_input_is_refused_on_its_field_and_changes_nothing(scene: Scene, case: Case) -> None:
    before = counts(scene.store.db)
    stock = {item: scene.store.stock(item) for item in (scene.katun, scene.benang, scene.mesin)}
    with pytest.raises(case.error) as refused:
        case.attempt(scene)
    assert refused.value.field == case.field
    assert refused.value.english().startswith(case.message), refused.value.english()
    assert counts(scene.store.db) == before
    assert {item: scene.store.stock(item) for item in stock} == stock


def test_several_fields_at_fault_are_named_at_once(scene: Scene) -> None:
    before = counts(scene.store.db)
    with pytest.raises(ValidationErrors) as refused:
        scene.add(replace(machine("", tag="T" * 41), value_rupiah=-1))
    assert [error.field for error in refused.value.errors] == ["name", "asset_tag", "value"]
    assert counts(scene.store.db) == before
