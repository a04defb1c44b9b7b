"""The PostgreSQL password in the system keyring instead of in settings.json.

A desk's settings file is plain text that anyone at the PC (or with the stolen laptop) can read,
so a server password must not be in it. It goes to the system keyring (Windows Credential
Manager, the Secret Service on Linux) under the service "Pelita", with the database URL *without*
its password as the user name: exactly the text settings.json keeps, so the two always match.

A bare Linux desk may have no keyring at all (keyring's `fail` backend). Then nothing is stored
anywhere: the desk asks for the password when it opens the database and keeps it in memory only.

Imported at start-up by `desktop.config`, so standard library only here: `keyring` (~0.1 s with
its backend discovery) is imported only when a URL really needs a password looked up or kept.
"""

from __future__ import annotations

import logging
import re
from typing import Any
from urllib.parse import quote, unquote

log = logging.getLogger(__name__)

SERVICE = "Pelita"


# How SQLAlchemy reads the user part of a URL: the user name stops at ":" or "/", the password
# runs to the first "@" (so it may hold "/" or "?", but an "@" in it is written %40).
_USERINFO = re.compile(r"^(?P<scheme>[\w+]+://)(?P<user>[^:/@]*)(?::(?P<password>[^@]*))?@")


def split_password(url: str) -> tuple[str, str | None]:
    """The URL without its password, and the password (None when it holds none).

    Only the password is cut out, the rest stays character for character as it was typed, so
    the keyring entry is found again from the URL that settings.json keeps.
    """
    match = _USERINFO.match(url)
    if match is None or match["password"] is None:
        return url, None
    rest = url[match.end() :]
    return f"{match['scheme']}{match['user']}@{rest}", unquote(match["password"])


def with_password(url: str, password: str) -> str:
    """`url` with `password` put in (in place of any it held); a URL with no user is left as it
    is, since libpq then takes the user from the operating system."""
    match = _USERINFO.match(url)
    if match is None:
        return url
    rest = url[match.end() :]
    return f"{match['scheme']}{match['user']}:{quote(password, safe='')}@{rest}"


def may_need_password(url: str | None) -> bool:
    """A server URL with a user name: the only kind whose password the keyring can hold.
    SQLite files (and no URL at all) never make Pelita import keyring."""
    if not url or url.startswith("sqlite"):
        return False
    return _USERINFO.match(url) is not None


def _keyring() -> Any:
    """The keyring module, or None when this desk has no usable keyring."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:  # a frozen build without it: behave like a bare desk
        return None
    try:
        backend = keyring.get_keyring()
    except Exception as error:  # a broken backend configuration must not stop a desk
        log.warning("the system keyring cannot be used: %s", error)
        return None
    if isinstance(backend, fail.Keyring):
        return None
    return keyring


def keyring_available() -> bool:
    return _keyring() is not None


def get_password(account: str) -> str | None:
    """The password kept for `account` (a URL without password); None when there is none or
    the keyring cannot be read (locked, missing, broken)."""
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        password = keyring.get_password(SERVICE, account)
    except Exception as error:
        log.warning("cannot read the database password from the system keyring: %s", error)
        return None
    return password if isinstance(password, str) else None


def store_password(account: str, password: str) -> bool:
    """Keep `password` for `account`; False when there is no keyring to keep it in (then it
    is kept nowhere: the caller holds it in memory for this session only)."""
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        # Unchanged: no write (on the Secret Service a write can ask to unlock the keyring).
        if keyring.get_password(SERVICE, account) != password:
            keyring.set_password(SERVICE, account, password)
    except Exception as error:
        log.warning("cannot keep the database password in the system keyring: %s", error)
        return False
    return True


def delete_password(account: str) -> None:
    """Forget the password for `account`; nothing happens when none is kept."""
    keyring = _keyring()
    if keyring is None:
        return
    try:
        if keyring.get_password(SERVICE, account) is not None:
            keyring.delete_password(SERVICE, account)
    except Exception as error:
        log.warning("cannot remove the database password from the system keyring: %s", error)
