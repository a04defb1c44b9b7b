"""The tables of the demand window (desktop.gui.demand_dialog): the programmes with how many
people ask for each, of them first choices and those waiting, one column per target group and
the mark of a programme with no cohort planned; and the villages asking most for the chosen
programme. A few dozen rows each, held whole."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from desktop.documents.demand_parts import GROUP_KEYS, NO_GROUP, ProgrammeDemand, VillageDemand
from desktop.domain.choices import TargetGroup

Index = QModelIndex | QPersistentModelIndex
NOT_PLANNED_COLOUR = QColor("#9c4a00")  # dark orange: stands out, readable on white
ARCHIVED_COLOUR = QColor("#52606d")  # the hint colour of the style sheet
# Programme, asking, first choice, waiting, the groups, the cohort mark.
FIRST_GROUP = 4
PLANNING = FIRST_GROUP + len(GROUP_KEYS)


def group_title(key: str) -> str:
    if key == NO_GROUP:
        return QCoreApplication.translate("DemandModel", "No group")
    return QCoreApplication.translate("choices", TargetGroup(key).label)


def count(value: int) -> str:
    return QLocale().toString(value)


class DemandModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ProgrammeDemand] = []

    def set_rows(self, rows: list[ProgrammeDemand]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> ProgrammeDemand | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def titles(self) -> list[str]:
        return [
            self.tr("Programme"),
            self.tr("Asking"),
            self.tr("First choice"),
            self.tr("Waiting"),
            *(group_title(key) for key in GROUP_KEYS),
            self.tr("Next cohort"),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else PLANNING + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            titles = self.titles()
            return titles[section] if 0 <= section < len(titles) else None
        if role == Qt.ItemDataRole.ToolTipRole and FIRST_GROUP <= section < PLANNING:
            return self.tr("People asking for the programme in this target group")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        line = self.row_at(index.row()) if index.isValid() else None
        if line is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, column)
        if role == Qt.ItemDataRole.UserRole:
            return line.programme_id
        if role == Qt.ItemDataRole.TextAlignmentRole and 0 < column < PLANNING:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == PLANNING and line.no_cohort_planned:
                return NOT_PLANNED_COLOUR
            if column == 0 and line.archived:
                return ARCHIVED_COLOUR
        if role == Qt.ItemDataRole.FontRole and column == PLANNING and line.no_cohort_planned:
            bold = QFont()
            bold.setBold(True)
            return bold
        if role == Qt.ItemDataRole.ToolTipRole and FIRST_GROUP <= column < PLANNING:
            key = GROUP_KEYS[column - FIRST_GROUP]
            return self.tr("%1 of them waiting").replace("%1", count(line.waiting.group(key)))
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            if line.archived:
                return self.tr("Archived: no longer offered, but people still ask for it.")
            return line.name
        return None

    def _text(self, line: ProgrammeDemand, column: int) -> str:
        if column == 0:
            return line.name + (self.tr(" (archived)") if line.archived else "")
        if column == 1:
            return count(line.asking.people)
        if column == 2:
            return count(line.first_choice)
        if column == 3:
            return count(line.waiting.people)
        if column < PLANNING:
            return count(line.asking.group(GROUP_KEYS[column - FIRST_GROUP]))
        return self.tr("⚠ None planned") if line.no_cohort_planned else self.tr("Planned")


class VillagesModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[VillageDemand] = []

    def set_rows(self, rows: tuple[VillageDemand, ...] | list[VillageDemand]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def titles(self) -> list[str]:
        return [self.tr("Village"), self.tr("District"), self.tr("Asking"), self.tr("Waiting")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.titles()[section] if 0 <= section < 4 else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        place, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return place.village or self.tr("Not recorded")
            if column == 1:
                return place.district
            return count(place.asking if column == 2 else place.waiting)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
