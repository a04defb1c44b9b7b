"""The grouped sums behind a sponsor's impact report: what the report looks at (`Scope`), the
money and things given, and where the things went (loans, materials). Who was reached is in
desktop.services.sponsor_impact_reach; desktop.services.sponsor_impact holds the definitions.
Each function is one or a few GROUP BY queries: only counts and sums come back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session, aliased

from desktop.documents.sponsor_impact_parts import (
    Earmark,
    EarmarkKind,
    ItemGiven,
    ItemsGiven,
    LoanLine,
    MaterialLine,
    MoneyGiven,
)
from desktop.domain.inventory import MovementKind, Unit
from desktop.domain.sponsor import ContributionKind
from desktop.store.inventory import Item, Loan, StockMovement
from desktop.store.models import Programme
from desktop.store.sponsors import Contribution
from desktop.store.training import Cohort, CohortSponsor

# Money; every other kind of contribution is in kind.
CASH = ContributionKind.CASH.value


@dataclass(frozen=True)
class Scope:
    """The sponsor, the period (both days included) and the cohorts the report looks at."""

    sponsor_id: int
    start: date
    end: date
    sponsored: frozenset[int]  # cohorts that name the sponsor and run in the period
    earmarked: frozenset[int]  # cohorts a contribution of the period was given for

    @property
    def cohort_ids(self) -> list[int]:
        return sorted(self.sponsored | self.earmarked)


def scope(session: Session, sponsor_id: int, start: date, end: date) -> Scope:
    sponsored = session.scalars(
        select(CohortSponsor.cohort_id)
        .join(Cohort, Cohort.id == CohortSponsor.cohort_id)
        .where(
            CohortSponsor.sponsor_id == sponsor_id,
            Cohort.start_date <= end,
            Cohort.end_date >= start,
        )
    )
    earmarked = session.scalars(
        select(Contribution.cohort_id)
        .distinct()
        .where(
            Contribution.sponsor_id == sponsor_id,
            Contribution.received_on.between(start, end),
            Contribution.cohort_id.is_not(None),
        )
    )
    return Scope(
        sponsor_id,
        start,
        end,
        frozenset(sponsored),
        frozenset(cohort_id for cohort_id in earmarked if cohort_id is not None),
    )


def _given(scope: Scope) -> list[ColumnElement[bool]]:
    return [
        Contribution.sponsor_id == scope.sponsor_id,
        Contribution.received_on.between(scope.start, scope.end),
    ]


def whole(value: Any) -> int:
    """A SUM as an int: None when nothing was summed, a Decimal on PostgreSQL."""
    return int(value or 0)


def count_if(condition: ColumnElement[bool]) -> ColumnElement[Any]:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def money_given(session: Session, scope: Scope) -> MoneyGiven:
    cohort_programme = aliased(Programme)
    rows = session.execute(
        select(
            Contribution.cohort_id,
            Cohort.code,
            cohort_programme.name,
            Contribution.programme_id,
            Programme.name,
            func.count(),
            func.sum(Contribution.amount_rupiah),
        )
        .outerjoin(Cohort, Cohort.id == Contribution.cohort_id)
        .outerjoin(cohort_programme, cohort_programme.id == Cohort.programme_id)
        .outerjoin(Programme, Programme.id == Contribution.programme_id)
        .where(*_given(scope), Contribution.kind == CASH)
        .group_by(
            Contribution.cohort_id,
            Cohort.code,
            cohort_programme.name,
            Contribution.programme_id,
            Programme.name,
        )
    )
    # Given for a cohort (of a programme or not), else for a programme, else in general.
    merged: dict[tuple[int, int], list[Any]] = {}
    for cohort_id, code, of_programme, programme_id, programme, count, amount in rows:
        if cohort_id is not None:
            key, line = (0, cohort_id), ["cohort", code, of_programme or ""]
        elif programme_id is not None:
            key, line = (1, programme_id), ["programme", programme, ""]
        else:
            key, line = (2, 0), ["general", "", ""]
        total = merged.setdefault(key, [*line, 0, 0])
        total[3] += int(count)
        total[4] += whole(amount)
    earmarks = sorted(
        (
            Earmark(kind, name, programme, count, amount)
            for kind, name, programme, count, amount in merged.values()
        ),
        key=lambda e: (_EARMARK_ORDER[e.kind], e.name.casefold(), e.name),
    )
    return MoneyGiven(
        sum(e.contributions for e in earmarks),
        sum(e.amount_rupiah for e in earmarks),
        tuple(earmarks),
    )


_EARMARK_ORDER: dict[EarmarkKind, int] = {"cohort": 0, "programme": 1, "general": 2}


def items_given(session: Session, scope: Scope) -> ItemsGiven:
    count, value = session.execute(
        select(func.count(), func.sum(Contribution.amount_rupiah)).where(
            *_given(scope), Contribution.kind != CASH
        )
    ).one()
    rows = session.execute(
        select(
            Item.name,
            Item.unit,
            func.sum(StockMovement.quantity_milli),
            func.sum(StockMovement.value_rupiah),
        )
        .join(Item, Item.id == StockMovement.item_id)
        .join(Contribution, Contribution.id == StockMovement.contribution_id)
        .where(*_given(scope), StockMovement.kind == MovementKind.DONATED.value)
        .group_by(Item.name, Item.unit)
    )
    items = [
        ItemGiven(name, Unit(unit), whole(quantity), None if worth is None else int(worth))
        for name, unit, quantity, worth in rows
    ]
    items.sort(key=lambda item: (item.name.casefold(), item.name, item.unit.value))
    return ItemsGiven(int(count), whole(value), tuple(items))


def loans(session: Session, scope: Scope) -> tuple[LoanLine, ...]:
    rows = session.execute(
        select(
            Item.name,
            Item.unit,
            Loan.kind,
            func.count(),
            func.sum(Loan.quantity_milli),
            func.count(func.distinct(Loan.participant_id)),
            count_if(Loan.returned_on.is_not(None)),
        )
        .join(Item, Item.id == Loan.item_id)
        .where(Item.sponsor_id == scope.sponsor_id, Loan.out_on.between(scope.start, scope.end))
        .group_by(Item.name, Item.unit, Loan.kind)
    )
    lines = [
        LoanLine(
            name,
            Unit(unit),
            "handover" if kind == "handover" else "loan",
            int(times),
            whole(quantity),
            int(people),
            whole(returned),
        )
        for name, unit, kind, times, quantity, people, returned in rows
    ]
    return tuple(sorted(lines, key=lambda line: (line.item.casefold(), line.item, line.kind)))


def materials(session: Session, scope: Scope) -> tuple[MaterialLine, ...]:
    ids = scope.cohort_ids
    if not ids:
        return ()
    rows = session.execute(
        select(Item.name, Item.unit, func.sum(StockMovement.quantity_milli))
        .join(Item, Item.id == StockMovement.item_id)
        .where(
            StockMovement.cohort_id.in_(ids),
            StockMovement.kind == MovementKind.ISSUED.value,
        )
        .group_by(Item.name, Item.unit)
    )
    # Issues leave the stock: negative in the ledger, a quantity given out here.
    lines = [MaterialLine(name, Unit(unit), abs(whole(total))) for name, unit, total in rows]
    return tuple(sorted(lines, key=lambda line: (line.item.casefold(), line.item)))
