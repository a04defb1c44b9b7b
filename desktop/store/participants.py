"""Tables of the participant registry: people, their consents, photos and duplicate decisions.

The participant row is kept narrow enough to page through a million of them: the photo lives
in its own table, and lists that are only shown on the profile (accommodations, needs, the
Washington Group answers) are JSON. What the registry filters or sorts on is a real column
with an index ending in `id`, so every page is a keyset seek.

Search: `search_text` holds the name (lower case, accents folded), NIK, phone as typed
nationally and village name. SQLite indexes it with an FTS5 trigram table kept in sync by
triggers, PostgreSQL with a pg_trgm GIN index (both made in migration 0002).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, ForeignKey, Index, Integer, LargeBinary, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.base import Base, UTCDateTime, utcnow

# (column, id) indexes: the registry's sort orders and keyset pages.
SORT_INDEXES = ("name_sort", "nik", "phone", "birth_date", "village_name", "created_at")


class Participant(Base):
    __tablename__ = "participant"
    __table_args__ = (
        *(Index(f"ix_participant_{column}_id", column, "id") for column in SORT_INDEXES),
        Index("ix_participant_birth_date_key", "birth_date", "name_key"),
        # The duplicate check compares every name of a village: read from the index alone
        # (a village of 20,000 people: ~40 ms through the table, a few through this).
        Index("ix_participant_village_key", "village_code", "name_key", "status", "id"),
        # One person, one record: a NIK is unique, while "" (no NIK, with a reason) repeats.
        Index(
            "uq_participant_nik",
            "nik",
            unique=True,
            sqlite_where=text("nik <> ''"),
            postgresql_where=text("nik <> ''"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Identity, as on the KTP. A single name is a whole name: there is no first/last split.
    full_name: Mapped[str] = mapped_column(String(120))
    name_sort: Mapped[str] = mapped_column(String(120))  # casefolded ASCII: same order everywhere
    name_key: Mapped[str] = mapped_column(String(160))  # titles dropped, spellings unified
    nik: Mapped[str] = mapped_column(String(16), default="")
    no_nik_reason: Mapped[str | None] = mapped_column(String(16))
    kk_number: Mapped[str] = mapped_column(String(40), default="")
    birth_place: Mapped[str] = mapped_column(String(80), default="")
    birth_date: Mapped[date] = mapped_column(Date)
    sex: Mapped[str] = mapped_column(String(1), index=True)
    marital_status: Mapped[str | None] = mapped_column(String(16))
    citizenship: Mapped[str] = mapped_column(String(3), default="wni")
    # Contact: E.164, shown as 0812-3456-7890.
    phone: Mapped[str] = mapped_column(String(20), default="")
    # Address: the Kemendagri codes and the names as they were when recorded.
    street: Mapped[str] = mapped_column(String(200), default="")
    rt: Mapped[str] = mapped_column(String(3), default="")
    rw: Mapped[str] = mapped_column(String(3), default="")
    province_code: Mapped[str] = mapped_column(String(2), default="", index=True)
    regency_code: Mapped[str] = mapped_column(String(5), default="", index=True)
    district_code: Mapped[str] = mapped_column(String(8), default="", index=True)
    village_code: Mapped[str] = mapped_column(String(13), default="", index=True)
    province_name: Mapped[str] = mapped_column(String(100), default="")
    regency_name: Mapped[str] = mapped_column(String(100), default="")
    district_name: Mapped[str] = mapped_column(String(100), default="")
    village_name: Mapped[str] = mapped_column(String(100), default="")
    postal_code: Mapped[str] = mapped_column(String(5), default="")
    # Education and work.
    education: Mapped[str | None] = mapped_column(String(16))
    occupation: Mapped[str] = mapped_column(String(100), default="")
    employment: Mapped[str | None] = mapped_column(String(16))
    income_band: Mapped[str | None] = mapped_column(String(16))
    # Disability (UU 8/2016): the kinds, what the person needs, and optionally the WG answers.
    disabilities: Mapped[list[str]] = mapped_column(JSON, default=list)
    has_disability: Mapped[bool] = mapped_column(default=False, index=True)
    accommodations: Mapped[list[str]] = mapped_column(JSON, default=list)
    accommodation_note: Mapped[str] = mapped_column(String(300), default="")
    washington: Mapped[dict[str, str] | None] = mapped_column(JSON)
    # Social assistance: a bit per programme (domain.participant.ASSISTANCE_BITS) to filter on.
    dtsen: Mapped[str] = mapped_column(String(8), default="unknown")
    dtsen_decile: Mapped[int | None] = mapped_column(Integer)
    assistance_bits: Mapped[int] = mapped_column(Integer, default=0)
    target_groups: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Needs analysis.
    preferences: Mapped[list[int]] = mapped_column(JSON, default=list)  # programme ids, ranked
    skills_have: Mapped[str] = mapped_column(String(300), default="")
    goal: Mapped[str | None] = mapped_column(String(16))
    channel: Mapped[str | None] = mapped_column(String(16))
    # Record keeping.
    status: Mapped[str] = mapped_column(String(10), default="active", index=True)
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("participant.id"))
    search_text: Mapped[str] = mapped_column(Text, default="")
    # Optimistic locking: a save names the version it started from (see services.participants).
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ParticipantPhoto(Base):
    """Kept apart so that paging through participants never reads images."""

    __tablename__ = "participant_photo"

    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id"), primary_key=True)
    jpeg: Mapped[bytes] = mapped_column(LargeBinary)


class ConsentRecord(Base):
    """One consent as given (UU PDP): every change adds a record, none is overwritten."""

    __tablename__ = "consent_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id"), index=True)
    purposes: Mapped[list[str]] = mapped_column(JSON)  # the purposes agreed to
    text_version: Mapped[str] = mapped_column(String(16))
    method: Mapped[str] = mapped_column(String(16))
    given_on: Mapped[date] = mapped_column(Date)
    guardian_name: Mapped[str] = mapped_column(String(120), default="")
    guardian_relation: Mapped[str] = mapped_column(String(40), default="")
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    recorded_by: Mapped[str] = mapped_column(String(32))


class DuplicateDecision(Base):
    """A clerk's answer to "is this the same person?", kept so the question is not asked again
    and so a wrong answer can be traced."""

    __tablename__ = "duplicate_decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id"), index=True)
    other_id: Mapped[int] = mapped_column(ForeignKey("participant.id"), index=True)
    same_person: Mapped[bool] = mapped_column()
    reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    decided_by: Mapped[str] = mapped_column(String(32))
