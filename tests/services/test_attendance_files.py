"""Attendance on paper and in spreadsheets through the services, on SQLite and PostgreSQL:
the sheets hold the right people and marks, and an edited export comes back all or nothing."""

from __future__ import annotations

import io
from datetime import timedelta

import openpyxl
import pytest
from pypdf import PdfReader

from desktop.domain.attendance import Mark, MarkInput, SheetKind, sheet_code
from desktop.domain.errors import PermissionDenied, ValidationErrors
from desktop.services import attendance, attendance_files, attendance_grid
from desktop.services.context import Actor
from desktop.store.database import Database
from desktop.store.training import CohortSession
from tests.services.test_attendance import START, Class, Clock, add_sessions, teach
from tests.services.test_attendance import clock as clock

P, L, A = Mark.PRESENT, Mark.LATE, Mark.ABSENT


def text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def cell(book: openpyxl.Workbook, session_id: int, enrolment_id: int) -> openpyxl.cell.Cell:
    """The matrix cell of this session and person, found by code and reference."""
    sheet = book.worksheets[0]
    column = row = None
    for line in sheet.iter_rows():
        for item in line:
            if item.value == sheet_code(session_id):
                column = item.column
            if item.value == f"E{enrolment_id}":
                row = item.row
    assert column and row
    return sheet.cell(row=row, column=column)


@pytest.fixture
def made(demo_db: Database, clerk: Actor, clock: Clock) -> Class:
    made = Class(demo_db, clerk, people=3)
    teach(demo_db, made.cohort)
    clock.on(START + timedelta(days=2))
    return made


def test_the_session_sheet_lists_the_roll_by_name_only(
    demo_db: Database, instructor: Actor, made: Class
) -> None:
    pdf = attendance_files.session_sheet_pdf(demo_db, instructor, made.sessions[0], language="id")
    shown = text(pdf)
    for name in ("Peserta 0", "Peserta 1", "Peserta 2"):
        assert name in shown
    assert sheet_code(made.sessions[0]) in shown
    assert "Senin" in shown  # START is a Monday


def test_the_matrix_sheet_carries_the_marks(
    demo_db: Database, instructor: Actor, made: Class
) -> None:
    attendance.mark(demo_db, instructor, made.sessions[0], made.enrolments[0], MarkInput(A))
    attendance.mark(demo_db, instructor, made.sessions[0], made.enrolments[1], MarkInput(L, 25))
    grid = attendance_grid.grid(demo_db, instructor, made.cohort)
    assert grid.rows[1].late_minutes(0) == 25 and grid.rows[0].late_minutes(0) == 0
    pdf = attendance_files.matrix_pdf(
        demo_db, instructor, made.cohort, START, START + timedelta(days=6), language="en"
    )
    shown = text(pdf)
    assert sheet_code(made.cohort, SheetKind.MATRIX) in shown
    assert "Peserta 0" in shown and "A" in shown.split("Peserta 0", 1)[1]


def test_instructors_print_only_their_own_cohorts(
    demo_db: Database, clerk: Actor, instructor: Actor, clock: Clock
) -> None:
    other = Class(demo_db, clerk, people=1)
    with pytest.raises(PermissionDenied):
        attendance_files.session_sheet_pdf(demo_db, instructor, other.sessions[0])
    with pytest.raises(PermissionDenied):
        attendance_files.export_xlsx(demo_db, instructor, other.cohort)


def test_an_edited_export_comes_back(demo_db: Database, instructor: Actor, made: Class) -> None:
    first, second, third = made.enrolments
    attendance.mark(demo_db, instructor, made.sessions[0], first, MarkInput(P, note="kept"))
    attendance.mark(demo_db, instructor, made.sessions[0], second, MarkInput(A))
    book = openpyxl.load_workbook(
        io.BytesIO(attendance_files.export_xlsx(demo_db, instructor, made.cohort))
    )
    assert cell(book, made.sessions[0], second).value == "A"
    cell(book, made.sessions[0], first).value = "T20"  # changed
    cell(book, made.sessions[0], second).value = None  # taken back
    cell(book, made.sessions[1], third).value = "H"  # given
    saved = io.BytesIO()
    book.save(saved)
    done = attendance_files.import_xlsx(demo_db, instructor, made.cohort, saved.getvalue())
    assert done.changed == 3
    lines = {
        line.enrolment_id: line
        for line in attendance.roll_call(demo_db, instructor, made.sessions[0]).lines
    }
    assert (lines[first].mark, lines[first].late_minutes, lines[first].note) == (L, 20, "kept")
    assert lines[second].mark is None
    assert attendance.roll_call(demo_db, instructor, made.sessions[1]).lines[2].mark is P
    # The same file again changes nothing.
    again = attendance_files.import_xlsx(demo_db, instructor, made.cohort, saved.getvalue())
    assert again.changed == 0


