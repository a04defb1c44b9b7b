"""Repairing or flagging the damage spreadsheets do to values (issue 7): IDs and phone numbers
stored as numbers, dates as serial numbers or text in several formats, stray and invisible
spaces. Each function returns the repaired value and a `Problem` (or None): damage is never
repaired silently when information may be lost, and nothing is guessed where a clerk must look.

These are the spreadsheet-specific checks only; every row is then validated with the rules of
the intake form (desktop.domain.nik, desktop.domain.phone, ...).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Literal

from desktop.domain.choices import Sex
from desktop.domain.errors import ValidationError, fill
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.nik import NIK_LENGTH, digits_of
from desktop.domain.phone import clean_phone

Severity = Literal["warning", "error"]

# Characters with no width that copy-paste from web pages and Word brings along.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
# "3.20101E+15" as Excel shows (and CSV-saves) a long number; "3,20101E+15" in Indonesian.
_SCIENTIFIC = re.compile(r"[0-9]+(?:[.,][0-9]+)?[eE][+-]?[0-9]+")
_PHONE_SEPARATORS = re.compile(r"[\s.\-()\u2010-\u2014\u2212]")

# Excel's 1900 date system: serial 1 is 1900-01-01, and 60 is 29 February 1900, a day that
# never was (kept from Lotus 1-2-3). From 61 on, day 0 is 1899-12-30.
_EXCEL_EPOCH = date(1899, 12, 30)
_LOTUS_LEAP_DAY = 60

MONTHS = {
    # Indonesian full names and the abbreviations seen on forms ("Agt", "Ags", "Nop").
    "januari": 1, "februari": 2, "pebruari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6,
    "juli": 7, "agustus": 8, "september": 9, "oktober": 10, "november": 11, "nopember": 11,
    "desember": 12, "jan": 1, "feb": 2, "peb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "agu": 8, "agt": 8, "ags": 8, "agus": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11,
    "nop": 11, "des": 12,
    # English names and abbreviations not already above.
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8,
    "october": 10, "december": 12, "aug": 8, "oct": 10, "dec": 12,
}  # fmt: skip

_ISO = re.compile(r"([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})(?:[ T][0-9:.]+)?")
_NUMERIC_DATE = re.compile(r"([0-9]{1,2})[/.\-]([0-9]{1,2})[/.\-]([0-9]{4}|[0-9]{2})")
_DAY_MONTH_NAME = re.compile(r"([0-9]{1,2})[\s\-/.]*([A-Za-z]+)\.?[\s\-/.,]+([0-9]{4}|[0-9]{2})")
_MONTH_NAME_DAY = re.compile(r"([A-Za-z]+)\.?\s+([0-9]{1,2}),?\s+([0-9]{4})")
_SERIAL = re.compile(r"([0-9]{1,6})(?:\.[0-9]+)?")


@dataclass(frozen=True)
class Problem:
    """What is wrong with one value: `text` is a translatable message id with `{name}`
    placeholders filled from `params` after translation (like PelitaError)."""

    severity: Severity
    text: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def english(self) -> str:
        return fill(self.text, self.params, "en")


def _error(text: str, **params: Any) -> Problem:
    return Problem("error", text, params)


def _warning(text: str, **params: Any) -> Problem:
    return Problem("warning", text, params)


def clean_cell(text: str) -> str:
    """`text` with every kind of space (non-breaking, thin, tab, line break) as one plain
    space, invisible characters removed, and no space at either end."""
    return " ".join(text.translate(_INVISIBLE).split())


def _cleaned_number(text: str) -> str:
    """A cell meant to hold digits, cleaned, without the apostrophe Excel users type in front
    to keep a number as text (Excel hides it, some exports keep it)."""
    return clean_cell(text).lstrip("'’").strip()


def repair_nik(text: str, was_number: bool) -> tuple[str, Problem | None]:
    """The NIK's digits, and what the spreadsheet may have done to it. Only the shape is
    checked here; the region, birth date and serial rules are desktop.domain.nik's."""
    value = _cleaned_number(text)
    if not value:
        return "", None
    if _SCIENTIFIC.fullmatch(value):
        return value, _error(
            QT_TRANSLATE_NOOP(
                "messages",
                "The NIK was stored as a number and lost digits ({value}): format the column"
                " as text and type the NIK again from the KTP.",
            ),
            value=value,
        )
    digits = digits_of(value)
    if not digits.isascii() or not digits.isdigit():
        return value, _error(
            QT_TRANSLATE_NOOP(
                "messages",
                "A NIK is made of digits only (spaces, dots and dashes between them are fine).",
            )
        )
    if len(digits) != NIK_LENGTH:
        return digits, _error(
            QT_TRANSLATE_NOOP("messages", "A NIK has 16 digits; {count} were typed."),
            count=len(digits),
        )
    # Excel keeps 15 significant digits of a number: a 16-digit NIK typed as a number ends
    # in 0 whatever its last digit was. A real NIK may end in 0 too, so only a warning.
    if was_number and digits.endswith("0"):
        return digits, _warning(
            QT_TRANSLATE_NOOP(
                "messages",
                "Excel may have changed the last digit of this NIK: check it against the KTP.",
            )
        )
    return digits, None


