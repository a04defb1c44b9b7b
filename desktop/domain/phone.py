"""Phone numbers: stored in E.164 ("+6281234567890") so one number typed four ways is found as
one, shown the way Indonesians write them ("0812-3456-7890").

Clerks type 0812…, +62 812…, 62812…, 812… or 0062 812… with any grouping; all mean the same
number. Foreign numbers are accepted when written with + and the country code, since some
participants are foreigners; without + a number is read as Indonesian.
"""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumber, PhoneNumberFormat, ValidationResult

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP

REGION = "ID"
COUNTRY_CODE = "62"
E164_MAX_DIGITS = 15  # ITU-T E.164: no number anywhere is longer
MIN_DIGITS = 7  # the shortest numbers anywhere, country code included (Niue: +683 4002)
MAX_TYPED_DIGITS = E164_MAX_DIGITS + 2  # with "00" in front of the country code
MOBILE_LENGTHS = range(9, 13)  # digits after +62 8…: 812-345-678 to 812-3456-78901
MOBILE_GROUP = 4  # 0812-3456-7890: groups of 4 from the left, as on shop signs and cards

# Grouping people put in numbers: whitespace (including non-breaking), dots, hyphens and
# dashes, brackets around an area code. Anything else is refused rather than guessed at.
_SEPARATORS = frozenset(".-()\u2010\u2011\u2012\u2013\u2014\u2212\u200b\ufeff")
_SHAPE = re.compile(r"\+?[0-9]+")  # ASCII digits only: isdigit() also accepts "²" and "٣"


def _strip(text: str) -> str:
    return "".join(c for c in text if c not in _SEPARATORS and not c.isspace())


def _international(compact: str) -> str:
    """`compact` ("+6281…", "0062…", "62812…", "0812…", "812…") as "+<country><number>"; a
    number without + or 00 is Indonesian."""
    if compact.startswith("+"):
        return compact
    if compact.startswith("00"):
        return "+" + compact[2:]  # the international prefix, as dialled from abroad
    if compact.startswith(COUNTRY_CODE):
        return "+" + compact
    if compact.startswith("0"):
        return "+" + COUNTRY_CODE + compact[1:]
    if compact.startswith("8"):  # a mobile number without its leading 0
        return "+" + COUNTRY_CODE + compact
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "messages",
            "Start the number with 0 or +62 (for example 0812-3456-7890), or with + and the"
            " country code for a foreign number.",
        ),
        "phone",
    )


def _too_short(count: int) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "messages", "The phone number is too short: check for missing digits ({count} typed)."
        ),
        "phone",
        count=count,
    )


def _too_long(count: int) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "messages", "The phone number is too long: check for extra digits ({count} typed)."
        ),
        "phone",
        count=count,
    )


def _unknown_country() -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "messages",
            "No country has the code at the start of this number. Indonesian numbers start"
            " with 0 or +62.",
        ),
        "phone",
    )


def _parse(number: str, count: int) -> PhoneNumber:
    """`number` ("+…") parsed and checked, or the reason it is not a number."""
    try:
        parsed = phonenumbers.parse(number, REGION)
    except NumberParseException as error:
        if error.error_type == NumberParseException.INVALID_COUNTRY_CODE:
            raise _unknown_country() from None
        if error.error_type == NumberParseException.TOO_LONG:
            raise _too_long(count) from None
        raise _too_short(count) from None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason == ValidationResult.INVALID_COUNTRY_CODE:
        raise _unknown_country()
    if reason in (ValidationResult.TOO_SHORT, ValidationResult.IS_POSSIBLE_LOCAL_ONLY):
        raise _too_short(count)  # local only: a landline without enough digits after the area
    # Mobiles are the numbers people have; phonenumbers only calls a wrong-length one invalid.
    national = str(parsed.national_number)
    if parsed.country_code == int(COUNTRY_CODE) and national.startswith("8"):
        if len(national) < MOBILE_LENGTHS.start:
            raise _too_short(count)
        if len(national) >= MOBILE_LENGTHS.stop:
            raise _too_long(count)
    if reason == ValidationResult.TOO_LONG:
        raise _too_long(count)
    if not phonenumbers.is_valid_number(parsed):
        if parsed.country_code == int(COUNTRY_CODE):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "This is not a valid Indonesian phone number; check the digits and the"
                    " area or mobile prefix.",
                ),
                "phone",
            )
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "This is not a valid phone number for its country; check the digits."
            ),
            "phone",
        )
    return parsed


