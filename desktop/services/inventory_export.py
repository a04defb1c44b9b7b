"""The inventory written to an xlsx or CSV file (admins): every item the inventory page's
filter finds, in its order, with its stock summed by the database, through the formatted
sheet writer the participant list uses (desktop.documents.participants_sheet): a bold frozen
header with a filter, asset tags and serial numbers as text (a tag like 0012 keeps its
zeros), the date received as a date, quantities as numbers with the unit in a column of its
own (they sort and sum), values as rupiah.

Where an item is: the place's name when it is all in one place, each place with its quantity
when it is spread over several ("Gudang (15), Ruang Jahit (5)").

The file appears whole or not at all: written beside `path` and renamed; a cancel or an
error removes the partial file. Every export is audited ("inventory.export").
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import fields
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.config import load_config
from desktop.documents.language import CHOICES, DOCUMENTS, Translate, translator
from desktop.documents.participants_sheet import (
    DATE,
    NUMBER,
    RUPIAH,
    TEXT,
    WHOLE,
    Column,
    Row,
    write_sheet_csv,
    write_sheet_xlsx,
)
from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.inventory import MILLI, Condition, format_quantity
from desktop.domain.roles import Permission
from desktop.services.context import Actor, acting
from desktop.services.inventory_ledger import place_name
from desktop.services.inventory_list import ItemFilter, ItemRow, _rows
from desktop.services.participant_export import NO, YES, ExportCancelled, IsCancelled, Progress
from desktop.store.database import Database
from desktop.store.inventory import Item, Location, StockMovement

BATCH = 500  # rows between progress reports and cancel checks
INVENTORY = "inventory"  # the translation context of kinds, units and conditions
SHEET_NAME = QT_TRANSLATE_NOOP("documents", "Inventory")
COLUMNS: tuple[Column, ...] = (
    (QT_TRANSLATE_NOOP("documents", "No"), 7, WHOLE),
    (QT_TRANSLATE_NOOP("documents", "Name"), 32, TEXT),
    (QT_TRANSLATE_NOOP("documents", "Kind"), 13, TEXT),
    (QT_TRANSLATE_NOOP("documents", "Asset tag"), 14, TEXT),
    (QT_TRANSLATE_NOOP("documents", "Serial number"), 18, TEXT),
    (QT_TRANSLATE_NOOP("documents", "Stock"), 10, NUMBER),
    (QT_TRANSLATE_NOOP("documents", "Unit"), 8, TEXT),
    (QT_TRANSLATE_NOOP("documents", "Reorder level"), 10, NUMBER),
    (QT_TRANSLATE_NOOP("documents", "Low"), 7, TEXT),
    (QT_TRANSLATE_NOOP("documents", "Location"), 30, TEXT),
    (QT_TRANSLATE_NOOP("documents", "Condition"), 13, TEXT),
    (QT_TRANSLATE_NOOP("documents", "On loan"), 9, TEXT),
    (QT_TRANSLATE_NOOP("documents", "Sponsor"), 26, TEXT),
    (QT_TRANSLATE_NOOP("documents", "Received"), 12, DATE),
    (QT_TRANSLATE_NOOP("documents", "Value"), 16, RUPIAH),
    (QT_TRANSLATE_NOOP("documents", "Retired"), 9, TEXT),
)
Writer = Callable[[Path, Iterator[Row], str], int]
WRITERS: dict[str, Writer] = {
    ".xlsx": lambda path, rows, language: write_sheet_xlsx(
        path, rows, COLUMNS, translator(language)(DOCUMENTS, SHEET_NAME), language=language
    ),
    ".csv": lambda path, rows, language: write_sheet_csv(path, rows, COLUMNS, language=language),
}


def export_inventory(
    db: Database,
    actor: Actor,
    path: Path,
    flt: ItemFilter = ItemFilter(),  # noqa: B008 - frozen, never changed
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
    *,
    language: str | None = None,
) -> int:
    """Write the items `flt` finds to `path`, as xlsx or CSV by its suffix; returns how many.
    `progress(written, total)` every BATCH rows; `cancelled()` is asked as often and stops the
    export (ExportCancelled, no file left). `language` defaults to the desk's."""
    writer = WRITERS.get(path.suffix.lower())
    if writer is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Choose a file name ending in .xlsx or .csv."), "file"
        )
    language = language or load_config().language
    temporary = path.with_name(f".{path.name}.part")
    try:
        with acting(db, actor, Permission.MANAGE_INVENTORY, read_only=True) as work:
            lines = _Lines(work.session, _rows(work.session, flt), translator(language), language)
            written = writer(temporary, lines.rows(progress, cancelled), language)
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "{file} cannot be written: {why}."),
            "file",
            file=str(path),
            why=error.strerror or str(error),
        ) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    with acting(db, actor, Permission.MANAGE_INVENTORY) as work:
        work.audit(
            "inventory.export",
            "item",
            "",
            after={"count": written, "format": path.suffix.lower().lstrip("."), **_filters(flt)},
        )
    return written


