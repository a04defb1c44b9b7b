"""Indonesia's national public holidays (hari libur nasional), for scheduling sessions.

The dates come from the `holidays` package: offline data shipped inside the package, so a desk
without a connection knows them too, and the pinned version in pyproject.toml decides which
dates a cohort's sessions skip (update it when the government publishes next year's SKB).
Islamic holidays of years not yet decreed are the package's estimates (named "(perkiraan)").
Only the public category is used: collective leave (cuti bersama) is not a holiday for every
centre, and an admin cancels such a session by hand where it applies.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

# The package's names for its languages; Pelita's "en" is its "en_US".
LANGUAGES = {"id": "id", "en": "en_US"}


def public_holidays(start: date, end: date, language: str = "id") -> dict[date, str]:
    """{date: name} of the public holidays from `start` to `end` (both included), by date.
    Two holidays on one day share it, their names joined by "; " as the package gives them."""
    found: dict[date, str] = {}
    for year in range(start.year, end.year + 1):
        for day, name in _year(year, LANGUAGES.get(language, "id")):
            if start <= day <= end:
                found[day] = name
    return found


def holiday_name(day: date, language: str = "id") -> str | None:
    return public_holidays(day, day, language).get(day)


@dataclass(frozen=True)
class HolidayName:
    """The name of the holiday on `day`, given to a message that is filled in the reader's
    language later (desktop.domain.errors.fill): "Hari Kemerdekaan Republik Indonesia" in
    Indonesian, "Independence Day" in English."""

    day: date

    def localised(self, language: str) -> str:
        return holiday_name(self.day, language) or ""

    def __str__(self) -> str:
        return self.localised("id")


@lru_cache(maxsize=64)
def _year(year: int, language: str) -> tuple[tuple[date, str], ...]:
    # Imported when first needed: the package costs ~65 ms to import, and start-up needs none.
    import holidays

    calendar = holidays.country_holidays("ID", years=year, language=language)
    return tuple(sorted(calendar.items()))
