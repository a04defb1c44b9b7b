"""Exporting the inventory (services.inventory_export) to xlsx and CSV: the page's filter and
order, stock as numbers with the unit beside them, tags and serials as text, dates as dates,
values as rupiah, progress and cancel, audited; on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from sqlalchemy import select

from desktop.domain.errors import PermissionDenied, ValidationError
from desktop.domain.inventory import MILLI, ItemKind, MovementKind
from desktop.domain.sponsor import SponsorKind
from desktop.services import inventory_export, sponsors
from desktop.services import inventory_items as inv
from desktop.services.context import Actor
from desktop.services.inventory_export import ExportCancelled, export_inventory
from desktop.services.inventory_items import ItemFilter
from desktop.store.database import Database
from desktop.store.models import AuditEntry
from tests.services.test_inventory_items import TODAY, Store, machine
from tests.services.test_inventory_items import stocked as stocked  # a fixture
from tests.services.test_inventory_items import store as store  # a fixture

M = MILLI


@pytest.fixture
def centre(stocked: Store) -> Store:
    """The stocked store, with a sponsor's projector (its tag all digits) received on a day."""
    sponsor = sponsors.create_sponsor(
        stocked.db, stocked.admin, "PT Sandang Nusantara", SponsorKind.COMPANY
    )
    projector = stocked.item(
        replace(
            machine("Proyektor Epson", tag="0012", serial="X5-0001"),
            sponsor_id=sponsor.id,
            received_on=date(2026, 8, 17),
            value_rupiah=7_250_000,
        )
    )
    stocked.receive(projector, M, stocked.jahit, kind=MovementKind.DONATED)
    katun = inv.list_items(stocked.db, stocked.admin, ItemFilter(text="katun"))[0].id
    inv.write_off(
        stocked.db, stocked.admin, katun, stocked.gudang, 2500, MovementKind.DAMAGED, TODAY,
        "Sobek",
    )  # fmt: skip
    return stocked


def _sheet(path: Path) -> list[tuple[object, ...]]:
    book = load_workbook(path)
    return [tuple(row) for row in book.active.iter_rows(values_only=True)]


def _exports(db: Database) -> list[dict[str, object]]:
    with db.sessions() as session:
        return [
            dict(entry.after or {})
            for entry in session.scalars(
                select(AuditEntry).where(AuditEntry.action == "inventory.export")
            )
        ]


def test_the_xlsx_holds_the_list_with_numbers_as_numbers_and_tags_as_text(
    centre: Store, tmp_path: Path
) -> None:
    path = tmp_path / "inventaris.xlsx"
    assert export_inventory(centre.db, centre.admin, path, language="en") == 6
    book = load_workbook(path)
    sheet = book.active
    assert sheet.title == "Inventory"
    header, *rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert header == [
        "No", "Name", "Kind", "Asset tag", "Serial number", "Stock", "Unit", "Reorder level",
        "Low", "Location", "Condition", "On loan", "Sponsor", "Received", "Value", "Retired",
    ]  # fmt: skip
    assert all(cell.font.b for cell in sheet[1])
    assert sheet.freeze_panes == "C2"
    assert sheet.auto_filter.ref == "A1:P7"
    assert sheet.column_dimensions["B"].width == 32
    by_name = {row[1]: row for row in rows}
    assert [row[1] for row in rows] == [
        "Benang jahit 100% polyester",
        "Benih cabai",
        "Kain katun",
        "Laptop Lenovo",
        "Mesin jahit Butterfly",
        "Proyektor Epson",
    ]
    assert [row[0] for row in rows] == [1, 2, 3, 4, 5, 6]
    assert by_name["Kain katun"][2:12] == [
        "Consumable", None, None, 17.5, "metre", 20, "Yes",
        "Gudang (12.5), Ruang Jahit (5)", None, "No",
    ]  # fmt: skip
    assert by_name["Benang jahit 100% polyester"][5:10] == [40, "roll", 10, "No", "Ruang Jahit"]
    assert by_name["Benih cabai"][5:10] == [0, "kg", 1, "Yes", None]
    assert by_name["Mesin jahit Butterfly"][5:12] == [0, "piece", None, "No", None, "Good", "Yes"]
    projector = by_name["Proyektor Epson"]
    assert projector[2:6] == ["Equipment", "0012", "X5-0001", 1]
    assert projector[9:] == [
        "Ruang Jahit", "Good", "No", "PT Sandang Nusantara", datetime(2026, 8, 17), 7_250_000, "No",
    ]  # fmt: skip
    tag, serial, stock, received, value = (sheet[f"{col}7"] for col in "DEFNO")
    assert (tag.data_type, tag.number_format) == ("s", "@")  # 0012 keeps its zeros
    assert serial.number_format == "@"
    assert stock.data_type == "n"
    assert received.number_format == "dd/mm/yyyy"
    assert "Rp" in value.number_format and "#,##0" in value.number_format


