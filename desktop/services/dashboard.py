"""The admin's dashboard: how the centre is doing in a period, in figures (`dashboard`).

Everything is counted in the database (aggregates); no participant's row is read into Python.
Filters (`DashboardFilters`): the period (both days included), and optionally a programme, a
branch (the cohort's `branch`) and a sponsor (cohorts that name it, `cohort_sponsor`); "the
matching cohorts" are those of that programme, branch and sponsor. Definitions:

- Registrations per month: with no programme, branch or sponsor chosen, the people newly
  registered at the centre (participant records created in the month, merged duplicates
  included: each was a registration at the desk). With one chosen, people have no programme
  until they apply, so the figure is the enrolments applied for in the matching cohorts that
  month (every application: waitlisted and withdrawn ones too).
- Active cohorts: the matching cohorts whose dates overlap the period and that are past
  planning (open, running, finished or archived). Fill rate: their seats taken ÷ their
  capacity, summed over them.
- Attendance trend: per month, the marks of the matching cohorts' sessions held that month,
  counted present as the attendance pages count them (desktop.services.attendance_numbers:
  late is present; excused and sick count only where the programme says so).
- Completion rate: completed ÷ finished places (completed, dropped out, not passed) of the
  matching cohorts whose last day is in the period and before today.
- Certificates: certificates dated in the period that are valid now, one per place.
- Participants: the people who took up a place (accepted, in training, completed, dropped out
  or not passed) in the active cohorts, each once, by sex, age band (on the first day of the
  first of those cohorts they joined, the government report's bands), disability, social
  assistance (any assistance programme on the record, or listed in DTSEN) and regency (the
  largest eight, then everyone else).
- Outcomes: the follow-up answers 6 months after the end (desktop.services.outcome_figures) of
  everyone enrolled in the active cohorts.
- Low stock and overdue loans: now, for the whole centre (desktop.services.inventory_attention),
  only for someone who manages the inventory (else None).
- At risk: people in training now in the matching cohorts who are absent three sessions in a
  row or under their programme's minimum (the at-risk list's rule); the period does not apply.

Needs Permission.VIEW_REPORTS (admins). Reads only; nothing is audited.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.errors import NotFound, ValidationError
from desktop.domain.evaluation import OUTCOME_MONTHS
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.roles import Permission
from desktop.services import dashboard_queries as q
from desktop.services.context import Actor, acting
from desktop.services.dashboard_parts import (
    CohortFill,
    CompletionFigures,
    Dashboard,
    DashboardFilters,
    MonthCount,
    MonthRate,
    PeopleFigures,
    RegionCount,
)
from desktop.services.dashboard_people import REGIONS_SHOWN, people
from desktop.services.inventory_attention import Attention, attention
from desktop.services.outcome_figures import OutcomeFigures, outcome_figures
from desktop.services.sponsor_impact import check_period
from desktop.store.database import Database
from desktop.store.models import Programme
from desktop.store.training import Cohort, Sponsor

__all__ = [
    "REGIONS_SHOWN",
    "Attention",
    "CohortFill",
    "CompletionFigures",
    "Dashboard",
    "DashboardChoices",
    "DashboardFilters",
    "MonthCount",
    "MonthRate",
    "OutcomeFigures",
    "PeopleFigures",
    "RegionCount",
    "dashboard",
    "dashboard_choices",
]

# The longest period asked for at once: ten years of months is already a crowded chart.
MAX_MONTHS = 120
NO_OUTCOMES = OutcomeFigures(OUTCOME_MONTHS, 0, 0, 0, 0, 0, 0, 0, None)


def dashboard(db: Database, actor: Actor, filters: DashboardFilters, today: date) -> Dashboard:
    """The dashboard's figures for `filters` (see the module's definitions). Refused when the
    period ends before it starts (field "end") or is longer than ten years (field "start"), or
    when the chosen programme or sponsor is no longer on record; a period with nothing in it
    gives zeros."""
    check_period(filters.start, filters.end)
    if len(q.months(filters.start, filters.end)) > MAX_MONTHS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Choose a period of at most ten years."), "start"
        )
    with acting(db, actor, Permission.VIEW_REPORTS, read_only=True) as work:
        session = work.session
        _check_filters(session, filters)
        rules = q.completion_rules(session)
        cohort_ids, fill = q.cohort_fill(session, filters)
        found = Dashboard(
            filters=filters,
            today=today,
            registrations=q.registrations(session, filters),
            cohorts=fill,
            attendance=q.attendance(session, filters, rules),
            completion=q.completion(session, filters, today),
            certificates=q.certificates(session, filters),
            people=people(session, cohort_ids),
            outcomes=(
                outcome_figures(work, q.enrolments_of(cohort_ids)) if cohort_ids else NO_OUTCOMES
            ),
            attention=None,
            at_risk=q.at_risk(session, filters, rules),
        )
        manages_inventory = work.may(Permission.MANAGE_INVENTORY)
    if manages_inventory:
        found = replace(found, attention=attention(db, actor, today))
    return found


def _check_filters(session: Session, filters: DashboardFilters) -> None:
    """A programme or sponsor deleted at another desk since the list was read is refused,
    rather than showing zeros that look like a fact."""
    if filters.programme_id is not None and (
        session.scalar(select(Programme.id).where(Programme.id == filters.programme_id)) is None
    ):
        raise NotFound(
            QT_TRANSLATE_NOOP("messages", "This programme is no longer on record."), "programme"
        )
    if filters.sponsor_id is not None and (
        session.scalar(select(Sponsor.id).where(Sponsor.id == filters.sponsor_id)) is None
    ):
        raise NotFound(
            QT_TRANSLATE_NOOP("messages", "This sponsor is no longer on record."), "sponsor"
        )


@dataclass(frozen=True)
class DashboardChoices:
    """What the dashboard's filters offer: (id, name) of every programme and sponsor, by
    name, and the branches written on cohorts."""

    programmes: tuple[tuple[int, str], ...]
    branches: tuple[str, ...]
    sponsors: tuple[tuple[int, str], ...]


def dashboard_choices(db: Database, actor: Actor) -> DashboardChoices:
    with acting(db, actor, Permission.VIEW_REPORTS, read_only=True) as work:
        session = work.session
        programmes = session.execute(select(Programme.id, Programme.name)).all()
        branches = session.scalars(select(Cohort.branch).distinct().where(Cohort.branch != ""))
        sponsors = session.execute(select(Sponsor.id, Sponsor.name)).all()

        def by_name(rows: list[Any]) -> tuple[tuple[int, str], ...]:
            return tuple(
                (row[0], row[1]) for row in sorted(rows, key=lambda r: (r[1].casefold(), r[0]))
            )

        return DashboardChoices(
            programmes=by_name(list(programmes)),
            branches=tuple(sorted(branches, key=lambda name: (name.casefold(), name))),
            sponsors=by_name(list(sponsors)),
        )
