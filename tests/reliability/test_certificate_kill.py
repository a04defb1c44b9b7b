"""A certificate batch killed with SIGKILL (a power cut, a task manager) leaves no
half-issued certificate and no used-up number: killed while rendering, and killed inside the
transaction that records the batch. Afterwards the database passes its integrity check and
the next batch starts at number 1 of the year."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from desktop.paths import sqlite_url
from desktop.services import certificate_issue
from desktop.services.accounts import authenticate
from desktop.services.demo import build_demo
from desktop.store.certificates import Certificate, CertificateFile, CertificateYear
from desktop.store.database import open_database
from desktop.store.training import Cohort

ROOT = Path(__file__).resolve().parents[2]

# The child issues the demo's finished cohort and kills itself at the chosen moment.
CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from desktop.paths import sqlite_url
    from desktop.services import certificate_issue, certificate_record
    from desktop.services.accounts import authenticate
    from desktop.store.database import open_database

    path, cohort_id, moment = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    db = open_database(sqlite_url(path))
    admin = authenticate(db, "admin", "admin-demo")
    eligible = tuple(
        c.enrolment_id for c in certificate_issue.candidates(db, admin, cohort_id) if c.eligible
    )

    def die(*_args, **_kwargs):
        os.kill(os.getpid(), signal.SIGKILL)

    def progress(done, total):
        if moment == "rendering" and done >= total // 2:
            die()

    if moment == "recording":
        # After the certificates and their PDFs are inserted, before the commit.
        certificate_record._complete = die
    certificate_issue.issue(
        db, admin, certificate_issue.IssueRequest(cohort_id, eligible), progress=progress
    )
    print("not killed")
    """
)


@pytest.mark.parametrize("moment", ["rendering", "recording"])
def test_a_killed_batch_leaves_nothing(tmp_path: Path, moment: str) -> None:
    path = tmp_path / "pelita.sqlite3"
    db = open_database(sqlite_url(path))
    build_demo(db, 40)
    with db.sessions() as session:
        cohort_id = session.scalar(select(Cohort.id).where(Cohort.status == "finished"))
    db.close()
    assert cohort_id is not None

    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), str(cohort_id), moment],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert child.returncode == -signal.SIGKILL, child.stdout + child.stderr

    db = open_database(sqlite_url(path))
    try:
        with db.sessions() as session:
            assert session.scalar(text("PRAGMA integrity_check")) == "ok"
            assert session.scalar(select(func.count(Certificate.id))) == 0
            assert session.scalar(select(func.count(CertificateFile.certificate_id))) == 0
            assert not session.scalar(select(func.max(CertificateYear.last_seq)))
        admin = authenticate(db, "admin", "admin-demo")
        eligible = tuple(
            c.enrolment_id for c in certificate_issue.candidates(db, admin, cohort_id) if c.eligible
        )
        issued = certificate_issue.issue(
            db, admin, certificate_issue.IssueRequest(cohort_id, eligible)
        )
        assert [c.number.split("/")[0] for c in issued.certificates][:2] == ["0001", "0002"]
    finally:
        db.close()
