"""The demo's test scores and competency units: everyone taking part in a finished cohort sat
a pre-test (30-60) and a post-test (60-95), and passed every unit of the programme, except one
person who attended enough but did not pass one unit. The completion rule then keeps that
person's certificate back (an admin may still issue it with a reason), and the others' are
issued as before.

Scores come from a generator seeded with the cohort's id, so a demo built twice is the same.
"""

from __future__ import annotations

import random
from datetime import date

from sqlalchemy import select

from desktop.services.assessments import AssessmentChange, assessment_sheet, save_assessments
from desktop.services.attendance_grid import grid
from desktop.services.context import Actor, acting
from desktop.store.database import Database
from desktop.store.training import Cohort

# Which unit the one person did not pass: the machine sewing of the sewing programme, the
# fourth of most programmes' lists (or the last of a shorter one).
FAILED_UNIT_INDEX = 3


def build_demo_assessments(db: Database, admin: Actor, today: date) -> None:
    """Scores and units for every finished cohort (`today` is the desk's, unused: the
    finished cohorts ended before it)."""
    with acting(db, admin, read_only=True) as work:
        finished = list(
            work.session.scalars(
                select(Cohort.id).where(Cohort.status == "finished").order_by(Cohort.id)
            )
        )
    for cohort_id in finished:
        save_assessments(db, admin, cohort_id, _changes(db, admin, cohort_id))


def _changes(db: Database, admin: Actor, cohort_id: int) -> list[AssessmentChange]:
    sheet = assessment_sheet(db, admin, cohort_id)
    attended = {
        row.enrolment_id for row in grid(db, admin, cohort_id).rows if row.completion.eligible
    }
    # The third who attended enough (in name order): someone the rule would otherwise pass.
    candidates = [row.enrolment_id for row in sheet.rows if row.enrolment_id in attended]
    failing = candidates[2] if len(candidates) > 2 else None
    dice = random.Random(cohort_id)
    changes = []
    for row in sheet.rows:
        pre = dice.randint(30, 60)
        post = min(95, max(60, pre + dice.randint(15, 45)))
        units: dict[str, bool | None] = {unit.code: True for unit in sheet.units}
        if row.enrolment_id == failing and sheet.units:
            units[sheet.units[min(FAILED_UNIT_INDEX, len(sheet.units) - 1)].code] = False
        changes.append(AssessmentChange(row.enrolment_id, pre, post, units))
    return changes
