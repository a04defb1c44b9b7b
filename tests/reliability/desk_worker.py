"""One desk of tests/reliability/test_concurrent_desks.py, run in its own process:

    python -m tests.reliability.desk_worker PLAN.json INDEX

It logs in like a desk, waits for the start signal (the plan's `go` file) so that every desk
starts at the same moment, then does what the desks of a busy morning do, round after round:
registers a person (and, in the first rounds, the same walk-in person every desk registers at
once), enrols them in a cohort with few seats, hands them a metre of fabric, moves or writes
off fabric, and issues a certificate of the finished cohort that other desks are issuing too.

Every call goes through the services exactly as the window calls them. What became of each call
is written to `result-INDEX.json` beside the plan: what was done (with the ids made), what was
refused with which message (PelitaError: told to the clerk), and any other error with its
traceback (a failure the clerk would see as a crash). The parent test judges it all.
"""

from __future__ import annotations

import json
import sys
import time
import traceback
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from desktop.domain.choices import ConsentMethod, ConsentPurpose
from desktop.domain.errors import PelitaError
from desktop.domain.inventory import MILLI, MovementKind
from desktop.domain.participant import ConsentInput, ParticipantInput
from desktop.services import certificate_issue, enrolment, inventory_moves, participants, passwords
from desktop.services.accounts import authenticate
from desktop.services.attendance_common import local_day
from desktop.services.context import Actor
from desktop.services.inventory_loans import hand_over
from desktop.services.participants import PossibleDuplicates
from desktop.store.database import Database, open_database

T = TypeVar("T")

VILLAGE = "32.03.22.2005"  # Bojongkaso, Agrabinta, Kabupaten Cianjur: NIKs begin 320322
FIRST_NAMES = ("Siti", "Dewi", "Ratna", "Wulan", "Sri", "Rina", "Nur", "Ayu")
LAST_NAMES = (
    "Aminah",
    "Lestari",
    "Rahayu",
    "Kartika",
    "Handayani",
    "Purnamasari",
    "Wahyuni",
    "Susanti",
    "Maharani",
    "Anggraini",
    "Permatasari",
    "Safitri",
    "Utami",
    "Fitriani",
    "Novitasari",
    "Damayanti",
)
CONSENT = ConsentInput(
    purposes=frozenset({ConsentPurpose.TRAINING}),
    method=ConsentMethod.SIGNED_PAPER,
    given_on=date(2026, 1, 5),
)
START_WAIT_S = 120.0


@dataclass(frozen=True)
class Plan:
    """What the parent set up, shared by every desk (written as JSON by the parent)."""

    url: str
    folder: str  # the go file and the results are here
    desks: int
    rounds: int
    shared_people: int  # walk-ins every desk registers at once, one per early round
    seat_cohorts: list[int]
    certificate_cohort: int
    certificate_enrolments: list[int]
    item: int
    gudang: int
    jahit: int

    @classmethod
    def read(cls, path: Path) -> Plan:
        return cls(**json.loads(path.read_text()))


@dataclass
class Outcomes:
    """What became of each call, by operation."""

    done: Counter[str] = field(default_factory=Counter)
    made: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    refused: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    unexpected: list[dict[str, str]] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=lambda: defaultdict(float))  # spent

    def attempt(self, operation: str, call: Callable[[], T]) -> T | None:
        """What `call` returned when it went through (counted as done); else None, with the
        refusal or the crash recorded."""
        started = time.perf_counter()
        try:
            value = call()
        except PelitaError as error:  # a refusal the desk shows the clerk
            self.refused[operation][f"{type(error).__name__}: {error.text}"] += 1
        except Exception:  # anything else reaches the clerk as a crash
            self.unexpected.append({"operation": operation, "traceback": traceback.format_exc()})
        else:
            self.done[operation] += 1
            return value
        finally:
            self.seconds[operation] += time.perf_counter() - started
        return None

    def as_json(self) -> dict[str, Any]:
        return {
            "done": dict(self.done),
            "made": dict(self.made),
            "refused": {operation: dict(texts) for operation, texts in self.refused.items()},
            "unexpected": self.unexpected,
            "seconds": {operation: round(spent, 3) for operation, spent in self.seconds.items()},
        }


def person(serial: int, born: date, name: str) -> ParticipantInput:
    """A woman of Bojongkaso; her NIK says her birth day (+40: a woman), month and year."""
    nik = f"320322{born.day + 40:02d}{born.month:02d}{born.year % 100:02d}{serial:04d}"
    return ParticipantInput(full_name=name, nik=nik, birth_place="Cianjur", village_code=VILLAGE)


