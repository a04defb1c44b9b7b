"""Pre-test and post-test scores and competency units, per enrolment of a cohort: the sheet
the instructor (or a clerk, from paper) fills in, and saving what changed on it.

Instructors record their own cohorts only; clerks and admins any. Only people taking part
(accepted, in training, completed) are on the sheet. A save is all or nothing: every row is
checked first (scores 0-100, the person in this cohort and taking part, the unit one of the
programme's), then each changed person's scores and units are written, with one audit entry
per person saying what they were and what they are now. A unit set to None is "not assessed":
its row is removed. Writes are upserts the database settles (SQLite and PostgreSQL both have
ON CONFLICT), so two desks saving the same person at once do not fail on each other.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.dialects import postgresql, sqlite

from desktop.domain.assessment import Averages, averages, checked_score
from desktop.domain.errors import NotFound, ValidationError, ValidationErrors
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.programme_rules import CompletionRule
from desktop.domain.roles import Permission
from desktop.services.assessment_rows import (
    UnitColumn,
    programme_units,
    scores_of_cohort,
    unit_results_of_cohort,
)
from desktop.services.attendance_common import check_cohort_access
from desktop.services.certificate_plan import TAKING_PART
from desktop.services.context import Actor, Work, acting
from desktop.store.database import Database
from desktop.store.evaluation import Assessment, UnitResult
from desktop.store.models import Programme
from desktop.store.participants import Participant
from desktop.store.training import Cohort, Enrolment

UnitState = bool | None  # passed, not passed, not assessed


@dataclass(frozen=True)
class SheetRow:
    enrolment_id: int
    participant_id: int
    full_name: str
    pre: int | None
    post: int | None
    units: Mapping[str, UnitState]  # every unit of the programme, by code


@dataclass(frozen=True)
class AssessmentSheet:
    cohort_id: int
    cohort_code: str
    programme_name: str
    units: tuple[UnitColumn, ...]
    min_post_score: int | None  # the programme's completion rule (None: no minimum)
    rows: tuple[SheetRow, ...]
    averages: Averages


@dataclass(frozen=True)
class AssessmentChange:
    """One person's scores as they are to be (None: no score), and the units to set: a unit
    not named keeps its result, a unit named with None becomes not assessed."""

    enrolment_id: int
    pre: int | None
    post: int | None
    units: Mapping[str, UnitState] = field(default_factory=dict)


# -- reading -----------------------------------------------------------------------------------


def assessment_sheet(db: Database, actor: Actor, cohort_id: int) -> AssessmentSheet:
    with acting(db, actor, Permission.RECORD_ASSESSMENTS, read_only=True) as work:
        return read_sheet(work, cohort_id)


def read_sheet(work: Work, cohort_id: int) -> AssessmentSheet:
    """The sheet inside a unit of work; refuses an instructor who does not teach the cohort."""
    head = _head(work, cohort_id)
    check_cohort_access(work, cohort_id)
    units = programme_units(work, head.programme_id)
    scores = scores_of_cohort(work, cohort_id)
    results = unit_results_of_cohort(work, cohort_id, [unit.code for unit in units])
    rows = tuple(
        SheetRow(
            enrolment_id=row.id,
            participant_id=row.participant_id,
            full_name=row.full_name,
            pre=scores.get(row.id, (None, None))[0],
            post=scores.get(row.id, (None, None))[1],
            units={unit.code: results.get(row.id, {}).get(unit.code) for unit in units},
        )
        for row in work.session.execute(
            select(Enrolment.id, Enrolment.participant_id, Participant.full_name)
            .join(Participant, Participant.id == Enrolment.participant_id)
            .where(
                Enrolment.cohort_id == cohort_id,
                Enrolment.status.in_([status.value for status in TAKING_PART]),
            )
            .order_by(Participant.name_sort, Enrolment.id)
        )
    )
    return AssessmentSheet(
        cohort_id=cohort_id,
        cohort_code=head.code,
        programme_name=head.name,
        units=units,
        min_post_score=CompletionRule.from_json(head.completion or {}).min_post_score,
        rows=rows,
        averages=averages((row.pre, row.post) for row in rows),
    )


def _head(work: Work, cohort_id: int) -> Any:
    head = work.session.execute(
        select(Cohort.code, Cohort.programme_id, Programme.name, Programme.completion)
        .join(Programme, Programme.id == Cohort.programme_id)
        .where(Cohort.id == cohort_id)
    ).one_or_none()
    if head is None:
        raise NotFound(QT_TRANSLATE_NOOP("messages", "This cohort no longer exists."))
    return head


# -- saving ------------------------------------------------------------------------------------


def save_assessments(
    db: Database, actor: Actor, cohort_id: int, changes: Sequence[AssessmentChange]
) -> int:
    """Record `changes` all together, or nothing when any is refused (ValidationErrors naming
    every fault: "pre:<enrolment id>", "post:<id>", "unit:<id>:<code>", "enrolment:<id>").
    Returns how many people's records changed."""
    with acting(db, actor, Permission.RECORD_ASSESSMENTS) as work:
        sheet = read_sheet(work, cohort_id)
        _check(sheet, changes)
        rows = {row.enrolment_id: row for row in sheet.rows}
        changed = 0
        for change in changes:
            row = rows[change.enrolment_id]
            before, after = _record(row), _record(row, change)
            if before == after:
                continue
            _write(work, change, before, after)
            work.audit(
                "assessment.record", "enrolment", change.enrolment_id, before=before, after=after
            )
            changed += 1
        return changed


