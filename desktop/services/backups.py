"""Backups of an SQLite database file: taken, listed, rotated, checked and restored.

A backup is SQLite's online backup of the live file (consistent even while a desk writes),
written under a temporary name, synced, integrity-checked, encrypted if the desk has a
backup key (backup_crypto), and then renamed: it is whole or it is not there. Backups are
named `<database>-<UTC yyyymmdd-hhmmss>-<reason>.sqlite3` (`.pelitabackup` when encrypted)
and rotated grandfather-father-son (backup_rotation); the safety copies made before a
restore or an upgrade are never rotated away. A copy goes to a second folder (a USB drive)
when one is set; if that fails, the backup in the main folder still stands.

No Qt and no database session: the GUI runs these on its worker, the CLI directly.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.errors import DatabaseError
from desktop.paths import data_dir
from desktop.services import backup_files, backup_integrity
from desktop.services.backup_errors import (
    DAMAGED_WITH_BACKUP,
    DAMAGED_WITHOUT_BACKUP,
    FOLDER_UNREADABLE,
    FOLDER_UNWRITABLE,
    NO_DATABASE,
    SECOND_FOLDER_FAILED,
    BackupError,
    reason_of,
)
from desktop.services.backup_files import BackupName
from desktop.services.backup_integrity import IntegrityReport, check_integrity

if TYPE_CHECKING:
    from desktop.config import DeskConfig

__all__ = [
    "REASONS",
    "BackupError",
    "BackupInfo",
    "BackupPlace",
    "BackupResult",
    "DatabaseDamaged",
    "IntegrityReport",
    "backup_due",
    "backup_place",
    "check_integrity",
    "list_backups",
    "newest_good_backup",
    "restore_backup",
    "take_backup",
]

log = logging.getLogger(__name__)

REASONS = ("exit", "daily", "manual", "before-restore", "damaged", "before-upgrade")
# Only these are rotated; the others are safety copies kept until a person removes them.
ROTATED = frozenset({"exit", "daily", "manual"})
DUE_AFTER = timedelta(hours=24)
# A backup stamped a little ahead (two desks' clocks) still counts; one far ahead (a clock
# set wrong when it was taken) does not stop the daily backup forever.
CLOCK_SLACK = timedelta(minutes=5)


@dataclass(frozen=True)
class BackupPlace:
    folder: Path
    second_folder: Path | None
    # The desk's backup key text (DeskConfig.backup_key: the public key and the
    # passphrase-locked private key, nothing readable without the passphrase); None: backups
    # are not encrypted.
    public_key: str | None
    # The database file's stem: backups of the demo and of the real centre share a folder.
    name: str = "pelita"

    @property
    def encrypted(self) -> bool:
        return self.public_key is not None


def backup_place(config: DeskConfig, database: Path | None = None) -> BackupPlace:
    """Where the backups of `database` (default: the standard file) go on this desk."""
    folder = (
        Path(config.backup_folder).expanduser() if config.backup_folder else data_dir() / "backups"
    )
    second = Path(config.backup_second_folder).expanduser() if config.backup_second_folder else None
    return BackupPlace(
        folder=folder,
        second_folder=second,
        public_key=config.backup_key or None,
        name=database.stem if database is not None else "pelita",
    )


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # aware, UTC, from the file name
    reason: str
    encrypted: bool
    size: int


@dataclass(frozen=True)
class BackupResult:
    backup: BackupInfo
    second_copy: Path | None
    # The English text of `second_problem` (for logs); the GUI shows message(second_problem).
    second_error: str | None
    removed: tuple[Path, ...]  # rotated away, in either folder
    second_problem: BackupError | None = None


class DatabaseDamaged(DatabaseError):
    """The database file fails its integrity check. `newest_good` is the backup to restore
    (None if there is none). A DatabaseError, so a desk that does not know this one still
    shows it as a database it cannot open."""

    def __init__(
        self, path: Path, newest_good: BackupInfo | None, problems: tuple[str, ...]
    ) -> None:
        reason = problems[0] if problems else "?"
        if newest_good is None:
            super().__init__(DAMAGED_WITHOUT_BACKUP, "database_url", path=str(path), reason=reason)
        else:
            super().__init__(
                DAMAGED_WITH_BACKUP,
                "database_url",
                path=str(path),
                reason=reason,
                taken=newest_good.taken_at.astimezone(),
            )
        self.path = path
        self.newest_good = newest_good
        self.problems = problems


def _info(path: Path, name: str) -> BackupInfo | None:
    found = _stated(path, name)
    return found[0] if found else None


def _stated(path: Path, name: str) -> tuple[BackupInfo, int] | None:
    """The backup a file is, and when it was last written (ns)."""
    parsed = backup_files.parse_name(name, path.name)
    if parsed is None:
        return None
    try:
        stat = path.stat()
    except OSError:
        return None
    info = BackupInfo(path, parsed.taken_at, parsed.reason, parsed.encrypted, stat.st_size)
    return info, stat.st_mtime_ns


def _listed(folder: Path, name: str) -> list[BackupInfo]:
    try:
        paths = list(folder.iterdir())
    except FileNotFoundError:
        return []
    except OSError as error:
        raise BackupError(
            FOLDER_UNREADABLE, "folder", folder=str(folder), reason=reason_of(error)
        ) from None
    found = [stated for path in paths if (stated := _stated(path, name)) is not None]
    # Names carry whole seconds: within one, the file written last was taken last (and on
    # a drive with coarse times, "-2" after the unnumbered one).
    found.sort(
        key=lambda pair: (pair[0].taken_at, pair[1], len(pair[0].path.name), pair[0].path.name),
        reverse=True,
    )
    return [info for info, _written in found]


def list_backups(place: BackupPlace) -> list[BackupInfo]:
    """The backups in the main folder, newest first."""
    return _listed(place.folder, place.name)


def backup_due(place: BackupPlace, now: datetime) -> bool:
    """True when the main folder holds no backup from the last 24 hours."""
    try:
        backups = list_backups(place)
    except BackupError:
        return True  # taking one will say what is wrong with the folder
    return not any(now - DUE_AFTER <= b.taken_at <= now + CLOCK_SLACK for b in backups)


def backup_is_good(info: BackupInfo) -> bool:
    """A plain backup passes quick_check; an encrypted one has a readable header (its
    chunks are authenticated when it is restored, which needs the passphrase)."""
    try:
        if info.encrypted:
            from desktop.services.backup_crypto import read_header

            with info.path.open("rb") as handle:
                read_header(handle, info.path.name)
            return True
        return check_integrity(info.path, read_only=True).ok
    except (BackupError, OSError):
        return False


def newest_good_backup(place: BackupPlace) -> BackupInfo | None:
    """The newest backup worth restoring (a copy of a damaged file never is)."""
    for info in list_backups(place):
        if info.reason != "damaged" and backup_is_good(info):
            return info
    return None


def take_backup(db_path: Path, place: BackupPlace, reason: str, now: datetime) -> BackupResult:
    """Back the database file up into the place's folder (and its second folder); rotate.

    Raises BackupError: "folder" when the main folder cannot be written, "backup" when the
    database is missing or damaged. A second folder that fails is reported in the result."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    if not db_path.is_file():
        raise BackupError(NO_DATABASE, "backup", path=str(db_path))
    name = BackupName(place.name, now, reason, place.encrypted)
    try:
        place.folder.mkdir(parents=True, exist_ok=True)
        backup_files.remove_stale_partials(place.folder, place.name)
        backup_files.remove_stale_partials(db_path.parent, db_path.name)
        final = _write_backup(db_path, place, name)
    except OSError as error:
        raise BackupError(
            FOLDER_UNWRITABLE, "folder", folder=str(place.folder), reason=reason_of(error)
        ) from None
    info = _info(final, place.name)
    assert info is not None  # the name was made by free_name
    log.info("backed up %s to %s (%s)", db_path, final, reason)
    second_copy, problem = _second_copy(final, place)
    removed: list[Path] = []
    if reason in ROTATED:
        removed += _rotate(place.folder, place.name, final)
        if second_copy is not None:
            removed += _rotate(second_copy.parent, place.name, second_copy)
    return BackupResult(
        info, second_copy, problem.english() if problem else None, tuple(removed), problem
    )


