"""The stock-take count sheet, read back from real PDFs: the place and the day, every item with
its tag, unit and expected quantity over pages with the header on each, blank rows to write
in, signature lines, the language, and nothing outside the margins."""

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

from desktop.documents.count_sheet import CountLine, CountSheet, render_count_sheet
from desktop.documents.intake_layout import LEFT, RIGHT
from desktop.domain.centre import CentreProfile, InstitutionType
from desktop.domain.inventory import ItemKind, Unit

CENTRE = CentreProfile(
    name="LKP Terampil Mandiri",
    institution_type=InstitutionType.LKP,
    address="Jl. Kaliurang Km 10\nSleman, DI Yogyakarta",
    code="LKPTM",
)
LONG = "Mesin jahit industri high speed Juki DDL-8700 dengan meja dan motor servo hemat listrik"


def _lines(count: int) -> tuple[CountLine, ...]:
    lines = []
    for n in range(count):
        machine = n % 3 == 0
        lines.append(
            CountLine(
                item_id=n + 1,
                kind=ItemKind.EQUIPMENT if machine else ItemKind.CONSUMABLE,
                name=LONG if n == 4 else (f"Mesin jahit {n}" if machine else f"Kain & <katun> {n}"),
                asset_tag=f"INV-{n:05d}" if machine else "",
                serial_number="",
                unit=Unit.PIECE if machine else Unit.METRE,
                expected_milli=1000 if machine else 12_500 + n,
            )
        )
    return tuple(lines)


SHEET = CountSheet(
    centre_name="LKP Terampil Mandiri",
    location_id=3,
    location_label="Gudang (Cabang Sleman)",
    printed_on=date(2026, 11, 23),
    lines=_lines(60),
)


def pages_text(pdf: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


@pytest.fixture(scope="module")
def english() -> bytes:
    return render_count_sheet(CENTRE, SHEET, language="en")


def test_the_place_the_day_and_the_columns(english: bytes) -> None:
    first = pages_text(english)[0]
    for value in (
        "LKP Terampil Mandiri",
        "STOCK-TAKE COUNT SHEET",
        "Location Gudang (Cabang Sleman)",
        "Expected as of 23 November 2026",
        "Counted on",
        "No. Item Asset tag Unit Expected Counted Notes",
        "1 Mesin jahit 0 INV-00000 piece 1",
        "2 Kain & <katun> 1 metre 12.501",  # markup characters as typed, three decimals
    ):
        assert value in first, value


def test_every_item_over_pages_with_the_header_and_signatures(english: bytes) -> None:
    pages = pages_text(english)
    assert len(pages) >= 2
    text = " ".join(pages)
    compact = "".join(text.split())
    assert "".join(LONG.split()) in compact  # wrapped in its cell, never cut
    for line in SHEET.lines:
        assert "".join(line.name.split()) in compact, line.name
    for number, page in enumerate(pages, start=1):
        assert "No. Item Asset tag Unit Expected Counted Notes" in page
        assert f"Page {number} of {len(pages)}" in page
        assert "Stock-take count sheet · Gudang (Cabang Sleman)" in page
    assert "Counted by," in pages[-1] and "Checked by," in pages[-1]
    assert "Jl. Kaliurang" not in " ".join(pages[1:])  # the letterhead only on the first page


def test_indonesian_numbers_and_an_empty_place() -> None:
    text = " ".join(pages_text(render_count_sheet(CENTRE, SHEET, language="id")))
    assert "12,501" in text and "23 November 2026" in text
    empty = pages_text(render_count_sheet(CENTRE, replace(SHEET, lines=()), language="en"))
    assert len(empty) == 1
    assert "The ledger has nothing at this place." in empty[0]
    assert "Counted by," in empty[0]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")
def test_nothing_is_drawn_in_the_side_margins(english: bytes, tmp_path: Path) -> None:
    pdf = tmp_path / "count.pdf"
    pdf.write_bytes(english)
    dpi = 40
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), str(tmp_path / "p")], check=True
    )
    images = sorted(tmp_path.glob("p-*.png"))
    assert len(images) == len(pages_text(english))
    scale = dpi / 72
    left, right = int((LEFT - 3) * scale), int((RIGHT + 3) * scale) + 1
    for path in images:
        with Image.open(path) as opened:
            image = opened.convert("L")
            width, height = image.size
            for box in ((0, 0, left, height), (right, 0, width, height)):
                darkest = image.crop(box).getextrema()[0]
                assert isinstance(darkest, int) and darkest > 240, (path.name, box)
    shots = os.environ.get("PELITA_SHOTS")
    if shots:
        subprocess.run(
            ["pdftoppm", "-r", "80", "-png", str(pdf), f"{shots}/count-sheet"], check=True
        )
