"""The sponsor impact report and the government report as CSV, through their services on
SQLite and PostgreSQL (the worlds of tests.services.test_sponsor_impact and
test_government_report): read back with Python's csv module in the house dialect (UTF-8 with
a BOM, ";", CRLF, as desktop.documents.participants_sheet.write_sheet_csv writes), a block per
section holding the very figures of the xlsx written from the same report, rupiah as whole
numbers, shares as percent; no participant's name, NIK, phone or address; audited as "csv";
another suffix refused and a cancel leaving no file."""

from __future__ import annotations

import csv
import io
import re
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from openpyxl.worksheet.worksheet import Worksheet  # type: ignore[import-untyped]
from sqlalchemy import select

from desktop.documents.sponsor_impact_xlsx import FIRST_ROW, SHARE_FORMAT
from desktop.domain.errors import ValidationError
from desktop.services.context import Actor
from desktop.services.government_report import write_government_report
from desktop.services.sponsor_impact import ReportCancelled, write_impact_report
from desktop.store.database import Database
from desktop.store.models import AuditEntry
from tests.services import test_government_report as dinas
from tests.services import test_sponsor_impact as impact

BOM = b"\xef\xbb\xbf"
UNIT = {"id": "Satuan", "en": "Unit"}
Block = tuple[str, list[str], list[list[str]]]  # title, header, rows


def read_csv(path: Path) -> list[list[str]]:
    """The file as the house writes it: a BOM, CRLF after every row, ";" between values."""
    raw = path.read_bytes()
    assert raw.startswith(BOM) and raw.endswith(b"\r\n")
    assert b"\n" not in raw.replace(b"\r\n", b"")  # no bare line feeds: every row ends CRLF
    text = raw.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def blocks(rows: list[list[str]]) -> tuple[list[str], list[Block]]:
    """The head's lines and the sections: title, header, rows, each block ended by an empty
    row."""
    parts: list[list[list[str]]] = [[]]
    for row in rows:
        if row:
            parts[-1].append(row)
        else:
            parts.append([])
    assert parts[-1] == []  # the last block ends with its empty row too
    head, *sections = parts[:-1]
    assert all(len(line) == 1 for line in head)
    found = []
    for section in sections:
        (title,), header, *data = section
        assert all(len(line) == len(header) for line in data), title
        found.append((title, header, data))
    return [line[0] for line in head], found


def number(text: str, language: str) -> Decimal:
    """A figure as the CSV writes it: digits, the language's decimal mark, nothing else."""
    mark = "," if language == "id" else "."
    assert re.fullmatch(rf"-?\d+(\{mark}\d+)?", text), text
    return Decimal(text.replace(",", "."))


def same(xlsx: object, form: str, text: str, language: str) -> None:
    """The CSV's `text` says what the xlsx cell (its value and number format) holds."""
    if xlsx is None:
        assert text == ""
    elif isinstance(xlsx, str):
        assert text in (xlsx, xlsx + " (%)")
    elif isinstance(xlsx, datetime):
        assert text == xlsx.strftime("%d/%m/%Y")
    elif form == SHARE_FORMAT:
        assert number(text, language) == Decimal(f"{xlsx * 100:.1f}")
    else:
        assert isinstance(xlsx, int | float)
        assert number(text, language) == Decimal(str(xlsx))


def without_units(
    header: list[str], rows: list[list[str]], language: str
) -> tuple[list[str], list[list[str]]]:
    """The CSV's header and rows less its unit columns (the xlsx has the unit in the format)."""
    keep = [i for i, name in enumerate(header) if name != UNIT[language]]
    return [header[i] for i in keep], [[row[i] for i in keep] for row in rows]


def xlsx_row(sheet: Worksheet, row: int, width: int) -> list[tuple[object, str]]:
    return [
        (sheet.cell(row, column).value, sheet.cell(row, column).number_format)
        for column in range(1, width + 1)
    ]


# -- the sponsor impact report ---------------------------------------------------------------------


@pytest.fixture
def sponsor_world(demo_db: Database, admin: Actor) -> impact.World:
    demo_db.clock = lambda: impact.NOW
    return impact.build_world(demo_db, admin)


