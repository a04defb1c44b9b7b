"""Fuzzing the importers with random and malformed files: a list is either read into rows,
each row ok or flagged with messages, or refused as a whole with a PelitaError (SheetError)
that says why; an attendance matrix gives marks or problems with their cells. Nothing else
ever escapes, and whatever is imported reads back.

The unit tests beside each importer cover the known shapes of bad files one by one; these
throw what nobody thought of at them.
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook  # type: ignore[import-untyped]

from desktop.documents.attendance_xlsx import read_attendance_xlsx, write_attendance_xlsx
from desktop.documents.sheet_read import Sheet, SheetError, read_sheet
from desktop.domain.enrolment import HOLDS_SEAT
from desktop.domain.errors import PelitaError
from desktop.services import registry
from desktop.services.context import Actor
from desktop.services.enrolment_import import import_into_cohort
from desktop.services.participant_import import commit_import, preview_import
from desktop.store.database import Database
from tests.documents.test_attendance_xlsx import DATA, KNOWN_PEOPLE, KNOWN_SESSIONS
from tests.services.test_enrolment import add_cohort, add_programme
from tests.services.test_enrolment_import import enrolled_ids

HEADERS = ["Nama", "NIK", "Tgl Lahir", "L/P", "No HP", "Desa", "Kecamatan", "Kabupaten"]
GOOD_ROW = [
    "Siti Aminah",
    "3402015203900001",
    "12/03/1990",
    "P",
    "081234567890",
    "Poncosari",
    "Srandakan",
    "Kabupaten Bantul",
]
# What spreadsheet cells hold: text of every kind, numbers as Excel stores them (a NIK as a
# float loses digits), dates and times, booleans, formulas nobody computed, error values.
CELL_TEXT = st.one_of(
    st.text(max_size=40),
    st.text(alphabet="0123456789 .,-/'+", max_size=20),
    st.sampled_from(["", " ", "=A1+1", "#N/A", "#REF!", "L", "P", "31/02/1990", "x" * 6000]),
)
CELL = st.one_of(
    CELL_TEXT,
    st.none(),
    st.booleans(),
    st.integers(-(10**17), 10**17),
    st.floats(allow_nan=True, allow_infinity=True),
    st.dates(date(1900, 1, 1), date(2100, 1, 1)),
    st.datetimes(datetime(1900, 1, 1), datetime(2100, 1, 1)),
    st.times(),
)
ROWS = st.lists(st.lists(CELL, max_size=10), max_size=8)


@st.composite
def _good_row(draw: st.DrawFn) -> list[Any]:
    """A good row (a new NIK each time, so it is not already registered), maybe with one cell
    replaced by anything."""
    row: list[Any] = list(GOOD_ROW)
    row[0] = draw(st.sampled_from(["Siti Aminah", "Rina Wulandari", "Ni Made Sari"]))
    row[1] = f"{GOOD_ROW[1][:12]}{draw(st.integers(2, 9999)):04d}"
    if draw(st.booleans()):
        row[draw(st.integers(0, len(row) - 1))] = draw(CELL)
    return row


# Good rows among the random ones, so that some get imported and must read back.
MIXED_ROWS = st.lists(st.one_of(_good_row(), st.lists(CELL, max_size=10)), max_size=6)
QUICK = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _xlsx(rows: list[list[Any]], headers: list[Any] | None = HEADERS) -> bytes:
    book = Workbook()
    sheet = book.active
    if headers is not None:
        sheet.append([_storable(value) for value in headers])
    for row in rows:
        sheet.append([_storable(value) for value in row])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _storable(value: Any) -> Any:
    """What openpyxl can write at all (it refuses control characters itself)."""
    if isinstance(value, str):
        return "".join(ch for ch in value if ch >= " " or ch in "\t\n\r")
    return value


def _read(tmp_path: Path, content: bytes, name: str = "list.xlsx") -> Sheet | None:
    """The sheet, or None after a refusal with a message for people."""
    path = tmp_path / name
    path.write_bytes(content)
    try:
        sheet = read_sheet(path)
    except SheetError as error:
        assert error.english()
        return None
    widths = {len(sheet.headers)} | {len(row) for row in sheet.rows}
    assert len(widths) == 1, "every row as wide as the headings"
    count = len(sheet.rows)
    assert count == len(sheet.row_numbers) == len(sheet.numeric) == len(sheet.formula_cells)
    assert list(sheet.row_numbers) == sorted(set(sheet.row_numbers))
    return sheet


@QUICK
@given(rows=ROWS, headers=st.one_of(st.none(), st.lists(CELL, max_size=10)))
def test_any_workbook_is_read_or_refused(
    tmp_path: Path, rows: list[list[Any]], headers: list[Any] | None
) -> None:
    _read(tmp_path, _xlsx(rows, headers))


@QUICK
@given(
    rows=st.lists(st.lists(CELL_TEXT, max_size=8), max_size=8),
    delimiter=st.sampled_from([";", ",", "\t", "|"]),
    encoding=st.sampled_from(["utf-8-sig", "utf-8", "cp1252", "utf-16", "latin-1"]),
    line_end=st.sampled_from(["\r\n", "\n", "\r"]),
)
def test_any_csv_is_read_or_refused(
    tmp_path: Path, rows: list[list[str]], delimiter: str, encoding: str, line_end: str
) -> None:
    text = io.StringIO()
    csv.writer(text, delimiter=delimiter, lineterminator=line_end).writerows([HEADERS, *rows])
    content = text.getvalue().encode(encoding, errors="replace")
    _read(tmp_path, content, "list.csv")


@QUICK
@given(
    content=st.binary(max_size=2000), start=st.sampled_from([b"", b"PK\x03\x04", b"\xef\xbb\xbf"])
)
def test_any_bytes_are_read_or_refused(tmp_path: Path, content: bytes, start: bytes) -> None:
    _read(tmp_path, start + content, "list.csv")


@QUICK
@given(drawn=st.data())
def test_a_damaged_workbook_is_read_or_refused(tmp_path: Path, drawn: st.DataObject) -> None:
    content = bytearray(_xlsx([GOOD_ROW, GOOD_ROW]))
    if drawn.draw(st.booleans(), label="truncate"):
        content = content[: drawn.draw(st.integers(4, len(content) - 1), label="length")]
    else:
        for _ in range(drawn.draw(st.integers(1, 20), label="bytes changed")):
            content[drawn.draw(st.integers(4, len(content) - 1))] = drawn.draw(st.integers(0, 255))
    _read(tmp_path, bytes(content))


@QUICK
@given(rows=MIXED_ROWS)
def test_every_row_of_any_list_gets_a_verdict_and_the_good_ones_import(
    demo_db: Database, clerk: Actor, tmp_path: Path, rows: list[list[Any]]
) -> None:
    path = tmp_path / "list.xlsx"
    path.write_bytes(_xlsx(rows))
    try:
        preview = preview_import(demo_db, clerk, path)
    except SheetError as error:
        assert error.english()
        event("the file was refused")
        return
    assert len(preview.rows) <= len(rows)
    for row in preview.rows:
        assert row.verdict in ("ok", "warning", "error")
        assert (row.verdict == "ok") or row.messages
        assert all(message.english() and message.field for message in row.messages)
    if preview.problems or not any(row.clean for row in preview.rows):
        event("nobody to import")
        return
    try:
        result = commit_import(demo_db, clerk, preview, valid_only=True)
    except PelitaError as error:  # e.g. someone with the same NIK registered meanwhile
        assert error.english()
        return
    found = registry.rows_by_id(demo_db, clerk, list(result.new_ids.values()))
    assert len(found) == result.created
    event(f"imported {min(result.created, 2)}")


@QUICK
@given(rows=MIXED_ROWS, capacity=st.integers(1, 3))
def test_any_list_into_a_cohort_enrols_registers_or_refuses_and_never_overbooks(
    demo_db: Database, clerk: Actor, tmp_path: Path, rows: list[list[Any]], capacity: int
) -> None:
    cohort_id = add_cohort(demo_db, add_programme(demo_db), capacity=capacity)
    path = tmp_path / "cohort.xlsx"
    path.write_bytes(_xlsx(rows))
    try:
        preview = preview_import(demo_db, clerk, path, existing_ok=True)
        result = import_into_cohort(demo_db, clerk, preview, cohort_id, valid_only=True)
    except PelitaError as error:  # a refused file, or nobody on it to enrol
        assert error.english()
        event("refused")
        return
    event(f"enrolled {min(result.enrolled, 2)}, waitlisted {min(result.waitlisted, 1)}")
    assert all(row.english() for row in result.refused)
    seated = enrolled_ids(demo_db, cohort_id)
    assert sum(status in HOLDS_SEAT for status in seated.values()) <= capacity
    assert {line.participant_id for line in result.lines} <= set(seated) | {
        line.participant_id for line in result.lines if line.outcome == "refused"
    }
    found = registry.rows_by_id(demo_db, clerk, [line.participant_id for line in result.lines])
    assert len(found) == len(result.lines)


@pytest.fixture(scope="module")
def matrix() -> bytes:
    return write_attendance_xlsx(DATA, language="en")


CELLS = [f"{column}{row}" for column in "ABCDEFGHI" for row in range(1, 12)]


@settings(max_examples=150, deadline=None)
@given(
    changes=st.dictionaries(st.sampled_from(CELLS), CELL, min_size=1, max_size=6),
    rows_on_top=st.integers(0, 2),
)
def test_any_edit_of_an_attendance_matrix_gives_marks_or_problems(
    matrix: bytes, changes: dict[str, Any], rows_on_top: int
) -> None:
    book = load_workbook(io.BytesIO(matrix))
    sheet = book.worksheets[0]
    for coordinate, value in changes.items():
        sheet[coordinate] = _storable(value)
    if rows_on_top:
        sheet.insert_rows(1, rows_on_top)
    buffer = io.BytesIO()
    book.save(buffer)
    marks, problems = read_attendance_xlsx(
        buffer.getvalue(),
        cohort_id=DATA.cohort_id,
        known_sessions=KNOWN_SESSIONS,
        known_enrolments=KNOWN_PEOPLE,
    )
    assert not (marks and problems), "all or nothing"
    for problem in problems:
        assert problem.cell and problem.message
        problem.message.format(**problem.params)  # every placeholder has its value
    for mark in marks:
        assert mark.session_id in KNOWN_SESSIONS and mark.enrolment_id in KNOWN_PEOPLE


def test_a_time_or_datetime_in_a_matrix_cell(matrix: bytes) -> None:
    """Cells Excel turned into times or dates (a clerk typing 8:30) are problems, not crashes."""
    for value in (time(8, 30), datetime(2026, 11, 2, 8, 30), date(2026, 11, 2), 1e300):
        book = load_workbook(io.BytesIO(matrix))
        book.worksheets[0]["D8"] = value
        buffer = io.BytesIO()
        book.save(buffer)
        marks, problems = read_attendance_xlsx(
            buffer.getvalue(),
            cohort_id=DATA.cohort_id,
            known_sessions=KNOWN_SESSIONS,
            known_enrolments=KNOWN_PEOPLE,
        )
        assert problems and not marks
