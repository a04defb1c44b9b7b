"""The government report laid out as its two tables, in a language: the same headers, rows and
figures for the PDF and the xlsx, so the two never disagree. Cells keep their kind (a count, a
share) and each document shows it its own way: the PDF as text, the xlsx as a number with a
format (the sponsor impact report's cells: desktop.documents.sponsor_impact_figures).

The programmes' table has two header rows, as Indonesian reports set them: a group ("Sex",
"Age at the start", …) over its columns, and a column that belongs to no group under a header
spanning both rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.documents import government_report_parts as w
from desktop.documents.cohort_roster_parts import SEX
from desktop.documents.government_report_parts import GovernmentReport, ProgrammeLine
from desktop.documents.language import CHOICES, DOCUMENTS, Translate
from desktop.documents.sponsor_impact_figures import Column, Share, count_text, percent_text
from desktop.domain.choices import AgeBand
from desktop.domain.formatting import format_date

Cell = str | int | Share | None


@dataclass(frozen=True)
class Group:
    """A header over `span` columns; a span of 1 is the column's own header, over both rows."""

    text: str
    span: int = 1


@dataclass(frozen=True)
class ReportTable:
    key: str  # "programmes" or "regencies"
    title: str
    groups: tuple[Group, ...]  # the upper header row; empty: one header row
    columns: tuple[Column, ...]  # widths in mm of the landscape PDF (0: what is left)
    rows: tuple[tuple[Cell, ...], ...]
    total: bool  # the last row is the total
    notes: tuple[str, ...]


class GovernmentLayout:
    """The report's title lines and tables in `language`, and its cells as text (the PDF)."""

    def __init__(self, report: GovernmentReport, language: str, tr: Translate) -> None:
        self.report, self.language, self.tr = report, language, tr

    def t(self, source: str, **params: Any) -> str:
        text = self.tr(DOCUMENTS, source)
        return text.format(**params) if params else text

    def day(self, value: date) -> str:
        return format_date(value, self.language)

    def title(self) -> str:
        r = self.report
        return self.t(w.TITLE, start=self.day(r.start), end=self.day(r.end))

    def scope(self) -> str:
        programme = self.report.programme
        return self.t(w.ONE_PROGRAMME, name=programme) if programme else self.t(w.ALL_PROGRAMMES)

    def notes(self) -> tuple[str, ...]:
        return (
            self.t(w.COHORTS_NOTE),
            self.t(w.AGE_NOTE),
            self.t(w.COMPLETION_NOTE, date=self.day(self.report.today)),
        )

    def tables(self) -> list[ReportTable]:
        return [self.programmes(), self.regencies()]

    # -- the programmes

    def programmes(self) -> ReportTable:
        sexes = SEX.get(self.language, SEX["id"])
        bands = [self.tr(CHOICES, band.label) for band in AgeBand]
        # mm, on the landscape page: room for "12.345", and for the longer headers' words
        people, result = 16, (15, 14, 13, 15)
        columns = [
            Column(self.t(w.NUMBER), 7),
            Column(self.t(w.PROGRAMME), 0),  # what is left: about 43 mm
            Column(self.t(w.COHORTS), 13, True),
            Column(self.t(w.PARTICIPANTS), people, True),
            Column(sexes["L"], 12, True),
            Column(sexes["P"], 12, True),
            *(Column(band, 11, True) for band in bands),
            Column(self.t(w.WITH), 12, True),
            Column(self.t(w.WITHOUT), 13, True),
            *(
                Column(self.t(name), width, True)
                for name, width in zip(
                    (w.COMPLETED, w.DROPPED, w.FAILED, w.RATE), result, strict=True
                )
            ),
            Column(self.t(w.CERTIFICATES), people, True),
        ]
        groups = [
            *(Group(column.header) for column in columns[:4]),
            Group(self.t(w.SEX), 2),
            Group(self.t(w.AGE), len(bands)),
            Group(self.t(w.DISABILITY), 2),
            Group(self.t(w.RESULT), 4),
            Group(columns[-1].header),
        ]
        report = self.report
        rows = [
            self._row(number, line.programme, line)
            for number, line in enumerate(report.programmes, start=1)
        ]
        if rows:
            rows.append(self._row(None, self.t(w.TOTAL), report.total))
        return ReportTable(
            "programmes",
            self.t(w.TRAINED),
            tuple(groups),
            tuple(columns),
            tuple(rows),
            total=bool(rows),
            notes=self.notes(),
        )

    def _row(self, number: int | None, name: str, line: ProgrammeLine) -> tuple[Cell, ...]:
        reach = line.reach
        return (
            number,
            name,
            line.cohorts,
            reach.participants,
            reach.male,
            reach.female,
            *(count for _band, count in reach.by_age),
            reach.with_disability,
            reach.without_disability,
            line.completed,
            line.dropped,
            line.failed,
            Share(line.completion.rate),
            line.certificates,
        )

    # -- the regencies

    def regencies(self) -> ReportTable:
        sexes = SEX.get(self.language, SEX["id"])
        columns = (
            Column(self.t(w.NUMBER), 7),
            Column(self.t(w.REGENCY), 80),
            Column(self.t(w.PARTICIPANTS), 22, True),
            Column(sexes["L"], 16, True),
            Column(sexes["P"], 16, True),
            Column(self.t(w.WITH_DISABILITY), 24, True),
        )
        rows: list[tuple[Cell, ...]] = [
            (
                number,
                line.regency or self.t(w.NOT_RECORDED),
                line.participants,
                line.male,
                line.female,
                line.with_disability,
            )
            for number, line in enumerate(self.report.regencies, start=1)
        ]
        total = self.report.total.reach
        if rows:
            rows.append(
                (None, self.t(w.TOTAL), total.participants, total.male, total.female,
                 total.with_disability)
            )  # fmt: skip
        return ReportTable(
            "regencies",
            self.t(w.BY_REGENCY),
            (),
            columns,
            tuple(rows),
            total=bool(rows),
            notes=(self.t(w.REGENCY_NOTE),),
        )

    # -- cells as text (the PDF)

    def text(self, cell: Cell) -> str:
        if cell is None:
            return ""
        if isinstance(cell, Share):
            return percent_text(cell.fraction, self.language)
        if isinstance(cell, int):
            return count_text(cell, self.language)
        return cell
