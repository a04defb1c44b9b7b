"""The cohort form's weekly schedule: one row per session of the week (day, start, end), rows
added and removed with buttons, everything reachable with Tab.

Nothing is checked here: a row ending before it starts is sent as typed, and the service says
what is wrong next to the schedule. Placed in Designer as a promoted widget (parent only).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from PySide6.QtCore import QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.cohort import Slot
from desktop.gui.date_fields import TimeEdit
from desktop.gui.signals import emit

DEFAULT_HOURS = (time(8, 0), time(12, 0))


def day_name(weekday: int) -> str:
    """Monday is 0, as in the domain; in the person's language (QLocale's default)."""
    return QLocale().dayName(weekday + 1, QLocale.FormatType.LongFormat)


def to_qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def from_qtime(value: QTime) -> time:
    return time(value.hour(), value.minute())


@dataclass
class ScheduleRow:
    day: QComboBox
    starts: TimeEdit
    ends: TimeEdit
    remove: QPushButton

    def widgets(self) -> list[QWidget]:
        return [self.day, self.starts, self.ends, self.remove]


class ScheduleEditor(QWidget):
    """Rows of weekday, start and end time. `changed` whenever any of them changes,
    `rows_changed` when a row comes or goes (the form then sets its Tab order again)."""

    changed = Signal()
    rows_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ScheduleRow] = []
        # Room for the red border the style draws around the schedule when it is at fault.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(3, 3, 3, 3)
        outer.setSpacing(6)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(8)
        self._grid.setVerticalSpacing(4)
        outer.addLayout(self._grid)
        self._empty = QLabel(self.tr("No days yet: add the days the cohort meets."), self)
        self._empty.setProperty("role", "hint")
        outer.addWidget(self._empty)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add a day"), self)
        self.add_button.setObjectName("addDayButton")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add_clicked)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self._update_empty()

    # --- rows ---------------------------------------------------------------------------

    def set_slots(self, slots: tuple[Slot, ...]) -> None:
        while self.rows:
            self._drop(self.rows[-1])
        for slot in slots:
            self.add_row(slot)
        self._place()

    def slots(self) -> tuple[Slot, ...]:
        """The rows as typed, in the order shown; unchecked."""
        return tuple(
            Slot(
                int(row.day.currentData()),
                from_qtime(row.starts.time()),
                from_qtime(row.ends.time()),
            )
            for row in self.rows
        )

    def add_row(self, slot: Slot | None = None) -> ScheduleRow:
        if slot is None:  # the day after the last row, at its hours: a schedule grows so
            last = self.slots()[-1] if self.rows else None
            starts, ends = (last.starts, last.ends) if last else DEFAULT_HOURS
            slot = Slot((last.weekday + 1) % 7 if last else 0, starts, ends)
        row = ScheduleRow(QComboBox(self), self._time(slot.starts), self._time(slot.ends),
                          QPushButton(self.tr("Remove"), self))  # fmt: skip
        for weekday in range(7):
            row.day.addItem(day_name(weekday), weekday)
        row.day.setCurrentIndex(slot.weekday)
        row.remove.setAutoDefault(False)
        row.day.currentIndexChanged.connect(self._changed)
        row.starts.timeChanged.connect(self._changed)
        row.ends.timeChanged.connect(self._changed)
        row.remove.clicked.connect(lambda: self.remove_row(row))
        self.rows.append(row)
        self._place()
        self._changed()
        return row

    def remove_row(self, row: ScheduleRow) -> None:
        index = self.rows.index(row)
        self._drop(row)
        self._place()
        self._changed()
        # The focus goes on to the row that took this one's place, else to "Add a day".
        following = self.rows[index].day if index < len(self.rows) else self.add_button
        following.setFocus()

    def _drop(self, row: ScheduleRow) -> None:
        self.rows.remove(row)
        for widget in row.widgets():
            self._grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()

    def _time(self, value: time) -> TimeEdit:
        edit = TimeEdit(self)
        edit.setTime(to_qtime(value))
        return edit

    def _place(self) -> None:
        """Lay the rows out again and name them by their number (screen readers say them)."""
        for number, row in enumerate(self.rows, start=1):
            n = str(number)
            row.day.setAccessibleName(self.tr("Day %1").replace("%1", n))
            row.starts.setAccessibleName(self.tr("Day %1 starts at").replace("%1", n))
            row.ends.setAccessibleName(self.tr("Day %1 ends at").replace("%1", n))
            row.remove.setAccessibleName(self.tr("Remove day %1").replace("%1", n))
            for column, widget in enumerate(row.widgets()):
                self._grid.addWidget(widget, number - 1, column)
                widget.show()
        self._grid.setColumnStretch(4, 1)
        self._update_empty()
        # An error marks the schedule as a whole: focusing it goes to its first field.
        self.setFocusProxy(self.rows[0].day if self.rows else self.add_button)
        emit(self.rows_changed)

    def _update_empty(self) -> None:
        self._empty.setVisible(not self.rows)

    def _add_clicked(self) -> None:
        self.add_row().day.setFocus()

    def _changed(self) -> None:
        emit(self.changed)

    def focus_widgets(self) -> list[QWidget]:
        """The rows' fields in Tab order, then the add button."""
        return [widget for row in self.rows for widget in row.widgets()] + [self.add_button]
