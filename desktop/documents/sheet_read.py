"""Reading the participant lists clerks receive (.xlsx, or CSV as Excel and LibreOffice write
it in an Indonesian locale) into rows of text, for the import (issue 7).

The kind of file is found from its content, not its name: lists arrive renamed, or as "CSV"
files that are workbooks. Values keep what desktop.domain.sheet_repair needs to repair or
flag them: which cells were numbers in the workbook (a NIK or phone stored as a number is
damaged), and which were formulas nobody computed (read as empty and marked, since the value
the clerk saw in Excel is not in the file). Every bad file is refused with a SheetError that
says what to do; the file is read as a stream, so a huge one is refused without being loaded.
"""

from __future__ import annotations

import csv
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import IO, Any

from openpyxl import load_workbook  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]
from openpyxl.worksheet.formula import (  # type: ignore[import-untyped]
    ArrayFormula,
    DataTableFormula,
)

from desktop.domain.errors import PelitaError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.sheet_repair import clean_cell

MAX_ROWS = 50_000
MAX_CELL_LENGTH = 5_000

NOT_SPREADSHEET = QT_TRANSLATE_NOOP(
    "messages", "This file is not a spreadsheet: choose an Excel workbook (.xlsx) or a CSV file."
)
PROTECTED = QT_TRANSLATE_NOOP(
    "messages",
    "This workbook is protected by a password: open it in Excel, save a copy without the"
    " password and import that copy.",
)
OLD_XLS = QT_TRANSLATE_NOOP(
    "messages",
    "This is an old Excel file (.xls): open it in Excel or LibreOffice, save it as an Excel"
    " workbook (.xlsx) and import that.",
)
DAMAGED = QT_TRANSLATE_NOOP(
    "messages",
    "This workbook is damaged or incomplete: open it in Excel or LibreOffice, save it again"
    " and import it again.",
)
EMPTY = QT_TRANSLATE_NOOP("messages", "The sheet is empty: no row of column headings was found.")
NO_ROWS = QT_TRANSLATE_NOOP("messages", "The sheet has column headings but no rows below them.")
TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "messages",
    "The file has more than {max} rows; at most {max} can be imported at once: split the file.",
)
CELL_TOO_LONG = QT_TRANSLATE_NOOP(
    "messages",
    "Row {row}, column {column} holds {length} characters; a cell may hold at most {max}:"
    " shorten it. Nothing was read.",
)
CSV_CELL_TOO_LONG = QT_TRANSLATE_NOOP(
    "messages",
    "Row {row} holds a cell of more than {max} characters: shorten it. Nothing was read.",
)
ENCODING = QT_TRANSLATE_NOOP(
    "messages",
    "The letters in this CSV file cannot be read (it is neither UTF-8 nor Windows-1252):"
    " save it again as \u201cCSV UTF-8\u201d and import that.",
)
# Notes: things repaired or noticed on the whole file, shown once above the preview.
MERGED_HEADINGS_FILLED = QT_TRANSLATE_NOOP(
    "messages", "Merged column headings were split: each column got the merged heading."
)
FORMULAS_NOT_COMPUTED = QT_TRANSLATE_NOOP(
    "messages",
    "Some cells hold formulas that were never calculated and are read as empty: open the file"
    " in Excel or LibreOffice, save it and import it again.",
)

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the compound-file signature of .xls and .doc
# Stream names in an OLE directory (UTF-16): an encrypted .xlsx, or an old workbook.
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
_OLD_WORKBOOK_STREAMS = ("Workbook".encode("utf-16-le"), "Book\x00".encode("utf-16-le"))
_FORMULA_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s>/]")
_MERGE_TAG = re.compile(
    rb'<(?:[A-Za-z_][\w.-]*:)?mergeCell\s+ref="([A-Z]+)([0-9]+):([A-Z]+)([0-9]+)"'
)
_CHUNK = 1 << 20
_CSV_DELIMITERS = (";", "\t", ",")  # ties go to ";", what Excel writes in Indonesia


class SheetError(PelitaError):
    """A file that cannot be imported, and what to do about it. Nothing was read."""


