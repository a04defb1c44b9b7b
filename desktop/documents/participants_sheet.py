"""The participant list as a spreadsheet: xlsx or CSV, written row by row as the rows come.
`write_sheet_xlsx` and `write_sheet_csv` write other lists of people the same way with
columns of their own (the cohort roster, desktop.documents.cohort_roster_sheet).

xlsx: a bold, frozen header with a filter, widths set for the content, NIK, KK and phone
numbers as text cells formatted as text (Excel never turns a 16-digit NIK into 3.2E+15, and a
number typed into those columns later stays text), dates as real dates shown dd/mm/yyyy.
The sheet's XML is written here directly into the zip, not cell by cell through openpyxl:
openpyxl's write-only mode costs ~50 µs a styled cell on these machines (no lxml), 26 s for
100,000 participants of 19 columns, against the 15 s the export may take (see
tests/benchmarks/bench_export.py, which measures openpyxl alongside). The parts around the
sheet are fixed text; openpyxl reads the files back in the tests. Strings are inline strings
(no shared-string table held in memory) and inline strings are never formulas, so a name
typed as "=1+1" stays text.

CSV: UTF-8 with a BOM and ";" between values, what Excel in an Indonesian locale opens right
(its list separator is ";" because "," is the decimal mark). Plain CSV cannot tell Excel that
a column is text: Excel opening it turns a NIK into a number and loses its last digit. The
xlsx is the safe choice; the CSV is for other programs. A value Excel would run as a formula
(starting with = + - @) gets an apostrophe in front, as OWASP advises for CSV.

A percentage is a number cell shown as a percentage in the xlsx (it sorts and sums), and
the number with the language's decimal mark in the CSV ("87,5" in Indonesian). Other numbers
(a quantity, an amount in rupiah) are given as int or Decimal: number cells in the xlsx (a
NUMBER column as it is, a RUPIAH column as "Rp 1.250.000"), and the number with the
language's decimal mark in the CSV.

Both drop the control characters Excel refuses in a cell. The words are the desk's language,
read from the .ts like the PDFs (desktop.documents.language).
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from desktop.documents.language import DOCUMENTS, translator
from desktop.domain.i18n import QT_TRANSLATE_NOOP

SHEET_NAME = QT_TRANSLATE_NOOP("documents", "Participant list")
TEXT, DATE, WHOLE, PERCENT = "text", "date", "whole", "percent"
NUMBER, RUPIAH = "number", "rupiah"
Column = tuple[str, int, str]  # (header, marked "documents"; width in characters; kind)
# The writers number the rows themselves (the first column, "No"); each row given to them
# holds the other values in the columns' order: text as str, dates as date, a percentage as
# the fraction (0.875 for 87.5%), other numbers as int or Decimal. The first two columns, No
# and the name, stay in sight.
COLUMNS: tuple[Column, ...] = (
    (QT_TRANSLATE_NOOP("documents", "No"), 7, WHOLE),
    (QT_TRANSLATE_NOOP("documents", "Name"), 30, TEXT),
    (QT_TRANSLATE_NOOP("documents", "NIK"), 19, TEXT),
    (QT_TRANSLATE_NOOP("documents", "KK number"), 19, TEXT),
    (QT_TRANSLATE_NOOP("documents", "Place of birth"), 16, TEXT),
    (QT_TRANSLATE_NOOP("documents", "Date of birth"), 13, DATE),
    (QT_TRANSLATE_NOOP("documents", "Sex"), 12, TEXT),
    (QT_TRANSLATE_NOOP("documents", "Phone number"), 16, TEXT),
    (QT_TRANSLATE_NOOP("documents", "Address"), 32, TEXT),
    (QT_TRANSLATE_NOOP("documents", "RT"), 5, TEXT),
    (QT_TRANSLATE_NOOP("documents", "RW"), 5, TEXT),
    (QT_TRANSLATE_NOOP("documents", "Village"), 20, TEXT),
    (QT_TRANSLATE_NOOP("documents", "District"), 18, TEXT),
    (QT_TRANSLATE_NOOP("documents", "Regency / city"), 22, TEXT),
    (QT_TRANSLATE_NOOP("documents", "Province"), 18, TEXT),
    (QT_TRANSLATE_NOOP("documents", "Education"), 24, TEXT),
    (QT_TRANSLATE_NOOP("documents", "Occupation"), 20, TEXT),
    (QT_TRANSLATE_NOOP("documents", "Disability"), 11, TEXT),
    (QT_TRANSLATE_NOOP("documents", "Registered"), 13, DATE),
)
Row = Sequence[str | date | float | int | Decimal | None]

# Characters XML 1.0 cannot hold and Excel refuses in a cell (tab, newline and CR are fine).
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_EXCEL_EPOCH = date(1899, 12, 30)  # day 0 of Excel's 1900 date system, as Excel counts
_NOT_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\]")
DECIMAL_MARK = {"id": ","}  # other languages: "."


def clean_text(text: str) -> str:
    """`text` without the characters a spreadsheet cell cannot hold."""
    return _ILLEGAL.sub("", text)


def _number(value: int | Decimal) -> str:
    """A number as written in a cell: all its digits, never in exponent form."""
    return str(value) if isinstance(value, int) else format(value, "f")


def _letters(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


# -- xlsx -------------------------------------------------------------------------------------

# Cell styles (cellXfs below): 1 header, 2 text, 3 date, 4 whole number, 5 percentage,
# 6 number as it is, 7 rupiah.
_HEADER, _TEXT, _DATE, _WHOLE, _PERCENT, _NUMBER, _RUPIAH = 1, 2, 3, 4, 5, 6, 7
_STYLE_OF = {
    TEXT: _TEXT,
    DATE: _DATE,
    WHOLE: _WHOLE,
    PERCENT: _PERCENT,
    NUMBER: _NUMBER,
    RUPIAH: _RUPIAH,
}

_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
<Default Extension="xml" ContentType="application/xml"/>\
<Override PartName="/xl/workbook.xml" \
ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
<Override PartName="/xl/worksheets/sheet1.xml" \
ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
<Override PartName="/xl/styles.xml" \
ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
</Types>"""
_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_ROOT_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{_RELATIONSHIPS}">\
<Relationship Id="rId1" Type="{_OFFICE}/officeDocument" Target="xl/workbook.xml"/>\
</Relationships>"""
_WORKBOOK_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{_RELATIONSHIPS}">\
<Relationship Id="rId1" Type="{_OFFICE}/worksheet" Target="worksheets/sheet1.xml"/>\
<Relationship Id="rId2" Type="{_OFFICE}/styles" Target="styles.xml"/>\
</Relationships>"""
_STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="{_MAIN}">\
<numFmts count="3"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>\
<numFmt numFmtId="165" formatCode="0.0%"/>\
<numFmt numFmtId="166" formatCode="&quot;Rp&quot;\\ #,##0"/></numFmts>\
<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>\
<fills count="3"><fill><patternFill patternType="none"/></fill>\
<fill><patternFill patternType="gray125"/></fill>\
<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/></patternFill></fill></fills>\
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
<cellXfs count="8"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
<xf numFmtId="49" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" \
applyNumberFormat="1"/>\
<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
</cellXfs>\
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
</styleSheet>"""


def _workbook(sheet_name: str, last: str, rows: int) -> str:
    name = quoteattr(sheet_name)
    quoted = "'" + sheet_name.replace("'", "''") + "'"
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="{_MAIN}" xmlns:r="{_OFFICE}">\
<bookViews><workbookView/></bookViews>\
<sheets><sheet name={name} sheetId="1" r:id="rId1"/></sheets>\
<definedNames>\
<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">\
{escape(quoted)}!$A$1:${last}${rows}</definedName>\
<definedName name="_xlnm.Print_Titles" localSheetId="0">{escape(quoted)}!$1:$1</definedName>\
</definedNames></workbook>"""


