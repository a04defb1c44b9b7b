"""Issuing a cohort its materials (admins): the programme's per-participant list × the people
holding a seat, checked against stock and issued in one step.

`material_plan` works out each material's line: the quantity needed (per participant × the
participants holding a seat, rounded up to what the item's unit allows: 1.5 metre × 15 people
is 22.5 metres, 0.4 roll × 15 is 6 rolls), what this cohort already had from that item, the
item it comes from (the link saved when it was last issued, else an active consumable of the
same name), the place holding the most of it, the stock there and the shortfall.

`issue_materials` posts one ISSUED movement per line (desktop.services.inventory_ledger, under
the items' locks, in one unit of work): all or nothing. When anything is wrong every line at
fault is named at once (ValidationErrors, field "line:<material id>"), a short line with the
quantity available there; nothing is issued. Two desks issuing the last metres at the same
moment queue on the item's lock, so the second sees the first's movement and is refused:
stock never goes below zero. Each material remembers the item it was issued from.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select

from desktop.domain.errors import NotFound, PelitaError, ValidationError, ValidationErrors
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.inventory import ItemKind, MovementKind, Unit, checked_quantity
from desktop.domain.roles import Permission
from desktop.services.cohort_material_plan import (
    IssueLine,
    MaterialPlan,
    Place,
    PlanLine,
    cohort_of,
    plan_lines,
    quantity_needed,
)
from desktop.services.context import Actor, Work, acting
from desktop.services.inventory_ledger import (
    Refs,
    lock_items,
    place_name,
    post,
    short_of,
    stock_at,
)
from desktop.services.inventory_loan_checks import known_location, usable_item
from desktop.store.database import Database
from desktop.store.inventory import Item, Location
from desktop.store.training import Enrolment, ProgrammeMaterial

__all__ = [
    "IssueLine",
    "IssuedLine",
    "MaterialPlan",
    "Place",
    "PlanLine",
    "issue_materials",
    "material_plan",
    "quantity_needed",
]


@dataclass(frozen=True)
class IssuedLine:
    material_id: int
    material_name: str
    item_id: int
    item_name: str
    location_id: int
    location_label: str
    quantity_milli: int
    unit: Unit


def material_plan(db: Database, actor: Actor, cohort_id: int) -> MaterialPlan:
    """The cohort's materials as lines to issue (see the module). Refused for an unknown
    cohort (field "cohort")."""
    with acting(db, actor, Permission.MANAGE_INVENTORY, read_only=True) as work:
        cohort, programme_name = cohort_of(work, cohort_id)
        participants = _participants(work, cohort_id)
        return MaterialPlan(
            cohort_id=cohort.id,
            cohort_code=cohort.code,
            programme_name=programme_name,
            participants=participants,
            lines=plan_lines(work, cohort, participants),
        )


def issue_materials(
    db: Database, actor: Actor, cohort_id: int, lines: list[IssueLine], occurred_on: date
) -> list[IssuedLine]:
    """Issue `lines` to the cohort (lines of quantity 0 are left out). Refused with
    ValidationErrors naming every line at fault (field "line:<material id>"): a material no
    longer in the programme, an unknown or retired item, equipment, a quantity the unit does
    not allow, an unknown place, or more than the place holds (with the quantity available).
    Refused: nothing to issue ("lines"), an unknown cohort ("cohort")."""
    wanted = [line for line in lines if line.quantity_milli != 0]
    if not wanted:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Nothing to issue: every quantity is zero."), "lines"
        )
    with acting(db, actor, Permission.MANAGE_INVENTORY) as work:
        cohort, _name = cohort_of(work, cohort_id)
        materials = {
            material.id: material
            for material in work.session.scalars(
                select(ProgrammeMaterial).where(
                    ProgrammeMaterial.programme_id == cohort.programme_id
                )
            )
        }
        known = set(
            work.session.scalars(
                select(Item.id).where(Item.id.in_([line.item_id for line in wanted]))
            )
        )
        items = lock_items(work, known)
        errors = _line_errors(work, wanted, materials, items)
        errors += _shortages(work, wanted, items, failed={e.field for e in errors})
        if errors:
            raise ValidationErrors(errors)
        issued = []
        for line in wanted:
            material, item = materials[line.material_id], items[line.item_id]
            post(
                work,
                item,
                line.location_id,
                -line.quantity_milli,
                MovementKind.ISSUED,
                occurred_on,
                material.name,
                Refs(cohort_id=cohort.id),
                field=_field(line),
            )
            material.item_id = item.id  # remembered for the next cohort's plan
            place = work.session.get(Location, line.location_id)
            issued.append(
                IssuedLine(
                    material.id,
                    material.name,
                    item.id,
                    item.name,
                    line.location_id,
                    place_name(place) if place else "",
                    line.quantity_milli,
                    Unit(item.unit),
                )
            )
        work.audit(
            "stock.issue",
            "cohort",
            cohort.id,
            after={"occurred_on": occurred_on.isoformat(), "lines": [_audit(i) for i in issued]},
        )
        return issued


def _field(line: IssueLine) -> str:
    return f"line:{line.material_id}"


def _participants(work: Work, cohort_id: int) -> int:
    """People holding a seat: accepted, in training or completed (domain.enrolment)."""
    count = work.session.scalar(
        select(func.count())
        .select_from(Enrolment)
        .where(Enrolment.cohort_id == cohort_id, Enrolment.holds_seat.is_(True))
    )
    return int(count or 0)


def _line_errors(
    work: Work,
    lines: list[IssueLine],
    materials: dict[int, ProgrammeMaterial],
    items: dict[int, Item],
) -> list[ValidationError]:
    errors: list[ValidationError] = []
    for line in lines:
        try:
            _check_line(work, line, materials, items)
        except PelitaError as error:
            errors.append(ValidationError(error.text, _field(line), **error.params))
    return errors


def _check_line(
    work: Work, line: IssueLine, materials: dict[int, ProgrammeMaterial], items: dict[int, Item]
) -> None:
    if line.material_id not in materials:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "messages",
                "This material is no longer in the programme; open the materials again.",
            )
        )
    item = items.get(line.item_id)
    if item is None:
        raise NotFound(QT_TRANSLATE_NOOP("messages", "This item is no longer on record."))
    usable_item(item)
    if item.kind != ItemKind.CONSUMABLE.value:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "{item} is equipment: equipment is lent, not issued to a cohort."
            ),
            None,
            item=item.name,
        )
    checked_quantity(line.quantity_milli, Unit(item.unit))
    known_location(work, line.location_id)


def _shortages(
    work: Work, lines: list[IssueLine], items: dict[int, Item], failed: set[str | None]
) -> list[ValidationError]:
    """Every line asking more than its place holds, counting all the lines that draw on the
    same item at the same place together."""
    asked: dict[tuple[int, int], int] = defaultdict(int)
    good = [line for line in lines if _field(line) not in failed]
    for line in good:
        asked[line.item_id, line.location_id] += line.quantity_milli
    errors = []
    for line in good:
        key = (line.item_id, line.location_id)
        available = stock_at(work.session, *key)
        if asked[key] > available:
            place = known_location(work, line.location_id)
            refusal = short_of(items[line.item_id], place, available, _field(line))
            errors.append(ValidationError(refusal.text, refusal.field, **refusal.params))
    return errors


def _audit(line: IssuedLine) -> dict[str, Any]:
    return {
        "material": line.material_name,
        "item_id": line.item_id,
        "location_id": line.location_id,
        "quantity_milli": line.quantity_milli,
    }