def clean_phone(text: str) -> str:
    """The number in `text` as E.164, "" when nothing was typed (the phone is optional).

    Remembered per text, and the E.164 form as itself: an imported row's number is checked by
    the spreadsheet repair, by the intake rules and again for the search key (from its E.164
    form), and phonenumbers takes ~0.1 ms a parse."""
    found = _cleaned.get(text)
    if found is None:
        found = _clean_phone(text)
        if len(_cleaned) >= CLEANED_KEPT:
            _cleaned.clear()
        _cleaned[text] = _cleaned[found] = found
    return found


CLEANED_KEPT = 8192
_cleaned: dict[str, str] = {}


def _clean_phone(text: str) -> str:
    compact = _strip(text)
    if not compact:
        return ""
    if not _SHAPE.fullmatch(compact):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages",
                "A phone number has digits only, with an optional + at the start (spaces,"
                " dots, dashes and brackets are fine).",
            ),
            "phone",
        )
    count = len(compact.lstrip("+"))
    if count < MIN_DIGITS:
        raise _too_short(count)
    if count > MAX_TYPED_DIGITS:
        raise _too_long(count)
    number = _international(compact)
    if len(number) - 1 > E164_MAX_DIGITS:
        raise _too_long(count)
    return phonenumbers.format_number(_parse(number, count), PhoneNumberFormat.E164)


def _is_indonesian_mobile(parsed: PhoneNumber) -> bool:
    return parsed.country_code == int(COUNTRY_CODE) and phonenumbers.number_type(parsed) in (
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    )


def display_phone(e164: str) -> str:
    """A stored number as people write it: 0812-3456-7890 for Indonesian mobiles, (021)
    12345678 for landlines, +44 20 7946 0958 for foreign numbers. Text that is not a number
    (old data) is shown as it is."""
    if not e164:
        return ""
    try:
        parsed = phonenumbers.parse(e164, REGION)
    except NumberParseException:
        return e164
    if _is_indonesian_mobile(parsed):
        national = "0" + str(parsed.national_number)
        groups = [national[i : i + MOBILE_GROUP] for i in range(0, len(national), MOBILE_GROUP)]
        # A lone last digit reads badly (0812-3456-7); it joins the group before it.
        if len(groups) > 1 and len(groups[-1]) == 1:
            groups[-2:] = [groups[-2] + groups[-1]]
        return "-".join(groups)
    if parsed.country_code == int(COUNTRY_CODE):
        return phonenumbers.format_number(parsed, PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(parsed, PhoneNumberFormat.INTERNATIONAL)


def phone_search_key(text: str) -> str:
    """The digits a clerk types to find a number: "081234567890" for any way of writing an
    Indonesian number, the digits after + for a foreign one, "" when there are none.

    Also used on search queries, which may be a fragment ("3456") or half-typed: those keep
    their digits as typed, except that an explicit +62 or 0062 becomes 0."""
    try:
        number = clean_phone(text)
    except ValidationError:
        digits = "".join(c for c in text if c in "0123456789")
        compact = _strip(text)
        for prefix in ("+" + COUNTRY_CODE, "00" + COUNTRY_CODE):
            if compact.startswith(prefix):
                return "0" + digits[len(prefix.lstrip("+")) :]
        return digits
    if number.startswith("+" + COUNTRY_CODE):
        return "0" + number[1 + len(COUNTRY_CODE) :]
    return number.lstrip("+")
