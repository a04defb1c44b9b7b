"""The things a centre holds (services.inventory_items): equipment one by one with asset tags,
consumables in a unit, their details under an optimistic version, retiring, notes, and the
inventory list with its filters, on SQLite and PostgreSQL.

The helpers here (a store with places, items, a loan) serve the other inventory tests too."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

import pytest
from sqlalchemy import func, select

from desktop.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from desktop.domain.inventory import MILLI, Condition, ItemKind, MovementKind, Unit
from desktop.domain.sponsor import SponsorKind
from desktop.services import inventory_items as inv
from desktop.services import sponsors
from desktop.services.context import Actor, acting
from desktop.services.inventory_items import ItemFilter, ItemInput
from desktop.services.inventory_ledger import Refs, lock_items, post
from desktop.store.database import Database
from desktop.store.inventory import Item, Loan, StockMovement
from desktop.store.models import AuditEntry
from tests.services.test_enrolment import add_person

TODAY = date(2026, 11, 23)
M = MILLI


def fabric(name: str = "Kain katun", unit: Unit = Unit.METRE, reorder: int = 0) -> ItemInput:
    return ItemInput(kind=ItemKind.CONSUMABLE, name=name, unit=unit, reorder_milli=reorder)


def machine(name: str = "Mesin jahit Butterfly", tag: str = "", serial: str = "") -> ItemInput:
    return ItemInput(kind=ItemKind.EQUIPMENT, name=name, asset_tag=tag, serial_number=serial)


@dataclass
class Store:
    """A centre with a store room and a sewing room, and its administrator."""

    db: Database
    admin: Actor
    gudang: int
    jahit: int

    def item(self, data: ItemInput) -> int:
        return inv.create_item(self.db, self.admin, data)

    def receive(
        self, item_id: int, quantity: int, place: int | None = None, **extra: object
    ) -> int:
        return inv.receive(
            self.db,
            self.admin,
            item_id,
            place or self.gudang,
            quantity,
            MovementKind(extra.pop("kind", MovementKind.PURCHASED)),
            TODAY,
            **extra,  # type: ignore[arg-type]
        )

    def row(self, item_id: int) -> inv.ItemRow:
        return inv.item_detail(self.db, self.admin, item_id).item

    def stock(self, item_id: int) -> int:
        return self.row(item_id).stock_milli

    def names(self, flt: ItemFilter | None = None) -> list[str]:
        return [row.name for row in inv.list_items(self.db, self.admin, flt or ItemFilter())]


@pytest.fixture
def store(demo_db: Database, admin: Actor) -> Store:
    gudang = inv.create_location(demo_db, admin, "Gudang").id
    jahit = inv.create_location(demo_db, admin, "Ruang Jahit").id
    return Store(demo_db, admin, gudang, jahit)


def actions(db: Database, prefix: str = "") -> list[str]:
    with db.sessions() as session:
        return list(
            session.scalars(
                select(AuditEntry.action)
                .where(AuditEntry.action.like(f"{prefix}%"))
                .order_by(AuditEntry.id)
            )
        )


def counts(db: Database) -> tuple[int, int, int]:
    """(items, movements, audit entries): what a refused call must leave as it was."""
    with db.sessions() as session:
        return (
            int(session.scalar(select(func.count()).select_from(Item)) or 0),
            int(session.scalar(select(func.count()).select_from(StockMovement)) or 0),
            int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0),
        )


def lend(store: Store, item_id: int, place: int | None = None) -> int:
    """A machine out on loan to a participant, recorded as the loans service records one (a
    loan row and its `lent` movement), for the checks that depend on it."""
    person = add_person(store.db, "Siti Aminah")
    with acting(store.db, store.admin) as work:
        item = lock_items(work, [item_id])[item_id]
        loan = Loan(
            kind="loan",
            item_id=item_id,
            participant_id=person,
            location_id=place or store.gudang,
            quantity_milli=M,
            out_on=TODAY,
            due_on=date(2026, 12, 23),
        )
        work.session.add(loan)
        work.session.flush()
        post(work, item, loan.location_id, -M, MovementKind.LENT, TODAY, refs=Refs(loan_id=loan.id))
        return loan.id


def give_back(store: Store, loan_id: int) -> None:
    with acting(store.db, store.admin) as work:
        loan = work.session.get(Loan, loan_id)
        assert loan is not None
        item = lock_items(work, [loan.item_id])[loan.item_id]
        loan.returned_on = TODAY
        post(
            work,
            item,
            loan.location_id,
            M,
            MovementKind.RETURNED,
            TODAY,
            refs=Refs(loan_id=loan_id),
        )


# -- adding ----------------------------------------------------------------------------------


def test_equipment_without_a_tag_gets_the_next_one(store: Store) -> None:
    first = store.item(machine())
    second = store.item(machine())  # the same model twice: two machines, two tags
    assert store.row(first).asset_tag == "INV-00001"
    assert store.row(second).asset_tag == "INV-00002"
    typed = store.item(machine("Laptop Lenovo", tag="inv-00007", serial="PF-3K2L"))
    assert store.row(typed).asset_tag == "INV-00007"  # kept, in capitals
    assert store.row(store.item(machine())).asset_tag == "INV-00008"  # past the highest
    assert store.row(store.item(machine("Proyektor", tag="LAB-1"))).asset_tag == "LAB-1"
    assert store.row(store.item(machine())).asset_tag == "INV-00009"


def test_equipment_is_one_piece_in_good_condition_and_adding_puts_nothing_in_stock(
    store: Store,
) -> None:
    data = replace(machine(serial="SN 123"), unit=Unit.METRE, reorder_milli=5 * M)
    row = store.row(store.item(data))
    assert (row.kind, row.unit, row.reorder_milli) == (ItemKind.EQUIPMENT, Unit.PIECE, 0)
    assert row.condition == Condition.GOOD.value
    assert row.serial_number == "SN 123"
    assert (row.stock_milli, row.location_label, row.places, row.version) == (0, "", 0, 1)
    assert actions(store.db, "item.") == ["item.create"]


def test_a_consumable_has_no_tag_serial_or_condition(store: Store) -> None:
    data = replace(
        fabric(reorder=20 * M), asset_tag="X-1", serial_number="S", condition=Condition.BROKEN
    )
    row = store.row(store.item(data))
    assert (row.kind, row.unit, row.reorder_milli) == (ItemKind.CONSUMABLE, Unit.METRE, 20 * M)
    assert (row.asset_tag, row.serial_number, row.condition) == ("", "", None)


def test_a_twin_consumable_is_refused_in_any_case_or_spacing(store: Store) -> None:
    store.item(fabric("Kain Katun"))
    before = counts(store.db)
    with pytest.raises(Conflict) as refused:
        store.item(fabric("  kain   KATUN ", unit=Unit.ROLL))
    assert refused.value.field == "name"
    assert refused.value.english() == (
        "Kain Katun is already in the inventory; receive more of it instead."
    )
    assert counts(store.db) == before


def test_a_retired_consumables_name_may_be_used_again(store: Store) -> None:
    old = store.item(fabric("Benang jahit", unit=Unit.ROLL))
    inv.retire_item(store.db, store.admin, old)
    new = store.item(fabric("Benang jahit", unit=Unit.ROLL))
    assert new != old and store.names() == ["Benang jahit"]


def test_an_asset_tag_taken_is_refused_in_any_case(store: Store) -> None:
    store.item(machine(tag="INV-00001"))
    before = counts(store.db)
    with pytest.raises(Conflict) as refused:
        store.item(machine("Laptop", tag="inv-00001"))
    assert refused.value.field == "asset_tag"
    assert refused.value.english() == "The asset tag INV-00001 is already on another item."
    assert counts(store.db) == before


def test_a_sponsor_no_longer_on_record_is_refused(store: Store) -> None:
    with pytest.raises(NotFound) as refused:
        store.item(replace(machine(), sponsor_id=999_999))
    assert refused.value.field == "sponsor"


# -- changing --------------------------------------------------------------------------------


def test_details_change_under_the_version_another_desk_saved_meanwhile_is_not_overwritten(
    store: Store,
) -> None:
    item = store.item(machine(serial="A1"))
    sponsor = sponsors.create_sponsor(store.db, store.admin, "PT Sandang", SponsorKind.COMPANY)
    mine = replace(machine(tag="INV-00001", serial="A1-B"), sponsor_id=sponsor.id)
    assert inv.update_item(store.db, store.admin, item, mine, 1) == 2
    theirs = replace(mine, serial_number="ZZZ")
    with pytest.raises(Conflict) as refused:
        inv.update_item(store.db, store.admin, item, theirs, 1)  # loaded before the save
    assert "Someone else changed this item" in refused.value.english()
    row = store.row(item)
    assert (row.serial_number, row.sponsor_name, row.version) == ("A1-B", "PT Sandang", 2)
    assert actions(store.db, "item.") == ["item.create", "item.update"]


def test_saving_what_is_already_there_changes_nothing(store: Store) -> None:
    item = store.item(fabric(reorder=5 * M))
    assert inv.update_item(store.db, store.admin, item, fabric(reorder=5 * M), 1) == 1
    assert actions(store.db, "item.") == ["item.create"]


def test_equipment_keeps_its_tag_when_the_form_leaves_it_blank(store: Store) -> None:
    item = store.item(machine())
    inv.update_item(store.db, store.admin, item, machine("Mesin jahit Singer"), 1)
    row = store.row(item)
    assert (row.name, row.asset_tag) == ("Mesin jahit Singer", "INV-00001")


def test_a_tag_changed_to_another_items_is_refused(store: Store) -> None:
    store.item(machine(tag="INV-00001"))
    other = store.item(machine(tag="INV-00002"))
    with pytest.raises(Conflict) as refused:
        inv.update_item(store.db, store.admin, other, machine(tag="inv-00001"), 1)
    assert refused.value.field == "asset_tag"
    assert store.row(other).asset_tag == "INV-00002"


def test_kind_and_unit_are_fixed_once_the_item_has_movements(store: Store) -> None:
    item = store.item(fabric())
    assert inv.update_item(store.db, store.admin, item, fabric(unit=Unit.ROLL), 1) == 2
    store.receive(item, 3 * M)
    for changed in (fabric(unit=Unit.KG), machine("Kain katun")):
        with pytest.raises(ValidationError) as refused:
            inv.update_item(store.db, store.admin, item, changed, 2)
        assert refused.value.field == "unit"
    assert inv.update_item(store.db, store.admin, item, fabric("Kain katun", Unit.ROLL, M), 2)
    row = store.row(item)
    assert (row.kind, row.unit, row.reorder_milli, row.stock_milli) == (
        ItemKind.CONSUMABLE,
        Unit.ROLL,
        M,
        3 * M,
    )


def test_renaming_a_consumable_to_anothers_name_is_refused(store: Store) -> None:
    store.item(fabric("Kain katun"))
    other = store.item(fabric("Kain drill"))
    with pytest.raises(Conflict) as refused:
        inv.update_item(store.db, store.admin, other, fabric("KAIN KATUN"), 1)
    assert refused.value.field == "name"


def test_condition_and_maintenance_notes(store: Store) -> None:
    item = store.item(machine())
    inv.set_condition(store.db, store.admin, item, Condition.NEEDS_REPAIR)
    inv.set_condition(store.db, store.admin, item, Condition.NEEDS_REPAIR)  # no change, no entry
    inv.add_note(store.db, store.admin, item, date(2026, 11, 2), "Jarum diganti")
    inv.add_note(store.db, store.admin, item, date(2026, 11, 20), "  Motor berisik\n")
    detail = inv.item_detail(store.db, store.admin, item)
    assert detail.item.condition == Condition.NEEDS_REPAIR.value
    assert detail.item.version == 2  # the condition moved it on: a form loaded before is stale
    assert [(n.noted_on, n.note, n.recorded_by) for n in detail.notes] == [
        (date(2026, 11, 20), "Motor berisik", "admin"),
        (date(2026, 11, 2), "Jarum diganti", "admin"),
    ]
    assert actions(store.db, "item.") == [
        "item.create",
        "item.condition",
        "item.note",
        "item.note",
    ]
    with pytest.raises(ValidationError) as refused:
        inv.add_note(store.db, store.admin, item, TODAY, "   ")
    assert refused.value.field == "note"
    with pytest.raises(ValidationError) as refused:
        inv.set_condition(store.db, store.admin, store.item(fabric()), Condition.BROKEN)
    assert refused.value.field == "condition"


# -- retiring --------------------------------------------------------------------------------


def test_an_item_in_stock_is_not_retired(store: Store) -> None:
    item = store.item(fabric())
    store.receive(item, 15 * M)
    with pytest.raises(Conflict) as refused:
        inv.retire_item(store.db, store.admin, item)
    assert refused.value.english().startswith("Kain katun is still in stock.")
    assert store.row(item).active
    inv.write_off(
        store.db, store.admin, item, store.gudang, 15 * M, MovementKind.DAMAGED, TODAY, "Banjir"
    )
    inv.retire_item(store.db, store.admin, item)
    row = store.row(item)
    assert (row.active, row.version) == (False, 2)
    assert store.names() == []
    assert store.names(ItemFilter(include_retired=True)) == ["Kain katun"]
    assert actions(store.db, "item.retire") == ["item.retire"]


def test_a_machine_on_loan_is_not_retired(store: Store) -> None:
    item = store.item(machine())
    store.receive(item, M)
    loan = lend(store, item)
    assert store.stock(item) == 0 and store.row(item).on_loan
    with pytest.raises(Conflict) as refused:
        inv.retire_item(store.db, store.admin, item)
    assert refused.value.english() == "Mesin jahit Butterfly is out on loan; take it back first."
    give_back(store, loan)
    assert store.stock(item) == M and not store.row(item).on_loan


def test_a_retired_item_takes_no_more_movements(store: Store) -> None:
    item = store.item(fabric())
    inv.retire_item(store.db, store.admin, item)
    with pytest.raises(ValidationError) as refused:
        store.receive(item, M)
    assert refused.value.english() == "Kain katun has been retired."


# -- the list --------------------------------------------------------------------------------


@pytest.fixture
def stocked(store: Store) -> Store:
    """Fabric in two places and low, thread plenty, seed out, a machine lent, a laptop."""
    katun = store.item(fabric("Kain katun", reorder=20 * M))
    store.receive(katun, 15 * M)
    store.receive(katun, 5 * M, store.jahit)
    benang = store.item(fabric("Benang jahit 100% polyester", Unit.ROLL, reorder=10 * M))
    store.receive(benang, 40 * M, store.jahit)
    store.item(fabric("Benih cabai", Unit.KG, reorder=M))
    mesin = store.item(machine(serial="BT-2201"))
    store.receive(mesin, M, store.jahit)
    lend(store, mesin, store.jahit)
    laptop = store.item(machine("Laptop Lenovo", serial="PF_3K2L"))
    store.receive(laptop, M, kind=MovementKind.DONATED, value_rupiah=6_500_000)
    return store


def test_the_list_sums_stock_says_where_it_is_and_what_is_low(stocked: Store) -> None:
    rows = {row.name: row for row in inv.list_items(stocked.db, stocked.admin)}
    assert list(rows) == [
        "Benang jahit 100% polyester",
        "Benih cabai",
        "Kain katun",
        "Laptop Lenovo",
        "Mesin jahit Butterfly",
    ]
    katun = rows["Kain katun"]
    assert (katun.stock_milli, katun.places, katun.location_label, katun.low) == (
        20 * M,
        2,
        "",
        True,  # at the reorder level counts as low
    )
    benang = rows["Benang jahit 100% polyester"]
    assert (benang.stock_milli, benang.location_label, benang.low) == (40 * M, "Ruang Jahit", False)
    assert (rows["Benih cabai"].stock_milli, rows["Benih cabai"].low) == (0, True)
    mesin = rows["Mesin jahit Butterfly"]
    assert (mesin.stock_milli, mesin.on_loan, mesin.low, mesin.location_label) == (
        0,
        True,
        False,
        "",
    )
    laptop = rows["Laptop Lenovo"]
    assert (laptop.stock_milli, laptop.location_label, laptop.asset_tag) == (
        M,
        "Gudang",
        "INV-00002",
    )


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (ItemFilter(text="katun"), ["Kain katun"]),
        (ItemFilter(text="  KAIN   Katun "), ["Kain katun"]),
        (ItemFilter(text="inv-00002"), ["Laptop Lenovo"]),
        (ItemFilter(text="bt-22"), ["Mesin jahit Butterfly"]),  # the serial number
        (ItemFilter(text="100%"), ["Benang jahit 100% polyester"]),  # % is a character here
        (ItemFilter(text="%"), ["Benang jahit 100% polyester"]),
        (ItemFilter(text="F_3"), ["Laptop Lenovo"]),  # _ too
        (ItemFilter(text="_"), ["Laptop Lenovo"]),
        (ItemFilter(text="jahit"), ["Benang jahit 100% polyester", "Mesin jahit Butterfly"]),
        (ItemFilter(text="tidak ada"), []),
        (ItemFilter(kind=ItemKind.EQUIPMENT), ["Laptop Lenovo", "Mesin jahit Butterfly"]),
        (
            ItemFilter(kind=ItemKind.CONSUMABLE),
            ["Benang jahit 100% polyester", "Benih cabai", "Kain katun"],
        ),
        (ItemFilter(low_only=True), ["Benih cabai", "Kain katun"]),
        (ItemFilter(kind=ItemKind.CONSUMABLE, text="kain", low_only=True), ["Kain katun"]),
    ],
    ids=repr,
)
def test_the_list_filters(stocked: Store, flt: ItemFilter, expected: list[str]) -> None:
    assert stocked.names(flt) == expected


def test_the_list_by_place_shows_what_is_there_now(stocked: Store) -> None:
    jahit = ItemFilter(location_id=stocked.jahit)
    assert stocked.names(jahit) == ["Benang jahit 100% polyester", "Kain katun"]  # machine lent
    gudang = ItemFilter(location_id=stocked.gudang)
    assert stocked.names(gudang) == ["Kain katun", "Laptop Lenovo"]
    katun = inv.list_items(stocked.db, stocked.admin, ItemFilter(text="katun"))[0].id
    inv.move(stocked.db, stocked.admin, katun, stocked.gudang, stocked.jahit, 15 * M, TODAY)
    assert stocked.names(gudang) == ["Laptop Lenovo"]
    assert stocked.row(katun).location_label == "Ruang Jahit"


def test_low_stock_lists_the_consumables_at_or_below_their_level(stocked: Store) -> None:
    low = inv.low_stock(stocked.db, stocked.admin)
    assert [(row.name, row.stock_milli, row.reorder_milli) for row in low] == [
        ("Benih cabai", 0, M),
        ("Kain katun", 20 * M, 20 * M),
    ]


def test_item_detail_tells_the_items_story(stocked: Store) -> None:
    katun = stocked.names(ItemFilter(text="katun"))
    item = inv.list_items(stocked.db, stocked.admin, ItemFilter(text="katun"))[0].id
    assert katun == ["Kain katun"]
    inv.move(stocked.db, stocked.admin, item, stocked.gudang, stocked.jahit, 2500, TODAY, "Kelas")
    inv.write_off(
        stocked.db, stocked.admin, item, stocked.jahit, 500, MovementKind.LOST, TODAY, "Hilang"
    )
    detail = inv.item_detail(stocked.db, stocked.admin, item)
    assert detail.stock_by_place == [("Gudang", 12_500), ("Ruang Jahit", 7000)]
    assert [(m.kind, m.quantity_milli, m.location_label, m.reason) for m in detail.movements] == [
        (MovementKind.LOST, -500, "Ruang Jahit", "Hilang"),
        (MovementKind.MOVED_IN, 2500, "Ruang Jahit", "Kelas"),
        (MovementKind.MOVED_OUT, -2500, "Gudang", "Kelas"),
        (MovementKind.PURCHASED, 5 * M, "Ruang Jahit", ""),
        (MovementKind.PURCHASED, 15 * M, "Gudang", ""),
    ]
    assert {m.recorded_by for m in detail.movements} == {"admin"}
    assert detail.item.stock_milli == 19_500


def test_item_detail_of_a_lent_machine_names_the_participant(stocked: Store) -> None:
    item = inv.list_items(stocked.db, stocked.admin, ItemFilter(text="butterfly"))[0].id
    detail = inv.item_detail(stocked.db, stocked.admin, item)
    assert [(m.kind, m.participant_name) for m in detail.movements] == [
        (MovementKind.LENT, "Siti Aminah"),
        (MovementKind.PURCHASED, ""),
    ]
    with pytest.raises(NotFound):
        inv.item_detail(stocked.db, stocked.admin, 999_999)


# -- who may -----------------------------------------------------------------------------------


def test_only_admins_see_or_change_the_inventory(
    store: Store, clerk: Actor, instructor: Actor
) -> None:
    item = store.item(fabric())
    for actor in (clerk, instructor):
        for call in (
            lambda a: inv.create_item(store.db, a, fabric("Benang")),
            lambda a: inv.update_item(store.db, a, item, fabric(reorder=M), 1),
            lambda a: inv.retire_item(store.db, a, item),
            lambda a: inv.add_note(store.db, a, item, TODAY, "x"),
            lambda a: inv.list_items(store.db, a),
            lambda a: inv.low_stock(store.db, a),
            lambda a: inv.item_detail(store.db, a, item),
        ):
            with pytest.raises(PermissionDenied):
                call(actor)
    assert store.row(item).version == 1
