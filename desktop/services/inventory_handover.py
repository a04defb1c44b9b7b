"""The handover record (berita acara serah terima) of a handover: what it prints
(`handover_record`) and the PDF (`handover_pdf`, desktop.documents.handover_record).

The record is personal by nature: the participant's name and postal address stand on it as
the second party, the centre's head as the first. Printing changes nothing and writes no
audit entry, like the intake form filled in for signature.
"""

from __future__ import annotations

from sqlalchemy import select

from desktop.documents.handover_record import HandoverLine, HandoverRecord, render_handover_record
from desktop.domain.errors import NotFound, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.inventory import Condition, Unit
from desktop.domain.roles import Permission
from desktop.services import centre
from desktop.services.context import Actor, Work, acting
from desktop.services.inventory_loan_checks import LoanKind
from desktop.store.database import Database
from desktop.store.inventory import Item, Loan
from desktop.store.models import Programme
from desktop.store.participants import Participant
from desktop.store.training import Cohort


def handover_record(db: Database, actor: Actor, loan_id: int) -> HandoverRecord:
    """What the handover record (BAST) of a handover prints. Refused for a loan (field
    "loan"): a loan has no handover record."""
    profile = centre.get_profile(db)
    with acting(db, actor, Permission.MANAGE_INVENTORY, read_only=True) as work:
        loan = work.session.get(Loan, loan_id)
        if loan is None:
            raise NotFound(QT_TRANSLATE_NOOP("messages", "This handover is no longer on record."))
        if loan.kind != LoanKind.HANDOVER.value:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "messages", "This is a loan, not a handover: it has no handover record."
                ),
                "loan",
            )
        item = work.session.get(Item, loan.item_id)
        person = work.session.get(Participant, loan.participant_id)
        if profile is None or item is None or person is None:  # kept by foreign keys
            raise NotFound(QT_TRANSLATE_NOOP("messages", "The centre is not set up yet."))
        line = HandoverLine(
            name=item.name,
            asset_tag=item.asset_tag or "",
            serial_number=item.serial_number,
            quantity_milli=loan.quantity_milli,
            unit=Unit(item.unit),
            condition=Condition(loan.condition_out) if loan.condition_out else None,
        )
        return HandoverRecord(
            loan_id=loan.id,
            number=loan.number,
            handed_on=loan.out_on,
            centre=profile,
            participant_name=person.full_name,
            participant_address=postal_address(person),
            lines=(line,),
            training=_training(work, loan.cohort_id),
            notes=loan.notes,
        )


def handover_pdf(db: Database, actor: Actor, loan_id: int, *, language: str = "id") -> bytes:
    """The handover record as PDF bytes (Indonesian unless asked otherwise)."""
    record = handover_record(db, actor, loan_id)
    return render_handover_record(record, language=language, today=db.clock().astimezone().date())


def postal_address(person: Participant) -> str:
    """ "Jl. Melati 5, RT 001/RW 002, Sardonoharjo, Ngaglik, Sleman, DI Yogyakarta 55581"."""
    neighbourhood = "/".join(
        f"{label} {value}" for label, value in (("RT", person.rt), ("RW", person.rw)) if value
    )
    region = f"{person.province_name} {person.postal_code}".strip()
    parts = (
        person.street,
        neighbourhood,
        person.village_name,
        person.district_name,
        person.regency_name,
        region,
    )
    return ", ".join(part.strip() for part in parts if part.strip())


def _training(work: Work, cohort_id: int | None) -> str:
    if cohort_id is None:
        return ""
    found = work.session.execute(
        select(Programme.name, Cohort.code)
        .join(Programme, Programme.id == Cohort.programme_id)
        .where(Cohort.id == cohort_id)
    ).one_or_none()
    return "" if found is None else f"{found.name} ({found.code})"
