"""`pelita export participants FILE`: on the demo centre, through the real command line."""

from __future__ import annotations

import csv
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]

from desktop import cli, cli_participants
from desktop.domain.choices import Sex
from desktop.paths import demo_database_path, sqlite_url
from desktop.services import registry
from desktop.services.accounts import authenticate
from desktop.services.registry import RegistryQuery
from desktop.store.database import open_database


@pytest.fixture
def demo(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Iterator[None]:
    monkeypatch.setenv("PELITA_HOME", str(tmp_path / "home"))
    root = logging.getLogger()
    handlers = list(root.handlers)
    assert cli.main(["demo", "--participants", "60"]) == 0
    capsys.readouterr()
    yield
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()


def _listed(query: RegistryQuery) -> list[str]:
    db = open_database(sqlite_url(demo_database_path()))
    try:
        clerk = authenticate(db, "petugas", "petugas-demo")
        return [row.full_name for row in registry.page(db, clerk, query, None, 1000).rows]
    finally:
        db.close()


def test_exports_the_filtered_list_to_xlsx(
    demo: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(cli_participants.ENV_PASSWORD, "petugas-demo")
    target = tmp_path / "women.xlsx"
    arguments = ["--demo", "export", "participants", str(target), "--sex", "p", "--user", "petugas"]
    assert cli.main(arguments) == 0
    expected = _listed(RegistryQuery(sex=Sex.FEMALE))
    assert capsys.readouterr().out.strip() == f"Exported {len(expected)} participants to {target}"
    sheet = load_workbook(target, read_only=True).active
    assert [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)] == expected


def test_exports_a_search_to_csv(
    demo: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(cli_participants.ENV_PASSWORD, "petugas-demo")
    word = _listed(RegistryQuery())[0].split()[0]
    target = tmp_path / "found.csv"
    arguments = ["--demo", "export", "participants", str(target), "--search", word]
    assert cli.main([*arguments, "--user", "petugas", "--language", "en"]) == 0
    with open(target, encoding="utf-8-sig", newline="") as handle:
        header, *lines = list(csv.reader(handle, delimiter=";"))
    assert header[1] == "Name"
    assert [line[1] for line in lines] == _listed(RegistryQuery(text=word))
    assert capsys.readouterr().out.startswith(f"Exported {len(lines)} participants")


def test_refuses_other_files_and_unknown_programmes(
    demo: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(cli_participants.ENV_PASSWORD, "petugas-demo")
    base = ["--demo", "export", "participants"]
    assert cli.main([*base, str(tmp_path / "list.pdf"), "--user", "petugas"]) == cli.EXIT_ERROR
    assert ".xlsx or .csv" in capsys.readouterr().err
    target = tmp_path / "list.xlsx"
    arguments = [*base, str(target), "--programme", "NOPE", "--user", "petugas"]
    assert cli.main(arguments) == cli.EXIT_ERROR
    assert "no programme with the code NOPE" in capsys.readouterr().err
    assert not target.exists()
