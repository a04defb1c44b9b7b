"""attendance: the mark of each participant in each session, and each enrolment's tally

Revision ID: 0005_attendance
Revises: 0004_sponsors
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_attendance"
down_revision = "0004_sponsors"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attendance_mark",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("enrolment_id", sa.Integer(), nullable=False),
        sa.Column("mark", sa.String(length=16), nullable=False),
        sa.Column("late_minutes", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("marked_at", sa.DateTime(), nullable=False),
        sa.Column("marked_by", sa.Integer(), nullable=True),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["enrolment_id"],
            ["enrolment.id"],
            name=op.f("fk_attendance_mark_enrolment_id_enrolment"),
        ),
        sa.ForeignKeyConstraint(
            ["marked_by"],
            ["user_account.id"],
            name=op.f("fk_attendance_mark_marked_by_user_account"),
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["cohort_session.id"],
            name=op.f("fk_attendance_mark_session_id_cohort_session"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance_mark")),
        sa.UniqueConstraint(
            "session_id", "enrolment_id", name=op.f("uq_attendance_mark_session_id")
        ),
    )
    with op.batch_alter_table("attendance_mark", schema=None) as batch_op:
        batch_op.create_index(
            "ix_attendance_mark_enrolment", ["enrolment_id", "session_id"], unique=False
        )
    op.create_table(
        "attendance_tally",
        sa.Column("enrolment_id", sa.Integer(), nullable=False),
        sa.Column("present", sa.Integer(), nullable=False),
        sa.Column("late", sa.Integer(), nullable=False),
        sa.Column("excused", sa.Integer(), nullable=False),
        sa.Column("sick", sa.Integer(), nullable=False),
        sa.Column("absent", sa.Integer(), nullable=False),
        sa.Column("streak", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["enrolment_id"],
            ["enrolment.id"],
            name=op.f("fk_attendance_tally_enrolment_id_enrolment"),
        ),
        sa.PrimaryKeyConstraint("enrolment_id", name=op.f("pk_attendance_tally")),
    )


def downgrade() -> None:
    op.drop_table("attendance_tally")
    with op.batch_alter_table("attendance_mark", schema=None) as batch_op:
        batch_op.drop_index("ix_attendance_mark_enrolment")
    op.drop_table("attendance_mark")
