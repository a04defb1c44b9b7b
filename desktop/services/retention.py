"""The retention period (UU PDP: personal data is kept no longer than needed): people with no
activity for longer than the centre's period are listed for review, and an administrator
anonymises those chosen (services.anonymise, the same as a deletion request).

Activity is anything the centre did with the person: registration, an enrolment or a change of
its status, an attendance mark, a certificate issued, a follow-up call, equipment lent or
handed over. Someone who still has equipment out (a loan not returned) is never listed: the
centre needs to reach them. The period is a centre setting ("retention_months", default 60
months: five years, long enough for a graduate's follow-up and a sponsor's audit).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from sqlalchemy import Select, and_, func, literal, select, union_all

from desktop.domain.choices import ParticipantStatus
from desktop.domain.errors import Conflict
from desktop.domain.follow_up import add_months
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.privacy import DEFAULT_RETENTION_MONTHS, check_retention_months, check_text
from desktop.domain.roles import Permission
from desktop.services.anonymise import anonymise_in
from desktop.services.context import Actor, Work, acting
from desktop.services.data_requests import person_of
from desktop.store.attendance import AttendanceMark
from desktop.store.certificates import Certificate
from desktop.store.database import Database
from desktop.store.evaluation import FollowUp
from desktop.store.inventory import Loan
from desktop.store.models import Setting
from desktop.store.participants import Participant
from desktop.store.training import Enrolment

RETENTION_KEY = "retention_months"
LIVE = (ParticipantStatus.ACTIVE.value, ParticipantStatus.INACTIVE.value)


@dataclass(frozen=True)
class InactivePerson:
    participant_id: int
    name: str
    last_activity: date  # the desk's calendar day
    reason: str  # the last activity: "registration", "enrolment", "attendance",
    # "certificate", "call" or "loan"


def retention_months(db: Database) -> int:
    with db.sessions() as session:
        row = session.get(Setting, RETENTION_KEY)
    return _months(row)


def _months(row: Setting | None) -> int:
    value = row.value if row is not None else None
    return value if isinstance(value, int) and value > 0 else DEFAULT_RETENTION_MONTHS


def set_retention_months(db: Database, actor: Actor, months: int) -> int:
    """Change the period (1 to RETENTION_MAX_MONTHS months); returns it."""
    months = check_retention_months(months)
    with acting(db, actor, Permission.MANAGE_SETTINGS) as work:
        row = work.session.get(Setting, RETENTION_KEY, with_for_update=True)
        before = _months(row)
        if row is None:
            work.session.add(Setting(key=RETENTION_KEY, value=months))
        else:
            row.value = months
        work.audit(
            "settings.update",
            "setting",
            RETENTION_KEY,
            before={RETENTION_KEY: before},
            after={RETENTION_KEY: months},
        )
    return months


def inactive_people(db: Database, actor: Actor, today: date) -> list[InactivePerson]:
    """The people whose last activity is older than the period before `today`, oldest
    activity first."""
    with acting(db, actor, Permission.HANDLE_DATA_REQUESTS, read_only=True) as work:
        months = _months(work.session.get(Setting, RETENTION_KEY))
        cutoff = datetime.combine(add_months(today, -months), time()).astimezone(UTC)
        found = work.session.execute(_inactive_query(cutoff)).all()
    people: dict[int, InactivePerson] = {}
    for person_id, name, last, what in found:
        if person_id not in people:  # two activities at the same last moment: one row
            people[person_id] = InactivePerson(person_id, name, last.astimezone().date(), what)
    return sorted(people.values(), key=lambda p: (p.last_activity, p.participant_id))


def _inactive_query(cutoff: datetime) -> Select[int, str, datetime, str]:
    e, m, c, f, loan = Enrolment, AttendanceMark, Certificate, FollowUp, Loan
    activity = union_all(
        select(Participant.id.label("pid"), Participant.created_at.label("at"),
               literal("registration").label("what")),
        select(e.participant_id, e.updated_at, literal("enrolment")),
        select(e.participant_id, func.max(m.marked_at), literal("attendance"))
        .join(m, m.enrolment_id == e.id).group_by(e.participant_id),
        select(c.participant_id, c.issued_at, literal("certificate")),
        select(e.participant_id, func.max(f.updated_at), literal("call"))
        .join(f, f.enrolment_id == e.id).group_by(e.participant_id),
        select(loan.participant_id, loan.recorded_at, literal("loan")),
    ).subquery()  # fmt: skip
    last = (
        select(activity.c.pid, func.max(activity.c.at).label("last"))
        .group_by(activity.c.pid)
        .having(func.max(activity.c.at) < cutoff)
        .subquery()
    )
    open_loan = select(Loan.id).where(
        Loan.participant_id == Participant.id, Loan.returned_on.is_(None)
    )
    return (
        select(Participant.id, Participant.full_name, last.c.last, activity.c.what)
        .join(last, last.c.pid == Participant.id)
        .join(activity, and_(activity.c.pid == last.c.pid, activity.c.at == last.c.last))
        .where(Participant.status.in_(LIVE), ~open_loan.exists())
        .order_by(last.c.last, Participant.id)
    )


def anonymise_many(db: Database, actor: Actor, ids: Iterable[int], reason: str) -> int:
    """Anonymise the people chosen from the review list, all or none; returns how many."""
    text = check_text(reason, "reason", required=True)
    chosen = sorted(set(ids))
    with acting(db, actor, Permission.HANDLE_DATA_REQUESTS) as work:
        for participant_id in chosen:
            _anonymise_one(work, participant_id, text)
    return len(chosen)


def _anonymise_one(work: Work, participant_id: int, reason: str) -> None:
    person = person_of(work, participant_id, live=True)
    if work.session.scalar(
        select(Loan.id).where(Loan.participant_id == person.id, Loan.returned_on.is_(None))
    ):
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "messages", "{name} still has equipment on loan: take it back first."
            ),
            "participant",
            name=person.full_name,
        )
    anonymise_in(work, person, reason)
