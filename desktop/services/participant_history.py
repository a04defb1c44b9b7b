"""One participant's history: who registered, changed, judged or merged the record, and when.

The people at the desk need it (a clerk who finds a wrong village wants to know who changed it
and from what), but the audit log itself stays with admins: it holds every account's logins and
every record's values. So this reads only the entries about one participant, for anyone who
may view participants, and returns what changed field by field with the identity numbers
masked as the participant list masks them for roles that may not see them, and changes of
sensitive data (disability, accommodations, social assistance) left out for roles that may not
see that (instructors).

Entries are read newest first through the audit log's (entity, entity_id) index, at most
`limit` of them, so a record with years of history opens as fast as a new one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import select

from desktop.domain.phone import display_phone
from desktop.domain.privacy import SENSITIVE_FIELDS
from desktop.domain.roles import Permission
from desktop.services.context import Actor, acting
from desktop.services.registry import mask_nik, mask_phone
from desktop.store.database import Database
from desktop.store.models import AuditEntry

HISTORY_MAX = 200
ENTITY = "participant"

# Bookkeeping written with every change, not a change of its own.
NOT_A_CHANGE = frozenset({"version"})


def _masked_number(value: Any) -> Any:
    return mask_nik(value) if isinstance(value, str) and value else value


def _masked_phone(value: Any) -> Any:
    return mask_phone(display_phone(value)) if isinstance(value, str) and value else value


def _shown_phone(value: Any) -> Any:
    return display_phone(value) if isinstance(value, str) and value else value


# How an identity number is shown to a role that may not see it: as the participant list does.
MASKED: dict[str, Callable[[Any], Any]] = {
    "nik": _masked_number,
    "kk_number": _masked_number,
    "phone": _masked_phone,
}
# Phones are stored as E.164 (+6281234567890) and shown as people write them.
SHOWN: dict[str, Callable[[Any], Any]] = {"phone": _shown_phone}
# Typed by an admin in their own words, which may quote a NIK ("same KTP 3203…"): left out
# for roles that may not see identity numbers, since no mask can find a number in prose.
FREE_TEXT = frozenset({"reason"})
# Health and social assistance: left out for roles without VIEW_SENSITIVE_DATA.
SENSITIVE = frozenset(SENSITIVE_FIELDS)


class FieldChange(NamedTuple):
    field: str  # a participant column ("occupation"), or a fact of the event ("kept_id")
    before: Any  # None when the event has no "before" (a consent, a merge)
    after: Any


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    username: str
    action: str
    changes: tuple[FieldChange, ...]


def _field_changes(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[FieldChange]:
    """The keys whose value differs, in the order the service wrote them."""
    keys = list(after) + [key for key in before if key not in after]
    return [
        FieldChange(key, before.get(key), after.get(key))
        for key in keys
        if key not in NOT_A_CHANGE and before.get(key) != after.get(key)
    ]


def _facts(after: Mapping[str, Any], keys: tuple[str, ...]) -> list[FieldChange]:
    return [FieldChange(key, None, after[key]) for key in keys if key in after]


def changes_of(
    action: str, before: Mapping[str, Any], after: Mapping[str, Any]
) -> list[FieldChange]:
    """What a person needs to read one event: every changed field of an edit, a few facts of
    the other events. A registration's whole snapshot, a merge's two snapshots and what was
    typed for a "same person" judgement are left out (they would bury the line); so are the
    entries of actions this version does not know."""
    if action == "participant.update":
        return _field_changes(before, after)
    if action == "participant.consent":
        return _facts(after, ("purposes", "method"))
    if action == "participant.photo":
        return _facts(after, ("photo",))
    if action == "participant.merge":
        return _facts(after, ("kept_id", "merged_id", "reason"))
    if action == "participant.different_person":
        return _facts(after, ("other_id",))
    return []


def _shown(change: FieldChange, identity: bool) -> FieldChange:
    how = SHOWN if identity else MASKED
    show = how.get(change.field)
    if show is None:
        return change
    return FieldChange(change.field, show(change.before), show(change.after))


def history(
    db: Database, actor: Actor, participant_id: int, limit: int = HISTORY_MAX
) -> list[HistoryEntry]:
    """The newest `limit` events of one participant's record, newest first."""
    with acting(db, actor, Permission.VIEW_PARTICIPANTS, read_only=True) as work:
        identity = actor.may(Permission.VIEW_IDENTITY_NUMBERS)
        sensitive = work.may(Permission.VIEW_SENSITIVE_DATA)
        query = (
            select(
                AuditEntry.at,
                AuditEntry.username,
                AuditEntry.action,
                AuditEntry.before,
                AuditEntry.after,
            )
            .where(AuditEntry.entity == ENTITY, AuditEntry.entity_id == str(participant_id))
            .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
            .limit(max(limit, 0))
        )
        rows = work.session.execute(query).all()
    return [
        HistoryEntry(
            at=row.at,
            username=row.username,
            action=row.action,
            changes=tuple(
                _shown(change, identity)
                for change in changes_of(row.action, row.before or {}, row.after or {})
                if (identity or change.field not in FREE_TEXT)
                and (sensitive or change.field not in SENSITIVE)
            ),
        )
        for row in rows
    ]
