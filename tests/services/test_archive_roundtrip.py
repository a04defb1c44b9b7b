"""The export-everything archive carries a whole centre from one database engine to the other
(and to the same engine): every table's rows come back equal, the certificate PDFs byte for
byte and still verifying, search and new ids work afterwards."""

from __future__ import annotations

import uuid
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Text, cast, create_engine, select
from sqlalchemy.engine import make_url

from desktop.domain.certificate import Verdict
from desktop.paths import sqlite_url
from desktop.services import certificate_register, certificate_verify, registry
from desktop.services.accounts import authenticate
from desktop.services.archive_export import export_everything
from desktop.services.archive_format import column_kind
from desktop.services.archive_import import import_archive
from desktop.services.demo import build_demo
from desktop.store.base import Base
from desktop.store.database import Database, open_database

PEOPLE = 30
PG = pytest.mark.postgres
ENGINE_PAIRS = [
    pytest.param("sqlite", "postgres", marks=PG),
    pytest.param("postgres", "sqlite", marks=PG),
    ("sqlite", "sqlite"),
]


def rows_of(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, JSON as its stored text (JSON null and SQL NULL differ)."""
    found: dict[str, list[tuple[Any, ...]]] = {}
    with db.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            columns = [cast(c, Text) if column_kind(c.type) == "json" else c for c in table.columns]
            query = select(*columns).order_by(*table.primary_key.columns)
            found[table.name] = [tuple(row) for row in connection.execute(query)]
    return found


def fresh_databases(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Any]:
    """For a `fresh` fixture: `fresh(kind)` makes a new, empty Pelita database of that engine
    (an SQLite file, or a database of its own in the session's PostgreSQL server), closed and
    dropped afterwards."""
    opened: list[Database] = []
    dropped: list[str] = []

    def make(kind: str) -> Database:
        if kind == "sqlite":
            url = sqlite_url(tmp_path / f"fresh-{len(opened)}.sqlite3")
        else:
            server_url = request.getfixturevalue("postgres_url")
            name = f"pelita_archive_{uuid.uuid4().hex[:12]}"
            server = create_engine(server_url, isolation_level="AUTOCOMMIT")
            with server.connect() as connection:
                connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
            server.dispose()
            dropped.append(name)
            url = make_url(server_url).set(database=name).render_as_string(hide_password=False)
        database = open_database(url)
        opened.append(database)
        return database

    yield make
    for database in opened:
        database.close()
    if dropped:
        server = create_engine(
            request.getfixturevalue("postgres_url"), isolation_level="AUTOCOMMIT"
        )
        with server.connect() as connection:
            for name in dropped:
                connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        server.dispose()


@pytest.fixture
def fresh(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Any]:
    yield from fresh_databases(tmp_path, request)


def demo_centre(db: Database) -> Database:
    build_demo(db, PEOPLE, certificates=True)
    return db


@pytest.mark.parametrize(("source_kind", "target_kind"), ENGINE_PAIRS)
def test_every_table_comes_back_equal_on_the_other_engine(
    fresh: Any, tmp_path: Path, source_kind: str, target_kind: str
) -> None:
    source = demo_centre(fresh(source_kind))
    admin = authenticate(source, "admin", "admin-demo")
    before = rows_of(source)
    archive = tmp_path / "centre.zip"
    written = export_everything(source, admin, archive)
    assert written.certificates > 0 and written.tables["participant"] == PEOPLE
    assert written.tables == {name: len(rows) for name, rows in before.items()}

    target = fresh(target_kind)
    loaded = import_archive(target, archive)
    assert loaded.tables == written.tables
    after = rows_of(target)
    imported = after["audit_entry"].pop()  # the import's own entry comes last
    assert imported[4] == "archive.import"
    assert after == before

    # The same accounts log in (which writes an audit row: the ids go on after the loaded).
    authenticate(target, "admin", "admin-demo")
    ids = [row[0] for row in rows_of(target)["audit_entry"]]
    assert ids == sorted(set(ids)) and len(ids) == len(before["audit_entry"]) + 2


@pytest.mark.parametrize(("source_kind", "target_kind"), ENGINE_PAIRS)
def test_certificates_come_back_byte_for_byte_and_still_verify(
    fresh: Any, tmp_path: Path, source_kind: str, target_kind: str
) -> None:
    source = demo_centre(fresh(source_kind))
    admin = authenticate(source, "admin", "admin-demo")
    archive = tmp_path / "centre.zip"
    export_everything(source, admin, archive)
    entries = certificate_register.search(source, admin, "")
    assert entries
    originals = {e.id: certificate_register.pdf(source, admin, e.id) for e in entries}
    verdicts = {
        i: certificate_verify.verify_pdf(source, admin, p).verdict for i, p in originals.items()
    }
    assert Verdict.VALID in verdicts.values()
    with zipfile.ZipFile(archive) as opened:
        in_zip = {
            name: opened.read(name)
            for name in opened.namelist()
            if name.startswith("certificates/")
        }
    assert sorted(in_zip.values()) == sorted(originals.values())
    assert all(name.endswith(".pdf") and "/" not in name[len("certificates/") :] for name in in_zip)

    target = fresh(target_kind)
    import_archive(target, archive)
    admin_there = authenticate(target, "admin", "admin-demo")
    for certificate_id, pdf in originals.items():
        assert certificate_register.pdf(target, admin_there, certificate_id) == pdf
        answer = certificate_verify.verify_pdf(target, admin_there, pdf)
        assert answer.verdict is verdicts[certificate_id]


def test_the_search_index_is_rebuilt_on_sqlite(fresh: Any, tmp_path: Path) -> None:
    source = demo_centre(fresh("sqlite"))
    admin = authenticate(source, "admin", "admin-demo")
    export_everything(source, admin, tmp_path / "centre.zip")
    name = registry.page(source, admin, registry.RegistryQuery(), None, 1).rows[0].full_name
    word = max(name.split(), key=len)
    expected = [
        r.id for r in registry.page(source, admin, registry.RegistryQuery(text=word), None, 50).rows
    ]
    assert expected

    target = fresh("sqlite")
    import_archive(target, tmp_path / "centre.zip")
    admin_there = authenticate(target, "admin", "admin-demo")
    found = registry.page(target, admin_there, registry.RegistryQuery(text=word), None, 50).rows
    assert [r.id for r in found] == expected
