"""Taking backups of a real SQLite file: whole, checked, consistent, named, listed, copied to
a second folder that may fail, and due once a day. `centre_file` is the small demo centre
the other backup tests use too."""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path

import pytest

from desktop.config import DeskConfig
from desktop.paths import data_dir, sqlite_url
from desktop.services import backup_files
from desktop.services.backups import (
    BackupError,
    BackupPlace,
    backup_due,
    backup_place,
    check_integrity,
    list_backups,
    take_backup,
)
from desktop.services.demo import build_demo
from desktop.store.database import open_database

NOW = datetime(2026, 11, 23, 10, 5, 30, tzinfo=UTC)


@cache
def _template() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="pelita-backup-template-"))
    path = folder / "pelita.sqlite3"
    db = open_database(sqlite_url(path))
    build_demo(db, 40)
    db.close()
    return path


def centre_file(folder: Path, name: str = "pelita.sqlite3") -> Path:
    """A copy of a small demo centre (40 people, built once per test run)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    shutil.copy(_template(), path)
    return path


def people(path: Path) -> list[tuple[str, str]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT full_name, nik FROM participant ORDER BY id").fetchall()
    finally:
        connection.close()


def add_person(path: Path, name: str) -> None:
    connection = sqlite3.connect(path)
    try:
        with connection:
            connection.execute(
                "UPDATE participant SET full_name = ? WHERE id = (SELECT min(id) FROM participant)",
                (name,),
            )
    finally:
        connection.close()


def partial_files(*folders: Path) -> list[Path]:
    return [p for folder in folders for p in folder.glob(f"*{backup_files.PARTIAL_SUFFIX}*")]


def test_a_backup_is_one_whole_checked_file_with_its_name(tmp_path: Path) -> None:
    database = centre_file(tmp_path / "data")
    place = BackupPlace(tmp_path / "backups", None, None)
    result = take_backup(database, place, "manual", NOW)
    info = result.backup
    assert info.path == tmp_path / "backups" / "pelita-20261123-100530-manual.sqlite3"
    assert (info.taken_at, info.reason, info.encrypted) == (NOW, "manual", False)
    assert info.size == info.path.stat().st_size > 0
    assert check_integrity(info.path).ok
    assert people(info.path) == people(database)
    connection = sqlite3.connect(info.path)
    # One self-contained file: not in WAL mode, so it needs no -wal beside it.
    assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    connection.close()
    assert list_backups(place) == [info]
    assert result.removed == () and result.second_copy is None and result.second_error is None
    assert partial_files(tmp_path / "backups", tmp_path / "data") == []
    again = take_backup(database, place, "manual", NOW)
    assert again.backup.path.name == "pelita-20261123-100530-manual-2.sqlite3"
    assert [b.path for b in list_backups(place)] == [again.backup.path, info.path]


def test_a_backup_holds_what_was_committed_even_in_the_wal(tmp_path: Path) -> None:
    database = centre_file(tmp_path / "data")
    db = open_database(sqlite_url(database))  # WAL mode, as at a desk
    writer = sqlite3.connect(database)
    writer.execute("PRAGMA wal_autocheckpoint=0")
    with writer:
        writer.execute("UPDATE participant SET full_name = 'Committed Name' WHERE id = 1")
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE participant SET full_name = 'Not Yet Committed' WHERE id = 2")
    try:
        assert Path(f"{database}-wal").stat().st_size > 0
        backup = take_backup(database, BackupPlace(tmp_path / "b", None, None), "exit", NOW)
    finally:
        writer.rollback()
        writer.close()
        db.close()
    names = [name for name, _nik in people(backup.backup.path)]
    assert "Committed Name" in names and "Not Yet Committed" not in names


def test_the_second_folder_gets_a_copy_and_may_fail(tmp_path: Path) -> None:
    database = centre_file(tmp_path / "data")
    usb = tmp_path / "usb" / "Pelita"
    place = BackupPlace(tmp_path / "backups", usb, None)
    copied = take_backup(database, place, "daily", NOW)
    assert copied.second_copy == usb / copied.backup.path.name
    assert copied.second_copy.read_bytes() == copied.backup.path.read_bytes()
    assert partial_files(usb) == []

    # The USB drive is pulled: its folder is gone and cannot be made (a file is in the way).
    shutil.rmtree(tmp_path / "usb")
    (tmp_path / "usb").write_text("not a folder")
    pulled = take_backup(database, place, "daily", NOW + timedelta(days=1))
    assert pulled.second_copy is None
    assert pulled.second_problem is not None and pulled.second_problem.field == "second_folder"
    assert pulled.second_error == pulled.second_problem.english()
    assert str(usb) in pulled.second_error
    assert pulled.backup.path.exists() and check_integrity(pulled.backup.path).ok
    assert len(list_backups(place)) == 2


def test_an_unwritable_folder_or_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    database = centre_file(tmp_path / "data")
    (tmp_path / "file").write_text("x")
    with pytest.raises(BackupError) as refused:
        take_backup(database, BackupPlace(tmp_path / "file" / "backups", None, None), "exit", NOW)
    assert refused.value.field == "folder"
    assert "Cannot write the backup to the folder" in refused.value.english()
    with pytest.raises(BackupError) as missing:
        take_backup(tmp_path / "nothing.sqlite3", BackupPlace(tmp_path, None, None), "exit", NOW)
    assert missing.value.field == "backup"
    with pytest.raises(ValueError, match="unknown backup reason"):
        take_backup(database, BackupPlace(tmp_path / "b", None, None), "whenever", NOW)


def test_a_damaged_database_is_not_backed_up(tmp_path: Path) -> None:
    database = centre_file(tmp_path / "data")
    damage(database)
    place = BackupPlace(tmp_path / "backups", None, None)
    with pytest.raises(BackupError) as refused:
        take_backup(database, place, "exit", NOW)
    assert refused.value.field == "backup"
    assert "is damaged, so it cannot be backed up" in refused.value.english()
    assert list_backups(place) == []
    assert partial_files(tmp_path / "backups", tmp_path / "data") == []


def damage(path: Path) -> None:
    """Overwrite pages in the middle of the file, as a failing disk or a power cut would."""
    connection = sqlite3.connect(path)
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    pages = path.stat().st_size // page_size
    with path.open("r+b") as handle:
        for page in range(pages // 3, pages // 3 + 8):
            handle.seek(page * page_size)
            handle.write(bytes(range(256)) * (page_size // 256))


def test_a_backup_is_due_once_a_day(tmp_path: Path) -> None:
    database = centre_file(tmp_path / "data")
    place = BackupPlace(tmp_path / "backups", None, None)
    assert backup_due(place, NOW)
    take_backup(database, place, "exit", NOW)
    assert not backup_due(place, NOW + timedelta(hours=23))
    assert backup_due(place, NOW + timedelta(hours=24, seconds=1))
    # A backup stamped far ahead (the clock was wrong then) does not stop the daily one.
    assert backup_due(place, NOW - timedelta(days=3))


def test_stale_partial_files_of_killed_backups_are_removed(tmp_path: Path) -> None:
    database = centre_file(tmp_path / "data")
    place = BackupPlace(tmp_path / "backups", None, None)
    place.folder.mkdir()
    old = place.folder / ".pelita.dead.partial"
    old_plain = database.parent / ".pelita.sqlite3.dead.partial"
    fresh = place.folder / ".pelita.running.partial"
    for path in (old, old_plain, fresh):
        path.write_bytes(b"half")
    long_ago = NOW.timestamp() - 2 * backup_files.STALE_AFTER_S
    for path in (old, old_plain):
        os.utime(path, (long_ago, long_ago))
    take_backup(database, place, "exit", NOW)
    assert not old.exists() and not old_plain.exists()
    assert fresh.exists()  # another backup may still be writing it


def test_the_place_comes_from_the_desk_settings(tmp_path: Path) -> None:
    standard = backup_place(DeskConfig())
    assert standard == BackupPlace(data_dir() / "backups", None, None, "pelita")
    configured = backup_place(
        DeskConfig(
            backup_folder=str(tmp_path / "b"),
            backup_second_folder=str(tmp_path / "usb"),
            backup_key="{}",
        ),
        tmp_path / "pelita-demo.sqlite3",
    )
    assert configured == BackupPlace(tmp_path / "b", tmp_path / "usb", "{}", "pelita-demo")
    assert configured.encrypted and not standard.encrypted


def test_the_demo_and_the_centre_share_a_folder_without_mixing(tmp_path: Path) -> None:
    real = centre_file(tmp_path / "data")
    demo = centre_file(tmp_path / "data", "pelita-demo.sqlite3")
    folder = tmp_path / "backups"
    real_place = BackupPlace(folder, None, None, real.stem)
    demo_place = BackupPlace(folder, None, None, demo.stem)
    take_backup(real, real_place, "exit", NOW)
    take_backup(demo, demo_place, "exit", NOW)
    assert [b.path.name for b in list_backups(real_place)] == [
        "pelita-20261123-100530-exit.sqlite3"
    ]
    assert [b.path.name for b in list_backups(demo_place)] == [
        "pelita-demo-20261123-100530-exit.sqlite3"
    ]


def test_integrity_check_tells_damage_from_an_unreadable_file(tmp_path: Path) -> None:
    database = centre_file(tmp_path / "data")
    assert check_integrity(database).ok
    damage(database)
    report = check_integrity(database)
    assert not report.ok and report.problems
    with pytest.raises(BackupError) as missing:
        check_integrity(tmp_path / "missing.sqlite3")
    assert missing.value.field == "backup"
    text = tmp_path / "notes.sqlite3"
    text.write_text("not a database at all, " * 100)
    assert not check_integrity(text).ok
