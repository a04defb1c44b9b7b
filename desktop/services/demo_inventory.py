"""The demo centre's equipment and materials: four places, sewing machines and laptops tagged
one by one (some given by the demo textile company, recorded as its in-kind contribution),
fabric, thread, seed and fertiliser with reorder levels (the thread running low), and a few
moves, a write-off, a machine waiting for repair. Everything goes through the same services
as a desk, so the ledger, the audit log and the sponsor's record agree; the same `today`
always gives the same inventory (asset tags INV-00001 onwards, in this module's order).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from desktop.domain.enrolment import EnrolmentStatus
from desktop.domain.inventory import MILLI, Condition, ItemKind, MovementKind, Unit, name_key
from desktop.services import inventory_items as items
from desktop.services import inventory_loans, inventory_locations, inventory_moves
from desktop.services.context import Actor, acting
from desktop.services.sponsor_contributions import InKindInput, InKindLine, record_in_kind
from desktop.store.database import Database
from desktop.store.participants import Participant
from desktop.store.training import Enrolment, Sponsor

PLACES = ("Gudang", "Ruang Jahit", "Ruang Komputer", "Kebun Praktik")
GIVER = "PT Sandang Nusantara"  # the demo's textile company (services.demo_cohorts)
M = MILLI


@dataclass(frozen=True)
class DemoItem:
    name: str
    kind: ItemKind
    unit: Unit
    place: str
    quantity: int  # thousandths of the unit received (equipment: 1000)
    value_rupiah: int  # equipment: each; consumables: one unit
    received_days_ago: int
    donated: bool = False  # by GIVER, when the demo has it
    serial: str = ""
    reorder: int = 0


def _machines() -> list[DemoItem]:
    machines = [
        DemoItem(
            "Mesin jahit Butterfly JH-8190",
            ItemKind.EQUIPMENT,
            Unit.PIECE,
            "Ruang Jahit",
            M,
            2_350_000,
            240,
            donated=True,
            serial=f"BF8190-2026{n:04d}",
        )
        for n in (1117, 1118, 1119, 1120)
    ]
    machines.append(
        DemoItem(
            "Mesin obras Typical GN794D",
            ItemKind.EQUIPMENT,
            Unit.PIECE,
            "Ruang Jahit",
            M,
            3_900_000,
            240,
            donated=True,
            serial="GN794D-55120",
        )
    )
    laptops = [
        DemoItem(
            "Laptop Lenovo IdeaPad Slim 3",
            ItemKind.EQUIPMENT,
            Unit.PIECE,
            "Ruang Komputer",
            M,
            7_250_000,
            150,
            serial=f"PF4K{n}XQ",
        )
        for n in ("2L7", "2L9", "3A1")
    ]
    others = [
        DemoItem(
            "Proyektor Epson EB-X500",
            ItemKind.EQUIPMENT,
            Unit.PIECE,
            "Ruang Komputer",
            M,
            6_100_000,
            150,
            serial="X5K0912345",
        ),
        DemoItem(
            "Sprayer punggung 16 liter",
            ItemKind.EQUIPMENT,
            Unit.PIECE,
            "Kebun Praktik",
            M,
            450_000,
            90,
        ),
    ]
    return [*machines, *laptops, *others]


def _materials() -> list[DemoItem]:
    c = ItemKind.CONSUMABLE
    return [
        DemoItem(
            "Kain katun",
            c,
            Unit.METRE,
            "Gudang",
            120 * M,
            28_000,
            200,
            donated=True,
            reorder=40 * M,
        ),
        DemoItem("Kain drill", c, Unit.METRE, "Gudang", 60 * M, 35_000, 200, reorder=20 * M),
        DemoItem("Benang jahit", c, Unit.ROLL, "Gudang", 24 * M, 6_500, 200, reorder=30 * M),
        DemoItem(
            "Benih cabai rawit", c, Unit.PACK, "Kebun Praktik", 40 * M, 15_000, 60, reorder=10 * M
        ),
        DemoItem("Benih sawi hijau", c, Unit.KG, "Kebun Praktik", 2500, 120_000, 60, reorder=500),
        DemoItem("Pupuk kompos", c, Unit.KG, "Kebun Praktik", 250 * M, 1_500, 60, reorder=50 * M),
        DemoItem("Pupuk NPK Mutiara", c, Unit.KG, "Gudang", 50 * M, 16_000, 60, reorder=10 * M),
    ]


DEMO_ITEMS: tuple[DemoItem, ...] = (*_machines(), *_materials())


def build_demo_inventory(db: Database, actor: Actor, today: date) -> None:
    """Add the demo's places and things as `actor` (an administrator), dated before `today`."""
    places = {name: inventory_locations.create_location(db, actor, name).id for name in PLACES}
    giver = _giver(db, actor)
    ids: dict[int, int] = {}
    for index, plan in enumerate(DEMO_ITEMS):
        ids[index] = items.create_item(db, actor, _input(plan, giver, today))
    _receive(db, actor, places, ids, giver, today)
    kain, benang = _index("Kain katun"), _index("Benang jahit")
    moved_on = today - timedelta(days=30)
    inventory_moves.move(
        db,
        actor,
        ids[kain],
        places["Gudang"],
        places["Ruang Jahit"],
        45 * M,
        moved_on,
        "Untuk kelas Menjahit Pakaian Dasar",
    )
    inventory_moves.move(
        db,
        actor,
        ids[benang],
        places["Gudang"],
        places["Ruang Jahit"],
        12 * M,
        moved_on,
        "Untuk kelas Menjahit Pakaian Dasar",
    )
    inventory_moves.write_off(
        db,
        actor,
        ids[kain],
        places["Ruang Jahit"],
        2500,
        MovementKind.DAMAGED,
        today - timedelta(days=12),
        "Terkena tumpahan cat saat ruang dicat ulang",
    )
    machine = ids[_index("Mesin jahit Butterfly JH-8190")]
    items.set_condition(db, actor, machine, Condition.NEEDS_REPAIR)
    items.add_note(
        db,
        actor,
        machine,
        today - timedelta(days=5),
        "Jarum sering patah; sepatu jahit perlu diganti. Menunggu teknisi.",
    )
    _loans(db, actor, places, ids, today)


