"""sponsors: who pays for or gives to the training, and the sponsors of each cohort

Revision ID: 0004_sponsors
Revises: 0003_training
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_sponsors"
down_revision = "0003_training"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sponsor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sponsor")),
        sa.UniqueConstraint("name_key", name=op.f("uq_sponsor_name_key")),
    )
    op.create_table(
        "cohort_sponsor",
        sa.Column("cohort_id", sa.Integer(), nullable=False),
        sa.Column("sponsor_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cohort_id"], ["cohort.id"], name=op.f("fk_cohort_sponsor_cohort_id_cohort")
        ),
        sa.ForeignKeyConstraint(
            ["sponsor_id"], ["sponsor.id"], name=op.f("fk_cohort_sponsor_sponsor_id_sponsor")
        ),
        sa.PrimaryKeyConstraint("cohort_id", "sponsor_id", name=op.f("pk_cohort_sponsor")),
    )
    with op.batch_alter_table("cohort_sponsor", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_cohort_sponsor_sponsor_id"), ["sponsor_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("cohort_sponsor", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cohort_sponsor_sponsor_id"))
    op.drop_table("cohort_sponsor")
    op.drop_table("sponsor")
