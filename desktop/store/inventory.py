"""Tables of the inventory: places things are kept, the items, the ledger of movements their
stock is summed from, loans and handovers to participants and stock takes. (What a programme
uses per participant is store.training.ProgrammeMaterial; its `item_id` names the item here.)

Quantities are whole thousandths of the item's unit (domain.inventory). Nothing here holds a
stock figure: stock is always SUM(quantity_milli) over `stock_movement`, which the covering
index `ix_stock_movement_stock` answers without reading the table.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.base import Base, UTCDateTime, utcnow


class Location(Base):
    """A room, store or cupboard, at a branch (a centre with one site leaves branch empty)."""

    __tablename__ = "location"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    branch: Mapped[str] = mapped_column(String(100), default="")
    # "branch|name" casefolded: the same place is not entered twice.
    key: Mapped[str] = mapped_column(String(210), unique=True)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Item(Base):
    """One piece of equipment (quantity 0 or 1, with its asset tag), or one consumable (any
    quantity in its unit)."""

    __tablename__ = "item"
    __table_args__ = (Index("ix_item_kind_name", "kind", "name_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # domain.inventory.ItemKind
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200))  # casefolded, for search and twins
    unit: Mapped[str] = mapped_column(String(16))  # domain.inventory.Unit
    # Consumables: at or below this the item is "low" (0 = never).
    reorder_milli: Mapped[int] = mapped_column(BigInteger, default=0)
    asset_tag: Mapped[str | None] = mapped_column(String(40), unique=True, nullable=True)
    serial_number: Mapped[str] = mapped_column(String(80), default="")
    condition: Mapped[str | None] = mapped_column(String(16), nullable=True)
    sponsor_id: Mapped[int | None] = mapped_column(
        ForeignKey("sponsor.id"), nullable=True, index=True
    )
    received_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # Equipment: its value; consumables: an estimated value of one unit (rupiah).
    value_rupiah: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(default=True)  # False: retired, kept for the ledger
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)


class ItemNote(Base):
    """A maintenance note on a piece of equipment: serviced, needle replaced, motor noisy."""

    __tablename__ = "item_note"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"), index=True)
    noted_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text)
    recorded_by: Mapped[str] = mapped_column(String(64), default="")
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class StockMovement(Base):
    """One signed change of an item's quantity at one location: + in, − out. Never updated or
    deleted; a mistake is put right by another movement."""

    __tablename__ = "stock_movement"
    __table_args__ = (
        # Covering: stock per item and per location summed from the index alone.
        Index("ix_stock_movement_stock", "item_id", "location_id", "quantity_milli"),
        Index("ix_stock_movement_cohort", "cohort_id"),
        Index("ix_stock_movement_contribution", "contribution_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"))
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"))
    quantity_milli: Mapped[int] = mapped_column(BigInteger)
    kind: Mapped[str] = mapped_column(String(16))  # domain.inventory.MovementKind
    occurred_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    # What the movement was for, when it was for something.
    cohort_id: Mapped[int | None] = mapped_column(ForeignKey("cohort.id"), nullable=True)
    loan_id: Mapped[int | None] = mapped_column(ForeignKey("loan.id"), nullable=True)
    contribution_id: Mapped[int | None] = mapped_column(
        ForeignKey("contribution.id"), nullable=True
    )
    stock_take_id: Mapped[int | None] = mapped_column(ForeignKey("stock_take.id"), nullable=True)
    # Receipts: the value of what came in (rupiah), for the sponsor's report.
    value_rupiah: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    recorded_by: Mapped[str] = mapped_column(String(64), default="")
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Loan(Base):
    """Equipment (or a starter kit's consumables) out with a participant: lent until a due
    date, or handed over for good with a numbered handover record (berita acara)."""

    __tablename__ = "loan"
    __table_args__ = (
        Index("ix_loan_open", "returned_on", "due_on"),
        Index("ix_loan_item", "item_id", "returned_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # "loan" or "handover"
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"))
    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id"), index=True)
    cohort_id: Mapped[int | None] = mapped_column(ForeignKey("cohort.id"), nullable=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"))  # where it came from
    quantity_milli: Mapped[int] = mapped_column(BigInteger)
    out_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    returned_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    condition_out: Mapped[str | None] = mapped_column(String(16), nullable=True)
    condition_back: Mapped[str | None] = mapped_column(String(16), nullable=True)
    # A handover's record number, "BAST/0001/XI/2026" ("" for a loan).
    number: Mapped[str] = mapped_column(String(60), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(64), default="")
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)


class StockTake(Base):
    """A count of one location on one day; its differences are `adjusted` movements."""

    __tablename__ = "stock_take"

    id: Mapped[int] = mapped_column(primary_key=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"), index=True)
    counted_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    items_counted: Mapped[int] = mapped_column(Integer, default=0)
    recorded_by: Mapped[str] = mapped_column(String(64), default="")
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
