"""Issuing a cohort its materials, on SQLite and PostgreSQL: the plan (per participant × the
people holding a seat, rounded up to the item's unit; the item and place proposed), issuing
all or nothing with every short line named, the material's item remembered (also when the
programme is saved again), and two desks issuing the last metres at the same moment."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from desktop.domain.enrolment import EnrolmentStatus
from desktop.domain.errors import NotFound, PermissionDenied, ValidationError, ValidationErrors
from desktop.domain.inventory import MILLI, ItemKind, MovementKind, Unit
from desktop.domain.programme import MaterialInput
from desktop.services.cohort_materials import (
    IssuedLine,
    IssueLine,
    issue_materials,
    material_plan,
    quantity_needed,
)
from desktop.services.context import Actor
from desktop.services.programme_admin import create_programme, update_programme
from desktop.store.database import Database, open_database
from desktop.store.training import ProgrammeMaterial
from tests.services.inventory_fixtures import (
    add_cohort,
    add_item,
    add_location,
    add_machine,
    add_stock,
    audit_actions,
    desk,
    movements,
    receive,
    stock,
)
from tests.services.test_programme_admin import WEAVING

__all__ = ["desk"]  # the fixture used here

ON = date(2026, 12, 1)
SEWING = [
    ("Kain katun", "meter", "1.5"),
    ("Benang jahit", "rol", "0.4"),
    ("Jarum mesin", "pak", "0.3"),
    ("Kapur jahit", "batang", "0.5"),  # no item of that name
]


def links(db: Database, material_ids: list[int]) -> list[int | None]:
    with db.sessions() as session:
        found = dict(
            session.execute(
                select(ProgrammeMaterial.id, ProgrammeMaterial.item_id).where(
                    ProgrammeMaterial.id.in_(material_ids)
                )
            ).all()
        )
    return [found[i] for i in material_ids]


def test_quantities_round_up_to_what_the_unit_allows() -> None:
    assert quantity_needed(Decimal("1.5"), 15, Unit.METRE) == 22_500
    assert quantity_needed(Decimal("0.4"), 15, Unit.ROLL) == 6 * MILLI
    assert quantity_needed(Decimal("0.3"), 5, Unit.ROLL) == 2 * MILLI  # 1.5 rolls: 2
    assert quantity_needed(Decimal("0.125"), 3, Unit.KG) == 375
    assert quantity_needed(Decimal("0.333"), 3, None) == 999
    assert quantity_needed(Decimal("2"), 0, Unit.PIECE) == 0


def test_the_plan_multiplies_by_the_people_holding_a_seat(desk: Database, admin: Actor) -> None:
    store, room = add_location(desk, "Gudang"), add_location(desk, "Ruang Jahit")
    others = {EnrolmentStatus.WAITLISTED: 2, EnrolmentStatus.WITHDRAWN: 1}
    cohort, (kain, benang, jarum, kapur) = add_cohort(desk, SEWING, seated=15, others=others)
    fabric = add_stock(desk, admin, store, "KAIN  katun", Unit.METRE, 10 * MILLI)
    receive_more = add_stock(desk, admin, room, "Kain katun", Unit.METRE, 0)  # a twin, empty
    thread = add_stock(desk, admin, room, "Benang jahit", Unit.ROLL, 4 * MILLI)
    add_stock(desk, admin, store, "Benang jahit", Unit.ROLL, 0)
    needles = add_stock(desk, admin, store, "Jarum mesin", Unit.PACK, 20 * MILLI)
    receive(desk, admin, needles, room, 30 * MILLI)  # more than the store: proposed first

    plan = material_plan(desk, admin, cohort)
    assert plan.participants == 15 and plan.cohort_code.startswith("MJ-")
    lines = {line.material_id: line for line in plan.lines}
    assert [line.material_id for line in plan.lines] == [kain, benang, jarum, kapur]
    cloth = lines[kain]
    assert (cloth.item_id, cloth.unit, cloth.linked) == (fabric, Unit.METRE, False)
    assert (cloth.needed_milli, cloth.quantity_milli, cloth.issued_milli) == (22_500, 22_500, 0)
    assert (cloth.location_id, cloth.available_milli, cloth.shortfall_milli) == (
        store, 10 * MILLI, 12_500,
    )  # fmt: skip
    assert receive_more != fabric
    spools = lines[benang]
    assert (spools.item_id, spools.needed_milli, spools.location_id) == (thread, 6 * MILLI, room)
    assert spools.shortfall_milli == 2 * MILLI
    packs = lines[jarum]
    assert (packs.needed_milli, packs.location_id, packs.shortfall_milli) == (5 * MILLI, room, 0)
    assert [(p.location_id, p.stock_milli) for p in packs.places] == [
        (room, 30 * MILLI), (store, 20 * MILLI),
    ]  # fmt: skip
    chalk = lines[kapur]
    assert (chalk.item_id, chalk.unit, chalk.location_id, chalk.needed_milli) == (
        None, None, None, 7500,
    )  # fmt: skip
    assert chalk.shortfall_milli == 7500


def test_materials_are_issued_in_one_step_and_remembered(desk: Database, admin: Actor) -> None:
    store = add_location(desk)
    cohort, (kain, benang, jarum, _kapur) = add_cohort(desk, SEWING, seated=4)
    fabric = add_stock(desk, admin, store, "Kain katun", Unit.METRE, 50 * MILLI)
    thread = add_stock(desk, admin, store, "Benang jahit", Unit.ROLL, 10 * MILLI)
    other_fabric = add_stock(desk, admin, store, "Kain drill", Unit.METRE, 20 * MILLI)
    lines = [
        IssueLine(kain, other_fabric, store, 6 * MILLI),  # the admin chose another cloth
        IssueLine(benang, thread, store, 2 * MILLI),
        IssueLine(jarum, fabric, store, 0),  # nothing: left out
    ]
    issued = issue_materials(desk, admin, cohort, lines, ON)
    assert [(i.material_id, i.item_id, i.quantity_milli) for i in issued] == [
        (kain, other_fabric, 6 * MILLI), (benang, thread, 2 * MILLI),
    ]  # fmt: skip
    assert isinstance(issued[0], IssuedLine) and issued[0].unit == Unit.METRE
    assert (stock(desk, other_fabric), stock(desk, thread), stock(desk, fabric)) == (
        14 * MILLI, 8 * MILLI, 50 * MILLI,
    )  # fmt: skip
    out = movements(desk, other_fabric)[-1]
    assert (out.kind, out.quantity_milli, out.cohort_id, out.occurred_on) == (
        MovementKind.ISSUED, -6 * MILLI, cohort, ON,
    )  # fmt: skip
    assert links(desk, [kain, benang, jarum]) == [other_fabric, thread, None]
    (entry,) = audit_actions(desk, "stock.issue")
    assert entry.entity_id == str(cohort) and entry.after is not None
    assert len(entry.after["lines"]) == 2

    # The plan now proposes the saved link and counts what the cohort already had.
    plan = {line.material_id: line for line in material_plan(desk, admin, cohort).lines}
    assert (plan[kain].item_id, plan[kain].linked) == (other_fabric, True)
    assert (plan[kain].needed_milli, plan[kain].issued_milli, plan[kain].quantity_milli) == (
        6 * MILLI, 6 * MILLI, 0,
    )  # fmt: skip
    assert plan[benang].quantity_milli == 0  # 0.4 × 4 = 1.6 → 2 rolls, all issued


def test_short_lines_are_all_named_with_what_is_there(desk: Database, admin: Actor) -> None:
    store = add_location(desk, "Gudang")
    cohort, (kain, benang, jarum, kapur) = add_cohort(desk, SEWING, seated=10)
    fabric = add_stock(desk, admin, store, "Kain katun", Unit.METRE, 10 * MILLI)
    thread = add_stock(desk, admin, store, "Benang jahit", Unit.ROLL, 3 * MILLI)
    needles = add_stock(desk, admin, store, "Jarum mesin", Unit.PACK, 5 * MILLI)
    lines = [
        IssueLine(kain, fabric, store, 15 * MILLI),  # short: 10 there
        IssueLine(benang, thread, store, 3 * MILLI),  # enough on its own…
        IssueLine(kapur, thread, store, MILLI),  # …but not with this line from the same rolls
        IssueLine(jarum, needles, store, 3 * MILLI),  # fine
    ]
    with pytest.raises(ValidationErrors) as refused:
        issue_materials(desk, admin, cohort, lines, ON)
    errors = {error.field: error.english() for error in refused.value.errors}
    assert set(errors) == {f"line:{kain}", f"line:{benang}", f"line:{kapur}"}
    assert errors[f"line:{kain}"] == "Only 10 metre of Kain katun is in stock at Gudang."
    assert "Only 3 roll of Benang jahit" in errors[f"line:{benang}"]
    assert [stock(desk, i) for i in (fabric, thread, needles)] == [10 * MILLI, 3 * MILLI, 5 * MILLI]
    assert links(desk, [kain, benang, jarum, kapur]) == [None] * 4
    assert audit_actions(desk, "stock.issue") == []


def test_bad_lines_are_refused_each_by_its_material(desk: Database, admin: Actor) -> None:
    store = add_location(desk)
    cohort, (kain, benang, jarum, kapur) = add_cohort(desk, SEWING, seated=2)
    fabric = add_stock(desk, admin, store, "Kain katun", Unit.METRE, 10 * MILLI)
    thread = add_stock(desk, admin, store, "Benang jahit", Unit.ROLL, 3 * MILLI)
    machine = add_machine(desk, admin, store)
    old = add_item(desk, ItemKind.CONSUMABLE, "Kapur lama", Unit.PIECE, active=False)
    lines = [
        IssueLine(kain, fabric, store, -MILLI),  # negative
        IssueLine(benang, thread, store, 1500),  # half a roll
        IssueLine(jarum, machine, store, MILLI),  # equipment
        IssueLine(kapur, old, store, MILLI),  # retired
        IssueLine(999_999, fabric, store, MILLI),  # not in the programme (any more)
    ]
    with pytest.raises(ValidationErrors) as refused:
        issue_materials(desk, admin, cohort, lines, ON)
    fields = [error.field for error in refused.value.errors]
    assert fields == [f"line:{m}" for m in (kain, benang, jarum, kapur, 999_999)]
    with pytest.raises(ValidationErrors) as unknown:
        issue_materials(desk, admin, cohort, [IssueLine(kain, 999_999, store, MILLI)], ON)
    assert unknown.value.errors[0].field == f"line:{kain}"
    with pytest.raises(ValidationErrors) as nowhere:
        issue_materials(desk, admin, cohort, [IssueLine(kain, fabric, 999_999, MILLI)], ON)
    assert nowhere.value.errors[0].field == f"line:{kain}"
    with pytest.raises(NotFound) as no_cohort:
        issue_materials(desk, admin, 999_999, [IssueLine(kain, fabric, store, MILLI)], ON)
    assert no_cohort.value.field == "cohort"
    with pytest.raises(NotFound) as no_plan:
        material_plan(desk, admin, 999_999)
    assert no_plan.value.field == "cohort"
    with pytest.raises(ValidationError) as nothing:
        issue_materials(desk, admin, cohort, [IssueLine(kain, fabric, store, 0)], ON)
    assert nothing.value.field == "lines"
    assert (stock(desk, fabric), stock(desk, thread), stock(desk, machine)) == (
        10 * MILLI, 3 * MILLI, MILLI,
    )  # fmt: skip


def test_only_admins_issue_materials(desk: Database, admin: Actor, clerk: Actor) -> None:
    store = add_location(desk)
    cohort, (kain, *_rest) = add_cohort(desk, SEWING, seated=2)
    fabric = add_stock(desk, admin, store, "Kain katun", Unit.METRE, 10 * MILLI)
    with pytest.raises(PermissionDenied):
        material_plan(desk, clerk, cohort)
    with pytest.raises(PermissionDenied):
        issue_materials(desk, clerk, cohort, [IssueLine(kain, fabric, store, MILLI)], ON)
    assert stock(desk, fabric) == 10 * MILLI


def test_saving_the_programme_keeps_each_materials_item(desk: Database, admin: Actor) -> None:
    saved = create_programme(desk, admin, WEAVING)
    fabric = add_item(desk, ItemKind.CONSUMABLE, "Bambu tali", Unit.PIECE)
    varnish = add_item(desk, ItemKind.CONSUMABLE, "Pernis", Unit.LITRE)
    with desk.sessions.begin() as session:
        for name, item in (("Bambu tali", fabric), ("Pernis", varnish)):
            session.execute(
                update(ProgrammeMaterial)
                .where(
                    ProgrammeMaterial.programme_id == saved.programme_id,
                    ProgrammeMaterial.name == name,
                )
                .values(item_id=item)
            )
    materials = (
        MaterialInput("Amplas", "lembar", Decimal(2)),  # new
        MaterialInput("Bambu tali", "batang", Decimal(5)),  # same name and unit, more of it
        MaterialInput("Pernis", "kaleng", Decimal("0.25")),  # another unit: another material
    )
    update_programme(
        desk, admin, saved.programme_id, saved.version, replace(WEAVING, materials=materials)
    )
    with desk.sessions() as session:
        rows = session.execute(
            select(ProgrammeMaterial.name, ProgrammeMaterial.item_id)
            .where(ProgrammeMaterial.programme_id == saved.programme_id)
            .order_by(ProgrammeMaterial.position)
        ).all()
    assert [tuple(row) for row in rows] == [
        ("Amplas", None),
        ("Bambu tali", fabric),
        ("Pernis", None),
    ]


# -- two desks at once ----------------------------------------------------------------------


def test_two_desks_issuing_the_last_metres_at_once(desk: Database, admin: Actor) -> None:
    """Two desks, each with its own connection, issue 15 of the last 20 metres to two
    cohorts at the same moment: exactly one succeeds, the other is told what is left, and
    the stock never goes below zero."""
    other_desk = open_database(desk.url)
    other_desk.clock = desk.clock
    store = add_location(desk, "Gudang")
    try:
        for _round in range(3):
            fabric = add_stock(desk, admin, store, "Kain katun", Unit.METRE, 20 * MILLI)
            cohorts = [add_cohort(desk, SEWING[:1], seated=10) for _ in range(2)]
            calls = [
                (db, cohort, IssueLine(materials[0], fabric, store, 15 * MILLI))
                for db, (cohort, materials) in zip((desk, other_desk), cohorts, strict=True)
            ]
            outcome = _at_once(admin, calls)
            kinds = sorted(type(result).__name__ for result in outcome)
            assert kinds == ["ValidationErrors", "list"], outcome
            refusal = next(r for r in outcome if isinstance(r, ValidationErrors))
            assert "Only 5 metre of Kain katun" in refusal.errors[0].english()
            assert stock(desk, fabric) == 5 * MILLI
            assert min(_running_totals(desk, fabric)) >= 0
    finally:
        other_desk.close()


def _at_once(admin: Actor, calls: list[tuple[Database, int, IssueLine]]) -> list[object]:
    """Each desk issues its line to its cohort; all let go at the same moment."""
    barrier = threading.Barrier(len(calls), timeout=30)
    outcome: list[object] = [None] * len(calls)

    def issue(index: int) -> None:
        db, cohort, line = calls[index]
        try:
            barrier.wait()
            outcome[index] = issue_materials(db, admin, cohort, [line], ON)
        except BaseException as error:  # reported below, not lost in the thread
            outcome[index] = error

    threads = [threading.Thread(target=issue, args=(i,)) for i in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return outcome


def _running_totals(db: Database, item_id: int) -> list[int]:
    total, totals = 0, []
    for movement in movements(db, item_id):
        total += movement.quantity_milli
        totals.append(total)
    return totals
