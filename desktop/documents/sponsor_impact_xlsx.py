"""A sponsor's impact report as an Excel workbook: the same sections and figures as the PDF
(desktop.documents.sponsor_impact_figures), a sheet each.

Each sheet starts with the centre, the report's title with the sponsor, the period and the
section's name; then its table with a bold, shaded header, frozen below it. Figures are
numbers that sum and sort: money as "Rp 1.500.000" (format "Rp" #,##0), quantities with their
unit in the format (the cell holds 12.5, shown "12.5 meter"), shares as percentages, dates as
dates shown dd/mm/yyyy. Figures only, like the PDF.
"""

from __future__ import annotations

import io
import re
from datetime import date
from typing import Any

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from desktop.documents import sponsor_impact_parts as w
from desktop.documents.language import translator
from desktop.documents.participants_sheet import clean_text
from desktop.documents.sponsor_impact_figures import (
    Amount,
    Cell,
    Figures,
    Group,
    Money,
    Section,
    Share,
)
from desktop.documents.sponsor_impact_parts import ImpactReport
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.inventory import MILLI, UnitName

MONEY_FORMAT = '"Rp "#,##0'
COUNT_FORMAT = "#,##0"
SHARE_FORMAT = "0.0%"
DATE_FORMAT = "dd/mm/yyyy"
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
GROUP_FILL = PatternFill("solid", fgColor="EDEDED")
THIN = Side(style="thin", color="A6A6A6")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FIRST_ROW = 6  # the header row, under the title block
# Sheet names are short (Excel allows 31 characters): the section's title is on the sheet.
SHEET_NAMES = {
    "summary": QT_TRANSLATE_NOOP("documents", "Summary"),
    "money": QT_TRANSLATE_NOOP("documents", "Money"),
    "items": QT_TRANSLATE_NOOP("documents", "Items"),
    "cohorts": QT_TRANSLATE_NOOP("documents", "Cohorts"),
    "loans": QT_TRANSLATE_NOOP("documents", "Loans"),
    "materials": QT_TRANSLATE_NOOP("documents", "Materials"),
    "reach": QT_TRANSLATE_NOOP("documents", "Participants"),
    "results": QT_TRANSLATE_NOOP("documents", "Results"),
    "follow_up": QT_TRANSLATE_NOOP("documents", "Follow-up"),
}
_NOT_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\]")


def write_impact_xlsx(
    report: ImpactReport, *, language: str = "id", centre_name: str = ""
) -> bytes:
    """The report as the bytes of an xlsx file."""
    figures = Figures(report, language, translator(language))
    book = Workbook()
    book.remove(book.active)
    book.properties.title = f"{figures.t(w.NAME)} · {report.sponsor_name}"
    book.properties.creator = "Pelita"
    for section in figures.sections():
        _Sheet(book, figures, section, centre_name).write()
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


class _Sheet:
    def __init__(self, book: Workbook, figures: Figures, section: Section, centre: str) -> None:
        name = _NOT_IN_SHEET_NAMES.sub("-", figures.t(SHEET_NAMES[section.key]))[:31]
        self.sheet = book.create_sheet(name)
        self.figures, self.section, self.centre = figures, section, centre
        self.widths = [len(column.header) for column in section.columns]

    def write(self) -> None:
        sheet, f, section = self.sheet, self.figures, self.section
        report = f.report
        head = [
            (self.centre, Font(bold=True, size=13)),
            (f"{f.t(w.NAME)}: {report.sponsor_name} ({f.kind()})", Font(bold=True)),
            (f.period(), Font()),
            (section.title, Font(bold=True, size=12)),
        ]
        for row, (text, font) in enumerate((line for line in head if line[0]), start=1):
            _text(sheet.cell(row=row, column=1), text).font = font
        for column, header in enumerate(section.columns, start=1):
            cell = _text(sheet.cell(row=FIRST_ROW, column=column), header.header)
            cell.font, cell.fill, cell.border = Font(bold=True), HEADER_FILL, BOX
            if header.figure:
                cell.alignment = Alignment(horizontal="right", wrap_text=True)
        row = FIRST_ROW
        for row, values in enumerate(section.rows, start=FIRST_ROW + 1):
            last = section.total and row == FIRST_ROW + len(section.rows)
            self._row(row, values, bold=last)
        if not section.rows:
            row += 1
            _text(sheet.cell(row=row, column=1), section.empty).font = Font(italic=True)
        notes = [section.note] if section.note else []
        if section.key == "summary":  # the sheet the workbook opens on
            notes += [f.t(w.NOTHING)] * report.empty + [f.t(w.PRIVACY)]
        for offset, note in enumerate(notes, start=2):
            _text(sheet.cell(row=row + offset, column=1), note)
        for column, width in enumerate(self.widths, start=1):
            sheet.column_dimensions[get_column_letter(column)].width = min(width + 3, 60)
        sheet.freeze_panes = sheet.cell(row=FIRST_ROW + 1, column=1)
        sheet.page_setup.orientation = "portrait"
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.print_title_rows = f"{FIRST_ROW}:{FIRST_ROW}"

    def _row(self, row: int, values: tuple[Cell, ...], *, bold: bool) -> None:
        sheet = self.sheet
        if isinstance(values[0], Group):
            _text(sheet.cell(row=row, column=1), values[0].title).font = Font(bold=True)
            for column in range(1, len(values) + 1):
                sheet.cell(row=row, column=column).fill = GROUP_FILL
            return
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=row, column=column)
            cell.border = BOX
            if bold:
                cell.font = Font(bold=True)
            if isinstance(value, str):
                _text(cell, value)
                shown = value
            else:
                cell.value, cell.number_format, shown = self._value(value)
            self.widths[column - 1] = max(self.widths[column - 1], len(shown))

    def _value(self, value: Cell) -> tuple[object, str, str]:
        """(what the cell holds, its number format, roughly what it shows)."""
        shown = self.figures.text(value)
        if isinstance(value, Money):
            return value.rupiah, MONEY_FORMAT, shown
        if isinstance(value, Amount):
            unit = UnitName(value.unit).localised(self.figures.language).replace('"', "")
            number = "#,##0" if value.milli % MILLI == 0 else "#,##0.0##"
            amount = value.milli // MILLI if value.milli % MILLI == 0 else value.milli / MILLI
            return amount, f'{number} "{unit}"', shown
        if isinstance(value, Share):
            return value.fraction, SHARE_FORMAT, shown
        if isinstance(value, date):
            return value, DATE_FORMAT, "00/00/0000"
        if isinstance(value, int):
            return value, COUNT_FORMAT, shown
        return None, "General", ""


def _text(cell: Any, text: str) -> Any:
    """`text` in `cell` as text: an item named "=1+1" is not a formula."""
    cell.value = clean_text(text)
    cell.data_type = "s"
    return cell
