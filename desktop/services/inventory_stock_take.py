"""Stock takes (admins): the printable count sheet of a place, and the counts entered from it.

`count_sheet` lists what the ledger says is at a place (every item with stock there) for the
paper sheet (desktop.documents.count_sheet; `count_sheet_pdf` renders it). `apply_stock_take`
records one count of the place: a StockTake row, and for each item counted differently from
the ledger one ADJUSTED movement of the difference (counted − stock now), with the reason
"Stock take 23/11/2026: <note>" and a link to the stock take. Items counted as expected move
nothing. Everything happens in one unit of work, under the items' locks: a movement posted at
another desk meanwhile is either before the count's comparison or after it, never lost.

Counts are refused, each naming its item (field "count:<item id>", all at once): below zero,
fractional for a whole unit, more than one of a piece of equipment, or a machine counted in
here that the ledger has at another place or out on loan (move or return it instead: counting
it in would make two of it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from desktop.config import load_config
from desktop.documents.count_sheet import CountLine, CountSheet, render_count_sheet
from desktop.domain.errors import NotFound, ValidationError, ValidationErrors
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.inventory import MILLI, ItemKind, MovementKind, Unit, UnitName
from desktop.domain.roles import Permission
from desktop.services import centre
from desktop.services.context import Actor, Work, acting
from desktop.services.inventory_ledger import (
    Refs,
    lock_items,
    place_name,
    post,
    stock_at,
    stock_by_item,
)
from desktop.services.inventory_loan_checks import (
    clean_notes,
    known_location,
    open_loan,
    today,
)
from desktop.store.database import Database
from desktop.store.inventory import Item, StockMovement, StockTake

__all__ = [
    "CountLine",
    "CountSheet",
    "Difference",
    "StockTakeResult",
    "apply_stock_take",
    "count_sheet",
    "count_sheet_pdf",
]


@dataclass(frozen=True)
class Difference:
    """One item counted differently from the ledger, and the adjustment made."""

    item_id: int
    name: str
    unit: Unit
    expected_milli: int
    counted_milli: int

    @property
    def difference_milli(self) -> int:
        return self.counted_milli - self.expected_milli


@dataclass(frozen=True)
class StockTakeResult:
    stock_take_id: int
    location_label: str
    counted_on: date
    items_counted: int
    differences: tuple[Difference, ...]  # only the items whose count differed


def count_sheet(db: Database, actor: Actor, location_id: int) -> CountSheet:
    """What the count sheet of a place prints: every item with stock there, by kind and name,
    with the quantity the ledger expects (equipment first, then consumables)."""
    profile = centre.get_profile(db)
    with acting(db, actor, Permission.MANAGE_INVENTORY, read_only=True) as work:
        place = known_location(work, location_id)
        stock = func.sum(StockMovement.quantity_milli)
        held = (
            select(StockMovement.item_id, stock.label("expected"))
            .where(StockMovement.location_id == location_id)
            .group_by(StockMovement.item_id)
            .having(stock != 0)
            .subquery()
        )
        rows = work.session.execute(
            select(Item, held.c.expected)
            .join(held, held.c.item_id == Item.id)
            .order_by(Item.kind.desc(), Item.name_key, Item.id)  # equipment before consumable
        )
        lines = tuple(
            CountLine(
                item_id=item.id,
                kind=ItemKind(item.kind),
                name=item.name,
                asset_tag=item.asset_tag or "",
                serial_number=item.serial_number,
                unit=Unit(item.unit),
                expected_milli=int(expected),
            )
            for item, expected in rows
        )
        return CountSheet(
            centre_name=profile.name if profile else "",
            location_id=place.id,
            location_label=place_name(place),
            printed_on=today(work),
            lines=lines,
        )


def count_sheet_pdf(db: Database, actor: Actor, location_id: int, *, language: str = "id") -> bytes:
    """The count sheet as PDF bytes, in `language`."""
    sheet = count_sheet(db, actor, location_id)
    profile = centre.get_profile(db)
    if profile is None:
        raise NotFound(QT_TRANSLATE_NOOP("messages", "The centre is not set up yet."))
    return render_count_sheet(profile, sheet, language=language or load_config().language)


def apply_stock_take(
    db: Database,
    actor: Actor,
    location_id: int,
    counted_on: date,
    counts: dict[int, int],
    note: str,
) -> StockTakeResult:
    """Record a count of the place: `counts` maps item id → quantity counted (thousandths of
    its unit). Returns the differences adjusted. Refused: no counts ("counts"), a bad count
    (see the module), an unknown item ("count:<id>") or place ("location")."""
    text = clean_notes(note, "note")
    if not counts:
        raise ValidationError(QT_TRANSLATE_NOOP("messages", "Enter at least one count."), "counts")
    with acting(db, actor, Permission.MANAGE_INVENTORY) as work:
        place = known_location(work, location_id)
        items = _locked(work, counts)
        expected = {item_id: stock_at(work.session, item_id, location_id) for item_id in counts}
        _check_counts(work, items, counts, expected)
        take = StockTake(
            location_id=location_id,
            counted_on=counted_on,
            note=text,
            items_counted=len(counts),
            recorded_by=work.actor.username if work.actor else "",
            recorded_at=work.now,
        )
        work.session.add(take)
        work.session.flush()
        reason = f"Stock take {counted_on:%d/%m/%Y}" + (f": {text}" if text else "")
        differences = []
        for item_id in sorted(counts, key=lambda i: (items[i].name_key, i)):
            item, counted = items[item_id], counts[item_id]
            if counted == expected[item_id]:
                continue
            change = counted - expected[item_id]
            refs = Refs(stock_take_id=take.id)
            post(work, item, location_id, change, MovementKind.ADJUSTED, counted_on, reason, refs)
            differences.append(
                Difference(item_id, item.name, Unit(item.unit), expected[item_id], counted)
            )
        work.audit(
            "stock.take",
            "stock_take",
            take.id,
            after={
                "location_id": location_id,
                "counted_on": counted_on.isoformat(),
                "items_counted": len(counts),
                "note": text,
                "differences": {str(d.item_id): d.difference_milli for d in differences},
            },
        )
        return StockTakeResult(
            take.id, place_name(place), counted_on, len(counts), tuple(differences)
        )


def _locked(work: Work, counts: dict[int, int]) -> dict[int, Item]:
    try:
        return lock_items(work, counts)
    except NotFound as error:
        missing = min(set(counts) - _existing(work, counts), default=0)
        raise NotFound(error.text, f"count:{missing}") from None


def _existing(work: Work, ids: dict[int, int]) -> set[int]:
    return set(work.session.scalars(select(Item.id).where(Item.id.in_(list(ids)))))


def _check_counts(
    work: Work, items: dict[int, Item], counts: dict[int, int], expected: dict[int, int]
) -> None:
    """Every bad count at once, so the form marks them all."""
    errors: list[ValidationError] = []
    elsewhere = stock_by_item(
        work.session,
        [i for i, item in items.items() if item.kind == ItemKind.EQUIPMENT.value],
    )
    for item_id in sorted(counts, key=lambda i: (items[i].name_key, i)):
        item, counted = items[item_id], counts[item_id]
        error = _count_error(work, item, counted, expected[item_id], elsewhere.get(item_id, 0))
        if error is not None:
            errors.append(error)
    if errors:
        raise errors[0] if len(errors) == 1 else ValidationErrors(errors)


def _count_error(
    work: Work, item: Item, counted: int, here: int, total: int
) -> ValidationError | None:
    field, unit = f"count:{item.id}", Unit(item.unit)
    if counted < 0:
        return ValidationError(
            QT_TRANSLATE_NOOP("messages", "The count of {item} cannot be below zero."),
            field,
            item=item.name,
        )
    if unit.whole and counted % MILLI:
        return ValidationError(
            QT_TRANSLATE_NOOP("messages", "{item} is counted by the {unit}: whole numbers only."),
            field,
            item=item.name,
            unit=UnitName(unit),
        )
    if item.kind != ItemKind.EQUIPMENT.value or counted <= here:
        return None
    if counted > MILLI:
        return ValidationError(
            QT_TRANSLATE_NOOP("messages", "{item} is one piece of equipment: count it as 0 or 1."),
            field,
            item=item.name,
        )
    lent = open_loan(work, item.id)
    if lent is not None:
        return ValidationError(
            QT_TRANSLATE_NOOP(
                "messages",
                "{item} is on loan to {name} since {date}: record its return instead of "
                "counting it in.",
            ),
            field,
            item=item.name,
            name=lent[1],
            date=lent[0].out_on,
        )
    if total - here > 0:
        return ValidationError(
            QT_TRANSLATE_NOOP(
                "messages",
                "{item} is on record at another place: move it here instead of counting it in.",
            ),
            field,
            item=item.name,
        )
    return None
