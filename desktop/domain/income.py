"""Monthly income as people say it on the phone: "1,5 jt", "800 rb", "Rp 1.500.000,-".

A clerk types what the person said; Pelita stores whole rupiah. Indonesians group thousands
with dots and write decimals with a comma ("1,5 jt"); people used to English write "1.5jt".
With a unit (jt/juta, rb/ribu, k) the number may have a decimal part; without one it must be
whole rupiah. Anything else is refused with an example rather than guessed at, because a
wrong zero turns a tailor's income into a factory owner's.

INCOME_BAND_MIDPOINT gives the rupiah a person's intake income band stands for, so an income
now can be compared with the band they gave at intake (the dashboard and outcome tables).
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from desktop.domain.choices import IncomeBand
from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP

# What each intake band stands for when an income now is compared with it: the middle of
# the band; the open top band counts as its floor, so the comparison never flatters.
INCOME_BAND_MIDPOINT: dict[IncomeBand, int] = {
    IncomeBand.NONE: 0,
    IncomeBand.UNDER_1M: 500_000,
    IncomeBand.FROM_1M: 1_500_000,
    IncomeBand.FROM_2M: 2_500_000,
    IncomeBand.FROM_3M: 4_000_000,
    IncomeBand.FROM_5M: 5_000_000,
}

# The bands in order, each with the first amount above it (None: the open top band): where
# an income now falls, to say whether someone moved up a band since intake.
INCOME_BANDS: tuple[tuple[IncomeBand, int | None], ...] = (
    (IncomeBand.NONE, 1),
    (IncomeBand.UNDER_1M, 1_000_000),
    (IncomeBand.FROM_1M, 2_000_000),
    (IncomeBand.FROM_2M, 3_000_000),
    (IncomeBand.FROM_3M, 5_000_000),
    (IncomeBand.FROM_5M, None),
)


def band_of(amount: int) -> IncomeBand:
    """The intake band `amount` rupiah a month falls in."""
    for band, above in INCOME_BANDS:
        if above is None or amount < above:
            return band
    raise AssertionError("the top band is open")  # pragma: no cover


def band_rank(band: IncomeBand) -> int:
    return [b for b, _above in INCOME_BANDS].index(band)


# Above this a month, the amount is a typing slip (a zero too many), not an income.
MAX_MONTHLY_INCOME = 1_000_000_000
# Without a unit, a number under this is not rupiah a month: "1,5" means 1,5 jt.
MIN_PLAIN_RUPIAH = 1_000
_MAX_TYPED = 40  # longer than any way of writing a monthly income

_UNITS = {
    "jt": 1_000_000,
    "juta": 1_000_000,
    "rb": 1_000,
    "ribu": 1_000,
    "k": 1_000,
}
# ASCII digits only: isdigit() also accepts "²" and "٣".
_SHAPE = re.compile(
    r"(?P<number>[0-9][0-9., ]*?)\s*(?P<unit>juta|jt|ribu|rb|k)?\.?",
    re.ASCII,
)
_GROUPED_DOTS = re.compile(r"[0-9]{1,3}(\.[0-9]{3})+", re.ASCII)  # 1.500.000
_GROUPED_COMMAS = re.compile(r"[0-9]{1,3}(,[0-9]{3}){2,}", re.ASCII)  # 1,500,000
_GROUPED_SPACES = re.compile(r"[0-9]{1,3}( [0-9]{3})+", re.ASCII)  # 1 500 000
_PLAIN = re.compile(r"[0-9]+", re.ASCII)
_DECIMAL = re.compile(r"[0-9]+[.,][0-9]+", re.ASCII)  # 1,5 or 1.5
_NO_CENTS = (",-", ".-", "-", ",00", ",0", ".00")  # "Rp1.500.000,-" and "Rp1.500.000,00"

HOW_TO_TYPE = QT_TRANSLATE_NOOP(
    "messages", "Type the monthly income in rupiah, such as 1.500.000 or 1,5 jt."
)


def parse_income(text: str, field: str = "monthly_income") -> int:
    """`text` as whole rupiah a month; raises ValidationError (on `field`) saying how to
    type it when it cannot be read, is negative, or is beyond what anyone earns a month."""
    typed = " ".join(text.split()).lower()
    if not typed or len(typed) > _MAX_TYPED:
        raise ValidationError(HOW_TO_TYPE, field)
    body = _without_currency(typed)
    if body.startswith(("-", "\u2212")):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages",
                "An income cannot be below zero. Type the monthly income in rupiah, such as"
                " 1.500.000 or 1,5 jt; type 0 for no income.",
            ),
            field,
        )
    shape = _SHAPE.fullmatch(body)
    if shape is None:
        raise ValidationError(HOW_TO_TYPE, field)
    number = shape["number"].strip()
    unit = shape["unit"]
    amount = _with_unit(number, _UNITS[unit]) if unit else _whole_rupiah(number)
    if amount is None:
        raise ValidationError(HOW_TO_TYPE, field)
    if not unit and 0 < amount < MIN_PLAIN_RUPIAH:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages",
                "{text} is too little to be rupiah a month. Type the monthly income in rupiah,"
                " such as 1.500.000 or 1,5 jt.",
            ),
            field,
            text=text.strip(),
        )
    if amount > MAX_MONTHLY_INCOME:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "Rp {amount} a month is more than Pelita accepts; check the zeros."
            ),
            field,
            amount=_grouped(amount),
        )
    return amount


def _without_currency(typed: str) -> str:
    """`typed` without "Rp"/"Rp." in front and ",-" or ",00" behind."""
    body = typed
    if body.startswith("rp"):
        body = body[2:].lstrip(". ")
    for tail in _NO_CENTS:
        if body.endswith(tail) and len(body) > len(tail) and body[-len(tail) - 1].isdigit():
            # "-" alone behind a number is the "no cents" dash; a leading "-" stays.
            body = body[: -len(tail)]
            break
    return body.strip()


def _whole_rupiah(number: str) -> int | None:
    """A number without a unit: whole rupiah, grouped with dots, commas or spaces, or a
    decimal only so that "1,5" can be refused as too small rather than as unreadable."""
    for grouped in (_GROUPED_DOTS, _GROUPED_COMMAS, _GROUPED_SPACES):
        if grouped.fullmatch(number):
            return int(re.sub(r"[., ]", "", number))
    if _PLAIN.fullmatch(number):
        return int(number)
    if _DECIMAL.fullmatch(number):
        value = Decimal(number.replace(",", "."))
        # A decimal below a thousand is "1,5" for 1,5 jt: refused as too small. Any other
        # decimal is not how rupiah are written.
        return 1 if value < MIN_PLAIN_RUPIAH and value > 0 else None
    return None


def _with_unit(number: str, unit: int) -> int | None:
    """A number before jt/rb: "1,5" and "1.5" are decimals; "1.500" (three digits after a
    dot) is a thousand-grouped whole, as in "1.500 rb"."""
    if _GROUPED_DOTS.fullmatch(number) or _GROUPED_SPACES.fullmatch(number):
        value = Decimal(re.sub(r"[. ]", "", number))
    elif _PLAIN.fullmatch(number) or _DECIMAL.fullmatch(number):
        try:
            value = Decimal(number.replace(",", "."))
        except InvalidOperation:  # pragma: no cover - the patterns allow only digits
            return None
    else:
        return None
    return int((value * unit).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _grouped(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def format_income(amount: int, language: str = "id") -> str:
    """`amount` rupiah as "Rp 1.500.000" (a change as "-Rp 250.000"). Rupiah are grouped
    with dots in English texts too: that is how the currency is written on every receipt."""
    del language  # the same in both languages; kept so callers need not know that
    sign = "-" if amount < 0 else ""
    return f"{sign}Rp {_grouped(abs(amount))}"
