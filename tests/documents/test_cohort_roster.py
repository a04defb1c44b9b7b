"""The printed cohort roster, read back from real PDFs: the cohort's facts, the people over
several pages with the table header on each, the waiting list with its reasons, the language,
and names far too long for their column."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from dataclasses import replace
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from desktop.documents import language
from desktop.documents.cohort_roster import render_cohort_roster
from desktop.documents.cohort_roster_parts import RosterPerson, RosterSheet, WaitingPerson
from desktop.documents.intake_layout import LEFT, RIGHT
from desktop.documents.language import translator
from desktop.domain.centre import CentreProfile, InstitutionType
from desktop.domain.cohort import CohortStatus, Funding, Slot
from desktop.domain.enrolment import EnrolmentStatus, Waiting, WaitlistWeights, priority

TODAY = date(2026, 11, 23)
CENTRE = CentreProfile(
    name="LKP Terampil Mandiri",
    institution_type=InstitutionType.LKP,
    address="Jl. Kaliurang Km 10\nSleman, DI Yogyakarta",
    code="LKPTM",
)
LONG_NAME = "Raden Ajeng Sri Kartini Sosroningrat Mangkunegoro Wulandari Putri Ningrat Hadiningrat"
UNBROKEN = "3404015612900003" * 4  # a NIK pasted into the name field, with no space to wrap at
FIRST = ("Siti", "Dewi", "Agus", "Budi", "Rina", "Asep", "Euis", "Yanti", "Dedi", "Nur")
LAST = ("Rahmawati", "Lestari", "Santoso", "Hidayat", "Suryani", "Sunarya", "Komariah", "Aminah")
STATUSES = (EnrolmentStatus.ACTIVE, EnrolmentStatus.ACCEPTED, EnrolmentStatus.COMPLETED)


def _people(count: int) -> tuple[RosterPerson, ...]:
    names = [f"{FIRST[i % len(FIRST)]} {LAST[i % len(LAST)]} {i:02d}" for i in range(count)]
    names[5], names[6] = LONG_NAME, UNBROKEN
    return tuple(
        RosterPerson(name, "LP"[i % 2], 18 + i % 40, f"Desa Nomor {i}", STATUSES[i % 3])
        for i, name in enumerate(names)
    )


def _waiting(count: int) -> tuple[WaitingPerson, ...]:
    """Scores and reasons as domain.enrolment makes them."""
    now = datetime(2026, 11, 23, 3, tzinfo=UTC)
    waiting = []
    for i in range(count):
        who = Waiting(
            enrolment_id=i,
            applied_at=datetime(2026, 11, 3, tzinfo=UTC),
            has_disability=i == 0,
            dtsen="yes" if i < 3 else "unknown",
            dtsen_decile=2 if i == 1 else None,
        )
        found = priority(who, 1, WaitlistWeights(), now)
        waiting.append(
            WaitingPerson(
                i + 1, f"Menunggu {i + 1:02d}", "Sukamaju", found.score, found.parts, i > 3
            )
        )
    return tuple(waiting)


SHEET = RosterSheet(
    programme_name="Menjahit Pakaian Dasar",
    skill_area="Menjahit",
    cohort_code="JHT-2027-01",
    status=CohortStatus.RUNNING,
    start_date=date(2027, 2, 1),
    end_date=date(2027, 4, 30),
    slots=(
        Slot(0, time(8), time(12)),
        Slot(2, time(8), time(12)),
        Slot(4, time(13), time(16)),
    ),
    room="Ruang Jahit 1",
    branch="Cianjur",
    instructors=("Bambang Suryono", "Ibu Ratna"),
    funding=Funding.SPONSOR,
    sponsors=("PT Sandang Nusantara", "Yayasan Cahaya & Karya <Cianjur>"),
    capacity=80,
    seats_taken=80,
    people=_people(80),
    waiting=_waiting(25),
)


def render(sheet: RosterSheet = SHEET, lang: str = "en") -> bytes:
    return render_cohort_roster(CENTRE, sheet, language=lang, today=TODAY)


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def compact(text: str) -> str:
    return "".join(text.split())


@pytest.fixture(scope="module")
def english() -> bytes:
    return render()


def test_the_cohort_is_described_on_the_first_page(english: bytes) -> None:
    first = compact(pages_text(english)[0])  # values wrap in their cells
    for value in (
        "LKP Terampil Mandiri",
        "PARTICIPANT LIST",
        "Menjahit Pakaian Dasar",
        "Menjahit",
        "JHT-2027-01 (Running)",
        "1 February 2027 – 30 April 2027",
        "Monday, Wednesday 08:00–12:00; Friday 13:00–16:00",
        "Ruang Jahit 1, Cianjur",
        "Bambang Suryono, Ibu Ratna",
        "Sponsor",
        "PT Sandang Nusantara, Yayasan Cahaya & Karya <Cianjur>",  # markup characters as typed
        "80 seats: 80 taken, 0 free",
        "Participants (80)",
    ):
        assert compact(value) in first, value
    assert "1 Siti Rahmawati 00" in " ".join(pages_text(english)[0].split())  # the table starts


def test_eighty_people_over_pages_with_the_header_on_each(english: bytes) -> None:
    pages = pages_text(english)
    assert 3 <= len(pages) <= 4
    text = "\n".join(pages)
    compacted = compact(text)
    for person in SHEET.people:
        assert compact(person.full_name) in compacted, person.full_name  # wrapped, never cut
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "Printed on 23 November 2026" in page
        assert "Participant list · JHT-2027-01" in page
        assert "No.NameM/FAgeVillageStatus" in compact(page) or "Reasonfortheposition" in compact(
            page
        )
    assert "In training" in text and "Completed" in text and "Accepted" in text
    assert pages_text(english)[0].count("LKP Terampil Mandiri") >= 1
    assert "Jl. Kaliurang" not in "\n".join(pages[1:])  # the letterhead only on the first page


def test_the_waiting_list_gives_each_position_its_reason(english: bytes) -> None:
    text = "\n".join(pages_text(english))
    waiting = " ".join(text[text.index("Waiting list (25)") :].split())
    assert "No. Name Village Score Reason for the position" in waiting
    rows = [waiting[waiting.index(f"{n} Menunggu {n:02d}") :] for n in (1, 2, 3, 25)]
    first, second = rows[0][: len(rows[0]) - len(rows[1])], rows[1][: len(rows[1]) - len(rows[2])]
    # Applied 20 days and 3 hours before: 10 × 20.125 / 90 = 2.24 points for waiting.
    assert first.startswith("1 Menunggu 01 Sukamaju 47.24")
    assert "Disability (+30); Listed in DTSEN (+15); Waiting for 20 days (+2.24)" in first
    assert second.startswith("2 Menunggu 02 Sukamaju 29.24")
    assert "DTSEN welfare decile 2 (+27)" in second
    assert "same score as above" not in first
    assert rows[3].startswith("25 Menunggu 25 Sukamaju 2.24 Waiting for 20 days (+2.24); same")
    assert "same score as above, applied later" in rows[3]


def test_no_identity_number_or_phone_reaches_the_paper() -> None:
    nik, phone = "3203225205900001", "0812-3456-7890"
    people = (RosterPerson("Siti Aminah", "P", 30, "Sukamaju", EnrolmentStatus.ACTIVE),)
    text = "\n".join(pages_text(render(replace(SHEET, people=people, waiting=()))))
    assert "Siti Aminah" in text
    assert nik not in compact(text) and phone not in text  # nothing to print them from
    assert {"full_name", "sex", "age", "village", "status"} == set(
        RosterPerson.__dataclass_fields__
    )


def test_an_empty_cohort_says_so() -> None:
    sheet = replace(SHEET, people=(), waiting=(), sponsors=(), instructors=(), seats_taken=0)
    pages = pages_text(render(sheet))
    assert len(pages) == 1
    assert "Nobody holds a seat yet." in pages[0] and "Nobody is waiting." in pages[0]
    assert "80 seats: 0 taken, 80 free" in pages[0]
    assert "Page 1 of 1" in pages[0]


def test_indonesian_day_names_dates_and_translations(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    ts = tmp_path / "pelita_id.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="id_ID">
        <context><name>documents</name>
        <message><source>PARTICIPANT LIST</source>
            <translation>DAFTAR PESERTA</translation></message>
        <message><source>Waiting list</source>
            <translation>Daftar tunggu</translation></message>
        <message><source>Page {page} of {pages}</source>
            <translation>Halaman {page} dari {pages}</translation></message>
        <message><source>M/F</source><translation>L/P</translation></message>
        </context>
        <context><name>waitlist</name>
        <message><source>Waiting for {days} days</source>
            <translation>Menunggu {days} hari</translation></message>
        </context></TS>""",
        encoding="utf-8",
    )
    monkeypatch.setattr(language, "ts_file", lambda code: ts)
    pages = pages_text(render(lang="id"))
    text = "\n".join(pages)
    assert "DAFTAR PESERTA" in pages[0]
    assert compact("Senin, Rabu 08.00–12.00; Jumat 13.00–16.00") in compact(pages[0])
    assert compact("1 Februari 2027 – 30 April 2027") in compact(pages[0])
    assert f"Halaman 1 dari {len(pages)}" in pages[0]
    assert "Daftar tunggu (25)" in text
    assert "Menunggu 20 hari (+2,24)" in " ".join(text.split())  # the decimal comma
    assert "No.NamaL/P" in compact(text) or "No.NameL/P" in compact(text)


