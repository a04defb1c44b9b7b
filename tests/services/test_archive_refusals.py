"""Archives that must not be imported, and imports that must leave nothing behind: each refusal
says why in plain words and the target database stays exactly as empty as it was."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.domain.errors import PermissionDenied
from desktop.services.archive_export import export_everything
from desktop.services.archive_format import MANIFEST, ArchiveCancelled, ArchiveError
from desktop.services.archive_import import import_archive
from desktop.services.demo import build_demo
from desktop.store.base import Base
from desktop.store.database import Database
from desktop.store.models import AuditEntry
from desktop.store.schema import HEAD, current_revision
from tests.services.test_archive_roundtrip import fresh_databases, rows_of

ENGINES = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture
def fresh(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Any]:
    yield from fresh_databases(tmp_path, request)


@pytest.fixture
def archive(demo_db: Database, admin: Any, tmp_path: Path) -> Path:
    """The demo centre (no people: quick) exported, on each engine."""
    target = tmp_path / "centre.zip"
    export_everything(demo_db, admin, target)
    return target


def rewritten(
    source: Path,
    target: Path,
    *,
    drop: str | None = None,
    replace: dict[str, bytes] | None = None,
    manifest: dict[str, Any] | None = None,
    checksums: bool = False,
) -> Path:
    """A copy of an archive with a member left out, members replaced, manifest keys changed;
    `checksums`: the manifest's SHA-256s made to match (a careful forger)."""
    replace = replace or {}
    with zipfile.ZipFile(source) as old:
        contents = {name: old.read(name) for name in old.namelist()}
    listed = json.loads(contents.pop(MANIFEST))
    listed.update(manifest or {})
    contents.update(replace)
    if drop:
        del contents[drop]
    if checksums:
        listed["members"] = {
            name: hashlib.sha256(data).hexdigest() for name, data in contents.items()
        }
    with zipfile.ZipFile(target, "w") as new:
        for name, data in contents.items():
            new.writestr(name, data)
        new.writestr(MANIFEST, json.dumps(listed))
    return target


def assert_untouched(db: Database) -> None:
    assert all(not rows for rows in rows_of(db).values())
    with db.engine.connect() as connection:
        assert current_revision(connection) == HEAD


def refusal(db: Database, source: Path) -> str:
    with pytest.raises(ArchiveError) as refused:
        import_archive(db, source)
    assert refused.value.field == "archive"
    assert_untouched(db)
    return refused.value.english()


def test_a_file_that_is_not_a_zip_is_refused(fresh: Any, tmp_path: Path) -> None:
    bogus = tmp_path / "centre.zip"
    bogus.write_text("name,nik\nSiti,3203\n")
    assert "is not a Pelita archive: it is not a zip file" in refusal(fresh("sqlite"), bogus)


def test_a_zip_without_a_manifest_is_refused(fresh: Any, tmp_path: Path) -> None:
    other = tmp_path / "photos.zip"
    with zipfile.ZipFile(other, "w") as zipped:
        zipped.writestr("photo.jpg", b"\xff\xd8")
    assert "has no manifest.json" in refusal(fresh("sqlite"), other)


@pytest.mark.parametrize("kind", ENGINES)
def test_a_missing_member_is_refused(archive: Path, fresh: Any, tmp_path: Path, kind: str) -> None:
    broken = rewritten(archive, tmp_path / "broken.zip", drop="tables/programme.xlsx")
    text = refusal(fresh(kind), broken)
    assert "incomplete: tables/programme.xlsx is missing" in text


