"""Recording a rendered batch in one transaction under the year's number lock: the
certificates with their frozen PDFs, their audit entries, and each enrolment completed.

Written with bulk statements: 1,000 certificates are recorded in a fraction of a second,
where one ORM object and one status change at a time took two seconds.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import insert, select, update

from desktop.documents.certificate import CertificatePaper
from desktop.domain.certificate import CertificateStatus, sha256_hex
from desktop.domain.enrolment import EnrolmentStatus as E
from desktop.domain.errors import Conflict
from desktop.domain.formatting import format_date
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.names import sort_key
from desktop.domain.roles import Permission
from desktop.services.certificate_common import lock_year
from desktop.services.certificate_plan import Person, Plan, check_choices
from desktop.services.certificate_render import Rendered
from desktop.services.context import Actor, Work, acting
from desktop.services.enrolment_common import _event
from desktop.store.certificates import Certificate, CertificateFile
from desktop.store.database import Database
from desktop.store.models import AuditEntry
from desktop.store.training import Enrolment, EnrolmentEvent


def record_batch(
    db: Database,
    actor: Actor,
    plan: Plan,
    signed: Sequence[tuple[CertificatePaper, bytes]],
    rendered: Rendered,
) -> list[tuple[int, CertificatePaper, Person]] | None:
    """Record the batch under the number lock; None when its numbers were taken meanwhile
    (the caller renders again with the next free ones)."""
    with acting(db, actor, Permission.ISSUE_CERTIFICATES) as work:
        year = lock_year(work, plan.year)
        if year.last_seq != plan.last_seq:
            return None
        check_choices(work, plan.request)  # again, under the lock: another desk may have
        for old_id, _reason in plan.request.supersedes.values():
            _supersede(work, old_id)
        connection = work.session.connection()
        rows = [
            _row(work, plan, offset, paper, signature, pdf, person)
            for offset, ((paper, signature), pdf, person) in enumerate(
                zip(signed, rendered.files, plan.people, strict=True), start=1
            )
        ]
        ids = list(
            connection.execute(
                insert(Certificate).returning(Certificate.id, sort_by_parameter_order=True), rows
            ).scalars()
        )
        connection.execute(
            insert(CertificateFile),
            [{"certificate_id": i, "pdf": pdf} for i, pdf in zip(ids, rendered.files, strict=True)],
        )
        audits = [_audit_row(work, i, row) for i, row in zip(ids, rows, strict=True)]
        audits += _complete(work, [person.enrolment_id for person in plan.people])
        connection.execute(insert(AuditEntry), audits)
        year.last_seq = plan.last_seq + len(rows)
        return [
            (certificate_id, paper, person)
            for certificate_id, (paper, _), person in zip(ids, signed, plan.people, strict=True)
        ]


def _row(
    work: Work,
    plan: Plan,
    offset: int,
    paper: CertificatePaper,
    signature: bytes,
    pdf: bytes,
    person: Person,
) -> dict[str, Any]:
    replaced = plan.request.supersedes.get(person.enrolment_id)
    override = plan.request.overrides.get(person.enrolment_id, "").strip()
    birth = ", ".join(
        part
        for part in (
            person.birth_place,
            format_date(person.birth_date) if person.birth_date else "",
        )
        if part
    )
    return {
        "number": paper.number,
        "year": plan.year,
        "seq": plan.last_seq + offset,
        "enrolment_id": person.enrolment_id,
        "participant_id": person.participant_id,
        "cohort_id": plan.request.cohort_id,
        "full_name": person.full_name,
        "name_key": sort_key(person.full_name),
        "birth": birth,
        "programme_name": plan.programme_name,
        "cohort_code": plan.cohort_code,
        "start_date": plan.start,
        "end_date": plan.end,
        "hours_jp": plan.hours_jp,
        "issue_date": plan.issue_date,
        "status": CertificateStatus.ISSUED.value,
        "verify_code": paper.verify_code,
        "key_id": plan.key.key_id,
        "signature": signature,
        "sha256": sha256_hex(pdf),
        "override_reason": override,
        "supersedes_id": replaced[0] if replaced else None,
        "reissue_reason": replaced[1].strip() if replaced else "",
        "revoked_reason": "",
        "issued_at": work.now,
        "issued_by": work.actor.username if work.actor else "",
    }


def _audit_row(work: Work, certificate_id: int, row: dict[str, Any]) -> dict[str, Any]:
    after: dict[str, Any] = {
        "number": row["number"],
        "enrolment_id": row["enrolment_id"],
        "sha256": row["sha256"],
    }
    if row["override_reason"]:
        after["override_reason"] = row["override_reason"]
    if row["supersedes_id"]:
        after["supersedes_id"] = row["supersedes_id"]
        after["reason"] = row["reissue_reason"]
    return _audit(work, "certificate.issue", "certificate", certificate_id, None, after)


def _audit(
    work: Work,
    action: str,
    entity: str,
    entity_id: object,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> dict[str, Any]:
    assert work.actor is not None
    return {
        "at": work.now,
        "user_id": work.actor.user_id,
        "username": work.actor.username,
        "action": action,
        "entity": entity,
        "entity_id": str(entity_id),
        "before": before,
        "after": after,
    }


def _supersede(work: Work, certificate_id: int) -> None:
    old = work.session.get(Certificate, certificate_id, with_for_update=True)
    if old is None or old.status != CertificateStatus.ISSUED.value:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "certificates",
                "This certificate was revoked or replaced at another desk meanwhile.",
            )
        )
    old.status = CertificateStatus.SUPERSEDED.value
    work.audit(
        "certificate.supersede",
        "certificate",
        old.id,
        before={"status": CertificateStatus.ISSUED.value},
        after={"status": CertificateStatus.SUPERSEDED.value},
    )


def _complete(work: Work, enrolment_ids: list[int]) -> list[dict[str, Any]]:
    """A certificate ends the training: each enrolment still accepted or active becomes
    completed, with the events and audit entries a status change has. All of them hold a
    seat before and after, so no seat moves and nobody waiting is offered one."""
    connection = work.session.connection()
    rows = connection.execute(
        select(Enrolment.id, Enrolment.status).where(
            Enrolment.id.in_(enrolment_ids),
            Enrolment.status.in_([E.ACCEPTED.value, E.ACTIVE.value]),
        )
    ).all()
    if not rows:
        return []
    connection.execute(
        update(Enrolment)
        .where(Enrolment.id.in_([row.id for row in rows]))
        .values(
            status=E.COMPLETED.value,
            reason="",
            updated_at=work.now,
            version=Enrolment.version + 1,
        )
    )
    events = []
    audits = []
    for row in rows:
        if row.status == E.ACCEPTED.value:
            events.append(_event(work, row.id, E.ACCEPTED.value, E.ACTIVE.value, ""))
        events.append(_event(work, row.id, E.ACTIVE.value, E.COMPLETED.value, ""))
        audits.append(
            _audit(
                work,
                "enrolment.status",
                "enrolment",
                row.id,
                {"status": row.status, "holds_seat": True},
                {"status": E.COMPLETED.value, "holds_seat": True, "reason": ""},
            )
        )
    connection.execute(insert(EnrolmentEvent), events)
    return audits
