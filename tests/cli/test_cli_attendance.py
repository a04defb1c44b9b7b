"""`pelita attendance …` on the demo centre, in-process: what is printed, what lands in the
database, and a one-line message with exit code 2 for every mistake (checked before the
password is asked for when it is a typed value)."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from datetime import date, time, timedelta
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desktop import cli_participants
from desktop.domain.attendance import SheetKind, sheet_code
from desktop.store.attendance import AttendanceMark
from desktop.store.database import Database
from desktop.store.models import AuditEntry, Programme, Setting, User
from desktop.store.training import Cohort, CohortSession, Enrolment, EnrolmentEvent
from tests.cli.test_cli_training import built as built
from tests.cli.test_cli_training import demo as demo
from tests.cli.test_cli_training import one_line_error, pelita
from tests.services.test_attendance import teach
from tests.services.test_attendance_files import cell
from tests.services.test_enrolment import add_cohort, add_person, add_programme

NAMES = ("Siti Aminah", "Siti Rahma", "Budi Santoso")
BACK = 60  # days the enrolments are moved into the past, so earlier sessions apply


@dataclass(frozen=True)
class Class:
    """A cohort with three people enrolled 60 days ago and sessions around today."""

    code: str
    cohort_id: int
    programme: str
    today: date
    enrolments: dict[str, int]  # by name
    sessions: dict[str, int]  # old (locked), before, cancelled, yesterday, today, future

    def sheet(self, which: str) -> str:
        return sheet_code(self.sessions[which])

    def ref(self, name: str) -> str:
        return f"E{self.enrolments[name]}"


SESSION_DAYS = {"old": -40, "before": -3, "cancelled": -2, "yesterday": -1, "today": 0, "future": 7}


@pytest.fixture
def klass(demo: Database, capsys: pytest.CaptureFixture[str]) -> Class:
    cohort_id = add_cohort(demo, add_programme(demo), capacity=5)
    teach(demo, cohort_id)
    people = [add_person(demo, name) for name in NAMES]
    with demo.sessions() as session:
        code, programme = session.execute(
            select(Cohort.code, Programme.name)
            .join(Programme, Programme.id == Cohort.programme_id)
            .where(Cohort.id == cohort_id)
        ).one()
    assert pelita(capsys, "enrol", "--cohort", code, *map(str, people))[0] == 0
    today = demo.clock().astimezone().date()
    with demo.sessions.begin() as session:
        enrolments = list(
            session.scalars(select(Enrolment).where(Enrolment.cohort_id == cohort_id))
        )
        for row in enrolments:
            row.applied_at -= timedelta(days=BACK)
        for event in session.scalars(
            select(EnrolmentEvent).where(EnrolmentEvent.enrolment_id.in_(e.id for e in enrolments))
        ):
            event.at -= timedelta(days=BACK)
        by_person = {row.participant_id: row.id for row in enrolments}
        rows = {
            which: CohortSession(
                cohort_id=cohort_id,
                day=today + timedelta(days=offset),
                starts=time(8),
                ends=time(12),
                room="Ruang Jahit",
                kind="regular",
                cancelled=which == "cancelled",
            )
            for which, offset in SESSION_DAYS.items()
        }
        session.add_all(rows.values())
        session.flush()
        sessions = {which: row.id for which, row in rows.items()}
    return Class(
        code=code,
        cohort_id=cohort_id,
        programme=programme,
        today=today,
        enrolments={name: by_person[person] for name, person in zip(NAMES, people, strict=True)},
        sessions=sessions,
    )


def as_instructor(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv(cli_participants.ENV_PASSWORD, "instruktur-demo")
    return "instruktur"


def marks(db: Database, session_id: int) -> dict[int, tuple[str, int, str]]:
    with db.sessions() as session:
        return {
            row.enrolment_id: (row.mark, row.late_minutes, row.note)
            for row in session.scalars(
                select(AttendanceMark).where(AttendanceMark.session_id == session_id)
            )
        }


def audits(db: Database, action: str, session_id: int | None = None) -> list[AuditEntry]:
    """The audit entries of this action, of one session's marks if given, oldest first."""
    statement = select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)
    if session_id is not None:
        statement = statement.where(AuditEntry.entity_id.like(f"{session_id}/%"))
    with db.sessions() as session:
        return list(session.scalars(statement))


