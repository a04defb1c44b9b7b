"""Logging in and managing user accounts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from desktop.domain.accounts import (
    LOCKOUT,
    MAX_FAILED_LOGINS,
    check_password,
    clean_full_name,
    clean_username,
)
from desktop.domain.errors import (
    AccountLocked,
    AuthenticationFailed,
    Conflict,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.roles import Permission, Role
from desktop.domain.text import storable
from desktop.services.context import Actor, Work, acting, anonymous
from desktop.services.passwords import burn_time, hash_password, verify_password
from desktop.store.database import Database
from desktop.store.models import User

WRONG_LOGIN = QT_TRANSLATE_NOOP("messages", "Wrong user name or password.")


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    full_name: str
    role: Role
    active: bool
    locked_until: datetime | None
    last_login_at: datetime | None
    must_change_password: bool


def _info(user: User) -> UserInfo:
    return UserInfo(
        id=user.id,
        username=user.username,
        full_name=user.full_name,
        role=Role(user.role),
        active=user.active,
        locked_until=user.locked_until,
        last_login_at=user.last_login_at,
        must_change_password=user.must_change_password,
    )


def public_view(user: User) -> dict[str, object]:
    """What the audit log keeps of a user: never the password hash."""
    return {
        "username": user.username,
        "full_name": user.full_name,
        "role": user.role,
        "active": user.active,
    }


def actor_for(user: User) -> Actor:
    return Actor(
        user_id=user.id,
        username=user.username,
        full_name=user.full_name,
        role=Role(user.role),
        must_change_password=user.must_change_password,
    )


def authenticate(db: Database, username: str, password: str) -> Actor:
    """Check a login. Five wrong passwords in a row lock the account for five minutes."""
    failure: Exception | None = None
    with anonymous(db) as work:
        # Text no database holds (NUL, half a surrogate pair) can match no account anyway.
        name = storable(username.strip().lower())
        user = work.session.scalar(select(User).where(User.username == name))
        now = work.now
        if user is None:
            burn_time(password)
            work.audit("login.failed", "user", "", username=name[:32] or "?")
            failure = AuthenticationFailed(WRONG_LOGIN, "password")
        elif user.locked_until is not None and user.locked_until > now:
            failure = _locked(user.locked_until, now)
        elif not verify_password(user.password_hash, password):
            user.failed_logins += 1
            work.audit("login.failed", "user", user.id, username=user.username, user_id=user.id)
            if user.failed_logins >= MAX_FAILED_LOGINS:
                user.failed_logins = 0
                user.locked_until = now + LOCKOUT
                work.audit(
                    "user.locked",
                    "user",
                    user.id,
                    username=user.username,
                    user_id=user.id,
                    after={"locked_until": user.locked_until.isoformat()},
                )
                failure = _locked(user.locked_until, now)
            else:
                failure = AuthenticationFailed(WRONG_LOGIN, "password")
        elif not user.active:
            failure = AuthenticationFailed(
                QT_TRANSLATE_NOOP("messages", "This account is disabled. Ask an administrator."),
                "username",
            )
        else:
            user.failed_logins = 0
            user.locked_until = None
            user.last_login_at = now
            work.audit("login", "user", user.id, username=user.username, user_id=user.id)
            return actor_for(user)
    # Raised after the commit, so the failed attempt and any lock-out are stored.
    raise failure


def _locked(until: datetime, now: datetime) -> AccountLocked:
    minutes = max(1, int((until - now).total_seconds() + 59) // 60)
    return AccountLocked(
        QT_TRANSLATE_NOOP(
            "messages",
            "Too many wrong passwords: this account is locked. Try again in {minutes} minute(s).",
        ),
        "password",
        minutes=minutes,
    )


def list_users(db: Database, actor: Actor) -> list[UserInfo]:
    with acting(db, actor, Permission.MANAGE_USERS, read_only=True) as work:
        users = work.session.scalars(select(User).order_by(User.username))
        return [_info(user) for user in users]


def create_user(
    db: Database, actor: Actor, username: str, full_name: str, role: Role, password: str
) -> UserInfo:
    with acting(db, actor, Permission.MANAGE_USERS) as work:
        user = new_user(work, username, full_name, role, password)
        work.audit("user.create", "user", user.id, after=public_view(user))
        return _info(user)


def new_user(work: Work, username: str, full_name: str, role: Role, password: str) -> User:
    """Validate and add an account; the caller writes the audit entry."""
    name = clean_username(username)
    full = clean_full_name(full_name)
    check_password(password, name)
    if work.session.scalar(select(User.id).where(User.username == name)) is not None:
        raise Conflict(
            QT_TRANSLATE_NOOP("messages", "The user name {username} is taken."),
            "username",
            username=name,
        )
    user = User(
        username=name,
        full_name=full,
        role=Role(role).value,
        password_hash=hash_password(password),
        active=True,
        failed_logins=0,
        must_change_password=False,
        created_at=work.now,
    )
    work.session.add(user)
    work.session.flush()
    return user


def _target(work: Work, user_id: int) -> User:
    user = work.session.get(User, user_id)
    if user is None:
        raise NotFound(QT_TRANSLATE_NOOP("messages", "This user no longer exists."))
    return user


def _other_active_admins(work: Work, user_id: int) -> int:
    return (
        work.session.scalar(
            select(func.count(User.id)).where(
                User.role == Role.ADMIN.value, User.active.is_(True), User.id != user_id
            )
        )
        or 0
    )


def set_active(db: Database, actor: Actor, user_id: int, active: bool) -> UserInfo:
    with acting(db, actor, Permission.MANAGE_USERS) as work:
        user = _target(work, user_id)
        if not active and user.id == actor.user_id:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("messages", "You cannot disable your own account.")
            )
        if not active and user.role == Role.ADMIN and not _other_active_admins(work, user.id):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "messages", "This is the last active administrator and cannot be disabled."
                )
            )
        before = public_view(user)
        user.active = active
        work.audit(
            "user.enable" if active else "user.disable",
            "user",
            user.id,
            before=before,
            after=public_view(user),
        )
        return _info(user)


def change_role(db: Database, actor: Actor, user_id: int, role: Role) -> UserInfo:
    with acting(db, actor, Permission.MANAGE_USERS) as work:
        user = _target(work, user_id)
        role = Role(role)
        if (
            user.role == Role.ADMIN
            and role != Role.ADMIN
            and not _other_active_admins(work, user.id)
        ):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "messages", "This is the last active administrator; make another one first."
                )
            )
        before = public_view(user)
        user.role = role.value
        work.audit("user.role", "user", user.id, before=before, after=public_view(user))
        return _info(user)


def reset_password(db: Database, actor: Actor, user_id: int, new_password: str) -> UserInfo:
    """An admin sets a temporary password; the user must choose their own at next login."""
    with acting(db, actor, Permission.MANAGE_USERS) as work:
        user = _target(work, user_id)
        check_password(new_password, user.username)
        user.password_hash = hash_password(new_password)
        user.must_change_password = user.id != actor.user_id
        user.failed_logins = 0
        user.locked_until = None
        work.audit(
            "user.reset_password",
            "user",
            user.id,
            after={"must_change_password": user.must_change_password},
        )
        return _info(user)


def change_own_password(db: Database, actor: Actor, current: str, new_password: str) -> Actor:
    with acting(db, actor) as work:
        user = _target(work, actor.user_id)
        if not verify_password(user.password_hash, current):
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "The current password is wrong."), "current"
            )
        check_password(new_password, user.username, "new_password")
        if new_password == current:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "messages", "Choose a new password that differs from the current one."
                ),
                "new_password",
            )
        user.password_hash = hash_password(new_password)
        user.must_change_password = False
        work.audit("user.change_password", "user", user.id)
        return actor_for(user)


def verify_actor_password(db: Database, actor: Actor, password: str) -> Actor:
    """Unlocking an idle desk: the same checks and lock-out as a login, for the same user."""
    return authenticate(db, actor.username, password)
