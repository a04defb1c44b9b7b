"""Scores and competency units (services.assessments) on SQLite and PostgreSQL: the sheet of a
cohort with its units and averages, saving all or nothing with an audit entry per person, a
unit set back to "not assessed", who may record what, and the catalogue of bad input (each
refused with its message, nothing changed). Scores typed by people: domain.assessment."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.domain.assessment import averages, parse_score
from desktop.domain.enrolment import EnrolmentStatus
from desktop.domain.errors import NotFound, PermissionDenied, ValidationError, ValidationErrors
from desktop.services import cohorts, enrolment
from desktop.services.accounts import list_users
from desktop.services.assessments import (
    AssessmentChange,
    AssessmentSheet,
    assessment_sheet,
    save_assessments,
)
from desktop.services.context import Actor
from desktop.store.database import Database
from desktop.store.evaluation import Assessment, UnitResult
from desktop.store.models import AuditEntry
from tests.services.test_certificate_issue import Class, Clock, clock, klass, make_class

__all__ = ["clock", "klass"]  # fixtures used here

E = EnrolmentStatus
UNITS = (
    "C.141000.001.01",
    "C.141000.002.01",
    "C.141000.003.01",
    "C.141000.004.01",
    "C.141000.005.01",
    "C.141000.006.01",
)


def stored(db: Database) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], int]:
    """Every assessment and unit result row, and how many assessment audit entries."""
    with db.sessions() as session:
        scores = session.execute(
            select(Assessment.enrolment_id, Assessment.pre_score, Assessment.post_score).order_by(
                Assessment.enrolment_id
            )
        ).all()
        units = session.execute(
            select(UnitResult.enrolment_id, UnitResult.unit_code, UnitResult.passed).order_by(
                UnitResult.enrolment_id, UnitResult.unit_code
            )
        ).all()
        audits = session.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.action == "assessment.record")
        )
    return [tuple(r) for r in scores], [tuple(r) for r in units], int(audits or 0)


def audit_entries(db: Database) -> list[AuditEntry]:
    with db.sessions() as session:
        return list(
            session.scalars(
                select(AuditEntry)
                .where(AuditEntry.action == "assessment.record")
                .order_by(AuditEntry.id)
            )
        )


# -- typed scores ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "value"),
    [("85", 85), ("", None), ("   ", None), (" 90 ", 90), ("0", 0), ("100", 100), ("85%", 85),
     ("070", 70), ("85,0", 85)],
)  # fmt: skip
def test_scores_people_type(typed: str, value: int | None) -> None:
    assert parse_score(typed) == value


@pytest.mark.parametrize(
    ("typed", "text"),
    [
        ("abc", "“abc” is not a score: type a whole number from 0 to 100."),
        ("8 5", "“8 5” is not a score: type a whole number from 0 to 100."),
        ("٨٥", "“٨٥” is not a score: type a whole number from 0 to 100."),
        ("-1", "A score is from 0 to 100, not -1."),
        ("101", "A score is from 0 to 100, not 101."),
        ("85,5", "A score is a whole number, without decimals: not 85,5."),
        ("85.5", "A score is a whole number, without decimals: not 85.5."),
    ],
)
def test_scores_refused(typed: str, text: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_score(typed, "post")
    assert refused.value.english() == text
    assert refused.value.field == "post"


def test_averages_count_only_the_scores_there() -> None:
    found = averages([(40, 80), (None, 70), (50, None), (None, None)])
    assert (found.pre, found.post, found.gain) == (45.0, 75.0, 40.0)
    assert (found.pre_count, found.post_count, found.both_count) == (2, 2, 1)
    assert averages([]).pre is None and averages([]).gain is None


# -- the sheet and saving -------------------------------------------------------------------------


def test_the_sheet_lists_who_takes_part_with_the_units(
    demo_db: Database, admin: Actor, klass: Class
) -> None:
    enrolment.withdraw(demo_db, admin, klass.enrolments[4], "Sakit")
    sheet = assessment_sheet(demo_db, admin, klass.cohort)
    assert (sheet.cohort_code, sheet.programme_name) == (klass.code, "Menjahit Pakaian Dasar")
    assert [unit.code for unit in sheet.units] == list(UNITS)
    assert sheet.units[1].title == "Membuat pola dasar busana"
    assert sheet.min_post_score is None
    assert [row.full_name for row in sheet.rows] == [
        "Ani Suryani",
        "Budi Santoso",
        "Citra Lestari",
        "Dedi Kurniawan",
    ]  # Eka withdrew: not taking part
    assert all(row.pre is None and row.post is None for row in sheet.rows)
    assert all(set(row.units.values()) == {None} for row in sheet.rows)
    assert sheet.averages.pre is None


def test_saving_and_reading_back_with_the_audit(
    demo_db: Database, admin: Actor, klass: Class
) -> None:
    ani, budi, citra = klass.enrolments[:3]
    changed = save_assessments(
        demo_db,
        admin,
        klass.cohort,
        [
            AssessmentChange(ani, 40, 80, {UNITS[0]: True, UNITS[1]: False}),
            AssessmentChange(budi, 55, None),
            AssessmentChange(citra, None, None),  # nothing: no write, no audit
        ],
    )
    assert changed == 2
    sheet = assessment_sheet(demo_db, admin, klass.cohort)
    rows = {row.enrolment_id: row for row in sheet.rows}
    assert (rows[ani].pre, rows[ani].post) == (40, 80)
    assert rows[ani].units == {UNITS[0]: True, UNITS[1]: False, **dict.fromkeys(UNITS[2:])}
    assert (rows[budi].pre, rows[budi].post) == (55, None)
    assert (sheet.averages.pre, sheet.averages.post, sheet.averages.gain) == (47.5, 80.0, 40.0)
    entries = audit_entries(demo_db)
    assert [(e.entity, e.entity_id, e.username) for e in entries] == [
        ("enrolment", str(ani), "admin"),
        ("enrolment", str(budi), "admin"),
    ]
    assert entries[0].before == {"pre": None, "post": None, "units": {}}
    assert entries[0].after == {"pre": 40, "post": 80, "units": {UNITS[0]: True, UNITS[1]: False}}

    # Changed again: the rows are updated in place; a unit set to None is not assessed again,
    # a unit not named keeps its result.
    save_assessments(
        demo_db, admin, klass.cohort, [AssessmentChange(ani, 45, 80, {UNITS[1]: None})]
    )
    scores, units, audits = stored(demo_db)
    assert (ani, 45, 80) in scores and len(scores) == 2
    assert [u for u in units if u[0] == ani] == [(ani, UNITS[0], True)]
    assert audits == 3
    last = audit_entries(demo_db)[-1]
    assert last.before == {"pre": 40, "post": 80, "units": {UNITS[0]: True, UNITS[1]: False}}
    assert last.after == {"pre": 45, "post": 80, "units": {UNITS[0]: True}}

    # The same again changes nothing and says so.
    assert save_assessments(demo_db, admin, klass.cohort, [AssessmentChange(ani, 45, 80)]) == 0
    assert stored(demo_db)[2] == 3


def test_a_cohort_that_is_not_there(demo_db: Database, admin: Actor) -> None:
    with pytest.raises(NotFound):
        assessment_sheet(demo_db, admin, 987654)
    with pytest.raises(NotFound):
        save_assessments(demo_db, admin, 987654, [])


# -- who may -------------------------------------------------------------------------------------


def teach(db: Database, admin: Actor, cohort_id: int) -> None:
    instructor_id = next(u.id for u in list_users(db, admin) if u.username == "instruktur")
    version = cohorts.get_cohort(db, admin, cohort_id).version
    cohorts.set_instructors(db, admin, cohort_id, version, [instructor_id])


def test_instructors_record_their_own_cohorts_only(
    demo_db: Database,
    admin: Actor,
    clerk: Actor,
    instructor: Actor,
    clock: Clock,
    klass: Class,
) -> None:
    other = make_class(demo_db, clerk, clock, ["Gita Maharani"])
    teach(demo_db, admin, klass.cohort)
    ani = klass.enrolments[0]
    assert save_assessments(demo_db, instructor, klass.cohort, [AssessmentChange(ani, 50, 90)])
    assert assessment_sheet(demo_db, instructor, klass.cohort).rows[0].post == 90
    for attempt in (
        lambda: assessment_sheet(demo_db, instructor, other.cohort),
        lambda: save_assessments(
            demo_db, instructor, other.cohort, [AssessmentChange(other.enrolments[0], 50, 90)]
        ),
    ):
        with pytest.raises(PermissionDenied) as refused:
            attempt()
        assert refused.value.text == (
            "You do not teach this cohort. Ask an administrator to add you."
        )
    # Clerks type in paper sheets of any cohort.
    gita = other.enrolments[0]
    assert save_assessments(demo_db, clerk, other.cohort, [AssessmentChange(gita, 35, 70)]) == 1
    scores, _units, audits = stored(demo_db)
    assert sorted(scores) == sorted([(ani, 50, 90), (gita, 35, 70)]) and audits == 2
    assert audit_entries(demo_db)[-1].username == "petugas"


# -- bad input: each refused with its message, nothing changed ------------------------------------

Changes = Callable[[Class, Class], list[AssessmentChange]]

BAD_INPUT: list[tuple[str, Changes, str, str]] = [
    (
        "pre below 0",
        lambda k, _o: [AssessmentChange(k.enrolments[0], -1, 80)],
        "pre:{0}",
        "A score is from 0 to 100, not -1.",
    ),
    (
        "post above 100",
        lambda k, _o: [AssessmentChange(k.enrolments[0], 40, 101)],
        "post:{0}",
        "A score is from 0 to 100, not 101.",
    ),
    (
        "a score that is no whole number",
        lambda k, _o: [AssessmentChange(k.enrolments[0], 40, 85.5)],  # type: ignore[arg-type]
        "post:{0}",
        "“85.5” is not a score: type a whole number from 0 to 100.",
    ),
    (
        "a score given as text",
        lambda k, _o: [AssessmentChange(k.enrolments[0], "85", 80)],  # type: ignore[arg-type]
        "pre:{0}",
        "“85” is not a score: type a whole number from 0 to 100.",
    ),
    (
        "a unit of another programme",
        lambda k, _o: [AssessmentChange(k.enrolments[0], 40, 80, {"J.63OPR00.001.2": True})],
        "unit:{0}:J.63OPR00.001.2",
        "J.63OPR00.001.2 is not a competency unit of Menjahit Pakaian Dasar.",
    ),
    (
        "a unit neither passed nor not",
        lambda k, _o: [AssessmentChange(k.enrolments[0], 40, 80, {UNITS[0]: "ya"})],  # type: ignore[dict-item]
        f"unit:{{0}}:{UNITS[0]}",
        "A unit is passed, not passed or not assessed.",
    ),
    (
        "someone of another cohort",
        lambda _k, o: [AssessmentChange(o.enrolments[0], 40, 80)],
        "enrolment:{other}",
        "This person is not taking part in {code}: their scores cannot be recorded here.",
    ),
    (
        "someone who left",
        lambda k, _o: [AssessmentChange(k.enrolments[4], 40, 80)],
        "enrolment:{4}",
        "This person is not taking part in {code}: their scores cannot be recorded here.",
    ),
    (
        "the same person twice",
        lambda k, _o: [AssessmentChange(k.enrolments[0], 40, 80)] * 2,
        "enrolment:{0}",
        "This person is on the list twice.",
    ),
]


@pytest.mark.parametrize(
    ("changes", "field", "text"),
    [pytest.param(c, f, t, id=name) for name, c, f, t in BAD_INPUT],
)
def test_bad_input_changes_nothing(
    demo_db: Database,
    admin: Actor,
    clerk: Actor,
    clock: Clock,
    klass: Class,
    changes: Changes,
    field: str,
    text: str,
) -> None:
    other = make_class(demo_db, clerk, clock, ["Gita Maharani"])
    enrolment.withdraw(demo_db, admin, klass.enrolments[4], "Sakit")
    # A good row first: the save is all or nothing.
    good = AssessmentChange(klass.enrolments[1], 50, 70, {UNITS[0]: True})
    with pytest.raises(ValidationErrors) as refused:
        save_assessments(demo_db, admin, klass.cohort, [good, *changes(klass, other)])
    fault = refused.value.errors[-1]
    assert fault.field == field.format(*klass.enrolments, other=other.enrolments[0])
    assert fault.english() == text.format(code=klass.code)
    assert stored(demo_db) == ([], [], 0)


def test_every_fault_is_named_at_once(demo_db: Database, admin: Actor, klass: Class) -> None:
    ani, budi = klass.enrolments[:2]
    with pytest.raises(ValidationErrors) as refused:
        save_assessments(
            demo_db,
            admin,
            klass.cohort,
            [AssessmentChange(ani, 101, -5), AssessmentChange(budi, 50, 200, {"X": True})],
        )
    assert [e.field for e in refused.value.errors] == [
        f"pre:{ani}",
        f"post:{ani}",
        f"post:{budi}",
        f"unit:{budi}:X",
    ]
    assert stored(demo_db) == ([], [], 0)


def test_a_sheet_is_what_the_gui_gets(demo_db: Database, admin: Actor, klass: Class) -> None:
    """Frozen: the window reads it on the worker and keeps it."""
    sheet = assessment_sheet(demo_db, admin, klass.cohort)
    assert isinstance(sheet, AssessmentSheet)
    with pytest.raises(AttributeError):
        sheet.rows[0].pre = 5  # type: ignore[misc]
    enrolment.change_status(demo_db, admin, klass.enrolments[0], E.ACTIVE)
    assert len(assessment_sheet(demo_db, admin, klass.cohort).rows) == 5
