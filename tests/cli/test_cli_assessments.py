"""`pelita assessments show|set` on the demo centre, in-process: the sheet as a table with the
averages, one person's scores and units recorded (and audited) by name, number or reference,
and a one-line message with exit code 2 for every mistake, nothing recorded."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desktop import cli, cli_participants
from desktop.services.accounts import authenticate
from desktop.services.assessments import assessment_sheet
from desktop.store.database import Database
from desktop.store.models import AuditEntry
from desktop.store.training import Cohort
from tests.cli.test_cli_training import built as built
from tests.cli.test_cli_training import demo as demo
from tests.cli.test_cli_training import one_line_error, pelita

COHORT = "JHT-2026-01"  # the demo's finished cohort: scored, one unit not passed
UNIT_4 = "C.141000.004.01"


@pytest.fixture(autouse=True)
def listed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Until desktop.cli lists "assessments" among its COMMANDS (so that `pelita --demo
    assessments …` never opens the window), listed here the way desktop.cli lists the others."""
    if "assessments" not in cli.COMMANDS:
        monkeypatch.setattr(cli, "COMMANDS", cli.COMMANDS | {"assessments"})


def sheet_of(db: Database, user: str = "admin") -> dict[str, tuple[int | None, int | None]]:
    actor = authenticate(db, user, f"{user}-demo")
    with db.sessions() as session:
        cohort_id = session.scalar(select(Cohort.id).where(Cohort.code == COHORT))
    assert cohort_id is not None
    sheet = assessment_sheet(db, actor, cohort_id)
    return {row.full_name: (row.pre, row.post) for row in sheet.rows}


def rows_of(db: Database) -> list:  # type: ignore[type-arg]
    actor = authenticate(db, "admin", "admin-demo")
    with db.sessions() as session:
        cohort_id = session.scalar(select(Cohort.id).where(Cohort.code == COHORT))
    assert cohort_id is not None
    return list(assessment_sheet(db, actor, cohort_id).rows)


def audits(db: Database) -> int:
    with db.sessions() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(AuditEntry)
                .where(AuditEntry.action == "assessment.record")
            )
            or 0
        )


def test_show_prints_the_sheet_and_the_averages(
    demo: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = pelita(capsys, "assessments", "show", COHORT.lower())
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["Ref", "Name", "Pre", "Post", "U1", "U2", "U3", "U4", "U5", "U6"]
    rows = rows_of(demo)
    assert len(rows) == 14
    for row, line in zip(rows, lines[1:15], strict=True):
        assert line.startswith(f"E{row.enrolment_id} ") and row.full_name in line
        assert f" {row.pre} " in line and f" {row.post} " in line
    failed = [line for line in lines[1:15] if " failed" in line]
    assert len(failed) == 1 and failed[0].split()[-3] == "failed"  # U4, the machine sewing
    assert any(line.split()[:2] == ["U4", UNIT_4] for line in lines)
    assert lines[-1].startswith(f"{COHORT} (Menjahit Pakaian Dasar): Averages: pre-test ")
    assert lines[-1].endswith("The programme asks no minimum post-test score.")


def test_set_records_one_person_by_name_number_or_reference(
    demo: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second, third = rows_of(demo)[:3]
    before = audits(demo)
    code, out, err = pelita(
        capsys, "assessments", "set", COHORT, "--participant", first.full_name.upper(),
        "--pre", "33", "--post", " 88 ", "--unit", f"{UNIT_4.lower()}=failed", "--unit", "U1=none",
    )  # fmt: skip
    assert code == 0, err
    assert out.startswith(f"Recorded E{first.enrolment_id} {first.full_name}: pre-test 33, ")
    assert f"{UNIT_4} failed" in out
    now = next(r for r in rows_of(demo) if r.enrolment_id == first.enrolment_id)
    assert (now.pre, now.post) == (33, 88)
    assert now.units[UNIT_4] is False and now.units["C.141000.001.01"] is None
    # By participant number: only the post-test; the pre-test stays.
    code, out, err = pelita(
        capsys, "assessments", "set", COHORT, "--participant", str(second.participant_id),
        "--post", "91",
    )  # fmt: skip
    assert code == 0, err
    assert sheet_of(demo)[second.full_name] == (second.pre, 91)
    # By reference, a score cleared.
    code, out, err = pelita(
        capsys, "assessments", "set", COHORT, "--participant", f"e{third.enrolment_id}",
        "--pre", "",
    )  # fmt: skip
    assert code == 0, err
    assert sheet_of(demo)[third.full_name] == (None, third.post)
    assert audits(demo) == before + 3
    # The same again: nothing changes, nothing is audited.
    code, out, _ = pelita(
        capsys, "assessments", "set", COHORT, "--participant", f"E{third.enrolment_id}",
        "--pre", "",
    )  # fmt: skip
    assert out.strip() == f"Nothing changed for E{third.enrolment_id} {third.full_name}."
    assert audits(demo) == before + 3


@pytest.mark.parametrize(
    ("arguments", "text"),
    [
        (["--participant", "Siapa Saja", "--pre", "50"], "Nobody called Siapa Saja is taking part"),
        (["--participant", "a", "--pre", "50"], " could be "),
        (["--participant", "E1", "--pre", "abc"], "“abc” is not a score"),
        (["--participant", "E1", "--post", "101"], "A score is from 0 to 100, not 101."),
        (["--participant", "E1", "--post", "85,5"], "without decimals: not 85,5."),
        (["--participant", "E1", "--unit", "C.141000.004.01"], "write it as CODE=passed"),
        (["--participant", "E1", "--unit", "C.141000.004.01=lulus"], "write it as CODE=passed"),
        (["--participant", "E1", "--unit", "X.1=passed"], "X.1 is not a competency unit of"),
        (["--participant", "E1"], "there is nothing to record"),
    ],
)
def test_mistakes_are_one_line_and_record_nothing(
    demo: Database, capsys: pytest.CaptureFixture[str], arguments: list[str], text: str
) -> None:
    first = rows_of(demo)[0]
    arguments = [a.replace("E1", f"E{first.enrolment_id}") for a in arguments]
    before, sheet = audits(demo), sheet_of(demo)
    code, _out, err = pelita(capsys, "assessments", "set", COHORT, *arguments)
    assert code == 2
    assert text in one_line_error(err)
    assert audits(demo) == before and sheet_of(demo) == sheet


def test_an_instructor_of_another_cohort_is_refused(
    demo: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The demo's instructor teaches every demo cohort; a cohort made without them is not
    theirs."""
    monkeypatch.setenv(cli_participants.ENV_PASSWORD, "instruktur-demo")
    code, out, _ = pelita(capsys, "assessments", "show", COHORT, user="instruktur")
    assert code == 0 and out.startswith("Ref")
    with demo.sessions.begin() as session:
        from desktop.store.training import CohortInstructor

        session.execute(CohortInstructor.__table__.delete())
    code, _out, err = pelita(capsys, "assessments", "show", COHORT, user="instruktur")
    assert code == 2
    assert one_line_error(err) == (
        "pelita: error: You do not teach this cohort. Ask an administrator to add you."
    )
