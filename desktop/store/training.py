"""Tables of training: a programme's competency units and materials, cohorts with their
instructors, sponsors and sessions, and enrolments with the history of their status.

Capacity is a counter on the cohort (`seats_taken`), raised by one conditional UPDATE
(`... SET seats_taken = seats_taken + 1 WHERE seats_taken < capacity`): the database
serialises two desks taking the last seat, on SQLite and on PostgreSQL alike, and exactly one
UPDATE changes a row. Counting enrolments instead would let both desks see a free seat.
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.base import Base, UTCDateTime, utcnow


class ProgrammeUnit(Base):
    """A competency unit (unit kompetensi) of a programme: the back of its certificates."""

    __tablename__ = "programme_unit"

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(300))
    hours_jp: Mapped[int] = mapped_column(Integer)


class ProgrammeMaterial(Base):
    """What each participant of the programme consumes (the inventory issues it per cohort)."""

    __tablename__ = "programme_material"

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(16))
    per_participant: Mapped[Decimal] = mapped_column(Numeric(12, 3))
    # The inventory item this material is issued from, once an admin has chosen it.
    item_id: Mapped[int | None] = mapped_column(ForeignKey("item.id"), nullable=True)


class Cohort(Base):
    """An angkatan / gelombang: one run of a programme."""

    __tablename__ = "cohort"
    __table_args__ = (UniqueConstraint("programme_id", "year", "sequence"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id"), index=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)  # MJH-2026-03
    year: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    # [[weekday 0-6, "08:00", "12:00"], ...]: read whole to generate sessions.
    schedule: Mapped[list[Any]] = mapped_column(JSON, default=list)
    room: Mapped[str] = mapped_column(String(100), default="")
    branch: Mapped[str] = mapped_column(String(100), default="")
    capacity: Mapped[int] = mapped_column(Integer)
    seats_taken: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    funding: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class CohortInstructor(Base):
    __tablename__ = "cohort_instructor"

    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"), primary_key=True)


class Sponsor(Base):
    """Who pays for or gives to the training. Its contacts, agreements and contributions are in
    store.sponsors."""

    __tablename__ = "sponsor"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    # The name casefolded, spaces collapsed: one sponsor is not entered twice.
    name_key: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Printed on the certificates of the cohorts it sponsors (PNG, checked and shrunk).
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    address: Mapped[str] = mapped_column(Text, default="", server_default="")
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")


class CohortSponsor(Base):
    __tablename__ = "cohort_sponsor"

    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id"), primary_key=True)
    sponsor_id: Mapped[int] = mapped_column(ForeignKey("sponsor.id"), primary_key=True, index=True)


class CohortSession(Base):
    """One meeting of a cohort: generated from its schedule, moved, cancelled or added."""

    __tablename__ = "cohort_session"
    __table_args__ = (
        Index("ix_cohort_session_cohort_day", "cohort_id", "day"),
        Index("ix_cohort_session_day", "day"),  # who else is booked that day
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id"))
    day: Mapped[date] = mapped_column(Date)
    starts: Mapped[time] = mapped_column(Time)
    ends: Mapped[time] = mapped_column(Time)
    room: Mapped[str] = mapped_column(String(100), default="")
    kind: Mapped[str] = mapped_column(String(16))  # regular, make-up
    cancelled: Mapped[bool] = mapped_column(default=False)
    reason: Mapped[str] = mapped_column(Text, default="")  # why cancelled, moved or added
    moved_from: Mapped[date | None] = mapped_column(Date, nullable=True)


class Enrolment(Base):
    """A participant in a cohort, from application to the end."""

    __tablename__ = "enrolment"
    __table_args__ = (
        Index("ix_enrolment_cohort_status", "cohort_id", "status"),
        Index("ix_enrolment_participant", "participant_id", "cohort_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id"))
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id"))
    # Denormalised from the cohort: "a second enrolment in the same programme" is one seek.
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id"), index=True)
    status: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text, default="")  # of the last status change
    # An admin's reason for enrolling someone the eligibility rules refuse ("" when none).
    override_reason: Mapped[str] = mapped_column(Text, default="")
    holds_seat: Mapped[bool] = mapped_column(default=False)  # counted in seats_taken
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)


class EnrolmentEvent(Base):
    """Every status an enrolment went through: the full history the profile shows."""

    __tablename__ = "enrolment_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    enrolment_id: Mapped[int] = mapped_column(ForeignKey("enrolment.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"), nullable=True)
    username: Mapped[str] = mapped_column(String(64), default="")
    from_status: Mapped[str] = mapped_column(String(16), default="")
    to_status: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text, default="")
