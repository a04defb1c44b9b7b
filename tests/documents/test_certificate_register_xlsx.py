"""The register of certificates (buku induk) as xlsx, read back with openpyxl as a clerk opens
it in Excel: the title, a bold frozen header with a filter, dates that are dates, numbers and
codes that stay text, the reasons; and the export of a demo centre's real register on SQLite
and PostgreSQL, narrowed by a search, refused to an instructor."""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select

from desktop.documents.certificate_register_xlsx import (
    HEADER_ROW,
    RegisterLine,
    write_register_xlsx,
)
from desktop.domain.certificate import CertificateStatus
from desktop.domain.errors import PermissionDenied
from desktop.services import certificate_issue, certificate_register
from desktop.services.accounts import authenticate
from desktop.services.certificate_register_export import export_register
from desktop.services.context import Actor
from desktop.services.demo import build_demo
from desktop.store.database import Database
from desktop.store.training import Cohort

ENGLISH_HEADERS = [
    "No",
    "Certificate number",
    "Name",
    "Place and date of birth",
    "Programme",
    "Cohort",
    "Start",
    "End",
    "JP",
    "Date of issue",
    "Status",
    "Verification code",
    "Reason",
    "SHA-256",
]
INDONESIAN_HEADERS = [
    "No",
    "Nomor sertifikat",
    "Nama",
    "Tempat, tanggal lahir",
    "Program",
    "Angkatan",
    "Mulai",
    "Selesai",
    "JP",
    "Tanggal terbit",
    "Status",
    "Kode verifikasi",
    "Alasan",
    "SHA-256",
]
SIGNED = RegisterLine(
    number="0012",  # a centre whose pattern is the bare sequence: must not become 12
    full_name="Nur'aini Désirée",
    birth="Bantul, 12 Maret 1990",
    programme="Menjahit Dasar",
    cohort_code="JHT-2026-01",
    start=date(2026, 1, 5),
    end=date(2026, 2, 27),
    hours_jp=80,
    issue_date=date(2026, 3, 2),
    status="Issued",
    verify_code="K7QD-M2XA",
    override_reason="",
    reissue_reason="",
    revoked_reason="",
    sha256="0" * 63 + "1",
)
REVOKED = RegisterLine(
    number="013/LPK-XYZ/III/2026",
    full_name='=HYPERLINK("http://x")',  # typed as a name: text, never a formula
    birth="",
    programme="Tata Boga",
    cohort_code="TBG-2026-01",
    start=date(2026, 1, 12),
    end=date(2026, 2, 20),
    hours_jp=120,
    issue_date=date(2026, 3, 1),
    status="Revoked",
    verify_code="ABCD-2345",
    override_reason="Sakit dengan surat dokter",
    reissue_reason="",
    revoked_reason="Data salah\x07",  # a control character Excel would refuse
    sha256="f" * 64,
)


def read(data: bytes) -> Worksheet:
    return load_workbook(io.BytesIO(data)).worksheets[0]


def row_values(sheet: Worksheet, row: int) -> list[object]:
    return [cell.value for cell in sheet[row]]


def test_the_workbook_reads_like_the_register(tmp_path: Path) -> None:
    data = write_register_xlsx(
        [SIGNED, REVOKED],
        count=2,
        centre_name="LKP Terampil Mandiri",
        exported=date(2026, 3, 5),
        search="JHT",
        language="en",
    )
    sheet = read(data)
    assert sheet["A1"].value == "LKP Terampil Mandiri" and sheet["A1"].font.b
    assert sheet["A2"].value == "REGISTER OF CERTIFICATES"
    assert sheet["A3"].value == "Exported on 5 March 2026: 2 certificates · Search: JHT"

    header = sheet[HEADER_ROW]
    assert [cell.value for cell in header] == ENGLISH_HEADERS
    assert all(cell.font.b for cell in header)
    assert sheet.freeze_panes == f"C{HEADER_ROW + 1}"
    assert sheet.auto_filter.ref == f"A{HEADER_ROW}:N{HEADER_ROW + 2}"
    assert sheet.column_dimensions["C"].width >= 25  # names are not cut to a sliver

    first = sheet[HEADER_ROW + 1]
    values = [cell.value for cell in first]
    assert values[:6] == [
        1,
        "0012",
        "Nur'aini Désirée",
        "Bantul, 12 Maret 1990",
        "Menjahit Dasar",
        "JHT-2026-01",
    ]
    # Dates are real dates, shown day first.
    for cell, expected in zip(
        (first[6], first[7], first[9]), (SIGNED.start, SIGNED.end, SIGNED.issue_date), strict=True
    ):
        assert cell.is_date and isinstance(cell.value, datetime)
        assert cell.value.date() == expected
        assert cell.number_format == "DD/MM/YYYY"
    assert first[8].value == 80 and first[8].data_type == "n"
    assert values[10:] == ["Issued", "K7QD-M2XA", None, SIGNED.sha256]
    # Numbers, codes and hashes are text cells formatted as text: "0012" stays "0012".
    for index in (1, 11, 13):
        assert first[index].data_type == "s" and first[index].number_format == "@"

    second = [cell.value for cell in sheet[HEADER_ROW + 2]]
    assert second[0] == 2 and second[2] == REVOKED.full_name
    assert sheet.cell(HEADER_ROW + 2, 3).data_type == "s"  # not a formula
    assert second[12] == "Issued by exception: Sakit dengan surat dokter\nRevoked: Data salah"
    assert sheet.cell(HEADER_ROW + 2, 13).alignment.wrap_text
    assert sheet.max_row == HEADER_ROW + 2


