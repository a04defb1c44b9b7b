"""What a desk does when Pelita starts: open the database and learn what to show first."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.centre import CentreProfile
from desktop.services import centre, settings
from desktop.store.database import Database, describe_url, open_database

__all__ = [
    "Database",
    "OpenedDatabase",
    "check_database",
    "describe_url",
    "open_for_desk",
    "refresh",
]


@dataclass(frozen=True)
class OpenedDatabase:
    db: Database
    needs_setup: bool
    profile: CentreProfile | None
    is_demo: bool
    idle_lock_minutes: int


def open_for_desk(url: str, demo: bool = False) -> OpenedDatabase:
    """Open (upgrading if needed); the demo database is filled on its first start."""
    db = open_database(url)
    try:
        if demo and centre.needs_setup(db):
            # Here, not at the top: the demo's name lists and region data are only needed
            # the first time, and every start imports this module.
            from desktop.services.demo import DEMO_PEOPLE, build_demo

            build_demo(db, participants=DEMO_PEOPLE, certificates=True)
        return refresh(db)
    except BaseException:
        db.close()
        raise


def refresh(db: Database) -> OpenedDatabase:
    """What the desk needs to know of an open database (again after the setup wizard)."""
    return OpenedDatabase(
        db=db,
        needs_setup=centre.needs_setup(db),
        profile=centre.get_profile(db),
        is_demo=centre.is_demo(db),
        idle_lock_minutes=settings.get_settings(db).idle_lock_minutes,
    )


def check_database(url: str) -> None:
    """Raise DatabaseError if `url` cannot be opened as a Pelita database; change nothing."""
    open_database(url, migrate=False).close()
