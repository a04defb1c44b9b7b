"""A cohort's attendance grid (participants × sessions), each participant's rate and whether
they meet the programme's completion rule, with the reason when not.

A cell is a Mark, None (not marked yet) or NOT_APPLICABLE (a session before the person was
accepted or after they left; never counted). Cancelled sessions are columns too, so the grid
matches the paper, but hold no marks and count for nobody. Rates follow the programme's
completion rule (domain.attendance): present and late count as present, excused and sick when
the programme says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import Final, Literal

from sqlalchemy import select

from desktop.domain.attendance import Completion, Mark, Rate, completion, rate
from desktop.domain.enrolment import EnrolmentStatus
from desktop.domain.errors import NotFound
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.programme_rules import CompletionRule
from desktop.domain.roles import Permission
from desktop.services.attendance_common import check_cohort_access, roll, today
from desktop.services.context import Actor, Work, acting
from desktop.store.attendance import AttendanceMark
from desktop.store.database import Database
from desktop.store.models import Programme
from desktop.store.training import Cohort, CohortSession

NotApplicable = Literal["n/a"]
NOT_APPLICABLE: Final[NotApplicable] = "n/a"
Cell = Mark | None | NotApplicable


@dataclass(frozen=True)
class GridSession:
    id: int
    day: date
    starts: time
    cancelled: bool
    held: bool  # on or before today


@dataclass(frozen=True)
class GridRow:
    enrolment_id: int
    participant_id: int
    full_name: str
    status: EnrolmentStatus
    cells: tuple[Cell, ...]  # one per GridSession, in order
    rate: Rate
    completion: Completion
    minutes: tuple[int, ...] = ()  # minutes late per cell (0: not late), as `cells`

    def late_minutes(self, index: int) -> int:
        return self.minutes[index] if index < len(self.minutes) else 0


@dataclass(frozen=True)
class Grid:
    cohort_id: int
    cohort_code: str
    programme_name: str
    rule: CompletionRule
    sessions: tuple[GridSession, ...]
    rows: tuple[GridRow, ...]

    @property
    def cohort_rate(self) -> float | None:
        """Present over marked, across everyone (None before any mark)."""
        present = sum(row.rate.present for row in self.rows)
        marked = sum(row.rate.marked for row in self.rows)
        return None if marked == 0 else 100.0 * present / marked


def grid(db: Database, actor: Actor, cohort_id: int) -> Grid:
    """The cohort's grid as it is now. Instructors see their own cohorts only."""
    with acting(db, actor, Permission.MARK_ATTENDANCE, read_only=True) as work:
        check_cohort_access(work, cohort_id)
        return read_grid(work, cohort_id)


def read_grid(work: Work, cohort_id: int) -> Grid:
    """The grid inside a unit of work already checked (exports and prints use it too)."""
    head = work.session.execute(
        select(Cohort.code, Programme.name, Programme.completion)
        .join(Programme, Programme.id == Cohort.programme_id)
        .where(Cohort.id == cohort_id)
    ).one_or_none()
    if head is None:
        raise NotFound(QT_TRANSLATE_NOOP("messages", "This cohort no longer exists."))
    rule = CompletionRule.from_json(head.completion or {})
    now = today(work)
    sessions = tuple(
        GridSession(row.id, row.day, row.starts, row.cancelled, row.day <= now)
        for row in work.session.execute(
            select(
                CohortSession.id, CohortSession.day, CohortSession.starts, CohortSession.cancelled
            )
            .where(CohortSession.cohort_id == cohort_id)
            .order_by(CohortSession.day, CohortSession.starts, CohortSession.id)
        )
    )
    marks: dict[tuple[int, int], tuple[Mark, int]] = {
        (enrolment_id, session_id): (Mark(mark), minutes)
        for enrolment_id, session_id, mark, minutes in work.session.execute(
            select(
                AttendanceMark.enrolment_id,
                AttendanceMark.session_id,
                AttendanceMark.mark,
                AttendanceMark.late_minutes,
            )
            .join(CohortSession, CohortSession.id == AttendanceMark.session_id)
            .where(CohortSession.cohort_id == cohort_id)
        )
    }
    rows = []
    for person in roll(work, [cohort_id])[cohort_id]:
        cells: list[Cell] = []
        minutes: list[int] = []
        held: list[Mark | None] = []
        applicable_total = 0
        for session in sessions:
            if session.cancelled or not person.applies(session.day):
                cells.append(NOT_APPLICABLE if not session.cancelled else None)
                minutes.append(0)
                continue
            applicable_total += 1
            cell, late = marks.get((person.enrolment_id, session.id), (None, 0))
            cells.append(cell)
            minutes.append(late)
            if session.held:
                held.append(cell)
        rows.append(
            GridRow(
                enrolment_id=person.enrolment_id,
                participant_id=person.participant_id,
                full_name=person.full_name,
                status=person.status,
                cells=tuple(cells),
                rate=rate(held, rule.excused_counts),
                completion=completion(
                    held, applicable_total, rule.min_attendance_pct, rule.excused_counts
                ),
                minutes=tuple(minutes),
            )
        )
    return Grid(cohort_id, head.code, head.name, rule, sessions, tuple(rows))