def write_impact(
    db: Database, admin: Actor, world: impact.World, path: Path, language: str
) -> None:
    write_impact_report(
        db,
        admin,
        world.sponsor_id,
        impact.START,
        impact.END,
        path,
        language=language,
        today=impact.TODAY,
    )


@pytest.mark.parametrize("language", ["id", "en"])
def test_the_impact_report_as_csv_holds_the_xlsx_figures(
    demo_db: Database, admin: Actor, sponsor_world: impact.World, tmp_path: Path, language: str
) -> None:
    write_impact(demo_db, admin, sponsor_world, tmp_path / "dampak.csv", language)
    write_impact(demo_db, admin, sponsor_world, tmp_path / "dampak.xlsx", language)
    head, sections = blocks(read_csv(tmp_path / "dampak.csv"))
    book = load_workbook(tmp_path / "dampak.xlsx")
    title_lines = [book.worksheets[0].cell(row, 1).value for row in range(1, 4)]
    assert head == title_lines and impact.SPONSOR in head[1]
    assert len(sections) == len(book.worksheets) == 9
    for (title, header, rows), sheet in zip(sections, book.worksheets, strict=True):
        assert title == sheet.cell(4, 1).value
        header, rows = without_units(header, rows, language)
        assert [name.removesuffix(" (%)") for name in header] == [
            sheet.cell(FIRST_ROW, column).value for column in range(1, len(header) + 1)
        ]
        for offset, line in enumerate(rows, start=1):
            for text, (value, form) in zip(
                line, xlsx_row(sheet, FIRST_ROW + offset, len(header)), strict=True
            ):
                same(value, form, text, language)
    by_title = {title: (header, rows) for title, header, rows in sections}
    summary = by_title[book.worksheets[0].cell(4, 1).value][1]
    assert summary[0][1] == "19000000"  # money given: whole rupiah, no separators, no "Rp"
    items = by_title[book.worksheets[2].cell(4, 1).value]
    assert items[0][2] == UNIT[language]  # the quantity's unit in the column after it
    assert items[1][0][1:3] == [
        "50,5" if language == "id" else "50.5",
        "meter" if language == "id" else "metre",
    ]
    reach_header, reach = by_title[book.worksheets[6].cell(4, 1).value]
    assert reach_header[-1].endswith(" (%)") and reach[0][-1] == (
        "100,0" if language == "id" else "100.0"
    )
    rate = next(row for row in summary if row[0].endswith(" (%)"))  # a share among counts
    assert rate[1] == ("50,0" if language == "id" else "50.0")


def test_the_impact_csv_holds_no_personal_data_and_is_audited(
    demo_db: Database, admin: Actor, sponsor_world: impact.World, tmp_path: Path
) -> None:
    path = tmp_path / "dampak.csv"
    write_impact(demo_db, admin, sponsor_world, path, "id")
    text = path.read_bytes().decode("utf-8-sig")
    flat = "".join(text.split())
    assert impact.SPONSOR in text
    for personal in sponsor_world.personal():
        assert personal not in text and "".join(personal.split()) not in flat, personal
    assert not list(tmp_path.glob(".*.part"))
    with demo_db.sessions() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "sponsor.report")
        ).one()
    assert entry.after is not None and entry.after["format"] == "csv"


