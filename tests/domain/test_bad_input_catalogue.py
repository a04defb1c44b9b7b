"""A growing catalogue of bad input for the validators of the foundation.

Every case names the validator, the input and the field the error must point at. Each case
checks that the error is the expected type, belongs to that field, and carries a message that
is English source text marked for translation with parameters that fill in.

Add a case whenever a bug report shows a new kind of bad input. The second list holds input that
looks odd but is legitimate (names with quotes, Arabic script, …) and must pass unchanged.
"""

from __future__ import annotations

import ast
import re
import string
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

import desktop
from desktop.domain.accounts import check_password, clean_full_name, clean_username
from desktop.domain.centre import CentreProfile, InstitutionType
from desktop.domain.errors import PelitaError, ValidationError, ValidationErrors
from desktop.domain.formatting import parse_date
from desktop.domain.numbering import validate_certificate_pattern

SQL = "'; DROP TABLE user_account; --"
LONG = "x" * 10_000
EMOJI = "😀🎉"
ARABIC = "محمد عبد الله"
HEBREW = "דוד כהן"


def _profile(**fields: str) -> CentreProfile:
    return CentreProfile(
        **{"name": "LKP Maju Jaya", **fields},  # type: ignore[arg-type]
        institution_type=InstitutionType.LKP,
    )


VALIDATORS: dict[str, Callable[[str], object]] = {
    "username": clean_username,
    "full_name": clean_full_name,
    "password": lambda value: check_password(value, "budisantoso"),
    "centre_name": lambda value: _profile(name=value).cleaned(),
    "centre_address": lambda value: _profile(address=value).cleaned(),
    "head_name": lambda value: _profile(head_name=value).cleaned(),
    "head_title": lambda value: _profile(head_title=value).cleaned(),
    "centre_code": lambda value: _profile(code=value).cleaned(),
    "head_nip": lambda value: _profile(head_nip=value).cleaned(),
    "certificate_pattern": validate_certificate_pattern,
    "profile_pattern": lambda value: _profile(certificate_pattern=value).cleaned(),
    "date": parse_date,
    "birth_date": lambda value: parse_date(value, "birth_date"),
}


@dataclass(frozen=True)
class Bad:
    validator: str
    value: str
    field: str
    error: type[PelitaError] = ValidationError


def _cases(validator: str, field: str, error: type[PelitaError], **values: str) -> list[object]:
    return [
        pytest.param(Bad(validator, value, field, error), id=f"{validator}-{name}")
        for name, value in values.items()
    ]