def test_the_csv_writes_the_languages_decimal_mark(centre: Store, tmp_path: Path) -> None:
    path = tmp_path / "inventaris.csv"
    export_inventory(centre.db, centre.admin, path, ItemFilter(low_only=True), language="id")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        header, *lines = list(csv.reader(handle, delimiter=";"))
    assert header[:2] == ["No", "Nama"]
    assert [line[1] for line in lines] == ["Benih cabai", "Kain katun"]
    katun = lines[1]
    assert katun[5] == "17,5" and katun[7] == "20"
    assert katun[9] == "Gudang (12,5), Ruang Jahit (5)"
    english = tmp_path / "inventory.csv"
    export_inventory(centre.db, centre.admin, english, ItemFilter(text="0012"), language="en")
    with open(english, encoding="utf-8-sig", newline="") as handle:
        _header, projector = list(csv.reader(handle, delimiter=";"))
    assert projector[1:6] == ["Proyektor Epson", "Equipment", "0012", "X5-0001", "1"]
    assert projector[13:] == ["17/08/2026", "7250000", "No"]


def test_the_filter_is_the_pages_and_the_export_is_audited(centre: Store, tmp_path: Path) -> None:
    inv.retire_item(
        centre.db, centre.admin, inv.list_items(centre.db, centre.admin, ItemFilter("benih"))[0].id
    )
    path = tmp_path / "equipment.xlsx"
    equipment = ItemFilter(kind=ItemKind.EQUIPMENT)
    assert export_inventory(centre.db, centre.admin, path, equipment, language="en") == 3
    everything = ItemFilter(include_retired=True)
    assert export_inventory(centre.db, centre.admin, path, everything, language="en") == 6
    retired = [row for row in _sheet(path)[1:] if row[-1] == "Yes"]
    assert [row[1] for row in retired] == ["Benih cabai"]
    assert _exports(centre.db) == [
        {"count": 3, "format": "xlsx", "kind": "equipment"},
        {"count": 6, "format": "xlsx", "include_retired": True},
    ]


def test_progress_is_reported_and_a_cancel_leaves_no_file(
    centre: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(inventory_export, "BATCH", 4)
    reported: list[tuple[int, int]] = []
    path = tmp_path / "list.xlsx"
    export_inventory(centre.db, centre.admin, path, progress=lambda *a: reported.append(a))
    assert reported == [(4, 6), (6, 6)]
    path.unlink()
    asked: list[int] = []

    def cancel_at_the_second_batch() -> bool:
        asked.append(1)
        return len(asked) > 1

    with pytest.raises(ExportCancelled):
        export_inventory(centre.db, centre.admin, path, cancelled=cancel_at_the_second_batch)
    assert not path.exists()
    assert not list(tmp_path.glob("*.part")) and not list(tmp_path.glob(".*.part"))
    assert len(_exports(centre.db)) == 1


def test_an_empty_inventory_gives_a_header_alone(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    assert export_inventory(store.db, store.admin, path, language="en") == 0
    assert len(_sheet(path)) == 1


def test_bad_files_and_roles_are_refused(store: Store, clerk: Actor, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as wrong:
        export_inventory(store.db, store.admin, tmp_path / "list.pdf")
    assert wrong.value.field == "file"
    with pytest.raises(ValidationError) as unwritable:
        export_inventory(store.db, store.admin, tmp_path / "missing" / "list.xlsx")
    assert unwritable.value.field == "file"
    with pytest.raises(PermissionDenied):
        export_inventory(store.db, clerk, tmp_path / "list.xlsx")
    assert list(tmp_path.glob("*.xlsx")) == [] and _exports(store.db) == []
