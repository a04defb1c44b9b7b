"""Instructors work with names: the participant list offers them no disability or social
assistance filters, and a cohort's waitlist gives them the order without its reasons (the
reasons name disabilities and aid programmes)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.domain.enrolment import EnrolmentStatus
from desktop.gui.app_context import AppContext
from desktop.gui.participants_page import ParticipantsPage
from desktop.services import enrolment
from desktop.services.accounts import authenticate
from desktop.services.demo import build_demo
from desktop.store.database import Database
from desktop.store.training import Enrolment


def _filters(page: ParticipantsPage) -> list[bool]:
    ui = page.ui
    return [widget.isHidden() for widget in (ui.disabilityCombo, ui.dtsenCombo, ui.assistanceCombo)]


def test_an_instructor_has_no_sensitive_filters(
    qtbot: QtBot, instructor_context: AppContext, clerk_context: AppContext
) -> None:
    page = ParticipantsPage(instructor_context)
    qtbot.addWidget(page)
    assert _filters(page) == [True, True, True]
    clerks = ParticipantsPage(clerk_context)
    qtbot.addWidget(clerks)
    assert _filters(clerks) == [False, False, False]


def test_an_instructor_sees_the_waitlist_without_its_reasons(sqlite_db: Database) -> None:
    build_demo(sqlite_db, participants=80)  # the running cohort is full, with a waitlist
    clerk = authenticate(sqlite_db, "petugas", "petugas-demo")
    instructor = authenticate(sqlite_db, "instruktur", "instruktur-demo")
    with sqlite_db.sessions() as session:
        cohort_id = session.scalar(
            select(Enrolment.cohort_id).where(Enrolment.status == EnrolmentStatus.WAITLISTED.value)
        )
    assert cohort_id is not None
    clerks = enrolment.waitlist(sqlite_db, clerk, cohort_id)
    assert any(entry.parts for entry in clerks)
    instructors = enrolment.waitlist(sqlite_db, instructor, cohort_id)
    assert [e.participant_id for e in instructors] == [e.participant_id for e in clerks]
    assert all(entry.parts == () for entry in instructors)
