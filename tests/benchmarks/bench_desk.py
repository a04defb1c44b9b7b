"""The desk at 1,000,000 participants: saving a new person, opening the list, the app's memory.

- Saving a new participant, duplicate check included (SQLite and PostgreSQL). The calls a
  clerk's Save makes: `participants.register`, which looks the NIK up, finds likely matches
  and writes the person, their consent and the audit entries in one transaction. When it
  answers with likely matches, the form asks the clerk and saves again with them judged "a
  different person"; that second call is counted in the same save. 50 new people made by the
  demo's generator (another seed, each NIK given the next serial not yet on record).
  Yardstick, alternating with the service in the same run: on a raw driver connection, the
  SELECTs a hand-written check would run (the exact NIK, then the same three likely-match
  look-ups: birth date, phone, village) and a bare INSERT of one participant row, committed.
  Target: median <= 30 ms.
- Opening the list (SQLite): what a clerk waits for, from creating the Participants page to
  its first page of rows in the table model; a new page each run, offscreen in this process
  (styled and translated as the app is). The runs are kept in order: the first is the
  process's first page, with cold caches. Yardstick: the bare SQL of the first page sorted by
  name, on a raw sqlite3 connection. Target: median <= 300 ms.
- The app's memory (SQLite): the real app (`desktop.gui.app.run_gui`) in a process of its own,
  logged in as the clerk, the list scrolled through 60 pages in four sort orders, a few
  searches, a profile and the intake form opened; its peak RSS as it reports it at the end.
  Yardstick: a bare PySide6 process showing an empty QMainWindow with a QTableView, measured
  the same way. Target: < 400 MB.

All on copies of the cached databases (big_database.py), which stay as built: the SQLite file
is copied to a temporary folder; the PostgreSQL part runs in a database created from the
cached one as a template and dropped at the end.

The memory processes run this module (`--bare-window`, `--desk URL`), so its top imports only
the standard library and PySide6, which both need: what it imports is in their memory. The
database layer and the app are imported where they are used.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QModelIndex, Qt, QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView, QWidget

from tests.benchmarks.common import Result, median

if TYPE_CHECKING:
    from desktop.domain.participant import ConsentInput, ParticipantInput
    from desktop.gui.app_context import AppContext
    from desktop.gui.participants_page import ParticipantsPage
    from desktop.services.context import Actor
    from desktop.store.database import Database

ROOT = Path(__file__).resolve().parents[2]
CLERK = ("petugas", "petugas-demo")

PEOPLE_SAVED = 50
WARM_SAVES = 3
SEED = 7717  # not the demo's 2026: other people than the ones on record
SAVE_TARGET_MS = 30.0
# The likely-match look-ups of desktop.services.duplicates, as one would write them by hand:
# ids and name keys of everyone sharing the birth date, the phone or the village.
LIKELY_COLUMNS = "id, name_key"

LIST_RUNS = 7
LIST_TARGET_MS = 300.0

MEMORY_RUNS = 3
MEMORY_TARGET_MB = 400.0
MEMORY_MARK = "peak rss:"
PAGES_PER_ORDER = 15  # pages fetched by scrolling to the end, in each sort order
SEARCHES = ("siti", "budi santoso", "3203", "cibodas", "")
SCRATCH_DATABASE = "pelita_bench_desk"
WAIT_S = 120.0


# --- waiting on the event loop -------------------------------------------------------------


def _wait_until(done: Callable[[], bool], timeout_s: float = WAIT_S) -> None:
    """Run the event loop until `done()` holds (checked every 5 ms)."""
    if done():
        return
    loop = QEventLoop()
    deadline = time.monotonic() + timeout_s

    def check() -> None:
        if done() or time.monotonic() > deadline:
            loop.quit()

    poll = QTimer()
    poll.setInterval(5)
    poll.timeout.connect(check)
    poll.start()
    loop.exec()
    poll.stop()
    if not done():
        raise TimeoutError(f"not done after {timeout_s:g} s")


def _peak_rss_bytes() -> int:
    """This process's peak resident set size so far."""
    if sys.platform == "win32":
        import psutil

        return int(psutil.Process().memory_info().peak_wset)
    if sys.platform == "linux":
        # VmHWM, this process image's own high-water mark. Not getrusage's ru_maxrss: Linux
        # carries that over from the parent through fork and exec, so a child of a runner
        # that grew to 400 MB reports 400 MB whatever it uses itself.
        status = Path("/proc/self/status").read_text()
        kib = next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:"))
        return int(kib) * 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # bytes on macOS


