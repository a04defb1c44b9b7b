"""Enrolling into a cohort at 1,000,000 participants and 50,000 enrolments, SQLite and
PostgreSQL.

- Set-up (timed for the record, not a target): on a copy of the cached database, every demo
  programme gets eligibility rules (age 15 to 64 hard, primary school as a warning); 2,000
  cohorts of 25 seats over 2019-2026, and 50,000 enrolments of random people with one status
  event each (finished cohorts: completed, dropped or failed; open ones: seats and a waitlist),
  `seats_taken` matching, all by bulk inserts on a raw driver connection (executemany on
  SQLite, COPY on PostgreSQL).
- Measured: `enrolment.enrol` (permission check, the person, the cohort with its programme's
  rules, the person's earlier enrolments, the eligibility check, the conditional UPDATE of the
  seat, the enrolment, its two events and the audit entry, committed) for 50 people into a
  new cohort of 25 seats: the first 25 get seats, the others are waitlisted. People are drawn
  at random among those the rules accept and who have no enrolment in the programme yet.
  Yardstick, alternating with the service in the same run: the bare SQL a developer would
  write on a raw driver connection (the conditional UPDATE and the INSERT of the enrolment,
  committed), for 50 other people into a twin cohort. Target: median <= 20 ms.
- For the record: the plan of every statement `enrol` runs (EXPLAIN QUERY PLAN / EXPLAIN),
  and whether each is an index or primary-key seek.

The cached databases (big_database.py) stay as built: the SQLite file is copied to a temporary
folder; the PostgreSQL part runs in a database created from the cached one as a template and
dropped at the end.
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import event

from desktop.domain.choices import Education
from desktop.domain.programme_rules import EligibilityRules, Strictness
from desktop.services import accounts, enrolment
from desktop.store.database import Database, open_database
from tests.benchmarks import big_database
from tests.benchmarks.common import Result, median

SEED = 50_000
ENROLMENTS = 50_000
SEATS = 25
COHORTS = ENROLMENTS // SEATS  # 2,000: full cohorts
PEOPLE_TIMED = 50
WARM = 3
TARGET_MS = 20.0
START = date(2027, 1, 11)
RULES_JSON = json.dumps(
    EligibilityRules(
        min_age=15,
        max_age=64,
        age=Strictness.HARD,
        min_education=Education.SD,
        education=Strictness.WARN,
    ).to_json()
)
SCRATCH_DATABASE = "pelita_bench_enrolment"
CLERK = ("petugas", "petugas-demo")
ENROLMENT_COLUMNS = (
    "id, participant_id, cohort_id, programme_id, status, reason, override_reason, holds_seat,"
    " applied_at, updated_at, version"
)


# -- the set-up --------------------------------------------------------------------------------


def _stamp(moment: datetime, sqlite: bool) -> Any:
    """A UTC timestamp as the app stores it (naive UTC; text on SQLite)."""
    naive = moment.astimezone(UTC).replace(tzinfo=None)
    return naive.strftime("%Y-%m-%d %H:%M:%S.%f") if sqlite else naive


def _seed(raw: Any, sqlite: bool) -> dict[str, Any]:
    """Rules, cohorts and enrolments put in by bulk inserts; what was made, and how fast."""
    rng = random.Random(SEED)
    mark = "?" if sqlite else "%s"
    started = time.perf_counter()
    programmes = [row[0] for row in raw.execute("SELECT id FROM programme ORDER BY id")]
    raw.execute(f"UPDATE programme SET eligibility = {mark}", (RULES_JSON,))
    people = raw.execute("SELECT max(id) FROM participant").fetchone()[0]
    # The demo has cohorts and enrolments of its own: the bulk rows' ids come after theirs.
    base = {
        table: raw.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]
        for table in ("cohort", "enrolment", "enrolment_event")
    }
    cohorts: list[tuple[Any, ...]] = []
    enrolments: list[tuple[Any, ...]] = []
    events: list[tuple[Any, ...]] = []
    chosen = rng.sample(range(1, people + 1), ENROLMENTS)
    taken: dict[int, int] = {}
    for number in range(1, COHORTS + 1):
        programme = programmes[number % len(programmes)]
        year = 2019 + (number * 8) // COHORTS
        starts = date(year, 1 + number % 12, 1 + number % 27)
        finished = number <= COHORTS - 2 * len(programmes)  # the last 14 are still open
        cohort_id = base["cohort"] + number
        cohorts.append(
            (
                cohort_id,
                programme,
                f"B{number:05d}",
                year,
                number,
                starts.isoformat() if sqlite else starts,
                (starts + timedelta(days=60)).isoformat() if sqlite else starts + timedelta(60),
                "[]",
                "",
                "",
                SEATS,
                0,
                "apbn",
                "finished" if finished else "open",
                1,
                _stamp(datetime(year, 1, 1, tzinfo=UTC), sqlite),
            )
        )
        taken[cohort_id] = 0
        for seat in range(SEATS):
            index = (number - 1) * SEATS + seat
            enrolment_id = base["enrolment"] + index + 1
            if finished:
                status = rng.choices(["completed", "dropped", "failed"], [85, 10, 5])[0]
            else:
                status = "accepted" if seat < SEATS - 5 else "waitlisted"
            holds = status in ("completed", "accepted")
            taken[cohort_id] += holds
            when = _stamp(datetime(year, 1, 1, 3, tzinfo=UTC) + timedelta(minutes=seat), sqlite)
            enrolments.append(
                (
                    enrolment_id,
                    chosen[index],
                    cohort_id,
                    programme,
                    status,
                    "Pindah" if status == "dropped" else "",
                    "",
                    holds,
                    when,
                    when,
                    1,
                )
            )
            event_id = base["enrolment_event"] + index + 1
            events.append((event_id, enrolment_id, when, None, "petugas", "", status, ""))
    cohorts = [(*row[:11], taken[row[0]], *row[12:]) for row in cohorts]
    cohort_sql = (
        "INSERT INTO cohort (id, programme_id, code, year, sequence, start_date, end_date, "
        "schedule, room, branch, capacity, seats_taken, funding, status, version, created_at) "
        f"VALUES ({', '.join([mark] * 16)})"
    )
    enrolment_sql = f"INSERT INTO enrolment ({ENROLMENT_COLUMNS}) VALUES ({', '.join([mark] * 11)})"
    event_sql = (
        "INSERT INTO enrolment_event (id, enrolment_id, at, user_id, username, from_status, "
        f"to_status, reason) VALUES ({', '.join([mark] * 8)})"
    )
    if sqlite:
        raw.executemany(cohort_sql, cohorts)
        raw.executemany(enrolment_sql, enrolments)
        raw.executemany(event_sql, events)
        raw.execute("COMMIT")
    else:
        with raw.cursor() as cursor:
            cursor.executemany(cohort_sql, cohorts)
            with cursor.copy(f"COPY enrolment ({ENROLMENT_COLUMNS}) FROM STDIN") as copy:
                for row in enrolments:
                    copy.write_row(row)
            with cursor.copy(
                "COPY enrolment_event (id, enrolment_id, at, user_id, username, from_status, "
                "to_status, reason) FROM STDIN"
            ) as copy:
                for row in events:
                    copy.write_row(row)
            for table in ("cohort", "enrolment", "enrolment_event"):
                cursor.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT max(id) FROM {table}))"
                )
        raw.commit()
    return {
        "seed_s": round(time.perf_counter() - started, 2),
        "cohorts": len(cohorts),
        "enrolments": len(enrolments),
        "participants": people,
        "programmes": len(programmes),
    }


def _new_cohort(raw: Any, sqlite: bool, programme: int, sequence: int) -> int:
    mark = "?" if sqlite else "%s"
    values = (
        programme,
        f"T{sequence:05d}",
        2027,
        900 + sequence,  # clear of the demo's own cohorts of 2027, numbered from 1
        START.isoformat() if sqlite else START,
        (START + timedelta(days=60)).isoformat() if sqlite else START + timedelta(days=60),
        "[]",
        "",
        "",
        SEATS,
        0,
        "apbn",
        "open",
        1,
        _stamp(datetime.now(UTC), sqlite),
    )
    row = raw.execute(
        "INSERT INTO cohort (programme_id, code, year, sequence, start_date, end_date, schedule,"
        " room, branch, capacity, seats_taken, funding, status, version, created_at) "
        f"VALUES ({', '.join([mark] * 15)}) RETURNING id",
        values,
    ).fetchone()
    if not sqlite:  # SQLite: autocommit once the set-up is in
        raw.commit()
    return int(row[0])


def _people(raw: Any, sqlite: bool, programme: int, count: int) -> list[int]:
    """`count` random people the rules accept for a cohort starting on START, with no
    enrolment in `programme` (found with the raw connection; not timed)."""
    rng = random.Random(SEED + programme)
    mark = "?" if sqlite else "%s"
    people = raw.execute("SELECT max(id) FROM participant").fetchone()[0]
    youngest = START.replace(year=START.year - 15)
    oldest = START.replace(year=START.year - 65) + timedelta(days=1)
    found: list[int] = []
    while len(found) < count:
        person = rng.randrange(1, people + 1)
        if person in found:
            continue
        born = raw.execute(
            f"SELECT birth_date FROM participant WHERE id = {mark} AND status = 'active'",
            (person,),
        ).fetchone()
        if born is None:
            continue
        birth = date.fromisoformat(born[0]) if sqlite else born[0]
        if not oldest <= birth <= youngest:
            continue
        there = raw.execute(
            f"SELECT 1 FROM enrolment WHERE participant_id = {mark} AND programme_id = {mark}",
            (person, programme),
        ).fetchone()
        if there is None:
            found.append(person)
    if not sqlite:
        raw.commit()
    return found


# -- the yardstick -----------------------------------------------------------------------------


def _bare_enrol(raw: Any, sqlite: bool, person: int, cohort: int, programme: int) -> float:
    """ms for the hand-written enrolment: the conditional UPDATE and the INSERT, committed."""
    mark = "?" if sqlite else "%s"
    started = time.perf_counter()
    if sqlite:
        raw.execute("BEGIN")
    got = raw.execute(
        "UPDATE cohort SET seats_taken = seats_taken + 1 "
        f"WHERE id = {mark} AND seats_taken < capacity",
        (cohort,),
    ).rowcount
    now = _stamp(datetime.now(UTC), sqlite)
    raw.execute(
        f"INSERT INTO enrolment ({ENROLMENT_COLUMNS.removeprefix('id, ')}) "
        f"VALUES ({', '.join([mark] * 10)})",
        (
            person,
            cohort,
            programme,
            "accepted" if got else "waitlisted",
            "",
            "",
            bool(got),
            now,
            now,
            1,
        ),
    )
    if sqlite:
        raw.execute("COMMIT")
    else:
        raw.commit()
    return (time.perf_counter() - started) * 1000


# -- the plans ---------------------------------------------------------------------------------


@contextmanager
def _recorded(db: Database) -> Iterator[list[tuple[str, Any]]]:
    """The statements the app's engine runs inside the block, with their parameters."""
    seen: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, params: Any, *_rest: Any) -> None:
        seen.append((statement, params))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


