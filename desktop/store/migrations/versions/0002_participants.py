"""participants: the registry, consents, photos, duplicate decisions, and its search index

Revision ID: 0002_participants
Revises: 0001_foundation
Create Date: 2026-11-23

SQLite gets an FTS5 trigram index over `participant.search_text`, kept in step by triggers (an
external-content table: the text is stored once). PostgreSQL gets pg_trgm and a GIN index, which
serves `search_text LIKE '%term%'`. Both answer substring searches of 3 or more characters.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_participants"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None

SQLITE_SEARCH_INDEX = (
    "CREATE VIRTUAL TABLE participant_fts USING fts5("
    "search_text, content='participant', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER participant_fts_insert AFTER INSERT ON participant BEGIN "
    "INSERT INTO participant_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER participant_fts_delete AFTER DELETE ON participant BEGIN "
    "INSERT INTO participant_fts(participant_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); END",
    # Only when the searched text changes: most edits (a phone aside) leave the index alone.
    "CREATE TRIGGER participant_fts_update AFTER UPDATE OF search_text ON participant BEGIN "
    "INSERT INTO participant_fts(participant_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO participant_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
)

POSTGRES_SEARCH_INDEX = (
    # A trusted extension since PostgreSQL 13: the database owner may create it.
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX ix_participant_search_trgm ON participant USING gin (search_text gin_trgm_ops)",
)


def upgrade() -> None:
    op.create_table(
        "participant",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("full_name", sa.String(length=120), nullable=False),
        sa.Column("name_sort", sa.String(length=120), nullable=False),
        sa.Column("name_key", sa.String(length=160), nullable=False),
        sa.Column("nik", sa.String(length=16), nullable=False),
        sa.Column("no_nik_reason", sa.String(length=16), nullable=True),
        sa.Column("kk_number", sa.String(length=40), nullable=False),
        sa.Column("birth_place", sa.String(length=80), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("marital_status", sa.String(length=16), nullable=True),
        sa.Column("citizenship", sa.String(length=3), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("street", sa.String(length=200), nullable=False),
        sa.Column("rt", sa.String(length=3), nullable=False),
        sa.Column("rw", sa.String(length=3), nullable=False),
        sa.Column("province_code", sa.String(length=2), nullable=False),
        sa.Column("regency_code", sa.String(length=5), nullable=False),
        sa.Column("district_code", sa.String(length=8), nullable=False),
        sa.Column("village_code", sa.String(length=13), nullable=False),
        sa.Column("province_name", sa.String(length=100), nullable=False),
        sa.Column("regency_name", sa.String(length=100), nullable=False),
        sa.Column("district_name", sa.String(length=100), nullable=False),
        sa.Column("village_name", sa.String(length=100), nullable=False),
        sa.Column("postal_code", sa.String(length=5), nullable=False),
        sa.Column("education", sa.String(length=16), nullable=True),
        sa.Column("occupation", sa.String(length=100), nullable=False),
        sa.Column("employment", sa.String(length=16), nullable=True),
        sa.Column("income_band", sa.String(length=16), nullable=True),
        sa.Column("disabilities", sa.JSON(), nullable=False),
        sa.Column("has_disability", sa.Boolean(), nullable=False),
        sa.Column("accommodations", sa.JSON(), nullable=False),
        sa.Column("accommodation_note", sa.String(length=300), nullable=False),
        sa.Column("washington", sa.JSON(), nullable=True),
        sa.Column("dtsen", sa.String(length=8), nullable=False),
        sa.Column("dtsen_decile", sa.Integer(), nullable=True),
        sa.Column("assistance_bits", sa.Integer(), nullable=False),
        sa.Column("target_groups", sa.JSON(), nullable=False),
        sa.Column("preferences", sa.JSON(), nullable=False),
        sa.Column("skills_have", sa.String(length=300), nullable=False),
        sa.Column("goal", sa.String(length=16), nullable=True),
        sa.Column("channel", sa.String(length=16), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("merged_into_id", sa.Integer(), nullable=True),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["user_account.id"],
            name=op.f("fk_participant_created_by_id_user_account"),
        ),
        sa.ForeignKeyConstraint(
            ["merged_into_id"],
            ["participant.id"],
            name=op.f("fk_participant_merged_into_id_participant"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participant")),
    )
    op.create_index(
        "ix_participant_birth_date_id", "participant", ["birth_date", "id"], unique=False
    )
    op.create_index(
        "ix_participant_birth_date_key", "participant", ["birth_date", "name_key"], unique=False
    )
    op.create_index(
        "ix_participant_created_at_id", "participant", ["created_at", "id"], unique=False
    )
    op.create_index(
        op.f("ix_participant_district_code"), "participant", ["district_code"], unique=False
    )
    op.create_index(
        op.f("ix_participant_has_disability"), "participant", ["has_disability"], unique=False
    )
    op.create_index("ix_participant_name_sort_id", "participant", ["name_sort", "id"], unique=False)
    op.create_index("ix_participant_nik_id", "participant", ["nik", "id"], unique=False)
    op.create_index("ix_participant_phone_id", "participant", ["phone", "id"], unique=False)
    op.create_index(
        op.f("ix_participant_province_code"), "participant", ["province_code"], unique=False
    )
    op.create_index(
        op.f("ix_participant_regency_code"), "participant", ["regency_code"], unique=False
    )
    op.create_index(op.f("ix_participant_sex"), "participant", ["sex"], unique=False)
    op.create_index(op.f("ix_participant_status"), "participant", ["status"], unique=False)
    op.create_index(
        op.f("ix_participant_village_code"), "participant", ["village_code"], unique=False
    )
    op.create_index(
        "ix_participant_village_name_id", "participant", ["village_name", "id"], unique=False
    )
    op.create_index(
        "uq_participant_nik",
        "participant",
        ["nik"],
        unique=True,
        sqlite_where=sa.text("nik <> ''"),
        postgresql_where=sa.text("nik <> ''"),
    )
    op.create_table(
        "consent_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("purposes", sa.JSON(), nullable=False),
        sa.Column("text_version", sa.String(length=16), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("guardian_name", sa.String(length=120), nullable=False),
        sa.Column("guardian_relation", sa.String(length=40), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("recorded_by", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_consent_record_participant_id_participant"),
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["user_account.id"],
            name=op.f("fk_consent_record_recorded_by_id_user_account"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_record")),
    )
    op.create_index(
        op.f("ix_consent_record_participant_id"), "consent_record", ["participant_id"], unique=False
    )
    op.create_table(
        "duplicate_decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("other_id", sa.Integer(), nullable=False),
        sa.Column("same_person", sa.Boolean(), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.Column("decided_by", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["decided_by_id"],
            ["user_account.id"],
            name=op.f("fk_duplicate_decision_decided_by_id_user_account"),
        ),
        sa.ForeignKeyConstraint(
            ["other_id"],
            ["participant.id"],
            name=op.f("fk_duplicate_decision_other_id_participant"),
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_duplicate_decision_participant_id_participant"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_duplicate_decision")),
    )
    op.create_index(
        op.f("ix_duplicate_decision_other_id"), "duplicate_decision", ["other_id"], unique=False
    )
    op.create_index(
        op.f("ix_duplicate_decision_participant_id"),
        "duplicate_decision",
        ["participant_id"],
        unique=False,
    )
    op.create_table(
        "participant_photo",
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("jpeg", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_participant_photo_participant_id_participant"),
        ),
        sa.PrimaryKeyConstraint("participant_id", name=op.f("pk_participant_photo")),
    )

    dialect = op.get_bind().dialect.name
    for statement in SQLITE_SEARCH_INDEX if dialect == "sqlite" else POSTGRES_SEARCH_INDEX:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("participant_fts_insert", "participant_fts_delete", "participant_fts_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS participant_fts")
    for table in ("participant_photo", "duplicate_decision", "consent_record", "participant"):
        op.drop_table(table)
