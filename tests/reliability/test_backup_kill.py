"""A backup or a restore killed with SIGKILL (a power cut, the task manager) leaves no file
with a backup's name that is half-written: every file named like a backup opens and
passes its integrity check, the database passes its own, the earlier backups are
untouched, and the next backup works. Killed while copying the pages, while encrypting,
just before the rename, while copying to the second folder, while restoring, and at a
moment nobody chose."""

from __future__ import annotations

import io
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.services import backup_files
from desktop.services.backup_crypto import decrypt_file, new_backup_key
from desktop.services.backups import BackupPlace, check_integrity, take_backup
from tests.services.test_backups import centre_file

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "kunci gudang 2026"
EARLIER = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)

# The child backs up (or restores) and kills itself at the chosen moment.
CHILD = textwrap.dedent(
    """
    import os, shutil, signal, sys
    from datetime import UTC, datetime
    from pathlib import Path
    from desktop.services import backup_crypto, backup_files
    from desktop.services.backups import BackupPlace, restore_backup, take_backup

    database, folder, second, key_file, moment, backup = sys.argv[1:7]
    key = Path(key_file).read_text() if key_file != "-" else None
    place = BackupPlace(Path(folder), Path(second), key)

    def die(*_args, **_kwargs):
        os.kill(os.getpid(), signal.SIGKILL)

    copies = []

    def halfway(source, target):
        # A restore first takes its safety copy: it is killed writing the database itself.
        copies.append(target)
        dying = len(copies) == (2 if moment == "restoring" else 1)

        def progress(_status, remaining, total):
            if dying and remaining < total // 2:
                die()
        source.backup(target, pages=4, progress=progress)

    real_cipher = backup_crypto.AESGCM

    class DyingCipher:
        calls = 0

        def __init__(self, key):
            self.inner = real_cipher(key)

        def encrypt(self, nonce, data, associated):
            DyingCipher.calls += 1
            if DyingCipher.calls == 20:
                die()
            return self.inner.encrypt(nonce, data, associated)

    def half_a_copy(reading, writing, _length=0):
        writing.write(reading.read(50_000))
        writing.flush()
        die()

    if moment in ("copying", "restoring"):
        backup_files.copy_pages = halfway
    elif moment == "encrypting":
        backup_crypto.CHUNK_SIZE = 4096
        backup_crypto.AESGCM = DyingCipher
    elif moment == "renaming":
        backup_files.publish = die
    elif moment == "second-copy":
        shutil.copyfileobj = half_a_copy

    if moment == "restoring":
        passphrase = "PASSPHRASE" if key else None
        restore_backup(Path(backup), Path(database), passphrase, datetime.now(UTC), place)
    elif moment == "anytime":
        print("ready", flush=True)
        while True:
            take_backup(Path(database), place, "manual", datetime.now(UTC))
    else:
        take_backup(Path(database), place, "manual", datetime.now(UTC))
    print("not killed")
    """
).replace("PASSPHRASE", PASSPHRASE)


CHANGE = (
    "UPDATE participant SET full_name = 'Changed Since' WHERE id = 1",
    "UPDATE note SET text = 'changed since' WHERE id = 1",
)


def content(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def opened_copy(path: Path, folder: Path) -> Path:
    """A backup as a plain database file to check."""
    if path.suffix != backup_files.SEALED_SUFFIX:
        return path
    plain = io.BytesIO()
    decrypt_file(path, plain, PASSPHRASE)
    target = folder / f"opened-{path.name}.sqlite3"
    target.write_bytes(plain.getvalue())
    return target


def backups_in(folder: Path) -> list[Path]:
    return sorted(
        p for p in folder.glob("*") if backup_files.parse_name("pelita", p.name) is not None
    )


def run_child(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", CHILD, *arguments],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


def big_database(path: Path) -> Path:
    """15 MB: a backup of it takes long enough to be killed in the middle at random."""
    path.parent.mkdir(parents=True)
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT)")
        connection.executemany(
            "INSERT INTO note (text) VALUES (?)",
            ((f"catatan {n} " * 30,) for n in range(50_000)),
        )
    connection.close()
    return path


@pytest.mark.parametrize(
    ("moment", "encrypted"),
    [
        ("copying", False),
        ("copying", True),
        ("encrypting", True),
        ("renaming", False),
        ("renaming", True),
        ("second-copy", False),
        ("restoring", False),
        ("restoring", True),
        ("anytime", False),
        ("anytime", True),
    ],
)
def test_a_killed_backup_leaves_nothing_half_written(
    tmp_path: Path, moment: str, encrypted: bool
) -> None:
    if moment == "anytime":
        database = big_database(tmp_path / "data" / "pelita.sqlite3")
    else:
        database = centre_file(tmp_path / "data")
    key = new_backup_key(PASSPHRASE) if encrypted else None
    key_file = tmp_path / "key.json"
    if key:
        key_file.write_text(key)
    place = BackupPlace(tmp_path / "backups", tmp_path / "usb", key)
    earlier = [take_backup(database, place, "daily", EARLIER + timedelta(days=n)) for n in (0, 1)]
    earlier_bytes = {r.backup.path: r.backup.path.read_bytes() for r in earlier}
    backed_up = content(database)
    # A change since, so that a restore killed midway shows whether it left the old data.
    connection = sqlite3.connect(database)
    with connection:
        connection.execute(CHANGE[moment == "anytime"])
    connection.close()
    database_before = content(database)
    arguments = [
        str(database),
        str(place.folder),
        str(place.second_folder),
        str(key_file) if key else "-",
        moment,
        str(earlier[0].backup.path),
    ]

    if moment == "anytime":
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, *arguments],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        time.sleep(random.uniform(0.05, 1.5))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
        returncode = child.returncode
        child.stdout.close()
        assert child.stderr is not None
        child.stderr.close()
    else:
        done = run_child(*arguments)
        returncode = done.returncode
        assert returncode == -signal.SIGKILL, done.stdout + done.stderr
    assert returncode == -signal.SIGKILL

    # The database: whole, and (a restore killed midway) as it was.
    assert check_integrity(database).ok
    assert content(database) == database_before
    # Every file named like a backup, in either folder, is whole and holds the data.
    checked = tmp_path / "checked"
    checked.mkdir()
    named = backups_in(place.folder) + backups_in(tmp_path / "usb")
    assert len(named) >= 4
    if moment == "restoring":
        assert any("before-restore" in path.name for path in named)
    for path in named:
        plain = opened_copy(path, checked)
        assert check_integrity(plain).ok, path
        assert content(plain) in (backed_up, database_before), path
    # The earlier backups are untouched (a killed restore kept its safety copy too).
    for path, data in earlier_bytes.items():
        assert path.read_bytes() == data
    # And the next backup works.
    after = take_backup(database, place, "manual", datetime.now(UTC))
    assert check_integrity(opened_copy(after.backup.path, checked)).ok
