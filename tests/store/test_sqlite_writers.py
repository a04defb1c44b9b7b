"""Two writers on one SQLite file at the same moment (the GUI thread and a worker, or two
programs on a shared PC): the second waits its turn instead of failing with "database is
locked". A writing service call begins its transaction IMMEDIATE; a read-only one does not, so
a search never waits for a save."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import event, select, text

from desktop.domain.errors import PermissionDenied
from desktop.domain.roles import Role
from desktop.services.context import Actor, _transaction, acting
from desktop.store.database import Database
from desktop.store.models import Setting


def _begins(db: Database) -> list[str]:
    seen: list[str] = []

    def remember(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if statement.startswith("BEGIN"):
            seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", remember)
    return seen


def test_a_writing_call_takes_the_write_lock_first_a_reading_one_does_not(
    sqlite_db: Database,
) -> None:
    nobody = Actor(user_id=0, username="nobody", full_name="Nobody", role=Role.ADMIN)
    begins = _begins(sqlite_db)
    with sqlite_db.sessions.begin() as session:  # a plain session, as before
        session.execute(text("SELECT 1"))
    # No such account, so both are refused; their BEGIN has run by then.
    with pytest.raises(PermissionDenied), acting(sqlite_db, nobody):
        pass
    with pytest.raises(PermissionDenied), acting(sqlite_db, nobody, read_only=True):
        pass
    assert begins == ["BEGIN", "BEGIN IMMEDIATE", "BEGIN"]


def test_a_second_writer_waits_for_the_first_instead_of_failing(sqlite_db: Database) -> None:
    """Writer A holds the lock for a moment; writer B, starting meanwhile, reads then writes.
    Begun DEFERRED, B would read the old snapshot and SQLite would refuse its write at once."""
    a_has_written = threading.Event()
    outcome: dict[str, object] = {}

    def writer_a() -> None:
        with _transaction(sqlite_db, read_only=False) as session:
            session.add(Setting(key="a", value=1))
            session.flush()
            a_has_written.set()
            time.sleep(0.3)  # a slow commit (fsync on an old disk)

    def writer_b() -> None:
        a_has_written.wait(5)
        try:
            with _transaction(sqlite_db, read_only=False) as session:
                seen = session.scalar(select(Setting.value).where(Setting.key == "a"))
                session.add(Setting(key="b", value=seen))
            outcome["b"] = "saved"
        except Exception as error:  # reported below, not lost in the thread
            outcome["b"] = error

    threads = [threading.Thread(target=writer_a), threading.Thread(target=writer_b)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert outcome == {"b": "saved"}
    with sqlite_db.sessions() as session:
        # B waited for A's commit, so it read A's value.
        assert session.scalar(select(Setting.value).where(Setting.key == "b")) == 1