def test_an_import_with_any_problem_changes_nothing(
    demo_db: Database, instructor: Actor, made: Class
) -> None:
    first, second, _third = made.enrolments
    book = openpyxl.load_workbook(
        io.BytesIO(attendance_files.export_xlsx(demo_db, instructor, made.cohort))
    )
    cell(book, made.sessions[0], first).value = "H"  # fine on its own
    cell(book, made.sessions[1], second).value = "X"  # not a mark
    saved = io.BytesIO()
    book.save(saved)
    with pytest.raises(ValidationErrors) as refused:
        attendance_files.import_xlsx(demo_db, instructor, made.cohort, saved.getvalue())
    assert len(refused.value.errors) == 1 and refused.value.errors[0].field
    assert attendance.roll_call(demo_db, instructor, made.sessions[0]).lines[0].mark is None


def test_a_rule_refusing_one_cell_refuses_the_whole_import(
    demo_db: Database, instructor: Actor, made: Class
) -> None:
    """A mark typed for a session still to come passes the file's checks but not the rules:
    nothing is applied, and the message names the person and the day."""
    first, second, _third = made.enrolments
    book = openpyxl.load_workbook(
        io.BytesIO(attendance_files.export_xlsx(demo_db, instructor, made.cohort))
    )
    cell(book, made.sessions[0], first).value = "H"
    cell(book, made.sessions[5], second).value = "H"  # day 5: still to come
    saved = io.BytesIO()
    book.save(saved)
    with pytest.raises(ValidationErrors) as refused:
        attendance_files.import_xlsx(demo_db, instructor, made.cohort, saved.getvalue())
    assert "Peserta 1" in refused.value.errors[0].field
    assert attendance.roll_call(demo_db, instructor, made.sessions[0]).lines[0].mark is None


def test_garbage_is_refused_plainly(demo_db: Database, instructor: Actor, made: Class) -> None:
    with pytest.raises(ValidationErrors) as refused:
        attendance_files.import_xlsx(demo_db, instructor, made.cohort, b"not a workbook")
    assert "xlsx" in refused.value.english()


def test_the_session_sheet_of_a_cancelled_session_says_so(
    demo_db: Database, clerk: Actor, made: Class
) -> None:
    cancelled = add_sessions(demo_db, made.cohort, days=1, cancelled=(0,))[0]
    with demo_db.sessions() as session:
        assert session.get(CohortSession, cancelled).cancelled  # type: ignore[union-attr]
    shown = text(attendance_files.session_sheet_pdf(demo_db, clerk, cancelled, language="en"))
    assert "CANCELLED" in shown


def test_attendance_by_programme_exports_to_a_workbook(
    demo_db: Database, instructor: Actor, admin: Actor, made: Class
) -> None:
    from datetime import date

    from desktop.services.attendance_numbers import GroupBy

    attendance.mark(demo_db, instructor, made.sessions[0], made.enrolments[0], MarkInput(P))
    attendance.mark(demo_db, instructor, made.sessions[0], made.enrolments[1], MarkInput(A))
    content = attendance_files.export_summary_xlsx(
        demo_db, admin, GroupBy.PROGRAMME, date(2027, 1, 1), date(2027, 1, 31), language="en"
    )
    sheet = openpyxl.load_workbook(io.BytesIO(content)).worksheets[0]
    rows = [tuple(cell.value for cell in row) for row in sheet.iter_rows(min_row=5, max_col=4)]
    assert rows[0] == ("Programme", "Marks", "Present", "Attendance %")
    label, marked, present, rate = rows[1]
    assert (marked, present, rate) == (2, 1, 0.5) and label.startswith("Programme")
    assert sheet.cell(row=6, column=4).number_format == "0.0%"
    assert "From" in str(sheet["A3"].value) and "January 2027" in str(sheet["A3"].value)
