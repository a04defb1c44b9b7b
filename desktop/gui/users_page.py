"""The admin's Users page: accounts, their roles, disabling them and resetting passwords."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from desktop.domain.errors import PelitaError
from desktop.domain.roles import Permission
from desktop.gui.app_context import AppContext
from desktop.gui.dialogs import ask
from desktop.gui.forms.ui_users_page import Ui_UsersPage
from desktop.gui.i18n import message
from desktop.gui.message_line import show_message
from desktop.gui.table_selection import select_row
from desktop.gui.user_dialogs import PasswordDialog, RoleDialog, UserDialog
from desktop.gui.users_model import Column, UsersTableModel
from desktop.services import accounts
from desktop.services.accounts import UserInfo


class UsersPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_UsersPage()
        self.ui.setupUi(self)
        self.model = UsersTableModel(self)
        table = self.ui.usersTable
        table.setModel(self.model)
        # Every column fits its text, so a name, a date or "Locked until …" is never cut off; in
        # a narrow window (large text) the table scrolls sideways instead of eliding names.
        header = table.horizontalHeader()
        for column in Column:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.ui.addButton.clicked.connect(self._add)
        self.ui.roleButton.clicked.connect(self._change_role)
        self.ui.activeButton.clicked.connect(self._toggle_active)
        self.ui.resetButton.clicked.connect(self._reset_password)
        # The services refuse anyway; hiding the way in spares a clerk a pointless refusal.
        self.ui.addButton.setEnabled(context.actor.may(Permission.MANAGE_USERS))
        self.refresh()

    @staticmethod
    def nav_title() -> str:
        return QCoreApplication.translate("UsersPage", "Users")

    def refresh(self) -> None:
        """Read the accounts again (another desk may have changed them), keeping the
        selection on the same person."""
        selected = self.selected_user()
        try:
            users = accounts.list_users(self.context.db, self.context.actor)
        except PelitaError as error:
            self.model.set_users([], self.context.db.clock())
            self._say(message(error), ok=False)
            return
        self.model.set_users(users, self.context.db.clock())
        if selected is not None:
            self.select_user(selected.id)

    def selected_user(self) -> UserInfo | None:
        rows = self.ui.usersTable.selectionModel().selectedRows()
        return self.model.user_at(rows[0].row()) if rows else None

    def select_user(self, user_id: int) -> None:
        row = self.model.row_of(user_id)
        if row is None:
            return
        select_row(self.ui.usersTable, row, Column.USERNAME)

    def _update_buttons(self) -> None:
        user = self.selected_user()
        for button in (self.ui.roleButton, self.ui.activeButton, self.ui.resetButton):
            button.setEnabled(user is not None)
        disable = user is None or user.active
        self.ui.activeButton.setText(self.tr("&Disable") if disable else self.tr("&Enable"))
        self.ui.activeButton.setAccessibleName(
            self.tr("Disable account") if disable else self.tr("Enable account")
        )

    def _say(self, text: str, ok: bool) -> None:
        show_message(self.ui.statusLabel, text, "ok" if ok else "error")

    def _open(self, dialog: QDialog, on_accepted: Callable[[], None]) -> None:
        # open(), not exec(): no nested event loop, and tests drive the real dialog with qtbot.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(on_accepted)
        dialog.open()

    def _add(self) -> None:
        dialog = UserDialog(self.context, self)

        def done() -> None:
            self.refresh()
            if dialog.created is not None:
                self.select_user(dialog.created.id)
                self._say(
                    self.tr("Created the account {username}.").format(
                        username=dialog.created.username
                    ),
                    ok=True,
                )

        self._open(dialog, done)

    def _change_role(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        dialog = RoleDialog(self.context, self, user)

        def done() -> None:
            self.refresh()
            if dialog.changed is not None:
                self._say(
                    self.tr("{username} is now: {role}.").format(
                        username=dialog.changed.username,
                        role=QCoreApplication.translate("roles", dialog.changed.role.label),
                    ),
                    ok=True,
                )

        self._open(dialog, done)

    def _reset_password(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        dialog = PasswordDialog(self.context, self, user)

        def done() -> None:
            self.refresh()
            self._say(
                self.tr("The password of {username} has been reset.").format(
                    username=user.username
                ),
                ok=True,
            )

        self._open(dialog, done)

    def _toggle_active(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        if user.active and not ask(
            self,
            self.tr("Disable account"),
            self.tr(
                "Disable the account of {name} ({username})? They can no longer log in until "
                "an administrator enables it again. Nothing they recorded is removed."
            ).format(name=user.full_name, username=user.username),
            self.tr("&Disable"),
        ):
            return
        try:
            changed = accounts.set_active(
                self.context.db, self.context.actor, user.id, not user.active
            )
        except PelitaError as error:
            self.refresh()
            self._say(message(error), ok=False)
            return
        self.refresh()
        self._say(
            (
                self.tr("{username} is enabled and may log in.")
                if changed.active
                else self.tr("{username} is disabled.")
            ).format(username=changed.username),
            ok=True,
        )
