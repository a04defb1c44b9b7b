"""Places things are kept (services.inventory_locations): one of each, named per branch,
renamed with their stock, closed only when empty."""

from __future__ import annotations

import threading

import pytest

from desktop.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from desktop.domain.inventory import MILLI, MovementKind
from desktop.services import inventory_items as inv
from desktop.services.context import Actor
from desktop.store.database import Database
from tests.services.test_inventory_items import TODAY, Store, actions, fabric, machine
from tests.services.test_inventory_items import store as store  # a fixture

M = MILLI


def labels(db: Database, admin: Actor, include_inactive: bool = False) -> list[str]:
    return [row.label for row in inv.list_locations(db, admin, include_inactive)]


def test_places_are_listed_by_branch_and_name(demo_db: Database, admin: Actor) -> None:
    inv.create_location(demo_db, admin, "Ruang Komputer")
    row = inv.create_location(demo_db, admin, "  Gudang  ", "Cabang   Sleman")
    inv.create_location(demo_db, admin, "Gudang")
    assert (row.name, row.branch, row.active, row.label) == (
        "Gudang",
        "Cabang Sleman",
        True,
        "Gudang (Cabang Sleman)",
    )
    assert labels(demo_db, admin) == ["Gudang", "Ruang Komputer", "Gudang (Cabang Sleman)"]
    assert actions(demo_db, "location.") == ["location.create"] * 3


def test_a_place_is_not_entered_twice(demo_db: Database, admin: Actor) -> None:
    inv.create_location(demo_db, admin, "Ruang Jahit", "Cabang Sleman")
    inv.create_location(demo_db, admin, "Ruang Jahit")  # another branch: another place
    with pytest.raises(Conflict) as refused:
        inv.create_location(demo_db, admin, "ruang  JAHIT", "cabang sleman")
    assert refused.value.field == "name"
    assert refused.value.english() == "The place Ruang Jahit (Cabang Sleman) is already on record."
    assert len(labels(demo_db, admin)) == 2


def test_two_desks_adding_one_place_at_once_keep_one(demo_db: Database, admin: Actor) -> None:
    barrier = threading.Barrier(2, timeout=30)
    outcomes: list[object] = []

    def add() -> None:
        barrier.wait()
        try:
            outcomes.append(inv.create_location(demo_db, admin, "Kebun Praktik").label)
        except Exception as error:  # reported below, not lost in the thread
            outcomes.append(type(error).__name__)

    threads = [threading.Thread(target=add) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(map(str, outcomes)) == ["Conflict", "Kebun Praktik"]
    assert labels(demo_db, admin) == ["Kebun Praktik"]


def test_renaming_a_place_keeps_its_stock(store: Store) -> None:
    item = store.item(fabric())
    store.receive(item, 12 * M)
    row = inv.rename_location(store.db, store.admin, store.gudang, "Gudang Utama", "Pusat")
    assert row.label == "Gudang Utama (Pusat)"
    assert store.row(item).location_label == "Gudang Utama (Pusat)"
    with pytest.raises(Conflict) as refused:
        inv.rename_location(store.db, store.admin, store.jahit, "gudang utama", "PUSAT")
    assert refused.value.field == "name"
    # The same place renamed to itself in other capitals is not its own twin.
    assert inv.rename_location(store.db, store.admin, store.gudang, "GUDANG UTAMA", "Pusat").name
    assert actions(store.db, "location.update") == ["location.update"] * 2


def test_a_place_holding_stock_is_not_closed(store: Store) -> None:
    katun = store.item(fabric())
    store.receive(katun, 12 * M)
    mesin = store.item(machine())
    store.receive(mesin, M)
    with pytest.raises(Conflict) as refused:
        inv.set_location_active(store.db, store.admin, store.gudang, False)
    assert refused.value.field == "location"
    assert refused.value.english() == (
        "Gudang still holds 2 items. Move them elsewhere before closing it."
    )
    inv.move(store.db, store.admin, katun, store.gudang, store.jahit, 12 * M, TODAY)
    inv.write_off(
        store.db, store.admin, mesin, store.gudang, M, MovementKind.DAMAGED, TODAY, "Terbakar"
    )
    closed = inv.set_location_active(store.db, store.admin, store.gudang, False)
    assert not closed.active
    assert labels(store.db, store.admin) == ["Ruang Jahit"]
    assert labels(store.db, store.admin, include_inactive=True) == ["Gudang", "Ruang Jahit"]
    # Nothing goes into a closed place; opened again, it takes things in.
    with pytest.raises(ValidationError) as refused_in:
        store.receive(katun, M)
    assert refused_in.value.english() == "Gudang is closed; choose another place."
    inv.set_location_active(store.db, store.admin, store.gudang, True)
    store.receive(katun, M)


@pytest.mark.parametrize(
    ("name", "branch", "field", "message"),
    [
        ("", "", "name", "Enter the place's name."),
        ("   ", "Pusat", "name", "Enter the place's name."),
        ("Gudang\x00", "", "name", "Remove the invisible control characters from this text."),
        ("Gudang", "Cabang\x1b[31m", "branch", "Remove the invisible control characters"),
        ("G" * 101, "", "name", "This text is 101 characters long; the limit is 100."),
        ("Gudang", "C" * 101, "branch", "This text is 101 characters long; the limit is 100."),
    ],
    ids=["empty", "spaces", "NUL", "escape in branch", "long name", "long branch"],
)
def test_a_bad_place_name_is_refused_next_to_its_field(
    demo_db: Database, admin: Actor, name: str, branch: str, field: str, message: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        inv.create_location(demo_db, admin, name, branch)
    assert refused.value.field == field
    assert refused.value.english().startswith(message)
    assert labels(demo_db, admin, include_inactive=True) == []


def test_a_place_no_longer_on_record(demo_db: Database, admin: Actor) -> None:
    with pytest.raises(NotFound):
        inv.rename_location(demo_db, admin, 999_999, "Gudang")
    with pytest.raises(NotFound):
        inv.set_location_active(demo_db, admin, 999_999, False)


def test_only_admins_see_or_change_places(store: Store, clerk: Actor, instructor: Actor) -> None:
    for actor in (clerk, instructor):
        for call in (
            lambda a: inv.list_locations(store.db, a),
            lambda a: inv.create_location(store.db, a, "Lemari"),
            lambda a: inv.rename_location(store.db, a, store.gudang, "Lemari"),
            lambda a: inv.set_location_active(store.db, a, store.jahit, False),
        ):
            with pytest.raises(PermissionDenied):
                call(actor)
    assert labels(store.db, store.admin) == ["Gudang", "Ruang Jahit"]
