"""Repairing or flagging what spreadsheets do to values: each case is damage seen in the lists
clerks receive, with the exact repaired value and message expected."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.choices import Sex
from desktop.domain.sheet_repair import (
    Problem,
    clean_cell,
    repair_date,
    repair_nik,
    repair_phone,
    repair_sex,
)

TODAY = date(2026, 5, 1)
NIK = "3201011203900001"
NOT_A_DATE = "{value} is not a date: write the date as dd/mm/yyyy (for example 17/08/1990)."


def _text(problem: Problem | None) -> str | None:
    return None if problem is None else problem.text


# --- clean_cell ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("\u00a0Siti\u00a0 Aminah ", "Siti Aminah"),
        ("Jl.\u2009Mawar\u202f3", "Jl. Mawar 3"),
        ("Si\u200bti\ufeff", "Siti"),
        ("Jl. Mawar\nRT 1\t", "Jl. Mawar RT 1"),
        ("", ""),
    ],
)
def test_clean_cell(raw: str, expected: str) -> None:
    assert clean_cell(raw) == expected


@given(st.text())
def test_clean_cell_is_idempotent(text: str) -> None:
    once = clean_cell(text)
    assert clean_cell(once) == once


# --- NIK -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw", [NIK, f"'{NIK}", "3201.0112.0390.0001", "3201 0112 0390-0001", f"\u00a0{NIK}\u200b"]
)
def test_nik_separators_and_apostrophe_are_removed(raw: str) -> None:
    assert repair_nik(raw, False) == (NIK, None)


def test_nik_from_a_number_cell_ending_in_0_is_a_warning() -> None:
    value, problem = repair_nik("3201012345678900", True)
    assert value == "3201012345678900"
    assert problem is not None and problem.severity == "warning"
    assert problem.text == (
        "Excel may have changed the last digit of this NIK: check it against the KTP."
    )
    assert repair_nik("3201012345678900", False) == ("3201012345678900", None)
    assert repair_nik(NIK, True) == (NIK, None)  # written exactly by a program


@pytest.mark.parametrize("raw", ["3.20101E+15", "3,20101E+15", "3.2010123456789e15"])
def test_nik_in_scientific_notation_lost_digits(raw: str) -> None:
    value, problem = repair_nik(raw, False)
    assert value == raw
    assert problem is not None and problem.severity == "error"
    assert problem.text.startswith("The NIK was stored as a number and lost digits")
    assert dict(problem.params) == {"value": raw}


def test_nik_of_wrong_length_or_not_digits() -> None:
    value, problem = repair_nik("320101120390001", True)
    assert (value, _text(problem), problem and dict(problem.params)) == (
        "320101120390001",
        "A NIK has 16 digits; {count} were typed.",
        {"count": 15},
    )
    assert _text(repair_nik("32010112O3900001", False)[1]) == (
        "A NIK is made of digits only (spaces, dots and dashes between them are fine)."
    )
    assert repair_nik(" \u00a0", False) == ("", None)


# --- phone ---------------------------------------------------------------------------------


def test_phone_that_lost_its_leading_zero_gets_it_back_with_a_warning() -> None:
    value, problem = repair_phone("81234567890", True)
    assert value == "081234567890"
    assert problem is not None and problem.severity == "warning"
    assert dict(problem.params) == {"value": "081234567890"}


@pytest.mark.parametrize(
    ("raw", "was_number", "expected"),
    [
        ("6281234567890", True, "6281234567890"),
        ("+62 812-3456-7890", False, "+6281234567890"),
        ("'0812 3456 7890", False, "081234567890"),
        ("(021) 555.1234", False, "0215551234"),
        ("", False, ""),
    ],
)
def test_phone_separators(raw: str, was_number: bool, expected: str) -> None:
    assert repair_phone(raw, was_number) == (expected, None)


def test_phone_in_scientific_notation_or_invalid_is_an_error() -> None:
    value, problem = repair_phone("8.12346E+10", False)
    assert value == "8.12346E+10"
    assert problem is not None and problem.severity == "error"
    assert problem.text.startswith("The phone number was stored as a number and lost digits")

    _, problem = repair_phone("0812", False)
    assert problem is not None and problem.severity == "error"
    assert problem.text.startswith("The phone number is too short")


# --- dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "was_number", "expected"),
    [
        ("33604", True, date(1992, 1, 1)),
        ("33604", False, date(1992, 1, 1)),  # five digits can only be a serial
        ("33604.75", True, date(1992, 1, 1)),
        ("1", True, date(1900, 1, 1)),
        ("61", True, date(1900, 3, 1)),
        ("1990-03-12", False, date(1990, 3, 12)),
        ("1991-01-02 08:30:00", False, date(1991, 1, 2)),
        ("12/03/1990", False, date(1990, 3, 12)),
        ("12-03-1990", False, date(1990, 3, 12)),
        ("2.3.1990", False, date(1990, 3, 2)),
        ("03/04/1990", False, date(1990, 4, 3)),  # both readings possible: day first
        ("12/03/90", False, date(1990, 3, 12)),
        ("12/03/05", False, date(2005, 3, 12)),
        ("12/03/26", False, date(2026, 3, 12)),
        ("12/03/27", False, date(1927, 3, 12)),
        ("12 Maret 1990", False, date(1990, 3, 12)),
        ("12 Mar 1990", False, date(1990, 3, 12)),
        ("17-Agt-45", False, date(1945, 8, 17)),
        ("1 Mei 2000", False, date(2000, 5, 1)),
        ("5 desember 1999", False, date(1999, 12, 5)),
        ("12 March 1990", False, date(1990, 3, 12)),
        ("March 12, 1990", False, date(1990, 3, 12)),
        ("\u00a012 Oct. 1990 ", False, date(1990, 10, 12)),
    ],
)
def test_dates_are_read(raw: str, was_number: bool, expected: date) -> None:
    assert repair_date(raw, was_number, today=TODAY) == (expected, None)


def test_month_first_only_when_day_first_is_impossible_with_a_warning() -> None:
    found, problem = repair_date("03/25/1990", False, today=TODAY)
    assert found == date(1990, 3, 25)
    assert problem is not None and problem.severity == "warning"
    assert problem.text == "{value} was read as month/day/year ({date}): check it."
    assert problem.english() == "03/25/1990 was read as month/day/year (25 March 1990): check it."


@pytest.mark.parametrize(
    ("raw", "was_number", "text"),
    [
        ("99999", True, NOT_A_DATE),  # a serial in the future
        ("60", True, NOT_A_DATE),  # 29 February 1900, which never was
        ("0", True, NOT_A_DATE),
        ("1990", False, NOT_A_DATE),  # a year alone
        ("tidak tahu", False, NOT_A_DATE),
        ("12 Maretan 1990", False, NOT_A_DATE),
        ("31/02/1990", False, "{value} is not a day of the calendar: check the day and month."),
        ("25/13/1990", False, "{value} is not a day of the calendar: check the day and month."),
    ],
)
def test_dates_that_are_refused(raw: str, was_number: bool, text: str) -> None:
    found, problem = repair_date(raw, was_number, today=TODAY)
    assert found is None
    assert problem is not None and (problem.severity, problem.text) == ("error", text)


def test_empty_date_is_no_problem() -> None:
    assert repair_date(" ", False) == (None, None)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_iso_dates_round_trip(day: date) -> None:
    assert repair_date(day.isoformat(), False, today=TODAY) == (day, None)


@given(st.dates(min_value=date(1900, 3, 1), max_value=TODAY))
def test_excel_serials_round_trip(day: date) -> None:
    serial = (day - date(1899, 12, 30)).days
    assert repair_date(str(serial), True, today=TODAY) == (day, None)


# --- sex -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("L", Sex.MALE),
        ("l", Sex.MALE),
        ("Laki-laki", Sex.MALE),
        ("LAKI LAKI", Sex.MALE),
        ("Lk.", Sex.MALE),
        ("Pria", Sex.MALE),
        ("M", Sex.MALE),
        ("Male", Sex.MALE),
        ("P", Sex.FEMALE),
        ("Perempuan", Sex.FEMALE),
        ("\u00a0wanita ", Sex.FEMALE),
        ("F", Sex.FEMALE),
        ("Female", Sex.FEMALE),
    ],
)
def test_sex(raw: str, expected: Sex) -> None:
    assert repair_sex(raw) == (expected, None)


def test_unknown_sex_is_an_error_and_empty_is_none() -> None:
    found, problem = repair_sex("X")
    assert found is None
    assert problem is not None and problem.severity == "error"
    assert dict(problem.params) == {"value": "X"}
    assert repair_sex("") == (None, None)
