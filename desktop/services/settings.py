"""Centre-wide settings kept in the database and shared by every desk."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.roles import Permission
from desktop.services.context import Actor, acting
from desktop.store.database import Database
from desktop.store.models import Setting

IDLE_LOCK_KEY = "idle_lock_minutes"
IDLE_LOCK_DEFAULT = 5
IDLE_LOCK_MAX = 240


@dataclass(frozen=True)
class CentreSettings:
    # Minutes without keyboard or mouse before a desk locks; 0 turns the lock off.
    idle_lock_minutes: int = IDLE_LOCK_DEFAULT


def get_settings(db: Database) -> CentreSettings:
    with db.sessions() as session:
        row = session.get(Setting, IDLE_LOCK_KEY)
    minutes = row.value if row is not None and isinstance(row.value, int) else IDLE_LOCK_DEFAULT
    return CentreSettings(idle_lock_minutes=minutes)


def update_settings(db: Database, actor: Actor, settings: CentreSettings) -> CentreSettings:
    minutes = settings.idle_lock_minutes
    if not 0 <= minutes <= IDLE_LOCK_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Choose between 0 (never lock) and {max} minutes."),
            "idle_lock_minutes",
            max=IDLE_LOCK_MAX,
        )
    with acting(db, actor, Permission.MANAGE_SETTINGS) as work:
        row = work.session.get(Setting, IDLE_LOCK_KEY)
        before = row.value if row is not None else IDLE_LOCK_DEFAULT
        if row is None:
            work.session.add(Setting(key=IDLE_LOCK_KEY, value=minutes))
        else:
            row.value = minutes
        work.audit(
            "settings.update",
            "setting",
            IDLE_LOCK_KEY,
            before={IDLE_LOCK_KEY: before},
            after={IDLE_LOCK_KEY: minutes},
        )
    return CentreSettings(idle_lock_minutes=minutes)
