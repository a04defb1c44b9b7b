"""Quantities as people type and read them: "2,5" metres in Indonesian, "1.250" grouped the
Indonesian way, "1,250.5" the English way; kept as whole thousandths of the unit."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.errors import ValidationError, fill
from desktop.domain.inventory import (
    MILLI,
    QUANTITY_MAX,
    Quantity,
    Unit,
    checked_quantity,
    format_quantity,
    parse_quantity,
)


@pytest.mark.parametrize(
    ("typed", "unit", "milli"),
    [
        ("2,5", Unit.METRE, 2500),  # Indonesian decimal comma
        ("2.5", Unit.METRE, 2500),  # English decimal point
        ("12", Unit.PIECE, 12000),
        ("1.250", Unit.METRE, 1_250_000),  # Indonesian thousands grouping
        ("1.250.000", Unit.KG, 1_250_000_000),
        ("12.500,5", Unit.METRE, 12_500_500),
        ("1,250.5", Unit.METRE, 1_250_500),  # English grouping with a decimal
        ("1,250", Unit.ROLL, 1_250_000),
        ("0,250", Unit.KG, 250),  # a leading zero is never grouping
        ("1.25", Unit.LITRE, 1250),  # two digits after the mark: a decimal
        ("0,001", Unit.KG, 1),  # one thousandth, the finest there is
        ("2,5000", Unit.METRE, 2500),  # trailing zeros are not decimals that count
        ("  3 ", Unit.PACK, 3000),
        ("1 250", Unit.METRE, 1_250_000),  # spaces typed as grouping
        ("1\u00a0250", Unit.METRE, 1_250_000),  # a non-breaking space pasted from a sheet
        ("0003", Unit.PIECE, 3000),
        ("10.000.000", Unit.PIECE, QUANTITY_MAX),  # the largest allowed
    ],
)
def test_typed_quantities_are_read_as_thousandths(typed: str, unit: Unit, milli: int) -> None:
    assert parse_quantity(typed, unit) == milli


@pytest.mark.parametrize(
    ("typed", "unit", "message"),
    [
        ("", Unit.METRE, "Enter a quantity."),
        ("   ", Unit.METRE, "Enter a quantity."),
        ("-2", Unit.METRE, "A quantity cannot be negative."),
        ("-0,5", Unit.KG, "A quantity cannot be negative."),
        ("0", Unit.METRE, "The quantity must be more than zero."),
        ("0,000", Unit.KG, "The quantity must be more than zero."),
        ("abc", Unit.METRE, "“abc” is not a quantity; type a number like 2,5."),
        ("2,5 m", Unit.METRE, "“2,5 m” is not a quantity; type a number like 2,5."),
        ("1e3", Unit.METRE, "“1e3” is not a quantity; type a number like 2,5."),
        ("+5", Unit.METRE, "“+5” is not a quantity; type a number like 2,5."),
        ("2,5,5", Unit.METRE, "“2,5,5” is not a quantity; type a number like 2,5."),
        ("0,0005", Unit.KG, "Use at most three decimals."),
        ("1,2345", Unit.KG, "Use at most three decimals."),
        ("2,5", Unit.PIECE, "Items counted by the piece take whole numbers only."),
        ("0,5", Unit.ROLL, "Items counted by the roll take whole numbers only."),
        ("1.5", Unit.PACK, "Items counted by the pack take whole numbers only."),
        ("10.000.001", Unit.PIECE, "This quantity is too large; check the number."),
        ("99999999999", Unit.METRE, "This quantity is too large; check the number."),
        # More digits than Python converts to int at all (4,300): refused, never a crash.
        ("9" * 5000, Unit.METRE, "This quantity is too large; check the number."),
    ],
    ids=lambda value: repr(value)[:24] if isinstance(value, str) else None,
)
def test_bad_quantities_are_refused_on_their_field(typed: str, unit: Unit, message: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_quantity(typed, unit, "amount")
    assert refused.value.field == "amount"
    assert refused.value.english() == message


def test_leading_zeros_of_any_length_are_still_a_number() -> None:
    assert parse_quantity("0" * 5000 + "5", Unit.METRE) == 5000


def test_the_unit_in_a_message_is_in_the_readers_language() -> None:
    with pytest.raises(ValidationError) as refused:
        parse_quantity("1,5", Unit.ROLL)
    error = refused.value
    assert fill(error.text, error.params, "id").startswith("Items counted by the rol ")
    assert Quantity(2500, Unit.METRE).localised("id") == "2,5 meter"
    assert Quantity(1_250_000, Unit.PIECE).localised("en") == "1,250 piece"


@pytest.mark.parametrize(
    ("milli", "indonesian", "english"),
    [
        (0, "0", "0"),
        (2500, "2,5", "2.5"),
        (12000, "12", "12"),
        (1, "0,001", "0.001"),
        (1_250_000, "1.250", "1,250"),
        (1_250_500, "1.250,5", "1,250.5"),
        (12_345_678_900, "12.345.678,9", "12,345,678.9"),
        (-2500, "-2,5", "-2.5"),
    ],
)
def test_quantities_are_shown_the_way_each_language_writes_them(
    milli: int, indonesian: str, english: str
) -> None:
    assert format_quantity(milli, "id") == indonesian
    assert format_quantity(milli, "en") == english


@pytest.mark.parametrize(
    ("typed", "language", "milli"),
    [
        ("1,250", "id", 1250),  # the Indonesian decimal comma, three decimals
        ("1.250", "id", 1_250_000),
        ("1.250,5", "id", 1_250_500),
        ("2.5", "id", 2500),  # a dot before fewer than three digits is still a decimal
        ("1.250", "en", 1250),
        ("1,250", "en", 1_250_000),
        ("1,250.5", "en", 1_250_500),
        ("2,5", "en", 2500),
    ],
)
def test_the_desks_language_settles_which_mark_is_the_decimal(
    typed: str, language: str, milli: int
) -> None:
    assert parse_quantity(typed, Unit.KG, language=language) == milli


def test_without_a_language_three_digits_after_either_mark_are_grouping() -> None:
    assert parse_quantity("1,250", Unit.KG) == parse_quantity("1.250", Unit.KG) == 1_250_000


@given(
    milli=st.integers(min_value=1, max_value=QUANTITY_MAX),
    language=st.sampled_from(["id", "en"]),
)
def test_what_is_shown_reads_back_as_the_same_quantity(milli: int, language: str) -> None:
    """A quantity shown in a form and saved again unchanged stays what it was (1,234 kg in
    Indonesian is one point two three four, not twelve hundred)."""
    shown = format_quantity(milli, language)
    assert parse_quantity(shown, Unit.METRE, language=language) == milli


@given(whole=st.integers(min_value=1, max_value=QUANTITY_MAX // MILLI))
def test_whole_units_take_any_whole_number(whole: int) -> None:
    assert checked_quantity(whole * MILLI, Unit.PIECE) == whole * MILLI
    with pytest.raises(ValidationError):
        checked_quantity(whole * MILLI - 1, Unit.PIECE)