def _plans(raw: Any, sqlite: bool, statements: list[tuple[str, Any]]) -> list[dict[str, Any]]:
    """The plan of each SELECT and UPDATE, and whether it reads by index or primary key."""
    plans = []
    for statement, params in statements:
        verb = statement.lstrip().split()[0].upper()
        if verb not in ("SELECT", "UPDATE"):
            continue
        if sqlite:
            rows = raw.execute(f"EXPLAIN QUERY PLAN {statement}", params).fetchall()
            lines = [row[-1] for row in rows]
        else:
            lines = [row[0] for row in raw.execute(f"EXPLAIN {statement}", params).fetchall()]
            raw.rollback()
        # SQLite says SCAN, PostgreSQL Seq Scan, for reading a whole table.
        seek = not any(line.startswith("SCAN") or "Seq Scan" in line for line in lines)
        plans.append({"sql": " ".join(statement.split())[:160], "plan": lines, "seek": seek})
    return plans


# -- the run -----------------------------------------------------------------------------------


def _connect(url: str) -> Any:
    if url.startswith("sqlite"):
        raw = sqlite3.connect(url.removeprefix("sqlite:///"), isolation_level=None)
        raw.execute("PRAGMA synchronous=FULL")  # as the app's connections: every commit synced
        raw.execute("BEGIN")
        return raw
    return psycopg.connect(url.replace("postgresql+psycopg", "postgresql"))


