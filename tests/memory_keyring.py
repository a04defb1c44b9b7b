"""Keyring backends for tests: one that keeps passwords in memory, one that fails every call.

Tests never touch the real system keyring of the machine they run on."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import keyring
from keyring.backend import KeyringBackend
from keyring.compat import properties
from keyring.errors import KeyringError, PasswordDeleteError


class _TestBackend(KeyringBackend):
    """Never picked by keyring's own discovery (every KeyringBackend subclass is registered
    there): a priority that raises makes the class "not viable", so only `using_keyring`
    ever puts one in place and other tests keep the backend they would have had."""

    @properties.classproperty
    def priority(cls) -> float:
        raise RuntimeError("a test keyring, only set by tests.memory_keyring.using_keyring")

    def __str__(self) -> str:
        return type(self).__name__


class MemoryKeyring(_TestBackend):
    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


class BrokenKeyring(_TestBackend):
    """A keyring that is there but fails (locked, D-Bus gone): every call raises."""

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringError("the keyring is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringError("the keyring is locked")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringError("the keyring is locked")


@contextmanager
def using_keyring(backend: KeyringBackend) -> Iterator[KeyringBackend]:
    before = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(before)