@pytest.mark.parametrize("kind", ENGINES)
def test_an_altered_member_is_refused(archive: Path, fresh: Any, tmp_path: Path, kind: str) -> None:
    with zipfile.ZipFile(archive) as opened:
        data = bytearray(opened.read("tables/user_account.xlsx"))
    data[len(data) // 2] ^= 0xFF
    altered = rewritten(
        archive, tmp_path / "altered.zip", replace={"tables/user_account.xlsx": bytes(data)}
    )
    text = refusal(fresh(kind), altered)
    assert "changed or damaged after it was written: tables/user_account.xlsx" in text


def test_an_archive_from_a_newer_pelita_is_refused(
    archive: Path, fresh: Any, tmp_path: Path
) -> None:
    newer = rewritten(
        archive,
        tmp_path / "newer.zip",
        manifest={"schema_revision": "0099_future", "pelita_version": "9.0"},
    )
    text = refusal(fresh("sqlite"), newer)
    assert "written by a newer version of Pelita (9.0, schema 0099_future)" in text


@pytest.mark.parametrize("kind", ENGINES)
def test_a_database_that_holds_data_is_refused(archive: Path, fresh: Any, kind: str) -> None:
    target = fresh(kind)
    build_demo(target)
    before = rows_of(target)
    with pytest.raises(ArchiveError) as refused:
        import_archive(target, archive)
    assert "already holds data" in refused.value.english()
    assert rows_of(target) == before


@pytest.mark.parametrize("kind", ENGINES)
def test_a_bad_row_late_in_the_load_leaves_nothing_loaded(
    demo_db: Database, admin: Any, fresh: Any, tmp_path: Path, kind: str
) -> None:
    """A forger who fixes the checksums: the load fails at the last table, and the tables
    loaded before it are rolled back with it (one transaction)."""
    source = tmp_path / "centre.zip"
    export_everything(demo_db, admin, source)
    last = Base.metadata.sorted_tables[-1].name
    member = f"tables/{last}.xlsx"
    from openpyxl import Workbook  # type: ignore[import-untyped]

    book = Workbook(write_only=True)
    sheet = book.create_sheet(last[:25])
    columns = [c.name for c in Base.metadata.tables[last].columns]
    sheet.append(columns)
    sheet.append(["not a number"] * len(columns))
    forged_sheet = tmp_path / "forged.xlsx"
    book.save(forged_sheet)
    with zipfile.ZipFile(source) as opened:
        listed = json.loads(opened.read(MANIFEST))
    for entry in listed["tables"]:
        if entry["name"] == last:
            entry["rows"] = 1
    forged = rewritten(
        source,
        tmp_path / "forged.zip",
        replace={member: forged_sheet.read_bytes()},
        manifest={"tables": listed["tables"]},
        checksums=True,
    )
    text = refusal(fresh(kind), forged)
    assert f"damaged or was changed: {member}" in text


def test_a_row_count_that_disagrees_with_the_manifest_is_refused(
    archive: Path, fresh: Any, tmp_path: Path
) -> None:
    with zipfile.ZipFile(archive) as opened:
        listed = json.loads(opened.read(MANIFEST))
    for entry in listed["tables"]:
        if entry["name"] == "programme":
            entry["rows"] += 1
    forged = rewritten(archive, tmp_path / "count.zip", manifest={"tables": listed["tables"]})
    text = refusal(fresh("sqlite"), forged)
    assert "tables/programme.xlsx" in text and "rows where the manifest says" in text


def test_a_cancelled_import_leaves_nothing_loaded(archive: Path, fresh: Any) -> None:
    target = fresh("sqlite")
    calls: list[int] = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 3  # after a few tables are in

    with pytest.raises(ArchiveCancelled):
        import_archive(target, archive, cancelled=cancelled)
    assert_untouched(target)


def test_a_cancelled_export_leaves_no_file(demo_db: Database, admin: Any, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(ArchiveCancelled):
        export_everything(demo_db, admin, folder / "centre.zip", cancelled=lambda: True)
    assert list(folder.iterdir()) == []


def test_only_administrators_export(
    demo_db: Database, clerk: Any, instructor: Any, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    for someone in (clerk, instructor):
        with pytest.raises(PermissionDenied):
            export_everything(demo_db, someone, folder / "centre.zip")
    assert list(folder.iterdir()) == []


def test_an_export_is_audited(demo_db: Database, admin: Any, tmp_path: Path) -> None:
    export_everything(demo_db, admin, tmp_path / "centre.zip")
    with demo_db.sessions() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "archive.export")
        ).one()
    assert entry.username == "admin" and entry.entity_id == "centre.zip"
    assert entry.after is not None and entry.after["rows"] > 0


def test_the_import_is_audited_after_the_loaded_entries(archive: Path, fresh: Any) -> None:
    target = fresh("sqlite")
    summary = import_archive(target, archive)
    with target.sessions() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
        count = session.scalar(select(func.count(AuditEntry.id)))
    assert last.action == "archive.import" and last.entity_id == "centre.zip"
    assert last.after is not None and last.after["exported_by"] == "admin"
    assert count == summary.tables["audit_entry"] + 1
