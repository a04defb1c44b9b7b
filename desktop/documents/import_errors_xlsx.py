"""The rows of a participant list that could not be imported, as an xlsx the clerk fixes and
imports again (issue 7): the list's own columns, as they were read, and one more column with
the reasons. Every cell is written as text in a text-formatted column, so a NIK or phone
number keeps all its digits and its leading zero when the file is edited and saved in Excel;
the reasons column is named so the importer's column guess leaves it unmapped.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Font, PatternFill  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

TEXT = "@"
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
ERROR_FILL = PatternFill("solid", fgColor="FCE4D6")
MAX_WIDTH = 60


def write_error_sheet(
    path: Path,
    headers: Sequence[str],
    rows: Sequence[tuple[Sequence[str], str]],
    error_header: str,
) -> None:
    """Write `headers` + `error_header` and each (cells, reasons) row to `path`."""
    book = Workbook()
    sheet = book.active
    sheet.title = error_header[:31]
    widths = [len(h) for h in (*headers, error_header)]
    for column, text in enumerate((*headers, error_header), start=1):
        cell = sheet.cell(row=1, column=column, value=text)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
    for row_index, (cells, reasons) in enumerate(rows, start=2):
        padded = [*cells, *([""] * (len(headers) - len(cells)))][: len(headers)]
        for column, value in enumerate(padded, start=1):
            cell = sheet.cell(row=row_index, column=column, value=value or None)
            cell.number_format = TEXT
            widths[column - 1] = max(widths[column - 1], len(value))
        error = sheet.cell(row=row_index, column=len(headers) + 1, value=reasons)
        error.fill = ERROR_FILL
        error.alignment = Alignment(wrap_text=True, vertical="top")
        widths[-1] = max(widths[-1], len(reasons))
    for column, width in enumerate(widths, start=1):
        letter = get_column_letter(column)
        sheet.column_dimensions[letter].width = min(max(width, 8) + 2, MAX_WIDTH)
        # Text format on the whole column: values typed in later rows stay text too.
        sheet.column_dimensions[letter].number_format = TEXT
    sheet.freeze_panes = "A2"
    book.save(path)