# --- 1. saving a new participant -----------------------------------------------------------


@dataclass(frozen=True)
class NewPerson:
    """One person as the form hands them to the service, and as a bare row for the yardstick."""

    data: ParticipantInput
    consent: ConsentInput
    row: dict[str, Any]  # the participant row as stored, without its id


def _new_people(db: Database, clerk: Actor, raw: Any, sqlite: bool, count: int) -> list[NewPerson]:
    """`count` made-up people who are not on record: the demo's generator with another seed,
    each NIK given the next serial its region and birth date have not used yet (found with the
    raw connection; not timed). People the rules would refuse today are left out."""
    from desktop.domain.choices import ConsentMethod, ConsentPurpose
    from desktop.domain.errors import ValidationErrors
    from desktop.domain.participant import (
        ADULT_AGE,
        ConsentInput,
        age_on,
        clean_consent,
        clean_participant,
        input_from_values,
    )
    from desktop.domain.regions import village
    from desktop.services.demo_people import PARTICIPANT_COLUMNS, Recorder, _Generator
    from desktop.services.programmes import list_programmes

    now = db.clock()
    today = now.astimezone().date()
    programmes = [pid for pid, _name in list_programmes(db, clerk)]
    generator = _Generator(SEED, now, programmes, Recorder(clerk.user_id, clerk.username))
    # Registered on the last day the generator's clock knows: their ages are today's.
    moment = generator.clock.weekdays[-1] * 86400 + 3 * 3600
    mark = "?" if sqlite else "%s"
    last_serial: dict[str, int] = {}
    people: list[NewPerson] = []
    person_id = 0
    while len(people) < count:
        person_id += 1
        row_tuple, consent_row = generator.person(person_id, moment)
        row = dict(zip(PARTICIPANT_COLUMNS, row_tuple, strict=True))
        if row["nik"]:
            stem = row["nik"][:12]
            if stem not in last_serial:
                found = raw.execute(
                    f"SELECT max(nik) FROM participant WHERE nik >= {mark} AND nik <= {mark}",
                    (f"{stem}0000", f"{stem}9999"),
                ).fetchone()[0]
                last_serial[stem] = int(found[12:]) if found else 0
            last_serial[stem] += 1
            nik = f"{stem}{last_serial[stem]:04d}"
            row["search_text"] = row["search_text"].replace(row["nik"], nik)
            row["nik"] = nik
        values = dict(row)
        for key in ("disabilities", "accommodations", "washington", "target_groups"):
            values[key] = json.loads(values[key])
        values["preferences"] = json.loads(values["preferences"])
        values["birth_date"] = date.fromisoformat(values["birth_date"])
        data = input_from_values(values)
        minor = age_on(values["birth_date"], today) < ADULT_AGE
        consent = ConsentInput(
            purposes=frozenset(ConsentPurpose(p) for p in json.loads(consent_row[1])),
            method=ConsentMethod.SIGNED_PAPER,
            given_on=today,
            guardian_name=(consent_row[5] or "Siti Aminah") if minor else "",
            guardian_relation=(consent_row[6] or "Ibu kandung") if minor else "",
        )
        try:
            place = village(data.village_code)
            clean_participant(data, today=today, village=place)
            clean_consent(consent, birth_date=values["birth_date"], today=today)
        except ValidationErrors:
            continue
        del row["id"]
        row["has_disability"] = bool(row["has_disability"])  # a boolean on PostgreSQL
        people.append(NewPerson(data, consent, row))
    return people


@dataclass(frozen=True)
class Save:
    """What one clerk's Save cost in the service, call by call, and how it ended."""

    calls_ms: tuple[float, ...]
    outcome: str
    reasons: frozenset[str]  # why likely matches were named, if any

    @property
    def ms(self) -> float:
        return sum(self.calls_ms)


