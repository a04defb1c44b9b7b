"""The parts of the printed handover record (desktop.documents.handover_record): what it prints
(`HandoverRecord` with its `HandoverLine`s), the date written out in words as a berita acara
opens ("Pada hari ini Senin tanggal dua puluh tiga bulan November tahun dua ribu dua puluh
enam"), and the type styles.

The record is personal by nature: it names the participant and their address, because it is
the proof of what they received and keep. Nothing else about them is on it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]

from desktop.documents.fonts import BOLD, REGULAR, clean
from desktop.domain.centre import CentreProfile
from desktop.domain.formatting import MONTHS
from desktop.domain.inventory import Condition, Unit


@dataclass(frozen=True)
class HandoverLine:
    """One thing handed over."""

    name: str
    asset_tag: str  # "" for a consumable
    serial_number: str
    quantity_milli: int
    unit: Unit
    condition: Condition | None  # equipment: as it left the centre


@dataclass(frozen=True)
class HandoverRecord:
    """Everything the berita acara serah terima prints, gathered by
    desktop.services.inventory_loans.handover_record."""

    loan_id: int
    number: str  # "BAST/0001/XI/2026"
    handed_on: date
    centre: CentreProfile  # the first party is its head, acting for the centre
    participant_name: str
    participant_address: str
    lines: tuple[HandoverLine, ...]
    training: str = ""  # "Menjahit Dasar (MJH-2026-01)" when given within a cohort
    notes: str = ""


# -- the date in words ----------------------------------------------------------------------

_ONES_ID = (
    "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
    "sepuluh", "sebelas",
)  # fmt: skip
_ONES_EN = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
)  # fmt: skip
_TENS_EN = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
DAYS = {
    "id": ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}


def words_id(number: int) -> str:
    """0 ≤ number < 1,000,000 in Indonesian words: 2026 → "dua ribu dua puluh enam",
    1100 → "seribu seratus" (se- for one hundred and one thousand)."""
    if not 0 <= number < 1_000_000:
        raise ValueError(number)
    if number < 12:
        return _ONES_ID[number]
    if number < 20:
        return f"{_ONES_ID[number - 10]} belas"
    parts: list[str] = []
    for size, name in ((1000, "ribu"), (100, "ratus"), (10, "puluh")):
        count, number = divmod(number, size)
        if count == 1 and size >= 100:
            parts.append(f"se{name}")
        elif count:
            parts.append(f"{words_id(count)} {name}")
        if size == 100 and 0 < number < 20:
            break  # "seratus sebelas", not "seratus satu puluh satu"
    if number:
        parts.append(words_id(number))
    return " ".join(parts)


def words_en(number: int) -> str:
    """0 ≤ number < 1,000,000 in English words: 2026 → "two thousand twenty-six"."""
    if not 0 <= number < 1_000_000:
        raise ValueError(number)
    if number < 20:
        return _ONES_EN[number]
    if number < 100:
        tens, ones = divmod(number, 10)
        return _TENS_EN[tens] + (f"-{_ONES_EN[ones]}" if ones else "")
    for size, name in ((1000, "thousand"), (100, "hundred")):
        if number >= size:
            count, rest = divmod(number, size)
            head = f"{words_en(count)} {name}"
            return f"{head} {words_en(rest)}" if rest else head
    raise AssertionError(number)  # pragma: no cover


@dataclass(frozen=True)
class DateInWords:
    """The parts of "Pada hari ini {weekday} tanggal {day} bulan {month} tahun {year}"."""

    weekday: str
    day: str
    month: str
    year: str
    numeric: str  # "23/11/2026", in brackets after the words as Indonesian records have it


def date_in_words(day: date, language: str) -> DateInWords:
    words = words_id if language == "id" else words_en
    months = MONTHS.get(language, MONTHS["id"])
    return DateInWords(
        weekday=DAYS.get(language, DAYS["id"])[day.weekday()],
        day=words(day.day),
        month=months[day.month - 1],
        year=words(day.year),
        numeric=f"{day:%d/%m/%Y}",
    )


# -- type -----------------------------------------------------------------------------------

BODY = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=14, alignment=4)
CELL = ParagraphStyle("cell", fontName=REGULAR, fontSize=9, leading=11.5)
HEAD = ParagraphStyle("head", parent=CELL, fontName=BOLD)
CENTRED = ParagraphStyle("centred", parent=BODY, alignment=1)
TITLE = ParagraphStyle("title", fontName=BOLD, fontSize=13, leading=17, alignment=1)
NUMBER = ParagraphStyle("number", parent=CENTRED, fontSize=10, leading=13)


def markup(text: str) -> str:
    """Text for a Paragraph, which reads markup: a name with "&" or "<" prints as typed."""
    return escape(clean(text)).replace("\n", "<br/>")
