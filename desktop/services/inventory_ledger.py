"""The stock ledger: how much of an item is where, and the one way quantities change.

Stock is never a stored number: it is SUM(quantity_milli) over the item's movements, computed
by the database (store.inventory's covering index answers it). Every service that changes a
quantity does it through `post`, inside its own unit of work:

1. `lock_items` first, in id order: on PostgreSQL two desks issuing the same fabric at the same
   moment queue on the item's row, so the second sees the first's movement before it checks
   (on SQLite the write transaction already begins IMMEDIATE, one writer at a time);
2. `post` checks an outgoing movement against the stock at that location and refuses one that
   would make it negative, saying how much there is.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.errors import Conflict, NotFound
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.inventory import MovementKind, Quantity, Unit
from desktop.services.context import Work
from desktop.store.inventory import Item, Location, StockMovement


@dataclass(frozen=True)
class Refs:
    """What a movement was for (all optional)."""

    cohort_id: int | None = None
    loan_id: int | None = None
    contribution_id: int | None = None
    stock_take_id: int | None = None
    value_rupiah: int | None = None


def stock_by_item(session: Session, item_ids: Iterable[int] | None = None) -> dict[int, int]:
    """Each item's total stock over all locations (items without movements are absent)."""
    query = select(StockMovement.item_id, func.sum(StockMovement.quantity_milli)).group_by(
        StockMovement.item_id
    )
    if item_ids is not None:
        query = query.where(StockMovement.item_id.in_(list(item_ids)))
    return {item_id: int(total) for item_id, total in session.execute(query)}


def stock_at(session: Session, item_id: int, location_id: int) -> int:
    """The item's stock at one location."""
    total = session.scalar(
        select(func.coalesce(func.sum(StockMovement.quantity_milli), 0)).where(
            StockMovement.item_id == item_id, StockMovement.location_id == location_id
        )
    )
    return int(total or 0)


def stock_by_location(session: Session, item_id: int) -> dict[int, int]:
    """Where the item is: location id → stock, only the places that hold some."""
    rows = session.execute(
        select(StockMovement.location_id, func.sum(StockMovement.quantity_milli))
        .where(StockMovement.item_id == item_id)
        .group_by(StockMovement.location_id)
    )
    return {location_id: int(total) for location_id, total in rows if total}


def lock_items(work: Work, item_ids: Iterable[int]) -> dict[int, Item]:
    """The items, locked for this unit of work in id order (no two desks deadlock by locking
    the same two items the other way round). Refused when one is no longer on record."""
    wanted = sorted(set(item_ids))
    if not wanted:
        return {}
    items = {
        item.id: item
        for item in work.session.scalars(
            select(Item).where(Item.id.in_(wanted)).order_by(Item.id).with_for_update()
        )
    }
    if len(items) != len(wanted):
        raise NotFound(QT_TRANSLATE_NOOP("messages", "This item is no longer on record."))
    return items


def location(work: Work, location_id: int) -> Location:
    place = work.session.get(Location, location_id)
    if place is None:
        raise NotFound(QT_TRANSLATE_NOOP("messages", "This location is no longer on record."))
    return place


def post(
    work: Work,
    item: Item,
    location_id: int,
    quantity_milli: int,
    kind: MovementKind,
    occurred_on: date,
    reason: str = "",
    refs: Refs = Refs(),
    *,
    field: str = "quantity",
) -> StockMovement:
    """Record one signed change of `item` at `location_id` (the item must be locked with
    `lock_items` in this unit of work). An outgoing change larger than the stock there is
    refused (Conflict on `field`) with the quantity available."""
    if quantity_milli == 0:
        raise ValueError("a movement of nothing")
    if quantity_milli < 0:
        available = stock_at(work.session, item.id, location_id)
        if available + quantity_milli < 0:
            raise short_of(item, location(work, location_id), available, field)
    movement = StockMovement(
        item_id=item.id,
        location_id=location_id,
        quantity_milli=quantity_milli,
        kind=MovementKind(kind).value,
        occurred_on=occurred_on,
        reason=reason,
        cohort_id=refs.cohort_id,
        loan_id=refs.loan_id,
        contribution_id=refs.contribution_id,
        stock_take_id=refs.stock_take_id,
        value_rupiah=refs.value_rupiah,
        recorded_by=work.actor.username if work.actor else "",
        recorded_at=work.now,
    )
    work.session.add(movement)
    return movement


def short_of(item: Item, place: Location, available: int, field: str = "quantity") -> Conflict:
    """The refusal of a movement that would make stock negative."""
    unit = Unit(item.unit)
    if available <= 0:
        return Conflict(
            QT_TRANSLATE_NOOP("messages", "There is no {item} left at {location}."),
            field,
            item=item.name,
            location=place_name(place),
        )
    return Conflict(
        QT_TRANSLATE_NOOP("messages", "Only {available} of {item} is in stock at {location}."),
        field,
        available=Quantity(available, unit),
        item=item.name,
        location=place_name(place),
    )


def place_name(place: Location) -> str:
    """ "Gudang (Cabang Sleman)", or just the name at a centre with one site."""
    return f"{place.name} ({place.branch})" if place.branch else place.name
