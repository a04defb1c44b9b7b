"""Things in the demo centre's store room for the GUI tests of loans, stock takes and a
cohort's materials, put there through the inventory services as an admin would (places,
items, stock received), and the small steps the tests share: waiting for the worker, picking a
participant in a form, choosing a combo entry by its text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox
from pytestqt.qtbot import QtBot

from desktop.domain.inventory import MILLI, Condition, ItemKind, MovementKind, Unit
from desktop.gui.app_context import AppContext
from desktop.gui.participant_picker import ParticipantPicker
from desktop.services import inventory_items, registry
from desktop.services.attendance_common import local_day
from desktop.services.inventory_items import ItemInput
from desktop.services.inventory_loans import LoanRow, hand_over, lend
from desktop.services.registry import RegistryQuery, RegistryRow
from tests.gui.test_enrol_dialog import add_person


def settle(qtbot: QtBot, context: AppContext) -> None:
    qtbot.waitUntil(lambda: context.runner.idle)


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def today(context: AppContext) -> date:
    return local_day(context.db.clock())


def place(context: AppContext, name: str, branch: str = "") -> int:
    return inventory_items.create_location(context.db, context.actor, name, branch).id


def machine(context: AppContext, place_id: int, name: str = "Mesin jahit Butterfly") -> int:
    """A sewing machine with its asset tag, received at `place_id`."""
    data = ItemInput(ItemKind.EQUIPMENT, name, condition=Condition.GOOD)
    item_id = inventory_items.create_item(context.db, context.actor, data)
    receive(context, item_id, place_id, MILLI)
    return item_id


def consumable(
    context: AppContext, place_id: int, name: str, unit: Unit, quantity_milli: int
) -> int:
    item_id = inventory_items.create_item(
        context.db, context.actor, ItemInput(ItemKind.CONSUMABLE, name, unit)
    )
    if quantity_milli:
        receive(context, item_id, place_id, quantity_milli)
    return item_id


def receive(context: AppContext, item_id: int, place_id: int, quantity_milli: int) -> None:
    inventory_items.receive(
        context.db,
        context.actor,
        item_id,
        place_id,
        quantity_milli,
        MovementKind.DONATED,
        today(context) - timedelta(days=60),
    )


NAMES = ("Siti Aminah", "Budi Santoso", "Rina Marlina")


def people(context: AppContext, count: int = 3) -> list[RegistryRow]:
    """Participants registered through the intake service (the demo has none by default),
    in the order of NAMES; registered on first use."""
    found = registry.page(context.db, context.actor, RegistryQuery(), limit=len(NAMES)).rows
    if not found:
        for name in NAMES:
            add_person(context, name)
        found = registry.page(context.db, context.actor, RegistryQuery(), limit=len(NAMES)).rows
    by_name = {row.full_name: row for row in found}
    return [by_name[name] for name in NAMES[:count]]


def lent(
    context: AppContext,
    item_id: int,
    person: RegistryRow,
    place_id: int,
    *,
    days_ago: int = 5,
    due_in: int = 30,
) -> LoanRow:
    """A loan made at another desk (through the service): out `days_ago`, due `due_in` days
    from today (negative: overdue)."""
    day = today(context)
    return lend(
        context.db,
        context.actor,
        item_id,
        person.id,
        place_id,
        day - timedelta(days=days_ago),
        day + timedelta(days=due_in),
        Condition.GOOD,
    )


def handed(
    context: AppContext, item_id: int, person: RegistryRow, place_id: int, quantity: int
) -> LoanRow:
    return hand_over(
        context.db, context.actor, item_id, person.id, place_id, quantity, today(context)
    )


def pick_person(qtbot: QtBot, picker: ParticipantPicker, person: RegistryRow) -> None:
    """Type the person's name into the picker and choose them from what is found."""
    picker.search_edit.setText(person.full_name)
    picker.search_now()
    qtbot.waitUntil(lambda: any(row.id == person.id for row in picker.people._rows))
    row = next(i for i, row in enumerate(picker.people._rows) if row.id == person.id)
    picker.table.selectRow(row)
    assert picker.participant_id() == person.id


def choose(combo: QComboBox, text: str) -> None:
    """The entry whose text starts with `text`."""
    index = next(i for i in range(combo.count()) if combo.itemText(i).startswith(text))
    combo.setCurrentIndex(index)


def texts(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


@dataclass(frozen=True)
class Store:
    """A store room and a sewing room, two machines in the store room, fabric and thread."""

    store: int
    sewing_room: int
    machine: int
    second_machine: int
    fabric: int  # 40 metres in the store room
    thread: int  # 12 rolls in the store room


def stocked(context: AppContext) -> Store:
    store = place(context, "Gudang")
    room = place(context, "Ruang Jahit")
    return Store(
        store,
        room,
        machine(context, store, "Mesin jahit Butterfly"),
        machine(context, store, "Mesin obras Typical"),
        consumable(context, store, "Kain katun", Unit.METRE, 40 * MILLI),
        consumable(context, store, "Benang jahit", Unit.ROLL, 12 * MILLI),
    )
