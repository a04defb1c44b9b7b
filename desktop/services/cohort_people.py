"""What the cohort form chooses from: the accounts that may teach a cohort and the programmes a
new cohort can belong to. Reading only; the cohort services check the choices again on save.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import or_, select

from desktop.domain.roles import Permission, Role
from desktop.services.cohort_checks import TEACHING_ROLES
from desktop.services.context import Actor, acting
from desktop.store.database import Database
from desktop.store.models import Programme, User


@dataclass(frozen=True)
class Teacher:
    """An account the cohort form lists as a possible instructor. `may_teach` is False only
    for a cohort's own instructor whose account was disabled or given another role since."""

    user_id: int
    full_name: str
    role: Role
    may_teach: bool


@dataclass(frozen=True)
class ProgrammeChoice:
    id: int
    code: str
    name: str
    default_capacity: int


def list_teachers(db: Database, actor: Actor, keep: Collection[int] = ()) -> list[Teacher]:
    """Active instructors and administrators by name; and the accounts in `keep` (a cohort's
    instructors) whatever they are now, so that a form still shows who was chosen."""
    with acting(db, actor, Permission.VIEW_PROGRAMMES, read_only=True) as work:
        can_teach = (User.active == True) & User.role.in_(TEACHING_ROLES)  # noqa: E712 (SQL)
        wanted = or_(can_teach, User.id.in_(list(keep))) if keep else can_teach
        users = work.session.scalars(select(User).where(wanted).order_by(User.full_name, User.id))
        return [
            Teacher(
                user_id=user.id,
                full_name=user.full_name,
                role=Role(user.role),
                may_teach=user.active and user.role in TEACHING_ROLES,
            )
            for user in users
        ]


def list_programme_choices(db: Database, actor: Actor) -> list[ProgrammeChoice]:
    """The programmes still offered, by name, with the capacity a new cohort starts from."""
    with acting(db, actor, Permission.VIEW_PROGRAMMES, read_only=True) as work:
        rows = work.session.execute(
            select(Programme.id, Programme.code, Programme.name, Programme.default_capacity)
            .where(Programme.active == True)  # noqa: E712 (SQL, not Python)
            .order_by(Programme.name, Programme.id)
        )
        return [ProgrammeChoice(row.id, row.code, row.name, row.default_capacity) for row in rows]
