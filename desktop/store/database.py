"""Opening a Pelita database: checks, safety backup, migrations, and the session factory."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.errors import DatabaseError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.store.base import utcnow
from desktop.store.engine import enable_wal, make_engine, sqlite_path
from desktop.store.schema import SchemaState, backup_sqlite_file, schema_state, upgrade

log = logging.getLogger(__name__)
SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass
class Database:
    """An open database. `clock` is injectable so lock-outs and timestamps can be tested."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    clock: Callable[[], datetime] = utcnow
    backup_path: Path | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def close(self) -> None:
        self.engine.dispose()


def describe_url(url: str) -> str:
    """The URL without its password, safe to show and to log."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (sa_exc.ArgumentError, ValueError):
        # Malformed (e.g. a port that is not a number): still never show a password.
        return re.sub(r"(://[^:/@]*:)[^@/]*@", r"\1***@", url)


def open_database(
    url: str, *, migrate: bool = True, create: bool = True, clock: Callable[[], datetime] = utcnow
) -> Database:
    """Open, check and (if needed) upgrade the database at `url`.

    Raises DatabaseError with a message for people when the URL is malformed, the server cannot
    be reached, the file is not a database, or a newer Pelita wrote it. In every such case the
    database is left exactly as it was.
    """
    try:
        make_url(url)
    except (sa_exc.ArgumentError, ValueError):
        raise DatabaseError(
            QT_TRANSLATE_NOOP("messages", "This is not a database address: {url}"),
            "database_url",
            url=describe_url(url),
        ) from None
    path = sqlite_path(url)
    if path is not None:
        _check_sqlite_file(path, create)
    try:
        engine = make_engine(url)
    except (sa_exc.ArgumentError, sa_exc.NoSuchModuleError, ValueError) as error:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "messages", "This is not a database address Pelita can use: {url} ({reason})"
            ),
            "database_url",
            url=describe_url(url),
            reason=str(error),
        ) from None
    try:
        state, revision = schema_state(engine)
    except sa_exc.OperationalError as error:
        engine.dispose()
        raise _unreachable(url, error) from None
    except sa_exc.DatabaseError as error:
        engine.dispose()
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "messages", "The database file {path} is damaged and cannot be opened: {reason}"
            ),
            "database_url",
            path=str(path or describe_url(url)),
            reason=_reason(error),
        ) from None
    database = Database(url=url, engine=engine, sessions=_sessionmaker(engine), clock=clock)
    if state is SchemaState.TOO_NEW:
        engine.dispose()
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "messages",
                "This database was written by a newer version of Pelita (schema {revision}). "
                "Install the newer Pelita to open it; nothing was changed.",
            ),
            "database_url",
            revision=revision or "",
        )
    if state is SchemaState.FOREIGN:
        engine.dispose()
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "messages", "This database holds other tables and is not a Pelita database."
            ),
            "database_url",
        )
    if database.is_sqlite:
        # Only now that it is known to be Pelita's: WAL mode is written into the file.
        enable_wal(engine)
    if migrate and state is not SchemaState.CURRENT:
        if state is SchemaState.BEHIND and path is not None:
            database.backup_path = backup_sqlite_file(path, "before-upgrade", clock())
            log.info("backed up %s to %s before upgrading", path, database.backup_path)
        log.info("upgrading %s from %s", describe_url(url), revision or "nothing")
        upgrade(engine)
    return database


def _sessionmaker(engine: Engine) -> sessionmaker[Session]:
    # Objects stay readable after commit: services hand plain values to the GUI.
    return sessionmaker(engine, expire_on_commit=False)


def _check_sqlite_file(path: Path, create: bool) -> None:
    if path.exists():
        if path.is_dir():
            raise DatabaseError(
                QT_TRANSLATE_NOOP("messages", "{path} is a folder, not a database file."),
                "database_url",
                path=str(path),
            )
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
        # An empty file is what sqlite3 leaves after a failed first start: treat it as new.
        if header and header != SQLITE_HEADER:
            raise DatabaseError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The file {path} is not a Pelita database or it is damaged. "
                    "It was left untouched; restore a backup or choose another file.",
                ),
                "database_url",
                path=str(path),
            )
        return
    if not create:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("messages", "There is no database file at {path}."),
            "database_url",
            path=str(path),
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "messages", "Cannot create the folder for the database {path}: {reason}"
            ),
            "database_url",
            path=str(path),
            reason=error.strerror or str(error),
        ) from None


def _reason(error: sa_exc.DBAPIError) -> str:
    return str(error.orig).strip().splitlines()[0] if error.orig else str(error)


def _unreachable(url: str, error: sa_exc.DBAPIError) -> DatabaseError:
    return DatabaseError(
        QT_TRANSLATE_NOOP("messages", "Cannot connect to the database {url}: {reason}"),
        "database_url",
        url=describe_url(url),
        reason=_reason(error),
    )
