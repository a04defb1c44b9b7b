"""Fixtures shared by every test: a real SQLite file per test, a real PostgreSQL server per
session, the offscreen Qt platform and a throwaway PELITA_HOME."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Before anything imports Qt: no screen on CI, and never touch the real user folders.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PELITA_HOME"] = tempfile.mkdtemp(prefix="pelita-home-")
# Never the developer's real keyring (a PostgreSQL password saved by a test would land there);
# tests that need one put tests.memory_keyring's in place.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

import pytest
from sqlalchemy import text

from desktop.paths import sqlite_url
from desktop.services import passwords
from desktop.services.context import Actor
from desktop.store.base import Base
from desktop.store.database import Database, open_database
from tests.pg_server import PostgresServer

passwords.use_fast_parameters()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrated once; each test gets a copy, which is much faster than migrating again."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    open_database(sqlite_url(path)).close()
    return path


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    server = PostgresServer()
    url = server.start()
    database = open_database(url)  # migrate once for the whole session
    database.close()
    try:
        yield url
    finally:
        server.stop()


@pytest.fixture
def sqlite_db(tmp_path: Path, sqlite_template: Path) -> Iterator[Database]:
    path = tmp_path / "pelita.sqlite3"
    shutil.copy(sqlite_template, path)
    database = open_database(sqlite_url(path))
    yield database
    database.close()


def _empty_postgres(url: str) -> Database:
    database = open_database(url)
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with database.engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    return database


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest) -> Iterator[Database]:
    """The same test on a fresh SQLite file and on an emptied PostgreSQL database."""
    if request.param == "sqlite":
        database = request.getfixturevalue("sqlite_db")
        yield database
    else:
        database = _empty_postgres(request.getfixturevalue("postgres_url"))
        yield database
        database.close()


@pytest.fixture
def demo_db(db: Database) -> Database:
    from desktop.services.demo import build_demo

    build_demo(db)
    return db


@pytest.fixture
def admin(demo_db: Database) -> Actor:
    from desktop.services.accounts import authenticate

    return authenticate(demo_db, "admin", "admin-demo")


@pytest.fixture
def clerk(demo_db: Database) -> Actor:
    from desktop.services.accounts import authenticate

    return authenticate(demo_db, "petugas", "petugas-demo")


@pytest.fixture
def instructor(demo_db: Database) -> Actor:
    from desktop.services.accounts import authenticate

    return authenticate(demo_db, "instruktur", "instruktur-demo")
