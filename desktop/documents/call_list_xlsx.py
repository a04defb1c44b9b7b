"""The follow-up call list as an Excel workbook, for a centre that shares the calls between
staff or calls from a laptop: the same rows as the printed list, with the day of the last
attempt, a Result column to fill in, the header frozen and filters on.

Text is written as text (a name starting with "=" is not a formula) and dates as dates shown
dd/mm/yyyy. The list is personal (names and phone numbers): the service audits each export.
"""

from __future__ import annotations

import io
from datetime import date
from typing import Any

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Font, PatternFill  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from desktop.documents.language import DOCUMENTS, translator
from desktop.documents.participants_sheet import clean_text
from desktop.domain.follow_up import CallList
from desktop.domain.formatting import format_date
from desktop.domain.i18n import QT_TRANSLATE_NOOP

DATE_FORMAT = "dd/mm/yyyy"
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
FIRST_ROW = 5  # the header row, under the title block
COLUMNS = (
    (QT_TRANSLATE_NOOP("documents", "No."), 6),
    (QT_TRANSLATE_NOOP("documents", "Name"), 30),
    (QT_TRANSLATE_NOOP("documents", "Phone"), 18),
    (QT_TRANSLATE_NOOP("documents", "Programme"), 30),
    (QT_TRANSLATE_NOOP("documents", "Cohort"), 16),
    (QT_TRANSLATE_NOOP("documents", "Month"), 8),
    (QT_TRANSLATE_NOOP("documents", "Due"), 12),
    (QT_TRANSLATE_NOOP("documents", "Attempts"), 10),
    (QT_TRANSLATE_NOOP("documents", "Last call"), 12),
    (QT_TRANSLATE_NOOP("documents", "Result"), 50),
)
SHEET = QT_TRANSLATE_NOOP("documents", "Call list")


def write_call_list_xlsx(listed: CallList, *, centre_name: str, language: str = "id") -> bytes:
    """The list as the bytes of an xlsx file."""
    tr = translator(language)

    def t(source: str) -> str:
        return tr(DOCUMENTS, source)

    book = Workbook()
    sheet = book.active
    sheet.title = t(SHEET)[:31]
    book.properties.title = t(QT_TRANSLATE_NOOP("documents", "Follow-up call list"))
    book.properties.creator = "Pelita"
    when = (
        t(QT_TRANSLATE_NOOP("documents", "3, 6 and 12 months after the training"))
        if listed.months is None
        else t(QT_TRANSLATE_NOOP("documents", "{months} months after the training")).format(
            months=listed.months
        )
    )
    due = t(QT_TRANSLATE_NOOP("documents", "due by {date}")).format(
        date=format_date(listed.today, language)
    )
    _text(sheet.cell(1, 1), centre_name).font = Font(bold=True)
    _text(sheet.cell(2, 1), book.properties.title).font = Font(bold=True, size=13)
    _text(sheet.cell(3, 1), " · ".join(p for p in (listed.programme, when, due) if p))
    for column, (title, width) in enumerate(COLUMNS, start=1):
        cell = _text(sheet.cell(FIRST_ROW, column), t(title))
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(vertical="center")
        sheet.column_dimensions[get_column_letter(column)].width = width
    for number, row in enumerate(listed.rows, start=1):
        at = FIRST_ROW + number
        values: tuple[Any, ...] = (
            number,
            row.full_name,
            row.phone,
            row.programme,
            row.cohort_code,
            row.months,
            row.due_on,
            row.attempts,
            row.last_call_on,
            "",
        )
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(at, column)
            if isinstance(value, str):
                _text(cell, value)
            elif value is not None:
                cell.value = value
                if isinstance(value, date):
                    cell.number_format = DATE_FORMAT
    sheet.freeze_panes = sheet.cell(FIRST_ROW + 1, 3)
    last = FIRST_ROW + max(len(listed.rows), 1)
    sheet.auto_filter.ref = f"A{FIRST_ROW}:{get_column_letter(len(COLUMNS))}{last}"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _text(cell: Any, value: str) -> Any:
    """`value` in `cell` as text: a name typed as "=1+1" is not a formula."""
    cell.value = clean_text(value)
    cell.data_type = "s"
    return cell
