"""Exporting the participant list: the page's filters and order, masking per role, progress,
cancel, and a file that appears whole or not at all; on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from sqlalchemy import select

from desktop.domain.errors import ValidationError
from desktop.services import participant_export, registry
from desktop.services.context import Actor
from desktop.services.demo import build_demo
from desktop.services.participant_export import ExportCancelled, export_participants
from desktop.services.registry import RegistryQuery, SortKey
from desktop.store.database import Database
from desktop.store.models import AuditEntry


@pytest.fixture
def demo_db(db: Database) -> Database:
    build_demo(db, 120)
    return db


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder of its own (the SQLite file is in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _listed(db: Database, actor: Actor, query: RegistryQuery) -> list[tuple[str, str]]:
    rows = registry.page(db, actor, query, None, 1000).rows
    return [(row.full_name, row.nik) for row in rows]


def _exported(path: Path) -> list[tuple[str, str]]:
    sheet = load_workbook(path, read_only=True).active
    return [(row[1], row[2] or "") for row in sheet.iter_rows(min_row=2, values_only=True)]


def test_exports_what_the_page_lists_in_its_order(
    demo_db: Database, clerk: Actor, tmp_path: Path
) -> None:
    everyone = registry.page(demo_db, clerk, RegistryQuery(), None, 1000).rows
    first = everyone[0]
    queries = [
        RegistryQuery(),
        RegistryQuery(text=first.full_name.split()[0], sex=first.sex),
        RegistryQuery(text=first.village_name, sort=SortKey.BIRTH_DATE, descending=True),
        RegistryQuery(has_disability=True, status=None),
    ]
    for number, query in enumerate(queries):
        path = tmp_path / f"list{number}.xlsx"
        expected = _listed(demo_db, clerk, query)
        assert export_participants(demo_db, clerk, path, query, language="en") == len(expected)
        assert _exported(path) == expected
    assert len(_exported(tmp_path / "list0.xlsx")) == len(everyone) > 100


def test_instructors_get_identity_numbers_masked(
    demo_db: Database, clerk: Actor, instructor: Actor, tmp_path: Path
) -> None:
    export_participants(demo_db, clerk, tmp_path / "clerk.xlsx", language="en")
    export_participants(demo_db, instructor, tmp_path / "instructor.xlsx", language="en")
    plain = load_workbook(tmp_path / "clerk.xlsx").active
    masked = load_workbook(tmp_path / "instructor.xlsx").active
    row = next(n for n in range(2, plain.max_row + 1) if plain[f"C{n}"].value)
    nik, kk, phone = (plain[f"{c}{row}"].value for c in "CDH")
    assert masked[f"C{row}"].value == registry.mask_nik(nik) != nik
    assert kk is None or masked[f"D{row}"].value == registry.mask_nik(kk) != kk
    assert phone is None or masked[f"H{row}"].value == registry.mask_phone(phone) != phone
    # Names stay, and numbers do not find anyone for them (as in the list).
    assert masked[f"B{row}"].value == plain[f"B{row}"].value
    assert (
        export_participants(demo_db, instructor, tmp_path / "nik.xlsx", RegistryQuery(text=nik[:6]))
        == 0
    )


def test_labels_dates_and_text_cells(demo_db: Database, admin: Actor, tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    export_participants(demo_db, admin, path, language="id")
    sheet = load_workbook(path).active
    assert [cell.value for cell in sheet[1]][:3] == ["No", "Nama", "NIK"]
    sexes = {sheet[f"G{n}"].value for n in range(2, sheet.max_row + 1)}
    assert sexes <= {"Laki-laki", "Perempuan"}
    assert {sheet[f"R{n}"].value for n in range(2, sheet.max_row + 1)} <= {"Ya", "Tidak"}
    assert sheet["F2"].is_date and sheet["S2"].is_date
    assert sheet["C2"].data_type == "s"


def test_csv_export(demo_db: Database, clerk: Actor, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    query = RegistryQuery(sort=SortKey.NIK)
    count = export_participants(demo_db, clerk, path, query, language="en")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        header, *lines = list(csv.reader(handle, delimiter=";"))
    assert header[:3] == ["No", "Name", "NIK"]
    assert [(line[1], line[2]) for line in lines] == _listed(demo_db, clerk, query)
    assert len(lines) == count


def test_progress_in_batches_and_audited(
    demo_db: Database, clerk: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(participant_export, "BATCH", 25)
    seen: list[tuple[int, int]] = []
    count = export_participants(
        demo_db, clerk, tmp_path / "list.xlsx", progress=lambda *a: seen.append(a)
    )
    assert seen[0] == (25, count)
    assert seen[-1] == (count, count)
    assert len(seen) == count // 25 + 1
    with demo_db.sessions() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "participant.export")
        ).one()
        assert entry.after == {"count": count, "format": "xlsx"}
        assert entry.username == clerk.username


def test_cancel_leaves_no_file(
    demo_db: Database, clerk: Actor, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(participant_export, "BATCH", 25)
    asked: list[bool] = []

    def cancelled() -> bool:
        asked.append(True)
        return len(asked) > 2  # after two batches are written

    target = out / "list.xlsx"
    with pytest.raises(ExportCancelled) as raised:
        export_participants(demo_db, clerk, target, cancelled=cancelled)
    assert raised.value.text.startswith("Cancelled")
    assert list(out.iterdir()) == []


def test_an_existing_file_is_replaced_only_when_done(
    demo_db: Database, clerk: Actor, out: Path
) -> None:
    target = out / "list.csv"
    target.write_text("old")
    with pytest.raises(ExportCancelled):
        export_participants(demo_db, clerk, target, cancelled=lambda: True)
    assert target.read_text() == "old"
    export_participants(demo_db, clerk, target, replace(RegistryQuery(), text="zzzzqqq"))
    assert target.read_text(encoding="utf-8-sig").count("\n") == 1  # the header only
    assert [p.name for p in out.iterdir()] == ["list.csv"]


def test_refuses_other_file_types(demo_db: Database, clerk: Actor, out: Path) -> None:
    with pytest.raises(ValidationError):
        export_participants(demo_db, clerk, out / "list.pdf")
    with pytest.raises(ValidationError):  # a folder that does not exist
        export_participants(demo_db, clerk, out / "missing" / "list.xlsx")
    assert list(out.iterdir()) == []
