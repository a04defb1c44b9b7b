"""The participant import template (xlsx) a centre hands to village offices and sponsors.

The first sheet is the list to fill in: a bold frozen header that the importer's column
guessing recognises, every column formatted as text except the date of birth (so a typed NIK
or phone number keeps its leading zero and all 16 digits, and RT "003" stays "003"), a date
check on the date of birth and dropdowns for sex, education and marital status. The
dropdowns' labels are the intake form's, in the template's language; the long lists live on a
hidden sheet because an inline list is limited to 255 characters and cannot hold commas. A
second sheet explains how to fill it in, with an example row there rather than on the list,
so that an example person is never imported by mistake.

The words are the desk's language, read from the .ts like the PDFs (desktop.documents.language).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Font, PatternFill  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter, quote_sheetname  # type: ignore[import-untyped]
from openpyxl.worksheet.datavalidation import DataValidation  # type: ignore[import-untyped]
from openpyxl.worksheet.worksheet import Worksheet  # type: ignore[import-untyped]

from desktop.documents.language import CHOICES, DOCUMENTS, Translate, translator
from desktop.domain.choices import Choice, Education, MaritalStatus, Sex
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.import_columns import ImportField as F

TEXT, DATE = "@", "DD/MM/YYYY"
LAST_ROW = 1_048_576  # Excel's last row: checks and formats cover every row a clerk may use
# (field, header, width in characters). The headers are the intake form's, already
# translated; tests check that guess_mapping recognises every one in each language.
COLUMNS = (
    (F.FULL_NAME, QT_TRANSLATE_NOOP("documents", "Full name"), 30),
    (F.NIK, QT_TRANSLATE_NOOP("documents", "NIK"), 20),
    (F.KK_NUMBER, QT_TRANSLATE_NOOP("documents", "Family card (KK) number"), 22),
    (F.BIRTH_PLACE, QT_TRANSLATE_NOOP("documents", "Place of birth"), 18),
    (F.BIRTH_DATE, QT_TRANSLATE_NOOP("documents", "Date of birth (dd/mm/yyyy)"), 16),
    (F.SEX, QT_TRANSLATE_NOOP("documents", "Sex"), 14),
    (F.PHONE, QT_TRANSLATE_NOOP("documents", "Phone / WhatsApp"), 18),
    (F.STREET, QT_TRANSLATE_NOOP("documents", "Street, house number, hamlet (dusun)"), 34),
    (F.RT, QT_TRANSLATE_NOOP("documents", "RT"), 6),
    (F.RW, QT_TRANSLATE_NOOP("documents", "RW"), 6),
    (F.VILLAGE, QT_TRANSLATE_NOOP("documents", "Village / kelurahan"), 20),
    (F.DISTRICT, QT_TRANSLATE_NOOP("documents", "District / kecamatan"), 20),
    (F.REGENCY, QT_TRANSLATE_NOOP("documents", "Regency / city"), 22),
    (F.PROVINCE, QT_TRANSLATE_NOOP("documents", "Province"), 26),
    (F.POSTAL_CODE, QT_TRANSLATE_NOOP("documents", "Postal code"), 10),
    (F.EDUCATION, QT_TRANSLATE_NOOP("documents", "Highest education completed"), 28),
    (F.OCCUPATION, QT_TRANSLATE_NOOP("documents", "Occupation"), 20),
    (F.MARITAL_STATUS, QT_TRANSLATE_NOOP("documents", "Marital status"), 18),
    (F.DISABILITY, QT_TRANSLATE_NOOP("documents", "Disability (UU 8/2016)"), 22),
)
FIELDS = tuple(field for field, _, _ in COLUMNS)

LIST_SHEET = QT_TRANSLATE_NOOP("documents", "Participants")
HELP_SHEET = QT_TRANSLATE_NOOP("documents", "Instructions")
CHOICES_SHEET = QT_TRANSLATE_NOOP("documents", "Lists")
HELP_TITLE = QT_TRANSLATE_NOOP("documents", "How to fill in the participant list")
HELP_LINES = (
    QT_TRANSLATE_NOOP(
        "documents",
        "Write one participant per row on the sheet “{sheet}”, from row 2. Do not change, "
        "move or delete the header row; leave empty a column you do not know.",
    ),
    QT_TRANSLATE_NOOP(
        "documents",
        "The full name is needed, and the NIK or else the date of birth and the sex.",
    ),
    QT_TRANSLATE_NOOP(
        "documents",
        "NIK, KK number and phone are text: type all the digits, with the leading zero. Do "
        "not paste them from another sheet as numbers.",
    ),
    QT_TRANSLATE_NOOP("documents", "Type the date of birth as dd/mm/yyyy, for example 17/08/1990."),
    QT_TRANSLATE_NOOP(
        "documents",
        "Sex: L for male, P for female. Choose education and marital status from the list "
        "in the cell.",
    ),
    QT_TRANSLATE_NOOP("documents", "RT and RW: numbers of up to 3 digits, such as 003."),
    QT_TRANSLATE_NOOP(
        "documents",
        "Disability: leave empty if there is none; otherwise write the kind, such as "
        "physical, seeing or hearing.",
    ),
)
EXAMPLE_TITLE = QT_TRANSLATE_NOOP("documents", "Example (do not copy this person into the list)")
EXAMPLE_OCCUPATION = QT_TRANSLATE_NOOP("documents", "Tailor")
DATE_CHECK = QT_TRANSLATE_NOOP("documents", "Type a date as dd/mm/yyyy, for example 17/08/1990.")
NUMBER_CHECK = QT_TRANSLATE_NOOP("documents", "A NIK and a KK number have 16 digits.")
LIST_CHECK = QT_TRANSLATE_NOOP("documents", "Choose a value from the list.")

HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
BOLD = Font(bold=True)
GREY = Font(italic=True, color="666666")


def write_import_template(path: Path, language: str = "id", *, ts: Path | None = None) -> None:
    """Write the template to `path` in `language` (`ts` replaces the translation file: tests)."""
    tr = translator(language, ts=ts)
    book = Workbook()
    sheet = book.active
    sheet.title = tr(DOCUMENTS, LIST_SHEET)[:31]
    headers = [tr(DOCUMENTS, header) for _, header, _ in COLUMNS]
    _write_header(sheet, headers)
    sheet.freeze_panes = "B2"  # the header and the name stay in sight
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}1"
    for index, field in enumerate(FIELDS, start=1):
        sheet.column_dimensions[get_column_letter(index)].number_format = (
            DATE if field is F.BIRTH_DATE else TEXT
        )
    lists = book.create_sheet(tr(DOCUMENTS, CHOICES_SHEET)[:31])
    _add_checks(sheet, lists, tr)
    lists.sheet_state = "hidden"
    help_sheet = book.create_sheet(tr(DOCUMENTS, HELP_SHEET)[:31], 1)
    _write_help(help_sheet, headers, sheet.title, tr)
    book.active = 0
    book.save(path)


def example_row(tr: Translate) -> list[object]:
    """A made-up participant whose values pass the intake form's checks (Bantul, DIY)."""
    values: dict[F, object] = {
        F.FULL_NAME: "Siti Aminah",
        F.NIK: "3402015203900001",
        F.KK_NUMBER: "3402010503150007",
        F.BIRTH_PLACE: "Bantul",
        F.BIRTH_DATE: date(1990, 3, 12),
        F.SEX: Sex.FEMALE.value,
        F.PHONE: "081234567890",
        F.STREET: "Dusun Ngentak",
        F.RT: "003",
        F.RW: "005",
        F.VILLAGE: "Poncosari",
        F.DISTRICT: "Srandakan",
        F.REGENCY: "Kabupaten Bantul",
        F.PROVINCE: "Daerah Istimewa Yogyakarta",
        F.POSTAL_CODE: "55762",
        F.EDUCATION: tr(CHOICES, Education.SMA.label),
        F.OCCUPATION: tr(DOCUMENTS, EXAMPLE_OCCUPATION),
        F.MARITAL_STATUS: tr(CHOICES, MaritalStatus.MARRIED.label),
        F.DISABILITY: "",
    }
    return [values[field] for field in FIELDS]


