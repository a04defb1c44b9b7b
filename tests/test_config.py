"""The desk's own settings file: round trip, damaged files, hand edits, atomic writes."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

import pytest

from desktop.config import DeskConfig, config_path, load_config, save_config
from tests.memory_keyring import MemoryKeyring, using_keyring


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PELITA_HOME", str(tmp_path))
    return tmp_path


def test_missing_file_gives_defaults(home: Path) -> None:
    assert load_config() == DeskConfig(database_url=None, language="id", large_text=False)
    assert config_path() == home / "config" / "settings.json"
    assert not config_path().exists()


def test_round_trip_creates_the_folder() -> None:
    config = DeskConfig(
        database_url="postgresql+psycopg://desk:rahasia@server/pelita",
        language="en",
        large_text=True,
    )
    with using_keyring(MemoryKeyring()):
        path = save_config(config)
        assert path == config_path()
        assert load_config() == config
    # Nothing but the file itself: the temporary file was renamed over it.
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]


def test_corrupt_file_is_moved_aside(caplog: pytest.LogCaptureFixture) -> None:
    path = config_path()
    path.parent.mkdir(parents=True)
    path.write_text('{"language": "en", ', encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="desktop.config"):
        assert load_config() == DeskConfig()
    assert not path.exists()
    (aside,) = path.parent.glob("settings.json.broken-*")
    assert aside.read_text(encoding="utf-8") == '{"language": "en", '
    assert "damaged" in caplog.text and aside.name in caplog.text
    # The next save starts afresh and the damaged copy stays for whoever wants to look.
    save_config(DeskConfig(language="en"))
    assert load_config().language == "en"
    assert aside.exists()


@pytest.mark.parametrize("content", [b"[1, 2]", b'"id"', b"\xff\xfe not utf-8", b""])
def test_other_damage_is_moved_aside_too(content: bytes) -> None:
    path = config_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    assert load_config() == DeskConfig()
    assert not path.exists()
    assert len(list(path.parent.glob("settings.json.broken-*"))) == 1


def test_two_corrupt_files_in_one_second_both_kept() -> None:
    path = config_path()
    path.parent.mkdir(parents=True)
    for text in ("{first", "{second"):
        path.write_text(text, encoding="utf-8")
        load_config()
    kept = sorted(p.read_text() for p in path.parent.glob("settings.json.broken-*"))
    assert kept == ["{first", "{second"]


def test_unknown_keys_are_ignored_and_kept_on_save() -> None:
    path = config_path()
    path.parent.mkdir(parents=True)
    path.write_text(
        json.dumps({"language": "en", "window_geometry": [1, 2, 3], "from_pelita_2": True}),
        encoding="utf-8",
    )
    assert load_config() == DeskConfig(language="en")
    save_config(DeskConfig(language="id", large_text=True))
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data == {
        "database_url": None,
        "language": "id",
        "large_text": True,
        "backup_folder": None,
        "backup_second_folder": None,
        "backup_key": None,
        "window_geometry": [1, 2, 3],
        "from_pelita_2": True,
    }


def test_a_wrong_value_costs_only_that_setting(caplog: pytest.LogCaptureFixture) -> None:
    path = config_path()
    path.parent.mkdir(parents=True)
    path.write_text(
        json.dumps({"database_url": 42, "language": "en", "large_text": "yes"}), encoding="utf-8"
    )
    with caplog.at_level(logging.WARNING, logger="desktop.config"):
        assert load_config() == DeskConfig(language="en")
    assert "large_text" in caplog.text and "database_url" in caplog.text
    assert path.exists()  # a readable file with a bad value is not moved aside


def test_blank_database_url_means_the_standard_file() -> None:
    path = config_path()
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"database_url": "  "}), encoding="utf-8")
    assert load_config().database_url is None


def test_failed_save_leaves_the_old_file(monkeypatch: pytest.MonkeyPatch) -> None:
    save_config(DeskConfig(language="en"))

    def refuse(_source: object, _target: object) -> None:
        raise PermissionError(13, "Permission denied")

    with monkeypatch.context() as patch, pytest.raises(PermissionError):
        patch.setattr(os, "replace", refuse)
        save_config(DeskConfig(language="id"))
    assert load_config().language == "en"
    assert [p.name for p in config_path().parent.iterdir()] == ["settings.json"]


def test_config_imports_neither_qt_nor_sqlalchemy() -> None:
    import subprocess
    import sys

    code = (
        "import sys, desktop.config, desktop.logs\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy')]\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
