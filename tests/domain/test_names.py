"""People's names: checked as on the KTP, matched loosely for duplicates, sorted the same on
every database."""

from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.errors import ValidationError
from desktop.domain.names import (
    NAME_MAX,
    SIMILAR_NAME,
    clean_person_name,
    key_similarity,
    match_key,
    name_similarity,
    similar_keys,
    sort_key,
)


def _refused(text: str, field: str = "full_name") -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        clean_person_name(text, field)
    error = caught.value
    assert error.field == field
    english = error.english()
    assert english.strip() and english[0].isupper() and english.endswith(".")
    assert error.text.isascii()
    return error


# -- accepted -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Sukarno", "Sukarno"),  # a single name is a whole name
        ("SITI AMINAH", "SITI AMINAH"),  # case kept as typed
        ("siti aminah", "siti aminah"),
        ("  Siti \u00a0 Aminah\t", "Siti Aminah"),
        ("Siti\nAminah", "Siti Aminah"),
        ("Ma'ruf Amin", "Ma'ruf Amin"),
        ("Ma’ruf Amin", "Ma’ruf Amin"),
        ("O'Neil", "O'Neil"),
        ("Hj. Siti Aminah, S.Pd.", "Hj. Siti Aminah, S.Pd."),
        ("Dr. Ir. H. Joko Widodo, M.Sc.", "Dr. Ir. H. Joko Widodo, M.Sc."),
        ("Siti-Aminah", "Siti-Aminah"),
        ("Zoë Ñúñez", "Zoë Ñúñez"),
        ("Nguyễn Thị Minh", "Nguyễn Thị Minh"),
        ("Zoe\u0308", "Zoë"),  # decomposed accent composed (NFC)
        ("A" * NAME_MAX, "A" * NAME_MAX),
        ("M.", "M."),
    ],
)
def test_names_as_on_the_ktp_are_accepted(typed: str, stored: str) -> None:
    assert clean_person_name(typed) == stored


# -- refused ------------------------------------------------------------------------------

LATIN_ONLY = "Write the name in Latin letters, as on the KTP."
SYMBOLS = "Names cannot contain emoji or symbols."

BAD_NAMES = {
    "empty": ("", "Enter the name."),
    "spaces": ("   \u00a0", "Enter the name."),
    "ten_thousand": ("x" * 10_000, None),
    "one_too_many": ("A" * (NAME_MAX + 1), None),
    "emoji": ("Siti 😀", SYMBOLS),
    "only_emoji": ("😀🎉", SYMBOLS),
    "emoji_sequence": ("Budi 👨\u200d👩\u200d👧", SYMBOLS),
    "variation_selector": ("Budi\ufe0f", SYMBOLS),
    "heart": ("Budi ♥", SYMBOLS),
    "plus": ("Budi+Siti", SYMBOLS),
    "currency": ("Budi $", SYMBOLS),
    "arabic": ("محمد عبد الله", LATIN_ONLY),
    "hebrew": ("דוד כהן", LATIN_ONLY),
    "cjk": ("李小龙", LATIN_ONLY),
    "cyrillic": ("Иван", LATIN_ONLY),
    "greek": ("Αλέξανδρος", LATIN_ONLY),
    "latin_and_arabic": ("Muhammad محمد", LATIN_ONLY),
    "stray_accent": ("Budi \u0301", LATIN_ONLY),
    "zalgo": ("Bu" + "\u0301" * 5 + "di", LATIN_ONLY),
    "digits": ("Budi 2", "Names cannot contain digits."),
    "roman_numeral_sign": ("Budi Ⅲ", "Names cannot contain digits."),
    "sql": ("'; DROP TABLE x; --", None),
    "semicolon": ("Budi; Siti", None),
    "double_quote": ('Budi "Bud" Santoso', None),
    "brackets": ("Budi (Alm.)", None),
    "at_sign": ("budi@mail.com", None),
    "nul": ("Budi\x00", None),
    "escape": ("Budi\x1b[31m", None),
    "zero_width_space": ("Bu\u200bdi", None),
    "rtl_override": ("Budi\u202e", None),
    "private_use": ("Budi\ue000", SYMBOLS),
    "only_marks": ("...", "A name needs at least one letter."),
    "only_apostrophe": ("'", "A name needs at least one letter."),
}


@pytest.mark.parametrize(("text", "message"), BAD_NAMES.values(), ids=BAD_NAMES.keys())
def test_bad_names_are_refused_with_a_clear_sentence(text: str, message: str | None) -> None:
    error = _refused(text)
    if message is not None:
        assert error.english() == message


