"""Reading marks back from an attendance matrix (written by desktop.documents.attendance_xlsx),
after a clerk typed them in Excel or LibreOffice.

Everything is found through the row of codes (attendance_xlsx_parts), never by fixed
positions: rows inserted above the table, a sheet moved or renamed, do not matter. The whole
file is checked and every problem is returned with its cell, so the clerk fixes them in one
pass; marks are returned only when there is no problem at all, so the service applies all of
them or none.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from openpyxl import load_workbook  # type: ignore[import-untyped]
from openpyxl.utils.exceptions import InvalidFileException  # type: ignore[import-untyped]
from openpyxl.worksheet.worksheet import Worksheet  # type: ignore[import-untyped]

from desktop.documents.attendance_xlsx_parts import (
    NOT_APPLICABLE_TYPED,
    REF_MARKER,
    REF_PREFIX,
    ImportProblem,
    ParsedMark,
)
from desktop.domain.attendance import (
    MARK_BY_KEY,
    Mark,
    MarkInput,
    SheetKind,
    read_sheet_code,
    session_from_code,
)
from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP

_CODE_LIKE = re.compile(r"^D[HM]\s*[-_]", re.IGNORECASE)  # a sheet code, maybe mistyped
_REF = re.compile(rf"^{REF_PREFIX}([1-9][0-9]*)$", re.IGNORECASE)

NOT_XLSX = QT_TRANSLATE_NOOP("messages", "This file is not an Excel workbook (.xlsx).")
NOT_LAYOUT = QT_TRANSLATE_NOOP(
    "messages",
    "This workbook is not an attendance matrix exported from Pelita: its row of session "
    "codes was not found.",
)
NO_MATRIX_CODE = QT_TRANSLATE_NOOP(
    "messages", "The matrix's code (like DM-12-K, under Name) is missing."
)
OTHER_COHORT = QT_TRANSLATE_NOOP(
    "messages", "This is the matrix of another cohort ({code}); open that cohort to import it."
)
NOT_OF_COHORT = QT_TRANSLATE_NOOP("messages", "Session {code} is not a session of this cohort.")
SESSION_TWICE = QT_TRANSLATE_NOOP("messages", "Session {code} has two columns.")
UNKNOWN_REF = QT_TRANSLATE_NOOP(
    "messages", "{ref} is not the reference of a participant of this cohort."
)
NO_REF = QT_TRANSLATE_NOOP(
    "messages",
    "This row has marks but no reference: enrol new participants in Pelita, then export "
    "the matrix again.",
)
REF_TWICE = QT_TRANSLATE_NOOP("messages", "{ref} has two rows.")
WRONG_NAME = QT_TRANSLATE_NOOP(
    "messages", "The name {name} does not match {expected}, the participant of {ref}."
)
UNKNOWN_MARK = QT_TRANSLATE_NOOP(
    "messages", "{value} is not a mark: use H, I, S or A, or T with the minutes late (T15)."
)


@dataclass(frozen=True)
class _Table:
    sheet: Worksheet
    codes_row: int
    ref_column: int


def read_attendance_xlsx(
    content: bytes,
    *,
    cohort_id: int,
    known_sessions: Mapping[int, date],
    known_enrolments: Mapping[int, str],
) -> tuple[list[ParsedMark], list[ImportProblem]]:
    """The marks in a matrix of cohort `cohort_id` and every problem found in it.

    `known_sessions` are the cohort's sessions, `known_enrolments` its participants' names
    by enrolment. One mark per cell of a known session in a participant's row, the empty ones
    with `data=None`; "–" cells are not marks. When any problem is returned the marks list is
    empty: an import applies all or nothing."""
    try:
        workbook = load_workbook(io.BytesIO(content), data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError):
        return [], [ImportProblem("A1", NOT_XLSX)]
    table = _find_table(workbook.worksheets)
    if table is None:
        return [], [ImportProblem("A1", NOT_LAYOUT)]
    problems: list[ImportProblem] = []
    other = _check_matrix_code(table, cohort_id)
    if other is not None:
        return [], [other]  # every cell would be wrong too: say the one thing that matters
    columns = _session_columns(table, known_sessions, problems)
    marks = _rows(table, columns, known_enrolments, problems)
    return ([] if problems else marks), problems


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _find_table(sheets: list[Worksheet]) -> _Table | None:
    """The first row (of the first sheet that has one) with a session code and a "Ref"."""
    for sheet in sheets:
        for row in sheet.iter_rows():
            texts = [_text(cell.value) for cell in row]
            has_code = any(_CODE_LIKE.match(text) and text[:2].upper() == "DH" for text in texts)
            markers = [
                i for i, text in enumerate(texts) if text.casefold() == REF_MARKER.casefold()
            ]
            if has_code and markers:
                return _Table(sheet, row[0].row, markers[0] + 1)
    return None


def _check_matrix_code(table: _Table, cohort_id: int) -> ImportProblem | None:
    """The problem with the matrix's own code (left of "Ref" in the row of codes), if any."""
    for column in range(1, table.ref_column):
        cell = table.sheet.cell(table.codes_row, column)
        text = _text(cell.value)
        if not _CODE_LIKE.match(text) or text[:2].upper() != SheetKind.MATRIX.value:
            continue
        try:
            _kind, number = read_sheet_code(text)
        except ValidationError as error:
            return ImportProblem(cell.coordinate, error.text, dict(error.params))
        if number != cohort_id:
            return ImportProblem(cell.coordinate, OTHER_COHORT, {"code": text})
        return None
    name_cell = table.sheet.cell(table.codes_row, max(1, table.ref_column - 1))
    return ImportProblem(name_cell.coordinate, NO_MATRIX_CODE)


