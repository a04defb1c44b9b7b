"""The attendance matrix as xlsx, written and read back with openpyxl: its layout, a clerk's
edits coming back as marks (rows inserted above the table included), and every kind of bad
input reported with its cell, all at once."""

from __future__ import annotations

import io
import os
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from desktop.documents import attendance_xlsx_read as reader
from desktop.documents import language
from desktop.documents.attendance_xlsx import read_attendance_xlsx, write_attendance_xlsx
from desktop.documents.attendance_xlsx_parts import (
    Cell,
    ImportProblem,
    MatrixData,
    ParsedMark,
    PersonRow,
    SessionColumn,
)
from desktop.domain.attendance import Mark, MarkInput, SheetKind, sheet_code

H, T, IZIN, S, A = Mark.PRESENT, Mark.LATE, Mark.EXCUSED, Mark.SICK, Mark.ABSENT
NA = Cell(None, applicable=False)
COHORT = 56
SESSIONS = (
    SessionColumn(101, date(2026, 11, 2)),
    SessionColumn(102, date(2026, 11, 4)),
    SessionColumn(103, date(2026, 11, 6)),
    SessionColumn(104, date(2026, 11, 9), cancelled=True),
    SessionColumn(105, date(2026, 11, 11)),
)
PEOPLE = (
    PersonRow(
        1,
        "Siti Rahmawati",
        (Cell(H), Cell(T, 15), Cell(A), Cell(None), Cell(S)),
        75.0,
        "1 sessions are still to come.",
    ),
    PersonRow(2, "Agus Santoso", (Cell(H), Cell(H), Cell(IZIN), Cell(None), Cell(None)), 100.0, ""),
    PersonRow(3, "Dewi Lestari", (NA, NA, Cell(H), Cell(None), Cell(H)), None, ""),
)
DATA = MatrixData(
    "LKP Terampil Mandiri", COHORT, "JHT-2026-03", "Menjahit Dasar", 80, SESSIONS, PEOPLE
)
KNOWN_SESSIONS = {s.session_id: s.day for s in SESSIONS}
KNOWN_PEOPLE = {p.enrolment_id: p.name for p in PEOPLE}
# The domain's messages (desktop.domain.attendance), as the import passes them on.
MINUTES = "Give how many minutes late, from 1 to {max}."
NOT_A_CODE = (
    "{code} is not the code of an attendance sheet. It looks like DH-1234-K, printed "
    "at the top of the sheet."
)
# Rows: title block 1-4, a blank row, dates 6, codes 7, people from 8. Sessions from column D.


def read(content: bytes, cohort_id: int = COHORT) -> tuple[list[ParsedMark], list[ImportProblem]]:
    return read_attendance_xlsx(
        content, cohort_id=cohort_id, known_sessions=KNOWN_SESSIONS, known_enrolments=KNOWN_PEOPLE
    )


def edited(content: bytes, changes: dict[str, Any], *, rows_on_top: int = 0) -> bytes:
    """The workbook after a clerk typed `changes` (cell -> value) and inserted rows on top."""
    workbook = load_workbook(io.BytesIO(content))
    sheet = workbook.worksheets[0]
    for coordinate, value in changes.items():
        sheet[coordinate] = value
    if rows_on_top:
        sheet.insert_rows(1, rows_on_top)
        sheet["A1"] = "Diperiksa oleh Bu Ani"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def as_dict(marks: list[ParsedMark]) -> dict[tuple[int, int], MarkInput | None]:
    found = {(m.session_id, m.enrolment_id): m.data for m in marks}
    assert len(found) == len(marks), "a cell was read twice"
    return found


def stored(data: MatrixData) -> dict[tuple[int, int], MarkInput | None]:
    """What reading the untouched export must give: every applicable cell of a held session."""
    expected: dict[tuple[int, int], MarkInput | None] = {}
    for person in data.people:
        for session, cell in zip(data.sessions, person.cells, strict=True):
            if cell.applicable and not session.cancelled:
                key = (session.session_id, person.enrolment_id)
                expected[key] = (
                    None if cell.mark is None else MarkInput(cell.mark, cell.late_minutes)
                )
    return expected


