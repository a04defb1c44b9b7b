"""Receiving things, moving them between places, and writing off what is damaged or lost
(admins). Each is one unit of work through the ledger (services.inventory_ledger): the item is
locked, an outgoing movement is checked against the stock where it leaves, and the audit entry
says what moved.

Equipment is counted one by one: receiving a machine puts exactly one in stock, and receiving
it again while it is in stock is refused (it is the same machine, not a second one).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from desktop.domain.errors import Conflict, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.inventory import MILLI, ItemKind, MovementKind, Unit, checked_quantity
from desktop.domain.roles import Permission
from desktop.services.context import Actor, Work, acting
from desktop.services.inventory_ledger import (
    Refs,
    location,
    lock_items,
    place_name,
    post,
    stock_by_item,
)
from desktop.store.database import Database
from desktop.store.inventory import Item, Loan, Location
from desktop.store.sponsors import Contribution

REASON_MAX = 1000
RECEIVED = (MovementKind.DONATED, MovementKind.PURCHASED)
WRITTEN_OFF = (MovementKind.DAMAGED, MovementKind.LOST)


def _open_place(work: Work, location_id: int, field: str = "location") -> Location:
    place = location(work, location_id)
    if not place.active:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "{location} is closed; choose another place."),
            field,
            location=place_name(place),
        )
    return place


def _reason(text: str, *, required: bool) -> str:
    reason = " ".join(text.split())
    if required and not reason:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Say what happened: the reason is kept in the ledger."),
            "reason",
        )
    if len(reason) > REASON_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "This text is {length} characters long; the limit is {limit}."
            ),
            "reason",
            length=len(reason),
            limit=REASON_MAX,
        )
    return reason


def _active_item(work: Work, item_id: int) -> Item:
    item = lock_items(work, [item_id])[item_id]
    if not item.active:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "{name} has been retired."), "item", name=item.name
        )
    return item


def _lent(work: Work, item_id: int) -> bool:
    return bool(
        work.session.scalar(
            select(Loan.id)
            .where(Loan.item_id == item_id, Loan.kind == "loan", Loan.returned_on.is_(None))
            .limit(1)
        )
    )


def _equipment_one(item: Item, quantity_milli: int) -> None:
    if item.kind == ItemKind.EQUIPMENT.value and quantity_milli != MILLI:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Equipment is counted one by one: the quantity is 1."),
            "quantity",
        )


def receive(
    db: Database,
    actor: Actor,
    item_id: int,
    location_id: int,
    quantity_milli: int,
    kind: MovementKind,
    occurred_on: date,
    reason: str = "",
    contribution_id: int | None = None,
    value_rupiah: int | None = None,
) -> int:
    """Put `quantity_milli` of the item into stock at a place, donated or bought; returns the
    movement's id."""
    if MovementKind(kind) not in RECEIVED:
        raise ValueError(f"{kind} is not a way of receiving")
    note = _reason(reason, required=False)
    if value_rupiah is not None and value_rupiah < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "A value in rupiah cannot be negative."), "value"
        )
    with acting(db, actor, Permission.MANAGE_INVENTORY) as work:
        item = _active_item(work, item_id)
        checked_quantity(quantity_milli, Unit(item.unit))
        _equipment_one(item, quantity_milli)
        if item.kind == ItemKind.EQUIPMENT.value and stock_by_item(work.session, [item_id]).get(
            item_id, 0
        ):
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{name} ({tag}) is already in stock. A second machine is a new item with "
                    "its own tag.",
                ),
                "item",
                name=item.name,
                tag=item.asset_tag or "",
            )
        if item.kind == ItemKind.EQUIPMENT.value and _lent(work, item_id):
            # Out of stock while lent: received again, it would count twice once returned.
            raise Conflict(
                QT_TRANSLATE_NOOP("messages", "{name} is out on loan; take it back first."),
                "item",
                name=item.name,
            )
        _open_place(work, location_id)
        if contribution_id is not None and work.session.get(Contribution, contribution_id) is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "This contribution is no longer on record."),
                "contribution",
            )
        movement = post(
            work,
            item,
            location_id,
            quantity_milli,
            kind,
            occurred_on,
            note,
            Refs(contribution_id=contribution_id, value_rupiah=value_rupiah),
        )
        work.session.flush()
        work.audit(
            "stock.receive",
            "item",
            item.id,
            after={
                "kind": MovementKind(kind).value,
                "location_id": location_id,
                "quantity_milli": quantity_milli,
                "occurred_on": occurred_on.isoformat(),
            },
        )
        return movement.id


def move(
    db: Database,
    actor: Actor,
    item_id: int,
    from_location_id: int,
    to_location_id: int,
    quantity_milli: int,
    occurred_on: date,
    reason: str = "",
) -> None:
    """Move some of the item from one place to another: out of one, into the other, in one
    unit of work. Refused when the place it leaves holds less."""
    note = _reason(reason, required=False)
    if from_location_id == to_location_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Choose a different place to move it to."), "to"
        )
    with acting(db, actor, Permission.MANAGE_INVENTORY) as work:
        item = _active_item(work, item_id)
        checked_quantity(quantity_milli, Unit(item.unit))
        _open_place(work, to_location_id, "to")
        post(
            work, item, from_location_id, -quantity_milli, MovementKind.MOVED_OUT, occurred_on, note
        )
        post(work, item, to_location_id, quantity_milli, MovementKind.MOVED_IN, occurred_on, note)
        work.audit(
            "stock.move",
            "item",
            item.id,
            after={
                "from_location_id": from_location_id,
                "to_location_id": to_location_id,
                "quantity_milli": quantity_milli,
                "occurred_on": occurred_on.isoformat(),
            },
        )


def write_off(
    db: Database,
    actor: Actor,
    item_id: int,
    location_id: int,
    quantity_milli: int,
    kind: MovementKind,
    occurred_on: date,
    reason: str,
) -> None:
    """Take damaged or lost things out of stock, with the reason (required)."""
    if MovementKind(kind) not in WRITTEN_OFF:
        raise ValueError(f"{kind} is not a write-off")
    note = _reason(reason, required=True)
    with acting(db, actor, Permission.MANAGE_INVENTORY) as work:
        item = _active_item(work, item_id)
        checked_quantity(quantity_milli, Unit(item.unit))
        post(work, item, location_id, -quantity_milli, kind, occurred_on, note)
        work.audit(
            "stock.write_off",
            "item",
            item.id,
            after={
                "kind": MovementKind(kind).value,
                "location_id": location_id,
                "quantity_milli": quantity_milli,
                "occurred_on": occurred_on.isoformat(),
                "reason": note,
            },
        )
