"""Reading participant lists: a catalogue of the files clerks receive, good and bad, each built
here (openpyxl workbooks, CSV text, raw bytes) so the damage is visible in the test."""

from __future__ import annotations

import os
import zipfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.worksheet.worksheet import Worksheet  # type: ignore[import-untyped]

from desktop.documents import sheet_read
from desktop.documents.sheet_read import SheetError, read_sheet

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _xlsx(path: Path, fill: Callable[[Worksheet], object]) -> Path:
    workbook = Workbook()
    fill(workbook.active)
    workbook.save(path)
    return path


def _refusal(path: Path, **kwargs: int) -> SheetError:
    with pytest.raises(SheetError) as caught:
        read_sheet(path, **kwargs)
    return caught.value


def _rewrite_member(path: Path, member: str, old: bytes, new: bytes) -> None:
    with zipfile.ZipFile(path) as archive:
        contents = {name: archive.read(name) for name in archive.namelist()}
    assert old in contents[member]
    contents[member] = contents[member].replace(old, new)
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in contents.items():
            archive.writestr(name, data)


# --- workbooks ---------------------------------------------------------------------------


def test_workbook_values_become_text_and_number_cells_are_marked(tmp_path: Path) -> None:
    def fill(sheet: Worksheet) -> None:
        sheet.append(["Nama", "NIK", "No HP", "Tgl Lahir", "Aktif", "Catatan"])
        sheet.append(["Siti", 3.2010123456789e15, 81234567890, date(1990, 3, 12), True, None])
        sheet.append(["Budi", "3201011203900001", "'0812", datetime(1991, 1, 2, 8, 30), False, 1.5])

    sheet = read_sheet(_xlsx(tmp_path / "list.xlsx", fill))

    assert sheet.headers == ("Nama", "NIK", "No HP", "Tgl Lahir", "Aktif", "Catatan")
    assert sheet.rows == (
        ("Siti", "3201012345678900", "81234567890", "1990-03-12", "TRUE", ""),
        ("Budi", "3201011203900001", "'0812", "1991-01-02 08:30:00", "FALSE", "1.5"),
    )
    assert sheet.row_numbers == (2, 3)
    assert sheet.numeric == (frozenset({1, 2}), frozenset({5}))
    assert sheet.formula_cells == (frozenset(), frozenset())
    assert sheet.notes == ()


def test_merged_heading_is_given_to_every_column_it_spans(tmp_path: Path) -> None:
    def fill(sheet: Worksheet) -> None:
        sheet.append(["Nama", "NIK", "Alamat", None, None, "No HP"])
        sheet.append(["Siti", "3201011203900001", "Jl. Mawar 3", "001/002", "Cibinong", "0812"])
        sheet.merge_cells("C1:E1")

    sheet = read_sheet(_xlsx(tmp_path / "merged.xlsx", fill))

    assert sheet.headers == ("Nama", "NIK", "Alamat", "Alamat", "Alamat", "No HP")
    assert sheet.notes == (sheet_read.MERGED_HEADINGS_FILLED,)


def test_stray_spaces_trailing_rows_and_columns_and_blank_rows(tmp_path: Path) -> None:
    def fill(sheet: Worksheet) -> None:
        sheet.append([None])  # a title row left empty above the table
        sheet.append(["\u00a0Nama ", " Tgl\u00a0 Lahir\u200b", None, "  "])
        sheet.append(["Siti", "12/03/1990"])
        sheet.append([None, None, " "])
        sheet.append(["Budi", None])
        for row in range(6, 40):
            sheet.cell(row=row, column=1).value = ""  # empty rows Excel kept after the data
        sheet.cell(row=40, column=9).value = None

    sheet = read_sheet(_xlsx(tmp_path / "spaces.xlsx", fill))

    assert sheet.headers == ("Nama", "Tgl Lahir")
    assert sheet.rows == (("Siti", "12/03/1990"), ("Budi", ""))
    assert sheet.row_numbers == (3, 5)


def test_formula_never_calculated_is_empty_and_marked(tmp_path: Path) -> None:
    def fill(sheet: Worksheet) -> None:
        sheet.append(["Nama", "Depan", "Belakang"])
        sheet.append(["=B2&C2", "Siti", "Aminah"])
        sheet.append(["Budi", "Budi", ""])

    sheet = read_sheet(_xlsx(tmp_path / "formula.xlsx", fill))

    assert sheet.rows[0] == ("", "Siti", "Aminah")
    assert sheet.formula_cells == (frozenset({0}), frozenset())
    assert sheet.notes == (sheet_read.FORMULAS_NOT_COMPUTED,)


def test_formula_with_a_calculated_value_gives_the_value(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "calculated.xlsx", lambda s: [s.append(["Umur"]), s.append(["=1+1"])])
    _rewrite_member(path, "xl/worksheets/sheet1.xml", b"<v />", b"<v>2</v>")

    sheet = read_sheet(path)

    assert sheet.rows == (("2",),)
    assert sheet.formula_cells == (frozenset(),)
    assert sheet.notes == ()


def test_the_first_visible_sheet_is_read(tmp_path: Path) -> None:
    workbook = Workbook()
    hidden = workbook.active
    hidden.append(["Kode"])
    hidden.append(["rahasia"])
    hidden.sheet_state = "hidden"
    shown = workbook.create_sheet("Peserta")
    shown.append(["Nama"])
    shown.append(["Siti"])
    workbook.save(tmp_path / "two.xlsx")

    assert read_sheet(tmp_path / "two.xlsx").rows == (("Siti",),)


