"""Loans and handovers to participants, on SQLite and PostgreSQL: lending a machine and its
return, starter kits handed over with gap-free handover numbers, the lists of loans out and
overdue, the handover record, every refusal of the bad-input catalogue, and two desks lending
the same machine or numbering handovers at the same moment."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from functools import partial

import pytest
from sqlalchemy import select, update

from desktop.domain.choices import ParticipantStatus
from desktop.domain.errors import (
    Conflict,
    NotFound,
    PelitaError,
    PermissionDenied,
    ValidationError,
)
from desktop.domain.inventory import MILLI, Condition, ItemKind, MovementKind, Unit
from desktop.services.context import Actor
from desktop.services.inventory_loans import (
    LoanFilter,
    LoanKind,
    LoanRow,
    hand_over,
    handover_pdf,
    handover_record,
    lend,
    list_loans,
    overdue_loans,
    return_loan,
)
from desktop.store.database import Database, open_database
from desktop.store.inventory import Item, Loan, Location
from desktop.store.participants import Participant
from tests.services.inventory_fixtures import (
    TODAY,
    add_cohort,
    add_item,
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

DUE = TODAY + timedelta(days=90)


def lend_it(
    db: Database,
    actor: Actor,
    machine: int,
    person: int,
    place: int,
    *,
    out_on: date = TODAY,
    due_on: date = DUE,
    notes: str = "",
    cohort_id: int | None = None,
) -> LoanRow:
    return lend(db, actor, machine, person, place, out_on, due_on, Condition.GOOD, notes, cohort_id)


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def loans_in(db: Database) -> int:
    with db.sessions() as session:
        return len(list(session.scalars(select(Loan.id))))


# -- lending and returning ------------------------------------------------------------------


def test_a_machine_is_lent_and_comes_back(desk: Database, admin: Actor) -> None:
    store, sewing_room = add_location(desk, "Gudang"), add_location(desk, "Ruang Jahit")
    machine = add_machine(desk, admin, store)
    person = add_person(desk, "Siti Rahmawati")
    cohort, _ = add_cohort(desk, [])

    row = lend_it(desk, admin, machine, person, store, notes="Untuk usaha", cohort_id=cohort)
    assert (row.kind, row.number, row.participant_name) == (LoanKind.LOAN, "", "Siti Rahmawati")
    assert (row.quantity_milli, row.unit, row.due_on, row.overdue_days) == (
        MILLI, Unit.PIECE, DUE, 0,
    )  # fmt: skip
    assert row.asset_tag.startswith("UJI-") and row.condition_out == Condition.GOOD
    assert stock(desk, machine) == 0
    lent = movements(desk, machine)[-1]
    assert (lent.kind, lent.quantity_milli, lent.loan_id) == (MovementKind.LENT, -MILLI, row.id)

    back = return_loan(
        desk, admin, row.id, TODAY + timedelta(days=30), Condition.NEEDS_REPAIR, sewing_room,
        notes="Jarum patah",
    )  # fmt: skip
    assert back.returned_on == TODAY + timedelta(days=30)
    assert back.condition_back == Condition.NEEDS_REPAIR
    assert back.notes == "Untuk usaha\nJarum patah"
    assert (stock(desk, machine, store), stock(desk, machine, sewing_room)) == (0, MILLI)
    returned = movements(desk, machine)[-1]
    assert (returned.kind, returned.quantity_milli, returned.loan_id) == (
        MovementKind.RETURNED, MILLI, row.id,
    )  # fmt: skip
    with desk.sessions() as session:
        item = session.get(Item, machine)
        assert item is not None and item.condition == Condition.NEEDS_REPAIR.value
    assert [entry.action for entry in audit_actions(desk, "loan.")] == ["loan.lend", "loan.return"]
    # Back in the store room, it can be lent again.
    again = lend_it(desk, admin, machine, add_person(desk), sewing_room)
    assert again.returned_on is None


def test_a_machine_already_lent_is_refused_saying_to_whom_and_since_when(
    desk: Database, admin: Actor
) -> None:
    store = add_location(desk)
    machine = add_machine(desk, admin, store)
    lend_it(desk, admin, machine, add_person(desk, "Siti Rahmawati"), store, out_on=TODAY)
    with pytest.raises(Conflict) as refused:
        lend_it(desk, admin, machine, add_person(desk, "Dewi Lestari"), store)
    assert refused.value.field == "item"
    assert "Siti Rahmawati" in refused.value.english()
    assert "23 November 2026" in refused.value.english()
    # Nor handed over for good while it is out.
    with pytest.raises(Conflict, match="already lent to Siti Rahmawati"):
        hand_over(desk, admin, machine, add_person(desk), store, MILLI, TODAY)
    assert loans_in(desk) == 1


def test_a_loan_is_of_equipment_with_a_due_date_after_it_goes_out(
    desk: Database, admin: Actor
) -> None:
    store = add_location(desk)
    fabric = add_stock(desk, admin, store, "Kain katun", Unit.METRE, 50 * MILLI)
    person = add_person(desk)
    with pytest.raises(ValidationError) as consumable:
        lend_it(desk, admin, fabric, person, store)
    assert consumable.value.field == "item"
    machine = add_machine(desk, admin, store)
    with pytest.raises(ValidationError) as early:
        lend_it(desk, admin, machine, person, store, due_on=TODAY - timedelta(days=1))
    assert early.value.field == "due_on"
    assert loans_in(desk) == 0 and stock(desk, machine) == MILLI


def test_whom_where_and_what_must_be_on_record(desk: Database, admin: Actor) -> None:
    store, other = add_location(desk), add_location(desk)
    machine = add_machine(desk, admin, store)
    person = add_person(desk)
    refusals: list[tuple[type[PelitaError], str, Callable[[], object]]] = [
        (NotFound, "participant", lambda: lend_it(desk, admin, machine, 999_999, store)),
        (NotFound, "location", lambda: lend_it(desk, admin, machine, person, 999_999)),
        (NotFound, "item", lambda: lend_it(desk, admin, 999_999, person, store)),
        (
            NotFound,
            "cohort",
            lambda: lend_it(desk, admin, machine, person, store, cohort_id=999_999),
        ),
        # Not at that place: the ledger says there is none there.
        (Conflict, "item", lambda: lend_it(desk, admin, machine, person, other)),
    ]
    for kind, field, call in refusals:
        with pytest.raises(kind) as refused:
            call()
        assert refused.value.field == field, refused.value
    with desk.sessions.begin() as session:
        session.execute(
            update(Participant)
            .where(Participant.id == person)
            .values(status=ParticipantStatus.MERGED.value)
        )
    with pytest.raises(Conflict) as merged:
        lend_it(desk, admin, machine, person, store)
    assert merged.value.field == "participant"
    retired = add_item(desk, ItemKind.EQUIPMENT, "Obras lama", asset_tag="INV-9", active=False)
    with pytest.raises(Conflict) as old:
        lend_it(desk, admin, retired, add_person(desk), store)
    assert old.value.field == "item"
    assert loans_in(desk) == 0 and stock(desk, machine, store) == MILLI


def test_a_return_of_something_never_lent_returned_or_given_is_refused(
    desk: Database, admin: Actor
) -> None:
    store = add_location(desk)
    machine = add_machine(desk, admin, store)
    with pytest.raises(NotFound) as never:
        return_loan(desk, admin, 999_999, TODAY, Condition.GOOD, store)
    assert never.value.field == "loan"

    row = lend_it(desk, admin, machine, add_person(desk), store)
    with pytest.raises(ValidationError) as early:
        return_loan(desk, admin, row.id, TODAY - timedelta(days=1), Condition.GOOD, store)
    assert early.value.field == "returned_on"
    return_loan(desk, admin, row.id, TODAY, Condition.GOOD, store)
    with pytest.raises(Conflict) as twice:
        return_loan(desk, admin, row.id, TODAY, Condition.GOOD, store)
    assert twice.value.field == "loan" and "already returned" in twice.value.english()

    kit = add_stock(desk, admin, store, "Benang jahit", Unit.ROLL, 10 * MILLI)
    given = hand_over(desk, admin, kit, add_person(desk), store, 2 * MILLI, TODAY)
    with pytest.raises(Conflict) as handed:
        return_loan(desk, admin, given.id, TODAY, Condition.GOOD, store)
    assert handed.value.field == "loan" and given.number in handed.value.english()
    assert stock(desk, machine) == MILLI and stock(desk, kit) == 8 * MILLI


def test_a_return_to_a_closed_place_is_refused(desk: Database, admin: Actor) -> None:
    store, closed = add_location(desk), add_location(desk)
    row = lend_it(desk, admin, add_machine(desk, admin, store), add_person(desk), store)
    with desk.sessions.begin() as session:
        session.execute(update(Location).where(Location.id == closed).values(active=False))
    with pytest.raises(Conflict) as refused:
        return_loan(desk, admin, row.id, TODAY, Condition.GOOD, closed)
    assert refused.value.field == "location"


# -- handing over for good ------------------------------------------------------------------


def test_handovers_are_numbered_without_gaps_per_year(desk: Database, admin: Actor) -> None:
    store = add_location(desk)
    fabric = add_stock(desk, admin, store, "Kain katun", Unit.METRE, 10 * MILLI)
    person = add_person(desk)
    first = hand_over(desk, admin, fabric, person, store, 2500, TODAY, notes="Paket usaha")
    assert (first.kind, first.number, first.quantity_milli) == (
        LoanKind.HANDOVER, "BAST/0001/XI/2026", 2500,
    )  # fmt: skip
    assert (first.due_on, first.overdue_days) == (None, 0)
    assert stock(desk, fabric) == 7500
    given = movements(desk, fabric)[-1]
    assert (given.kind, given.quantity_milli, given.loan_id) == (
        MovementKind.HANDED_OVER, -2500, first.id,
    )  # fmt: skip
    # A refused handover (more than there is) takes no number.
    with pytest.raises(Conflict) as short:
        hand_over(desk, admin, fabric, person, store, 8 * MILLI, TODAY)
    assert short.value.field == "quantity"
    assert "7,5 metre" in short.value.english().replace("7.5", "7,5")
    second = hand_over(desk, admin, fabric, person, store, MILLI, date(2026, 12, 1))
    assert second.number == "BAST/0002/XII/2026"
    january = hand_over(desk, admin, fabric, person, store, MILLI, date(2027, 1, 4))
    assert january.number == "BAST/0001/I/2027"
    late = hand_over(desk, admin, fabric, person, store, MILLI, date(2026, 12, 30))
    assert late.number == "BAST/0003/XII/2026"  # back-dated: its own year goes on
    assert [e.after["number"] for e in audit_actions(desk, "loan.handover")] == [  # type: ignore[index]
        "BAST/0001/XI/2026", "BAST/0002/XII/2026", "BAST/0001/I/2027", "BAST/0003/XII/2026",
    ]  # fmt: skip


def test_whole_units_and_equipment_go_whole(desk: Database, admin: Actor) -> None:
    store = add_location(desk)
    person = add_person(desk)
    thread = add_stock(desk, admin, store, "Benang jahit", Unit.ROLL, 5 * MILLI)
    for bad in (1500, 0, -MILLI):
        with pytest.raises(ValidationError) as refused:
            hand_over(desk, admin, thread, person, store, bad, TODAY)
        assert refused.value.field == "quantity"
    machine = add_machine(desk, admin, store)
    with pytest.raises(ValidationError) as two:
        hand_over(desk, admin, machine, person, store, 2 * MILLI, TODAY)
    assert two.value.field == "quantity"
    kept = hand_over(desk, admin, machine, person, store, MILLI, TODAY)
    assert kept.condition_out == Condition.GOOD and stock(desk, machine) == 0
    assert loans_in(desk) == 1 and stock(desk, thread) == 5 * MILLI


def test_the_handover_record_names_both_parties_and_what_was_given(
    desk: Database, admin: Actor
) -> None:
    store = add_location(desk)
    machine = add_machine(desk, admin, store)
    person = add_person(
        desk, "Siti Rahmawati", street="Jl. Melati 5", rt="001", rw="002",
        village_name="Sardonoharjo", district_name="Ngaglik", regency_name="Sleman",
        province_name="DI Yogyakarta", postal_code="55581",
    )  # fmt: skip
    cohort, _ = add_cohort(desk, [])
    row = hand_over(desk, admin, machine, person, store, MILLI, TODAY, cohort_id=cohort)
    record = handover_record(desk, admin, row.id)
    assert (record.number, record.handed_on, record.participant_name) == (
        "BAST/0001/XI/2026", TODAY, "Siti Rahmawati",
    )  # fmt: skip
    assert record.participant_address == (
        "Jl. Melati 5, RT 001/RW 002, Sardonoharjo, Ngaglik, Sleman, DI Yogyakarta 55581"
    )
    assert record.centre.name and record.training.startswith("Menjahit")
    (line,) = record.lines
    assert line.asset_tag.startswith("UJI-") and line.condition == Condition.GOOD
    assert handover_pdf(desk, admin, row.id).startswith(b"%PDF")

    loan = lend_it(desk, admin, add_machine(desk, admin, store), person, store)
    with pytest.raises(ValidationError) as no_record:
        handover_record(desk, admin, loan.id)
    assert no_record.value.field == "loan"


# -- lists ----------------------------------------------------------------------------------


def test_loans_out_overdue_and_handed_over(desk: Database, admin: Actor) -> None:
    store = add_location(desk)
    siti, dewi = add_person(desk, "Siti"), add_person(desk, "Dewi")
    early = lend_it(
        desk, admin, add_machine(desk, admin, store), siti, store, out_on=ago(60), due_on=ago(10)
    )
    later = lend_it(
        desk, admin, add_machine(desk, admin, store), dewi, store, out_on=ago(40), due_on=ago(3)
    )
    current = lend_it(desk, admin, add_machine(desk, admin, store), siti, store)
    done = lend_it(desk, admin, add_machine(desk, admin, store), dewi, store)
    return_loan(desk, admin, done.id, TODAY, Condition.GOOD, store)
    fabric = add_stock(desk, admin, store, "Kain", Unit.METRE, 5 * MILLI)
    given = hand_over(desk, admin, fabric, siti, store, MILLI, TODAY)

    def ids(rows: list[LoanRow]) -> list[int]:
        return [row.id for row in rows]

    assert ids(list_loans(desk, admin, LoanFilter(), TODAY)) == [current.id, later.id, early.id]
    overdue = overdue_loans(desk, admin, TODAY)
    assert [(row.id, row.overdue_days) for row in overdue] == [(early.id, 10), (later.id, 3)]
    assert ids(list_loans(desk, admin, LoanFilter(overdue_only=True), TODAY)) == [
        later.id, early.id,
    ]  # fmt: skip
    everything = list_loans(desk, admin, LoanFilter(open_only=False), TODAY)
    assert set(ids(everything)) == {early.id, later.id, current.id, done.id, given.id}
    handovers = LoanFilter(open_only=False, kind=LoanKind.HANDOVER)
    assert ids(list_loans(desk, admin, handovers, TODAY)) == [given.id]
    of_siti = LoanFilter(open_only=False, participant_id=siti)
    assert set(ids(list_loans(desk, admin, of_siti, TODAY))) == {early.id, current.id, given.id}
    of_machine = LoanFilter(open_only=False, item_id=done.item_id)
    assert ids(list_loans(desk, admin, of_machine, TODAY)) == [done.id]
    # Tomorrow the current one is not yet overdue; after its due date it is.
    assert current.id not in ids(overdue_loans(desk, admin, TODAY + timedelta(days=1)))
    assert current.id in ids(overdue_loans(desk, admin, DUE + timedelta(days=1)))


def test_only_admins_manage_loans(desk: Database, admin: Actor, clerk: Actor) -> None:
    store = add_location(desk)
    machine = add_machine(desk, admin, store)
    person = add_person(desk)
    row = lend_it(desk, admin, machine, person, store)
    calls: list[Callable[[], object]] = [
        lambda: lend_it(desk, clerk, machine, person, store),
        lambda: hand_over(desk, clerk, machine, person, store, MILLI, TODAY),
        lambda: return_loan(desk, clerk, row.id, TODAY, Condition.GOOD, store),
        lambda: list_loans(desk, clerk, LoanFilter(), TODAY),
        lambda: overdue_loans(desk, clerk, TODAY),
        lambda: handover_record(desk, clerk, row.id),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied):
            call()


# -- two desks at once ----------------------------------------------------------------------


def _at_once(db: Database, calls: Sequence[Callable[[Database], object]]) -> list[object]:
    """Each call on its own desk (its own connection), all let go at the same moment."""
    desks = [db] + [open_database(db.url) for _ in calls[1:]]
    for other in desks[1:]:
        other.clock = db.clock
    barrier = threading.Barrier(len(calls), timeout=30)
    outcome: list[object] = [None] * len(calls)

    def run(index: int) -> None:
        try:
            barrier.wait()
            outcome[index] = calls[index](desks[index])
        except BaseException as error:  # reported below, not lost in the thread
            outcome[index] = error

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
    finally:
        for other in desks[1:]:
            other.close()
    return outcome


def _lend_on(db: Database, *, actor: Actor, machine: int, person: int, place: int) -> LoanRow:
    return lend_it(db, actor, machine, person, place)


def _hand_over_on(db: Database, *, actor: Actor, item: int, person: int, place: int) -> LoanRow:
    return hand_over(db, actor, item, person, place, MILLI, TODAY)


def test_two_desks_lending_one_machine_at_once(desk: Database, admin: Actor) -> None:
    store = add_location(desk)
    for _round in range(3):
        machine = add_machine(desk, admin, store)
        people = [add_person(desk), add_person(desk)]
        outcome = _at_once(
            desk,
            [
                partial(_lend_on, machine=machine, person=p, place=store, actor=admin)
                for p in people
            ],
        )
        assert sorted(type(o).__name__ for o in outcome) == ["Conflict", "LoanRow"], outcome
        assert stock(desk, machine) == 0


def test_desks_handing_over_at_once_take_the_next_numbers(desk: Database, admin: Actor) -> None:
    """Three desks hand over three different kits at the same moment: the items' locks do not
    meet, only the number's does. Each gets its own number, none is skipped."""
    store = add_location(desk)
    kits = [add_stock(desk, admin, store, f"Kit {n}", Unit.PACK, 5 * MILLI) for n in range(3)]
    calls = [
        partial(_hand_over_on, item=kit, person=add_person(desk), place=store, actor=admin)
        for kit in kits
    ]
    for _round in range(2):
        outcome = _at_once(desk, calls)
        assert all(isinstance(o, LoanRow) for o in outcome), outcome
    with desk.sessions() as session:
        numbers = sorted(session.scalars(select(Loan.number)))
    assert numbers == [f"BAST/{n:04d}/XI/2026" for n in range(1, 7)]
    assert [stock(desk, kit) for kit in kits] == [3 * MILLI] * 3
