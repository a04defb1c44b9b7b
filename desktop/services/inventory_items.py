"""The things the centre holds (admins): adding equipment and consumables, changing their
details, retiring them, maintenance notes, and the inventory list with each item's stock.

Adding an item puts nothing in stock: stock only ever comes from a movement (`receive` in
services.inventory_moves). Details change with an optimistic version check: an item saved at
another desk meanwhile is not overwritten. Kind and unit are fixed once an item has movements,
or its ledger would change meaning under it.

Places and movements have their own modules; their functions are importable from here too, so
the inventory's callers have one module to read.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.domain.errors import Conflict, NotFound, ValidationError, ValidationErrors
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.inventory import (
    ASSET_TAG_MAX,
    ITEM_NAME_MAX,
    SERIAL_MAX,
    Condition,
    ItemKind,
    Unit,
    clean_line,
    clean_value,
    name_key,
)
from desktop.domain.roles import Permission
from desktop.services.context import Actor, Work, acting
from desktop.services.inventory_ledger import stock_by_item
from desktop.services.inventory_list import (
    ItemDetail,
    ItemFilter,
    ItemRow,
    MovementRow,
    item_detail,
    list_items,
    low_stock,
)
from desktop.services.inventory_locations import (
    LocationRow,
    create_location,
    list_locations,
    rename_location,
    set_location_active,
)
from desktop.services.inventory_moves import move, receive, write_off
from desktop.store.database import Database
from desktop.store.inventory import Item, ItemNote, Loan, StockMovement
from desktop.store.models import Centre
from desktop.store.training import Sponsor

NOTE_MAX = 2000
TAG_PREFIX = "INV-"

# The inventory's callers read one module: what the places, list and moves modules offer too.
__all__ = [
    "Condition",
    "ItemDetail",
    "ItemFilter",
    "ItemInput",
    "ItemKind",
    "ItemRow",
    "LocationRow",
    "MovementRow",
    "Unit",
    "add_note",
    "clean_item",
    "create_item",
    "create_location",
    "item_detail",
    "list_items",
    "list_locations",
    "low_stock",
    "move",
    "receive",
    "rename_location",
    "retire_item",
    "set_condition",
    "set_location_active",
    "update_item",
    "write_off",
]


@dataclass(frozen=True)
class ItemInput:
    kind: ItemKind
    name: str
    unit: Unit = Unit.PIECE
    reorder_milli: int = 0
    asset_tag: str = ""
    serial_number: str = ""
    condition: Condition | None = None
    sponsor_id: int | None = None
    received_on: date | None = None
    value_rupiah: int | None = None
    notes: str = ""


def clean_item(data: ItemInput) -> ItemInput:
    """The input as kept; raises ValidationErrors naming every field at fault. Equipment is
    counted by the piece and has a condition; a consumable has no tag, serial or condition."""
    errors: list[ValidationError] = []

    def check(value: object, run: object) -> object:
        try:
            return run() if callable(run) else run
        except ValidationError as error:
            errors.append(error)
            return value

    kind = ItemKind(data.kind)
    name = check(
        data.name,
        lambda: clean_line(
            data.name,
            "name",
            ITEM_NAME_MAX,
            required=QT_TRANSLATE_NOOP("messages", "Enter the item's name."),
        ),
    )
    tag = check(data.asset_tag, lambda: clean_line(data.asset_tag, "asset_tag", ASSET_TAG_MAX))
    serial = check(
        data.serial_number, lambda: clean_line(data.serial_number, "serial_number", SERIAL_MAX)
    )
    value = check(data.value_rupiah, lambda: clean_value(data.value_rupiah))
    if data.reorder_milli < 0:
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP("messages", "A reorder level cannot be negative."), "reorder"
            )
        )
    if len(data.notes) > NOTE_MAX:
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "messages", "This text is {length} characters long; the limit is {limit}."
                ),
                "notes",
                length=len(data.notes),
                limit=NOTE_MAX,
            )
        )
    if errors:
        raise errors[0] if len(errors) == 1 else ValidationErrors(errors)
    if kind is ItemKind.EQUIPMENT:
        return replace(
            data,
            kind=kind,
            name=str(name),
            unit=Unit.PIECE,
            reorder_milli=0,
            asset_tag=str(tag).upper(),
            serial_number=str(serial),
            condition=Condition(data.condition or Condition.GOOD),
            value_rupiah=value if isinstance(value, int) else None,
            notes=data.notes.strip(),
        )
    return replace(
        data,
        kind=kind,
        name=str(name),
        unit=Unit(data.unit),
        asset_tag="",
        serial_number="",
        condition=None,
        value_rupiah=value if isinstance(value, int) else None,
        notes=data.notes.strip(),
    )


def _tag_taken(tag: str) -> Conflict:
    return Conflict(
        QT_TRANSLATE_NOOP("messages", "The asset tag {tag} is already on another item."),
        "asset_tag",
        tag=tag,
    )


def _next_tag(session: Session) -> str:
    """The next free "INV-00001": one past the highest of that form, read under the centre
    row's lock (held to the end of the unit of work; SQLite has one writer anyway), so two
    desks adding untagged equipment at once never both take the same tag."""
    session.scalar(select(Centre.id).order_by(Centre.id).limit(1).with_for_update())
    tags = session.scalars(select(Item.asset_tag).where(Item.asset_tag.like(f"{TAG_PREFIX}%")))
    numbers = [int(tag[len(TAG_PREFIX) :]) for tag in tags if tag and tag[4:].isdigit()]
    return f"{TAG_PREFIX}{max(numbers, default=0) + 1:05d}"


def _check_refs(work: Work, data: ItemInput) -> None:
    if data.sponsor_id is not None and work.session.get(Sponsor, data.sponsor_id) is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("messages", "This sponsor is no longer on record."), "sponsor"
        )


def _consumable_twin(work: Work, data: ItemInput, item_id: int | None) -> None:
    """Two consumables of one name would split one stock in two: refused."""
    if data.kind is not ItemKind.CONSUMABLE:
        return
    query = select(Item.name).where(
        Item.kind == ItemKind.CONSUMABLE.value,
        Item.name_key == name_key(data.name),
        Item.active.is_(True),
    )
    if item_id is not None:
        query = query.where(Item.id != item_id)
    twin = work.session.scalar(query)
    if twin is not None:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "messages", "{name} is already in the inventory; receive more of it instead."
            ),
            "name",
            name=twin,
        )


def _fields(data: ItemInput) -> dict[str, object]:
    return {
        "kind": data.kind.value,
        "name": data.name,
        "name_key": name_key(data.name),
        "unit": data.unit.value,
        "reorder_milli": data.reorder_milli,
        "asset_tag": data.asset_tag or None,
        "serial_number": data.serial_number,
        "condition": data.condition.value if data.condition else None,
        "sponsor_id": data.sponsor_id,
        "received_on": data.received_on,
        "value_rupiah": data.value_rupiah,
        "notes": data.notes,
    }


def _audited(fields: dict[str, object]) -> dict[str, object]:
    return {
        key: (value.isoformat() if isinstance(value, date) else value)
        for key, value in fields.items()
        if key != "name_key"
    }


def create_item(db: Database, actor: Actor, data: ItemInput) -> int:
    """Add an item; returns its id. Equipment with no asset tag gets the next "INV-00001"."""
    clean = clean_item(data)
    try:
        with acting(db, actor, Permission.MANAGE_INVENTORY) as work:
            _check_refs(work, clean)
            _consumable_twin(work, clean, None)
            if clean.kind is ItemKind.EQUIPMENT and not clean.asset_tag:
                clean = replace(clean, asset_tag=_next_tag(work.session))
            if clean.asset_tag and work.session.scalar(
                select(Item.id).where(Item.asset_tag == clean.asset_tag)
            ):
                raise _tag_taken(clean.asset_tag)
            fields = _fields(clean)
            item = Item(**fields, active=True, created_at=work.now, version=1)
            work.session.add(item)
            work.session.flush()  # the unique tag refuses a twin added at another desk
            work.audit("item.create", "item", item.id, after=_audited(fields))
            return item.id
    except IntegrityError:
        raise _tag_taken(clean.asset_tag) from None


def _edit_conflict() -> Conflict:
    return Conflict(
        QT_TRANSLATE_NOOP(
            "messages",
            "Someone else changed this item while you were editing it. Your changes are still "
            "in the form and were not saved: reload to see theirs, then make yours again.",
        )
    )


def update_item(db: Database, actor: Actor, item_id: int, data: ItemInput, version: int) -> int:
    """Save an item's details; returns its new version."""
    clean = clean_item(data)
    try:
        with acting(db, actor, Permission.MANAGE_INVENTORY) as work:
            item = _locked(work.session, item_id)
            if item.version != version:
                raise _edit_conflict()
            _check_refs(work, clean)
            _consumable_twin(work, clean, item_id)
            if clean.kind is ItemKind.EQUIPMENT and not clean.asset_tag:
                clean = replace(clean, asset_tag=item.asset_tag or _next_tag(work.session))
            moved = work.session.scalar(
                select(StockMovement.id).where(StockMovement.item_id == item_id).limit(1)
            )
            if moved and (clean.kind.value != item.kind or clean.unit.value != item.unit):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "The kind and unit of an item with movements cannot change; add a new "
                        "item instead.",
                    ),
                    "unit",
                )
            fields = _fields(clean)
            before = {key: getattr(item, key) for key in fields}
            changed = {key: value for key, value in fields.items() if before[key] != value}
            if changed:
                for key, value in changed.items():
                    setattr(item, key, value)
                item.version += 1
                work.session.flush()
                work.audit(
                    "item.update",
                    "item",
                    item.id,
                    before=_audited({key: before[key] for key in changed}),
                    after=_audited(changed),
                )
            return item.version
    except IntegrityError:
        raise _tag_taken(clean.asset_tag) from None


