"""Places things are kept (admins): the store room, the sewing room, a cupboard at a branch.

A place is never entered twice (names that differ only in case or spacing, at the same branch,
are the same place: a unique key refuses the twin, also when two desks add it at once). A place
that still holds stock cannot be closed: its things would vanish from every count.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.domain.errors import Conflict, NotFound
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.inventory import clean_line, name_key
from desktop.domain.roles import Permission
from desktop.services.context import Actor, acting
from desktop.services.inventory_ledger import place_name
from desktop.store.database import Database
from desktop.store.inventory import Location, StockMovement

NAME_MAX = 100


@dataclass(frozen=True)
class LocationRow:
    id: int
    name: str
    branch: str
    active: bool
    label: str  # "Gudang (Cabang Sleman)"


def _row(place: Location) -> LocationRow:
    return LocationRow(place.id, place.name, place.branch, place.active, place_name(place))


def list_locations(db: Database, actor: Actor, include_inactive: bool = False) -> list[LocationRow]:
    """Every place by branch and name."""
    with acting(db, actor, Permission.MANAGE_INVENTORY, read_only=True) as work:
        query = select(Location).order_by(Location.branch, Location.name, Location.id)
        if not include_inactive:
            query = query.where(Location.active.is_(True))
        return [_row(place) for place in work.session.scalars(query)]


def _cleaned(name: str, branch: str) -> tuple[str, str, str]:
    clean = clean_line(
        name, "name", NAME_MAX, required=QT_TRANSLATE_NOOP("messages", "Enter the place's name.")
    )
    clean_branch = clean_line(branch, "branch", NAME_MAX)
    return clean, clean_branch, f"{name_key(clean_branch)}|{name_key(clean)}"


def _taken(label: str) -> Conflict:
    return Conflict(
        QT_TRANSLATE_NOOP("messages", "The place {name} is already on record."),
        "name",
        name=label,
    )


def create_location(db: Database, actor: Actor, name: str, branch: str = "") -> LocationRow:
    """Add a place. Refused (field "name") when the name is empty or already on record."""
    clean, clean_branch, key = _cleaned(name, branch)
    try:
        with acting(db, actor, Permission.MANAGE_INVENTORY) as work:
            twin = work.session.scalar(select(Location).where(Location.key == key))
            if twin is not None:
                raise _taken(place_name(twin))
            place = Location(
                name=clean, branch=clean_branch, key=key, active=True, created_at=work.now
            )
            work.session.add(place)
            work.session.flush()  # the unique key refuses a twin added at another desk
            work.audit(
                "location.create",
                "location",
                place.id,
                after={"name": clean, "branch": clean_branch},
            )
            return _row(place)
    except IntegrityError:
        raise _taken(clean) from None


def rename_location(
    db: Database, actor: Actor, location_id: int, name: str, branch: str = ""
) -> LocationRow:
    """Change a place's name or branch (its stock stays with it)."""
    clean, clean_branch, key = _cleaned(name, branch)
    try:
        with acting(db, actor, Permission.MANAGE_INVENTORY) as work:
            place = _locked(work.session, location_id)
            twin = work.session.scalar(
                select(Location).where(Location.key == key, Location.id != location_id)
            )
            if twin is not None:
                raise _taken(place_name(twin))
            before = {"name": place.name, "branch": place.branch}
            place.name, place.branch, place.key = clean, clean_branch, key
            work.session.flush()
            work.audit(
                "location.update",
                "location",
                place.id,
                before=before,
                after={"name": clean, "branch": clean_branch},
            )
            return _row(place)
    except IntegrityError:
        raise _taken(clean) from None


def set_location_active(db: Database, actor: Actor, location_id: int, active: bool) -> LocationRow:
    """Close a place no longer used, or open it again. A place still holding stock is refused
    with how many items it holds: move them first."""
    with acting(db, actor, Permission.MANAGE_INVENTORY) as work:
        place = _locked(work.session, location_id)
        if not active:
            held = work.session.scalar(
                select(func.count()).select_from(
                    select(StockMovement.item_id)
                    .where(StockMovement.location_id == location_id)
                    .group_by(StockMovement.item_id)
                    .having(func.sum(StockMovement.quantity_milli) != 0)
                    .subquery()
                )
            )
            if held:
                raise Conflict(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{location} still holds {count} items. Move them elsewhere before "
                        "closing it.",
                    ),
                    "location",
                    location=place_name(place),
                    count=held,
                )
        if place.active != active:
            place.active = active
            work.audit(
                "location.update",
                "location",
                place.id,
                before={"active": not active},
                after={"active": active},
            )
        return _row(place)


def _locked(session: Session, location_id: int) -> Location:
    place = session.get(Location, location_id, with_for_update=True)
    if place is None:
        raise NotFound(QT_TRANSLATE_NOOP("messages", "This location is no longer on record."))
    return place
