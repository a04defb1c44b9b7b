"""The inventory list as a table: one row per item of one `list_items` call.

A centre holds hundreds of items, a large one a few thousand, so the model holds the rows of
one call whole (like the programmes list); the database sums the stock, the model only shows
it. Low stock is said in words ("2 roll · low") with a warning icon and a colour, never by
colour alone.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont, QIcon
from PySide6.QtWidgets import QApplication, QHeaderView, QStyle, QTableView

from desktop.domain.inventory import ItemKind
from desktop.gui.inventory_fields import condition_text, kind_text, quantity_text
from desktop.gui.row_list_model import RowListModel
from desktop.services.inventory_list import ItemRow

# The style sheet's colours: hint grey, warning amber (WCAG AA on white).
GREY = QColor("#52606d")
AMBER = QColor("#7a4100")


class Column(IntEnum):
    NAME = 0
    KIND = 1
    TAG = 2
    SERIAL = 3
    STOCK = 4
    WHERE = 5
    CONDITION = 6
    SPONSOR = 7
    LOAN = 8


class InventoryTableModel(RowListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._warning: QIcon | None = None
        self._bold = QFont()
        self._bold.setBold(True)
        self._row_index: dict[int, int] = {}

    def set_items(self, items: list[ItemRow]) -> None:
        self.replace_rows(items)
        self._row_index = {item.id: row for row, item in enumerate(items)}

    def item(self, row: int) -> ItemRow | None:
        found: ItemRow | None = self.item_at(row)
        return found

    def items(self) -> list[ItemRow]:
        return list(self._rows)

    def row_of(self, item_id: int) -> int | None:
        return self._row_index.get(item_id)

    def titles(self) -> list[str]:
        return [self.tr("Name"), self.tr("Kind"), self.tr("Asset tag"), self.tr("Serial number"),
                self.tr("Stock"), self.tr("Where"), self.tr("Condition"), self.tr("Sponsor"),
                self.tr("On loan")]  # fmt: skip

    def cell(self, item: ItemRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(item, Column(column))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, Column(column))
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(item, Column(column))
        if role == Qt.ItemDataRole.FontRole and item.low and column == Column.STOCK:
            return self._bold
        if role == Qt.ItemDataRole.DecorationRole and item.low and column == Column.STOCK:
            return self._warning_icon()
        return None

    def text(self, item: ItemRow, column: Column) -> str:
        if column == Column.NAME:
            return item.name if item.active else self.tr("%1 (retired)").replace("%1", item.name)
        if column == Column.KIND:
            return kind_text(item.kind)
        if column == Column.TAG:
            return item.asset_tag
        if column == Column.SERIAL:
            return item.serial_number
        if column == Column.STOCK:
            stock = quantity_text(item.stock_milli, item.unit)
            return self.tr("%1 · low").replace("%1", stock) if item.low else stock
        if column == Column.WHERE:
            return self.where(item)
        if column == Column.CONDITION:
            return condition_text(item.condition) if item.kind is ItemKind.EQUIPMENT else ""
        if column == Column.SPONSOR:
            return item.sponsor_name
        return self.tr("On loan") if item.on_loan else ""

    def where(self, item: ItemRow) -> str:
        if item.places > 1:
            return self.tr("%1 places").replace("%1", str(item.places))
        if item.places == 1:
            return item.location_label
        return self.tr("Not in stock")

    def _tooltip(self, item: ItemRow, column: Column) -> str:
        if column == Column.STOCK and item.low:
            text = self.tr("Low on stock: at or below the reorder level of %1.")
            return text.replace("%1", quantity_text(item.reorder_milli, item.unit))
        return self.text(item, column)

    @staticmethod
    def _colour(item: ItemRow, column: Column) -> QColor | None:
        if not item.active:
            return GREY
        if column == Column.STOCK and item.low:
            return AMBER
        if column == Column.WHERE and item.places == 0:
            return GREY
        return None

    def _warning_icon(self) -> QIcon:
        if self._warning is None:
            style = QApplication.style()
            self._warning = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._warning


def fit_columns(table: QTableView, model: InventoryTableModel) -> None:
    """Widths from the font, never "resize to contents": that would read every row."""
    header, metrics = table.horizontalHeader(), table.fontMetrics()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    samples = {
        Column.NAME: "Mesin jahit Janome HD-3000",
        Column.KIND: kind_text(ItemKind.CONSUMABLE),
        Column.TAG: "INV-00012",
        Column.SERIAL: "JN-778812",
        Column.STOCK: "1.250,5 meter · low",
        Column.WHERE: "Ruang Jahit 1",
        Column.CONDITION: "Needs repair",
        Column.SPONSOR: "PT Sandang Nusantara",
        Column.LOAN: "On loan",
    }
    titles = model.titles()
    for column, sample in samples.items():
        # Wide enough for the longer of a typical value and the column's title (and the
        # stock's warning icon).
        width = max(
            metrics.horizontalAdvance(sample),
            header.fontMetrics().horizontalAdvance(titles[column]),
        )
        header.resizeSection(column, width + (44 if column == Column.STOCK else 24))
    # The name keeps its width (a stretched name column is squeezed first on a small
    # screen, and the name is what people read); the last column takes the room left.
    header.setStretchLastSection(True)
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(metrics.height() + 10)
