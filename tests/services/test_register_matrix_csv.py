"""The register of certificates and a cohort's attendance matrix as CSV, through their services
on SQLite and PostgreSQL: read back with Python's csv module in the house dialect (UTF-8 with a
BOM, ";", CRLF, desktop.documents.participants_sheet.write_sheet_csv), the same columns and
values as the xlsx written beside it, chosen by the file's suffix, whole or not at all."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta
from pathlib import Path

import openpyxl
import pytest

from desktop.documents.certificate_register_xlsx import HEADER_ROW
from desktop.documents.language import DOCUMENTS, translator
from desktop.domain.attendance import Mark, MarkInput
from desktop.domain.certificate import CertificateStatus
from desktop.domain.errors import PermissionDenied, ValidationError
from desktop.services import attendance, certificate_register, cohorts
from desktop.services.attendance_matrix_export import export_matrix
from desktop.services.certificate_register_export import export_register
from desktop.services.context import Actor
from desktop.store.database import Database
from tests.documents.test_certificate_register_xlsx import INDONESIAN_HEADERS, login, row_values
from tests.documents.test_certificate_register_xlsx import centre_db as centre_db
from tests.documents.test_certificate_register_xlsx import issued as issued
from tests.services.test_attendance import START, Class, Clock
from tests.services.test_attendance import clock as clock
from tests.services.test_attendance_files import made as made

BOM = b"\xef\xbb\xbf"


def read_csv(path: Path) -> list[list[str]]:
    """The file as the house writes it: a BOM, CRLF after every row, ";" between values."""
    raw = path.read_bytes()
    assert raw.startswith(BOM) and raw.endswith(b"\r\n")
    first_line = raw[len(BOM) : raw.index(b"\r\n")].decode("utf-8")
    assert ";" in first_line and "," not in first_line.replace("Tempat, tanggal", "")
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))


def as_csv(value: object) -> str:
    """What the house CSV writes for an xlsx cell's value (whole numbers, dates, text)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y")
    return str(value)


# -- the register ------------------------------------------------------------------------------


def test_the_register_as_csv_has_the_xlsx_columns_and_values(
    centre_db: Database, issued: list[certificate_register.RegisterEntry], tmp_path: Path
) -> None:
    admin = login(centre_db, "admin")
    count = export_register(centre_db, admin, tmp_path / "buku induk.csv")
    assert count == export_register(centre_db, admin, tmp_path / "buku induk.xlsx") == len(issued)
    assert not list(tmp_path.glob(".*.part"))
    header, *rows = read_csv(tmp_path / "buku induk.csv")
    assert header == INDONESIAN_HEADERS  # the register is kept in Indonesian
    sheet = openpyxl.load_workbook(tmp_path / "buku induk.xlsx").active
    expected = [
        [as_csv(value) for value in row_values(sheet, row)]
        for row in range(HEADER_ROW + 1, sheet.max_row + 1)
    ]
    assert rows == expected and len(rows) == count
    assert [row[1] for row in rows] == [entry.number for entry in issued]  # newest first
    revoked = next(e for e in issued if e.status is CertificateStatus.REVOKED)
    by_number = {row[1]: row for row in rows}
    assert by_number[revoked.number][12] == "Dicabut: Data salah"
    assert by_number[revoked.number][9] == revoked.issue_date.strftime("%d/%m/%Y")


def test_the_register_csv_is_narrowed_and_refused_like_the_xlsx(
    centre_db: Database, issued: list[certificate_register.RegisterEntry], tmp_path: Path
) -> None:
    clerk = login(centre_db, "petugas")
    out = tmp_path / "out"  # a folder of its own (the test's holds the database)
    out.mkdir()
    path = out / "dicabut.CSV"  # the suffix in any case
    assert export_register(centre_db, clerk, path, status=CertificateStatus.REVOKED) == 1
    _header, *rows = read_csv(path)
    assert len(rows) == 1 and rows[0][0] == "1"
    with pytest.raises(PermissionDenied):
        export_register(centre_db, login(centre_db, "instruktur"), out / "x.csv")
    with pytest.raises(OSError):
        export_register(centre_db, clerk, out / "no such folder" / "x.csv")
    assert [p.name for p in out.iterdir()] == ["dicabut.CSV"]


# -- the attendance matrix ---------------------------------------------------------------------


