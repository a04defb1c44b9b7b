"""The feedback survey's results as an Excel workbook, and the tables both it and the CSV
(desktop.documents.survey_results_csv) are made of.

Two sheets: "Scale questions" (number, question, responses, mean, and how many gave 1 to 5:
numbers that sum and sort) and "Comments" (the question, the answer, the cohort, the day it was
entered). Each opens with the centre, the title with whose results they are, and the period.
Responses are anonymous: no participant is named anywhere.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Font, PatternFill  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]
from openpyxl.worksheet.worksheet import Worksheet  # type: ignore[import-untyped]

from desktop.documents.language import DOCUMENTS, translator
from desktop.documents.participants_sheet import clean_text
from desktop.domain.evaluation import SCALE_MAX, SCALE_MIN
from desktop.domain.formatting import format_date
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.survey import SCALE_WORDS, SURVEY, ResultsBy, SurveyResults

NAME = QT_TRANSLATE_NOOP("documents", "Feedback survey results")
BY = {
    ResultsBy.COHORT: QT_TRANSLATE_NOOP("documents", "Cohort {name}"),
    ResultsBy.PROGRAMME: QT_TRANSLATE_NOOP("documents", "Programme {name}"),
    ResultsBy.INSTRUCTOR: QT_TRANSLATE_NOOP("documents", "Instructor {name}"),
}
SCALE_SHEET = QT_TRANSLATE_NOOP("documents", "Scale questions")
COMMENTS_SHEET = QT_TRANSLATE_NOOP("documents", "Comments")
NUMBER = QT_TRANSLATE_NOOP("documents", "No.")
QUESTION = QT_TRANSLATE_NOOP("documents", "Question")
PROGRAMME = QT_TRANSLATE_NOOP("documents", "Programme")
RESPONSES = QT_TRANSLATE_NOOP("documents", "Responses")
MEAN = QT_TRANSLATE_NOOP("documents", "Mean")
RETIRED = QT_TRANSLATE_NOOP("documents", "no longer asked")
FORMS = QT_TRANSLATE_NOOP("documents", "{forms} forms from {cohorts} cohorts")
COMMENT_HEADER = (
    QT_TRANSLATE_NOOP("documents", "Question"),
    QT_TRANSLATE_NOOP("documents", "Answer"),
    QT_TRANSLATE_NOOP("documents", "Cohort"),
    QT_TRANSLATE_NOOP("documents", "Entered on"),
)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
MEAN_FORMAT = "0.0"
DATE_FORMAT = "dd/mm/yyyy"
WIDEST = 60  # characters: a longer comment wraps in its cell

Value = str | int | Decimal | date | None


@dataclass(frozen=True)
class ResultTables:
    """The results as lines of a head and two tables, in the reader's language."""

    head: tuple[str, ...]
    scale_header: tuple[str, ...]
    scale_rows: tuple[tuple[Value, ...], ...]
    comment_header: tuple[str, ...]
    comment_rows: tuple[tuple[Value, ...], ...]


def result_tables(results: SurveyResults, language: str, centre_name: str = "") -> ResultTables:
    tr = translator(language)

    def t(text: str, **params: object) -> str:
        found = tr(DOCUMENTS, text)
        return found.format(**params) if params else found

    several = len({row.programme_name for row in results.scale}) > 1
    scale_header = [t(NUMBER), t(QUESTION)]
    if several:
        scale_header.insert(1, t(PROGRAMME))
    scale_header += [t(RESPONSES), t(MEAN)]
    scale_header += [
        f"{score} {tr(SURVEY, word)}"
        for score, word in zip(range(SCALE_MIN, SCALE_MAX + 1), SCALE_WORDS, strict=True)
    ]
    scale_rows = []
    for row in results.scale:
        text = row.text if row.active else f"{row.text} ({t(RETIRED)})"
        cells: list[Value] = [row.number or None, text]
        if several:
            cells.insert(1, row.programme_name)
        scale_rows.append((*cells, row.responses, row.mean, *row.counts))
    head = [
        centre_name,
        f"{t(NAME)}: {t(BY[results.by], name=results.name)}",
        _period(results, language, t),
        t(FORMS, forms=results.forms, cohorts=results.cohorts),
    ]
    comment_rows = tuple(
        (comment.question, comment.text, comment.cohort_code, comment.entered_on)
        for comment in results.comments
    )
    return ResultTables(
        head=tuple(line for line in head if line),
        scale_header=tuple(scale_header),
        scale_rows=tuple(scale_rows),
        comment_header=tuple(t(text) for text in COMMENT_HEADER),
        comment_rows=comment_rows,
    )


def _period(results: SurveyResults, language: str, t: Callable[..., str]) -> str:
    start, end = results.start, results.end
    if start is None and end is None:
        return t(QT_TRANSLATE_NOOP("documents", "All cohorts, whenever they ran"))
    first = format_date(start, language) if start else "…"
    last = format_date(end, language) if end else "…"
    text = QT_TRANSLATE_NOOP("documents", "Cohorts that ran from {start} to {end}")
    return t(text, start=first, end=last)


def write_survey_xlsx(
    results: SurveyResults, *, language: str = "id", centre_name: str = ""
) -> bytes:
    """The results as the bytes of an xlsx file."""
    tables = result_tables(results, language, centre_name)
    tr = translator(language)
    book = Workbook()
    scale = book.active
    scale.title = tr(DOCUMENTS, SCALE_SHEET)[:31]
    _write(scale, tables.head, tables.scale_header, tables.scale_rows)
    comments = book.create_sheet(tr(DOCUMENTS, COMMENTS_SHEET)[:31])
    _write(comments, tables.head, tables.comment_header, tables.comment_rows)
    book.properties.title = tables.head[1] if len(tables.head) > 1 else tr(DOCUMENTS, NAME)
    book.properties.creator = "Pelita"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _write(
    sheet: Worksheet,
    head: tuple[str, ...],
    header: tuple[str, ...],
    rows: tuple[tuple[Value, ...], ...],
) -> None:
    for number, line in enumerate(head, start=1):
        sheet.cell(number, 1, clean_text(line)).font = Font(bold=number <= 2)
    first = len(head) + 2
    for column, title in enumerate(header, start=1):
        cell = sheet.cell(first, column, clean_text(title))
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    widths = [len(title) for title in header]
    for offset, row in enumerate(rows, start=1):
        for column, value in enumerate(row, start=1):
            written = clean_text(value) if isinstance(value, str) else value
            cell = sheet.cell(first + offset, column, written)
            if isinstance(value, Decimal):
                cell.number_format = MEAN_FORMAT
            elif isinstance(value, date):
                cell.number_format = DATE_FORMAT
            elif isinstance(value, str) and len(value) > WIDEST:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            shown = len(str(value)) if value is not None else 0
            widths[column - 1] = max(widths[column - 1], min(shown, WIDEST))
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = max(6, width + 2)
    sheet.freeze_panes = sheet.cell(first + 1, 1)
