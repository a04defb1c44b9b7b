"""The demand report (desktop.documents.demand_parts.Demand) as an Excel workbook, a sheet per
table (the programmes with their target groups; the villages asking most), and as the house
CSV (desktop.documents.report_csv: UTF-8 with a BOM, ";", a block per table). Both come from
one layout (`DemandLayout`), so they never disagree. Figures only.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Font  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from desktop.documents import demand_parts as w
from desktop.documents.demand_parts import GROUP_KEYS, NO_GROUP, Breakdown, Demand
from desktop.documents.language import CHOICES, DOCUMENTS, translator
from desktop.documents.participants_sheet import DECIMAL_MARK, clean_text, csv_value
from desktop.documents.sponsor_impact_xlsx import BOX, COUNT_FORMAT, HEADER_FILL
from desktop.domain.choices import TargetGroup
from desktop.domain.formatting import format_date
from desktop.domain.i18n import QT_TRANSLATE_NOOP

Cell = str | int | None
SHEET_NAMES = {
    "programmes": QT_TRANSLATE_NOOP("documents", "Programmes"),
    "villages": QT_TRANSLATE_NOOP("documents", "Villages"),
}
_NOT_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\]")
WRAPPED = Alignment(horizontal="center", vertical="center", wrap_text=True)


@dataclass(frozen=True)
class Table:
    key: str  # SHEET_NAMES
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    total: bool  # the last row is the total
    notes: tuple[str, ...]


class DemandLayout:
    """The report's head lines and tables in `language`."""

    def __init__(self, report: Demand, language: str) -> None:
        self.report, self.language = report, language
        self.tr: Callable[[str, str], str] = translator(language)

    def t(self, source: str, **params: Any) -> str:
        text = self.tr(DOCUMENTS, source)
        return text.format(**params) if params else text

    def day(self, value: Any) -> str:
        return format_date(value, self.language)

    def group(self, key: str) -> str:
        if key == NO_GROUP:
            return self.t(w.NO_GROUP_LABEL)
        return self.tr(CHOICES, TargetGroup(key).label)

    def head(self) -> list[str]:
        r = self.report
        if r.start and r.end:
            period = self.t(w.REGISTERED, start=self.day(r.start), end=self.day(r.end))
        elif r.start:
            period = self.t(w.REGISTERED_SINCE, start=self.day(r.start))
        elif r.end:
            period = self.t(w.REGISTERED_UNTIL, end=self.day(r.end))
        else:
            period = self.t(w.EVERYONE)
        lines = [self.t(w.TITLE), period]
        area = ", ".join(name for name in (r.district, r.regency) if name)
        if area:
            lines.append(self.t(w.AREA, area=area))
        if r.first_choice_only:
            lines.append(self.t(w.FIRST_ONLY))
        lines.append(self.t(w.MADE_ON, date=self.day(r.today)))
        return lines

    def tables(self) -> list[Table]:
        return [self.programmes(), self.villages()]

    def programmes(self) -> Table:
        r, t = self.report, self.t
        waiting = t(w.WAITING)
        headers = (
            t(w.CODE),
            t(w.PROGRAMME),
            t(w.ASKING),
            t(w.FIRST_CHOICE),
            waiting,
            *(self.group(key) for key in GROUP_KEYS),
            *(f"{waiting}: {self.group(key)}" for key in GROUP_KEYS),
            t(w.MALE),
            t(w.FEMALE),
            t(w.NOT_PLANNED),
        )
        rows: list[tuple[Cell, ...]] = []
        for line in r.programmes:
            name = f"{line.name} ({t(w.ARCHIVED)})" if line.archived else line.name
            rows.append(
                (
                    line.code,
                    name,
                    line.asking.people,
                    line.first_choice,
                    line.waiting.people,
                    *_groups(line.asking),
                    *_groups(line.waiting),
                    line.asking.male,
                    line.asking.female,
                    t(w.YES) if line.no_cohort_planned else "",
                )
            )
        people = r.totals.people
        if rows:
            rows.append(
                (
                    "",
                    t(w.TOTAL_PEOPLE),
                    people.people,
                    None,
                    r.totals.waiting,
                    *_groups(people),
                    *(None for _ in GROUP_KEYS),
                    people.male,
                    people.female,
                    None,
                )
            )
        unplanned = t(w.UNPLANNED_NOTE, count=r.totals.unplanned)
        notes = (unplanned, t(w.WAITING_NOTE), t(w.GROUPS_NOTE), t(w.FIGURES_ONLY))
        return Table("programmes", t(w.BY_PROGRAMME), headers, tuple(rows), bool(rows), notes)

    def villages(self) -> Table:
        t = self.t
        headers = (t(w.PROGRAMME), t(w.VILLAGE), t(w.DISTRICT), t(w.ASKING), t(w.WAITING))
        rows = tuple(
            (
                line.name,
                place.village or t(w.NOT_RECORDED),
                place.district,
                place.asking,
                place.waiting,
            )
            for line in self.report.programmes
            for place in line.villages
        )
        return Table("villages", t(w.BY_VILLAGE), headers, rows, False, (t(w.FIGURES_ONLY),))


