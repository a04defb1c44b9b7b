"""`pelita reports government …` on a copy of the demo centre, in-process, through a parser
built here with `add_report_commands` (the lead wires it into desktop/cli.py): the PDF and the
xlsx written with what the service says, one programme, an empty period, the audit entry, and
refusals as one-line errors with exit status 2."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from pypdf import PdfReader
from sqlalchemy import select

from desktop import cli_participants
from desktop.cli_reports import add_report_commands
from desktop.domain.errors import PelitaError, ValidationErrors
from desktop.paths import demo_database_path, sqlite_url
from desktop.services.accounts import authenticate
from desktop.services.government_report import government_report
from desktop.store.database import Database
from desktop.store.models import AuditEntry
from tests.cli.test_cli_training import built as built
from tests.cli.test_cli_training import demo as demo
from tests.cli.test_cli_training import one_line_error

EVERYTHING = ("--from", "01/01/2000", "--to", "31/12/2099")


def pelita(
    capsys: pytest.CaptureFixture[str], *args: str, user: str = "admin"
) -> tuple[int, str, str]:
    """The command as `pelita` runs it: refusals printed as one line, exit status 2."""
    parser = argparse.ArgumentParser(prog="pelita")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--database", default=argparse.SUPPRESS)
    add_report_commands(parser.add_subparsers(), common)
    parsed = parser.parse_args([*args, "--user", user])
    try:
        code = int(parsed.handler(parsed, sqlite_url(demo_database_path())))
    except ValidationErrors as errors:
        for error in errors.errors:
            print(f"pelita: error: {error.english()}", file=sys.stderr)
        code = 2
    except PelitaError as error:
        print(f"pelita: error: {error.english()}", file=sys.stderr)
        code = 2
    out, err = capsys.readouterr()
    return code, out, err


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_every_programme_as_pdf(
    demo: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "dinas.pdf"
    code, out, err = pelita(
        capsys, "reports", "government", *EVERYTHING, "--pdf", str(target), "--language", "en"
    )
    assert (code, err) == (0, "")
    report = government_report(
        demo, authenticate(demo, "admin", "admin-demo"), date(2000, 1, 1), date(2099, 12, 31)
    )
    total = report.total
    assert total.participants > 0 and total.completed > 0  # the demo's finished cohort
    assert out.splitlines() == [
        f"Written: {target} (all programmes, 1 January 2000 to 31 December 2099)",
        f"{total.participants} participants in {total.cohorts} cohorts of "
        f"{len(report.programmes)} programmes; {total.completed} completed, "
        f"{total.certificates} certificates.",
    ]
    text = pdf_text(target)
    assert "TRAINING REPORT FOR THE PERIOD 1 January 2000 – 31 December 2099" in text
    assert "All programmes" in text and "Menjahit Pakaian Dasar" in text
    with demo.sessions() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "report.government")
        ).one()
    assert entry.username == "admin" and entry.after is not None
    assert entry.after["format"] == "pdf" and entry.after["language"] == "en"


def test_one_programme_as_xlsx(
    demo: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "jahit"  # the suffix is added
    code, out, err = pelita(
        capsys, "reports", "government", *EVERYTHING, "--xlsx", str(target),
        "--programme", "jht", "--language", "en",
    )  # fmt: skip
    assert (code, err) == (0, "")
    written = tmp_path / "jahit.xlsx"
    assert out.splitlines()[0] == (
        f"Written: {written} (Menjahit Pakaian Dasar, 1 January 2000 to 31 December 2099)"
    )
    sheet = load_workbook(written).worksheets[0]
    assert sheet["A3"].value == "Programme: Menjahit Pakaian Dasar"
    assert sheet["B8"].value == "Menjahit Pakaian Dasar"
    assert sheet["B9"].value == "Total (each person once)"


def test_a_programme_by_part_of_its_name(
    demo: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "tani.pdf"
    code, out, _ = pelita(
        capsys, "reports", "government", *EVERYTHING, "--pdf", str(target),
        "--programme", "hidroponik",
    )  # fmt: skip
    assert code == 0 and "(Pertanian Modern: Hidroponik dan Irigasi Tetes, " in out


def test_a_period_with_nothing(
    demo: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "kosong.pdf"
    code, out, err = pelita(
        capsys, "reports", "government", "--from", "01/01/1990", "--to", "1990-12-31",
        "--pdf", str(target), "--language", "en",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out.splitlines()[1] == "No cohort ran in this period; the report says so."
    assert "No cohort ran in this period." in pdf_text(target)


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            ("--from", "31/12/2026", "--to", "01/01/2026", "--pdf", "r.pdf"),
            "pelita: error: --to is before --from.",
        ),
        (
            ("--from", "31/02/2026", "--to", "01/03/2026", "--pdf", "r.pdf"),
            "pelita: error: --from 31/02/2026 is not a date: write it as dd/mm/yyyy, "
            "e.g. 23/11/2026.",
        ),
        (
            ("--from", "01/01/2026", "--to", "31/12/2026", "--pdf", "r.xlsx"),
            "pelita: error: FILE for --pdf must end in .pdf: r.xlsx",
        ),
        (
            (*EVERYTHING, "--pdf", "r.pdf", "--programme", "origami"),
            "pelita: error: There is no programme origami (see: pelita programmes list).",
        ),
    ],
    ids=["backwards", "not-a-date", "wrong-suffix", "no-such-programme"],
)
def test_mistakes_are_one_line(
    demo: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: tuple[str, ...],
    said: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = pelita(capsys, "reports", "government", *args)
    assert (code, out) == (2, "")
    assert one_line_error(err) == said
    assert not list(tmp_path.glob("r.*"))


def test_a_programme_named_by_too_little(
    demo: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = pelita(
        capsys, "reports", "government", *EVERYTHING, "--pdf", str(tmp_path / "r.pdf"),
        "--programme", "a",
    )  # fmt: skip
    assert code == 2
    assert " programmes: " in one_line_error(err) and "Give its code." in err


def test_a_clerk_is_refused(
    demo: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(cli_participants.ENV_PASSWORD, "petugas-demo")
    target = tmp_path / "r.pdf"
    code, _, err = pelita(
        capsys, "reports", "government", *EVERYTHING, "--pdf", str(target), user="petugas"
    )
    assert code == 2 and "not allowed" in one_line_error(err)
    assert not target.exists()
