"""User names, full names and passwords: the rules the account forms and services share."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.accounts import (
    FULL_NAME_MAX,
    LOCKOUT,
    MAX_FAILED_LOGINS,
    PASSWORD_MAX,
    PASSWORD_MIN,
    USERNAME_RE,
    check_password,
    clean_full_name,
    clean_username,
)
from desktop.domain.errors import ValidationError

# -- user names ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("budi", "budi"),
        ("  Budi.Santoso  ", "budi.santoso"),
        ("SITI_R", "siti_r"),
        ("dewi-l", "dewi-l"),
        ("abc", "abc"),  # shortest
        ("a" * 32, "a" * 32),  # longest
        ("2024user", "2024user"),
        ("petugas\n", "petugas"),
    ],
)
def test_clean_username_accepts_and_normalises(typed: str, stored: str) -> None:
    assert clean_username(typed) == stored


@pytest.mark.parametrize(
    "typed",
    [
        "ab",  # too short
        "a" * 33,  # too long
        "budi santoso",  # space inside
        ".budi",  # must start with a letter or digit
        "_budi",
        "-budi",
        "budi@desa",
        "budi/admin",
        "bùdi",  # letters outside a-z
        "",
    ],
)
def test_clean_username_rejects(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        clean_username(typed)
    assert caught.value.field == "username"
    assert "3 to 32" in caught.value.english()


@given(
    st.one_of(
        st.from_regex(USERNAME_RE, fullmatch=True).map(str.upper),
        st.from_regex(USERNAME_RE, fullmatch=True).map(lambda s: f"  {s}\t"),
        st.text(max_size=40),
    )
)
def test_clean_username_is_idempotent(typed: str) -> None:
    try:
        once = clean_username(typed)
    except ValidationError:
        return
    assert clean_username(once) == once
    assert USERNAME_RE.fullmatch(once)


@given(st.from_regex(USERNAME_RE, fullmatch=True))
def test_every_name_the_pattern_allows_is_accepted_unchanged(name: str) -> None:
    # `$` in a pattern also matches before a final newline; fullmatch does not.
    assert clean_username(name.strip()) == name.strip().lower()


# -- full names ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Siti Rahmawati", "Siti Rahmawati"),
        ("  Siti   Rahmawati \n", "Siti Rahmawati"),
        ("Dra. Siti Rahmawati, M.Pd.", "Dra. Siti Rahmawati, M.Pd."),
        ("I Gusti Ngurah O'Neil", "I Gusti Ngurah O'Neil"),
        ("Sukarno", "Sukarno"),  # one name only, common in Indonesia
        ("x" * FULL_NAME_MAX, "x" * FULL_NAME_MAX),
    ],
)
def test_clean_full_name_collapses_whitespace(typed: str, stored: str) -> None:
    assert clean_full_name(typed) == stored


def test_clean_full_name_empty_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        clean_full_name("   \t ")
    assert caught.value.field == "full_name"
    assert caught.value.english() == "Enter the person's full name."


def test_clean_full_name_too_long_names_the_limit() -> None:
    with pytest.raises(ValidationError) as caught:
        clean_full_name("x" * (FULL_NAME_MAX + 1))
    assert caught.value.field == "full_name"
    assert caught.value.params == {"max": FULL_NAME_MAX}
    assert str(FULL_NAME_MAX) in caught.value.english()


def test_full_name_limit_counts_after_collapsing_spaces() -> None:
    # 60 + 60 letters with a long run of spaces between: 121 characters once collapsed.
    assert clean_full_name("a" * 60 + " " * 500 + "b" * 59) == "a" * 60 + " " + "b" * 59


# -- passwords ----------------------------------------------------------------------------


def test_password_minimum_is_eight() -> None:
    assert PASSWORD_MIN == 8
    check_password("a" * 8)
    with pytest.raises(ValidationError) as caught:
        check_password("a" * 7)
    assert caught.value.field == "password"
    assert caught.value.params == {"min": 8}
    assert "at least 8 characters" in caught.value.english()


def test_password_maximum() -> None:
    check_password("p" * PASSWORD_MAX)
    with pytest.raises(ValidationError) as caught:
        check_password("p" * (PASSWORD_MAX + 1))
    assert caught.value.params == {"max": PASSWORD_MAX}
    assert str(PASSWORD_MAX) in caught.value.english()


@pytest.mark.parametrize(
    ("password", "username"),
    [
        ("budisantoso", "budisantoso"),
        ("BudiSantoso", "budisantoso"),
        (" budisantoso ", "BUDISANTOSO"),
    ],
)
def test_password_must_not_equal_username(password: str, username: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_password(password, username)
    assert caught.value.field == "password"
    assert "user name" in caught.value.english()


def test_password_containing_username_is_allowed() -> None:
    check_password("budisantoso2026", "budisantoso")


def test_password_error_uses_the_given_field() -> None:
    with pytest.raises(ValidationError) as caught:
        check_password("short", field="new_password")
    assert caught.value.field == "new_password"


def test_password_length_counts_characters_not_bytes() -> None:
    check_password("pässwörd")  # 8 characters, 10 bytes in UTF-8
    with pytest.raises(ValidationError):
        check_password("😀" * 7)


def test_lockout_rule_is_five_failures_for_five_minutes() -> None:
    assert MAX_FAILED_LOGINS == 5
    assert LOCKOUT.total_seconds() == 300
