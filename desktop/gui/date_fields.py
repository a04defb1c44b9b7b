"""Date and time fields that take what people type as they write it on paper: 03/08/2026,
3/8/2026, 3-8-2026 or 3.8.2026 (with a calendar to pick from), and 13:00 or 1300. Tab goes on
to the next field, as in every other field of the form, rather than to the next part of the
date or time: the parts fill in as they are typed.

QDateEdit alone gets two of these wrong. After a full day ("03") it moves on to the month by
itself, and the "/" typed next then skips the month as well ("03/11/00008/2026"). And it caps a
day at the length of the month shown while the day is typed, so 31/12 typed over a date in
November becomes 30/12. Here a separator right after such a move is dropped, "-" and "." count
as "/", and the day typed is kept and put back once the month typed after it has room for it.
Placed in Designer as promoted widgets (parent only).
"""

from __future__ import annotations

import calendar

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QTimeEdit, QWidget

SEPARATORS = "/-."
FORMAT = "dd/MM/yyyy"  # as Pelita shows and takes dates everywhere


class DateEdit(QDateEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(FORMAT)
        self.setCalendarPopup(True)
        self._typed_day = ""  # the digits typed into the day, while typing this date

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text and text in SEPARATORS:
            line = self.lineEdit()
            start = line.selectionStart()
            if line.hasSelectedText() and start > 0 and line.text()[start - 1] == "/":
                event.accept()  # the field already moved on by itself after a full section
                return
            if text != "/":
                event = QKeyEvent(event.type(), Qt.Key.Key_Slash, event.modifiers(), "/")
        elif (
            text.isdigit()
            and self.currentSection() == QDateTimeEdit.Section.DaySection
            and self._type_day(text)
        ):
            event.accept()
            return
        super().keyPressEvent(event)
        self._restore_day()  # a month or year typed after the day may have room for it now

    def _type_day(self, digit: str) -> bool:
        """Take a digit typed into the day; False leaves the key to QDateEdit (a lone 0)."""
        fresh = self.lineEdit().hasSelectedText() or len(self._typed_day) != 1
        typed = digit if fresh else self._typed_day + digit
        if typed == "0":
            self._typed_day = typed
            return False  # QDateEdit shows the lone 0 and waits for the next digit
        if not 1 <= int(typed) <= 31:
            return True  # no such day: the key is ignored
        self._typed_day = typed
        shown = self.date()
        last = calendar.monthrange(shown.year(), shown.month())[1]
        self.setDate(QDate(shown.year(), shown.month(), min(int(typed), last)))
        if len(typed) == 2 or int(typed) > 3:  # no day goes on from here: on to the month
            self.setSelectedSection(QDateTimeEdit.Section.MonthSection)
        else:  # 1, 2 or 3 may be a whole day or the start of one: wait for "/" or a digit
            self.setCurrentSection(QDateTimeEdit.Section.DaySection)
            self.lineEdit().setCursorPosition(2)
        return True

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._typed_day = ""
        super().focusOutEvent(event)

    def event(self, event: QEvent) -> bool:
        return _tab_leaves(self, event) or super().event(event)

    def _restore_day(self) -> None:
        if not self._typed_day or self.currentSection() == QDateTimeEdit.Section.DaySection:
            return
        day, shown = int(self._typed_day), self.date()
        year, month = shown.year(), shown.month()
        if day != shown.day() and 1 <= day <= calendar.monthrange(year, month)[1]:
            self.setDate(QDate(year, month, day))


class TimeEdit(QTimeEdit):
    """Hours and minutes, 08:00."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("HH:mm")

    def event(self, event: QEvent) -> bool:
        return _tab_leaves(self, event) or super().event(event)


def _tab_leaves(edit: QDateTimeEdit, event: QEvent) -> bool:
    """Tab and Shift+Tab go to the next or previous field. (QDateTimeEdit moves between its
    parts with them; typing a separator still does, through focusNextPrevChild.)"""
    if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
        return False
    if event.key() not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
        return False
    if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
        return False
    forward = event.key() == Qt.Key.Key_Tab and not (
        event.modifiers() & Qt.KeyboardModifier.ShiftModifier
    )
    QWidget.focusNextPrevChild(edit, forward)
    return True
