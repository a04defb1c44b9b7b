"""The list of cohorts that take enrolments, shared by the enrol dialog and the bulk enrol
dialog (code, programme, dates, status, seats free, waiting), and the helpers both use to size
their tables and read the row chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from desktop.gui.enrolment_texts import cohort_status_text, dates_text
from desktop.gui.row_list_model import RowListModel
from desktop.services.enrolment_preview import CohortSeats


class CohortSeatsModel(RowListModel):
    """Cohorts that take enrolments: code, programme, dates, status, seats free, waiting."""

    def row_at(self, row: int) -> CohortSeats | None:
        found: CohortSeats | None = self.item_at(row)
        return found

    def titles(self) -> list[str]:
        return [self.tr("Cohort"), self.tr("Programme"), self.tr("Dates"), self.tr("Status"),
                self.tr("Seats free"), self.tr("Waiting")]  # fmt: skip

    def cell(self, item: CohortSeats, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        locale = QLocale()
        return [
            item.code,
            item.programme_name,
            dates_text(item.start_date, item.end_date),
            cohort_status_text(item),
            self.tr("%1 of %2")
            .replace("%1", locale.toString(item.seats_free))
            .replace("%2", locale.toString(item.capacity)),
            locale.toString(item.waiting),
        ][column]


def fit_columns(table: QTableView, stretch: int) -> None:
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
    rows.hide()


def needed_width(table: QTableView) -> int:
    """How wide the table's window must be to show every column without a sideways scroll."""
    header = table.horizontalHeader()
    columns = range(table.model().columnCount())
    needed = sum(max(table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in columns)
    window = table.window()
    return needed + window.width() - table.viewport().width() + 24  # margins, frames, bar


def widen_to_show(table: QTableView) -> None:
    """Widen the table's window to show every column (large text needs more room), never
    beyond the screen: on a 1366-pixel desk a sideways scroll would hide the seats."""
    window, width = table.window(), needed_width(table)
    screen = window.screen()
    if screen is not None:
        width = min(width, screen.availableGeometry().width() - 40)
    if width > window.width():
        window.resize(width, window.height())


def selected_item(table: QTableView, model: RowListModel) -> object | None:
    """The row chosen in a single-selection list over `model`, or None."""
    rows = table.selectionModel().selectedRows()
    return model.item_at(rows[0].row()) if rows else None
