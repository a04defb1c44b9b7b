"""`pelita surveys questions|form|enter|results` on the demo centre (whose finished cohort has
ten forms from desktop.services.demo_surveys), in-process: what is printed, the files written,
and exit code 2 with a one-line message for every mistake."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from pypdf import PdfReader

from desktop import cli, cli_participants

FINISHED = "JHT-"  # the demo's finished cohort is the sewing one


@pytest.fixture
def demo(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Iterator[None]:
    monkeypatch.setenv("PELITA_HOME", str(tmp_path / "home"))
    monkeypatch.setenv(cli_participants.ENV_PASSWORD, "admin-demo")
    root = logging.getLogger()
    handlers = list(root.handlers)
    assert cli.main(["demo", "--participants", "60"]) == 0
    capsys.readouterr()
    yield
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()


def run(*arguments: str) -> int:
    return cli.main(["--demo", "surveys", *arguments, "--user", "admin"])


def finished_code(capsys: pytest.CaptureFixture[str]) -> str:
    assert run("results", "--programme", "JHT") == 0
    capsys.readouterr()
    from desktop.paths import demo_database_path, sqlite_url
    from desktop.services.accounts import authenticate
    from desktop.services.survey_results import survey_choices
    from desktop.store.database import open_database

    db = open_database(sqlite_url(demo_database_path()), create=False)
    try:
        choices = survey_choices(db, authenticate(db, "admin", "admin-demo"))
    finally:
        db.close()
    return next(c.key for c in choices.cohorts if c.key.startswith(FINISHED))


def test_the_demo_has_questions_and_forms(demo: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("questions", "JHT") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["No", "Kind", "Question", "Answers"]
    assert len(lines) == 8 and lines[7].split()[1] == "text"
    code = finished_code(capsys)
    assert run("results", "--cohort", code) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{code}: 10 forms from 1 cohorts")
    assert "Comments:" in out


def test_standard_set_only_for_a_programme_without_questions(
    demo: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("questions", "KLN", "--standard") == 2
    assert "already has 7 survey questions" in capsys.readouterr().err


def test_enter_a_paper_form_and_refusals(demo: None, capsys: pytest.CaptureFixture[str]) -> None:
    code = finished_code(capsys)
    assert run("enter", code, "--answer", "1=5", "--answer", "7=Lebih banyak praktik") == 0
    assert capsys.readouterr().out.strip() == f"Form 11 saved for {code}."
    for answer, words in (
        ("1=6", "give a score from 1 to 5, not “6”"),
        ("2=baik", "not “baik”"),
        ("9=4", "There is no question 9 on this form: it has 7."),
        ("satu", "write the question's number"),
    ):
        assert run("enter", code, "--answer", answer) == 2
        assert words in capsys.readouterr().err
    assert run("enter", code) == 2
    assert "Nothing was filled in" in capsys.readouterr().err


def test_form_pdf_and_results_files(
    demo: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = finished_code(capsys)
    assert run("form", code, "--pdf", str(tmp_path / "formulir"), "--language", "en") == 0
    reader = PdfReader(tmp_path / "formulir.pdf")
    assert "TRAINING FEEDBACK FORM" in (reader.pages[0].extract_text() or "")
    assert run("results", "--instructor", "instruktur", "--xlsx", str(tmp_path / "r.xlsx")) == 0
    assert "Written:" in capsys.readouterr().out
    assert len(load_workbook(tmp_path / "r.xlsx").worksheets) == 2
    assert run("results", "--programme", "JHT", "--csv", str(tmp_path / "r.csv")) == 0
    assert (tmp_path / "r.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert run("results", "--instructor", "nobody") == 2
    assert run("results", "--cohort", code, "--from", "31/12/2099", "--to", "01/01/2000") == 2
