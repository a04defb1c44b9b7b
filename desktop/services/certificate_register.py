"""The register of certificates (buku induk): every certificate ever issued, searchable; its
frozen PDF; revoking one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, or_, select

from desktop.domain.certificate import (
    REASON_MAX,
    CertificateStatus,
    normal_verify_code,
    not_in_force,
    sha256_hex,
)
from desktop.domain.errors import Conflict, NotFound, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.names import sort_key
from desktop.domain.roles import Permission
from desktop.domain.text import storable
from desktop.services.context import Actor, Work, acting
from desktop.store.certificates import Certificate, CertificateFile
from desktop.store.database import Database

PAGE_MAX = 5000  # the register page shows this many at most; a search narrows it


@dataclass(frozen=True)
class RegisterEntry:
    id: int
    number: str
    full_name: str
    birth: str
    programme_name: str
    cohort_code: str
    start_date: date
    end_date: date
    hours_jp: int
    issue_date: date
    status: CertificateStatus
    verify_code: str
    sha256: str
    participant_id: int
    enrolment_id: int
    override_reason: str
    supersedes_id: int | None
    superseded_by_id: int | None
    reissue_reason: str
    revoked_at: datetime | None
    revoked_reason: str
    issued_by: str


_COLUMNS = (
    Certificate.id,
    Certificate.number,
    Certificate.full_name,
    Certificate.birth,
    Certificate.programme_name,
    Certificate.cohort_code,
    Certificate.start_date,
    Certificate.end_date,
    Certificate.hours_jp,
    Certificate.issue_date,
    Certificate.status,
    Certificate.verify_code,
    Certificate.sha256,
    Certificate.participant_id,
    Certificate.enrolment_id,
    Certificate.override_reason,
    Certificate.supersedes_id,
    Certificate.reissue_reason,
    Certificate.revoked_at,
    Certificate.revoked_reason,
    Certificate.issued_by,
)


def _entries(
    work: Work, where: ColumnElement[bool] | None, limit: int | None
) -> list[RegisterEntry]:
    query = select(*_COLUMNS).order_by(Certificate.issue_date.desc(), Certificate.id.desc())
    if where is not None:
        query = query.where(where)
    if limit is not None:
        query = query.limit(limit)
    rows = work.session.execute(query).all()
    successors = (
        {
            row.supersedes_id: row.id
            for row in work.session.execute(
                select(Certificate.id, Certificate.supersedes_id).where(
                    Certificate.supersedes_id.in_([row.id for row in rows])
                )
            )
        }
        if rows
        else {}
    )
    return [
        RegisterEntry(
            **{name: getattr(row, name) for name in row._fields if name != "status"},
            status=CertificateStatus(row.status),
            superseded_by_id=successors.get(row.id),
        )
        for row in rows
    ]


def search(
    db: Database,
    actor: Actor,
    text: str = "",
    *,
    status: CertificateStatus | None = None,
    limit: int | None = PAGE_MAX,
) -> list[RegisterEntry]:
    """Newest first. `text` finds a number, a short verification code, a name (any part,
    accents and case ignored), a programme or a cohort code."""
    with acting(db, actor, Permission.VIEW_CERTIFICATES, read_only=True) as work:
        conditions: list[ColumnElement[bool]] = []
        text = storable(" ".join(text.split()))
        if text:
            name = sort_key(text)
            like = f"%{_escaped(text)}%"
            options: list[ColumnElement[bool]] = [
                Certificate.number.ilike(like, escape="\\"),
                Certificate.programme_name.ilike(like, escape="\\"),
                Certificate.cohort_code.ilike(like, escape="\\"),
            ]
            if name:
                options.append(Certificate.name_key.like(f"%{_escaped(name)}%", escape="\\"))
            code = normal_verify_code(text)
            if code:
                options.append(Certificate.verify_code == code)
            conditions.append(or_(*options))
        if status is not None:
            conditions.append(Certificate.status == status.value)
        where = None
        if conditions:
            where = conditions[0] if len(conditions) == 1 else conditions[0] & conditions[1]
        return _entries(work, where, limit)


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def entry(db: Database, actor: Actor, certificate_id: int) -> RegisterEntry:
    with acting(db, actor, Permission.VIEW_CERTIFICATES, read_only=True) as work:
        return entry_in(work, certificate_id)


def entry_in(work: Work, certificate_id: int) -> RegisterEntry:
    found = _entries(work, Certificate.id == certificate_id, 1)
    if not found:
        raise NotFound(
            QT_TRANSLATE_NOOP("certificates", "This certificate is not in the register.")
        )
    return found[0]


def of_participant(db: Database, actor: Actor, participant_id: int) -> list[RegisterEntry]:
    with acting(db, actor, Permission.VIEW_CERTIFICATES, read_only=True) as work:
        return _entries(work, Certificate.participant_id == participant_id, None)


def pdf(db: Database, actor: Actor, certificate_id: int) -> bytes:
    """The PDF exactly as issued, byte for byte, whatever changed since (a name, the logo,
    the layout of certificates). Checked against the hash recorded at issue."""
    with acting(db, actor, Permission.VIEW_CERTIFICATES, read_only=True) as work:
        row = work.session.execute(
            select(CertificateFile.pdf, Certificate.sha256)
            .join(Certificate, Certificate.id == CertificateFile.certificate_id)
            .where(Certificate.id == certificate_id)
        ).one_or_none()
    if row is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("certificates", "This certificate is not in the register.")
        )
    data = bytes(row.pdf)
    if sha256_hex(data) != row.sha256:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "certificates",
                "The stored PDF of this certificate does not match what was issued: it was "
                "changed in the database. Restore a backup or re-issue it.",
            )
        )
    return data


def revoke(db: Database, actor: Actor, certificate_id: int, reason: str) -> RegisterEntry:
    """The certificate stays in the register with its number, shown as revoked; its QR code
    then verifies as revoked."""
    reason = reason.strip()
    if not reason:
        raise ValidationError(
            QT_TRANSLATE_NOOP("certificates", "Say why the certificate is revoked."), "reason"
        )
    if len(reason) > REASON_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "This is too long (at most {max} characters)."),
            "reason",
            max=REASON_MAX,
        )
    with acting(db, actor, Permission.ISSUE_CERTIFICATES) as work:
        row = work.session.get(Certificate, certificate_id, with_for_update=True)
        if row is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("certificates", "This certificate is not in the register.")
            )
        if row.status != CertificateStatus.ISSUED.value:
            raise Conflict(not_in_force(CertificateStatus(row.status)), "reason")
        row.status = CertificateStatus.REVOKED.value
        row.revoked_at = work.now
        row.revoked_reason = reason
        work.audit(
            "certificate.revoke",
            "certificate",
            row.id,
            before={"status": CertificateStatus.ISSUED.value},
            after={"status": CertificateStatus.REVOKED.value, "reason": reason},
        )
        work.session.flush()
        return entry_in(work, certificate_id)
