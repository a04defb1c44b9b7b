"""The register of certificates (buku induk) as a formatted xlsx: a title with the centre and
what was exported, then a row per certificate under a bold, frozen header with a filter.

Dates are real dates (they sort and filter as dates); certificate numbers, verification codes
and hashes are text cells formatted as text, so that Excel never turns "0012" into 12 when
someone edits a cell. Written row by row (openpyxl's write-only mode): a register of a hundred
thousand certificates takes tens of megabytes instead of hundreds.

The words are the desk's language, read from the .ts like the PDFs (desktop.documents.language).
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Font, PatternFill  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from desktop.documents.language import DOCUMENTS, Translate, translator
from desktop.domain.formatting import format_date
from desktop.domain.i18n import QT_TRANSLATE_NOOP

TITLE = QT_TRANSLATE_NOOP("documents", "REGISTER OF CERTIFICATES")
EXPORTED = QT_TRANSLATE_NOOP("documents", "Exported on {date}: {count} certificates")
SEARCHED = QT_TRANSLATE_NOOP("documents", "Search: {text}")
REASON_OVERRIDE = QT_TRANSLATE_NOOP("documents", "Issued by exception: {reason}")
REASON_REISSUE = QT_TRANSLATE_NOOP("documents", "Re-issue: {reason}")
REASON_REVOKE = QT_TRANSLATE_NOOP("documents", "Revoked: {reason}")

TEXT, DATE, WHOLE = "@", "DD/MM/YYYY", "0"
# (header, width in characters, cell format); the order of RegisterLine.values().
COLUMNS = (
    (QT_TRANSLATE_NOOP("documents", "No"), 6, WHOLE),
    (QT_TRANSLATE_NOOP("documents", "Certificate number"), 26, TEXT),
    (QT_TRANSLATE_NOOP("documents", "Name"), 30, TEXT),
    (QT_TRANSLATE_NOOP("documents", "Place and date of birth"), 30, TEXT),
    (QT_TRANSLATE_NOOP("documents", "Programme"), 28, TEXT),
    (QT_TRANSLATE_NOOP("documents", "Cohort"), 14, TEXT),
    (QT_TRANSLATE_NOOP("documents", "Start"), 12, DATE),
    (QT_TRANSLATE_NOOP("documents", "End"), 12, DATE),
    (QT_TRANSLATE_NOOP("documents", "JP"), 6, WHOLE),
    (QT_TRANSLATE_NOOP("documents", "Date of issue"), 13, DATE),
    (QT_TRANSLATE_NOOP("documents", "Status"), 14, TEXT),
    (QT_TRANSLATE_NOOP("documents", "Verification code"), 13, TEXT),
    (QT_TRANSLATE_NOOP("documents", "Reason"), 40, TEXT),
    ("SHA-256", 66, TEXT),
)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
BOLD = Font(bold=True)
HEADER_ROW = 5  # under the title block
WRAP = Alignment(wrap_text=True, vertical="top")


@dataclass(frozen=True)
class RegisterLine:
    """One certificate as the register shows it. `status` is already in words."""

    number: str
    full_name: str
    birth: str
    programme: str
    cohort_code: str
    start: date
    end: date
    hours_jp: int
    issue_date: date
    status: str
    verify_code: str
    override_reason: str
    reissue_reason: str
    revoked_reason: str
    sha256: str


def write_register_xlsx(
    lines: Iterable[RegisterLine],
    *,
    count: int,
    centre_name: str,
    exported: date,
    search: str = "",
    language: str = "id",
) -> bytes:
    """`count` is how many `lines` there are: the filter's range is written before the rows."""
    tr = translator(language)
    book = Workbook(write_only=True)
    sheet = book.create_sheet(tr(DOCUMENTS, TITLE).title()[:31])
    # In write-only mode the sheet's layout must be set before the first row is written.
    for column, (_, width, _) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    last = get_column_letter(len(COLUMNS))
    sheet.freeze_panes = f"C{HEADER_ROW + 1}"  # the header and No/number stay in sight
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{last}{HEADER_ROW + max(count, 1)}"
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True

    sheet.append([_styled(sheet, centre_name, Font(bold=True, size=13))])
    sheet.append([_styled(sheet, tr(DOCUMENTS, TITLE), BOLD)])
    when = format_date(exported, language)
    summary = tr(DOCUMENTS, EXPORTED).format(date=when, count=count)
    if search:
        summary += " · " + tr(DOCUMENTS, SEARCHED).format(text=search)
    sheet.append([summary])
    sheet.append([])
    header = []
    for text, _, _ in COLUMNS:
        cell = _styled(sheet, tr(DOCUMENTS, text), BOLD)
        cell.fill = HEADER_FILL
        header.append(cell)
    sheet.append(header)
    for number, line in enumerate(lines, start=1):
        values = register_values(number, line, tr)
        sheet.append(
            [_cell(sheet, value, form) for value, (_, _, form) in zip(values, COLUMNS, strict=True)]
        )
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def register_values(number: int, line: RegisterLine, tr: Translate) -> tuple[object, ...]:
    reasons = [
        tr(DOCUMENTS, template).format(reason=reason)
        for template, reason in (
            (REASON_OVERRIDE, line.override_reason),
            (REASON_REISSUE, line.reissue_reason),
            (REASON_REVOKE, line.revoked_reason),
        )
        if reason
    ]
    return (
        number,
        line.number,
        line.full_name,
        line.birth,
        line.programme,
        line.cohort_code,
        line.start,
        line.end,
        line.hours_jp,
        line.issue_date,
        line.status,
        line.verify_code,
        "\n".join(reasons),
        line.sha256,
    )


def _styled(sheet: Any, value: object, font: Font) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=value)
    cell.data_type = "s"  # a centre's name starting with "=" is text too
    cell.font = font
    return cell


def _cell(sheet: Any, value: object, form: str) -> WriteOnlyCell:
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)  # Excel refuses a file that holds them
    cell = WriteOnlyCell(sheet, value=value)
    cell.number_format = form
    if isinstance(value, str):
        # Text as typed: a name or reason starting with "=" is not run as a formula.
        cell.data_type = "s"
        if "\n" in value:
            cell.alignment = WRAP
    return cell
