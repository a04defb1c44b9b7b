"""What a desk does when Pelita starts: open the database and learn what to show first.

An SQLite file is checked first (PRAGMA quick_check: milliseconds for a centre's file, see
the report of issue 10); a damaged one raises DatabaseDamaged naming the newest good backup,
so the desk leads the admin to it instead of failing somewhere later.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.centre import CentreProfile
from desktop.services import centre, settings
from desktop.services.backup_integrity import checked_since
from desktop.services.backups import (
    BackupError,
    BackupInfo,
    BackupPlace,
    DatabaseDamaged,
    backup_place,
    check_integrity,
    newest_good_backup,
)
from desktop.store.database import SQLITE_HEADER, Database, describe_url, open_database
from desktop.store.engine import sqlite_path

__all__ = [
    "Database",
    "DatabaseDamaged",
    "OpenedDatabase",
    "check_database",
    "describe_url",
    "open_for_desk",
    "refresh",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OpenedDatabase:
    db: Database
    needs_setup: bool
    profile: CentreProfile | None
    is_demo: bool
    idle_lock_minutes: int


def open_for_desk(url: str, demo: bool = False, place: BackupPlace | None = None) -> OpenedDatabase:
    """Open (upgrading if needed); the demo database is filled on its first start.

    Raises DatabaseDamaged for an SQLite file that fails its integrity check; `place` is
    where its backups are (default: this desk's settings)."""
    path = sqlite_path(url)
    if path is not None:
        check_sqlite_file(path, place)
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


def check_sqlite_file(path: Path, place: BackupPlace | None = None) -> None:
    """Raise DatabaseDamaged if the file at `path` is damaged; anything else (no file yet,
    another program's file, no permission) is left for open_database to explain."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError:
        return
    if not header:
        return  # a new database
    if header != SQLITE_HEADER:
        if header.strip(b"\x00"):
            return  # another program's file, not a damaged database
        problems: tuple[str, ...] = ("the first page is blank",)
    elif checked_since(path):
        return  # checked by the backup at exit and untouched since
    else:
        try:
            report = check_integrity(path)
        except BackupError:
            return
        if report.ok:
            return
        problems = report.problems
    raise DatabaseDamaged(path, _newest_good(path, place), problems)


def _newest_good(path: Path, place: BackupPlace | None) -> BackupInfo | None:
    # Finding a backup must not turn "damaged" into another error: at worst, none is named.
    try:
        if place is None:
            from desktop.config import load_config

            place = backup_place(load_config(), path)
        return newest_good_backup(place)
    except Exception:
        log.exception("cannot look for a backup of the damaged %s", path)
        return None


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
