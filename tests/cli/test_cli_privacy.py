"""`pelita privacy …` in-process on a copy of the privacy tests' centre: requests recorded,
listed and closed, a person's data exported and anonymised, the retention period and the
review, and a one-line message with exit code 2 for every mistake."""

from __future__ import annotations

import json
import logging
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop import cli, cli_participants
from desktop.paths import sqlite_url
from desktop.store.database import open_database
from desktop.store.participants import Participant
from tests.services.test_privacy_fixtures import certified_person, privacy_template

FIXTURES = (privacy_template,)
PASSWORDS = {"admin": "admin-demo", "petugas": "petugas-demo", "instruktur": "instruktur-demo"}


@pytest.fixture
def centre(
    privacy_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[str, int]]:
    monkeypatch.setenv("PELITA_HOME", str(tmp_path / "home"))
    # desktop.cli adds the command; until COMMANDS names it, a bare command would open the
    # window instead.
    monkeypatch.setattr(cli, "COMMANDS", cli.COMMANDS | {"privacy"})
    path = tmp_path / "pusat.sqlite3"
    shutil.copy(privacy_template, path)
    url = sqlite_url(path)
    db = open_database(url)
    person = certified_person(db)
    db.close()
    root = logging.getLogger()
    handlers = list(root.handlers)
    yield url, person
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()


def run(monkeypatch: pytest.MonkeyPatch, url: str, *arguments: str, user: str = "admin") -> int:
    monkeypatch.setenv(cli_participants.ENV_PASSWORD, PASSWORDS[user])
    return cli.main(["--database", url, "privacy", *arguments, "--user", user])


def test_a_request_from_arrival_to_closing(
    centre: tuple[str, int], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url, person = centre
    assert run(monkeypatch, url, "requests") == 0
    assert "No requests." in capsys.readouterr().out
    args = ("record", str(person), "--kind", "access", "--details", "Copy")
    assert run(monkeypatch, url, *args, user="petugas") == 0
    assert "Recorded request 1 (access)" in capsys.readouterr().out
    assert run(monkeypatch, url, "requests", "--open", user="petugas") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:4] == ["No", "Person", "Name", "Kind"]
    assert lines[1].split()[:2] == ["1", str(person)] and "open" in lines[1]
    assert run(monkeypatch, url, "close", "1", "--done", "--outcome", "Sent", user="petugas") == 2
    assert "not allowed" in capsys.readouterr().err
    assert run(monkeypatch, url, "close", "1", "--done", "--outcome", "Sent") == 0
    assert "closed: done" in capsys.readouterr().out
    assert run(monkeypatch, url, "close", "1", "--refused", "--outcome", "again") == 2
    assert "already closed" in capsys.readouterr().err
    assert run(monkeypatch, url, "record", "999999", "--kind", "deletion") == 2
    assert "no longer exists" in capsys.readouterr().err
    assert run(monkeypatch, url, "requests", user="instruktur") == 2


def test_export_withdraw_and_anonymise(
    centre: tuple[str, int],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    url, person = centre
    folder = tmp_path / "out"
    folder.mkdir()
    assert run(monkeypatch, url, "export-person", str(person), "--folder", str(folder)) == 0
    written = sorted(folder.iterdir())
    assert [p.suffix for p in written] == [".json", ".pdf"]
    assert json.loads(written[0].read_text(encoding="utf-8"))["participant"]["id"] == person
    capsys.readouterr()
    assert run(monkeypatch, url, "withdraw", str(person), user="petugas") == 0
    assert "Consent withdrawn" in capsys.readouterr().out
    assert run(monkeypatch, url, "anonymise", str(person), "--reason", "Asked") == 2
    assert "--yes" in capsys.readouterr().err
    assert run(monkeypatch, url, "anonymise", str(person), "--reason", "Asked", "--yes") == 0
    assert run(monkeypatch, url, "anonymise", str(person), "--reason", "Again", "--yes") == 2
    assert "already deleted" in capsys.readouterr().err
    db = open_database(url)
    with db.sessions() as session:
        assert session.get_one(Participant, person).full_name == f"Dihapus #{person}"
    db.close()


def test_retention_and_the_review(
    centre: tuple[str, int], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url, _person = centre
    assert run(monkeypatch, url, "retention", user="petugas") == 0
    assert "60 months" in capsys.readouterr().out
    assert run(monkeypatch, url, "retention", "--months", "0") == 2
    assert "1 to 1200" in capsys.readouterr().err
    assert run(monkeypatch, url, "retention", "--months", "-5") == 2
    assert run(monkeypatch, url, "retention", "--months", "24", user="petugas") == 2
    assert run(monkeypatch, url, "retention", "--months", "24") == 0
    assert "24 months" in capsys.readouterr().out
    assert run(monkeypatch, url, "inactive") == 0
    assert "Nobody" in capsys.readouterr().out
    assert run(monkeypatch, url, "inactive", user="petugas") == 2
    assert run(monkeypatch, url, "inactive", "--anonymise") == 2  # no --yes
    db = open_database(url)
    with db.sessions() as session:
        statuses = set(session.scalars(select(Participant.status)))
    db.close()
    assert "anonymised" not in statuses
