"""Certificate number patterns: checking them in the setup wizard and rendering numbers."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.errors import ValidationError
from desktop.domain.numbering import (
    PATTERN_MAX,
    ROMAN,
    render_certificate_number,
    validate_certificate_pattern,
)

ISSUED = date(2026, 11, 23)


@pytest.mark.parametrize(
    "pattern",
    [
        "{seq}",
        "{seq:4}/{centre}/{year}",
        "{seq:4}/{centre}/{programme}/{roman_month}/{year}",
        "SERT-{year}{month}-{seq:6}",
        "No. {seq} / LKP MAJU",
        "x" * (PATTERN_MAX - 5) + "{seq}",
    ],
)
def test_good_patterns_pass(pattern: str) -> None:
    validate_certificate_pattern(pattern)


def test_empty_pattern() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_certificate_pattern("")
    assert caught.value.field == "certificate_pattern"
    assert caught.value.english() == "Enter a certificate number pattern."


def test_too_long_pattern() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_certificate_pattern("{seq}" + "x" * PATTERN_MAX)
    assert caught.value.params == {"max": PATTERN_MAX}
    assert str(PATTERN_MAX) in caught.value.english()


@pytest.mark.parametrize("pattern", ["{year}/{centre}", "SERT/2026", "{sequence}", "{seq:10}"])
def test_pattern_needs_seq(pattern: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_certificate_pattern(pattern)
    assert caught.value.field == "certificate_pattern"
    assert "{seq}" in caught.value.english()


@pytest.mark.parametrize(
    ("pattern", "part"),
    [
        ("{seq}/{tahun}", "{tahun}"),
        ("{seq}/{YEAR}", "{YEAR}"),
        ("{seq:4}/{centre}/{bulan}/{year}", "{bulan}"),
        ("{seq}/{year", "{year"),
        ("{seq}/{}", "{}"),
    ],
)
def test_unknown_token_is_named(pattern: str, part: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_certificate_pattern(pattern)
    error = caught.value
    assert error.field == "certificate_pattern"
    assert error.params["part"] == part
    message = error.english()
    assert message.startswith(f"Unknown part {part}.")
    # The list of allowed tokens reads as typed, braces and all.
    assert "{seq}, {seq:4}, {year}, {month}, {roman_month}, {centre} or {programme}" in message


def test_stray_closing_brace_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_certificate_pattern("{seq}}")
    assert caught.value.field == "certificate_pattern"
    assert caught.value.english()


# -- rendering ----------------------------------------------------------------------------


def test_render_full_pattern() -> None:
    number = render_certificate_number(
        "{seq:4}/{centre}/{programme}/{roman_month}/{year}", 7, ISSUED, "LKP-PM", "JHT"
    )
    assert number == "0007/LKP-PM/JHT/XI/2026"


@pytest.mark.parametrize(
    ("pattern", "seq", "expected"),
    [
        ("{seq}", 7, "7"),
        ("{seq:4}", 7, "0007"),
        ("{seq:4}", 12345, "12345"),  # never cut
        ("{seq:1}", 42, "42"),
        ("{seq:0}", 5, "5"),
        ("{seq:9}", 1, "000000001"),
    ],
)
def test_seq_padding(pattern: str, seq: int, expected: str) -> None:
    assert render_certificate_number(pattern, seq, ISSUED, "C") == expected


def test_month_and_year() -> None:
    assert render_certificate_number("{seq}-{month}-{year}", 1, date(2027, 3, 5), "C") == (
        "1-03-2027"
    )


@pytest.mark.parametrize("month", range(1, 13))
def test_roman_month(month: int) -> None:
    expected = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
    got = render_certificate_number("{roman_month}", 1, date(2026, month, 1), "C")
    assert got == expected[month - 1] == ROMAN[month - 1]


def test_literal_text_is_kept() -> None:
    assert render_certificate_number("No. {seq} / LKP", 3, ISSUED, "C") == "No. 3 / LKP"


def test_programme_is_empty_when_not_given() -> None:
    assert render_certificate_number("{seq}/{programme}/{centre}", 1, ISSUED, "C") == "1//C"


@given(
    seq=st.integers(min_value=1, max_value=10**9),
    issued=st.dates(),
    centre=st.text(max_size=12),
    programme=st.text(max_size=16),
    prefix=st.sampled_from(["", "No. ", "{centre}/", "{year}{month}-", "{programme}/"]),
    suffix=st.sampled_from(["", "/{centre}/{year}", "/{roman_month}/{year}", "-{programme}"]),
)
def test_render_with_seq_always_contains_the_number(
    seq: int, issued: date, centre: str, programme: str, prefix: str, suffix: str
) -> None:
    pattern = prefix + "{seq}" + suffix
    validate_certificate_pattern(pattern)
    number = render_certificate_number(pattern, seq, issued, centre, programme)
    assert str(seq) in number
    padded = render_certificate_number(prefix + "{seq:6}" + suffix, seq, issued, centre, programme)
    assert str(seq).zfill(6) in padded
    assert "{" not in render_certificate_number(pattern, seq, issued, "C", "P")
