"""The programme form's two tables, competency units and materials: their editors, their rows
added, removed and moved (Alt+Up / Alt+Down), what they hold read back, the units' live total
against the programme's hours, and the row an error names selected."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QDoubleSpinBox,
    QHeaderView,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.domain.errors import PelitaError
from desktop.domain.programme import (
    HOURS_MAX,
    QUANTITY_LIMIT,
    MaterialInput,
    ProgrammeInput,
    UnitInput,
)
from desktop.gui.forms.ui_programme_dialog import Ui_ProgrammeDialog
from desktop.gui.signals import emit

Index = QModelIndex | QPersistentModelIndex
ROW_FIELDS = ("units", "materials")  # errors that name a table row in params["row"]


def quantity_text(value: Decimal) -> str:
    """1.5 as the person writes it ("1,5" in Indonesian), without trailing zeros."""
    return format(value.normalize(), "f").replace(".", QLocale().decimalPoint())


def as_decimal(value: object) -> Decimal:
    try:
        return Decimal(str(value or 0))
    except InvalidOperation:
        return Decimal(0)


class HoursDelegate(QStyledItemDelegate):
    """Whole JP only; the service says what is too much."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        spin = QSpinBox(parent)
        spin.setRange(0, HOURS_MAX)
        spin.setObjectName("unitHoursEditor")
        spin.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", "Hours (JP)"))
        return spin


