"""The admin's dashboard through its service (desktop.services.dashboard), on SQLite and
PostgreSQL, over the known year of tests/services/dashboard_world.py: every figure checked,
without filters and with each filter (programme, branch, sponsor, a shorter period); who may
see it; and that it counts in the database without loading anyone."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import event

from desktop.domain.choices import AgeBand
from desktop.services.context import Actor
from desktop.services.dashboard import Dashboard, DashboardFilters, dashboard
from desktop.services.dashboard_parts import CohortFill, CompletionFigures, RegionCount
from desktop.services.inventory_attention import Attention
from desktop.services.outcome_figures import OutcomeFigures
from desktop.store.database import Database
from desktop.store.participants import Participant
from tests.services.dashboard_world import TODAY, YEAR, World, build_world


@pytest.fixture
def world(demo_db: Database) -> World:
    return build_world(demo_db)


def year(**narrowed: object) -> DashboardFilters:
    return DashboardFilters(*YEAR, **narrowed)  # type: ignore[arg-type]


def show(db: Database, actor: Actor, filters: DashboardFilters) -> Dashboard:
    return dashboard(db, actor, filters, TODAY)


def test_the_whole_year(demo_db: Database, admin: Actor, world: World) -> None:
    found = show(demo_db, admin, year())
    # People newly registered: 3 in January, 2 in February, 1 in May, 2 in August.
    assert [m.count for m in found.registrations] == [3, 2, 0, 0, 1, 0, 0, 2, 0, 0, 0, 0]
    assert found.registrations[0].month == date(2030, 1, 1)
    assert found.registrations_total == 8 and not found.registrations_are_enrolments
    # K1, K2, K3 (K4 is planned, K5 is in 2029): 6 seats taken of 40.
    assert found.cohorts == CohortFill(cohorts=3, seats_taken=6, capacity=40)
    assert found.cohorts.rate == pytest.approx(0.15)
    # JHT does not count excused; PTM counts sick. January: present and late of 3; February:
    # one present (the excused mark does not count); May: all 3; August: Gita 3 of 6.
    rates = {m.month.month: (m.present, m.marked) for m in found.attendance}
    assert rates == {
        1: (2, 3),
        2: (1, 3),
        3: (0, 0),
        4: (0, 0),
        5: (3, 3),
        6: (0, 0),
        7: (0, 0),
        8: (3, 6),
        9: (0, 0),
        10: (0, 0),
        11: (0, 0),
        12: (0, 0),
    }
    assert found.attendance[7].percent == pytest.approx(50.0)
    assert found.attendance[2].percent is None
    # K1 and K2 ended before today: 4 completed of 6 finished (a dropped, a failed).
    assert found.completion == CompletionFigures(completed=4, finished=6, ended_cohorts=2)
    # Ani's, Budi's re-issue, Eka's; not the superseded, the revoked or 2029's.
    assert found.certificates == 3
    people = found.people
    assert (people.total, people.male, people.female) == (7, 2, 5)
    assert dict(people.by_age) == {
        AgeBand.UNDER_18: 1,  # Citra, 16
        AgeBand.FROM_18: 1,  # Eka, 24 on K2's first day
        AgeBand.FROM_25: 2,  # Ani, Gita
        AgeBand.FROM_35: 2,  # Budi; Hana, 40 on K3's first day (her birthday)
        AgeBand.FROM_45: 1,  # Fajar
        AgeBand.FROM_60: 0,  # Dodi withdrew: not reached
    }
    assert people.with_disability == 2 and people.without_disability == 5
    assert people.receiving_assistance == 3  # Ani (PKH), Eka (KIP), Budi (DTSEN)
    assert people.regions == (
        RegionCount("Kabupaten Cianjur", 3),
        RegionCount("Kabupaten Bandung", 2),
        RegionCount("Kota Bandung", 1),
    )
    assert people.other_regions == 1  # Fajar's regency is not recorded
    assert found.outcomes == OutcomeFigures(6, 4, 2, 2, 3, 2, 2, 3, 1_000_000)
    assert found.attention == Attention(0, 0)  # admins manage the inventory
    assert found.at_risk == 1  # Hana: absent three sessions in a row


def test_one_programme(demo_db: Database, admin: Actor, world: World) -> None:
    found = show(demo_db, admin, year(programme_id=world.programmes["JHT"]))
    # Enrolments applied for in JHT's cohorts: 4 in January (K1), 2 in July (K3).
    assert [m.count for m in found.registrations] == [4, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0]
    assert found.registrations_are_enrolments
    assert found.cohorts == CohortFill(2, 4, 20)
    assert [(m.present, m.marked) for m in found.attendance if m.marked] == [(2, 3), (1, 3), (3, 6)]
    assert found.completion == CompletionFigures(2, 3, 1)
    assert found.certificates == 2
    assert (found.people.total, found.people.male, found.people.female) == (5, 1, 4)
    assert found.outcomes.reached == 2 and found.outcomes.median_income_change == 1_250_000
    assert found.at_risk == 1
    other = show(demo_db, admin, year(programme_id=world.programmes["PTM"]))
    assert other.at_risk == 0 and other.cohorts == CohortFill(1, 2, 20)
    assert [m.count for m in other.registrations][3:5] == [3, 1]  # K2's; K4 had none


def test_one_branch(demo_db: Database, admin: Actor, world: World) -> None:
    found = show(demo_db, admin, year(branch="Bandung"))  # K2 and K3
    assert found.registrations_total == 6  # 3 in April, 1 in May, 2 in July
    assert found.cohorts == CohortFill(2, 4, 30)
    assert found.completion == CompletionFigures(2, 3, 1)
    assert found.certificates == 1  # Eka's; Ani's of K2 was revoked
    assert found.people.total == 5  # Eka, Fajar, Ani, Gita, Hana
    assert found.outcomes.reached == 2 and found.outcomes.median_income_change == -1_000_000
    assert found.at_risk == 1
    assert show(demo_db, admin, year(branch="Bogor")).people.total == 0


def test_one_sponsor(demo_db: Database, admin: Actor, world: World) -> None:
    found = show(demo_db, admin, year(sponsor_id=world.sponsors["S1"]))  # K1 (K5 is 2029)
    assert found.registrations_total == 4
    assert found.cohorts == CohortFill(1, 2, 10)
    assert found.completion == CompletionFigures(2, 3, 1)
    assert found.certificates == 2
    assert found.people.total == 3 and found.at_risk == 0
    assert found.outcomes.reached == 2
    second = show(demo_db, admin, year(sponsor_id=world.sponsors["S2"]))  # K3
    assert second.cohorts == CohortFill(1, 2, 10) and second.at_risk == 1
    assert second.completion == CompletionFigures(0, 0, 0) and second.completion.rate is None


def test_filters_together(demo_db: Database, admin: Actor, world: World) -> None:
    both = year(programme_id=world.programmes["JHT"], branch="Cianjur")
    assert show(demo_db, admin, both).cohorts == CohortFill(1, 2, 10)
    none = year(programme_id=world.programmes["PTM"], sponsor_id=world.sponsors["S1"])
    found = show(demo_db, admin, none)
    assert found.cohorts == CohortFill(0, 0, 0) and found.cohorts.rate is None
    assert found.people.total == 0 and found.outcomes.reached == 0


def test_a_shorter_period(demo_db: Database, admin: Actor, world: World) -> None:
    spring = DashboardFilters(date(2030, 2, 14), date(2030, 5, 15))
    found = show(demo_db, admin, spring)
    assert [(m.month, m.count) for m in found.registrations] == [
        (date(2030, 2, 1), 1),  # Eka on the 14th; Dodi on the 3rd is before the period
        (date(2030, 3, 1), 0),
        (date(2030, 4, 1), 0),
        (date(2030, 5, 1), 1),  # Fajar on the 15th, the last day
    ]
    assert found.cohorts.cohorts == 2  # K1 and K2 overlap it
    assert found.completion == CompletionFigures(2, 3, 1)  # K1 ended on 29 March
    assert found.certificates == 2  # April's
    assert [(m.present, m.marked) for m in found.attendance] == [(0, 0), (0, 0), (0, 0), (3, 3)]


def test_a_cohort_that_has_not_ended_by_today(
    demo_db: Database, admin: Actor, world: World
) -> None:
    found = dashboard(demo_db, admin, year(), date(2030, 7, 1))  # K2 ends on 26 July
    assert found.completion == CompletionFigures(2, 3, 1)


def test_nothing_in_the_period(demo_db: Database, admin: Actor, world: World) -> None:
    found = show(demo_db, admin, DashboardFilters(date(2031, 3, 1), date(2031, 3, 31)))
    assert [m.count for m in found.registrations] == [0]
    assert found.cohorts == CohortFill(0, 0, 0)
    assert found.completion.rate is None and found.certificates == 0
    assert found.people.total == 0 and dict(found.people.by_age)[AgeBand.UNDER_18] == 0
    assert found.people.regions == () and found.people.other_regions == 0
    assert not found.outcomes.any and found.outcomes.median_income_change is None
    assert found.at_risk == 1  # now, whatever the period


def test_the_largest_regencies_then_the_rest(
    demo_db: Database, admin: Actor, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("desktop.services.dashboard_people.REGIONS_SHOWN", 1)
    people = show(demo_db, admin, year()).people
    assert people.regions == (RegionCount("Kabupaten Cianjur", 3),)
    assert people.other_regions == 4


def test_no_participant_is_loaded(demo_db: Database, admin: Actor, world: World) -> None:
    """Aggregates only: no ORM row of a participant, and no statement reads a name, NIK,
    phone or address."""
    loaded: list[object] = []
    statements: list[str] = []

    def on_load(target: object, _context: object) -> None:
        loaded.append(target)

    def on_execute(*args: object) -> None:
        statements.append(str(args[2]).lower())

    event.listen(Participant, "load", on_load)
    event.listen(demo_db.engine, "before_cursor_execute", on_execute)
    try:
        show(demo_db, admin, year())
        show(demo_db, admin, year(programme_id=world.programmes["JHT"], branch="Bandung"))
    finally:
        event.remove(Participant, "load", on_load)
        event.remove(demo_db.engine, "before_cursor_execute", on_execute)
    assert loaded == []
    assert statements
    for column in ("full_name", "nik", "phone", "name_key", "street", "village_name"):
        assert not [s for s in statements if f"participant.{column}" in s], column


def test_nothing_is_written(demo_db: Database, admin: Actor, world: World) -> None:
    statements: list[str] = []

    def on_execute(*args: object) -> None:
        statements.append(str(args[2]).lstrip().split()[0].upper())

    event.listen(demo_db.engine, "before_cursor_execute", on_execute)
    try:
        show(demo_db, admin, year())
    finally:
        event.remove(demo_db.engine, "before_cursor_execute", on_execute)
    assert set(statements) <= {"SELECT", "BEGIN", "COMMIT", "ROLLBACK", "SET", "SHOW", "WITH"}


def test_only_admins(demo_db: Database, clerk: Actor, instructor: Actor, world: World) -> None:
    from desktop.domain.errors import PermissionDenied

    for actor in (clerk, instructor):
        with pytest.raises(PermissionDenied):
            show(demo_db, actor, year())


# -- bad input: each refused with its message on its field, and nothing shown

BAD = [
    pytest.param(
        DashboardFilters(date(2030, 5, 1), date(2030, 4, 30)),
        "The end of the period is before its start.",
        "end",
        id="end-before-start",
    ),
    pytest.param(
        DashboardFilters(date(2015, 1, 1), date(2030, 12, 31)),
        "Choose a period of at most ten years.",
        "start",
        id="too-long",
    ),
    pytest.param(
        DashboardFilters(*YEAR, programme_id=999_999),
        "This programme is no longer on record.",
        "programme",
        id="unknown-programme",
    ),
    pytest.param(
        DashboardFilters(*YEAR, sponsor_id=999_999),
        "This sponsor is no longer on record.",
        "sponsor",
        id="unknown-sponsor",
    ),
]


@pytest.mark.parametrize(("filters", "text", "field"), BAD)
def test_bad_filters(
    demo_db: Database,
    admin: Actor,
    world: World,
    filters: DashboardFilters,
    text: str,
    field: str,
) -> None:
    from desktop.domain.errors import PelitaError

    with pytest.raises(PelitaError) as refused:
        show(demo_db, admin, filters)
    assert (refused.value.text, refused.value.field) == (text, field)
    # The same filters made right still count.
    fixed = replace(filters, start=date(2030, 1, 1), end=date(2030, 12, 31))
    if field in ("start", "end"):
        assert show(demo_db, admin, fixed).cohorts.cohorts == 3
