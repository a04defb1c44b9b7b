"""The million-participant databases the registry benchmarks search, built once and cached.

Both are built the way a person would: `pelita demo --participants N --database URL` in a
fresh process. The SQLite file and the PostgreSQL data directory live under
benchmark-results/big/ (gitignored) and are named after a fingerprint of everything that
shapes their content (the generator, the name lists, the migrations), so a change to any of
them builds a new one instead of measuring a stale one.

`python -m tests.benchmarks.big_database [N]` builds both ahead of a benchmark run.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.pg_server import (
    DATABASE,
    HOST,
    USER,
    PostgresServer,
    _runuser,
    _service_user,
    find_bindir,
)

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / "benchmark-results" / "big"
PEOPLE = 1_000_000
# What decides the content of a built database: a change to any of these rebuilds it.
SOURCES = (
    "desktop/services/demo_people.py",
    "desktop/services/demo.py",
    "desktop/services/demo_cohorts.py",
    "desktop/domain/demo_names.py",
    "desktop/store/participants.py",
    "desktop/store/migrations/versions",
)


def fingerprint(people: int) -> str:
    digest = hashlib.sha256(str(people).encode())
    for source in SOURCES:
        path = ROOT / source
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            digest.update(file.read_bytes())
    return digest.hexdigest()[:12]


def build_demo(url: str, people: int) -> float:
    """`pelita demo --participants N` into `url`; the wall time of the whole command."""
    with tempfile.TemporaryDirectory(prefix="pelita-bench-home-") as home:
        env = {**os.environ, "PELITA_HOME": home}
        command = [sys.executable, "-m", "desktop.cli", "demo", "--participants", str(people)]
        started = time.perf_counter()
        subprocess.run(
            [*command, "--database", url], env=env, check=True, stdout=subprocess.DEVNULL
        )
        return time.perf_counter() - started


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def sqlite_database(people: int = PEOPLE) -> Path:
    """The cached SQLite file, built first if needed."""
    path = CACHE / f"registry-{people}-{fingerprint(people)}.sqlite3"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        building = path.with_suffix(".building")
        building.unlink(missing_ok=True)
        print(f"building {path.name} ({people:,} people)...", flush=True)
        seconds = build_demo(sqlite_url(building), people)
        print(f"built in {seconds:.1f} s", flush=True)
        building.rename(path)
        for suffix in ("-wal", "-shm"):
            Path(f"{building}{suffix}").unlink(missing_ok=True)
    return path


class CachedPostgres(PostgresServer):
    """A test server whose cluster is kept between runs in `directory`: a million rows take a
    minute to load, the cluster a fraction of a second to start again."""

    def __init__(self, directory: Path) -> None:
        super().__init__()
        self.directory = directory

    @property
    def built(self) -> Path:
        return self.directory / "built"  # written once the demo is in: a partial build is redone

    def start(self) -> str:
        if self.url is not None:
            return self.url
        if self.directory.exists() and not self.built.exists():
            shutil.rmtree(self.directory)
        fresh = not self.directory.exists()
        self._bindir = find_bindir()
        self._tmp = self._make_tmp()
        try:
            if fresh:
                self._initdb()
            self.port = self._start_postmaster()
            if fresh:
                self._run("createdb", "-h", HOST, "-p", str(self.port), "-U", USER, DATABASE)
        except BaseException:
            self.stop()
            raise
        self.url = f"postgresql+psycopg://{USER}@{HOST}:{self.port}/{DATABASE}"
        return self.url

    def stop(self) -> None:
        """Stops the server and keeps its files."""
        self.url = self.port = None
        if self._tmp is not None and (self._tmp / "data" / "postmaster.pid").exists():
            self._run("pg_ctl", "stop", "-D", str(self._tmp / "data"), "-m", "fast", "-w")
        self._tmp = None

    def _make_tmp(self) -> Path:
        """The parent's set-up (run as the service user when we are root), in `directory`."""
        owner = None
        if os.geteuid() == 0:
            owner = _service_user()
            self._prefix = [_runuser(), "-u", owner.pw_name, "--"]
        (self.directory / "sock").mkdir(parents=True, exist_ok=True)
        if owner is not None:
            for path in (self.directory, self.directory / "sock"):
                os.chown(path, owner.pw_uid, owner.pw_gid)
        return self.directory


@contextmanager
def postgres_database(people: int = PEOPLE) -> Iterator[str]:
    """A running server holding the cached database (built first if needed); its URL."""
    server = CachedPostgres(CACHE / f"postgres-{people}-{fingerprint(people)}")
    url = server.start()
    try:
        if not server.built.exists():
            print(f"building the PostgreSQL database ({people:,} people)...", flush=True)
            seconds = build_demo(url, people)
            print(f"built in {seconds:.1f} s", flush=True)
            server.built.write_text(f"{seconds:.1f} s\n")
        yield url
    finally:
        server.stop()


@contextmanager
def scratch_postgres(url: str, scratch: str) -> Iterator[str]:
    """A database `scratch` copied from the cached one at `url` (as a template), so a benchmark
    may write to it; dropped afterwards."""
    import psycopg

    base, _slash, name = url.rpartition("/")
    admin_url = f"{base}/postgres".replace("postgresql+psycopg", "postgresql")
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{scratch}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{scratch}" TEMPLATE "{name}" STRATEGY FILE_COPY')
        try:
            yield f"{base}/{scratch}"
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{scratch}" WITH (FORCE)')


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else PEOPLE
    print(sqlite_database(count))
    with postgres_database(count) as database_url:
        print(database_url)


def run_child(script: str, *arguments: str) -> dict[str, float]:
    """Run `script` in a fresh Python (so its imports and peak memory are its own) and return
    the JSON object it prints last."""
    done = subprocess.run(
        [sys.executable, "-c", script, *arguments],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))