def repair_phone(text: str, was_number: bool) -> tuple[str, Problem | None]:
    """The phone number without separators, with the leading 0 a number cell drops put back
    (a warning, so the clerk knows the column is damaged), or the reason it is not a number.
    The number is also checked with the intake form's rules (desktop.domain.phone)."""
    value = _cleaned_number(text)
    if not value:
        return "", None
    if _SCIENTIFIC.fullmatch(value):
        return value, _error(
            QT_TRANSLATE_NOOP(
                "messages",
                "The phone number was stored as a number and lost digits ({value}): format"
                " the column as text and type the number again.",
            ),
            value=value,
        )
    compact = _PHONE_SEPARATORS.sub("", value).translate(_INVISIBLE)
    problem: Problem | None = None
    if was_number and compact.startswith("8"):
        compact = "0" + compact
        problem = _warning(
            QT_TRANSLATE_NOOP(
                "messages",
                "The phone number was stored as a number and lost its leading 0; it was put"
                " back ({value}).",
            ),
            value=compact,
        )
    try:
        clean_phone(compact)
    except ValidationError as error:
        return compact, Problem("error", error.text, dict(error.params))
    return compact, problem


def _excel_serial(serial: int, today: date) -> tuple[date | None, Problem | None]:
    if serial == _LOTUS_LEAP_DAY:
        found = None  # 29 February 1900 does not exist
    elif serial < _LOTUS_LEAP_DAY:
        found = _EXCEL_EPOCH + timedelta(days=serial + 1)
    else:
        found = _EXCEL_EPOCH + timedelta(days=serial)
    if found is None or serial < 1 or found > today:
        return None, _error(
            QT_TRANSLATE_NOOP(
                "messages",
                "{value} is not a date: write the date as dd/mm/yyyy (for example 17/08/1990).",
            ),
            value=str(serial),
        )
    return found, None


def _full_year(year_text: str, today: date) -> int:
    """A two-digit year is this century unless that is after this year (a date of birth is
    never in the future): "05" is 2005, "90" is 1990."""
    year = int(year_text)
    if len(year_text) == 2:
        year += 2000 if 2000 + year <= today.year else 1900
    return year


def _made_date(year: int, month: int, day: int, text: str) -> tuple[date | None, Problem | None]:
    try:
        return date(year, month, day), None
    except ValueError:
        return None, _error(
            QT_TRANSLATE_NOOP(
                "messages", "{value} is not a day of the calendar: check the day and month."
            ),
            value=text,
        )


def repair_date(
    text: str, was_number: bool, *, today: date | None = None
) -> tuple[date | None, Problem | None]:
    """The date in `text`, read the way Indonesian spreadsheets write it.

    - A number cell (or text of 5 digits, which can be nothing but a serial) is an Excel
      serial in the 1900 system; serials after `today` are refused (a typo or not a date).
    - ISO "1990-03-12" (also with a time after it, and / or . between the parts).
    - Day first: dd/mm/yyyy, dd-mm-yyyy, d.m.yyyy and dd/mm/yy. When the day-first reading
      is impossible but month-first is not (03/25/1990, written by an English Excel), the
      date is read month-first with a warning. When both readings are possible (03/04/1990)
      it is day-first without a warning: that is how the lists are written in Indonesia.
    - Month names in Indonesian or English, full or abbreviated: "12 Maret 1990", "12 Mar
      1990", "12-Agt-90", "March 12, 1990".
    - Two-digit years: this century unless that is after this year, else the last.
    """
    today = today or date.today()
    value = clean_cell(text)
    if not value:
        return None, None
    serial = _SERIAL.fullmatch(value)
    if serial and (was_number or len(serial.group(1)) == 5):
        return _excel_serial(int(serial.group(1)), today)
    if match := _ISO.fullmatch(value):
        year, month, day = (int(part) for part in match.groups())
        return _made_date(year, month, day, value)
    if match := _NUMERIC_DATE.fullmatch(value):
        first, second = int(match.group(1)), int(match.group(2))
        year = _full_year(match.group(3), today)
        if first <= 12 < second:
            found, problem = _made_date(year, first, second, value)
            if found is None:
                return found, problem
            return found, _warning(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{value} was read as month/day/year ({date}): check it.",
                ),
                value=value,
                date=found,
            )
        return _made_date(year, second, first, value)
    day_text, month_name, year_text = "", "", ""
    if match := _DAY_MONTH_NAME.fullmatch(value):
        day_text, month_name, year_text = match.groups()
    elif match := _MONTH_NAME_DAY.fullmatch(value):
        month_name, day_text, year_text = match.groups()
    named_month = MONTHS.get(month_name.lower())
    if named_month is not None:
        return _made_date(_full_year(year_text, today), named_month, int(day_text), value)
    return None, _error(
        QT_TRANSLATE_NOOP(
            "messages",
            "{value} is not a date: write the date as dd/mm/yyyy (for example 17/08/1990).",
        ),
        value=value,
    )


_SEX_WORDS = {
    Sex.MALE: ("l", "lk", "laki", "laki-laki", "laki laki", "lelaki", "pria", "m", "male", "man"),
    Sex.FEMALE: ("p", "pr", "perempuan", "wanita", "w", "f", "female", "woman"),
}
_SEX_BY_WORD = {word: sex for sex, words in _SEX_WORDS.items() for word in words}


def repair_sex(text: str) -> tuple[Sex | None, Problem | None]:
    """The sex written as on the KTP (L/P), in Indonesian words or in English."""
    value = clean_cell(text)
    if not value:
        return None, None
    sex = _SEX_BY_WORD.get(value.lower().rstrip("."))
    if sex is None:
        return None, _error(
            QT_TRANSLATE_NOOP(
                "messages", "{value} is not a sex: write L (laki-laki) or P (perempuan)."
            ),
            value=value,
        )
    return sex, None
