"""The table of user accounts on the Users page.

A centre has a handful of accounts: the model holds the rows of one `list_users` call.
"""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QObject, Qt

from desktop.gui.formatting import show_date_time
from desktop.gui.row_list_model import RowListModel
from desktop.services.accounts import UserInfo


class Column(IntEnum):
    USERNAME = 0
    FULL_NAME = 1
    ROLE = 2
    STATUS = 3
    LAST_LOGIN = 4


class UsersTableModel(RowListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._now: datetime | None = None

    def set_users(self, users: list[UserInfo], now: datetime) -> None:
        """Show these accounts; `now` is the database clock, so a lock that has run out shows
        as active, exactly as the login check will treat it."""
        self._now = now
        self.replace_rows(users)

    def user_at(self, row: int) -> UserInfo | None:
        user: UserInfo | None = self.item_at(row)
        return user

    def titles(self) -> list[str]:
        return [self.tr("User name"), self.tr("Full name"), self.tr("Role"), self.tr("Status"),
                self.tr("Last login")]  # fmt: skip

    def cell(self, item: UserInfo, column: int, role: int) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(item, Column(column))
        return None

    def _text(self, user: UserInfo, column: Column) -> str:
        if column == Column.USERNAME:
            return user.username
        if column == Column.FULL_NAME:
            return user.full_name
        if column == Column.ROLE:
            return QCoreApplication.translate("roles", user.role.label)
        if column == Column.STATUS:
            return self.status_text(user)
        return show_date_time(user.last_login_at) if user.last_login_at else self.tr("Never")

    def is_locked(self, user: UserInfo) -> bool:
        return (
            user.locked_until is not None
            and self._now is not None
            and user.locked_until > self._now
        )

    def status_text(self, user: UserInfo) -> str:
        # Disabled wins over locked: a disabled account cannot log in whatever its lock says.
        if not user.active:
            return self.tr("Disabled")
        if self.is_locked(user):
            return self.tr("Locked until {time}").format(time=show_date_time(user.locked_until))
        if user.must_change_password:
            return self.tr("Active, must change password")
        return self.tr("Active")