class QuantityDelegate(QStyledItemDelegate):
    """A quantity with up to 3 decimals, typed and shown in the person's language; kept in the
    table as plain text ("1.5") so no float rounding creeps in."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        spin = QDoubleSpinBox(parent)
        spin.setDecimals(3)
        spin.setRange(0, float(QUANTITY_LIMIT) - 0.001)
        spin.setObjectName("quantityEditor")
        spin.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", "Per participant"))
        return spin

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QDoubleSpinBox)
        editor.setValue(float(as_decimal(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QDoubleSpinBox)
        editor.interpretText()
        value = Decimal(str(round(editor.value(), 3)))
        model.setData(index, format(value.normalize(), "f"), Qt.ItemDataRole.EditRole)

    def displayText(self, value: object, locale: QLocale | QLocale.Language) -> str:
        return quantity_text(as_decimal(value))


def cell(table: QTableWidget, row: int, column: int) -> object:
    item = table.item(row, column)
    return item.data(Qt.ItemDataRole.EditRole) if item is not None else None


def append_row(table: QTableWidget, values: tuple[object, ...]) -> int:
    """A row at the end holding `values` (the last column is a number: right-aligned)."""
    row = table.rowCount()
    table.insertRow(row)
    for column, value in enumerate(values):
        item = QTableWidgetItem()
        item.setData(Qt.ItemDataRole.EditRole, value)
        if column == 2:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        table.setItem(row, column, item)
    return row


def fill_table(table: QTableWidget, rows: list[tuple[object, object, object]]) -> None:
    table.blockSignals(True)
    try:
        table.setRowCount(0)
        for values in rows:
            append_row(table, values)
    finally:
        table.blockSignals(False)


class ProgrammeTables:
    """The units and materials tables of one programme form, and the buttons beside them."""

    def __init__(self, ui: Ui_ProgrammeDialog) -> None:
        self.ui = ui
        self.hours_delegate = HoursDelegate(ui.unitsTable)
        ui.unitsTable.setItemDelegateForColumn(2, self.hours_delegate)
        self.quantity_delegate = QuantityDelegate(ui.materialsTable)
        ui.materialsTable.setItemDelegateForColumn(2, self.quantity_delegate)
        samples = {ui.unitsTable: ("TIK.OP02.001.01", "", "000 JP"),
                   ui.materialsTable: ("", "meter kain", "000000,000")}  # fmt: skip
        for table, widths in samples.items():
            header = table.horizontalHeader()
            metrics = table.fontMetrics()
            for column, sample in enumerate(widths):
                if not sample:
                    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
                    continue
                title = table.horizontalHeaderItem(column).text()
                width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title))
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, width + 36)
            table.verticalHeader().setDefaultSectionSize(metrics.height() + 12)
            table.setEditTriggers(
                QAbstractItemView.EditTrigger.DoubleClicked
                | QAbstractItemView.EditTrigger.EditKeyPressed
                | QAbstractItemView.EditTrigger.AnyKeyPressed
            )

    @property
    def tables(self) -> tuple[QTableWidget, QTableWidget]:
        return self.ui.unitsTable, self.ui.materialsTable

    def connect(self) -> None:
        ui = self.ui
        ui.addUnitButton.clicked.connect(lambda: self.add_row(ui.unitsTable))
        ui.removeUnitButton.clicked.connect(lambda: self.remove_row(ui.unitsTable))
        ui.unitUpButton.clicked.connect(lambda: self.move_row(ui.unitsTable, -1))
        ui.unitDownButton.clicked.connect(lambda: self.move_row(ui.unitsTable, 1))
        ui.addMaterialButton.clicked.connect(lambda: self.add_row(ui.materialsTable))
        ui.removeMaterialButton.clicked.connect(lambda: self.remove_row(ui.materialsTable))
        for table in self.tables:
            for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
                shortcut = QShortcut(QKeySequence(keys), table)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(lambda t=table, s=step: self.move_row(t, s))
            table.currentCellChanged.connect(self.update_row_buttons)
        ui.unitsTable.itemChanged.connect(self.update_total)
        ui.hoursSpin.valueChanged.connect(self.update_total)

    def table_of(self, widget: QWidget | None) -> QTableWidget | None:
        """The table `widget` is, or is in (a cell's editor); None if neither."""
        for table in self.tables:
            if widget is not None and (widget is table or table.isAncestorOf(widget)):
                return table
        return None

    # --- rows ---------------------------------------------------------------------------

    def add_row(self, table: QTableWidget) -> None:
        self.commit_editors()
        row = append_row(table, ("", "", 0) if table is self.ui.unitsTable else ("", "", "1"))
        table.setFocus()
        table.setCurrentCell(row, 0)
        first = table.item(row, 0)
        if first is not None:
            table.editItem(first)
        self.update_total()

    def remove_row(self, table: QTableWidget) -> None:
        self.commit_editors()
        row = table.currentRow()
        if row < 0:
            return
        table.removeRow(row)
        if table.rowCount():
            table.setCurrentCell(min(row, table.rowCount() - 1), max(table.currentColumn(), 0))
        table.setFocus()
        self.update_total()
        self.update_row_buttons()

    def move_row(self, table: QTableWidget, step: int) -> None:
        self.commit_editors()
        row, column = table.currentRow(), max(table.currentColumn(), 0)
        other = row + step
        if row < 0 or not 0 <= other < table.rowCount():
            return
        for col in range(table.columnCount()):
            mine, theirs = table.takeItem(row, col), table.takeItem(other, col)
            table.setItem(row, col, theirs)
            table.setItem(other, col, mine)
        table.setCurrentCell(other, column)
        table.setFocus()

    def update_row_buttons(self) -> None:
        ui = self.ui
        row, rows = ui.unitsTable.currentRow(), ui.unitsTable.rowCount()
        ui.removeUnitButton.setEnabled(row >= 0)
        ui.unitUpButton.setEnabled(row > 0)
        ui.unitDownButton.setEnabled(0 <= row < rows - 1)
        ui.removeMaterialButton.setEnabled(ui.materialsTable.currentRow() >= 0)

    def update_total(self) -> None:
        total = sum(unit.hours_jp for unit in self.units())
        hours = self.ui.hoursSpin.value()
        label = self.ui.unitsTotalLabel
        label.show()
        label.setText(
            QCoreApplication.translate(
                "ProgrammeDialog", "The units add up to %1 of the programme's %2 JP."
            )
            .replace("%1", str(total))
            .replace("%2", str(hours))
        )
        role = "error" if total > hours else "hint"
        if label.property("role") != role:
            label.setProperty("role", role)
            label.style().unpolish(label)
            label.style().polish(label)

    def commit_editors(self) -> None:
        """A cell still being typed in counts: Ctrl+S must not save what was there before."""
        for table in self.tables:
            editor = table.indexWidget(table.currentIndex())
            if editor is not None and table.state() == QAbstractItemView.State.EditingState:
                delegate = table.itemDelegateForIndex(table.currentIndex())
                emit(delegate.commitData, editor)
                emit(delegate.closeEditor, editor, QAbstractItemDelegate.EndEditHint.NoHint)

    # --- in and out ---------------------------------------------------------------------

    def units(self) -> tuple[UnitInput, ...]:
        table = self.ui.unitsTable
        return tuple(
            UnitInput(
                code=str(cell(table, row, 0) or ""),
                title=str(cell(table, row, 1) or ""),
                hours_jp=int(str(cell(table, row, 2) or 0)),
            )
            for row in range(table.rowCount())
        )

    def materials(self) -> tuple[MaterialInput, ...]:
        table = self.ui.materialsTable
        return tuple(
            MaterialInput(
                name=str(cell(table, row, 0) or ""),
                unit=str(cell(table, row, 1) or ""),
                per_participant=as_decimal(cell(table, row, 2)),
            )
            for row in range(table.rowCount())
        )

    def fill(self, data: ProgrammeInput) -> None:
        ui = self.ui
        fill_table(ui.unitsTable, [(u.code, u.title, u.hours_jp) for u in data.units])
        fill_table(
            ui.materialsTable,
            [(m.name, m.unit, format(m.per_participant.normalize(), "f")) for m in data.materials],
        )

    def select_rows_at_fault(self, found: Sequence[PelitaError]) -> None:
        """The first row each table's error names, selected; the units' live total hidden when
        the error says the total already (it would repeat it)."""
        tables = {"units": self.ui.unitsTable, "materials": self.ui.materialsTable}
        for field in ROW_FIELDS:
            rows = [e.params["row"] for e in found if e.field == field and "row" in e.params]
            table = tables[field]
            if rows and 0 < int(rows[0]) <= table.rowCount():
                table.setCurrentCell(int(rows[0]) - 1, 0)
        over = any(e.field == "units" and "total" in e.params for e in found)
        self.ui.unitsTotalLabel.setVisible(not over)
