"""Data-subject requests on SQLite and PostgreSQL: recorded at the desk with their due date
(72 hours), listed open and overdue first by the database's clock, closed once with an
outcome; withdrawing consent takes a person off the follow-up call list at once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from desktop.domain.choices import ConsentPurpose
from desktop.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from desktop.domain.privacy import RequestKind, RequestStatus
from desktop.services.attendance_common import local_day
from desktop.services.context import Actor
from desktop.services.data_requests import (
    close_request,
    list_requests,
    record_request,
    withdraw_consent,
)
from desktop.services.follow_up import call_list
from desktop.store.database import Database
from desktop.store.models import AuditEntry
from desktop.store.participants import ConsentRecord, ParticipantPhoto
from desktop.store.privacy import DataRequest
from tests.services.test_privacy_fixtures import (
    centre_db,
    p_admin,
    p_clerk,
    p_instructor,
    privacy_template,
    some_person,
)

# Fixtures are found by name in the test's module.
FIXTURES = (centre_db, p_admin, p_clerk, p_instructor, privacy_template)


def test_a_clerk_records_a_request_due_in_72_hours(
    centre_db: Database, p_clerk: Actor, p_admin: Actor
) -> None:
    person = some_person(centre_db)
    row = record_request(centre_db, p_clerk, person, RequestKind.ACCESS, "  Wants a copy.  ")
    assert row.status is RequestStatus.OPEN and row.kind is RequestKind.ACCESS
    assert row.due_at - row.received_at == timedelta(hours=72)
    assert row.details == "Wants a copy." and row.recorded_by == "petugas"
    assert not row.overdue and row.received_at.tzinfo is not None
    assert [r.id for r in list_requests(centre_db, p_clerk)] == [row.id]
    with centre_db.sessions() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "data_request.record")
        ).one()
    assert entry.entity_id == str(person) and entry.after["kind"] == "access"


def test_overdue_requests_come_first_by_the_database_clock(
    centre_db: Database, p_admin: Actor
) -> None:
    now = centre_db.clock()
    late = record_request(
        centre_db, p_admin, some_person(centre_db, 1), RequestKind.DELETION, "",
        received_at=now - timedelta(hours=80),
    )  # fmt: skip
    fresh = record_request(
        centre_db, p_admin, some_person(centre_db, 2), RequestKind.CORRECTION, "",
        received_at=now - timedelta(hours=1),
    )  # fmt: skip
    old_but_closed = record_request(
        centre_db, p_admin, some_person(centre_db, 3), RequestKind.ACCESS, "",
        received_at=now - timedelta(days=30),
    )  # fmt: skip
    close_request(centre_db, p_admin, old_but_closed.id, RequestStatus.DONE, "Sent the file.")
    rows = list_requests(centre_db, p_admin)
    assert [r.id for r in rows] == [late.id, fresh.id, old_but_closed.id]
    assert [r.overdue for r in rows] == [True, False, False]
    assert [r.id for r in list_requests(centre_db, p_admin, open_only=True)] == [late.id, fresh.id]
    # Three days later by the database's clock, the fresh one is overdue too.
    centre_db.clock = lambda: now + timedelta(hours=72)
    assert [r.overdue for r in list_requests(centre_db, p_admin, open_only=True)] == [True, True]


def test_closing_once_with_an_outcome(centre_db: Database, p_admin: Actor) -> None:
    row = record_request(
        centre_db, p_admin, some_person(centre_db), RequestKind.CORRECTION, "Village"
    )
    with pytest.raises(ValidationError) as empty:
        close_request(centre_db, p_admin, row.id, RequestStatus.DONE, "   ")
    assert empty.value.field == "outcome"
    with pytest.raises(ValidationError) as still_open:
        close_request(centre_db, p_admin, row.id, RequestStatus.OPEN, "x")
    assert still_open.value.field == "status"
    closed = close_request(centre_db, p_admin, row.id, RequestStatus.REFUSED, "Not our record.")
    assert closed.status is RequestStatus.REFUSED and closed.closed_by == "admin"
    assert closed.closed_at is not None and not closed.overdue
    with pytest.raises(Conflict):
        close_request(centre_db, p_admin, row.id, RequestStatus.DONE, "again")
    with pytest.raises(NotFound):
        close_request(centre_db, p_admin, row.id + 999, RequestStatus.DONE, "x")


def test_bad_requests_are_refused_and_nothing_is_saved(
    centre_db: Database, p_admin: Actor, p_clerk: Actor, p_instructor: Actor
) -> None:
    person = some_person(centre_db)
    with pytest.raises(NotFound) as unknown:
        record_request(centre_db, p_admin, 999_999, RequestKind.ACCESS, "")
    assert unknown.value.field == "participant"
    with pytest.raises(ValidationError) as future:
        record_request(
            centre_db, p_admin, person, RequestKind.ACCESS, "",
            received_at=centre_db.clock() + timedelta(hours=1),
        )  # fmt: skip
    assert future.value.field == "received_at"
    with pytest.raises(ValidationError) as long:
        record_request(centre_db, p_admin, person, RequestKind.ACCESS, "x" * 2001)
    assert long.value.field == "details"
    with pytest.raises(ValidationError):
        record_request(centre_db, p_admin, person, RequestKind.ACCESS, "a\x00b")
    with pytest.raises(ValueError):
        record_request(centre_db, p_admin, person, "forget me", "")  # type: ignore[arg-type]
    with pytest.raises(PermissionDenied):
        record_request(centre_db, p_instructor, person, RequestKind.ACCESS, "")
    with pytest.raises(PermissionDenied):
        list_requests(centre_db, p_instructor)
    row = record_request(centre_db, p_clerk, person, RequestKind.DELETION, "")
    with pytest.raises(PermissionDenied):
        close_request(centre_db, p_clerk, row.id, RequestStatus.DONE, "done")
    with centre_db.sessions() as session:
        assert session.scalars(select(DataRequest.id)).all() == [row.id]


def _on_call_list(db: Database, admin: Actor) -> dict[int, int]:
    rows = call_list(db, admin, local_day(db.clock()))
    return {row.participant_id: row.enrolment_id for row in rows}


def test_withdrawn_consent_takes_the_person_off_the_call_list_at_once(
    centre_db: Database, p_admin: Actor, p_clerk: Actor
) -> None:
    listed = _on_call_list(centre_db, p_admin)
    assert listed, "the demo has follow-up calls due"
    person = sorted(listed)[0]
    with centre_db.sessions.begin() as session:
        session.add(ParticipantPhoto(participant_id=person, jpeg=b"\xff\xd8photo"))
    withdraw_consent(centre_db, p_clerk, person)
    assert person not in _on_call_list(centre_db, p_admin)
    assert len(_on_call_list(centre_db, p_admin)) == len(listed) - 1
    with centre_db.sessions() as session:
        latest = session.scalars(
            select(ConsentRecord)
            .where(ConsentRecord.participant_id == person)
            .order_by(ConsentRecord.recorded_at.desc(), ConsentRecord.id.desc())
        ).first()
        assert latest is not None and latest.purposes == [ConsentPurpose.TRAINING.value]
        assert latest.recorded_by == "petugas"
        assert session.get(ParticipantPhoto, person) is None
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "consent.withdraw")
        ).one()
    assert entry.entity_id == str(person) and entry.after["photo_removed"] is True


def test_withdrawal_closes_its_request(
    centre_db: Database, p_admin: Actor, p_clerk: Actor, p_instructor: Actor
) -> None:
    person = some_person(centre_db)
    other = record_request(
        centre_db, p_clerk, some_person(centre_db, 1), RequestKind.WITHDRAWAL, ""
    )
    row = record_request(centre_db, p_clerk, person, RequestKind.WITHDRAWAL, "No more calls.")
    with pytest.raises(PermissionDenied):
        withdraw_consent(centre_db, p_clerk, person, row.id)  # closing requests is an admin's
    with pytest.raises(PermissionDenied):
        withdraw_consent(centre_db, p_instructor, person)
    with pytest.raises(ValidationError):
        withdraw_consent(centre_db, p_admin, person, other.id)  # someone else's request
    with pytest.raises(NotFound):
        withdraw_consent(centre_db, p_admin, 999_999)
    withdraw_consent(centre_db, p_admin, person, row.id)
    closed = {r.id: r for r in list_requests(centre_db, p_admin)}[row.id]
    assert closed.status is RequestStatus.DONE and closed.outcome
    with pytest.raises(Conflict):
        withdraw_consent(centre_db, p_admin, person, row.id)  # closed already: nothing added
    with centre_db.sessions() as session:
        withdrawals = session.scalars(
            select(AuditEntry.id).where(AuditEntry.action == "consent.withdraw")
        ).all()
    assert len(withdrawals) == 1


def test_a_naive_time_is_a_programming_error(centre_db: Database, p_admin: Actor) -> None:
    with pytest.raises(ValueError):
        record_request(
            centre_db, p_admin, some_person(centre_db), RequestKind.ACCESS, "",
            received_at=datetime(2026, 1, 1),
        )  # fmt: skip
    aware = record_request(
        centre_db, p_admin, some_person(centre_db), RequestKind.ACCESS, "",
        received_at=datetime(2026, 1, 1, tzinfo=UTC),
    )  # fmt: skip
    assert aware.overdue