def _filters(flt: ItemFilter) -> dict[str, Any]:
    """What narrowed the export, for the audit log: the fields that differ from the default."""
    default = ItemFilter()
    return {
        field.name: str(getattr(flt, field.name))
        if field.name == "kind"
        else getattr(flt, field.name)
        for field in fields(flt)
        if getattr(flt, field.name) != getattr(default, field.name)
    }


def _quantity(milli: int) -> Decimal:
    """Thousandths as the number of units they are: 2500 → 2.5, 12000 → 12."""
    return Decimal(milli) / MILLI


class _Lines:
    """The export's rows, as the sheet writers take them."""

    def __init__(self, session: Session, items: list[ItemRow], tr: Translate, language: str):
        self.items, self.tr, self.language = items, tr, language
        received = select(Item.id, Item.received_on).where(Item.received_on.is_not(None))
        self.received = {item_id: day for item_id, day in session.execute(received)}
        self.places = self._places(session)
        self.yes_no = {True: tr(CHOICES, YES), False: tr(CHOICES, NO)}

    def _places(self, session: Session) -> dict[int, str]:
        """Where each item spread over several places is: "Gudang (15), Ruang Jahit (5)"."""
        labels = {place.id: place_name(place) for place in session.scalars(select(Location))}
        spread: dict[int, list[tuple[str, int]]] = {}
        total = func.sum(StockMovement.quantity_milli)
        for item_id, location_id, quantity in session.execute(
            select(StockMovement.item_id, StockMovement.location_id, total)
            .group_by(StockMovement.item_id, StockMovement.location_id)
            .having(total != 0)
        ):
            spread.setdefault(item_id, []).append((labels[location_id], int(quantity)))
        return {
            item_id: ", ".join(
                f"{label} ({format_quantity(quantity, self.language)})"
                for label, quantity in sorted(places)
            )
            for item_id, places in spread.items()
            if len(places) > 1
        }

    def rows(self, progress: Progress | None, cancelled: IsCancelled | None) -> Iterator[Row]:
        total = len(self.items)
        for start in range(0, max(total, 1), BATCH):
            if cancelled is not None and cancelled():
                raise ExportCancelled
            for item in self.items[start : start + BATCH]:
                yield self.line(item)
            if progress is not None:
                progress(min(start + BATCH, total), total)

    def line(self, item: ItemRow) -> Row:
        tr, yes_no = self.tr, self.yes_no
        return (
            item.name,
            tr(INVENTORY, item.kind.label),
            item.asset_tag,
            item.serial_number,
            _quantity(item.stock_milli),
            tr(INVENTORY, item.unit.label),
            _quantity(item.reorder_milli) if item.reorder_milli else None,
            yes_no[item.low],
            item.location_label or self.places.get(item.id, ""),
            tr(INVENTORY, Condition(item.condition).label) if item.condition else "",
            yes_no[item.on_loan],
            item.sponsor_name,
            self.received.get(item.id),
            item.value_rupiah,
            yes_no[not item.active],
        )
