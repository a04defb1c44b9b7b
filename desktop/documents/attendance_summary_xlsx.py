"""Attendance across cohorts (by programme, instructor or month) as a formatted xlsx: a title
with the centre, the grouping and the period, then a row per group with the marks given, how
many count as present, and the rate as a percentage cell (a number, so it sums and sorts).

The words are the desk's language, read from the .ts like the PDFs (desktop.documents.language).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.styles import Border, Font, PatternFill, Side  # type: ignore[import-untyped]

from desktop.documents.language import DOCUMENTS, translator
from desktop.domain.formatting import format_date
from desktop.domain.i18n import QT_TRANSLATE_NOOP

TITLE = QT_TRANSLATE_NOOP("documents", "ATTENDANCE BY {group}")
PERIOD = QT_TRANSLATE_NOOP("documents", "From {start} to {end}")
MARKS = QT_TRANSLATE_NOOP("documents", "Marks")
PRESENT = QT_TRANSLATE_NOOP("documents", "Present")
RATE = QT_TRANSLATE_NOOP("documents", "Attendance %")
NOTE = QT_TRANSLATE_NOOP(
    "documents",
    "Present counts late arrivals, and excused absences where the programme's completion rule "
    "counts them.",
)
GROUPS = {  # GroupBy's values (services.attendance_numbers) and the words for them
    "programme": QT_TRANSLATE_NOOP("documents", "Programme"),
    "instructor": QT_TRANSLATE_NOOP("documents", "Instructor"),
    "month": QT_TRANSLATE_NOOP("documents", "Month"),
}
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
THIN = Side(style="thin", color="A6A6A6")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FIRST_ROW = 5  # the header row, under the title block


@dataclass(frozen=True)
class SummaryLine:
    label: str
    marked: int
    present: int


def write_summary_xlsx(
    lines: Sequence[SummaryLine],
    *,
    centre_name: str,
    by: str,  # a key of GROUPS
    start: date,
    end: date,
    language: str = "id",
) -> bytes:
    tr = translator(language)
    group = tr(DOCUMENTS, GROUPS[by])
    book = Workbook()
    sheet = book.active
    sheet.title = tr(DOCUMENTS, RATE).rstrip(" %")[:31]
    sheet["A1"] = centre_name
    sheet["A1"].font = Font(bold=True, size=13)
    sheet["A2"] = tr(DOCUMENTS, TITLE).format(group=group.upper())
    sheet["A2"].font = Font(bold=True)
    period = tr(DOCUMENTS, PERIOD).format(
        start=format_date(start, language), end=format_date(end, language)
    )
    sheet["A3"] = period
    headers = (group, tr(DOCUMENTS, MARKS), tr(DOCUMENTS, PRESENT), tr(DOCUMENTS, RATE))
    for column, text in enumerate(headers, start=1):
        cell = sheet.cell(row=FIRST_ROW, column=column, value=text)
        cell.font, cell.fill, cell.border = Font(bold=True), HEADER_FILL, BOX
    for row, line in enumerate(lines, start=FIRST_ROW + 1):
        values = (line.label, line.marked, line.present, line.present / line.marked)
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=row, column=column, value=value)
            cell.border = BOX
        sheet.cell(row=row, column=4).number_format = "0.0%"
    sheet.cell(row=FIRST_ROW + len(lines) + 2, column=1, value=tr(DOCUMENTS, NOTE))
    widths = (max([len(group), *(len(line.label) for line in lines)]) + 2, 12, 12, 14)
    for letter, width in zip("ABCD", widths, strict=True):
        sheet.column_dimensions[letter].width = min(width, 60)
    sheet.freeze_panes = sheet.cell(row=FIRST_ROW + 1, column=1)
    sheet.page_setup.fitToWidth = 1
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
