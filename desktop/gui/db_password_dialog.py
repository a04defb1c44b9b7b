"""Asking for the PostgreSQL password when the desk has none (or a wrong one) for its server.

settings.json never holds the password (desktop.config): it comes from the system keyring.
A desk without a keyring (a bare Linux PC), a keyring that lost it, or a password changed on
the server all end the same way: the server refuses the connection. Then the start-up flow
calls `ask_database_password`, which opens this dialog; the URL with the typed password comes
back through `on_url` and is opened again. "Remember" keeps it in the keyring (when there is
one); otherwise it stays in memory for this session only.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QWidget

from desktop import secret_store
from desktop.domain.errors import DatabaseError, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.gui.dialogs import localise_buttons
from desktop.gui.field_errors import FieldErrors
from desktop.gui.forms.ui_db_password_dialog import Ui_DbPasswordDialog


def password_needed(url: str, error: BaseException) -> bool:
    """Opening `url` failed because the server wants a password it did not get (none given, or
    a wrong one): libpq says "no password supplied" or "password authentication failed"."""
    if not isinstance(error, DatabaseError) or not secret_store.may_need_password(url):
        return False
    return "password" in str(error.params.get("reason", "")).lower()


class DbPasswordDialog(QDialog):
    """`password_given` carries the URL with the password in it (never saved in settings)."""

    password_given = Signal(str)

    def __init__(self, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DbPasswordDialog()
        self.ui.setupUi(self)
        localise_buttons(self.ui.buttonBox)
        self.account, tried = secret_store.split_password(url)
        self.errors = FieldErrors(
            self.ui.formError, {"password": (self.ui.passwordEdit, self.ui.passwordError)}
        )
        parts = urlsplit(self.account)
        server = (parts.hostname or "localhost") + (f":{parts.port}" if parts.port else "")
        self.ui.introLabel.setText(
            self.tr("The database server %1 asks for the password of the user %2 (database %3).")
            .replace("%1", server)
            .replace("%2", parts.username or "")
            .replace("%3", parts.path.lstrip("/"))
        )
        if tried is not None:
            # The server turned down the one Pelita had (kept from before, or just typed).
            self.errors.show(
                ValidationError(
                    QT_TRANSLATE_NOOP("messages", "The server did not accept this password."),
                    "password",
                )
            )
        self.keyring = secret_store.keyring_available()
        self.ui.rememberBox.setEnabled(self.keyring)
        self.ui.rememberBox.setChecked(self.keyring)
        self.ui.rememberHint.setText(
            self.tr("Anyone who uses this computer's account can then open the database.")
            if self.keyring
            else self.tr(
                "This computer has no system keyring, so Pelita keeps the password only "
                "until it closes and asks for it again at the next start."
            )
        )
        self.ui.buttonBox.accepted.connect(self._accept_password)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.passwordEdit.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        # Qt leaves word-wrapped labels out of a window's minimum size: grow to show them all.
        needed = self.ui.dialogLayout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _accept_password(self) -> None:
        password = self.ui.passwordEdit.text()
        if not password:
            self.errors.show(
                ValidationError(QT_TRANSLATE_NOOP("messages", "Type the password."), "password")
            )
            self._fit_height()
            return
        if self.keyring and self.ui.rememberBox.isChecked():
            # Kept before the server has checked it: a wrong one is asked for and replaced
            # at the next try, like the one it replaces.
            secret_store.store_password(self.account, password)
        else:
            # Whatever was kept did not work (or is no longer wanted).
            secret_store.delete_password(self.account)
        from desktop.gui.signals import emit

        emit(self.password_given, secret_store.with_password(self.account, password))
        self.accept()


def ask_database_password(
    parent: QWidget | None, url: str, error: BaseException, on_url: Callable[[str], None]
) -> DbPasswordDialog | None:
    """Open the dialog if opening `url` failed for want of its password, and return it (the
    caller keeps it in an attribute); `on_url` gets the URL with the password after OK.
    None when `error` is about something else: show it as before."""
    if not password_needed(url, error):
        return None
    dialog = DbPasswordDialog(url, parent)
    dialog.password_given.connect(on_url)
    dialog.open()
    return dialog
