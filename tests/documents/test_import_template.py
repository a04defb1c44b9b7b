"""The participant import template read back with openpyxl as Excel opens it: a header the
column guessing recognises in either language, ID and phone columns formatted as text, a date
check, dropdowns fed from a hidden list sheet, instructions with an example that passes the
intake form's checks, and no data row to import by accident."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.datavalidation import DataValidation

from desktop.documents import import_template
from desktop.documents.import_template import COLUMNS, FIELDS, write_import_template
from desktop.documents.language import CHOICES, translator, ts_file
from desktop.domain import regions
from desktop.domain.choices import Education, MaritalStatus, Sex
from desktop.domain.import_columns import ImportField, guess_mapping, mapping_problems
from desktop.domain.participant import ParticipantInput, clean_participant

F = ImportField
INDONESIAN_HEADERS = [
    "Nama lengkap",
    "NIK",
    "Nomor Kartu Keluarga (KK)",
    "Tempat lahir",
    "Tanggal lahir (hh/bb/tttt)",
    "Jenis kelamin",
    "Telepon / WhatsApp",
    "Jalan, nomor rumah, dusun",
    "RT",
    "RW",
    "Desa / kelurahan",
    "Kecamatan",
    "Kabupaten / kota",
    "Provinsi",
    "Kode pos",
    "Pendidikan terakhir yang ditamatkan",
    "Pekerjaan",
    "Status perkawinan",
    "Disabilitas (UU 8/2016)",
]
# Sheet names as the lead may translate them; "Daftar pilihan" has a space, so the dropdowns'
# formulas must quote it.
SHEET_NAMES = {"Instructions": "Petunjuk", "Lists": "Daftar pilihan"}


def _letter(field: ImportField) -> str:
    return "ABCDEFGHIJKLMNOPQRS"[FIELDS.index(field)]


def _template(tmp_path: Path, language: str, ts: Path | None = None) -> Workbook:
    path = tmp_path / f"template-{language}.xlsx"
    write_import_template(path, language, ts=ts)
    return load_workbook(path)


def _ts_with_sheet_names(tmp_path: Path) -> Path:
    """The shipped translation with the sheet names above put first (the first entry wins)."""
    tree = ET.parse(ts_file("id"))
    context = ET.Element("context")
    ET.SubElement(context, "name").text = "documents"
    for source, translation in SHEET_NAMES.items():
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "translation").text = translation
    tree.getroot().insert(0, context)
    path = tmp_path / "pelita_id.ts"
    tree.write(path, encoding="utf-8")
    return path


def _checks(book: Workbook) -> dict[str, DataValidation]:
    """Each data validation of the list sheet by the first column it covers."""
    found = {}
    for check in book.worksheets[0].data_validations.dataValidation:
        for cells in str(check.sqref).split():
            found[cells[0]] = check
    return found


def test_the_indonesian_header_is_recognised_column_by_column(tmp_path: Path) -> None:
    book = _template(tmp_path, "id")
    headers = [cell.value for cell in book.worksheets[0][1]]
    assert headers == INDONESIAN_HEADERS
    mapping = guess_mapping(headers)
    assert mapping == dict(enumerate(FIELDS))
    assert mapping_problems(mapping) == []


def test_the_english_header_is_recognised_too(tmp_path: Path) -> None:
    book = _template(tmp_path, "en")
    headers = [cell.value for cell in book.worksheets[0][1]]
    assert headers == [header for _, header, _ in COLUMNS]
    assert guess_mapping(headers) == dict(enumerate(FIELDS))


def test_sheets_header_and_column_formats(tmp_path: Path) -> None:
    book = _template(tmp_path, "id", _ts_with_sheet_names(tmp_path))
    assert book.sheetnames == ["Peserta", "Petunjuk", "Daftar pilihan"]
    assert [sheet.sheet_state for sheet in book] == ["visible", "visible", "hidden"]
    assert book.active.title == "Peserta"
    sheet = book.worksheets[0]
    assert sheet.max_row == 1  # no example person on the list itself
    assert sheet.freeze_panes == "B2"
    assert all(cell.font.bold for cell in sheet[1])
    for field in FIELDS:
        dimension = sheet.column_dimensions[_letter(field)]
        assert dimension.width >= 6
        expected = "DD/MM/YYYY" if field is F.BIRTH_DATE else "@"
        assert dimension.number_format == expected, field
    for field in (F.NIK, F.KK_NUMBER, F.PHONE, F.RT, F.RW, F.POSTAL_CODE):
        assert sheet.column_dimensions[_letter(field)].number_format == "@"


def test_dropdowns_come_from_the_hidden_list_sheet(tmp_path: Path) -> None:
    book = _template(tmp_path, "id", _ts_with_sheet_names(tmp_path))
    checks = _checks(book)
    tr = translator("id")
    lists = book["Daftar pilihan"]
    for field, members in ((F.EDUCATION, list(Education)), (F.MARITAL_STATUS, list(MaritalStatus))):
        check = checks[_letter(field)]
        assert check.type == "list"
        assert str(check.sqref) == f"{_letter(field)}2:{_letter(field)}1048576"
        sheet_name, cells = check.formula1.rsplit("!", 1)
        assert sheet_name == "'Daftar pilihan'"
        values = [row[0].value for row in lists[cells.replace("$", "")]]
        assert values == [tr(CHOICES, member.label) for member in members]
    assert "Tamat SD/sederajat" in [cell.value for cell in lists["A"]]  # Indonesian labels
    sexes = checks[_letter(F.SEX)]
    assert (sexes.type, sexes.formula1) == ("list", '"L,P"')
    assert [member.value for member in Sex] == ["L", "P"]


def test_the_date_of_birth_and_the_16_digit_numbers_are_checked(tmp_path: Path) -> None:
    checks = _checks(_template(tmp_path, "id"))
    born = checks[_letter(F.BIRTH_DATE)]
    assert (born.type, born.operator) == ("date", "between")
    assert (born.formula1, born.formula2) == ("DATE(1900,1,1)", "TODAY()")
    assert born.showErrorMessage and born.error
    numbers = checks[_letter(F.NIK)]
    assert numbers is checks[_letter(F.KK_NUMBER)]
    assert (numbers.type, numbers.formula1) == ("textLength", "16")
    assert _letter(F.PHONE) not in checks


def test_the_instructions_and_an_example_that_passes_the_intake_checks(tmp_path: Path) -> None:
    book = _template(tmp_path, "id", _ts_with_sheet_names(tmp_path))
    rows = list(book["Petunjuk"].iter_rows(values_only=True))
    texts = [row[0] for row in rows if row[0]]
    assert len(texts) >= len(import_template.HELP_LINES) + 3
    assert any("Peserta" in str(text) for text in texts)  # names the list sheet
    header_at = [row[: len(FIELDS)] for row in rows].index(tuple(INDONESIAN_HEADERS))
    example = dict(zip(FIELDS, rows[header_at + 1], strict=False))
    assert example[F.NIK] == "3402015203900001"  # text, not a number
    assert isinstance(example[F.BIRTH_DATE], datetime)
    assert example[F.EDUCATION] == translator("id")(CHOICES, Education.SMA.label)
    village = regions.village("34.02.01.2001")
    assert village is not None
    assert (example[F.VILLAGE], example[F.DISTRICT]) == (village.name, village.district_name)
    assert (example[F.REGENCY], example[F.PROVINCE]) == (
        village.regency_name,
        village.province_name,
    )
    assert example[F.POSTAL_CODE] == village.postal_code
    born = example[F.BIRTH_DATE]
    assert isinstance(born, datetime)
    data = ParticipantInput(
        full_name=str(example[F.FULL_NAME]),
        nik=str(example[F.NIK]),
        kk_number=str(example[F.KK_NUMBER]),
        birth_place=str(example[F.BIRTH_PLACE]),
        birth_date=born.date(),
        sex=Sex(str(example[F.SEX])),
        phone=str(example[F.PHONE]),
        street=str(example[F.STREET]),
        rt=str(example[F.RT]),
        rw=str(example[F.RW]),
        village_code=village.code,
        postal_code=str(example[F.POSTAL_CODE]),
        education=Education.SMA,
        marital_status=MaritalStatus.MARRIED,
    )
    clean = clean_participant(data, today=date(2026, 11, 23), village=village)
    assert clean.warnings == []


@pytest.mark.parametrize("language", ["id", "en"])
def test_the_template_opens_as_a_workbook_in_each_language(tmp_path: Path, language: str) -> None:
    book = _template(tmp_path, language)
    assert len(book.worksheets) == 3
    assert book.worksheets[2].sheet_state == "hidden"
