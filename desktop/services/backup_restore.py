"""Putting a backup back: checked first, a safety copy of the current file, then the data.

The backup is opened (decrypted) into a temporary file beside the database and checked
(integrity, a Pelita database no newer than this Pelita) before anything is touched, so a
wrong passphrase or a damaged backup changes nothing.

A healthy current file is kept as a "before-restore" backup in the backup folder, and the
backup's pages are then written into it with SQLite's backup API, in one transaction: SQLite
deals with the file's own WAL, a kill leaves the old data or the new, and a connection some
other process still holds sees the new data. A damaged (or missing) file is moved aside
with its -wal and -shm ("<name>-<stamp>-damaged.sqlite3", nothing of it lost), any side
file left without its database is deleted, and the checked file is renamed into place:
SQLite would lay a stale WAL's pages over the restored file and ruin it.

The caller closes its own connections first (`restore_from_settings` does it for the
Settings page, after checking the admin).
"""

from __future__ import annotations

import logging
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from desktop.domain.errors import DatabaseError
from desktop.domain.roles import Permission
from desktop.services import backup_files
from desktop.services.backup_errors import (
    BACKUP_DAMAGED,
    BACKUP_TOO_NEW,
    FOLDER_UNWRITABLE,
    NOT_A_BACKUP,
    NOT_SQLITE,
    RESTORE_FAILED,
    BackupError,
    reason_of,
)
from desktop.services.backup_integrity import sqlite_uri
from desktop.services.backups import BackupPlace, check_integrity, take_backup
from desktop.services.context import Actor, acting, anonymous
from desktop.store.database import Database, open_database
from desktop.store.engine import sqlite_path
from desktop.store.models import User
from desktop.store.schema import REVISIONS

log = logging.getLogger(__name__)
SIDE_FILES = ("-wal", "-shm", "-journal")


def restore_backup(
    backup: Path,
    db_path: Path,
    passphrase: str | None,
    now: datetime,
    place: BackupPlace,
    username: str = "",
) -> Path:
    """Replace the file `db_path` by `backup`; returns the safety copy of what it replaced
    (`db_path` itself when there was no file). BackupError when the backup cannot be used.
    The restore is recorded in the restored database's audit log, by `username` ("" before
    anyone could log in: the recovery of a damaged file)."""
    prepared = _prepare(backup, db_path, passphrase)
    try:
        safety = _swap(prepared, db_path, now, place)
    finally:
        backup_files.remove_partial(prepared)
    record_restore(db_path, backup, safety, username, now)
    return safety


def restore_from_settings(
    db: Database,
    actor: Actor,
    backup: Path,
    passphrase: str | None,
    now: datetime,
    place: BackupPlace,
) -> Path:
    """Restore from the Settings page: administrators only (MANAGE_SETTINGS). Closes `db`
    once the backup is known to be usable (a wrong passphrase leaves it open), restores,
    and records "backup.restore" in the restored database. The caller opens it again."""
    db_path = sqlite_path(db.url) if db.is_sqlite else None
    if db_path is None:
        raise BackupError(NOT_SQLITE, "database_url")
    with acting(db, actor, Permission.MANAGE_SETTINGS, read_only=True):
        pass
    prepared = _prepare(backup, db_path, passphrase)
    try:
        db.close()
        safety = _swap(prepared, db_path, now, place)
    finally:
        backup_files.remove_partial(prepared)
    record_restore(db_path, backup, safety, actor.username, now)
    return safety


def record_restore(db_path: Path, backup: Path, safety: Path, username: str, now: datetime) -> None:
    """Write "backup.restore" into the restored database (upgrading it if it is older): the
    audit log of the restored data says it was restored, when, by whom, from which file.
    The restore itself is done: a failure here is logged, not raised."""
    from sqlalchemy import select
    from sqlalchemy.exc import SQLAlchemyError

    from desktop.paths import sqlite_url

    try:
        db = open_database(sqlite_url(db_path), create=False, clock=lambda: now)
    except DatabaseError as error:
        log.warning("restored %s but cannot record it: %s", db_path, error.english())
        return
    try:
        with anonymous(db) as work:
            # The restored data may predate the account: then the entry keeps the name only.
            user_id = (
                work.session.scalar(select(User.id).where(User.username == username))
                if username
                else None
            )
            work.audit(
                "backup.restore",
                "database",
                db_path.name,
                after={"backup": backup.name, "safety_copy": safety.name},
                username=username,
                user_id=user_id,
            )
    except SQLAlchemyError:
        log.exception("restored %s but cannot record it in the audit log", db_path)
    finally:
        db.close()


