"""Exporting a cohort's roster to xlsx and CSV: who is on it and in what order, the house style
read back, masking per role, the audit entry, and refusals that leave no file; on SQLite and
PostgreSQL."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from sqlalchemy import select

from desktop.documents.cohort_roster_sheet import write_roster_csv, write_roster_xlsx
from desktop.domain.enrolment import EnrolmentStatus
from desktop.domain.errors import NotFound, ValidationError
from desktop.services import cohorts, enrolment, registry
from desktop.services.cohort_roster_export import export_roster
from desktop.services.context import Actor
from desktop.services.demo import build_demo
from desktop.store.database import Database
from desktop.store.models import AuditEntry


@pytest.fixture
def demo_db(db: Database) -> Database:
    build_demo(db, 120)
    return db


def _cohort(db: Database, actor: Actor, code: str) -> int:
    return next(c.id for c in cohorts.list_cohorts(db, actor) if c.code == code)


def test_xlsx_lists_the_roster_in_the_house_style(
    demo_db: Database, admin: Actor, tmp_path: Path
) -> None:
    cohort = _cohort(demo_db, admin, "PTM-2026-01")  # running: waiting and in training
    path = tmp_path / "roster.xlsx"
    expected = enrolment.roster(demo_db, admin, cohort)
    assert export_roster(demo_db, admin, cohort, path, language="en") == len(expected) > 10
    sheet = load_workbook(path).active
    assert sheet.title == "PTM-2026-01"
    assert [cell.value for cell in sheet[1]] == [
        "No", "Name", "NIK", "Sex", "Date of birth", "Phone number", "Village", "Status",
        "Attendance %",
    ]  # fmt: skip
    assert all(cell.font.b for cell in sheet[1])
    assert sheet.freeze_panes == "C2"
    assert sheet.auto_filter.ref == f"A1:I{len(expected) + 1}"
    rows = list(sheet.iter_rows(min_row=2))
    assert [(row[1].value, row[7].value) for row in rows] == [
        (line.full_name, line.status.label) for line in expected
    ]
    assert [row[0].value for row in rows] == list(range(1, len(expected) + 1))
    nik = rows[0][2]
    assert nik.data_type == "s" and nik.number_format == "@"
    assert len(nik.value) == 16 and nik.value.isdigit()
    assert rows[0][4].is_date and rows[0][5].data_type == "s"
    assert {row[3].value for row in rows} <= {"Male", "Female"}
    # Attendance as a percentage cell for those in training; the waitlist has none.
    rates = {row[7].value: row[8] for row in rows}
    training = rates[EnrolmentStatus.ACTIVE.label]
    assert isinstance(training.value, float) and 0 <= training.value <= 1
    assert training.number_format == "0.0%"
    assert rates[EnrolmentStatus.WAITLISTED.label].value is None


def test_csv_is_utf8_with_bom_semicolons_and_indonesian_words(
    demo_db: Database, clerk: Actor, tmp_path: Path
) -> None:
    cohort = _cohort(demo_db, clerk, "JHT-2026-01")  # finished: everyone has attendance
    path = tmp_path / "roster.csv"
    count = export_roster(demo_db, clerk, cohort, path, language="id")
    assert path.read_bytes().startswith(b"\xef\xbb\xbfNo;Nama;NIK;")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        header, *lines = list(csv.reader(handle, delimiter=";"))
    assert len(header) == 9 and header[-1] == "Kehadiran %"
    assert len(lines) == count == len(enrolment.roster(demo_db, clerk, cohort))
    assert [line[1] for line in lines] == [
        line.full_name for line in enrolment.roster(demo_db, clerk, cohort)
    ]
    first = lines[0]
    assert len(first[2]) == 16 and first[2].isdigit()
    assert first[3] in ("Laki-laki", "Perempuan")
    day, month, year = first[4].split("/")
    assert len(day) == len(month) == 2 and len(year) == 4
    assert "," in first[8] and float(first[8].replace(",", ".")) <= 100


def test_an_instructor_gets_nik_and_phone_masked(
    demo_db: Database, clerk: Actor, instructor: Actor, tmp_path: Path
) -> None:
    cohort = _cohort(demo_db, clerk, "PTM-2026-01")
    export_roster(demo_db, clerk, cohort, tmp_path / "clerk.xlsx", language="en")
    export_roster(demo_db, instructor, cohort, tmp_path / "instructor.xlsx", language="en")
    plain = load_workbook(tmp_path / "clerk.xlsx").active
    masked = load_workbook(tmp_path / "instructor.xlsx").active
    assert masked.max_row == plain.max_row > 2
    shown = 0
    for row in range(2, plain.max_row + 1):
        assert masked[f"B{row}"].value == plain[f"B{row}"].value
        nik, phone = plain[f"C{row}"].value, plain[f"F{row}"].value  # None: the person has none
        assert masked[f"C{row}"].value == (registry.mask_nik(nik) if nik else None)
        assert masked[f"F{row}"].value == (registry.mask_phone(phone) if phone else None)
        shown += bool(nik and phone) and masked[f"C{row}"].value != nik
    assert shown > 10


def test_each_export_is_audited(demo_db: Database, instructor: Actor, tmp_path: Path) -> None:
    cohort = _cohort(demo_db, instructor, "KLN-2026-01")
    count = export_roster(demo_db, instructor, cohort, tmp_path / "roster.csv")
    with demo_db.sessions() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "cohort.roster_export")
        ).one()
    assert (entry.entity, entry.entity_id, entry.username) == ("cohort", str(cohort), "instruktur")
    assert entry.after == {"count": count, "format": "csv", "code": "KLN-2026-01"}


def test_refusals_leave_no_file_and_no_audit_entry(
    demo_db: Database, admin: Actor, tmp_path: Path
) -> None:
    cohort = _cohort(demo_db, admin, "KLN-2026-01")
    with pytest.raises(ValidationError) as wrong_kind:
        export_roster(demo_db, admin, cohort, tmp_path / "roster.pdf")
    assert wrong_kind.value.field == "file"
    with pytest.raises(NotFound):
        export_roster(demo_db, admin, 999_999, tmp_path / "roster.xlsx")
    with pytest.raises(ValidationError) as unwritable:
        export_roster(demo_db, admin, cohort, tmp_path / "no such folder" / "roster.xlsx")
    assert unwritable.value.field == "file"
    assert list(tmp_path.glob("*roster*")) == []
    with demo_db.sessions() as session:
        audited = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "cohort.roster_export")
        ).all()
    assert audited == []


def test_the_writers_keep_the_sheet_name_excel_takes_and_the_decimal_mark(
    tmp_path: Path,
) -> None:
    row = ("Siti Aminah", "0203014506880001", "F", date(1988, 6, 5), "", "Cibodas", "Done", 0.875)
    write_roster_xlsx(tmp_path / "r.xlsx", [row], "JHT/2026:01 [pagi] with a long name")
    assert load_workbook(tmp_path / "r.xlsx").active.title == "JHT-2026-01 -pagi- with a long "
    write_roster_csv(tmp_path / "en.csv", [row], "JHT", language="en")
    write_roster_csv(tmp_path / "id.csv", [row], "JHT", language="id")
    for name, shown in (("en.csv", "87.5"), ("id.csv", "87,5")):
        line = (tmp_path / name).read_text("utf-8-sig").splitlines()[1]
        assert line.split(";")[1:3] == ["Siti Aminah", "0203014506880001"]
        assert line.endswith(f";Done;{shown}")
