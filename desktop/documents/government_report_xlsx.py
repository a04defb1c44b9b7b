"""The government report as an Excel workbook: the same tables and figures as the PDF
(desktop.documents.government_report_table), a sheet each: the programmes, the regencies.

Each sheet starts with the centre, the report's title with the period, the programmes it
covers and the table's name; then the table with a bold, shaded header (the programmes' groups
merged over their columns in the row above), frozen below it with the programme's name kept in
view, and an autofilter over the rows (not the total, which stays under them). Figures are
numbers that sum and sort (counts "#,##0", rates as percentages). Figures only, like the PDF.
"""

from __future__ import annotations

import io
import re
from typing import Any

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Font  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from desktop.documents import government_report_parts as w
from desktop.documents import sponsor_impact_parts as impact
from desktop.documents.government_report_parts import GovernmentReport
from desktop.documents.government_report_table import Cell, GovernmentLayout, ReportTable
from desktop.documents.language import translator
from desktop.documents.participants_sheet import clean_text
from desktop.documents.sponsor_impact_figures import Share
from desktop.documents.sponsor_impact_xlsx import BOX, COUNT_FORMAT, HEADER_FILL, SHARE_FORMAT
from desktop.domain.i18n import QT_TRANSLATE_NOOP

TITLE_ROWS = 4  # centre, title, programmes, the table's name; a blank row, then the header
HEADER_ROW = 6
SHEET_NAMES = {
    "programmes": QT_TRANSLATE_NOOP("documents", "Programmes"),
    "regencies": QT_TRANSLATE_NOOP("documents", "Regencies"),
}
_NOT_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\]")
CENTRED = Alignment(horizontal="center", vertical="center", wrap_text=True)


def write_government_xlsx(
    report: GovernmentReport, *, language: str = "id", centre_name: str = ""
) -> bytes:
    """The report as the bytes of an xlsx file."""
    layout = GovernmentLayout(report, language, translator(language))
    book = Workbook()
    book.remove(book.active)
    book.properties.title = layout.title()
    book.properties.creator = "Pelita"
    for table in layout.tables():
        _Sheet(book, layout, table, centre_name).write()
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


class _Sheet:
    def __init__(
        self, book: Workbook, layout: GovernmentLayout, table: ReportTable, centre: str
    ) -> None:
        name = _NOT_IN_SHEET_NAMES.sub("-", layout.t(SHEET_NAMES[table.key]))[:31]
        self.sheet = book.create_sheet(name)
        self.layout, self.table, self.centre = layout, table, centre
        self.widths = [max(map(len, c.header.split()), default=4) for c in table.columns]

    @property
    def first_row(self) -> int:
        """The row of the columns' names: under the groups' row when there is one."""
        return HEADER_ROW + bool(self.table.groups)

    def write(self) -> None:
        sheet, layout, table = self.sheet, self.layout, self.table
        head = [
            (self.centre, Font(bold=True, size=13)),
            (layout.title(), Font(bold=True)),
            (layout.scope(), Font()),
            (table.title, Font(bold=True, size=12)),
        ]
        for row, (text, font) in enumerate((line for line in head if line[0]), start=1):
            _text(sheet.cell(row=row, column=1), text).font = font
        self._header()
        row = self.first_row
        for row, values in enumerate(table.rows, start=self.first_row + 1):
            self._row(row, values, bold=table.total and row == self.first_row + len(table.rows))
        if not table.rows:
            row += 1
            _text(sheet.cell(row=row, column=1), layout.t(w.NOTHING)).font = Font(italic=True)
        notes = [*table.notes, layout.t(impact.PRIVACY)]
        for offset, note in enumerate(notes, start=2):
            _text(sheet.cell(row=row + offset, column=1), note)
        for column, width in enumerate(self.widths, start=1):
            sheet.column_dimensions[get_column_letter(column)].width = min(width + 3, 60)
        # Tall enough for the wrapped names: Excel does not grow a row written by a program.
        lines = max(
            -(-len(c.header) // (width + 2))
            for c, width in zip(table.columns, self.widths, strict=True)
        )
        sheet.row_dimensions[self.first_row].height = 15 * max(lines, 1)
        sheet.freeze_panes = sheet.cell(row=self.first_row + 1, column=3)
        last = self.first_row + len(table.rows) - table.total
        if last > self.first_row:  # the filter's buttons on the header, over the rows
            end = get_column_letter(len(table.columns))
            sheet.auto_filter.ref = f"A{self.first_row}:{end}{last}"
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.print_title_rows = f"{HEADER_ROW}:{self.first_row}"

    def _header(self) -> None:
        sheet, table = self.sheet, self.table
        if table.groups:  # the groups over their columns; a column of its own has none
            column = 1
            for group in table.groups:
                for offset in range(group.span):
                    _heading(sheet.cell(row=HEADER_ROW, column=column + offset))
                if group.span > 1:
                    _text(sheet.cell(row=HEADER_ROW, column=column), group.text)
                    sheet.merge_cells(
                        start_row=HEADER_ROW,
                        start_column=column,
                        end_row=HEADER_ROW,
                        end_column=column + group.span - 1,
                    )
                column += group.span
        for column, header in enumerate(table.columns, start=1):
            cell = _heading(_text(sheet.cell(row=self.first_row, column=column), header.header))
            if not header.figure:
                cell.alignment = Alignment(vertical="center", wrap_text=True)

    def _row(self, row: int, values: tuple[Cell, ...], *, bold: bool) -> None:
        for column, value in enumerate(values, start=1):
            cell = self.sheet.cell(row=row, column=column)
            cell.border = BOX
            if bold:
                cell.font = Font(bold=True)
            if isinstance(value, Share):
                cell.value, cell.number_format = value.fraction, SHARE_FORMAT
            elif isinstance(value, int):
                cell.value, cell.number_format = value, COUNT_FORMAT
            elif value is not None:
                _text(cell, value)
            shown = self.layout.text(value)
            self.widths[column - 1] = max(self.widths[column - 1], len(shown))


def _heading(cell: Any) -> Any:
    cell.font, cell.fill, cell.border, cell.alignment = Font(bold=True), HEADER_FILL, BOX, CENTRED
    return cell


def _text(cell: Any, text: str) -> Any:
    """`text` in `cell` as text: a programme named "=1+1" is not a formula."""
    cell.value = clean_text(text)
    cell.data_type = "s"
    return cell
