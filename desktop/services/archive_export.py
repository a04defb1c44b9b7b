"""Export everything: every table of the database as xlsx and every certificate's frozen PDF in
one zip that any Pelita imports (desktop.services.archive_import), whichever database engine
either side uses. The format is described in desktop.services.archive_format.

Generic over `Base.metadata`: a table added later is archived without a change here. All
tables are read in one transaction (REPEATABLE READ on PostgreSQL, a read snapshot on SQLite),
so the archive is one consistent moment even while other desks keep working. Rows stream from
the database in batches into openpyxl's write-only workbooks: memory stays flat however many
rows there are.

The archive appears whole or not at all: written beside the target and renamed; a cancel or
an error removes the partial file. Administrators only (MANAGE_CENTRE); audited as
"archive.export" (it takes every person's data out of Pelita).
"""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
from sqlalchemy import Connection, Table, Text, cast, func, select

from desktop import __version__
from desktop.domain.roles import Permission
from desktop.services.archive_format import (
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    MAX_SHEET_ROWS,
    MEMBER,
    README,
    README_TEXT,
    ArchiveSummary,
    ColumnSpec,
    IsCancelled,
    Progress,
    cancelled_export,
    cells_member,
    column_kind,
    fits_in_cell,
    inline_blob,
    needs_text_cell,
    safe_name,
    sha256_of,
    sheet_title,
    table_member,
    to_cell,
)
from desktop.services.context import Actor, acting
from desktop.store.base import Base
from desktop.store.certificates import Certificate, CertificateFile
from desktop.store.database import Database
from desktop.store.schema import current_revision

BATCH = 2_000
# The frozen certificate PDFs are named by their number, for people opening the zip.
PDF_TABLE, PDF_COLUMN = CertificateFile.__tablename__, "pdf"


