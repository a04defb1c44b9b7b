"""Enrolling one person in a cohort: the checks, then a seat or the waitlist.

A newcomer takes a free seat only while nobody is waiting for the cohort; otherwise they join
the waitlist, in their place by the documented score, and freed seats go to its top by an offer
(desktop.services.enrolment_status). Internal: callers use desktop.services.enrolment.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, insert, select

from desktop.domain.choices import ParticipantStatus
from desktop.domain.enrolment import COHORT_OPEN, LEAVING, EnrolmentStatus, may_enrol_again
from desktop.domain.errors import Conflict, PermissionDenied
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.programme_rules import EligibilityRules, Finding, Strictness, check, refusals
from desktop.domain.roles import Permission
from desktop.services.context import Actor, acting
from desktop.services.enrolment_common import (
    E,
    NotEligible,
    _anyone_waiting,
    _applicant,
    _cohort,
    _cohort_closed,
    _event,
    _finding_json,
    _give_seat_back,
    _not_found,
    _retrying,
    _take_seat,
)
from desktop.store.database import Database
from desktop.store.participants import Participant
from desktop.store.training import Cohort, Enrolment, EnrolmentEvent


@dataclass(frozen=True)
class Enrolled:
    enrolment_id: int
    status: EnrolmentStatus  # accepted (with a seat) or waitlisted
    warnings: tuple[Finding, ...]  # rules not met that do not refuse
    overridden: tuple[Finding, ...]  # hard refusals an administrator overrode


def _seat_for_newcomer(connection: Connection, cohort_id: int) -> bool:
    """A seat for someone enrolling now: True only if one is free and nobody is waiting.

    The waitlist is looked at after the seat is taken, while this transaction holds the cohort's
    row: on PostgreSQL the look is a new statement, so it sees a waitlisting committed before
    the seat was got (on SQLite a transaction that read before another desk wrote is run again).
    Then someone waiting is never passed over; the seat taken is given back at once.
    """
    if not _take_seat(connection, cohort_id):
        return False
    if _anyone_waiting(connection, cohort_id):
        _give_seat_back(connection, cohort_id)
        return False
    return True


def enrol(
    db: Database, actor: Actor, participant_id: int, cohort_id: int, override_reason: str = ""
) -> Enrolled:
    """Enrol a participant in a cohort: accepted with a seat if one is free and nobody is
    waiting for the cohort, else waitlisted (in their place by the documented score: a seat that
    frees goes to the top of the waitlist by an offer the clerk confirms, `accept_offer`).

    Refused (raises) for an unknown participant or cohort, a merged record, a cohort that is
    finished or archived, a second enrolment in the same programme while an earlier one has not
    ended as dropped, failed or withdrawn, and hard eligibility refusals (NotEligible, with the
    findings) unless an administrator gives `override_reason`; a clerk giving one is refused.
    """
    return _retrying(db, lambda: _enrol(db, actor, participant_id, cohort_id, override_reason))


def _enrol(
    db: Database, actor: Actor, participant_id: int, cohort_id: int, override_reason: str
) -> Enrolled:
    override_reason = override_reason.strip()
    with acting(db, actor, Permission.ENROL_PARTICIPANTS) as work:
        if override_reason and not work.may(Permission.OVERRIDE_ELIGIBILITY):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Only an administrator can enrol someone the programme's rules refuse.",
                ),
                "override_reason",
            )
        connection = work.session.connection()
        person = connection.execute(
            select(
                Participant.full_name,
                Participant.status,
                Participant.birth_date,
                Participant.education,
                Participant.employment,
                Participant.target_groups,
            )
            .where(Participant.id == participant_id)
            .with_for_update(key_share=True)  # PostgreSQL: one desk at a time enrols them
        ).one_or_none()
        if person is None:
            raise _not_found("participant")
        if person.status == ParticipantStatus.MERGED.value:
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "messages", "This record was merged into another one; open that one instead."
                ),
                "participant",
            )
        cohort = _cohort(connection, cohort_id)
        if cohort.status not in COHORT_OPEN:
            raise _cohort_closed(cohort.code)
        # All of the person's enrolments (a seek on ix_enrolment_participant; a handful of
        # rows), filtered to the programme here, not by the planner's choice of index.
        earlier = [
            row
            for row in connection.execute(
                select(Enrolment.programme_id, Enrolment.cohort_id, Enrolment.status).where(
                    Enrolment.participant_id == participant_id
                )
            )
            if row.programme_id == cohort.programme_id
        ]
        if not may_enrol_again([E(row.status) for row in earlier]):
            open_one = next(row for row in earlier if E(row.status) not in LEAVING)
            code = connection.execute(
                select(Cohort.code).where(Cohort.id == open_one.cohort_id)
            ).scalar_one()
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{name} is already enrolled in this programme (cohort {cohort}). Another "
                    "enrolment is possible only once that one has ended as dropped out, not "
                    "passed or withdrawn.",
                ),
                "cohort",
                name=person.full_name,
                cohort=code,
            )
        findings = check(
            EligibilityRules.from_json(cohort.eligibility), _applicant(person), cohort.start_date
        )
        refused = refusals(findings)
        if refused and not override_reason:
            raise NotEligible(person.full_name, findings)
        warnings = tuple(f for f in findings if f.strictness is not Strictness.HARD)
        status = E.ACCEPTED if _seat_for_newcomer(connection, cohort_id) else E.WAITLISTED
        kept_reason = override_reason if refused else ""
        enrolment_id = connection.execute(
            insert(Enrolment)
            .values(
                participant_id=participant_id,
                cohort_id=cohort_id,
                programme_id=cohort.programme_id,
                status=status.value,
                reason="",
                override_reason=kept_reason,
                holds_seat=status is E.ACCEPTED,
                applied_at=work.now,
                updated_at=work.now,
                version=1,
            )
            .returning(Enrolment.id)
        ).scalar_one()
        connection.execute(
            insert(EnrolmentEvent),
            [
                _event(work, enrolment_id, "", E.APPLIED.value, ""),
                _event(work, enrolment_id, E.APPLIED.value, status.value, kept_reason),
            ],
        )
        work.audit(
            "enrolment.create",
            "enrolment",
            enrolment_id,
            after={
                "participant_id": participant_id,
                "cohort_id": cohort_id,
                "status": status.value,
                "holds_seat": status is E.ACCEPTED,
                "warnings": [_finding_json(finding) for finding in warnings],
            },
        )
        if refused:
            work.audit(
                "enrolment.override",
                "enrolment",
                enrolment_id,
                after={
                    "participant_id": participant_id,
                    "cohort_id": cohort_id,
                    "override_reason": override_reason,
                    "refusals": [_finding_json(finding) for finding in refused],
                },
            )
        return Enrolled(enrolment_id, status, warnings, tuple(refused))
