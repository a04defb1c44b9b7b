"""Dialogs of the Users page: a new account, a password (one's own or an admin's reset), a role.

Each dialog calls its service when OK is pressed and closes only if the service agreed; an
error is shown next to its field and everything typed stays where it was. The calls are
synchronous: they touch one row, and only the password hash takes a moment (a busy cursor shows
it).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLayout, QWidget

from desktop.domain.accounts import PASSWORD_MIN
from desktop.domain.errors import PelitaError, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.roles import Role
from desktop.gui.app_context import AppContext
from desktop.gui.dialogs import localise_buttons
from desktop.gui.field_errors import FieldErrors
from desktop.gui.forms.ui_password_dialog import Ui_PasswordDialog
from desktop.gui.forms.ui_role_dialog import Ui_RoleDialog
from desktop.gui.forms.ui_user_dialog import Ui_UserDialog
from desktop.services import accounts
from desktop.services.accounts import UserInfo
from desktop.services.context import Actor

# Checked here, before the service, because only the form knows there were two boxes.
PASSWORDS_DIFFER = QT_TRANSLATE_NOOP("messages", "The two passwords differ.")


@contextmanager
def _busy() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def fit_height(dialog: QDialog) -> None:
    """Grow the dialog until every wrapped line shows and no field is squeezed.

    Qt leaves height-for-width (word-wrapped labels: the intro, the error messages) out of a
    window's minimum size, so a long message, a translation or the large-text mode would be cut
    off. `heightForWidth()` of the whole dialog does not help: QFormLayout over-estimates it from
    the labels' size hints and leaves gaps around short messages. So measure what each widget
    lacks after layout and add exactly that.
    """
    layout = dialog.layout()
    if layout is None:
        return
    lacking = _lacking(dialog, layout)
    for _attempt in range(10):
        if lacking <= 0:
            return
        # The largest shortfall, not the sum: a row's label and field lack the same height.
        dialog.resize(dialog.width(), dialog.height() + lacking)
        still = _lacking(dialog, layout)
        if still >= lacking:
            return  # the layout gave the room to something else; more would not help either
        lacking = still


def _lacking(dialog: QDialog, layout: QLayout) -> int:
    layout.activate()
    return max((_needed(widget) - widget.height() for widget in _shown(dialog)), default=0)


def _shown(dialog: QDialog) -> list[QWidget]:
    return [
        widget
        for widget in dialog.findChildren(QWidget)
        if widget.parentWidget() is dialog and widget.isVisibleTo(dialog)
    ]


def _needed(widget: QWidget) -> int:
    if widget.hasHeightForWidth():
        return widget.heightForWidth(widget.width())
    return widget.minimumSizeHint().height()


def _show_error(dialog: QDialog, errors: FieldErrors, error: PelitaError) -> None:
    errors.show(error)
    # The red border of a field at fault is thicker, so its size hint grew; FieldErrors
    # re-polishes it but does not tell the layout, which would keep the old, smaller height.
    for widget, _label in errors.fields.values():
        widget.updateGeometry()
    fit_height(dialog)


class _FittingDialog(QDialog):
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Only a shown dialog is laid out, so this is the first moment sizes can be measured.
        fit_height(self)


def fill_roles(combo: QComboBox, current: Role) -> None:
    for role in Role:
        combo.addItem(QCoreApplication.translate("roles", role.label), role.value)
    combo.setCurrentIndex(combo.findData(current.value))


def _password_hint() -> str:
    return QCoreApplication.translate("UserDialogs", "At least {min} characters.").format(
        min=PASSWORD_MIN
    )


class UserDialog(_FittingDialog):
    """A new account. After OK, `created` holds it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.created: UserInfo | None = None
        self.ui = Ui_UserDialog()
        self.ui.setupUi(self)
        localise_buttons(self.ui.buttonBox)
        # Most new accounts are desk clerks; an admin is the exception and should be chosen.
        fill_roles(self.ui.roleCombo, Role.CLERK)
        self.ui.passwordHint.setText(_password_hint())
        self.errors = FieldErrors(
            self.ui.formError,
            {
                "username": (self.ui.usernameEdit, self.ui.usernameError),
                "full_name": (self.ui.fullNameEdit, self.ui.fullNameError),
                "password": (self.ui.passwordEdit, self.ui.passwordError),
                "confirm": (self.ui.confirmEdit, self.ui.confirmError),
            },
        )
        # Not connected to accept(): the dialog closes only when the service has agreed.
        self.ui.buttonBox.accepted.connect(self._save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.usernameEdit.setFocus()

    def _save(self) -> None:
        ui = self.ui
        if ui.passwordEdit.text() != ui.confirmEdit.text():
            _show_error(self, self.errors, ValidationError(PASSWORDS_DIFFER, "confirm"))
            return
        try:
            with _busy():
                self.created = accounts.create_user(
                    self.context.db,
                    self.context.actor,
                    ui.usernameEdit.text(),
                    ui.fullNameEdit.text(),
                    Role(ui.roleCombo.currentData()),
                    ui.passwordEdit.text(),
                )
        except PelitaError as error:
            _show_error(self, self.errors, error)
            return
        self.accept()


class PasswordDialog(_FittingDialog):
    """`user` None: the person changes their own password (the current one is asked, and
    `actor` holds the updated login after OK). Otherwise an admin sets a temporary password for
    `user`, who must choose their own at the next login (`changed` holds the account)."""

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, user: UserInfo | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.user = user
        self.actor: Actor | None = None
        self.changed: UserInfo | None = None
        self.ui = Ui_PasswordDialog()
        self.ui.setupUi(self)
        localise_buttons(self.ui.buttonBox)
        ui = self.ui
        ui.newHint.setText(_password_hint())
        own = user is None
        if own:
            self.setWindowTitle(self.tr("Change your password"))
            ui.introLabel.setText(self.tr("Type your current password, then the new one twice."))
        else:
            assert user is not None
            self.setWindowTitle(self.tr("Reset password"))
            if user.id == context.actor.user_id:
                intro = self.tr("Choose a new password for your own account.")
            else:
                intro = self.tr(
                    "Choose a temporary password for {name} ({username}). At the next login "
                    "they must choose their own password. Tell them the temporary one in person."
                ).format(name=user.full_name, username=user.username)
            ui.introLabel.setText(intro)
            # An admin resetting a password does not know it; the field would only confuse.
            for widget in (ui.currentLabel, ui.currentEdit, ui.currentError):
                widget.hide()
        self.errors = FieldErrors(
            ui.formError,
            {
                "current": (ui.currentEdit, ui.currentError),
                # change_own_password names the field new_password, reset_password password.
                "new_password": (ui.newEdit, ui.newError),
                "password": (ui.newEdit, ui.newError),
                "confirm": (ui.confirmEdit, ui.confirmError),
            },
        )
        ui.buttonBox.accepted.connect(self._save)
        ui.buttonBox.rejected.connect(self.reject)
        (ui.currentEdit if own else ui.newEdit).setFocus()

    def _save(self) -> None:
        ui = self.ui
        if ui.newEdit.text() != ui.confirmEdit.text():
            _show_error(self, self.errors, ValidationError(PASSWORDS_DIFFER, "confirm"))
            return
        db, actor = self.context.db, self.context.actor
        try:
            with _busy():
                if self.user is None:
                    self.actor = accounts.change_own_password(
                        db, actor, ui.currentEdit.text(), ui.newEdit.text()
                    )
                else:
                    self.changed = accounts.reset_password(
                        db, actor, self.user.id, ui.newEdit.text()
                    )
        except PelitaError as error:
            _show_error(self, self.errors, error)
            return
        self.accept()


class RoleDialog(_FittingDialog):
    """Another role for `user`. After OK, `changed` holds the account, or None if the role
    chosen was the one it already had."""

    def __init__(self, context: AppContext, parent: QWidget | None, user: UserInfo) -> None:
        super().__init__(parent)
        self.context = context
        self.user = user
        self.changed: UserInfo | None = None
        self.ui = Ui_RoleDialog()
        self.ui.setupUi(self)
        localise_buttons(self.ui.buttonBox)
        self.ui.introLabel.setText(
            self.tr("What may {name} ({username}) do in Pelita?").format(
                name=user.full_name, username=user.username
            )
        )
        fill_roles(self.ui.roleCombo, user.role)
        self.errors = FieldErrors(self.ui.formError, {})
        self.ui.buttonBox.accepted.connect(self._save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.roleCombo.setFocus()

    def _save(self) -> None:
        role = Role(self.ui.roleCombo.currentData())
        if role == self.user.role:
            # Nothing changed: no service call, so no empty audit entry.
            self.accept()
            return
        try:
            self.changed = accounts.change_role(
                self.context.db, self.context.actor, self.user.id, role
            )
        except PelitaError as error:
            _show_error(self, self.errors, error)
            return
        self.accept()
