"""The participant list at 1,000,000 participants, on SQLite and PostgreSQL.

- Per keystroke: names typed letter by letter ("s", "si", "sit", "siti", "siti ", "siti a",
  ...), a NIK fragment, a phone number, a village; the first page sorted by name through
  `registry.page` (permission check, plan choice, rows with masked/displayed numbers). The
  yardstick is the bare SQL a developer would write for the same page (FTS5 MATCH or LIKE,
  the filters, ORDER BY name LIMIT 101), run on a raw driver connection in the same run.
  Targets: median over all keystrokes <= 20 ms on SQLite, <= 40 ms on PostgreSQL, and within
  1.5x of the bare SQL's median.
- Keyset paging: the page after 10 random points of the whole list (target <= 10 ms each),
  against the bare keyset query.
- count() with its cap, and what the full ordered id list (the "model holds all ids" design)
  would cost, for the record.

The databases are built once by `pelita demo --participants 1000000` and cached (see
big_database.py). Runs alternate service and bare query so machine noise hits both alike.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import time
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import psycopg

from desktop.services import accounts, registry
from desktop.services.registry import Cursor, RegistryQuery, SearchTerms, search_terms
from desktop.store.database import Database, open_database
from tests.benchmarks import big_database
from tests.benchmarks.common import Result, median

T = TypeVar("T")
RUNS = 7
TYPED = (
    "siti aminah",
    "budi santoso",
    "ahmad fauzi",
    "nur hasanah",
    "dewi lestari",
    "i wayan sudarma",
    "yohanes",
)
WHOLE = ("3203034", "0812-3456", "+62 857", "sukamaju", "cibodas", "kogoya", "rahmawati")
ROW_COLUMNS = (
    "id, full_name, nik, phone, sex, birth_date, village_name, district_name, regency_name,"
    " has_disability, status"
)
TARGET_MS = {"sqlite": 20.0, "postgres": 40.0}
RATIO = 1.5
PAGE_TARGET_MS = 10.0


def keystrokes() -> list[str]:
    """Every prefix of the typed names (the space included), then the whole search words."""
    typed = [name[:n] for name in TYPED for n in range(1, len(name) + 1)]
    numbers = [WHOLE[0][:n] for n in range(1, len(WHOLE[0]) + 1)]
    return list(dict.fromkeys([*typed, *numbers, *WHOLE[1:]]))


def _bare_sql(terms: SearchTerms, sqlite: bool) -> tuple[str, list[Any]]:
    """The query one would write by hand for the first page of `terms`, sorted by name."""
    # "+status" on SQLite: without statistics it would otherwise drive every query by the
    # status index and sort a million rows (250 ms), a poor yardstick.
    where, params = ["+status = 'active'" if sqlite else "status = 'active'"], []
    mark = "?" if sqlite else "%s"
    if terms.anywhere:
        if sqlite:
            where.append(
                f"id IN (SELECT rowid FROM participant_fts WHERE participant_fts MATCH {mark})"
            )
            params.append(registry.fts_query(terms.anywhere))
        for forms in () if sqlite else terms.anywhere:
            where.append("(" + " OR ".join(f"search_text LIKE {mark}" for _ in forms) + ")")
            params += [f"%{form}%" for form in forms]
    if terms.name_start:
        where.append(f"name_sort >= {mark} AND name_sort < {mark}")
        params += [terms.name_start, terms.name_start + "\uffff"]
    for start in terms.word_starts:
        where.append(f"' ' || name_sort LIKE {mark}")
        params.append(f"% {start}%")
    for digits in terms.number_starts:
        where.append(f"(nik LIKE {mark} OR phone LIKE {mark})")
        params += [f"{digits}%", f"+62{digits[1:]}%"]
    sql = (
        f"SELECT {ROW_COLUMNS} FROM participant WHERE {' AND '.join(where)} "
        "ORDER BY name_sort, id LIMIT 101"
    )
    return sql, params


def _timed(call: Callable[..., T], *args: Any) -> tuple[float, T]:
    """(milliseconds, result) of call(*args)."""
    started = time.perf_counter()
    result = call(*args)
    return (time.perf_counter() - started) * 1000, result


def _fetch(raw: Any, sql: str, params: Sequence[Any]) -> list[Any]:
    return list(raw.execute(sql, params).fetchall())


def _connect(url: str) -> Any:
    if url.startswith("sqlite"):
        return sqlite3.connect(url.removeprefix("sqlite:///"))
    return psycopg.connect(url.replace("postgresql+psycopg", "postgresql"), autocommit=True)


def _keystroke_results(db: Database, raw: Any, kind: str) -> list[Result]:
    clerk = accounts.authenticate(db, "petugas", "petugas-demo")
    sqlite = db.is_sqlite
    service: dict[str, list[float]] = {}
    bare: dict[str, list[float]] = {}
    plans: dict[str, str] = {}
    found: dict[str, int] = {}
    typed = keystrokes()
    for text in typed:  # warm both once
        registry.page(db, clerk, RegistryQuery(text=text))
    for _ in range(RUNS):
        for text in typed:
            sql, params = _bare_sql(search_terms(text), sqlite)
            bare.setdefault(text, []).append(_timed(_fetch, raw, sql, params)[0])
            query = RegistryQuery(text=text)
            ms, (page, plans[text]) = _timed(registry._page, db, clerk, query, None, 100)
            service.setdefault(text, []).append(ms)
            found[text] = len(page.rows)
    per_key = {text: median(times) for text, times in service.items()}
    per_key_bare = {text: median(times) for text, times in bare.items()}
    value, yardstick = median(list(per_key.values())), median(list(per_key_bare.values()))
    target = TARGET_MS[kind]
    extra = {
        text: {
            "ms": round(per_key[text], 2),
            "bare_ms": round(per_key_bare[text], 2),
            "plan": plans[text],
            "rows": found[text],
        }
        for text in typed
    }
    worst = max(per_key, key=per_key.__getitem__)
    return [
        Result(
            name=f"{kind}: first page per keystroke, sorted by name ({len(typed)} keystrokes)",
            value=value,
            unit="ms",
            yardstick_name="bare SQL for the same page",
            yardstick=yardstick,
            target=f"median <= {target:g} ms and <= {RATIO}x bare",
            met=value <= target and value <= RATIO * yardstick,
            runs=RUNS,
            extra={
                "keystrokes": extra,
                "p90_ms": round(statistics.quantiles(per_key.values(), n=10)[-1], 2),
                "worst": [worst, round(per_key[worst], 2)],
                "over_target": sorted(t for t, ms in per_key.items() if ms > target),
            },
        )
    ]


def _keyset_results(db: Database, raw: Any, kind: str) -> list[Result]:
    clerk = accounts.authenticate(db, "petugas", "petugas-demo")
    mark = "?" if db.is_sqlite else "%s"
    total = raw.execute("SELECT count(*) FROM participant").fetchone()[0]
    rng = random.Random(4)
    points = []
    for offset in sorted(rng.randrange(total) for _ in range(10)):  # setup only
        row = raw.execute(
            f"SELECT name_sort, id FROM participant WHERE status = 'active' "
            f"ORDER BY name_sort, id LIMIT 1 OFFSET {offset}"
        ).fetchone()
        points.append(Cursor(row[0], row[1]))
    status = "+status" if db.is_sqlite else "status"
    bare_sql = (
        f"SELECT {ROW_COLUMNS} FROM participant WHERE {status} = 'active' AND "
        f"(name_sort, id) > ({mark}, {mark}) ORDER BY name_sort, id LIMIT 101"
    )
    service: list[float] = []
    bare: list[float] = []
    for _ in range(RUNS):
        for point in points:
            bare.append(_timed(_fetch, raw, bare_sql, (point.value, point.id))[0])
            service.append(_timed(registry.page, db, clerk, RegistryQuery(), point)[0])
    per_point = [median(service[i :: len(points)]) for i in range(len(points))]
    worst = max(per_point)
    count_ms = [_timed(registry.count, db, clerk, RegistryQuery())[0] for _ in range(RUNS)]
    count_sql = "SELECT count(*) FROM participant WHERE status = 'active'"
    count_bare = [_timed(_fetch, raw, count_sql, ())[0] for _ in range(RUNS)]
    ids_sql = f"SELECT id FROM participant WHERE {status} = 'active' ORDER BY name_sort, id"
    ids_ms = _timed(_fetch, raw, ids_sql, ())[0]
    return [
        Result(
            name=f"{kind}: keyset page after 10 random points of the list (worst point)",
            value=worst,
            unit="ms",
            yardstick_name="bare keyset SQL",
            yardstick=median(bare),
            target=f"<= {PAGE_TARGET_MS:g} ms each",
            met=worst <= PAGE_TARGET_MS,
            runs=RUNS,
            extra={"per_point_ms": [round(ms, 2) for ms in per_point]},
        ),
        Result(
            name=f"{kind}: count() capped at 10,000 (status bar)",
            value=median(count_ms),
            unit="ms",
            yardstick_name="bare COUNT(*) of all active",
            yardstick=median(count_bare),
            target="cheaper than COUNT(*)",
            met=median(count_ms) < median(count_bare),
            runs=RUNS,
            extra={"all_ordered_ids_ms": round(ids_ms, 1), "participants": total},
        ),
    ]


def _measure(url: str, kind: str) -> list[Result]:
    db = open_database(url)
    raw = _connect(url)
    try:
        return [*_keystroke_results(db, raw, kind), *_keyset_results(db, raw, kind)]
    finally:
        raw.close()
        db.close()


def run(people: int = big_database.PEOPLE) -> Sequence[Result]:
    results = _measure(big_database.sqlite_url(big_database.sqlite_database(people)), "sqlite")
    with big_database.postgres_database(people) as url:
        results += _measure(url, "postgres")
    return results