def _measure(url: str, kind: str) -> list[Result]:
    sqlite = url.startswith("sqlite")
    raw = _connect(url)
    try:
        setup = _seed(raw, sqlite)
        db = open_database(url)
        try:
            clerk = accounts.authenticate(db, *CLERK)
            programme = raw.execute("SELECT min(id) FROM programme").fetchone()[0]
            if not sqlite:
                raw.commit()
            served_cohort = _new_cohort(raw, sqlite, programme, 1)
            bare_cohort = _new_cohort(raw, sqlite, programme, 2)
            warm_cohort = _new_cohort(raw, sqlite, programme, 3)
            people = _people(raw, sqlite, programme, 2 * (PEOPLE_TIMED + WARM))
            served, bare_people = people[::2], people[1::2]
            for person, other in zip(served[:WARM], bare_people[:WARM], strict=True):
                _bare_enrol(raw, sqlite, other, warm_cohort, programme)
                enrolment.enrol(db, clerk, person, warm_cohort)
            service_ms: list[float] = []
            bare_ms: list[float] = []
            outcomes: list[str] = []
            statements: list[tuple[str, Any]] = []
            for index, (person, other) in enumerate(
                zip(served[WARM:], bare_people[WARM:], strict=True)
            ):
                bare_ms.append(_bare_enrol(raw, sqlite, other, bare_cohort, programme))
                with _recorded(db) as seen:
                    started = time.perf_counter()
                    done = enrolment.enrol(db, clerk, person, served_cohort)
                    service_ms.append((time.perf_counter() - started) * 1000)
                if index == PEOPLE_TIMED - 1:  # a waitlisted one: every statement of enrol
                    statements = list(seen)
                outcomes.append(done.status.value)
            plans = _plans(raw, sqlite, statements)
        finally:
            db.close()
    finally:
        raw.close()
    value = median(service_ms)
    seated = [ms for ms, o in zip(service_ms, outcomes, strict=True) if o == "accepted"]
    waiting = [ms for ms, o in zip(service_ms, outcomes, strict=True) if o == "waitlisted"]
    return [
        Result(
            name=f"{kind}: enrolling into a cohort, eligibility and capacity checked "
            f"({PEOPLE_TIMED} people, {setup['enrolments']:,} enrolments, "
            f"{setup['participants']:,} participants)",
            value=value,
            unit="ms",
            yardstick_name="bare conditional UPDATE + INSERT, committed",
            yardstick=median(bare_ms),
            target=f"median <= {TARGET_MS:g} ms",
            met=value <= TARGET_MS,
            runs=len(service_ms),
            extra={
                **setup,
                "outcomes": {o: outcomes.count(o) for o in sorted(set(outcomes))},
                "seated_median_ms": round(median(seated), 2) if seated else None,
                "waitlisted_median_ms": round(median(waiting), 2) if waiting else None,
                "p90_ms": round(sorted(service_ms)[int(0.9 * len(service_ms))], 2),
                "worst_ms": round(max(service_ms), 2),
                "per_person_ms": [round(ms, 2) for ms in service_ms],
                "bare_per_person_ms": [round(ms, 2) for ms in bare_ms],
                "every_read_a_seek": all(plan["seek"] for plan in plans),
                "plans": plans,
            },
        )
    ]


