"""A sponsor's impact report as PDF and xlsx (desktop.documents.sponsor_impact_pdf and
sponsor_impact_xlsx), from a report made by hand: read back with pypdf and openpyxl, the
sponsor's logo as an image, figures in both languages, many cohorts over several pages, an
empty period, and pages rendered with pdftoppm for a person to look at."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from PIL import Image
from pypdf import PdfReader

from desktop.documents.intake_layout import LEFT, RIGHT
from desktop.documents.report_csv import write_impact_csv
from desktop.documents.sponsor_impact_parts import (
    CohortReached,
    Completion,
    Earmark,
    FollowUpOutcomes,
    ImpactReport,
    ItemGiven,
    ItemsGiven,
    LoanLine,
    MaterialLine,
    MoneyGiven,
    Reach,
)
from desktop.documents.sponsor_impact_pdf import render_impact_pdf
from desktop.documents.sponsor_impact_xlsx import write_impact_xlsx
from desktop.domain.centre import CentreProfile, InstitutionType
from desktop.domain.choices import AgeBand, Assistance
from desktop.domain.cohort import CohortStatus
from desktop.domain.inventory import Unit
from desktop.domain.sponsor import SponsorKind


def png(size: tuple[int, int], colour: tuple[int, int, int]) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "PNG")
    return buffer.getvalue()


CENTRE = CentreProfile(
    name="LKP Terampil Mandiri",
    institution_type=InstitutionType.LKP,
    address="Jl. Kaliurang Km 10\nSleman, DI Yogyakarta",
    code="LKPTM",
    logo_png=png((80, 80), (20, 60, 160)),
)
EMPTY_REACH = Reach(
    0, 0, 0, tuple((band, 0) for band in AgeBand), 0, 0, tuple((k, 0) for k in Assistance)
)


def cohort(number: int) -> CohortReached:
    return CohortReached(
        code=f"JHT-2026-{number:02d}",
        programme="Menjahit Pakaian Dasar & Busana Muslim",
        start_date=date(2026, 2, 2),
        end_date=date(2026, 9, 30),
        status=CohortStatus.FINISHED,
        sponsored=True,
        earmarked=number == 1,
        participants=20,
        completed=18,
        certificates=17,
    )


REPORT = ImpactReport(
    sponsor_name="PT Benang Emas & Sutra <Nusantara>",
    sponsor_kind=SponsorKind.COMPANY,
    logo_png=png((300, 100), (200, 30, 40)),
    start=date(2026, 1, 1),
    end=date(2026, 12, 31),
    today=date(2026, 11, 23),
    money=MoneyGiven(
        4,
        19_000_000,
        (
            Earmark("cohort", "PTM-2026-01", "Pertanian Modern", 1, 10_000_000),
            Earmark("programme", "Menjahit Pakaian Dasar", "", 1, 2_500_000),
            Earmark("general", "", "", 2, 6_500_000),
        ),
    ),
    items=ItemsGiven(
        1,
        9_000_000,
        (
            ItemGiven("Kain katun", Unit.METRE, 50_500, 2_000_000),
            ItemGiven("Mesin jahit", Unit.PIECE, 2_000, 7_000_000),
            ItemGiven("Benang", Unit.ROLL, 12_000, None),
        ),
    ),
    cohorts=tuple(cohort(n) for n in range(1, 31)),
    loans=(
        LoanLine("Mesin jahit", Unit.PIECE, "handover", 3, 3_000, 3, 0),
        LoanLine("Mesin jahit", Unit.PIECE, "loan", 4, 4_000, 4, 2),
    ),
    materials=(MaterialLine("Kain katun", Unit.METRE, 25_250),),
    reach=Reach(
        participants=123,
        male=40,
        female=83,
        by_age=(
            (AgeBand.UNDER_18, 3),
            (AgeBand.FROM_18, 30),
            (AgeBand.FROM_25, 40),
            (AgeBand.FROM_35, 25),
            (AgeBand.FROM_45, 20),
            (AgeBand.FROM_60, 5),
        ),
        with_disability=7,
        receiving_assistance=50,
        by_assistance=(
            (Assistance.PKH, 30),
            (Assistance.BPNT, 25),
            (Assistance.PBI_JK, 10),
            (Assistance.KIP, 2),
            (Assistance.PRAKERJA, 1),
        ),
    ),
    completion=Completion(completed=540, counted=600, ended_cohorts=30),
    certificates=510,
)
EMPTY = replace(
    REPORT,
    money=MoneyGiven(0, 0, ()),
    items=ItemsGiven(0, 0, ()),
    cohorts=(),
    loans=(),
    materials=(),
    reach=EMPTY_REACH,
    completion=Completion(0, 0, 0),
    certificates=0,
)


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def english() -> bytes:
    return render_impact_pdf(CENTRE, REPORT, language="en")


def test_the_report_in_english(english: bytes) -> None:
    pages = pages_text(english)
    assert len(pages) >= 3  # thirty cohorts do not fit on two
    text = flat("\n".join(pages))
    for expected in (
        "SPONSOR IMPACT REPORT",
        "PT Benang Emas & Sutra <Nusantara>",
        "Company (CSR) · From 1 January 2026 to 31 December 2026",
        "Money given Rp19.000.000",
        "Estimated value of items given Rp9.000.000",
        "Cohorts supported 30",
        "Participants reached 123",
        "Completion rate 90%",
        "Certificates issued 510",
        "Cohort PTM-2026-01 (Pertanian Modern) 1 Rp10.000.000",
        "Programme Menjahit Pakaian Dasar 1 Rp2.500.000",
        "The centre's work in general 2 Rp6.500.000",
        "Total 4 Rp19.000.000",
        "Kain katun 50.5 metre Rp2.000.000",
        "Mesin jahit 2 piece Rp7.000.000",
        "Total (contributions: 1) Rp9.000.000",
        "Mesin jahit Handed over for good 3 3 piece 3",
        "Mesin jahit Lent 4 4 piece 4 2",
        "Kain katun 25.25 metre",
        "Female 83 67.5%",
        "Under 18 3 2.4%",
        "With a disability 7 5.7%",
        "Without a disability 116 94.3%",
        "of whom: PKH (family hope programme) 30 24.4%",
        "Receives none 73 59.3%",
        "Cohorts ended by 23 November 2026 30",
        "No follow-up outcomes recorded yet.",
        "Figures only: this report holds no participant's name",
    ):
        assert expected in text, expected
    assert "Benang 12 roll" in text  # a value not given stays blank
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "Printed on 23 November 2026" in page


def test_the_report_in_indonesian() -> None:
    text = flat("\n".join(pages_text(render_impact_pdf(CENTRE, REPORT, language="id"))))
    assert "1 Januari 2026" in text and "31 Desember 2026" in text
    assert "50,5 meter" in text and "2 buah" in text and "25,25 meter" in text
    assert "67,5%" in text and "Rp19.000.000" in text


def test_the_logos_are_images_and_the_fonts_embedded(english: bytes) -> None:
    first = PdfReader(io.BytesIO(english)).pages[0]
    sizes = sorted(image.image.size for image in first.images)
    assert sizes == [(80, 80), (300, 100)]  # the centre's letterhead, the sponsor's
    without = render_impact_pdf(CENTRE, replace(REPORT, logo_png=None), language="en")
    assert len(PdfReader(io.BytesIO(without)).pages[0].images) == 1
    broken = render_impact_pdf(CENTRE, replace(REPORT, logo_png=b"not a png"), language="en")
    assert "SPONSOR IMPACT REPORT" in pages_text(broken)[0]
    for page in PdfReader(io.BytesIO(english)).pages:
        for font in page["/Resources"]["/Font"].values():
            assert font.get_object()["/Subtype"] == "/TrueType"


def test_an_empty_period_says_so() -> None:
    pages = pages_text(render_impact_pdf(CENTRE, EMPTY, language="en"))
    text = flat("\n".join(pages))
    assert len(pages) <= 2
    assert "Nothing was recorded for this sponsor in this period." in text
    assert text.count("None in this period.") == 6  # money … participants reached
    assert "Completion rate —" in text and "No follow-up outcomes recorded yet." in text


OUTCOMES = FollowUpOutcomes(
    months=6,
    reached=40,
    working=22,
    in_business=10,
    uses_skill=30,
    income_known=35,
    median_income_change=750_000,
)


def test_follow_up_outcomes_once_recorded() -> None:
    found = replace(REPORT, follow_up=OUTCOMES)
    text = flat("\n".join(pages_text(render_impact_pdf(CENTRE, found, language="en"))))
    assert "Outcome Number Share" in text
    assert "Reached by phone 6 months after the end 40" in text
    assert "Working (formal or informal) 22 55%" in text
    assert "Running a business 10 25%" in text
    assert "Uses the skill learned 30 75%" in text
    assert "Median change in monthly income Rp750.000" in text
    assert "over the 35 people who said both" in text
    assert "No follow-up outcomes recorded yet." not in text
    indonesian = flat("\n".join(pages_text(render_impact_pdf(CENTRE, found, language="id"))))
    assert "Rp750.000" in indonesian and "55%" in indonesian


def test_follow_up_outcomes_in_the_xlsx() -> None:
    found = replace(REPORT, follow_up=replace(OUTCOMES, median_income_change=-250_000))
    book = load_workbook(io.BytesIO(write_impact_xlsx(found, language="en")))
    rows = [
        [cell for cell in row if cell is not None]
        for row in book["Follow-up"].iter_rows(min_row=6, values_only=True)
    ]
    assert rows[0] == ["Outcome", "Number", "Share"]
    assert rows[1:6] == [
        ["Reached by phone 6 months after the end", 40],
        ["Working (formal or informal)", 22, 0.55],
        ["Running a business", 10, 0.25],
        ["Uses the skill learned", 30, 0.75],
        ["Median change in monthly income", -250_000],
    ]


def test_follow_up_outcomes_in_the_csv() -> None:
    data = write_impact_csv(replace(REPORT, follow_up=OUTCOMES), language="en")
    text = data.decode("utf-8-sig")
    assert "Outcome;Number;Share (%)\r\nReached by phone 6 months after the end;40;\r\n" in text
    assert "Working (formal or informal);22;55.0\r\n" in text
    assert "Median change in monthly income;750000;\r\n" in text
    assert "No follow-up outcomes recorded yet." not in text


def test_an_unknown_income_change_is_a_dash() -> None:
    found = replace(REPORT, follow_up=replace(OUTCOMES, income_known=0, median_income_change=None))
    text = flat("\n".join(pages_text(render_impact_pdf(CENTRE, found, language="en"))))
    assert "Median change in monthly income —" in text
    assert "over the 0 people who said both" in text


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")
def test_the_pages_as_a_person_sees_them(english: bytes, tmp_path: Path) -> None:
    """Nothing in the side margins; PELITA_SHOTS keeps the pages to look at."""
    pdf = tmp_path / "impact.pdf"
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
                assert image.crop(box).getextrema()[0] > 240, (path.name, box)
    shots = os.environ.get("PELITA_SHOTS")
    if shots:
        subprocess.run(
            ["pdftoppm", "-r", "70", "-png", str(pdf), f"{shots}/sponsor-impact"], check=True
        )
        empty = tmp_path / "empty.pdf"
        empty.write_bytes(render_impact_pdf(CENTRE, EMPTY, language="id"))
        subprocess.run(
            ["pdftoppm", "-r", "70", "-png", str(empty), f"{shots}/sponsor-impact-empty"],
            check=True,
        )


# -- the workbook -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def book() -> Any:
    data = write_impact_xlsx(REPORT, language="en", centre_name=CENTRE.name)
    return load_workbook(io.BytesIO(data))


def test_a_sheet_per_section(book: Any) -> None:
    names = book.sheetnames
    assert names == [
        "Summary",
        "Money",
        "Items",
        "Cohorts",
        "Loans",
        "Materials",
        "Participants",
        "Results",
        "Follow-up",
    ]
    summary = book["Summary"]
    assert summary["A1"].value == "LKP Terampil Mandiri"
    assert summary["A2"].value == (
        "Sponsor impact report: PT Benang Emas & Sutra <Nusantara> (Company (CSR))"
    )
    assert summary["A3"].value == "From 1 January 2026 to 31 December 2026"
    assert summary["A6"].value == "Figure" and summary["A6"].font.bold
    assert summary.freeze_panes == "A7"


def test_money_dates_shares_and_quantities_are_numbers(book: Any) -> None:
    money = book["Money"]
    rows = list(money.iter_rows(min_row=7, values_only=True))
    assert rows == [
        ("Cohort PTM-2026-01 (Pertanian Modern)", 1, 10_000_000),
        ("Programme Menjahit Pakaian Dasar", 1, 2_500_000),
        ("The centre's work in general", 2, 6_500_000),
        ("Total", 4, 19_000_000),
    ]
    assert money["C7"].number_format == '"Rp "#,##0' and money["A10"].font.bold
    cohorts = book["Cohorts"]
    assert cohorts["C7"].value == datetime(2026, 2, 2)
    assert cohorts["C7"].number_format == "dd/mm/yyyy"
    assert [c.value for c in cohorts[7]][4:] == [20, 18, 17]
    assert cohorts.max_row == 6 + 30
    items = book["Items"]
    assert (items["B7"].value, items["B7"].number_format) == (50.5, '#,##0.0## "metre"')
    assert (items["B8"].value, items["B8"].number_format) == (2, '#,##0 "piece"')
    assert items["C9"].value is None  # no value given for the thread
    reach = book["Participants"]
    assert [c.value for c in reach[7]] == ["Participants reached", 123, 1]
    assert reach["A8"].value == "Sex" and reach["A8"].font.bold
    assert reach["C10"].value == pytest.approx(83 / 123) and reach["C10"].number_format == "0.0%"
    results = book["Results"]
    assert [c.value for c in results[10]] == ["Completion rate", 0.9]


def test_widths_fit_the_content(book: Any) -> None:
    cohorts = book["Cohorts"]
    width = cohorts.column_dimensions["B"].width
    assert len("Menjahit Pakaian Dasar & Busana Muslim") <= width <= 60


def test_an_empty_workbook_says_so() -> None:
    empty = load_workbook(io.BytesIO(write_impact_xlsx(EMPTY, language="en")))
    summary_text = [c for row in empty["Summary"].values for c in row if c]
    assert "Nothing was recorded for this sponsor in this period." in summary_text
    assert empty["Money"]["A7"].value == "None in this period."
    assert empty["Follow-up"]["A7"].value == "No follow-up outcomes recorded yet."
    assert empty["Results"]["B10"].value is None  # a rate with nothing to divide by


def test_a_name_like_a_formula_stays_text() -> None:
    odd = replace(
        REPORT,
        sponsor_name='=HYPERLINK("http://x")',
        items=ItemsGiven(1, 5, (ItemGiven("=1+1", Unit.PIECE, 1_000, 5),)),
    )
    book = load_workbook(io.BytesIO(write_impact_xlsx(odd, language="en")))
    cell = book["Items"]["A7"]
    assert (cell.value, cell.data_type) == ("=1+1", "s")
    assert book["Items"]["A1"].data_type == "s"
