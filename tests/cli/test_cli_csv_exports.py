"""`--csv FILE` beside --pdf/--xlsx on the command line, on a copy of the demo centre, in-process:
`pelita attendance export`, `pelita certificates register`, `pelita sponsors report` and
`pelita reports government` write the house CSV (UTF-8 with a BOM, ";") with what the services
say, add the suffix when it is missing, refuse another, and take one format at a time."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from sqlalchemy import select

from desktop.services.accounts import authenticate
from desktop.services.certificate_register import search
from desktop.services.government_report import government_report
from desktop.services.sponsor_impact import impact_report
from desktop.services.sponsors import list_sponsors
from desktop.store.database import Database
from desktop.store.models import AuditEntry
from tests.cli.test_cli_attendance import Class, give
from tests.cli.test_cli_attendance import klass as klass
from tests.cli.test_cli_certificates import certify
from tests.cli.test_cli_training import built as built
from tests.cli.test_cli_training import demo as demo
from tests.cli.test_cli_training import one_line_error, pelita

WHOLE_TIME = ("--from", "01/01/2000", "--to", "31/12/2099")
START, END = date(2000, 1, 1), date(2099, 12, 31)


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))


def section(rows: list[list[str]], title: str) -> list[list[str]]:
    """The header and rows of the block under `title`, up to its empty row."""
    start = rows.index([title]) + 1
    return rows[start : rows.index([], start)]


def test_attendance_export_as_csv(
    demo: Database, klass: Class, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    give(capsys, klass, "yesterday", "Budi", "A")
    code, out, err = pelita(
        capsys, "attendance", "export", klass.code, "--csv", str(tmp_path / "hadir"),
        "--language", "en",
    )  # fmt: skip
    target = tmp_path / "hadir.csv"  # the suffix added
    assert (code, out, err) == (0, f"Written: {target}\n", "")
    header, *rows = read_csv(target)
    assert header[:2] == ["No.", "Name"] and header[-2:] == ["Attendance %", "Completion"]
    yesterday = header.index(f"{klass.today - timedelta(days=1):%d/%m/%Y}")
    budi = next(row for row in rows if row[1] == "Budi Santoso")
    assert budi[yesterday] == "A"
    assert sorted(row[1] for row in rows) == ["Budi Santoso", "Siti Aminah", "Siti Rahma"]

    code, out, err = pelita(
        capsys, "attendance", "export", klass.code, "--csv", str(tmp_path / "hadir.xlsx")
    )
    assert (code, out) == (2, "")
    assert one_line_error(err).endswith(
        f"FILE for --csv must end in .csv: {tmp_path / 'hadir.xlsx'}"
    )
    code, out, err = pelita(
        capsys, "attendance", "export", klass.code, "--csv", "a.csv", "--xlsx", "a.xlsx"
    )
    assert code == 2 and "not allowed with argument" in err and not Path("a.csv").exists()


def test_the_certificate_register_as_csv_and_xlsx(
    demo: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    certify(capsys)  # the demo's finished cohort gets its certificates
    register = search(demo, authenticate(demo, "admin", "admin-demo"), limit=None)
    assert len(register) > 3
    target = tmp_path / "buku-induk.csv"
    code, out, err = pelita(capsys, "certificates", "register", "--csv", str(target))
    assert (code, out, err) == (0, f"Written: {target} ({len(register)} certificates)\n", "")
    header, *rows = read_csv(target)
    assert header[:3] == ["No", "Nomor sertifikat", "Nama"] and header[-1] == "SHA-256"
    assert [row[1] for row in rows] == [entry.number for entry in register]
    assert [row[-1] for row in rows] == [entry.sha256 for entry in register]

    # Every certificate found, whatever --limit says (the listing's page size).
    one = register[0].number
    code, out, _ = pelita(
        capsys, "certificates", "register", one, "--limit", "1", "--xlsx", str(tmp_path / "one")
    )
    assert (code, out) == (0, f"Written: {tmp_path / 'one.xlsx'} (1 certificate)\n")
    sheet = load_workbook(tmp_path / "one.xlsx").active
    assert one in {cell.value for row in sheet.iter_rows() for cell in row}

    code, out, err = pelita(capsys, "certificates", "register", "--csv", str(tmp_path / "x.pdf"))
    assert (code, out) == (2, "") and "FILE for --csv must end in .csv" in err
    code, out, err = pelita(
        capsys, "certificates", "register", "--csv", str(tmp_path / "gone" / "x.csv")
    )
    assert (code, out) == (2, "") and one_line_error(err).endswith(
        "cannot be written: No such file or directory."
    )


def test_a_sponsor_report_as_csv(
    demo: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    admin = authenticate(demo, "admin", "admin-demo")
    sponsor = next(row for row in list_sponsors(demo, admin) if "Sandang" in row.name)
    target = tmp_path / "dampak.csv"
    code, out, err = pelita(
        capsys, "sponsors", "report", "sandang", *WHOLE_TIME, "--csv", str(target),
        "--language", "en",
    )  # fmt: skip
    assert (code, err) == (0, "") and out.startswith(f"Written: {target} ({sponsor.name}")
    rows = read_csv(target)
    assert rows[1][0].startswith(f"Sponsor impact report: {sponsor.name} (")
    report = impact_report(demo, admin, sponsor.id, START, END)
    summary = dict(section(rows, "Summary")[1:])
    assert summary["Money given"] == str(report.money.total_rupiah)
    assert summary["Participants reached"] == str(report.reach.participants)
    assert summary["Certificates issued"] == str(report.certificates)
    code, out, err = pelita(
        capsys, "sponsors", "report", "sandang", *WHOLE_TIME, "--csv", "r.csv", "--pdf", "r.pdf"
    )
    assert code == 2 and "not allowed with argument" in err


def test_the_government_report_as_csv(
    demo: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "dinas"
    code, out, err = pelita(
        capsys, "reports", "government", *WHOLE_TIME, "--csv", str(target), "--language", "id"
    )
    written = tmp_path / "dinas.csv"
    assert (code, err) == (0, "") and out.startswith(f"Written: {written} (all programmes")
    rows = read_csv(written)
    report = government_report(demo, authenticate(demo, "admin", "admin-demo"), START, END)
    header, *lines = section(rows, "Peserta yang dilatih per program")
    assert header[:4] == ["No.", "Program", "Angkatan", "Peserta"]
    total = lines[-1]
    assert total[0] == "" and total[3] == str(report.total.participants)
    assert [line[1] for line in lines[:-1]] == [line.programme for line in report.programmes]
    with demo.sessions() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "report.government")
        ).one()
    assert entry.after is not None and entry.after["format"] == "csv"
