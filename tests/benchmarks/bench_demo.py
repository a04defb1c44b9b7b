"""`pelita demo --participants 1000000`: the whole command's wall time, on SQLite and PostgreSQL.

Measured as a person runs it: a fresh process building the demo centre, its users and
programmes, a million participants and their consents, the indexes and the search index,
into a new database. Target: under 120 s on SQLite.

Yardstick, in the same run: the floor of writing the same rows. The same generator's rows
(generation not timed) go into the same migrated tables with nothing else to maintain (no
secondary indexes, no triggers, no search index): plain sqlite3 `executemany` in one
transaction on SQLite, plain COPY on PostgreSQL. What the command spends above it is making
the people, building the indexes, and the FTS or trigram index.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.services.demo_people import (
    CONSENT_COLUMNS,
    PARTICIPANT_COLUMNS,
    Recorder,
    _Generator,
    _set_aside_postgres,
    _set_aside_sqlite,
)
from desktop.store.database import open_database
from tests.benchmarks import big_database
from tests.benchmarks.common import Result
from tests.pg_server import PostgresServer

PEOPLE = big_database.PEOPLE
TARGET_S = 120.0


def _floor(url: str, people: int) -> float:
    """Seconds to write the generator's rows into bare tables (generation not counted)."""
    db = open_database(url)
    generator = _Generator(2026, datetime.now(UTC), range(1, 8), Recorder(None, "demo"))
    spent = 0.0
    try:
        with db.engine.begin() as connection:
            set_aside = _set_aside_sqlite if db.is_sqlite else _set_aside_postgres
            set_aside(connection, "participant")
            driver = connection.connection.driver_connection
            write = _sqlite_writer(driver) if db.is_sqlite else _copy_writer(driver)
            for people_rows, consents in generator.batches(1, people):
                started = time.perf_counter()
                write(people_rows, consents)
                spent += time.perf_counter() - started
            started = time.perf_counter()
        spent += time.perf_counter() - started  # the commit
    finally:
        db.close()
    return spent


Writer = Callable[[list[tuple[Any, ...]], list[tuple[Any, ...]]], None]


def _sqlite_writer(driver: Any) -> Writer:
    people_sql = _insert("participant", PARTICIPANT_COLUMNS)
    consent_sql = _insert("consent_record", CONSENT_COLUMNS)

    def write(people: list[tuple[Any, ...]], consents: list[tuple[Any, ...]]) -> None:
        driver.executemany(people_sql, people)
        driver.executemany(consent_sql, consents)

    return write


def _copy_writer(driver: Any) -> Writer:
    def write(people: list[tuple[Any, ...]], consents: list[tuple[Any, ...]]) -> None:
        with driver.cursor() as cursor:
            for table, columns, rows in (
                ("participant", PARTICIPANT_COLUMNS, people),
                ("consent_record", CONSENT_COLUMNS, consents),
            ):
                with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)

    return write


def _insert(table: str, columns: Sequence[str]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


def _result(kind: str, seconds: float, floor: float, target: float | None) -> Result:
    return Result(
        name=f"{kind}: pelita demo --participants {PEOPLE:,} (wall time, fresh process)",
        value=seconds,
        unit="s",
        yardstick_name="writing the same rows into bare tables",
        yardstick=floor,
        target=f"< {target:g} s" if target else "reported (no target)",
        met=seconds < target if target else True,
        runs=1,
        extra={"people": PEOPLE},
    )


def run(people: int = PEOPLE) -> list[Result]:
    results = []
    with tempfile.TemporaryDirectory(prefix="pelita-bench-demo-") as tmp:
        demo = big_database.build_demo(big_database.sqlite_url(Path(tmp) / "demo.sqlite3"), people)
        floor = _floor(big_database.sqlite_url(Path(tmp) / "floor.sqlite3"), people)
        results.append(_result("sqlite", demo, floor, TARGET_S))
    # A fresh server for each, so neither measures the other's leftovers.
    with PostgresServer() as url:
        demo = big_database.build_demo(url, people)
    with PostgresServer() as url:
        floor = _floor(url, people)
    results.append(_result("postgres", demo, floor, None))
    return results
