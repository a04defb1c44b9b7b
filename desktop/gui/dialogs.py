"""Small message boxes with buttons in the person's language.

Qt ships no Indonesian translation of its own buttons, so every button text comes from here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


def ask(parent: QWidget | None, title: str, text: str, yes: str, no: str = "") -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no or _tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def inform(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    box.addButton(_tr("OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def localise_buttons(box: QDialogButtonBox) -> None:
    texts = {
        QDialogButtonBox.StandardButton.Ok: _tr("OK"),
        QDialogButtonBox.StandardButton.Cancel: _tr("Cancel"),
        QDialogButtonBox.StandardButton.Save: _tr("Save"),
        QDialogButtonBox.StandardButton.Close: _tr("Close"),
    }
    for standard, text in texts.items():
        button = box.button(standard)
        if button is not None:
            button.setText(text)