@dataclass(frozen=True)
class Sheet:
    """The rows of a sheet as text, all as wide as the widest row (trailing empty columns
    dropped), with the file's row number of each for messages ("row 12")."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    row_numbers: tuple[int, ...]
    # Per row: the column indexes that were number cells in the workbook (never in a CSV).
    numeric: tuple[frozenset[int], ...]
    # Per row: the column indexes of formulas without a computed value, read as "".
    formula_cells: tuple[frozenset[int], ...]
    notes: tuple[str, ...]


@dataclass(frozen=True)
class _Row:
    number: int
    values: tuple[str, ...]
    numeric: frozenset[int] = frozenset()
    formulas: frozenset[int] = frozenset()


def read_sheet(path: Path, *, max_rows: int = MAX_ROWS) -> Sheet:
    """The first visible sheet of the workbook, or the CSV file, at `path`."""
    with path.open("rb") as file:
        head = file.read(8)
    if head.startswith(b"%PDF"):
        raise SheetError(NOT_SPREADSHEET)
    if head.startswith(_OLE):
        raise SheetError(_ole_kind(path))
    if head.startswith(b"PK"):
        return _read_xlsx(path, max_rows)
    if not head:
        raise SheetError(EMPTY)
    return _read_csv(path, max_rows)


def _contains(path: Path, needles: Iterable[bytes]) -> set[bytes]:
    """Which of `needles` occur in the file, read in chunks that overlap by a needle."""
    wanted, found, tail = set(needles), set(), b""
    overlap = max(len(needle) for needle in wanted)
    with path.open("rb") as file:
        while chunk := file.read(_CHUNK):
            window = tail + chunk
            found |= {needle for needle in wanted if needle in window}
            tail = window[-overlap:]
    return found


def _ole_kind(path: Path) -> str:
    found = _contains(path, (_ENCRYPTED_STREAM, *_OLD_WORKBOOK_STREAMS))
    if _ENCRYPTED_STREAM in found:
        return PROTECTED
    return OLD_XLS if found else NOT_SPREADSHEET


def _text(value: Any) -> str:
    """A workbook value as text: numbers as stored (a NIK that became 3.2010123456789e15 as
    "3201012345678900"), dates as ISO, booleans as Excel shows them."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def _scan_sheet_xml(path: Path, part: str) -> tuple[bool, list[tuple[int, int, int]]]:
    """Whether the sheet's XML holds formulas, and its merged ranges that span columns on one
    row (row, first column, last column). openpyxl's streaming reader exposes neither."""
    has_formulas, merges, tail = False, set(), b""
    with zipfile.ZipFile(path) as archive, archive.open(part) as xml:
        while chunk := xml.read(_CHUNK):
            window = tail + chunk
            has_formulas = has_formulas or _FORMULA_TAG.search(window) is not None
            for first_col, first_row, last_col, last_row in _MERGE_TAG.findall(window):
                if first_row == last_row:
                    merges.add((int(first_row), _column(first_col), _column(last_col)))
            tail = window[-200:]
    return has_formulas, sorted(merges)


def _column(letters: bytes) -> int:
    """The 0-based index of column "A", "AB", ..."""
    index = 0
    for letter in letters:
        index = index * 26 + letter - ord("A") + 1
    return index - 1


def _read_xlsx(path: Path, max_rows: int) -> Sheet:
    # Opened as a file, not a path: openpyxl refuses a name not ending in .xlsx (a list
    # renamed .csv is still read).
    with path.open("rb") as file:
        try:
            with zipfile.ZipFile(file) as archive:
                if "xl/workbook.xml" not in archive.namelist():
                    raise SheetError(NOT_SPREADSHEET)  # a .docx, .odt, or any other zip
            workbook = load_workbook(file, read_only=True, data_only=True)
            try:
                return _read_workbook(path, workbook, max_rows)
            finally:
                workbook.close()
        except SheetError:
            raise
        except Exception as error:  # openpyxl raises a dozen kinds on damaged files
            raise SheetError(DAMAGED) from error


def _read_workbook(path: Path, workbook: Any, max_rows: int) -> Sheet:
    visible = [sheet for sheet in workbook.worksheets if sheet.sheet_state == "visible"]
    if not visible:
        raise SheetError(EMPTY)
    sheet = visible[0]
    has_formulas, merges = _scan_sheet_xml(path, sheet._worksheet_path)
    formulas = _formula_positions(path, sheet.title) if has_formulas else frozenset()
    sheet.reset_dimensions()  # some writers record a wrong size, which would cut rows off

    def rows() -> Iterator[_Row]:
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            texts = tuple(_text(value) for value in values)
            yield _Row(
                number,
                texts,
                frozenset(
                    i
                    for i, value in enumerate(values)
                    if isinstance(value, int | float) and not isinstance(value, bool)
                ),
                frozenset(
                    i for i, text in enumerate(texts) if not text and (number, i) in formulas
                ),
            )

    return _assemble(rows(), max_rows, merges)