def _write_header(sheet: Worksheet, headers: list[str], row: int = 1) -> None:
    for column, (text, (_, _, width)) in enumerate(zip(headers, COLUMNS, strict=True), start=1):
        cell = sheet.cell(row=row, column=column, value=text)
        cell.font = BOLD
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.column_dimensions[get_column_letter(column)].width = width


def _column_range(field: F) -> str:
    letter = get_column_letter(FIELDS.index(field) + 1)
    return f"{letter}2:{letter}{LAST_ROW}"


def _add_checks(sheet: Worksheet, lists: Worksheet, tr: Translate) -> None:
    """Dropdowns and input checks on the list. Each check stops a wrong entry typed into a
    cell; pasted values bypass it, which is why the importer checks every row again."""
    sexes = DataValidation(type="list", formula1=f'"{",".join(s.value for s in Sex)}"')
    sexes.add(_column_range(F.SEX))
    born = DataValidation(
        type="date", operator="between", formula1="DATE(1900,1,1)", formula2="TODAY()"
    )
    born.add(_column_range(F.BIRTH_DATE))
    born.error = tr(DOCUMENTS, DATE_CHECK)
    numbers = DataValidation(type="textLength", operator="equal", formula1="16")
    numbers.add(_column_range(F.NIK))
    numbers.add(_column_range(F.KK_NUMBER))
    numbers.error = tr(DOCUMENTS, NUMBER_CHECK)
    checks = [sexes, born, numbers]
    long_lists: tuple[tuple[F, list[Choice]], ...] = (
        (F.EDUCATION, list(Education)),
        (F.MARITAL_STATUS, list(MaritalStatus)),
    )
    for column, (field, members) in enumerate(long_lists, start=1):
        letter = get_column_letter(column)
        for row, member in enumerate(members, start=1):
            lists.cell(row=row, column=column, value=tr(CHOICES, member.label))
        reference = f"{quote_sheetname(lists.title)}!${letter}$1:${letter}${len(members)}"
        choice = DataValidation(type="list", formula1=reference)
        choice.add(_column_range(field))
        checks.append(choice)
    for check in checks:
        check.showErrorMessage = True
        check.allow_blank = True
        check.error = check.error or tr(DOCUMENTS, LIST_CHECK)
        sheet.add_data_validation(check)


def _write_help(sheet: Worksheet, headers: list[str], list_title: str, tr: Translate) -> None:
    # The lines are not wrapped: each runs on over the empty cells to its right, and the
    # columns keep the example's widths.
    sheet.cell(row=1, column=1, value=tr(DOCUMENTS, HELP_TITLE)).font = Font(bold=True, size=13)
    row = 3
    for line in HELP_LINES:
        sheet.cell(row=row, column=1, value=tr(DOCUMENTS, line).format(sheet=list_title))
        row += 1
    row += 1
    sheet.cell(row=row, column=1, value=tr(DOCUMENTS, EXAMPLE_TITLE)).font = BOLD
    _write_header(sheet, headers, row + 1)
    for column, value in enumerate(example_row(tr), start=1):
        cell = sheet.cell(row=row + 2, column=column, value=value)
        cell.font = GREY
        cell.number_format = DATE if isinstance(value, date) else TEXT