def _loans(
    db: Database, actor: Actor, places: dict[str, int], ids: dict[int, int], today: date
) -> None:
    """Two graduates with machines to start sewing at home, one of them late bringing hers
    back, and a starter kit of fabric handed over for good (the Loans page and the attention
    line have something to show)."""
    people = _graduates(db, actor)
    if len(people) < 2:
        return
    machines = [i for i, plan in enumerate(DEMO_ITEMS) if plan.name.startswith("Mesin jahit")]
    late, lent = ids[machines[-1]], ids[machines[-2]]
    room = places["Ruang Jahit"]
    inventory_loans.lend(
        db, actor, late, people[0], room, today - timedelta(days=60),
        today - timedelta(days=9), Condition.GOOD, "Modal usaha jahit di rumah",
    )  # fmt: skip
    inventory_loans.lend(
        db, actor, lent, people[1], room, today - timedelta(days=20),
        today + timedelta(days=70), Condition.GOOD, "Modal usaha jahit di rumah",
    )  # fmt: skip
    inventory_loans.hand_over(
        db, actor, ids[_index("Kain katun")], people[1], room, 3 * M,
        today - timedelta(days=20), "Paket usaha: kain untuk pesanan pertama",
    )  # fmt: skip


def _graduates(db: Database, actor: Actor) -> list[int]:
    """Two people who finished a course, or any two people when none has yet."""
    with acting(db, actor, read_only=True) as work:
        done = select(Enrolment.participant_id).where(
            Enrolment.status == EnrolmentStatus.COMPLETED.value
        )
        people = list(work.session.scalars(done.order_by(Enrolment.id).limit(2)))
        if len(people) < 2:
            people = list(
                work.session.scalars(select(Participant.id).order_by(Participant.id).limit(2))
            )
        return people


def _index(name: str) -> int:
    return next(i for i, plan in enumerate(DEMO_ITEMS) if plan.name == name)


def _giver(db: Database, actor: Actor) -> int | None:
    """The demo textile company, when the demo has its sponsors (a demo without people has
    none: its things are then simply donations)."""
    with acting(db, actor, read_only=True) as work:
        return work.session.scalar(select(Sponsor.id).where(Sponsor.name_key == name_key(GIVER)))


def _input(plan: DemoItem, giver: int | None, today: date) -> items.ItemInput:
    equipment = plan.kind is ItemKind.EQUIPMENT
    return items.ItemInput(
        kind=plan.kind,
        name=plan.name,
        unit=plan.unit,
        reorder_milli=plan.reorder,
        serial_number=plan.serial,
        sponsor_id=giver if plan.donated and equipment else None,
        received_on=today - timedelta(days=plan.received_days_ago) if equipment else None,
        value_rupiah=plan.value_rupiah,
    )


def _line_value(plan: DemoItem) -> int:
    return plan.value_rupiah * plan.quantity // M


def _receive(
    db: Database,
    actor: Actor,
    places: dict[str, int],
    ids: dict[int, int],
    giver: int | None,
    today: date,
) -> None:
    """The sponsor's things as one in-kind contribution (when the demo has the sponsor), the
    rest as donations and purchases through the ledger."""
    given = [i for i, plan in enumerate(DEMO_ITEMS) if plan.donated and giver is not None]
    if giver is not None and given:
        lines = tuple(
            InKindLine(
                ids[i],
                places[DEMO_ITEMS[i].place],
                DEMO_ITEMS[i].quantity,
                _line_value(DEMO_ITEMS[i]),
            )
            for i in given
        )
        received_on = today - timedelta(days=DEMO_ITEMS[given[0]].received_days_ago)
        record_in_kind(
            db,
            actor,
            giver,
            InKindInput(
                received_on,
                lines,
                description=(
                    "Hibah mesin jahit dan kain untuk pelatihan menjahit (CSR PT Sandang Nusantara)"
                ),
            ),
        )
    for index, plan in enumerate(DEMO_ITEMS):
        if index in given:
            continue
        kind = MovementKind.DONATED if plan.donated else MovementKind.PURCHASED
        inventory_moves.receive(
            db,
            actor,
            ids[index],
            places[plan.place],
            plan.quantity,
            kind,
            today - timedelta(days=plan.received_days_ago),
            value_rupiah=_line_value(plan),
        )
