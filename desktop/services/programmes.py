"""The training programmes as lists to choose from (the intake form's wishes, the profile).

Programmes are created and edited by the programmes area; this is only the reading side the
registration desk needs.
"""

from __future__ import annotations

from sqlalchemy import select

from desktop.domain.roles import Permission
from desktop.services.context import Actor, acting
from desktop.store.database import Database
from desktop.store.models import Programme


def list_programmes(
    db: Database, actor: Actor, *, include_inactive: bool = False
) -> list[tuple[int, str]]:
    """(id, name) by name. Inactive programmes are left out of what people may choose, but a
    profile still needs their names for wishes recorded while they ran."""
    with acting(db, actor, Permission.VIEW_PROGRAMMES, read_only=True) as work:
        query = select(Programme.id, Programme.name).order_by(Programme.name, Programme.id)
        if not include_inactive:
            query = query.where(Programme.active == True)  # noqa: E712 (SQL, not Python)
        return [(row.id, row.name) for row in work.session.execute(query)]
