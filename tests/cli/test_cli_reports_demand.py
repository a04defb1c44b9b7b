"""`pelita reports demand …` on a copy of the demo centre (120 people with their wishes), through
`desktop.cli.main`: the table it prints (the service's figures), filters, the xlsx and CSV
written and audited, refusals as one-line errors with exit status 2, and a clerk refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from sqlalchemy import select

from desktop import cli_participants
from desktop.services.accounts import authenticate
from desktop.services.demand import DemandFilters, demand
from desktop.store.database import Database
from desktop.store.models import AuditEntry
from tests.cli.test_cli_training import built as built
from tests.cli.test_cli_training import demo as demo
from tests.cli.test_cli_training import one_line_error, pelita


def test_the_table(demo: Database, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = pelita(capsys, "reports", "demand")
    assert (code, err) == (0, "")
    report = demand(demo, authenticate(demo, "admin", "admin-demo"), DemandFilters())
    lines = out.splitlines()
    assert lines[0] == "Demand for training (every wish)"
    assert lines[1].split()[:5] == ["Code", "Programme", "Asking", "First", "Waiting"]
    for found in report.programmes:
        row = next(line for line in lines if line.startswith(found.code + " "))
        figures = row.removeprefix(found.code).replace(found.name, "").split()
        assert figures[:3] == [
            str(found.asking.people),
            str(found.first_choice),
            str(found.waiting.people),
        ]
        assert row.endswith("NO COHORT PLANNED" if found.no_cohort_planned else "planned")
    totals = report.totals
    assert (
        f"{totals.people.people} people asked for at least one programme; {totals.waiting} "
        "are still waiting" in out
    )
    first = report.programmes[0]
    assert f"Villages asking most for {first.name}:" in out


def test_filters(demo: Database, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = pelita(
        capsys, "reports", "demand", "--regency", "32.03", "--first-choice", "--from", "01/01/2000"
    )
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == "Demand for training (first choices only, Kabupaten Cianjur)"
    filters = DemandFilters(regency_code="32.03", first_choice_only=True)
    report = demand(demo, authenticate(demo, "admin", "admin-demo"), filters)
    found = report.programmes[0]
    row = next(line for line in out.splitlines() if line.startswith(found.code + " "))
    assert row.replace(found.name, "").split()[1:3] == [
        str(found.asking.people),
        str(found.first_choice),
    ]


def test_nobody_in_the_period(demo: Database, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = pelita(capsys, "reports", "demand", "--from", "01/01/2090")
    assert code == 0
    assert "Nobody registered with these filters" in out


def test_xlsx_and_csv(demo: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = pelita(
        capsys, "reports", "demand", "--xlsx", str(tmp_path / "demand"), "--language", "en"
    )
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == f"Written: {tmp_path / 'demand.xlsx'}"
    book = load_workbook(tmp_path / "demand.xlsx")
    assert book.sheetnames == ["Programmes", "Villages"]
    code, out, err = pelita(capsys, "reports", "demand", "--csv", str(tmp_path / "demand.csv"))
    assert (code, err) == (0, "")
    assert (tmp_path / "demand.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    with demo.sessions() as session:
        formats = session.scalars(
            select(AuditEntry.after).where(AuditEntry.action == "report.demand")
        ).all()
    assert [entry["format"] for entry in formats if entry] == ["xlsx", "csv"]


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            ("--from", "01/02/2026", "--to", "01/01/2026"),
            "pelita: error: --to is before --from.",
        ),
        (
            ("--from", "31/02/2026"),
            "pelita: error: --from 31/02/2026 is not a date: write it as dd/mm/yyyy, "
            "e.g. 23/11/2026.",
        ),
        (
            ("--regency", "99.99"),
            "pelita: error: There is no regency or city with the code 99.99.",
        ),
        (
            ("--regency", "32.01", "--district", "32.03.05"),
            "pelita: error: This district is not in the chosen regency or city.",
        ),
        (
            ("--xlsx", "demand.pdf"),
            None,  # the suffix refused, in target()'s words
        ),
    ],
    ids=["backwards", "not-a-date", "unknown-regency", "district-elsewhere", "wrong-suffix"],
)
def test_refusals(
    demo: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: tuple[str, ...],
    said: str | None,
) -> None:
    code, _out, err = pelita(capsys, "reports", "demand", *args)
    assert code == 2
    line = one_line_error(err)
    if said is not None:
        assert line == said
    with demo.sessions() as session:
        assert (
            session.scalars(select(AuditEntry).where(AuditEntry.action == "report.demand")).all()
            == []
        )
    assert not (tmp_path / "demand.pdf").exists()


def test_clerks_are_refused(
    demo: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(cli_participants.ENV_PASSWORD, "petugas-demo")
    code, out, err = pelita(capsys, "reports", "demand", user="petugas")
    assert code == 2
    assert one_line_error(err) == (
        "pelita: error: You are not allowed to do this. Ask an administrator."
    )
    assert out == ""