def _write_backup(db_path: Path, place: BackupPlace, name: BackupName) -> Path:
    # An encrypted backup starts as a plain copy beside the database (which is as readable
    # as that copy), never in the backup folder, which may be a USB drive.
    plain_folder = db_path.parent if place.encrypted else place.folder
    plain_label = db_path.name if place.encrypted else place.name
    plain = backup_files.new_partial(plain_folder, plain_label)
    sealed: Path | None = None
    try:
        before = backup_integrity.file_state(db_path)
        # Only the sealed file needs to reach the disk: the plain one is deleted.
        backup_files.copy_database(db_path, plain, sync=not place.encrypted)
        if place.public_key is not None:
            from desktop.services.backup_crypto import encrypt_file

            sealed = backup_files.new_partial(place.folder, place.name)
            with sealed.open("wb") as target:
                encrypt_file(plain, target, place.public_key)
                target.flush()
                os.fsync(target.fileno())
        final = backup_files.free_name(place.folder, name)
        backup_files.publish(sealed or plain, final)
        if name.reason == "exit" and before is not None:
            # The copy passed quick_check and is the file page for page: if the file is
            # unchanged at the next start, it need not be checked again (see startup).
            backup_integrity.mark_checked(db_path, before)
        return final
    finally:
        backup_files.remove_partial(plain)
        if sealed is not None:
            backup_files.remove_partial(sealed)


def _second_copy(final: Path, place: BackupPlace) -> tuple[Path | None, BackupError | None]:
    if place.second_folder is None:
        return None, None
    try:
        return backup_files.copy_whole(final, place.second_folder), None
    except OSError as error:
        problem = BackupError(
            SECOND_FOLDER_FAILED,
            "second_folder",
            folder=str(place.second_folder),
            reason=reason_of(error),
        )
        log.warning("%s", problem.english())
        return None, problem


def _rotate(folder: Path, name: str, newest: Path) -> list[Path]:
    from desktop.services.backup_rotation import to_keep

    try:
        rotated = [b for b in _listed(folder, name) if b.reason in ROTATED]
    except BackupError:
        return []
    keep = to_keep(b.taken_at for b in rotated)
    removed = []
    for backup in rotated:
        # Two backups in one second share a moment: both stay, which costs nothing.
        if backup.path == newest or backup.taken_at in keep:
            continue
        try:
            backup.path.unlink()
            removed.append(backup.path)
        except OSError as error:
            log.warning("cannot remove the old backup %s: %s", backup.path, error)
    return removed


def restore_backup(
    backup: Path,
    db_path: Path,
    passphrase: str | None,
    now: datetime,
    place: BackupPlace,
    username: str = "",
) -> Path:
    """Replace the database file by `backup`; returns the safety copy of the file it
    replaced. The caller has closed every connection to `db_path`. See backup_restore."""
    from desktop.services.backup_restore import restore_backup as restore

    return restore(backup, db_path, passphrase, now, place, username)
