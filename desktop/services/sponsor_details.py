"""Sponsors' own records (admins): the list with what each gave, a sponsor's profile (name,
kind, address, notes, active), and deleting one entered by mistake. One module for the
sponsor window's callers: reading a sponsor whole (services.sponsor_rows), its contacts,
agreements, contributions and their documents (services.sponsor_contacts, sponsor_agreements,
sponsor_contributions, sponsor_documents) are importable from here too.

A profile saved from a form names the values it was loaded with: when another desk changed the
sponsor in between, nothing is overwritten. Renaming follows the rule of adding: two sponsors
never share a name in any case or spacing. Deleting is for a sponsor entered by mistake; one
with a history (contributions, agreements, cohorts or items naming it) is deactivated instead.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import case, delete, func, select
from sqlalchemy.exc import IntegrityError

from desktop.domain.errors import Conflict
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.inventory import name_key
from desktop.domain.roles import Permission
from desktop.domain.sponsor import (
    ContributionKind,
    SponsorKind,
    clean_sponsor_name,
    sponsor_name_key,
)
from desktop.services.context import Actor, acting
from desktop.services.sponsor_agreements import (
    AgreementInput,
    add_agreement,
    remove_agreement,
    update_agreement,
)
from desktop.services.sponsor_contacts import (
    ContactInput,
    add_contact,
    remove_contact,
    update_contact,
)
from desktop.services.sponsor_contributions import (
    CashInput,
    EarmarkChoices,
    InKindInput,
    InKindLine,
    contribution_choices,
    record_cash,
    record_in_kind,
)
from desktop.services.sponsor_documents import (
    DocumentKind,
    attach_document,
    contribution_document,
    document_kind,
)
from desktop.services.sponsor_rows import (
    AgreementRow,
    ContactRow,
    ContributionItem,
    ContributionList,
    ContributionRow,
    ContributionTotals,
    SponsorDetail,
    audit_change,
    checked_text,
    collect_errors,
    list_contributions,
    live_sponsor,
    sponsor_detail,
    sponsor_logo,
)
from desktop.store.database import Database
from desktop.store.inventory import Item
from desktop.store.sponsors import Contribution, SponsorAgreement, SponsorContact
from desktop.store.training import CohortSponsor, Sponsor

# One module for the sponsor window's callers: what the modules it gathers offer, too.
__all__ = [
    "AgreementInput",
    "AgreementRow",
    "CashInput",
    "ContactInput",
    "ContactRow",
    "ContributionItem",
    "ContributionKind",
    "ContributionList",
    "ContributionRow",
    "ContributionTotals",
    "DocumentKind",
    "EarmarkChoices",
    "InKindInput",
    "InKindLine",
    "SponsorDetail",
    "SponsorInput",
    "SponsorSummary",
    "add_agreement",
    "add_contact",
    "attach_document",
    "clean_profile",
    "contribution_choices",
    "contribution_document",
    "delete_sponsor",
    "document_kind",
    "list_contributions",
    "record_cash",
    "record_in_kind",
    "remove_agreement",
    "remove_contact",
    "set_sponsor_active",
    "sponsor_detail",
    "sponsor_logo",
    "sponsor_overview",
    "update_agreement",
    "update_contact",
    "update_sponsor",
]

ADDRESS_MAX = 1000
NOTES_MAX = 4000


@dataclass(frozen=True)
class SponsorInput:
    name: str
    kind: SponsorKind
    address: str = ""
    notes: str = ""
    active: bool = True


@dataclass(frozen=True)
class SponsorSummary:
    """One line of the admins' sponsor list."""

    id: int
    name: str
    kind: SponsorKind
    active: bool
    has_logo: bool
    cash_rupiah: int
    in_kind_rupiah: int
    contributions: int


def sponsor_overview(
    db: Database, actor: Actor, text: str = "", *, include_inactive: bool = True
) -> list[SponsorSummary]:
    """Every sponsor by name with what it gave in cash and in kind (sums in the database);
    `text` keeps those whose name holds it, in any case or spacing."""
    cash = case((Contribution.kind == ContributionKind.CASH.value, Contribution.amount_rupiah))
    kind = case((Contribution.kind == ContributionKind.IN_KIND.value, Contribution.amount_rupiah))
    given = (
        select(
            Contribution.sponsor_id,
            func.sum(cash).label("cash"),
            func.sum(kind).label("in_kind"),
            func.count().label("given"),
        )
        .group_by(Contribution.sponsor_id)
        .subquery()
    )
    query = (
        select(
            Sponsor.id,
            Sponsor.name,
            Sponsor.kind,
            Sponsor.active,
            Sponsor.logo_png.is_not(None).label("has_logo"),
            func.coalesce(given.c.cash, 0).label("cash"),
            func.coalesce(given.c.in_kind, 0).label("in_kind"),
            func.coalesce(given.c.given, 0).label("given"),
        )
        .outerjoin(given, given.c.sponsor_id == Sponsor.id)
        .order_by(Sponsor.name_key, Sponsor.id)
    )
    wanted = name_key(text)
    if wanted:
        query = query.where(Sponsor.name_key.contains(wanted, autoescape=True))
    if not include_inactive:
        query = query.where(Sponsor.active.is_(True))
    with acting(db, actor, Permission.MANAGE_INVENTORY, read_only=True) as work:
        return [
            SponsorSummary(
                row.id,
                row.name,
                SponsorKind(row.kind),
                row.active,
                bool(row.has_logo),
                int(row.cash),
                int(row.in_kind),
                int(row.given),
            )
            for row in work.session.execute(query)
        ]


