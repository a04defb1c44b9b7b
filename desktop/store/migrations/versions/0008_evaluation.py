"""evaluation: test scores and competency units per enrolment, feedback surveys, follow-up
calls

Revision ID: 0008_evaluation
Revises: 0007_inventory
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_evaluation"
down_revision = "0007_inventory"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "survey_question",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("text", sa.String(length=300), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["programme.id"],
            name=op.f("fk_survey_question_programme_id_programme"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_question")),
    )
    with op.batch_alter_table("survey_question", schema=None) as batch_op:
        batch_op.create_index(
            "ix_survey_question_programme", ["programme_id", "position"], unique=False
        )

    op.create_table(
        "survey_response",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cohort_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=8), nullable=False),
        sa.Column("entered_at", sa.DateTime(), nullable=False),
        sa.Column("entered_by", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["cohort_id"], ["cohort.id"], name=op.f("fk_survey_response_cohort_id_cohort")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_response")),
    )
    with op.batch_alter_table("survey_response", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_survey_response_cohort_id"), ["cohort_id"], unique=False
        )

    op.create_table(
        "assessment",
        sa.Column("enrolment_id", sa.Integer(), nullable=False),
        sa.Column("pre_score", sa.Integer(), nullable=True),
        sa.Column("post_score", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["enrolment_id"], ["enrolment.id"], name=op.f("fk_assessment_enrolment_id_enrolment")
        ),
        sa.PrimaryKeyConstraint("enrolment_id", name=op.f("pk_assessment")),
    )
    op.create_table(
        "follow_up",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enrolment_id", sa.Integer(), nullable=False),
        sa.Column("months", sa.Integer(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("reached", sa.Boolean(), nullable=False),
        sa.Column("last_call_on", sa.Date(), nullable=True),
        sa.Column("work", sa.String(length=16), nullable=True),
        sa.Column("business", sa.Boolean(), nullable=True),
        sa.Column("business_kind", sa.String(length=200), nullable=False),
        sa.Column("monthly_income", sa.BigInteger(), nullable=True),
        sa.Column("uses_skill", sa.Boolean(), nullable=True),
        sa.Column("needs_help", sa.Boolean(), nullable=True),
        sa.Column("help_note", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["enrolment_id"], ["enrolment.id"], name=op.f("fk_follow_up_enrolment_id_enrolment")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up")),
    )
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.create_index(
            "ix_follow_up_months_reached", ["months", "reached", "enrolment_id"], unique=False
        )
        batch_op.create_index(
            "uq_follow_up_enrolment_month", ["enrolment_id", "months"], unique=True
        )

    op.create_table(
        "survey_answer",
        sa.Column("response_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["survey_question.id"],
            name=op.f("fk_survey_answer_question_id_survey_question"),
        ),
        sa.ForeignKeyConstraint(
            ["response_id"],
            ["survey_response.id"],
            name=op.f("fk_survey_answer_response_id_survey_response"),
        ),
        sa.PrimaryKeyConstraint("response_id", "question_id", name=op.f("pk_survey_answer")),
    )
    with op.batch_alter_table("survey_answer", schema=None) as batch_op:
        batch_op.create_index("ix_survey_answer_question", ["question_id", "score"], unique=False)

    op.create_table(
        "unit_result",
        sa.Column("enrolment_id", sa.Integer(), nullable=False),
        sa.Column("unit_code", sa.String(length=40), nullable=False),
        sa.Column("passed", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["enrolment_id"], ["enrolment.id"], name=op.f("fk_unit_result_enrolment_id_enrolment")
        ),
        sa.PrimaryKeyConstraint("enrolment_id", "unit_code", name=op.f("pk_unit_result")),
    )


def downgrade() -> None:
    op.drop_table("unit_result")
    with op.batch_alter_table("survey_answer", schema=None) as batch_op:
        batch_op.drop_index("ix_survey_answer_question")

    op.drop_table("survey_answer")
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.drop_index("uq_follow_up_enrolment_month")
        batch_op.drop_index("ix_follow_up_months_reached")

    op.drop_table("follow_up")
    op.drop_table("assessment")
    with op.batch_alter_table("survey_response", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_survey_response_cohort_id"))

    op.drop_table("survey_response")
    with op.batch_alter_table("survey_question", schema=None) as batch_op:
        batch_op.drop_index("ix_survey_question_programme")

    op.drop_table("survey_question")
