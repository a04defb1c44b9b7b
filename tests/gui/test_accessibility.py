"""Every control reachable by keyboard has a name a screen reader can say, and the tab order
follows the paper form."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QLabel,
    QScrollBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.gui.app_context import AppContext
from desktop.gui.centre_form import CentreForm
from desktop.gui.crash import CrashDialog
from desktop.gui.database_dialog import DatabaseDialog
from desktop.gui.lock import LockDialog
from desktop.gui.login_dialog import LoginDialog
from desktop.gui.main_window import MainWindow
from desktop.gui.settings_page import SettingsPage
from desktop.gui.setup_wizard import SetupWizard
from desktop.gui.tasks import TaskRunner
from desktop.store.database import Database


def _inside_combo(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def _unnamed(top: QWidget) -> list[str]:
    missing = []
    for widget in top.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or isinstance(widget, QScrollBar):
            continue
        if _inside_combo(widget):
            continue  # the combo's own popup list
        if isinstance(widget.parentWidget(), QAbstractScrollArea) and not widget.objectName():
            continue  # a scroll area's viewport
        if widget.objectName().startswith("qt_"):
            continue  # Qt's own internals (wizard buttons are checked by their text)
        name = widget.accessibleName()
        if not name and isinstance(widget, QAbstractButton):
            name = widget.text()
        if not name:
            missing.append(f"{type(widget).__name__} {widget.objectName()}")
    return missing


def _labels_without_buddy(top: QWidget) -> list[str]:
    return [
        label.objectName()
        for label in top.findChildren(QLabel)
        if "&" in label.text() and label.buddy() is None
    ]


def _forms(runner: TaskRunner, context: AppContext, db: Database) -> list[QWidget]:
    return [
        LoginDialog(runner, "pelita.sqlite3", demo=True),
        DatabaseDialog(runner, ""),
        CentreForm(),
        SetupWizard(db),
        LockDialog(context),
        CrashDialog("details"),
        MainWindow(context),
        SettingsPage(context),
    ]


def test_every_control_has_an_accessible_name(
    qtbot: QtBot, runner: TaskRunner, admin_context: AppContext
) -> None:
    for form in _forms(runner, admin_context, admin_context.db):
        qtbot.addWidget(form)
        assert not _unnamed(form), (type(form).__name__, _unnamed(form))
        assert not _labels_without_buddy(form), (type(form).__name__, _labels_without_buddy(form))


@pytest.mark.parametrize(
    ("make", "order"),
    [
        (
            lambda r, c: LoginDialog(r, "x", demo=False),
            ["usernameEdit", "passwordEdit", "loginButton", "quitButton", "databaseButton"],
        ),
        (
            lambda r, c: CentreForm(),
            [
                "nameEdit",
                "typeCombo",
                "codeEdit",
                "addressEdit",
                "headNameEdit",
                "headTitleEdit",
                "headNipEdit",
                "patternEdit",
                "logoButton",
                "clearLogoButton",
            ],
        ),
        (lambda r, c: LockDialog(c), ["passwordEdit", "unlockButton", "signOutButton"]),
    ],
)
def test_tab_order_follows_the_form(
    qtbot: QtBot,
    runner: TaskRunner,
    admin_context: AppContext,
    make,
    order,  # type: ignore[no-untyped-def]
) -> None:
    form: QWidget = make(runner, admin_context)
    qtbot.addWidget(form)
    form.show()
    first = form.findChild(QWidget, order[0])
    assert first is not None
    seen = [first.objectName()]
    widget = first.nextInFocusChain()
    while widget is not first and len(seen) < 50:
        if widget.objectName() in order and widget.objectName() not in seen:
            seen.append(widget.objectName())
        widget = widget.nextInFocusChain()
    assert seen == order


def test_enter_in_the_user_name_moves_to_the_password(qtbot: QtBot, runner: TaskRunner) -> None:
    dialog = LoginDialog(runner, "x", demo=False)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    dialog.ui.usernameEdit.setFocus()
    qtbot.keyClicks(dialog.ui.usernameEdit, "admin")
    qtbot.keyClick(dialog.ui.usernameEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.ui.passwordEdit.hasFocus())
