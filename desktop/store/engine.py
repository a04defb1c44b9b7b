"""Engine factory: an SQLite file by default, PostgreSQL by URL."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DisconnectionError

SQLITE_BUSY_MS = 10_000
# Execution option naming a transaction that will write (see `_on_begin`); PostgreSQL ignores it.
WRITES = "pelita_writes"
PING_AFTER_S = 10.0


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database or "")


def make_engine(url: str) -> Engine:
    if is_sqlite(url):
        return _sqlite_engine(url)
    engine = create_engine(url, connect_args={"connect_timeout": 5, "application_name": "pelita"})
    _ping_when_idle(engine)
    return engine


def _ping_when_idle(engine: Engine) -> None:
    """Test a pooled connection before use only when it has sat idle for PING_AFTER_S: a
    server restarted or a network cable pulled meanwhile would otherwise fail the desk's next
    call. SQLAlchemy's pool_pre_ping tests every checkout, a round trip on each keystroke of
    the participant search; a connection used a moment ago needs no test. Raising
    DisconnectionError makes the pool drop the connection and connect again (its documented
    checkout protocol)."""

    @event.listens_for(engine, "checkin")
    def _on_checkin(_dbapi_connection: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _on_checkout(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        idle_since = record.info.get("idle_since")
        if idle_since is None or time.monotonic() - idle_since < PING_AFTER_S:
            return
        try:
            cursor = dbapi_connection.cursor()
            cursor.execute("SELECT 1")
            cursor.close()
            dbapi_connection.rollback()
        except Exception as error:  # any failure: this connection is not to be trusted
            raise DisconnectionError() from error


def _sqlite_engine(url: str) -> Engine:
    # The worker thread and the GUI thread both read; SQLite itself serialises the writes.
    engine = create_engine(
        url, connect_args={"timeout": SQLITE_BUSY_MS / 1000, "check_same_thread": False}
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin (the
        # documented recipe), so SAVEPOINTs and isolation behave as on PostgreSQL.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        # No journal_mode here: it is stored in the file, and a file Pelita refuses to open
        # (another program's database, a newer schema) must stay as it was. See enable_wal.
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")
        # FULL syncs the WAL on every commit: desks lose power often, and a saved
        # registration must survive it (NORMAL could drop the last commits).
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # A transaction that will write takes the write lock at once (IMMEDIATE), so a second
        # writer waits its turn under busy_timeout. Begun DEFERRED, it would read a snapshot
        # first, and if another desk wrote meanwhile SQLite refuses its first write at once
        # ("database is locked", no waiting: waiting could not make the snapshot current).
        immediate = connection.get_execution_options().get(WRITES, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def enable_wal(engine: Engine) -> None:
    """Put an SQLite file in WAL mode (readers never block the writer). The mode is kept in the
    file, so once is enough; it must run outside a transaction, hence the raw connection."""
    connection = engine.raw_connection()
    try:
        cursor = connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.close()
    finally:
        connection.close()
