"""What the enrolment modules share: the errors, the retry of a write that lost a race, the
rows they read (cohort, enrolment, applicant), and the seat counter and history they write.
Internal: callers use desktop.services.enrolment.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import Connection, select, update
from sqlalchemy import exc as sa_exc

from desktop.domain.choices import Education, Employment, TargetGroup
from desktop.domain.enrolment import EnrolmentStatus
from desktop.domain.errors import Conflict, NotFound, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.programme_rules import Applicant, Finding, refusals
from desktop.services.context import Work
from desktop.store.database import Database
from desktop.store.models import Programme
from desktop.store.training import Cohort, Enrolment

T = TypeVar("T")
ATTEMPTS = 6  # a write that lost a race is run again at most this often

E = EnrolmentStatus


# -- errors ------------------------------------------------------------------------------------


class NotEligible(ValidationError):
    """The programme's rules refuse the person; `findings` holds every rule not met."""

    def __init__(self, full_name: str, findings: list[Finding]) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "messages",
                "{name} does not meet the programme's rules ({count}). Only an administrator "
                "can enrol them, giving a reason.",
            ),
            "eligibility",
            name=full_name,
            count=len(refusals(findings)),
        )
        self.findings = tuple(findings)


class SeatTaken(Conflict):
    """The free seat went to someone else at another desk; the person stays waitlisted."""


def _not_found(what: str) -> NotFound:
    texts = {
        "participant": QT_TRANSLATE_NOOP("messages", "This participant no longer exists."),
        "cohort": QT_TRANSLATE_NOOP("messages", "This cohort no longer exists."),
        "enrolment": QT_TRANSLATE_NOOP("messages", "This enrolment no longer exists."),
    }
    return NotFound(texts[what], what)


def _cohort_closed(code: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "messages",
            "Cohort {cohort} takes no more enrolments: only planned, open and running cohorts do.",
        ),
        "cohort",
        cohort=code,
    )


def _changed_elsewhere() -> Conflict:
    return Conflict(
        QT_TRANSLATE_NOOP(
            "messages",
            "This enrolment was changed at another desk just now. Reload it and try again.",
        )
    )


# -- retrying a write that lost a race ----------------------------------------------------------


def _lost_race(db: Database, error: sa_exc.OperationalError) -> bool:
    if db.is_sqlite:
        text = str(error.orig).lower()
        return "locked" in text or "busy" in text
    # Serialization failure, deadlock.
    return getattr(error.orig, "sqlstate", None) in {"40001", "40P01"}


def _retrying(db: Database, call: Callable[[], T]) -> T:
    """`call()` (one whole transaction), run again from the start if it lost a race."""
    for attempt in range(1, ATTEMPTS + 1):
        try:
            return call()
        except sa_exc.OperationalError as error:
            if attempt == ATTEMPTS or not _lost_race(db, error):
                raise
            time.sleep(random.uniform(0.001, 0.004) * attempt)
    raise AssertionError("unreachable")


# -- reading -----------------------------------------------------------------------------------


def _cohort(connection: Connection, cohort_id: int) -> Any:
    row = connection.execute(
        select(
            Cohort.id,
            Cohort.code,
            Cohort.programme_id,
            Cohort.status,
            Cohort.start_date,
            Cohort.capacity,
            Cohort.seats_taken,
            Programme.eligibility,
        )
        .join(Programme, Programme.id == Cohort.programme_id)
        .where(Cohort.id == cohort_id)
    ).one_or_none()
    if row is None:
        raise _not_found("cohort")
    return row


def _enrolment(connection: Connection, enrolment_id: int) -> Any:
    row = connection.execute(
        select(
            Enrolment.id,
            Enrolment.participant_id,
            Enrolment.cohort_id,
            Enrolment.status,
            Enrolment.holds_seat,
            Enrolment.version,
        ).where(Enrolment.id == enrolment_id)
    ).one_or_none()
    if row is None:
        raise _not_found("enrolment")
    return row


def _applicant(row: Any) -> Applicant:
    return Applicant(
        birth_date=row.birth_date,
        education=Education(row.education) if row.education else None,
        employment=Employment(row.employment) if row.employment else None,
        target_groups=frozenset(
            TargetGroup(group)
            for group in row.target_groups or ()
            if group in TargetGroup._value2member_map_
        ),
    )


def _anyone_waiting(connection: Connection, cohort_id: int) -> bool:
    """Whether anyone is on the cohort's waitlist (a seek on ix_enrolment_cohort_status)."""
    found = connection.execute(
        select(Enrolment.id)
        .where(Enrolment.cohort_id == cohort_id, Enrolment.status == E.WAITLISTED.value)
        .limit(1)
    ).first()
    return found is not None


# -- writing -----------------------------------------------------------------------------------


def _take_seat(connection: Connection, cohort_id: int) -> bool:
    """The one conditional UPDATE that takes a seat: True if this transaction got it."""
    result = connection.execute(
        update(Cohort)
        .where(Cohort.id == cohort_id, Cohort.seats_taken < Cohort.capacity)
        .values(seats_taken=Cohort.seats_taken + 1)
    )
    return result.rowcount == 1


def _give_seat_back(connection: Connection, cohort_id: int) -> None:
    connection.execute(
        update(Cohort)
        .where(Cohort.id == cohort_id, Cohort.seats_taken > 0)
        .values(seats_taken=Cohort.seats_taken - 1)
    )


def _event(work: Work, enrolment_id: int, before: str, after: str, reason: str) -> dict[str, Any]:
    assert work.actor is not None
    return {
        "enrolment_id": enrolment_id,
        "at": work.now,
        "user_id": work.actor.user_id,
        "username": work.actor.username,
        "from_status": before,
        "to_status": after,
        "reason": reason,
    }


def _finding_json(finding: Finding) -> dict[str, Any]:
    return {"rule": finding.rule, "strictness": finding.strictness.value, "text": finding.english()}
