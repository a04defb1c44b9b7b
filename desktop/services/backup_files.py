"""Files that are whole or absent: temporary names, fsync, atomic rename, backup names.

A backup is written under a hidden temporary name (".<name>.<random>.partial", which no
listing takes for a backup), synced to disk, and only then renamed to its real name in the
same folder: a power cut or a kill leaves either the finished backup or a partial file,
never a half-written file with a backup's name. Partial files left by a kill are removed
by a later backup.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
import sqlite3
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desktop.services.backup_errors import SOURCE_DAMAGED, BackupError, reason_of
from desktop.services.backup_integrity import check_integrity, sqlite_uri

PLAIN_SUFFIX = ".sqlite3"
SEALED_SUFFIX = ".pelitabackup"
PARTIAL_SUFFIX = ".partial"
# A partial file untouched this long belongs to no backup still running.
STALE_AFTER_S = 15 * 60
_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class BackupName:
    database: str  # the database file's stem: "pelita", "pelita-demo"
    taken_at: datetime
    reason: str
    encrypted: bool


def _pattern(database: str) -> re.Pattern[str]:
    return re.compile(
        re.escape(database)
        + r"-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z]+(?:-[a-z]+)*)(?:-(?P<n>\d+))?"
        + r"(?P<suffix>\.sqlite3|\.pelitabackup)"
    )


def parse_name(database: str, file_name: str) -> BackupName | None:
    match = _pattern(database).fullmatch(file_name)
    if match is None:
        return None
    try:
        moment = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None
    return BackupName(database, moment, match["reason"], match["suffix"] == SEALED_SUFFIX)


def free_name(folder: Path, name: BackupName) -> Path:
    """`<database>-<UTC yyyymmdd-hhmmss>-<reason>[-n].<suffix>`, not yet taken in `folder`."""
    stamp = name.taken_at.astimezone(UTC).strftime(_STAMP)
    suffix = SEALED_SUFFIX if name.encrypted else PLAIN_SUFFIX
    target = folder / f"{name.database}-{stamp}-{name.reason}{suffix}"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{name.database}-{stamp}-{name.reason}-{counter}{suffix}"
    return target


def new_partial(folder: Path, label: str) -> Path:
    """Create an empty hidden partial file in `folder` (OSError if it cannot be written)."""
    path = folder / f".{label}.{secrets.token_hex(4)}{PARTIAL_SUFFIX}"
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    return path


def remove_partial(path: Path) -> None:
    """A partial file and anything SQLite left beside it."""
    for leftover in (path, *(Path(f"{path}{end}") for end in ("-journal", "-wal", "-shm"))):
        # What cannot go now is removed by a later backup, once stale.
        with contextlib.suppress(OSError):
            leftover.unlink(missing_ok=True)


def remove_stale_partials(folder: Path, label: str) -> None:
    """Partial files of backups killed midway (a power cut), once nothing can be writing
    them. Also the plain copies an encrypted backup starts from: they must not stay."""
    try:
        candidates = list(folder.glob(f".{label}.*{PARTIAL_SUFFIX}*"))
    except OSError:
        return
    now = time.time()
    for path in candidates:
        try:
            if now - path.stat().st_mtime > STALE_AFTER_S:
                path.unlink()
        except OSError:
            continue


def sync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def sync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def publish(partial: Path, target: Path) -> None:
    """The atomic step: the finished partial file takes its backup name."""
    os.replace(partial, target)
    sync_folder(target.parent)


def copy_whole(source: Path, folder: Path) -> Path:
    """Copy a finished backup into another folder (a USB drive) the same way: a partial
    file first, synced, then renamed. Raises OSError; leaves no partial file behind."""
    folder.mkdir(parents=True, exist_ok=True)
    partial = new_partial(folder, source.name)
    try:
        with source.open("rb") as reading, partial.open("wb") as writing:
            shutil.copyfileobj(reading, writing, 1 << 20)
            writing.flush()
            os.fsync(writing.fileno())
        target = folder / source.name
        publish(partial, target)
    finally:
        remove_partial(partial)
    return target


def copy_pages(source: sqlite3.Connection, target: sqlite3.Connection) -> None:
    """SQLite's online backup in one step: one read transaction, so the copy is the
    database as of one moment even while a desk writes (WAL readers do not block it)."""
    source.backup(target)


def copy_database(db_path: Path, target: Path, *, sync: bool = True) -> None:
    """The online backup of `db_path` into the empty file `target`, as one file (no WAL),
    synced (unless it is only the plain start of an encrypted backup) and checked."""
    try:
        source = sqlite3.connect(sqlite_uri(db_path, "rw"), uri=True, timeout=10)
        try:
            copy = sqlite3.connect(target)
            try:
                # The copy is synced once, whole, below; syncing as SQLite goes is wasted
                # (a killed copy is only a partial file).
                copy.execute("PRAGMA synchronous=OFF")
                copy_pages(source, copy)
                # The copy inherits WAL mode; a backup is one self-contained file.
                copy.execute("PRAGMA journal_mode=DELETE")
            finally:
                copy.close()
        finally:
            source.close()
    except sqlite3.DatabaseError as error:
        raise BackupError(
            SOURCE_DAMAGED, "backup", path=str(db_path), reason=reason_of(error)
        ) from None
    if sync:
        sync_file(target)
    report = check_integrity(target)
    if not report.ok:
        raise BackupError(SOURCE_DAMAGED, "backup", path=str(db_path), reason=report.problems[0])
