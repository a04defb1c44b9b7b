"""The stock take's table: the items the ledger expects at a place, with a "Counted" column
typed as people write numbers ("12,5"), the difference worked out as they type, and a row
typed wrong marked with its message (from parse_quantity here, or from the service).

A row left empty was not counted and changes nothing. Zero is a count ("none left"), which
parse_quantity, made for quantities that move, refuses: it is taken here.
"""

from __future__ import annotations

import re
from enum import IntEnum

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.domain.errors import ValidationError
from desktop.domain.inventory import Unit, parse_quantity
from desktop.gui.i18n import message
from desktop.gui.row_list_model import RowListModel
from desktop.gui.stock_texts import amount_text, unit_text
from desktop.services.inventory_stock_take import CountLine

Index = QModelIndex | QPersistentModelIndex
RED = QColor("#b3261e")
WRONG_BACKGROUND = QColor("#fdecea")  # a pale red behind a count typed wrong
GREY = QColor("#52606d")
_ZERO = re.compile(r"^0+(?:[.,]0+)?$")


class Column(IntEnum):
    ITEM = 0
    TAG = 1
    EXPECTED = 2
    COUNTED = 3
    UNIT = 4
    DIFFERENCE = 5
    CHECK = 6


def parse_count(text: str, unit: Unit, field: str) -> int | None:
    """What was counted, in thousandths; None when nothing is typed. Refused like any
    quantity (ValidationError on `field`), except that zero is a count."""
    raw = text.strip()
    if not raw:
        return None
    if _ZERO.match(raw):
        return 0
    return parse_quantity(raw, unit, field)


def signed_text(milli: int) -> str:
    """+2,5 / −1 / 0: a difference, with its sign (a true minus sign, easier to read)."""
    if milli > 0:
        return f"+{amount_text(milli)}"
    if milli < 0:
        return f"−{amount_text(-milli)}"
    return amount_text(0)


class CountModel(RowListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.typed: dict[int, str] = {}  # item id: what was typed in "Counted"
        self.refusals: dict[int, str] = {}  # item id: the service's word on that count

    def set_lines(self, lines: list[CountLine], typed: dict[int, str]) -> None:
        """The items expected at the place, with what was typed for them before."""
        self.typed = typed  # the caller's dict: kept per place, so switching back keeps it
        self.refusals = {}
        self.replace_rows(lines)

    def line_at(self, row: int) -> CountLine | None:
        line: CountLine | None = self.item_at(row)
        return line

    def row_of(self, item_id: int) -> int | None:
        return next((row for row, line in enumerate(self._rows) if line.item_id == item_id), None)

    def titles(self) -> list[str]:
        return [self.tr("Item"), self.tr("Asset tag"), self.tr("Expected"), self.tr("Counted"),
                self.tr("Unit"), self.tr("Difference"), self.tr("Check")]  # fmt: skip

    # -- what the rows say ------------------------------------------------------------------

    def count_of(self, line: CountLine) -> tuple[int | None, str]:
        """(the count, "") or (None, why the typed text is not one)."""
        try:
            return parse_count(self.typed.get(line.item_id, ""), line.unit, "count"), ""
        except ValidationError as error:
            return None, message(error)

    def problem(self, line: CountLine) -> str:
        _count, wrong = self.count_of(line)
        return wrong or self.refusals.get(line.item_id, "")

    def counts(self) -> dict[int, int]:
        """Every row with a good count: item id → thousandths counted."""
        found = {}
        for line in self._rows:
            count, _wrong = self.count_of(line)
            if count is not None:
                found[line.item_id] = count
        return found

    def problems(self) -> list[tuple[str, str]]:
        """(item name, what is wrong) of every row at fault, in the table's order."""
        found = ((line.name, self.problem(line)) for line in self._rows)
        return [(name, why) for name, why in found if why]

    def wrong_rows(self) -> list[int]:
        return [row for row, line in enumerate(self._rows) if self.count_of(line)[1]]

    def set_refusals(self, refusals: dict[int, str]) -> None:
        self.refusals = refusals
        self._changed_all()

    # -- Qt -------------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        line = self.line_at(index.row()) if index.isValid() else None
        if line is not None and role == Qt.ItemDataRole.UserRole:
            return line.item_id  # (count lines name their item, not an id of their own)
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == Column.COUNTED:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        line = self.line_at(index.row()) if index.isValid() else None
        if line is None or index.column() != Column.COUNTED or role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value or "")
        if self.typed.get(line.item_id, "") == text:
            return True
        self.typed[line.item_id] = text
        self.refusals.pop(line.item_id, None)  # typed again: the service's word is old
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), Column.CHECK))
        return True

    def cell(self, item: CountLine, column: int, role: int) -> object:
        wrong = self.problem(item)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(item, Column(column), wrong)
        if role == Qt.ItemDataRole.ToolTipRole:
            return wrong or self._text(item, Column(column), wrong)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            Column.EXPECTED, Column.COUNTED, Column.DIFFERENCE
        ):  # fmt: skip
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and wrong and column == Column.COUNTED:
            return WRONG_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == Column.CHECK and wrong:
                return RED
            if column == Column.DIFFERENCE:
                return GREY if self._difference(item) == 0 else None
        return None

    def _difference(self, line: CountLine) -> int | None:
        count, _wrong = self.count_of(line)
        return None if count is None else count - line.expected_milli

    def _text(self, line: CountLine, column: Column, wrong: str) -> str:
        if column == Column.ITEM:
            return line.name
        if column == Column.TAG:
            return line.asset_tag
        if column == Column.EXPECTED:
            return amount_text(line.expected_milli)
        if column == Column.COUNTED:
            return self.typed.get(line.item_id, "")
        if column == Column.UNIT:
            return unit_text(line.unit)
        if column == Column.DIFFERENCE:
            difference = self._difference(line)
            return "" if difference is None or wrong else signed_text(difference)
        return wrong

    def _changed_all(self) -> None:
        if self._rows:
            last = self.index(len(self._rows) - 1, Column.CHECK)
            self.dataChanged.emit(self.index(0, 0), last)


class CountDelegate(QStyledItemDelegate):
    """The "Counted" editor: a line edit whose every keystroke reaches the model, so the
    difference shows while the number is typed."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAccessibleName(self.tr("Counted"))
        editor.textEdited.connect(lambda _text: self.commitData.emit(editor))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QLineEdit):
            text = str(index.data(Qt.ItemDataRole.EditRole) or "")
            if editor.text() != text:  # not while typing: the cursor would jump
                editor.setText(text)

    def setModelData(self, editor: QWidget, model: object, index: Index) -> None:
        if isinstance(editor, QLineEdit) and hasattr(model, "setData"):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
