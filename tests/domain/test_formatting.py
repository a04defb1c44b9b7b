"""Dates as people read and type them, and money in rupiah."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.errors import ValidationError
from desktop.domain.formatting import format_date, format_rupiah, parse_date

# -- showing dates ------------------------------------------------------------------------


def test_format_date_indonesian() -> None:
    assert format_date(date(2026, 11, 23)) == "23 November 2026"
    assert format_date(date(2026, 8, 17), "id") == "17 Agustus 2026"
    assert format_date(date(2026, 3, 1), "id") == "1 Maret 2026"  # no leading zero
    assert format_date(date(2026, 5, 9), "id") == "9 Mei 2026"


def test_format_date_english() -> None:
    assert format_date(date(2026, 11, 23), "en") == "23 November 2026"
    assert format_date(date(2026, 8, 17), "en") == "17 August 2026"
    assert format_date(date(2026, 5, 9), "en") == "9 May 2026"


def test_format_date_unknown_language_falls_back_to_indonesian() -> None:
    assert format_date(date(2026, 12, 25), "jv") == "25 Desember 2026"


# -- typing dates -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    ["23/11/2026", "23-11-2026", "23.11.2026", " 23/11/2026 ", "23/11-2026"],
)
def test_parse_date_separators(typed: str) -> None:
    assert parse_date(typed) == date(2026, 11, 23)


def test_parse_date_single_digits() -> None:
    assert parse_date("1/2/2026") == date(2026, 2, 1)  # day first, always
    assert parse_date("01/02/2026") == date(2026, 2, 1)


def test_parse_date_leap_day() -> None:
    assert parse_date("29/02/2028") == date(2028, 2, 29)
    with pytest.raises(ValidationError):
        parse_date("29/02/2026")


def test_31_february_is_refused_with_a_clear_message() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_date("31/02/2026", field="birth_date")
    error = caught.value
    assert error.field == "birth_date"
    assert error.params == {"text": "31/02/2026"}
    assert error.english() == "31/02/2026 is not a date in the calendar."


@pytest.mark.parametrize(
    "typed",
    ["2026-11-23", "23/11/26", "23/11", "23 November 2026", "", "tomorrow", "23/11/2026/1"],
)
def test_wrong_shape_explains_the_format(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_date(typed)
    assert caught.value.field == "date"
    assert "dd/mm/yyyy" in caught.value.english()


@pytest.mark.parametrize("typed", ["²/01/2026", "9" * 5000 + "/01/2026", "32/13/2026"])
def test_digits_int_cannot_read_are_a_validation_error(typed: str) -> None:
    # Not a ValueError from deep inside: the form must be able to show something.
    with pytest.raises(ValidationError) as caught:
        parse_date(typed)
    assert caught.value.field == "date"


@given(st.dates(min_value=date(1000, 1, 1)), st.sampled_from(["/", "-", "."]))
def test_parse_date_round_trips(value: date, separator: str) -> None:
    typed = f"{value.day:02d}{separator}{value.month:02d}{separator}{value.year:04d}"
    assert parse_date(typed) == value
    assert parse_date(value.strftime("%d/%m/") + f"{value.year:04d}") == value


# -- money --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "shown"),
    [
        (1_500_000, "Rp1.500.000"),
        (0, "Rp0"),
        (999, "Rp999"),
        (1_000, "Rp1.000"),
        (-1_500_000, "-Rp1.500.000"),
        (-5, "-Rp5"),
        (12_345_678_901, "Rp12.345.678.901"),
    ],
)
def test_format_rupiah(amount: int, shown: str) -> None:
    assert format_rupiah(amount) == shown


def _parse_rupiah(text: str) -> int:
    sign = -1 if text.startswith("-") else 1
    digits = text.removeprefix("-").removeprefix("Rp")
    assert digits and all(group.isdigit() for group in digits.split("."))
    return sign * int(digits.replace(".", ""))


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_format_rupiah_has_no_commas_and_parses_back(amount: int) -> None:
    shown = format_rupiah(amount)
    assert "," not in shown
    assert "Rp" in shown
    assert _parse_rupiah(shown) == amount
    # Thousands are grouped by three.
    groups = shown.removeprefix("-").removeprefix("Rp").split(".")
    assert all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3
