"""The sponsor impact report and the government report as CSV: the same sections and figures
as their xlsx (desktop.documents.sponsor_impact_figures, government_report_table), for
programs that read figures rather than print them.

The file opens with the report's head (the centre, the title, the period or the programmes it
covers), one line each, and an empty row; then every section is a block: a row with the
section's title, its header row, its data rows, an empty row. A section with no rows keeps
its title and header. Notes and the "figures only" line stay in the PDF and the xlsx.

The house CSV (desktop.documents.participants_sheet.write_sheet_csv): UTF-8 with a BOM, ";"
between values, CRLF, what Excel in an Indonesian locale opens right; the values as that
writer writes them: money as whole rupiah (1500000), counts as whole numbers, quantities as
numbers with the language's decimal mark and their unit in a column of its own (the xlsx
puts it in the number's format, a CSV has none), dates dd/mm/yyyy, and shares as the number
of percent ("62,5" in Indonesian), marked "(%)" in their column's header, or after the row's
label where a column mixes kinds (the summary's "Number"). Text that Excel would run as a
formula gets an apostrophe in front.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from decimal import Decimal

from desktop.documents import sponsor_impact_parts as impact
from desktop.documents.government_report_parts import GovernmentReport
from desktop.documents.government_report_table import GovernmentLayout, ReportTable
from desktop.documents.language import DOCUMENTS, translator
from desktop.documents.participants_sheet import DECIMAL_MARK
from desktop.documents.participants_sheet import csv_value as house_value
from desktop.documents.sponsor_impact_figures import (
    Amount,
    Cell,
    Figures,
    Group,
    Money,
    Section,
    Share,
)
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.inventory import MILLI, UnitName

UNIT = QT_TRANSLATE_NOOP("documents", "Unit")  # the inventory export's header too
PERCENT_MARK = " (%)"
GROUP_SEPARATOR = ": "  # "Sex: L": a column under a group header of the xlsx's upper row
Line = list[str]


def write_impact_csv(
    report: impact.ImpactReport, *, language: str = "id", centre_name: str = ""
) -> bytes:
    """The sponsor impact report as the bytes of a CSV file."""
    figures = Figures(report, language, translator(language))
    head = [
        centre_name,
        f"{figures.t(impact.NAME)}: {report.sponsor_name} ({figures.kind()})",
        figures.period(),
    ]
    out = _Blocks(language, head)
    for section in figures.sections():
        headers, rows = _with_units(section, out)
        out.block(section.title, *_marked(headers, rows, out))
    return out.data()


def write_government_csv(
    report: GovernmentReport, *, language: str = "id", centre_name: str = ""
) -> bytes:
    """The government report as the bytes of a CSV file."""
    layout = GovernmentLayout(report, language, translator(language))
    out = _Blocks(language, [centre_name, layout.title(), layout.scope()])
    for table in layout.tables():
        rows: list[list[Cell]] = [list(row) for row in table.rows]
        out.block(table.title, *_marked(_one_header_row(table), rows, out))
    return out.data()


def _one_header_row(table: ReportTable) -> list[str]:
    """The xlsx's two header rows in one: a column under a group of several gets the group's
    name in front ("Sex: L"), as the xlsx shows the group over it."""
    if not table.groups:
        return [column.header for column in table.columns]
    headers: list[str] = []
    columns = iter(table.columns)
    for group in table.groups:
        for _ in range(group.span):
            header = next(columns).header
            headers.append(f"{group.text}{GROUP_SEPARATOR}{header}" if group.span > 1 else header)
    return headers


def _with_units(section: Section, out: _Blocks) -> tuple[list[str], list[list[Cell]]]:
    """The section's header and rows, with the unit in a column after each column that
    holds quantities (known by their cells: the headers' words may be alike, "Jumlah" is
    both the quantity and the number in Indonesian)."""
    headers: list[str] = []
    rows: list[list[Cell]] = [[] for _ in section.rows]
    for index, column in enumerate(section.columns):
        cells = [source[index] for source in section.rows]
        headers.append(column.header)
        for row, cell in zip(rows, cells, strict=True):
            row.append(cell)
        if any(isinstance(cell, Amount) for cell in cells):
            headers.append(out.t(UNIT))
            for row, cell in zip(rows, cells, strict=True):
                unit = cell.unit if isinstance(cell, Amount) else None
                row.append(UnitName(unit).localised(out.language) if unit else None)
    return headers, rows


def _marked(
    headers: Sequence[str], rows: Sequence[Sequence[Cell]], out: _Blocks
) -> tuple[Line, list[Line]]:
    """The header and the rows as text, "(%)" after the header of a column of shares, and
    after the label of a row whose share stands in a column of other figures."""
    shares = {
        index
        for index in range(len(headers))
        if any(isinstance(row[index], Share) for row in rows)
        and all(isinstance(row[index], Share) or row[index] is None for row in rows)
    }
    marked = [header + PERCENT_MARK if i in shares else header for i, header in enumerate(headers)]
    lines = []
    for row in rows:
        line = [out.value(cell) for cell in row]
        mixed = any(isinstance(cell, Share) for i, cell in enumerate(row) if i not in shares)
        if mixed and isinstance(row[0], str):
            line[0] += PERCENT_MARK
        lines.append(line)
    return marked, lines


class _Blocks:
    """The rows of the file, written in the house CSV's dialect."""

    def __init__(self, language: str, head: Iterable[str]) -> None:
        self.language, self.tr = language, translator(language)
        self.decimal_mark = DECIMAL_MARK.get(language, ".")
        self.buffer = io.StringIO()
        self.writer = csv.writer(self.buffer, delimiter=";", lineterminator="\r\n")
        self.writer.writerows([[self.value(line)] for line in head if line])
        self.writer.writerow([])

    def t(self, source: str) -> str:
        return self.tr(DOCUMENTS, source)

    def block(self, title: str, headers: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
        self.writer.writerow([self.value(title)])
        self.writer.writerow([self.value(header) for header in headers])
        self.writer.writerows(rows)
        self.writer.writerow([])

    def value(self, cell: Cell) -> str:
        """A cell as the house CSV writes its kind of value."""
        if isinstance(cell, Group):
            return house_value(cell.title, self.decimal_mark)
        if isinstance(cell, Money):
            return house_value(cell.rupiah, self.decimal_mark)
        if isinstance(cell, Amount):
            return house_value(Decimal(cell.milli) / MILLI, self.decimal_mark)
        if isinstance(cell, Share):
            return house_value(cell.fraction, self.decimal_mark)
        return house_value(cell, self.decimal_mark)

    def data(self) -> bytes:
        return self.buffer.getvalue().encode("utf-8-sig", errors="replace")