def _save_as_the_form_does(db: Database, clerk: Actor, person: NewPerson) -> Save:
    """A clerk's Save: `register`; when it names likely matches, the same again with them
    judged "a different person", as the form does once the clerk has answered its duplicates
    dialog, passing back how far the first check compared the village (`seen`). The clerk's own
    time in the dialog is not counted, each service call is."""
    from desktop.services import participants
    from desktop.services.duplicates import VillageSeen

    different: frozenset[int] = frozenset()
    seen: VillageSeen | None = None
    reasons: set[str] = set()
    calls: list[float] = []
    for _attempt in range(3):
        started = time.perf_counter()
        try:
            participants.register(
                db, clerk, person.data, person.consent, different_from=different, seen=seen
            )
        except participants.PossibleDuplicates as error:
            calls.append((time.perf_counter() - started) * 1000)
            seen = error.seen
            different |= {candidate.id for candidate in error.candidates}
            reasons.update(reason for c in error.candidates for reason in c.reasons)
            continue
        except participants.AlreadyRegistered:  # the form opens that record instead
            calls.append((time.perf_counter() - started) * 1000)
            return Save(tuple(calls), "already registered", frozenset(reasons))
        calls.append((time.perf_counter() - started) * 1000)
        outcome = "saved after judging likely matches" if different else "saved"
        return Save(tuple(calls), outcome, frozenset(reasons))
    raise RuntimeError("likely matches kept changing between saves")


def _bare_save(raw: Any, sqlite: bool, row: dict[str, Any]) -> tuple[float, float]:
    """(ms for the whole hand-written save, ms for the NIK look-up and INSERT alone)."""
    mark = "?" if sqlite else "%s"
    live = "status <> 'merged'"
    columns = list(row)
    insert = (
        f"INSERT INTO participant ({', '.join(columns)}) "
        f"VALUES ({', '.join([mark] * len(columns))})"
    )
    started = time.perf_counter()
    if sqlite:
        raw.execute("BEGIN")
    nik_started = time.perf_counter()
    if row["nik"]:
        raw.execute(
            f"SELECT id, full_name FROM participant WHERE nik = {mark}", (row["nik"],)
        ).fetchone()
    nik_ms = (time.perf_counter() - nik_started) * 1000
    raw.execute(
        f"SELECT {LIKELY_COLUMNS} FROM participant WHERE birth_date = {mark} AND {live}",
        (row["birth_date"],),
    ).fetchall()
    if row["phone"]:
        raw.execute(
            f"SELECT {LIKELY_COLUMNS} FROM participant WHERE phone = {mark} AND {live}",
            (row["phone"],),
        ).fetchall()
    raw.execute(
        f"SELECT {LIKELY_COLUMNS} FROM participant WHERE village_code = {mark} AND {live}",
        (row["village_code"],),
    ).fetchall()
    insert_started = time.perf_counter()
    raw.execute(insert, [row[column] for column in columns])
    if sqlite:
        raw.execute("COMMIT")
    else:
        raw.commit()
    ended = time.perf_counter()
    return (ended - started) * 1000, nik_ms + (ended - insert_started) * 1000


