"""A desk whose pooled PostgreSQL connection died while idle (server restarted, cable pulled)
carries on: the connection is tested when it comes out of the pool after a pause, and a fresh
one is opened. A connection used a moment ago is not tested (no extra round trip a call)."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from desktop.store import engine as engine_module
from desktop.store.database import Database, open_database


@pytest.fixture
def pg(postgres_url: str) -> Iterator[Database]:
    database = open_database(postgres_url)
    yield database
    database.close()


def _backend_pid(db: Database) -> int:
    with db.engine.connect() as connection:
        return int(connection.execute(text("SELECT pg_backend_pid()")).scalar_one())


def _kill(url: str, pid: int) -> None:
    """From outside the pool, as a server restart would."""
    plain = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(plain, autocommit=True) as other:
        other.execute("SELECT pg_terminate_backend(%s)", (pid,))


def test_a_connection_killed_while_idle_is_replaced(
    pg: Database, postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    pid = _backend_pid(pg)  # now idle in the pool
    _kill(postgres_url, pid)
    monkeypatch.setattr(engine_module, "PING_AFTER_S", 0.0)
    assert _backend_pid(pg) != pid  # tested on checkout, replaced, and the call works


def test_without_the_test_the_dead_connection_would_fail_the_call(
    pg: Database, postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    pid = _backend_pid(pg)
    _kill(postgres_url, pid)
    monkeypatch.setattr(engine_module, "PING_AFTER_S", 3600.0)
    with pytest.raises(OperationalError):
        _backend_pid(pg)


def test_a_connection_used_a_moment_ago_is_not_tested(pg: Database) -> None:
    statements: list[str] = []
    event.listen(
        pg.engine, "before_cursor_execute", lambda *args: statements.append(args[2]), named=False
    )
    _backend_pid(pg)
    _backend_pid(pg)
    assert statements == ["SELECT pg_backend_pid()"] * 2