def clean_profile(data: SponsorInput) -> SponsorInput:
    """The profile as kept; ValidationErrors names every field at fault."""
    name, address, notes = collect_errors(
        lambda: clean_sponsor_name(data.name),
        lambda: checked_text(data.address, "address", ADDRESS_MAX),
        lambda: checked_text(data.notes, "notes", NOTES_MAX),
    )
    return SponsorInput(name, SponsorKind(data.kind), address, notes, bool(data.active))


def _profile(sponsor: Sponsor) -> SponsorInput:
    return SponsorInput(
        sponsor.name, SponsorKind(sponsor.kind), sponsor.address, sponsor.notes, sponsor.active
    )


def _name_taken(name: str) -> Conflict:
    return Conflict(
        QT_TRANSLATE_NOOP("messages", "Another sponsor is already called {name}."),
        "name",
        name=name,
    )


def update_sponsor(
    db: Database,
    actor: Actor,
    sponsor_id: int,
    data: SponsorInput,
    loaded: SponsorInput | None = None,
) -> SponsorInput:
    """Save the sponsor's profile; returns it as kept. With `loaded` (the values the form
    showed), refused when another desk changed the sponsor since: nothing is overwritten."""
    clean = clean_profile(data)
    key = sponsor_name_key(clean.name)
    try:
        with acting(db, actor, Permission.MANAGE_INVENTORY) as work:
            sponsor = live_sponsor(work, sponsor_id, lock=True)
            before = _profile(sponsor)
            if loaded is not None and before != loaded:
                raise Conflict(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "This sponsor was changed at another desk after you opened it, so "
                        "nothing was saved. Close it and open it again to see the change.",
                    )
                )
            twin = work.session.scalar(
                select(Sponsor.name).where(Sponsor.name_key == key, Sponsor.id != sponsor_id)
            )
            if twin is not None:
                raise _name_taken(twin)
            sponsor.name, sponsor.name_key, sponsor.kind = clean.name, key, clean.kind.value
            sponsor.address, sponsor.notes = clean.address, clean.notes
            sponsor.active = clean.active
            work.session.flush()  # the unique key refuses a twin saved at another desk
            audit_change(work, "sponsor.update", sponsor_id, asdict(before), asdict(clean))
            return clean
    except IntegrityError:
        raise _name_taken(clean.name) from None


def set_sponsor_active(db: Database, actor: Actor, sponsor_id: int, active: bool) -> None:
    """Deactivate a sponsor (kept with its history, no longer offered for new cohorts) or
    make it active again."""
    with acting(db, actor, Permission.MANAGE_INVENTORY) as work:
        sponsor = live_sponsor(work, sponsor_id, lock=True)
        audit_change(
            work, "sponsor.update", sponsor_id, {"active": sponsor.active}, {"active": active}
        )
        sponsor.active = active


def delete_sponsor(db: Database, actor: Actor, sponsor_id: int) -> None:
    """Delete a sponsor entered by mistake, with its contacts. Refused, saying what names it,
    when it has contributions, agreements, cohorts or items."""
    with acting(db, actor, Permission.MANAGE_INVENTORY) as work:
        sponsor = live_sponsor(work, sponsor_id, lock=True)
        session = work.session

        def count(column: Any) -> int:
            return int(session.scalar(select(func.count()).where(column == sponsor_id)) or 0)

        counts = {
            "contributions": count(Contribution.sponsor_id),
            "agreements": count(SponsorAgreement.sponsor_id),
            "cohorts": count(CohortSponsor.sponsor_id),
            "items": count(Item.sponsor_id),
        }
        if any(counts.values()):
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{name} cannot be deleted: its record holds contributions "
                    "({contributions}), agreements ({agreements}), cohorts it sponsors "
                    "({cohorts}) and items it gave ({items}). Deactivate it instead: it stays "
                    "on record with its history and is no longer offered for new cohorts.",
                ),
                None,
                name=sponsor.name,
                **counts,
            )
        contacts = count(SponsorContact.sponsor_id)
        session.execute(delete(SponsorContact).where(SponsorContact.sponsor_id == sponsor_id))
        work.audit(
            "sponsor.delete",
            "sponsor",
            sponsor_id,
            before={**asdict(_profile(sponsor)), "contacts": contacts},
        )
        session.delete(sponsor)
