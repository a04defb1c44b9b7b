"""Four desks working at the same moment on one database (one SQLite file, and the PostgreSQL
server), each in its own process (tests/reliability/desk_worker.py): registering people, the
same walk-in at every desk, taking the last seats of small cohorts, handing out and moving the
last metres of fabric, and issuing the certificates of one cohort that every desk is issuing.

Afterwards the invariants hold: nobody crashed (a refusal the clerk reads, such as "no fabric
left", is expected and counted; anything else is a failure), no cohort has more people holding
a seat than it has seats (and its counter agrees), one record per NIK, one certificate per
person, certificate and handover (BAST) numbers unique and gap-free per year, stock never
negative anywhere and equal to what the desks did, and an audit entry for every change.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
import time
from dataclasses import asdict
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.domain.inventory import MILLI, ItemKind, MovementKind, Unit
from desktop.services import certificate_issue, inventory_items, inventory_moves
from desktop.services.accounts import authenticate
from desktop.services.demo import build_demo
from desktop.services.inventory_items import ItemInput
from desktop.store.database import Database
from desktop.store.inventory import Location
from desktop.store.models import Programme
from desktop.store.training import Cohort
from tests.reliability import desk_invariants
from tests.reliability.desk_worker import Plan

ROOT = Path(__file__).resolve().parents[2]
DESKS = 4
ROUNDS = 10
SHARED_PEOPLE = 3
SEAT_COHORTS = 3
SEATS = 3  # per cohort: 9 seats for 40 people
STOCK = 20  # metres of fabric at the store room, for 40 handovers and 28 moves
WORKER_TIMEOUT_S = 300


def _set_up(db: Database, folder: Path) -> Plan:
    """The demo centre, plus small cohorts of a programme without rules, and fabric."""
    build_demo(db, 40)
    admin = authenticate(db, "admin", "admin-demo")
    start = db.clock().date() + timedelta(days=60)
    with db.sessions.begin() as session:
        programme = Programme(code="DSK", name="Menjahit Cepat", skill_area="Menjahit", hours_jp=40)
        session.add(programme)
        session.flush()
        cohorts = [
            Cohort(
                programme_id=programme.id,
                code=f"DSK-{start.year}-{number:02d}",
                year=start.year,
                sequence=number,
                start_date=start,
                end_date=start + timedelta(days=30),
                capacity=SEATS,
                funding="apbn",
                status="open",
            )
            for number in range(1, SEAT_COHORTS + 1)
        ]
        session.add_all(cohorts)
        session.flush()
        cohort_ids = [cohort.id for cohort in cohorts]
        places = dict(session.execute(select(Location.name, Location.id)).all())
        finished = session.scalar(select(Cohort.id).where(Cohort.status == "finished"))
    assert finished is not None
    item = inventory_items.create_item(
        db, admin, ItemInput(kind=ItemKind.CONSUMABLE, name="Kain uji", unit=Unit.METRE)
    )
    inventory_moves.receive(
        db,
        admin,
        item,
        places["Gudang"],
        STOCK * MILLI,
        MovementKind.PURCHASED,
        db.clock().astimezone().date(),
    )
    eligible = [
        c.enrolment_id for c in certificate_issue.candidates(db, admin, finished) if c.eligible
    ]
    # Desks start at DESKS evenly spaced places of the list and take one a round: with this
    # many rounds, every person is reached by at least two desks.
    assert math.ceil(len(eligible) / DESKS) * 2 <= ROUNDS, len(eligible)
    return Plan(
        url=db.engine.url.render_as_string(hide_password=False),
        folder=str(folder),
        desks=DESKS,
        rounds=ROUNDS,
        shared_people=SHARED_PEOPLE,
        seat_cohorts=cohort_ids,
        certificate_cohort=finished,
        certificate_enrolments=eligible,
        item=item,
        gudang=places["Gudang"],
        jahit=places["Ruang Jahit"],
    )


def _run_desks(plan: Plan, folder: Path) -> list[dict[str, Any]]:
    """Start the desks, let them all go at once, and read what each did."""
    plan_file = folder / "plan.json"
    plan_file.write_text(json.dumps(asdict(plan)))
    logs = [(folder / f"desk-{index}.log").open("w") for index in range(DESKS)]
    desks = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.desk_worker", str(plan_file), str(index)],
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        for index, log in enumerate(logs)
    ]
    try:
        deadline = time.monotonic() + WORKER_TIMEOUT_S
        while not all((folder / f"ready-{index}").exists() for index in range(DESKS)):
            assert all(desk.poll() is None for desk in desks), _logs(folder)
            assert time.monotonic() < deadline, "the desks never got ready"
            time.sleep(0.01)
        (folder / "go").touch()
        codes = [desk.wait(timeout=WORKER_TIMEOUT_S) for desk in desks]
    finally:
        for desk in desks:
            if desk.poll() is None:
                desk.kill()
                desk.wait()
        for log in logs:
            log.close()
    assert codes == [0] * DESKS, _logs(folder)
    return [json.loads((folder / f"result-{index}.json").read_text()) for index in range(DESKS)]


def _logs(folder: Path) -> str:
    return "\n".join(
        f"--- {path.name}\n{path.read_text()}" for path in sorted(folder.glob("desk-*.log"))
    )


def test_desks_at_once_keep_every_invariant(db: Database, tmp_path: Path) -> None:
    plan = _set_up(db, tmp_path)
    before = desk_invariants.before(db, plan)

    results = _run_desks(plan, tmp_path)

    desk_invariants.check_all(db, plan, before, results)
    # Seen with -s: how hard the desks raced, and where their time went.
    print("refused:", dict(desk_invariants.refusals(results)))
    print("seconds:", [result["seconds"] for result in results])