def test_the_field_is_the_one_given() -> None:
    assert _refused("😀", "mother_name").field == "mother_name"


def test_too_long_says_the_limit_and_the_length() -> None:
    error = _refused("x" * 10_000)
    assert error.params == {"max": NAME_MAX, "length": 10_000}
    assert "120" in error.english() and "10000" in error.english()


def test_sql_is_refused_for_its_punctuation_naming_the_character() -> None:
    error = _refused("'; DROP TABLE x; --")
    assert error.params == {"character": ";"}
    assert error.english().startswith("Remove ; from the name")


def test_invisible_characters_have_their_own_message() -> None:
    assert "invisible" in _refused("Budi\x00").english()


# -- match keys ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Siti Aminah", "siti aminah"),
        ("SITI AMINAH, S.Pd.", "siti aminah"),
        ("Hj. Siti Aminah, S.Pd., M.Pd.", "siti aminah"),
        ("Hj Siti Aminah SPd", "siti aminah"),  # titles without dots
        ("Siti Aminah, S. Pd. I", "siti aminah"),  # a degree typed with spaces
        ("Siti Aminah, S.Pd.I", "siti aminah"),
        ("H.Ahmad Dahlan", "ahmad dahlan"),  # no space after the title
        ("Dr. Ir. H. Joko Widodo, M.Sc.", "joko widodo"),
        ("Prof. Dr. dr. Budi", "budi"),
        ("KH. Ahmad Dahlan", "ahmad dahlan"),
        ("Ustadzah Nur Aini", "nur aini"),
        ("Bapak Budi", "budi"),
        ("Bpk. Budi", "budi"),
        ("Ibu Siti", "siti"),
        ("Ny. Siti", "siti"),
        ("Sdri. Siti", "siti"),
        ("Budi, A.Md.", "budi"),
        ("Budi Amd", "budi"),
        ("Ir Sukarno", "sukarno"),
        # Muhammad written many ways
        ("Mohammad Hatta", "muhammad hatta"),
        ("Mochammad Hatta", "muhammad hatta"),
        ("Mochamad Hatta", "muhammad hatta"),
        ("Muhamad Hatta", "muhammad hatta"),
        ("Mohamad Hatta", "muhammad hatta"),
        ("Mohamed Hatta", "muhammad hatta"),
        ("Muhammed Hatta", "muhammad hatta"),
        ("Moh. Hatta", "muhammad hatta"),
        ("Moch. Hatta", "muhammad hatta"),
        ("Muh. Hatta", "muhammad hatta"),
        ("Mhd. Hatta", "muhammad hatta"),
        ("Md. Hatta", "muhammad hatta"),
        ("M. Hatta", "muhammad hatta"),
        ("M Hatta", "muhammad hatta"),
        ("Hatta M.", "hatta m"),  # a lone M only stands for Muhammad first
        ("Achmad Fauzi", "ahmad fauzi"),
        ("Ahmat Fauzi", "ahmad fauzi"),
        ("Abd. Rahman", "abdul rahman"),
        ("Abdul Rahman", "abdul rahman"),
        # old spelling
        ("Soekarno", "sukarno"),
        ("Yoesoef", "yusuf"),
        ("Djoko Santoso", "joko santoso"),
        ("Tjahjo", "cahjo"),
        ("Soenjoto", "sunyoto"),
        ("Sjamsul", "syamsul"),
        ("Chairul", "khairul"),
        # bin and binti go; the father's name stays
        ("Ahmad bin Abdullah", "ahmad abdullah"),
        ("Siti binti Ahmad", "siti ahmad"),
        ("Siti Bt. Ahmad", "siti ahmad"),
        ("Siti bte Ahmad", "siti ahmad"),
        # accents, punctuation, spacing
        ("Renée Ñúñez", "renee nunez"),
        ("Zoë", "zu"),  # the old-spelling oe -> u also applies here: a key, never shown
        ("Ma'ruf Amin", "maruf amin"),
        ("Ma’ruf Amin", "maruf amin"),
        ("Siti-Aminah", "siti aminah"),
        ("  Siti   Aminah ", "siti aminah"),
        ("Haji", ""),  # nothing but a title
        ("", ""),
    ],
)
def test_match_key(name: str, key: str) -> None:
    assert match_key(name) == key


