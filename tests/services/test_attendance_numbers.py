"""The attendance grid, rates, completion, the at-risk list and the summaries, on SQLite and
PostgreSQL, against marks given through the services."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import update

from desktop.domain.attendance import Mark, MarkInput, absences_in_a_row, completion, rate
from desktop.domain.errors import PermissionDenied
from desktop.domain.programme_rules import CompletionRule
from desktop.services import attendance, attendance_grid, attendance_numbers, enrolment
from desktop.services.attendance_grid import NOT_APPLICABLE
from desktop.services.attendance_numbers import GroupBy
from desktop.services.context import Actor
from desktop.store.database import Database
from desktop.store.models import Programme
from desktop.store.participants import Participant
from desktop.store.training import Cohort
from tests.services.test_attendance import START, Class, Clock, teach
from tests.services.test_attendance import clock as clock

P, L, X, S, A = Mark.PRESENT, Mark.LATE, Mark.EXCUSED, Mark.SICK, Mark.ABSENT


def give(db: Database, actor: Actor, made: Class, person: int, marks: list[Mark]) -> None:
    for number, mark in enumerate(marks):
        data = MarkInput(mark, 10 if mark is Mark.LATE else 0)
        # From a paper sheet: an admin may change marks past the lock days, with a reason.
        attendance.mark(db, actor, made.sessions[number], made.enrolments[person], data, "paper")


def set_rule(db: Database, cohort_id: int, rule: CompletionRule) -> None:
    with db.sessions.begin() as session:
        programme_id = session.get(Cohort, cohort_id).programme_id  # type: ignore[union-attr]
        session.execute(
            update(Programme).where(Programme.id == programme_id).values(completion=rule.to_json())
        )


def test_the_grid_rates_and_completion(
    demo_db: Database, clerk: Actor, admin: Actor, clock: Clock
) -> None:
    made = Class(demo_db, clerk, people=3)
    set_rule(demo_db, made.cohort, CompletionRule(min_attendance_pct=80, excused_counts=False))
    clock.on(START + timedelta(days=12))  # all ten sessions held
    give(demo_db, admin, made, 0, [P] * 8 + [L, X])
    give(demo_db, admin, made, 1, [P] * 7 + [A, A, A])
    give(demo_db, admin, made, 2, [P] * 9)  # the last session not marked
    shown = attendance_grid.grid(demo_db, admin, made.cohort)
    assert len(shown.sessions) == 10 and all(session.held for session in shown.sessions)
    first, second, third = shown.rows
    assert first.cells[8:] == (L, X)
    assert (first.rate.present, first.rate.marked) == (9, 10)
    assert first.completion.eligible
    assert not second.completion.eligible and "70" in str(second.completion.params["percent"])
    assert not third.completion.eligible and third.completion.params == {"count": 1}
    assert third.cells[9] is None
    assert shown.cohort_rate == pytest.approx(100 * (9 + 7 + 9) / 29)
    # Excused counting as present, by the programme's rule.
    set_rule(demo_db, made.cohort, CompletionRule(min_attendance_pct=80, excused_counts=True))
    assert attendance_grid.grid(demo_db, admin, made.cohort).rows[0].rate.present == 10


def test_sessions_outside_a_span_are_not_applicable_and_never_absences(
    demo_db: Database, clerk: Actor, admin: Actor, clock: Clock
) -> None:
    made = Class(demo_db, clerk, people=1)
    clock.on(START + timedelta(days=4))
    from tests.services.test_enrolment import add_person

    joiner = enrolment.enrol(demo_db, clerk, add_person(demo_db, "Zaenal"), made.cohort)
    clock.on(START + timedelta(days=9))
    row = next(
        row
        for row in attendance_grid.grid(demo_db, admin, made.cohort).rows
        if row.enrolment_id == joiner.enrolment_id
    )
    assert row.cells[:4] == (NOT_APPLICABLE,) * 4
    assert row.rate.applicable == 6  # days 4 to 9
    assert row.completion.params == {"count": 6}  # held, none marked yet


def test_instructors_see_only_their_own_grids(
    demo_db: Database, clerk: Actor, instructor: Actor, clock: Clock
) -> None:
    made = Class(demo_db, clerk, people=1)
    with pytest.raises(PermissionDenied):
        attendance_grid.grid(demo_db, instructor, made.cohort)
    teach(demo_db, made.cohort)
    assert len(attendance_grid.grid(demo_db, instructor, made.cohort).rows) == 1


def test_the_at_risk_list(
    demo_db: Database, clerk: Actor, admin: Actor, instructor: Actor, clock: Clock
) -> None:
    made = Class(demo_db, clerk, people=4)
    with demo_db.sessions.begin() as session:
        session.execute(update(Cohort).where(Cohort.id == made.cohort).values(status="running"))
        session.execute(
            update(Participant).values(phone="+6281234567890").where(Participant.id > 0)
        )
    set_rule(demo_db, made.cohort, CompletionRule(min_attendance_pct=80, excused_counts=True))
    clock.on(START + timedelta(days=6))
    give(demo_db, admin, made, 0, [P, P, P, A, A, A])  # three in a row
    give(demo_db, admin, made, 1, [P, A, P, A, P, A])  # 50 %
    give(demo_db, admin, made, 2, [A, A, A, P, S, P])  # came back; sick counts: 67 %
    give(demo_db, admin, made, 3, [P, P, P, P, X, P])  # fine
    found = attendance_numbers.at_risk_list(demo_db, clerk)
    assert [(item.full_name, item.absences_in_a_row) for item in found] == [
        ("Peserta 0", 3),
        ("Peserta 1", 1),
        ("Peserta 2", 0),
    ]
    assert found[0].reason == "Absent three sessions in a row"
    assert found[1].reason == "Attendance under the programme's minimum"
    assert found[0].phone.startswith("0812")
    with pytest.raises(PermissionDenied):
        attendance_numbers.at_risk_list(demo_db, instructor)


def test_attendance_by_programme_instructor_and_month(
    demo_db: Database, clerk: Actor, admin: Actor, clock: Clock
) -> None:
    made = Class(demo_db, clerk, people=2)
    teach(demo_db, made.cohort)
    clock.on(START + timedelta(days=3))
    give(demo_db, admin, made, 0, [P, A, P])
    give(demo_db, admin, made, 1, [L, X, P])
    period = (date(2027, 1, 1), date(2027, 1, 31))
    by_programme = attendance_numbers.summary(demo_db, admin, GroupBy.PROGRAMME, *period)
    assert len(by_programme) == 1
    assert (by_programme[0].rate.present, by_programme[0].rate.marked) == (5, 6)  # excused counts
    by_instructor = attendance_numbers.summary(demo_db, admin, GroupBy.INSTRUCTOR, *period)
    assert [row.rate.marked for row in by_instructor] == [6]
    by_month = attendance_numbers.summary(demo_db, admin, GroupBy.MONTH, *period)
    assert [row.label for row in by_month] == ["2027-01"]
    assert (
        attendance_numbers.summary(
            demo_db, admin, GroupBy.MONTH, date(2027, 2, 1), date(2027, 2, 28)
        )
        == []
    )


# -- the domain's counting, as properties ---------------------------------------------------------

marks = st.lists(st.one_of(st.none(), st.sampled_from(list(Mark))), max_size=40)


@given(marks, st.booleans())
def test_rate_counts_only_marked_sessions(given_marks: list[Mark | None], excused: bool) -> None:
    counted = rate(given_marks, excused)
    assert counted.applicable == len(given_marks)
    assert counted.marked == sum(mark is not None for mark in given_marks)
    assert 0 <= counted.present <= counted.marked


@given(marks)
def test_a_presence_ends_a_run_of_absences(given_marks: list[Mark | None]) -> None:
    assert absences_in_a_row([*given_marks, Mark.PRESENT]) == 0
    assert absences_in_a_row([*given_marks, Mark.ABSENT]) >= 1


@given(marks, st.integers(0, 100))
def test_completion_needs_every_session_marked(given_marks: list[Mark | None], pct: int) -> None:
    result = completion(given_marks, len(given_marks), pct, True)
    if None in given_marks:
        assert not result.eligible