def _save_results(url: str, kind: str) -> list[Result]:
    import sqlite3

    import psycopg

    from desktop.services import accounts
    from desktop.store.database import open_database

    db = open_database(url)
    raw: Any
    if db.is_sqlite:
        raw = sqlite3.connect(url.removeprefix("sqlite:///"), isolation_level=None)
        raw.execute("PRAGMA synchronous=FULL")  # as the app's connections: every commit synced
    else:
        raw = psycopg.connect(url.replace("postgresql+psycopg", "postgresql"))
    try:
        clerk = accounts.authenticate(db, *CLERK)
        people = _new_people(db, clerk, raw, db.is_sqlite, 2 * (PEOPLE_SAVED + WARM_SAVES))
        if not db.is_sqlite:
            raw.commit()  # the serial look-ups' transaction
        served, bare_rows = people[::2], people[1::2]
        for person, bare in zip(served[:WARM_SAVES], bare_rows[:WARM_SAVES], strict=True):
            _bare_save(raw, db.is_sqlite, bare.row)
            _save_as_the_form_does(db, clerk, person)
        saves: list[Save] = []
        bare_ms: list[float] = []
        nik_insert_ms: list[float] = []
        for person, bare in zip(served[WARM_SAVES:], bare_rows[WARM_SAVES:], strict=True):
            whole, nik_insert = _bare_save(raw, db.is_sqlite, bare.row)
            bare_ms.append(whole)
            nik_insert_ms.append(nik_insert)
            saves.append(_save_as_the_form_does(db, clerk, person))
    finally:
        raw.close()
        db.close()
    service = [save.ms for save in saves]
    value = median(service)
    judged = [save for save in saves if save.reasons]
    return [
        Result(
            name=f"{kind}: saving a new participant, duplicate check included "
            f"({PEOPLE_SAVED} people)",
            value=value,
            unit="ms",
            yardstick_name="bare NIK + likely-match SELECTs and INSERT",
            yardstick=median(bare_ms),
            target=f"median <= {SAVE_TARGET_MS:g} ms",
            met=value <= SAVE_TARGET_MS,
            runs=len(saves),
            extra={
                "outcomes": {
                    outcome: sum(1 for save in saves if save.outcome == outcome)
                    for outcome in sorted({save.outcome for save in saves})
                },
                "likely_match_reasons": {
                    reason: sum(1 for save in judged if reason in save.reasons)
                    for reason in sorted({r for save in judged for r in save.reasons})
                },
                "one_call_median_ms": round(median([ms for s in saves for ms in s.calls_ms]), 2),
                "saves_without_matches_median_ms": (
                    round(median([s.ms for s in saves if not s.reasons]), 2)
                    if len(judged) < len(saves)
                    else None
                ),
                "saves_with_matches_median_ms": (
                    round(median([s.ms for s in judged]), 2) if judged else None
                ),
                "p90_ms": round(sorted(service)[int(0.9 * len(service))], 2),
                "worst_ms": round(max(service), 2),
                "bare_nik_lookup_and_insert_ms": round(median(nik_insert_ms), 2),
                "per_person_ms": [round(ms, 2) for ms in service],
            },
        )
    ]


@contextmanager
def _scratch_postgres(url: str) -> Iterator[str]:
    """A database created from the cached one as a template, dropped afterwards: what the
    benchmark registers never reaches the cached database."""
    import psycopg

    base, _slash, name = url.rpartition("/")
    scratch = f"{base}/{SCRATCH_DATABASE}"
    admin_url = f"{base}/postgres".replace("postgresql+psycopg", "postgresql")
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{SCRATCH_DATABASE}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{SCRATCH_DATABASE}" TEMPLATE "{name}" STRATEGY FILE_COPY')
        try:
            yield scratch
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{SCRATCH_DATABASE}" WITH (FORCE)')


# --- 2. opening the list ---------------------------------------------------------------------


def _application() -> QApplication:
    """This process's QApplication, styled and translated as the app's (offscreen)."""
    from desktop.gui.i18n import install_translator
    from desktop.gui.style import apply_style

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = QApplication([sys.argv[0]])
    install_translator(app, "id")
    apply_style(app, large_text=False)
    return app


def _open_list_once(context: AppContext) -> float:
    """ms from creating the Participants page until its model holds the first page of rows."""
    from desktop.gui.participants_page import ParticipantsPage

    started = time.perf_counter()
    page = ParticipantsPage(context)
    page.resize(1280, 720)
    page.show()
    model = page.model
    if not model.rowCount():
        loop = QEventLoop()
        model.rowsInserted.connect(loop.quit)
        timeout = QTimer()
        timeout.setSingleShot(True)
        timeout.timeout.connect(loop.quit)
        timeout.start(int(WAIT_S * 1000))
        loop.exec()
        timeout.stop()
    elapsed = (time.perf_counter() - started) * 1000
    if not model.rowCount():
        raise TimeoutError("the list showed no rows")
    # The count and the region lists follow on the worker: done before the next run.
    _wait_until(lambda: context.runner.idle)
    page.close()
    page.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return elapsed


