"""Importing an "export everything" archive (desktop.services.archive_export) into a new,
empty Pelita database of either engine: how a centre moves to another PC, to PostgreSQL, or
back from it.

Everything is checked before anything is loaded: that the file is a zip with Pelita's
manifest, that no newer Pelita wrote it, that every member is there with the SHA-256 the
manifest gives (an altered or damaged file is refused), and that the database holds no data.
Then one transaction: the schema is brought to the archive's revision, every table is loaded
and its rows counted against the manifest, PostgreSQL's id sequences are moved past the
loaded ids, the schema is upgraded to this Pelita's, SQLite's search index is rebuilt, and the
import is written to the audit log. Any failure rolls all of it back: nothing half-loaded.

No one is logged in: the database is empty, so it has no accounts yet; they come with the
archive.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

from sqlalchemy import Connection, MetaData, Table, exists, func, insert, inspect, select
from sqlalchemy import exc as sa_exc

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.services.archive_format import (
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    ArchiveError,
    ArchiveSummary,
    IsCancelled,
    Progress,
    cancelled_import,
    damaged,
    sha256_of,
)
from desktop.services.archive_load import TableLoader, move_sequences, rebuild_search_index
from desktop.store.base import Base
from desktop.store.database import Database
from desktop.store.engine import WRITES
from desktop.store.models import AuditEntry
from desktop.store.schema import HEAD, MIGRATIONS_DIR, REVISIONS, current_revision


def import_archive(
    db: Database,
    source: Path,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> ArchiveSummary:
    """Load the archive `source` into the empty database `db`; `progress(rows, rows_in_all)`,
    and `cancelled()` is asked between batches (ArchiveCancelled, nothing loaded)."""
    source = Path(source)
    with _open_zip(source) as archive:
        manifest = _manifest(archive)
        _check_members(archive, manifest)
        summary = _summary(source, manifest)
        total, done = summary.rows, 0

        def report(rows: int) -> None:
            nonlocal done
            done += rows
            if cancelled is not None and cancelled():
                raise cancelled_import()
            if progress is not None:
                progress(done, total)

        with _loading(db) as connection, TemporaryDirectory(prefix="pelita-import-") as scratch:
            _check_empty(connection)
            revision = summary.schema_revision
            _migrate_to(connection, revision)
            tables = _tables(connection, manifest)
            loader = TableLoader(connection, archive, Path(scratch), report)
            report(0)
            try:
                for entry in manifest["tables"]:
                    _load_counted(connection, loader, entry, tables[entry["name"]])
                if connection.dialect.name == "postgresql":
                    move_sequences(connection, tables.values())
                if revision != HEAD:
                    _migrate_to(connection, HEAD)
            except (sa_exc.IntegrityError, sa_exc.DataError) as error:
                reason = (str(error.orig) or str(error)).strip().splitlines()[0][:300]
                raise damaged("tables", reason) from None
            rebuild_search_index(connection)
            _audit(db, connection, source, summary)
    return summary


@contextmanager
def _open_zip(source: Path) -> Iterator[zipfile.ZipFile]:
    try:
        archive = zipfile.ZipFile(source)
    except zipfile.BadZipFile:
        raise ArchiveError(
            QT_TRANSLATE_NOOP("messages", "{file} is not a Pelita archive: it is not a zip file."),
            "archive",
            file=source.name,
        ) from None
    except OSError as error:
        raise ArchiveError(
            QT_TRANSLATE_NOOP("messages", "{file} cannot be read: {reason}"),
            "archive",
            file=str(source),
            reason=error.strerror or str(error),
        ) from None
    with archive:
        yield archive


def _manifest(archive: zipfile.ZipFile) -> dict[str, Any]:
    try:
        manifest = json.loads(archive.read(MANIFEST))
    except KeyError:
        raise ArchiveError(
            QT_TRANSLATE_NOOP(
                "messages", "This zip file is not a Pelita archive: it has no manifest.json."
            ),
            "archive",
        ) from None
    except (ValueError, zipfile.BadZipFile) as error:
        raise damaged(MANIFEST, str(error)) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ArchiveError(
            QT_TRANSLATE_NOOP(
                "messages", "This zip file is not a Pelita archive: its manifest is not Pelita's."
            ),
            "archive",
        )
    revision = manifest.get("schema_revision")
    if int(manifest.get("format_version", 0)) > FORMAT_VERSION or revision not in REVISIONS:
        raise ArchiveError(
            QT_TRANSLATE_NOOP(
                "messages",
                "This archive was written by a newer version of Pelita ({version}, schema "
                "{revision}). Install that version or a newer one to import it; nothing was "
                "loaded.",
            ),
            "archive",
            version=str(manifest.get("pelita_version", "")),
            revision=str(revision),
        )
    return manifest


def _check_members(archive: zipfile.ZipFile, manifest: dict[str, Any]) -> None:
    """Every member the manifest names is there, unchanged, and every table's is named."""
    members: dict[str, str] = manifest.get("members") or {}
    present = set(archive.namelist())
    for entry in manifest.get("tables", []):
        for member in (entry.get("member"), entry.get("cells")):
            if member and member not in members:
                raise damaged(MANIFEST, f"{member} has no checksum")
    for member, expected in members.items():
        if member not in present:
            raise ArchiveError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The archive is incomplete: {member} is missing. Nothing was loaded.",
                ),
                "archive",
                member=member,
            )
        try:
            with archive.open(member) as handle:
                found = sha256_of(handle)
        except (zipfile.BadZipFile, OSError) as error:
            raise damaged(member, str(error)) from None
        if found != expected:
            raise ArchiveError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The archive was changed or damaged after it was written: {member} is "
                    "not as it was. Nothing was loaded.",
                ),
                "archive",
                member=member,
            )


