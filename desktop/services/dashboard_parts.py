"""What the admin's dashboard shows (`Dashboard`), gathered by desktop.services.dashboard:
figures only, each a count, a sum or a rate. Nothing here can hold a participant's name,
identity number, phone or address.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.domain.choices import AgeBand
from desktop.services.inventory_attention import Attention
from desktop.services.outcome_figures import OutcomeFigures


@dataclass(frozen=True)
class DashboardFilters:
    """The period (both days included) and, optionally, one programme, branch or sponsor."""

    start: date
    end: date
    programme_id: int | None = None
    branch: str | None = None  # a cohort's branch, as typed on the cohort
    sponsor_id: int | None = None

    @property
    def narrowed(self) -> bool:
        """Whether a programme, branch or sponsor is chosen (registrations then count
        enrolments in their cohorts, not new participants)."""
        return self.programme_id is not None or bool(self.branch) or self.sponsor_id is not None


@dataclass(frozen=True)
class MonthCount:
    month: date  # the first day of the month
    count: int


@dataclass(frozen=True)
class MonthRate:
    """Attendance of one month: marks counted as present out of all marks."""

    month: date
    present: int
    marked: int

    @property
    def percent(self) -> float | None:
        return 100.0 * self.present / self.marked if self.marked else None


@dataclass(frozen=True)
class CohortFill:
    """The cohorts running in the period and how full they are."""

    cohorts: int
    seats_taken: int
    capacity: int

    @property
    def rate(self) -> float | None:
        return self.seats_taken / self.capacity if self.capacity else None


@dataclass(frozen=True)
class CompletionFigures:
    """Completed out of the finished places of the cohorts that ended in the period."""

    completed: int
    finished: int  # completed, dropped out or not passed
    ended_cohorts: int

    @property
    def rate(self) -> float | None:
        return self.completed / self.finished if self.finished else None


@dataclass(frozen=True)
class RegionCount:
    name: str  # the regency or city; "" when the record has none
    count: int


@dataclass(frozen=True)
class PeopleFigures:
    """The people enrolled in the matching cohorts of the period, each counted once."""

    total: int
    male: int
    female: int
    by_age: tuple[tuple[AgeBand, int], ...]  # every band in order, zeros included
    with_disability: int
    receiving_assistance: int  # any social-assistance programme, or listed in DTSEN
    regions: tuple[RegionCount, ...]  # the largest (at most REGIONS_SHOWN), most people first
    other_regions: int  # everyone in the regencies after those

    @property
    def without_disability(self) -> int:
        return self.total - self.with_disability

    @property
    def not_receiving_assistance(self) -> int:
        return self.total - self.receiving_assistance


@dataclass(frozen=True)
class Dashboard:
    filters: DashboardFilters
    today: date
    registrations: tuple[MonthCount, ...]  # every month of the period, zeros included
    cohorts: CohortFill
    attendance: tuple[MonthRate, ...]  # every month of the period, zeros included
    completion: CompletionFigures
    certificates: int
    people: PeopleFigures
    outcomes: OutcomeFigures
    attention: Attention | None  # None: the actor does not manage the inventory
    at_risk: int

    @property
    def registrations_total(self) -> int:
        return sum(month.count for month in self.registrations)

    @property
    def registrations_are_enrolments(self) -> bool:
        """With a programme, branch or sponsor chosen, registrations are the enrolments applied
        for in their cohorts; otherwise the people newly registered at the centre."""
        return self.filters.narrowed
