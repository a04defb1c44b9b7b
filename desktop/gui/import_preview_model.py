"""The import dialog's table of rows: each row of the list with its verdict (ok, warning,
error: a colour and a symbol, so it reads without colour too), the name, the NIK as the
clerk's list has it, the reasons, and the person or row it may duplicate.

A list holds at most a few thousand rows, all checked already: the model keeps the preview's
rows whole (the ID-and-page scheme of the registry is for a million people).
"""

from __future__ import annotations

import enum

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from desktop.domain.import_columns import FIELD_LABELS, ImportField
from desktop.gui.i18n import translated
from desktop.services.participant_import import ImportPreview
from desktop.services.participant_import_rows import DuplicateMatch, ImportRow, RowMessage

Index = QModelIndex | QPersistentModelIndex
_FIELD_LABELS = {field.value: label for field, label in FIELD_LABELS.items()}
# (symbol, background) per verdict: the style sheet's ok / warning / error colours, light.
_LOOK = {
    "ok": ("✓", "#e3f1e7"),
    "warning": ("⚠", "#fdf0dc"),
    "error": ("✗", "#f8dedb"),
}


class Column(enum.IntEnum):
    ROW = 0
    VERDICT = 1
    NAME = 2
    NIK = 3
    REASONS = 4
    DUPLICATES = 5


def verdict_text(verdict: str) -> str:
    texts = {
        "ok": QCoreApplication.translate("ImportPreviewModel", "ok"),
        "warning": QCoreApplication.translate("ImportPreviewModel", "warning"),
        "error": QCoreApplication.translate("ImportPreviewModel", "error"),
    }
    return f"{_LOOK[verdict][0]} {texts[verdict]}"


def reason_text(reason: RowMessage) -> str:
    """ "Field: what is wrong", in the person's language."""
    text = translated(reason.text, reason.params, ("messages",))
    label = _FIELD_LABELS.get(reason.field)
    return f"{QCoreApplication.translate('import', label)}: {text}" if label else text


def duplicate_text(match: DuplicateMatch) -> str:
    """The registered person or the earlier row this row may be, and why."""
    if match.participant_id is not None:
        who = QCoreApplication.translate("ImportPreviewModel", "%1 (participant %2)").replace(
            "%2", str(match.participant_id)
        )
    else:
        who = QCoreApplication.translate("ImportPreviewModel", "%1 (row %2)").replace(
            "%2", str(match.row_number)
        )
    reason = QCoreApplication.translate("duplicates", match.reason)
    return f"{who.replace('%1', match.full_name)}: {reason}"


class ImportPreviewModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: tuple[ImportRow, ...] = ()
        self.nik_column: int | None = None

    def show_preview(self, preview: ImportPreview) -> None:
        self.beginResetModel()
        self.rows = preview.rows
        self.nik_column = next(
            (column for column, field in preview.mapping.items() if field is ImportField.NIK),
            None,
        )
        self.endResetModel()

    def typed_nik(self, row: ImportRow) -> str:
        """The NIK cell as the list has it (the repaired value is what would be stored)."""
        column = self.nik_column
        return row.cells[column] if column is not None and column < len(row.cells) else ""

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            Column.ROW: QCoreApplication.translate("ImportPreviewModel", "Row"),
            Column.VERDICT: QCoreApplication.translate("ImportPreviewModel", "Check"),
            Column.NAME: QCoreApplication.translate("ImportPreviewModel", "Name"),
            Column.NIK: QCoreApplication.translate("ImportPreviewModel", "NIK (as in the list)"),
            Column.REASONS: QCoreApplication.translate("ImportPreviewModel", "Why"),
            Column.DUPLICATES: QCoreApplication.translate(
                "ImportPreviewModel", "Possible duplicate"
            ),
        }
        return titles.get(Column(section)) if 0 <= section < len(Column) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column, " ")  # each reason ends with a full stop
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.REASONS, Column.DUPLICATES):
            return self._text(row, column, "\n") or None
        if role == Qt.ItemDataRole.BackgroundRole and column is Column.VERDICT:
            return QBrush(QColor(_LOOK[row.verdict][1]))
        if role == Qt.ItemDataRole.UserRole:
            return row.row_number
        return None

    def details(self, index: int) -> str:
        """Row `index`'s reasons and possible duplicates, one a line (shown under the table)."""
        if not 0 <= index < len(self.rows):
            return ""
        row = self.rows[index]
        lines = [reason_text(reason) for reason in row.messages]
        lines += [duplicate_text(match) for match in row.duplicates]
        title = QCoreApplication.translate("ImportPreviewModel", "Row %1:").replace(
            "%1", str(row.row_number)
        )
        return "\n".join([title, *lines]) if lines else ""

    def _text(self, row: ImportRow, column: Column, separator: str) -> str:
        if column is Column.ROW:
            return str(row.row_number)
        if column is Column.VERDICT:
            return verdict_text(row.verdict)
        if column is Column.NAME:
            return row.values.get(ImportField.FULL_NAME, "")
        if column is Column.NIK:
            return self.typed_nik(row)
        if column is Column.REASONS:
            return separator.join(reason_text(reason) for reason in row.messages)
        return separator.join(duplicate_text(match) for match in row.duplicates)
