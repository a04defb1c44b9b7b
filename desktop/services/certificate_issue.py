"""Issuing certificates: who in a cohort is eligible, a preview, and the batch that numbers,
signs, renders, freezes and records them.

A batch renders before it takes the number lock: it reads the year's last number, renders
against the numbers that follow it (the slow part, on every core, with progress and cancel),
and only then, in one short transaction, locks the year's row, checks that nobody took those
numbers meanwhile, and records every certificate with its PDF. If another desk did take them,
the batch renders again with the next free numbers. A cancel, an error or a killed process
before the commit leaves nothing: no certificate, no used-up number.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from desktop.domain.certificate import (
    REASON_MAX,
    CertificateStatus,
    not_in_force,
)
from desktop.domain.errors import Conflict, NotFound, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.roles import Permission
from desktop.services.certificate_common import (
    OwnKey,
    make_own_key,
    own_key,
)
from desktop.services.certificate_files import write_batch_files
from desktop.services.certificate_plan import (
    Candidate,
    IssueRequest,
    cohort_candidates,
    plan_batch,
)
from desktop.services.certificate_record import record_batch
from desktop.services.certificate_render import IsCancelled, Progress, render_batch
from desktop.services.context import Actor, acting
from desktop.store.certificates import Certificate
from desktop.store.database import Database

__all__ = [
    "Candidate",
    "IssueRequest",
    "IssueResult",
    "Issued",
    "candidates",
    "issue",
    "preview",
    "reissue",
]

ATTEMPTS = 5  # renders again when another desk took the numbers meanwhile


@dataclass(frozen=True)
class Issued:
    certificate_id: int
    number: str
    full_name: str
    verify_code: str
    file: Path | None = None


@dataclass(frozen=True)
class IssueResult:
    certificates: tuple[Issued, ...]
    print_file: Path | None = None


def candidates(db: Database, actor: Actor, cohort_id: int) -> list[Candidate]:
    with acting(db, actor, Permission.ISSUE_CERTIFICATES, read_only=True) as work:
        return cohort_candidates(work, cohort_id)


# -- preview and issue -------------------------------------------------------------------------


def preview(db: Database, actor: Actor, cohort_id: int, enrolment_id: int) -> bytes:
    """How this person's certificate will look, marked "not valid" across; nothing is
    recorded and no number is taken (the one shown is the next free one)."""
    from desktop.documents.certificate import render_certificate

    with acting(db, actor, Permission.ISSUE_CERTIFICATES, read_only=True) as work:
        key = own_key(work) or OwnKey("00000000", bytes(32), bytes(32), "")
        plan = plan_batch(work, IssueRequest(cohort_id, (enrolment_id,)), key, check=False)
    paper, _ = plan.papers(preview=True)[0]
    return render_certificate(plan.look, paper)


def issue(
    db: Database,
    actor: Actor,
    request: IssueRequest,
    *,
    folder: Path | None = None,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> IssueResult:
    """Issue certificates to the chosen people of a cohort (see the module's notes). With a
    `folder`, each certificate is also written there as a PDF named by number and name, with
    one print file of them all."""
    with acting(db, actor, Permission.ISSUE_CERTIFICATES) as work:
        key = make_own_key(work)  # commits at once: a key is never "half made"
    for attempt in range(ATTEMPTS):
        if attempt:
            # Desks that collided would collide again in step; a random pause that grows
            # lets one finish first (measured: 4 desks issuing non-stop gave up without it).
            time.sleep(random.uniform(0.05, 0.2) * attempt)
        with acting(db, actor, Permission.ISSUE_CERTIFICATES, read_only=True) as work:
            plan = plan_batch(work, request, key)
        signed = plan.papers()
        rendered = render_batch(
            plan.look,
            [paper for paper, _ in signed],
            print_file=folder is not None,
            progress=progress,
            cancelled=cancelled,
        )
        recorded = record_batch(db, actor, plan, signed, rendered)
        if recorded is not None:
            issued = tuple(
                Issued(certificate_id, paper.number, person.full_name, paper.verify_code)
                for certificate_id, paper, person in recorded
            )
            break
    else:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "certificates",
                "Other desks are issuing certificates at this moment. Try again in a minute.",
            )
        )
    if folder is None:
        return IssueResult(issued)
    return write_batch_files(folder, plan.cohort_code, issued, rendered)


def reissue(
    db: Database,
    actor: Actor,
    certificate_id: int,
    reason: str,
    *,
    issue_date: date | None = None,
    folder: Path | None = None,
) -> IssueResult:
    """A correction: a new certificate, with a new number and today's data (a corrected name),
    that supersedes the old one; the old keeps its number and shows as superseded."""
    reason = reason.strip()
    if not reason:
        raise ValidationError(
            QT_TRANSLATE_NOOP("certificates", "Say why the certificate is re-issued."), "reason"
        )
    if len(reason) > REASON_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "This is too long (at most {max} characters)."),
            "reason",
            max=REASON_MAX,
        )
    with acting(db, actor, Permission.ISSUE_CERTIFICATES, read_only=True) as work:
        old = work.session.execute(
            select(
                Certificate.cohort_id,
                Certificate.enrolment_id,
                Certificate.status,
                Certificate.override_reason,
            ).where(Certificate.id == certificate_id)
        ).one_or_none()
    if old is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("certificates", "This certificate is not in the register.")
        )
    if old.status != CertificateStatus.ISSUED.value:
        raise Conflict(not_in_force(CertificateStatus(old.status)), "reason")
    request = IssueRequest(
        old.cohort_id,
        (old.enrolment_id,),
        # Issued by exception then, so by the same exception now: the register keeps saying why.
        overrides={old.enrolment_id: old.override_reason} if old.override_reason else {},
        issue_date=issue_date,
        supersedes={old.enrolment_id: (certificate_id, reason)},
    )
    return issue(db, actor, request, folder=folder)
