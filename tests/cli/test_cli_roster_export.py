"""`pelita cohorts roster CODE --xlsx FILE | --csv FILE` on the demo centre, in-process: the
file read back, masking for the instructor, and mistakes refused in one line with nothing
written; `--pdf` still prints."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]

from desktop import cli_participants
from desktop.services import cohorts, enrolment, registry
from desktop.services.accounts import authenticate
from desktop.store.database import Database
from tests.cli.test_cli_training import built, demo, one_line_error, pelita  # noqa: F401

COHORT = "JHT-2026-01"  # finished: completed and dropped, with attendance


def _roster_names(db: Database) -> list[str]:
    admin = authenticate(db, "admin", "admin-demo")
    cohort = next(c.id for c in cohorts.list_cohorts(db, admin) if c.code == COHORT)
    return [line.full_name for line in enrolment.roster(db, admin, cohort)]


def test_roster_as_xlsx(
    demo: Database,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    target = tmp_path / "roster.xlsx"
    code, out, _ = pelita(
        capsys, "cohorts", "roster", COHORT, "--xlsx", str(target), "--language", "en"
    )
    names = _roster_names(demo)
    assert (code, out) == (0, f"Exported {len(names)} people of {COHORT} to {target}\n")
    sheet = load_workbook(target).active
    assert [cell.value for cell in sheet[1]][:3] == ["No", "Name", "NIK"]
    assert all(cell.font.b for cell in sheet[1]) and sheet.freeze_panes == "C2"
    assert [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)] == names
    assert sheet["C2"].data_type == "s" and sheet["C2"].value.isdigit()
    assert sheet["E2"].is_date


def test_roster_as_csv_gets_its_suffix(
    demo: Database,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = pelita(
        capsys, "cohorts", "roster", COHORT, "--csv", str(tmp_path / "daftar"), "--language", "id"
    )
    target = tmp_path / "daftar.csv"
    assert code == 0 and out.endswith(f" to {target}\n")
    assert target.read_bytes().startswith(b"\xef\xbb\xbfNo;Nama;NIK;")
    with open(target, encoding="utf-8-sig", newline="") as handle:
        _header, *lines = list(csv.reader(handle, delimiter=";"))
    assert [line[1] for line in lines] == _roster_names(demo)


def test_the_instructors_roster_is_masked(
    demo: Database,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    pelita(capsys, "cohorts", "roster", COHORT, "--xlsx", str(tmp_path / "admin.xlsx"))
    monkeypatch.setenv(cli_participants.ENV_PASSWORD, "instruktur-demo")
    target = tmp_path / "instructor.xlsx"
    code, _, _ = pelita(
        capsys, "cohorts", "roster", COHORT, "--xlsx", str(target), user="instruktur"
    )
    assert code == 0
    plain = load_workbook(tmp_path / "admin.xlsx").active
    masked = load_workbook(target).active
    nik, phone = plain["C2"].value, plain["F2"].value
    assert masked["C2"].value == registry.mask_nik(nik) != nik
    assert masked["F2"].value == registry.mask_phone(phone) != phone


def test_mistakes_are_refused_and_pdf_still_prints(
    demo: Database,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    wrong = tmp_path / "roster.csv"
    code, out, err = pelita(capsys, "cohorts", "roster", COHORT, "--xlsx", str(wrong))
    assert (code, out) == (2, "")
    assert "FILE for --xlsx must end in .xlsx" in one_line_error(err)
    both = ("--xlsx", str(tmp_path / "a.xlsx"), "--csv", str(tmp_path / "a.csv"))
    assert pelita(capsys, "cohorts", "roster", COHORT, *both)[0] == 2
    assert pelita(capsys, "cohorts", "roster", COHORT)[0] == 2  # one of them is needed
    assert [*tmp_path.glob("*.xlsx"), *tmp_path.glob("*.csv"), *tmp_path.glob(".*")] == []
    target = tmp_path / "roster.pdf"
    assert pelita(capsys, "cohorts", "roster", COHORT, "--pdf", str(target))[0] == 0
    assert target.read_bytes().startswith(b"%PDF")
