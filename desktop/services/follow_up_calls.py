"""Recording follow-up calls: an attempt that did not reach the person, or what they said
when reached. Recording again for a milestone already reached corrects its answers (the audit
log keeps what they were).

Refused, with nothing stored: a call for someone who did not complete the training, for
someone whose latest consent no longer includes follow-up contact, at a milestone that is not
3, 6 or 12 months, or before it is due; and answers that are missing or unreadable.

Two desks recording the same call at once: the enrolment's row is locked first (PostgreSQL;
SQLite lets one writer in at a time anyway), so the second waits and then counts its attempt
on top of the first instead of losing it or failing on the unique (enrolment, months) index.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from desktop.domain.choices import ConsentPurpose
from desktop.domain.enrolment import EnrolmentStatus
from desktop.domain.errors import NotFound, ValidationError
from desktop.domain.evaluation import MILESTONES, WorkKind
from desktop.domain.follow_up import CallInput, check_milestone, clean_answers, due_on
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.phone import display_phone
from desktop.domain.roles import Permission
from desktop.services.context import Actor, Work, acting
from desktop.store.database import Database
from desktop.store.evaluation import FollowUp
from desktop.store.models import Programme
from desktop.store.participants import ConsentRecord, Participant
from desktop.store.training import Cohort, Enrolment

ATTEMPTS = 2  # a second go when another desk inserted the same call between read and write


@dataclass(frozen=True)
class CallRecord:
    """A milestone's call as recorded so far (nothing yet: attempts 0, not reached)."""

    months: int
    due_on: date
    attempts: int = 0
    reached: bool = False
    last_call_on: date | None = None
    work: WorkKind | None = None
    business: bool | None = None
    business_kind: str = ""
    monthly_income: int | None = None
    uses_skill: bool | None = None
    needs_help: bool | None = None
    help_note: str = ""
    note: str = ""
    updated_by: str = ""


@dataclass(frozen=True)
class CallHistory:
    """Who to call and every milestone's call so far: what the call dialog shows."""

    enrolment_id: int
    full_name: str
    phone: str  # as people write it
    programme: str
    cohort_code: str
    end_date: date
    calls: tuple[CallRecord, ...]  # one per milestone, in order

    def at(self, months: int) -> CallRecord:
        return next(call for call in self.calls if call.months == months)


def record_call(db: Database, actor: Actor, call: CallInput, today: date) -> CallRecord:
    """Record one call made on `today`; returns the milestone's call as it now stands."""
    months = check_milestone(call.months)
    for attempt in range(ATTEMPTS):
        try:
            with acting(db, actor, Permission.FOLLOW_UP) as work:
                return _record(work, call, months, today)
        except IntegrityError:
            if attempt == ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")  # pragma: no cover


def _record(work: Work, call: CallInput, months: int, today: date) -> CallRecord:
    enrolment = work.session.scalar(
        select(Enrolment).where(Enrolment.id == call.enrolment_id).with_for_update()
    )
    if enrolment is None:
        raise NotFound(QT_TRANSLATE_NOOP("messages", "This enrolment no longer exists."))
    person = work.session.get(Participant, enrolment.participant_id)
    cohort = work.session.get(Cohort, enrolment.cohort_id)
    assert person is not None and cohort is not None  # kept by foreign keys
    check_may_call(work, enrolment, person)
    due = due_on(cohort.end_date, months)
    if due > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The {months}-month call of {name} is due on {date}; it cannot be recorded"
                " before then.",
            ),
            "months",
            months=months,
            name=person.full_name,
            date=due,
        )
    found = existing_call(work, enrolment.id, months)
    if not call.reached and found is not None and found.reached:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages",
                "{name} was already reached for the {months}-month call. To correct the"
                " answers, record the call again as reached.",
            ),
            "reached",
            name=person.full_name,
            months=months,
        )
    answers = clean_answers(call) if call.reached else None
    before = _audited(found) if found is not None else None
    row = found or FollowUp(enrolment_id=enrolment.id, months=months, attempts=0, reached=False)
    if found is None:
        work.session.add(row)
    correction = found is not None and found.reached
    if not correction:  # a correction is not another call
        row.attempts = (row.attempts or 0) + 1
        row.last_call_on = today
    if answers is None:
        row.note = call.note.strip()[:2000] or row.note
    else:
        row.reached = True
        row.work = answers.work.value
        row.business = answers.business
        row.business_kind = answers.business_kind
        row.monthly_income = answers.monthly_income
        row.uses_skill = answers.uses_skill
        row.needs_help = answers.needs_help
        row.help_note = answers.help_note
        row.note = answers.note
    assert work.actor is not None
    row.updated_at = work.now
    row.updated_by = work.actor.username
    work.session.flush()
    work.audit("follow_up.call", "follow_up", row.id, before=before, after=_audited(row))
    return _view(row, due)


