"""The table of user accounts on the Users page.

A centre has a handful of accounts, not a million participants, so this model simply holds the
rows of one `list_users` call instead of the ID-and-page scheme of the big lists.
"""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desktop.gui.formatting import show_date_time
from desktop.services.accounts import UserInfo

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    USERNAME = 0
    FULL_NAME = 1
    ROLE = 2
    STATUS = 3
    LAST_LOGIN = 4


class UsersTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._users: list[UserInfo] = []
        self._now: datetime | None = None

    def set_users(self, users: list[UserInfo], now: datetime) -> None:
        """Show these accounts; `now` is the database clock, so a lock that has run out shows
        as active, exactly as the login check will treat it."""
        self.beginResetModel()
        self._users = list(users)
        self._now = now
        self.endResetModel()

    def user_at(self, row: int) -> UserInfo | None:
        return self._users[row] if 0 <= row < len(self._users) else None

    def row_of(self, user_id: int) -> int | None:
        for row, user in enumerate(self._users):
            if user.id == user_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._users)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            Column.USERNAME: self.tr("User name"),
            Column.FULL_NAME: self.tr("Full name"),
            Column.ROLE: self.tr("Role"),
            Column.STATUS: self.tr("Status"),
            Column.LAST_LOGIN: self.tr("Last login"),
        }
        return titles.get(Column(section)) if 0 <= section < len(Column) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        user = self.user_at(index.row()) if index.isValid() else None
        if user is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(user, Column(index.column()))
        if role == Qt.ItemDataRole.UserRole:
            return user.id
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
