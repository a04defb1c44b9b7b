"""`pelita import participants FILE [--cohort CODE]`: on the demo centre, through the real
command line."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop import cli, cli_participants
from desktop.paths import demo_database_path, sqlite_url
from desktop.store.database import open_database
from desktop.store.participants import Participant
from desktop.store.training import Cohort, Enrolment
from tests.services.test_participant_import import BUDI, PLACE, SITI, write_xlsx


@pytest.fixture
def demo(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Iterator[None]:
    monkeypatch.setenv("PELITA_HOME", str(tmp_path / "home"))
    monkeypatch.setenv(cli_participants.ENV_PASSWORD, "petugas-demo")
    root = logging.getLogger()
    handlers = list(root.handlers)
    assert cli.main(["demo", "--participants", "20"]) == 0
    capsys.readouterr()
    yield
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()


def _count() -> int:
    db = open_database(sqlite_url(demo_database_path()))
    try:
        with db.sessions() as session:
            return int(session.scalar(select(func.count(Participant.id))) or 0)
    finally:
        db.close()


def _run(*arguments: str) -> int:
    return cli.main(["--demo", "import", "participants", *arguments, "--user", "petugas"])


BAD = ["Tanpa Tanggal", "12345", "", "", "", *PLACE]


def test_imports_a_clean_list(
    demo: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_xlsx(tmp_path / "list.xlsx", [SITI + PLACE, BUDI + PLACE])
    before = _count()
    assert _run(str(path)) == 0
    out = capsys.readouterr().out
    assert "Row 2: ok" in out and "Row 3: ok" in out
    assert "Imported 2 participants" in out
    assert _count() == before + 2


def test_all_or_nothing_prints_the_reasons_and_exits_non_zero(
    demo: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_xlsx(tmp_path / "list.xlsx", [SITI + PLACE, BAD])
    before = _count()
    assert _run(str(path)) == cli.EXIT_ERROR
    captured = capsys.readouterr()
    assert "Row 3: error" in captured.out
    assert "error: NIK: A NIK has 16 digits; 5 were typed." in captured.out
    assert "1 rows have errors, so nobody was imported" in captured.err
    assert _count() == before


def test_valid_only_and_dry_run(
    demo: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_xlsx(tmp_path / "list.xlsx", [SITI + PLACE, BAD])
    before = _count()
    assert _run(str(path), "--dry-run") != 0  # all or nothing: nothing could be imported
    assert _run(str(path), "--dry-run", "--valid-only") == 0
    assert "Dry run: nobody was imported; 1 of 2 rows could be." in capsys.readouterr().out
    assert _count() == before
    assert _run(str(path), "--valid-only") == 0
    assert "Imported 1 participants; skipped 1 rows" in capsys.readouterr().out
    assert _count() == before + 1
    # The same list again: every row is now a duplicate or an error, nobody is imported.
    assert _run(str(path), "--valid-only") != 0
    assert "already registered to Siti Aminah" in capsys.readouterr().out


def test_the_template_is_written_and_imports_its_own_headings(tmp_path: Path) -> None:
    """`pelita import template` needs no login; the file's headings are the ones the import
    recognises (every column mapped)."""
    from openpyxl import load_workbook

    from desktop import cli
    from desktop.domain.import_columns import guess_mapping

    target = tmp_path / "daftar-peserta"
    assert cli.main(["import", "template", str(target)]) == 0
    written = target.with_name("daftar-peserta.xlsx")
    sheet = load_workbook(written).worksheets[0]
    headers = [str(cell.value) for cell in sheet[1] if cell.value]
    assert "NIK" in headers
    assert len(guess_mapping(headers)) == len(headers)


def _new_cohort(capacity: int) -> str:
    """A cohort of a programme of its own, in the demo centre; its code."""
    from tests.services.test_enrolment import add_cohort, add_programme

    db = open_database(sqlite_url(demo_database_path()))
    try:
        cohort = add_cohort(db, add_programme(db), capacity=capacity)
        with db.sessions() as session:
            return str(session.scalar(select(Cohort.code).where(Cohort.id == cohort)))
    finally:
        db.close()


def _enrolments(code: str) -> list[str]:
    db = open_database(sqlite_url(demo_database_path()))
    try:
        with db.sessions() as session:
            statuses = session.scalars(
                select(Enrolment.status).join(Cohort).where(Cohort.code == code)
            )
            return sorted(statuses)
    finally:
        db.close()


def test_a_list_into_a_cohort_registers_the_new_and_enrols_everyone(
    demo: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(str(write_xlsx(tmp_path / "budi.xlsx", [BUDI + PLACE]))) == 0
    code = _new_cohort(capacity=1)
    path = write_xlsx(tmp_path / "cohort.xlsx", [SITI + PLACE, BUDI + PLACE])
    capsys.readouterr()
    before = _count()

    assert _run(str(path), "--cohort", code, "--dry-run") == 0
    out = capsys.readouterr().out
    assert "info: NIK: Already registered as Budi Santoso: will be enrolled." in out
    assert f"2 of 2 rows could be enrolled in {code} (1 registered already)" in out
    assert (_count(), _enrolments(code)) == (before, [])

    assert _run(str(path), "--cohort", code) == 0
    out = capsys.readouterr().out
    assert "Row 2: Siti Aminah (registered now): enrolled" in out
    assert "Row 3: Budi Santoso: waitlisted" in out  # one seat
    assert f"Registered 1 participants; in {code}: 1 enrolled, 1 waitlisted, 0 refused" in out
    assert (_count(), _enrolments(code)) == (before + 1, ["accepted", "waitlisted"])

    # Again: both are registered and in the cohort already, nobody is imported or enrolled.
    assert _run(str(path), "--cohort", code) == cli.EXIT_ERROR
    out = capsys.readouterr().out
    assert "Row 2: Siti Aminah: refused: Siti Aminah is already enrolled" in out
    assert _count() == before + 1


def test_an_unknown_cohort_imports_nobody(
    demo: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_xlsx(tmp_path / "list.xlsx", [SITI + PLACE])
    before = _count()
    assert _run(str(path), "--cohort", "NO-SUCH-1") == cli.EXIT_ERROR
    assert "No cohort has the code NO-SUCH-1." in capsys.readouterr().err
    assert _count() == before
