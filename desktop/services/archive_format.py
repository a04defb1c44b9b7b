"""The "export everything" archive's format, shared by its writer and its reader.

A zip file holding:

- `manifest.json`: the Pelita version and schema revision that wrote it, every table with its
  columns (name, kind, nullable), row count, sheets and member, and the SHA-256 of every other
  member, so a damaged or altered archive is refused before anything is loaded;
- `tables/<table>.xlsx`: one workbook per table of `Base.metadata`, a header row of column
  names then one row per database row in primary-key order; more than MAX_SHEET_ROWS rows go on
  further sheets (Excel's limit is 1,048,576 rows a sheet);
- `tables/<table>.cells.json`: only for the few cells a spreadsheet cannot hold exactly (an
  empty text in a column that may also be empty, a carriage return, a control character, more
  than 32,767 characters): `{"<row>": {"<column>": value}}`, the row counted from 0;
- `certificates/<number>.pdf`: each certificate's frozen PDF, exactly as issued;
- `blobs/<table>/<primary key>.<column>`: other binary values too big to sit in a cell (small
  ones are in the cell as `base64:…`; a cell `member:<name>` points at the member).

Cells are typed by the column's kind, not guessed: dates and times as ISO text (exact, also
before 1900, and time zones say UTC), decimals and integers beyond 2^53 as text (a spreadsheet
number is a double), JSON as its text, booleans as TRUE/FALSE, text as text.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Time,
)
from sqlalchemy.types import TypeDecorator, TypeEngine

from desktop.domain.errors import PelitaError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.store.base import UTCDateTime

FORMAT = "pelita-archive"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
README = "README.txt"
MAX_SHEET_ROWS = 1_048_575  # data rows a sheet: Excel's 1,048,576 less the header
MAX_CELL_CHARS = 32_767  # Excel's limit on the text of one cell
INLINE_BLOB_BYTES = 12_000  # base64 of this is 16,000 characters: well inside a cell
SAFE_INTEGER = 2**53  # beyond this a spreadsheet number (a double) loses digits
BASE64, MEMBER = "base64:", "member:"
# Text openpyxl would otherwise store as a formula or an error value, not as text.
_NOT_PLAIN = ("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A")
# What an xlsx cannot hold (openpyxl refuses them, and XML turns \r into \n).
_NOT_IN_XLSX = re.compile(r"[\000-\010\013\014\016-\037\r]")

Progress = Callable[[int, int], None]  # (rows done, rows in all)
IsCancelled = Callable[[], bool]


class ArchiveError(PelitaError):
    """The archive cannot be written or imported; nothing was changed ("archive" is the field)."""


class ArchiveCancelled(PelitaError):
    pass


def cancelled_export() -> ArchiveCancelled:
    return ArchiveCancelled(
        QT_TRANSLATE_NOOP("messages", "The export was cancelled; no archive was written."),
        "archive",
    )


def cancelled_import() -> ArchiveCancelled:
    return ArchiveCancelled(
        QT_TRANSLATE_NOOP("messages", "The import was cancelled; nothing was loaded."), "archive"
    )


def damaged(member: str, reason: str) -> ArchiveError:
    return ArchiveError(
        QT_TRANSLATE_NOOP(
            "messages",
            "The archive is damaged or was changed: {member} ({reason}). Nothing was loaded.",
        ),
        "archive",
        member=member,
        reason=reason,
    )


@dataclass(frozen=True)
class ArchiveSummary:
    """What an archive holds (after writing it, or after importing it)."""

    path: Path
    pelita_version: str
    schema_revision: str
    exported_at: datetime
    exported_by: str
    tables: dict[str, int] = field(default_factory=dict)  # rows of each table
    certificates: int = 0

    @property
    def rows(self) -> int:
        return sum(self.tables.values())


@dataclass(frozen=True)
class ColumnSpec:
    name: str
    kind: str
    nullable: bool

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "nullable": self.nullable}


def column_kind(type_: TypeEngine[Any]) -> str:
    """How a column's values are written to cells. A new column type fails loudly here (and in
    the tests), so no table is ever archived with values that would not come back the same."""
    if isinstance(type_, UTCDateTime):
        return "utc_datetime"
    if isinstance(type_, TypeDecorator):
        type_ = type_.impl_instance
    kinds: tuple[tuple[type[TypeEngine[Any]], str], ...] = (
        (Boolean, "boolean"),
        (Integer, "integer"),
        (Float, "float"),
        (Numeric, "decimal"),
        (DateTime, "datetime"),
        (Date, "date"),
        (Time, "time"),
        (JSON, "json"),
        (LargeBinary, "blob"),
        (String, "text"),
    )
    for kind_type, kind in kinds:
        if isinstance(type_, kind_type):
            return kind
    raise TypeError(f"the archive cannot hold columns of type {type_!r}")


def fits_in_cell(text: str) -> bool:
    return len(text) <= MAX_CELL_CHARS and not _NOT_IN_XLSX.search(text)


def needs_text_cell(text: str) -> bool:
    """Text that must be marked as text, or openpyxl writes a formula or an error value."""
    return text.startswith("=") or text in _NOT_PLAIN


def to_cell(value: Any, kind: str) -> Any:
    """A database value as a cell (for text and JSON only when `fits_in_cell`)."""
    if value is None:
        return None
    if kind == "integer":
        return value if -SAFE_INTEGER < value < SAFE_INTEGER else str(value)
    if kind in ("date", "time", "datetime", "utc_datetime"):
        return value.isoformat()
    if kind in ("decimal", "float"):
        return repr(value) if kind == "float" else str(value)
    return value


def from_cell(value: Any, spec: ColumnSpec) -> Any:
    """A cell (or a value from the cells file) as the value to insert. Times are handed to the
    database as naive UTC, as UTCDateTime stores them."""
    kind = spec.kind
    if value is None:
        return "" if kind == "text" and not spec.nullable else None
    if kind == "text":
        return str(value)
    if kind == "integer":
        return int(value)
    if kind == "boolean":
        return value if isinstance(value, bool) else str(value).upper() in ("TRUE", "1")
    if kind == "decimal":
        return Decimal(str(value))
    if kind == "float":
        return float(value)
    if kind == "date":
        return date.fromisoformat(str(value))
    if kind == "time":
        return time.fromisoformat(str(value))
    if kind == "utc_datetime":
        return datetime.fromisoformat(str(value)).astimezone(UTC).replace(tzinfo=None)
    if kind == "datetime":
        return datetime.fromisoformat(str(value))
    if kind == "json":
        return str(value)  # decoded by the importer, which knows JSON null from SQL NULL
    raise ValueError(f"unknown column kind {kind}")


def inline_blob(data: bytes) -> str | None:
    if len(data) > INLINE_BLOB_BYTES:
        return None
    return BASE64 + base64.b64encode(data).decode("ascii")


def blob_from_cell(cell: str, read_member: Callable[[str], bytes]) -> bytes:
    if cell.startswith(BASE64):
        return base64.b64decode(cell[len(BASE64) :], validate=True)
    if cell.startswith(MEMBER):
        return read_member(cell[len(MEMBER) :])
    raise ValueError("a binary value is neither base64 nor a member")


def safe_name(text: str) -> str:
    """A member name from a certificate number ("001/LKP-MB/2026" → "001_LKP-MB_2026")."""
    return re.sub(r"[^0-9A-Za-z._-]+", "_", text).strip("._") or "_"


def table_member(table: str) -> str:
    return f"tables/{table}.xlsx"


def cells_member(table: str) -> str:
    return f"tables/{table}.cells.json"


def sheet_title(table: str, number: int) -> str:
    """Excel sheet names have at most 31 characters."""
    return table[:25] if number == 1 else f"{table[:25]} ({number})"


def sha256_of(handle: IO[bytes]) -> str:
    digest = hashlib.sha256()
    for chunk in iter(lambda: handle.read(1 << 20), b""):
        digest.update(chunk)
    return digest.hexdigest()


README_TEXT = """Pelita archive: everything one Pelita database held, readable without Pelita.

tables/<table>.xlsx      every table, one row per record (a header row of column names)
tables/<table>.cells.json the few values a spreadsheet cannot hold exactly (see the manifest)
certificates/*.pdf       each certificate's PDF exactly as issued
blobs/                   other pictures and files (logos, photos, documents)
manifest.json            the Pelita version and schema, the tables and the SHA-256 of each file

Another Pelita imports it into a new, empty database ("Import an archive..." when it is set up,
or `pelita archive import FILE`).
"""
