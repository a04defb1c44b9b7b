"""`pelita demo`: the demo centre, its three logins, its seven programmes and its cohorts."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from desktop.documents.certificate import CertificateLook
from desktop.domain.centre import CentreProfile, InstitutionType
from desktop.domain.certificate import Verdict
from desktop.domain.cohort import CohortStatus
from desktop.domain.demo import DEMO_LOGINS
from desktop.domain.enrolment import EnrolmentStatus
from desktop.domain.errors import Conflict
from desktop.domain.roles import Role
from desktop.services import (
    accounts,
    attendance_grid,
    attendance_numbers,
    centre,
    certificate_issue,
    certificate_register,
    certificate_verify,
    cohorts,
    enrolment,
)
from desktop.services.certificate_common import look_of
from desktop.services.context import acting
from desktop.services.demo import DEMO_PROGRAMMES, build_demo
from desktop.services.demo_cohorts import DEMO_COHORTS
from desktop.store.database import Database
from desktop.store.models import AuditEntry, Centre, Programme, User


def _counts(db: Database) -> tuple[int, ...]:
    with db.sessions() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Centre, User, Programme, AuditEntry)
        )


def test_demo_centre(db: Database) -> None:
    summary = build_demo(db)
    assert summary.programmes == 7
    assert summary.logins == DEMO_LOGINS
    assert centre.is_demo(db)
    assert not centre.needs_setup(db)
    profile = centre.get_profile(db)
    assert profile is not None
    assert profile.name == "LKP Pelita Mandiri (Demo)"
    assert profile.institution_type is InstitutionType.LKP
    assert profile.head_nip == "197003152000032001"


def test_demo_logins_work_with_their_roles(db: Database) -> None:
    build_demo(db)
    assert [(name, role) for name, _password, role in DEMO_LOGINS] == [
        ("admin", Role.ADMIN),
        ("petugas", Role.CLERK),
        ("instruktur", Role.INSTRUCTOR),
    ]
    for username, password, role in DEMO_LOGINS:
        actor = accounts.authenticate(db, username, password)
        assert (actor.username, actor.role) == (username, role)
        assert not actor.must_change_password
    admin = accounts.authenticate(db, "admin", "admin-demo")
    assert len(accounts.list_users(db, admin)) == 3


def test_demo_programmes(db: Database) -> None:
    build_demo(db)
    with db.sessions() as session:
        programmes = list(session.scalars(select(Programme).order_by(Programme.id)))
    assert len(programmes) == 7
    assert [p.code for p in programmes] == ["JHT", "PTM", "SYO", "ANY", "KLN", "TIK", "UMK"]
    names = {p.name for p in programmes}
    assert names == {name for _code, name, *_ in DEMO_PROGRAMMES}
    assert "Menjahit Pakaian Dasar" in names
    assert "Budidaya Sayuran Organik" in names
    assert "Manajemen Keuangan UMKM" in names
    assert all(p.active and p.hours_jp > 0 and p.description for p in programmes)
    # Indonesian, not English: the skill areas people read every day.
    areas = {p.skill_area for p in programmes}
    assert {"Menjahit", "Kuliner", "Pertanian organik"} <= areas
    assert not names & {"Sewing", "Cooking", "Farming"}


def test_second_demo_is_a_conflict(db: Database) -> None:
    build_demo(db)
    before = _counts(db)
    with pytest.raises(Conflict) as caught:
        build_demo(db)
    assert "already holds a centre" in caught.value.english()
    assert _counts(db) == before == (1, 3, 7, before[3])


def test_demo_refuses_a_real_centre(db: Database) -> None:
    centre.setup_centre(
        db,
        CentreProfile(name="BLK Cianjur", institution_type=InstitutionType.BLK),
        "kepala",
        "Kepala BLK",
        "sandi-kepala",
    )
    before = _counts(db)
    with pytest.raises(Conflict):
        build_demo(db)
    assert _counts(db) == before
    assert not centre.is_demo(db)


def test_the_window_opens_a_demo_with_people_to_try(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop.paths import sqlite_url
    from desktop.services.demo import DEMO_PEOPLE
    from desktop.services.startup import open_for_desk
    from desktop.store.participants import Participant

    opened = open_for_desk(sqlite_url(tmp_path / "demo.sqlite3"), demo=True)
    try:
        with opened.db.sessions() as session:
            people = session.scalar(select(func.count()).select_from(Participant))
        assert people == DEMO_PEOPLE
    finally:
        opened.db.close()


def test_a_demo_with_people_has_cohorts_at_every_stage(db: Database) -> None:
    """Finished, running (full, with a waitlist), open and planned cohorts, with sponsors and
    the instructor, made through the services: codes, sessions, seats and history are real."""
    summary = build_demo(db, participants=120)
    assert summary.cohorts == len(DEMO_COHORTS)
    admin = accounts.authenticate(db, "admin", "admin-demo")
    rows = {row.status: row for row in cohorts.list_cohorts(db, admin)}
    assert set(rows) == set(CohortStatus) - {CohortStatus.ARCHIVED}
    running = rows[CohortStatus.RUNNING]
    assert running.seats_taken == running.capacity  # full ...
    waiting = enrolment.waitlist(db, admin, running.id)
    assert len(waiting) == 4 and [entry.position for entry in waiting] == [
        1,
        2,
        3,
        4,
    ]  # ... and 4 wait
    finished = cohorts.get_cohort(db, admin, rows[CohortStatus.FINISHED].id)
    assert [s.name for s in finished.sponsors] == [
        "PT Sandang Nusantara",
        "Yayasan Perempuan Mandiri Cianjur",
    ]
    assert [i.full_name for i in finished.instructors] == ["Bambang Suryono"]
    assert finished.sessions and all(s.day >= finished.start_date for s in finished.sessions)
    statuses = [line.status for line in enrolment.roster(db, admin, finished.id)]
    assert statuses.count(EnrolmentStatus.COMPLETED) == 14
    assert statuses.count(EnrolmentStatus.DROPPED) == 1
    assert rows[CohortStatus.PLANNED].seats_taken == 0
    # Nobody is in two demo cohorts.
    people = [
        line.participant_id for row in rows.values() for line in enrolment.roster(db, admin, row.id)
    ]
    assert len(people) == len(set(people))


def test_the_demo_cohorts_that_began_have_their_roll_taken(db: Database) -> None:
    """Every session held so far has a mark for everyone it applies to; someone in the
    running cohort missed the last three, so the at-risk list has a person to call."""
    build_demo(db, participants=120)
    admin = accounts.authenticate(db, "admin", "admin-demo")
    clerk = accounts.authenticate(db, "petugas", "petugas-demo")
    rows = {row.status: row for row in cohorts.list_cohorts(db, admin)}
    for status in (CohortStatus.FINISHED, CohortStatus.RUNNING):
        shown = attendance_grid.grid(db, admin, rows[status].id)
        # Before today: the demo takes the roll of the days gone by, and today's session may
        # not have begun yet (the test may run early in the morning of a session day).
        today = db.clock().astimezone().date()
        held = [i for i, session in enumerate(shown.sessions) if session.day < today]
        assert held
        for row in shown.rows:
            assert all(row.cells[i] is not None for i in held if not shown.sessions[i].cancelled)
    finished = attendance_grid.grid(db, admin, rows[CohortStatus.FINISHED].id)
    assert sum(row.completion.eligible for row in finished.rows) >= 10
    risky = attendance_numbers.at_risk_list(db, clerk)
    assert any(item.cohort_id == rows[CohortStatus.RUNNING].id for item in risky)


def test_the_finished_demo_cohort_has_its_certificates(db: Database) -> None:
    """Everyone of the finished cohort who meets the completion rule has a certificate,
    issued a week after the end, numbered from 1; logos are on the centre and its sponsors,
    so the first start shows a register and a certificate to verify."""
    build_demo(db, participants=120, certificates=True)
    admin = accounts.authenticate(db, "admin", "admin-demo")
    rows = {row.status: row for row in cohorts.list_cohorts(db, admin)}
    finished = attendance_grid.grid(db, admin, rows[CohortStatus.FINISHED].id)
    # (Eligible by attendance and by the competency units: one person did not pass one.)
    eligible = {
        c.enrolment_id
        for c in certificate_issue.candidates(db, admin, rows[CohortStatus.FINISHED].id)
        if c.eligible and c.status is EnrolmentStatus.COMPLETED
    }
    attended = [
        r for r in finished.rows if r.completion.eligible and r.status is EnrolmentStatus.COMPLETED
    ]
    assert len(eligible) == len(attended) - 1
    register = certificate_register.search(db, admin)
    assert {entry.enrolment_id for entry in register} == eligible
    assert sorted(int(entry.number.split("/")[0]) for entry in register) == list(
        range(1, len(eligible) + 1)
    )
    assert all(entry.cohort_code == finished.cohort_code for entry in register)
    answer = certificate_verify.verify(db, admin, register[0].verify_code)
    assert answer.verdict is Verdict.VALID
    # The sewing programme has its competency units: the back page lists them.
    frozen = PdfReader(io.BytesIO(certificate_register.pdf(db, admin, register[0].id)))
    assert len(frozen.pages) == 2
    assert "Membuat pola dasar busana" in frozen.pages[1].extract_text()
    look = cohort_look(db, admin, rows[CohortStatus.FINISHED].id)
    assert look.logo_png and len(look.sponsor_logos) == 2 and look.place == "Cianjur"


def cohort_look(db: Database, admin: accounts.Actor, cohort_id: int) -> CertificateLook:
    with acting(db, admin, read_only=True) as work:
        return look_of(work, cohort_id)
