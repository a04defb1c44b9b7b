"""Make tests/store/fixtures/schema_<revision>.sql.xz: a demo centre as each release wrote it.

For every schema revision, the last commit at which it was the newest (and every earlier build
whose migration of that revision was changed later) is checked out into a throwaway git worktree
in /tmp; that commit's own services build a small demo centre with PELITA_HOME in /tmp, and
the SQLite file is dumped as SQL text. test_upgrade_fixtures.py loads each one and upgrades it.

Run it after a migration is committed (it only reads git; the checkout here is never changed):

    .venv/bin/python -m tests.store.make_schema_fixtures [--participants 40] [LABEL ...]
"""

from __future__ import annotations

import argparse
import lzma
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import MetaData, create_engine, insert, select, text

REPO = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).with_name("fixtures")
PYTHON = REPO / ".venv" / "bin" / "python"
VERSIONS_DIR = "desktop/store/migrations/versions"
REVISION_FILE = re.compile(r"/(\d{4}_[a-z0-9_]+)\.py\b")
# Run inside the worktree: that commit's own services build the demo centre as its window did on
# a first `pelita --demo` (with the finished cohort's certificates, once Pelita issued them).
DEMO_SCRIPT = """
import inspect, sys
from desktop.paths import demo_database_path, sqlite_url
from desktop.services.demo import build_demo
from desktop.store.database import open_database
db = open_database(sqlite_url(demo_database_path()))
options = {"participants": int(sys.argv[1])}
if "certificates" in inspect.signature(build_demo).parameters:
    options["certificates"] = True
build_demo(db, **options)
db.close()
"""


@dataclass(frozen=True)
class ReleasedSchema:
    """A build of Pelita whose database a fixture holds."""

    revision: str
    commit: str
    label: str  # the fixture's name: the revision, plus the short commit for an earlier build

    @property
    def fixture(self) -> Path:
        return FIXTURES / f"schema_{self.label}.sql.xz"


def _git(*args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=REPO, check=True, capture_output=True, text=True
    ).stdout


def _head_revision(commit: str) -> str:
    """The newest migration in that commit's versions folder: what its code upgrades to.
    (Not schema.REVISIONS: a commit may list a revision whose file came later.)"""
    names = _git("ls-tree", "--name-only", commit, f"{VERSIONS_DIR}/").split()
    return str(max(REVISION_FILE.findall(" ".join(names))))


def released_schemas() -> list[ReleasedSchema]:
    """Each revision's last commit as the newest, plus earlier builds with a different migration."""
    touching = _git("rev-list", "--first-parent", "--reverse", "HEAD", "--", VERSIONS_DIR).split()
    found: list[ReleasedSchema] = []
    previous: str | None = None
    for commit in touching:
        revision = _head_revision(commit)
        parent = _git("rev-parse", f"{commit}^").strip() if previous else ""
        if previous is not None and revision != previous:
            found.append(ReleasedSchema(previous, parent, previous))
        elif previous is not None and _changes_migration(commit, revision):
            # The newest migration itself was edited: databases from before differ.
            found.append(ReleasedSchema(previous, parent, f"{previous}-{parent[:7]}"))
        previous = revision
    if previous is not None:
        found.append(ReleasedSchema(previous, _git("rev-parse", "HEAD").strip(), previous))
    return found


def _changes_migration(commit: str, revision: str) -> bool:
    changed = _git("diff-tree", "--no-commit-id", "--name-only", "-r", commit).split()
    return f"{VERSIONS_DIR}/{revision}.py" in changed


def dump_sql(path: Path) -> Iterator[str]:
    """The database as SQL statements, like sqlite3's iterdump but right for FTS5 tables.

    iterdump would also dump an FTS5 table's shadow tables (which creating it makes again) and
    insert its rows without their rowids; here the virtual table is created empty and rebuilt
    from its content table once the rows are in, and the triggers come last.
    """
    connection = sqlite3.connect(path)
    try:
        shadow = {
            row[1]
            for row in connection.execute("PRAGMA table_list")
            if row[2] == "shadow" or row[1].startswith("sqlite_")
        }
        yield "PRAGMA foreign_keys=OFF;"
        yield "BEGIN TRANSACTION;"
        virtual: list[str] = []
        tables = connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL "
            "ORDER BY name"
        ).fetchall()
        for name, sql in tables:
            if name in shadow:
                continue
            yield f"{sql};"
            if sql.upper().startswith("CREATE VIRTUAL TABLE"):
                virtual.append(name)
                continue
            yield from _rows(connection, name)
        if any(name == "sqlite_sequence" for name, _ in tables):
            yield "DELETE FROM sqlite_sequence;"
            for name, seq in connection.execute("SELECT name, seq FROM sqlite_sequence"):
                yield f"INSERT INTO sqlite_sequence VALUES({_quote(name)}, {seq});"
        for name in virtual:
            yield f'INSERT INTO "{name}"("{name}") VALUES(\'rebuild\');'
        others = connection.execute(
            "SELECT sql FROM sqlite_master WHERE type IN ('index', 'trigger', 'view') "
            "AND sql IS NOT NULL ORDER BY type = 'trigger', name"
        )
        for (sql,) in others:
            yield f"{sql};"
        yield "COMMIT;"
    finally:
        connection.close()


