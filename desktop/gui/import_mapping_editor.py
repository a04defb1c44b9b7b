"""The import dialog's column step: one line per column of the list, "heading → field", with
a combo of the fields (and "(ignore)") filled from the preview's mapping. A change is handed
on as the whole new mapping; the dialog checks the list again with it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem

from desktop.domain.import_columns import FIELD_LABELS, ImportField
from desktop.gui.signals import emit

IGNORE = ""  # the "(ignore)" item's data


class MappingEditor(QObject):
    """Drives the dialog's mapping table; `changed` carries the mapping the person made."""

    changed = Signal(object)  # dict[int, ImportField]

    def __init__(self, table: QTableWidget) -> None:
        super().__init__(table)
        self.table = table
        table.setColumnCount(2)
        table.setHorizontalHeaderLabels([self.tr("Column heading in the list"), self.tr("Field")])
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().resizeSection(0, 320)
        self.combos: list[QComboBox] = []

    def show_mapping(self, headers: Sequence[str], mapping: Mapping[int, ImportField]) -> None:
        table = self.table
        table.setRowCount(len(headers))
        self.combos = []
        for column, heading in enumerate(headers):
            shown = heading or self.tr("(column %1, no heading)").replace("%1", str(column + 1))
            item = QTableWidgetItem(shown)
            item.setToolTip(shown)
            table.setItem(column, 0, item)
            combo = self._combo(shown)
            field = mapping.get(column)
            combo.setCurrentIndex(combo.findData(field.value if field else IGNORE))
            combo.currentIndexChanged.connect(self._changed)
            table.setCellWidget(column, 1, combo)
            self.combos.append(combo)
        table.resizeRowsToContents()

    def _combo(self, heading: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(self.tr("Field for the column %1").replace("%1", heading))
        combo.addItem(self.tr("(ignore)"), IGNORE)
        for field, label in FIELD_LABELS.items():
            combo.addItem(QCoreApplication.translate("import", label), field.value)
        return combo

    def mapping(self) -> dict[int, ImportField]:
        return {
            column: ImportField(combo.currentData())
            for column, combo in enumerate(self.combos)
            if combo.currentData()
        }

    def set_field(self, column: int, field: ImportField | None) -> None:
        """Choose `field` for `column` as the person would (tests, and keyboard users)."""
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(field.value if field else IGNORE))

    def set_enabled(self, enabled: bool) -> None:
        for combo in self.combos:
            combo.setEnabled(enabled)

    def _changed(self) -> None:
        emit(self.changed, self.mapping())
