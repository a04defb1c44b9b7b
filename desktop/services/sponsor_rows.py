"""Reading a sponsor as the admins' sponsor window shows it: whole (profile, contacts,
agreements, contributions with their items), and its contributions with totals per kind; and
the helpers the sponsor services share (services.sponsor_details and the modules it gathers).

Totals are sums computed by the database; a contribution's items are the `donated` movements
of the stock ledger that point back to it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.errors import NotFound, ValidationError, ValidationErrors
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.inventory import MovementKind, Unit
from desktop.domain.roles import Permission
from desktop.domain.sponsor import ContributionKind, SponsorKind
from desktop.domain.text import control_characters_error, has_control_characters
from desktop.services.context import Actor, Work, acting
from desktop.store.database import Database
from desktop.store.inventory import Item, StockMovement
from desktop.store.models import Programme
from desktop.store.sponsors import (
    Contribution,
    ContributionDocument,
    SponsorAgreement,
    SponsorContact,
)
from desktop.store.training import Cohort, CohortSponsor, Sponsor


@dataclass(frozen=True)
class ContactRow:
    id: int
    name: str
    position: str
    phone: str  # E.164 (desktop.domain.phone.display_phone shows it)
    email: str


@dataclass(frozen=True)
class AgreementRow:
    id: int
    number: str
    start_date: date
    end_date: date | None
    commitment: str
    commitment_rupiah: int | None


@dataclass(frozen=True)
class ContributionItem:
    item_name: str
    quantity_milli: int
    unit: Unit
    value_rupiah: int | None
    asset_tag: str = ""


@dataclass(frozen=True)
class ContributionRow:
    id: int
    kind: ContributionKind
    received_on: date
    amount_rupiah: int
    earmark: str  # the cohort's code or the programme's name; "" for the centre in general
    programme_id: int | None
    cohort_id: int | None
    agreement_number: str
    description: str
    has_document: bool
    document_name: str
    items: tuple[ContributionItem, ...]
    recorded_by: str


@dataclass(frozen=True)
class ContributionTotals:
    cash_rupiah: int = 0
    in_kind_rupiah: int = 0
    cash_count: int = 0
    in_kind_count: int = 0


@dataclass(frozen=True)
class ContributionList:
    rows: tuple[ContributionRow, ...]
    totals: ContributionTotals


@dataclass(frozen=True)
class SponsorDetail:
    id: int
    name: str
    kind: SponsorKind
    address: str
    notes: str
    active: bool
    has_logo: bool
    contacts: tuple[ContactRow, ...]
    agreements: tuple[AgreementRow, ...]
    contributions: tuple[ContributionRow, ...]
    totals: ContributionTotals
    cohorts: int  # cohorts that name it as a sponsor


def live_sponsor(work: Work, sponsor_id: int, *, lock: bool = False) -> Sponsor:
    sponsor = work.session.get(Sponsor, sponsor_id, with_for_update=lock)
    if sponsor is None:
        raise NotFound(QT_TRANSLATE_NOOP("messages", "This sponsor is no longer on record."))
    return sponsor


def checked_text(value: str, field: str, limit: int) -> str:
    """Free text as kept (lines allowed): trimmed, no control characters, within `limit`."""
    text = value.strip()
    if has_control_characters(text, allowed="\n\t"):
        raise control_characters_error(field)
    if len(text) > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "This text is {length} characters long; the limit is {limit}."
            ),
            field,
            length=len(text),
            limit=limit,
        )
    return text


def collect_errors(*checks: Callable[[], Any]) -> list[Any]:
    """Each check's value; every check runs, so a form can mark all its fields at fault at
    once (ValidationErrors when more than one is)."""
    values, errors = [], []
    for check in checks:
        try:
            values.append(check())
        except ValidationError as error:
            errors.append(error)
    if errors:
        raise errors[0] if len(errors) == 1 else ValidationErrors(errors)
    return values


def _items(session: Session, ids: Iterable[int]) -> dict[int, list[ContributionItem]]:
    found: dict[int, list[ContributionItem]] = {}
    wanted = list(ids)
    if not wanted:
        return found
    rows = session.execute(
        select(
            StockMovement.contribution_id,
            Item.name,
            StockMovement.quantity_milli,
            Item.unit,
            StockMovement.value_rupiah,
            Item.asset_tag,
        )
        .join(Item, Item.id == StockMovement.item_id)
        .where(
            StockMovement.contribution_id.in_(wanted),
            StockMovement.kind == MovementKind.DONATED.value,
        )
        .order_by(StockMovement.id)
    )
    for row in rows:
        found.setdefault(row.contribution_id, []).append(
            ContributionItem(
                row.name, row.quantity_milli, Unit(row.unit), row.value_rupiah, row.asset_tag or ""
            )
        )
    return found


def contribution_rows(session: Session, sponsor_id: int) -> list[ContributionRow]:
    """The sponsor's contributions, newest first (documents named, never read)."""
    rows = session.execute(
        select(
            Contribution,
            Programme.name.label("programme_name"),
            Cohort.code.label("cohort_code"),
            SponsorAgreement.number.label("agreement_number"),
            ContributionDocument.file_name.label("document_name"),
        )
        .outerjoin(Programme, Programme.id == Contribution.programme_id)
        .outerjoin(Cohort, Cohort.id == Contribution.cohort_id)
        .outerjoin(SponsorAgreement, SponsorAgreement.id == Contribution.agreement_id)
        .outerjoin(ContributionDocument, ContributionDocument.contribution_id == Contribution.id)
        .where(Contribution.sponsor_id == sponsor_id)
        .order_by(Contribution.received_on.desc(), Contribution.id.desc())
    ).all()
    items = _items(session, (row.Contribution.id for row in rows))
    found = []
    for row in rows:
        contribution: Contribution = row.Contribution
        found.append(
            ContributionRow(
                id=contribution.id,
                kind=ContributionKind(contribution.kind),
                received_on=contribution.received_on,
                amount_rupiah=contribution.amount_rupiah,
                earmark=row.cohort_code or row.programme_name or "",
                programme_id=contribution.programme_id,
                cohort_id=contribution.cohort_id,
                agreement_number=row.agreement_number or "",
                description=contribution.description,
                has_document=row.document_name is not None,
                document_name=row.document_name or "",
                items=tuple(items.get(contribution.id, ())),
                recorded_by=contribution.recorded_by,
            )
        )
    return found