def _quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _rows(connection: sqlite3.Connection, table: str) -> Iterator[str]:
    columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
    values = " || ',' || ".join(f'quote("{column}")' for column in columns)
    query = f"SELECT 'INSERT INTO \"{table}\" VALUES(' || {values} || ');' FROM \"{table}\""
    for (statement,) in connection.execute(query):
        yield statement


# --- reading a fixture back (test_upgrade_fixtures.py) -----------------------------------

Key = tuple[Any, ...]
Rows = dict[Key, dict[str, Any]]  # SQLite values: int, float, str, bytes or None


def fixture_revision(fixture: Path) -> str:
    """The revision a fixture holds, from its name: schema_<revision>[-<commit>].sql.xz."""
    return fixture.name.removeprefix("schema_").removesuffix(".sql.xz").split("-")[0]


def fixture_sql(fixture: Path) -> str:
    return lzma.decompress(fixture.read_bytes()).decode("utf-8")


def load_fixture(fixture: Path, path: Path) -> None:
    """Make the SQLite file `path` from a fixture, as the release left it."""
    connection = sqlite3.connect(path)
    try:
        connection.executescript(fixture_sql(fixture))
    finally:
        connection.close()


def table_rows(path: Path) -> dict[str, Rows]:
    """Every row of every table (search index aside), by primary key (rowid where none)."""
    connection = sqlite3.connect(path)
    try:
        shadow = {row[1] for row in connection.execute("PRAGMA table_list") if row[2] != "table"}
        names = [
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if row[0] not in shadow and not row[0].startswith("sqlite_")
        ]
        return {name: _keyed_rows(connection, name) for name in names}
    finally:
        connection.close()


def _keyed_rows(connection: sqlite3.Connection, table: str) -> Rows:
    info = connection.execute(f'PRAGMA table_info("{table}")').fetchall()
    columns = [row[1] for row in info]
    keys = [row[1] for row in sorted(info, key=lambda row: row[5]) if row[5]] or ["rowid"]
    listed = ", ".join(f'"{name}"' for name in [*keys, *columns])
    rows: Rows = {}
    for values in connection.execute(f'SELECT {listed} FROM "{table}"'):
        rows[tuple(values[: len(keys)])] = dict(zip(columns, values[len(keys) :], strict=True))
    return rows


def copy_rows(sqlite_path: Path, url: str) -> dict[str, int]:
    """Every row of the SQLite file into the same tables on PostgreSQL; the counts per table.

    Both sides are reflected, so SQLAlchemy turns SQLite's 0/1, date text and JSON text into
    Python values and those into PostgreSQL's types."""
    source = create_engine(f"sqlite:///{sqlite_path}")
    target = create_engine(url)
    counts: dict[str, int] = {}
    try:
        old = MetaData()
        old.reflect(source)
        new = MetaData()
        new.reflect(target)
        with source.connect() as reading, target.begin() as writing:
            writing.exec_driver_sql("SET session_replication_role = replica")  # FKs after
            for table in new.sorted_tables:
                if table.name == "alembic_version" or table.name not in old.tables:
                    continue
                rows = [
                    dict(row._mapping) for row in reading.execute(select(old.tables[table.name]))
                ]
                if rows:
                    writing.execute(insert(table), rows)
                counts[table.name] = len(rows)
                if "id" in table.c and table.c.id.autoincrement and rows:
                    writing.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                            f'(SELECT max(id) FROM "{table.name}"))'
                        )
                    )
    finally:
        source.dispose()
        target.dispose()
    return counts


def build_fixture(schema: ReleasedSchema, participants: int) -> Path:
    """Build the demo centre at that commit and write its dump; returns the fixture's path."""
    with tempfile.TemporaryDirectory(prefix="pelita-fixture-") as scratch:
        worktree = Path(scratch) / "worktree"
        home = Path(scratch) / "home"
        _git("worktree", "add", "--detach", str(worktree), schema.commit)
        try:
            subprocess.run(
                [str(PYTHON), "-c", DEMO_SCRIPT, str(participants)],
                cwd=worktree,
                env={**os.environ, "PELITA_HOME": str(home), "PYTHONPATH": str(worktree)},
                check=True,
                capture_output=True,
            )
        finally:
            _git("worktree", "remove", "--force", str(worktree))
        database = home / "data" / "pelita-demo.sqlite3"
        subject = _git("log", "-1", "--format=%h %ad %s", "--date=short", schema.commit)
        header = (
            f"-- Pelita database at schema {schema.revision}, as written by commit\n"
            f"-- {subject[:200].strip()}\n"
            f"-- by its build_demo with {participants} participants; made by "
            "tests/store/make_schema_fixtures.py. Do not edit.\n"
        )
        text = header + "\n".join(dump_sql(database)) + "\n"
    FIXTURES.mkdir(exist_ok=True)
    # xz, not gzip: its large window finds the fonts the frozen certificate PDFs share (a
    # fixture with certificates is 0.2 MB instead of 1.5 MB).
    schema.fixture.write_bytes(lzma.compress(text.encode("utf-8"), preset=9 | lzma.PRESET_EXTREME))
    return schema.fixture


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=40)
    parser.add_argument("labels", nargs="*", help="only these fixtures (e.g. 0003_training)")
    args = parser.parse_args(argv)
    for schema in released_schemas():
        if args.labels and schema.label not in args.labels:
            continue
        path = build_fixture(schema, args.participants)
        print(f"{path.name}: {schema.commit[:10]} {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
