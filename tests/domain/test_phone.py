"""Phone numbers: one number however it is typed, shown the Indonesian way, found by the
digits a clerk types."""

from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.errors import ValidationError
from desktop.domain.phone import clean_phone, display_phone, phone_search_key

MOBILE = "+6281234567890"


def _refused(text: str) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        clean_phone(text)
    error = caught.value
    assert error.field == "phone"
    english = error.english()
    assert english.strip() and english[0].isupper() and english.endswith(".")
    assert error.text.isascii()
    return error


# -- accepted -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "081234567890",
        "0812-3456-7890",
        "+62 812 3456 7890",
        "+62 812-3456-7890",
        "+6281234567890",
        "6281234567890",
        "62812345678 90",
        "812 3456 7890",
        "(0812) 3456.7890",
        "0062 812 3456 7890",
        "0812\u00a03456\u20137890",  # non-breaking space and en dash from a document
        "  0812 3456 7890  ",
        "+62 (0)812 3456 7890",  # the national 0 kept after the country code
    ],
)
def test_every_way_of_typing_a_mobile_gives_one_number(typed: str) -> None:
    assert clean_phone(typed) == MOBILE


@pytest.mark.parametrize("typed", ["", "   ", "\u00a0", "\t\n"])
def test_the_phone_is_optional(typed: str) -> None:
    assert clean_phone(typed) == ""


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("0812-345-678", "+62812345678"),  # the shortest mobiles
        ("0812-3456-78901", "+62812345678901"),  # the longest
        ("021-1234567", "+62211234567"),  # Jakarta landline
        ("(021) 1234 5678", "+622112345678"),
        ("022 6123456", "+62226123456"),  # Bandung
        ("+44 20 7946 0958", "+442079460958"),  # foreign, with +
        ("0044 20 7946 0958", "+442079460958"),  # foreign, with the international prefix
        ("+1 650 253 0000", "+16502530000"),
    ],
)
def test_landlines_and_foreign_numbers(typed: str, stored: str) -> None:
    assert clean_phone(typed) == stored


# -- refused ------------------------------------------------------------------------------

BAD_PHONES = {
    "letters": "nomor HP",
    "letter_o": "O812 3456 7890",
    "emoji": "0812😀34567890",
    "only_emoji": "📞",
    "plus_alone": "+",
    "two_plus": "++6281234567890",
    "plus_in_middle": "0812+34567890",
    "slash": "0812/3456/7890",
    "extension": "021 1234567 ext 12",
    "sql": "'; DROP TABLE participant; --",
    "nul": "0812\x0034567890",
    "arabic_indic_digits": "٠٨١٢٣٤٥٦٧٨٩٠",
    "five_digits": "12345",
    "one_digit": "0",
    "short_mobile": "0812345",
    "short_mobile_9": "081234567",
    "long_mobile": "0812 3456 7890 12",
    "twenty_digits": "1" * 20,
    "twenty_zeros": "0" * 20,
    "ten_thousand_digits": "8" * 10_000,
    "bad_start": "1234567890",
    "foreign_without_plus": "442079460958",
    "unknown_country": "+999 123 4567",
    "short_landline": "+62 21 1234",
    "invalid_indonesian": "0101 2345 678",
    "invalid_foreign": "+1 123 456 7890",  # no US area code starts with 1
}


@pytest.mark.parametrize("text", BAD_PHONES.values(), ids=BAD_PHONES.keys())
def test_bad_phones_are_refused_with_a_sentence_for_the_phone_field(text: str) -> None:
    _refused(text)


@pytest.mark.parametrize(
    ("text", "count"), [("12345", 5), ("0812345", 7), ("0812 3456 7890 12", 14), ("1" * 20, 20)]
)
def test_length_errors_say_how_many_digits_were_typed(text: str, count: int) -> None:
    assert _refused(text).params == {"count": count}


def test_too_short_and_too_long_differ() -> None:
    assert _refused("12345").text != _refused("1" * 20).text


def test_each_kind_of_mistake_has_its_own_message() -> None:
    texts = {
        _refused(BAD_PHONES[name]).text
        for name in (
            "letters",
            "five_digits",
            "twenty_digits",
            "bad_start",
            "unknown_country",
            "invalid_indonesian",
            "invalid_foreign",
        )
    }
    assert len(texts) == 7


# -- display ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("+6281234567890", "0812-3456-7890"),
        ("+628123456789", "0812-3456-789"),
        ("+62812345678901", "0812-3456-78901"),
        ("+62812345678", "0812-3456-78"),
        ("+622112345678", "(021) 12345678"),
        ("+62226123456", "(022) 6123456"),
        ("+442079460958", "+44 20 7946 0958"),
        ("", ""),
        ("not a number", "not a number"),  # old data is shown, never lost
    ],
)
def test_display_phone(stored: str, shown: str) -> None:
    assert display_phone(stored) == shown


def test_what_is_displayed_cleans_back_to_the_stored_number() -> None:
    for stored in ("+6281234567890", "+62812345678901", "+622112345678", "+442079460958"):
        assert clean_phone(display_phone(stored)) == stored


# -- search -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("+6281234567890", "081234567890"),
        ("0812-3456-7890", "081234567890"),
        ("62 812 3456 7890", "081234567890"),
        ("812 3456 7890", "081234567890"),
        ("(021) 1234567", "0211234567"),
        ("+44 20 7946 0958", "442079460958"),
        ("", ""),
        ("nomor", ""),
        ("3456", "3456"),  # a fragment keeps its digits
        ("0812", "0812"),
        ("+62 812", "0812"),  # half-typed with the country code
        ("0062 812", "0812"),
    ],
)
def test_phone_search_key(typed: str, key: str) -> None:
    assert phone_search_key(typed) == key


# -- properties ---------------------------------------------------------------------------

PHONE_LIKE = st.text(alphabet=string.digits + "+ .-()", max_size=24)


@given(st.one_of(st.text(), PHONE_LIKE))
def test_clean_phone_refuses_only_with_validation_errors_and_is_stable(text: str) -> None:
    try:
        stored = clean_phone(text)
    except ValidationError as error:
        assert error.field == "phone" and error.english()
        return
    if stored:
        assert stored.startswith("+") and stored[1:].isdigit()
        assert clean_phone(stored) == stored
        assert clean_phone(display_phone(stored)) == stored
        assert phone_search_key(stored) == phone_search_key(text)


@given(
    prefix=st.sampled_from(["0", "+62", "62", "", "0062"]),
    operator=st.sampled_from(["811", "812", "813", "821", "852", "857", "878", "895", "896"]),
    rest=st.text(alphabet=string.digits, min_size=6, max_size=8),
)
def test_any_indonesian_mobile_is_stored_once_and_shown_in_groups_of_four(
    prefix: str, operator: str, rest: str
) -> None:
    stored = clean_phone(prefix + operator + rest)
    assert stored == "+62" + operator + rest
    shown = display_phone(stored)
    assert shown.replace("-", "") == "0" + operator + rest
    assert shown.split("-")[:2] == [("0" + operator + rest)[:4], ("0" + operator + rest)[4:8]]


@given(st.text())
def test_search_key_is_digits(text: str) -> None:
    key = phone_search_key(text)
    assert key == "" or (key.isascii() and key.isdigit())
