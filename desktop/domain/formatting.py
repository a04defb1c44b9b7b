"""How dates and money look to people: "23 November 2026", typed as dd/mm/yyyy, "Rp1.500.000".

Kept here rather than taken from the system locale because the desks run English Windows as
often as Indonesian, and PDFs must look the same on every desk.
"""

from __future__ import annotations

from datetime import date

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP

MONTHS = {
    "id": (
        "Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip


def format_date(value: date, language: str = "id") -> str:
    months = MONTHS.get(language, MONTHS["id"])
    return f"{value.day} {months[value.month - 1]} {value.year}"


def parse_date(text: str, field: str = "date") -> date:
    """Parse dd/mm/yyyy (also with - or . between parts), as clerks type it."""
    parts = text.strip().replace("-", "/").replace(".", "/").split("/")
    if len(parts) != 3 or not all(p.isdigit() for p in parts) or len(parts[2]) != 4:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Type the date as dd/mm/yyyy, e.g. 23/11/2026."), field
        )
    try:
        # Inside the try: int() refuses some digits isdigit() accepts ("²", 5,000 digits).
        day, month, year = (int(p) for p in parts)
        return date(year, month, day)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "{text} is not a date in the calendar."),
            field,
            text=text.strip(),
        ) from None


def format_rupiah(amount: int) -> str:
    sign = "-" if amount < 0 else ""
    return f"{sign}Rp{abs(amount):,}".replace(",", ".")