CATALOGUE = [
    *_cases(
        "username",
        "username",
        ValidationError,
        empty="",
        whitespace=" \t\n ",
        long=LONG,
        too_short="ab",
        too_long="a" * 33,
        emoji=f"budi{EMOJI}",
        arabic="محمد",
        hebrew="דוד",
        single_quote="o'neil",
        double_quote='"budi"',
        percent="budi%",
        only_percent="%%%",
        sql=SQL,
        sql_comment="admin'--",
        nul="budi\x00",
        nul_inside="bu\x00di",
        zero_width_space="bu\u200bdi",
        fullwidth="ｂｕｄｉ",
        inner_space="budi santoso",
        leading_dot=".budi",
        at_sign="budi@desa.id",
        backslash="budi\\admin",
        newline_inside="bu\ndi",
    ),
    *_cases(
        "full_name",
        "full_name",
        ValidationError,
        empty="",
        whitespace=" \t\n ",
        ideographic_space="\u3000\u3000",
        long=LONG,
        one_too_long="x" * 121,
        nul="Budi\x00Santoso",
        escape="\x1b[31mBudi",
        delete_char="Budi\x7f",
        lone_surrogate="Budi\ud800",
    ),
    *_cases(
        "password",
        "password",
        ValidationError,
        empty="",
        whitespace="   ",
        seven="1234567",
        seven_emoji="😀" * 7,
        long=LONG,
        same_as_username="BudiSantoso",
        same_as_username_padded=" budisantoso ",
    ),
    *_cases(
        "centre_name",
        "name",
        ValidationErrors,
        empty="",
        whitespace=" \t\n ",
        long=LONG,
        nul="LKP\x00Maju",
        escape="LKP \x1b Maju",
    ),
    *_cases("centre_address", "address", ValidationErrors, nul="Jl. Merdeka\x00 17"),
    *_cases("head_name", "head_name", ValidationErrors, long=LONG, nul="Siti\x00"),
    *_cases("head_title", "head_title", ValidationErrors, long=LONG, nul="Kepala\x00"),
    *_cases(
        "centre_code",
        "code",
        ValidationErrors,
        emoji=f"LKP{EMOJI}",
        arabic="محمد",
        quote="LKP'MJ",
        percent="LKP%",
        sql=SQL,
        nul="LKP\x00",
        inner_space="LKP MJ",
        thirteen="A" * 13,
        long=LONG,
    ),
    *_cases(
        "head_nip",
        "head_nip",
        ValidationErrors,
        letters="abcdefghijklmnopqr",
        long="1" * 10_000,
        emoji=EMOJI * 9,
        arabic_digits="١٩٧٠٠٣١٥٢٠٠٠٠٣٢٠٠١",
        sql=SQL,
        percent="197003152000032%01",
        quotes="'197003152000032001'",
        nul="19700315200003200\x001",
        feb_31="197002312000032001",
        sex_digit_9="197003152000039001",
        appointment_month_0="197003152000002001",
    ),
    *_cases(
        "certificate_pattern",
        "certificate_pattern",
        ValidationError,
        empty="",
        whitespace="   ",
        long="{seq}" + LONG,
        no_seq="{year}/{centre}",
        unclosed_seq="{seq",
        emoji_token="{seq}/{😀}",
        arabic_token="{seq}/{سنة}",
        hebrew_token="{seq}/{שנה}",
        percent_token="{seq}/{%}",
        sql_token="{seq}/{" + SQL + "}",
        quote_token="{seq}/{'year'}",
        indonesian_token="{seq}/{tahun}",
        wide_seq="{seq:12}",
        stray_brace="{seq}}",
        nul="{seq}\x00",
        python_format="{0}",
    ),
    *_cases("profile_pattern", "certificate_pattern", ValidationErrors, whitespace="   "),
    *_cases(
        "date",
        "date",
        ValidationError,
        feb_31="31/02/2026",
        zeros="00/00/0000",
        two_digit_year="1/1/99",
        tomorrow="tomorrow",
        empty="",
        whitespace="   ",
        long=LONG,
        long_digits="1" * 10_000,
        huge_day="9" * 5_000 + "/01/2026",
        superscript="²/01/2026",
        emoji=f"{EMOJI}/11/2026",
        arabic=ARABIC,
        sql=SQL,
        sql_after="23/11/2026" + SQL,
        percent="%d/%m/%Y",
        quotes='"23/11/2026"',
        nul="23/11/2026\x00",
        iso="2026-11-23",
        month_13="23/13/2026",
        year_zero="23/11/0000",
        not_leap="29/02/2100",
        negative="23/11/-2026",
        plus="+23/11/2026",
    ),
    *_cases("birth_date", "birth_date", ValidationError, feb_31="31/02/2026", word="kemarin"),
]


def _marked_texts() -> set[str]:
    """Every string marked with QT_TRANSLATE_NOOP below the GUI: what translators get."""
    texts: set[str] = set()
    root = Path(desktop.__file__).parent
    for folder in ("domain", "services", "store"):
        for path in (root / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id == "QT_TRANSLATE_NOOP"
                    and len(node.args) == 2
                    and isinstance(node.args[1], ast.Constant)
                ):
                    texts.add(node.args[1].value)
    return texts


MARKED = _marked_texts()


def _check_message(error: PelitaError) -> None:
    assert error.text, "empty message"
    assert error.text in MARKED, f"not a translatable source text: {error.text!r}"
    assert error.text.isascii() and re.search(r"[A-Za-z]{3,}", error.text)
    english = error.english()  # must not raise (KeyError/IndexError on unfilled braces)
    assert english.strip()
    assert str(error) == english
    names = {name for _, name, _, _ in string.Formatter().parse(error.text) if name}
    if error.params:
        assert names <= set(error.params), f"placeholders without values: {names}"
        assert english == error.text.format(**error.params)
        for value in error.params.values():
            assert isinstance(value, str | int)
    else:
        # Shown as it is: braces there are meant literally ({seq}).
        assert english == error.text


