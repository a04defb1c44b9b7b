"""The inventory as admins read it: every item with its stock, where it is, whether it is low
or out on loan; one item's full story; and what is running low.

Stock is summed by the database in one query for the whole list: per item and place from the
ledger's covering index, then per item. 5,000 items over 500,000 movements take well under the
page's 300 ms (tests/benchmarks/bench_inventory.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Subquery, and_, func, literal, or_, select
from sqlalchemy.orm import Session

from desktop.domain.errors import NotFound
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.inventory import ItemKind, MovementKind, Unit, name_key
from desktop.domain.roles import Permission
from desktop.domain.text import storable
from desktop.services.context import Actor, acting
from desktop.services.inventory_ledger import place_name, stock_by_location
from desktop.store.database import Database
from desktop.store.inventory import Item, ItemNote, Loan, Location, StockMovement
from desktop.store.participants import Participant
from desktop.store.training import Cohort, Sponsor

HISTORY_LIMIT = 200


@dataclass(frozen=True)
class ItemFilter:
    text: str = ""  # in the name, asset tag or serial number
    kind: ItemKind | None = None
    location_id: int | None = None  # only items with stock there
    low_only: bool = False
    include_retired: bool = False


@dataclass(frozen=True)
class ItemRow:
    id: int
    kind: ItemKind
    name: str
    unit: Unit
    stock_milli: int
    reorder_milli: int
    low: bool
    asset_tag: str
    serial_number: str
    condition: str | None
    sponsor_name: str
    # Where its stock is: the place's label when one, "" when none; `places` says how many.
    location_label: str
    places: int
    on_loan: bool
    value_rupiah: int | None
    active: bool
    version: int


@dataclass(frozen=True)
class MovementRow:
    id: int
    occurred_on: date
    kind: MovementKind
    quantity_milli: int
    location_label: str
    reason: str
    cohort_code: str
    participant_name: str
    recorded_by: str


@dataclass(frozen=True)
class NoteRow:
    noted_on: date
    note: str
    recorded_by: str


@dataclass(frozen=True)
class PlaceStock:
    location_id: int
    label: str
    quantity_milli: int


@dataclass(frozen=True)
class ItemDetail:
    item: ItemRow
    stock_by_place: list[tuple[str, int]]  # (place label, stock) for places holding some
    notes: list[NoteRow]
    movements: list[MovementRow]  # newest first, at most HISTORY_LIMIT
    # What the edit form shows besides the row (ItemInput's fields the row leaves out), and
    # where the stock is by place id (the move and write-off forms offer those places).
    sponsor_id: int | None = None
    received_on: date | None = None
    item_notes: str = ""
    places: list[PlaceStock] = field(default_factory=list)


def _per_place() -> Subquery:
    return (
        select(
            StockMovement.item_id.label("item_id"),
            StockMovement.location_id.label("location_id"),
            func.sum(StockMovement.quantity_milli).label("quantity"),
        )
        .group_by(StockMovement.item_id, StockMovement.location_id)
        .having(func.sum(StockMovement.quantity_milli) != 0)
        .subquery("per_place")
    )


def _rows(session: Session, flt: ItemFilter, item_id: int | None = None) -> list[ItemRow]:
    per_place = _per_place()
    stock = (
        select(
            per_place.c.item_id,
            func.sum(per_place.c.quantity).label("stock"),
            func.count().label("places"),
            func.min(per_place.c.location_id).label("one_place"),
        )
        .group_by(per_place.c.item_id)
        .subquery("stock")
    )
    lent = (
        select(Loan.item_id)
        .where(Loan.kind == "loan", Loan.returned_on.is_(None))
        .group_by(Loan.item_id)
        .subquery("lent")
    )
    total = func.coalesce(stock.c.stock, 0)
    low = and_(
        Item.kind == ItemKind.CONSUMABLE.value, Item.reorder_milli > 0, total <= Item.reorder_milli
    )
    # Columns, not entities: 5,000 ORM objects (and their places') cost more than the sums.
    query = (
        select(
            Item.id,
            Item.kind,
            Item.name,
            Item.unit,
            Item.reorder_milli,
            Item.asset_tag,
            Item.serial_number,
            Item.condition,
            Item.value_rupiah,
            Item.active,
            Item.version,
            total.label("stock"),
            func.coalesce(stock.c.places, 0).label("places"),
            Location.name.label("place"),
            Location.branch.label("branch"),
            Sponsor.name.label("sponsor_name"),
            (lent.c.item_id.is_not(None)).label("on_loan"),
            low.label("low"),
        )
        .select_from(Item)
        .outerjoin(stock, stock.c.item_id == Item.id)
        .outerjoin(Location, and_(Location.id == stock.c.one_place, stock.c.places == 1))
        .outerjoin(Sponsor, Sponsor.id == Item.sponsor_id)
        .outerjoin(lent, lent.c.item_id == Item.id)
        .order_by(Item.name_key, Item.asset_tag, Item.id)
    )
    if item_id is not None:
        query = query.where(Item.id == item_id)
    if not flt.include_retired and item_id is None:
        query = query.where(Item.active.is_(True))
    if flt.kind is not None:
        query = query.where(Item.kind == ItemKind(flt.kind).value)
    if flt.low_only:
        query = query.where(low)
    text = storable(flt.text)  # no lone surrogate or NUL reaches the database
    if text.strip():
        needle = f"%{_escaped(name_key(text))}%"
        upper = f"%{_escaped(text.strip().upper())}%"
        query = query.where(
            or_(
                Item.name_key.like(needle, escape="\\"),
                func.upper(Item.asset_tag).like(upper, escape="\\"),
                func.upper(Item.serial_number).like(upper, escape="\\"),
            )
        )
    if flt.location_id is not None:
        here = (
            select(literal(1))
            .select_from(StockMovement)
            .where(StockMovement.item_id == Item.id, StockMovement.location_id == flt.location_id)
            .group_by(StockMovement.item_id)
            .having(func.sum(StockMovement.quantity_milli) != 0)
        )
        query = query.where(here.exists())
    kinds = {kind.value: kind for kind in ItemKind}
    units = {unit.value: unit for unit in Unit}
    return [
        ItemRow(
            id=found_id,
            kind=kinds[kind],
            name=name,
            unit=units[unit],
            stock_milli=int(total_stock),
            reorder_milli=reorder,
            low=bool(is_low),
            asset_tag=tag or "",
            serial_number=serial,
            condition=condition,
            sponsor_name=sponsor_name or "",
            # As inventory_ledger.place_name words it, from the two columns.
            location_label=(f"{place} ({branch})" if branch else place) if place else "",
            places=int(places),
            on_loan=bool(on_loan),
            value_rupiah=value,
            active=active,
            version=version,
        )
        for (found_id, kind, name, unit, reorder, tag, serial, condition, value, active, version,
             total_stock, places, place, branch, sponsor_name, on_loan, is_low)
        in session.execute(query)
    ]  # fmt: skip


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def list_items(db: Database, actor: Actor, flt: ItemFilter = ItemFilter()) -> list[ItemRow]:
    """The inventory, by name: each item with its stock summed in the database."""
    with acting(db, actor, Permission.MANAGE_INVENTORY, read_only=True) as work:
        return _rows(work.session, flt)


def low_stock(db: Database, actor: Actor) -> list[ItemRow]:
    """Consumables at or below their reorder level (those with one)."""
    return list_items(db, actor, ItemFilter(low_only=True))


def item_detail(db: Database, actor: Actor, item_id: int) -> ItemDetail:
    """One item: its row, where its stock is, its maintenance notes and its latest movements."""
    with acting(db, actor, Permission.MANAGE_INVENTORY, read_only=True) as work:
        rows = _rows(work.session, ItemFilter(include_retired=True), item_id)
        if not rows:
            raise NotFound(QT_TRANSLATE_NOOP("messages", "This item is no longer on record."))
        session = work.session
        places = {place.id: place for place in session.scalars(select(Location))}
        held = [
            PlaceStock(location_id, place_name(places[location_id]), quantity)
            for location_id, quantity in stock_by_location(session, item_id).items()
        ]
        by_place = sorted((place.label, place.quantity_milli) for place in held)
        notes = [
            NoteRow(note.noted_on, note.note, note.recorded_by)
            for note in session.scalars(
                select(ItemNote)
                .where(ItemNote.item_id == item_id)
                .order_by(ItemNote.noted_on.desc(), ItemNote.id.desc())
            )
        ]
        history = session.execute(
            select(StockMovement, Cohort.code, Participant.full_name)
            .outerjoin(Cohort, Cohort.id == StockMovement.cohort_id)
            .outerjoin(Loan, Loan.id == StockMovement.loan_id)
            .outerjoin(Participant, Participant.id == Loan.participant_id)
            .where(StockMovement.item_id == item_id)
            .order_by(StockMovement.id.desc())
            .limit(HISTORY_LIMIT)
        )
        movements = [
            MovementRow(
                id=movement.id,
                occurred_on=movement.occurred_on,
                kind=MovementKind(movement.kind),
                quantity_milli=movement.quantity_milli,
                location_label=place_name(places[movement.location_id]),
                reason=movement.reason,
                cohort_code=cohort_code or "",
                participant_name=participant_name or "",
                recorded_by=movement.recorded_by,
            )
            for movement, cohort_code, participant_name in history
        ]
        item = session.get(Item, item_id)
        assert item is not None
        return ItemDetail(
            rows[0],
            by_place,
            notes,
            movements,
            sponsor_id=item.sponsor_id,
            received_on=item.received_on,
            item_notes=item.notes,
            places=sorted(held, key=lambda place: place.label),
        )
