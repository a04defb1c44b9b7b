"""The handover record (berita acara serah terima), read back from real PDFs: the number, the
date in Indonesian words, both parties, the things given, the statements and the two
signatures; English on request; translations applied; nothing outside the margins."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from desktop.documents import language
from desktop.documents.handover_record import render_handover_record
from desktop.documents.handover_record_parts import (
    HandoverLine,
    HandoverRecord,
    date_in_words,
    words_en,
    words_id,
)
from desktop.documents.intake_layout import LEFT, RIGHT
from desktop.domain.centre import CentreProfile, InstitutionType
from desktop.domain.inventory import Condition, Unit

CENTRE = CentreProfile(
    name="LKP Terampil Mandiri",
    institution_type=InstitutionType.LKP,
    address="Jl. Kaliurang Km 10\nSleman, DI Yogyakarta",
    head_name="Dra. Sri Wahyuni, M.Pd.",
    head_title="Kepala LKP",
    head_nip="196805121990032001",
    code="LKPTM",
)
RECORD = HandoverRecord(
    loan_id=7,
    number="BAST/0001/XI/2026",
    handed_on=date(2026, 11, 23),  # a Monday
    centre=CENTRE,
    participant_name="Siti Rahmawati & <Putri>",
    participant_address="Jl. Melati 5, RT 001/RW 002, Sardonoharjo, Ngaglik, Sleman",
    lines=(
        HandoverLine(
            "Mesin jahit Butterfly JH-8190",
            "INV-00012",
            "SN 88213",
            1000,
            Unit.PIECE,
            Condition.GOOD,
        ),
        HandoverLine("Kain katun", "", "", 2500, Unit.METRE, None),
    ),
    training="Menjahit Dasar (MJH-2026-01)",
    notes="Paket usaha mandiri.",
)
TODAY = date(2026, 11, 24)


def text_of(pdf: bytes) -> str:
    return " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages
    )


@pytest.fixture(scope="module")
def indonesian() -> bytes:
    return render_handover_record(RECORD, today=TODAY)


def test_numbers_and_dates_in_words() -> None:
    assert [words_id(n) for n in (1, 10, 11, 12, 19, 20, 23, 100, 111, 1100, 2026, 15_000)] == [
        "satu", "sepuluh", "sebelas", "dua belas", "sembilan belas", "dua puluh",
        "dua puluh tiga", "seratus", "seratus sebelas", "seribu seratus",
        "dua ribu dua puluh enam", "lima belas ribu",
    ]  # fmt: skip
    assert words_id(1005) == "seribu lima" and words_id(2031) == "dua ribu tiga puluh satu"
    assert [words_en(n) for n in (7, 23, 100, 2026)] == [
        "seven", "twenty-three", "one hundred", "two thousand twenty-six",
    ]  # fmt: skip
    words = date_in_words(date(2026, 11, 23), "id")
    assert (words.weekday, words.day, words.month, words.year, words.numeric) == (
        "Senin", "dua puluh tiga", "November", "dua ribu dua puluh enam", "23/11/2026",
    )  # fmt: skip
    assert date_in_words(date(2027, 8, 1), "en").weekday == "Sunday"
    with pytest.raises(ValueError):
        words_id(-1)


def test_the_record_in_indonesian_words(indonesian: bytes) -> None:
    text = text_of(indonesian)
    for value in (
        "LKP Terampil Mandiri",
        "BAST/0001/XI/2026",
        "Senin",
        "dua puluh tiga",
        "dua ribu dua puluh enam",
        "(23/11/2026)",
        "Dra. Sri Wahyuni, M.Pd.",
        "Kepala LKP",
        "196805121990032001",
        "Siti Rahmawati & <Putri>",  # markup characters as typed
        "Jl. Melati 5, RT 001/RW 002, Sardonoharjo, Ngaglik, Sleman",
        "Menjahit Dasar (MJH-2026-01)",
        "INV-00012 / SN 88213",
        "2,5",  # the decimal comma
        "Paket usaha mandiri.",
    ):
        assert value in text, value
    assert len(PdfReader(io.BytesIO(indonesian)).pages) == 1


def test_the_record_in_english() -> None:
    text = text_of(render_handover_record(RECORD, language="en", today=TODAY))
    for value in (
        "HANDOVER RECORD",
        "Number: BAST/0001/XI/2026",
        "On this day, Monday, day twenty-three of the month of November in the year two "
        "thousand twenty-six (23/11/2026)",
        "hereinafter called the FIRST PARTY",
        "hereinafter called the SECOND PARTY",
        "Mesin jahit Butterfly JH-8190",
        "1 piece",
        "2.5 metre",
        "Good",
        "Handed over by,",
        "Received by,",
        "( Dra. Sri Wahyuni, M.Pd. )",
        "( Siti Rahmawati & <Putri> )",
        "NIP 196805121990032001",
        "Printed on 24 November 2026",
        "Handover record · BAST/0001/XI/2026",
        "Page 1 of 1",
    ):
        assert value in text, value


def test_translations_reach_the_paper(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    ts = tmp_path / "pelita_id.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="id_ID">
        <context><name>documents</name>
        <message><source>HANDOVER RECORD</source>
            <translation>BERITA ACARA SERAH TERIMA</translation></message>
        <message><source>Number: {number}</source>
            <translation>Nomor: {number}</translation></message>
        <message><source>On this day, {weekday}, day {day} of the month of {month} in the year {year} ({date}), we the undersigned:</source>
            <translation>Pada hari ini {weekday} tanggal {day} bulan {month} tahun {year} ({date}), kami yang bertanda tangan di bawah ini:</translation></message>
        </context>
        <context><name>inventory</name>
        <message><source>Good</source><translation>Baik</translation></message>
        </context></TS>""",  # noqa: E501 - the source text must be the one in the code
        encoding="utf-8",
    )
    monkeypatch.setattr(language, "ts_file", lambda code: ts)
    text = text_of(render_handover_record(RECORD, today=TODAY))
    assert "BERITA ACARA SERAH TERIMA" in text and "Nomor: BAST/0001/XI/2026" in text
    assert (
        "Pada hari ini Senin tanggal dua puluh tiga bulan November tahun dua ribu dua puluh "
        "enam (23/11/2026)" in text
    )
    assert "Baik" in text


