"""The login dialog's widgets, laid out in code rather than compiled from a Designer form.

The one exception to "layouts live in ui/*.ui" (DESIGN.md), for start-up speed: a form compiled
by pyside6-uic imports `Qt` and a dozen QtGui classes whether it uses them or not, and PySide6
builds the whole `Qt` namespace (every enum) on that first import: 17-27 ms on the desks, a
quarter of what the login dialog may cost over a bare window (issue 2, measured by
tests/benchmarks/bench_startup.py). So nothing here touches `Qt`; the one property that needs
it (the demo logins selectable by mouse) is set after the first paint
(LoginDialog.finish_setup). The attribute names are those the form had, so the dialog, its
tests and the translations (context "LoginDialog") are unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)


class LoginDialogUi:
    """What pyside6-uic made of the old login_dialog.ui, written out."""

    def setupUi(self, dialog: QDialog) -> None:
        dialog.setObjectName("LoginDialog")
        dialog.resize(460, 420)
        self.mainLayout = QVBoxLayout(dialog)
        self.mainLayout.setSpacing(10)
        header = QHBoxLayout()
        self.logoLabel = QLabel(dialog)
        self.logoLabel.setMinimumSize(QSize(64, 64))
        self.logoLabel.setMaximumSize(QSize(64, 64))
        self.logoLabel.setScaledContents(True)
        header.addWidget(self.logoLabel)
        self.centreLabel = self._label(dialog, role="title", wrap=True)
        header.addWidget(self.centreLabel)
        self.mainLayout.addLayout(header)
        self.statusLabel = self._label(dialog, role="hint", wrap=True)
        self.mainLayout.addWidget(self.statusLabel)

        form = QFormLayout()
        self.usernameLabel = QLabel(dialog)
        self.usernameEdit = QLineEdit(dialog)
        self.usernameEdit.setMaxLength(64)
        self.usernameError = QLabel(dialog)
        self.passwordLabel = QLabel(dialog)
        self.passwordEdit = QLineEdit(dialog)
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passwordEdit.setMaxLength(256)
        self.passwordError = QLabel(dialog)
        label, field = QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole
        form.setWidget(0, label, self.usernameLabel)
        form.setWidget(0, field, self.usernameEdit)
        form.setWidget(1, field, self.usernameError)
        form.setWidget(2, label, self.passwordLabel)
        form.setWidget(2, field, self.passwordEdit)
        form.setWidget(3, field, self.passwordError)
        self.mainLayout.addLayout(form)
        self.formError = QLabel(dialog)
        self.mainLayout.addWidget(self.formError)
        self.demoLabel = self._label(dialog, role="hint", wrap=True)
        self.mainLayout.addWidget(self.demoLabel)

        database = QHBoxLayout()
        self.databaseLabel = self._label(dialog, role="hint", wrap=True)
        stretch = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        stretch.setHorizontalStretch(1)
        self.databaseLabel.setSizePolicy(stretch)
        database.addWidget(self.databaseLabel)
        self.databaseButton = QPushButton(dialog)
        self.databaseButton.setAutoDefault(False)
        database.addWidget(self.databaseButton)
        self.mainLayout.addLayout(database)
        self.mainLayout.addItem(
            QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)
        )

        buttons = QHBoxLayout()
        buttons.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum))
        self.quitButton = QPushButton(dialog)
        self.quitButton.setAutoDefault(False)
        buttons.addWidget(self.quitButton)
        self.loginButton = QPushButton(dialog)
        self.loginButton.setDefault(True)
        buttons.addWidget(self.loginButton)
        self.mainLayout.addLayout(buttons)

        self.usernameLabel.setBuddy(self.usernameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        QWidget.setTabOrder(self.usernameEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.loginButton)
        QWidget.setTabOrder(self.loginButton, self.quitButton)
        QWidget.setTabOrder(self.quitButton, self.databaseButton)
        for name, value in vars(self).items():  # object names as the form had them
            if isinstance(value, QWidget):
                value.setObjectName(name)
        self.retranslate(dialog)

    @staticmethod
    def _label(parent: QWidget, *, role: str, wrap: bool) -> QLabel:
        label = QLabel(parent)
        label.setWordWrap(wrap)
        label.setProperty("role", role)
        return label

    def retranslate(self, dialog: QDialog) -> None:
        dialog.setWindowTitle(QCoreApplication.translate("LoginDialog", "Pelita — log in"))
        self.centreLabel.setText(QCoreApplication.translate("LoginDialog", "Pelita"))
        self.statusLabel.setText(QCoreApplication.translate("LoginDialog", "Opening the database…"))
        self.usernameLabel.setText(QCoreApplication.translate("LoginDialog", "&User name"))
        self.usernameEdit.setAccessibleName(QCoreApplication.translate("LoginDialog", "User name"))
        self.passwordLabel.setText(QCoreApplication.translate("LoginDialog", "&Password"))
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("LoginDialog", "Password"))
        self.demoLabel.setAccessibleName(QCoreApplication.translate("LoginDialog", "Demo logins"))
        self.databaseButton.setText(QCoreApplication.translate("LoginDialog", "&Database…"))
        self.databaseButton.setAccessibleName(
            QCoreApplication.translate("LoginDialog", "Choose the database")
        )
        self.quitButton.setText(QCoreApplication.translate("LoginDialog", "&Quit"))
        self.quitButton.setAccessibleName(QCoreApplication.translate("LoginDialog", "Quit Pelita"))
        self.loginButton.setText(QCoreApplication.translate("LoginDialog", "&Log in"))
        self.loginButton.setAccessibleName(QCoreApplication.translate("LoginDialog", "Log in"))