def _list_results(url: str) -> list[Result]:
    import sqlite3

    from desktop.config import DeskConfig
    from desktop.gui.app_context import AppContext
    from desktop.gui.tasks import TaskRunner
    from desktop.services import accounts
    from desktop.services.registry import search_terms
    from desktop.store.database import open_database
    from tests.benchmarks.bench_registry import _bare_sql, _fetch, _timed

    _application()
    db = open_database(url)
    raw = sqlite3.connect(url.removeprefix("sqlite:///"))
    runner = TaskRunner()
    try:
        context = AppContext(
            db=db, actor=accounts.authenticate(db, *CLERK), runner=runner, config=DeskConfig()
        )
        sql, params = _bare_sql(search_terms(""), sqlite=True)
        opened: list[float] = []
        bare: list[float] = []
        for _ in range(LIST_RUNS):
            bare.append(_timed(_fetch, raw, sql, params)[0])
            opened.append(_open_list_once(context))
    finally:
        runner.wait()
        raw.close()
        db.close()
    value = median(opened)
    return [
        Result(
            name="sqlite: opening the participant list (page created to first rows in its model)",
            value=value,
            unit="ms",
            yardstick_name="bare SQL of the first page by name",
            yardstick=median(bare),
            target=f"median <= {LIST_TARGET_MS:g} ms",
            met=value <= LIST_TARGET_MS,
            runs=LIST_RUNS,
            extra={"runs_ms": [round(ms, 1) for ms in opened]},
        )
    ]


# --- 3. the app's memory -------------------------------------------------------------------


class _BareTable(QTableView):
    painted = False

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted = True


def _bare_window() -> None:
    """The yardstick's process: an empty QMainWindow with a QTableView, until painted."""
    app = QApplication(sys.argv)
    window = QMainWindow()
    table = _BareTable(window)
    window.setCentralWidget(table)
    window.resize(1280, 720)
    window.show()
    _wait_until(lambda: table.painted)
    print(MEMORY_MARK, json.dumps({"peak_rss": _peak_rss_bytes()}), flush=True)
    window.close()
    app.quit()


def _more_than(page: ParticipantsPage, rows: int) -> Callable[[], bool]:
    """Whether the list holds more than `rows` rows, or has stopped fetching."""
    return lambda: page.model.rowCount() > rows or not page.model.loading


def _answered(page: ParticipantsPage, text: str) -> Callable[[], bool]:
    """Whether the list shows the search for `text` and the worker is done."""
    model = page.model
    return lambda: model.query.text == text and not model.loading and page.context.runner.idle


def _scroll_pages(page: ParticipantsPage, pages: int) -> None:
    """Scroll to the end of the list `pages` times, each fetching the next page as the view
    does when its scroll bar reaches the bottom."""
    model, table = page.model, page.ui.participantsTable
    for _ in range(pages):
        if not model.canFetchMore(QModelIndex()):
            return
        before = model.rowCount()
        bar = table.verticalScrollBar()
        bar.setValue(bar.maximum())
        if not model.loading:  # the bar was at the bottom already: as the view would
            model.fetchMore(QModelIndex())
        _wait_until(_more_than(page, before))
        QCoreApplication.processEvents()  # the layout, so the bar knows its new length


def _drive_desk() -> dict[str, Any]:
    """In the app's process: log in as the clerk and use the list the way a day at the desk
    does; returns what was done and the peak RSS."""
    from desktop.gui.login_dialog import LoginDialog
    from desktop.gui.main_window import MainWindow
    from desktop.gui.participants_model import Column
    from desktop.gui.participants_page import ParticipantsPage

    def top(kind: type[QWidget]) -> Any:
        return next((w for w in QApplication.topLevelWidgets() if isinstance(w, kind)), None)

    _wait_until(lambda: top(LoginDialog) is not None)
    login = top(LoginDialog)
    _wait_until(lambda: login.db is not None)
    login.ui.usernameEdit.setText(CLERK[0])
    login.ui.passwordEdit.setText(CLERK[1])
    login.ui.loginButton.click()
    _wait_until(lambda: top(MainWindow) is not None and top(MainWindow).isVisible())
    window = top(MainWindow)
    page = window.page(ParticipantsPage)
    assert page is not None
    model, runner = page.model, page.context.runner
    _wait_until(lambda: model.rowCount() > 0)
    header = page.ui.participantsTable.horizontalHeader()
    orders = (
        (Column.NAME, Qt.SortOrder.AscendingOrder),
        (Column.NAME, Qt.SortOrder.DescendingOrder),  # the other end of the alphabet
        (Column.AGE, Qt.SortOrder.AscendingOrder),
        (Column.VILLAGE, Qt.SortOrder.AscendingOrder),
    )
    most_rows = 0
    for column, order in orders:
        header.setSortIndicator(column, order)
        _wait_until(lambda: not model.loading and model.rowCount() > 0)
        _scroll_pages(page, PAGES_PER_ORDER)
        most_rows = max(most_rows, model.rowCount())
    header.setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
    found: dict[str, int] = {}
    for text in SEARCHES:
        page.ui.searchEdit.setText(text)  # the page's own debounce runs the query
        _wait_until(_answered(page, text))
        _scroll_pages(page, 2)
        found[text] = model.rowCount()
    _wait_until(lambda: model.rowCount() > 0)
    participant_id = model.participant_id(0)
    assert participant_id is not None
    profile = page.open_profile(participant_id)
    _wait_until(lambda: runner.idle and profile.loaded is not None)
    profile.close()
    page.new_participant()
    _wait_until(lambda: runner.idle and getattr(page, "new_form", None) is not None)
    page.new_form.discard()
    _wait_until(lambda: runner.idle)
    return {"peak_rss": _peak_rss_bytes(), "most_rows_held": most_rows, "searches": found}


