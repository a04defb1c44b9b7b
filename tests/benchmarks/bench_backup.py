"""Backing up the 1,000,000-participant SQLite database, and the integrity check at start.

Measured in one run, against yardsticks from the same run on the same disk:
- a backup as `take_backup` takes it (SQLite's online backup into a partial file, fsync,
  quick_check of the copy, atomic rename), plain and encrypted, against copying the file
  with `shutil.copyfile` and fsync (what a person would do by hand). Targets: within 3x
  (plain) and 4x (encrypted) of the copy;
- the integrity check at start: PRAGMA quick_check, which a desk runs after a crash (or
  when the file changed since the backup at exit), against reading the file once (it is
  CPU-bound: the read is only a floor). Target: <= 5 s for a million participants. And the
  check after a clean exit, which the exit backup's check stands for (a stat and a small
  file read). Target: <= 0.05 s.

The database is built once by `pelita demo --participants 1000000` and cached (see
big_database.py). `python -m tests.benchmarks.bench_backup 2000` runs a small version;
`--file PATH` measures an SQLite file already at hand instead.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.benchmarks import big_database
from tests.benchmarks.common import Result, median

PEOPLE = 1_000_000
CHECK_RUNS = 3
TARGET_PLAIN = 3.0
TARGET_SEALED = 4.0
TARGET_CHECK_S = 5.0
TARGET_CLEAN_S = 0.05


def _seconds(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def _copy_file(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    with target.open("rb+") as handle:
        os.fsync(handle.fileno())


def _read_file(source: Path) -> None:
    with source.open("rb") as handle:
        while handle.read(1 << 20):
            pass


def run(people: int = PEOPLE, file: Path | None = None) -> Sequence[Result]:
    from desktop.services.backup_crypto import new_backup_key
    from desktop.services.backups import BackupPlace, check_integrity, take_backup
    from desktop.services.startup import check_sqlite_file

    database = file or big_database.sqlite_database(people)
    size_mb = database.stat().st_size / 1e6
    _read_file(database)  # the file cache warm for all alike
    with tempfile.TemporaryDirectory(prefix="pelita-bench-backup-", dir=database.parent) as tmp:
        folder = Path(tmp)
        copy_s = _seconds(lambda: _copy_file(database, folder / "copy.sqlite3"))
        (folder / "copy.sqlite3").unlink()
        plain = BackupPlace(folder / "plain", None, None, database.stem)
        plain_s = _seconds(lambda: take_backup(database, plain, "manual", datetime.now(UTC)))
        shutil.rmtree(plain.folder)
        sealed = BackupPlace(
            folder / "sealed", None, new_backup_key("benchmark pass"), database.stem
        )
        later = datetime.now(UTC) + timedelta(seconds=1)
        sealed_s = _seconds(lambda: take_backup(database, sealed, "manual", later))
        shutil.rmtree(sealed.folder)
        # The backup at exit marks the file checked; the next start only compares.
        take_backup(database, plain, "exit", later + timedelta(seconds=1))
        try:
            clean = median([_seconds(lambda: check_sqlite_file(database)) for _ in range(5)])
        finally:
            marker = database.with_name(f".{database.name}.checked")
            marker.unlink(missing_ok=True)
    read = median([_seconds(lambda: _read_file(database)) for _ in range(CHECK_RUNS)])
    checks = []
    for _ in range(CHECK_RUNS):
        started = time.perf_counter()
        assert check_integrity(database).ok
        checks.append(time.perf_counter() - started)
    check = median(checks)
    extra = {"file": database.name, "file_mb": round(size_mb, 1)}
    label = f"{people:,}" if file is None else database.name
    return [
        Result(
            name=f"backup of {label} ({size_mb:.0f} MB): online backup, fsync, check, rename",
            value=plain_s,
            unit="s",
            yardstick_name="plain file copy + fsync",
            yardstick=copy_s,
            target=f"<= {TARGET_PLAIN:g}x the copy",
            met=plain_s <= TARGET_PLAIN * copy_s,
            runs=1,
            extra=extra,
        ),
        Result(
            name=f"encrypted backup of {label}",
            value=sealed_s,
            unit="s",
            yardstick_name="plain file copy + fsync",
            yardstick=copy_s,
            target=f"<= {TARGET_SEALED:g}x the copy",
            met=sealed_s <= TARGET_SEALED * copy_s,
            runs=1,
            extra=extra,
        ),
        Result(
            name=f"integrity check at start after a crash (quick_check) of {label}",
            value=check,
            unit="s",
            yardstick_name="reading the file once",
            yardstick=read,
            target=f"<= {TARGET_CHECK_S:g} s",
            met=check <= TARGET_CHECK_S,
            runs=CHECK_RUNS,
            extra=extra,
        ),
        Result(
            name=f"integrity check at start after a clean exit of {label}",
            value=clean,
            unit="s",
            yardstick_name="quick_check",
            yardstick=check,
            target=f"<= {TARGET_CLEAN_S:g} s",
            met=clean <= TARGET_CLEAN_S,
            runs=5,
            extra=extra,
        ),
    ]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.bench_backup")
    parser.add_argument("people", nargs="?", type=int, default=PEOPLE)
    parser.add_argument("--file", type=Path, help="an SQLite file to measure instead")
    args = parser.parse_args()
    for result in run(args.people, args.file):
        print(result.line(), result.extra)