@contextmanager
def _scratch_postgres(url: str) -> Iterator[str]:
    """A database created from the cached one as a template, dropped afterwards: what the
    benchmark adds never reaches the cached database."""
    base, _slash, name = url.rpartition("/")
    admin_url = f"{base}/postgres".replace("postgresql+psycopg", "postgresql")
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{SCRATCH_DATABASE}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{SCRATCH_DATABASE}" TEMPLATE "{name}" STRATEGY FILE_COPY')
        try:
            yield f"{base}/{SCRATCH_DATABASE}"
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{SCRATCH_DATABASE}" WITH (FORCE)')


def run() -> Sequence[Result]:
    results: list[Result] = []
    cached = big_database.sqlite_database()
    with tempfile.TemporaryDirectory(prefix="pelita-bench-enrolment-") as tmp:
        copy = Path(tmp) / cached.name
        shutil.copyfile(cached, copy)
        results += _measure(big_database.sqlite_url(copy), "sqlite")
    with big_database.postgres_database() as server, _scratch_postgres(server) as url:
        results += _measure(url, "postgres")
    return results


if __name__ == "__main__":
    for found in run():
        print(found.line())
        print(json.dumps({k: v for k, v in found.extra.items() if k != "plans"}, indent=1))
        for plan in found.extra["plans"]:
            print(plan["seek"], plan["sql"], plan["plan"])
