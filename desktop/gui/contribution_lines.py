"""The lines of an in-kind contribution as the items dialog shows them: one row per thing given,
with the item, the place it is kept, the quantity in the item's unit and its estimated value,
each a widget in its cell; and what the items dialog offers to choose from.

A machine is one machine: its quantity is 1 and cannot be typed. The line whose cell has the
focus is the selected one, so Remove line removes the line being typed.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QWidget,
)

from desktop.domain.errors import ValidationError
from desktop.domain.formatting import format_rupiah
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.inventory import MILLI, ItemKind, parse_quantity
from desktop.gui.app_context import AppContext
from desktop.gui.inventory_fields import parse_rupiah, unit_text
from desktop.services.inventory_list import ItemFilter, ItemRow, list_items
from desktop.services.inventory_locations import LocationRow, list_locations
from desktop.services.sponsor_details import InKindLine, contribution_choices

ITEM, PLACE, QUANTITY, UNIT, VALUE = range(5)
PARTS = {"item": ITEM, "location": PLACE, "quantity": QUANTITY, "value": VALUE}
Cell = TypeVar("Cell", bound=QWidget)


@dataclass(frozen=True)
class ItemChoices:
    items: tuple[ItemRow, ...]  # what can be given: active, and machines not in stock
    locations: tuple[LocationRow, ...]
    agreements: tuple[tuple[int, str], ...]


def givable(ctx: AppContext) -> tuple[ItemRow, ...]:
    return tuple(
        row
        for row in list_items(ctx.db, ctx.actor, ItemFilter())
        if row.active
        and not (row.kind is ItemKind.EQUIPMENT and (row.stock_milli > 0 or row.on_loan))
    )


def load_item_choices(ctx: AppContext, sponsor_id: int) -> ItemChoices:
    """What the items dialog offers (run on the worker)."""
    return ItemChoices(
        givable(ctx),
        tuple(list_locations(ctx.db, ctx.actor)),
        contribution_choices(ctx.db, ctx.actor, sponsor_id).agreements,
    )


def item_label(item: ItemRow) -> str:
    return f"{item.name} ({item.asset_tag})" if item.asset_tag else item.name


class GiftLines(QObject):
    def __init__(self, table: QTableWidget, choices: ItemChoices, total: QLabel) -> None:
        super().__init__(table)
        self.table = table
        self.total = total
        self.choices = choices
        self.items = {item.id: item for item in choices.items}
        titles = [self.tr("Item"), self.tr("Kept at"), self.tr("Quantity"), self.tr("Unit"),
                  self.tr("Estimated value")]  # fmt: skip
        table.setColumnCount(len(titles))
        table.setHorizontalHeaderLabels(titles)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        # As wide as their titles and choices in the desk's font (large text included).
        metrics = table.fontMetrics()
        places = [metrics.horizontalAdvance(place.label) + 48 for place in choices.locations]
        for column in (PLACE, QUANTITY, UNIT, VALUE):
            wanted = metrics.horizontalAdvance(titles[column]) + 24
            if column == PLACE:
                wanted = max([wanted, *places])
            table.setColumnWidth(column, max(wanted, metrics.horizontalAdvance("0" * 9) + 16))
        table.verticalHeader().setDefaultSectionSize(metrics.height() + 16)
        # The line being typed is highlighted, lightly: its cells stay readable.
        table.setStyleSheet("QTableWidget { selection-background-color: #dbe9f5; }")
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        self.show_total()

    def width_wanted(self) -> int:
        """Room for an item's name of some twenty letters beside the other columns."""
        fixed = sum(self.table.columnWidth(column) for column in (PLACE, QUANTITY, UNIT, VALUE))
        return fixed + self.table.fontMetrics().horizontalAdvance("M" * 22) + 60

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        table = self.table
        for row in range(table.rowCount()):
            if any(table.cellWidget(row, column) is new for column in range(table.columnCount())):
                table.selectRow(row)
                return

    def add(self, item_id: int | None = None) -> int:
        """A new line at the end, the item chosen when given; returns its row."""
        table = self.table
        row: int = table.rowCount()
        table.insertRow(row)
        item = QComboBox()
        item.setAccessibleName(self.tr("Item given"))
        self._fill_items(item, item_id)
        place = QComboBox()
        place.setAccessibleName(self.tr("Place it is kept"))
        for location in self.choices.locations:
            place.addItem(location.label, location.id)
        if row:  # as the line above: most gifts go to one store room
            place.setCurrentIndex(self.cell(row - 1, PLACE, QComboBox).currentIndex())
        quantity = QLineEdit()
        quantity.setAccessibleName(self.tr("Quantity"))
        value = QLineEdit()
        value.setAccessibleName(self.tr("Estimated value in rupiah"))
        value.setPlaceholderText("Rp")
        value.textChanged.connect(lambda _text: self.show_total())
        for column, widget in ((ITEM, item), (PLACE, place), (QUANTITY, quantity),
                               (UNIT, QLabel()), (VALUE, value)):  # fmt: skip
            table.setCellWidget(row, column, widget)
        item.currentIndexChanged.connect(lambda _index: self._show_unit(item))
        self._show_unit(item)
        table.selectRow(row)
        item.setFocus()
        return row

    def _fill_items(self, combo: QComboBox, item_id: int | None) -> None:
        combo.clear()
        combo.addItem(self.tr("(choose an item)"), None)
        for row in self.choices.items:
            combo.addItem(item_label(row), row.id)
        combo.setCurrentIndex(max(combo.findData(item_id), 0))

    def cell(self, row: int, column: int, kind: type[Cell]) -> Cell:
        widget: QWidget | None = self.table.cellWidget(row, column)
        assert isinstance(widget, kind)
        return widget

    def _show_unit(self, combo: QComboBox) -> None:
        table = self.table
        row = next((r for r in range(table.rowCount()) if table.cellWidget(r, ITEM) is combo), -1)
        if row < 0:
            return
        item = self.items.get(combo.currentData())
        unit, quantity = self.cell(row, UNIT, QLabel), self.cell(row, QUANTITY, QLineEdit)
        unit.setText(unit_text(item.unit) if item else "")
        machine = item is not None and item.kind is ItemKind.EQUIPMENT
        if machine:
            quantity.setText("1")  # a machine is one machine
        quantity.setEnabled(not machine)

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.show_total()

    def show_total(self) -> None:
        total = 0
        for row in range(self.table.rowCount()):
            with suppress(ValidationError):  # said when saving, next to the line
                total += parse_rupiah(self.cell(row, VALUE, QLineEdit).text()) or 0
        self.total.setText(self.tr("Total value: %1").replace("%1", format_rupiah(total)))

    def offer(self, items: tuple[ItemRow, ...], item_id: int | None) -> None:
        """The items read again after one was added: every line keeps its choice, and the new
        item goes into the first line without one, or a new line."""
        self.choices = ItemChoices(items, self.choices.locations, self.choices.agreements)
        self.items = {item.id: item for item in items}
        empty = None
        for row in range(self.table.rowCount()):
            combo = self.cell(row, ITEM, QComboBox)
            chosen = combo.currentData()
            self._fill_items(combo, chosen)
            empty = row if chosen is None and empty is None else empty
        if empty is None:
            self.add(item_id)
        else:
            combo = self.cell(empty, ITEM, QComboBox)
            combo.setCurrentIndex(combo.findData(item_id))

    def lines(self) -> tuple[InKindLine, ...]:
        """The lines as typed; one not chosen or not a number is refused on its own field."""
        found: list[InKindLine] = []
        for row in range(self.table.rowCount()):
            item = self.items.get(self.cell(row, ITEM, QComboBox).currentData())
            if item is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("messages", "Choose the item, or remove the line."),
                    f"lines.{row}.item",
                )
            milli = MILLI
            if item.kind is not ItemKind.EQUIPMENT:
                typed = self.cell(row, QUANTITY, QLineEdit).text()
                milli = parse_quantity(typed, item.unit, f"lines.{row}.quantity")
            value = self.cell(row, VALUE, QLineEdit).text()
            rupiah = parse_rupiah(value, f"lines.{row}.value") or 0
            place = int(self.cell(row, PLACE, QComboBox).currentData())
            found.append(InKindLine(item.id, place, milli, rupiah))
        return tuple(found)

    def mark(self, widget: QWidget | None) -> None:
        """The one cell at fault drawn red (the style sheet's `invalid`), the others not."""
        for row in range(self.table.rowCount()):
            for column in PARTS.values():
                cell = self.cell(row, column, QWidget)
                if bool(cell.property("invalid")) != (cell is widget):
                    cell.setProperty("invalid", cell is widget)
                    cell.style().unpolish(cell)
                    cell.style().polish(cell)
