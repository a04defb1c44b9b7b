"""The answer to a 1-5 scale question: five buttons, one of them chosen or none. Used by the
clerk's entry form (small buttons, digits typed fast) and the kiosk (large buttons with the
scale's words).

The row itself takes the keyboard focus, not its buttons: a digit 1-5 answers and `answered`
asks the form to move on; 0, Backspace or Delete clears the answer. Clicking a button chosen
already clears it too, since a paper form may have a question left empty.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSizePolicy, QWidget

from desktop.domain.evaluation import SCALE_MAX, SCALE_MIN
from desktop.domain.survey import SCALE_WORDS, SURVEY
from desktop.gui.signals import emit

DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(SCALE_MIN, SCALE_MAX + 1)}
CLEARING = {Qt.Key.Key_0, Qt.Key.Key_Backspace, Qt.Key.Key_Delete, Qt.Key.Key_Space}


def scale_word(score: int) -> str:
    return QCoreApplication.translate(SURVEY, SCALE_WORDS[score - SCALE_MIN])


class ScaleAnswer(QFrame):
    """Five buttons 1-5; `value` is the chosen score or None."""

    answered = Signal(int)  # a score chosen by a digit key: the form moves on

    def __init__(self, parent: QWidget | None = None, *, large: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("scaleAnswer")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setProperty("current", False)
        self._value: int | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(3, 3, 3, 3)
        layout.setSpacing(14 if large else 4)
        self.buttons: list[QPushButton] = []
        for score in range(SCALE_MIN, SCALE_MAX + 1):
            text = f"{score}\n{scale_word(score)}" if large else str(score)
            button = QPushButton(text, self)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the row keeps the keyboard
            button.setAccessibleName(f"{score} {scale_word(score)}")
            button.setToolTip(scale_word(score))
            if large:
                button.setMinimumSize(150, 150)
                button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            else:
                button.setFixedWidth(button.fontMetrics().horizontalAdvance("0") * 2 + 28)
            button.clicked.connect(lambda _checked, s=score: self._clicked(s))
            layout.addWidget(button)
            self.buttons.append(button)
        if not large:
            layout.addStretch(1)

    @property
    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        self._value = value
        for score, button in enumerate(self.buttons, start=SCALE_MIN):
            button.setChecked(score == value)

    def _clicked(self, score: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.set_value(None if self._value == score else score)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in DIGITS:
            self.set_value(DIGITS[key])
            emit(self.answered, DIGITS[key])
        elif key in CLEARING:
            self.set_value(None)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self._value is not None:
            step = -1 if key == Qt.Key.Key_Left else 1
            self.set_value(min(SCALE_MAX, max(SCALE_MIN, self._value + step)))
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._mark(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._mark(False)

    def _mark(self, current: bool) -> None:
        """A visible focus ring: the buttons take no focus, so the row shows it."""
        self.setProperty("current", current)
        self.style().unpolish(self)
        self.style().polish(self)


SCALE_STYLE = """
QFrame#scaleAnswer { border: 2px solid transparent; border-radius: 6px; }
QFrame#scaleAnswer[current="true"] { border: 2px solid #1769aa; background: #eaf2fb; }
QFrame#scaleAnswer QPushButton:checked { background: #1769aa; color: white;
                                          border-color: #0f4c81; font-weight: 600; }
"""
