"""What callers of desktop.services.cohorts get back: cohorts and sessions as rows, a cohort in
full, and what a save returns with its warnings; built from the stored records here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time

from sqlalchemy import select

from desktop.domain.cohort import CohortStatus, Funding, SessionKind, Slot, schedule_from_json
from desktop.domain.errors import FieldWarning
from desktop.services.context import Work
from desktop.store.models import Programme, User
from desktop.store.training import (
    Cohort,
    CohortInstructor,
    CohortSession,
    Sponsor,
)
from desktop.store.training import CohortSponsor as SponsorLink


@dataclass(frozen=True)
class SessionRow:
    id: int
    cohort_id: int
    day: date
    starts: time
    ends: time
    room: str
    kind: SessionKind
    cancelled: bool
    reason: str
    moved_from: date | None


@dataclass(frozen=True)
class Instructor:
    user_id: int
    full_name: str


@dataclass(frozen=True)
class CohortSponsor:
    sponsor_id: int
    name: str


@dataclass(frozen=True)
class CohortRow:
    id: int
    code: str
    programme_id: int
    programme_code: str
    programme_name: str
    start_date: date
    end_date: date
    status: CohortStatus
    room: str
    branch: str
    capacity: int
    seats_taken: int
    funding: Funding

    @property
    def fill_rate(self) -> float:
        """Seats taken over capacity: 0.0 empty, 1.0 full."""
        return self.seats_taken / self.capacity if self.capacity > 0 else 0.0


@dataclass(frozen=True)
class CohortDetail(CohortRow):
    version: int
    slots: tuple[Slot, ...]
    instructors: tuple[Instructor, ...]
    sessions: tuple[SessionRow, ...]
    sponsors: tuple[CohortSponsor, ...] = ()


@dataclass(frozen=True)
class CohortSaved:
    cohort: CohortDetail
    warnings: list[FieldWarning] = field(default_factory=list)


@dataclass(frozen=True)
class SessionSaved:
    session: SessionRow
    warnings: list[FieldWarning] = field(default_factory=list)


def _cohort_row(cohort: Cohort, programme_code: str, programme_name: str) -> CohortRow:
    return CohortRow(
        id=cohort.id,
        code=cohort.code,
        programme_id=cohort.programme_id,
        programme_code=programme_code,
        programme_name=programme_name,
        start_date=cohort.start_date,
        end_date=cohort.end_date,
        status=CohortStatus(cohort.status),
        room=cohort.room,
        branch=cohort.branch,
        capacity=cohort.capacity,
        seats_taken=cohort.seats_taken,
        funding=Funding(cohort.funding),
    )


def _detail(work: Work, cohort: Cohort) -> CohortDetail:
    programme = work.session.get(Programme, cohort.programme_id)
    assert programme is not None
    row = _cohort_row(cohort, programme.code, programme.name)
    instructors = work.session.execute(
        select(User.id, User.full_name)
        .join(CohortInstructor, CohortInstructor.user_id == User.id)
        .where(CohortInstructor.cohort_id == cohort.id)
        .order_by(User.full_name, User.id)
    )
    sponsors = work.session.execute(
        select(Sponsor.id, Sponsor.name)
        .join(SponsorLink, SponsorLink.sponsor_id == Sponsor.id)
        .where(SponsorLink.cohort_id == cohort.id)
        .order_by(Sponsor.name_key, Sponsor.id)
    )
    return CohortDetail(
        **{name: getattr(row, name) for name in CohortRow.__dataclass_fields__},
        version=cohort.version,
        slots=schedule_from_json(cohort.schedule),
        instructors=tuple(Instructor(user_id, name) for user_id, name in instructors),
        sessions=tuple(_row(session) for session in _sessions_of(work, cohort.id)),
        sponsors=tuple(CohortSponsor(sponsor_id, name) for sponsor_id, name in sponsors),
    )


def _sessions_of(work: Work, cohort_id: int) -> list[CohortSession]:
    return list(
        work.session.scalars(
            select(CohortSession)
            .where(CohortSession.cohort_id == cohort_id)
            .order_by(CohortSession.day, CohortSession.starts, CohortSession.id)
        )
    )


def _row(session: CohortSession) -> SessionRow:
    return SessionRow(
        id=session.id,
        cohort_id=session.cohort_id,
        day=session.day,
        starts=session.starts,
        ends=session.ends,
        room=session.room,
        kind=SessionKind(session.kind),
        cancelled=session.cancelled,
        reason=session.reason,
        moved_from=session.moved_from,
    )
