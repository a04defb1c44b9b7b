"""What the Inventory page reads on the worker (the list, the places, and what needs looking
at first), and the line at the top of the page saying it: "3 items are low on stock · 2 loans
are overdue", each part a link.

Overdue loans come from desktop.services.inventory_loans, imported only when it is there: the
page works before it lands and says nothing about loans then.
"""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.services import inventory_list, inventory_locations
from desktop.services.context import Actor
from desktop.services.inventory_list import ItemFilter, ItemRow
from desktop.services.inventory_locations import LocationRow

if TYPE_CHECKING:  # the GUI holds the open database but never opens a session on it
    from desktop.store.database import Database

LOANS_MODULE = "desktop.services.inventory_loans"
LOW_LINK = "low"
OVERDUE_LINK = "overdue"


@dataclass(frozen=True)
class Loaded:
    rows: list[ItemRow]
    places: list[LocationRow] | None  # None: not asked
    low: int | None  # items low on stock, over the whole inventory
    overdue_items: list[int] | None  # the items of overdue loans (None: no loans yet)


def load(
    db: Database, actor: Actor, flt: ItemFilter, day: date, *, places: bool, attention: bool
) -> Loaded:
    """On the worker: the list, and when asked the places and what needs attention."""
    rows = inventory_list.list_items(db, actor, flt)
    located = inventory_locations.list_locations(db, actor) if places else None
    if not attention:
        return Loaded(rows, located, None, None)
    whole = flt == ItemFilter()
    low = sum(row.low for row in rows) if whole else len(inventory_list.low_stock(db, actor))
    overdue = None
    if importlib.util.find_spec(LOANS_MODULE) is not None:
        loans = importlib.import_module(LOANS_MODULE)
        overdue = [loan.item_id for loan in loans.overdue_loans(db, actor, day)]
    return Loaded(rows, located, low, overdue)


def banner_html(low: int, overdue: int) -> str:
    """The line's rich text, each count a link; "" when there is nothing to look at."""
    number = QLocale().toString
    parts = []
    if low == 1:
        text = QCoreApplication.translate("InventoryPage", "1 item is low on stock")
        parts.append(f"<a href='{LOW_LINK}'>{text}</a>")
    elif low:
        text = QCoreApplication.translate("InventoryPage", "%1 items are low on stock")
        parts.append(f"<a href='{LOW_LINK}'>{text.replace('%1', number(low))}</a>")
    if overdue == 1:
        text = QCoreApplication.translate("InventoryPage", "1 loan is overdue")
        parts.append(f"<a href='{OVERDUE_LINK}'>{text}</a>")
    elif overdue:
        text = QCoreApplication.translate("InventoryPage", "%1 loans are overdue")
        parts.append(f"<a href='{OVERDUE_LINK}'>{text.replace('%1', number(overdue))}</a>")
    return "⚠ " + " · ".join(parts) if parts else ""
