"""Migrations: the list in schema.py matches Alembic's, and the models match the database."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, inspect
from sqlalchemy.engine import make_url

from desktop.paths import sqlite_url
from desktop.store import models, schema
from desktop.store.database import open_database
from desktop.store.schema import SchemaState, schema_state

TABLES = {
    "centre",
    "user_account",
    "setting",
    "programme",
    "audit_entry",
    "participant",
    "participant_photo",
    "consent_record",
    "duplicate_decision",
    "programme_unit",
    "programme_material",
    "cohort",
    "sponsor",
    "cohort_sponsor",
    "attendance_mark",
    "attendance_tally",
    "certificate",
    "certificate_file",
    "certificate_year",
    "certificate_style",
    "signing_key",
    "location",
    "item",
    "item_note",
    "stock_movement",
    "loan",
    "stock_take",
    "sponsor_contact",
    "sponsor_agreement",
    "contribution",
    "contribution_document",
    "assessment",
    "unit_result",
    "survey_question",
    "survey_response",
    "survey_answer",
    "follow_up",
    "data_request",
    "cohort_instructor",
    "cohort_session",
    "enrolment",
    "enrolment_event",
}
# The search indexes are made by migration 0002 in each database's own way (FTS5 tables and
# triggers, a pg_trgm GIN index), outside the models: the comparison leaves them out.
SEARCH_INDEX_OBJECTS = ("participant_fts", "ix_participant_search_trgm")


def _not_search_index(obj: object, name: str | None, kind: str, *_: object) -> bool:
    return not (name or "").startswith(SEARCH_INDEX_OBJECTS)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database: a new SQLite file, or a new database in the session's server."""
    if request.param == "sqlite":
        yield sqlite_url(tmp_path / "empty.sqlite3")
        return
    server_url = request.getfixturevalue("postgres_url")
    server = create_engine(server_url, isolation_level="AUTOCOMMIT")
    name = f"pelita_migr_{uuid.uuid4().hex[:12]}"
    with server.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with server.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        server.dispose()


def _script() -> ScriptDirectory:
    return ScriptDirectory(str(schema.MIGRATIONS_DIR))


def _diffs(engine: Engine) -> list[object]:
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_object": _not_search_index}
        )
        return list(compare_metadata(context, models.Base.metadata))


def _downgrade(engine: Engine, revision: str) -> None:
    config = Config()
    config.set_main_option("script_location", str(schema.MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def test_revisions_match_alembic_history() -> None:
    script = _script()
    oldest_first = [revision.revision for revision in script.walk_revisions()][::-1]
    assert list(schema.REVISIONS) == oldest_first
    assert schema.HEAD == script.get_current_head() == oldest_first[-1]
    assert len(script.get_heads()) == 1, "migrations must not branch"


def test_each_revision_follows_the_one_before() -> None:
    script = _script()
    previous: str | None = None
    for name in schema.REVISIONS:
        revision = script.get_revision(name)
        assert revision is not None
        assert revision.down_revision == previous
        previous = name


def test_every_file_in_versions_is_a_known_revision() -> None:
    files = {
        path.stem
        for path in (schema.MIGRATIONS_DIR / "versions").glob("*.py")
        if not path.name.startswith("_")
    }
    assert files == set(schema.REVISIONS)


def test_upgrade_from_empty_matches_the_models(empty_url: str) -> None:
    database = open_database(empty_url)
    try:
        tables = {
            name
            for name in inspect(database.engine).get_table_names()
            if not name.startswith(SEARCH_INDEX_OBJECTS)
        }
        assert tables == TABLES | {"alembic_version"}
        assert schema_state(database.engine) == (SchemaState.CURRENT, schema.HEAD)
        assert _diffs(database.engine) == []
    finally:
        database.close()


def test_compare_metadata_does_notice_a_difference(empty_url: str) -> None:
    # Guard for the test above: an empty database differs from the models in every table.
    engine = create_engine(empty_url)
    try:
        added = {diff[1].name for diff in _diffs(engine) if diff[0] == "add_table"}  # type: ignore[index]
        assert added == TABLES
    finally:
        engine.dispose()


def test_downgrade_to_base_then_upgrade_again(empty_url: str) -> None:
    database = open_database(empty_url)
    try:
        _downgrade(database.engine, "base")
        assert not set(inspect(database.engine).get_table_names()) & TABLES
        schema.upgrade(database.engine)
        assert set(inspect(database.engine).get_table_names()) >= TABLES
        assert schema_state(database.engine) == (SchemaState.CURRENT, schema.HEAD)
        assert _diffs(database.engine) == []
    finally:
        database.close()


def test_programmes_written_before_0003_get_its_defaults(empty_url: str) -> None:
    """A centre's programmes from before cohorts existed keep working after the upgrade."""
    database = open_database(empty_url)
    try:
        _downgrade(database.engine, "0002_participants")
        with database.engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO programme (code, name, skill_area, hours_jp, description, active)"
                " VALUES ('MJH', 'Menjahit', 'garment', 160, '', true)"
            )
        schema.upgrade(database.engine)
        with database.engine.connect() as connection:
            row = connection.exec_driver_sql(
                "SELECT minutes_per_jp, default_capacity, eligibility, completion, version"
                " FROM programme WHERE code = 'MJH'"
            ).one()
        eligibility, completion = (
            value if isinstance(value, dict) else json.loads(value) for value in row[2:4]
        )
        assert (row[0], row[1], eligibility, completion, row[4]) == (45, 20, {}, {}, 1)
    finally:
        database.close()


def test_an_sqlite_upgrade_turns_foreign_keys_off_only_while_it_runs(tmp_path: Path) -> None:
    """SQLite rebuilds a table to alter it; with foreign keys on, a table others point at
    could not be dropped, so the upgrade runs without them and checks them before it commits.
    The desk's connection must get them back."""
    from desktop.store.engine import make_engine

    engine = make_engine(sqlite_url(tmp_path / "old.sqlite3"))
    try:
        schema.upgrade(engine, "0006_certificates")
        seen: list[int] = []
        original = schema._check_foreign_keys

        def spy(connection):  # type: ignore[no-untyped-def]
            seen.append(connection.exec_driver_sql("PRAGMA foreign_keys").scalar())
            original(connection)

        schema._check_foreign_keys = spy  # type: ignore[assignment]
        try:
            schema.upgrade(engine)
        finally:
            schema._check_foreign_keys = original  # type: ignore[assignment]
        assert seen == [0]
        with engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        engine.dispose()
