"""Small message boxes with buttons in the person's language.

Qt ships no Indonesian translation of its own buttons, so every button text comes from here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget


def ask(parent: QWidget | None, title: str, text: str, yes: str, no: str = "") -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(
        no or QCoreApplication.translate("dialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def inform(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    box.addButton(QCoreApplication.translate("dialogs", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def localise_buttons(box: QDialogButtonBox) -> None:
    texts = {
        QDialogButtonBox.StandardButton.Ok: QCoreApplication.translate("dialogs", "OK"),
        QDialogButtonBox.StandardButton.Cancel: QCoreApplication.translate("dialogs", "Cancel"),
        QDialogButtonBox.StandardButton.Save: QCoreApplication.translate("dialogs", "Save"),
        QDialogButtonBox.StandardButton.Close: QCoreApplication.translate("dialogs", "Close"),
    }
    for standard, text in texts.items():
        button = box.button(standard)
        if button is not None:
            button.setText(text)
