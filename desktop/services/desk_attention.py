"""What an admin should hear about before anything else, besides stock and loans: people's
data requests about to fall due (the law gives the centre 3 × 24 hours), and a desk whose
automatic backups have stopped (a full disk, a folder taken away) — both silent otherwise."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select

from desktop.config import DeskConfig
from desktop.domain.privacy import DUE_AFTER, RequestStatus
from desktop.domain.roles import Permission
from desktop.services.backups import list_backups
from desktop.services.context import Actor, acting
from desktop.services.desk_backups import backup_target
from desktop.store.database import Database
from desktop.store.models import AuditEntry
from desktop.store.privacy import DataRequest

# A request is worth a line once less than this is left to answer it (or it is overdue).
DUE_SOON = timedelta(hours=24)
# Backups are made at every exit and daily: two days without one means they are failing.
BACKUP_STALE = timedelta(days=2)


@dataclass(frozen=True)
class DeskAttention:
    requests_due: int = 0  # open data requests overdue or due within DUE_SOON
    backup_days: int | None = None  # days since this desk's newest backup, when stale

    @property
    def any(self) -> bool:
        return bool(self.requests_due) or self.backup_days is not None


def desk_attention(db: Database, actor: Actor, config: DeskConfig, now: datetime) -> DeskAttention:
    return DeskAttention(
        requests_due=_requests_due(db, actor, now),
        backup_days=_stale_backup_days(db, actor, config, now),
    )


def _requests_due(db: Database, actor: Actor, now: datetime) -> int:
    if not actor.may(Permission.HANDLE_DATA_REQUESTS):
        return 0
    with acting(db, actor, Permission.HANDLE_DATA_REQUESTS, read_only=True) as work:
        # Received before this moment, the request is due before now + DUE_SOON.
        received_before = now + DUE_SOON - DUE_AFTER
        count = work.session.scalar(
            select(func.count(DataRequest.id)).where(
                DataRequest.status == RequestStatus.OPEN.value,
                DataRequest.received_at <= received_before,
            )
        )
    return int(count or 0)


def _stale_backup_days(db: Database, actor: Actor, config: DeskConfig, now: datetime) -> int | None:
    """None on a server (its own routine backs it up) or when backups are recent. With no
    backup at all, counted from the first thing done in this database: a new desk is not
    warned in the moments before its first daily backup."""
    if not actor.may(Permission.MANAGE_SETTINGS):
        return None
    target = backup_target(db.url, config)
    if target is None:
        return None
    backups = list_backups(target[1])
    if backups:
        since = backups[0].taken_at
    else:
        with db.sessions() as session:
            first = session.scalar(select(func.min(AuditEntry.at)))
        if first is None:
            return None
        since = first
    age = now - since
    return age.days if age >= BACKUP_STALE else None