# -- similarity ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Siti Aminah", "SITI AMINAH, S.Pd."),
        ("Moch. Soekarno bin Ahmad", "Muhammad Sukarno Ahmad"),
        ("Aminah Siti", "Siti Aminah"),  # word order
        ("Hj. Siti Aminah", "Siti Aminah"),
    ],
)
def test_the_same_name_written_differently_scores_100(a: str, b: str) -> None:
    assert name_similarity(a, b) == 100


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Muhammad Rizki", "M. Rizky"),
        ("Siti Aminah", "Siti Amina"),
        ("Achmad Fauzi", "Ahmad Fauzy"),
        ("Siti Aminah", "Siti Aminah Rahmawati"),  # one registration used the short name
        ("Dewi Lestari", "Dewi Lestiani"),
    ],
)
def test_similar_names(a: str, b: str) -> None:
    assert name_similarity(a, b) >= SIMILAR_NAME
    assert name_similarity(b, a) == name_similarity(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Siti Aminah", "Siti Rahmawati"),
        ("Muhammad Rizki", "Muhammad Fajar"),
        ("Budi Santoso", "Budi Susanto"),
        ("Budi", "Budi Santoso"),  # a single name is not matched against every Budi
        ("Budi", "Siti"),
        ("Haji", "Haji"),  # nothing left to compare
        ("", "Budi"),
    ],
)
def test_different_names(a: str, b: str) -> None:
    assert name_similarity(a, b) < SIMILAR_NAME


def test_similarity_is_between_0_and_100() -> None:
    assert name_similarity("Budi", "Budi") == 100
    assert name_similarity("Budi", "Xyz") >= 0


# -- sort keys ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Siti Aminah", "siti aminah"),
        ("ÉLISE  Ñúñez", "elise nunez"),
        ("Hj. Siti Aminah, S.Pd.", "hj. siti aminah, s.pd."),  # titles kept for display order
        ("Straße Øster", "strasse oster"),
        ("İlham", "ilham"),
        ("", ""),
    ],
)
def test_sort_key(name: str, key: str) -> None:
    assert sort_key(name) == key


def test_sort_key_orders_accented_names_with_plain_ones() -> None:
    names = ["Zainal", "élise", "Budi", "Ádi", "adi", "Eko"]
    assert sorted(names, key=sort_key) == ["Ádi", "adi", "Budi", "Eko", "élise", "Zainal"]


def test_sort_key_strips_accents_and_keeps_at_most_120_characters() -> None:
    key = sort_key("Ñ" * 500)
    assert key == "n" * NAME_MAX


# -- properties ---------------------------------------------------------------------------

NAME_ALPHABET = string.ascii_letters + " .,'-’éñüÉÑÜøßı"
NAMES = st.text(alphabet=NAME_ALPHABET, max_size=60)


@given(st.one_of(st.text(), NAMES))
def test_clean_person_name_is_idempotent_and_refuses_only_with_validation_errors(
    text: str,
) -> None:
    try:
        cleaned = clean_person_name(text)
    except ValidationError as error:
        assert error.field == "full_name" and error.english()
        return
    assert clean_person_name(cleaned) == cleaned
    assert 0 < len(cleaned) <= NAME_MAX


@given(st.one_of(st.text(), NAMES))
def test_match_key_is_idempotent(text: str) -> None:
    key = match_key(text)
    assert match_key(key) == key
    assert key == " ".join(key.split())


@given(NAMES)
def test_match_key_ignores_case(text: str) -> None:
    assert match_key(text.upper()) == match_key(text) == match_key(text.lower())


@given(st.text())
def test_sort_key_is_short_and_single_spaced(text: str) -> None:
    key = sort_key(text)
    assert len(key) <= NAME_MAX
    assert key == " ".join(key.split())


_KEY_WORDS = st.sampled_from(["siti", "aminah", "sitti", "amina", "budi", "muhammad", "rizki", "a"])
_KEYS = st.lists(_KEY_WORDS, max_size=4).map(" ".join)


@given(key=_KEYS, keys=st.lists(_KEYS, max_size=30))
def test_similar_keys_scores_as_key_similarity_does(key: str, keys: list[str]) -> None:
    """The batch comparison a village's duplicate check uses finds exactly the keys the
    one-by-one comparison would, with the same scores."""
    found = similar_keys(key, keys, SIMILAR_NAME)
    expected = {
        index: key_similarity(key, other)
        for index, other in enumerate(keys)
        if key_similarity(key, other) >= SIMILAR_NAME
    }
    assert found.keys() == expected.keys()
    assert all(abs(found[i] - expected[i]) < 1e-9 for i in found)


def test_name_similarity_is_key_similarity_on_match_keys() -> None:
    a, b = "Hj. Siti Aminah, S.Pd.", "siti aminah"
    assert name_similarity(a, b) == key_similarity(match_key(a), match_key(b)) == 100
