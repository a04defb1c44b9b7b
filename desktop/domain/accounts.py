"""Rules for user names, passwords and login lock-outs."""

from __future__ import annotations

import re
from datetime import timedelta

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.text import control_characters_error, has_control_characters

PASSWORD_MIN = 8
PASSWORD_MAX = 256
USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._\-]{2,31}$")
FULL_NAME_MAX = 120
MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=5)


def clean_username(username: str) -> str:
    cleaned = username.strip().lower()
    if not USERNAME_RE.match(cleaned):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages",
                "A user name is 3 to 32 letters or digits (also . _ -), without spaces.",
            ),
            "username",
        )
    return cleaned


def clean_full_name(full_name: str) -> str:
    cleaned = " ".join(full_name.split())
    if not cleaned:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Enter the person's full name."), "full_name"
        )
    if len(cleaned) > FULL_NAME_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "The name is too long (at most {max} characters)."),
            "full_name",
            max=FULL_NAME_MAX,
        )
    if has_control_characters(cleaned):
        raise control_characters_error("full_name")
    return cleaned


def check_password(password: str, username: str = "", field: str = "password") -> None:
    if len(password) < PASSWORD_MIN:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "The password is too short: use at least {min} characters."
            ),
            field,
            min=PASSWORD_MIN,
        )
    if len(password) > PASSWORD_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "The password is too long (at most {max} characters)."),
            field,
            max=PASSWORD_MAX,
        )
    if username and password.strip().lower() == username.strip().lower():
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "The password must not be the same as the user name."),
            field,
        )
