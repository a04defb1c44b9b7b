"""Rows through the driver: the same rows as SQLAlchemy's, with bound parameters, on both."""

from __future__ import annotations

from sqlalchemy import select

from desktop.store.database import Database
from desktop.store.models import Programme
from desktop.store.raw_rows import tuples


def test_tuples_are_the_rows_sqlalchemy_would_give(db: Database) -> None:
    with db.sessions.begin() as session:
        session.add_all(
            Programme(code=code, name=name, skill_area="x", hours_jp=hours)
            for code, name, hours in [("A", "Anyam", 10), ("B", "Boga", 20), ("C", "O'Neil", 30)]
        )
        session.flush()
        statement = (
            select(Programme.code, Programme.name)
            .where(Programme.hours_jp >= 20, Programme.name != "Boga; DROP TABLE programme")
            .order_by(Programme.code)
        )
        expected = [tuple(row) for row in session.execute(statement)]
        assert tuples(session, statement) == expected == [("B", "Boga"), ("C", "O'Neil")]
