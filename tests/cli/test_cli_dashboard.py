"""`pelita dashboard` through `desktop.cli.main`, on the known year of
tests/services/dashboard_world.py: the figures as text and as JSON, each filter, and refusals
as one-line errors with exit status 2."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import cli, cli_participants
from desktop.paths import sqlite_url
from desktop.services.demo import build_demo
from desktop.store.database import open_database
from tests.services.dashboard_world import World, build_world

YEAR = ("--from", "01/01/2030", "--to", "31/12/2030", "--today", "15/09/2030")


@pytest.fixture
def centre(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, World]]:
    url = sqlite_url(tmp_path / "pelita.sqlite3")
    db = open_database(url)
    build_demo(db)
    world = build_world(db)
    db.close()
    monkeypatch.setenv(cli_participants.ENV_PASSWORD, "admin-demo")
    handlers = list(logging.getLogger().handlers)
    yield url, world
    for handler in logging.getLogger().handlers:
        if handler not in handlers:
            logging.getLogger().removeHandler(handler)


def pelita(
    capsys: pytest.CaptureFixture[str], url: str, *args: str, user: str = "admin"
) -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli.main(["dashboard", *args, "--database", url, "--user", user])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_year_as_text(centre: tuple[str, World], capsys: pytest.CaptureFixture[str]) -> None:
    url, _world = centre
    code, out, err = pelita(capsys, url, *YEAR)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "Dashboard, 1 January 2030 to 31 December 2030"
    assert lines[1] == "Registrations (people registered): 8"
    assert lines[2].split() == ["Jan", "2030", "3"]
    assert "Active cohorts: 3; fill rate 15.0% (6 of 40 seats)" in lines
    assert "  Aug 2030  50.0% (3 of 6 marks)" in lines
    assert "  Mar 2030  —" in lines
    assert "Completion rate: 66.7% (4 of 6 finished places in 2 ended cohorts)" in lines
    assert "Certificates issued: 3" in lines
    assert "Participants: 7 (male 2, female 5)" in lines
    assert "  Social assistance or DTSEN: 3" in lines
    assert (
        "  Regencies: Kabupaten Cianjur 3, Kabupaten Bandung 2, Kota Bandung 1, "
        "other or not recorded 1" in lines
    )
    assert (
        "Outcomes 6 months after: 4 reached; working 2, in business 2, working or in business "
        "3; median income change Rp1.000.000 a month (3 people)" in lines
    )
    assert "Low stock: 0 items" in lines and "Overdue loans: 0" in lines
    assert lines[-1] == "At risk now: 1 participants"
    assert "Rahasia" not in out  # figures only


def test_filters_as_json(centre: tuple[str, World], capsys: pytest.CaptureFixture[str]) -> None:
    url, world = centre
    code, out, err = pelita(capsys, url, *YEAR, "--programme", "jht", "--json")
    assert (code, err) == (0, "")
    found = json.loads(out)
    assert found["filters"]["programme_id"] == world.programmes["JHT"]
    assert found["registrations_are_enrolments"] is True
    assert [m["count"] for m in found["registrations"]] == [4, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0]
    assert found["registrations"][0]["month"] == "2030-01-01"
    assert found["cohorts"] == {"cohorts": 2, "seats_taken": 4, "capacity": 20, "fill_rate": 0.2}
    assert found["completion"]["rate"] == pytest.approx(2 / 3)
    assert found["people"]["by_age"]["under_18"] == 1
    assert found["outcomes"]["median_income_change"] == 1_250_000
    assert found["at_risk"] == 1
    code, out, _ = pelita(capsys, url, *YEAR, "--branch", "bandung", "--json")
    assert code == 0 and json.loads(out)["filters"]["branch"] == "Bandung"
    assert json.loads(out)["certificates"] == 1
    code, out, _ = pelita(capsys, url, *YEAR, "--sponsor", "Sponsor S1", "--json")
    assert code == 0 and json.loads(out)["cohorts"]["cohorts"] == 1


def test_the_period_defaults_to_this_year(
    centre: tuple[str, World], capsys: pytest.CaptureFixture[str]
) -> None:
    url, _world = centre
    code, out, _ = pelita(capsys, url, "--today", "15/09/2030", "--json")
    found = json.loads(out)
    assert code == 0
    assert (found["filters"]["start"], found["filters"]["end"]) == ("2030-01-01", "2030-09-15")
    assert len(found["registrations"]) == 9


BAD = [
    pytest.param(
        ("--from", "31/12/2030", "--to", "01/01/2030"), "--to is before --from.", id="order"
    ),
    pytest.param(
        (
            "--from",
            "32/01/2030",
        ),
        "--from 32/01/2030 is not a date",
        id="not-a-date",
    ),
    pytest.param(
        (
            "--programme",
            "Menari",
        ),
        "There is no programme Menari",
        id="programme",
    ),
    pytest.param(
        (
            "--branch",
            "Bogor",
        ),
        "There is no branch Bogor; the cohorts name: Bandung, Cianjur.",
        id="branch",
    ),
    pytest.param(
        (
            "--sponsor",
            "Nobody",
        ),
        "There is no sponsor Nobody",
        id="sponsor",
    ),
    pytest.param(
        ("--from", "01/01/2001", "--to", "31/12/2030"),
        "Choose a period of at most ten years.",
        id="too-long",
    ),
]


@pytest.mark.parametrize(("args", "says"), BAD)
def test_refusals(
    centre: tuple[str, World], capsys: pytest.CaptureFixture[str], args: tuple[str, ...], says: str
) -> None:
    url, _world = centre
    code, out, err = pelita(capsys, url, *args)
    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("pelita: error: "), err
    assert says in lines[0]


def test_a_clerk_may_not(
    centre: tuple[str, World], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, _world = centre
    monkeypatch.setenv(cli_participants.ENV_PASSWORD, "petugas-demo")
    code, out, err = pelita(capsys, url, *YEAR, user="petugas")
    assert code == 2 and out == ""
    assert "You are not allowed to do this." in err
