"""Who may do what. The services check these; the GUI only uses them to hide what a person
cannot use anyway."""

from __future__ import annotations

import enum

from desktop.domain.i18n import QT_TRANSLATE_NOOP


class Role(enum.StrEnum):
    ADMIN = "admin"
    CLERK = "clerk"
    INSTRUCTOR = "instructor"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS = {
    Role.ADMIN: QT_TRANSLATE_NOOP("roles", "Administrator"),
    Role.CLERK: QT_TRANSLATE_NOOP("roles", "Clerk"),
    Role.INSTRUCTOR: QT_TRANSLATE_NOOP("roles", "Instructor"),
}


class Permission(enum.StrEnum):
    MANAGE_USERS = "manage_users"
    VIEW_AUDIT = "view_audit"
    MANAGE_CENTRE = "manage_centre"
    MANAGE_SETTINGS = "manage_settings"
    VIEW_PROGRAMMES = "view_programmes"


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.CLERK: frozenset({Permission.VIEW_PROGRAMMES}),
    Role.INSTRUCTOR: frozenset({Permission.VIEW_PROGRAMMES}),
}


def role_may(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]
