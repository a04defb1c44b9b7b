"""Encrypted backups: a stolen one holds no name or NIK and opens with nothing but the
passphrase; with it, the data comes back exactly; altered or cut files never open."""

from __future__ import annotations

import io
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.services import backup_crypto
from desktop.services.backup_crypto import (
    change_passphrase,
    check_passphrase,
    decrypt_file,
    encrypt_file,
    new_backup_key,
    public_key_of,
)
from desktop.services.backups import BackupError, BackupPlace, restore_backup, take_backup
from tests.services.test_backups import centre_file, people

NOW = datetime(2026, 11, 23, 17, 0, tzinfo=UTC)
PASSPHRASE = "kunci gudang 2026"


@pytest.fixture(scope="module")
def backup_key() -> str:
    return new_backup_key(PASSPHRASE)


def opened(path: Path, passphrase: str | None) -> bytes:
    plain = io.BytesIO()
    decrypt_file(path, plain, passphrase)
    return plain.getvalue()


def dump(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def test_a_stolen_encrypted_backup_holds_nothing_readable(tmp_path: Path, backup_key: str) -> None:
    database = centre_file(tmp_path / "data")
    plain = take_backup(database, BackupPlace(tmp_path / "plain", None, None), "exit", NOW)
    sealed = take_backup(database, BackupPlace(tmp_path / "usb", None, backup_key), "exit", NOW)
    assert sealed.backup.encrypted
    assert sealed.backup.path.name == "pelita-20261123-170000-exit.pelitabackup"
    names_and_niks = [
        value.encode("utf-8") for person in people(database) for value in person if value
    ]
    assert len(names_and_niks) > 40
    # The plain backup does hold them (so the search below can find them)...
    plain_bytes = plain.backup.path.read_bytes()
    assert all(value in plain_bytes for value in names_and_niks)
    # ...the encrypted one holds none, and nothing says it is an SQLite database.
    sealed_bytes = sealed.backup.path.read_bytes()
    assert [value for value in names_and_niks if value in sealed_bytes] == []
    assert b"SQLite format 3" not in sealed_bytes
    assert b"CREATE TABLE" not in sealed_bytes
    connection = sqlite3.connect(sealed.backup.path)
    with pytest.raises(sqlite3.DatabaseError):
        connection.execute("SELECT count(*) FROM participant").fetchone()
    connection.close()
    # Not without the passphrase, nor with a wrong one.
    for passphrase in (None, "", "kunci gudang 2025"):
        with pytest.raises(BackupError) as refused:
            opened(sealed.backup.path, passphrase)
        assert refused.value.field == "passphrase"


def test_with_the_passphrase_it_restores_the_same_data_on_a_new_pc(
    tmp_path: Path, backup_key: str
) -> None:
    database = centre_file(tmp_path / "data")
    expected = dump(database)
    sealed = take_backup(database, BackupPlace(tmp_path / "usb", None, backup_key), "exit", NOW)
    # A new PC: no settings, no key, just the file from the USB drive and the passphrase.
    new_pc = tmp_path / "new-pc" / "pelita.sqlite3"
    new_pc.parent.mkdir()
    place = BackupPlace(tmp_path / "new-pc" / "backups", None, None)
    restore_backup(sealed.backup.path, new_pc, PASSPHRASE, NOW, place)
    restored = dump(new_pc)
    audit = [line for line in restored if "backup.restore" in line]
    assert len(audit) == 1
    assert [line for line in restored if line not in audit] == expected


def test_the_file_round_trips_byte_for_byte_in_many_chunks(
    tmp_path: Path, backup_key: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup_crypto, "CHUNK_SIZE", 4096)
    database = centre_file(tmp_path / "data")
    for size in (0, 4096, 4096 * 3 + 17, database.stat().st_size):
        source = tmp_path / f"plain-{size}"
        source.write_bytes(database.read_bytes()[:size])
        sealed = tmp_path / f"sealed-{size}"
        with sealed.open("wb") as target:
            encrypt_file(source, target, backup_key)
        assert opened(sealed, PASSPHRASE) == source.read_bytes()


def test_an_altered_or_cut_backup_never_opens(
    tmp_path: Path, backup_key: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup_crypto, "CHUNK_SIZE", 4096)
    database = centre_file(tmp_path / "data")
    sealed = tmp_path / "sealed"
    with sealed.open("wb") as target:
        encrypt_file(database, target, backup_key)
    whole = sealed.read_bytes()
    block = 4096 + backup_crypto.TAG_SIZE
    header_end = (
        len(whole)
        - (database.stat().st_size // 4096) * block
        - (database.stat().st_size % 4096 + backup_crypto.TAG_SIZE)
    )
    flipped = bytearray(whole)
    flipped[len(whole) // 2] ^= 0x01
    damaged = {
        "flipped": bytes(flipped),
        "cut": whole[:-100],
        "cut at a chunk": whole[: header_end + 3 * block],
        "chunks swapped": whole[:header_end]
        + whole[header_end + block : header_end + 2 * block]
        + whole[header_end : header_end + block]
        + whole[header_end + 2 * block :],
        "header": whole[:40] + b"x" + whole[41:],
        "no header": b"hello",
    }
    for what, content in damaged.items():
        path = tmp_path / "damaged"
        path.write_bytes(content)
        with pytest.raises(BackupError) as refused:
            opened(path, PASSPHRASE)
        assert refused.value.field == "backup", what


def test_the_key_and_its_passphrase(backup_key: str) -> None:
    with pytest.raises(BackupError) as short:
        new_backup_key("1234567")
    assert short.value.field == "passphrase"
    assert short.value.params["minimum"] == 8
    assert check_passphrase(backup_key, PASSPHRASE)
    assert not check_passphrase(backup_key, PASSPHRASE.upper())
    assert PASSPHRASE not in backup_key
    public = public_key_of(backup_key)
    assert len(public) == 44 and public in backup_key
    changed = change_passphrase(backup_key, PASSPHRASE, "pintu belakang")
    assert public_key_of(changed) == public
    assert check_passphrase(changed, "pintu belakang")
    assert not check_passphrase(changed, PASSPHRASE)
    with pytest.raises(BackupError) as wrong:
        change_passphrase(backup_key, "salah sekali", "pintu belakang")
    assert wrong.value.field == "passphrase"
    with pytest.raises(BackupError) as damaged:
        check_passphrase('{"pelita_backup_key": 1}', PASSPHRASE)
    assert "damaged" in damaged.value.english()


def test_a_backup_opens_with_the_passphrase_it_was_taken_with(
    tmp_path: Path, backup_key: str
) -> None:
    database = centre_file(tmp_path / "data")
    before = take_backup(database, BackupPlace(tmp_path / "b", None, backup_key), "exit", NOW)
    changed = change_passphrase(backup_key, PASSPHRASE, "pintu belakang")
    after = take_backup(database, BackupPlace(tmp_path / "c", None, changed), "exit", NOW)
    assert opened(before.backup.path, PASSPHRASE) == opened(after.backup.path, "pintu belakang")
    with pytest.raises(BackupError):
        opened(after.backup.path, PASSPHRASE)