def _prepare(backup: Path, db_path: Path, passphrase: str | None) -> Path:
    """The backup as a plain, checked database file beside `db_path` (a partial file)."""
    from desktop.services.backup_crypto import MAGIC, decrypt_file

    try:
        with backup.open("rb") as handle:
            sealed = handle.read(len(MAGIC)) == MAGIC
        prepared = backup_files.new_partial(db_path.parent, db_path.name)
    except OSError as error:
        raise BackupError(
            BACKUP_DAMAGED, "backup", file=backup.name, reason=reason_of(error)
        ) from None
    try:
        with prepared.open("wb") as target:
            if sealed:
                decrypt_file(backup, target, passphrase)
            else:
                with backup.open("rb") as source:
                    while chunk := source.read(1 << 20):
                        target.write(chunk)
            target.flush()
            os.fsync(target.fileno())
        _check_prepared(prepared, backup.name)
    except OSError as error:
        backup_files.remove_partial(prepared)
        raise BackupError(
            FOLDER_UNWRITABLE, "folder", folder=str(db_path.parent), reason=reason_of(error)
        ) from None
    except BaseException:
        backup_files.remove_partial(prepared)
        raise
    return prepared


def _check_prepared(prepared: Path, name: str) -> None:
    report = check_integrity(prepared)
    if not report.ok:
        problem = report.problems[0]
        text = NOT_A_BACKUP if "not a database" in problem else BACKUP_DAMAGED
        raise BackupError(text, "backup", file=name, reason=problem)
    connection = sqlite3.connect(sqlite_uri(prepared, "ro"), uri=True)
    try:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        revision = None
    finally:
        connection.close()
    if revision is None:
        raise BackupError(NOT_A_BACKUP, "backup", file=name)
    if revision[0] not in REVISIONS:
        raise BackupError(BACKUP_TOO_NEW, "backup", file=name)


def _swap(prepared: Path, db_path: Path, now: datetime, place: BackupPlace) -> Path:
    if db_path.exists() and _healthy(db_path):
        safety = take_backup(db_path, place, "before-restore", now).backup.path
        _copy_into(prepared, db_path)
    else:
        safety = _move_aside(db_path, now) if db_path.exists() else db_path
        try:
            # Side files without their database (moved aside with it, or the file deleted
            # by hand) would be laid over the restored file: SQLite would ruin it.
            for end in SIDE_FILES:
                Path(f"{db_path}{end}").unlink(missing_ok=True)
            backup_files.publish(prepared, db_path)
        except OSError as error:
            raise BackupError(
                FOLDER_UNWRITABLE, "folder", folder=str(db_path.parent), reason=reason_of(error)
            ) from None
    log.info("restored %s from a backup; the file it replaced is kept as %s", db_path, safety)
    return safety


def _healthy(db_path: Path) -> bool:
    try:
        return check_integrity(db_path).ok
    except BackupError:
        return False


def _copy_into(prepared: Path, db_path: Path) -> None:
    """SQLite's backup from the prepared file into the live one, in one transaction: its
    WAL is handled by SQLite (never a stale one laid over new pages), a kill leaves the old
    data or the new, and a connection another process still holds sees the new data
    instead of a file replaced under it."""
    try:
        source = sqlite3.connect(sqlite_uri(prepared, "ro"), uri=True)
        try:
            target = sqlite3.connect(sqlite_uri(db_path, "rw"), uri=True, timeout=10)
            try:
                backup_files.copy_pages(source, target)
            finally:
                target.close()
        finally:
            source.close()
    except sqlite3.Error as error:
        raise BackupError(
            RESTORE_FAILED, "backup", path=str(db_path), reason=reason_of(error)
        ) from None


def _move_aside(db_path: Path, now: datetime) -> Path:
    """A damaged file, with its WAL, renamed beside itself: nothing of it is lost, and a
    copy through SQLite could fail on the very pages that are damaged."""
    stamp = now.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    target = db_path.with_name(f"{db_path.stem}-{stamp}-damaged{db_path.suffix}")
    counter = 1
    while target.exists():
        counter += 1
        target = db_path.with_name(f"{db_path.stem}-{stamp}-damaged-{counter}{db_path.suffix}")
    try:
        # The side files first: a database left without its WAL is older but whole, one
        # left with another file's WAL would be ruined.
        for end in SIDE_FILES:
            side = Path(f"{db_path}{end}")
            if side.exists():
                os.replace(side, Path(f"{target}{end}"))
        os.replace(db_path, target)
        backup_files.sync_folder(db_path.parent)
    except OSError as error:
        raise BackupError(
            FOLDER_UNWRITABLE, "folder", folder=str(db_path.parent), reason=reason_of(error)
        ) from None
    return target
