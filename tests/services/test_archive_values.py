"""Values a spreadsheet would change come back exactly; big tables spill onto more sheets; an
archive from an older schema is loaded at its revision and then upgraded."""

from __future__ import annotations

import io
import json
import os
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook  # type: ignore[import-untyped]
from sqlalchemy import JSON, MetaData, create_engine, func, inspect, select, update

from desktop.paths import sqlite_url
from desktop.services import archive_export
from desktop.services.accounts import authenticate
from desktop.services.archive_export import export_everything
from desktop.services.archive_format import (
    MANIFEST,
    ColumnSpec,
    column_kind,
    from_cell,
    to_cell,
)
from desktop.services.archive_import import import_archive
from desktop.services.demo import build_demo
from desktop.store.base import Base
from desktop.store.models import AuditEntry, Centre, Programme
from desktop.store.participants import Participant
from desktop.store.schema import HEAD, REVISIONS, upgrade
from tests.services.test_archive_refusals import rewritten
from tests.services.test_archive_roundtrip import ENGINE_PAIRS, fresh_databases, rows_of

LONG = "Kain tenun ikat " * 3_000  # 48,000 characters: more than a cell holds


@pytest.fixture
def fresh(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Any]:
    yield from fresh_databases(tmp_path, request)


def test_every_column_of_every_table_has_a_kind() -> None:
    """A column type the archive cannot carry fails here, not in a centre's archive."""
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            assert column_kind(column.type)


def test_numbers_beyond_a_spreadsheet_double_are_kept_as_text() -> None:
    big = 2**60 + 1
    spec = ColumnSpec("value_rupiah", "integer", True)
    assert to_cell(big, "integer") == str(big)
    assert from_cell(to_cell(big, "integer"), spec) == big
    assert to_cell(12, "integer") == 12


@pytest.mark.parametrize(("source_kind", "target_kind"), ENGINE_PAIRS)
def test_awkward_values_come_back_exactly(
    fresh: Any, tmp_path: Path, source_kind: str, target_kind: str
) -> None:
    source = fresh(source_kind)
    build_demo(source, 3)
    logo = os.urandom(20_000)  # too big for a cell: a member of its own
    with source.engine.begin() as connection:
        connection.execute(
            update(Centre).values(
                address="Jl. Melati 3\r\nRT 01/RW 02\x01", head_title="#N/A", logo_png=logo
            )
        )
        first = connection.scalar(select(func.min(Programme.id)))
        connection.execute(
            update(Programme)
            .where(Programme.id == first)
            .values(name="=SUM(A1:A9)", description=LONG)
        )
        people = list(connection.scalars(select(Participant.id).order_by(Participant.id)))
        connection.execute(
            update(Participant)
            .where(Participant.id == people[0])
            .values(no_nik_reason="", washington=JSON.NULL, street=" ruang depan ")
        )
        connection.execute(
            update(Participant).where(Participant.id == people[1]).values(washington=None)
        )
        connection.execute(update(AuditEntry).where(AuditEntry.id == 1).values(before=JSON.NULL))
    admin = authenticate(source, "admin", "admin-demo")
    before = rows_of(source)
    archive = tmp_path / "awkward.zip"
    export_everything(source, admin, archive)
    with zipfile.ZipFile(archive) as opened:
        names = opened.namelist()
        assert "blobs/centre/1.logo_png" in names
        assert opened.read("blobs/centre/1.logo_png") == logo
        assert "tables/programme.cells.json" in names
        sheet = load_workbook(io.BytesIO(opened.read("tables/programme.xlsx")), read_only=True)
        names_in_sheet = [row[2] for row in sheet.active.iter_rows(min_row=2, values_only=True)]
        assert "=SUM(A1:A9)" in names_in_sheet  # as text, not a formula

    target = fresh(target_kind)
    import_archive(target, archive)
    after = rows_of(target)
    after["audit_entry"].pop()
    assert after == before


def test_a_table_longer_than_a_sheet_goes_on_more_sheets(
    fresh: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive_export, "MAX_SHEET_ROWS", 7)
    source = fresh("sqlite")
    build_demo(source, 20)
    admin = authenticate(source, "admin", "admin-demo")
    before = rows_of(source)
    archive = tmp_path / "sheets.zip"
    export_everything(source, admin, archive)
    with zipfile.ZipFile(archive) as opened:
        listed = json.loads(opened.read(MANIFEST))
        book = load_workbook(io.BytesIO(opened.read("tables/participant.xlsx")), read_only=True)
    entry = next(t for t in listed["tables"] if t["name"] == "participant")
    assert entry["sheets"] == ["participant", "participant (2)", "participant (3)"]
    assert book.sheetnames == entry["sheets"]

    target = fresh("sqlite")
    import_archive(target, archive)
    after = rows_of(target)
    after["audit_entry"].pop()
    assert after == before


def _at_revision(archive: Path, revision: str, scratch: Path) -> Path:
    """The archive as a Pelita at `revision` would have written it: without the tables and
    columns that came later (read from a database migrated only that far)."""
    engine = create_engine(sqlite_url(scratch / "old.sqlite3"))
    upgrade(engine, revision)
    old = MetaData()
    old.reflect(engine)
    engine.dispose()
    with zipfile.ZipFile(archive) as opened:
        listed = json.loads(opened.read(MANIFEST))
        sheets = {
            t["name"]: opened.read(t["member"]) for t in listed["tables"] if t["name"] in old.tables
        }
    replace: dict[str, bytes] = {}
    tables = []
    for entry in listed["tables"]:
        if entry["name"] not in old.tables:
            continue
        keep = [c["name"] in old.tables[entry["name"]].c for c in entry["columns"]]
        entry["columns"] = [c for c, k in zip(entry["columns"], keep, strict=True) if k]
        book = load_workbook(io.BytesIO(sheets[entry["name"]]), read_only=True)
        written = Workbook(write_only=True)
        for title in entry["sheets"]:
            sheet = written.create_sheet(title)
            for row in book[title].iter_rows(values_only=True):
                sheet.append([v for v, k in zip(row, keep, strict=False) if k])
        out = io.BytesIO()
        written.save(out)
        replace[entry["member"]] = out.getvalue()
        tables.append(entry)
    return rewritten(
        archive,
        scratch / f"at-{revision}.zip",
        replace=replace,
        manifest={"schema_revision": revision, "tables": tables},
        checksums=True,
    )


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_an_archive_of_an_older_schema_is_loaded_then_upgraded(
    fresh: Any, tmp_path: Path, kind: str
) -> None:
    older = REVISIONS[-2]
    source = fresh("sqlite")
    build_demo(source, 5)
    admin = authenticate(source, "admin", "admin-demo")
    before = rows_of(source)
    archive = tmp_path / "centre.zip"
    export_everything(source, admin, archive)
    old_archive = _at_revision(archive, older, tmp_path)

    target = fresh(kind)
    summary = import_archive(target, old_archive)
    assert summary.schema_revision == older
    with target.engine.connect() as connection:
        assert (
            connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == HEAD
        )
        present = set(inspect(connection).get_table_names())
    assert {t.name for t in Base.metadata.sorted_tables} <= present
    after = rows_of(target)
    after["audit_entry"].pop()
    for name, rows in after.items():
        if name in summary.tables:  # the tables the old schema had, whole
            assert len(rows) == len(before[name]), name
    authenticate(target, "admin", "admin-demo")