def error_of(capsys: pytest.CaptureFixture[str], *args: str, user: str = "admin") -> str:
    code, out, err = pelita(capsys, *args, user=user)
    assert (code, out) == (2, ""), (code, out, err)
    return one_line_error(err)


# -- the day's sessions and the roll call --------------------------------------------------------


def test_today_lists_the_sessions_a_user_may_mark(
    demo: Database,
    klass: Class,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, out, _ = pelita(capsys, "attendance", "today")
    assert code == 0
    assert out.splitlines()[0].split() == ["Time", "Cohort", "Room", "Sheet", "Note"]
    mine = [line.split() for line in out.splitlines() if klass.code in line.split()]
    assert mine == [["08:00-12:00", klass.code, "Ruang", "Jahit", klass.sheet("today")]]

    day = (klass.today - timedelta(days=2)).isoformat()
    code, out, _ = pelita(capsys, "attendance", "today", "--day", day)
    assert code == 0
    assert [klass.sheet("cancelled"), "cancelled"] == next(
        line.split()[-2:] for line in out.splitlines() if klass.code in line
    )

    code, out, _ = pelita(capsys, "attendance", "today", "--day", "2001-01-01")
    assert (code, out) == (0, "No sessions for you to mark on 2001-01-01.\n")

    user = as_instructor(monkeypatch)
    code, out, _ = pelita(capsys, "attendance", "today", user=user)
    assert code == 0 and klass.sheet("today") in out


def test_the_roll_call_of_a_session(
    demo: Database, klass: Class, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = pelita(capsys, "attendance", "roll", klass.sheet("today").lower())
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:2] == [klass.sheet("today"), klass.code]
    assert lines[0].split()[3:5] == [klass.today.isoformat(), "08:00-12:00"]
    assert lines[1] == "Open for marking."
    assert lines[3].split() == ["Ref", "Name", "Mark", "Minutes", "Note", "By"]
    assert [line.split()[:4] for line in lines[4:]] == [
        [klass.ref("Budi Santoso"), "Budi", "Santoso", "-"],
        [klass.ref("Siti Aminah"), "Siti", "Aminah", "-"],
        [klass.ref("Siti Rahma"), "Siti", "Rahma", "-"],
    ]

    code, out, _ = pelita(capsys, "attendance", "roll", klass.sheet("future"))
    assert code == 0 and "Still to come" in out.splitlines()[1]
    code, out, _ = pelita(capsys, "attendance", "roll", klass.sheet("old"))
    assert code == 0 and "you may change it, with --reason" in out.splitlines()[1]


def test_not_applicable_before_the_person_joined(
    demo: Database, klass: Class, capsys: pytest.CaptureFixture[str]
) -> None:
    with demo.sessions.begin() as session:
        row = session.get(CohortSession, klass.sessions["old"])
        assert row is not None
        row.day = klass.today - timedelta(days=BACK + 10)
    code, out, _ = pelita(capsys, "attendance", "roll", klass.sheet("old"))
    assert code == 0
    assert all(line.split()[3] == "n/a" for line in out.splitlines()[4:])
    old = klass.sheet("old")
    message = error_of(capsys, "attendance", "mark", old, "Budi Santoso", "H", "--reason", "x")
    assert "Budi Santoso was not in the class on" in message


# -- marking ------------------------------------------------------------------------------------


def test_everyone_present_then_the_exceptions_then_undo(
    demo: Database, klass: Class, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet, today = klass.sheet("today"), klass.sessions["today"]
    code, out, _ = pelita(capsys, "attendance", "everyone", sheet)
    assert code == 0
    assert out.startswith(f"{sheet}: everyone without a mark is present")
    assert out.count("H Present") == 3
    assert {value[0] for value in marks(demo, today).values()} == {"present"}

    code, out, _ = pelita(
        capsys, "attendance", "mark", sheet, "siti aminah", "t", "--late", "15", "--note", "bus"
    )
    assert (code, out) == (
        0,
        f"Siti Aminah ({klass.ref('Siti Aminah')}) on {sheet}: T Late, 15 min.\n",
    )
    code, out, _ = pelita(capsys, "attendance", "mark", sheet, "budi", "S")
    assert code == 0 and out.endswith(": S Sick.\n")
    code, out, _ = pelita(capsys, "attendance", "mark", sheet, klass.ref("Siti Rahma"), "A")
    assert code == 0 and out.startswith("Siti Rahma")

    stored = marks(demo, today)
    assert stored[klass.enrolments["Siti Aminah"]] == ("late", 15, "bus")
    assert stored[klass.enrolments["Budi Santoso"]] == ("sick", 0, "")
    assert stored[klass.enrolments["Siti Rahma"]] == ("absent", 0, "")
    assert len(audits(demo, "attendance.mark", today)) == 6

    code, out, _ = pelita(capsys, "attendance", "roll", sheet)
    aminah = next(line for line in out.splitlines() if "Aminah" in line)
    assert aminah.split()[3:] == ["T", "Late", "15", "bus", "admin"]

    code, out, _ = pelita(capsys, "attendance", "unmark", sheet, "Siti Rahma")
    assert (code, out) == (0, f"Siti Rahma ({klass.ref('Siti Rahma')}) on {sheet}: no mark now.\n")
    assert klass.enrolments["Siti Rahma"] not in marks(demo, today)
    assert len(audits(demo, "attendance.unmark", today)) == 1


def test_marks_older_than_the_lock_days(
    demo: Database,
    klass: Class,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    old = klass.sheet("old")
    message = error_of(capsys, "attendance", "mark", old, "Budi", "A")
    assert "Say why a mark older than 7 days changes." in message
    code, _, _ = pelita(capsys, "attendance", "mark", old, "Budi", "A", "--reason", "paper sheet")
    assert code == 0
    assert marks(demo, klass.sessions["old"]) == {
        klass.enrolments["Budi Santoso"]: ("absent", 0, "")
    }
    assert (
        audits(demo, "attendance.mark", klass.sessions["old"])[-1].after["reason"] == "paper sheet"
    )

    user = as_instructor(monkeypatch)
    message = error_of(capsys, "attendance", "unmark", old, "Budi", user=user)
    assert "Marks older than 7 days change only by an administrator." in message
    code, _, _ = pelita(
        capsys, "attendance", "mark", klass.sheet("yesterday"), "Budi", "H", user=user
    )
    assert code == 0


def test_refusals_of_the_services_are_one_line(
    demo: Database, klass: Class, capsys: pytest.CaptureFixture[str]
) -> None:
    message = error_of(capsys, "attendance", "mark", klass.sheet("cancelled"), "Budi", "H")
    assert "This session was cancelled; nobody can be marked for it." in message
    message = error_of(capsys, "attendance", "everyone", klass.sheet("future"))
    assert "attendance is taken on the day or after." in message
    assert marks(demo, klass.sessions["future"]) == {}


def test_a_person_is_found_by_reference_or_name(
    demo: Database, klass: Class, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = klass.sheet("today")
    message = error_of(capsys, "attendance", "mark", sheet, "siti", "H")
    assert message.endswith(
        f"siti could be Siti Aminah ({klass.ref('Siti Aminah')}), Siti Rahma "
        f"({klass.ref('Siti Rahma')}): give the reference instead."
    )
    message = error_of(capsys, "attendance", "mark", sheet, "Joko", "H")
    assert f"Nobody called Joko is on the roll of {sheet}" in message
    message = error_of(capsys, "attendance", "unmark", sheet, "E999999")
    assert f"E999999 is not on the roll of {sheet}" in message
    assert marks(demo, klass.sessions["today"]) == {}


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        (("mark", "SHEET", "Budi", "X"), "X is not a mark: give H (present), T (late)"),
        (("mark", "SHEET", "Budi", "T"), "T (late): give how many minutes with --late MIN."),
        (("mark", "SHEET", "Budi", "H", "--late", "5"), "--late goes with T (late) only."),
        (("mark", "SHEET", "Budi", "T", "--late", "601"), "Give how many minutes late"),
        (("roll", "DH-12"), "DH-12 is not the code of an attendance sheet."),
        (("everyone", "MISTYPED"), "is not the code of an attendance sheet."),
        (("unmark", "MATRIX", "Budi"), "is the code of a cohort's matrix, not of one session."),
        (("today", "--day", "23/11/2026"), "--day 23/11/2026 is not a date"),
        (("summary", "--by", "month", "--from", "2026-02-01", "--to", "2026-01-01"), "--to is"),
        (("lock-days", "400"), "DAYS: choose between 0 and 365 days."),
        (("import", "C-1", "/nonexistent/marks.xlsx"), "marks.xlsx cannot be read"),
    ],
)
def test_typed_mistakes_are_refused_before_the_password(
    demo: Database,
    klass: Class,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    arguments: tuple[str, ...],
    expected: str,
) -> None:
    # A wrong password: a login before the check would say so instead.
    monkeypatch.setenv(cli_participants.ENV_PASSWORD, "not-the-password")
    replace = {"SHEET": klass.sheet("today"), "MATRIX": sheet_code(3, SheetKind.MATRIX)}
    typed = [replace.get(a, a) for a in arguments]
    if typed[0] == "everyone":
        typed[1] = klass.sheet("today")[:-1] + ("B" if klass.sheet("today")[-1] != "B" else "C")
    assert expected in error_of(capsys, "attendance", *typed)
    assert marks(demo, klass.sessions["today"]) == {}


def test_unknown_codes(demo: Database, klass: Class, capsys: pytest.CaptureFixture[str]) -> None:
    nowhere = sheet_code(999999)
    for arguments in (
        ("roll", nowhere),
        ("mark", nowhere, "Budi", "H"),
        ("sheet", nowhere, "--pdf", "x.pdf"),
    ):
        message = error_of(capsys, "attendance", *arguments)
        assert f"There is no session with the code {nowhere}" in message
    for arguments in (
        ("grid", "XYZ-2028-09"),
        ("export", "XYZ-2028-09", "--xlsx", "x.xlsx"),
        ("matrix", "XYZ-2028-09", "--from", "2026-01-01", "--to", "2026-01-31", "--pdf", "x"),
    ):
        message = error_of(capsys, "attendance", *arguments)
        assert "There is no cohort with the code XYZ-2028-09" in message


def test_an_instructor_marks_only_their_own_cohorts(
    demo: Database,
    klass: Class,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cohort_id = add_cohort(demo, add_programme(demo))
    with demo.sessions.begin() as session:
        other = CohortSession(
            cohort_id=cohort_id, day=klass.today, starts=time(13), ends=time(15), kind="regular"
        )
        session.add(other)
        session.flush()
        other_id = other.id
    user = as_instructor(monkeypatch)
    code, out, _ = pelita(capsys, "attendance", "today", user=user)
    assert code == 0 and sheet_code(other_id) not in out
    message = error_of(capsys, "attendance", "everyone", sheet_code(other_id), user=user)
    assert "You do not teach this cohort." in message


# -- the grid and the numbers ---------------------------------------------------------------------


def give(
    capsys: pytest.CaptureFixture[str], klass: Class, which: str, who: str, *mark: str
) -> None:
    arguments = ["attendance", "mark", klass.sheet(which), who, *mark]
    if which == "old":
        arguments += ["--reason", "from the paper sheet"]
    assert pelita(capsys, *arguments)[0] == 0


def instructor_row(out: str, db: Database) -> tuple[int, int]:
    """(marks, present) of the demo's instructor in a summary by instructor."""
    with db.sessions() as session:
        name = session.scalar(select(User.full_name).where(User.username == "instruktur"))
    assert name
    for line in out.splitlines():
        if line.startswith(f"{name} "):
            marks, present = line[len(name) :].split()[:2]
            return int(marks), int(present)
    raise AssertionError(out)


def test_the_grid_the_at_risk_list_and_the_summary(
    demo: Database,
    klass: Class,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    start, end = (klass.today - timedelta(days=5)).isoformat(), klass.today.isoformat()
    period = ("--from", start, "--to", end)
    code, out, _ = pelita(capsys, "attendance", "summary", "--by", "instructor", *period)
    before = instructor_row(out, demo) if code == 0 and "No marks" not in out else (0, 0)
    for which in ("old", "before", "yesterday"):
        give(capsys, klass, which, "Budi", "A")
        give(capsys, klass, which, "Siti Aminah", "H")
    give(capsys, klass, "before", "Siti Rahma", "T", "--late", "10")

    code, out, _ = pelita(capsys, "attendance", "grid", klass.code)
    assert code == 0
    rows = {line.split()[0]: line.split() for line in out.splitlines() if line}
    assert rows["Ref"][2:] == [
        *(f"{klass.today + timedelta(days=d):%m-%d}" for d in SESSION_DAYS.values()),
        "Rate",
        "Completion",
    ]
    assert rows[klass.ref("Budi Santoso")][3:11] == ["A", "A", "x", "A", ".", ".", "0%", "1"]
    assert rows[klass.ref("Siti Aminah")][3:10] == ["H", "H", "x", "H", ".", ".", "100%"]
    assert rows[klass.ref("Siti Rahma")][3:10] == [".", "T", "x", ".", ".", ".", "100%"]
    assert f"{klass.code}: 57% present over the sessions marked" in out

    code, out, _ = pelita(capsys, "attendance", "at-risk")
    assert code == 0
    budi = next(line for line in out.splitlines() if line.startswith(klass.ref("Budi Santoso")))
    assert "Absent three sessions in a row" in budi and klass.code in budi
    assert budi.split()[-2:] == ["3", "0%"]
    user = as_instructor(monkeypatch)
    assert "not allowed" in error_of(capsys, "attendance", "at-risk", user=user)
    monkeypatch.setenv(cli_participants.ENV_PASSWORD, "admin-demo")

    code, out, _ = pelita(capsys, "attendance", "summary", "--by", "programme", *period)
    assert code == 0
    table = [line.split() for line in out.splitlines()]
    assert table[0] == ["Programme", "Marks", "Present", "Rate"]
    assert [*klass.programme.split(), "5", "3", "60%"] in table
    code, out, _ = pelita(capsys, "attendance", "summary", "--by", "instructor", *period)
    assert code == 0
    after = instructor_row(out, demo)
    assert (after[0] - before[0], after[1] - before[1]) == (5, 3)
    code, out, _ = pelita(
        capsys,
        "attendance",
        "summary",
        "--by",
        "month",
        "--from",
        "2001-01-01",
        "--to",
        "2001-12-31",
    )
    assert (code, out) == (0, "No marks from 2001-01-01 to 2001-12-31.\n")


def test_the_summary_is_also_written_as_a_workbook(
    demo: Database, klass: Class, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    give(capsys, klass, "yesterday", "Budi", "A")
    start, end = (klass.today - timedelta(days=5)).isoformat(), klass.today.isoformat()
    target = tmp_path / "summary.xlsx"
    code, out, _ = pelita(
        capsys, "attendance", "summary", "--by", "programme", "--from", start, "--to", end,
        "--xlsx", str(target), "--language", "en",
    )  # fmt: skip
    assert code == 0 and f"Written: {target}" in out
    sheet = openpyxl.load_workbook(target).worksheets[0]
    assert [cell.value for cell in sheet[5]][:4] == [
        "Programme",
        "Marks",
        "Present",
        "Attendance %",
    ]
    assert any(row[0].value == klass.programme for row in sheet.iter_rows(min_row=6))


def test_lock_days(
    demo: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = pelita(capsys, "attendance", "lock-days")
    assert (code, out) == (
        0,
        "Marks older than 7 days change only by an administrator, with a reason.\n",
    )
    code, out, _ = pelita(capsys, "attendance", "lock-days", "14")
    assert (code, out) == (
        0,
        "Marks older than 14 days now change only by an administrator (it was 7).\n",
    )
    with demo.sessions() as session:
        assert session.get(Setting, "attendance_lock_days").value == 14
    assert audits(demo, "settings.update")[-1].after == {"days": 14}
    user = as_instructor(monkeypatch)
    assert "not allowed" in error_of(capsys, "attendance", "lock-days", "3", user=user)


# -- the files ------------------------------------------------------------------------------------


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_the_session_sheet_and_the_matrix_as_pdf(
    demo: Database, klass: Class, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    give(capsys, klass, "yesterday", "Budi", "A")
    target = tmp_path / "sheet.pdf"
    code, out, _ = pelita(
        capsys,
        "attendance",
        "sheet",
        klass.sheet("today"),
        "--pdf",
        str(target),
        "--language",
        "en",
    )
    assert (code, out) == (0, f"Written: {target}\n")
    text = pdf_text(target)
    assert klass.sheet("today") in text and all(name in text for name in NAMES)

    target = tmp_path / "matrix.pdf"
    start, end = (klass.today - timedelta(days=7)).isoformat(), klass.today.isoformat()
    code, out, _ = pelita(
        capsys,
        "attendance",
        "matrix",
        klass.code,
        "--from",
        start,
        "--to",
        end,
        "--pdf",
        str(target),
    )
    assert (code, out) == (0, f"Written: {target}\n")
    text = pdf_text(target)
    assert klass.code in text and all(name in text for name in NAMES)


def test_export_edit_and_import_again(
    demo: Database, klass: Class, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    give(capsys, klass, "yesterday", "Budi", "A")
    target = tmp_path / "marks.xlsx"
    code, out, _ = pelita(capsys, "attendance", "export", klass.code, "--xlsx", str(target))
    assert (code, out) == (0, f"Written: {target}\n")
    book = openpyxl.load_workbook(target)
    budi, aminah = klass.enrolments["Budi Santoso"], klass.enrolments["Siti Aminah"]
    assert cell(book, klass.sessions["yesterday"], budi).value == "A"
    cell(book, klass.sessions["yesterday"], budi).value = "S"
    cell(book, klass.sessions["today"], aminah).value = "T20"
    book.save(target)

    code, out, _ = pelita(capsys, "attendance", "import", klass.code, str(target))
    assert (code, out) == (0, f"{klass.code}: 2 marks given, changed or taken back.\n")
    assert marks(demo, klass.sessions["yesterday"])[budi] == ("sick", 0, "")
    assert marks(demo, klass.sessions["today"])[aminah] == ("late", 20, "")
    code, out, _ = pelita(capsys, "attendance", "import", klass.code, str(target))
    assert (code, out) == (
        0,
        f"{klass.code}: the file holds the marks already given; nothing changed.\n",
    )


def test_a_bad_import_names_every_cell_and_changes_nothing(
    demo: Database, klass: Class, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "marks.xlsx"
    assert pelita(capsys, "attendance", "export", klass.code, "--xlsx", str(target))[0] == 0
    book = openpyxl.load_workbook(target)
    budi, aminah = klass.enrolments["Budi Santoso"], klass.enrolments["Siti Aminah"]
    good = cell(book, klass.sessions["yesterday"], budi)
    good.value = "H"
    bad = cell(book, klass.sessions["today"], aminah)
    bad.value = "Q"
    book.save(target)

    code, out, err = pelita(capsys, "attendance", "import", klass.code, str(target))
    assert (code, out) == (2, "")
    lines = err.strip().splitlines()
    assert lines[0].startswith(f"pelita: error: {bad.coordinate}: ")
    assert lines[-1] == (
        "pelita: error: nothing was imported (1 problem); fix the file and import it again."
    )
    assert marks(demo, klass.sessions["yesterday"]) == {}

    junk = tmp_path / "junk.xlsx"
    junk.write_text("not a workbook")
    code, out, err = pelita(capsys, "attendance", "import", klass.code, str(junk))
    assert (code, out) == (2, "")
    assert err.splitlines()[0].startswith("pelita: error: A1: ")


def test_help_of_the_attendance_commands_loads_neither_sqlalchemy_nor_qt() -> None:
    code = (
        "import sys\n"
        "from desktop.cli import main\n"
        "for action in ('today', 'roll', 'mark', 'everyone', 'unmark', 'grid', 'at-risk',\n"
        "               'summary', 'sheet', 'matrix', 'export', 'import', 'lock-days'):\n"
        "    assert main(['attendance', action, '--help']) == 0\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy')]\n"
        "assert not heavy, heavy\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "H|T|I|S|A" in result.stdout and "--by {programme,instructor,month}" in result.stdout


def test_attendance_alone_prints_its_usage_instead_of_opening_the_window() -> None:
    from desktop import cli

    assert not cli._opens_window(["--demo", "attendance"])
    assert not cli._opens_window(["attendance"])
