"""Who the dashboard's cohorts reached: the people by sex, age band, disability, social
assistance and regency, each person counted once. Counted as the government and sponsor
reports count them (desktop.services.sponsor_impact_reach.reach_by: the same people, the same
age bands, on the first day of the first cohort they joined); social assistance here also
counts people listed in DTSEN, and the regencies are folded into the largest few and "other".
Only counts come back from the database.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.domain.choices import Dtsen
from desktop.services.dashboard_parts import PeopleFigures, RegionCount
from desktop.services.sponsor_impact_queries import count_if, whole
from desktop.services.sponsor_impact_reach import nobody, people_reached, reach_over
from desktop.store.participants import Participant

# Regencies shown by name; everyone further down the list is "other".
REGIONS_SHOWN = 8


def people(session: Session, cohort_ids: Sequence[int]) -> PeopleFigures:
    reach = reach_over(session, cohort_ids) if cohort_ids else nobody()
    regions, other, assisted = _regions(session, cohort_ids) if cohort_ids else ((), 0, 0)
    return PeopleFigures(
        total=reach.participants,
        male=reach.male,
        female=reach.female,
        by_age=reach.by_age,
        with_disability=reach.with_disability,
        receiving_assistance=assisted,
        regions=regions,
        other_regions=other,
    )


def _regions(
    session: Session, cohort_ids: Sequence[int]
) -> tuple[tuple[RegionCount, ...], int, int]:
    """(the largest regencies, everyone in the rest, everyone with social assistance or in
    DTSEN): one GROUP BY over the people reached, a row per regency."""
    first = people_reached(cohort_ids)
    p = Participant
    rows = session.execute(
        select(
            p.regency_code,
            func.max(p.regency_name),
            func.count(),
            count_if(or_(p.assistance_bits != 0, p.dtsen == Dtsen.YES.value)),
        )
        .select_from(first)
        .join(p, p.id == first.c.person)
        .group_by(p.regency_code)
    ).all()
    assisted = sum(whole(row[3]) for row in rows)
    lines = [RegionCount((name or "") if code else "", int(count)) for code, name, count, _ in rows]
    # Most people first; "not recorded" never takes a named place, it goes with the rest.
    named = sorted(
        (line for line in lines if line.name),
        key=lambda line: (-line.count, line.name.casefold()),
    )
    shown = tuple(named[:REGIONS_SHOWN])
    other = sum(line.count for line in lines) - sum(line.count for line in shown)
    return shown, other, assisted
