"""Errors a person can act on: each carries English source text (translated by the GUI),
its parameters, and the field it belongs to, so the message can stand next to its cause."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any


def fill(text: str, params: Mapping[str, Any], language: str) -> str:
    """`text` (already translated) with its placeholders filled in `language`: a date as
    "17 Agustus 2026" or "17 August 2026", a value with a `localised(language)` method (a
    holiday's name) by that method, anything else as it is."""
    if not params:
        return text
    return text.format(**{name: _localised(value, language) for name, value in params.items()})


def _localised(value: Any, language: str) -> Any:
    if isinstance(value, date):
        from desktop.domain.formatting import format_date  # it imports this module

        return format_date(value, language)
    localised = getattr(value, "localised", None)
    return localised(language) if callable(localised) else value


class PelitaError(Exception):
    """Base of all expected failures. `text` is a translatable source string with `{name}`
    placeholders filled from `params` after translation."""

    def __init__(self, text: str, field: str | None = None, /, **params: Any) -> None:
        self.text = text
        self.field = field
        self.params: Mapping[str, Any] = params
        super().__init__(self.english())

    def english(self) -> str:
        return fill(self.text, self.params, "en")


class ValidationError(PelitaError):
    """Input that breaks a rule; `field` names the form field at fault."""


class ValidationErrors(PelitaError):
    """Several fields at fault at once, so a form can mark them all in one go."""

    def __init__(self, errors: list[ValidationError]) -> None:
        self.errors = errors
        first = errors[0]
        super().__init__(first.text, first.field, **first.params)


class PermissionDenied(PelitaError):
    pass


class NotFound(PelitaError):
    pass


class Conflict(PelitaError):
    """Someone else changed or created the same thing first."""


class AuthenticationFailed(PelitaError):
    pass


class AccountLocked(PelitaError):
    pass


class DatabaseError(PelitaError):
    """The database cannot be used as it is; nothing was changed in it."""


class FieldWarning:
    """Input that is allowed but looks wrong (a NIK from a region code that no longer exists,
    a birth date that disagrees with the NIK): shown next to the field, never blocking a save.
    A plain class, not a dataclass: this module loads at start-up."""

    __slots__ = ("field", "params", "text")

    def __init__(self, text: str, field: str, /, **params: Any) -> None:
        self.text = text
        self.field = field
        self.params: Mapping[str, Any] = params

    def english(self) -> str:
        return fill(self.text, self.params, "en")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FieldWarning) and (self.text, self.field, dict(self.params)) == (
            other.text,
            other.field,
            dict(other.params),
        )

    def __hash__(self) -> int:
        return hash((self.text, self.field))

    def __repr__(self) -> str:
        return f"FieldWarning({self.english()!r}, field={self.field!r})"
