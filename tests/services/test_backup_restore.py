"""Restoring a backup: the data as it was, a safety copy of the file it replaced, no stale
WAL applied to it, nothing touched when the backup cannot be used, admins only from
Settings, and an audit entry in the restored database."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.domain.errors import PermissionDenied
from desktop.domain.roles import Role
from desktop.paths import sqlite_url
from desktop.services.accounts import authenticate
from desktop.services.backup_crypto import new_backup_key
from desktop.services.backup_restore import restore_from_settings
from desktop.services.backups import (
    BackupError,
    BackupPlace,
    check_integrity,
    list_backups,
    restore_backup,
    take_backup,
)
from desktop.services.context import Actor
from desktop.store.database import open_database
from desktop.store.models import AuditEntry
from tests.services.test_backups import add_person, centre_file, damage, people

TAKEN = datetime(2026, 11, 20, 17, 0, tzinfo=UTC)
NOW = TAKEN + timedelta(days=3)


def audit_of(path: Path) -> list[AuditEntry]:
    db = open_database(sqlite_url(path), create=False)
    try:
        with db.sessions() as session:
            return list(
                session.scalars(select(AuditEntry).where(AuditEntry.action == "backup.restore"))
            )
    finally:
        db.close()


NAMES = "SELECT full_name FROM participant ORDER BY id"


def names(path: Path) -> list[str]:
    return [name for name, _nik in people(path)]


def test_restore_brings_the_data_back_and_keeps_the_current_file(tmp_path: Path) -> None:
    database = centre_file(tmp_path / "data")
    place = BackupPlace(tmp_path / "backups", None, None)
    backup = take_backup(database, place, "daily", TAKEN).backup
    add_person(database, "Changed After The Backup")
    safety = restore_backup(backup.path, database, None, NOW, place)
    assert "Changed After The Backup" not in names(database)
    assert names(database) == names(backup.path)
    assert check_integrity(database).ok
    # The file it replaced is a before-restore backup, never rotated away.
    assert safety.name == "pelita-20261123-170000-before-restore.sqlite3"
    assert "Changed After The Backup" in names(safety)
    assert [b.reason for b in list_backups(place)] == ["before-restore", "daily"]
    [entry] = audit_of(database)
    assert (entry.username, entry.user_id, entry.entity) == ("", None, "database")
    assert entry.after == {"backup": backup.path.name, "safety_copy": safety.name}
    assert entry.at == NOW


def test_a_stale_wal_of_the_replaced_file_is_never_applied(tmp_path: Path) -> None:
    """A desk that crashed leaves pelita.sqlite3-wal holding its last commits. The safety
    copy must hold them, and they must not be laid over the restored file."""
    live = centre_file(tmp_path / "live")
    place = BackupPlace(tmp_path / "backups", None, None)
    backup = take_backup(live, place, "daily", TAKEN).backup
    open_database(sqlite_url(live)).close()  # WAL mode, as at a desk
    writer = sqlite3.connect(live)
    writer.execute("PRAGMA wal_autocheckpoint=0")
    with writer:
        writer.execute("UPDATE participant SET full_name = 'Only In The WAL'")
    # The crash: the files as they are while the connection is still open.
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for end in ("", "-wal", "-shm"):
        shutil.copy(f"{live}{end}", crashed / f"pelita.sqlite3{end}")
    writer.close()
    database = crashed / "pelita.sqlite3"
    assert (crashed / "pelita.sqlite3-wal").stat().st_size > 0

    safety = restore_backup(backup.path, database, None, NOW, place)
    assert check_integrity(database).ok
    assert "Only In The WAL" not in names(database)
    assert names(database) == names(backup.path)
    assert set(names(safety)) == {"Only In The WAL"}


def test_a_connection_left_open_elsewhere_sees_the_restored_data(tmp_path: Path) -> None:
    """Another Pelita process on this PC (a CLI command) still holds the file open: it must
    read the restored data, not a file replaced under it, and write nothing stale."""
    database = centre_file(tmp_path / "data")
    place = BackupPlace(tmp_path / "backups", None, None)
    backup = take_backup(database, place, "daily", TAKEN).backup
    open_database(sqlite_url(database)).close()  # WAL mode, as at a desk
    add_person(database, "Changed After The Backup")
    other = sqlite3.connect(database)
    try:
        assert "Changed After The Backup" in [n for (n,) in other.execute(NAMES)]
        restore_backup(backup.path, database, None, NOW, place)
        assert [n for (n,) in other.execute(NAMES)] == names(backup.path)
        with other:
            other.execute("UPDATE participant SET full_name = 'Written Afterwards' WHERE id = 1")
    finally:
        other.close()
    assert check_integrity(database).ok
    assert "Written Afterwards" in names(database)
    assert len(audit_of(database)) == 1


def test_restoring_over_a_damaged_file_moves_it_aside_whole(tmp_path: Path) -> None:
    database = centre_file(tmp_path / "data")
    place = BackupPlace(tmp_path / "backups", None, None)
    backup = take_backup(database, place, "daily", TAKEN).backup
    damage(database)
    damaged_bytes = database.read_bytes()
    safety = restore_backup(backup.path, database, None, NOW, place)
    assert safety == database.with_name("pelita-20261123-170000-damaged.sqlite3")
    assert safety.read_bytes() == damaged_bytes
    assert check_integrity(database).ok and names(database) == names(backup.path)


def test_a_backup_that_cannot_be_used_changes_nothing(tmp_path: Path) -> None:
    database = centre_file(tmp_path / "data")
    place = BackupPlace(tmp_path / "backups", None, new_backup_key("kunci gudang 2026"))
    sealed = take_backup(database, place, "daily", TAKEN).backup
    plain = take_backup(database, BackupPlace(tmp_path / "plain", None, None), "daily", TAKEN)
    broken = tmp_path / "broken.sqlite3"
    shutil.copy(plain.backup.path, broken)
    damage(broken)
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("shopping list")
    newer = tmp_path / "newer.sqlite3"
    shutil.copy(plain.backup.path, newer)
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099_future'")
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE songs (title TEXT)")

    before = database.read_bytes()
    cases = [
        (sealed.path, "salah sekali", "passphrase", "passphrase is wrong"),
        (sealed.path, None, "passphrase", "type its passphrase"),
        (broken, None, "backup", "damaged or incomplete"),
        (notes, None, "backup", "is not a Pelita backup"),
        (other, None, "backup", "is not a Pelita backup"),
        (newer, None, "backup", "newer version of Pelita"),
        (tmp_path / "gone.sqlite3", None, "backup", "gone.sqlite3"),
    ]
    for backup, passphrase, field, words in cases:
        with pytest.raises(BackupError) as refused:
            restore_backup(backup, database, passphrase, NOW, place)
        assert (refused.value.field, backup.name) == (field, backup.name)
        assert words in refused.value.english()
        assert database.read_bytes() == before
        assert [b.reason for b in list_backups(place)] == ["daily"]  # no safety copy made
        assert [p.name for p in database.parent.iterdir()] == ["pelita.sqlite3"]


def test_no_safety_copy_no_restore(tmp_path: Path) -> None:
    database = centre_file(tmp_path / "data")
    backup = take_backup(database, BackupPlace(tmp_path / "b", None, None), "daily", TAKEN)
    add_person(database, "Changed After The Backup")
    (tmp_path / "usb-gone").write_text("a file where the folder should be")
    unwritable = BackupPlace(tmp_path / "usb-gone" / "backups", None, None)
    with pytest.raises(BackupError) as refused:
        restore_backup(backup.backup.path, database, None, NOW, unwritable)
    assert refused.value.field == "folder"
    assert "Changed After The Backup" in names(database)


def test_from_settings_only_admins_restore_and_it_is_audited(tmp_path: Path) -> None:
    database = centre_file(tmp_path / "data")
    place = BackupPlace(tmp_path / "backups", None, new_backup_key("kunci gudang 2026"))
    backup = take_backup(database, place, "daily", TAKEN).backup
    add_person(database, "Changed After The Backup")
    db = open_database(sqlite_url(database))
    clerk = authenticate(db, "petugas", "petugas-demo")
    admin = authenticate(db, "admin", "admin-demo")
    with pytest.raises(PermissionDenied):
        restore_from_settings(db, clerk, backup.path, "kunci gudang 2026", NOW, place)
    with pytest.raises(BackupError):
        restore_from_settings(db, admin, backup.path, "wrong passphrase", NOW, place)
    # Still open and usable after both refusals.
    with db.sessions() as session:
        assert session.scalar(select(AuditEntry.id).limit(1)) is not None
    assert "Changed After The Backup" in names(database)

    safety = restore_from_settings(db, admin, backup.path, "kunci gudang 2026", NOW, place)
    assert "Changed After The Backup" not in names(database)
    assert safety.name.endswith("-before-restore.pelitabackup")
    [entry] = audit_of(database)
    assert (entry.username, entry.user_id) == ("admin", admin.user_id)
    assert entry.after == {"backup": backup.path.name, "safety_copy": safety.name}


def test_from_settings_refuses_postgresql(tmp_path: Path, postgres_url: str) -> None:
    db = open_database(postgres_url)
    try:
        restore = restore_from_settings
        admin = Actor(1, "admin", "Admin", Role.ADMIN)
        with pytest.raises(BackupError) as refused:
            restore(db, admin, tmp_path / "x", None, NOW, BackupPlace(tmp_path, None, None))
        assert refused.value.field == "database_url" and "pg_dump" in refused.value.english()
    finally:
        db.close()
