"""How the inventory's things read on screen, shared by the loans page and its dialogs, the
stock take and the cohort's materials: quantities with their unit ("2,5 metre"), conditions,
days, the combo boxes of places and conditions, and service messages in the person's language.

The labels come from desktop.domain.inventory, marked there in the "inventory" context.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from desktop.domain.errors import PelitaError
from desktop.domain.formatting import format_date
from desktop.domain.inventory import Condition, Unit, format_quantity
from desktop.gui.formatting import language
from desktop.gui.i18n import translated
from desktop.services.inventory_locations import LocationRow

INVENTORY = "inventory"  # the context the domain marks the inventory's labels in
CONTEXTS = ("messages", INVENTORY)


def unit_text(unit: Unit | str) -> str:
    return QCoreApplication.translate(INVENTORY, Unit(unit).label)


def amount_text(milli: int) -> str:
    """The number alone, as the person writes it: "2,5" in Indonesian, "2.5" in English."""
    return format_quantity(milli, language())


def quantity_text(milli: int, unit: Unit | str) -> str:
    """ "2,5 metre", "1 piece"."""
    return f"{amount_text(milli)} {unit_text(unit)}"


def condition_text(condition: Condition | str | None) -> str:
    if not condition:
        return ""
    return QCoreApplication.translate(INVENTORY, Condition(condition).label)


def day_text(day: date | None) -> str:
    return format_date(day, language()) if day is not None else ""


def inventory_message(error: PelitaError) -> str:
    """A refusal from the inventory's services, in the person's language, filled in."""
    return translated(error.text, error.params, CONTEXTS)


def fill_conditions(combo: QComboBox, chosen: Condition | str | None = None) -> None:
    """Every condition, `chosen` (or Good) selected."""
    combo.clear()
    for condition in Condition:
        combo.addItem(condition_text(condition), condition.value)
    index = combo.findData(Condition(chosen).value if chosen else Condition.GOOD.value)
    combo.setCurrentIndex(max(index, 0))


def chosen_condition(combo: QComboBox) -> Condition:
    data = combo.currentData()
    return Condition(data) if data else Condition.GOOD


def fill_places(
    combo: QComboBox,
    places: Iterable[LocationRow],
    chosen: int | None = None,
    stock: Mapping[int, int] | None = None,
    unit: Unit | None = None,
) -> None:
    """The places, each with what it holds of one item when `stock` is given ("Gudang — 12,5
    metre"); `chosen` (else the first holding some, else the first) selected. Signals are held
    back while the list is refilled: a change of choice is said once, by the caller."""
    combo.blockSignals(True)
    keep = chosen if chosen is not None else combo.currentData()
    combo.clear()
    first_holding: int | None = None
    for place in places:
        text = place.label
        if stock is not None and unit is not None:
            held = stock.get(place.id, 0)
            text = f"{place.label} — {quantity_text(held, unit)}"
            if held > 0 and first_holding is None:
                first_holding = combo.count()
        combo.addItem(text, place.id)
    index = combo.findData(keep) if keep is not None else -1
    empty_there = stock is not None and (keep is None or stock.get(keep, 0) <= 0)
    if chosen is None and empty_there and first_holding is not None:
        index = first_holding  # the place chosen before holds none of this item
    index = max(index, 0)
    combo.setCurrentIndex(index if combo.count() else -1)
    combo.blockSignals(False)


def chosen_id(combo: QComboBox) -> int | None:
    data = combo.currentData()
    return int(data) if data is not None else None