@pytest.fixture(scope="module")
def exported() -> bytes:
    return write_attendance_xlsx(DATA, language="en")


# -- layout


def test_layout_of_the_matrix(exported: bytes) -> None:
    workbook = load_workbook(io.BytesIO(exported))
    assert workbook.sheetnames == ["Attendance", "Summary"]
    sheet = workbook.worksheets[0]
    assert sheet["A1"].value == "LKP Terampil Mandiri"
    assert "JHT-2026-03" in sheet["A2"].value
    assert "Menjahit Dasar" in sheet["A3"].value
    assert sheet.freeze_panes == "D8"
    assert [sheet.cell(7, c).value for c in range(4, 9)] == [sheet_code(s) for s in range(101, 106)]
    assert sheet["B7"].value == sheet_code(COHORT, SheetKind.MATRIX)
    assert sheet["D6"].value == "Mon\n02/11/26"
    assert "cancelled" in sheet["G6"].value
    assert sheet.column_dimensions["C"].hidden
    assert [sheet.cell(r, 3).value for r in (8, 9, 10)] == ["E1", "E2", "E3"]
    assert [sheet.cell(8, c).value for c in range(1, 9)] == [
        1,
        "Siti Rahmawati",
        "E1",
        "H",
        "T15",
        "A",
        "–",
        "S",
    ]
    assert sheet["F9"].value == "I" and sheet["H9"].value is None  # not marked yet: empty
    for coordinate in ("D10", "E10", "G8", "G9", "G10"):  # not applicable, cancelled
        assert sheet[coordinate].value == "–"
        assert sheet[coordinate].fill.fgColor.rgb.endswith("D9D9D9")
    assert sheet["D8"].fill.fill_type is None
    assert sheet["I6"].value == "Attendance %" and sheet["I8"].value == 0.75
    assert sheet["I8"].number_format == "0.0%" and sheet["I10"].value is None
    assert sheet["J8"].value == "1 sessions are still to come."
    (validation,) = sheet.data_validations.dataValidation
    assert str(validation.sqref) == "D8:H10"
    assert validation.type == "custom" and "D8" in validation.formula1
    assert '"HISA"' in validation.formula1  # "T" alone is not a mark: it needs minutes
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.fitToWidth == 1 and sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == "$6:$7"
    legend = [sheet.cell(r, 2).value for r in range(12, 17)]
    assert legend[0] == "Legend" and "H = Present" in legend[1] and "T = Late" in legend[1]


def test_summary_counts_each_mark(exported: bytes) -> None:
    sheet = load_workbook(io.BytesIO(exported)).worksheets[1]
    header = [sheet.cell(3, c).value for c in range(1, 10)]
    assert header == [
        "No.",
        "Name",
        "Present",
        "Late",
        "Excused",
        "Sick",
        "Absent",
        "Attendance %",
        "Completion",
    ]
    rows = [[sheet.cell(r, c).value for c in range(1, 9)] for r in (4, 5, 6)]
    assert rows[0] == [1, "Siti Rahmawati", 1, 1, 0, 1, 1, 0.75]
    assert rows[1] == [2, "Agus Santoso", 2, 0, 1, 0, 0, 1.0]
    assert rows[2] == [3, "Dewi Lestari", 2, 0, 0, 0, 0, None]
    assert sheet.page_setup.orientation == "landscape"


