"""How the inventory's values look and are typed at the desk: "12,5 meter", "Rp1.500.000",
kinds, units and conditions in the person's language, and rupiah typed as people write them
("1.500.000", "Rp 1,5 jt" is not a number and says so).

Shared by the inventory page, its table model and its dialogs.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QComboBox

from desktop.domain.errors import ValidationError
from desktop.domain.formatting import format_rupiah
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.inventory import (
    Condition,
    ItemKind,
    MovementKind,
    Unit,
    clean_value,
    format_quantity,
)
from desktop.gui.app_context import AppContext
from desktop.gui.formatting import language
from desktop.services.attendance_common import local_day

_RUPIAH = re.compile(r"^\d{1,3}([.,]\d{3})+$|^\d+$")


def unit_text(unit: Unit) -> str:
    return QCoreApplication.translate("inventory", unit.label)


def quantity_text(milli: int, unit: Unit) -> str:
    """ "12,5 meter" in Indonesian, "12.5 metre" in English."""
    return f"{format_quantity(milli, language())} {unit_text(unit)}"


def amount_text(milli: int) -> str:
    """The number alone, as typed back into a quantity field ("2,5")."""
    return format_quantity(milli, language()) if milli else ""


def kind_text(kind: ItemKind) -> str:
    return QCoreApplication.translate("inventory", kind.label)


def condition_text(condition: str | Condition | None) -> str:
    if not condition:
        return ""
    return QCoreApplication.translate("inventory", Condition(condition).label)


def movement_text(kind: MovementKind) -> str:
    return QCoreApplication.translate("inventory", kind.label)


def rupiah_text(amount: int | None) -> str:
    return format_rupiah(amount) if amount is not None else ""


def parse_rupiah(text: str, field: str = "value") -> int | None:
    """What was typed in a rupiah field: blank is none; "1.500.000", "1500000" and
    "Rp1.500.000" are one and a half million. Refused (with `field`) otherwise."""
    raw = text.strip().replace(" ", "").replace("\u00a0", "")
    if raw[:2].casefold() == "rp":
        raw = raw[2:]
    if not raw:
        return None
    if raw.startswith("-"):
        return clean_value(-1, field)  # the domain's own words for a negative amount
    if not _RUPIAH.match(raw):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "“{text}” is not an amount in rupiah; type it like 1.500.000."
            ),
            field,
            text=text.strip(),
        )
    return clean_value(int(raw.replace(".", "").replace(",", "")), field)


def today(context: AppContext) -> date:
    """The desk's today, by the database's clock (tests set it)."""
    return local_day(context.db.clock())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def select_data(combo: QComboBox, value: object) -> None:
    """Make the entry holding `value` current (left as it is when none does)."""
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
