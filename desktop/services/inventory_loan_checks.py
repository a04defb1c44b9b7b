"""What lending and handing over check before anything moves, and the handover numbers.

Shared by desktop.services.inventory_loans (lend, hand over, return) and the stock take (a
machine out on loan is not counted in at a store room). Each refusal names the form field it
belongs to, so the GUI shows it next to that field.

Handover numbers ("BAST/0001/XI/2026") are gap-free per year like certificate numbers, without
a sequence table of their own: the next is one more than the highest of the year's handovers,
read while the centre's single row is locked (SELECT … FOR UPDATE on PostgreSQL; SQLite lets
one writer in at a time anyway). The lock is held to the end of the transaction that records
the handover, so two desks never take the same number and a refused handover gives its number
back. Handovers are rare; the queue on that row costs nothing.
"""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import select

from desktop.domain.choices import ParticipantStatus
from desktop.domain.errors import Conflict, NotFound, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.inventory import ItemKind
from desktop.domain.numbering import ROMAN
from desktop.domain.text import control_characters_error, has_control_characters
from desktop.services.context import Work
from desktop.services.inventory_ledger import place_name
from desktop.store.inventory import Item, Loan, Location
from desktop.store.models import Centre
from desktop.store.participants import Participant
from desktop.store.training import Cohort

NOTES_MAX = 2000
HANDOVER_PREFIX = "BAST"


class LoanKind(enum.StrEnum):
    LOAN = "loan"  # lent until a due date, expected back
    HANDOVER = "handover"  # given for good, with a numbered handover record

    @property
    def label(self) -> str:
        return LOAN_KIND_LABELS[self]


LOAN_KIND_LABELS = {
    LoanKind.LOAN: QT_TRANSLATE_NOOP("inventory", "Loan"),
    LoanKind.HANDOVER: QT_TRANSLATE_NOOP("inventory", "Handed over for good"),
}


def today(work: Work) -> date:
    """The desk's today, by its own clock and time zone."""
    return work.now.astimezone().date()


def clean_notes(notes: str, field: str = "notes") -> str:
    """Free text as kept: trimmed, lines allowed, no control characters, within NOTES_MAX."""
    text = notes.strip()
    if has_control_characters(text, "\n\r\t"):
        raise control_characters_error(field)
    if len(text) > NOTES_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "This text is {length} characters long; the limit is {limit}."
            ),
            field,
            length=len(text),
            limit=NOTES_MAX,
        )
    return text


def live_participant(work: Work, participant_id: int) -> Participant:
    """The participant things go out to: on record, and not merged into another record."""
    person = work.session.get(Participant, participant_id)
    if person is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("messages", "This participant no longer exists."), "participant"
        )
    if person.status == ParticipantStatus.MERGED.value:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "messages", "This record was merged into another one; open that one instead."
            ),
            "participant",
        )
    return person


def known_location(work: Work, location_id: int, *, open_only: bool = False) -> Location:
    """A place on record; `open_only` refuses one that was closed (nothing goes into it)."""
    place = work.session.get(Location, location_id)
    if place is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("messages", "This location is no longer on record."), "location"
        )
    if open_only and not place.active:
        raise Conflict(
            QT_TRANSLATE_NOOP("messages", "{location} is closed; choose another place."),
            "location",
            location=place_name(place),
        )
    return place


def known_cohort(work: Work, cohort_id: int | None) -> Cohort | None:
    if cohort_id is None:
        return None
    cohort = work.session.get(Cohort, cohort_id)
    if cohort is None:
        raise NotFound(QT_TRANSLATE_NOOP("messages", "This cohort no longer exists."), "cohort")
    return cohort


def usable_item(item: Item) -> None:
    """Retired items stay in the ledger but go out to nobody."""
    if not item.active:
        raise Conflict(
            QT_TRANSLATE_NOOP("messages", "{name} has been retired."), "item", name=item.name
        )


def open_loan(work: Work, item_id: int) -> tuple[Loan, str] | None:
    """The item's loan still out, with the borrower's name (equipment is lent once at a
    time); read under the item's lock, so no other desk lends it meanwhile."""
    row = work.session.execute(
        select(Loan, Participant.full_name)
        .join(Participant, Participant.id == Loan.participant_id)
        .where(
            Loan.item_id == item_id,
            Loan.kind == LoanKind.LOAN.value,
            Loan.returned_on.is_(None),
        )
        .order_by(Loan.id)
        .limit(1)
    ).one_or_none()
    return None if row is None else (row[0], row[1])


def refuse_if_lent(work: Work, item: Item, field: str = "item") -> None:
    """Refused when the equipment is out on loan, saying to whom and since when."""
    if item.kind != ItemKind.EQUIPMENT.value:
        return
    found = open_loan(work, item.id)
    if found is not None:
        loan, name = found
        raise Conflict(
            QT_TRANSLATE_NOOP("messages", "{item} is already lent to {name} since {date}."),
            field,
            item=item.name,
            name=name,
            date=loan.out_on,
        )


def next_handover_number(work: Work, handed_on: date) -> str:
    """The next free number of `handed_on`'s year, taken under the centre row's lock (held
    until this unit of work ends)."""
    centre = work.session.scalar(select(Centre.id).order_by(Centre.id).limit(1).with_for_update())
    if centre is None:
        raise NotFound(QT_TRANSLATE_NOOP("messages", "The centre is not set up yet."))
    year = handed_on.year
    numbers = work.session.scalars(
        select(Loan.number).where(
            Loan.kind == LoanKind.HANDOVER.value,
            Loan.number.like(f"{HANDOVER_PREFIX}/%/{year}"),
        )
    )
    last = max((_sequence(number) for number in numbers), default=0)
    return f"{HANDOVER_PREFIX}/{last + 1:04d}/{ROMAN[handed_on.month - 1]}/{year}"


def _sequence(number: str) -> int:
    """0001 of "BAST/0001/XI/2026"; 0 for anything else (never written by Pelita)."""
    parts = number.split("/")
    return int(parts[1]) if len(parts) == 4 and parts[1].isdigit() else 0