def _sheet_head(columns: Sequence[Column]) -> str:
    widths = "".join(
        f'<col min="{n}" max="{n}" width="{width}" customWidth="1" style="{_STYLE_OF[kind]}"/>'
        for n, (_, width, kind) in enumerate(columns, start=1)
    )
    # Frozen below the header and right of the name: both stay in sight while scrolling.
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<worksheet xmlns="{_MAIN}" xmlns:r="{_OFFICE}">'
        '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>'
        '<sheetViews><sheetView workbookViewId="0">'
        '<pane xSplit="2" ySplit="1" topLeftCell="C2" activePane="bottomRight" state="frozen"/>'
        '<selection pane="bottomRight" activeCell="C2" sqref="C2"/>'
        "</sheetView></sheetViews>"
        f'<sheetFormatPr defaultRowHeight="15"/><cols>{widths}</cols><sheetData>'
    )


def _text_cell(reference: str, style: int, value: str) -> str:
    text = escape(_ILLEGAL.sub("", value))
    if not text:
        return f'<c r="{reference}" s="{style}"/>'
    # Leading or trailing spaces are part of the value; XML would drop them otherwise.
    space = ' xml:space="preserve"' if text[0].isspace() or text[-1].isspace() else ""
    return f'<c r="{reference}" s="{style}" t="inlineStr"><is><t{space}>{text}</t></is></c>'


