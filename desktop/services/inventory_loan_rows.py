"""Loans and handovers as lists show them (admins): `list_loans` by a filter, and
`overdue_loans`, the loans still out past their due date (where admins look first).

A row is read with its item's name, tag and unit and the participant's name in one query;
`overdue_days` counts from the `today` the caller gives (the desk's today), 0 when not late.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, select

from desktop.domain.inventory import Condition, Unit
from desktop.domain.roles import Permission
from desktop.services.context import Actor, Work, acting
from desktop.services.inventory_loan_checks import LoanKind
from desktop.services.inventory_loan_checks import today as desk_today
from desktop.store.database import Database
from desktop.store.inventory import Item, Loan
from desktop.store.participants import Participant


@dataclass(frozen=True)
class LoanRow:
    """A loan or a handover as lists show it."""

    id: int
    kind: LoanKind
    number: str  # a handover's record number; "" for a loan
    item_id: int
    item_name: str
    asset_tag: str
    participant_id: int
    participant_name: str
    quantity_milli: int
    unit: Unit
    out_on: date
    due_on: date | None
    returned_on: date | None
    condition_out: Condition | None
    condition_back: Condition | None
    overdue_days: int  # 0 when not overdue
    notes: str


@dataclass(frozen=True)
class LoanFilter:
    """Which loans to list. `open_only`: loans still out (handovers are never open);
    `overdue_only`: loans out past their due date; `kind` narrows to loans or handovers."""

    open_only: bool = True
    overdue_only: bool = False
    participant_id: int | None = None
    item_id: int | None = None
    kind: LoanKind | None = None


def list_loans(db: Database, actor: Actor, flt: LoanFilter, today: date) -> list[LoanRow]:
    """Loans and handovers by `flt`, newest first; `today` decides what is overdue."""
    with acting(db, actor, Permission.MANAGE_INVENTORY, read_only=True) as work:
        query = _rows_query().order_by(Loan.out_on.desc(), Loan.id.desc())
        if flt.open_only or flt.overdue_only:
            query = query.where(Loan.kind == LoanKind.LOAN.value, Loan.returned_on.is_(None))
        if flt.overdue_only:
            query = query.where(Loan.due_on < today)
        if flt.kind is not None:
            query = query.where(Loan.kind == flt.kind.value)
        if flt.participant_id is not None:
            query = query.where(Loan.participant_id == flt.participant_id)
        if flt.item_id is not None:
            query = query.where(Loan.item_id == flt.item_id)
        return [_row(found, today) for found in work.session.execute(query)]


def overdue_loans(db: Database, actor: Actor, today: date) -> list[LoanRow]:
    """Loans still out past their due date, the longest overdue first."""
    with acting(db, actor, Permission.MANAGE_INVENTORY, read_only=True) as work:
        query = (
            _rows_query()
            .where(
                Loan.kind == LoanKind.LOAN.value,
                Loan.returned_on.is_(None),
                Loan.due_on < today,
            )
            .order_by(Loan.due_on, Loan.id)
        )
        return [_row(found, today) for found in work.session.execute(query)]


def _rows_query() -> Select[Loan, str, str | None, str, str]:
    return (
        select(Loan, Item.name, Item.asset_tag, Item.unit, Participant.full_name)
        .join(Item, Item.id == Loan.item_id)
        .join(Participant, Participant.id == Loan.participant_id)
    )


def row_of(work: Work, loan_id: int) -> LoanRow:
    work.session.flush()
    found = work.session.execute(_rows_query().where(Loan.id == loan_id)).one()
    return _row(found, desk_today(work))


def _row(found: Any, today: date) -> LoanRow:
    loan: Loan = found[0]
    overdue = (
        (today - loan.due_on).days
        if loan.kind == LoanKind.LOAN.value and loan.returned_on is None and loan.due_on
        else 0
    )
    return LoanRow(
        id=loan.id,
        kind=LoanKind(loan.kind),
        number=loan.number,
        item_id=loan.item_id,
        item_name=found.name,
        asset_tag=found.asset_tag or "",
        participant_id=loan.participant_id,
        participant_name=found.full_name,
        quantity_milli=loan.quantity_milli,
        unit=Unit(found.unit),
        out_on=loan.out_on,
        due_on=loan.due_on,
        returned_on=loan.returned_on,
        condition_out=Condition(loan.condition_out) if loan.condition_out else None,
        condition_back=Condition(loan.condition_back) if loan.condition_back else None,
        overdue_days=max(0, overdue),
        notes=loan.notes,
    )
