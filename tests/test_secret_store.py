"""The PostgreSQL password lives in the system keyring, never in settings.json."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backends import fail
from sqlalchemy.engine import make_url

from desktop import secret_store
from desktop.config import DeskConfig, config_path, load_config, save_config
from tests.memory_keyring import BrokenKeyring, MemoryKeyring, using_keyring

PASSWORD = "Rahasia-9f2c"
URL = f"postgresql+psycopg://desk:{PASSWORD}@server:5432/pelita"
ACCOUNT = "postgresql+psycopg://desk@server:5432/pelita"


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PELITA_HOME", str(tmp_path))
    return tmp_path


@pytest.fixture
def memory() -> Iterator[MemoryKeyring]:
    with using_keyring(MemoryKeyring()) as backend:
        assert isinstance(backend, MemoryKeyring)
        yield backend


@pytest.fixture(params=["none", "broken"])
def no_keyring(request: pytest.FixtureRequest) -> Iterator[None]:
    """A bare Linux desk (keyring's fail backend) or a keyring that errors on every call."""
    backend = fail.Keyring() if request.param == "none" else BrokenKeyring()
    with using_keyring(backend):
        yield


def assert_password_nowhere(home: Path, password: str = PASSWORD) -> None:
    """Not in settings.json, nor in any other file Pelita left in its home."""
    for path in home.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            assert password.encode() not in content, path


def write_old_settings(data: dict[str, object]) -> Path:
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("url", "account", "password"),
    [
        (URL, ACCOUNT, PASSWORD),
        (
            "postgresql://u:p%40ss%2Fw@h/db?sslmode=require",
            "postgresql://u@h/db?sslmode=require",
            "p@ss/w",
        ),
        ("postgresql://u:pa/ss?x@h/db", "postgresql://u@h/db", "pa/ss?x"),
        ("postgresql://u@h/db", "postgresql://u@h/db", None),
        ("postgresql://h/db", "postgresql://h/db", None),
        ("sqlite:////tmp/pelita.sqlite3", "sqlite:////tmp/pelita.sqlite3", None),
    ],
)
def test_the_password_is_cut_out_and_put_back_as_sqlalchemy_reads_it(
    url: str, account: str, password: str | None
) -> None:
    assert secret_store.split_password(url) == (account, password)
    assert make_url(account).password is None
    if password is not None:
        back = secret_store.with_password(account, password)
        assert make_url(back).password == make_url(url).password == password
        assert make_url(back).render_as_string(False) == make_url(url).render_as_string(False)


def test_saved_without_the_password_which_goes_to_the_keyring(
    home: Path, memory: MemoryKeyring
) -> None:
    config = DeskConfig(database_url=URL, language="en")
    path = save_config(config)
    assert json.loads(path.read_text(encoding="utf-8"))["database_url"] == ACCOUNT
    assert memory.passwords == {("Pelita", ACCOUNT): PASSWORD}
    assert_password_nowhere(home)
    # Loaded back whole: the rest of Pelita sees a URL that opens.
    assert load_config() == config


def test_without_a_keyring_the_password_is_kept_nowhere(home: Path, no_keyring: None) -> None:
    path = save_config(DeskConfig(database_url=URL))
    assert json.loads(path.read_text(encoding="utf-8"))["database_url"] == ACCOUNT
    assert_password_nowhere(home)
    # The desk asks for it when it opens the database (desktop.gui.db_password_dialog).
    assert load_config().database_url == ACCOUNT


def test_an_old_settings_file_with_the_password_moves_it_to_the_keyring(
    home: Path, memory: MemoryKeyring
) -> None:
    path = write_old_settings({"database_url": URL, "language": "en", "from_pelita_2": [1]})
    assert load_config() == DeskConfig(database_url=URL, language="en")
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved == {**saved, "database_url": ACCOUNT, "language": "en", "from_pelita_2": [1]}
    assert memory.passwords == {("Pelita", ACCOUNT): PASSWORD}
    assert_password_nowhere(home)
    assert load_config().database_url == URL


def test_an_old_settings_file_without_a_keyring_loses_the_plain_text_password(
    home: Path, no_keyring: None, caplog: pytest.LogCaptureFixture
) -> None:
    path = write_old_settings({"database_url": URL})
    # This session still opens the database with it ...
    assert load_config().database_url == URL
    # ... but it is no longer written anywhere, and the log says why without repeating it.
    assert json.loads(path.read_text(encoding="utf-8"))["database_url"] == ACCOUNT
    assert_password_nowhere(home)
    assert "no system keyring" in caplog.text
    assert PASSWORD not in caplog.text
    assert load_config().database_url == ACCOUNT


def test_each_server_has_its_own_password(memory: MemoryKeyring) -> None:
    other = "postgresql+psycopg://desk:lain@other/pelita"
    save_config(DeskConfig(database_url=URL))
    save_config(DeskConfig(database_url=other))
    assert load_config().database_url == other
    save_config(DeskConfig(database_url=ACCOUNT))  # chosen again, e.g. in the database dialog
    assert load_config().database_url == URL
    secret_store.delete_password(ACCOUNT)
    secret_store.delete_password(ACCOUNT)  # nothing kept: no error
    assert load_config().database_url == ACCOUNT


def test_a_changed_password_replaces_the_kept_one(home: Path, memory: MemoryKeyring) -> None:
    save_config(DeskConfig(database_url=URL))
    save_config(DeskConfig(database_url=secret_store.with_password(ACCOUNT, "baru-123")))
    assert memory.passwords == {("Pelita", ACCOUNT): "baru-123"}
    assert load_config().database_url == secret_store.with_password(ACCOUNT, "baru-123")
    assert_password_nowhere(home, "baru-123")


def test_the_cli_opens_with_the_password_from_the_keyring(
    memory: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.cli import ENV_DATABASE, database_url

    monkeypatch.delenv(ENV_DATABASE, raising=False)
    save_config(DeskConfig(database_url=URL))
    args = argparse.Namespace(database=None, demo=False, demo_database=None)
    assert database_url(args) == URL


@pytest.mark.parametrize(
    ("url", "imported"),
    [(None, False), ("sqlite:////tmp/pelita.sqlite3", False), (ACCOUNT, True)],
)
def test_keyring_is_imported_only_for_a_server_url(
    home: Path, url: str | None, imported: bool
) -> None:
    """Start-up speed: a desk on an SQLite file never pays for importing keyring."""
    write_old_settings({"database_url": url})
    code = (
        "import sys, desktop.config as c; assert 'keyring' not in sys.modules; "
        "c.load_config(); print('keyring' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={
            "PELITA_HOME": str(home),
            "PATH": "/usr/bin:/bin",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        },
        cwd=Path(__file__).parent.parent,
    )
    assert result.stdout.strip() == str(imported)
