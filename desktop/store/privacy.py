"""Tables of privacy (UU PDP 27/2022): the data-subject requests people make.

A request outlives what it asked for: after a deletion the person's row is anonymised, but the
request that led to it stays, so the centre can show when it was asked and when it was done.
Its `details` and `outcome` are written by staff and should not repeat the erased data.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.base import Base, UTCDateTime


class DataRequest(Base):
    __tablename__ = "data_request"
    # The page lists open requests oldest first: (status, received_at) reads them in order.
    __table_args__ = (Index("ix_data_request_status_received", "status", "received_at", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # domain.privacy.RequestKind
    status: Mapped[str] = mapped_column(String(10))  # domain.privacy.RequestStatus
    details: Mapped[str] = mapped_column(Text, default="")
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_by: Mapped[str] = mapped_column(String(32))
    outcome: Mapped[str] = mapped_column(Text, default="")
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    closed_by: Mapped[str] = mapped_column(String(32), default="")
