"""One person in the roll call: their name, five large mark buttons (Hadir, Terlambat, Izin,
Sakit, Alpa), the minutes when late, a note, and a quiet line saying "Saved" or why not.

The row only shows and collects; the roll-call dialog saves (it owns the worker calls, the undo
and the keyboard). Buttons are big enough for a finger on a touch screen and say their key.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from desktop.domain.attendance import LATE_MINUTES_MAX, NOTE_MAX, Mark, MarkInput
from desktop.gui.message_line import show_message
from desktop.gui.signals import emit
from desktop.services.attendance import RollLine

TOUCH_HEIGHT = 44  # px: a comfortable finger target
NAME_WIDTH = 210

# Scoped to the rows: the checked mark in its own calm colour, the current person outlined.
ROW_STYLE = """
QFrame#rollRow { background: white; border: 1px solid #e4e7eb; border-radius: 6px; }
QFrame#rollRow[current="true"] { border: 2px solid #1769aa; background: #f0f6fc; }
QLabel#nameLabel { font-weight: 600; }
QLabel#nameLabel:disabled { color: #7b8794; }
QPushButton[mark]:checked { color: white; }
QPushButton[mark="present"]:checked { background: #1d6b3a; border-color: #14532b; }
QPushButton[mark="late"]:checked { background: #8a4b00; border-color: #6b3a00; }
QPushButton[mark="excused"]:checked { background: #1769aa; border-color: #0f4c81; }
QPushButton[mark="sick"]:checked { background: #5b4a9e; border-color: #45387a; }
QPushButton[mark="absent"]:checked { background: #b3261e; border-color: #8c1d17; }
"""


def mark_text(mark: Mark) -> str:
    """The mark in the person's language: Hadir, Terlambat, Izin, Sakit, Alpa."""
    return QCoreApplication.translate("attendance", mark.label)


class RollCallRow(QFrame):
    chosen = Signal(str)  # a Mark's value: the person was given that mark with a click
    minutes_given = Signal()  # the late minutes were typed (Enter or leaving the box)
    note_given = Signal()  # the note was typed (Enter or leaving the field)

    def __init__(self, line: RollLine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rollRow")
        self.line = line
        self.shown: Mark | None = None  # the mark the buttons show (saved or on its way)
        self.marking_allowed = True
        self.name_label = QLabel(line.full_name, self)
        self.name_label.setObjectName("nameLabel")
        self.name_label.setWordWrap(True)
        self.name_label.setFixedWidth(NAME_WIDTH)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        self.status_label.setFixedWidth(NAME_WIDTH)
        self.status_label.setAccessibleName(self.tr("Result for %1").replace("%1", line.full_name))
        self.buttons: dict[Mark, QPushButton] = {}
        for mark in Mark:
            button = QPushButton(f"{mark_text(mark)}  {mark.key}", self)
            button.setObjectName(f"{mark.value}Button")
            button.setProperty("mark", mark.value)
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setMinimumSize(100, TOUCH_HEIGHT)
            button.setAccessibleName(f"{mark_text(mark)}: {line.full_name}")
            button.setToolTip(self.tr("Key %1").replace("%1", mark.key))
            # Checked only by what the dialog shows; a click asks the dialog to give the mark.
            button.clicked.connect(lambda _checked=False, m=mark: self._clicked(m))
            self.buttons[mark] = button
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("minutesSpin")
        self.minutes.setRange(0, LATE_MINUTES_MAX)
        self.minutes.setSpecialValueText(" ")  # 0: not typed yet, rather than a made-up number
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setMinimumSize(90, TOUCH_HEIGHT)
        self.minutes.setAccessibleName(self.tr("Minutes late: %1").replace("%1", line.full_name))
        self.minutes.editingFinished.connect(self._minutes_finished)
        self.note = QLineEdit(self)
        self.note.setObjectName("noteEdit")
        self.note.setMaxLength(NOTE_MAX)
        self.note.setPlaceholderText(self.tr("Note"))
        self.note.setMinimumHeight(TOUCH_HEIGHT)
        self.note.setAccessibleName(self.tr("Note: %1").replace("%1", line.full_name))
        self.note.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.note.editingFinished.connect(self._note_finished)
        self._lay_out()
        self.show_line(line)

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 6, 10, 6)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.name_label, 0, 0)
        grid.addWidget(self.status_label, 1, 0)
        for column, button in enumerate(self.buttons.values(), start=1):
            grid.addWidget(button, 0, column, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.minutes, 0, 6, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.note, 0, 7, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        grid.setColumnStretch(7, 1)
        # The minutes box keeps its room when hidden, so the notes line up down the list.
        policy = self.minutes.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.minutes.setSizePolicy(policy)

    # --- what the row shows ----------------------------------------------------------------

    def show_line(self, line: RollLine) -> None:
        """Show what the database holds for this person."""
        self.line = line
        self.minutes.setValue(line.late_minutes)
        if not self.note.hasFocus():  # never overwrite a note being typed
            self.note.setText(line.note)
        self.show_mark(line.mark)
        self._update_enabled()
        if not line.applicable:
            self.say(self.tr("Not applicable: not in the class on this day"), "hint")

    def show_mark(self, mark: Mark | None) -> None:
        """Show `mark` as given (saved, or on its way to the database)."""
        self.shown = mark
        for each, button in self.buttons.items():
            button.setChecked(each is mark)
        self.minutes.setVisible(mark is Mark.LATE)
        self.minutes.setProperty("invalid", False)

    def allow_marking(self, allowed: bool) -> None:
        self.marking_allowed = allowed
        self._update_enabled()

    @property
    def markable(self) -> bool:
        return self.line.applicable and self.marking_allowed

    def _update_enabled(self) -> None:
        for widget in (*self.buttons.values(), self.minutes, self.note):
            widget.setEnabled(self.markable)
        self.name_label.setEnabled(self.line.applicable)

    def set_current(self, current: bool) -> None:
        if self.property("current") != current:
            self.setProperty("current", current)
            self.style().unpolish(self)
            self.style().polish(self)

    def say(self, text: str, role: str) -> None:
        show_message(self.status_label, text, role)

    def show_minutes_error(self, text: str) -> None:
        self.minutes.setProperty("invalid", True)
        self.minutes.style().unpolish(self.minutes)
        self.minutes.style().polish(self.minutes)
        self.say(text, "error")

    def focus_target(self) -> QWidget:
        """Where the keyboard goes when this person becomes the current one."""
        return self.buttons[self.shown or Mark.PRESENT]

    def ask_minutes(self) -> None:
        self.minutes.setFocus(Qt.FocusReason.OtherFocusReason)
        self.minutes.selectAll()

    # --- what the person gave --------------------------------------------------------------

    def data(self, mark: Mark) -> MarkInput:
        """`mark` with the minutes and the note typed in this row."""
        minutes = self.minutes.value() if mark is Mark.LATE else 0
        return MarkInput(mark, minutes, self.note.text())

    def _clicked(self, mark: Mark) -> None:
        self.buttons[mark].setChecked(self.shown is mark)  # the dialog decides what shows
        emit(self.chosen, mark.value)

    def _minutes_finished(self) -> None:
        if self.shown is Mark.LATE and self.minutes.isVisible():
            emit(self.minutes_given)

    def _note_finished(self) -> None:
        if self.note.text().strip() != self.line.note:
            emit(self.note_given)
