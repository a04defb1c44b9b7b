"""The printed attendance sheets, read back from real PDFs: a session's daftar hadir (what the
session is, the names over pages, the zig-zag signature column, no NIK or phone) and a
cohort's matrix (marks pre-filled, not applicable and cancelled sessions, landscape), each with
its code in words and as a QR code that decodes to the same text, in English and Indonesian."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from dataclasses import replace
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from desktop.documents import language
from desktop.documents.attendance_sheet import render_matrix_sheet, render_session_sheet
from desktop.documents.attendance_sheet_parts import (
    MatrixPerson,
    MatrixSession,
    MatrixSheet,
    SessionSheet,
)
from desktop.documents.intake_layout import mm
from desktop.documents.language import translator
from desktop.domain.attendance import SheetKind, read_sheet_code, sheet_code
from desktop.domain.centre import CentreProfile, InstitutionType

TODAY = date(2026, 3, 1)
CENTRE = CentreProfile(
    name="LKP Terampil Mandiri",
    institution_type=InstitutionType.LKP,
    address="Jl. Kaliurang Km 10\nSleman, DI Yogyakarta",
    code="LKPTM",
)
FIRST = ("Siti", "Dewi", "Agus", "Budi", "Rina", "Asep", "Euis", "Yanti", "Dedi", "Nur")
LAST = ("Rahmawati", "Lestari", "Santoso", "Hidayat", "Suryani", "Sunarya", "Komariah")
PEOPLE = tuple(f"{FIRST[i % 10]} {LAST[i % 7]} {i + 1:02d}" for i in range(45))
SESSION = SessionSheet(
    cohort_id=7,
    cohort_code="MJH-2026-03",
    programme_name="Menjahit Pakaian Dasar",
    skill_area="Menjahit",
    session_id=12,
    day=date(2026, 3, 2),  # a Monday
    starts=time(8),
    ends=time(12, 30),
    room="Ruang Jahit 1",
    instructors=("Bambang Suryono", "Ibu Ratna"),
    people=PEOPLE,
)
DAYS = tuple(date(2026, 3, 2) + timedelta(days=i) for i in range(5))  # Monday to Friday
MATRIX = MatrixSheet(
    cohort_id=7,
    cohort_code="MJH-2026-03",
    programme_name="Menjahit Pakaian Dasar",
    skill_area="Menjahit",
    period_title="2–6 Maret 2026",
    instructors=("Bambang Suryono",),
    sessions=tuple(MatrixSession(100 + i, day, cancelled=i == 3) for i, day in enumerate(DAYS)),
    people=(
        MatrixPerson("Siti Aminah", ("H", "T15", "I", "", "")),
        MatrixPerson("Dewi Lestari", ("S", "A", "H", "", "")),
        MatrixPerson("Joko Terlambat Daftar", ("-", "-", "H", "", "")),  # joined on Wednesday
    ),
)
ID_TS = """<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="id_ID">
<context><name>documents</name>
<message><source>ATTENDANCE LIST</source><translation>DAFTAR HADIR</translation></message>
<message><source>ATTENDANCE MATRIX</source><translation>REKAP DAFTAR HADIR</translation></message>
<message><source>Sheet code: {code}</source><translation>Kode lembar: {code}</translation></message>
<message><source>Signature</source><translation>Tanda tangan</translation></message>
<message><source>Day, date</source><translation>Hari, tanggal</translation></message>
<message><source>Skill area</source><translation>Kejuruan</translation></message>
<message><source>Cohort</source><translation>Angkatan</translation></message>
<message><source>Page {page} of {pages}</source>
    <translation>Halaman {page} dari {pages}</translation></message>
