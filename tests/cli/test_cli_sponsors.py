"""`pelita sponsors list|report` on the demo centre, in-process: what is printed, the files
written, and a one-line message with exit code 2 for every mistake.

The commands are desktop.cli_sponsors; until desktop.cli wires them in, `wired` adds them to
the parser the way desktop.cli.build_parser adds the others."""

from __future__ import annotations

import argparse
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from pypdf import PdfReader

from desktop import cli, cli_participants
from desktop.cli_sponsors import add_sponsor_commands

WHOLE_TIME = ["--from", "01/01/2000", "--to", "31/12/2099"]


@pytest.fixture
def wired(monkeypatch: pytest.MonkeyPatch) -> None:
    if "sponsors" in cli.COMMANDS:
        return  # desktop.cli has them
    original = cli.build_parser

    def build_parser() -> argparse.ArgumentParser:
        parser = original()
        commands = next(
            action for action in parser._actions if isinstance(action, argparse._SubParsersAction)
        )
        common = argparse.ArgumentParser(add_help=False)
        common.add_argument("--database", metavar="URL", default=argparse.SUPPRESS)
        common.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS)
        add_sponsor_commands(commands, common)
        return parser

    monkeypatch.setattr(cli, "build_parser", build_parser)
    monkeypatch.setattr(cli, "COMMANDS", cli.COMMANDS | {"sponsors"})


@pytest.fixture
def demo(
    wired: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
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
    return cli.main(["--demo", "sponsors", *arguments])


def test_lists_the_sponsors(demo: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("list", "--user", "admin") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["No", "Name", "Kind", "Active"]
    assert len(lines) == 4
    assert any("PT Sandang Nusantara" in line and "company" in line for line in lines)


def test_writes_the_report_as_pdf(
    demo: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "dampak.pdf"
    assert (
        run(
            "report",
            "sandang",
            *WHOLE_TIME,
            "--pdf",
            str(target),
            "--language",
            "en",
            "--user",
            "admin",
        )
        == 0
    )
    out = capsys.readouterr().out
    assert out.strip() == (
        f"Written: {target} (PT Sandang Nusantara, 1 January 2000 to 31 December 2099)"
    )
    pages = [page.extract_text() for page in PdfReader(target).pages]
    text = " ".join(" ".join(pages).split())
    assert "SPONSOR IMPACT REPORT" in text and "PT Sandang Nusantara" in text
    assert "From 1 January 2000 to 31 December 2099" in text
    assert f"Page {len(pages)} of {len(pages)}" in text


def test_writes_the_report_as_xlsx_by_number(
    demo: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("list", "--user", "admin") == 0
    line = next(row for row in capsys.readouterr().out.splitlines() if "Yayasan" in row)
    number = line.split()[0]
    assert (
        run(
            "report",
            number,
            *WHOLE_TIME,
            "--xlsx",
            str(tmp_path / "dampak"),
            "--user",
            "admin",
            "--language",
            "en",
        )
        == 0
    )
    target = tmp_path / "dampak.xlsx"  # the suffix added
    assert capsys.readouterr().out.startswith(f"Written: {target} (Yayasan Perempuan")
    book = load_workbook(target)
    assert book.sheetnames[0] == "Summary"
    assert "Yayasan Perempuan Mandiri Cianjur" in book["Summary"]["A2"].value


def test_a_quiet_period_is_a_report_that_says_so(
    demo: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "quiet.pdf"
    assert (
        run(
            "report",
            "PT SANDANG  nusantara",
            "--from",
            "1/1/1990",
            "--to",
            "31/12/1990",
            "--pdf",
            str(target),
            "--user",
            "admin",
        )
        == 0
    )
    assert "Nothing was recorded for this sponsor in this period" in capsys.readouterr().out
    assert target.exists()


@pytest.mark.parametrize(
    ("arguments", "said"),
    [
        (["sandang", "--from", "31/12/2026", "--to", "1/1/2026"], "--to is before --from."),
        (["sandang", "--from", "2026/13/45", "--to", "1/1/2027"], "--from 2026/13/45 is not"),
        (["sandang", *WHOLE_TIME, "--pdf-only"], "unrecognized arguments"),
        (["Cianjur", *WHOLE_TIME], "Cianjur names 2 sponsors"),
        (["PT Tidak Ada", *WHOLE_TIME], "There is no sponsor PT Tidak Ada"),
        (["99", *WHOLE_TIME], "There is no sponsor 99"),
    ],
)
def test_mistakes_are_one_line(
    demo: None,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    arguments: list[str],
    said: str,
) -> None:
    target = tmp_path / "r.pdf"
    assert run("report", *arguments, "--pdf", str(target), "--user", "admin") == cli.EXIT_ERROR
    assert said in capsys.readouterr().err
    assert not target.exists()


def test_the_file_must_be_of_its_kind(
    demo: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "r.docx"
    code = run("report", "sandang", *WHOLE_TIME, "--xlsx", str(target), "--user", "admin")
    assert code == cli.EXIT_ERROR
    assert f"FILE for --xlsx must end in .xlsx: {target}" in capsys.readouterr().err


def test_a_clerk_is_refused(
    demo: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(cli_participants.ENV_PASSWORD, "petugas-demo")
    target = tmp_path / "r.pdf"
    code = run("report", "sandang", *WHOLE_TIME, "--pdf", str(target), "--user", "petugas")
    assert code == cli.EXIT_ERROR
    assert "You are not allowed to do this" in capsys.readouterr().err
    assert not target.exists()
