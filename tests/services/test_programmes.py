"""The programme lists the registration desk chooses from."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from desktop.domain.errors import PermissionDenied
from desktop.services import accounts
from desktop.services.context import Actor
from desktop.services.demo import DEMO_PROGRAMMES
from desktop.services.programmes import list_programmes
from desktop.store.database import Database
from desktop.store.models import Programme


def test_every_role_lists_the_active_programmes_by_name(
    demo_db: Database, admin: Actor, clerk: Actor, instructor: Actor
) -> None:
    expected = sorted(name for _code, name, *_rest in DEMO_PROGRAMMES)
    for actor in (admin, clerk, instructor):
        found = list_programmes(demo_db, actor)
        assert [name for _id, name in found] == expected
        assert len({programme_id for programme_id, _name in found}) == len(found)


def test_inactive_programmes_only_when_asked(demo_db: Database, clerk: Actor) -> None:
    with demo_db.sessions.begin() as session:
        session.execute(update(Programme).where(Programme.code == "JHT").values(active=False))
    names = [name for _id, name in list_programmes(demo_db, clerk)]
    assert "Menjahit Pakaian Dasar" not in names
    everything = [name for _id, name in list_programmes(demo_db, clerk, include_inactive=True)]
    assert "Menjahit Pakaian Dasar" in everything
    assert len(everything) == len(names) + 1


def test_a_disabled_account_is_refused(demo_db: Database, admin: Actor, clerk: Actor) -> None:
    accounts.set_active(demo_db, admin, clerk.user_id, False)
    with pytest.raises(PermissionDenied):
        list_programmes(demo_db, clerk)
