"""Many small rows, fetched through the database driver itself.

SQLAlchemy builds a Row object for every row it returns (~1.5 µs each): nothing for a page
of a hundred, but 30 ms for the 20,000 (id, name key) pairs of a large village that the
duplicate check compares. The statement is still built and compiled by SQLAlchemy (bound
parameters, the dialect's SQL); only the fetching skips its result machinery, and the
driver's plain tuples come back.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select
from sqlalchemy.orm import Session


def tuples(session: Session, statement: Select[*tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """The rows of `statement`, in the session's transaction, as the driver's tuples.
    Only for columns the driver returns as Python wants them (integers, text): no
    SQLAlchemy type processing happens here (dates on SQLite would stay text)."""
    connection = session.connection()
    # render_postcompile: an IN list becomes one bound parameter per value, as drivers take it.
    compiled = statement.compile(
        dialect=connection.dialect, compile_kwargs={"render_postcompile": True}
    )
    if compiled.positiontup is not None:  # SQLite's "?" placeholders
        parameters: Any = tuple(compiled.params[name] for name in compiled.positiontup)
    else:  # psycopg's named "%(name)s"
        parameters = compiled.params
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(str(compiled), parameters)
        return [tuple(row) for row in cursor.fetchall()]
    finally:
        cursor.close()
