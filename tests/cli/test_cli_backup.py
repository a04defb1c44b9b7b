"""`pelita backup now|list|check|restore|settings` in-process on a small demo centre: what
is printed, the files written, the desk's settings saved, and a one-line message with exit
code 2 for every mistake."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import cli, cli_participants
from desktop.config import load_config
from desktop.paths import data_dir, sqlite_url
from desktop.services.backups import backup_place, check_integrity, list_backups
from tests.services.test_backups import add_person, centre_file, damage, people

PASSPHRASE = "kunci gudang 2026"


@pytest.fixture
def centre(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("PELITA_HOME", str(tmp_path / "home"))
    monkeypatch.setenv(cli_participants.ENV_PASSWORD, "admin-demo")
    # desktop.cli adds the commands; until COMMANDS names them, a bare command would open
    # the window instead.
    monkeypatch.setattr(cli, "COMMANDS", cli.COMMANDS | {"backup"})
    database = centre_file(tmp_path / "data")
    root = logging.getLogger()
    handlers = list(root.handlers)
    yield database
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()


def run(database: Path, *arguments: str) -> int:
    return cli.main(["--database", sqlite_url(database), "backup", *arguments])


def passphrase_file(folder: Path, text: str = PASSPHRASE) -> str:
    path = folder / "passphrase.txt"
    path.write_text(f"{text}\n")
    return str(path)


def test_now_list_and_check(centre: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(centre, "list") == 0
    assert capsys.readouterr().out.startswith("No backups in ")
    assert run(centre, "now") == 0
    out = capsys.readouterr().out
    [backup] = list_backups(backup_place(load_config(), centre))
    assert backup.path.parent == data_dir() / "backups"
    assert out.startswith(f"Backed up to {backup.path} (")
    assert run(centre, "list") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["Taken", "Reason", "Encrypted", "Size", "File"]
    assert lines[1].split()[2:4] == ["manual", "no"] and lines[1].endswith(backup.path.name)
    assert run(centre, "check") == 0
    out = capsys.readouterr().out
    assert f"{centre}: ok" in out and f"Newest good backup: {backup.path}" in out


def test_check_says_damage_with_exit_code_2(
    centre: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damage(centre)
    assert run(centre, "check") == 2
    out = capsys.readouterr().out
    assert f"{centre}: DAMAGED" in out and "No good backup was found." in out


def test_settings_then_encrypted_backups_to_two_folders(
    centre: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(centre, "settings") == 0
    assert "Encrypted: no" in capsys.readouterr().out
    folder, usb = tmp_path / "backups", tmp_path / "usb"
    assert (
        run(
            centre,
            "settings",
            "--folder",
            str(folder),
            "--second-folder",
            str(usb),
            "--encrypt",
            "--passphrase-file",
            passphrase_file(tmp_path),
        )
        == 0
    )
    out = capsys.readouterr().out
    assert f"Backup folder: {folder}" in out and f"Second folder: {usb}" in out
    assert "Encrypted: yes" in out and "Keep the passphrase safe" in out
    config = load_config()
    assert config.backup_folder == str(folder) and config.backup_second_folder == str(usb)
    assert config.backup_key is not None and PASSPHRASE not in config.backup_key

    assert run(centre, "now") == 0
    out = capsys.readouterr().out
    [backup] = list_backups(backup_place(load_config(), centre))
    assert backup.encrypted and backup.path.parent == folder
    assert f"Copied to {usb / backup.path.name}" in out

    assert run(centre, "settings", "--standard-folder", "--no-second-folder", "--no-encrypt") == 0
    capsys.readouterr()
    config = load_config()
    assert (config.backup_folder, config.backup_second_folder, config.backup_key) == (
        None,
        None,
        None,
    )


def test_a_new_passphrase_is_typed_twice(
    centre: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    typed = iter([PASSPHRASE, "something else"])
    monkeypatch.setattr("getpass.getpass", lambda _prompt="": next(typed))
    assert run(centre, "settings", "--encrypt") == 2
    assert "The two passphrases differ" in capsys.readouterr().err
    assert load_config().backup_key is None
    typed = iter(["pendek", "pendek"])
    assert run(centre, "settings", "--encrypt") == 2
    assert "at least 8 characters" in capsys.readouterr().err


def test_restore_over_a_healthy_database_needs_an_administrator(
    centre: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run(centre, "settings", "--encrypt", "--passphrase-file", passphrase_file(tmp_path)) == 0
    assert run(centre, "now") == 0
    [backup] = list_backups(backup_place(load_config(), centre))
    add_person(centre, "Changed After The Backup")
    capsys.readouterr()

    assert run(centre, "restore", str(backup.path), "--passphrase-file", str(tmp_path / "x")) == 2
    assert "No passphrase was given" in capsys.readouterr().err
    wrong = passphrase_file(tmp_path, "salah sekali")
    assert run(centre, "restore", str(backup.path), "--passphrase-file", wrong) == 2
    assert "log in as an administrator (--user)" in capsys.readouterr().err
    assert (
        run(centre, "restore", str(backup.path), "--passphrase-file", wrong, "--user", "admin") == 2
    )
    assert "The passphrase is wrong" in capsys.readouterr().err
    monkeypatch.setenv(cli_participants.ENV_PASSWORD, "petugas-demo")
    right = passphrase_file(tmp_path)
    assert (
        run(centre, "restore", str(backup.path), "--passphrase-file", right, "--user", "petugas")
        == 2
    )
    assert "not allowed" in capsys.readouterr().err
    assert "Changed After The Backup" in [name for name, _nik in people(centre)]

    monkeypatch.setenv(cli_participants.ENV_PASSWORD, "admin-demo")
    assert (
        run(centre, "restore", str(backup.path), "--passphrase-file", right, "--user", "admin") == 0
    )
    out = capsys.readouterr().out
    assert f"Restored {centre} from {backup.path}" in out
    assert "-before-restore.pelitabackup" in out
    assert "Changed After The Backup" not in [name for name, _nik in people(centre)]


def test_a_damaged_database_is_restored_without_logging_in(
    centre: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run(centre, "now") == 0
    [backup] = list_backups(backup_place(load_config(), centre))
    damage(centre)
    capsys.readouterr()
    assert run(centre, "restore", str(backup.path)) == 0
    out = capsys.readouterr().out
    assert "-damaged.sqlite3" in out
    assert check_integrity(centre).ok


def test_postgresql_and_missing_files_are_refused_plainly(
    centre: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = "postgresql+psycopg://pelita@localhost/pelita"
    assert cli.main(["--database", url, "backup", "now"]) == 2
    assert "pg_dump" in capsys.readouterr().err
    assert run(centre, "restore", str(tmp_path / "gone.pelitabackup")) == 2
    assert "is not a Pelita backup" in capsys.readouterr().err
    assert run(tmp_path / "nothing.sqlite3", "now") == 2
    assert "There is no database file" in capsys.readouterr().err
