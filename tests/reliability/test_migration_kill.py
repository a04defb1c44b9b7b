"""An upgrade killed with SIGKILL (a power cut while Pelita opens a database written by an
older version) leaves the database either exactly as it was or fully upgraded, never in
between: SQLite's file passes its integrity check, and opening it again upgrades it with every
row kept. On SQLite and on PostgreSQL (both run the whole upgrade in one transaction).

The database is the demo centre taken back to OLD_REVISION with the migrations' own
downgrades, so the upgrade has real rows to carry, including a table SQLite must rebuild
(programme_material in 0007: copied to a new table, the old one dropped, the new one
renamed). The child opens it the way the desk does (`open_database`) and kills itself at a
chosen moment of the upgrade: before a given SQL statement, at the COMMIT, or just after it.
"""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import textwrap
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.engine import make_url

from desktop.paths import sqlite_url
from desktop.services.accounts import authenticate
from desktop.services.demo import build_demo
from desktop.store import (
    models,  # noqa: F401 - registers every table on Base.metadata
    schema,
)
from desktop.store.base import Base
from desktop.store.database import open_database
from desktop.store.schema import SchemaState, schema_state

ROOT = Path(__file__).resolve().parents[2]
OLD_REVISION = "0006_certificates"
# Rows of this table are copied through a rebuilt table by the upgrade on SQLite.
REBUILT = "programme_material"
# Made by migration 0002 in each database's own way, outside the models.
SEARCH_INDEX_OBJECTS = ("participant_fts", "ix_participant_search_trgm")

# The child opens the database as the desk does; `moment` says when it dies:
#   count          no kill: print the statements the upgrade ran (as JSON);
#   statement:N    just before the upgrade's N-th SQL statement (1-based) runs;
#   commit         when the upgrade's transaction is about to commit;
#   committed      just after the upgrade committed.
CHILD = textwrap.dedent(
    """
    import json, os, signal, sys
    from sqlalchemy import Engine, event
    from desktop.store import database

    url, moment = sys.argv[1], sys.argv[2]
    statements = []
    upgrading = False

    def die():
        os.kill(os.getpid(), signal.SIGKILL)

    real_upgrade = database.upgrade

    def upgrade(engine, revision="head"):
        global upgrading
        upgrading = True
        real_upgrade(engine, revision)
        upgrading = False
        if moment == "committed":
            die()

    database.upgrade = upgrade

    @event.listens_for(Engine, "before_cursor_execute")
    def before(conn, cursor, statement, *args):
        if not upgrading:
            return
        statements.append(" ".join(statement.split()))
        if moment == f"statement:{len(statements)}":
            die()

    @event.listens_for(Engine, "commit")
    def commit(conn):
        if upgrading and moment == "commit":
            die()

    database.open_database(url).close()
    print(json.dumps(statements))
    """
)

Snapshot = dict[str, Any]


def _run_child(url: str, moment: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", CHILD, url, moment],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _downgrade(url: str, revision: str) -> None:
    """Back to `revision` through the migrations' downgrades. A plain engine: on SQLite,
    rebuilding a table that others point at needs the foreign keys off, as at a desk the
    older Pelita's database never had them checked against the newer tables."""
    engine = create_engine(url)
    config = Config()
    config.set_main_option("script_location", str(schema.MIGRATIONS_DIR))
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, revision)
            connection.execute(
                text(
                    f"INSERT INTO {REBUILT} (programme_id, position, name, unit, per_participant)"
                    " SELECT id, 1, 'Kain katun', 'metre', 2.5 FROM programme"
                )
            )
    finally:
        engine.dispose()


def _snapshot(engine: Engine) -> Snapshot:
    """Everything in the database: its schema and every row of every table, in a stable
    order. `revision` is alembic_version's."""
    with engine.connect() as connection:
        found: Snapshot = {"revision": schema.current_revision(connection)}
        if engine.dialect.name == "sqlite":
            assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            assert connection.execute(text("PRAGMA foreign_key_check")).all() == []
            schema_rows = connection.execute(
                text("SELECT type, name, tbl_name, sql FROM sqlite_master")
            ).all()
        else:
            schema_rows = connection.execute(
                text(
                    "SELECT table_name, column_name, data_type, is_nullable, column_default"
                    " FROM information_schema.columns WHERE table_schema = 'public'"
                )
            ).all()
        found["schema"] = sorted(map(tuple, schema_rows), key=repr)
        tables: dict[str, tuple[list[str], list[tuple[Any, ...]]]] = {}
        for name in inspect(connection).get_table_names():
            if name == "alembic_version":
                continue
            result = connection.execute(text(f'SELECT * FROM "{name}"'))
            rows = sorted(map(tuple, result.all()), key=repr)
            tables[name] = (list(result.keys()), rows)
        found["tables"] = tables
    return found


def _kept(before: Snapshot, after: Snapshot) -> None:
    """Every table of `before` is in `after` with the same rows in the columns it had."""
    for name, (columns, rows) in before["tables"].items():
        assert name in after["tables"], name
        now_columns, now_rows = after["tables"][name]
        places = [now_columns.index(column) for column in columns]
        projected = sorted((tuple(row[i] for i in places) for row in now_rows), key=repr)
        assert projected == rows, name


def _differences_from_models(engine: Engine) -> list[object]:
    def not_search_index(_obj: object, name: str | None, *_: object) -> bool:
        return not (name or "").startswith(SEARCH_INDEX_OBJECTS)

    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_object": not_search_index}
        )
        return list(compare_metadata(context, Base.metadata))


