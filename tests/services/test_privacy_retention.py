"""The retention period and the review of inactive people, on SQLite and PostgreSQL: a centre
setting (default 60 months) that only administrators change within 1-1200 months; people
with no activity since the period are listed oldest first, never someone with equipment out;
anonymising the chosen ones is all or nothing."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from desktop.domain.choices import ParticipantStatus
from desktop.domain.errors import Conflict, PermissionDenied, ValidationError
from desktop.domain.follow_up import add_months
from desktop.services.attendance_common import local_day
from desktop.services.context import Actor
from desktop.services.retention import (
    anonymise_many,
    inactive_people,
    retention_months,
    set_retention_months,
)
from desktop.store.database import Database
from desktop.store.inventory import Loan
from desktop.store.models import AuditEntry
from desktop.store.participants import Participant
from desktop.store.training import Enrolment
from tests.services.test_privacy_fixtures import (
    centre_db,
    p_admin,
    p_clerk,
    p_instructor,
    privacy_template,
)

# Fixtures are found by name in the test's module.
FIXTURES = (centre_db, p_admin, p_clerk, p_instructor, privacy_template)


def live_ids(db: Database) -> set[int]:
    with db.sessions() as session:
        return set(
            session.scalars(
                select(Participant.id).where(Participant.status.in_(["active", "inactive"]))
            )
        )


def borrowers(db: Database) -> set[int]:
    with db.sessions() as session:
        return set(session.scalars(select(Loan.participant_id).where(Loan.returned_on.is_(None))))


def test_the_period_is_a_setting_admins_change(
    centre_db: Database, p_admin: Actor, p_clerk: Actor
) -> None:
    assert retention_months(centre_db) == 60
    for bad in (0, -1, 1201):
        with pytest.raises(ValidationError) as refused:
            set_retention_months(centre_db, p_admin, bad)
        assert refused.value.field == "retention_months"
    with pytest.raises(PermissionDenied):
        set_retention_months(centre_db, p_clerk, 24)
    assert retention_months(centre_db) == 60
    assert set_retention_months(centre_db, p_admin, 24) == 24
    assert retention_months(centre_db) == 24
    with centre_db.sessions() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.entity_id == "retention_months")
        ).one()
    assert (entry.before, entry.after) == ({"retention_months": 60}, {"retention_months": 24})


def test_inactive_people_are_listed_after_the_period(
    centre_db: Database, p_admin: Actor, p_instructor: Actor, p_clerk: Actor
) -> None:
    db = centre_db
    today = local_day(db.clock())
    assert inactive_people(db, p_admin, today) == []  # everyone was registered lately
    later = add_months(today, 61)  # five years and a month on, nobody has done anything
    found = inactive_people(db, p_admin, later)
    out_on_loan = borrowers(db)
    assert out_on_loan, "the demo lends equipment"
    assert {p.participant_id for p in found} == live_ids(db) - out_on_loan
    assert [p.last_activity for p in found] == sorted(p.last_activity for p in found)
    assert {p.reason for p in found} >= {"registration", "enrolment"}
    assert all(p.last_activity <= today for p in found)
    # A shorter period lists them sooner; someone active since is not listed.
    set_retention_months(db, p_admin, 12)
    soon = add_months(today, 13)
    with db.sessions.begin() as session:
        enrolment = session.scalars(
            select(Enrolment)
            .where(Enrolment.participant_id.in_([p.participant_id for p in found]))
            .order_by(Enrolment.id)
        ).first()
        assert enrolment is not None
        person = enrolment.participant_id
        assert person in {p.participant_id for p in inactive_people(db, p_admin, soon)}
        enrolment.updated_at = db.clock() + timedelta(days=200)
    assert person not in {p.participant_id for p in inactive_people(db, p_admin, soon)}
    for refused in (p_clerk, p_instructor):
        with pytest.raises(PermissionDenied):
            inactive_people(db, refused, later)


def test_anonymising_the_chosen_is_all_or_nothing(
    centre_db: Database, p_admin: Actor, p_clerk: Actor
) -> None:
    db = centre_db
    later = add_months(local_day(db.clock()), 61)
    chosen = [p.participant_id for p in inactive_people(db, p_admin, later)][:3]
    borrower = sorted(borrowers(db))[0]
    with pytest.raises(PermissionDenied):
        anonymise_many(db, p_clerk, chosen, "Retention review")
    with pytest.raises(ValidationError):
        anonymise_many(db, p_admin, chosen, "")
    with pytest.raises(Conflict):
        anonymise_many(db, p_admin, [*chosen, borrower], "Retention review")
    with db.sessions() as session:
        assert not session.scalar(
            select(func.count()).where(Participant.status == ParticipantStatus.ANONYMISED.value)
        )
    assert anonymise_many(db, p_admin, chosen + chosen[:1], "Retention review") == 3
    with db.sessions() as session:
        statuses = session.scalars(select(Participant.status).where(Participant.id.in_(chosen)))
        assert set(statuses) == {ParticipantStatus.ANONYMISED.value}
        assert (
            len(
                session.scalars(
                    select(AuditEntry.id).where(AuditEntry.action == "person.anonymise")
                ).all()
            )
            == 3
        )
    remaining = {p.participant_id for p in inactive_people(db, p_admin, later)}
    assert not remaining & set(chosen)
    with pytest.raises(Conflict):
        anonymise_many(db, p_admin, chosen[:1], "again")  # anonymised already