def own_person(desk: int, round_: int) -> ParticipantInput:
    """Someone only this desk registers: a name, birth date and NIK of her own."""
    born = date(1975 + round_, 1 + desk % 12, 1 + desk // 12)
    name = f"{FIRST_NAMES[desk % len(FIRST_NAMES)]} {LAST_NAMES[round_ % len(LAST_NAMES)]}"
    return person(100 * (desk + 1) + round_, born, name)


def shared_person(number: int) -> ParticipantInput:
    """The walk-in every desk registers at the same moment."""
    return person(9000 + number, date(2001, 6, 1 + number), f"Yuliana Bersama {LAST_NAMES[number]}")


class Desk:
    def __init__(self, plan: Plan, index: int, db: Database) -> None:
        self.plan = plan
        self.index = index
        self.db = db
        self.clerk: Actor = authenticate(db, "petugas", "petugas-demo")
        self.admin: Actor = authenticate(db, "admin", "admin-demo")
        self.outcomes = Outcomes()

    def register(self, operation: str, data: ParticipantInput) -> int | None:
        def save() -> int:
            try:
                return participants.register(self.db, self.clerk, data, CONSENT).participant_id
            except PossibleDuplicates as likely:
                # The clerk looks at the list and says: these are other people.
                self.outcomes.done[f"{operation}.judged"] += 1
                judged = frozenset(candidate.id for candidate in likely.candidates)
                return participants.register(
                    self.db, self.clerk, data, CONSENT, different_from=judged, seen=likely.seen
                ).participant_id

        participant_id = self.outcomes.attempt(operation, save)
        if participant_id is not None:
            self.outcomes.made["participants"].append(participant_id)
        return participant_id

    def enrol(self, participant_id: int, round_: int) -> None:
        cohorts = self.plan.seat_cohorts
        cohort_id = cohorts[(self.index + round_) % len(cohorts)]
        enrolled = self.outcomes.attempt(
            "enrol", lambda: enrolment.enrol(self.db, self.clerk, participant_id, cohort_id)
        )
        if enrolled is not None:
            self.outcomes.done[f"enrol.{enrolled.status.value}"] += 1
            self.outcomes.made["enrolments"].append(enrolled.enrolment_id)

    def hand_over_fabric(self, participant_id: int) -> None:
        plan, today = self.plan, local_day(self.db.clock())
        loan = self.outcomes.attempt(
            "handover",
            lambda: hand_over(
                self.db, self.admin, plan.item, participant_id, plan.gudang, MILLI, today
            ),
        )
        if loan is not None:
            self.outcomes.made["loans"].append(loan.id)

    def move_or_write_off(self, round_: int) -> None:
        plan, today = self.plan, local_day(self.db.clock())
        if round_ % 3 == 2:  # one round in three: a metre at the sewing room is spoiled
            self.outcomes.attempt(
                "write_off",
                lambda: inventory_moves.write_off(
                    self.db,
                    self.admin,
                    plan.item,
                    plan.jahit,
                    MILLI,
                    MovementKind.DAMAGED,
                    today,
                    "Sobek",
                ),
            )
        else:
            self.outcomes.attempt(
                "move",
                lambda: inventory_moves.move(
                    self.db, self.admin, plan.item, plan.gudang, plan.jahit, MILLI, today
                ),
            )

    def issue_certificate(self, round_: int) -> None:
        people = self.plan.certificate_enrolments
        # Each desk starts at its own place in the list and goes on round after round: between
        # them they cover everyone, and two desks reach each person at about the same time.
        enrolment_id = people[(self.index * len(people) // self.plan.desks + round_) % len(people)]
        request = certificate_issue.IssueRequest(self.plan.certificate_cohort, (enrolment_id,))
        issued = self.outcomes.attempt(
            "certificate", lambda: certificate_issue.issue(self.db, self.admin, request)
        )
        if issued is not None:
            self.outcomes.made["certificates"] += [c.certificate_id for c in issued.certificates]

    def run(self) -> None:
        for round_ in range(self.plan.rounds):
            participant_id = self.register("register", own_person(self.index, round_))
            if round_ < self.plan.shared_people:
                # The walk-in stands at every desk at once: all desks press Save together.
                meet(Path(self.plan.folder), f"shared-{round_}", self.index, self.plan.desks)
                self.register("register_shared", shared_person(round_))
            if participant_id is not None:
                self.enrol(participant_id, round_)
                self.hand_over_fabric(participant_id)
            self.move_or_write_off(round_)
            self.issue_certificate(round_)


def wait_for(paths: list[Path]) -> None:
    deadline = time.monotonic() + START_WAIT_S
    while not all(path.exists() for path in paths):
        if time.monotonic() > deadline:
            raise TimeoutError(f"waited in vain for {paths}")
        time.sleep(0.001)


def meet(folder: Path, name: str, index: int, desks: int) -> None:
    """Wait until every desk has come here (a barrier across processes, made of files)."""
    (folder / f"{name}-{index}").touch()
    wait_for([folder / f"{name}-{other}" for other in range(desks)])


def main(plan_path: str, index_text: str) -> int:
    passwords.use_fast_parameters()  # the parent made the demo's passwords with these
    plan = Plan.read(Path(plan_path))
    index = int(index_text)
    folder = Path(plan.folder)
    db = open_database(plan.url)
    try:
        desk = Desk(plan, index, db)
        (folder / f"ready-{index}").touch()
        wait_for([folder / "go"])
        desk.run()
    finally:
        db.close()
    result = folder / f"result-{index}.json"
    result.with_suffix(".tmp").write_text(json.dumps(desk.outcomes.as_json(), indent=1))
    result.with_suffix(".tmp").replace(result)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
