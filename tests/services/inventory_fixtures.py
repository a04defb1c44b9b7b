"""Things in the store room for inventory tests: places, equipment and consumables put in as
rows, and stock received through the ledger (desktop.services.inventory_ledger) in an
`acting` unit, the one way quantities change. Other inventory tests may use these too.

Also people and a cohort with materials, for loans, handovers and issuing.
"""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from desktop.domain.choices import ParticipantStatus
from desktop.domain.enrolment import HOLDS_SEAT, EnrolmentStatus
from desktop.domain.inventory import MILLI, Condition, ItemKind, MovementKind, Unit, name_key
from desktop.domain.roles import Permission
from desktop.services.context import Actor, acting
from desktop.services.inventory_ledger import lock_items, post
from desktop.store.database import Database
from desktop.store.inventory import Item, Location, StockMovement
from desktop.store.models import AuditEntry, Programme
from desktop.store.participants import Participant
from desktop.store.training import Cohort, Enrolment, ProgrammeMaterial

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)  # a Monday, 09:00 in Jakarta
TODAY = date(2026, 11, 23)
_numbers = itertools.count(1)


@pytest.fixture
def desk(demo_db: Database, admin: Actor) -> Database:
    """The demo centre at a fixed moment."""
    demo_db.clock = lambda: NOW
    return demo_db


# -- places and items -----------------------------------------------------------------------


def add_location(db: Database, name: str = "", branch: str = "") -> int:
    name = name or f"Ruang {next(_numbers)}"
    with db.sessions.begin() as session:
        place = Location(
            name=name, branch=branch, key=f"{name_key(branch)}|{name_key(name)}", active=True
        )
        session.add(place)
        session.flush()
        return place.id


def add_item(
    db: Database,
    kind: ItemKind,
    name: str,
    unit: Unit = Unit.PIECE,
    *,
    asset_tag: str | None = None,
    serial_number: str = "",
    condition: Condition | None = None,
    active: bool = True,
) -> int:
    with db.sessions.begin() as session:
        item = Item(
            kind=kind.value,
            name=name,
            name_key=name_key(name),
            unit=unit.value,
            asset_tag=asset_tag,
            serial_number=serial_number,
            condition=condition.value if condition else None,
            active=active,
            version=1,
        )
        session.add(item)
        session.flush()
        return item.id


def receive(
    db: Database,
    actor: Actor,
    item_id: int,
    location_id: int,
    quantity_milli: int,
    on: date = date(2026, 10, 1),
) -> None:
    """A donation received, through the ledger."""
    with acting(db, actor, Permission.MANAGE_INVENTORY) as work:
        item = lock_items(work, [item_id])[item_id]
        post(work, item, location_id, quantity_milli, MovementKind.DONATED, on, "Donasi")


def add_machine(
    db: Database, actor: Actor, location_id: int, name: str = "Mesin jahit Butterfly"
) -> int:
    """A sewing machine with its asset tag, received at `location_id`."""
    number = next(_numbers)
    machine = add_item(
        db,
        ItemKind.EQUIPMENT,
        f"{name} {number}",
        asset_tag=f"UJI-{number:05d}",  # the demo tags its own INV-00001…
        serial_number=f"SN-{number}",
        condition=Condition.GOOD,
    )
    receive(db, actor, machine, location_id, MILLI)
    return machine


def add_stock(
    db: Database,
    actor: Actor,
    location_id: int,
    name: str,
    unit: Unit,
    quantity_milli: int,
) -> int:
    """A consumable with `quantity_milli` received at `location_id` (none when 0)."""
    item = add_item(db, ItemKind.CONSUMABLE, name, unit)
    if quantity_milli:
        receive(db, actor, item, location_id, quantity_milli)
    return item


def stock(db: Database, item_id: int, location_id: int | None = None) -> int:
    with db.sessions() as session:
        query = select(func.coalesce(func.sum(StockMovement.quantity_milli), 0)).where(
            StockMovement.item_id == item_id
        )
        if location_id is not None:
            query = query.where(StockMovement.location_id == location_id)
        return int(session.scalar(query) or 0)


def movements(db: Database, item_id: int) -> list[StockMovement]:
    with db.sessions() as session:
        return list(
            session.scalars(
                select(StockMovement)
                .where(StockMovement.item_id == item_id)
                .order_by(StockMovement.id)
            )
        )


def audit_actions(db: Database, prefix: str) -> list[AuditEntry]:
    with db.sessions() as session:
        return list(
            session.scalars(
                select(AuditEntry)
                .where(AuditEntry.action.like(f"{prefix}%"))
                .order_by(AuditEntry.id)
            )
        )


# -- people and cohorts ---------------------------------------------------------------------


def add_person(db: Database, name: str = "", **values: object) -> int:
    name = name or f"Peserta {next(_numbers)}"
    with db.sessions.begin() as session:
        person = Participant(
            full_name=name,
            name_sort=name.lower(),
            name_key=name.lower(),
            birth_date=date(1990, 5, 17),
            sex="P",
            status=ParticipantStatus.ACTIVE.value,
            created_at=NOW,
            updated_at=NOW,
            **values,
        )
        session.add(person)
        session.flush()
        return person.id


def add_cohort(
    db: Database,
    materials: list[tuple[str, str, str]],
    *,
    seated: int = 0,
    others: dict[EnrolmentStatus, int] | None = None,
) -> tuple[int, list[int]]:
    """A programme with `materials` (name, unit, per participant) and a cohort of it with
    `seated` people holding a seat (accepted) and `others` in other states. Returns the
    cohort's id and the materials' ids in order."""
    number = next(_numbers)
    states = [EnrolmentStatus.ACCEPTED] * seated
    for status, count in (others or {}).items():
        states += [status] * count
    people = [add_person(db) for _ in states]
    with db.sessions.begin() as session:
        programme = Programme(
            code=f"M{number}", name=f"Menjahit {number}", skill_area="Menjahit", hours_jp=40
        )
        session.add(programme)
        session.flush()
        rows = [
            ProgrammeMaterial(
                programme_id=programme.id,
                position=position,
                name=name,
                unit=unit,
                per_participant=Decimal(per),
            )
            for position, (name, unit, per) in enumerate(materials, start=1)
        ]
        session.add_all(rows)
        start = TODAY + timedelta(days=7)
        cohort = Cohort(
            programme_id=programme.id,
            code=f"MJ-{number}",
            year=2026,
            sequence=number,
            start_date=start,
            end_date=start + timedelta(days=60),
            capacity=30,
            seats_taken=sum(status in HOLDS_SEAT for status in states),
            funding="apbn",
            status="open",
        )
        session.add(cohort)
        session.flush()
        session.add_all(
            Enrolment(
                participant_id=person,
                cohort_id=cohort.id,
                programme_id=programme.id,
                status=status.value,
                holds_seat=status in HOLDS_SEAT,
            )
            for person, status in zip(people, states, strict=True)
        )
        return cohort.id, [row.id for row in rows]
