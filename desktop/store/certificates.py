"""Tables of certificates: the register (buku induk), each certificate's frozen PDF, the
yearly number sequence, the signing keys, and how the centre's certificates look.

Numbers are gap-free: a year's row in `certificate_year` is locked while a batch takes its
numbers, in the same transaction that records the certificates, so a batch that fails or is
cancelled gives its numbers back by rolling back, and two desks never take the same one.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.base import Base, UTCDateTime, utcnow


class Certificate(Base):
    """One issued certificate. The person's name, the programme and the dates are copied as
    they were printed: the register says what the paper says, whatever changes later."""

    __tablename__ = "certificate"
    __table_args__ = (
        UniqueConstraint("year", "seq"),
        Index("ix_certificate_cohort", "cohort_id", "status"),
        Index("ix_certificate_enrolment", "enrolment_id", "status"),
        Index("ix_certificate_issued", "issue_date", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(120), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    enrolment_id: Mapped[int] = mapped_column(ForeignKey("enrolment.id"))
    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id"), index=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id"))
    full_name: Mapped[str] = mapped_column(String(200))
    # Casefolded, for the register's search.
    name_key: Mapped[str] = mapped_column(String(200), index=True)
    birth: Mapped[str] = mapped_column(String(200), default="")  # "Bantul, 12 Maret 1990"
    programme_name: Mapped[str] = mapped_column(String(200))
    cohort_code: Mapped[str] = mapped_column(String(40))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    hours_jp: Mapped[int] = mapped_column(Integer)
    issue_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16))  # domain.certificate.CertificateStatus
    verify_code: Mapped[str] = mapped_column(String(16), unique=True)
    key_id: Mapped[str] = mapped_column(String(16))
    signature: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    # An admin's reason for issuing to someone the completion rule does not pass ("": none).
    override_reason: Mapped[str] = mapped_column(Text, default="")
    supersedes_id: Mapped[int | None] = mapped_column(
        ForeignKey("certificate.id"), nullable=True, unique=True
    )
    reissue_reason: Mapped[str] = mapped_column(Text, default="")
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    revoked_reason: Mapped[str] = mapped_column(Text, default="")
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    issued_by: Mapped[str] = mapped_column(String(64), default="")


class CertificateFile(Base):
    """The PDF exactly as issued; its SHA-256 is on the certificate. Never updated."""

    __tablename__ = "certificate_file"

    certificate_id: Mapped[int] = mapped_column(ForeignKey("certificate.id"), primary_key=True)
    pdf: Mapped[bytes] = mapped_column(LargeBinary)


class CertificateYear(Base):
    """The last sequence number used in a year (numbers restart each year)."""

    __tablename__ = "certificate_year"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)


class SigningKey(Base):
    """The centre's own Ed25519 key pair (with its private half), and the public keys of other
    centres imported so that their certificates can be checked here too."""

    __tablename__ = "signing_key"

    id: Mapped[int] = mapped_column(primary_key=True)
    key_id: Mapped[str] = mapped_column(String(16), unique=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    private_key: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    own: Mapped[bool] = mapped_column(default=False)
    centre_name: Mapped[str] = mapped_column(String(200))
    centre_code: Mapped[str] = mapped_column(String(12))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class CertificateStyle(Base):
    """How the centre's certificates look (a single row): the place of issue, the English line
    under each Indonesian one, the participant's photo, the signer's signature image."""

    __tablename__ = "certificate_style"

    id: Mapped[int] = mapped_column(primary_key=True)
    place: Mapped[str] = mapped_column(String(100), default="")
    english: Mapped[bool] = mapped_column(default=False)
    photo: Mapped[bool] = mapped_column(default=False)
    signature_png: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