def retire_item(db: Database, actor: Actor, item_id: int) -> None:
    """Take an item off the list for good (its ledger stays). Refused while it has stock or
    is out on loan: write it off or take it back first."""
    with acting(db, actor, Permission.MANAGE_INVENTORY) as work:
        item = _locked(work.session, item_id)
        if stock_by_item(work.session, [item_id]).get(item_id, 0):
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{name} is still in stock. Write it off as damaged or lost, or issue it, "
                    "before retiring it.",
                ),
                name=item.name,
            )
        out = work.session.scalar(
            select(func.count()).where(
                Loan.item_id == item_id, Loan.kind == "loan", Loan.returned_on.is_(None)
            )
        )
        if out:
            raise Conflict(
                QT_TRANSLATE_NOOP("messages", "{name} is out on loan; take it back first."),
                name=item.name,
            )
        if item.active:
            item.active = False
            item.version += 1
            work.audit("item.retire", "item", item.id, before={"active": True})


def add_note(db: Database, actor: Actor, item_id: int, noted_on: date, note: str) -> None:
    """A maintenance note on the item ("needle replaced", "motor noisy")."""
    text = note.strip()
    if not text:
        raise ValidationError(QT_TRANSLATE_NOOP("messages", "Write the note."), "note")
    if len(text) > NOTE_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "This text is {length} characters long; the limit is {limit}."
            ),
            "note",
            length=len(text),
            limit=NOTE_MAX,
        )
    with acting(db, actor, Permission.MANAGE_INVENTORY) as work:
        item = _locked(work.session, item_id)
        work.session.add(
            ItemNote(
                item_id=item.id,
                noted_on=noted_on,
                note=text,
                recorded_by=actor.username,
                recorded_at=work.now,
            )
        )
        work.audit("item.note", "item", item.id, after={"noted_on": noted_on.isoformat()})


def set_condition(db: Database, actor: Actor, item_id: int, condition: Condition) -> None:
    """How a piece of equipment is now (a broken one still in stock until written off)."""
    with acting(db, actor, Permission.MANAGE_INVENTORY) as work:
        item = _locked(work.session, item_id)
        if item.kind != ItemKind.EQUIPMENT.value:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "Only equipment has a condition."), "condition"
            )
        if item.condition != condition.value:
            work.audit(
                "item.condition",
                "item",
                item.id,
                before={"condition": item.condition},
                after={"condition": condition.value},
            )
            work.session.execute(
                update(Item)
                .where(Item.id == item_id)
                .values(condition=condition.value, version=Item.version + 1)
            )


def _locked(session: Session, item_id: int) -> Item:
    item = session.get(Item, item_id, with_for_update=True)
    if item is None:
        raise NotFound(QT_TRANSLATE_NOOP("messages", "This item is no longer on record."))
    return item