def test_indonesian_with_the_shipped_translations() -> None:
    tr = translator("id")
    text = "\n".join(pages_text(render(lang="id")))
    for source in ("PARTICIPANT LIST", "Waiting list", "Reason for the position"):
        assert tr("documents", source) in text  # Indonesian, or English until translated
    assert compact("Senin, Rabu 08.00–12.00") in compact(text)


def test_fonts_are_embedded(english: bytes) -> None:
    for page in PdfReader(io.BytesIO(english)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert font["/Subtype"] == "/TrueType", font["/BaseFont"]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")
def test_nothing_is_drawn_in_the_side_margins(english: bytes, tmp_path: Path) -> None:
    """Long names wrap inside their column; the NIK-like one is broken between digits."""
    pdf = tmp_path / "roster.pdf"
    pdf.write_bytes(english)
    dpi = 40
    command = ["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), str(tmp_path / "p")]
    subprocess.run(command, check=True)
    images = sorted(tmp_path.glob("p-*.png"))
    assert len(images) == len(pages_text(english))
    scale = dpi / 72
    left, right = int((LEFT - 3) * scale), int((RIGHT + 3) * scale) + 1
    for path in images:
        with Image.open(path) as opened:
            image = opened.convert("L")
            width, height = image.size
            for box in ((0, 0, left, height), (right, 0, width, height)):
                assert image.crop(box).getextrema()[0] > 240, (path.name, box)
    shots = os.environ.get("PELITA_SHOTS")
    if shots:  # the first and last pages, to look at
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), f"{shots}/roster"], check=True)
