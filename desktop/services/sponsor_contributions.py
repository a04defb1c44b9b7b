"""What sponsors give (admins): cash in rupiah, earmarked for a programme or a cohort or for the
centre in general, and things in kind, each with the scanned letter or receipt attached.

Things in kind enter the stock ledger: each line of an in-kind contribution is a `donated`
movement pointing back to the contribution (through services.inventory_ledger, under the
items' locks, all in the one unit of work that records the contribution), so the inventory
and the sponsor's record never disagree. The contribution's amount is the sum of the lines'
estimated values, as the sponsor's letter states them. Contributions are not edited: the
ledger they feed is never edited either. Their documents: services.sponsor_documents.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from desktop.domain.errors import Conflict, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.inventory import MILLI, ItemKind, MovementKind, Unit, checked_quantity
from desktop.domain.roles import Permission
from desktop.domain.sponsor import ContributionKind
from desktop.services.context import Actor, Work, acting
from desktop.services.inventory_ledger import Refs, location, lock_items, place_name, post
from desktop.services.inventory_ledger import stock_by_item as stock_of
from desktop.services.sponsor_rows import checked_text, live_sponsor
from desktop.store.database import Database
from desktop.store.inventory import Item
from desktop.store.models import Programme
from desktop.store.sponsors import Contribution, SponsorAgreement
from desktop.store.training import Cohort

AMOUNT_MAX = 10**15  # rupiah: more is a typing slip (as domain.inventory.clean_value)
DESCRIPTION_MAX = 2000


@dataclass(frozen=True)
class CashInput:
    received_on: date
    amount_rupiah: int
    programme_id: int | None = None  # earmarked for a programme, or
    cohort_id: int | None = None  # for a cohort, or neither: for the centre in general
    agreement_id: int | None = None
    description: str = ""


@dataclass(frozen=True)
class InKindLine:
    item_id: int
    location_id: int  # where it is kept from now on
    quantity_milli: int
    value_rupiah: int  # the estimated value of the whole line


@dataclass(frozen=True)
class InKindInput:
    received_on: date
    lines: tuple[InKindLine, ...]
    agreement_id: int | None = None
    description: str = ""


@dataclass(frozen=True)
class EarmarkChoices:
    """What cash can be earmarked for and recorded under, for the form's lists."""

    programmes: tuple[tuple[int, str], ...]  # (id, name)
    cohorts: tuple[tuple[int, str], ...]  # (id, "MJH-2026-03 · Menjahit")
    agreements: tuple[tuple[int, str], ...]  # (id, MoU number) of this sponsor


def contribution_choices(db: Database, actor: Actor, sponsor_id: int) -> EarmarkChoices:
    """Active programmes, cohorts (newest first) and the sponsor's agreements."""
    with acting(db, actor, Permission.MANAGE_INVENTORY, read_only=True) as work:
        live_sponsor(work, sponsor_id)
        programmes = work.session.execute(
            select(Programme.id, Programme.name)
            .where(Programme.active.is_(True))
            .order_by(Programme.name, Programme.id)
        )
        cohorts = work.session.execute(
            select(Cohort.id, Cohort.code, Programme.name)
            .join(Programme, Programme.id == Cohort.programme_id)
            .order_by(Cohort.start_date.desc(), Cohort.id.desc())
        )
        agreements = work.session.execute(
            select(SponsorAgreement.id, SponsorAgreement.number)
            .where(SponsorAgreement.sponsor_id == sponsor_id)
            .order_by(SponsorAgreement.start_date.desc(), SponsorAgreement.id.desc())
        )
        return EarmarkChoices(
            tuple((row.id, row.name) for row in programmes),
            tuple((row.id, f"{row.code} · {row.name}") for row in cohorts),
            tuple((row.id, row.number) for row in agreements),
        )


def _received_on(work: Work, received_on: date) -> date:
    if received_on > work.now.astimezone().date():
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "A contribution cannot be dated in the future."),
            "received_on",
        )
    return received_on


def _agreement(work: Work, sponsor_id: int, agreement_id: int | None) -> None:
    if agreement_id is None:
        return
    owner = work.session.scalar(
        select(SponsorAgreement.sponsor_id).where(SponsorAgreement.id == agreement_id)
    )
    if owner != sponsor_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "This agreement is not one of this sponsor's."),
            "agreement",
        )


def _earmark(work: Work, data: CashInput) -> None:
    if data.programme_id is not None and data.cohort_id is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages",
                "Earmark the money for a programme or for a cohort, not both: a cohort's "
                "programme is known from the cohort.",
            ),
            "earmark",
        )
    if data.programme_id is not None and work.session.get(Programme, data.programme_id) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("programmes", "This programme no longer exists."), "earmark"
        )
    if data.cohort_id is not None and work.session.get(Cohort, data.cohort_id) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "This cohort no longer exists."), "earmark"
        )


def _amount(amount: int, field: str = "amount") -> int:
    if amount <= 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Enter an amount of more than Rp0."), field
        )
    if amount > AMOUNT_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "This amount is too large; check the number."), field
        )
    return amount