def _check(sheet: AssessmentSheet, changes: Sequence[AssessmentChange]) -> None:
    taking_part = {row.enrolment_id for row in sheet.rows}
    codes = {unit.code for unit in sheet.units}
    errors: list[ValidationError] = []
    seen: set[int] = set()
    for change in changes:
        person = change.enrolment_id
        if person not in taking_part or person in seen:
            errors.append(
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "This person is not taking part in {cohort}: their scores cannot be "
                        "recorded here.",
                    )
                    if person not in taking_part
                    else QT_TRANSLATE_NOOP("messages", "This person is on the list twice."),
                    f"enrolment:{person}",
                    cohort=sheet.cohort_code,
                )
            )
            continue
        seen.add(person)
        for name, value in (("pre", change.pre), ("post", change.post)):
            try:
                checked_score(value, f"{name}:{person}")
            except ValidationError as error:
                errors.append(error)
        for code, state in change.units.items():
            if code not in codes:
                errors.append(
                    ValidationError(
                        QT_TRANSLATE_NOOP(
                            "messages", "{code} is not a competency unit of {programme}."
                        ),
                        f"unit:{person}:{code}",
                        code=code,
                        programme=sheet.programme_name,
                    )
                )
            elif state is not None and not isinstance(state, bool):
                errors.append(
                    ValidationError(
                        QT_TRANSLATE_NOOP(
                            "messages", "A unit is passed, not passed or not assessed."
                        ),
                        f"unit:{person}:{code}",
                    )
                )
    if errors:
        raise ValidationErrors(errors)


def _record(row: SheetRow, change: AssessmentChange | None = None) -> dict[str, Any]:
    """What the audit keeps of a person: scores and the units with a result, before or after
    `change`."""
    units = dict(row.units)
    if change is not None:
        units.update(change.units)
    return {
        "pre": change.pre if change else row.pre,
        "post": change.post if change else row.post,
        "units": {code: state for code, state in units.items() if state is not None},
    }


def _write(
    work: Work, change: AssessmentChange, before: dict[str, Any], after: dict[str, Any]
) -> None:
    who = work.actor.username if work.actor else ""
    person = change.enrolment_id
    if (before["pre"], before["post"]) != (after["pre"], after["post"]):
        _upsert(
            work,
            Assessment,
            {"enrolment_id": person},
            {"pre_score": change.pre, "post_score": change.post, "updated_at": work.now,
             "updated_by": who},
        )  # fmt: skip
    gone = [code for code in before["units"] if code not in after["units"]]
    if gone:
        work.session.execute(
            delete(UnitResult).where(
                UnitResult.enrolment_id == person, UnitResult.unit_code.in_(gone)
            )
        )
    for code, passed in after["units"].items():
        if before["units"].get(code) != passed:
            _upsert(
                work,
                UnitResult,
                {"enrolment_id": person, "unit_code": code},
                {"passed": passed, "updated_at": work.now, "updated_by": who},
            )


def _upsert(work: Work, table: Any, key: dict[str, Any], values: dict[str, Any]) -> None:
    """Insert the row, or update it where another desk inserted it first."""
    dialect = sqlite if work.db.is_sqlite else postgresql
    statement = dialect.insert(table).values(**key, **values)
    work.session.execute(statement.on_conflict_do_update(index_elements=list(key), set_=values))