@pytest.mark.parametrize("case", CATALOGUE)
def test_bad_input_is_refused_with_a_message_for_its_field(case: Bad) -> None:
    with pytest.raises(PelitaError) as caught:
        VALIDATORS[case.validator](case.value)
    error = caught.value
    assert type(error) is case.error
    assert error.field == case.field
    _check_message(error)
    if isinstance(error, ValidationErrors):
        assert error.errors
        assert {e.field for e in error.errors} == {case.field}
        for each in error.errors:
            assert type(each) is ValidationError
            _check_message(each)


def test_catalogue_covers_every_validator() -> None:
    covered = {param.values[0].validator for param in CATALOGUE}  # type: ignore[attr-defined]
    assert covered == set(VALIDATORS)


def test_catalogue_ids_are_unique() -> None:
    ids = [param.id for param in CATALOGUE]  # type: ignore[attr-defined]
    assert len(ids) == len(set(ids))


# -- odd but legitimate -------------------------------------------------------------------


def _pattern(value: str) -> str:
    validate_certificate_pattern(value)
    return value


def _password(value: str) -> str:
    check_password(value, "budisantoso")
    return value


STORED: dict[str, Callable[[str], object]] = {
    "full_name": clean_full_name,
    "centre_name": lambda value: _profile(name=value).cleaned().name,
    "head_name": lambda value: _profile(head_name=value).cleaned().head_name,
    "head_nip": lambda value: _profile(head_nip=value).cleaned().head_nip,
    "centre_address": lambda value: _profile(address=value).cleaned().address,
    "certificate_pattern": _pattern,
    "password": _password,
    "date": parse_date,
}

ACCEPTED = [
    pytest.param("full_name", "Muhammad 'Abdullah", "Muhammad 'Abdullah", id="name-quote"),
    pytest.param("full_name", 'Budi "Kecil" Santoso', 'Budi "Kecil" Santoso', id="name-dquote"),
    pytest.param("full_name", ARABIC, ARABIC, id="name-arabic"),
    pytest.param("full_name", HEBREW, HEBREW, id="name-hebrew"),
    pytest.param("full_name", f"Dewi {EMOJI}", f"Dewi {EMOJI}", id="name-emoji"),
    pytest.param("full_name", SQL, SQL, id="name-sql-is-just-text"),
    pytest.param("full_name", "100% Budi", "100% Budi", id="name-percent"),
    pytest.param("full_name", "Ni Luh Putu Ayu", "Ni Luh Putu Ayu", id="name-balinese"),
    pytest.param("centre_name", 'LKP "Maju" 100% — ط', 'LKP "Maju" 100% — ط', id="centre"),
    pytest.param("head_name", "H. Ahmad Dahlan, S.Pd.I", "H. Ahmad Dahlan, S.Pd.I", id="head"),
    pytest.param(
        "centre_address",
        "Jl. Merdeka 17\r\n\tRT 02",
        "Jl. Merdeka 17\r\n\tRT 02",
        id="address-lines",
    ),
    pytest.param("head_nip", "19700315 200003 2 001", "197003152000032001", id="nip-spaced"),
    pytest.param("head_nip", "   ", "", id="nip-blank-is-no-nip"),
    pytest.param("certificate_pattern", "{seq}/" + SQL[:20], "{seq}/" + SQL[:20], id="pat-sql"),
    pytest.param("certificate_pattern", "{seq}/100%", "{seq}/100%", id="pattern-percent"),
    pytest.param("password", SQL, SQL, id="password-sql"),
    pytest.param("password", "%s%d%n%x{}{0}", "%s%d%n%x{}{0}", id="password-format-codes"),
    pytest.param("password", ARABIC, ARABIC, id="password-arabic"),
    pytest.param("password", EMOJI * 4, EMOJI * 4, id="password-emoji"),
    pytest.param("password", "        ", "        ", id="password-eight-spaces"),
    pytest.param("password", "x" * 256, "x" * 256, id="password-longest"),
    pytest.param("date", " 23.11.2026 ", date(2026, 11, 23), id="date-dots-spaces"),
]


@pytest.mark.parametrize(("validator", "value", "expected"), ACCEPTED)
def test_odd_but_legitimate_input_is_accepted(validator: str, value: str, expected: object) -> None:
    assert STORED[validator](value) == expected
