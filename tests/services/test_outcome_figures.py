"""The follow-up outcomes every report counts (desktop.services.outcome_figures), on SQLite and
PostgreSQL, over the known calls of tests/services/dashboard_world.py:

    K1 Ani    6 months  reached  formal            income 2,0 jt  (intake under 1 jt: +1,5 jt)
    K1 Budi   6 months  reached  own business      income 2,5 jt  (intake 1-2 jt:     +1 jt)
    K1 Citra  6 months  not reached
    K2 Eka    6 months  reached  informal + business, income not said
    K2 Fajar  6 months  reached  not working        income 3 jt    (intake 3-5 jt:     -1 jt)
    K2 Ani    3 months  reached  formal             income 10 jt   (intake under 1 jt: +9,5 jt)
    K5 Iwan   6 months  reached  formal             income 1,2 jt  (intake none:       +1,2 jt)
"""

from __future__ import annotations

import pytest
from sqlalchemy import event, select, update

from desktop.domain.evaluation import OUTCOME_MONTHS
from desktop.services.context import anonymous
from desktop.services.outcome_figures import OutcomeFigures, outcome_figures
from desktop.store.database import Database
from desktop.store.participants import Participant
from desktop.store.training import Enrolment
from tests.services.dashboard_world import World, build_world


@pytest.fixture
def world(demo_db: Database) -> World:
    return build_world(demo_db)


def figures(db: Database, cohorts: list[int] | None = None, months: int = OUTCOME_MONTHS):
    ids = None if cohorts is None else select(Enrolment.id).where(Enrolment.cohort_id.in_(cohorts))
    with anonymous(db, read_only=True) as work:
        return outcome_figures(work, ids, months)


def test_every_enrolment_at_six_months(demo_db: Database, world: World) -> None:
    assert OUTCOME_MONTHS == 6
    assert figures(demo_db) == OutcomeFigures(
        months=6,
        reached=5,  # Ani, Budi, Eka, Fajar, Iwan; Citra was not reached
        working=3,  # Ani and Iwan formal, Eka informal
        in_business=2,  # Budi, Eka
        working_or_business=4,  # Eka once
        uses_skill=3,
        needs_help=2,
        income_known=4,  # Eka did not say
        median_income_change=1_100_000,  # -1 jt, +1 jt, +1,2 jt, +1,5 jt: between the middle two
    )


def test_restricted_to_some_enrolments(demo_db: Database, world: World) -> None:
    found = figures(demo_db, [world.cohorts["K1"], world.cohorts["K2"]])
    assert (found.reached, found.working, found.in_business, found.working_or_business) == (
        4,
        2,
        2,
        3,
    )
    assert (found.uses_skill, found.needs_help, found.income_known) == (2, 2, 3)
    assert found.median_income_change == 1_000_000  # -1 jt, +1 jt, +1,5 jt
    first = figures(demo_db, [world.cohorts["K1"]])
    assert (first.reached, first.income_known) == (2, 2)
    assert first.median_income_change == 1_250_000  # +1 jt and +1,5 jt


def test_another_milestone(demo_db: Database, world: World) -> None:
    found = figures(demo_db, None, 3)
    assert found == OutcomeFigures(3, 1, 1, 0, 1, 1, 0, 1, 9_500_000)
    assert figures(demo_db, None, 12) == OutcomeFigures(12, 0, 0, 0, 0, 0, 0, 0, None)


def test_nothing_recorded(demo_db: Database, world: World) -> None:
    found = figures(demo_db, [world.cohorts["K3"], world.cohorts["K4"]])
    assert found == OutcomeFigures(6, 0, 0, 0, 0, 0, 0, 0, None)
    assert not found.any
    assert figures(demo_db, []).reached == 0


def test_an_income_band_not_given_at_intake_leaves_the_change_unknown(
    demo_db: Database, world: World
) -> None:
    with demo_db.sessions.begin() as session:
        session.execute(
            update(Participant)
            .where(Participant.id == world.people["fajar"])
            .values(income_band=None)
        )
    found = figures(demo_db, [world.cohorts["K1"], world.cohorts["K2"]])
    assert found.reached == 4 and found.income_known == 2
    assert found.median_income_change == 1_250_000


def test_a_fall_in_income_is_negative(demo_db: Database, world: World) -> None:
    found = figures(demo_db, [world.cohorts["K2"]])
    assert found.income_known == 1 and found.median_income_change == -1_000_000


def test_no_participant_is_loaded(demo_db: Database, world: World) -> None:
    """Counted in the database: no ORM row, and no statement reads a name, NIK or phone."""
    loaded: list[object] = []
    statements: list[str] = []

    def on_load(target: object, _context: object) -> None:
        loaded.append(target)

    def on_execute(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(Participant, "load", on_load)
    event.listen(demo_db.engine, "before_cursor_execute", on_execute)
    try:
        figures(demo_db)
    finally:
        event.remove(Participant, "load", on_load)
        event.remove(demo_db.engine, "before_cursor_execute", on_execute)
    assert loaded == []
    joined = "\n".join(statements).lower()
    for column in ("full_name", "nik", "phone", "name_key", "birth_date"):
        assert f"participant.{column}" not in joined
