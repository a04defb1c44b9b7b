"""Attendance across cohorts: the "at risk" list for follow-up calls, and attendance by
programme, instructor or month.

The at-risk list reads each enrolment's tally (store.attendance.AttendanceTally), one short
row per enrolment, never every mark: at 50,000 enrolments that is the difference between a
glance and a wait. It shows phone numbers, so only clerks and admins see it (the permission to
see identity numbers), and only people still in training (accepted or in training, in an open
or running cohort).
"""

from __future__ import annotations

import enum
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute

from desktop.domain.attendance import (
    ABSENCES_IN_A_ROW,
    MIN_SESSIONS_FOR_RATE,
    Mark,
    Rate,
    at_risk_reason,
    counts_present,
)
from desktop.domain.cohort import CohortStatus
from desktop.domain.enrolment import EnrolmentStatus
from desktop.domain.programme_rules import CompletionRule
from desktop.domain.roles import Permission
from desktop.services.context import Actor, acting
from desktop.services.registry import _display_phone
from desktop.store.attendance import AttendanceMark, AttendanceTally
from desktop.store.database import Database
from desktop.store.models import Programme, User
from desktop.store.participants import Participant
from desktop.store.training import Cohort, CohortInstructor, CohortSession, Enrolment

IN_TRAINING = (EnrolmentStatus.ACCEPTED.value, EnrolmentStatus.ACTIVE.value)
RUNNING = (CohortStatus.OPEN.value, CohortStatus.RUNNING.value)


@dataclass(frozen=True)
class AtRisk:
    enrolment_id: int
    participant_id: int
    full_name: str
    phone: str
    cohort_id: int
    cohort_code: str
    programme_name: str
    reason: str  # a message id in the "attendance" context
    absences_in_a_row: int
    rate: Rate


def at_risk_list(db: Database, actor: Actor) -> list[AtRisk]:
    """Everyone in training who is absent three sessions in a row or under their programme's
    minimum, most absences in a row first, then the lowest rate."""
    with acting(db, actor, Permission.VIEW_IDENTITY_NUMBERS, read_only=True) as work:
        rules = {
            programme_id: CompletionRule.from_json(completion or {})
            for programme_id, completion in work.session.execute(
                select(Programme.id, Programme.completion)
            )
        }
        t = AttendanceTally
        rows = work.session.execute(
            select(
                t.enrolment_id,
                t.present,
                t.late,
                t.excused,
                t.sick,
                t.absent,
                t.streak,
                Enrolment.participant_id,
                Participant.full_name,
                Participant.phone,
                Cohort.id.label("cohort_id"),
                Cohort.code,
                Cohort.programme_id,
                Programme.name.label("programme_name"),
            )
            .join(Enrolment, Enrolment.id == t.enrolment_id)
            .join(Cohort, Cohort.id == Enrolment.cohort_id)
            .join(Programme, Programme.id == Cohort.programme_id)
            .join(Participant, Participant.id == Enrolment.participant_id)
            .where(
                Enrolment.status.in_(IN_TRAINING),
                Cohort.status.in_(RUNNING),
                maybe_at_risk(rules),
            )
        ).all()
    found = []
    for row in rows:
        rule = rules[row.programme_id]
        counted = tally_rate(row.present + row.late, row.excused + row.sick, row.absent, rule)
        reason = at_risk_reason(row.streak, counted, rule.min_attendance_pct)
        if reason:
            found.append(
                AtRisk(
                    enrolment_id=row.enrolment_id,
                    participant_id=row.participant_id,
                    full_name=row.full_name,
                    phone=_display_phone(row.phone) if row.phone else "",
                    cohort_id=row.cohort_id,
                    cohort_code=row.code,
                    programme_name=row.programme_name,
                    reason=reason,
                    absences_in_a_row=row.streak,
                    rate=counted,
                )
            )
    found.sort(key=lambda item: (-item.absences_in_a_row, item.rate.percent or 0.0, item.full_name))
    return found


def maybe_at_risk(rules: dict[int, CompletionRule]) -> ColumnElement[bool]:
    """The tallies that may be at risk, in SQL: most people are not, and reading all 50,000
    rows to decide in Python is what would make the list slow. One test per kind of rule
    (programmes share few); the same integer comparison as `at_risk_reason` decides, which
    still has the last word."""
    t = AttendanceTally
    marked = t.present + t.late + t.excused + t.sick + t.absent
    by_rule: dict[tuple[int, bool], list[int]] = defaultdict(list)
    for programme_id, rule in rules.items():
        by_rule[(rule.min_attendance_pct, rule.excused_counts)].append(programme_id)
    tests = []
    for (min_pct, excused_counts), programme_ids in by_rule.items():
        counted = t.present + t.late + ((t.excused + t.sick) if excused_counts else 0)
        tests.append(
            and_(
                Cohort.programme_id.in_(programme_ids),
                counted * 100 < marked * min_pct,
                marked >= MIN_SESSIONS_FOR_RATE,
            )
        )
    return or_(t.streak >= ABSENCES_IN_A_ROW, *tests)


def tally_rate(present: int, excused: int, absent: int, rule: CompletionRule) -> Rate:
    """The rate of counted marks under a programme's rule (present includes late; excused
    includes sick)."""
    marked = present + excused + absent
    counted = present + (excused if rule.excused_counts else 0)
    return Rate(counted, marked, marked)


# -- attendance by programme, instructor or month --------------------------------------------------


class GroupBy(enum.StrEnum):
    PROGRAMME = "programme"
    INSTRUCTOR = "instructor"
    MONTH = "month"


@dataclass(frozen=True)
class SummaryRow:
    label: str  # the programme's or instructor's name, or the month as YYYY-MM
    rate: Rate


def summary(db: Database, actor: Actor, by: GroupBy, start: date, end: date) -> list[SummaryRow]:
    """Attendance of the sessions from `start` to `end` (both included), grouped; each mark
    counted by its own programme's rule. A session with two instructors counts for both."""
    s = CohortSession
    key: InstrumentedAttribute[Any]
    if by is GroupBy.PROGRAMME:
        key = Programme.name
    elif by is GroupBy.INSTRUCTOR:
        key = User.full_name
    else:
        key = s.day
    statement = (
        select(key.label("key"), Cohort.programme_id, AttendanceMark.mark, func.count())
        .select_from(AttendanceMark)
        .join(s, s.id == AttendanceMark.session_id)
        .join(Cohort, Cohort.id == s.cohort_id)
        .join(Programme, Programme.id == Cohort.programme_id)
        .where(s.day >= start, s.day <= end)
        .group_by(key, Cohort.programme_id, AttendanceMark.mark)
    )
    if by is GroupBy.INSTRUCTOR:
        statement = statement.join(CohortInstructor, CohortInstructor.cohort_id == Cohort.id).join(
            User, User.id == CohortInstructor.user_id
        )
    with acting(db, actor, Permission.VIEW_PROGRAMMES, read_only=True) as work:
        rules = {
            programme_id: CompletionRule.from_json(completion or {})
            for programme_id, completion in work.session.execute(
                select(Programme.id, Programme.completion)
            )
        }
        counts = work.session.execute(statement).all()
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # counted present, marked
    for group, programme_id, mark, number in counts:
        label = f"{group:%Y-%m}" if by is GroupBy.MONTH else str(group)
        present = counts_present(Mark(mark), rules[programme_id].excused_counts)
        totals[label][0] += number if present else 0
        totals[label][1] += number
    return [
        SummaryRow(label, Rate(present, marked, marked))
        for label, (present, marked) in sorted(totals.items())
    ]
