"""Checks shared by every free-text field people type or paste."""

from __future__ import annotations

import unicodedata

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP


def has_control_characters(text: str, allowed: str = "") -> bool:
    """True if `text` holds invisible control characters (NUL, escape, …) or broken
    surrogates: PostgreSQL refuses NUL in text, and none of them belong in a form field."""
    return any(unicodedata.category(c) in ("Cc", "Cs") and c not in allowed for c in text)


def control_characters_error(field: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("messages", "Remove the invisible control characters from this text."),
        field,
    )


def storable(text: str) -> str:
    """Text the database accepts, for searching: PostgreSQL refuses NUL and neither database
    takes a lone surrogate. Neither can be in stored text, so the replacement finds what the
    original would (nothing)."""
    text = text.replace("\x00", "\ufffd")
    return text.encode("utf-8", "replace").decode("utf-8") if not text.isascii() else text
