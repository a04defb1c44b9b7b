"""Export everything and import it again: a 10,000-participant demo centre on SQLite.

The export (`export_everything` as the admin, every table to xlsx and every certificate PDF
into one zip) and the import (`import_archive` into a new SQLite file, one transaction, with
the checksum pass first and the search index rebuilt) each run in a child process of their
own, which reports its wall time and peak resident memory (VmHWM).

The yardstick, in another child process of the same run: openpyxl alone writing as many cells
as the archive's workbooks hold (plain values, twelve to a row) in write-only mode, then
reading them back in read-only mode: the spreadsheet work underneath, with no database, no
typing of cells, no checksums and no zip.

The database is built once by `pelita demo --participants 10000` and cached (big_database.py);
the export runs on a copy, so its audit entry does not change the cached file.
`python -m tests.benchmarks.bench_archive 2000` runs a small version.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from tests.benchmarks import big_database
from tests.benchmarks.common import Result

PEOPLE = 10_000
TARGET_EXPORT_S = 60.0
TARGET_IMPORT_S = 90.0

_PEAK = """
def _peak_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0
"""

_EXPORT = (
    _PEAK
    + """
import json, sys, time, zipfile
from pathlib import Path
from desktop.services.accounts import authenticate
from desktop.services.archive_export import export_everything
from desktop.store.database import open_database

db = open_database(sys.argv[1], create=False)
admin = authenticate(db, "admin", "admin-demo")
started = time.perf_counter()
summary = export_everything(db, admin, Path(sys.argv[2]))
seconds = time.perf_counter() - started
db.close()
with zipfile.ZipFile(sys.argv[2]) as archive:
    manifest = json.loads(archive.read("manifest.json"))
cells = sum(t["rows"] * len(t["columns"]) for t in manifest["tables"])
print(json.dumps({"seconds": seconds, "rows": summary.rows, "tables": len(summary.tables),
                  "cells": cells, "certificates": summary.certificates, "mb": _peak_mb()}))
"""
)

_IMPORT = (
    _PEAK
    + """
import json, sys, time
from pathlib import Path
from desktop.services.archive_import import import_archive
from desktop.store.database import open_database

db = open_database(sys.argv[1])
started = time.perf_counter()
summary = import_archive(db, Path(sys.argv[2]))
seconds = time.perf_counter() - started
db.close()
print(json.dumps({"seconds": seconds, "rows": summary.rows, "mb": _peak_mb()}))
"""
)

_OPENPYXL = """
import json, sys, time
from datetime import date
from openpyxl import Workbook, load_workbook

rows = int(sys.argv[1])
started = time.perf_counter()
book = Workbook(write_only=True)
sheet = book.create_sheet("rows")
for n in range(1, rows + 1):
    sheet.append([n, f"Siti Aminah {n}", f"3203{n:012d}", "Bandung", "1990-01-15", "P",
                  f"0812{n % 10000:04d}7890", "Jl. Merdeka 5", "Cibodas", True, 45,
                  "2026-11-23T10:15:30.123456+00:00"])
book.save(sys.argv[2])
written = time.perf_counter() - started
started = time.perf_counter()
sheet = load_workbook(sys.argv[2], read_only=True)["rows"]
count = sum(1 for _ in sheet.iter_rows(values_only=True))
read = time.perf_counter() - started
print(json.dumps({"write": written, "read": read, "count": count}))
"""


def run(people: int = PEOPLE) -> Sequence[Result]:
    cached = big_database.sqlite_database(people)
    with tempfile.TemporaryDirectory(prefix="pelita-bench-archive-") as name:
        folder = Path(name)
        source = folder / "source.sqlite3"
        shutil.copy(cached, source)
        archive = folder / "centre.zip"
        exported = big_database.run_child(_EXPORT, big_database.sqlite_url(source), str(archive))
        size_mb = archive.stat().st_size / 1e6
        imported = big_database.run_child(
            _IMPORT, big_database.sqlite_url(folder / "moved.sqlite3"), str(archive)
        )
        # As many cells as the archive's workbooks hold, twelve to a row.
        plain_rows = str(int(exported["cells"]) // 12)
        plain = big_database.run_child(_OPENPYXL, plain_rows, str(folder / "plain.xlsx"))
    extra = {
        "participants": people,
        "rows": int(exported["rows"]),
        "tables": int(exported["tables"]),
        "cells": int(exported["cells"]),
        "certificates": int(exported["certificates"]),
        "archive_mb": round(size_mb, 1),
        "export_peak_mb": round(exported["mb"], 1),
        "import_peak_mb": round(imported["mb"], 1),
    }
    return [
        Result(
            name=f"export everything, {people} participants (sqlite)",
            value=exported["seconds"],
            unit="s",
            yardstick_name="openpyxl write-only, as many plain cells",
            yardstick=plain["write"],
            target=f"<= {TARGET_EXPORT_S:g} s",
            met=exported["seconds"] <= TARGET_EXPORT_S,
            runs=1,
            extra=extra,
        ),
        Result(
            name=f"import the archive into a new sqlite file, {people} participants",
            value=imported["seconds"],
            unit="s",
            yardstick_name="openpyxl read-only, the same plain cells",
            yardstick=plain["read"],
            target=f"<= {TARGET_IMPORT_S:g} s",
            met=imported["seconds"] <= TARGET_IMPORT_S,
            runs=1,
            extra=extra,
        ),
    ]


if __name__ == "__main__":
    for result in run(int(sys.argv[1]) if len(sys.argv) > 1 else PEOPLE):
        print(result.line(), result.extra)
