"""Passwords are stored as argon2id hashes, never as themselves (issue 10: "hashed with argon2").

The suite runs with cheap hashing parameters (tests/conftest.py); the desk's own parameters
are checked on the hash Pelita makes at import for unknown user names, which uses them."""

from __future__ import annotations

from argon2 import Type, extract_parameters
from sqlalchemy import select

from desktop.domain.roles import Role
from desktop.services import accounts, passwords
from desktop.services.context import Actor
from desktop.store.database import Database
from desktop.store.models import User

PASSWORD = "Kata-Sandi-Baru-77"


def test_a_new_account_keeps_an_argon2id_hash_that_logs_in(demo_db: Database, admin: Actor) -> None:
    accounts.create_user(demo_db, admin, "rina", "Rina Wati", Role.CLERK, PASSWORD)
    with demo_db.sessions() as session:
        stored = session.scalar(select(User.password_hash).where(User.username == "rina"))
    assert stored is not None and stored.startswith("$argon2id$")
    assert PASSWORD not in stored
    assert extract_parameters(stored).type is Type.ID
    assert accounts.authenticate(demo_db, "rina", PASSWORD).username == "rina"


def test_the_desk_hashes_with_argon2ids_recommended_cost() -> None:
    parameters = extract_parameters(passwords._DUMMY_HASH)
    assert parameters.type is Type.ID
    # RFC 9106's second recommended option, argon2-cffi's default: 64 MiB, 3 passes.
    assert parameters.memory_cost >= 64 * 1024 and parameters.time_cost >= 3
