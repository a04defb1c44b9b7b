"""Password hashing with argon2id (argon2-cffi's recommended parameters)."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher()


def use_fast_parameters() -> None:
    """Cheap hashing for the test suite only, where thousands of hashes would take minutes."""
    global _hasher
    _hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


# Verified against when the user name is unknown, so a wrong name takes as long as a wrong
# password and does not reveal which names exist.
_DUMMY_HASH = PasswordHasher().hash("pelita-no-such-user")


def burn_time(password: str) -> None:
    verify_password(_DUMMY_HASH, password)
