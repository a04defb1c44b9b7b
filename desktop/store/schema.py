"""Schema versions: which migration a database is at, and bringing it up to date safely.

Start-up reads one row to learn the database's revision. Only when it is behind does Alembic get
imported (it costs ~0.3 s), an SQLite file get backed up beside itself, and the upgrade run.
"""

from __future__ import annotations

import enum
import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text

# Every migration in order, oldest first. tests/store/test_migrations.py checks this against
# Alembic's own history, so a new migration cannot be forgotten here.
REVISIONS: tuple[str, ...] = (
    "0001_foundation",
    "0002_participants",
    "0003_training",
    "0004_sponsors",
    "0005_attendance",
    "0006_certificates",
    "0007_inventory",
    "0008_evaluation",
    "0009_privacy",
)
HEAD = REVISIONS[-1]
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


class SchemaState(enum.Enum):
    EMPTY = "empty"  # a new database: no tables yet
    CURRENT = "current"
    BEHIND = "behind"
    TOO_NEW = "too_new"  # written by a newer Pelita
    FOREIGN = "foreign"  # has tables, but not Pelita's


def current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def schema_state(engine: Engine) -> tuple[SchemaState, str | None]:
    with engine.connect() as connection:
        revision = current_revision(connection)
        if revision is None:
            has_tables = bool(inspect(connection).get_table_names())
            return (SchemaState.FOREIGN if has_tables else SchemaState.EMPTY), None
    if revision == HEAD:
        return SchemaState.CURRENT, revision
    if revision in REVISIONS:
        return SchemaState.BEHIND, revision
    return SchemaState.TOO_NEW, revision


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.connect() as connection:
        raw = connection.connection.dbapi_connection if engine.dialect.name == "sqlite" else None
        if raw is not None:
            # SQLite alters a table by building a new one and dropping the old: with foreign
            # keys on, a table other rows point at could not be dropped. The pragma only
            # changes outside a transaction (the raw connection is in autocommit), and the keys
            # are checked before the upgrade commits.
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
                if raw is not None:
                    _check_foreign_keys(connection)
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys=ON")


def _check_foreign_keys(connection: Connection) -> None:
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        # Raised inside the transaction: the upgrade is rolled back, the file stays as it was.
        raise RuntimeError(f"the upgrade left rows pointing at nothing: {broken[:5]}")


def backup_sqlite_file(path: Path, reason: str, now: datetime) -> Path:
    """Copy a live SQLite file (WAL included) beside itself with a timestamp in its name."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}-{reason}-{stamp}{path.suffix}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.stem}-{reason}-{stamp}-{counter}{path.suffix}")
    # The backup API copies a consistent snapshot even while another desk process has it open.
    source = sqlite3.connect(path)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    return target
