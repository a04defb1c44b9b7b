"""Loading one table of an archive (desktop.services.archive_format) into the database.

Rows are inserted through the table as the database has it at the archive's schema revision
(reflected, not `Base.metadata`, which is the newest schema), in the archive's order: the
tables come in foreign-key order and their rows in primary-key order. A table that refers to
itself (a re-issued certificate to the one it replaces) gets those references in a second
pass, so a row may point at one that comes later.
"""

from __future__ import annotations

import json
import shutil
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from openpyxl import load_workbook  # type: ignore[import-untyped]
from sqlalchemy import JSON, Connection, Table, and_, bindparam, insert, text, update

from desktop.services.archive_format import (
    ColumnSpec,
    blob_from_cell,
    damaged,
    from_cell,
)

BATCH = 2_000
Report = Callable[[int], None]  # rows just loaded


class TableLoader:
    """Loads the tables of one open archive on one connection (inside the caller's
    transaction: a failure anywhere leaves nothing loaded)."""

    def __init__(
        self, connection: Connection, archive: zipfile.ZipFile, scratch: Path, report: Report
    ) -> None:
        self.connection, self.archive, self.scratch, self.report = (
            connection,
            archive,
            scratch,
            report,
        )

    def load(self, entry: dict[str, Any], table: Table) -> int:
        """Insert the rows of the manifest's `entry` into `table`; how many there were."""
        member = str(entry["member"])
        specs = [
            ColumnSpec(str(c["name"]), str(c["kind"]), bool(c["nullable"]))
            for c in entry["columns"]
        ]
        unknown = [spec.name for spec in specs if spec.name not in table.c]
        if unknown:
            raise damaged(member, f"columns {', '.join(unknown)} are not in table {table.name}")
        _json_nulls_apart(table, specs)
        exact = self._exact(entry)
        later = [
            c.name
            for c in table.columns
            if c.nullable and any(fk.column.table is table for fk in c.foreign_keys)
        ]
        path = self.scratch / f"{table.name}.xlsx"
        with self.archive.open(member) as source, path.open("wb") as copy:
            shutil.copyfileobj(source, copy)
        book = load_workbook(path, read_only=True)
        pending: list[dict[str, Any]] = []
        deferred: list[dict[str, Any]] = []
        count = 0
        try:
            for title in entry["sheets"]:
                if title not in book.sheetnames:
                    raise damaged(member, f"the sheet {title} is missing")
                rows = book[title].iter_rows(values_only=True)
                header = tuple(next(rows, ()))[: len(specs)]
                if header != tuple(spec.name for spec in specs):
                    raise damaged(member, f"the sheet {title} does not start with the columns")
                for cells in rows:
                    values = self._values(cells, specs, exact.get(str(count)), member)
                    for name in later:
                        if values.get(name) is not None:
                            deferred.append(
                                {**_key(table, values), f"archive_new_{name}": values[name]}
                            )
                            values[name] = None
                    pending.append(values)
                    count += 1
                    if len(pending) == BATCH:
                        self._insert(table, pending)
            self._insert(table, pending)
        finally:
            book.close()
            path.unlink()
        for name in later:
            self._set_later(table, name, [d for d in deferred if f"archive_new_{name}" in d])
        return count

    def _exact(self, entry: dict[str, Any]) -> dict[str, dict[str, Any]]:
        if not entry.get("cells"):
            return {}
        member = str(entry["cells"])
        try:
            exact = json.loads(self.archive.read(member))
        except (ValueError, KeyError) as error:
            raise damaged(member, str(error)) from None
        if not isinstance(exact, dict):
            raise damaged(member, "not a JSON object")
        return exact

    def _values(
        self,
        cells: tuple[Any, ...],
        specs: list[ColumnSpec],
        exact: dict[str, Any] | None,
        member: str,
    ) -> dict[str, Any]:
        values: dict[str, Any] = {}
        padded = tuple(cells) + (None,) * (len(specs) - len(cells))
        for spec, cell in zip(specs, padded, strict=False):
            raw = exact[spec.name] if exact and spec.name in exact else cell
            try:
                values[spec.name] = self._value(raw, spec)
            except (ValueError, TypeError, KeyError) as error:
                raise damaged(member, f"{spec.name}: {error}") from None
        return values

    def _value(self, raw: Any, spec: ColumnSpec) -> Any:
        if raw is None:
            return from_cell(None, spec)
        if spec.kind == "blob":
            return blob_from_cell(str(raw), self._member)
        if spec.kind == "json":
            text = str(raw)
            return JSON.NULL if text == "null" else json.loads(text)
        return from_cell(raw, spec)

    def _member(self, name: str) -> bytes:
        return self.archive.read(name)

    def _insert(self, table: Table, rows: list[dict[str, Any]]) -> None:
        if rows:
            self.connection.execute(insert(table), rows)
            self.report(len(rows))
            rows.clear()

    def _set_later(self, table: Table, name: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        keys = list(table.primary_key.columns)
        statement = (
            update(table)
            .where(and_(*(c == bindparam(f"archive_key_{c.name}") for c in keys)))
            .values({name: bindparam(f"archive_new_{name}")})
        )
        self.connection.execute(statement, rows)


def _key(table: Table, values: dict[str, Any]) -> dict[str, Any]:
    return {f"archive_key_{c.name}": values[c.name] for c in table.primary_key.columns}


def _json_nulls_apart(table: Table, specs: list[ColumnSpec]) -> None:
    """SQL NULL stays NULL and JSON null ("null") stays JSON null, as in the database that
    was archived (a reflected JSON column would write both as "null")."""
    for spec in specs:
        column = table.c[spec.name]
        if spec.kind == "json" and isinstance(column.type, JSON):
            column.type = type(column.type)(none_as_null=True)


def move_sequences(connection: Connection, tables: Iterable[Table]) -> None:
    """Each id sequence moves past the highest id loaded, so the next row gets a new id."""
    quote = connection.dialect.identifier_preparer.quote
    for table in tables:
        for column in table.primary_key.columns:
            sequence = connection.scalar(
                text("SELECT pg_get_serial_sequence(:table, :column)"),
                {"table": quote(table.name), "column": column.name},
            )
            if sequence is None:
                continue
            highest = f"SELECT MAX({quote(column.name)}) FROM {quote(table.name)}"
            connection.execute(
                text(f"SELECT setval(:sequence, COALESCE(({highest}), 0) + 1, false)"),
                {"sequence": sequence},
            )


def rebuild_search_index(connection: Connection) -> None:
    """SQLite's participant search index (FTS5, not in Base.metadata): rebuilt from the table,
    as the demo's bulk load does."""
    if connection.dialect.name != "sqlite":
        return
    found = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE name = 'participant_fts'"
    ).first()
    if found:
        connection.exec_driver_sql(
            "INSERT INTO participant_fts(participant_fts) VALUES ('rebuild')"
        )
