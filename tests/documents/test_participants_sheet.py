"""The participant list's xlsx and CSV, written and read back (openpyxl, csv)."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from openpyxl import load_workbook  # type: ignore[import-untyped]

from desktop.documents.participants_sheet import (
    COLUMNS,
    Row,
    write_participants_csv,
    write_participants_xlsx,
)


def _row(name: str = "Siti Aminah", nik: str = "0203014506880001", **changes: str) -> Row:
    values: dict[str, str | date] = {
        "name": name,
        "nik": nik,
        "kk": "0203010101080009",
        "place": "Bandung",
        "born": date(1988, 6, 5),
        "sex": "Perempuan",
        "phone": "0812-3456-7890",
        "street": "Jl. Merdeka 5",
        "rt": "001",
        "rw": "002",
        "village": "Cibodas",
        "district": "Lembang",
        "regency": "Kab. Bandung Barat",
        "province": "Jawa Barat",
        "education": "SLTA",
        "occupation": "Petani",
        "disability": "Tidak",
        "registered": date(2026, 1, 15),
    }
    values.update(changes)
    return tuple(values.values())


def test_xlsx_header_is_bold_frozen_filtered_and_sized(tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    assert write_participants_xlsx(path, [_row(), _row("Budi")], language="en") == 2
    sheet = load_workbook(path).active
    assert [cell.value for cell in sheet[1]] == [header for header, _, _ in COLUMNS]
    assert all(cell.font.b for cell in sheet[1])
    assert sheet.freeze_panes == "C2"
    assert sheet.auto_filter.ref == f"A1:S{3}"
    assert sheet.column_dimensions["B"].width == 30
    assert sheet.max_row == 3


def test_xlsx_ids_are_text_and_dates_are_dates(tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    write_participants_xlsx(path, [_row()], language="id")
    sheet = load_workbook(path).active
    number, name, nik, kk, _place, born, _sex, phone = sheet[2][:8]
    assert (number.value, name.value) == (1, "Siti Aminah")
    for cell, expected in ((nik, "0203014506880001"), (kk, "0203010101080009")):
        assert cell.value == expected  # the leading zero and the 16th digit intact
        assert (cell.data_type, cell.number_format) == ("s", "@")
    assert (phone.value, phone.number_format) == ("0812-3456-7890", "@")
    assert born.is_date and born.value.date() == date(1988, 6, 5)
    assert born.number_format == "dd/mm/yyyy"
    assert sheet["S2"].value.date() == date(2026, 1, 15)


def test_xlsx_headers_in_the_desk_language(tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    write_participants_xlsx(path, [], language="id")
    book = load_workbook(path)
    assert book.sheetnames == ["Daftar peserta"]
    headers = [cell.value for cell in book.active[1]]
    assert headers[1] == "Nama"
    assert book.active.auto_filter.ref == "A1:S1"


def test_xlsx_formulas_stay_text_and_control_characters_go(tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    tricky = _row('=HYPERLINK("http://x")', street="a\x00b\x1fc & <d>", occupation="  tani ")
    write_participants_xlsx(path, [tricky], language="en")
    sheet = load_workbook(path).active
    assert sheet["B2"].value == '=HYPERLINK("http://x")'
    assert sheet["B2"].data_type == "s"
    assert sheet["I2"].value == "abc & <d>"
    assert sheet["Q2"].value == "  tani "


def test_xlsx_empty_values_keep_the_text_format(tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    write_participants_xlsx(path, [_row(nik="", kk="")], language="en")
    sheet = load_workbook(path).active
    assert sheet["C2"].value is None
    assert sheet["C2"].number_format == "@"


def test_csv_is_utf8_with_bom_and_semicolons(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    assert write_participants_csv(path, [_row('Ñoman; "Putu"')], language="id") == 1
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        header, line = list(csv.reader(handle, delimiter=";"))
    assert header[:3] == ["No", "Nama", "NIK"]
    assert line[:4] == ["1", 'Ñoman; "Putu"', "0203014506880001", "0203010101080009"]
    assert line[5] == "05/06/1988"
    assert line[-1] == "15/01/2026"


def test_csv_defuses_formulas_and_drops_control_characters(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    write_participants_csv(path, [_row("=1+1", street="-2+3", occupation="x\x07y")])
    with open(path, encoding="utf-8-sig", newline="") as handle:
        _header, line = list(csv.reader(handle, delimiter=";"))
    assert line[1] == "'=1+1"
    assert line[8] == "'-2+3"
    assert line[16] == "xy"
