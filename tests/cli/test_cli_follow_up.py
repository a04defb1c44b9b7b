"""`pelita follow-up list|call|outcomes` in-process on a small centre of finished cohorts
(tests.services.test_follow_up_list.World): what is printed, the files written, and a
one-line message with exit code 2 for every mistake."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from pypdf import PdfReader

from desktop import cli, cli_follow_up, cli_participants
from desktop.paths import sqlite_url
from desktop.services.demo import build_demo
from desktop.store.database import Database, open_database
from tests.services.test_follow_up_list import TODAY, World, make_world


@pytest.fixture
def wired(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_follow_up, "_today", lambda _db: TODAY)
    # desktop.cli adds the commands; until COMMANDS names them, a bare command would open
    # the window instead.
    monkeypatch.setattr(cli, "COMMANDS", cli.COMMANDS | {"follow-up"})


@pytest.fixture
def centre(
    wired: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[str, World]]:
    monkeypatch.setenv("PELITA_HOME", str(tmp_path / "home"))
    monkeypatch.setenv(cli_participants.ENV_PASSWORD, "petugas-demo")
    url = sqlite_url(tmp_path / "pusat.sqlite3")
    db: Database = open_database(url)
    build_demo(db)
    world = make_world(db)
    db.close()
    root = logging.getLogger()
    handlers = list(root.handlers)
    yield url, world
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()


def run(url: str, *arguments: str, user: str = "petugas") -> int:
    return cli.main(["--database", url, "follow-up", *arguments, "--user", user])


def test_lists_the_calls_due(centre: tuple[str, World], capsys: pytest.CaptureFixture[str]) -> None:
    url, world = centre
    assert run(url, "list") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:3] == ["No", "Name", "Phone"]
    assert [line.split("  ")[0] for line in lines[1:]] == [
        str(world.enrolments[name])
        for name in ("Fajar Nugroho", "Citra Dewi", "Eka Putri", "Siti Aminah")
    ]
    assert "0812-3456-7890" in lines[1]
    assert run(url, "list", "--months", "6") == 0
    assert "Eka Putri" in capsys.readouterr().out


def test_writes_the_list_as_pdf_and_xlsx(
    centre: tuple[str, World], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, _world = centre
    assert run(url, "list", "--pdf", str(tmp_path / "daftar"), "--language", "en") == 0
    assert capsys.readouterr().out.strip() == f"Written: {tmp_path / 'daftar.pdf'}"
    text = PdfReader(tmp_path / "daftar.pdf").pages[0].extract_text()
    assert "Siti Aminah" in text and "FOLLOW-UP CALL LIST" in text
    assert run(url, "list", "--programme", "KLN", "--xlsx", str(tmp_path / "d.xlsx")) == 0
    sheet = load_workbook(tmp_path / "d.xlsx").active
    assert [row[1] for row in sheet.iter_rows(min_row=6, values_only=True)] == ["Fajar Nugroho"]


def test_records_calls_by_name_and_number(
    centre: tuple[str, World], capsys: pytest.CaptureFixture[str]
) -> None:
    url, world = centre
    assert run(url, "call", "siti aminah", "--months", "3", "--not-reached") == 0
    assert capsys.readouterr().out.strip() == "Recorded: not reached at 3 months (attempt 1)."
    number = str(world.enrolments["Siti Aminah"])
    answers = ["--work", "informal", "--business", "Jahit permak", "--income", "1,5 jt",
               "--uses-skill", "yes", "--needs-help", "no"]  # fmt: skip
    assert run(url, "call", number, "--months", "3", *answers) == 0
    assert capsys.readouterr().out.strip() == "Recorded: reached at 3 months (attempt 2)."
    assert run(url, "list", "--months", "3") == 0
    assert "Siti Aminah" not in capsys.readouterr().out


def test_outcomes_for_an_administrator(
    centre: tuple[str, World], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    url, _world = centre
    answers = ["--work", "formal", "--no-business", "--income", "2 jt",
               "--uses-skill", "yes", "--needs-help", "no"]  # fmt: skip
    assert run(url, "call", "Eka", "--months", "6", *answers) == 0
    monkeypatch.setenv(cli_participants.ENV_PASSWORD, "admin-demo")
    capsys.readouterr()
    assert run(url, "outcomes", user="admin") == 0
    out = capsys.readouterr().out
    assert "Reached at 6 months: 1" in out
    assert "Median change in monthly income: Rp 1.500.000" in out  # 2 jt - 500.000
    assert run(url, "outcomes", "--xlsx", str(tmp_path / "hasil"), user="admin") == 0
    assert (tmp_path / "hasil.xlsx").is_file()


@pytest.mark.parametrize(
    ("arguments", "user", "message"),
    [
        (["call", "Siti", "--months", "3"], "petugas", "Give the answers"),
        (["call", "Siti", "--months", "3", "--not-reached", "--work", "formal"], "petugas",
         "--not-reached takes no answers"),
        (["call", "Budi", "--months", "3", "--not-reached"], "petugas",
         "Nobody called Budi is on the call list"),
        (["call", "Siti", "--months", "3", "--work", "formal", "--no-business", "--income",
          "1,5", "--uses-skill", "yes", "--needs-help", "no"], "petugas",
         "1,5 is too little to be rupiah a month"),
        (["call", "Siti", "--months", "3", "--work", "formal", "--business", "",
          "--uses-skill", "yes", "--needs-help", "no"], "petugas",
         "Say what kind of business it is"),
        (["outcomes"], "petugas", "You are not allowed to do this"),
        (["list", "--programme", "XYZ"], "petugas", "XYZ"),
    ],
)  # fmt: skip
def test_mistakes_are_one_line_with_exit_code_2(
    centre: tuple[str, World],
    capsys: pytest.CaptureFixture[str],
    arguments: list[str],
    user: str,
    message: str,
) -> None:
    url, _world = centre
    assert run(url, *arguments, user=user) == 2
    err = capsys.readouterr().err.strip()
    assert message in err and len(err.splitlines()) == 1
