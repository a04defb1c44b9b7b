"""Printing asset labels for equipment (admins): the centre's name, the item's name, its asset
tag and serial number, and the tag as a QR code, on A4 label sheets
(desktop.documents.asset_labels).

Printing changes nothing, so it writes no audit entry (like the roster and the intake form).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from desktop.config import load_config
from desktop.documents.asset_labels import AssetLabel, render_asset_labels
from desktop.domain.errors import NotFound, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.inventory import ItemKind
from desktop.domain.roles import Permission
from desktop.services.context import Actor, acting
from desktop.store.database import Database
from desktop.store.inventory import Item
from desktop.store.models import Centre


def asset_labels(
    db: Database,
    actor: Actor,
    item_ids: Sequence[int],
    *,
    skip: int = 0,
    language: str | None = None,
) -> bytes:
    """The items' labels as a PDF, in the order given (each once). Refused when none is
    chosen, when one is no longer on record, or when one is a consumable (it has no tag).
    `skip` positions of the first sheet stay empty; `language` defaults to the desk's."""
    wanted = list(dict.fromkeys(item_ids))
    if not wanted:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Choose the equipment to print labels for."), "items"
        )
    with acting(db, actor, Permission.MANAGE_INVENTORY, read_only=True) as work:
        centre = work.session.scalar(select(Centre.name).order_by(Centre.id).limit(1)) or ""
        found = {
            item.id: item for item in work.session.scalars(select(Item).where(Item.id.in_(wanted)))
        }
    labels = []
    for item_id in wanted:
        item = found.get(item_id)
        if item is None:
            raise NotFound(QT_TRANSLATE_NOOP("messages", "This item is no longer on record."))
        if item.kind != ItemKind.EQUIPMENT.value or not item.asset_tag:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "messages", "{name} is a consumable: only equipment has an asset tag."
                ),
                "items",
                name=item.name,
            )
        labels.append(AssetLabel(centre, item.name, item.asset_tag, item.serial_number))
    return render_asset_labels(labels, language=language or load_config().language, skip=skip)