def record_cash(db: Database, actor: Actor, sponsor_id: int, data: CashInput) -> int:
    """Record money the sponsor gave; returns the contribution's id."""
    amount = _amount(data.amount_rupiah)
    description = checked_text(data.description, "description", DESCRIPTION_MAX)
    with acting(db, actor, Permission.MANAGE_INVENTORY) as work:
        live_sponsor(work, sponsor_id)
        received_on = _received_on(work, data.received_on)
        _earmark(work, data)
        _agreement(work, sponsor_id, data.agreement_id)
        contribution = _contribution(work, sponsor_id, ContributionKind.CASH, received_on)
        contribution.amount_rupiah = amount
        contribution.programme_id = data.programme_id
        contribution.cohort_id = data.cohort_id
        contribution.agreement_id = data.agreement_id
        contribution.description = description
        work.session.flush()
        work.audit(
            "contribution.record",
            "contribution",
            contribution.id,
            after={
                "sponsor_id": sponsor_id,
                "kind": ContributionKind.CASH.value,
                "received_on": received_on.isoformat(),
                "amount_rupiah": amount,
                "programme_id": data.programme_id,
                "cohort_id": data.cohort_id,
                "agreement_id": data.agreement_id,
                "description": description,
            },
        )
        return contribution.id


def _contribution(
    work: Work, sponsor_id: int, kind: ContributionKind, received_on: date
) -> Contribution:
    contribution = Contribution(
        sponsor_id=sponsor_id,
        kind=kind.value,
        received_on=received_on,
        recorded_by=work.actor.username if work.actor else "",
        recorded_at=work.now,
    )
    work.session.add(contribution)
    return contribution


def _checked_lines(lines: tuple[InKindLine, ...]) -> None:
    """What can be checked before the items are read: there are lines, values are money."""
    if not lines:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Add at least one item the sponsor gave."), "lines"
        )
    for index, line in enumerate(lines):
        field = f"lines.{index}.value"
        if line.value_rupiah < 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "A value in rupiah cannot be negative."), field
            )
        if line.value_rupiah > AMOUNT_MAX:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "This amount is too large; check the number."), field
            )


def record_in_kind(db: Database, actor: Actor, sponsor_id: int, data: InKindInput) -> int:
    """Record things the sponsor gave and put them in stock where each line says, in one unit
    of work; returns the contribution's id. A line at fault is refused on its own field
    ("lines.<index>.quantity", ".item", ".location", ".value") and nothing is recorded."""
    _checked_lines(data.lines)
    description = checked_text(data.description, "description", DESCRIPTION_MAX)
    with acting(db, actor, Permission.MANAGE_INVENTORY) as work:
        live_sponsor(work, sponsor_id)
        received_on = _received_on(work, data.received_on)
        _agreement(work, sponsor_id, data.agreement_id)
        items = lock_items(work, (line.item_id for line in data.lines))
        in_stock = stock_of(work.session, items)
        seen: set[int] = set()
        for index, line in enumerate(data.lines):
            item = items[line.item_id]
            if not item.active:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("messages", "{name} has been retired."),
                    f"lines.{index}.item",
                    name=item.name,
                )
            checked_quantity(line.quantity_milli, Unit(item.unit), f"lines.{index}.quantity")
            if item.kind == ItemKind.EQUIPMENT.value:
                _one_new_machine(item.id in seen or in_stock.get(item.id, 0) > 0, item, index)
                if line.quantity_milli != MILLI:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "messages", "Equipment is counted one by one: the quantity is 1."
                        ),
                        f"lines.{index}.quantity",
                    )
            seen.add(item.id)
            place = location(work, line.location_id)
            if not place.active:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("messages", "{location} is closed; choose another place."),
                    f"lines.{index}.location",
                    location=place_name(place),
                )
        contribution = _contribution(work, sponsor_id, ContributionKind.IN_KIND, received_on)
        contribution.amount_rupiah = sum(line.value_rupiah for line in data.lines)
        contribution.agreement_id = data.agreement_id
        contribution.description = description
        work.session.flush()
        for line in data.lines:
            item = items[line.item_id]
            post(
                work,
                item,
                line.location_id,
                line.quantity_milli,
                MovementKind.DONATED,
                received_on,
                description,
                Refs(contribution_id=contribution.id, value_rupiah=line.value_rupiah),
            )
            if item.kind == ItemKind.EQUIPMENT.value and item.sponsor_id is None:
                # The machine's own record names who gave it, as when it is entered by hand.
                item.sponsor_id = sponsor_id
                item.received_on = item.received_on or received_on
                if item.value_rupiah is None:
                    item.value_rupiah = line.value_rupiah
                item.version += 1
        work.audit(
            "contribution.record",
            "contribution",
            contribution.id,
            after={
                "sponsor_id": sponsor_id,
                "kind": ContributionKind.IN_KIND.value,
                "received_on": received_on.isoformat(),
                "amount_rupiah": contribution.amount_rupiah,
                "agreement_id": data.agreement_id,
                "description": description,
                "lines": [
                    {
                        "item_id": line.item_id,
                        "location_id": line.location_id,
                        "quantity_milli": line.quantity_milli,
                        "value_rupiah": line.value_rupiah,
                    }
                    for line in data.lines
                ],
            },
        )
        return contribution.id


def _one_new_machine(already: bool, item: Item, index: int) -> None:
    """A machine in stock (or twice in one contribution) is refused: it is the same machine;
    a second one is a new item with its own tag."""
    if already:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "messages",
                "{name} ({tag}) is already in stock. A second machine is a new item with "
                "its own tag.",
            ),
            f"lines.{index}.item",
            name=item.name,
            tag=item.asset_tag or "",
        )