def test_an_empty_register_still_has_its_header_and_filter() -> None:
    sheet = read(
        write_register_xlsx(
            [], count=0, centre_name="LKP", exported=date(2026, 3, 5), language="en"
        )
    )
    assert sheet["A3"].value == "Exported on 5 March 2026: 0 certificates"
    assert row_values(sheet, HEADER_ROW) == ENGLISH_HEADERS
    assert sheet.auto_filter.ref == f"A{HEADER_ROW}:N{HEADER_ROW + 1}"


def test_the_headers_are_indonesian() -> None:
    sheet = read(
        write_register_xlsx(
            [SIGNED], count=1, centre_name="LKP", exported=date(2026, 3, 5), language="id"
        )
    )
    assert row_values(sheet, HEADER_ROW) == INDONESIAN_HEADERS


# --- the service over a real register --------------------------------------------------------


@pytest.fixture
def centre_db(db: Database) -> Database:
    """The demo centre with people, so that its first cohort (finished) has 14 of 15 who
    completed it (the shared demo_db has no cohorts)."""
    build_demo(db, 40)
    return db


def login(db: Database, username: str) -> Actor:
    return authenticate(db, username, f"{username}-demo")


@pytest.fixture
def issued(centre_db: Database) -> list[certificate_register.RegisterEntry]:
    """The demo's finished cohort issued (the demo may have done so itself); one certificate
    revoked, one re-issued."""
    demo_db, admin = centre_db, login(centre_db, "admin")
    with demo_db.sessions() as session:
        cohort_id = session.scalar(select(Cohort.id).order_by(Cohort.id).limit(1))
    assert cohort_id is not None
    people = certificate_issue.candidates(demo_db, admin, cohort_id)
    chosen = tuple(p.enrolment_id for p in people if p.eligible and p.certificate_id is None)
    if chosen:
        request = certificate_issue.IssueRequest(cohort_id, chosen)
        certificate_issue.issue(demo_db, admin, request)
    valid = certificate_register.search(demo_db, admin, status=CertificateStatus.ISSUED, limit=None)
    first, second = valid[:2]
    certificate_register.revoke(demo_db, admin, first.id, "Data salah")
    certificate_issue.reissue(demo_db, admin, second.id, "Nama salah ketik")
    return certificate_register.search(demo_db, admin, limit=None)


def test_the_export_holds_the_whole_register_as_the_search_gives_it(
    centre_db: Database, issued: list[certificate_register.RegisterEntry], tmp_path: Path
) -> None:
    demo_db, admin = centre_db, login(centre_db, "admin")
    path = tmp_path / "buku induk.xlsx"
    count = export_register(demo_db, admin, path)
    assert count == len(issued) >= 14  # 13 issued and one re-issue
    assert not list(tmp_path.glob(".*.part"))  # nothing half-written is left beside it
    sheet = read(path.read_bytes())
    rows = [row_values(sheet, row) for row in range(HEADER_ROW + 1, sheet.max_row + 1)]
    assert [row[0] for row in rows] == list(range(1, count + 1))
    assert [row[1] for row in rows] == [entry.number for entry in issued]  # newest first
    assert [row[2] for row in rows] == [entry.full_name for entry in issued]
    assert [row[11] for row in rows] == [entry.verify_code for entry in issued]
    assert [row[13] for row in rows] == [entry.sha256 for entry in issued]
    by_number = {row[1]: row for row in rows}
    for entry in issued:
        row = by_number[entry.number]
        assert row[6].date() == entry.start_date and row[9].date() == entry.issue_date
        assert row[8] == entry.hours_jp
    revoked = next(e for e in issued if e.status is CertificateStatus.REVOKED)
    assert "Data salah" in by_number[revoked.number][12]
    reissued = next(e for e in issued if e.supersedes_id is not None)
    assert "Nama salah ketik" in by_number[reissued.number][12]
    superseded = next(e for e in issued if e.status is CertificateStatus.SUPERSEDED)
    assert by_number[superseded.number][12] is None  # its successor carries the reason


def test_the_export_is_narrowed_like_the_search(
    centre_db: Database, issued: list[certificate_register.RegisterEntry], tmp_path: Path
) -> None:
    demo_db, admin, clerk = centre_db, login(centre_db, "admin"), login(centre_db, "petugas")
    path = tmp_path / "dicabut.xlsx"
    # A clerk may look at the register and take it away too.
    assert export_register(demo_db, clerk, path, status=CertificateStatus.REVOKED) == 1
    sheet = read(path.read_bytes())
    assert sheet.max_row == HEADER_ROW + 1
    revoked = next(e for e in issued if e.status is CertificateStatus.REVOKED)
    assert sheet.cell(HEADER_ROW + 1, 2).value == revoked.number

    name = issued[-1].full_name
    found = certificate_register.search(demo_db, admin, name, limit=None)
    assert export_register(demo_db, admin, path, text=f"  {name} ") == len(found)
    assert [
        row_values(read(path.read_bytes()), HEADER_ROW + 1 + i)[1] for i in range(len(found))
    ] == [entry.number for entry in found]


def test_an_instructor_may_not_export_the_register(
    centre_db: Database, issued: list[certificate_register.RegisterEntry], tmp_path: Path
) -> None:
    path = tmp_path / "x.xlsx"
    with pytest.raises(PermissionDenied):
        export_register(centre_db, login(centre_db, "instruktur"), path)
    assert not path.exists()
