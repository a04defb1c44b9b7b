"""An import killed with SIGKILL (a power cut, a task manager) inside its transaction, after
the 2,000 people are inserted and before the commit, leaves the database as it was: it passes
its integrity check, nobody was added, and the same list then imports whole."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from sqlalchemy import func, select, text

from desktop.paths import sqlite_url
from desktop.services.accounts import authenticate
from desktop.services.demo import build_demo
from desktop.services.participant_import import commit_import, preview_import
from desktop.store.database import open_database
from desktop.store.participants import Participant
from tests.benchmarks.bench_import import people_rows, write_list

ROOT = Path(__file__).resolve().parents[2]
ROWS = 2_000

# The child previews the list and kills itself after the inserts, before the audit and commit.
CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from desktop.paths import sqlite_url
    from desktop.services import participant_import
    from desktop.services.accounts import authenticate
    from desktop.store.database import open_database

    db = open_database(sqlite_url(sys.argv[1]))
    clerk = authenticate(db, "petugas", "petugas-demo")
    preview = participant_import.preview_import(db, clerk, Path(sys.argv[2]))
    assert preview.errors == 0, preview.rows[0].messages

    def die(*_args, **_kwargs):
        os.kill(os.getpid(), signal.SIGKILL)

    participant_import._audit_import = die
    participant_import.commit_import(db, clerk, preview, valid_only=False)
    print("not killed")
    """
)


def _people(path: Path) -> int:
    db = open_database(sqlite_url(path))
    try:
        with db.sessions() as session:
            assert session.scalar(text("PRAGMA integrity_check")) == "ok"
            return int(session.scalar(select(func.count(Participant.id))) or 0)
    finally:
        db.close()


def test_a_killed_import_leaves_nothing(tmp_path: Path) -> None:
    path = tmp_path / "pelita.sqlite3"
    db = open_database(sqlite_url(path))
    build_demo(db, 40)
    db.close()
    before = _people(path)
    listing = write_list(tmp_path / "peserta.xlsx", people_rows(ROWS))

    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), str(listing)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert child.returncode == -signal.SIGKILL, child.stdout + child.stderr

    assert _people(path) == before
    db = open_database(sqlite_url(path))
    try:
        clerk = authenticate(db, "petugas", "petugas-demo")
        preview = preview_import(db, clerk, listing)
        assert commit_import(db, clerk, preview, valid_only=False).created == ROWS
    finally:
        db.close()
    assert _people(path) == before + ROWS