def _check_after_kill(url: str, before: Snapshot) -> None:
    engine = create_engine(url)
    try:
        after = _snapshot(engine)
    finally:
        engine.dispose()
    if after["revision"] == OLD_REVISION:
        assert after == before, "at the old revision, but not as it was"
    else:
        assert after["revision"] == schema.HEAD, f"left at {after['revision']}"
        _kept(before, after)

    database = open_database(url)  # upgrades what was left at the old revision
    try:
        assert schema_state(database.engine) == (SchemaState.CURRENT, schema.HEAD)
        assert _differences_from_models(database.engine) == []
        _kept(before, _snapshot(database.engine))
        assert authenticate(database, "admin", "admin-demo").username == "admin"
    finally:
        database.close()


# -- SQLite --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def old_sqlite(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """The demo centre at OLD_REVISION, and the statements its upgrade runs (counted by an
    upgrade of a copy, killed never)."""
    folder = tmp_path_factory.mktemp("old-sqlite")
    path = folder / "old.sqlite3"
    database = open_database(sqlite_url(path))
    build_demo(database, 40, certificates=True)
    database.close()
    _downgrade(sqlite_url(path), OLD_REVISION)
    counted = folder / "counted.sqlite3"
    _copy_sqlite(path, counted)
    child = _run_child(sqlite_url(counted), "count")
    assert child.returncode == 0, child.stderr
    return path, json.loads(child.stdout)


def _copy_sqlite(source: Path, target: Path) -> None:
    with sqlite3.connect(source) as from_db, sqlite3.connect(target) as to_db:
        from_db.backup(to_db)
    from_db.close()
    to_db.close()


def _sqlite_moment(moment: str, statements: list[str]) -> str:
    """The child's kill point for a named moment of this upgrade."""
    if moment in ("commit", "committed"):
        return moment
    if moment == "rebuild":
        # Just after the old table is dropped, its rows only in the new one, before the rename.
        position = statements.index(f"DROP TABLE {REBUILT}") + 1
        assert statements[position].startswith(f"ALTER TABLE _alembic_tmp_{REBUILT} RENAME")
        return f"statement:{position + 1}"
    number = {"first": 2, "middle": len(statements) // 2, "last": len(statements)}[moment]
    return f"statement:{number}"


@pytest.mark.parametrize("moment", ["first", "rebuild", "middle", "last", "commit", "committed"])
def test_a_killed_upgrade_on_sqlite_is_all_or_nothing(
    old_sqlite: tuple[Path, list[str]], tmp_path: Path, moment: str
) -> None:
    template, statements = old_sqlite
    path = tmp_path / "pelita.sqlite3"
    _copy_sqlite(template, path)
    engine = create_engine(sqlite_url(path))
    before = _snapshot(engine)
    engine.dispose()
    assert before["revision"] == OLD_REVISION
    assert before["tables"][REBUILT][1], "the rebuilt table must carry rows"

    child = _run_child(sqlite_url(path), _sqlite_moment(moment, statements))
    assert child.returncode == -signal.SIGKILL, child.stdout + child.stderr

    _check_after_kill(sqlite_url(path), before)


# -- PostgreSQL ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def old_postgres(postgres_url: str) -> Iterator[str]:
    """A database in the session's server with the demo centre at OLD_REVISION; each test
    works on a copy of it (CREATE DATABASE ... TEMPLATE)."""
    name = f"pelita_old_{uuid.uuid4().hex[:12]}"
    url = _create_database(postgres_url, name)
    try:
        database = open_database(url)
        build_demo(database, 40, certificates=True)
        database.close()
        _downgrade(url, OLD_REVISION)
        yield name
    finally:
        _drop_database(postgres_url, name)


def _create_database(server_url: str, name: str, template: str | None = None) -> str:
    server = create_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with server.connect() as connection:
            copy = f' TEMPLATE "{template}"' if template else ""
            connection.exec_driver_sql(f'CREATE DATABASE "{name}"{copy}')
    finally:
        server.dispose()
    return make_url(server_url).set(database=name).render_as_string(hide_password=False)


def _drop_database(server_url: str, name: str) -> None:
    server = create_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with server.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        server.dispose()


@pytest.mark.postgres
@pytest.mark.parametrize("moment", ["middle", "last", "commit", "committed"])
def test_a_killed_upgrade_on_postgres_is_all_or_nothing(
    postgres_url: str, old_postgres: str, moment: str
) -> None:
    """The server rolls back the dropped connection's transaction, DDL included."""
    name = f"pelita_kill_{uuid.uuid4().hex[:12]}"
    url = _create_database(postgres_url, name, template=old_postgres)
    try:
        engine = create_engine(url)
        before = _snapshot(engine)
        engine.dispose()
        assert before["revision"] == OLD_REVISION
        if moment in ("middle", "last"):
            counted = _create_database(postgres_url, f"{name}_n", template=old_postgres)
            child = _run_child(counted, "count")
            _drop_database(postgres_url, f"{name}_n")
            assert child.returncode == 0, child.stderr
            total = len(json.loads(child.stdout))
            moment = f"statement:{total // 2 if moment == 'middle' else total}"

        child = _run_child(url, moment)
        assert child.returncode == -signal.SIGKILL, child.stdout + child.stderr

        _check_after_kill(url, before)
    finally:
        _drop_database(postgres_url, name)