def test_content_decides_not_the_name(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "daftar.csv", lambda s: [s.append(["Nama"]), s.append(["Siti"])])
    assert read_sheet(path).rows == (("Siti",),)


def test_long_cell_is_refused_naming_row_and_column(tmp_path: Path) -> None:
    def fill(sheet: Worksheet) -> None:
        sheet.append(["Nama", "Alamat"])
        sheet.append(["Siti", "x" * 30_000])

    error = _refusal(_xlsx(tmp_path / "long.xlsx", fill))

    assert error.text == sheet_read.CELL_TOO_LONG
    assert dict(error.params) == {"row": 2, "column": "B", "length": 30_000, "max": 5_000}


def test_too_many_workbook_rows_are_refused_while_streaming(tmp_path: Path) -> None:
    def fill(sheet: Worksheet) -> None:
        sheet.append(["Nama"])
        for i in range(5):
            sheet.append([f"P{i}"])

    path = _xlsx(tmp_path / "big.xlsx", fill)

    assert len(read_sheet(path, max_rows=5).rows) == 5
    error = _refusal(path, max_rows=4)
    assert (error.text, dict(error.params)) == (sheet_read.TOO_MANY_ROWS, {"max": 4})


def test_empty_workbook_and_headings_only(tmp_path: Path) -> None:
    assert _refusal(_xlsx(tmp_path / "e.xlsx", lambda s: None)).text == sheet_read.EMPTY
    only = _xlsx(tmp_path / "h.xlsx", lambda s: s.append(["Nama", "NIK"]))
    assert _refusal(only).text == sheet_read.NO_ROWS


# --- not workbooks -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (os.urandom(4096) + b"\x00", sheet_read.NOT_SPREADSHEET),
        (b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n", sheet_read.NOT_SPREADSHEET),
        (OLE + bytes(504) + "EncryptionInfo\x00EncryptedPackage".encode("utf-16-le"),
         sheet_read.PROTECTED),
        (OLE + bytes(504) + "Root Entry\x00Workbook".encode("utf-16-le"), sheet_read.OLD_XLS),
        (OLE + bytes(504) + "Root Entry\x00WordDocument".encode("utf-16-le"),
         sheet_read.NOT_SPREADSHEET),
        (b"", sheet_read.EMPTY),
        (b"PK\x03\x04 cut off in the middle of the download", sheet_read.DAMAGED),
        (b"Nama;NIK\r\n\x81\x8d\x8f;1\r\n", sheet_read.ENCODING),
    ],
    ids=["random", "pdf", "encrypted", "xls", "doc", "empty", "truncated-zip", "encoding"],
)  # fmt: skip
def test_files_that_are_not_readable_lists(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "file.xlsx"
    path.write_bytes(content)
    assert _refusal(path).text == expected


def test_word_document_is_not_a_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "surat.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    assert _refusal(path).text == sheet_read.NOT_SPREADSHEET


# --- CSV -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "encoding"),
    [
        ("Nama;Kota\r\nJosé;Peñida\r\n", "utf-8"),
        ("Nama,Kota\r\nJosé,Peñida\r\n", "utf-8-sig"),
        ("Nama;Kota\r\nJosé;Peñida\r\n", "cp1252"),
        ("Nama\tKota\r\nJosé\tPeñida\r\n", "utf-16"),
        ("sep=,\r\nNama,Kota\r\nJosé,Peñida\r\n", "utf-8"),
    ],
    ids=["semicolon-utf8", "comma-bom", "cp1252", "utf16-tab", "sep-line"],
)
def test_csv_as_excel_writes_it(tmp_path: Path, content: str, encoding: str) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(content.encode(encoding))

    sheet = read_sheet(path)

    assert sheet.headers == ("Nama", "Kota")
    assert sheet.rows == (("José", "Peñida"),)
    assert sheet.numeric == (frozenset(),)


def test_csv_quotes_and_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text(
        'Nama;Alamat;;\r\n\r\n"Siti";"Jl. Mawar; No. 3\nRT 1";;\r\n;;;\r\nBudi;Desa, Kec.\r\n',
        encoding="utf-8",
    )

    sheet = read_sheet(path)

    assert sheet.headers == ("Nama", "Alamat")
    assert sheet.rows == (("Siti", "Jl. Mawar; No. 3\nRT 1"), ("Budi", "Desa, Kec."))
    assert sheet.row_numbers == (3, 5)  # as Excel numbers them: one row per record


def test_csv_long_cells_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_text("Nama;Alamat\r\nSiti;" + "x" * 30_000 + "\r\n", encoding="utf-8")
    error = _refusal(path)
    assert dict(error.params) == {"row": 2, "column": "B", "length": 30_000, "max": 5_000}

    path.write_text("Nama;Alamat\r\nSiti;Jl\r\nBudi;" + "x" * 200_000 + "\r\n", encoding="utf-8")
    error = _refusal(path)
    assert (error.text, dict(error.params)) == (
        sheet_read.CSV_CELL_TOO_LONG,
        {"row": 3, "max": 5_000},
    )


def test_csv_of_50001_rows_is_refused_and_50000_read(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    lines = ["Nama;NIK"] + [f"P{i};{i}" for i in range(50_000)]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    assert len(read_sheet(path).rows) == 50_000

    with path.open("a", encoding="utf-8") as file:
        file.write("P50000;1\r\n")
    error = _refusal(path)
    assert (error.text, dict(error.params)) == (sheet_read.TOO_MANY_ROWS, {"max": 50_000})
