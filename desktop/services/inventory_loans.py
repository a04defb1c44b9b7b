"""Equipment lent to participants, and starter kits handed over to them for good (admins).

- `lend` takes a piece of equipment out of stock (a LENT movement) until it comes back; the
  loan has a due date and the condition it left in. Only equipment is lent; a machine already
  out is refused, saying to whom and since when.
- `hand_over` gives equipment, or a consumable in its unit, for good (HANDED_OVER) and numbers
  its handover record, the berita acara serah terima "BAST/0001/XI/2026" (gap-free per year,
  see desktop.services.inventory_loan_checks). `handover_record` / `handover_pdf` print it.
- `return_loan` brings a loan back (RETURNED) to any open place, with its condition, which
  becomes the item's condition. A handover, a loan already returned or one never made cannot
  be returned.
- `list_loans` / `overdue_loans`: what is out, and what is late by how many days.

Every quantity moves through desktop.services.inventory_ledger (`lock_items` then `post`) in
the same unit of work as the loan row and its audit entry: all of it happens or none of it.
The item's lock also serialises two desks lending the same machine at the same moment.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.documents.handover_record import HandoverLine, HandoverRecord
from desktop.domain.errors import Conflict, NotFound, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.inventory import MILLI, Condition, ItemKind, MovementKind, Unit
from desktop.domain.inventory import checked_quantity as checked
from desktop.domain.roles import Permission
from desktop.services.context import Actor, Work, acting
from desktop.services.inventory_handover import handover_pdf, handover_record
from desktop.services.inventory_ledger import Refs, lock_items, post
from desktop.services.inventory_loan_checks import (
    LoanKind,
    clean_notes,
    known_cohort,
    known_location,
    live_participant,
    next_handover_number,
    refuse_if_lent,
    usable_item,
)
from desktop.services.inventory_loan_rows import (
    LoanFilter,
    LoanRow,
    list_loans,
    overdue_loans,
    row_of,
)
from desktop.store.database import Database
from desktop.store.inventory import Item, Loan

__all__ = [
    "HandoverLine",
    "HandoverRecord",
    "LoanFilter",
    "LoanKind",
    "LoanRow",
    "hand_over",
    "handover_pdf",
    "handover_record",
    "lend",
    "list_loans",
    "overdue_loans",
    "return_loan",
]


def lend(
    db: Database,
    actor: Actor,
    item_id: int,
    participant_id: int,
    location_id: int,
    out_on: date,
    due_on: date,
    condition_out: Condition,
    notes: str = "",
    cohort_id: int | None = None,
) -> LoanRow:
    """Lend a piece of equipment from `location_id` until `due_on`. Refused: a consumable
    (field "item": hand it over instead), an item already lent ("item", saying to whom and
    since when) or not at that place ("item", from the ledger), a retired item, a due date
    before `out_on` ("due_on"), an unknown or merged participant ("participant"), an unknown
    location or cohort."""
    text = clean_notes(notes)
    condition = Condition(condition_out)
    if due_on < out_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "The due date cannot be before the day it goes out."),
            "due_on",
        )
    with acting(db, actor, Permission.MANAGE_INVENTORY) as work:
        item = _locked_item(work, item_id)
        if item.kind != ItemKind.EQUIPMENT.value:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Only equipment is lent. Hand consumables over for good instead.",
                ),
                "item",
            )
        refuse_if_lent(work, item)
        loan = _take_out(
            work,
            item,
            LoanKind.LOAN,
            participant_id=participant_id,
            location_id=location_id,
            quantity_milli=MILLI,
            out_on=out_on,
            due_on=due_on,
            condition_out=condition.value,
            notes=text,
            cohort_id=cohort_id,
        )
        _set_condition(item, condition)
        work.audit("loan.lend", "loan", loan.id, after=_audit_values(loan))
        return row_of(work, loan.id)


def hand_over(
    db: Database,
    actor: Actor,
    item_id: int,
    participant_id: int,
    location_id: int,
    quantity_milli: int,
    out_on: date,
    notes: str = "",
    cohort_id: int | None = None,
) -> LoanRow:
    """Give `quantity_milli` of an item to a participant for good, numbering its handover
    record. Equipment goes whole (quantity 1, not while lent); a consumable in its unit
    (fractions only where the unit allows, field "quantity"). More than the place holds is
    refused with what it holds ("quantity"); otherwise refused like `lend`."""
    text = clean_notes(notes)
    with acting(db, actor, Permission.MANAGE_INVENTORY) as work:
        item = _locked_item(work, item_id)
        quantity = checked(quantity_milli, Unit(item.unit), "quantity")
        if item.kind == ItemKind.EQUIPMENT.value:
            if quantity != MILLI:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "messages", "A piece of equipment is handed over whole: quantity 1."
                    ),
                    "quantity",
                )
            refuse_if_lent(work, item)
        loan = _take_out(
            work,
            item,
            LoanKind.HANDOVER,
            participant_id=participant_id,
            location_id=location_id,
            quantity_milli=quantity,
            out_on=out_on,
            condition_out=item.condition if item.kind == ItemKind.EQUIPMENT.value else None,
            notes=text,
            cohort_id=cohort_id,
        )
        loan.number = next_handover_number(work, out_on)  # last: the number lock is held least
        work.audit("loan.handover", "loan", loan.id, after=_audit_values(loan))
        return row_of(work, loan.id)


def return_loan(
    db: Database,
    actor: Actor,
    loan_id: int,
    returned_on: date,
    condition_back: Condition,
    location_id: int,
    notes: str = "",
) -> LoanRow:
    """A loan comes back to `location_id` (any open place) in `condition_back`. Refused
    (field "loan"): a loan not on record (never lent), already returned, or a handover
    (given for good); a return date before the day it went out ("returned_on"); a closed or
    unknown place ("location")."""
    text = clean_notes(notes)
    condition = Condition(condition_back)
    with acting(db, actor, Permission.MANAGE_INVENTORY) as work:
        # The loan's row first: two desks returning it at once queue here.
        loan = work.session.get(Loan, loan_id, with_for_update=True)
        if loan is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("messages", "There is no such loan: this was never lent."),
                "loan",
            )
        item = _locked_item(work, loan.item_id, going_out=False)  # retired or not, it comes back
        if loan.kind == LoanKind.HANDOVER.value:
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{item} was handed over for good on {date} ({number}); it is not returned.",
                ),
                "loan",
                item=item.name,
                date=loan.out_on,
                number=loan.number,
            )
        if loan.returned_on is not None:
            raise Conflict(
                QT_TRANSLATE_NOOP("messages", "{item} was already returned on {date}."),
                "loan",
                item=item.name,
                date=loan.returned_on,
            )
        if returned_on < loan.out_on:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "messages", "The return date cannot be before the day it went out ({date})."
                ),
                "returned_on",
                date=loan.out_on,
            )
        known_location(work, location_id, open_only=True)
        before = {"returned_on": None, "condition_back": None}
        post(
            work,
            item,
            location_id,
            loan.quantity_milli,
            MovementKind.RETURNED,
            returned_on,
            text,
            Refs(loan_id=loan.id),
            field="location",
        )
        loan.returned_on, loan.condition_back = returned_on, condition.value
        loan.notes = "\n".join(part for part in (loan.notes, text) if part)
        loan.version += 1
        _set_condition(item, condition)
        after = {
            "returned_on": returned_on.isoformat(),
            "condition_back": condition.value,
            "location_id": location_id,
        }
        work.audit("loan.return", "loan", loan.id, before=before, after=after)
        return row_of(work, loan.id)


# -- inside a unit of work ------------------------------------------------------------------


def _locked_item(work: Work, item_id: int, *, going_out: bool = True) -> Item:
    try:
        item = lock_items(work, [item_id])[item_id]
    except NotFound as error:
        raise NotFound(error.text, "item") from None
    if going_out:
        usable_item(item)
    return item


# What goes out, its movement and the field a shortage is shown at.
MOVEMENTS = {
    LoanKind.LOAN: (MovementKind.LENT, "item"),
    LoanKind.HANDOVER: (MovementKind.HANDED_OVER, "quantity"),
}


def _take_out(work: Work, item: Item, kind: LoanKind, **columns: Any) -> Loan:
    """Check whom, where and for which cohort it goes, record the loan row and post its
    movement out of stock (refused when the place holds less)."""
    live_participant(work, columns["participant_id"])
    known_location(work, columns["location_id"])
    known_cohort(work, columns["cohort_id"])
    loan = Loan(
        kind=kind.value,
        item_id=item.id,
        number="",
        recorded_by=work.actor.username if work.actor else "",
        recorded_at=work.now,
        version=1,
        **columns,
    )
    work.session.add(loan)
    work.session.flush()
    movement, field = MOVEMENTS[kind]
    refs = Refs(loan_id=loan.id)
    quantity, place = loan.quantity_milli, loan.location_id
    post(work, item, place, -quantity, movement, loan.out_on, loan.notes, refs, field=field)
    return loan


def _set_condition(item: Item, condition: Condition) -> None:
    """The condition seen when it went out or came back is the item's condition now (a
    changed item bumps its version: a form opened before must not write the old one back)."""
    if item.condition != condition.value:
        item.condition = condition.value
        item.version += 1


def _audit_values(loan: Loan) -> dict[str, Any]:
    values: dict[str, Any] = {
        "item_id": loan.item_id,
        "participant_id": loan.participant_id,
        "location_id": loan.location_id,
        "quantity_milli": loan.quantity_milli,
        "out_on": loan.out_on.isoformat(),
    }
    if loan.number:
        values["number"] = loan.number
    if loan.due_on is not None:
        values["due_on"] = loan.due_on.isoformat()
    if loan.condition_out:
        values["condition_out"] = loan.condition_out
    if loan.cohort_id is not None:
        values["cohort_id"] = loan.cohort_id
    if loan.notes:
        values["notes"] = loan.notes
    return values