def _groups(breakdown: Breakdown) -> tuple[int, ...]:
    return tuple(breakdown.group(key) for key in GROUP_KEYS)


# -- xlsx -------------------------------------------------------------------------------------


def write_demand_xlsx(report: Demand, *, language: str = "id", centre_name: str = "") -> bytes:
    """The report as the bytes of an xlsx file."""
    layout = DemandLayout(report, language)
    book = Workbook()
    book.remove(book.active)
    book.properties.title = layout.t(w.TITLE)
    book.properties.creator = "Pelita"
    for table in layout.tables():
        _sheet(book, layout, table, centre_name)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _sheet(book: Workbook, layout: DemandLayout, table: Table, centre: str) -> None:
    name = _NOT_IN_SHEET_NAMES.sub("-", layout.t(SHEET_NAMES[table.key]))[:31]
    sheet = book.create_sheet(name)
    head = [centre, *layout.head(), table.title]
    row = 0
    for row, text in enumerate((line for line in head if line), start=1):
        _text(sheet.cell(row=row, column=1), text).font = Font(bold=row <= 2 or text == head[-1])
    header_row = row + 2
    widths = [max(map(len, header.split()), default=4) for header in table.headers]
    for column, header in enumerate(table.headers, start=1):
        cell = _text(sheet.cell(row=header_row, column=column), header)
        cell.font, cell.fill, cell.border, cell.alignment = (
            Font(bold=True),
            HEADER_FILL,
            BOX,
            WRAPPED,
        )
    last = header_row
    for last, values in enumerate(table.rows, start=header_row + 1):
        bold = table.total and last == header_row + len(table.rows)
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=last, column=column)
            cell.border = BOX
            if bold:
                cell.font = Font(bold=True)
            if isinstance(value, int):
                cell.value, cell.number_format = value, COUNT_FORMAT
            elif value is not None:
                _text(cell, value)
            widths[column - 1] = max(widths[column - 1], len(str(value or "")))
    if not table.rows:
        last += 1
        _text(sheet.cell(row=last, column=1), layout.t(w.NOBODY)).font = Font(italic=True)
    for offset, note in enumerate(table.notes, start=2):
        _text(sheet.cell(row=last + offset, column=1), note)
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = min(width + 3, 50)
    sheet.row_dimensions[header_row].height = 45
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=3)
    data_end = header_row + len(table.rows) - table.total
    if data_end > header_row:
        sheet.auto_filter.ref = f"A{header_row}:{get_column_letter(len(table.headers))}{data_end}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def _text(cell: Any, text: str) -> Any:
    """`text` in `cell` as text: a programme named "=1+1" is not a formula."""
    cell.value = clean_text(text)
    cell.data_type = "s"
    return cell


# -- CSV --------------------------------------------------------------------------------------


def write_demand_csv(report: Demand, *, language: str = "id", centre_name: str = "") -> bytes:
    """The report as the bytes of a house CSV file: the head, one line each, an empty row;
    then each table as a block (its title, header, rows, an empty row)."""
    layout = DemandLayout(report, language)
    mark = DECIMAL_MARK.get(language, ".")
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    for line in (centre_name, *layout.head()):
        if line:
            writer.writerow([csv_value(line, mark)])
    writer.writerow([])
    for table in layout.tables():
        writer.writerow([csv_value(table.title, mark)])
        writer.writerow([csv_value(header, mark) for header in table.headers])
        writer.writerows([csv_value(cell, mark) for cell in row] for row in table.rows)
        writer.writerow([])
    return buffer.getvalue().encode("utf-8-sig", errors="replace")
