"""The impact report laid out as sections of tables, in a language: the same headers, rows and
figures for the PDF and the xlsx, so the two never disagree. The cells keep their kind (a count,
money, a quantity in its unit, a share, a date) and each document shows it its own way: the PDF
as text, the xlsx as a number with a format.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.documents import sponsor_impact_parts as w
from desktop.documents.language import CHOICES, DOCUMENTS, Translate
from desktop.documents.sponsor_impact_parts import ImpactReport
from desktop.domain.choices import Sex
from desktop.domain.formatting import format_date, format_rupiah
from desktop.domain.inventory import Quantity, Unit

SPONSORS = "sponsors"  # the translation context of domain.sponsor's labels


@dataclass(frozen=True)
class Money:
    rupiah: int


@dataclass(frozen=True)
class Amount:
    milli: int
    unit: Unit


@dataclass(frozen=True)
class Share:
    """A fraction shown as a percentage; None when there was nothing to divide by."""

    fraction: float | None


@dataclass(frozen=True)
class Group:
    """A row that names the rows under it (Sex, Age…), not a figure."""

    title: str


Cell = str | int | date | Money | Amount | Share | Group | None


@dataclass(frozen=True)
class Column:
    header: str  # translated
    width_mm: int  # in the PDF; 0: what is left of the page
    figure: bool = False  # set to the right


@dataclass(frozen=True)
class Section:
    key: str  # of sponsor_impact_parts.SECTIONS
    title: str  # translated
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    empty: str  # said instead of the table when there are no rows (translated)
    total: bool = False  # the last row is a total
    note: str = ""  # under the table (translated)


class Figures:
    """The report's sections in `language`, and its cells as text for the PDF."""

    def __init__(self, report: ImpactReport, language: str, tr: Translate) -> None:
        self.report, self.language, self.tr = report, language, tr

    def t(self, source: str, **params: Any) -> str:
        text = self.tr(DOCUMENTS, source)
        return text.format(**params) if params else text

    def kind(self) -> str:
        return self.tr(SPONSORS, self.report.sponsor_kind.label)

    def period(self) -> str:
        return self.t(w.PERIOD, start=self.day(self.report.start), end=self.day(self.report.end))

    def day(self, value: date) -> str:
        return format_date(value, self.language)

    def sections(self) -> list[Section]:
        return [
            self._summary(),
            self._money(),
            self._items(),
            self._cohorts(),
            self._loans(),
            self._materials(),
            self._reach(),
            self._results(),
            self._follow_up(),
        ]

    def _section(
        self, key: str, columns: Sequence[Column], rows: Sequence[Sequence[Cell]], **more: Any
    ) -> Section:
        empty = more.pop("empty", w.NONE_IN_PERIOD)
        return Section(
            key,
            self.t(w.SECTIONS[key]),
            tuple(columns),
            tuple(tuple(row) for row in rows),
            self.t(empty),
            **more,
        )

    def _column(self, source: str, width_mm: int = 0, figure: bool = False) -> Column:
        return Column(self.t(source), width_mm, figure)

    def _pairs(self, key: str, rows: Sequence[tuple[str, Cell]], **more: Any) -> Section:
        columns = (self._column(w.FIGURE), self._column(w.NUMBER, 45, True))
        return self._section(
            key, columns, [(self.t(label), value) for label, value in rows], **more
        )

    # -- the sections

    def _summary(self) -> Section:
        r = self.report
        rows: list[tuple[str, Cell]] = [
            (w.CASH_TOTAL, Money(r.money.total_rupiah)),
            (w.IN_KIND_VALUE, Money(r.items.value_rupiah)),
            (w.COHORT_COUNT, len(r.cohorts)),
            (w.PARTICIPANTS, r.reach.participants),
            (w.COMPLETION_RATE, Share(r.completion.rate)),
            (w.CERTIFICATES, r.certificates),
        ]
        return self._pairs("summary", rows)

    def _money(self) -> Section:
        money = self.report.money
        rows: list[list[Cell]] = [
            [self._earmark(e.kind, e.name, e.programme), e.contributions, Money(e.amount_rupiah)]
            for e in money.earmarks
        ]
        if rows:
            rows.append([self.t(w.TOTAL), money.contributions, Money(money.total_rupiah)])
        columns = (
            self._column(w.EARMARK),
            self._column(w.COUNT, 28, True),
            self._column(w.AMOUNT, 40, True),
        )
        return self._section("money", columns, rows, total=bool(rows))

    def _earmark(self, kind: str, name: str, programme: str) -> str:
        if kind == "cohort":
            return self.t(w.COHORT_EARMARK, code=name, programme=programme)
        if kind == "programme":
            return self.t(w.PROGRAMME_EARMARK, name=name)
        return self.t(w.GENERAL)

    def _items(self) -> Section:
        given = self.report.items
        rows: list[list[Cell]] = [
            [item.name, Amount(item.quantity_milli, item.unit), _money_or_none(item.value_rupiah)]
            for item in given.items
        ]
        if given.contributions:
            label = f"{self.t(w.TOTAL)} ({self.t(w.CONTRIBUTIONS, count=given.contributions)})"
            rows.append([label, None, Money(given.value_rupiah)])
        columns = (
            self._column(w.ITEM),
            self._column(w.QUANTITY, 40, True),
            self._column(w.VALUE, 40, True),
        )
        return self._section("items", columns, rows, total=bool(rows))

    def _cohorts(self) -> Section:
        rows: list[list[Cell]] = [
            [
                c.code,
                c.programme,
                c.start_date,
                c.end_date,
                c.participants,
                c.completed,
                c.certificates,
            ]
            for c in self.report.cohorts
        ]
        columns = (
            self._column(w.COHORT, 25),
            self._column(w.PROGRAMME),
            self._column(w.START, 24),
            self._column(w.END, 24),
            self._column(w.IN_TRAINING, 23, True),
            self._column(w.COMPLETED, 21, True),
            self._column(w.CERTIFICATES, 22, True),
        )
        return self._section("cohorts", columns, rows)

    def _loans(self) -> Section:
        rows: list[list[Cell]] = [
            [
                line.item,
                self.t(w.LOAN_KINDS[line.kind]),
                line.times,
                Amount(line.quantity_milli, line.unit),
                line.participants,
                line.returned if line.kind == "loan" else None,
            ]
            for line in self.report.loans
        ]
        columns = (
            self._column(w.ITEM),
            self._column(w.HOW, 32),
            self._column(w.TIMES, 16, True),
            self._column(w.QUANTITY, 26, True),
            self._column(w.PEOPLE, 23, True),
            self._column(w.RETURNED, 20, True),
        )
        return self._section("loans", columns, rows)

    def _materials(self) -> Section:
        rows: list[list[Cell]] = [
            [line.item, Amount(line.quantity_milli, line.unit)] for line in self.report.materials
        ]
        columns = (self._column(w.ITEM), self._column(w.QUANTITY, 45, True))
        return self._section("materials", columns, rows)

    def _reach(self) -> Section:
        reach = self.report.reach
        total = reach.participants

        def line(label: str, count: int) -> list[Cell]:
            return [label, count, Share(count / total if total else None)]

        def choice(label: str) -> str:
            return self.tr(CHOICES, label)

        rows: list[list[Cell]] = [line(self.t(w.PARTICIPANTS), total)]
        rows.append([Group(self.t(w.SEX)), None, None])
        rows += [
            line(choice(Sex.MALE.label), reach.male),
            line(choice(Sex.FEMALE.label), reach.female),
        ]
        rows.append([Group(self.t(w.AGE)), None, None])
        rows += [line(choice(band.label), count) for band, count in reach.by_age]
        rows.append([Group(self.t(w.DISABILITY)), None, None])
        rows.append(line(self.t(w.WITH_DISABILITY), reach.with_disability))
        rows.append(line(self.t(w.WITHOUT_DISABILITY), reach.without_disability))
        rows.append([Group(self.t(w.ASSISTANCE)), None, None])
        rows.append(line(self.t(w.RECEIVING), reach.receiving_assistance))
        rows += [
            line(self.t(w.OF_WHICH, programme=choice(kind.label)), count)
            for kind, count in reach.by_assistance
        ]
        rows.append(line(self.t(w.NOT_RECEIVING), reach.not_receiving_assistance))
        columns = (
            self._column(w.GROUP),
            self._column(w.NUMBER, 30, True),
            self._column(w.SHARE, 30, True),
        )
        return self._section("reach", columns, rows if total else [])

    def _results(self) -> Section:
        r = self.report
        rows: list[tuple[str, Cell]] = [
            (self.t(w.ENDED_COHORTS, date=self.day(r.today)), r.completion.ended_cohorts),
            (w.COUNTED, r.completion.counted),
            (w.COMPLETED, r.completion.completed),
            (w.COMPLETION_RATE, Share(r.completion.rate)),
            (w.CERTIFICATES, r.certificates),
        ]
        return self._pairs("results", rows, note=self.t(w.COMPLETION_NOTE))

    def _follow_up(self) -> Section:
        found = self.report.follow_up
        columns = (
            self._column(w.OUTCOME),
            self._column(w.NUMBER, 30, True),
            self._column(w.SHARE, 30, True),
        )
        if found is None or not found.reached:
            return self._section("follow_up", columns, [], empty=w.NO_FOLLOW_UP)
        reached = found.reached

        def line(label: str, count: int) -> list[Cell]:
            return [self.t(label), count, Share(count / reached)]

        change = found.median_income_change
        rows: list[list[Cell]] = [
            [self.t(w.REACHED_AFTER, months=found.months), reached, None],
            line(w.WORKING, found.working),
            line(w.IN_BUSINESS, found.in_business),
            line(w.USES_SKILL, found.uses_skill),
            [self.t(w.INCOME_CHANGE), w.NOT_YET if change is None else Money(change), None],
        ]
        note = self.t(w.INCOME_NOTE, count=self.count(found.income_known))
        return self._section("follow_up", columns, rows, note=note)

    # -- cells as text (the PDF)

    def text(self, cell: Cell) -> str:
        if cell is None:
            return ""
        if isinstance(cell, Group):
            return cell.title
        if isinstance(cell, Money):
            return format_rupiah(cell.rupiah)
        if isinstance(cell, Amount):
            return Quantity(cell.milli, cell.unit).localised(self.language)
        if isinstance(cell, Share):
            return self.percent(cell.fraction)
        if isinstance(cell, date):
            return self.day(cell)
        if isinstance(cell, int):
            return self.count(cell)
        return cell

    def count(self, value: int) -> str:
        return count_text(value, self.language)

    def percent(self, fraction: float | None) -> str:
        return percent_text(fraction, self.language)


def count_text(value: int, language: str) -> str:
    """12.345 in Indonesian, 12,345 in English (the government report's too)."""
    grouped = f"{value:,}"
    return grouped.replace(",", ".") if language == "id" else grouped


def percent_text(fraction: float | None, language: str) -> str:
    """62,5% in Indonesian, 62.5% in English; "—" when there was nothing to divide by."""
    if fraction is None:
        return w.NOT_YET
    text = f"{fraction * 100:.1f}".removesuffix(".0")
    return (text.replace(".", ",") if language == "id" else text) + "%"


def _money_or_none(rupiah: int | None) -> Money | None:
    return None if rupiah is None else Money(rupiah)