def test_the_matrix_as_csv_has_the_marks_as_the_sheet_writes_them(
    demo_db: Database, instructor: Actor, made: Class, tmp_path: Path
) -> None:
    first, second, _third = made.enrolments
    session = made.sessions[0]
    attendance.mark(demo_db, instructor, session, first, MarkInput(Mark.ABSENT))
    attendance.mark(demo_db, instructor, session, second, MarkInput(Mark.LATE, 25))
    attendance.mark(demo_db, instructor, made.sessions[1], first, MarkInput(Mark.PRESENT))
    assert export_matrix(demo_db, instructor, made.cohort, tmp_path / "m.csv", language="en") == 3
    export_matrix(demo_db, instructor, made.cohort, tmp_path / "m.xlsx", language="en")
    assert not list(tmp_path.glob(".*.part"))
    header, *rows = read_csv(tmp_path / "m.csv")
    days = [START + timedelta(days=n) for n in range(len(made.sessions))]
    assert header == [
        "No.",
        "Name",
        *(f"{day:%d/%m/%Y}" for day in days),
        "Attendance %",
        "Completion",
    ]
    assert [row[:2] for row in rows] == [["1", "Peserta 0"], ["2", "Peserta 1"], ["3", "Peserta 2"]]
    assert [row[2:5] for row in rows] == [["A", "H", ""], ["T25", "", ""], ["", "", ""]]
    assert rows[0][-2] == "50.0" and rows[2][-2] == ""  # one of two marked; nothing marked
    # The same as sheet 1 of the xlsx: its rows after the dates and codes, less the hidden
    # column of references; the rate there a fraction shown as a percentage.
    sheet = openpyxl.load_workbook(tmp_path / "m.xlsx").worksheets[0]
    for number, row in enumerate(rows, start=1):
        values = [sheet.cell(7 + number, column).value for column in range(1, len(header) + 2)]
        rate = values[-2]
        expected = [*values[:2], *values[3:-2], rate, values[-1]]
        assert row[:-2] == [as_csv(value) for value in expected[:-2]]
        assert row[-2] == ("" if rate is None else f"{rate * 100:.1f}")
        assert row[-1] == values[-1]
    dates = [sheet.cell(6, column).value.split("\n")[1] for column in range(4, 4 + len(days))]
    assert [datetime.strptime(text, "%d/%m/%y").date() for text in dates] == days


def test_the_matrix_csv_in_indonesian_marks_what_does_not_apply(
    demo_db: Database, admin: Actor, instructor: Actor, made: Class, clock: Clock, tmp_path: Path
) -> None:
    cohorts.cancel_session(demo_db, admin, made.sessions[2], "Libur")
    attendance.mark(
        demo_db, instructor, made.sessions[0], made.enrolments[0], MarkInput(Mark.ABSENT)
    )
    export_matrix(demo_db, instructor, made.cohort, tmp_path / "hadir.csv", language="id")
    header, *rows = read_csv(tmp_path / "hadir.csv")
    tr = translator("id")
    cancelled = START + timedelta(days=2)
    assert header[4] == f"{cancelled:%d/%m/%Y} ({tr(DOCUMENTS, 'cancelled')})"
    assert header[-2:] == ["Kehadiran %", tr(DOCUMENTS, "Completion")]
    assert [row[4] for row in rows] == ["–", "–", "–"]  # the sheet's en dash, for everyone
    assert rows[0][2] == "A" and rows[0][-2] == "0,0"  # the Indonesian decimal mark


def test_the_matrix_of_another_kind_or_cohort_is_refused(
    demo_db: Database, clerk: Actor, instructor: Actor, made: Class, tmp_path: Path
) -> None:
    out = tmp_path / "out"  # a folder of its own (the test's holds the database)
    out.mkdir()
    with pytest.raises(ValidationError) as refused:
        export_matrix(demo_db, instructor, made.cohort, out / "m.ods")
    assert refused.value.field == "file"
    assert refused.value.english() == "Choose a file name ending in .xlsx or .csv."
    other = Class(demo_db, clerk, people=1)  # taught by nobody
    with pytest.raises(PermissionDenied):
        export_matrix(demo_db, instructor, other.cohort, out / "m.csv")
    with pytest.raises(ValidationError) as refused:
        export_matrix(demo_db, instructor, made.cohort, out / "gone" / "m.csv")
    assert refused.value.field == "file" and "m.csv" in refused.value.english()
    assert list(out.iterdir()) == []
