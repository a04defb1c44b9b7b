"""Certificate number patterns such as ``{seq:4}/LKP-MAJU/{roman_month}/{year}``.

The pattern is chosen once in the setup wizard; issue numbers come from a gap-free sequence
and are rendered through it.
"""

from __future__ import annotations

import re
from datetime import date

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.text import control_characters_error, has_control_characters

TOKEN_RE = re.compile(r"\{(seq(?::(\d))?|year|month|roman_month|centre|programme)\}")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
PATTERN_MAX = 80


def validate_certificate_pattern(pattern: str) -> None:
    field = "certificate_pattern"
    if not pattern:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Enter a certificate number pattern."), field
        )
    if len(pattern) > PATTERN_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "The pattern is too long (at most {max} characters)."),
            field,
            max=PATTERN_MAX,
        )
    if has_control_characters(pattern):
        raise control_characters_error(field)
    if not any(m.group(1).startswith("seq") for m in TOKEN_RE.finditer(pattern)):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "The pattern needs {seq} so that every certificate gets its own number."
            ),
            field,
        )
    leftover = TOKEN_RE.sub("", pattern)
    if "{" in leftover or "}" in leftover:
        unknown = re.search(r"\{[^}]*\}?", leftover)
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages",
                # Doubled braces: this text is formatted with {part}.
                "Unknown part {part}. Use {{seq}}, {{seq:4}}, {{year}}, {{month}}, "
                "{{roman_month}}, {{centre}} or {{programme}}.",
            ),
            field,
            part=unknown.group(0) if unknown else "{",
        )


def render_certificate_number(
    pattern: str, seq: int, issued: date, centre: str, programme: str = ""
) -> str:
    def token(match: re.Match[str]) -> str:
        name = match.group(1)
        if name.startswith("seq"):
            width = int(match.group(2) or 0)
            return str(seq).zfill(width)
        return {
            "year": f"{issued.year:04d}",
            "month": f"{issued.month:02d}",
            "roman_month": ROMAN[issued.month - 1],
            "centre": centre,
            "programme": programme,
        }[name]

    return TOKEN_RE.sub(token, pattern)
