"""Tables of the foundation: the centre, its users, settings, programmes and the audit log.

Later areas (participants, cohorts, attendance, …) add their own modules beside this one.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.base import Base, UTCDateTime, utcnow


class Centre(Base):
    """The one centre this database belongs to (a single row)."""

    __tablename__ = "centre"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    institution_type: Mapped[str] = mapped_column(String(8))
    code: Mapped[str] = mapped_column(String(12))
    address: Mapped[str] = mapped_column(Text, default="")
    head_name: Mapped[str] = mapped_column(String(120), default="")
    head_title: Mapped[str] = mapped_column(String(120), default="")
    head_nip: Mapped[str] = mapped_column(String(18), default="")
    certificate_pattern: Mapped[str] = mapped_column(String(80))
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    is_demo: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class User(Base):
    __tablename__ = "user_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(32), unique=True)
    full_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    must_change_password: Mapped[bool] = mapped_column(default=False)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Setting(Base):
    """Centre-wide settings that every desk shares (desk-local ones live in a config file)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class Programme(Base):
    """A training programme (skill area). Cohorts and enrolment build on it."""

    __tablename__ = "programme"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    skill_area: Mapped[str] = mapped_column(String(64))
    hours_jp: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(default=True)
    # Centres count lesson hours in JP (jam pelajaran); how long one is varies: 45 by default.
    minutes_per_jp: Mapped[int] = mapped_column(Integer, default=45, server_default="45")
    default_capacity: Mapped[int] = mapped_column(Integer, default=20, server_default="20")
    # Small structured rules read and checked whole (domain.programme_rules); never filtered on.
    eligibility: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, server_default="{}")
    completion: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, server_default="{}")
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class AuditEntry(Base):
    """Who changed what, when, with the values before and after. Never updated or deleted."""

    __tablename__ = "audit_entry"
    __table_args__ = (
        Index("ix_audit_entry_entity", "entity", "entity_id"),
        Index("ix_audit_entry_at_id", "at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # The name is copied so the entry still says who it was if the account is ever renamed.
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"), index=True)
    username: Mapped[str] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(64), index=True)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(64), default="")
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)


# Each area's tables live in their own module; importing them here puts every table on
# Base.metadata for Alembic and the tests, whichever module is imported first.
from desktop.store import (  # noqa: E402, F401
    attendance,
    certificates,
    evaluation,
    inventory,
    participants,
    privacy,
    sponsors,
    training,
)
