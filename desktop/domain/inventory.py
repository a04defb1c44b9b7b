"""Things the centre holds: equipment tracked one by one (a sewing machine with its asset tag)
and consumables counted in a unit (metres of fabric, kilograms of seed), and the ledger of
movements their quantities are summed from.

Quantities are kept as whole thousandths of their unit ("milli"): 2.5 metres is 2500. Sums stay
exact in both databases, and a unit that is whole (a piece, a roll) refuses anything but
multiples of 1000.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.text import control_characters_error, has_control_characters

MILLI = 1000
QUANTITY_MAX = 10_000_000 * MILLI  # ten million of anything: more is a typing slip
ITEM_NAME_MAX = 200
ASSET_TAG_MAX = 40
SERIAL_MAX = 80


class ItemKind(enum.StrEnum):
    EQUIPMENT = "equipment"  # one by one, with an asset tag: a sewing machine, a laptop
    CONSUMABLE = "consumable"  # counted in a unit: fabric, thread, seed, fertiliser

    @property
    def label(self) -> str:
        return ITEM_KIND_LABELS[self]


ITEM_KIND_LABELS = {
    ItemKind.EQUIPMENT: QT_TRANSLATE_NOOP("inventory", "Equipment"),
    ItemKind.CONSUMABLE: QT_TRANSLATE_NOOP("inventory", "Consumable"),
}


class Unit(enum.StrEnum):
    PIECE = "piece"
    METRE = "metre"
    KG = "kg"
    ROLL = "roll"
    LITRE = "litre"
    PACK = "pack"

    @property
    def whole(self) -> bool:
        """Counted in whole numbers only: half a roll is not a thing a store room holds."""
        return self in WHOLE_UNITS

    @property
    def label(self) -> str:
        return UNIT_LABELS[self]


WHOLE_UNITS = frozenset({Unit.PIECE, Unit.ROLL, Unit.PACK})
UNIT_LABELS = {
    Unit.PIECE: QT_TRANSLATE_NOOP("inventory", "piece"),
    Unit.METRE: QT_TRANSLATE_NOOP("inventory", "metre"),
    Unit.KG: QT_TRANSLATE_NOOP("inventory", "kg"),
    Unit.ROLL: QT_TRANSLATE_NOOP("inventory", "roll"),
    Unit.LITRE: QT_TRANSLATE_NOOP("inventory", "litre"),
    Unit.PACK: QT_TRANSLATE_NOOP("inventory", "pack"),
}


class Condition(enum.StrEnum):
    """How a piece of equipment is, as last seen."""

    GOOD = "good"
    FAIR = "fair"
    NEEDS_REPAIR = "needs_repair"
    BROKEN = "broken"

    @property
    def label(self) -> str:
        return CONDITION_LABELS[self]


CONDITION_LABELS = {
    Condition.GOOD: QT_TRANSLATE_NOOP("inventory", "Good"),
    Condition.FAIR: QT_TRANSLATE_NOOP("inventory", "Fair"),
    Condition.NEEDS_REPAIR: QT_TRANSLATE_NOOP("inventory", "Needs repair"),
    Condition.BROKEN: QT_TRANSLATE_NOOP("inventory", "Broken"),
}


class MovementKind(enum.StrEnum):
    """Why a quantity changed. Each movement row is one signed change at one location; a move
    between locations is two rows, out of one and into the other."""

    DONATED = "donated"  # received as a donation (usually part of a contribution)
    PURCHASED = "purchased"  # received, bought by the centre
    ISSUED = "issued"  # given out to a cohort for its training
    LENT = "lent"  # lent to a participant, expected back
    RETURNED = "returned"  # a loan came back
    HANDED_OVER = "handed_over"  # given to a participant for good (starter kit)
    MOVED_OUT = "moved_out"
    MOVED_IN = "moved_in"
    DAMAGED = "damaged"  # broken beyond use: out of stock
    LOST = "lost"
    ADJUSTED = "adjusted"  # a stock take's difference, with its reason

    @property
    def label(self) -> str:
        return MOVEMENT_LABELS[self]

    @property
    def inward(self) -> bool:
        return self in INWARD


INWARD = frozenset(
    {MovementKind.DONATED, MovementKind.PURCHASED, MovementKind.RETURNED, MovementKind.MOVED_IN}
)
MOVEMENT_LABELS = {
    MovementKind.DONATED: QT_TRANSLATE_NOOP("inventory", "Received (donation)"),
    MovementKind.PURCHASED: QT_TRANSLATE_NOOP("inventory", "Received (purchase)"),
    MovementKind.ISSUED: QT_TRANSLATE_NOOP("inventory", "Issued to a cohort"),
    MovementKind.LENT: QT_TRANSLATE_NOOP("inventory", "Lent to a participant"),
    MovementKind.RETURNED: QT_TRANSLATE_NOOP("inventory", "Returned"),
    MovementKind.HANDED_OVER: QT_TRANSLATE_NOOP("inventory", "Handed over for good"),
    MovementKind.MOVED_OUT: QT_TRANSLATE_NOOP("inventory", "Moved out"),
    MovementKind.MOVED_IN: QT_TRANSLATE_NOOP("inventory", "Moved in"),
    MovementKind.DAMAGED: QT_TRANSLATE_NOOP("inventory", "Damaged"),
    MovementKind.LOST: QT_TRANSLATE_NOOP("inventory", "Lost"),
    MovementKind.ADJUSTED: QT_TRANSLATE_NOOP("inventory", "Stock-take adjustment"),
}


@dataclass(frozen=True)
class Quantity:
    """An amount in a unit, as a message parameter: shown "2,5 metre" / "2.5 metre"."""

    milli: int
    unit: Unit

    def localised(self, language: str) -> str:
        return f"{format_quantity(self.milli, language)} {UnitName(self.unit).localised(language)}"


def format_quantity(milli: int, language: str = "id") -> str:
    """2500 → "2,5" (Indonesian) or "2.5"; whole amounts without decimals; thousands grouped
    the way each language groups them ("1.250" / "1,250")."""
    sign = "-" if milli < 0 else ""
    whole, part = divmod(abs(milli), MILLI)
    grouped = f"{whole:,}"
    decimal = ","
    if language == "id":
        grouped = grouped.replace(",", ".")
    else:
        decimal = "."
    if part == 0:
        return sign + grouped
    fraction = f"{part:03d}".rstrip("0")
    return f"{sign}{grouped}{decimal}{fraction}"


_NUMBER = re.compile(r"^\d+(?:[.,]\d+)?$")


def parse_quantity(
    text: str, unit: Unit, field: str = "quantity", language: str | None = None
) -> int:
    """What a person typed ("2,5", "2.5", "12", "1.250" in Indonesian grouping) as thousandths
    of `unit`. Refused (with `field`) when it is empty, not a number, zero or negative, finer
    than a thousandth, not whole for a whole unit, or absurdly large.

    `language`, when given, settles "1,250" and "1.250": its own decimal mark is always a
    decimal ("1,250" is 1.25 in Indonesian, "1.250" is 1.25 in English), so what
    format_quantity shows in that language reads back as the same quantity."""
    raw = text.strip().replace(" ", "").replace("\u00a0", "")
    if not raw:
        raise ValidationError(QT_TRANSLATE_NOOP("messages", "Enter a quantity."), field)
    if raw.startswith("-"):
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "A quantity cannot be negative."), field
        )
    plain = _ungrouped(raw, language)
    if not _NUMBER.match(plain):
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "“{text}” is not a quantity; type a number like 2,5."),
            field,
            text=text.strip(),
        )
    whole, _, fraction = plain.replace(",", ".").partition(".")
    if len(fraction.rstrip("0")) > 3:
        raise ValidationError(QT_TRANSLATE_NOOP("messages", "Use at most three decimals."), field)
    whole = whole.lstrip("0") or "0"
    if len(whole) > len(str(QUANTITY_MAX)):
        # Before int(): Python refuses to convert more than 4,300 digits (a ValueError).
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "This quantity is too large; check the number."), field
        )
    milli = int(whole) * MILLI + int((fraction + "000")[:3] or 0)
    return checked_quantity(milli, unit, field)


_GROUPED = {
    ".": re.compile(r"[1-9]\d{0,2}(\.\d{3})+(,\d+)?"),
    ",": re.compile(r"[1-9]\d{0,2}(,\d{3})+(\.\d+)?"),
}
_DECIMAL_MARK = {"id": ","}  # other languages: "."


def _ungrouped(raw: str, language: str | None = None) -> str:
    """Thousands grouping taken out. Indonesians write 1.250 for one thousand two hundred and
    fifty, so a dot followed by groups of exactly three digits is grouping ("1.250",
    "12.500,5"); the same with commas for English habits ("1,250.5"). Anything else keeps its
    one separator as the decimal mark ("2,5", "2.5"). With a `language` only the mark that is
    not its decimal mark can group."""
    marks: tuple[str, ...] = (".", ",")
    if language is not None:
        decimal = _DECIMAL_MARK.get(language, ".")
        marks = tuple(mark for mark in marks if mark != decimal)
    for mark in marks:
        if _GROUPED[mark].fullmatch(raw):
            return raw.replace(mark, "")
    return raw


def checked_quantity(milli: int, unit: Unit, field: str = "quantity") -> int:
    """`milli` when it is a positive amount `unit` can hold; refused otherwise."""
    if milli <= 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "The quantity must be more than zero."), field
        )
    if milli > QUANTITY_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "This quantity is too large; check the number."), field
        )
    if unit.whole and milli % MILLI:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Items counted by the {unit} take whole numbers only."),
            field,
            unit=UnitName(unit),
        )
    return milli


@dataclass(frozen=True)
class UnitName:
    """A unit as a message parameter, translated with the message."""

    unit: Unit

    def localised(self, language: str) -> str:
        if language == "id":
            return UNIT_NAMES_ID[self.unit]
        return self.unit.value


# The unit's Indonesian name inside messages (labels are translated by Qt; messages are filled
# in the domain, which has no Qt).
UNIT_NAMES_ID = {
    Unit.PIECE: "buah",
    Unit.METRE: "meter",
    Unit.KG: "kg",
    Unit.ROLL: "rol",
    Unit.LITRE: "liter",
    Unit.PACK: "pak",
}


def clean_line(value: str, field: str, limit: int, *, required: str | None = None) -> str:
    """A one-line text as kept: spaces collapsed, no control characters, within `limit`;
    `required` is the message when it may not be empty."""
    text = " ".join(value.split())
    if not text and required is not None:
        raise ValidationError(required, field)
    if has_control_characters(text):
        raise control_characters_error(field)
    if len(text) > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "This text is {length} characters long; the limit is {limit}."
            ),
            field,
            length=len(text),
            limit=limit,
        )
    return text


def name_key(text: str) -> str:
    """What two names share when they are the same thing ("Kain  Katun" = "kain katun")."""
    return " ".join(text.casefold().split())


def clean_value(value: int | None, field: str = "value") -> int | None:
    """A value in rupiah: none, or zero or more."""
    if value is None:
        return None
    if value < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "A value in rupiah cannot be negative."), field
        )
    if value > 10**15:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "This amount is too large; check the number."), field
        )
    return value