def _session_columns(
    table: _Table, known_sessions: Mapping[int, date], problems: list[ImportProblem]
) -> dict[int, int]:
    """Session by column, for the columns right of "Ref" whose code is sound."""
    columns: dict[int, int] = {}
    for column in range(table.ref_column + 1, table.sheet.max_column + 1):
        cell = table.sheet.cell(table.codes_row, column)
        text = _text(cell.value)
        if not text:
            continue  # the rate and completion columns
        try:
            session = session_from_code(text)
        except ValidationError as error:
            problems.append(ImportProblem(cell.coordinate, error.text, dict(error.params)))
            continue
        if session not in known_sessions:
            problems.append(ImportProblem(cell.coordinate, NOT_OF_COHORT, {"code": text}))
        elif session in columns.values():
            problems.append(ImportProblem(cell.coordinate, SESSION_TWICE, {"code": text}))
        else:
            columns[column] = session
    return columns


def _rows(
    table: _Table,
    columns: Mapping[int, int],
    known_enrolments: Mapping[int, str],
    problems: list[ImportProblem],
) -> list[ParsedMark]:
    sheet, ref_column = table.sheet, table.ref_column
    marks: list[ParsedMark] = []
    seen: set[int] = set()
    for row in range(table.codes_row + 1, sheet.max_row + 1):
        ref_cell = sheet.cell(row, ref_column)
        ref = _text(ref_cell.value)
        cells = {column: sheet.cell(row, column) for column in columns}
        if not ref:
            # A blank row or the legend; marks without a person are refused.
            if any(_text(cell.value) for cell in cells.values()):
                problems.append(ImportProblem(ref_cell.coordinate, NO_REF))
            continue
        enrolment = _enrolment(ref, known_enrolments)
        if enrolment is None:
            problems.append(ImportProblem(ref_cell.coordinate, UNKNOWN_REF, {"ref": ref}))
        elif enrolment in seen:
            problems.append(ImportProblem(ref_cell.coordinate, REF_TWICE, {"ref": ref}))
        else:
            seen.add(enrolment)
            _check_name(sheet, row, ref_column - 1, ref, known_enrolments[enrolment], problems)
        for column, cell in cells.items():
            text = _text(cell.value)
            if text in NOT_APPLICABLE_TYPED:
                continue
            data = _mark(text, cell.coordinate, problems) if text else None
            if enrolment is not None and (data is not None or not text):
                marks.append(ParsedMark(columns[column], enrolment, data))
    return marks


def _enrolment(ref: str, known_enrolments: Mapping[int, str]) -> int | None:
    match = _REF.match(ref)
    if match is None:
        return None
    number = int(match.group(1))
    return number if number in known_enrolments else None


def _check_name(
    sheet: Worksheet, row: int, column: int, ref: str, expected: str, problems: list[ImportProblem]
) -> None:
    if column < 1:
        return
    cell = sheet.cell(row, column)
    name = _text(cell.value)
    if _normalised(name) != _normalised(expected):
        params: dict[str, object] = {"name": name, "expected": expected, "ref": ref}
        problems.append(ImportProblem(cell.coordinate, WRONG_NAME, params))


def _normalised(name: str) -> str:
    return " ".join(name.split()).casefold()


def _mark(text: str, coordinate: str, problems: list[ImportProblem]) -> MarkInput | None:
    """The mark a cell's text gives ("H", "t 15", "T15"), or None after noting the problem."""
    compact = "".join(text.split()).upper()
    mark = MARK_BY_KEY.get(compact[:1])
    rest = compact[1:]
    if mark is None or (
        rest and (mark is not Mark.LATE or not (rest.isascii() and rest.isdigit()))
    ):
        problems.append(ImportProblem(coordinate, UNKNOWN_MARK, {"value": text}))
        return None
    try:
        return MarkInput(mark, int(rest or 0)).cleaned()
    except ValidationError as error:
        problems.append(ImportProblem(coordinate, error.text, dict(error.params)))
        return None
