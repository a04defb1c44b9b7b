"""inventory: places, items, the stock ledger, loans, stock takes; sponsors' contacts,
agreements and contributions

Revision ID: 0007_inventory
Revises: 0006_certificates
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_inventory"
down_revision = "0006_certificates"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "location",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("branch", sa.String(length=100), nullable=False),
        sa.Column("key", sa.String(length=210), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_location")),
        sa.UniqueConstraint("key", name=op.f("uq_location_key")),
    )
    op.create_table(
        "item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("unit", sa.String(length=16), nullable=False),
        sa.Column("reorder_milli", sa.BigInteger(), nullable=False),
        sa.Column("asset_tag", sa.String(length=40), nullable=True),
        sa.Column("serial_number", sa.String(length=80), nullable=False),
        sa.Column("condition", sa.String(length=16), nullable=True),
        sa.Column("sponsor_id", sa.Integer(), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column("value_rupiah", sa.BigInteger(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["sponsor_id"], ["sponsor.id"], name=op.f("fk_item_sponsor_id_sponsor")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_item")),
        sa.UniqueConstraint("asset_tag", name=op.f("uq_item_asset_tag")),
    )
    with op.batch_alter_table("item", schema=None) as batch_op:
        batch_op.create_index("ix_item_kind_name", ["kind", "name_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_item_sponsor_id"), ["sponsor_id"], unique=False)

    op.create_table(
        "sponsor_agreement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sponsor_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=80), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("commitment", sa.Text(), nullable=False),
        sa.Column("commitment_rupiah", sa.BigInteger(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["sponsor_id"], ["sponsor.id"], name=op.f("fk_sponsor_agreement_sponsor_id_sponsor")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sponsor_agreement")),
    )
    with op.batch_alter_table("sponsor_agreement", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sponsor_agreement_sponsor_id"), ["sponsor_id"], unique=False
        )

    op.create_table(
        "sponsor_contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sponsor_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("position", sa.String(length=120), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["sponsor_id"], ["sponsor.id"], name=op.f("fk_sponsor_contact_sponsor_id_sponsor")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sponsor_contact")),
    )
    with op.batch_alter_table("sponsor_contact", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sponsor_contact_sponsor_id"), ["sponsor_id"], unique=False
        )

    op.create_table(
        "stock_take",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("location_id", sa.Integer(), nullable=False),
        sa.Column("counted_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("items_counted", sa.Integer(), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["location_id"], ["location.id"], name=op.f("fk_stock_take_location_id_location")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_take")),
    )
    with op.batch_alter_table("stock_take", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_stock_take_location_id"), ["location_id"], unique=False
        )

    op.create_table(
        "contribution",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sponsor_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("amount_rupiah", sa.BigInteger(), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=True),
        sa.Column("cohort_id", sa.Integer(), nullable=True),
        sa.Column("agreement_id", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["sponsor_agreement.id"],
            name=op.f("fk_contribution_agreement_id_sponsor_agreement"),
        ),
        sa.ForeignKeyConstraint(
            ["cohort_id"], ["cohort.id"], name=op.f("fk_contribution_cohort_id_cohort")
        ),
        sa.ForeignKeyConstraint(
            ["programme_id"], ["programme.id"], name=op.f("fk_contribution_programme_id_programme")
        ),
        sa.ForeignKeyConstraint(
            ["sponsor_id"], ["sponsor.id"], name=op.f("fk_contribution_sponsor_id_sponsor")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contribution")),
    )
    with op.batch_alter_table("contribution", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contribution_cohort_id"), ["cohort_id"], unique=False)
        batch_op.create_index(
            "ix_contribution_sponsor_date", ["sponsor_id", "received_on"], unique=False
        )

    op.create_table(
        "item_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("noted_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["item_id"], ["item.id"], name=op.f("fk_item_note_item_id_item")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_item_note")),
    )
    with op.batch_alter_table("item_note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_item_note_item_id"), ["item_id"], unique=False)

    op.create_table(
        "loan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("cohort_id", sa.Integer(), nullable=True),
        sa.Column("location_id", sa.Integer(), nullable=False),
        sa.Column("quantity_milli", sa.BigInteger(), nullable=False),
        sa.Column("out_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("returned_on", sa.Date(), nullable=True),
        sa.Column("condition_out", sa.String(length=16), nullable=True),
        sa.Column("condition_back", sa.String(length=16), nullable=True),
        sa.Column("number", sa.String(length=60), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cohort_id"], ["cohort.id"], name=op.f("fk_loan_cohort_id_cohort")
        ),
        sa.ForeignKeyConstraint(["item_id"], ["item.id"], name=op.f("fk_loan_item_id_item")),
        sa.ForeignKeyConstraint(
            ["location_id"], ["location.id"], name=op.f("fk_loan_location_id_location")
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"], ["participant.id"], name=op.f("fk_loan_participant_id_participant")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loan")),
    )
    with op.batch_alter_table("loan", schema=None) as batch_op:
        batch_op.create_index("ix_loan_item", ["item_id", "returned_on"], unique=False)
        batch_op.create_index("ix_loan_open", ["returned_on", "due_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_loan_participant_id"), ["participant_id"], unique=False
        )

    op.create_table(
        "contribution_document",
        sa.Column("contribution_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=200), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contribution_id"],
            ["contribution.id"],
            name=op.f("fk_contribution_document_contribution_id_contribution"),
        ),
        sa.PrimaryKeyConstraint("contribution_id", name=op.f("pk_contribution_document")),
    )
    op.create_table(
        "stock_movement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("location_id", sa.Integer(), nullable=False),
        sa.Column("quantity_milli", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("cohort_id", sa.Integer(), nullable=True),
        sa.Column("loan_id", sa.Integer(), nullable=True),
        sa.Column("contribution_id", sa.Integer(), nullable=True),
        sa.Column("stock_take_id", sa.Integer(), nullable=True),
        sa.Column("value_rupiah", sa.BigInteger(), nullable=True),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cohort_id"], ["cohort.id"], name=op.f("fk_stock_movement_cohort_id_cohort")
        ),
        sa.ForeignKeyConstraint(
            ["contribution_id"],
            ["contribution.id"],
            name=op.f("fk_stock_movement_contribution_id_contribution"),
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["item.id"], name=op.f("fk_stock_movement_item_id_item")
        ),
        sa.ForeignKeyConstraint(
            ["loan_id"], ["loan.id"], name=op.f("fk_stock_movement_loan_id_loan")
        ),
        sa.ForeignKeyConstraint(
            ["location_id"], ["location.id"], name=op.f("fk_stock_movement_location_id_location")
        ),
        sa.ForeignKeyConstraint(
            ["stock_take_id"],
            ["stock_take.id"],
            name=op.f("fk_stock_movement_stock_take_id_stock_take"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_movement")),
    )
    with op.batch_alter_table("stock_movement", schema=None) as batch_op:
        batch_op.create_index("ix_stock_movement_cohort", ["cohort_id"], unique=False)
        batch_op.create_index("ix_stock_movement_contribution", ["contribution_id"], unique=False)
        batch_op.create_index(
            "ix_stock_movement_stock", ["item_id", "location_id", "quantity_milli"], unique=False
        )

    with op.batch_alter_table("programme_material", schema=None) as batch_op:
        batch_op.add_column(sa.Column("item_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_programme_material_item_id_item"), "item", ["item_id"], ["id"]
        )

    with op.batch_alter_table("sponsor", schema=None) as batch_op:
        batch_op.add_column(sa.Column("address", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(sa.Column("notes", sa.Text(), server_default="", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("sponsor", schema=None) as batch_op:
        batch_op.drop_column("notes")
        batch_op.drop_column("address")

    with op.batch_alter_table("programme_material", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_programme_material_item_id_item"), type_="foreignkey"
        )
        batch_op.drop_column("item_id")

    with op.batch_alter_table("stock_movement", schema=None) as batch_op:
        batch_op.drop_index("ix_stock_movement_stock")
        batch_op.drop_index("ix_stock_movement_contribution")
        batch_op.drop_index("ix_stock_movement_cohort")

    op.drop_table("stock_movement")
    op.drop_table("contribution_document")
    with op.batch_alter_table("loan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_loan_participant_id"))
        batch_op.drop_index("ix_loan_open")
        batch_op.drop_index("ix_loan_item")

    op.drop_table("loan")
    with op.batch_alter_table("item_note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_item_note_item_id"))

    op.drop_table("item_note")
    with op.batch_alter_table("contribution", schema=None) as batch_op:
        batch_op.drop_index("ix_contribution_sponsor_date")
        batch_op.drop_index(batch_op.f("ix_contribution_cohort_id"))

    op.drop_table("contribution")
    with op.batch_alter_table("stock_take", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stock_take_location_id"))

    op.drop_table("stock_take")
    with op.batch_alter_table("sponsor_contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sponsor_contact_sponsor_id"))

    op.drop_table("sponsor_contact")
    with op.batch_alter_table("sponsor_agreement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sponsor_agreement_sponsor_id"))

    op.drop_table("sponsor_agreement")
    with op.batch_alter_table("item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_item_sponsor_id"))
        batch_op.drop_index("ix_item_kind_name")

    op.drop_table("item")
    op.drop_table("location")
