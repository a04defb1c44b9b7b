"""`pelita programmes|cohorts|enrol|waitlist` on the demo centre, in-process: what is printed,
what lands in the database, and a one-line message with exit code 2 for every mistake."""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select, update

from desktop import cli, cli_participants
from desktop.domain.programme_rules import EligibilityRules
from desktop.paths import demo_database_path, sqlite_url
from desktop.store.database import Database, open_database
from desktop.store.models import AuditEntry, Programme
from desktop.store.participants import Participant
from desktop.store.training import Cohort, CohortInstructor, Enrolment

CREATE = (
    "cohorts",
    "create",
    "--programme",
    "umk",
    "--start",
    "2028-08-01",
    "--end",
    "2028-08-31",
    "--slot",
    "tue,08:00,12:00",
    "--slot",
    "thu,13.00,16.00",
    "--room",
    "Ruang Komputer",
    "--branch",
    "Cibeber",
    "--capacity",
    "3",
    "--funding",
    "sponsor",
    "--sponsor",
    "pt sandang nusantara",
    "--instructor",
    "instruktur",
)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo centre, built once: each test works on a copy."""
    home = tmp_path_factory.mktemp("built")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PELITA_HOME", str(home))
        assert cli.main(["demo", "--participants", "120"]) == 0
        path = demo_database_path()
    _drop_new_log_handlers(list(logging.getLogger().handlers))
    return path


def _drop_new_log_handlers(before: list[logging.Handler]) -> None:
    root = logging.getLogger()
    for handler in root.handlers:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()


@pytest.fixture
def demo(
    built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Iterator[Database]:
    """A copy of the demo centre as this test's, with the admin's password for every command."""
    monkeypatch.setenv("PELITA_HOME", str(tmp_path / "home"))
    monkeypatch.setenv(cli_participants.ENV_PASSWORD, "admin-demo")
    demo_database_path().parent.mkdir(parents=True)
    shutil.copy(built, demo_database_path())
    handlers = list(logging.getLogger().handlers)
    db = open_database(sqlite_url(demo_database_path()))
    capsys.readouterr()
    yield db
    db.close()
    _drop_new_log_handlers(handlers)


def pelita(
    capsys: pytest.CaptureFixture[str], *args: str, user: str = "admin"
) -> tuple[int, str, str]:
    code = cli.main(["--demo", *args, "--user", user])
    out, err = capsys.readouterr()
    return code, out, err


def free_people(db: Database, count: int) -> list[int]:
    """Participants with no enrolment anywhere."""
    with db.sessions() as session:
        enrolled = select(Enrolment.participant_id)
        return list(
            session.scalars(
                select(Participant.id)
                .where(Participant.id.not_in(enrolled))
                .order_by(Participant.id)
                .limit(count)
            )
        )


def cohort_row(db: Database, code: str) -> Cohort:
    with db.sessions() as session:
        row = session.scalar(select(Cohort).where(Cohort.code == code))
        assert row is not None
        return row


def one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("pelita: error: "), err
    return lines[0]


# -- programmes and cohorts ----------------------------------------------------------------------


def test_programmes_list(demo: Database, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = pelita(capsys, "programmes", "list")
    assert code == 0
    assert out.splitlines()[0].split()[:2] == ["Code", "Name"]
    assert any(
        line.split()[:4] == ["JHT", "Menjahit", "Pakaian", "Dasar"] for line in out.splitlines()
    )


def test_create_show_list_and_move_a_cohort_on(
    demo: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = pelita(capsys, *CREATE)
    assert (code, err) == (0, "")
    # Tuesdays and Thursdays of August 2028 but Thursday the 17th, Independence Day, which a
    # warning names (the service formats its date as the desk prints dates).
    assert out.startswith("Created UMK-2028-01: 9 sessions, capacity 3.\n")
    assert "warning: No session on 17 August 2028, a public holiday" in out
    cohort = cohort_row(demo, "UMK-2028-01")
    assert (cohort.room, cohort.branch, cohort.capacity, cohort.funding, cohort.status) == (
        "Ruang Komputer",
        "Cibeber",
        3,
        "sponsor",
        "planned",
    )
    assert cohort.schedule == [[1, "08:00", "12:00"], [3, "13:00", "16:00"]]
    with demo.sessions() as session:
        assert session.scalar(
            select(CohortInstructor.user_id).where(CohortInstructor.cohort_id == cohort.id)
        )
        audit = session.scalar(
            select(AuditEntry).where(
                AuditEntry.action == "cohort.create", AuditEntry.entity_id == str(cohort.id)
            )
        )
        assert audit is not None and audit.username == "admin"

    code, out, _ = pelita(capsys, "cohorts", "show", "umk-2028-01")
    assert code == 0
    for text in (
        "Cohort       UMK-2028-01",
        "Manajemen Keuangan UMKM",
        "Tue 08:00-12:00, Thu 13:00-16:00",
        "Ruang Komputer, Cibeber",
        "0 of 3 taken, 0 waiting",
        "PT Sandang Nusantara",
        "Bambang Suryono",
        "Sessions (9):",
        "2028-08-01  Tue  08:00-12:00  Ruang Komputer  regular",
    ):
        assert text in out, text
    assert "2028-08-17" not in out

    code, out, _ = pelita(capsys, "cohorts", "list", "--programme", "UMK", "--status", "planned")
    assert code == 0
    rows = [line.split() for line in out.splitlines()[1:]]
    assert rows == [["UMK-2028-01", "UMK", "2028-08-01", "2028-08-31", "planned", "0/3", "0"]]

    assert pelita(capsys, "cohorts", "status", "UMK-2028-01", "open")[:2] == (
        0,
        "UMK-2028-01: planned -> open.\n",
    )
    assert cohort_row(demo, "UMK-2028-01").status == "open"
    code, _, err = pelita(capsys, "cohorts", "status", "UMK-2028-01", "finished")
    assert code == 2
    assert one_line_error(err) == "pelita: error: Only a running cohort can finish."
    assert cohort_row(demo, "UMK-2028-01").status == "open"


def test_a_clerk_may_not_create_cohorts(
    demo: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(cli_participants.ENV_PASSWORD, "petugas-demo")
    code, _, err = pelita(capsys, *CREATE, user="petugas")
    assert code == 2
    assert "not allowed" in one_line_error(err)
    with demo.sessions() as session:
        assert session.scalar(select(Cohort).where(Cohort.code == "UMK-2028-01")) is None


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("--start", "2028-02-30"), "--start 2028-02-30 is not a date: write it as YYYY-MM-DD"),
        (("--end", "31/08/2028"), "--end 31/08/2028 is not a date"),
        (("--slot", "monday 8-12"), "--slot monday 8-12: write it as DAY,HH:MM,HH:MM"),
        (("--slot", "xyz,08:00,12:00"), "--slot xyz,08:00,12:00: write it as DAY,HH:MM,HH:MM"),
        (("--slot", "mon,08:00,25:00"), "--slot mon,08:00,25:00: write it as"),
        (("--programme", "NOPE"), "There is no programme with the code NOPE"),
        (("--end", "2028-07-01"), "The end date is before the start date."),
        (("--capacity", "0"), "The capacity must be at least 1."),
        (("--capacity", "many"), "--capacity many is not a whole number."),
        (("--instructor", "nobody"), "There is no user named nobody."),
        (("--sponsor", "PT Tidak Ada"), "There is no sponsor named PT Tidak Ada"),
    ],
)
def test_bad_input_to_create_is_one_line_and_saves_nothing(
    demo: Database,
    capsys: pytest.CaptureFixture[str],
    change: tuple[str, str],
    message: str,
) -> None:
    arguments = list(CREATE)
    option, value = change
    at = arguments.index(option)
    arguments[at + 1] = value
    if option in ("--slot", "--instructor", "--sponsor"):  # the only one given
        arguments = [a for i, a in enumerate(arguments) if i not in _other(arguments, option, at)]
    code, out, err = pelita(capsys, *arguments)
    assert code == 2 and out == ""
    assert message in one_line_error(err)
    with demo.sessions() as session:
        assert session.scalar(select(Cohort).where(Cohort.code.like("UMK-%"))) is None


def _other(arguments: list[str], option: str, keep: int) -> set[int]:
    """Indexes of the other occurrences of a repeatable option and their values."""
    found = [i for i, a in enumerate(arguments) if a == option and i != keep]
    return {i for index in found for i in (index, index + 1)}


def test_missing_schedule_or_funding(demo: Database, capsys: pytest.CaptureFixture[str]) -> None:
    base = [
        "cohorts",
        "create",
        "--programme",
        "UMK",
        "--start",
        "2028-08-01",
        "--end",
        "2028-08-31",
    ]
    code, _, err = pelita(capsys, *base, "--funding", "apbn")
    assert code == 2 and "Give the weekly schedule: --slot" in one_line_error(err)
    code, _, err = pelita(capsys, *base, "--slot", "mon,08:00,12:00")
    assert code == 2 and "Give the funding source: --funding" in one_line_error(err)


def test_unknown_cohort_code(demo: Database, capsys: pytest.CaptureFixture[str]) -> None:
    for arguments in (
        ("cohorts", "show", "XYZ-2028-09"),
        ("cohorts", "status", "XYZ-2028-09", "open"),
        ("cohorts", "roster", "XYZ-2028-09", "--pdf", "x.pdf"),
        ("waitlist", "XYZ-2028-09"),
        ("enrol", "--cohort", "XYZ-2028-09", "1"),
    ):
        code, out, err = pelita(capsys, *arguments)
        assert code == 2 and out == "", arguments
        assert "There is no cohort with the code XYZ-2028-09" in one_line_error(err)


# -- enrolment, the waitlist and the roster ------------------------------------------------------


@pytest.fixture
def umk(demo: Database, capsys: pytest.CaptureFixture[str]) -> str:
    """UMK-2028-01, open, with 3 seats and nobody in it yet."""
    assert pelita(capsys, *CREATE)[0] == 0
    assert pelita(capsys, "cohorts", "status", "UMK-2028-01", "open")[0] == 0
    return "UMK-2028-01"


def test_enrol_one_then_many_then_the_waitlist(
    demo: Database, umk: str, capsys: pytest.CaptureFixture[str]
) -> None:
    first, *others = free_people(demo, 5)
    code, out, _ = pelita(capsys, "enrol", "--cohort", umk, str(first))
    assert code == 0
    assert f"(ID {first}) is enrolled in {umk} with a seat (accepted)." in out

    code, out, err = pelita(capsys, "enrol", "--cohort", umk, *map(str, [*others, first]))
    assert code == 2
    lines = {line.split()[0]: line for line in out.splitlines()[1:-1]}
    assert all(" enrolled" in lines[str(i)] for i in others[:2])
    positions = {
        int(lines[str(i)].split("position ")[1]): i
        for i in others[2:]
        if " waitlisted " in lines[str(i)]
    }
    assert sorted(positions) == [1, 2]  # by the documented score, shown again by `waitlist`
    assert (
        " refused " in lines[str(first)]
        and "already enrolled in this programme" in lines[str(first)]
    )
    assert out.splitlines()[-1] == f"{umk}: 2 enrolled, 2 waitlisted, 1 refused."
    assert one_line_error(err) == (
        "pelita: error: 1 of 5 could not be enrolled; the reasons are above."
    )
    cohort = cohort_row(demo, umk)
    assert cohort.seats_taken == 3
    with demo.sessions() as session:
        statuses = dict(
            session.execute(
                select(Enrolment.participant_id, Enrolment.status).where(
                    Enrolment.cohort_id == cohort.id
                )
            ).all()
        )
    assert statuses == {
        first: "accepted",
        others[0]: "accepted",
        others[1]: "accepted",
        others[2]: "waitlisted",
        others[3]: "waitlisted",
    }

    code, out, _ = pelita(capsys, "waitlist", umk)
    assert code == 0
    rows = out.splitlines()
    assert rows[0].split() == ["Position", "ID", "Name", "Score", "Reasons"]
    assert rows[1].split()[:2] == ["1", str(positions[1])]
    assert rows[2].split()[:2] == ["2", str(positions[2])]
    assert "Waiting for less than a day (+0)" in rows[1]

    code, out, _ = pelita(capsys, "cohorts", "list", "--programme", "UMK")
    assert out.splitlines()[1].split()[-2:] == ["3/3", "2"]


def test_a_refusal_names_the_rules_and_an_admin_overrides_it(
    demo: Database, umk: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with demo.sessions.begin() as session:
        session.execute(
            update(Programme)
            .where(Programme.code == "UMK")
            .values(eligibility=EligibilityRules(min_age=90).to_json())
        )
    person = free_people(demo, 1)[0]
    code, out, err = pelita(capsys, "enrol", "--cohort", umk, str(person))
    assert code == 2 and out == ""
    line = one_line_error(err)
    assert (
        "does not meet the programme's rules: Aged" in line and "the programme is from 90" in line
    )
    assert line.endswith("An administrator can enrol them with --override REASON.")

    monkeypatch.setenv(cli_participants.ENV_PASSWORD, "petugas-demo")
    code, _, err = pelita(
        capsys, "enrol", "--cohort", umk, str(person), "--override", "x", user="petugas"
    )
    assert code == 2 and "Only an administrator" in one_line_error(err)

    monkeypatch.setenv(cli_participants.ENV_PASSWORD, "admin-demo")
    code, out, _ = pelita(
        capsys, "enrol", "--cohort", umk, str(person), "--override", "Ketua RT menjamin"
    )
    assert code == 0
    assert "with a seat (accepted)" in out and "overridden: Aged" in out
    with demo.sessions() as session:
        override = session.scalar(
            select(AuditEntry).where(AuditEntry.action == "enrolment.override")
        )
        assert override is not None and override.after["override_reason"] == "Ketua RT menjamin"

    code, _, err = pelita(capsys, "enrol", "--cohort", umk, "1", "2", "--override", "x")
    assert code == 2 and "give one PARTICIPANT_ID with it" in one_line_error(err)


def test_roster_pdf(
    demo: Database, umk: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    people = free_people(demo, 5)
    assert pelita(capsys, "enrol", "--cohort", umk, *map(str, people))[0] == 0
    with demo.sessions() as session:
        rows = session.execute(
            select(Participant.full_name, Participant.nik, Participant.phone).where(
                Participant.id.in_(people)
            )
        ).all()
    target = tmp_path / "roster.pdf"
    code, out, _ = pelita(
        capsys, "cohorts", "roster", umk, "--pdf", str(target), "--language", "en"
    )
    assert (code, out) == (0, f"Written: {target}\n")
    pages = [page.extract_text() for page in PdfReader(target).pages]
    assert pages[0].startswith("LKP Pelita Mandiri (Demo)")
    text = " ".join("\n".join(pages).split())
    assert "PARTICIPANT LIST" in text and "UMK-2028-01" in text and "Waiting list (2)" in text
    flat = "".join(text.split())
    for name, nik, phone in rows:
        assert " ".join(name.split()) in text
        assert (nik and nik not in flat) and phone[-8:] not in flat


def test_help_of_the_new_commands_loads_neither_sqlalchemy_nor_qt() -> None:
    code = (
        "import sys\n"
        "from desktop.cli import main\n"
        "for command in (['cohorts', 'create'], ['enrol'], ['waitlist'], ['programmes', 'list']):\n"
        "    assert main([*command, '--help']) == 0\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy')]\n"
        "assert not heavy, heavy\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "--slot DAY,HH:MM,HH:MM" in result.stdout and "PARTICIPANT_ID" in result.stdout


def test_the_window_is_not_opened_for_the_new_commands() -> None:
    for command in ("programmes", "cohorts", "enrol", "waitlist"):
        assert not cli._opens_window(["--demo", command])
