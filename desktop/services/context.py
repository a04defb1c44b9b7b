"""Who is acting, and the transaction every service call runs in.

Permissions are checked against the user's row as it is now in the database, not against what
the desk remembers from login: an account disabled or demoted at another desk loses its rights
on the next call.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.errors import PermissionDenied
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.roles import Permission, Role, role_may
from desktop.store.database import Database
from desktop.store.engine import WRITES
from desktop.store.models import AuditEntry, User


@dataclass(frozen=True)
class Actor:
    user_id: int
    username: str
    full_name: str
    role: Role
    must_change_password: bool = False

    def may(self, permission: Permission) -> bool:
        return role_may(self.role, permission)


@dataclass
class Work:
    """One unit of work: a session inside a transaction, and the audit writer for it."""

    db: Database
    session: Session
    actor: Actor | None
    # The actor's role as read at the start of this unit of work (None before login).
    role: Role | None = None

    @property
    def now(self) -> datetime:
        return self.db.clock()

    def current_role(self) -> Role:
        """The actor's role as it is now in the database (read by `acting` at the start)."""
        if self.role is None:
            assert self.actor is not None
            role = self.session.execute(
                select(User.role).where(User.id == self.actor.user_id)
            ).scalar_one()
            self.role = Role(role)
        return self.role

    def may(self, permission: Permission) -> bool:
        return role_may(self.current_role(), permission)

    def audit(
        self,
        action: str,
        entity: str,
        entity_id: object = "",
        before: dict[str, Any] | None = None,
        after: dict[str, Any] | None = None,
        username: str | None = None,
        user_id: int | None = None,
    ) -> None:
        self.session.add(
            AuditEntry(
                at=self.now,
                user_id=user_id if user_id is not None else (self.actor and self.actor.user_id),
                username=username or (self.actor.username if self.actor else ""),
                action=action,
                entity=entity,
                entity_id=str(entity_id),
                before=before,
                after=after,
            )
        )


@contextmanager
def _transaction(db: Database, read_only: bool) -> Iterator[Session]:
    """A session inside a transaction. One that may write tells the engine so before anything
    runs in it: SQLite then takes the write lock first, and a second desk or thread writing
    at the same moment waits instead of failing (see store.engine). Read-only calls (lists,
    searches, each keystroke) begin as before and never wait for a writer."""
    with db.sessions.begin() as session:
        if not read_only:
            session.connection(execution_options={WRITES: True})
        elif not db.is_sqlite:
            # PostgreSQL reads at READ COMMITTED, where each statement sees its own snapshot
            # inside a transaction too, so a read needs none: no BEGIN and COMMIT round trips
            # (two of the five a search keystroke made).
            session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})
        yield session


@contextmanager
def acting(
    db: Database, actor: Actor, permission: Permission | None = None, *, read_only: bool = False
) -> Iterator[Work]:
    """Run a service call as `actor`: checks the account and permission, commits at the end,
    rolls everything back (audit entries included) if anything raises. `read_only` for calls
    that only read: it must be true of everything they run."""
    with _transaction(db, read_only) as session:
        # Core, not session.get: the ORM's identity machinery costs ~0.5 ms a call, and every
        # keystroke in the participant list is a call.
        user = (
            session.connection()
            .execute(select(User.active, User.role).where(User.id == actor.user_id))
            .one_or_none()
        )
        if user is None or not user.active:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("messages", "Your account is disabled. Ask an administrator.")
            )
        if permission is not None and not role_may(Role(user.role), permission):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "messages", "You are not allowed to do this. Ask an administrator."
                )
            )
        yield Work(db=db, session=session, actor=actor, role=Role(user.role))


@contextmanager
def anonymous(db: Database, *, read_only: bool = False) -> Iterator[Work]:
    """A unit of work before anyone has logged in (login itself, first-start setup)."""
    with _transaction(db, read_only) as session:
        yield Work(db=db, session=session, actor=None)
