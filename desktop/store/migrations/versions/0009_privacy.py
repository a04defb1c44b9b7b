"""privacy: data-subject requests (access, correction, deletion, withdrawal of consent)

Revision ID: 0009_privacy
Revises: 0008_evaluation
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_privacy"
down_revision = "0008_evaluation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A database made at 0003 before the duplicate check's index was added to that migration
    # never got it (found by tests/store/test_upgrade_fixtures.py); every other has it already.
    op.execute(
        "CREATE INDEX IF NOT EXISTS ix_participant_village_key "
        "ON participant (village_code, name_key, status, id)"
    )
    op.create_table(
        "data_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=32), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("closed_by", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_data_request_participant_id_participant"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_data_request")),
    )
    with op.batch_alter_table("data_request", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_data_request_participant_id"), ["participant_id"], unique=False
        )
        batch_op.create_index(
            "ix_data_request_status_received", ["status", "received_at", "id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("data_request", schema=None) as batch_op:
        batch_op.drop_index("ix_data_request_status_received")
        batch_op.drop_index(batch_op.f("ix_data_request_participant_id"))
    op.drop_table("data_request")