def test_many_things_and_long_notes_go_over_pages() -> None:
    lines = tuple(
        HandoverLine(f"Benang jahit warna {n}", "", "", 1000, Unit.ROLL, None) for n in range(60)
    )
    pdf = render_handover_record(replace(RECORD, lines=lines, notes="Catatan. " * 80))
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) >= 2
    text = text_of(pdf)
    assert all(f"Benang jahit warna {n}" in text for n in range(60))
    assert f"Halaman {len(pages)} dari {len(pages)}" in text or f"Page {len(pages)}" in text


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")
def test_nothing_is_drawn_in_the_side_margins(indonesian: bytes, tmp_path: Path) -> None:
    pdf = tmp_path / "bast.pdf"
    pdf.write_bytes(indonesian)
    dpi = 40
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), str(tmp_path / "p")], check=True
    )
    scale = dpi / 72
    left, right = int((LEFT - 3) * scale), int((RIGHT + 3) * scale) + 1
    for path in sorted(tmp_path.glob("p-*.png")):
        with Image.open(path) as opened:
            image = opened.convert("L")
            width, height = image.size
            for box in ((0, 0, left, height), (right, 0, width, height)):
                darkest = image.crop(box).getextrema()[0]
                assert isinstance(darkest, int) and darkest > 240, (path.name, box)
    shots = os.environ.get("PELITA_SHOTS")
    if shots:
        subprocess.run(
            ["pdftoppm", "-r", "80", "-png", str(pdf), f"{shots}/handover-record"], check=True
        )
