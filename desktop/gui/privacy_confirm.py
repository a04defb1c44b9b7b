"""Asking before a change to people's data: withdrawing consent, and anonymising, which cannot
be undone. The question names the person (or how many), and says plainly what goes and what
stays; for a change that cannot be undone the button stays off until "I understand" is ticked,
so a hurried Enter never erases anyone. Cancel is the default.

Opened with open() (not exec): the page goes on, and tests drive the real dialog.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from desktop.gui.dialogs import localise_buttons
from desktop.gui.forms.ui_privacy_confirm_dialog import Ui_PrivacyConfirmDialog
from desktop.gui.user_dialogs import fit_height


class ConfirmDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        question: str,
        details: str,
        action: str,
        *,
        cannot_undo: bool,
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_PrivacyConfirmDialog()
        ui.setupUi(self)
        self.setWindowTitle(title)
        localise_buttons(ui.buttonBox)
        ui.questionLabel.setText(question)
        font = QFont(ui.questionLabel.font())
        font.setBold(True)
        ui.questionLabel.setFont(font)
        ui.detailsLabel.setText(details)
        ui.detailsLabel.setVisible(bool(details))
        self.action_button = QPushButton(action, self)
        self.action_button.setAutoDefault(False)
        ui.buttonBox.addButton(self.action_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        ui.understandCheck.setVisible(cannot_undo)
        self.action_button.setEnabled(not cannot_undo)
        ui.understandCheck.toggled.connect(self.action_button.setEnabled)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        (ui.understandCheck if cannot_undo else cancel).setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_height(self)  # a long name or translation still fits

    def accept(self) -> None:
        if self.action_button.isEnabled():  # Enter while the box is not ticked does nothing
            super().accept()
