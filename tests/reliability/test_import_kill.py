"""An import killed with SIGKILL (a power cut, a task manager) inside its transaction, after
the 2,000 people are inserted and before the commit, leaves the database as it was (SQLite
and PostgreSQL): SQLite's file passes its integrity check, nobody was added, and the same list
then imports whole."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from sqlalchemy import func, select, text

from desktop.services.accounts import authenticate
from desktop.services.demo import build_demo
from desktop.services.participant_import import commit_import, preview_import
from desktop.store.database import Database
from desktop.store.participants import Participant
from tests.benchmarks.bench_import import people_rows, write_list

ROOT = Path(__file__).resolve().parents[2]
ROWS = 2_000

# The child previews the list and kills itself after the inserts, before the audit and commit.
CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from desktop.services import participant_import
    from desktop.services.accounts import authenticate
    from desktop.store.database import open_database

    db = open_database(sys.argv[1])
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


def _people(db: Database) -> int:
    with db.sessions() as session:
        if db.is_sqlite:
            assert session.scalar(text("PRAGMA integrity_check")) == "ok"
        return int(session.scalar(select(func.count(Participant.id))) or 0)


def test_a_killed_import_leaves_nothing(db: Database, tmp_path: Path) -> None:
    """On SQLite and on PostgreSQL (where the server rolls back a dropped connection's
    transaction, and the ids the import took from the sequence are simply not used)."""
    build_demo(db, 40)
    before = _people(db)
    listing = write_list(tmp_path / "peserta.xlsx", people_rows(ROWS))
    url = db.engine.url.render_as_string(hide_password=False)

    child = subprocess.run(
        [sys.executable, "-c", CHILD, url, str(listing)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert child.returncode == -signal.SIGKILL, child.stdout + child.stderr

    assert _people(db) == before
    clerk = authenticate(db, "petugas", "petugas-demo")
    preview = preview_import(db, clerk, listing)
    assert commit_import(db, clerk, preview, valid_only=False).created == ROWS
    assert _people(db) == before + ROWS