</context>
<context><name>attendance</name>
<message><source>Present</source><translation>Hadir</translation></message>
<message><source>Late</source><translation>Terlambat</translation></message>
</context></TS>"""


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def compact(text: str) -> str:
    return "".join(text.split())


@pytest.fixture(scope="module")
def session_pdf() -> bytes:
    return render_session_sheet(CENTRE, SESSION, language="en", today=TODAY)


@pytest.fixture(scope="module")
def matrix_pdf() -> bytes:
    return render_matrix_sheet(CENTRE, MATRIX, language="en", today=TODAY)


@pytest.fixture
def indonesian(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    ts = tmp_path / "pelita_id.ts"
    ts.write_text(ID_TS, encoding="utf-8")
    monkeypatch.setattr(language, "ts_file", lambda code: ts)


def decoded_codes(pdf: bytes, tmp_path: Path, page: int = 1) -> list[str]:
    """The QR codes found on one page printed at 150 dpi."""
    path = tmp_path / "sheet.pdf"
    path.write_bytes(pdf)
    prefix = tmp_path / f"page{page}"
    command = ["pdftoppm", "-r", "150", "-f", str(page), "-l", str(page), "-png"]
    subprocess.run([*command, "-singlefile", str(path), str(prefix)], check=True)
    with Image.open(f"{prefix}.png") as image:
        return [found.text for found in zxingcpp.read_barcodes(image)]


def text_positions(pdf: bytes, page: int) -> list[tuple[str, float]]:
    """Each piece of text on the page with the x where it starts, in points."""
    found: list[tuple[str, float]] = []

    def visit(text: str, cm: Any, tm: Any, _font: Any, _size: Any) -> None:
        if text.strip():
            found.append((text.strip(), tm[4] * cm[0] + tm[5] * cm[2] + cm[4]))

    PdfReader(io.BytesIO(pdf)).pages[page].extract_text(visitor_text=visit)
    return found


def test_the_session_is_described_with_its_code(session_pdf: bytes) -> None:
    first = compact(pages_text(session_pdf)[0])
    for value in (
        "LKP Terampil Mandiri",
        "ATTENDANCE LIST",
        "Menjahit Pakaian Dasar · MJH-2026-03",
        "Skill area",
        "Menjahit",
        "Monday, 2 March 2026",
        "08:00–12:30",
        "Ruang Jahit 1",
        "Bambang Suryono, Ibu Ratna",
        "No.NameSignature",
        f"Sheet code: {sheet_code(12)}",
    ):
        assert compact(value) in first, value
    assert sheet_code(12) == "DH-12-H" and read_sheet_code("DH-12-H") == (SheetKind.SESSION, 12)


def test_forty_five_people_over_pages_with_header_code_and_signatures(session_pdf: bytes) -> None:
    pages = pages_text(session_pdf)
    assert len(pages) > 1
    everything = compact("\n".join(pages))
    for name in PEOPLE:
        assert compact(name) in everything, name
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "No.NameSignature" in compact(page)  # the table's header repeats
        assert "Sheetcode:DH-12-H" in compact(page)  # a loose page still finds its session
    last = compact(pages[-1])
    assert "Instructor,(BambangSuryono)" in last and "(IbuRatna)" in last
    assert "Jl. Kaliurang" not in "\n".join(pages[1:])  # the letterhead only on page one


def test_the_signature_column_zig_zags(session_pdf: bytes) -> None:
    pages = len(PdfReader(io.BytesIO(session_pdf)).pages)
    sides: dict[int, float] = {}
    for page in range(pages):
        for text, x in text_positions(session_pdf, page):
            if text.endswith(".") and text[:-1].isdigit():  # "7." where number 7 signs
                sides[int(text[:-1])] = x
    assert sorted(sides) == list(range(1, 46))
    odd = {round(x) for n, x in sides.items() if n % 2}
    even = {round(x) for n, x in sides.items() if not n % 2}
    assert len(odd) == 1 and len(even) == 1  # every odd row at one place, every even at another
    assert even.pop() - odd.pop() > 40 * mm  # the right half of the column, not the left


def test_no_identity_number_or_phone_reaches_the_paper(session_pdf: bytes) -> None:
    text = compact("\n".join(pages_text(session_pdf)))
    assert "3203225205900001" not in text and "081234567890" not in text
    assert "nik" not in {f.lower() for f in SessionSheet.__dataclass_fields__}
    assert not {"phone", "nik"} & set(MatrixPerson.__dataclass_fields__)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")
def test_the_qr_code_reads_as_the_sheet_code(session_pdf: bytes, tmp_path: Path) -> None:
    assert decoded_codes(session_pdf, tmp_path, page=1) == ["DH-12-H"]
    assert decoded_codes(session_pdf, tmp_path, page=2) == ["DH-12-H"]
    other = render_session_sheet(CENTRE, replace(SESSION, session_id=1234), language="en")
    assert decoded_codes(other, tmp_path) == [sheet_code(1234)]


def test_indonesian_session_sheet(indonesian: None) -> None:
    pages = pages_text(render_session_sheet(CENTRE, SESSION, language="id", today=TODAY))
    first = compact(pages[0])
    for value in (
        "DAFTAR HADIR",
        "Kejuruan",
        "Angkatan",
        "Hari, tanggal",
        "Senin, 2 Maret 2026",
        "08.00–12.30",
        "Tanda tangan",
        "Kode lembar: DH-12-H",
    ):
        assert compact(value) in first, value
    assert f"Halaman 1 dari {len(pages)}" in pages[0]
    assert "Monday" not in first and "March" not in first


def test_indonesian_with_the_shipped_translations() -> None:
    tr = translator("id")
    text = compact("\n".join(pages_text(render_session_sheet(CENTRE, SESSION, language="id"))))
    for source in ("ATTENDANCE LIST", "Skill area", "Cohort", "Place"):
        assert compact(tr("documents", source)) in text  # Indonesian, or English until translated
    assert "Senin,2Maret2026" in text and "Halaman1dari" in text


def test_a_cancelled_session_and_an_empty_roll_say_so() -> None:
    sheet = replace(SESSION, people=(), cancelled=True, instructors=())
    pages = pages_text(render_session_sheet(CENTRE, sheet, language="en"))
    assert len(pages) == 1
    assert "CANCELLED: this session is not held." in pages[0]
    assert "Nobody is enrolled in this cohort." in pages[0]


def test_the_matrix_is_landscape_with_the_marks_known(matrix_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(matrix_pdf))
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)
    text = pages_text(matrix_pdf)[0]
    flat = compact(text)
    for value in (
        "ATTENDANCE MATRIX",
        "2–6 Maret 2026",
        f"Sheet code: {sheet_code(7, SheetKind.MATRIX)}",
        "No.Name",
        "Mon2/3",
        "Tue3/3",
        "Fri6/3",
        "1SitiAminahHT15I",  # the marks pre-filled, the minutes late beside the T
        "2DewiLestariSAH",
        "3JokoTerlambatDaftar––H",  # not applicable before joining
        "HPresent·TLate·IExcused·SSick·AAbsent",
        "–notapplicabletothisperson",
        "✕sessioncancelled",
    ):
        assert compact(value) in flat, value
    assert "Thu5/3✕" in flat  # the cancelled session's column says so at its head


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")
def test_the_matrix_qr_code_reads_as_its_code(matrix_pdf: bytes, tmp_path: Path) -> None:
    assert decoded_codes(matrix_pdf, tmp_path) == [sheet_code(7, SheetKind.MATRIX)]


def test_indonesian_matrix(indonesian: None) -> None:
    text = compact(pages_text(render_matrix_sheet(CENTRE, MATRIX, language="id"))[0])
    for value in ("REKAP DAFTAR HADIR", "Kode lembar: DM-7-", "Sen2/3", "Jum6/3", "H Hadir"):
        assert compact(value) in text, value
    assert "THadir" not in text and "TTerlambat" in text


def test_many_sessions_go_on_in_a_second_table() -> None:
    days = [date(2026, 3, 1) + timedelta(days=i) for i in range(40)]
    sheet = replace(
        MATRIX,
        sessions=tuple(MatrixSession(i, day) for i, day in enumerate(days)),
        people=(MatrixPerson("Siti Aminah", ("H",) * 39 + ("A",)),),
    )
    text = compact("\n".join(pages_text(render_matrix_sheet(CENTRE, sheet, language="en"))))
    assert text.count("SitiAminah") == 2  # the name again beside the later sessions
    assert "Mon9/3" in text and "Thu9/4" in text and text.count("A") >= 1


@pytest.mark.skipif(not os.environ.get("PELITA_SHOTS"), reason="screenshots on request")
def test_shots(session_pdf: bytes, matrix_pdf: bytes, tmp_path: Path) -> None:
    shots = os.environ["PELITA_SHOTS"]
    for name, pdf in (("attendance-session", session_pdf), ("attendance-matrix", matrix_pdf)):
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", "70", "-png", str(path), f"{shots}/{name}"], check=True)
