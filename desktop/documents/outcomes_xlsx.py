"""Outcomes compared with intake as an Excel workbook: the cross-table of employment at intake
against work now (with totals), then the income figures and the skill and help counts. Figures
only: no names. Counts are numbers that sum; the median change is rupiah ("Rp" #,##0).
"""

from __future__ import annotations

import io
from typing import Any

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.styles import Font, PatternFill  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from desktop.documents.language import CHOICES, DOCUMENTS, translator
from desktop.documents.participants_sheet import clean_text
from desktop.domain.choices import Employment
from desktop.domain.follow_up import NOW_ORDER, UNKNOWN, UNKNOWN_LABEL, OutcomesComparison
from desktop.domain.formatting import format_date
from desktop.domain.i18n import QT_TRANSLATE_NOOP

EVALUATION = "evaluation"  # the translation context of domain.follow_up's labels
MONEY_FORMAT = '"Rp "#,##0'
SHARE_FORMAT = "0.0%"
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
BOLD = Font(bold=True)
INTAKE_ROWS = (*(member.value for member in Employment), UNKNOWN)


def write_outcomes_xlsx(
    comparison: OutcomesComparison, *, centre_name: str, language: str = "id"
) -> bytes:
    tr = translator(language)

    def t(source: str) -> str:
        return tr(DOCUMENTS, source)

    def intake_label(value: str) -> str:
        if value == UNKNOWN:
            return tr(EVALUATION, UNKNOWN_LABEL)
        return tr(CHOICES, Employment(value).label)

    book = Workbook()
    sheet = book.active
    sheet.title = t(QT_TRANSLATE_NOOP("documents", "Outcomes"))[:31]
    book.properties.title = t(QT_TRANSLATE_NOOP("documents", "Outcomes compared with intake"))
    book.properties.creator = "Pelita"
    _put(sheet, 1, 1, centre_name, BOLD)
    _put(sheet, 2, 1, book.properties.title, Font(bold=True, size=13))
    _put(sheet, 3, 1, _scope(comparison, t, language))
    row = 5
    _put(sheet, row, 1, t(QT_TRANSLATE_NOOP("documents", "At intake")), BOLD, HEADER_FILL)
    for column, now in enumerate(NOW_ORDER, start=2):
        _put(sheet, row, column, tr(EVALUATION, now.label), BOLD, HEADER_FILL)
    total_column = len(NOW_ORDER) + 2
    _put(sheet, row, total_column, t(QT_TRANSLATE_NOOP("documents", "Total")), BOLD, HEADER_FILL)
    for intake in INTAKE_ROWS:
        row += 1
        _put(sheet, row, 1, intake_label(intake))
        for column, now in enumerate(NOW_ORDER, start=2):
            sheet.cell(row, column).value = comparison.table.get((intake, now.value), 0)
        sheet.cell(row, total_column).value = comparison.row_total(intake)
    row += 1
    _put(sheet, row, 1, t(QT_TRANSLATE_NOOP("documents", "Total")), BOLD)
    for column, now in enumerate(NOW_ORDER, start=2):
        sheet.cell(row, column).value = comparison.column_total(now.value)
    sheet.cell(row, total_column).value = comparison.reached
    row += 2
    for label, value, number_format in _figures(comparison):
        _put(sheet, row, 1, t(label))
        cell = sheet.cell(row, 2)
        cell.value = value
        if number_format:
            cell.number_format = number_format
        row += 1
    sheet.column_dimensions["A"].width = 44
    for column in range(2, total_column + 1):
        sheet.column_dimensions[get_column_letter(column)].width = 20
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _scope(comparison: OutcomesComparison, t: Any, language: str) -> str:
    when = t(QT_TRANSLATE_NOOP("documents", "Reached {months} months after the training"))
    parts = [comparison.programme, when.format(months=comparison.months)]
    if comparison.start or comparison.end:
        period = t(QT_TRANSLATE_NOOP("documents", "cohorts that ended {start} to {end}"))
        parts.append(
            period.format(
                start=format_date(comparison.start, language) if comparison.start else "…",
                end=format_date(comparison.end, language) if comparison.end else "…",
            )
        )
    return " · ".join(part for part in parts if part)


def _figures(comparison: OutcomesComparison) -> list[tuple[str, Any, str]]:
    return [
        (QT_TRANSLATE_NOOP("documents", "People reached"), comparison.reached, ""),
        (QT_TRANSLATE_NOOP("documents", "Said their income"), comparison.income_known, ""),
        (
            QT_TRANSLATE_NOOP("documents", "Income compared with the intake band"),
            comparison.income_compared,
            "",
        ),
        (
            QT_TRANSLATE_NOOP("documents", "Median change in monthly income"),
            comparison.median_change,
            MONEY_FORMAT,
        ),
        (QT_TRANSLATE_NOOP("documents", "Now in a higher band"), comparison.higher_band, ""),
        (QT_TRANSLATE_NOOP("documents", "In the same band"), comparison.same_band, ""),
        (QT_TRANSLATE_NOOP("documents", "Now in a lower band"), comparison.lower_band, ""),
        (
            QT_TRANSLATE_NOOP("documents", "Use the skill learned"),
            comparison.uses_skill_share,
            SHARE_FORMAT,
        ),
        (QT_TRANSLATE_NOOP("documents", "Need further help"), comparison.needs_help, ""),
    ]


def _put(sheet: Any, row: int, column: int, text: str, font: Any = None, fill: Any = None) -> Any:
    cell = sheet.cell(row, column)
    cell.value = clean_text(text)
    cell.data_type = "s"  # a programme named "=1+1" is text
    if font is not None:
        cell.font = font
    if fill is not None:
        cell.fill = fill
    return cell
