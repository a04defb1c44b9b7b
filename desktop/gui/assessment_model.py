"""The assessment sheet's table: one row per person taking part, their pre-test and post-test
scores typed as text (checked as typed, by domain.assessment.parse_score) and one column per
competency unit of the programme, each "—" (not assessed), "Passed" or "Not passed".

What is typed or chosen is kept beside the sheet as read, never over it: a score typed wrong
stays as typed (marked, with its message) until put right, and the changes to save are the
differences from the sheet. Refusals from the service name their cell ("post:<enrolment id>",
"unit:<id>:<code>") and are marked the same way until the cell is changed again. The score
cells' editor (Enter keeps what was typed and moves down) is here too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.domain.assessment import Averages, averages, parse_score
from desktop.domain.errors import ValidationError
from desktop.gui.i18n import message
from desktop.gui.signals import emit
from desktop.services.assessments import AssessmentChange, AssessmentSheet, SheetRow

Index = QModelIndex | QPersistentModelIndex
NAME, PRE, POST = 0, 1, 2
FIRST_UNIT = 3
SCORES = {PRE: "pre", POST: "post"}
RED = QColor("#b3261e")
GREEN = QColor("#1e6b34")
WRONG_BACKGROUND = QColor("#fdecea")  # a pale red behind a score typed wrong
GREY = QColor("#52606d")
ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
CYCLE: dict[bool | None, bool | None] = {None: True, True: False, False: None}


class AssessmentModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sheet: AssessmentSheet | None = None
        self.typed: dict[tuple[int, str], str] = {}  # (enrolment id, "pre"/"post"): text
        self.chosen: dict[tuple[int, str], bool | None] = {}  # (enrolment id, unit code)
        self.refusals: dict[tuple[int, str], str] = {}  # (enrolment id, cell key): message

    # -- the sheet and what was changed on it ---------------------------------------------------

    def set_sheet(self, sheet: AssessmentSheet) -> None:
        """The sheet as saved; whatever was typed or chosen on the one before is dropped."""
        self.beginResetModel()
        self.sheet = sheet
        self.typed, self.chosen, self.refusals = {}, {}, {}
        self.endResetModel()

    @property
    def rows(self) -> tuple[SheetRow, ...]:
        return self.sheet.rows if self.sheet else ()

    def unit_code(self, column: int) -> str | None:
        units = self.sheet.units if self.sheet else ()
        index = column - FIRST_UNIT
        return units[index].code if 0 <= index < len(units) else None

    def score_text(self, row: SheetRow, key: str) -> str:
        if (row.enrolment_id, key) in self.typed:
            return self.typed[(row.enrolment_id, key)]
        saved = row.pre if key == "pre" else row.post
        return "" if saved is None else str(saved)

    def score(self, row: SheetRow, key: str) -> tuple[int | None, str]:
        """(the score, "") or (None, why what was typed is not one)."""
        try:
            return parse_score(self.score_text(row, key), key), ""
        except ValidationError as error:
            return None, message(error)

    def unit_state(self, row: SheetRow, code: str) -> bool | None:
        return self.chosen.get((row.enrolment_id, code), row.units.get(code))

    def problem(self, row: SheetRow, key: str) -> str:
        """What is wrong with a cell (key "pre", "post" or a unit code), "" when nothing."""
        wrong = self.score(row, key)[1] if key in ("pre", "post") else ""
        return wrong or self.refusals.get((row.enrolment_id, key), "")

    def wrong_cells(self) -> list[tuple[int, int]]:
        """(row, column) of every score typed wrong, in the table's order."""
        return [(number, column) for number, row in enumerate(self.rows)
                for column, key in SCORES.items() if self.score(row, key)[1]]  # fmt: skip

    def problems(self) -> list[tuple[str, str]]:
        """(the person's name, what is wrong) for each cell at fault, in the table's order."""
        found: list[tuple[str, str]] = []
        codes = [unit.code for unit in self.sheet.units] if self.sheet else []
        for row in self.rows:
            for key in ("pre", "post", *codes):
                wrong = self.problem(row, key)
                if wrong:
                    found.append((row.full_name, f"{self._key_title(key)}: {wrong}"))
        return found

    def changes(self) -> list[AssessmentChange]:
        """Everyone whose scores or units differ from the sheet (scores typed wrong are not
        scores: check `wrong_cells` first)."""
        found = []
        for row in self.rows:
            pre, post = self.score(row, "pre")[0], self.score(row, "post")[0]
            units = {code: state for (person, code), state in self.chosen.items()
                     if person == row.enrolment_id and state != row.units.get(code)}  # fmt: skip
            if (pre, post) != (row.pre, row.post) or units:
                found.append(AssessmentChange(row.enrolment_id, pre, post, units))
        return found

    def unsaved(self) -> int:
        """How many people have something typed or chosen that is not saved."""
        wrong = {self.rows[row].enrolment_id for row, _column in self.wrong_cells()}
        return len(wrong | {change.enrolment_id for change in self.changes()})

    def averages(self) -> Averages:
        """The cohort's averages with what is typed now (scores typed wrong left out)."""
        return averages(
            (self.score(row, "pre")[0], self.score(row, "post")[0]) for row in self.rows
        )

    def set_refusals(self, refusals: dict[tuple[int, str], str]) -> None:
        self.refusals = refusals
        self._changed_all()

    # -- units ------------------------------------------------------------------------------------

    def cycle(self, index: Index) -> None:
        """Not assessed → Passed → Not passed → not assessed (Space or a click)."""
        row, code = self._unit_cell(index)
        if row is not None and code is not None:
            self.set_unit(index.row(), code, CYCLE[self.unit_state(row, code)])

    def set_unit(self, number: int, code: str, state: bool | None) -> None:
        row = self.rows[number]
        self.chosen[(row.enrolment_id, code)] = state
        self.refusals.pop((row.enrolment_id, code), None)
        column = FIRST_UNIT + [unit.code for unit in self.sheet.units].index(code)  # type: ignore[union-attr]
        emit(self.dataChanged, self.index(number, NAME), self.index(number, column))

    def all_passed(self, column: int) -> int:
        """Everyone not assessed yet in this unit has passed it (a "Not passed" stays);
        returns how many changed."""
        code = self.unit_code(column)
        if code is None:
            return 0
        changed = 0
        for number, row in enumerate(self.rows):
            if self.unit_state(row, code) is None:
                self.set_unit(number, code, True)
                changed += 1
        return changed

    def _unit_cell(self, index: Index) -> tuple[SheetRow | None, str | None]:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None, None
        return self.rows[index.row()], self.unit_code(index.column())

    # -- Qt -------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        units = len(self.sheet.units) if self.sheet else 0
        return 0 if parent.isValid() else FIRST_UNIT + units

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or self.sheet is None:
            return None
        unit = self.sheet.units[section - FIRST_UNIT] if section >= FIRST_UNIT else None
        if role == Qt.ItemDataRole.DisplayRole:
            titles = {NAME: self.tr("Name"), PRE: self.tr("Pre-test"), POST: self.tr("Post-test")}
            return unit.code if unit else titles.get(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            if unit is not None:
                return unit.title
            if section == POST and self.sheet.min_post_score is not None:
                return self.tr("The programme asks at least %1.").replace(
                    "%1", str(self.sheet.min_post_score)
                )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() in SCORES:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in SCORES:
            return False
        row, key = self.rows[index.row()], SCORES[index.column()]
        text = str(value or "")
        if self.score_text(row, key) == text:
            return True
        self.typed[(row.enrolment_id, key)] = text
        self.refusals.pop((row.enrolment_id, key), None)  # typed again: the refusal is old
        emit(self.dataChanged, self.index(index.row(), NAME), index)
        return True

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.UserRole:
            return row.enrolment_id
        if column == NAME:
            return row.full_name if role == Qt.ItemDataRole.DisplayRole else None
        if column in SCORES:
            return self._score_data(row, SCORES[column], role)
        code = self.unit_code(column)
        return None if code is None else self._unit_data(row, code, role)

    def _score_data(self, row: SheetRow, key: str, role: int) -> object:
        wrong = self.problem(row, key)
        value = self.score(row, key)[0]
        low = (
            key == "post"
            and value is not None
            and self.sheet is not None
            and self.sheet.min_post_score is not None
            and value < self.sheet.min_post_score
        )
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.score_text(row, key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and wrong:
            return WRONG_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and (wrong or low):
            return RED
        if role == Qt.ItemDataRole.ToolTipRole:
            if wrong:
                return wrong
            if low and self.sheet is not None:
                return self.tr("Below the programme's minimum of %1.").replace(
                    "%1", str(self.sheet.min_post_score)
                )
        return None

    def _unit_data(self, row: SheetRow, code: str, role: int) -> object:
        state = self.unit_state(row, code)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.unit_text(state)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return {True: GREEN, False: RED, None: GREY}[state]
        if role == Qt.ItemDataRole.BackgroundRole and self.problem(row, code):
            return WRONG_BACKGROUND
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.problem(row, code) or self.tr("Space or a click: passed, not passed, —")
        return None

    def unit_text(self, state: bool | None) -> str:
        if state is None:
            return "—"
        return self.tr("Passed") if state else self.tr("Not passed")

    def _key_title(self, key: str) -> str:
        return {"pre": self.tr("Pre-test"), "post": self.tr("Post-test")}.get(key, key)

    def _changed_all(self) -> None:
        if self.rows:
            last = self.index(len(self.rows) - 1, self.columnCount() - 1)
            emit(self.dataChanged, self.index(0, 0), last)


def cell_of(field: str) -> tuple[int, str] | None:
    """(enrolment id, "pre"/"post"/unit code) of a service field ("post:12", "unit:12:C.1")."""
    kind, _, rest = field.partition(":")
    if kind in ("pre", "post") and rest.isdigit():
        return int(rest), kind
    if kind == "unit":
        person, _, code = rest.partition(":")
        if person.isdigit() and code:
            return int(person), code
    return None


def decimal(value: float | None) -> str:
    """44,5 in Indonesian, 44.5 in English; a whole number without its ",0"; — for none."""
    if value is None:
        return "—"
    if abs(value - round(value)) < 0.05:
        return QLocale().toString(round(value))
    return QLocale().toString(value, "f", 1)


class ScoreDelegate(QStyledItemDelegate):
    """A score's editor: a line edit where Enter keeps what was typed and moves down."""

    def __init__(self, parent: QWidget, move_down: Callable[[], None]) -> None:
        super().__init__(parent)
        self.move_down = move_down

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: object) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAccessibleName(self.tr("Score"))
        editor.setMaxLength(12)
        editor.installEventFilter(self)
        return editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QLineEdit) and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in ENTER:
                emit(self.commitData, watched)
                emit(self.closeEditor, watched, QAbstractItemDelegate.EndEditHint.NoHint)
                self.move_down()
                return True
        return super().eventFilter(watched, event)
