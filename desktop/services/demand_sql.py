"""The SQL pieces the demand report's queries (desktop.services.demand_queries) are built of:
a JSON array expanded as rows on either database (`elements`), the people a report covers
(`Scope`, `people_in`), and the index hint that keeps SQLite's plans sane (`Unindexed`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ColumnElement, FromClause, Integer, cast, func
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import QueryableAttribute
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.visitors import InternalTraversal

from desktop.domain.choices import ParticipantStatus
from desktop.store.participants import Participant

P = Participant


@dataclass(frozen=True)
class Elements:
    """A JSON array column expanded as rows: `value` (an int, or text for `text=True`) and
    `rank` (0 for the first element)."""

    source: FromClause
    value: ColumnElement[Any]
    rank: ColumnElement[int]


def elements(array: Any, sqlite: bool, name: str, *, text: bool = False) -> Elements:
    if sqlite:
        # No column list after the alias: SQLite knows json_each's columns by their names.
        each = func.json_each(array).table_valued("key", "value", name=name)
        return Elements(each, each.c.value, each.c.key)
    rows = (
        func.json_array_elements_text(cast(array, JSON))
        .table_valued("value", with_ordinality="ordinality")
        .render_derived(name)
    )
    value = rows.c.value if text else cast(rows.c.value, Integer)
    return Elements(rows, value, rows.c.ordinality - 1)


@dataclass(frozen=True)
class Scope:
    """Which people count: active records registered in [registered_from, registered_before)
    (UTC moments, None: open) living in the regency and district (codes, "": anywhere)."""

    registered_from: datetime | None = None
    registered_before: datetime | None = None
    regency: str = ""
    district: str = ""


class Unindexed(ColumnElement[Any]):
    """`+column` on SQLite, the column elsewhere: SQLite's documented way to keep a condition
    from choosing its index (as desktop.services.registry does). Without statistics SQLite
    would drive the few enrolments' queries from the `status` index, through a million rows."""

    inherit_cache = True
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement)]  # noqa: RUF012

    def __init__(self, column: Any) -> None:
        self.column = column.expression if isinstance(column, QueryableAttribute) else column
        self.type = self.column.type


@compiles(Unindexed)
def _compile_unindexed(element: Unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return str(compiler.process(element.column, **kw))


@compiles(Unindexed, "sqlite")
def _compile_unindexed_sqlite(element: Unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return "+" + str(compiler.process(element.column, **kw))


def _plain(column: Any) -> ColumnElement[Any]:
    return column.expression if isinstance(column, QueryableAttribute) else column


def people_in(scope: Scope, *, indexed: bool) -> list[ColumnElement[bool]]:
    """The conditions on Participant for `scope`. `indexed`: the period and area may choose
    their index (a scan of the people); otherwise none may (the few enrolments lead). The
    status never does: nearly everyone is active."""
    wrap = _plain if indexed else Unindexed
    found = [Unindexed(P.status) == ParticipantStatus.ACTIVE.value]
    if scope.registered_from is not None:
        found.append(wrap(P.created_at) >= scope.registered_from)
    if scope.registered_before is not None:
        found.append(wrap(P.created_at) < scope.registered_before)
    if scope.regency:
        found.append(wrap(P.regency_code) == scope.regency)
    if scope.district:
        found.append(wrap(P.district_code) == scope.district)
    return found
