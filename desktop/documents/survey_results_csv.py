"""The feedback survey's results as CSV: the head, then the scale questions and the comments
as two blocks (a title row, the header, the rows, an empty row), the same tables as the xlsx
(desktop.documents.survey_results_xlsx.result_tables).

The house CSV of desktop.documents.report_csv: UTF-8 with a BOM, ";" between values, CRLF,
means with the language's decimal mark ("4,2" in Indonesian), dates dd/mm/yyyy, and text that
Excel would run as a formula with an apostrophe in front (participants_sheet.csv_value).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from desktop.documents.language import DOCUMENTS, translator
from desktop.documents.participants_sheet import DECIMAL_MARK, csv_value
from desktop.documents.survey_results_xlsx import (
    COMMENTS_SHEET,
    SCALE_SHEET,
    Value,
    result_tables,
)
from desktop.domain.survey import SurveyResults


def write_survey_csv(
    results: SurveyResults, *, language: str = "id", centre_name: str = ""
) -> bytes:
    """The results as the bytes of a CSV file."""
    tables = result_tables(results, language, centre_name)
    tr = translator(language)
    mark = DECIMAL_MARK.get(language, ".")
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")

    def block(title: str, header: Sequence[str], rows: Sequence[Sequence[Value]]) -> None:
        writer.writerow([csv_value(title, mark)])
        writer.writerow([csv_value(text, mark) for text in header])
        writer.writerows([csv_value(value, mark) for value in row] for row in rows)
        writer.writerow([])

    writer.writerows([[csv_value(line, mark)] for line in tables.head])
    writer.writerow([])
    block(tr(DOCUMENTS, SCALE_SHEET), tables.scale_header, tables.scale_rows)
    block(tr(DOCUMENTS, COMMENTS_SHEET), tables.comment_header, tables.comment_rows)
    return buffer.getvalue().encode("utf-8-sig", errors="replace")
