"""`pelita archive export|import`: the demo centre to a zip and into a new SQLite file, through
the real command line."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import cli, cli_participants
from desktop.paths import sqlite_url
from desktop.services.accounts import authenticate
from desktop.store.database import open_database


@pytest.fixture
def demo(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Iterator[None]:
    monkeypatch.setenv("PELITA_HOME", str(tmp_path / "home"))
    root = logging.getLogger()
    handlers = list(root.handlers)
    assert cli.main(["demo", "--participants", "10"]) == 0
    capsys.readouterr()
    yield
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()


def test_exports_the_demo_and_imports_it_into_a_new_file(
    demo: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(cli_participants.ENV_PASSWORD, "admin-demo")
    archive = tmp_path / "centre"
    assert cli.main(["--demo", "archive", "export", str(archive), "--user", "admin"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Exported ") and out.strip().endswith(f"to {archive}.zip")
    assert "certificates" in out

    new_file = tmp_path / "moved.sqlite3"
    url = sqlite_url(new_file)
    assert cli.main(["archive", "import", f"{archive}.zip", "--database", url]) == 0
    out = capsys.readouterr().out
    assert "Imported " in out and "Log in with an account from the archive." in out
    assert "by admin" in out
    db = open_database(url)
    try:
        assert authenticate(db, "petugas", "petugas-demo").username == "petugas"
    finally:
        db.close()

    # Twice is refused: the database is no longer empty, and says so.
    assert cli.main(["archive", "import", f"{archive}.zip", "--database", url]) == cli.EXIT_ERROR
    assert "already holds data" in capsys.readouterr().err


def test_a_clerk_may_not_export(
    demo: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(cli_participants.ENV_PASSWORD, "petugas-demo")
    target = tmp_path / "centre.zip"
    assert (
        cli.main(["--demo", "archive", "export", str(target), "--user", "petugas"])
        == cli.EXIT_ERROR
    )
    assert "not allowed" in capsys.readouterr().err
    assert not target.exists()


def test_a_file_that_is_not_an_archive_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PELITA_HOME", str(tmp_path / "home"))
    bogus = tmp_path / "list.zip"
    bogus.write_text("not a zip")
    url = sqlite_url(tmp_path / "new.sqlite3")
    assert cli.main(["archive", "import", str(bogus), "--database", url]) == cli.EXIT_ERROR
    assert "list.zip is not a Pelita archive: it is not a zip file." in capsys.readouterr().err
