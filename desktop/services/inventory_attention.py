"""What an admin should see first when Pelita opens: consumables running low and loans past
their due date. Two counts, each one query, cheap enough to ask again after every change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from desktop.domain.inventory import ItemKind
from desktop.domain.roles import Permission
from desktop.services.context import Actor, acting
from desktop.store.database import Database
from desktop.store.inventory import Item, Loan, StockMovement


@dataclass(frozen=True)
class Attention:
    low_items: int  # consumables at or below their reorder level
    overdue_loans: int  # lent things not back by their due date

    @property
    def any(self) -> bool:
        return bool(self.low_items or self.overdue_loans)


def attention(db: Database, actor: Actor, today: date) -> Attention:
    """The two counts, for admins (others get nothing to act on: zeros)."""
    if not actor.may(Permission.MANAGE_INVENTORY):
        return Attention(0, 0)
    with acting(db, actor, Permission.MANAGE_INVENTORY, read_only=True) as work:
        stock = (
            select(func.coalesce(func.sum(StockMovement.quantity_milli), 0))
            .where(StockMovement.item_id == Item.id)
            .scalar_subquery()
        )
        low = work.session.scalar(
            select(func.count()).where(
                Item.kind == ItemKind.CONSUMABLE.value,
                Item.active.is_(True),
                Item.reorder_milli > 0,
                stock <= Item.reorder_milli,
            )
        )
        overdue = work.session.scalar(
            select(func.count()).where(
                Loan.kind == "loan", Loan.returned_on.is_(None), Loan.due_on < today
            )
        )
        return Attention(int(low or 0), int(overdue or 0))
