"""The government report as PDF and xlsx (desktop.documents.government_report_pdf and
government_report_xlsx), from a report made by hand: read back with pypdf and openpyxl, the
figures in both languages, the two-row header, many programmes and regencies over several
pages, names that look like markup or formulas, an empty period, the signature block, and the
pages rendered with pdftoppm for a person to look at."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from PIL import Image
from pypdf import PdfReader

from desktop.documents.government_report_parts import GovernmentReport, ProgrammeLine, RegencyLine
from desktop.documents.government_report_pdf import LEFT, RIGHT, render_government_pdf
from desktop.documents.government_report_xlsx import write_government_xlsx
from desktop.documents.sponsor_impact_parts import Completion, Reach
from desktop.domain.centre import CentreProfile, InstitutionType
from desktop.domain.choices import AgeBand, Assistance


def png(size: tuple[int, int], colour: tuple[int, int, int]) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "PNG")
    return buffer.getvalue()


CENTRE = CentreProfile(
    name="LKP Terampil Mandiri",
    institution_type=InstitutionType.LKP,
    address="Jl. Kaliurang Km 10\nSleman, DI Yogyakarta",
    head_name="Dra. Sri Wahyuni, M.Pd.",
    head_title="Kepala LKP Terampil Mandiri",
    head_nip="197003152000032001",
    code="LKPTM",
    logo_png=png((80, 80), (20, 60, 160)),
)


def reach(people: int, male: int, disabled: int, ages: tuple[int, ...]) -> Reach:
    assert sum(ages) == people
    return Reach(
        participants=people,
        male=male,
        female=people - male,
        by_age=tuple(zip(AgeBand, ages, strict=True)),
        with_disability=disabled,
        receiving_assistance=0,
        by_assistance=tuple((kind, 0) for kind in Assistance),
    )


SEWING = ProgrammeLine(
    programme="Menjahit Pakaian Dasar & Busana <Muslim>",
    cohorts=3,
    reach=reach(1234, 34, 12, (4, 230, 500, 300, 150, 50)),
    completed=1100,
    dropped=90,
    failed=44,
    completion=Completion(completed=1100, counted=1234, ended_cohorts=3),
    certificates=1099,
)
FARMING = ProgrammeLine(
    programme="=SUM(A1:A9)",  # a name that looks like a formula stays text
    cohorts=1,
    reach=reach(20, 7, 0, (0, 1, 8, 5, 2, 4)),
    completed=0,
    dropped=0,
    failed=0,
    completion=Completion(completed=0, counted=0, ended_cohorts=0),
    certificates=0,
)
TOTAL = ProgrammeLine(
    programme="",
    cohorts=4,
    reach=reach(1250, 40, 12, (4, 231, 506, 305, 152, 52)),
    completed=1100,
    dropped=90,
    failed=44,
    completion=Completion(completed=1100, counted=1234, ended_cohorts=3),
    certificates=1099,
)
REPORT = GovernmentReport(
    start=date(2026, 1, 1),
    end=date(2026, 12, 31),
    today=date(2027, 1, 15),
    programme="",
    place="Sleman",
    programmes=(SEWING, FARMING),
    total=TOTAL,
    regencies=(
        RegencyLine("Kabupaten Sleman", 1000, 30, 970, 10),
        RegencyLine("Kota Yogyakarta", 200, 8, 192, 2),
        RegencyLine("", 50, 2, 48, 0),
    ),
)
EMPTY = replace(
    REPORT,
    programmes=(),
    regencies=(),
    total=replace(
        TOTAL,
        cohorts=0,
        reach=reach(0, 0, 0, (0,) * 6),
        completed=0,
        dropped=0,
        failed=0,
        completion=Completion(0, 0, 0),
        certificates=0,
    ),
)


def pages_text(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def english() -> bytes:
    return render_government_pdf(CENTRE, REPORT, language="en")


# -- the PDF ------------------------------------------------------------------------------------


def test_the_title_the_table_and_its_total(english: bytes) -> None:
    pages = pages_text(english)
    assert len(pages) == 2  # the report and its signature; the annex
    text = flat(pages[0])
    assert "LKP Terampil Mandiri" in text and "Jl. Kaliurang Km 10" in text  # the letterhead
    assert "TRAINING REPORT FOR THE PERIOD 1 January 2026 – 31 December 2026" in text
    assert "All programmes" in text and "Participants trained per programme" in text
    for header in ("Sex", "Age at the start", "Disability", "Result", "Under 18", "60 and over"):
        assert header in text, header
    # Sewing: 1,234 people, 34 men, 1,200 women, by age, 12 with a disability, results.
    assert (
        "1 Menjahit Pakaian Dasar & Busana <Muslim> 3 1,234 34 1,200 4 230 500 300 150 50 12 "
        "1,222 1,100 90 44 89.1% 1,099" in text
    )
    assert "2 =SUM(A1:A9) 1 20 7 13 0 1 8 5 2 4 0 20 0 0 0 — 0" in text
    assert (
        "Total (each person once) 4 1,250 40 1,210 4 231 506 305 152 52 12 1,238 1,100 90 44 "
        "89.1% 1,099" in text
    )


def test_the_notes_the_signature_and_the_annex(english: bytes) -> None:
    report, annex = (flat(page) for page in pages_text(english))
    assert "Annex: Participants by regency or city of residence" in annex
    assert "1 Kabupaten Sleman 1,000 30 970 10" in annex
    assert "3 Not recorded 50 2 48 0" in annex
    assert "Total (each person once) 1,250 40 1,210 12" in annex
    assert "Residence as recorded in the participant's registration" in annex
    assert "TRAINING REPORT FOR THE PERIOD" in annex and "Page 2 of 2" in annex
    text = report
    assert "Kabupaten Sleman" not in text
    assert "that had ended by 15 January 2027" in text
    assert "so the rows may add up to more than the total" in text
    assert "Figures only: this report holds no participant's name" in text
    assert "Sleman, 15 January 2027" in text
    assert "Kepala LKP Terampil Mandiri" in text and "Dra. Sri Wahyuni, M.Pd." in text
    assert "NIP 197003152000032001" in text
    assert "Page 1 of 2" in text and "Printed on 15 January 2027" in text


def test_in_indonesian() -> None:
    text = flat(pages_text(render_government_pdf(CENTRE, REPORT, language="id"))[0])
    assert "1 Januari 2026 – 31 Desember 2026" in text
    assert "1.234" in text and "89,1%" in text  # Indonesian number and percent
    assert "Sleman, 15 Januari 2027" in text and "Halaman 1 dari 2" in text


def test_one_programme_and_no_signer_yet() -> None:
    unsigned = replace(CENTRE, head_name="", head_title="", head_nip="")
    report = replace(REPORT, programme=SEWING.programme, programmes=(SEWING,), place="")
    text = flat(pages_text(render_government_pdf(unsigned, report, language="en"))[0])
    assert "Programme: Menjahit Pakaian Dasar & Busana <Muslim>" in text
    assert "Head of the centre" in text and "NIP" not in text
    assert "15 January 2027 Head of the centre" in text  # no place: the date alone


def test_many_programmes_go_on_over_pages_with_their_header() -> None:
    many = tuple(replace(SEWING, programme=f"Program Pelatihan Nomor {n:03d}") for n in range(60))
    data = render_government_pdf(
        CENTRE, replace(REPORT, programmes=many, regencies=()), language="en"
    )
    pages = pages_text(data)
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
    for page in pages[1:]:  # the title above, the header repeated
        assert "TRAINING REPORT FOR THE PERIOD" in flat(page)
    assert sum("Age at the start" in page for page in pages) >= 2
    assert "Program Pelatihan Nomor 059" in flat("".join(pages))
    assert "Dra. Sri Wahyuni, M.Pd." in pages[-1] and "Annex" not in "".join(pages)


def test_an_empty_period_says_so() -> None:
    pages = pages_text(render_government_pdf(CENTRE, EMPTY, language="en"))
    text = flat(pages[0])
    assert len(pages) == 1 and "No cohort ran in this period." in text
    assert "Participants trained per programme" not in text
    assert "Dra. Sri Wahyuni, M.Pd." in text  # still signed


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")
def test_the_pages_as_a_person_sees_them(english: bytes, tmp_path: Path) -> None:
    """Landscape, nothing in the side margins; PELITA_SHOTS keeps the pages to look at."""
    pdf = tmp_path / "dinas.pdf"
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
            assert width > height  # landscape
            for box in ((0, 0, left, height), (right, 0, width, height)):
                assert image.crop(box).getextrema()[0] > 240, (path.name, box)
    shots = os.environ.get("PELITA_SHOTS")
    if shots:
        subprocess.run(
            ["pdftoppm", "-r", "80", "-png", str(pdf), f"{shots}/government-report"], check=True
        )
        empty = tmp_path / "empty.pdf"
        empty.write_bytes(render_government_pdf(CENTRE, EMPTY, language="id"))
        subprocess.run(
            ["pdftoppm", "-r", "60", "-png", str(empty), f"{shots}/government-report-empty"],
            check=True,
        )


# -- the workbook -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def book() -> Any:
    data = write_government_xlsx(REPORT, language="en", centre_name=CENTRE.name)
    return load_workbook(io.BytesIO(data))


def test_a_sheet_each(book: Any) -> None:
    assert book.sheetnames == ["Programmes", "Regencies"]
    sheet = book["Programmes"]
    assert [sheet.cell(row=row, column=1).value for row in range(1, 5)] == [
        "LKP Terampil Mandiri",
        "TRAINING REPORT FOR THE PERIOD 1 January 2026 – 31 December 2026",
        "All programmes",
        "Participants trained per programme",
    ]


def test_the_programmes_header(book: Any) -> None:
    sheet = book["Programmes"]
    groups = {str(cells): sheet[str(cells).split(":")[0]].value for cells in sheet.merged_cells}
    assert groups == {
        "E6:F6": "Sex",
        "G6:L6": "Age at the start",
        "M6:N6": "Disability",
        "O6:R6": "Result",
    }
    names = [cell.value for cell in sheet[7]]
    assert names == [
        "No.", "Programme", "Cohorts", "Participants", "M", "F", "Under 18", "18–24", "25–34",
        "35–44", "45–59", "60 and over", "With", "Without", "Completed", "Dropped out",
        "Not passed", "Completion rate", "Certificates issued",
    ]  # fmt: skip
    assert all(cell.font.b for cell in sheet[7])
    assert sheet.freeze_panes == "C8"
    assert sheet.auto_filter.ref == "A7:S9"  # the programmes, not the total under them
    assert sheet.column_dimensions["B"].width >= len(SEWING.programme)


def test_figures_are_numbers(book: Any) -> None:
    sheet = book["Programmes"]
    sewing = [cell.value for cell in sheet[8]]
    assert sewing == [
        1, SEWING.programme, 3, 1234, 34, 1200, 4, 230, 500, 300, 150, 50, 12, 1222, 1100, 90,
        44, pytest.approx(1100 / 1234), 1099,
    ]  # fmt: skip
    assert sheet["D8"].number_format == "#,##0" and sheet["R8"].number_format == "0.0%"
    farming = sheet[9]
    assert farming[1].value == "=SUM(A1:A9)" and farming[1].data_type == "s"
    assert farming[17].value is None  # no rate: nothing had ended
    total = [cell.value for cell in sheet[10]]
    assert total[:4] == [None, "Total (each person once)", 4, 1250]
    assert all(cell.font.b for cell in sheet[10][1:])
    notes = [sheet.cell(row=row, column=1).value for row in range(12, 16)]
    assert notes[0].startswith("Cohorts: those whose dates overlap the period.")
    assert notes[-1].startswith("Figures only:")


def test_the_regencies_sheet(book: Any) -> None:
    sheet = book["Regencies"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=6, max_row=10)]
    assert rows == [
        ["No.", "Regency or city", "Participants", "M", "F", "With a disability"],
        [1, "Kabupaten Sleman", 1000, 30, 970, 10],
        [2, "Kota Yogyakarta", 200, 8, 192, 2],
        [3, "Not recorded", 50, 2, 48, 0],
        [None, "Total (each person once)", 1250, 40, 1210, 12],
    ]
    assert sheet.freeze_panes == "C7" and sheet.auto_filter.ref == "A6:F9"


def test_the_workbook_in_indonesian() -> None:
    book = load_workbook(io.BytesIO(write_government_xlsx(REPORT, language="id")))
    sheet = book.worksheets[0]
    assert "1 Januari 2026 – 31 Desember 2026" in sheet["A1"].value  # no centre: title first
    assert [sheet.cell(row=7, column=n).value for n in (5, 6)] == ["L", "P"]


def test_an_empty_workbook_says_so() -> None:
    book = load_workbook(io.BytesIO(write_government_xlsx(EMPTY, language="en")))
    for sheet in book.worksheets:
        values = [cell.value for row in sheet.iter_rows() for cell in row if cell.value]
        assert "No cohort ran in this period." in values
        assert sheet.auto_filter.ref is None
