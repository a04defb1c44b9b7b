"""Tables of what sponsors agree and give: their contact people, agreements (MoU) and
contributions, cash or in kind. The sponsor itself lives in store.training beside the cohorts
that name it.

An in-kind contribution's items are `donated` movements in the stock ledger that point back to
it (store.inventory); its estimated value is kept here as well, as the sponsor's letter says it.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Date, ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.base import Base, UTCDateTime, utcnow


class SponsorContact(Base):
    """A person to talk to at the sponsor."""

    __tablename__ = "sponsor_contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    sponsor_id: Mapped[int] = mapped_column(ForeignKey("sponsor.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    position: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")  # E.164, like participants'
    email: Mapped[str] = mapped_column(String(200), default="")


class SponsorAgreement(Base):
    """A memorandum of understanding (MoU / PKS): its number, period and what was promised."""

    __tablename__ = "sponsor_agreement"

    id: Mapped[int] = mapped_column(primary_key=True)
    sponsor_id: Mapped[int] = mapped_column(ForeignKey("sponsor.id"), index=True)
    number: Mapped[str] = mapped_column(String(80))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    commitment: Mapped[str] = mapped_column(Text, default="")  # in words: "2 cohorts a year"
    commitment_rupiah: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Contribution(Base):
    """Money or things a sponsor gave on a day. Cash may be earmarked for a programme or a
    cohort; in kind, `amount_rupiah` is the estimated value of the items."""

    __tablename__ = "contribution"
    __table_args__ = (Index("ix_contribution_sponsor_date", "sponsor_id", "received_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    sponsor_id: Mapped[int] = mapped_column(ForeignKey("sponsor.id"))
    kind: Mapped[str] = mapped_column(String(16))  # domain.sponsor.ContributionKind
    received_on: Mapped[date] = mapped_column(Date)
    amount_rupiah: Mapped[int] = mapped_column(BigInteger, default=0)
    programme_id: Mapped[int | None] = mapped_column(ForeignKey("programme.id"), nullable=True)
    cohort_id: Mapped[int | None] = mapped_column(
        ForeignKey("cohort.id"), nullable=True, index=True
    )
    agreement_id: Mapped[int | None] = mapped_column(
        ForeignKey("sponsor_agreement.id"), nullable=True
    )
    description: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(64), default="")
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ContributionDocument(Base):
    """The scanned letter or receipt of a contribution (PDF or image), kept whole. Apart from
    the contribution so that lists never read megabytes they do not show."""

    __tablename__ = "contribution_document"

    contribution_id: Mapped[int] = mapped_column(ForeignKey("contribution.id"), primary_key=True)
    file_name: Mapped[str] = mapped_column(String(200))
    content: Mapped[bytes] = mapped_column(LargeBinary)