def _row_xml(row: int, number: int, values: Row, columns: Sequence[tuple[str, int]]) -> str:
    cells = [f'<row r="{row}"><c r="A{row}" s="{_WHOLE}"><v>{number}</v></c>']
    for value, (letter, style) in zip(values, columns, strict=True):
        reference = f"{letter}{row}"
        if value is None or value == "":
            cells.append(f'<c r="{reference}" s="{style}"/>')
        elif isinstance(value, date):
            serial = (value - _EXCEL_EPOCH).days
            cells.append(f'<c r="{reference}" s="{style}"><v>{serial}</v></c>')
        elif isinstance(value, float):
            cells.append(f'<c r="{reference}" s="{style}"><v>{value!r}</v></c>')
        elif isinstance(value, int | Decimal):
            cells.append(f'<c r="{reference}" s="{style}"><v>{_number(value)}</v></c>')
        else:
            cells.append(_text_cell(reference, style, value))
    cells.append("</row>")
    return "".join(cells)


def write_participants_xlsx(path: Path, rows: Iterable[Row], *, language: str = "id") -> int:
    """Write `rows` (see COLUMNS) to `path` as xlsx as they come; returns how many."""
    sheet_name = translator(language)(DOCUMENTS, SHEET_NAME)
    return write_sheet_xlsx(path, rows, COLUMNS, sheet_name, language=language)


def write_sheet_xlsx(
    path: Path,
    rows: Iterable[Row],
    columns: Sequence[Column],
    sheet_name: str,
    *,
    language: str = "id",
) -> int:
    """Write `rows` to `path` as xlsx as they come, under the headers of `columns` (the
    first is the row number, see COLUMNS) on a sheet named `sheet_name`; returns how many."""
    tr = translator(language)
    last = _letters(len(columns))
    styles = [(_letters(n), _STYLE_OF[kind]) for n, (_, _, kind) in enumerate(columns, 1)][1:]
    count = 0
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            out = io.TextIOWrapper(part, encoding="utf-8", errors="replace", newline="")
            out.write(_sheet_head(columns))
            out.write('<row r="1">')
            for n, (header, _, _) in enumerate(columns, start=1):
                out.write(_text_cell(f"{_letters(n)}1", _HEADER, tr(DOCUMENTS, header)))
            out.write("</row>")
            for values in rows:
                count += 1
                out.write(_row_xml(count + 1, count, values, styles))
            out.write(f'</sheetData><autoFilter ref="A1:{last}{count + 1}"/>')
            out.write('<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" ')
            out.write('header="0.3" footer="0.3"/>')
            out.write('<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/>')
            out.write("</worksheet>")
            out.flush()
            out.detach()
        # Excel refuses a sheet name with these characters or over 31 of them.
        sheet_name = _NOT_IN_SHEET_NAMES.sub("-", sheet_name)[:31]
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("xl/workbook.xml", _workbook(sheet_name, last, count + 1))
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        archive.writestr("xl/styles.xml", _STYLES)
    return count


# -- CSV --------------------------------------------------------------------------------------


def csv_value(value: str | date | float | int | Decimal | None, decimal_mark: str) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float):  # a percentage, as the number the header's "%" names
        return f"{value * 100:.1f}".replace(".", decimal_mark)
    if isinstance(value, int | Decimal):
        return _number(value).replace(".", decimal_mark)
    text = _ILLEGAL.sub("", value)
    # Excel runs a cell starting with these as a formula: the apostrophe keeps it text.
    return "'" + text if text.startswith(_FORMULA_START) else text


def write_participants_csv(path: Path, rows: Iterable[Row], *, language: str = "id") -> int:
    """Write `rows` (see COLUMNS) to `path` as CSV (UTF-8 with BOM, ";") as they come;
    returns how many."""
    return write_sheet_csv(path, rows, COLUMNS, language=language)


def write_sheet_csv(
    path: Path, rows: Iterable[Row], columns: Sequence[Column], *, language: str = "id"
) -> int:
    """Write `rows` to `path` as CSV (UTF-8 with BOM, ";") as they come, under the headers
    of `columns` (the first is the row number, see COLUMNS); returns how many."""
    tr = translator(language)
    decimal_mark = DECIMAL_MARK.get(language, ".")
    count = 0
    with open(path, "w", encoding="utf-8-sig", errors="replace", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow([tr(DOCUMENTS, header) for header, _, _ in columns])
        for values in rows:
            count += 1
            writer.writerow([str(count), *(csv_value(value, decimal_mark) for value in values)])
    return count
