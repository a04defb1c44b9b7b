"""Who may do what, and the names roles and audited actions are shown with."""

from __future__ import annotations

import pytest

from desktop.domain.audit import ACTION_LABELS, action_label
from desktop.domain.roles import ROLE_PERMISSIONS, Permission, Role, role_may

ADMIN_ONLY = [
    Permission.MANAGE_USERS,
    Permission.VIEW_AUDIT,
    Permission.MANAGE_CENTRE,
    Permission.MANAGE_SETTINGS,
]


def test_role_values_are_stable() -> None:
    # Stored in the database: renaming one would lock people out.
    assert [r.value for r in Role] == ["admin", "clerk", "instructor"]
    assert Role("clerk") is Role.CLERK


def test_admin_may_do_everything() -> None:
    for permission in Permission:
        assert role_may(Role.ADMIN, permission)


@pytest.mark.parametrize("role", [Role.CLERK, Role.INSTRUCTOR])
@pytest.mark.parametrize("permission", ADMIN_ONLY)
def test_staff_may_not_administer(role: Role, permission: Permission) -> None:
    assert not role_may(role, permission)


@pytest.mark.parametrize("role", list(Role))
def test_everyone_sees_programmes(role: Role) -> None:
    assert role_may(role, Permission.VIEW_PROGRAMMES)


def test_every_role_has_permissions_and_a_label() -> None:
    assert set(ROLE_PERMISSIONS) == set(Role)
    assert {r.label for r in Role} == {"Administrator", "Clerk", "Instructor"}


def test_action_labels() -> None:
    assert action_label("user.locked") == "Account locked after failed logins"
    assert action_label("login.failed") == "Failed login"
    # An action written by a newer Pelita shows as it is.
    assert action_label("cohort.archive") == "cohort.archive"
    assert all(label and label != action for action, label in ACTION_LABELS.items())