def export_everything(
    db: Database,
    actor: Actor,
    target: Path,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> ArchiveSummary:
    """Write the whole database to the zip `target`; `progress(rows_done, rows_in_all)`, and
    `cancelled()` is asked between batches (ArchiveCancelled then, and no file is left)."""
    with acting(db, actor, Permission.MANAGE_CENTRE, read_only=True):
        pass  # refused here, before anything is read
    target = Path(target)
    partial = target.with_name(f".{target.name}.part")
    try:
        with TemporaryDirectory(prefix="pelita-archive-") as scratch, _snapshot(db) as connection:
            with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
                writer = _ArchiveWriter(connection, archive, Path(scratch), progress, cancelled)
                summary = writer.write(target, actor.username, db.clock())
            with partial.open("rb") as handle:
                os.fsync(handle.fileno())
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    with acting(db, actor, Permission.MANAGE_CENTRE) as work:
        work.audit(
            "archive.export",
            "archive",
            target.name,
            after={
                "file": str(target),
                "schema_revision": summary.schema_revision,
                "rows": summary.rows,
                "certificates": summary.certificates,
            },
        )
    return summary


@contextmanager
def _snapshot(db: Database) -> Iterator[Connection]:
    with db.engine.connect() as connection:
        if not db.is_sqlite:
            connection.execution_options(isolation_level="REPEATABLE READ")
        with connection.begin():
            yield connection


class _ArchiveWriter:
    def __init__(
        self,
        connection: Connection,
        archive: zipfile.ZipFile,
        scratch: Path,
        progress: Progress | None,
        cancelled: IsCancelled | None,
    ) -> None:
        self.connection, self.archive, self.scratch = connection, archive, scratch
        self.progress, self.cancelled = progress, cancelled
        self.members: dict[str, str] = {}
        self.used_names: set[str] = set()
        self.certificate_numbers: dict[int, str] = {}
        self.done = 0
        self.total = 0

    def write(self, target: Path, username: str, exported_at: datetime) -> ArchiveSummary:
        tables = Base.metadata.sorted_tables
        counts = {
            table.name: int(self.connection.scalar(select(func.count()).select_from(table)) or 0)
            for table in tables
        }
        self.total = sum(counts.values())
        self._report()
        self.certificate_numbers = dict(
            self.connection.execute(select(Certificate.id, Certificate.number)).all()
        )
        listed = [self._write_table(table) for table in tables]
        for entry in listed:
            if entry["rows"] != counts[entry["name"]]:  # the snapshot makes this impossible
                raise RuntimeError(f"{entry['name']}: rows changed while exporting")
        revision = current_revision(self.connection) or ""
        self._add_bytes(README, README_TEXT.encode("utf-8"))
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "pelita_version": __version__,
            "schema_revision": revision,
            "exported_at": exported_at.isoformat(),
            "exported_by": username,
            "engine": self.connection.dialect.name,
            "tables": listed,
            "certificates": counts.get(PDF_TABLE, 0),
            "members": self.members,
        }
        self.archive.writestr(MANIFEST, json.dumps(manifest, indent=1, ensure_ascii=False))
        return ArchiveSummary(
            path=target,
            pelita_version=__version__,
            schema_revision=revision,
            exported_at=exported_at,
            exported_by=username,
            tables=counts,
            certificates=counts.get(PDF_TABLE, 0),
        )

    def _write_table(self, table: Table) -> dict[str, Any]:
        specs = [ColumnSpec(c.name, column_kind(c.type), bool(c.nullable)) for c in table.columns]
        # JSON as the text stored, so JSON null and SQL NULL stay apart.
        columns = [
            cast(c, Text).label(c.name) if spec.kind == "json" else c
            for c, spec in zip(table.columns, specs, strict=True)
        ]
        key_positions = [i for i, c in enumerate(table.columns) if c.primary_key]
        query = select(*columns).order_by(*table.primary_key.columns)
        result = self.connection.execution_options(yield_per=BATCH).execute(query)
        book = Workbook(write_only=True)
        sheets = [sheet_title(table.name, 1)]
        sheet = book.create_sheet(sheets[-1])
        sheet.append([spec.name for spec in specs])
        exact: dict[str, dict[str, Any]] = {}
        written = in_sheet = 0
        for batch in result.partitions():
            for row in batch:
                if in_sheet == MAX_SHEET_ROWS:
                    sheets.append(sheet_title(table.name, len(sheets) + 1))
                    sheet = book.create_sheet(sheets[-1])
                    sheet.append([spec.name for spec in specs])
                    in_sheet = 0
                key = "-".join(str(row[i]) for i in key_positions)
                cells = []
                for value, spec in zip(row, specs, strict=True):
                    cell, kept = self._cell(sheet, table.name, key, value, spec)
                    if kept is not None:
                        exact.setdefault(str(written), {})[spec.name] = kept
                    cells.append(cell)
                sheet.append(cells)
                written += 1
                in_sheet += 1
            self.done += len(batch)
            self._report()
        path = self.scratch / f"{table.name}.xlsx"
        book.save(path)
        self._add_file(table_member(table.name), path)
        path.unlink()
        if exact:
            self._add_bytes(cells_member(table.name), json.dumps(exact).encode("utf-8"))
        return {
            "name": table.name,
            "member": table_member(table.name),
            "cells": cells_member(table.name) if exact else None,
            "rows": written,
            "sheets": sheets,
            "columns": [spec.as_json() for spec in specs],
        }

    def _cell(
        self, sheet: Any, table: str, key: str, value: Any, spec: ColumnSpec
    ) -> tuple[Any, Any]:
        """The cell for `value`, and the value itself when the cell cannot hold it exactly
        (the cell is then left empty and the value goes to the table's cells file)."""
        if value is None:
            return None, None
        if spec.kind == "blob":
            return self._blob(table, key, spec.name, bytes(value)), None
        if spec.kind in ("text", "json"):
            if (value == "" and spec.nullable) or not fits_in_cell(value):
                return None, value
            if value == "":
                return None, None  # an empty cell of a column that is never NULL
            if needs_text_cell(value):
                cell = WriteOnlyCell(sheet, value=value)
                cell.data_type = "s"
                return cell, None
            return value, None
        return to_cell(value, spec.kind), None

    def _blob(self, table: str, key: str, column: str, data: bytes) -> str:
        if (table, column) == (PDF_TABLE, PDF_COLUMN):
            number = self.certificate_numbers.get(int(key), key)
            stem, suffix = f"certificates/{safe_name(number)}", ".pdf"
        else:
            inline = inline_blob(data)
            if inline is not None:
                return inline
            stem, suffix = f"blobs/{table}/{safe_name(key)}.{column}", ""
        member = stem + suffix
        if member in self.used_names:  # two numbers that differ only in punctuation
            member = f"{stem}-{safe_name(key)}{suffix}"
        self.used_names.add(member)
        self._add_bytes(member, data)
        return MEMBER + member

    def _add_bytes(self, member: str, data: bytes) -> None:
        self.archive.writestr(member, data)
        self.members[member] = hashlib.sha256(data).hexdigest()

    def _add_file(self, member: str, path: Path) -> None:
        with path.open("rb") as handle:
            self.members[member] = sha256_of(handle)
        # An xlsx is a zip already: storing it again compressed only costs time.
        self.archive.write(path, member, compress_type=zipfile.ZIP_STORED)

    def _report(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise cancelled_export()
        if self.progress is not None:
            self.progress(self.done, self.total)
