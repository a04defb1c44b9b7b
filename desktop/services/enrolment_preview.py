"""What enrolling would do, without enrolling: for the desk to show before it confirms.

`open_cohorts` lists the cohorts that take enrolments (planned, open, running) with their free
seats and how many people wait. `preview` checks one person against one cohort as `enrol`
would: the programme's rules with their reasons (hard refusals and warnings), the refusals no
rule decides (a merged record, a closed cohort, an enrolment in the same programme that has not
ended badly), and whether a seat is free for a newcomer (only while nobody waits: see
desktop.services.enrolment). Nothing is written; `enrol` checks everything again, so a seat
taken at another desk meanwhile still waitlists the person.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, func, select

from desktop.domain.choices import ParticipantStatus
from desktop.domain.cohort import CohortStatus
from desktop.domain.enrolment import COHORT_OPEN, LEAVING, may_enrol_again
from desktop.domain.errors import Conflict, PelitaError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.programme_rules import (
    EligibilityRules,
    Finding,
    Strictness,
    check,
    refusals,
)
from desktop.domain.roles import Permission
from desktop.services.context import Actor, acting
from desktop.services.enrolment_common import (
    E,
    _applicant,
    _cohort_closed,
    _not_found,
)
from desktop.store.database import Database
from desktop.store.models import Programme
from desktop.store.participants import Participant
from desktop.store.training import Cohort, Enrolment


@dataclass(frozen=True)
class CohortSeats:
    """A cohort as the enrolment dialogs list it: what it is and how full."""

    id: int
    code: str
    programme_id: int
    programme_code: str
    programme_name: str
    start_date: date
    end_date: date
    status: CohortStatus
    capacity: int
    seats_taken: int
    waiting: int  # people on its waitlist

    @property
    def seats_free(self) -> int:
        return max(0, self.capacity - self.seats_taken)

    @property
    def seat_for_newcomer(self) -> bool:
        """Whether someone enrolling now gets a seat: one is free and nobody waits for it."""
        return self.seats_free > 0 and self.waiting == 0


@dataclass(frozen=True)
class EnrolmentPreview:
    participant_id: int
    full_name: str
    cohort: CohortSeats
    findings: tuple[Finding, ...]  # every rule not met, hard and warning
    # What `enrol` refuses whatever the rules say (merged record, closed cohort, an open
    # enrolment in the programme); None if nothing does.
    refusal: PelitaError | None
    may_override: bool  # the user may enrol despite hard refusals, giving a reason

    @property
    def hard(self) -> tuple[Finding, ...]:
        return tuple(refusals(list(self.findings)))

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.strictness is not Strictness.HARD)


_COLUMNS = (
    Cohort.id,
    Cohort.code,
    Cohort.programme_id,
    Programme.code.label("programme_code"),
    Programme.name.label("programme_name"),
    Cohort.start_date,
    Cohort.end_date,
    Cohort.status,
    Cohort.capacity,
    Cohort.seats_taken,
    Programme.eligibility,
)


def _waiting_counts(connection: Connection, cohort_ids: list[int]) -> dict[int, int]:
    if not cohort_ids:
        return {}
    rows = connection.execute(
        select(Enrolment.cohort_id, func.count())
        .where(Enrolment.cohort_id.in_(cohort_ids), Enrolment.status == E.WAITLISTED.value)
        .group_by(Enrolment.cohort_id)
    )
    return {cohort_id: int(count) for cohort_id, count in rows}


def _seats(rows: Iterable[Any], waiting: dict[int, int]) -> list[CohortSeats]:
    return [
        CohortSeats(
            id=row.id,
            code=row.code,
            programme_id=row.programme_id,
            programme_code=row.programme_code,
            programme_name=row.programme_name,
            start_date=row.start_date,
            end_date=row.end_date,
            status=CohortStatus(row.status),
            capacity=row.capacity,
            seats_taken=row.seats_taken,
            waiting=waiting.get(row.id, 0),
        )
        for row in rows
    ]


def open_cohorts(db: Database, actor: Actor, programme_id: int | None = None) -> list[CohortSeats]:
    """The cohorts that take enrolments (of one programme, or all), soonest start first."""
    with acting(db, actor, Permission.ENROL_PARTICIPANTS, read_only=True) as work:
        connection = work.session.connection()
        query = (
            select(*_COLUMNS)
            .join(Programme, Programme.id == Cohort.programme_id)
            .where(Cohort.status.in_(sorted(COHORT_OPEN)))
            .order_by(Cohort.start_date, Cohort.code)
        )
        if programme_id is not None:
            query = query.where(Cohort.programme_id == programme_id)
        rows = connection.execute(query).all()
        return _seats(rows, _waiting_counts(connection, [row.id for row in rows]))


def _already_enrolled(full_name: str, cohort_code: str) -> Conflict:
    # The same words as `enrol`'s refusal, so the desk reads one message for one cause.
    return Conflict(
        QT_TRANSLATE_NOOP(
            "messages",
            "{name} is already enrolled in this programme (cohort {cohort}). Another "
            "enrolment is possible only once that one has ended as dropped out, not "
            "passed or withdrawn.",
        ),
        "cohort",
        name=full_name,
        cohort=cohort_code,
    )


def _merged() -> Conflict:
    return Conflict(
        QT_TRANSLATE_NOOP(
            "messages", "This record was merged into another one; open that one instead."
        ),
        "participant",
    )


def preview(db: Database, actor: Actor, participant_id: int, cohort_id: int) -> EnrolmentPreview:
    """What `enrol(participant_id, cohort_id)` would do now, without doing it. Raises NotFound
    for an unknown participant or cohort; every other refusal is in the answer."""
    with acting(db, actor, Permission.ENROL_PARTICIPANTS, read_only=True) as work:
        connection = work.session.connection()
        person = connection.execute(
            select(
                Participant.full_name,
                Participant.status,
                Participant.birth_date,
                Participant.education,
                Participant.employment,
                Participant.target_groups,
            ).where(Participant.id == participant_id)
        ).one_or_none()
        if person is None:
            raise _not_found("participant")
        row = connection.execute(
            select(*_COLUMNS)
            .join(Programme, Programme.id == Cohort.programme_id)
            .where(Cohort.id == cohort_id)
        ).one_or_none()
        if row is None:
            raise _not_found("cohort")
        cohort = _seats([row], _waiting_counts(connection, [cohort_id]))[0]
        earlier = connection.execute(
            select(Enrolment.status, Cohort.code)
            .join(Cohort, Cohort.id == Enrolment.cohort_id)
            .where(
                Enrolment.participant_id == participant_id,
                Enrolment.programme_id == cohort.programme_id,
            )
            .order_by(Enrolment.id)
        ).all()
        refusal: PelitaError | None = None
        if person.status == ParticipantStatus.MERGED.value:
            refusal = _merged()
        elif cohort.status.value not in COHORT_OPEN:
            refusal = _cohort_closed(cohort.code)
        elif not may_enrol_again([E(status) for status, _code in earlier]):
            code = next(code for status, code in earlier if E(status) not in LEAVING)
            refusal = _already_enrolled(person.full_name, code)
        findings = check(
            EligibilityRules.from_json(row.eligibility), _applicant(person), cohort.start_date
        )
        return EnrolmentPreview(
            participant_id=participant_id,
            full_name=person.full_name,
            cohort=cohort,
            findings=tuple(findings),
            refusal=refusal,
            may_override=work.may(Permission.OVERRIDE_ELIGIBILITY),
        )