def _desk(url: str) -> None:
    """The measured process: the real app (`run_gui`), driven once its login dialog is up."""
    from desktop.gui.app import run_gui

    app = QApplication(sys.argv)

    def drive() -> None:
        try:
            report = _drive_desk()
        except BaseException:
            import traceback

            traceback.print_exc()
            sys.stderr.flush()
            os._exit(1)  # not the app's crash dialog, which would wait for a click
        print(MEMORY_MARK, json.dumps(report), flush=True)
        app.quit()

    QTimer.singleShot(0, drive)
    run_gui(url, demo=False)


def _measure_memory(command: list[str], home: str) -> dict[str, Any]:
    env = {**os.environ, "PELITA_HOME": home, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=900, check=False
    )
    for line in done.stdout.splitlines():
        if line.startswith(MEMORY_MARK):
            report: dict[str, Any] = json.loads(line.removeprefix(MEMORY_MARK))
            return report
    raise RuntimeError(f"{command} reported nothing (exit {done.returncode}):\n{done.stderr}")


def _memory_results(url: str) -> list[Result]:
    python, module = sys.executable, "tests.benchmarks.bench_desk"
    bare_command = [python, "-m", module, "--bare-window"]
    desk_command = [python, "-m", module, "--desk", url]
    bare: list[float] = []
    desk: list[float] = []
    report: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="pelita-bench-home-") as home:
        for _ in range(MEMORY_RUNS):
            bare.append(_measure_memory(bare_command, home)["peak_rss"] / 1e6)
            report = _measure_memory(desk_command, home)
            desk.append(report["peak_rss"] / 1e6)
    value = median(desk)
    return [
        Result(
            name="sqlite: the app's peak memory (clerk: list scrolled and searched, "
            "a profile and the form opened)",
            value=value,
            unit="MB",
            yardstick_name="bare PySide6 QMainWindow with a QTableView",
            yardstick=median(bare),
            target=f"< {MEMORY_TARGET_MB:g} MB",
            met=value < MEMORY_TARGET_MB,
            runs=MEMORY_RUNS,
            extra={
                "desk_runs_mb": [round(mb, 1) for mb in desk],
                "bare_runs_mb": [round(mb, 1) for mb in bare],
                "most_rows_held": report.get("most_rows_held"),
                "search_rows": report.get("searches"),
            },
        )
    ]


# --- the run -------------------------------------------------------------------------------


def run() -> Sequence[Result]:
    from tests.benchmarks import big_database

    results: list[Result] = []
    cached = big_database.sqlite_database()
    with tempfile.TemporaryDirectory(prefix="pelita-bench-desk-") as tmp:
        copy = Path(tmp) / cached.name
        shutil.copyfile(cached, copy)
        url = big_database.sqlite_url(copy)
        # The memory runs first: they also read the fresh copy into the OS's cache, which the
        # list's first (cold) run would otherwise pay for.
        results += _memory_results(url)
        results += _list_results(url)
        results += _save_results(url, "sqlite")
    with big_database.postgres_database() as server, _scratch_postgres(server) as url:
        results += _save_results(url, "postgres")
    return results


if __name__ == "__main__":
    if sys.argv[1:2] == ["--bare-window"]:
        _bare_window()
    elif sys.argv[1:2] == ["--desk"] and len(sys.argv) == 3:
        _desk(sys.argv[2])
    else:
        raise SystemExit("usage: python -m tests.benchmarks.bench_desk --bare-window | --desk URL")
