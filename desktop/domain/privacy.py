"""Data-subject requests under UU PDP 27/2022: their kinds, states and the time allowed.

A person may ask to see everything the centre holds about them (access), to correct it, to
have it deleted, or to withdraw a consent. The centre answers within 3 × 24 hours; a request
still open after that is overdue and shown first.
"""

from __future__ import annotations

import enum
from datetime import datetime, timedelta

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.text import control_characters_error, has_control_characters

DUE_AFTER = timedelta(hours=72)
DETAILS_MAX = 2000  # store.privacy.DataRequest.details and .outcome
# How long people stay on the books after their last activity unless the centre says otherwise.
DEFAULT_RETENTION_MONTHS = 60
RETENTION_MAX_MONTHS = 1200  # a hundred years: anything longer is a typing error


class RequestKind(enum.StrEnum):
    ACCESS = "access"
    CORRECTION = "correction"
    DELETION = "deletion"
    WITHDRAWAL = "withdrawal"

    @property
    def label(self) -> str:
        return KIND_LABELS[self]


class RequestStatus(enum.StrEnum):
    OPEN = "open"
    DONE = "done"
    REFUSED = "refused"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


KIND_LABELS = {
    RequestKind.ACCESS: QT_TRANSLATE_NOOP("privacy", "Access to own data"),
    RequestKind.CORRECTION: QT_TRANSLATE_NOOP("privacy", "Correction"),
    RequestKind.DELETION: QT_TRANSLATE_NOOP("privacy", "Deletion"),
    RequestKind.WITHDRAWAL: QT_TRANSLATE_NOOP("privacy", "Withdrawal of consent"),
}

STATUS_LABELS = {
    RequestStatus.OPEN: QT_TRANSLATE_NOOP("privacy", "Open"),
    RequestStatus.DONE: QT_TRANSLATE_NOOP("privacy", "Done"),
    RequestStatus.REFUSED: QT_TRANSLATE_NOOP("privacy", "Refused"),
}


def due_at(received_at: datetime) -> datetime:
    return received_at + DUE_AFTER


def is_overdue(status: RequestStatus, received_at: datetime, now: datetime) -> bool:
    return status is RequestStatus.OPEN and now > due_at(received_at)


def anonymised_name(participant_id: int) -> str:
    """What an anonymised person is called from then on: says what happened, names no one."""
    return f"Dihapus #{participant_id}"


def check_text(text: str, field: str, *, required: bool = False) -> str:
    """A request's details or outcome as stored: trimmed, printable, not too long."""
    cleaned = text.strip()
    if required and not cleaned:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Write what the person asked for or what was done."),
            field,
        )
    if has_control_characters(cleaned, "\n\t"):
        raise control_characters_error(field)
    if len(cleaned) > DETAILS_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "This is too long (at most {max} characters)."),
            field,
            max=DETAILS_MAX,
        )
    return cleaned


def check_retention_months(months: int) -> int:
    if not 1 <= months <= RETENTION_MAX_MONTHS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "The retention period is a number of months from 1 to {most}."
            ),
            "retention_months",
            most=RETENTION_MAX_MONTHS,
        )
    return months


# Specific personal data (UU PDP art. 4): health (disability, what the person needs at the
# training, the Washington Group answers) and social assistance (DTSEN, its decile, the
# programmes received). Target groups name "disability" and "poor family" too. Only roles with
# Permission.VIEW_SENSITIVE_DATA see them; the others get these values instead.
SENSITIVE_FIELDS: dict[str, object] = {
    "disabilities": [],
    "has_disability": None,
    "accommodations": [],
    "accommodation_note": "",
    "washington": None,
    "dtsen": "",
    "dtsen_decile": None,
    "assistance_bits": 0,
    "target_groups": [],
}


def without_sensitive(values: dict[str, object]) -> dict[str, object]:
    """A participant's column values with the sensitive ones blanked (keys kept, so a form
    or profile still finds every field it shows)."""
    return {key: _blank(SENSITIVE_FIELDS.get(key, value)) for key, value in values.items()}


def _blank(value: object) -> object:
    return list(value) if isinstance(value, list) else value  # never the shared list itself
