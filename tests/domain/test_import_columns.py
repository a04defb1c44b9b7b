"""Guessing which column of a participant list is which field, from header rows as village
offices, NGOs and sponsors write them; splitting combined RT/RW and place-and-date columns;
and what a mapping lacks before an import can run."""

from __future__ import annotations

import pytest

from desktop.domain import import_columns
from desktop.domain.import_columns import (
    FIELD_LABELS,
    ImportField,
    guess_mapping,
    mapping_problems,
    normalise_header,
    split_birth_place_date,
    split_rt_rw,
)

F = ImportField


def _named(headers: list[str]) -> dict[str, ImportField]:
    return {headers[column]: field for column, field in guess_mapping(headers).items()}


def test_a_village_office_list_in_indonesian() -> None:
    headers = [
        "No",
        "Nama Lengkap",
        "NIK",
        "No. KK",
        "Tempat Lahir",
        "TGL LAHIR",
        "L/P",
        "No. HP / WA",
        "Alamat",
        "RT/RW",
        "Desa/Kelurahan",
        "Kecamatan",
        "Kabupaten/Kota",
        "Nama Ibu Kandung",
        "Pendidikan Terakhir",
        "Pekerjaan",
        "Status Kawin",
        "Keterangan",
    ]
    assert _named(headers) == {
        "Nama Lengkap": F.FULL_NAME,
        "NIK": F.NIK,
        "No. KK": F.KK_NUMBER,
        "Tempat Lahir": F.BIRTH_PLACE,
        "TGL LAHIR": F.BIRTH_DATE,
        "L/P": F.SEX,
        "No. HP / WA": F.PHONE,
        "Alamat": F.STREET,
        "RT/RW": F.RT_RW,
        "Desa/Kelurahan": F.VILLAGE,
        "Kecamatan": F.DISTRICT,
        "Kabupaten/Kota": F.REGENCY,
        "Pendidikan Terakhir": F.EDUCATION,
        "Pekerjaan": F.OCCUPATION,
        "Status Kawin": F.MARITAL_STATUS,
    }


def test_capitals_abbreviations_and_non_breaking_spaces() -> None:
    headers = ["NO", "NAMA", "NIK\u00a0KTP", "TTL", "JK", "ALAMAT", "RT", "RW", "DESA", "KEC"]
    headers += ["KAB", "NO\u00a0HP", "Nomor\u00a0Telp/HP", "NAMA AYAH", "Kode\u00a0Pos"]
    assert _named(headers) == {
        "NAMA": F.FULL_NAME,
        "NIK\u00a0KTP": F.NIK,
        "TTL": F.BIRTH_PLACE_DATE,
        "JK": F.SEX,
        "ALAMAT": F.STREET,
        "RT": F.RT,
        "RW": F.RW,
        "DESA": F.VILLAGE,
        "KEC": F.DISTRICT,
        "KAB": F.REGENCY,
        "NO\u00a0HP": F.PHONE,
        "Kode\u00a0Pos": F.POSTAL_CODE,
    }


def test_a_sponsor_list_in_english() -> None:
    headers = ["Name", "Date of birth", "Place of birth", "Gender", "Phone number", "Address"]
    headers += ["Village", "District", "Regency", "Province", "Postal code", "Education"]
    headers += ["Occupation", "Marital status", "Disability", "ID number", "Family card number"]
    assert list(_named(headers).values()) == [
        F.FULL_NAME,
        F.BIRTH_DATE,
        F.BIRTH_PLACE,
        F.SEX,
        F.PHONE,
        F.STREET,
        F.VILLAGE,
        F.DISTRICT,
        F.REGENCY,
        F.PROVINCE,
        F.POSTAL_CODE,
        F.EDUCATION,
        F.OCCUPATION,
        F.MARITAL_STATUS,
        F.DISABILITY,
        F.NIK,
        F.KK_NUMBER,
    ]


def test_notes_in_brackets_and_punctuation_are_ignored() -> None:
    headers = ["NIK (16 digit)", "Jenis Kelamin (L/P)", "Tanggal Lahir [dd/mm/yyyy]"]
    headers += ["Tempat, Tgl Lahir", "Nomor Induk Kependudukan (NIK)", "Nama Lengkap sesuai KTP"]
    assert _named(headers) == {
        "NIK (16 digit)": F.NIK,
        "Jenis Kelamin (L/P)": F.SEX,
        "Tanggal Lahir [dd/mm/yyyy]": F.BIRTH_DATE,
        "Tempat, Tgl Lahir": F.BIRTH_PLACE_DATE,
        "Nama Lengkap sesuai KTP": F.FULL_NAME,
    }


def test_the_mothers_name_is_never_the_participants_name() -> None:
    headers = ["Nama Ibu Kandung", "Nama Ayah", "Pekerjaan Orang Tua", "Nama", "Nama"]
    assert guess_mapping(headers) == {3: F.FULL_NAME}
    assert guess_mapping(["Nama Ibu Kandung", "Tanggal Lahir Ibu", "No HP Wali"]) == {}


