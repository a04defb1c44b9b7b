"""What the long forms in a scroll area share (the intake form, the programme dialog):
saving from the keyboard, Enter moving on, the page scrolled to whatever gets the focus, and
a size that fits the desk's screen (1366×768: the page scrolls rather than the window
growing past the screen)."""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLayout,
    QScrollArea,
    QWidget,
)
from shiboken6 import isValid

SAVE_KEYS: tuple[QKeySequence.StandardKey | str, ...] = (
    QKeySequence.StandardKey.Save,
    "Ctrl+Return",
    "Ctrl+Enter",
)


def add_save_shortcuts(form: QWidget, save: Callable[[], object]) -> None:
    for keys in SAVE_KEYS:
        QShortcut(QKeySequence(keys), form, save)


def follow_focus(form: QWidget, page: QWidget, area: QScrollArea) -> None:
    """Scroll to whatever on `page` gets the focus (Enter, an error, a label's Alt key), not
    only on Tab as the scroll area does by itself. The application outlives the form."""
    alive = weakref.ref(form)

    def follow(_old: QWidget | None, new: QWidget | None) -> None:
        owner = alive()
        if owner is not None and isValid(owner) and new is not None:
            reveal(page, area, new)

    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.focusChanged.connect(follow)
        form.destroyed.connect(lambda: app.focusChanged.disconnect(follow))


def reveal(page: QWidget, area: QScrollArea, widget: QWidget) -> None:
    """Scroll `widget` into view, with room around it, if it is on `page`."""
    if page.isAncestorOf(widget):
        area.ensureWidgetVisible(widget, 40, 60)


def enter_moves_on(form: QWidget, event: QKeyEvent, save: Callable[[], object]) -> bool:
    """Return and Enter, which in a dialog would press Save and close a half-filled form:
    with Ctrl they save; on a button they press it; elsewhere they move to the next field.
    True when the key was handled."""
    if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        return False
    if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
        save()
        return True
    focused = form.focusWidget()
    if isinstance(focused, QAbstractButton) and not isinstance(focused, QCheckBox):
        focused.click()  # a focused button does what it says
    else:
        form.focusNextChild()
    return True


def page_width(layout: QLayout, page: QWidget, area: QScrollArea) -> int:
    """The width the form needs to show `page` without scrolling sideways."""
    margins = layout.contentsMargins()
    needed: int = page.minimumSizeHint().width() + margins.left() + margins.right()
    return needed + int(area.verticalScrollBar().sizeHint().width())


def fit_to_screen(form: QWidget, width: int) -> None:
    """`width` wide and the design's height, never beyond the screen."""
    screen = form.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        form.resize(min(width, room.width() - 40), min(form.height(), room.height() - 40))
