"""`pelita demo` and `pelita upgrade`: the commands that create or upgrade a database.

The demo is built only where a demo belongs: its own file by default, never the real centre's
file, and `--reset` deletes nothing that holds a real centre or sits on a database server.

Only the standard library is imported at the top (the parser is built for `--help` too).
"""

from __future__ import annotations

import argparse
import logging
import time
from pathlib import Path

from desktop.cli_admin import print_table
from desktop.domain.errors import Conflict, DatabaseError
from desktop.paths import default_database_path, demo_database_path, sqlite_url

log = logging.getLogger(__name__)


def build_demo_centre(args: argparse.Namespace, url: str) -> int:
    from desktop.domain.demo import DEMO_LOGINS
    from desktop.services import centre
    from desktop.services.demo import build_demo
    from desktop.store.database import open_database

    started = time.perf_counter()
    _check_url(url)
    _refuse_real_centre_file(url)
    if args.reset:
        _delete_demo(url)
    db = open_database(url)
    try:
        where = location(url)
        if centre.needs_setup(db):
            build_demo(db, participants=args.participants)
            elapsed = time.perf_counter() - started
            print(f"Built the demo centre in {elapsed:.1f} s.")
        elif centre.is_demo(db):
            print("The demo centre is already there; use --reset to build it again.")
        else:
            raise Conflict(
                "{where} holds a real centre, not the demo; pelita demo leaves it alone.",
                "database_url",
                where=where,
            )
    finally:
        db.close()
    print(f"Database: {where}")
    print()
    print_table(
        ("User name", "Password", "Role"),
        [(name, password, role.label) for name, password, role in DEMO_LOGINS],
    )
    if url == sqlite_url(demo_database_path()):
        print()
        print("Open it with: pelita --demo")
    return 0


def location(url: str) -> str:
    """The file of an SQLite URL, else the URL without its password."""
    from sqlalchemy.exc import ArgumentError

    from desktop.store.database import describe_url
    from desktop.store.engine import sqlite_path

    try:
        path = sqlite_path(url)
    except ArgumentError:  # a malformed URL: open_database says so in people's words
        path = None
    return str(path) if path is not None else describe_url(url)


def _check_url(url: str) -> None:
    """Fail on a malformed URL before anything looks at its parts (open_database's words)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        make_url(url)
    except ArgumentError:
        raise DatabaseError(
            "This is not a database address: {url}", "database_url", url=url
        ) from None


def _same_file(a: Path, b: Path) -> bool:
    return a.expanduser().resolve() == b.expanduser().resolve()


def _refuse_real_centre_file(url: str) -> None:
    from desktop.store.engine import sqlite_path

    path = sqlite_path(url)
    if path is not None and _same_file(path, default_database_path()):
        raise Conflict(
            "{path} is the real centre's database; the demo always lives in its own file.",
            "database_url",
            path=str(path),
        )


def _delete_demo(url: str) -> None:
    """--reset: delete the demo's SQLite file, after making sure it holds nothing but a demo."""
    from desktop.services import centre
    from desktop.store.database import open_database
    from desktop.store.engine import is_sqlite, sqlite_path
    from desktop.store.schema import SchemaState, schema_state

    if not is_sqlite(url):
        raise DatabaseError(
            "--reset deletes the demo's SQLite file; Pelita does not drop tables on a database "
            "server. Empty {where} yourself, then run pelita demo again.",
            "database_url",
            where=location(url),
        )
    path = sqlite_path(url)
    if path is None or not path.exists():
        return  # an in-memory or new database is empty already
    try:
        db = open_database(url, migrate=False, create=False)
    except DatabaseError:
        # A damaged file in the demo's own place can only have been a demo: --reset is the cure.
        # Anywhere else it might be someone's real data, so it stays as it is.
        if not _same_file(path, demo_database_path()):
            raise
        log.warning("the demo database %s is damaged; deleting it", path)
    else:
        try:
            empty = schema_state(db.engine)[0] is SchemaState.EMPTY
            if not empty and not centre.needs_setup(db) and not centre.is_demo(db):
                raise Conflict(
                    "{path} holds a real centre, not the demo; it was not deleted.",
                    "database_url",
                    path=str(path),
                )
        finally:
            db.close()
    for suffix in ("", "-wal", "-shm", "-journal"):
        part = Path(f"{path}{suffix}")
        try:
            part.unlink(missing_ok=True)
        except OSError as error:
            raise DatabaseError(
                "Cannot delete {path} ({reason}). Close the Pelita windows that use the demo "
                "and try again.",
                "database_url",
                path=str(part),
                reason=error.strerror or str(error),
            ) from None
    log.info("deleted the demo database %s for --reset", path)


def upgrade_database(args: argparse.Namespace, url: str) -> int:
    from desktop.store.database import open_database
    from desktop.store.schema import SchemaState, schema_state

    # Looked at first without migrating, to tell the admin what the upgrade did.
    db = open_database(url, migrate=False, create=False)
    try:
        state, before = schema_state(db.engine)
    finally:
        db.close()
    db = open_database(url, create=False)
    try:
        _state, after = schema_state(db.engine)
    finally:
        db.close()
    print(f"Database: {location(url)}")
    if state is SchemaState.CURRENT:
        print(f"Schema revision: {after} (already up to date)")
    else:
        print(f"Schema revision: {after} (upgraded from {before or 'an empty database'})")
    if db.backup_path is not None:
        print(f"Backup made before the upgrade: {db.backup_path}")
    return 0
