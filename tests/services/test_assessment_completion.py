"""The completion rule with scores and competency units (services.certificate_plan), on SQLite
and PostgreSQL: once attendance passes, a programme asking a post-test score wants one at or
above its minimum, and a competency unit recorded as not passed keeps the certificate back
whatever the minimum; units not assessed do not. An admin's override with a reason still
issues, and the demo shows one person the rule stops."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select, update

from desktop.domain.errors import ValidationError
from desktop.domain.programme_rules import CompletionRule
from desktop.services import certificate_issue, certificate_register
from desktop.services.accounts import authenticate
from desktop.services.assessments import AssessmentChange, save_assessments
from desktop.services.context import Actor
from desktop.services.demo import build_demo
from desktop.store.database import Database
from desktop.store.models import Programme
from desktop.store.training import Cohort
from tests.services.test_assessments import UNITS
from tests.services.test_certificate_issue import Class, certificates, clock, issue, klass

__all__ = ["clock", "klass"]  # fixtures used here


def ask_post_score(db: Database, minimum: int | None, programme: str = "JHT") -> None:
    rule = CompletionRule(min_post_score=minimum)
    with db.sessions.begin() as session:
        session.execute(
            update(Programme).where(Programme.code == programme).values(completion=rule.to_json())
        )


def verdicts(db: Database, admin: Actor, klass: Class) -> list[tuple[bool, str, dict[str, Any]]]:
    return [
        (c.eligible, c.reason, dict(c.params))
        for c in certificate_issue.candidates(db, admin, klass.cohort)
    ]


def record(db: Database, admin: Actor, klass: Class, *changes: AssessmentChange) -> None:
    save_assessments(db, admin, klass.cohort, list(changes))


def test_no_minimum_no_results_as_before(demo_db: Database, admin: Actor, klass: Class) -> None:
    found = verdicts(demo_db, admin, klass)
    assert [eligible for eligible, _r, _p in found] == [True, False, True, True, True]


def test_the_minimum_post_score(demo_db: Database, admin: Actor, klass: Class) -> None:
    ask_post_score(demo_db, 70)
    ani, budi, citra, dedi, _eka = klass.enrolments
    record(
        demo_db,
        admin,
        klass,
        AssessmentChange(ani, 40, 70),  # exactly the minimum
        AssessmentChange(budi, 40, 20),  # attendance is what fails first
        AssessmentChange(citra, 60, 69),
        AssessmentChange(dedi, 50, None),
    )
    found = verdicts(demo_db, admin, klass)
    assert found[0] == (True, "", {})
    assert found[1][1] == "Attended {percent}% of sessions; the programme asks {min}%."
    assert found[2] == (
        False,
        "Post-test score {score}; the programme asks at least {min}.",
        {"score": 69, "min": 70},
    )
    assert found[3] == (False, "No post-test score yet.", {})
    assert found[4] == (False, "No post-test score yet.", {})  # no row at all
    context = {c.reason_context for c in certificate_issue.candidates(demo_db, admin, klass.cohort)
               if not c.eligible and c.full_name != "Budi Santoso"}  # fmt: skip
    assert context == {"certificates"}


def test_a_unit_not_passed(demo_db: Database, admin: Actor, klass: Class) -> None:
    ani, _budi, citra, dedi, eka = klass.enrolments
    record(
        demo_db,
        admin,
        klass,
        AssessmentChange(ani, None, None, {UNITS[0]: True, UNITS[3]: False}),
        AssessmentChange(citra, None, None, {UNITS[2]: False, UNITS[0]: False}),
        AssessmentChange(dedi, None, None, {UNITS[0]: True}),  # the rest not assessed
        AssessmentChange(eka, None, None, dict.fromkeys(UNITS, True)),
    )
    found = verdicts(demo_db, admin, klass)
    assert found[0] == (
        False,
        "Did not pass the competency unit {codes}.",
        {"count": 1, "codes": UNITS[3]},
    )
    assert found[2] == (
        False,
        "Did not pass {count} competency units: {codes}.",
        {"count": 2, "codes": f"{UNITS[0]}, {UNITS[2]}"},  # in the programme's order
    )
    assert found[3] == (True, "", {}) and found[4] == (True, "", {})


def test_a_unit_not_passed_counts_whatever_the_score(
    demo_db: Database, admin: Actor, klass: Class
) -> None:
    ask_post_score(demo_db, 60)
    ani = klass.enrolments[0]
    record(demo_db, admin, klass, AssessmentChange(ani, 50, 95, {UNITS[5]: False}))
    assert verdicts(demo_db, admin, klass)[0][1] == "Did not pass the competency unit {codes}."
    record(demo_db, admin, klass, AssessmentChange(ani, 50, 95, {UNITS[5]: True}))
    assert verdicts(demo_db, admin, klass)[0] == (True, "", {})


def test_an_override_still_issues(demo_db: Database, admin: Actor, klass: Class) -> None:
    ask_post_score(demo_db, 70)
    ani, budi = klass.enrolments[:2]
    record(demo_db, admin, klass, AssessmentChange(ani, 40, 55), AssessmentChange(budi, 40, 90))
    with pytest.raises(ValidationError) as refused:
        issue(demo_db, admin, klass, [0])
    assert refused.value.field == "override"
    assert certificates(demo_db) == []
    result = issue(demo_db, admin, klass, [0, 1], overrides={0: "Remedial lulus", 1: "Sakit"})
    assert len(result.certificates) == 2
    entry = certificate_register.entry(demo_db, admin, result.certificates[0].certificate_id)
    assert entry.override_reason == "Remedial lulus"


def test_the_demo_shows_one_person_the_rule_stops(db: Database) -> None:
    build_demo(db, participants=50, certificates=True)
    admin = authenticate(db, "admin", "admin-demo")
    with db.sessions() as session:
        cohort_id = session.execute(
            select(Cohort.id).where(Cohort.status == "finished")
        ).scalar_one()
    found = certificate_issue.candidates(db, admin, cohort_id)
    stopped = [
        c for c in found if c.reason_context == "certificates" and c.status.value != "dropped"
    ]
    assert [(c.reason, dict(c.params)) for c in stopped] == [
        ("Did not pass the competency unit {codes}.", {"count": 1, "codes": UNITS[3]})
    ]
    issued = {entry.enrolment_id for entry in certificate_register.search(db, admin)}
    assert issued == {c.enrolment_id for c in found if c.eligible}
    assert len(issued) == 13 and stopped[0].enrolment_id not in issued
