"""The lines of a cohort's material plan (desktop.services.cohort_materials.material_plan):
what each programme material needs, which item and place it is issued from, and what is short.

Quantities are thousandths of the item's unit. A material's per-participant quantity is a
decimal of the programme's own unit text ("meter", "batang"), taken to be the item's unit.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select

from desktop.domain.errors import NotFound
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.inventory import MILLI, ItemKind, MovementKind, Unit, name_key
from desktop.services.context import Work
from desktop.services.inventory_ledger import place_name, stock_by_item, stock_by_location
from desktop.store.inventory import Item, Location, StockMovement
from desktop.store.models import Programme
from desktop.store.training import Cohort, ProgrammeMaterial


@dataclass(frozen=True)
class Place:
    """A place holding some of an item."""

    location_id: int
    label: str
    stock_milli: int


@dataclass(frozen=True)
class PlanLine:
    """One programme material for the cohort, with the item and place proposed for it."""

    material_id: int
    material_name: str
    material_unit: str  # as the programme writes it ("meter")
    per_participant: Decimal
    needed_milli: int  # per participant × participants, rounded up as the item's unit allows
    item_id: int | None  # None: no item of that name; the admin chooses one
    item_name: str
    unit: Unit | None
    linked: bool  # the item is the one the material was last issued from (not a name match)
    issued_milli: int  # what this cohort already had from the item
    quantity_milli: int  # still to issue: needed − issued, not below zero
    location_id: int | None  # the place holding the most of the item; None: nowhere
    location_label: str
    available_milli: int  # stock of the item at that place
    shortfall_milli: int  # quantity − available, not below zero
    places: tuple[Place, ...]  # every place holding the item, the most first


@dataclass(frozen=True)
class MaterialPlan:
    cohort_id: int
    cohort_code: str
    programme_name: str
    participants: int  # holding a seat: accepted, in training or completed
    lines: tuple[PlanLine, ...]


@dataclass(frozen=True)
class IssueLine:
    """What to issue for one material: `quantity_milli` of `item_id` from `location_id`."""

    material_id: int
    item_id: int
    location_id: int
    quantity_milli: int


def quantity_needed(per_participant: Decimal, participants: int, unit: Unit | None) -> int:
    """per participant × participants in thousandths, rounded up to a thousandth, and to a
    whole one for a whole unit (0.4 roll × 15 people = 6 rolls; 0.3 × 5 = 1.5 → 2 rolls)."""
    milli = math.ceil(Decimal(per_participant) * participants * MILLI)
    if unit is not None and unit.whole:
        milli = math.ceil(milli / MILLI) * MILLI
    return max(0, milli)


def cohort_of(work: Work, cohort_id: int) -> tuple[Cohort, str]:
    """The cohort and its programme's name; refused (field "cohort") when not on record."""
    found = work.session.execute(
        select(Cohort, Programme.name)
        .join(Programme, Programme.id == Cohort.programme_id)
        .where(Cohort.id == cohort_id)
    ).one_or_none()
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("messages", "This cohort no longer exists."), "cohort")
    return found[0], found[1]


def plan_lines(work: Work, cohort: Cohort, participants: int) -> tuple[PlanLine, ...]:
    materials = list(
        work.session.scalars(
            select(ProgrammeMaterial)
            .where(ProgrammeMaterial.programme_id == cohort.programme_id)
            .order_by(ProgrammeMaterial.position, ProgrammeMaterial.id)
        )
    )
    issued = _issued(work, cohort.id)
    return tuple(_line(work, material, participants, issued) for material in materials)


def _line(
    work: Work, material: ProgrammeMaterial, participants: int, issued: dict[int, int]
) -> PlanLine:
    per_participant = Decimal(str(material.per_participant))
    item, linked = _item_for(work, material)
    unit = Unit(item.unit) if item else None
    needed = quantity_needed(per_participant, participants, unit)
    places = _places(work, item.id) if item else ()
    best = places[0] if places else None
    had = issued.get(item.id, 0) if item else 0
    quantity = max(0, needed - had)
    available = best.stock_milli if best else 0
    return PlanLine(
        material_id=material.id,
        material_name=material.name,
        material_unit=material.unit,
        per_participant=per_participant,
        needed_milli=needed,
        item_id=item.id if item else None,
        item_name=item.name if item else "",
        unit=unit,
        linked=linked,
        issued_milli=had,
        quantity_milli=quantity,
        location_id=best.location_id if best else None,
        location_label=best.label if best else "",
        available_milli=available,
        shortfall_milli=max(0, quantity - available),
        places=places,
    )


def _item_for(work: Work, material: ProgrammeMaterial) -> tuple[Item | None, bool]:
    """The saved link when it is still an active consumable; else the active consumable of
    the same name (case and spacing aside) holding the most stock."""
    if material.item_id is not None:
        linked = work.session.get(Item, material.item_id)
        if linked is not None and linked.active and linked.kind == ItemKind.CONSUMABLE.value:
            return linked, True
    same_name = list(
        work.session.scalars(
            select(Item)
            .where(
                Item.kind == ItemKind.CONSUMABLE.value,
                Item.name_key == name_key(material.name),
                Item.active.is_(True),
            )
            .order_by(Item.id)
        )
    )
    if not same_name:
        return None, False
    stock = stock_by_item(work.session, [item.id for item in same_name])
    return max(same_name, key=lambda item: stock.get(item.id, 0)), False


def _places(work: Work, item_id: int) -> tuple[Place, ...]:
    held = {k: v for k, v in stock_by_location(work.session, item_id).items() if v > 0}
    if not held:
        return ()
    places = work.session.scalars(select(Location).where(Location.id.in_(list(held))))
    found = [Place(place.id, place_name(place), held[place.id]) for place in places]
    return tuple(sorted(found, key=lambda p: (-p.stock_milli, p.label, p.location_id)))


def _issued(work: Work, cohort_id: int) -> dict[int, int]:
    """What the cohort already had, by item (issued movements are negative)."""
    rows = work.session.execute(
        select(StockMovement.item_id, func.sum(StockMovement.quantity_milli))
        .where(
            StockMovement.cohort_id == cohort_id,
            StockMovement.kind == MovementKind.ISSUED.value,
        )
        .group_by(StockMovement.item_id)
    )
    return {item_id: -int(total) for item_id, total in rows}
