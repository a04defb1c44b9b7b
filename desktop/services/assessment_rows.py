"""Reading a cohort's scores and competency-unit results, for the assessment sheet, the
completion rule and the certificates' back pages: a query per kind of row, never one per
person.

Units are named by code (store.evaluation); only the codes the programme has now count: a
result kept for a unit since dropped from the programme neither blocks nor prints.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from sqlalchemy import select

from desktop.services.context import Work
from desktop.store.evaluation import Assessment, UnitResult
from desktop.store.training import Enrolment, ProgrammeUnit


@dataclass(frozen=True)
class UnitColumn:
    """A competency unit of the programme, in the programme's order."""

    code: str
    title: str


def programme_units(work: Work, programme_id: int) -> tuple[UnitColumn, ...]:
    return tuple(
        UnitColumn(row.code, row.title)
        for row in work.session.execute(
            select(ProgrammeUnit.code, ProgrammeUnit.title)
            .where(ProgrammeUnit.programme_id == programme_id)
            .order_by(ProgrammeUnit.position, ProgrammeUnit.id)
        )
    )


def scores_of_cohort(work: Work, cohort_id: int) -> dict[int, tuple[int | None, int | None]]:
    """enrolment id -> (pre, post) of everyone in the cohort who has an assessment row."""
    return {
        row.enrolment_id: (row.pre_score, row.post_score)
        for row in work.session.execute(
            select(Assessment.enrolment_id, Assessment.pre_score, Assessment.post_score)
            .join(Enrolment, Enrolment.id == Assessment.enrolment_id)
            .where(Enrolment.cohort_id == cohort_id)
        )
    }


def unit_results_of_cohort(
    work: Work, cohort_id: int, codes: Collection[str]
) -> dict[int, dict[str, bool]]:
    """enrolment id -> {unit code: passed} of the cohort, for the units in `codes`."""
    found: dict[int, dict[str, bool]] = {}
    if not codes:
        return found
    for row in work.session.execute(
        select(UnitResult.enrolment_id, UnitResult.unit_code, UnitResult.passed)
        .join(Enrolment, Enrolment.id == UnitResult.enrolment_id)
        .where(Enrolment.cohort_id == cohort_id, UnitResult.unit_code.in_(list(codes)))
    ):
        found.setdefault(row.enrolment_id, {})[row.unit_code] = bool(row.passed)
    return found


def in_unit_order(results: dict[str, bool], units: Sequence[UnitColumn]) -> dict[str, bool]:
    """`results` in the programme's order of its units (messages list codes in that order)."""
    return {unit.code: results[unit.code] for unit in units if unit.code in results}


def back_page_units(
    units: Sequence[UnitColumn], results: dict[str, bool] | None
) -> tuple[tuple[str, str], ...]:
    """The (code, title) lines of a certificate's back page: the units passed when any unit
    has a result, else every unit of the programme (results are not kept by every centre)."""
    if not results:
        return tuple((unit.code, unit.title) for unit in units)
    return tuple((unit.code, unit.title) for unit in units if results.get(unit.code) is True)
