"""Importing participant lists (services.participant_import): real xlsx and CSV files, the
intake form's rules on every row, duplicates, all-or-nothing and valid-only, one transaction."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook  # type: ignore[import-untyped]
from sqlalchemy import func, select

from desktop.domain.choices import ConsentMethod, ConsentPurpose, Sex
from desktop.domain.errors import Conflict, PermissionDenied, ValidationError
from desktop.domain.import_columns import ImportField
from desktop.domain.participant import ConsentInput, ParticipantInput
from desktop.services import participants, registry
from desktop.services.context import Actor
from desktop.services.participant_import import (
    ImportCancelled,
    commit_import,
    preview_import,
    write_error_report,
)
from desktop.store.database import Database
from desktop.store.models import AuditEntry
from desktop.store.participants import Participant

HEADERS = ["Nama", "NIK", "Tgl Lahir", "L/P", "No HP", "Desa", "Kecamatan", "Kabupaten"]
# NIKs carry the birth date (women: day + 40) and a real district (34.02.01: Srandakan).
SITI = ["Siti Aminah", "3402015203900001", "12/03/1990", "P", "081234567890"]
BUDI = ["Budi Santoso", "3402011505880002", "15/05/1988", "L", "085711112222"]
PLACE = ["Poncosari", "Srandakan", "Kabupaten Bantul"]


def write_xlsx(path: Path, rows: list[list[Any]], headers: list[str] = HEADERS) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def write_csv(path: Path, rows: list[list[Any]], headers: list[str] = HEADERS) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file, delimiter=";")
        writer.writerow(headers)
        writer.writerows(rows)
    return path


def count(db: Database) -> int:
    with db.sessions() as session:
        return int(session.scalar(select(func.count(Participant.id))) or 0)


def messages_of(preview: Any, index: int) -> list[str]:
    return [m.english() for m in preview.rows[index].messages]


def test_a_clean_file_imports_and_the_registry_finds_the_people(
    demo_db: Database, clerk: Actor, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "list.xlsx", [SITI + PLACE, BUDI + PLACE])
    before = count(demo_db)
    preview = preview_import(demo_db, clerk, path)
    assert preview.problems == ()
    assert [r.verdict for r in preview.rows] == ["ok", "ok"], messages_of(preview, 0)
    assert (preview.ok, preview.warnings, preview.errors) == (2, 0, 0)
    assert preview.rows[0].values[ImportField.BIRTH_DATE] == "1990-03-12"
    result = commit_import(demo_db, clerk, preview, valid_only=False)
    assert (result.created, result.skipped) == (2, 0)
    assert count(demo_db) == before + 2
    found = registry.page(demo_db, clerk, registry.RegistryQuery(text="siti aminah"), None, 50)
    siti = [row for row in found.rows if row.full_name == "Siti Aminah"]
    assert siti and siti[0].village_name == "Poncosari" and siti[0].sex is Sex.FEMALE
    assert registry.page(demo_db, clerk, registry.RegistryQuery(text="3402011505"), None, 5).rows
    with demo_db.sessions() as session:
        audit = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "participant.import")
        ).one()
        assert audit.after is not None and audit.after["created"] == 2
        assert audit.after["file"] == "list.xlsx"


def test_csv_written_in_an_indonesian_locale_imports(
    demo_db: Database, clerk: Actor, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "list.csv", [SITI + PLACE])
    preview = preview_import(demo_db, clerk, path)
    assert preview.rows[0].verdict == "ok", messages_of(preview, 0)
    assert commit_import(demo_db, clerk, preview, valid_only=False).created == 1


def test_damaged_values_are_repaired_or_flagged(
    demo_db: Database, clerk: Actor, tmp_path: Path
) -> None:
    rows: list[list[Any]] = [
        # NIK as a number ending in 0: a warning (Excel may have changed the last digit).
        ["Rina Wati", 3402015203900010, "12/03/1990", "P", "", *PLACE],
        # Scientific notation: an error.
        ["Dewi Lestari", "3.40201E+15", "12/03/1990", "P", "", *PLACE],
        # The phone lost its leading zero: put back, a warning.
        ["Agus Salim", "3402011505880003", "15/05/1988", "L", 81234567891, *PLACE],
        # An Excel date serial (12/03/1990 is 32944), and a name with non-breaking spaces.
        ["Sri\u00a0 Mulyani\u00a0", "3402015203900004", 32944, "P", "", *PLACE],
    ]
    preview = preview_import(demo_db, clerk, write_xlsx(tmp_path / "damaged.xlsx", rows))
    verdicts = [row.verdict for row in preview.rows]
    assert verdicts == ["warning", "error", "warning", "ok"], [
        messages_of(preview, i) for i in range(4)
    ]
    assert any("last digit" in text for text in messages_of(preview, 0))
    assert any("lost digits" in text for text in messages_of(preview, 1))
    assert preview.rows[2].values[ImportField.PHONE] == "081234567891"
    assert preview.rows[3].values[ImportField.BIRTH_DATE] == "1990-03-12"
    assert preview.rows[3].values[ImportField.FULL_NAME] == "Sri Mulyani"
    result = commit_import(demo_db, clerk, preview, valid_only=True)
    assert (result.created, result.skipped) == (3, 1)
    with demo_db.sessions() as session:
        person = session.scalars(select(Participant).where(Participant.full_name == "Sri Mulyani"))
        assert person.one().birth_date == date(1990, 3, 12)


def test_an_unknown_village_is_a_warning_and_kept_as_text(
    demo_db: Database, clerk: Actor, tmp_path: Path
) -> None:
    rows = [[*SITI, "Desa Entah", "Srandakan", "Bantul"]]
    preview = preview_import(demo_db, clerk, write_xlsx(tmp_path / "v.xlsx", rows))
    assert preview.rows[0].verdict == "warning"
    commit_import(demo_db, clerk, preview, valid_only=False)
    with demo_db.sessions() as session:
        person = session.scalars(select(Participant).where(Participant.nik == SITI[1])).one()
        assert person.village_code == "" and "Desa Entah" in person.street


def test_duplicates_against_the_database_and_within_the_file(
    demo_db: Database, clerk: Actor, tmp_path: Path
) -> None:
    first = write_xlsx(tmp_path / "first.xlsx", [SITI + PLACE])
    commit_import(demo_db, clerk, preview_import(demo_db, clerk, first), valid_only=False)
    similar = ["Siti Aminah S.Pd", "", "12/03/1990", "P", "", *PLACE]
    rows = [SITI + PLACE, BUDI + PLACE, ["Budi S.", BUDI[1], *BUDI[2:], *PLACE], similar]
    preview = preview_import(demo_db, clerk, write_xlsx(tmp_path / "second.xlsx", rows))
    registered, budi, twice, alike = preview.rows
    assert registered.verdict == "error"
    assert registered.duplicates[0].full_name == "Siti Aminah"
    assert registered.duplicates[0].participant_id is not None
    assert budi.verdict == "ok"
    assert twice.verdict == "error" and twice.duplicates[0].row_number == budi.row_number
    assert any(f"row {budi.row_number}" in m.english() for m in twice.messages)
    # No NIK: an error by the intake rules, in the words of a list.
    assert alike.verdict == "error"
    assert any("The NIK is missing" in m.english() for m in alike.messages)


def test_a_similar_registered_person_is_a_warning(
    demo_db: Database, clerk: Actor, tmp_path: Path
) -> None:
    first = write_xlsx(tmp_path / "first.xlsx", [SITI + PLACE])
    commit_import(demo_db, clerk, preview_import(demo_db, clerk, first), valid_only=False)
    other_nik = ["Siti Aminah", "3402015203900009", *SITI[2:4], "", *PLACE]
    preview = preview_import(demo_db, clerk, write_xlsx(tmp_path / "b.xlsx", [other_nik]))
    assert preview.rows[0].verdict == "warning"
    assert preview.rows[0].duplicates[0].reason == "Same date of birth and a similar name"


def test_all_or_nothing_refuses_a_file_with_errors(
    demo_db: Database, clerk: Actor, tmp_path: Path
) -> None:
    rows = [SITI + PLACE, ["", "123", "", "", "", *PLACE]]
    preview = preview_import(demo_db, clerk, write_xlsx(tmp_path / "x.xlsx", rows))
    before = count(demo_db)
    with pytest.raises(ValidationError) as refused:
        commit_import(demo_db, clerk, preview, valid_only=False)
    assert "1 rows have errors" in refused.value.english()
    assert count(demo_db) == before
    assert commit_import(demo_db, clerk, preview, valid_only=True).created == 1
    assert count(demo_db) == before + 1


def test_an_instructor_may_not_import(
    demo_db: Database, clerk: Actor, instructor: Actor, tmp_path: Path
) -> None:
    preview = preview_import(demo_db, clerk, write_xlsx(tmp_path / "x.xlsx", [SITI + PLACE]))
    with pytest.raises(PermissionDenied):
        commit_import(demo_db, instructor, preview, valid_only=True)
    with pytest.raises(PermissionDenied):
        preview_import(demo_db, instructor, tmp_path / "x.xlsx")


def test_a_mapping_problem_blocks_the_commit(
    demo_db: Database, clerk: Actor, tmp_path: Path
) -> None:
    headers = ["Nama Ibu Kandung", *HEADERS[1:]]  # no column of the person's name
    path = write_xlsx(tmp_path / "x.xlsx", [SITI + PLACE], headers)
    preview = preview_import(demo_db, clerk, path)
    assert "Which column holds the name?" in preview.problems
    with pytest.raises(ValidationError):
        commit_import(demo_db, clerk, preview, valid_only=True)
    mapping = {**preview.mapping, 0: ImportField.FULL_NAME}
    fixed = preview_import(demo_db, clerk, path, mapping)
    assert fixed.problems == () and fixed.rows[0].verdict == "ok"


def test_cancel_leaves_nothing(demo_db: Database, clerk: Actor, tmp_path: Path) -> None:
    preview = preview_import(demo_db, clerk, write_xlsx(tmp_path / "x.xlsx", [SITI + PLACE]))
    before = count(demo_db)
    calls: list[int] = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2  # the third question: after the inserts, before the audit

    with pytest.raises(ImportCancelled):
        commit_import(demo_db, clerk, preview, valid_only=True, cancelled=cancelled)
    assert count(demo_db) == before
    with pytest.raises(ImportCancelled):
        preview_import(demo_db, clerk, tmp_path / "x.xlsx", cancelled=lambda: True)


def test_a_nik_registered_at_another_desk_meanwhile_imports_nobody(
    demo_db: Database, clerk: Actor, tmp_path: Path
) -> None:
    preview = preview_import(
        demo_db, clerk, write_xlsx(tmp_path / "x.xlsx", [SITI + PLACE, BUDI + PLACE])
    )
    participants.register(
        demo_db,
        clerk,
        ParticipantInput(full_name="Budi Santoso", nik=BUDI[1], phone=BUDI[4]),
        ConsentInput(
            frozenset({ConsentPurpose.TRAINING}), ConsentMethod.SIGNED_PAPER, date(2026, 1, 5)
        ),
    )
    before = count(demo_db)
    with pytest.raises(Conflict) as refused:
        commit_import(demo_db, clerk, preview, valid_only=True)
    assert "another desk" in refused.value.english()
    assert count(demo_db) == before


def test_the_error_report_fixed_imports_cleanly(
    demo_db: Database, clerk: Actor, tmp_path: Path
) -> None:
    rows = [SITI + PLACE, ["Budi Santoso", BUDI[1], "31/02/1988", "X", "0857 1111 2222", *PLACE]]
    preview = preview_import(demo_db, clerk, write_xlsx(tmp_path / "x.xlsx", rows))
    report = tmp_path / "errors.xlsx"
    assert write_error_report(preview, report, language="en") == 1
    again = preview_import(demo_db, clerk, report)
    assert len(again.rows) == 1 and again.rows[0].verdict == "error"
    assert again.headers[: len(HEADERS)] == tuple(HEADERS) and again.headers[-1] == "Error"
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    book = load_workbook(report)
    sheet = book.active
    assert sheet.cell(2, 2).value == BUDI[1]  # the NIK as text, every digit
    assert "Date of birth" in sheet.cell(2, len(HEADERS) + 1).value
    sheet.cell(2, 3).value = "15/05/1988"
    sheet.cell(2, 4).value = "L"
    book.save(report)
    fixed = preview_import(demo_db, clerk, report)
    assert fixed.rows[0].verdict == "ok", messages_of(fixed, 0)
    assert commit_import(demo_db, clerk, fixed, valid_only=False).created == 1
