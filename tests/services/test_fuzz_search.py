"""Fuzzing every search box with any text, on SQLite (FTS5) and PostgreSQL (pg_trgm): any
unicode (NUL, lone surrogates, right-to-left, combining marks), the FTS5 query syntax (quotes,
*, ^, NEAR, AND/OR/NOT, parentheses, column filters), LIKE's % _ and \\, and very long text.
The search answers, the count agrees with the list, and nothing is changed.

test_registry.py checks the registry's answers against an oracle with a small alphabet and a
list of known hostile strings; these throw everything else at it and at the other searches.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from desktop.domain.choices import ParticipantStatus
from desktop.services import (
    audit,
    certificate_register,
    certificate_verify,
    inventory_list,
    registry,
)
from desktop.services.accounts import authenticate
from desktop.services.context import Actor
from desktop.services.demo import build_demo
from desktop.services.demo_people import Recorder, add_demo_people
from desktop.services.registry import RegistryQuery, SortKey
from desktop.store.database import Database
from desktop.store.participants import Participant
from tests.services.test_registry import _villages

# The pieces of FTS5's and LIKE's syntax, and words that match the demo people.
SYNTAX = [
    '"', "'", "*", "^", ":", "-", "+", "(", ")", "{", "}", "%", "_", "\\", ",", ".", "/",
    "NEAR", "NEAR(", "NEAR/2", "AND", "OR", "NOT", "search_text:", "participant_fts",
    "siti", "nur", "0812", "3203", "sukamaju", "aminah", "\x00", "\ud800", "\u202e", "e\u0301",
]  # fmt: skip
SYNTAX_TEXT = st.lists(
    st.one_of(st.sampled_from(SYNTAX), st.text(max_size=4)), min_size=1, max_size=10
).flatmap(lambda parts: st.sampled_from(["", " "]).map(lambda glue: glue.join(parts)))
SEARCH_TEXT = st.one_of(st.text(max_size=40), SYNTAX_TEXT)
LONG = ["siti " * 2_000, "x" * 20_000, '"' * 5_000, "NEAR(" * 1_000, "(" * 3_000 + ")" * 3_000]
PEOPLE = 40
FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _participants(db: Database) -> int:
    with db.sessions() as session:
        return int(session.scalar(select(func.count(Participant.id))) or 0)


def _with_people(db: Database) -> Database:
    if _participants(db) == 0:
        add_demo_people(db, PEOPLE, recorder=Recorder(None, "petugas"), villages=_villages())
    return db


@FUZZ
@given(
    text=SEARCH_TEXT,
    sort=st.sampled_from(list(SortKey)),
    descending=st.booleans(),
    status=st.sampled_from([None, ParticipantStatus.ACTIVE]),
)
@example(text=LONG[0], sort=SortKey.NAME, descending=False, status=None)
@example(text=LONG[1], sort=SortKey.NAME, descending=True, status=None)
@example(text=LONG[2], sort=SortKey.NAME, descending=False, status=None)
@example(text=LONG[3], sort=SortKey.NAME, descending=False, status=None)
@example(text=LONG[4], sort=SortKey.NAME, descending=False, status=None)
def test_the_registry_answers_any_search_and_counts_what_it_lists(
    demo_db: Database,
    admin: Actor,
    text: str,
    sort: SortKey,
    descending: bool,
    status: ParticipantStatus | None,
) -> None:
    db = _with_people(demo_db)
    query = RegistryQuery(text=text, sort=sort, descending=descending, status=status)
    listed = registry.page(db, admin, query, limit=PEOPLE + 10)
    assert listed.next_cursor is None
    ids = [row.id for row in listed.rows]
    assert len(ids) == len(set(ids))
    counted, more = registry.count(db, admin, query)
    assert (counted, more) == (len(ids), False)
    assert _participants(db) == PEOPLE  # the search changed nothing


@FUZZ
@given(text=SEARCH_TEXT)
@example(text=LONG[1])
@example(text=LONG[2])
def test_the_certificate_register_answers_any_search(
    demo_db: Database, admin: Actor, text: str
) -> None:
    assert certificate_register.search(demo_db, admin, text) == []  # the demo issued none


@FUZZ
@given(text=SEARCH_TEXT)
@example(text=LONG[1])
def test_a_certificate_check_answers_any_text(demo_db: Database, admin: Actor, text: str) -> None:
    answer = certificate_verify.verify(demo_db, admin, text)
    assert not answer.valid and answer.reason


# Found by fuzzing: the inventory's search passed the text to the database as typed, and a
# lone surrogate (on both databases) or NUL (on PostgreSQL) raised instead of finding nothing.
UNSTORABLE = ["\ud800", "siti\udfff", "\x00", "a\x00b"]


@pytest.mark.parametrize("text", UNSTORABLE, ids=repr)
def test_the_inventory_answers_unstorable_text(db: Database, text: str) -> None:
    build_demo(db)
    admin = authenticate(db, "admin", "admin-demo")
    filtered = inventory_list.ItemFilter(text=text, include_retired=True)
    assert inventory_list.list_items(db, admin, filtered) == []


@FUZZ
@given(text=SEARCH_TEXT)
@example(text=LONG[1])
def test_the_inventory_answers_any_search(demo_db: Database, admin: Actor, text: str) -> None:
    filtered = inventory_list.ItemFilter(text=text, include_retired=True)
    assert inventory_list.list_items(demo_db, admin, filtered) == []  # the demo has no items


@FUZZ
@given(text=SEARCH_TEXT)
@example(text=LONG[1])
def test_the_audit_log_answers_any_search(demo_db: Database, admin: Actor, text: str) -> None:
    for searched in (
        audit.AuditFilter(text=text),
        audit.AuditFilter(username=text),
        audit.AuditFilter(action=text),
        audit.AuditFilter(actions=(text, text + ".")),
    ):
        audit.fetch(demo_db, admin, audit.search_ids(demo_db, admin, searched))
