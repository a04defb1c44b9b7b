"""`pelita waitlist-weights` on the demo centre, in-process: the weights shown with what each
gives, some or all of them set (the rest kept, the audit written), and a one-line message with
exit code 2 for every mistake, with nothing saved."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from desktop import cli, cli_participants
from desktop.domain.enrolment import DEFAULT_WEIGHTS, WaitlistWeights
from desktop.services import enrolment
from desktop.services.accounts import authenticate
from desktop.services.demo import build_demo
from desktop.store.database import Database
from desktop.store.models import AuditEntry


@pytest.fixture
def centre(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Iterator[Database]:
    """The demo centre in this test's file, with the admin's password for every command."""
    build_demo(sqlite_db)
    monkeypatch.setenv(cli_participants.ENV_PASSWORD, "admin-demo")
    handlers = list(logging.getLogger().handlers)
    capsys.readouterr()
    yield sqlite_db
    root = logging.getLogger()  # the commands set up the log file: leave the next test none
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()


def pelita(
    capsys: pytest.CaptureFixture[str], db: Database, *args: str, user: str = "admin"
) -> tuple[int, str, str]:
    code = cli.main(["waitlist-weights", "--database", db.url, *args, "--user", user])
    out, err = capsys.readouterr()
    return code, out, err


def weights(db: Database) -> WaitlistWeights:
    return enrolment.waitlist_weights(db, authenticate(db, "admin", "admin-demo"))


def table(out: str) -> dict[str, list[str]]:
    """The printed table by part: [weight, what it gives]."""
    rows = {}
    for line in out.splitlines():
        cells = line.split(maxsplit=2)
        if cells and cells[0] in ("disability", "poverty", "assistance", "preference", "waiting"):
            rows[cells[0]] = cells[1:]
    return rows


def one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("pelita: error: "), err
    return lines[0]


def test_shows_the_weights_with_what_each_gives(
    centre: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = pelita(capsys, centre)
    assert (code, err) == (0, "")
    assert out.splitlines()[0].split() == ["Part", "Weight", "Gives"]
    rows = table(out)
    assert {part: row[0] for part, row in rows.items()} == {
        "disability": "30",
        "poverty": "30",
        "assistance": "20",
        "preference": "20",
        "waiting": "10",
    }
    assert rows["disability"][1] == "30 for a person with a disability"
    assert "3 fewer per decile" in rows["poverty"][1]
    assert "10 if the second, 6.67 if the third" in rows["preference"][1]
    assert out.rstrip().endswith("These are the default weights.")


def test_a_clerk_may_look_at_them(
    centre: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(cli_participants.ENV_PASSWORD, "petugas-demo")
    code, out, _ = pelita(capsys, centre, user="petugas")
    assert code == 0 and table(out)["waiting"][0] == "10"


def test_sets_some_weights_and_keeps_the_others(
    centre: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = pelita(capsys, centre, "--disability", "5", "--preference", "50")
    assert (code, err) == (0, "")
    assert out.startswith("Saved: ")
    assert table(out)["disability"][0] == "5" and table(out)["preference"][0] == "50"
    assert "These are the default weights." not in out
    assert weights(centre) == WaitlistWeights(disability=5, preference=50)

    code, out, _ = pelita(capsys, centre, "--poverty", "0", "--waiting", "100")
    assert code == 0
    assert weights(centre) == WaitlistWeights(disability=5, poverty=0, preference=50, waiting=100)
    with centre.sessions() as session:
        audit = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "settings.update")
        ).all()
    assert [entry.username for entry in audit] == ["admin", "admin"]

    every = ("--disability", "30", "--poverty", "30", "--assistance", "20")
    code, out, _ = pelita(capsys, centre, *every, "--preference", "20", "--waiting", "10")
    assert code == 0 and out.rstrip().endswith("These are the default weights.")
    assert weights(centre) == DEFAULT_WEIGHTS


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--poverty", "1000"), "--poverty takes a whole number from 0 to 100, not 1000."),
        (("--waiting", "-1"), "--waiting takes a whole number from 0 to 100, not -1."),
        (("--disability", "2.5"), "--disability takes a whole number from 0 to 100, not 2.5."),
        (("--assistance", "many"), "--assistance takes a whole number from 0 to 100, not many."),
    ],
)
def test_a_bad_weight_is_one_line_and_nothing_is_saved(
    centre: Database, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    code, out, err = pelita(capsys, centre, "--preference", "50", *args)
    assert (code, out) == (2, "")
    assert one_line_error(err) == f"pelita: error: {message}"
    assert weights(centre) == DEFAULT_WEIGHTS


def test_a_clerk_may_not_set_them(
    centre: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(cli_participants.ENV_PASSWORD, "petugas-demo")
    code, out, err = pelita(capsys, centre, "--disability", "5", user="petugas")
    assert (code, out) == (2, "")
    assert one_line_error(err).startswith("pelita: error: ")
    assert weights(centre) == DEFAULT_WEIGHTS


def test_a_wrong_password_is_one_line(
    centre: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(cli_participants.ENV_PASSWORD, "not-the-password")
    code, out, err = pelita(capsys, centre, "--disability", "5")
    assert (code, out) == (2, "")
    one_line_error(err)
    assert weights(centre) == DEFAULT_WEIGHTS


def test_help_names_every_part(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["waitlist-weights", "--help"]) == 0
    out = capsys.readouterr().out
    for part in ("disability", "poverty", "assistance", "preference", "waiting"):
        assert f"--{part} N" in out
    assert cli.main(["--help"]) == 0
    assert "waitlist-weights" in capsys.readouterr().out