def totals_of(rows: Iterable[ContributionRow]) -> ContributionTotals:
    cash: list[int] = []
    kind: list[int] = []
    for row in rows:
        (cash if row.kind is ContributionKind.CASH else kind).append(row.amount_rupiah)
    return ContributionTotals(sum(cash), sum(kind), len(cash), len(kind))


def list_contributions(db: Database, actor: Actor, sponsor_id: int) -> ContributionList:
    """The sponsor's contributions, newest first, with the totals of cash and in kind."""
    with acting(db, actor, Permission.MANAGE_INVENTORY, read_only=True) as work:
        live_sponsor(work, sponsor_id)
        rows = contribution_rows(work.session, sponsor_id)
        return ContributionList(tuple(rows), totals_of(rows))


def sponsor_detail(db: Database, actor: Actor, sponsor_id: int) -> SponsorDetail:
    """One sponsor whole, as its window shows it (the logo itself: `sponsor_logo`)."""
    with acting(db, actor, Permission.MANAGE_INVENTORY, read_only=True) as work:
        sponsor = live_sponsor(work, sponsor_id)
        contacts = work.session.scalars(
            select(SponsorContact)
            .where(SponsorContact.sponsor_id == sponsor_id)
            .order_by(SponsorContact.id)
        )
        agreements = work.session.scalars(
            select(SponsorAgreement)
            .where(SponsorAgreement.sponsor_id == sponsor_id)
            .order_by(SponsorAgreement.start_date.desc(), SponsorAgreement.id.desc())
        )
        cohorts = work.session.scalar(
            select(func.count()).where(CohortSponsor.sponsor_id == sponsor_id)
        )
        rows = contribution_rows(work.session, sponsor_id)
        return SponsorDetail(
            id=sponsor.id,
            name=sponsor.name,
            kind=SponsorKind(sponsor.kind),
            address=sponsor.address,
            notes=sponsor.notes,
            active=sponsor.active,
            has_logo=sponsor.logo_png is not None,
            contacts=tuple(
                ContactRow(c.id, c.name, c.position, c.phone, c.email) for c in contacts
            ),
            agreements=tuple(agreement_row(a) for a in agreements),
            contributions=tuple(rows),
            totals=totals_of(rows),
            cohorts=int(cohorts or 0),
        )


def agreement_row(agreement: SponsorAgreement) -> AgreementRow:
    return AgreementRow(
        agreement.id,
        agreement.number,
        agreement.start_date,
        agreement.end_date,
        agreement.commitment,
        agreement.commitment_rupiah,
    )


def sponsor_logo(db: Database, actor: Actor, sponsor_id: int) -> bytes | None:
    """The sponsor's logo as printed (PNG), None when it has none."""
    with acting(db, actor, Permission.MANAGE_INVENTORY, read_only=True) as work:
        live_sponsor(work, sponsor_id)
        logo = work.session.scalar(select(Sponsor.logo_png).where(Sponsor.id == sponsor_id))
        return bytes(logo) if logo is not None else None


def audit_change(
    work: Work,
    action: str,
    sponsor_id: int,
    before: dict[str, Any],
    after: dict[str, Any],
    about: dict[str, Any] | None = None,
) -> None:
    """An audit entry on the sponsor with only what changed, so the log reads as the change
    itself (none when nothing did); `about` (a contact's id) is in both sides whatever."""
    changed = [name for name in after if before.get(name) != after[name]]
    if changed:
        work.audit(
            action,
            "sponsor",
            sponsor_id,
            before={**(about or {}), **{name: before.get(name) for name in changed}},
            after={**(about or {}), **{name: after[name] for name in changed}},
        )
