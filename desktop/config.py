"""The desk's own settings: what cannot live in the shared database.

Which database to open is needed before any database is open, and the language and text size
belong to the PC (and the person at it) rather than to the centre. They are kept as JSON in the
desk's config folder.

The PostgreSQL password is never written here: settings.json keeps the database URL without
it and the password lives in the system keyring (`desktop.secret_store`); `load_config` puts it
back into `DeskConfig.database_url`, so the rest of Pelita just sees a URL that opens.

This module is read at start-up before the window shows, so it imports only the standard
library, `desktop.paths` and `desktop.secret_store` (which imports keyring only for a URL that
needs a password).
"""

from __future__ import annotations

import json
import logging
import os
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

from desktop import secret_store
from desktop.paths import config_dir

log = logging.getLogger(__name__)

FILE_NAME = "settings.json"


class DeskConfig(NamedTuple):
    """A NamedTuple rather than a dataclass: `dataclasses` costs ~6 ms to import, paid before
    the login dialog shows. Change a copy with `config._replace(language="en")`."""

    # None: the standard SQLite file in the desk's data folder.
    database_url: str | None = None
    language: str = "id"
    large_text: bool = False
    # Backups of the SQLite file (desktop/services/backups.py). None: the standard folder in
    # the desk's data folder.
    backup_folder: str | None = None
    # A second copy of every backup, e.g. on a USB drive; None: no second copy.
    backup_second_folder: str | None = None
    # The backups' public key and the passphrase-locked private key (text, made by
    # desktop/services/backup_crypto.py); None: backups are not encrypted.
    backup_key: str | None = None


def config_path() -> Path:
    return config_dir() / FILE_NAME


def load_config() -> DeskConfig:
    """The desk's settings; defaults for anything missing, unreadable or of the wrong type.

    Never raises: a desk must always start. A file that is not valid JSON is renamed aside
    (so the person or support can still look at it) and the defaults are used.
    """
    path = config_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return DeskConfig()
    except OSError as error:
        log.warning("cannot read %s, using the default settings: %s", path, error)
        return DeskConfig()
    try:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict):
            raise ValueError("the file does not hold a JSON object")
    except ValueError as error:  # also JSONDecodeError and UnicodeDecodeError
        _move_aside(path, error)
        return DeskConfig()
    config = _from_dict(data, path)
    if not secret_store.may_need_password(config.database_url):
        return config
    return _with_password(config, path)


def _with_password(config: DeskConfig, path: Path) -> DeskConfig:
    """The URL with its password from the keyring; an old file that still holds the password
    has it moved out (into the keyring when there is one) and is rewritten without it."""
    assert config.database_url is not None
    account, password = secret_store.split_password(config.database_url)
    if password is None:
        kept = secret_store.get_password(account)
        if kept is None:
            # No keyring or nothing kept: the desk asks for it when the database opens.
            return config
        return config._replace(database_url=secret_store.with_password(account, kept))
    try:
        save_config(config)  # keeps the password in the keyring if it can, never in the file
    except OSError as error:
        log.warning("cannot rewrite %s without the database password: %s", path, error)
        return config
    if secret_store.get_password(account) == password:
        log.info("moved the database password from %s into the system keyring", path)
    else:
        log.warning(
            "removed the database password from %s; there is no system keyring to keep it in, "
            "so Pelita will ask for it when it opens the database",
            path,
        )
    # This session still has it: the desk opens as before.
    return config


def _from_dict(data: dict[str, Any], path: Path) -> DeskConfig:
    values: dict[str, Any] = {}
    defaults = DeskConfig()
    for name in DeskConfig._fields:
        if name not in data:
            continue
        value = data[name]
        if _valid(name, value):
            values[name] = value
        else:
            # One bad value costs only that setting, not the others.
            log.warning(
                "ignoring %s=%r in %s, using %r",
                name,
                value,
                path,
                getattr(defaults, name),
            )
    # A blank address (a hand edit) means the standard file, like a missing one.
    if isinstance(values.get("database_url"), str) and not values["database_url"].strip():
        values["database_url"] = None
    # Keys a newer Pelita wrote are ignored here and kept by save_config.
    return DeskConfig(**values)


def _valid(name: str, value: object) -> bool:
    if name in ("database_url", "backup_folder", "backup_second_folder", "backup_key"):
        return value is None or isinstance(value, str)
    if name == "language":
        return isinstance(value, str) and bool(value.strip())
    if name == "large_text":
        # Not int: JSON 0/1 would be a hand edit we cannot be sure about.
        return isinstance(value, bool)
    return False


def _move_aside(path: Path, error: Exception) -> None:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.broken-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.broken-{stamp}-{counter}")
    try:
        os.replace(path, target)
    except OSError as move_error:
        log.warning(
            "%s is damaged (%s) and cannot be moved aside (%s); using the default settings",
            path,
            error,
            move_error,
        )
        return
    log.warning(
        "%s is damaged (%s); moved it to %s, using the default settings", path, error, target
    )


def save_config(config: DeskConfig) -> Path:
    """Write the settings atomically: a crash or power cut leaves the old file or the new one,
    never half of one. Raises OSError when the folder or file cannot be written."""
    path = config_path()
    data: dict[str, Any] = _unknown_keys(path)
    data.update(
        database_url=_url_to_save(config.database_url),
        language=config.language,
        large_text=config.large_text,
        backup_folder=config.backup_folder,
        backup_second_folder=config.backup_second_folder,
        backup_key=config.backup_key,
    )
    import tempfile  # only when saving: start-up reads, never writes

    path.parent.mkdir(parents=True, exist_ok=True)
    # The temporary file sits in the same folder so os.replace stays on one file system.
    # mkstemp makes it readable by this user only: the backup key and the URL are still
    # nobody else's business.
    descriptor, temporary = tempfile.mkstemp(
        dir=path.parent, prefix=f".{FILE_NAME}.", suffix=".tmp"
    )
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(data, handle, indent=2, ensure_ascii=False, sort_keys=True)
            handle.write("\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def _url_to_save(url: str | None) -> str | None:
    """The URL without its password, which goes to the keyring (or, with no keyring, nowhere:
    then it stays in this session's memory only)."""
    if not secret_store.may_need_password(url):
        return url
    assert url is not None
    account, password = secret_store.split_password(url)
    if password is not None:
        secret_store.store_password(account, password)
    return account


def _unknown_keys(path: Path) -> dict[str, Any]:
    """Settings from a newer Pelita in the current file, so going back and forth between
    versions does not lose them."""
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    known = set(DeskConfig._fields)
    return {key: value for key, value in data.items() if key not in known}
