"""NIK and KK numbers: what a NIK says about its holder, every way one can be mistyped, and
the warnings that never block a save."""

from __future__ import annotations

import string
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lokal.provinces import PROVINCES

from desktop.domain.choices import Sex
from desktop.domain.errors import FieldWarning, ValidationError
from desktop.domain.nik import NikFacts, clean_kk, clean_nik, digits_of, nik_warnings

TODAY = date(2026, 11, 23)
VALID = "3276015708900001"  # Kota Depok, Pancoran Mas; a woman born 17/08/1990
DEPOK_DISTRICT = "32.76.01"  # Pancoran Mas, in the current region list
MADE_UP_REGENCY = "3299012311260001"  # Jawa Barat has no regency 99


def _refused(text: str) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        clean_nik(text, today=TODAY)
    error = caught.value
    assert error.field == "nik"
    english = error.english()
    assert english.strip() and english[0].isupper() and english.endswith(".")
    assert error.text.isascii()
    return error


def _is_sentence(warning: FieldWarning) -> None:
    english = warning.english()
    assert english[0].isupper() and english.endswith(".")
    assert warning.text.isascii()


# -- separators ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "digits"),
    [
        ("3276 0157 0890 0001", VALID),
        ("32.76.01.570890.0001", VALID),
        ("3276-01-570890-0001", VALID),
        ("3276\u00a00157\u202f0890\t0001\n", VALID),  # non-breaking spaces from a document
        ("3276–0157—0890", "327601570890"),  # en and em dashes
        ("\u200b3276\ufeff", "3276"),  # zero-width space and BOM from a paste
        ("3276/0157", "3276/0157"),  # not a separator: kept, so it is refused
        ("32a76", "32a76"),
        ("", ""),
    ],
)
def test_digits_of_strips_only_separators(typed: str, digits: str) -> None:
    assert digits_of(typed) == digits


# -- what a valid NIK says ----------------------------------------------------------------


def test_clean_nik_reads_region_birth_date_and_sex() -> None:
    assert clean_nik(VALID, today=TODAY) == NikFacts(
        nik=VALID,
        province_code="32",
        regency_code="32.76",
        district_code="32.76.01",
        birth_date=date(1990, 8, 17),
        sex=Sex.FEMALE,
    )


@pytest.mark.parametrize(
    "typed",
    [
        "3276 0157 0890 0001",
        "32.76.01.570890.0001",
        "3276-01-570890-0001",
        " 3276015708900001 ",
        "3276\u00a00157\u00a00890\u00a00001",
    ],
)
def test_clean_nik_accepts_separators(typed: str) -> None:
    assert clean_nik(typed, today=TODAY).nik == VALID


def test_men_have_the_day_as_it_is() -> None:
    facts = clean_nik("3276011708900001", today=TODAY)
    assert (facts.birth_date, facts.sex) == (date(1990, 8, 17), Sex.MALE)


@pytest.mark.parametrize("day", range(41, 72))
def test_women_have_40_added_to_the_day(day: int) -> None:
    facts = clean_nik(f"327601{day:02d}0190" + "0001", today=TODAY)
    assert facts.birth_date == date(1990, 1, day - 40)
    assert facts.sex is Sex.FEMALE


@pytest.mark.parametrize("day", range(1, 32))
def test_every_day_of_a_31_day_month_is_valid_for_men(day: int) -> None:
    assert clean_nik(f"327601{day:02d}1290" + "0001", today=TODAY).birth_date.day == day


@pytest.mark.parametrize(
    ("ddmmyy", "born"),
    [
        ("231126", date(2026, 11, 23)),  # today: this century
        ("241126", date(1926, 11, 24)),  # tomorrow in 2026 would be the future: last century
        ("010100", date(2000, 1, 1)),
        ("311299", date(1999, 12, 31)),
        ("290200", date(2000, 2, 29)),  # 2000 was a leap year
        ("290228", date(1928, 2, 29)),  # 2028 is in the future; 1928 was a leap year
        ("690224", date(2024, 2, 29)),  # a woman born on a leap day
    ],
)
def test_two_digit_years_take_the_latest_century_not_in_the_future(ddmmyy: str, born: date) -> None:
    assert clean_nik("327601" + ddmmyy + "0001", today=TODAY).birth_date == born


