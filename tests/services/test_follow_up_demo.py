"""The demo's follow-up calls: its finished cohort ended about six and a half months before
the demo is built, so the 6-month calls are due and recorded as a realistic spread (reached,
not picking up, not called yet); one completer has withdrawn consent and cannot be called."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.domain.errors import ValidationError
from desktop.domain.follow_up import CallInput
from desktop.services.accounts import authenticate
from desktop.services.attendance_common import local_day
from desktop.services.demo import build_demo
from desktop.services.demo_follow_up import build_demo_follow_up
from desktop.services.follow_up import call_list, outcomes_vs_intake, record_call
from desktop.store.database import Database
from desktop.store.evaluation import FollowUp
from desktop.store.models import AuditEntry
from desktop.store.training import Enrolment


def test_the_demo_follow_up(sqlite_db: Database) -> None:
    db = sqlite_db
    build_demo(db, participants=60)
    admin = authenticate(db, "admin", "admin-demo")
    today = local_day(db.clock())
    build_demo_follow_up(db, admin, today)  # again: nothing twice
    with db.sessions() as session:
        calls = session.scalars(select(FollowUp)).all()
        withdrawals = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "participant.consent")
        ).all()
    assert len(withdrawals) == 1
    assert "follow_up" not in withdrawals[0].after["purposes"]
    assert {c.months for c in calls} == {6}
    reached = [c for c in calls if c.reached]
    missed = [c for c in calls if not c.reached]
    assert reached and missed
    assert any(c.business for c in reached) and any(c.monthly_income for c in reached)
    assert any(c.attempts == 2 for c in missed)
    still = call_list(db, admin, today)
    assert still and all(row.months == 6 for row in still)
    assert any(row.attempts == 0 for row in still)  # some not called yet
    assert outcomes_vs_intake(db, admin, 6).reached == len(reached)

    person = int(withdrawals[0].entity_id)
    assert person not in {row.participant_id for row in still}
    with db.sessions() as session:
        enrolment = session.scalar(select(Enrolment.id).where(Enrolment.participant_id == person))
    assert enrolment is not None
    with pytest.raises(ValidationError, match="withdrew consent"):
        record_call(db, admin, CallInput(enrolment, 6, False), today)
