"""The automatic backups of a desk's SQLite file: which file, where to, and when.

The window runs these (desktop/gui/desk_backups.py); here so the GUI never touches the store.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from desktop.config import DeskConfig
from desktop.services.backups import (
    BackupPlace,
    BackupResult,
    backup_due,
    backup_place,
    take_backup,
)
from desktop.store.engine import sqlite_path


def database_file(url: str) -> Path | None:
    """The SQLite file of `url`; None for a server."""
    return sqlite_path(url)


def backup_target(url: str, config: DeskConfig) -> tuple[Path, BackupPlace] | None:
    """The database file and where its backups go; None for PostgreSQL, which its server
    backs up (docs/postgresql-backup.md)."""
    path = sqlite_path(url)
    return None if path is None else (path, backup_place(config, path))


def place_of(url: str, config: DeskConfig) -> BackupPlace | None:
    """Where the backups of an SQLite file are (the damaged-file check names the newest)."""
    target = backup_target(url, config)
    return None if target is None else target[1]


def daily_backup(path: Path, place: BackupPlace) -> BackupResult | None:
    """A backup if the folder holds none from the last 24 hours."""
    now = datetime.now(UTC)
    return take_backup(path, place, "daily", now) if backup_due(place, now) else None


def exit_backup(path: Path, place: BackupPlace) -> BackupResult:
    return take_backup(path, place, "exit", datetime.now(UTC))