def test_an_impact_report_of_another_kind_or_cancelled_leaves_no_file(
    demo_db: Database, admin: Actor, sponsor_world: impact.World, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(ValidationError) as refused:
        write_impact_report(
            demo_db, admin, sponsor_world.sponsor_id, impact.START, impact.END, folder / "r.ods"
        )
    assert refused.value.field == "file"
    assert refused.value.english() == "Choose a file name ending in .pdf, .xlsx or .csv."
    steps: list[tuple[int, int]] = []
    with pytest.raises(ReportCancelled):
        write_impact_report(
            demo_db, admin, sponsor_world.sponsor_id, impact.START, impact.END, folder / "r.csv",
            progress=lambda done, total: steps.append((done, total)),
            cancelled=lambda: len(steps) == 2,
        )  # fmt: skip
    assert steps == [(1, 3), (2, 3)] and not list(folder.iterdir())


# -- the government report ---------------------------------------------------------------------


@pytest.fixture
def dinas_world(demo_db: Database, admin: Actor) -> dinas.World:
    demo_db.clock = lambda: dinas.NOW
    return dinas.build_world(demo_db, admin)


def write_dinas(db: Database, admin: Actor, path: Path, language: str) -> None:
    write_government_report(
        db, admin, dinas.START, dinas.END, path, language=language, today=dinas.TODAY
    )


def xlsx_headers(sheet: Worksheet, header_row: int) -> tuple[list[str], int]:
    """The table's header as one row (a group merged over its columns put in front of each
    column's name, "Sex: L") and the row of the columns' names."""
    grouped = any(r.min_row == header_row for r in sheet.merged_cells.ranges)
    names_row = header_row + grouped
    names = []
    column = 1
    while sheet.cell(names_row, column).value is not None:
        name = sheet.cell(names_row, column).value
        for merged in sheet.merged_cells.ranges:
            if merged.min_row == header_row and merged.min_col <= column <= merged.max_col:
                name = f"{sheet.cell(header_row, merged.min_col).value}: {name}"
        names.append(name)
        column += 1
    return names, names_row


@pytest.mark.parametrize("language", ["id", "en"])
def test_the_government_report_as_csv_holds_the_xlsx_figures(
    demo_db: Database, admin: Actor, dinas_world: dinas.World, tmp_path: Path, language: str
) -> None:
    write_dinas(demo_db, admin, tmp_path / "dinas.csv", language)
    write_dinas(demo_db, admin, tmp_path / "dinas.xlsx", language)
    head, sections = blocks(read_csv(tmp_path / "dinas.csv"))
    book = load_workbook(tmp_path / "dinas.xlsx")
    assert head == [book.worksheets[0].cell(row, 1).value for row in range(1, 4)]
    assert len(sections) == len(book.worksheets) == 2
    for (title, header, rows), sheet in zip(sections, book.worksheets, strict=True):
        assert title == sheet.cell(4, 1).value
        names, names_row = xlsx_headers(sheet, 6)
        assert [name.removesuffix(" (%)") for name in header] == names
        assert len(rows) >= 3
        for offset, line in enumerate(rows, start=1):
            for text, (value, form) in zip(
                line, xlsx_row(sheet, names_row + offset, len(names)), strict=True
            ):
                same(value, form, text, language)
    programmes = sections[0]
    assert programmes[1][-2].endswith(" (%)")  # the completion rate
    sewing = next(row for row in programmes[2] if row[1] == dinas.SEWING)
    assert sewing[-2] == ("57,1" if language == "id" else "57.1")  # 4 of 7 places completed
    regencies = {row[1]: row for row in sections[1][2]}
    assert regencies["Kabupaten Cianjur"][2] == "3"


def test_the_government_csv_holds_no_personal_data_and_is_audited(
    demo_db: Database, admin: Actor, dinas_world: dinas.World, tmp_path: Path
) -> None:
    path = tmp_path / "dinas.csv"
    write_dinas(demo_db, admin, path, "en")
    text = path.read_bytes().decode("utf-8-sig")
    flat = "".join(text.split())
    assert dinas.SEWING in text and "Kabupaten Cianjur" in text
    for personal in dinas.World.personal():
        assert personal not in text and "".join(personal.split()) not in flat, personal
    with demo_db.sessions() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "report.government")
        ).one()
    assert entry.after is not None and entry.after["format"] == "csv"


def test_a_government_csv_that_cannot_be_written_leaves_no_trace(
    demo_db: Database, admin: Actor, dinas_world: dinas.World, tmp_path: Path
) -> None:
    path = tmp_path / "no such folder" / "dinas.csv"
    with pytest.raises(ValidationError) as refused:
        write_dinas(demo_db, admin, path, "id")
    assert refused.value.field == "file"
    with pytest.raises(ValidationError) as refused:
        write_dinas(demo_db, admin, tmp_path / "dinas.txt", "id")
    assert refused.value.english() == "Choose a file name ending in .pdf, .xlsx or .csv."
    with demo_db.sessions() as session:
        audited = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "report.government")
        ).all()
    assert audited == [] and not list(tmp_path.glob("*.txt"))