# -- bad input ----------------------------------------------------------------------------

BAD_NIKS = {
    "empty": "",
    "only_spaces": "   ",
    "letter_o_for_zero": "32760157O8900001",
    "letters": "NIK saya lupa",
    "slash": "3276/0157/0890/0001",
    "arabic_indic_digits": "٣٢٧٦٠١٥٧٠٨٩٠٠٠٠١",
    "superscript": "327601570890000¹",
    "emoji": "3276015708900😀01",
    "nul": "32760157089\x0000001",
    "sql": "'; DROP TABLE participant; --",
    "fifteen_digits": "327601570890001",
    "seventeen_digits": "32760157089000011",
    "ten_thousand_digits": "3" * 10_000,
    "all_zeros": "0000000000000000",
    "province_99": "9976015708900001",
    "province_10": "1076015708900001",
    "regency_00": "3200015708900001",
    "district_00": "3276005708900001",
    "feb_31": "3276013102900001",
    "feb_29_non_leap": "3276012902990001",
    "day_00": "3276010002900001",
    "day_32": "3276013201900001",
    "day_40": "3276014001900001",
    "women_day_72": "3276017201900001",
    "women_feb_30": "3276017002900001",
    "month_00": "3276011700900001",
    "month_13": "3276011713900001",
    "serial_0000": "3276011708900000",
}


@pytest.mark.parametrize("text", BAD_NIKS.values(), ids=BAD_NIKS.keys())
def test_bad_niks_are_refused_with_a_sentence_for_the_nik_field(text: str) -> None:
    _refused(text)


def test_each_mistake_has_its_own_message() -> None:
    texts = {
        name: _refused(BAD_NIKS[name]).text
        for name in (
            "empty",
            "letters",
            "fifteen_digits",
            "province_99",
            "regency_00",
            "district_00",
            "feb_31",
            "month_13",
            "serial_0000",
        )
    }
    assert len(set(texts.values())) == len(texts)


@pytest.mark.parametrize(("text", "count"), [("327601570890001", 15), ("32760157089000011", 17)])
def test_wrong_length_says_how_many_digits_were_typed(text: str, count: int) -> None:
    error = _refused(text)
    assert error.english() == f"A NIK has 16 digits; {count} were typed."


def test_unknown_province_is_named() -> None:
    assert _refused("9976015708900001").params == {"code": "99"}


def test_an_impossible_day_names_the_digits_typed() -> None:
    assert _refused("3276017201900001").params == {"digits": "72"}
    assert _refused("3276011713900001").params == {"month": "13"}


# -- warnings -----------------------------------------------------------------------------


def test_a_current_region_gives_no_warning() -> None:
    facts = clean_nik(VALID, today=TODAY)
    assert facts.district_code == DEPOK_DISTRICT
    assert nik_warnings(facts, birth_date=None, sex=None) == []


def test_a_region_not_in_the_list_is_a_warning_not_an_error() -> None:
    facts = clean_nik(MADE_UP_REGENCY, today=TODAY)
    [warning] = nik_warnings(facts, birth_date=None, sex=None)
    assert warning.field == "nik"
    assert warning.params == {"code": "32.99.01"}
    assert "split" in warning.english() and "valid" in warning.english()
    _is_sentence(warning)


def test_matching_birth_date_and_sex_give_no_warning() -> None:
    facts = clean_nik(VALID, today=TODAY)
    assert nik_warnings(facts, birth_date=date(1990, 8, 17), sex=Sex.FEMALE) == []


def test_a_different_birth_date_is_a_warning_on_the_birth_date() -> None:
    facts = clean_nik(VALID, today=TODAY)
    [warning] = nik_warnings(facts, birth_date=date(1990, 8, 18), sex=None)
    assert warning.field == "birth_date"
    assert "17/08/1990" in warning.english()
    _is_sentence(warning)


@pytest.mark.parametrize(
    ("nik", "typed_sex"), [(VALID, Sex.MALE), ("3276011708900001", Sex.FEMALE)]
)
def test_a_different_sex_is_a_warning_on_the_sex(nik: str, typed_sex: Sex) -> None:
    facts = clean_nik(nik, today=TODAY)
    [warning] = nik_warnings(facts, birth_date=None, sex=typed_sex)
    assert warning.field == "sex"
    _is_sentence(warning)


