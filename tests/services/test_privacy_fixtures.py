"""The small demo centre the privacy tests share (imported by test_data_requests.py,
test_anonymise.py and the other test_privacy_*.py modules), and a check that it holds what they
need: people on the follow-up call list, certificates, disability and assistance data."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.paths import sqlite_url
from desktop.services.accounts import authenticate
from desktop.services.context import Actor
from desktop.services.demo import build_demo
from desktop.store.certificates import Certificate
from desktop.store.database import Database, open_database
from desktop.store.engine import sqlite_path
from desktop.store.participants import Participant

PEOPLE = 60


@pytest.fixture(scope="session")
def privacy_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The centre built once as an SQLite file (about ten seconds); each test gets a copy."""
    path = tmp_path_factory.mktemp("privacy") / "centre.sqlite3"
    database = open_database(sqlite_url(path))
    try:
        build_demo(database, participants=PEOPLE, certificates=True)
    finally:
        database.close()
    return path


@pytest.fixture
def centre_db(request: pytest.FixtureRequest, db: Database) -> Database:
    """The demo centre with PEOPLE participants and the finished cohort's certificates: on
    SQLite a copy of the template, on PostgreSQL built afresh."""
    path = sqlite_path(db.url)
    if path is None:
        build_demo(db, participants=PEOPLE, certificates=True)
        return db
    template = request.getfixturevalue("privacy_template")
    db.engine.dispose()  # the next connection opens the copy
    shutil.copy(template, path)
    return db


@pytest.fixture
def p_admin(centre_db: Database) -> Actor:
    return authenticate(centre_db, "admin", "admin-demo")


@pytest.fixture
def p_clerk(centre_db: Database) -> Actor:
    return authenticate(centre_db, "petugas", "petugas-demo")


@pytest.fixture
def p_instructor(centre_db: Database) -> Actor:
    return authenticate(centre_db, "instruktur", "instruktur-demo")


def some_person(db: Database, offset: int = 0) -> int:
    with db.sessions() as session:
        return session.scalars(select(Participant.id).order_by(Participant.id)).all()[offset]


def certified_person(db: Database) -> int:
    """Someone with a certificate, a NIK and a phone number."""
    with db.sessions() as session:
        return session.scalars(
            select(Certificate.participant_id)
            .join(Participant, Participant.id == Certificate.participant_id)
            .where(Participant.nik != "", Participant.phone != "")
            .order_by(Certificate.id)
        ).first()  # type: ignore[return-value]


def disabled_person(db: Database) -> int:
    with db.sessions() as session:
        found = session.scalars(
            select(Participant.id)
            .where(Participant.has_disability.is_(True))
            .order_by(Participant.id)
        ).first()
    assert found is not None
    return found


def test_the_privacy_centre_holds_what_the_tests_need(centre_db: Database) -> None:
    assert certified_person(centre_db) is not None
    assert disabled_person(centre_db)
    with centre_db.sessions() as session:
        assert session.scalars(
            select(Participant.id).where(Participant.assistance_bits > 0)
        ).first()
