"""Opening a database: new files, PRAGMAs, files that are not ours, newer schemas, bad URLs,
unreachable servers, and the safety copy taken before an upgrade.

Whenever Pelita refuses a database it must leave it exactly as it was: the tests compare the
bytes and modification time of SQLite files and the contents of PostgreSQL databases.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError

from desktop.domain.errors import DatabaseError
from desktop.paths import sqlite_url
from desktop.store import database as database_module
from desktop.store import schema
from desktop.store.database import Database, describe_url, open_database
from desktop.store.engine import SQLITE_BUSY_MS
from desktop.store.models import AuditEntry
from desktop.store.schema import SchemaState, backup_sqlite_file, schema_state

PELITA_TABLES = {
    "alembic_version",
    "centre",
    "user_account",
    "setting",
    "programme",
    "audit_entry",
    "participant",
    "participant_photo",
    "consent_record",
    "duplicate_decision",
    "programme_unit",
    "programme_material",
    "cohort",
    "sponsor",
    "cohort_sponsor",
    "attendance_mark",
    "attendance_tally",
    "certificate",
    "certificate_file",
    "certificate_year",
    "certificate_style",
    "signing_key",
    "location",
    "item",
    "item_note",
    "stock_movement",
    "loan",
    "stock_take",
    "sponsor_contact",
    "sponsor_agreement",
    "contribution",
    "contribution_document",
    "assessment",
    "unit_result",
    "survey_question",
    "survey_response",
    "survey_answer",
    "follow_up",
    "data_request",
    "cohort_instructor",
    "cohort_session",
    "enrolment",
    "enrolment_event",
}
# FTS5's own shadow tables beside its virtual table (SQLite only).
SQLITE_SEARCH_TABLES = {
    "participant_fts",
    "participant_fts_config",
    "participant_fts_data",
    "participant_fts_docsize",
    "participant_fts_idx",
}


@dataclass(frozen=True)
class Snapshot:
    data: bytes
    mtime_ns: int
    neighbours: tuple[str, ...]


def snapshot(path: Path) -> Snapshot:
    return Snapshot(
        path.read_bytes(), path.stat().st_mtime_ns, tuple(sorted(os.listdir(path.parent)))
    )


def _version(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        connection.close()


def _set_version(path: Path, revision: str) -> None:
    connection = sqlite3.connect(path)
    try:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        connection.commit()
    finally:
        connection.close()


@pytest.fixture
def migrated_copy(tmp_path: Path, sqlite_template: Path) -> Path:
    path = tmp_path / "desk" / "pelita.sqlite3"
    path.parent.mkdir()
    shutil.copy(sqlite_template, path)
    return path


@pytest.fixture
def server(postgres_url: str) -> Iterator[Engine]:
    engine = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    yield engine
    engine.dispose()


@pytest.fixture
def fresh_pg_url(server: Engine, postgres_url: str) -> Iterator[str]:
    """A database of its own inside the session's server, dropped afterwards."""
    name = f"pelita_open_{uuid.uuid4().hex[:12]}"
    with server.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    yield make_url(postgres_url).set(database=name).render_as_string(hide_password=False)
    with server.connect() as connection:
        connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _pg_contents(url: str) -> tuple[list[str], list[tuple[object, ...]], list[tuple[object, ...]]]:
    """Tables, alembic_version rows and user names: enough to see that nothing changed."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            tables = sorted(inspect(connection).get_table_names())

            def rows(sql: str, table: str) -> list[tuple[object, ...]]:
                if table not in tables:
                    return []
                return [tuple(row) for row in connection.execute(text(sql))]

            version = rows("SELECT version_num FROM alembic_version", "alembic_version")
            users = rows("SELECT username FROM user_account ORDER BY id", "user_account")
        return tables, version, users
    finally:
        engine.dispose()


# -- new and current files ----------------------------------------------------------------


def test_new_file_is_created_and_migrated(tmp_path: Path) -> None:
    path = tmp_path / "new" / "folder" / "pelita.sqlite3"
    database = open_database(sqlite_url(path))
    try:
        assert path.is_file()
        assert set(inspect(database.engine).get_table_names()) == (
            PELITA_TABLES | SQLITE_SEARCH_TABLES
        )
        assert schema_state(database.engine) == (SchemaState.CURRENT, schema.HEAD)
        assert database.backup_path is None  # nothing to protect in a new file
        assert database.is_sqlite
    finally:
        database.close()
    assert _version(path) == schema.HEAD
    assert not list(path.parent.glob("*before-upgrade*"))


def test_empty_file_counts_as_new(tmp_path: Path) -> None:
    # What sqlite3 leaves behind when the very first start failed.
    path = tmp_path / "pelita.sqlite3"
    path.touch()
    open_database(sqlite_url(path)).close()
    assert _version(path) == schema.HEAD


def test_missing_file_without_create_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "gone.sqlite3"
    with pytest.raises(DatabaseError) as caught:
        open_database(sqlite_url(path), create=False)
    assert caught.value.field == "database_url"
    assert str(path) in caught.value.english()
    assert not path.exists()


def test_current_file_opens_without_upgrade_or_backup(
    migrated_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_upgrade(engine: Engine, revision: str = "head") -> None:
        raise AssertionError("a current database must not be upgraded")

    monkeypatch.setattr(database_module, "upgrade", no_upgrade)
    database = open_database(sqlite_url(migrated_copy))
    database.close()
    assert database.backup_path is None
    assert sorted(os.listdir(migrated_copy.parent)) == ["pelita.sqlite3"]


def test_sqlite_pragmas_are_in_force_on_every_connection(sqlite_db: Database) -> None:
    first = sqlite_db.engine.connect()
    second = sqlite_db.engine.connect()  # a second pooled connection gets them too
    try:
        for connection in (first, second):
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == SQLITE_BUSY_MS
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    finally:
        first.close()
        second.close()


def test_sqlite_foreign_keys_are_enforced(sqlite_db: Database) -> None:
    with pytest.raises(IntegrityError), sqlite_db.sessions.begin() as session:
        session.add(
            AuditEntry(at=datetime.now(UTC), user_id=4242, username="x", action="a", entity="user")
        )


# -- files that are not Pelita databases --------------------------------------------------

NOT_DATABASES = {
    "random-bytes": random.Random(20261123).randbytes(8192),
    "text-file": b"nama,nik\nSiti Aminah,3203014506870002\n" * 50,
    "pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
    "damaged-sqlite": b"SQLite format 3\x00" + random.Random(7).randbytes(8192),
}


@pytest.mark.parametrize("content", NOT_DATABASES.values(), ids=NOT_DATABASES.keys())
def test_file_that_is_not_a_database_is_left_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "pelita.sqlite3"
    path.write_bytes(content)
    before = snapshot(path)
    with pytest.raises(DatabaseError) as caught:
        open_database(sqlite_url(path))
    assert caught.value.field == "database_url"
    assert str(path) in caught.value.english()
    assert snapshot(path) == before


def test_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "pelita.sqlite3"
    folder.mkdir()
    with pytest.raises(DatabaseError) as caught:
        open_database(sqlite_url(folder))
    assert caught.value.field == "database_url"
    assert "folder" in caught.value.english()
    assert list(folder.iterdir()) == []


def test_sqlite_file_with_other_tables_is_refused_and_untouched(tmp_path: Path) -> None:
    # Another program's database in the default (rollback journal) mode: opening it must not
    # even switch it to WAL, which would rewrite its header.
    path = tmp_path / "stock.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE barang (kode TEXT, jumlah INTEGER)")
    connection.execute("INSERT INTO barang VALUES ('MSN-01', 3)")
    connection.commit()
    connection.close()
    before = snapshot(path)
    with pytest.raises(DatabaseError) as caught:
        open_database(sqlite_url(path))
    assert caught.value.field == "database_url"
    assert "not a Pelita database" in caught.value.english()
    assert snapshot(path) == before


@pytest.mark.postgres
def test_postgres_database_with_other_tables_is_refused(fresh_pg_url: str) -> None:
    engine = create_engine(fresh_pg_url)
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE barang (kode text, jumlah integer)")
    engine.dispose()
    with pytest.raises(DatabaseError) as caught:
        open_database(fresh_pg_url)
    assert caught.value.field == "database_url"
    assert "not a Pelita database" in caught.value.english()
    assert _pg_contents(fresh_pg_url)[0] == ["barang"]


# -- a newer Pelita wrote it --------------------------------------------------------------


def test_sqlite_from_a_newer_pelita_is_refused_and_untouched(migrated_copy: Path) -> None:
    _set_version(migrated_copy, "9999_future")
    before = snapshot(migrated_copy)
    with pytest.raises(DatabaseError) as caught:
        open_database(sqlite_url(migrated_copy))
    error = caught.value
    assert error.field == "database_url"
    assert "newer version" in error.english()
    assert "9999_future" in error.english()
    assert snapshot(migrated_copy) == before
    assert _version(migrated_copy) == "9999_future"


@pytest.mark.postgres
def test_postgres_from_a_newer_pelita_is_refused_and_untouched(fresh_pg_url: str) -> None:
    open_database(fresh_pg_url).close()
    engine = create_engine(fresh_pg_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
        connection.execute(
            text(
                "INSERT INTO user_account (username, full_name, role, password_hash, active,"
                " failed_logins, must_change_password, created_at)"
                " VALUES ('budi', 'Budi', 'admin', 'x', true, 0, false, now())"
            )
        )
    engine.dispose()
    before = _pg_contents(fresh_pg_url)
    with pytest.raises(DatabaseError) as caught:
        open_database(fresh_pg_url)
    assert caught.value.field == "database_url"
    assert "newer version" in caught.value.english()
    assert _pg_contents(fresh_pg_url) == before
    assert before[1] == [("9999_future",)]
    assert before[2] == [("budi",)]


# -- addresses ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+psycopg://x@127.0.0.1:1/nope",
        "postgresql+psycopg://x:Rahasia-123@127.0.0.1:1/nope",
    ],
)
def test_unreachable_server(url: str) -> None:
    with pytest.raises(DatabaseError) as caught:
        open_database(url)
    error = caught.value
    assert error.field == "database_url"
    assert error.english().startswith("Cannot connect to the database postgresql+psycopg://x")
    assert "127.0.0.1:1/nope" in error.english()
    for shown in (error.english(), str(error), repr(error), *map(str, error.params.values())):
        assert "Rahasia-123" not in shown


@pytest.mark.parametrize(
    "url",
    [
        "not a url",
        "",
        "postgresql://budi:Rahasia-123@server:port/pelita",  # a port that is not a number
        "C:\\Pelita\\pelita.sqlite3",
    ],
)
def test_malformed_url(url: str) -> None:
    with pytest.raises(DatabaseError) as caught:
        open_database(url)
    assert caught.value.field == "database_url"
    assert caught.value.english().startswith("This is not a database address")
    assert "Rahasia-123" not in caught.value.english()


def test_unknown_driver_hides_the_password() -> None:
    with pytest.raises(DatabaseError) as caught:
        open_database("postgresql+nosuchdriver://budi:Rahasia-123@server/pelita")
    assert caught.value.field == "database_url"
    assert "Rahasia-123" not in caught.value.english()
    assert "budi:***@server" in caught.value.english()


def test_describe_url_hides_passwords() -> None:
    assert describe_url("postgresql+psycopg://budi:Rahasia@db.lkp/pelita") == (
        "postgresql+psycopg://budi:***@db.lkp/pelita"
    )
    assert "Rahasia" not in describe_url("postgresql://budi:Rahasia@db:port/pelita")
    assert describe_url("sqlite:////data/pelita.sqlite3") == "sqlite:////data/pelita.sqlite3"


# -- backup before upgrade ----------------------------------------------------------------


def test_backup_is_taken_before_an_upgrade(
    migrated_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    connection = sqlite3.connect(migrated_copy)
    connection.execute(
        "INSERT INTO programme (code, name, skill_area, hours_jp, description, active)"
        " VALUES ('JHT', 'Menjahit Pakaian Dasar', 'Menjahit', 120, '', 1)"
    )
    connection.execute("UPDATE alembic_version SET version_num = '0000_older'")
    connection.commit()
    connection.close()
    monkeypatch.setattr(schema, "REVISIONS", ("0000_older", *schema.REVISIONS))
    calls: list[list[str]] = []

    def fake_upgrade(engine: Engine, revision: str = "head") -> None:
        # The safety copy already exists when the upgrade starts.
        calls.append(sorted(p.name for p in migrated_copy.parent.glob("*-before-upgrade-*")))
        with engine.begin() as connection:
            connection.execute(
                text("UPDATE alembic_version SET version_num = :head"), {"head": schema.HEAD}
            )

    monkeypatch.setattr(database_module, "upgrade", fake_upgrade)
    moment = datetime(2026, 11, 23, 8, 30, 5, tzinfo=UTC)
    database = open_database(sqlite_url(migrated_copy), clock=lambda: moment)
    try:
        assert schema_state(database.engine) == (SchemaState.CURRENT, schema.HEAD)
    finally:
        database.close()

    backups = sorted(migrated_copy.parent.glob("*-before-upgrade-*.sqlite3"))
    assert len(backups) == 1
    assert database.backup_path == backups[0]
    assert backups[0].name == "pelita-before-upgrade-20261123-083005.sqlite3"
    assert calls == [[backups[0].name]]
    copy = sqlite3.connect(backups[0])
    try:
        assert copy.execute("SELECT code, name, hours_jp FROM programme").fetchall() == [
            ("JHT", "Menjahit Pakaian Dasar", 120)
        ]
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0000_older",)
    finally:
        copy.close()
    assert _version(migrated_copy) == schema.HEAD


@pytest.mark.postgres
def test_postgres_upgrade_runs_without_a_file_backup(
    fresh_pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_database(fresh_pg_url).close()
    engine = create_engine(fresh_pg_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0000_older'"))
    engine.dispose()
    monkeypatch.setattr(schema, "REVISIONS", ("0000_older", *schema.REVISIONS))
    calls: list[str] = []

    def fake_upgrade(engine: Engine, revision: str = "head") -> None:
        calls.append(revision)
        with engine.begin() as connection:
            connection.execute(
                text("UPDATE alembic_version SET version_num = :head"), {"head": schema.HEAD}
            )

    monkeypatch.setattr(database_module, "upgrade", fake_upgrade)
    database = open_database(fresh_pg_url)
    database.close()
    assert calls == ["head"]
    assert database.backup_path is None
    assert _pg_contents(fresh_pg_url)[1] == [(schema.HEAD,)]


def test_migrate_false_leaves_an_older_schema_alone(
    migrated_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _set_version(migrated_copy, "0000_older")
    monkeypatch.setattr(schema, "REVISIONS", ("0000_older", *schema.REVISIONS))
    open_database(sqlite_url(migrated_copy), migrate=False).close()
    assert _version(migrated_copy) == "0000_older"
    assert not list(migrated_copy.parent.glob("*before-upgrade*"))


def test_backups_in_the_same_second_get_their_own_names(migrated_copy: Path) -> None:
    moment = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    first = backup_sqlite_file(migrated_copy, "before-upgrade", moment)
    second = backup_sqlite_file(migrated_copy, "before-upgrade", moment)
    assert first.name == "pelita-before-upgrade-20260102-030405.sqlite3"
    assert second.name == "pelita-before-upgrade-20260102-030405-2.sqlite3"
    assert _version(first) == _version(second) == schema.HEAD