def test_all_warnings_at_once() -> None:
    facts = clean_nik(MADE_UP_REGENCY, today=TODAY)
    warnings = nik_warnings(facts, birth_date=date(2000, 1, 1), sex=Sex.FEMALE)
    assert [w.field for w in warnings] == ["nik", "birth_date", "sex"]


# -- KK numbers ---------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["", "   ", "\u00a0", " - . "])
def test_kk_is_optional(typed: str) -> None:
    assert clean_kk(typed) == ("", [])


@pytest.mark.parametrize(
    "typed",
    ["3276010101100001", "3276 0101 0110 0001", "32.76.01.0101100001", "3276-0101-0110-0001"],
)
def test_a_good_kk_is_stored_as_digits_without_warnings(typed: str) -> None:
    assert clean_kk(typed) == ("3276010101100001", [])


@pytest.mark.parametrize(
    ("typed", "stored", "params"),
    [
        ("327601010110001", "327601010110001", {"count": 15}),
        ("32760101011000011", "32760101011000011", {"count": 17}),
        ("3276 01O1 1000 01", "327601O1100001", {}),  # letter O kept, so nothing is lost
        ("KK hilang", "KKhilang", {}),
        ("9976010101100001", "9976010101100001", {"code": "99"}),
        ("0000000000000000", "0000000000000000", {"code": "00"}),
        ("3276\x000101100001", "32760101100001", {"count": 14}),  # NUL dropped
    ],
)
def test_a_doubtful_kk_is_kept_with_a_warning(
    typed: str, stored: str, params: dict[str, object]
) -> None:
    kept, warnings = clean_kk(typed)
    assert kept == stored
    [warning] = warnings
    assert warning.field == "kk_number"
    assert dict(warning.params) == params
    _is_sentence(warning)


# -- properties ---------------------------------------------------------------------------

SEPARATOR = st.sampled_from(["", "", "", " ", ".", "-", "\u00a0"])


@given(
    province=st.sampled_from(sorted(PROVINCES)),
    regency=st.integers(1, 99),
    district=st.integers(1, 99),
    born=st.dates(min_value=TODAY - timedelta(days=36_524), max_value=TODAY),
    sex=st.sampled_from(Sex),
    serial=st.integers(1, 9999),
    separators=st.lists(SEPARATOR, min_size=5, max_size=5),
)
def test_any_valid_nik_round_trips(
    province: str,
    regency: int,
    district: int,
    born: date,
    sex: Sex,
    serial: int,
    separators: list[str],
) -> None:
    day = born.day + (40 if sex is Sex.FEMALE else 0)
    parts = [
        province,
        f"{regency:02d}",
        f"{district:02d}",
        f"{day:02d}{born.month:02d}{born.year % 100:02d}",
        f"{serial:04d}",
    ]
    typed = "".join(part + sep for part, sep in zip(parts, separators, strict=True))
    facts = clean_nik(typed, today=TODAY)
    assert facts.nik == "".join(parts)
    assert (facts.birth_date, facts.sex) == (born, sex)
    assert facts.district_code == f"{province}.{regency:02d}.{district:02d}"


@given(st.text())
def test_clean_nik_refuses_arbitrary_text_only_with_validation_errors(text: str) -> None:
    try:
        clean_nik(text, today=TODAY)
    except ValidationError as error:
        assert error.field == "nik" and error.english()


@given(st.text(alphabet=string.digits + " .-", min_size=14, max_size=20))
def test_clean_nik_refuses_digit_strings_only_with_validation_errors(text: str) -> None:
    try:
        facts = clean_nik(text, today=TODAY)
    except ValidationError as error:
        assert error.field == "nik" and error.english()
    else:
        assert facts.birth_date <= TODAY


@given(st.text())
def test_clean_kk_never_raises(text: str) -> None:
    kept, warnings = clean_kk(text)
    assert all(c.isprintable() for c in kept)
    assert all(w.field == "kk_number" and w.english() for w in warnings)
