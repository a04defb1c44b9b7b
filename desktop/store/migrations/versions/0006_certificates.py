"""certificates: the register, frozen PDFs, yearly sequences, signing keys, and sponsors' logos

Revision ID: 0006_certificates
Revises: 0005_attendance
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_certificates"
down_revision = "0005_attendance"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "certificate_style",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("place", sa.String(length=100), nullable=False),
        sa.Column("english", sa.Boolean(), nullable=False),
        sa.Column("photo", sa.Boolean(), nullable=False),
        sa.Column("signature_png", sa.LargeBinary(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificate_style")),
    )
    op.create_table(
        "certificate_year",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_certificate_year")),
    )
    op.create_table(
        "signing_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("private_key", sa.LargeBinary(), nullable=True),
        sa.Column("own", sa.Boolean(), nullable=False),
        sa.Column("centre_name", sa.String(length=200), nullable=False),
        sa.Column("centre_code", sa.String(length=12), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signing_key")),
        sa.UniqueConstraint("key_id", name=op.f("uq_signing_key_key_id")),
    )
    op.create_table(
        "certificate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=120), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("enrolment_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("cohort_id", sa.Integer(), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("birth", sa.String(length=200), nullable=False),
        sa.Column("programme_name", sa.String(length=200), nullable=False),
        sa.Column("cohort_code", sa.String(length=40), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("hours_jp", sa.Integer(), nullable=False),
        sa.Column("issue_date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("verify_code", sa.String(length=16), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("override_reason", sa.Text(), nullable=False),
        sa.Column("supersedes_id", sa.Integer(), nullable=True),
        sa.Column("reissue_reason", sa.Text(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.Column("revoked_reason", sa.Text(), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("issued_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["cohort_id"], ["cohort.id"], name=op.f("fk_certificate_cohort_id_cohort")
        ),
        sa.ForeignKeyConstraint(
            ["enrolment_id"], ["enrolment.id"], name=op.f("fk_certificate_enrolment_id_enrolment")
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_certificate_participant_id_participant"),
        ),
        sa.ForeignKeyConstraint(
            ["supersedes_id"],
            ["certificate.id"],
            name=op.f("fk_certificate_supersedes_id_certificate"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificate")),
        sa.UniqueConstraint("number", name=op.f("uq_certificate_number")),
        sa.UniqueConstraint("supersedes_id", name=op.f("uq_certificate_supersedes_id")),
        sa.UniqueConstraint("verify_code", name=op.f("uq_certificate_verify_code")),
        sa.UniqueConstraint("year", "seq", name=op.f("uq_certificate_year")),
    )
    with op.batch_alter_table("certificate", schema=None) as batch_op:
        batch_op.create_index("ix_certificate_cohort", ["cohort_id", "status"], unique=False)
        batch_op.create_index("ix_certificate_enrolment", ["enrolment_id", "status"], unique=False)
        batch_op.create_index("ix_certificate_issued", ["issue_date", "id"], unique=False)
        batch_op.create_index(batch_op.f("ix_certificate_name_key"), ["name_key"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_certificate_participant_id"), ["participant_id"], unique=False
        )

    op.create_table(
        "certificate_file",
        sa.Column("certificate_id", sa.Integer(), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["certificate_id"],
            ["certificate.id"],
            name=op.f("fk_certificate_file_certificate_id_certificate"),
        ),
        sa.PrimaryKeyConstraint("certificate_id", name=op.f("pk_certificate_file")),
    )
    with op.batch_alter_table("sponsor", schema=None) as batch_op:
        batch_op.add_column(sa.Column("logo_png", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sponsor", schema=None) as batch_op:
        batch_op.drop_column("logo_png")
    op.drop_table("certificate_file")
    op.drop_table("certificate")
    op.drop_table("signing_key")
    op.drop_table("certificate_year")
    op.drop_table("certificate_style")
