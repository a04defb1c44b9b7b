"""A sponsor's agreements (admins): the memorandum of understanding (MoU / PKS) by its number,
its period and what was promised, in words and, when the letter says it, in rupiah.

A sponsor has each number once (in any case or spacing). An agreement that contributions were
recorded under stays on record. Every change is audited on the sponsor.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select

from desktop.domain.errors import Conflict, NotFound, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.inventory import clean_line, clean_value, name_key
from desktop.domain.roles import Permission
from desktop.services.context import Actor, Work, acting
from desktop.services.sponsor_rows import (
    AgreementRow,
    agreement_row,
    audit_change,
    checked_text,
    collect_errors,
    live_sponsor,
)
from desktop.store.database import Database
from desktop.store.sponsors import Contribution, SponsorAgreement

NUMBER_MAX = 80
COMMITMENT_MAX = 2000


@dataclass(frozen=True)
class AgreementInput:
    number: str
    start_date: date
    end_date: date | None = None  # open-ended
    commitment: str = ""  # in words: "two sewing cohorts a year"
    commitment_rupiah: int | None = None


def _end(data: AgreementInput) -> date | None:
    if data.end_date is not None and data.end_date < data.start_date:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "The agreement cannot end before it starts ({start})."),
            "end_date",
            start=data.start_date,
        )
    return data.end_date


def clean_agreement(data: AgreementInput) -> AgreementInput:
    """The agreement as kept; ValidationErrors names every field at fault."""
    number, end, commitment, rupiah = collect_errors(
        lambda: clean_line(
            data.number,
            "number",
            NUMBER_MAX,
            required=QT_TRANSLATE_NOOP("messages", "Enter the agreement's number (MoU / PKS)."),
        ),
        lambda: _end(data),
        lambda: checked_text(data.commitment, "commitment", COMMITMENT_MAX),
        lambda: clean_value(data.commitment_rupiah, "commitment_rupiah"),
    )
    return AgreementInput(number, data.start_date, end, commitment, rupiah)


def _values(agreement: SponsorAgreement) -> dict[str, Any]:
    end = agreement.end_date
    return {
        "number": agreement.number,
        "start_date": agreement.start_date.isoformat(),
        "end_date": end.isoformat() if end else None,
        "commitment": agreement.commitment,
        "commitment_rupiah": agreement.commitment_rupiah,
    }


def _number_free(work: Work, sponsor_id: int, number: str, other_than: int | None) -> None:
    numbers = work.session.execute(
        select(SponsorAgreement.id, SponsorAgreement.number).where(
            SponsorAgreement.sponsor_id == sponsor_id
        )
    )
    if any(row.id != other_than and name_key(row.number) == name_key(number) for row in numbers):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "This sponsor already has an agreement numbered {number}."
            ),
            "number",
            number=number,
        )


def _write(agreement: SponsorAgreement, clean: AgreementInput) -> None:
    agreement.number = clean.number
    agreement.start_date = clean.start_date
    agreement.end_date = clean.end_date
    agreement.commitment = clean.commitment
    agreement.commitment_rupiah = clean.commitment_rupiah


def add_agreement(
    db: Database, actor: Actor, sponsor_id: int, data: AgreementInput
) -> AgreementRow:
    clean = clean_agreement(data)
    with acting(db, actor, Permission.MANAGE_INVENTORY) as work:
        live_sponsor(work, sponsor_id, lock=True)  # two desks adding the same number queue here
        _number_free(work, sponsor_id, clean.number, None)
        agreement = SponsorAgreement(sponsor_id=sponsor_id, created_at=work.now)
        _write(agreement, clean)
        work.session.add(agreement)
        work.session.flush()
        work.audit(
            "sponsor.agreement",
            "sponsor",
            sponsor_id,
            after={"agreement_id": agreement.id, **_values(agreement)},
        )
        return agreement_row(agreement)


def _agreement(work: Work, agreement_id: int) -> SponsorAgreement:
    agreement = work.session.get(SponsorAgreement, agreement_id)
    if agreement is None:
        raise NotFound(QT_TRANSLATE_NOOP("messages", "This agreement is no longer on record."))
    live_sponsor(work, agreement.sponsor_id, lock=True)
    return agreement


def update_agreement(
    db: Database, actor: Actor, agreement_id: int, data: AgreementInput
) -> AgreementRow:
    clean = clean_agreement(data)
    with acting(db, actor, Permission.MANAGE_INVENTORY) as work:
        agreement = _agreement(work, agreement_id)
        _number_free(work, agreement.sponsor_id, clean.number, agreement_id)
        before = _values(agreement)
        _write(agreement, clean)
        audit_change(
            work,
            "sponsor.agreement",
            agreement.sponsor_id,
            before,
            _values(agreement),
            {"agreement_id": agreement_id},
        )
        return agreement_row(agreement)


def remove_agreement(db: Database, actor: Actor, agreement_id: int) -> None:
    """Refused while contributions were recorded under the agreement."""
    with acting(db, actor, Permission.MANAGE_INVENTORY) as work:
        agreement = _agreement(work, agreement_id)
        used = work.session.scalar(
            select(func.count()).where(Contribution.agreement_id == agreement_id)
        )
        if used:
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Contributions were recorded under the agreement {number} ({count}), so it "
                    "stays on record.",
                ),
                None,
                number=agreement.number,
                count=used,
            )
        work.audit(
            "sponsor.agreement",
            "sponsor",
            agreement.sponsor_id,
            before={"agreement_id": agreement_id, **_values(agreement)},
        )
        work.session.delete(agreement)
