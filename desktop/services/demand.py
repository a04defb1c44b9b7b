"""Demand for training from the needs analysis: which programmes people ask for, by target
group, sex and village, so an admin can plan the next cohorts (`demand`), and the same figures
written as an xlsx or a CSV file (`write_demand`).

Definitions:

- The people: active participant records (merged and inactive ones are left out) registered
  in the period (`created_at`, the desk's calendar days, both ends included) and living in the
  regency or district asked for.
- Asking for a programme: it is among the wishes of their intake form (`preferences`, ranked,
  the first is the first choice); with `first_choice_only` only first choices count. Wishes for
  a programme no longer on record (deleted) are ignored; an archived programme is listed while
  someone asks for it, marked.
- Waiting: asking for the programme and not served by it yet. Served: an enrolment in that
  programme (any of its cohorts) that is applied, accepted, on the waitlist, in training or
  completed (desktop.services.demand_queries.HOLDING): already trained, or on the way. A person
  who withdrew, dropped out or did not pass may enrol again (domain.enrolment), so waits again.
- By target group: a person in two groups counts in both; "no group" counts those in none.
  Each person counts once in "asking", "waiting", male and female.
- No cohort planned: the programme has no cohort that is planned, open or running.
- Totals: the people asking for anything, each once (by group and sex); those waiting for at
  least one of their wishes; the wishes added up; those asking for a programme with no cohort
  planned.

Counted in the database (desktop.services.demand_queries): only counts come back. Needs
Permission.VIEW_REPORTS (admins); reading writes nothing, a written file is audited
("report.demand").
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select, text

from desktop.config import load_config
from desktop.documents.demand_parts import (
    Demand,
    DemandTotals,
    ProgrammeDemand,
    VillageDemand,
)
from desktop.documents.demand_xlsx import write_demand_csv, write_demand_xlsx
from desktop.domain import regions
from desktop.domain.errors import NotFound, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.roles import Permission
from desktop.services import centre
from desktop.services.context import Actor, Work, acting
from desktop.services.demand_queries import DemandQueries
from desktop.services.demand_sql import Scope
from desktop.services.sponsor_impact import check_period, write_whole
from desktop.store.database import Database
from desktop.store.models import Programme
from desktop.store.participants import Participant

__all__ = ["Demand", "DemandFilters", "demand", "demand_regions", "write_demand"]

FORMATS = (".xlsx", ".csv")
NOT_XLSX_OR_CSV = QT_TRANSLATE_NOOP("messages", "Choose a file name ending in .xlsx or .csv.")
P = Participant


@dataclass(frozen=True)
class DemandFilters:
    start: date | None = None  # registered on or after this day
    end: date | None = None  # registered on or before this day
    regency_code: str | None = None  # "32.03"
    district_code: str | None = None  # "32.03.01"
    first_choice_only: bool = False


@dataclass(frozen=True)
class Area:
    """A regency or district people live in, for the pickers: its code and name."""

    code: str
    name: str


def demand(db: Database, actor: Actor, filters: DemandFilters) -> Demand:
    """The demand per programme for the people `filters` keep (see the module's definitions).
    Refused when the period ends before it starts (field "end"), or a regency (field
    "regency") or district (field "district") is not known, or the district is not in the
    regency."""
    if filters.start is not None and filters.end is not None:
        check_period(filters.start, filters.end)
    with acting(db, actor, Permission.VIEW_REPORTS, read_only=True) as work:
        regency, district = _area(work, filters)
        with _postgres_tuned(work):
            return _demand(work, db.is_sqlite, filters, regency, district)


@contextmanager
def _postgres_tuned(work: Work) -> Iterator[None]:
    """On PostgreSQL, for these queries only (a read runs in autocommit, so the settings are
    the connection's and are reset after). The planner cannot know how many elements a JSON
    list has and guesses a hundred: its cost then calls for JIT compiling, which takes longer
    than the queries run. And the people grouped by their wishes (some 250,000 groups at a
    million people) are hashed in memory instead of sorted on disk."""
    if work.db.is_sqlite:
        yield
        return
    work.session.execute(text("SET jit = off"))
    work.session.execute(text("SET work_mem = '64MB'"))
    try:
        yield
    finally:
        work.session.execute(text("RESET jit"))
        work.session.execute(text("RESET work_mem"))


def _demand(
    work: Work, sqlite: bool, filters: DemandFilters, regency: str, district: str
) -> Demand:
    """The figures, counted in `work`; the area's names are already known."""
    today = work.now.astimezone().date()
    listed = work.session.execute(
        select(Programme.id, Programme.code, Programme.name, Programme.active)
    ).all()
    queries = DemandQueries(
        work.session,
        sqlite,
        _scope(filters),
        filters.first_choice_only,
        [row.id for row in listed],
    )
    planned = queries.planned()
    asking = queries.asking([row.id for row in listed if row.id not in planned])
    served = queries.served()
    top = queries.villages()
    codes = sorted({code for found in top.values() for code, _ in found})
    names, served_there = queries.village_names(codes), served.villages
    lines: list[ProgrammeDemand] = []
    for row in listed:
        asked = asking.cells.breakdown(row.id)
        if not row.active and not asked.people:
            continue
        villages = tuple(
            VillageDemand(
                village=names.get(code, ("", ""))[0] if code else "",
                district=names.get(code, ("", ""))[1] if code else "",
                asking=count,
                waiting=count - served_there.get((row.id, code), 0),
            )
            for code, count in top.get(row.id, [])
        )
        lines.append(
            ProgrammeDemand(
                programme_id=row.id,
                code=row.code,
                name=row.name,
                archived=not row.active,
                planned=row.id in planned,
                asking=asked,
                first_choice=asking.cells.first.get(row.id, 0),
                waiting=asked.minus(served.cells.breakdown(row.id)),
                villages=villages,
            )
        )
    lines.sort(key=lambda line: (-line.asking.people, line.name.casefold(), line.code))
    people = asking.everyone.breakdown(0)
    totals = DemandTotals(
        people=people,
        waiting=people.people - served.complete,
        wishes=sum(line.asking.people for line in lines),
        unplanned=asking.unplanned,
    )
    return Demand(
        start=filters.start,
        end=filters.end,
        regency=regency,
        district=district,
        first_choice_only=filters.first_choice_only,
        today=today,
        programmes=tuple(lines),
        totals=totals,
    )


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time.min).astimezone()


def _scope(filters: DemandFilters) -> Scope:
    start, end = filters.start, filters.end
    return Scope(
        registered_from=_local_midnight(start) if start else None,
        registered_before=_local_midnight(end + timedelta(days=1)) if end else None,
        regency=filters.regency_code or "",
        district=filters.district_code or "",
    )


def _area(work: Work, filters: DemandFilters) -> tuple[str, str]:
    """The names of the regency and district asked for ("" for none); refused when unknown."""
    regency = filters.regency_code or ""
    district = filters.district_code or ""
    regency_name = _name(work, regency, P.regency_code, P.regency_name, 2) if regency else ""
    if regency and regency_name is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("messages", "There is no regency or city with the code {code}."),
            "regency",
            code=regency,
        )
    district_name = _name(work, district, P.district_code, P.district_name, 3) if district else ""
    if district and district_name is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("messages", "There is no district with the code {code}."),
            "district",
            code=district,
        )
    if regency and district and regions.parent_of(district) != regency:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "This district is not in the chosen regency or city."),
            "district",
        )
    return regency_name or "", district_name or ""


