"""Outcomes compared with intake, on SQLite and PostgreSQL: the cross-table of employment at
intake against work now, the income figures against the intake band, the skill and help
counts; the export is audited and holds figures only."""

from __future__ import annotations

import io
from datetime import date

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desktop.domain.errors import PermissionDenied, ValidationError
from desktop.domain.follow_up import UNKNOWN
from desktop.services.context import Actor
from desktop.services.follow_up import export_outcomes, outcomes_vs_intake
from desktop.store.models import AuditEntry
from tests.services.test_follow_up_list import TODAY, World, reached
from tests.services.test_follow_up_list import world as world  # a fixture


@pytest.fixture
def answered(world: World, clerk: Actor) -> World:
    """Six people reached at 6 months, with what they said."""
    for name, employment, band in (
        ("Rina", "job_seeker", "under_1m"),  # 500.000 -> 2 jt: up two bands
        ("Sari", "job_seeker", "1m_2m"),  # 1,5 jt -> 1,5 jt: same band
        ("Tono", "working", "2m_3m"),  # 2,5 jt -> 1 jt: down a band
        ("Umi", "homemaker", "none"),  # no income -> business, income not said
        ("Vina", None, None),  # intake not recorded -> not working
        ("Wati", "laid_off", None),  # band unknown: income not compared
    ):
        world.person(name, "JHT-6", employment=employment, income_band=band)
    reached(world, "Rina", 6, clerk, work="formal", monthly_income="2 jt")
    reached(world, "Sari", 6, clerk, work="informal", monthly_income="1.500.000")
    reached(world, "Tono", 6, clerk, work="formal", business=True, business_kind="Warung",
            monthly_income="1 jt", needs_help=True)  # fmt: skip
    reached(world, "Umi", 6, clerk, work="none", business=True, business_kind="Kue",
            uses_skill=True)  # fmt: skip
    reached(world, "Vina", 6, clerk, work="none", uses_skill=False, needs_help=True)
    reached(world, "Wati", 6, clerk, work="informal", monthly_income="800 rb", uses_skill=False)
    return world


def test_the_cross_table(answered: World, admin: Actor) -> None:
    result = outcomes_vs_intake(answered.db, admin, 6)
    assert result.reached == 6
    assert result.table == {
        ("job_seeker", "formal"): 1,
        ("job_seeker", "informal"): 1,
        ("working", "formal"): 1,  # a formal job counts before the side business
        ("homemaker", "business"): 1,
        (UNKNOWN, "none"): 1,
        ("laid_off", "informal"): 1,
    }
    assert result.row_total("job_seeker") == 2 and result.column_total("formal") == 2


def test_income_against_the_intake_band(answered: World, admin: Actor) -> None:
    result = outcomes_vs_intake(answered.db, admin, 6)
    assert (result.income_known, result.income_compared) == (4, 3)
    # Changes: 2.000.000 - 500.000, 1.500.000 - 1.500.000, 1.000.000 - 2.500.000
    assert result.median_change == 0
    assert (result.higher_band, result.same_band, result.lower_band) == (1, 1, 1)
    assert (result.uses_skill, result.needs_help) == (4, 2)
    assert result.uses_skill_share == pytest.approx(4 / 6)


def test_filters_and_other_milestones(answered: World, admin: Actor) -> None:
    assert outcomes_vs_intake(answered.db, admin, 3).reached == 0
    kln = answered.programmes["KLN"]
    assert outcomes_vs_intake(answered.db, admin, 6, programme_id=kln).reached == 0
    ended = outcomes_vs_intake(answered.db, admin, 6, start=date(2026, 4, 1), end=TODAY)
    assert ended.reached == 6
    assert outcomes_vs_intake(answered.db, admin, 6, end=date(2026, 1, 1)).reached == 0
    empty = outcomes_vs_intake(answered.db, admin, 12)
    assert (empty.median_change, empty.uses_skill_share) == (None, None)


def test_refusals(answered: World, admin: Actor, clerk: Actor) -> None:
    with pytest.raises(PermissionDenied):
        outcomes_vs_intake(answered.db, clerk, 6)
    with pytest.raises(ValidationError, match="before its start"):
        outcomes_vs_intake(answered.db, admin, 6, start=TODAY, end=date(2026, 1, 1))
    with pytest.raises(ValidationError, match="3, 6 or 12"):
        outcomes_vs_intake(answered.db, admin, 5)


def test_the_export_has_figures_only_and_is_audited(answered: World, admin: Actor) -> None:
    data = export_outcomes(answered.db, admin, 6, language="en")
    sheet = load_workbook(io.BytesIO(data)).active
    cells = [str(c) for row in sheet.iter_rows(values_only=True) for c in row if c is not None]
    assert "Looking for work" in cells and "Running a business" in cells
    assert not any(name in " ".join(cells) for name in ("Rina", "Sari", "Tono", "0812"))
    rows = {row[0]: row[1:] for row in sheet.iter_rows(values_only=True) if row[0]}
    assert rows["Looking for work"][:5] == (0, 1, 0, 1, 2)  # none, informal, business, formal
    assert rows["Median change in monthly income"][0] == 0
    with answered.db.sessions() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "report.outcomes")
        ).one()
    assert entry.after["reached"] == 6 and entry.username == "admin"
