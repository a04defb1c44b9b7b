"""Exporting the participant list: 100,000 participants to xlsx, on SQLite.

The export runs in a child process of its own (`export_participants` as an admin sees it:
every column, numbers unmasked, labels translated), which reports the export's wall time and
its own peak resident memory (VmHWM: the interpreter, the libraries and the login
included), and the resident memory sampled during the export against that before it.
Targets: <= 15 s and < 150 MB (issue 7).

The yardstick, in another child process of the same run: openpyxl's write-only mode writing
the same number of rows of 19 plain values (no database, no styles, no masking), the way
openpyxl is usually used for large files (FIELD-NOTES: 11 s and 33 MB for 15 columns with
lxml installed; Pelita does not install lxml).

The database is built once by `pelita demo --participants 100000` and cached (see
big_database.py). `python -m tests.benchmarks.bench_export 2000` runs a small version.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from tests.benchmarks import big_database
from tests.benchmarks.common import Result

PEOPLE = 100_000
TARGET_SECONDS = 15.0
TARGET_MB = 150.0

_EXPORT = """
import json, resource, sys, threading, time

def _peak_mb():
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over exec from the process that started
    # this one, so a benchmark run after a big one (LibreOffice) reported that one's peak.
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
from pathlib import Path
import psutil
from desktop.services.accounts import authenticate
from desktop.services.participant_export import export_participants
from desktop.store.database import open_database

db = open_database(sys.argv[1], create=False)
admin = authenticate(db, "admin", "admin-demo")
process, samples, done = psutil.Process(), [], threading.Event()
before = process.memory_info().rss / 2**20

def sample():
    while not done.wait(0.02):
        samples.append(process.memory_info().rss / 2**20)

sampler = threading.Thread(target=sample)
sampler.start()
started = time.perf_counter()
count = export_participants(db, admin, Path(sys.argv[2]), language="id")
seconds = time.perf_counter() - started
done.set()
sampler.join()
db.close()
peak = _peak_mb()
print(json.dumps({
    "count": count, "seconds": seconds, "mb": peak, "before_mb": before,
    "during_mb": max(samples, default=before),
}))
"""

_OPENPYXL = """
import json, resource, sys, time

def _peak_mb():
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over exec from the process that started
    # this one, so a benchmark run after a big one (LibreOffice) reported that one's peak.
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
from datetime import date
from openpyxl import Workbook

rows = int(sys.argv[1])
started = time.perf_counter()
book = Workbook(write_only=True)
sheet = book.create_sheet("Peserta")
for n in range(1, rows + 1):
    sheet.append([
        n, f"Siti Aminah {n}", f"3203{n:012d}", f"3203{n + 7:012d}", "Bandung",
        date(1990, 1, 1 + n % 28), "Perempuan", f"0812-{n % 10000:04d}-7890",
        "Jl. Merdeka 5, Dusun Sukamaju", "001", "002", "Cibodas", "Lembang",
        "Kabupaten Bandung Barat", "Jawa Barat", "SLTA", "Petani", "Tidak", date(2026, 1, 15),
    ])
book.save(sys.argv[2])
seconds = time.perf_counter() - started
peak = _peak_mb()
print(json.dumps({"count": rows, "seconds": seconds, "mb": peak}))
"""


def run(people: int = PEOPLE) -> Sequence[Result]:
    url = big_database.sqlite_url(big_database.sqlite_database(people))
    with tempfile.TemporaryDirectory(prefix="pelita-bench-export-") as folder:
        exported = big_database.run_child(_EXPORT, url, str(Path(folder) / "peserta.xlsx"))
        size_mb = (Path(folder) / "peserta.xlsx").stat().st_size / 1e6
        rows = str(int(exported["count"]))
        plain = big_database.run_child(_OPENPYXL, rows, str(Path(folder) / "plain.xlsx"))
    # The process's peak holds the login's too: argon2id takes 64 MiB to check a password
    # (and once more at import, for the dummy hash). What the export itself adds is the
    # resident memory sampled during it, against the memory before it.
    extra = {
        "participants": exported["count"],
        "file_mb": round(size_mb, 1),
        "rss_before_export_mb": round(exported["before_mb"], 1),
        "rss_peak_during_export_mb": round(exported["during_mb"], 1),
    }
    return [
        Result(
            name=f"export {int(exported['count'])} participants to xlsx (sqlite)",
            value=exported["seconds"],
            unit="s",
            yardstick_name="openpyxl write-only, plain rows",
            yardstick=plain["seconds"],
            target=f"<= {TARGET_SECONDS:g} s",
            met=exported["seconds"] <= TARGET_SECONDS,
            runs=1,
            extra=extra,
        ),
        Result(
            name="peak memory of the exporting process",
            value=exported["mb"],
            unit="MB",
            yardstick_name="openpyxl write-only, plain rows",
            yardstick=plain["mb"],
            target=f"< {TARGET_MB:g} MB",
            met=exported["mb"] < TARGET_MB,
            runs=1,
            extra=extra,
        ),
    ]


if __name__ == "__main__":
    for result in run(int(sys.argv[1]) if len(sys.argv) > 1 else PEOPLE):
        print(result.line(), result.extra)
