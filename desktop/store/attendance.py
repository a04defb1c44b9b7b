"""The attendance table: one row per participant's enrolment per session, the last mark given.

Marking again replaces the row (the last mark wins, per cell); every mark, replaced or not,
is also in the audit log with its values before and after, so two instructors marking the same
session at once lose nothing. Undoing a mark deletes the row (audited too).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.base import Base, UTCDateTime, utcnow


class AttendanceMark(Base):
    __tablename__ = "attendance_mark"
    __table_args__ = (
        UniqueConstraint("session_id", "enrolment_id"),
        # A participant's marks across sessions (rates, the at-risk list).
        Index("ix_attendance_mark_enrolment", "enrolment_id", "session_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("cohort_session.id"))
    enrolment_id: Mapped[int] = mapped_column(ForeignKey("enrolment.id"))
    mark: Mapped[str] = mapped_column(String(16))  # domain.attendance.Mark
    late_minutes: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")
    marked_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    marked_by: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"), nullable=True)
    username: Mapped[str] = mapped_column(String(64), default="")


class AttendanceTally(Base):
    """Each enrolment's marks counted, kept with the marks in the same transaction: the
    at-risk list reads one short row per enrolment instead of every mark (50,000 enrolments
    of 20 marks each would be a million rows). Recounted from the marks on every change, never
    incremented, so it cannot drift from them."""

    __tablename__ = "attendance_tally"

    enrolment_id: Mapped[int] = mapped_column(ForeignKey("enrolment.id"), primary_key=True)
    present: Mapped[int] = mapped_column(Integer, default=0)
    late: Mapped[int] = mapped_column(Integer, default=0)
    excused: Mapped[int] = mapped_column(Integer, default=0)
    sick: Mapped[int] = mapped_column(Integer, default=0)
    absent: Mapped[int] = mapped_column(Integer, default=0)
    # Absences in a row up to the latest marked session: the person is still missing.
    streak: Mapped[int] = mapped_column(Integer, default=0)
