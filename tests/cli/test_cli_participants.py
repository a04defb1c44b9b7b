"""`pelita participants …`: search, show and the paper forms, on the demo centre."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop import cli, cli_participants
from desktop.domain.choices import ConsentMethod, ConsentPurpose
from desktop.domain.participant import ConsentInput, ParticipantInput
from desktop.paths import demo_database_path, sqlite_url
from desktop.services import participants
from desktop.services.accounts import authenticate
from desktop.store.database import open_database


@pytest.fixture
def demo(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Iterator[int]:
    """The demo centre with one registered person; yields that person's id."""
    monkeypatch.setenv("PELITA_HOME", str(tmp_path / "home"))
    root = logging.getLogger()
    handlers = list(root.handlers)
    assert cli.main(["demo"]) == 0
    db = open_database(sqlite_url(demo_database_path()))
    try:
        clerk = authenticate(db, "petugas", "petugas-demo")
        saved = participants.register(
            db,
            clerk,
            ParticipantInput(
                full_name="Siti Aminah", nik="3203225205900001", phone="0812 3456 7890"
            ),
            ConsentInput(
                purposes=frozenset({ConsentPurpose.TRAINING}),
                method=ConsentMethod.SIGNED_PAPER,
                given_on=date.today(),
            ),
        )
    finally:
        db.close()
    capsys.readouterr()
    yield saved.participant_id
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()


def test_search_masks_numbers_for_instructors(
    demo: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(cli_participants.ENV_PASSWORD, "petugas-demo")
    assert cli.main(["--demo", "participants", "search", "aminah", "--user", "petugas"]) == 0
    out = capsys.readouterr().out
    assert "Siti Aminah" in out and "3203225205900001" in out and "0812-3456-7890" in out

    monkeypatch.setenv(cli_participants.ENV_PASSWORD, "instruktur-demo")
    assert cli.main(["--demo", "participants", "search", "aminah", "--user", "instruktur"]) == 0
    out = capsys.readouterr().out
    assert "Siti Aminah" in out and "3203225205900001" not in out and "0812-3456" not in out


def test_show_and_print_forms(
    demo: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(cli_participants.ENV_PASSWORD, "admin-demo")
    assert cli.main(["--demo", "participants", "show", str(demo), "--user", "admin"]) == 0
    assert "Siti Aminah" in capsys.readouterr().out

    blank = tmp_path / "blank.pdf"
    assert cli.main(["--demo", "participants", "form", "--output", str(blank)]) == 0
    assert len(PdfReader(blank).pages) >= 2

    filled = tmp_path / "filled.pdf"
    args = ["participants", "form", str(demo), "--user", "admin", "--output", str(filled)]
    assert cli.main(["--demo", *args]) == 0
    text = "".join(page.extract_text() for page in PdfReader(filled).pages)
    assert "Siti Aminah" in text or "SITI AMINAH" in text


def test_a_filled_form_needs_a_user_and_an_existing_record(
    demo: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    assert cli.main(["--demo", "participants", "form", str(demo), "--output", str(out)]) == 2
    assert "--user" in capsys.readouterr().err
    monkeypatch.setenv(cli_participants.ENV_PASSWORD, "admin-demo")
    code = cli.main(
        ["--demo", "participants", "form", "999", "--user", "admin", "--output", str(out)]
    )
    assert code == 2
    assert "no longer exists" in capsys.readouterr().err
    assert not out.exists()
