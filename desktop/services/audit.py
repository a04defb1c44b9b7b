"""Browsing the audit log (admins only). Entries are written by `Work.audit` in every service."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, or_, select

from desktop.domain.roles import Permission
from desktop.domain.text import storable
from desktop.services.context import Actor, acting
from desktop.store.database import Database
from desktop.store.models import AuditEntry


@dataclass(frozen=True)
class AuditFilter:
    username: str = ""
    action: str = ""  # an exact action, or a prefix ending in "." such as "user."
    # Any of these, each written like `action`: how the log page offers groups of actions
    # such as logins ("login", "login.") or the centre and its settings ("centre.", "settings.").
    actions: tuple[str, ...] = ()
    text: str = ""  # found in the user name, action, entity or entity id
    date_from: date | None = None
    date_to: date | None = None  # inclusive


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    username: str
    action: str
    entity: str
    entity_id: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def _query(audit_filter: AuditFilter) -> Select[int]:
    query = select(AuditEntry.id)
    # PostgreSQL refuses NUL in text; no stored value holds one, so nothing can match it.
    # `replace` keeps every other field (actions, dates) as given.
    f = replace(
        audit_filter,
        username=storable(audit_filter.username),
        action=storable(audit_filter.action),
        actions=tuple(storable(a) for a in audit_filter.actions),
        text=storable(audit_filter.text),
    )
    if f.username:
        query = query.where(AuditEntry.username == f.username.strip().lower())
    if f.action:
        query = query.where(_action_is(f.action))
    if f.actions:
        query = query.where(or_(*(_action_is(action) for action in f.actions)))
    if f.text.strip():
        term = f.text.strip()
        query = query.where(
            or_(
                AuditEntry.username.contains(term, autoescape=True),
                AuditEntry.action.contains(term, autoescape=True),
                AuditEntry.entity.contains(term, autoescape=True),
                AuditEntry.entity_id == term,
            )
        )
    # Dates are the desk's calendar days; entries are stored in UTC.
    if f.date_from is not None:
        query = query.where(AuditEntry.at >= _local_midnight(f.date_from))
    if f.date_to is not None:
        query = query.where(AuditEntry.at < _local_midnight(f.date_to + timedelta(days=1)))
    return query.order_by(AuditEntry.at.desc(), AuditEntry.id.desc())


def _action_is(action: str) -> ColumnElement[bool]:
    if action.endswith("."):
        return AuditEntry.action.startswith(action, autoescape=True)
    return AuditEntry.action == action


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time.min).astimezone()


def search_ids(db: Database, actor: Actor, audit_filter: AuditFilter) -> list[int]:
    """IDs of matching entries, newest first; rows are fetched as the table shows them."""
    with acting(db, actor, Permission.VIEW_AUDIT, read_only=True) as work:
        return list(work.session.scalars(_query(audit_filter)))


def fetch(db: Database, actor: Actor, ids: Sequence[int]) -> list[AuditRow]:
    """The entries with these IDs, in the order given."""
    with acting(db, actor, Permission.VIEW_AUDIT, read_only=True) as work:
        entries = work.session.scalars(select(AuditEntry).where(AuditEntry.id.in_(ids)))
        by_id = {
            e.id: AuditRow(
                e.id, e.at, e.username, e.action, e.entity, e.entity_id, e.before, e.after
            )
            for e in entries
        }
    return [by_id[i] for i in ids if i in by_id]


def usernames(db: Database, actor: Actor) -> list[str]:
    with acting(db, actor, Permission.VIEW_AUDIT, read_only=True) as work:
        return list(
            work.session.scalars(
                select(AuditEntry.username).distinct().order_by(AuditEntry.username)
            )
        )


def actions(db: Database, actor: Actor) -> list[str]:
    with acting(db, actor, Permission.VIEW_AUDIT, read_only=True) as work:
        return list(
            work.session.scalars(select(AuditEntry.action).distinct().order_by(AuditEntry.action))
        )