def _summary(source: Path, manifest: dict[str, Any]) -> ArchiveSummary:
    try:
        return ArchiveSummary(
            path=source,
            pelita_version=str(manifest.get("pelita_version", "")),
            schema_revision=str(manifest["schema_revision"]),
            exported_at=datetime.fromisoformat(str(manifest["exported_at"])),
            exported_by=str(manifest.get("exported_by", "")),
            tables={str(t["name"]): int(t["rows"]) for t in manifest["tables"]},
            certificates=int(manifest.get("certificates", 0)),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise damaged(MANIFEST, str(error)) from None


@contextmanager
def _loading(db: Database) -> Iterator[Connection]:
    with db.engine.connect() as connection:
        # SQLite: take the write lock at once (see desktop.store.engine).
        connection.execution_options(**{WRITES: True})
        with connection.begin():
            yield connection


def _check_empty(connection: Connection) -> None:
    present = set(inspect(connection).get_table_names())
    for table in Base.metadata.sorted_tables:
        if table.name in present and connection.scalar(select(exists().select_from(table))):
            raise ArchiveError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "This database already holds data (table {table}). An archive can only be "
                    "imported into a new, empty database; nothing was loaded.",
                ),
                "archive",
                table=table.name,
            )


def _migrate_to(connection: Connection, revision: str) -> None:
    """Bring the (empty) schema to `revision`, down or up, inside the open transaction."""
    from alembic import command
    from alembic.config import Config

    current = current_revision(connection)
    here = REVISIONS.index(current) if current in REVISIONS else -1
    wanted = REVISIONS.index(revision)
    if here == wanted:
        return
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    if wanted < here:
        command.downgrade(config, revision)
    else:
        command.upgrade(config, revision)


def _tables(connection: Connection, manifest: dict[str, Any]) -> dict[str, Table]:
    names = [str(entry["name"]) for entry in manifest["tables"]]
    present = set(inspect(connection).get_table_names())
    missing = [name for name in names if name not in present]
    if missing:
        raise damaged(MANIFEST, f"tables {', '.join(missing)} are not in its schema revision")
    metadata = MetaData()
    metadata.reflect(connection, only=names)
    return {name: metadata.tables[name] for name in names}


def _load_counted(
    connection: Connection, loader: TableLoader, entry: dict[str, Any], table: Table
) -> None:
    expected = int(entry["rows"])
    loaded = loader.load(entry, table)
    held = connection.scalar(select(func.count()).select_from(table))
    if loaded != expected or held != expected:
        raise damaged(str(entry["member"]), f"{loaded} rows where the manifest says {expected}")


def _audit(db: Database, connection: Connection, source: Path, summary: ArchiveSummary) -> None:
    connection.execute(
        insert(AuditEntry).values(
            at=db.clock(),
            user_id=None,
            username="",
            action="archive.import",
            entity="archive",
            entity_id=source.name[:64],
            before=None,
            after={
                "file": str(source),
                "pelita_version": summary.pelita_version,
                "schema_revision": summary.schema_revision,
                "exported_at": summary.exported_at.isoformat(),
                "exported_by": summary.exported_by,
                "rows": summary.rows,
                "certificates": summary.certificates,
            },
        )
    )