def existing_call(work: Work, enrolment_id: int, months: int) -> FollowUp | None:
    return work.session.scalar(
        select(FollowUp).where(FollowUp.enrolment_id == enrolment_id, FollowUp.months == months)
    )


def check_may_call(work: Work, enrolment: Enrolment, person: Participant) -> None:
    """Refuse a call for someone who did not complete, or whose latest consent leaves out
    follow-up contact."""
    if enrolment.status != EnrolmentStatus.COMPLETED.value:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "{name} did not complete the training, so no outcome can be recorded."
            ),
            "enrolment",
            name=person.full_name,
        )
    latest = work.session.scalar(
        select(ConsentRecord)
        .where(ConsentRecord.participant_id == person.id)
        .order_by(ConsentRecord.recorded_at.desc(), ConsentRecord.id.desc())
        .limit(1)
    )
    if latest is not None and ConsentPurpose.FOLLOW_UP.value in (latest.purposes or ()):
        return
    ever = work.session.scalars(
        select(ConsentRecord.purposes).where(ConsentRecord.participant_id == person.id)
    )
    if latest is not None and any(ConsentPurpose.FOLLOW_UP.value in p for p in ever):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages",
                "{name} withdrew consent to follow-up contact on {date}; no call may be recorded.",
            ),
            "enrolment",
            name=person.full_name,
            date=latest.given_on,
        )
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "messages", "{name} did not agree to follow-up contact; no call may be recorded."
        ),
        "enrolment",
        name=person.full_name,
    )


def follow_up_history(db: Database, actor: Actor, enrolment_id: int) -> CallHistory:
    """The person to call and each milestone's call so far."""
    with acting(db, actor, Permission.FOLLOW_UP, read_only=True) as work:
        found = work.session.execute(
            select(
                Enrolment.id,
                Participant.full_name,
                Participant.phone,
                Programme.name,
                Cohort.code,
                Cohort.end_date,
            )
            .join(Cohort, Cohort.id == Enrolment.cohort_id)
            .join(Participant, Participant.id == Enrolment.participant_id)
            .join(Programme, Programme.id == Cohort.programme_id)
            .where(Enrolment.id == enrolment_id)
        ).one_or_none()
        if found is None:
            raise NotFound(QT_TRANSLATE_NOOP("messages", "This enrolment no longer exists."))
        rows = {
            row.months: row
            for row in work.session.scalars(
                select(FollowUp).where(FollowUp.enrolment_id == enrolment_id)
            )
        }
    _id, name, phone, programme, code, end = found
    calls = tuple(
        _view(rows[m], due_on(end, m)) if m in rows else CallRecord(m, due_on(end, m))
        for m in MILESTONES
    )
    return CallHistory(enrolment_id, name, display_phone(phone), programme, code, end, calls)


def _view(row: FollowUp, due: date) -> CallRecord:
    return CallRecord(
        months=row.months,
        due_on=due,
        attempts=row.attempts or 0,
        reached=bool(row.reached),
        last_call_on=row.last_call_on,
        work=WorkKind(row.work) if row.work else None,
        business=row.business,
        business_kind=row.business_kind or "",
        monthly_income=row.monthly_income,
        uses_skill=row.uses_skill,
        needs_help=row.needs_help,
        help_note=row.help_note or "",
        note=row.note or "",
        updated_by=row.updated_by or "",
    )


def _audited(row: FollowUp) -> dict[str, Any]:
    return {
        "enrolment_id": row.enrolment_id,
        "months": row.months,
        "attempts": row.attempts,
        "reached": row.reached,
        "last_call_on": row.last_call_on.isoformat() if row.last_call_on else None,
        "work": row.work,
        "business": row.business,
        "business_kind": row.business_kind,
        "monthly_income": row.monthly_income,
        "uses_skill": row.uses_skill,
        "needs_help": row.needs_help,
        "help_note": row.help_note,
        "note": row.note,
    }