def _name(work: Work, code: str, column: Any, named: Any, level: int) -> str | None:
    """The region's name: as the region data has it, else as recorded on someone living
    there (a code from an older list); None when neither knows it."""
    if regions.level_of(code) != level:
        return None
    known = regions.name_of(code)
    if known:
        return known
    recorded = work.session.scalar(select(named).where(column == code).limit(1))
    return recorded


def demand_regions(db: Database, actor: Actor, regency_code: str | None = None) -> list[Area]:
    """The regencies people live in (or, with `regency_code`, that regency's districts), by
    name: for the report's pickers. Counted from the index, no participant is read."""
    with acting(db, actor, Permission.VIEW_REPORTS, read_only=True) as work:
        if regency_code:
            code, name = P.district_code, P.district_name
            # By the code's beginning: read from the district index alone, in any collation.
            query = select(code).where(code.startswith(regency_code + ".", autoescape=True))
        else:
            code, name = P.regency_code, P.regency_name
            query = select(code).where(code != "")
        codes = list(work.session.scalars(query.distinct()))
        areas = []
        for found in codes:
            known = regions.name_of(found) or work.session.scalar(
                select(name).where(code == found).limit(1)
            )
            areas.append(Area(found, known or found))
        return sorted(areas, key=lambda area: (area.name.casefold(), area.code))


def write_demand(
    db: Database,
    actor: Actor,
    filters: DemandFilters,
    path: Path,
    *,
    language: str | None = None,
) -> Demand:
    """Write the demand to `path`, an xlsx or a CSV by its suffix, in `language` ("id" or "en";
    default: the desk's), and return it. Audited ("report.demand")."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError(NOT_XLSX_OR_CSV, "file")
    language = language or load_config().language
    report = demand(db, actor, filters)
    profile = centre.get_profile(db)
    if profile is None:  # a database without a centre has no admin to ask for this either
        raise NotFound(QT_TRANSLATE_NOOP("messages", "This database has no centre yet."))
    write = write_demand_csv if suffix == ".csv" else write_demand_xlsx
    data = write(report, language=language, centre_name=profile.name)
    # Written inside the unit of work: a file that cannot be written leaves no audit entry.
    with acting(db, actor, Permission.VIEW_REPORTS) as work:
        write_whole(path, data)
        work.audit(
            "report.demand",
            "report",
            "",
            after={
                "start": filters.start.isoformat() if filters.start else None,
                "end": filters.end.isoformat() if filters.end else None,
                "regency": filters.regency_code or None,
                "district": filters.district_code or None,
                "first_choice_only": filters.first_choice_only,
                "format": suffix.lstrip("."),
                "language": language,
            },
        )
    return report