def test_two_columns_never_map_to_one_field() -> None:
    # The leftmost of equal matches wins; an exact match beats an earlier fuzzy one.
    assert guess_mapping(["Desa", "Kelurahan"]) == {0: F.VILLAGE}
    assert guess_mapping(["Tanggal Lahr", "Tanggal Lahir"]) == {1: F.BIRTH_DATE}
    mapping = guess_mapping(["HP", "No WA", "Telepon", "Nama"])
    assert sorted(mapping.values()) == sorted([F.PHONE, F.FULL_NAME])


def test_typing_slips_are_forgiven_but_neighbours_are_not_confused() -> None:
    assert _named(["Kecamtan", "Pendidkan", "Pekerjan", "Tempat Lahr"]) == {
        "Kecamtan": F.DISTRICT,
        "Pendidkan": F.EDUCATION,
        "Pekerjan": F.OCCUPATION,
        "Tempat Lahr": F.BIRTH_PLACE,
    }
    unknown = ["Tanggal Daftar", "Tanggal", "Nomor", "No.", "Email", "Alamat Email", "Nomor Urut"]
    unknown += ["Nama Kepala Keluarga", "Keterangan", "", "Program", "Paraf", "R"]
    assert guess_mapping(unknown) == {}


def test_headers_that_are_not_text_are_skipped() -> None:
    assert guess_mapping([None, "Nama", 12]) == {1: F.FULL_NAME}  # type: ignore[list-item]


def test_normalised_headers_fold_case_spaces_and_accents() -> None:
    assert normalise_header("  No.\u00a0HP / WA ") == "no hp wa"
    assert normalise_header("Kécamatan") == "kecamatan"
    assert normalise_header("ＮＩＫ") == "nik"  # full-width letters from some keyboards


def test_every_field_has_a_label_and_synonyms() -> None:
    assert set(FIELD_LABELS) == set(ImportField)
    assert set(import_columns.SYNONYMS) == set(ImportField)
    for field in ImportField:
        assert guess_mapping([field.label]) == {0: field}, field


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("003/005", ("003", "005")),
        ("3/5", ("3", "5")),
        ("003 / 005", ("003", "005")),
        ("RT 03 RW 05", ("03", "05")),
        ("rt.003/rw.005", ("003", "005")),
        ("003-005", ("003", "005")),
        ("", ("", "")),
        ("003", ("", "")),
        ("abc/def", ("", "")),
        ("1234/5", ("", "")),
    ],
)
def test_split_rt_rw(text: str, expected: tuple[str, str]) -> None:
    assert split_rt_rw(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bantul, 12-03-1990", ("Bantul", "12-03-1990")),
        ("Kota Yogyakarta, 12/03/1990", ("Kota Yogyakarta", "12/03/1990")),
        ("Bantul 12 Maret 1990", ("Bantul", "12 Maret 1990")),
        ("Bantul,\u00a012-03-1990", ("Bantul", "12-03-1990")),
        ("12-03-1990", ("", "12-03-1990")),
        ("Bantul", ("Bantul", "")),
        ("", ("", "")),
    ],
)
def test_split_birth_place_date(text: str, expected: tuple[str, str]) -> None:
    assert split_birth_place_date(text) == expected


def test_a_full_mapping_has_no_problems() -> None:
    assert mapping_problems({0: F.FULL_NAME, 1: F.NIK}) == []
    assert mapping_problems({0: F.FULL_NAME, 1: F.BIRTH_DATE, 2: F.SEX}) == []
    assert mapping_problems({0: F.FULL_NAME, 1: F.BIRTH_PLACE_DATE, 2: F.SEX}) == []


def test_the_name_is_always_needed() -> None:
    assert mapping_problems({0: F.NIK, 1: F.PHONE}) == ["Which column holds the name?"]
    assert mapping_problems({}) == [
        import_columns.NO_NAME,
        import_columns.NO_BIRTH_DATE,
        import_columns.NO_SEX,
    ]


def test_without_a_nik_the_birth_date_and_sex_are_needed() -> None:
    assert mapping_problems({0: F.FULL_NAME, 1: F.SEX}) == [import_columns.NO_BIRTH_DATE]
    assert mapping_problems({0: F.FULL_NAME, 1: F.BIRTH_DATE}) == [import_columns.NO_SEX]


def test_the_same_field_twice_and_combined_columns_beside_their_parts() -> None:
    base = {0: F.FULL_NAME, 1: F.NIK}
    assert mapping_problems({**base, 2: F.PHONE, 3: F.PHONE}) == [import_columns.SAME_FIELD_TWICE]
    assert mapping_problems({**base, 2: F.RT_RW, 3: F.RW}) == [import_columns.RT_RW_TWICE]
    assert mapping_problems({**base, 2: F.BIRTH_PLACE_DATE, 3: F.BIRTH_PLACE}) == [
        import_columns.BIRTH_TWICE
    ]
