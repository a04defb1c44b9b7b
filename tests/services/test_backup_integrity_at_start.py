"""The integrity check at start: a damaged SQLite file raises DatabaseDamaged naming the
newest good backup (never another exception), a healthy one opens as before."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.domain.errors import DatabaseError
from desktop.paths import sqlite_url
from desktop.services.backup_crypto import new_backup_key
from desktop.services.backups import (
    BackupPlace,
    DatabaseDamaged,
    IntegrityReport,
    check_integrity,
    restore_backup,
    take_backup,
)
from desktop.services.startup import open_for_desk
from tests.services.test_backups import centre_file, damage

TAKEN = datetime(2026, 11, 20, 17, 0, tzinfo=UTC)


def test_a_damaged_file_leads_to_the_newest_good_backup(tmp_path: Path) -> None:
    database = centre_file(tmp_path / "data")
    place = BackupPlace(tmp_path / "backups", None, None)
    older = take_backup(database, place, "daily", TAKEN - timedelta(days=1)).backup
    good = take_backup(database, place, "exit", TAKEN).backup
    # Newer files that are no good: a damaged backup, and the copy of a damaged file.
    bad = place.folder / "pelita-20261121-090000-manual.sqlite3"
    shutil.copy(good.path, bad)
    damage(bad)
    shutil.copy(good.path, place.folder / "pelita-20261122-090000-damaged.sqlite3")
    damage(database)

    with pytest.raises(DatabaseDamaged) as damaged:
        open_for_desk(sqlite_url(database), place=place)
    error = damaged.value
    assert error.path == database
    assert error.newest_good == good != older
    assert error.problems and error.field == "database_url"
    assert isinstance(error, DatabaseError)  # a desk that knows only DatabaseError copes
    assert "is damaged" in error.english() and "Restore the newest good backup" in error.english()

    # What the recovery dialog does next: restore it, and the desk opens.
    restore_backup(good.path, database, None, TAKEN + timedelta(days=3), place)
    opened = open_for_desk(sqlite_url(database), place=place)
    try:
        assert not opened.needs_setup and opened.profile is not None
    finally:
        opened.db.close()


def test_an_encrypted_backup_is_offered_and_none_is_said_plainly(tmp_path: Path) -> None:
    database = centre_file(tmp_path / "data")
    place = BackupPlace(tmp_path / "backups", None, new_backup_key("kunci gudang 2026"))
    sealed = take_backup(database, place, "exit", TAKEN).backup
    damage(database)
    with pytest.raises(DatabaseDamaged) as damaged:
        open_for_desk(sqlite_url(database), place=place)
    assert damaged.value.newest_good == sealed and sealed.encrypted

    empty = BackupPlace(tmp_path / "no-backups", None, None)
    with pytest.raises(DatabaseDamaged) as without:
        open_for_desk(sqlite_url(database), place=empty)
    assert without.value.newest_good is None
    assert "no good backup of it was found" in without.value.english()


def test_a_blank_first_page_is_damage_but_another_programs_file_is_not(tmp_path: Path) -> None:
    database = centre_file(tmp_path / "data")
    place = BackupPlace(tmp_path / "backups", None, None)
    with database.open("r+b") as handle:
        handle.write(bytes(4096))
    with pytest.raises(DatabaseDamaged):
        open_for_desk(sqlite_url(database), place=place)
    letter = tmp_path / "letter.sqlite3"
    letter.write_text("Dear sir, " * 500)
    with pytest.raises(DatabaseError) as refused:
        open_for_desk(sqlite_url(letter), place=place)
    assert not isinstance(refused.value, DatabaseDamaged)


def test_the_place_defaults_to_the_desks_settings(tmp_path: Path) -> None:
    """Without a place, the desk's settings decide; looking for backups never turns the
    damage into another error."""
    database = centre_file(tmp_path / "data")
    damage(database)
    with pytest.raises(DatabaseDamaged) as damaged:
        open_for_desk(sqlite_url(database))
    assert damaged.value.newest_good is None
    (tmp_path / "file").write_text("in the way")
    unreadable = BackupPlace(tmp_path / "file", None, None)
    with pytest.raises(DatabaseDamaged) as again:
        open_for_desk(sqlite_url(database), place=unreadable)
    assert again.value.newest_good is None


def test_a_healthy_file_and_a_new_one_open_as_before(tmp_path: Path) -> None:
    database = centre_file(tmp_path / "data")
    for url in (sqlite_url(database), sqlite_url(tmp_path / "new" / "pelita.sqlite3")):
        opened = open_for_desk(url, place=BackupPlace(tmp_path / "b", None, None))
        opened.db.close()


def test_a_file_checked_at_exit_and_untouched_is_not_checked_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """quick_check takes seconds on a big file: the exit backup's check of its copy (the
    file page for page) stands for the next start, unless the file changed or a WAL was
    left over by a crash."""
    from desktop.services import startup

    database = centre_file(tmp_path / "data")
    place = BackupPlace(tmp_path / "backups", None, None)
    checks: list[Path] = []

    def counted(path: Path) -> IntegrityReport:
        checks.append(path)
        return check_integrity(path)

    monkeypatch.setattr(startup, "check_integrity", counted)

    take_backup(database, place, "daily", TAKEN)  # not at exit: no mark
    startup.check_sqlite_file(database, place)
    assert checks == [database]
    take_backup(database, place, "exit", TAKEN)
    startup.check_sqlite_file(database, place)
    startup.check_sqlite_file(database, place)
    assert checks == [database]

    # A crash left a WAL beside it: checked.
    Path(f"{database}-wal").write_bytes(b"")
    startup.check_sqlite_file(database, place)
    assert checks == [database] * 2
    Path(f"{database}-wal").unlink(missing_ok=True)  # the check closed it
    # Damaged since (anything written since): checked, and found.
    take_backup(database, place, "exit", TAKEN + timedelta(hours=1))
    damage(database)
    with pytest.raises(DatabaseDamaged):
        startup.check_sqlite_file(database, place)
    assert checks == [database] * 3
