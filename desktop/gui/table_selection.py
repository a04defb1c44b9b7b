"""Making one row of a table the selected and current one, as the pages do after a list is
read again (keeping the person's place) or after something was added."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QTableView

SELECT_ROW = (
    QItemSelectionModel.SelectionFlag.ClearAndSelect
    | QItemSelectionModel.SelectionFlag.Rows
    | QItemSelectionModel.SelectionFlag.Current
)


def select_row(table: QTableView, row: int, column: int = 0, *, scroll: bool = True) -> None:
    """`row` alone selected and current. setCurrentIndex, not select(): the keyboard focus
    moves to the row as well, so the arrow keys go on from there."""
    model = table.model()
    index = model.index(row, column)
    table.selectionModel().setCurrentIndex(index, SELECT_ROW)
    if scroll:
        table.scrollTo(index)