def _formula_positions(path: Path, title: str) -> frozenset[tuple[int, int]]:
    """(row, column index) of every formula cell: a second pass reading formulas instead of
    their values, only for the rare lists that have formulas."""
    with path.open("rb") as file:
        workbook = load_workbook(file, read_only=True, data_only=False)
        try:
            sheet = workbook[title]
            sheet.reset_dimensions()
            return frozenset(
                (number, i)
                for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)
                for i, value in enumerate(values)
                if isinstance(value, ArrayFormula | DataTableFormula)
                or (isinstance(value, str) and value.startswith("="))
            )
        finally:
            workbook.close()


def _read_csv(path: Path, max_rows: int) -> Sheet:
    with path.open("rb") as file:
        head = file.read(1 << 16)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings: tuple[str, ...] = ("utf-16",)  # Excel's "Unicode text"
    elif b"\x00" in head:
        raise SheetError(NOT_SPREADSHEET)  # no text file holds NUL: binary data
    else:
        encodings = ("utf-8-sig", "cp1252")
    for encoding in encodings:
        try:
            delimiter, skip = _sniff(head.decode(encoding, errors="ignore"))
            with path.open(encoding=encoding, errors="strict", newline="") as text:
                return _assemble(_csv_rows(text, delimiter, skip), max_rows, [])
        except UnicodeError:
            continue
    raise SheetError(ENCODING)


def _sniff(head: str) -> tuple[str, int]:
    """The delimiter, from Excel's "sep=;" line (then skipped) or the most frequent candidate
    outside quotes on the first non-empty line; and how many lines to skip."""
    lines = head.lstrip("\ufeff").splitlines()
    if lines and re.fullmatch(r"sep=.", lines[0].strip()):
        return lines[0].strip()[4], 1
    first = next((line for line in lines if line.strip()), "")
    unquoted = "".join(first.split('"')[0::2])
    return max(_CSV_DELIMITERS, key=unquoted.count), 0


def _csv_rows(text: IO[str], delimiter: str, skip: int) -> Iterator[_Row]:
    for _ in range(skip):
        text.readline()
    # Rows are numbered as Excel shows them: a quoted cell with line breaks is one row.
    number = skip
    try:
        for values in csv.reader(text, delimiter=delimiter):
            number += 1
            yield _Row(number, tuple(values))
    except csv.Error as error:  # a field over csv's own limit (128 KiB), or a stray NUL
        if "larger than field limit" in str(error):
            raise SheetError(CSV_CELL_TOO_LONG, row=number + 1, max=MAX_CELL_LENGTH) from None
        raise SheetError(NOT_SPREADSHEET) from None


def _check_lengths(row: _Row) -> None:
    for i, value in enumerate(row.values):
        if len(value) > MAX_CELL_LENGTH:
            raise SheetError(
                CELL_TOO_LONG,
                row=row.number,
                column=get_column_letter(i + 1),
                length=len(value),
                max=MAX_CELL_LENGTH,
            )


def _width(values: tuple[str, ...]) -> int:
    """How many columns are left when trailing empty (or blank) cells are dropped."""
    width = len(values)
    while width and not values[width - 1].strip():
        width -= 1
    return width


def _assemble(rows: Iterator[_Row], max_rows: int, merges: list[tuple[int, int, int]]) -> Sheet:
    """The Sheet of `rows` (streamed): the first non-empty row is the headings, empty rows are
    skipped, and reading stops at the first row over `max_rows`."""
    header: _Row | None = None
    data: list[_Row] = []
    width = 0
    for row in rows:
        _check_lengths(row)
        row_width = _width(row.values)
        if not row_width and not row.formulas:
            continue
        width = max(width, row_width, max(row.formulas, default=-1) + 1)
        if header is None:
            header = row
            continue
        if len(data) == max_rows:
            raise SheetError(TOO_MANY_ROWS, max=max_rows)
        data.append(row)
    if header is None:
        raise SheetError(EMPTY)
    if not data:
        raise SheetError(NO_ROWS)
    headers = [clean_cell(value) for value in _padded(header.values, width)]
    notes = []
    for row_number, first, last in merges:
        if row_number == header.number and first < width:
            for i in range(first + 1, min(last + 1, width)):
                headers[i] = headers[first]
            notes.append(MERGED_HEADINGS_FILLED)
    if any(row.formulas for row in data):
        notes.append(FORMULAS_NOT_COMPUTED)
    return Sheet(
        headers=tuple(headers),
        rows=tuple(_padded(row.values, width) for row in data),
        row_numbers=tuple(row.number for row in data),
        numeric=tuple(frozenset(i for i in row.numeric if i < width) for row in data),
        formula_cells=tuple(row.formulas for row in data),
        notes=tuple(dict.fromkeys(notes)),
    )


def _padded(values: tuple[str, ...], width: int) -> tuple[str, ...]:
    return values[:width] + ("",) * (width - len(values))