def test_words_follow_the_language(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    ts = tmp_path / "pelita_id.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="id_ID">
        <context><name>documents</name>
        <message><source>cancelled</source><translation>batal</translation></message>
        <message><source>Name</source><translation>Nama</translation></message>
        <message><source>Attendance</source><translation>Kehadiran</translation></message>
        </context>
        <context><name>attendance</name>
        <message><source>Present</source><translation>Hadir</translation></message>
        </context></TS>""",
        encoding="utf-8",
    )
    monkeypatch.setattr(language, "ts_file", lambda code: ts)
    content = write_attendance_xlsx(DATA)
    sheet = load_workbook(io.BytesIO(content))["Kehadiran"]
    assert sheet["B6"].value == "Nama"
    assert sheet["D6"].value == "Sen\n02/11/26"
    assert sheet["G6"].value == "Sen\n09/11/26\nbatal"
    assert "H = Hadir" in sheet["B13"].value
    assert as_dict(read(content)[0]) == stored(DATA)  # the import does not read words


def test_save_a_sample_to_look_at(exported: bytes) -> None:
    shots = os.environ.get("PELITA_SHOTS")
    if shots:
        Path(shots, "attendance.xlsx").write_bytes(write_attendance_xlsx(DATA))
    assert exported[:2] == b"PK"


# -- round trip


def test_untouched_export_reads_back_as_stored(exported: bytes) -> None:
    marks, problems = read(exported)
    assert problems == []
    assert as_dict(marks) == stored(DATA)


def test_clerk_edits_come_back_with_rows_inserted_on_top(exported: bytes) -> None:
    changes = {"D8": "A", "E9": "t 20", "F8": None, "H10": "i", "H9": " S ", "E10": "–", "F9": "-"}
    marks, problems = read(edited(exported, changes, rows_on_top=3))
    assert problems == []
    expected = stored(DATA)
    expected[(101, 1)] = MarkInput(A)
    expected[(102, 2)] = MarkInput(T, 20)
    expected[(103, 1)] = None  # emptied: the stored mark goes
    expected[(105, 3)] = MarkInput(IZIN)
    expected[(105, 2)] = MarkInput(S)
    del expected[(103, 2)]  # "-" typed over a mark: not applicable, left as it is
    assert as_dict(marks) == expected


def test_names_compare_without_case_or_spacing(exported: bytes) -> None:
    marks, problems = read(edited(exported, {"B8": "  siti   RAHMAWATI "}))
    assert problems == [] and as_dict(marks) == stored(DATA)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_any_matrix_reads_back_as_written(drawn: st.DataObject) -> None:
    cell = st.one_of(
        st.just(Cell(None)),
        st.just(NA),
        st.sampled_from([H, IZIN, S, A]).map(Cell),
        st.integers(1, 600).map(lambda minutes: Cell(T, minutes)),
    )
    count = drawn.draw(st.integers(1, 6))
    sessions = tuple(
        SessionColumn(200 + i, date(2027, 1, 4) + timedelta(days=i), drawn.draw(st.booleans()))
        for i in range(count)
    )
    names = st.text("abcdefghij KLMN'-", min_size=1, max_size=30)
    people = tuple(
        PersonRow(10 + i, drawn.draw(names), tuple(drawn.draw(cell) for _ in sessions), None, "")
        for i in range(drawn.draw(st.integers(0, 5)))
    )
    data = MatrixData("Centre", 9, "X-1", "P", 75, sessions, people)
    marks, problems = read_attendance_xlsx(
        write_attendance_xlsx(data),
        cohort_id=9,
        known_sessions={s.session_id: s.day for s in sessions},
        known_enrolments={p.enrolment_id: p.name for p in people},
    )
    assert problems == []
    assert as_dict(marks) == stored(data)


# -- bad input


def problems_of(
    content: bytes, cohort_id: int = COHORT
) -> list[tuple[str, str, dict[str, object]]]:
    marks, problems = read(content, cohort_id)
    assert marks == [], "nothing is applied when anything is wrong"
    return [(p.cell, p.message, p.params) for p in problems]


def test_every_problem_is_reported_with_its_cell(exported: bytes) -> None:
    other_session, mistyped = sheet_code(999), sheet_code(101)[:-1] + "Z"
    assert sheet_code(101) != mistyped
    changes = {  # typed at the export's places, then a row is inserted on top
        "E8": "T0",
        "F8": "X",
        "C9": "E77",
        "E9": "H5",
        "F9": "T999",
        "B10": "Dewi Lestary",
        "H7": other_session,
        "D7": mistyped,
        "E12": "H",  # a mark in a row without a reference
    }
    found = problems_of(edited(exported, changes, rows_on_top=1))
    wrong_name = {"name": "Dewi Lestary", "expected": "Dewi Lestari", "ref": "E3"}
    assert found == [
        ("D8", NOT_A_CODE, {"code": mistyped}),
        ("H8", reader.NOT_OF_COHORT, {"code": other_session}),
        ("E9", MINUTES, {"max": 600}),
        ("F9", reader.UNKNOWN_MARK, {"value": "X"}),
        ("C10", reader.UNKNOWN_REF, {"ref": "E77"}),
        ("E10", reader.UNKNOWN_MARK, {"value": "H5"}),
        ("F10", MINUTES, {"max": 600}),
        ("B11", reader.WRONG_NAME, wrong_name),
        ("C13", reader.NO_REF, {}),
    ]


def test_unknown_letter_and_minutes_are_refused(exported: bytes) -> None:
    found = problems_of(edited(exported, {"D8": "X", "E8": "T0", "F8": "T999", "H8": "T"}))
    assert found == [
        ("D8", reader.UNKNOWN_MARK, {"value": "X"}),
        ("E8", MINUTES, {"max": 600}),
        ("F8", MINUTES, {"max": 600}),
        ("H8", MINUTES, {"max": 600}),
    ]


def test_matrix_of_another_cohort(exported: bytes) -> None:
    code = sheet_code(COHORT, SheetKind.MATRIX)
    assert problems_of(exported, cohort_id=57) == [("B7", reader.OTHER_COHORT, {"code": code})]


def test_matrix_code_missing_or_mistyped(exported: bytes) -> None:
    assert problems_of(edited(exported, {"B7": None})) == [("B7", reader.NO_MATRIX_CODE, {})]
    wrong = "DM-56-A" if sheet_code(COHORT, SheetKind.MATRIX) != "DM-56-A" else "DM-56-B"
    found = problems_of(edited(exported, {"B7": wrong}))
    assert found == [("B7", NOT_A_CODE, {"code": wrong})]


def test_session_twice_and_a_matrix_code_among_the_sessions(exported: bytes) -> None:
    found = problems_of(
        edited(exported, {"E7": sheet_code(101), "F7": sheet_code(5, SheetKind.MATRIX)})
    )
    assert found[0] == ("E7", reader.SESSION_TWICE, {"code": sheet_code(101)})
    assert found[1][0] == "F7" and "matrix, not of one session" in found[1][1]


def test_a_reference_twice(exported: bytes) -> None:
    assert problems_of(edited(exported, {"C9": "E1", "B9": "Siti Rahmawati"})) == [
        ("C9", reader.REF_TWICE, {"ref": "E1"})
    ]


@pytest.mark.parametrize(
    "content", [b"", b"\x00garbage\xff" * 50, b"%PDF-1.4\n", b"PK\x03\x04rest"]
)
def test_not_an_xlsx(content: bytes) -> None:
    assert problems_of(content) == [("A1", reader.NOT_XLSX, {})]


def test_an_empty_workbook_or_another_table() -> None:
    buffer = io.BytesIO()
    Workbook().save(buffer)
    assert problems_of(buffer.getvalue()) == [("A1", reader.NOT_LAYOUT, {})]
    workbook = Workbook()
    workbook.active.append(["No", "Nama", "NIK"])
    workbook.active.append([1, "Siti", "3404015612900003"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    assert problems_of(buffer.getvalue()) == [("A1", reader.NOT_LAYOUT, {})]
