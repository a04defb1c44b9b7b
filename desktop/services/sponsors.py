"""Sponsors as cohorts name them: listing them and adding one by name and kind (admins).

Only what a cohort needs is here; contacts, agreements, contributions and logos come with the
inventory issue and extend these records. A sponsor is never entered twice: names that differ
only in case or spacing are the same sponsor, refused by a unique key on the folded name (so
also when two desks add it at the same moment).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from desktop.domain.errors import Conflict
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.roles import Permission
from desktop.domain.sponsor import SponsorKind, clean_sponsor_name, sponsor_name_key
from desktop.services.context import Actor, acting
from desktop.store.database import Database
from desktop.store.training import Sponsor


@dataclass(frozen=True)
class SponsorRow:
    id: int
    name: str
    kind: SponsorKind
    active: bool


def _row(sponsor: Sponsor) -> SponsorRow:
    return SponsorRow(sponsor.id, sponsor.name, SponsorKind(sponsor.kind), sponsor.active)


def list_sponsors(db: Database, actor: Actor, include_inactive: bool = False) -> list[SponsorRow]:
    """Every sponsor by name (a centre has tens)."""
    with acting(db, actor, Permission.VIEW_PROGRAMMES, read_only=True) as work:
        query = select(Sponsor).order_by(Sponsor.name_key, Sponsor.id)
        if not include_inactive:
            query = query.where(Sponsor.active.is_(True))
        return [_row(sponsor) for sponsor in work.session.scalars(query)]


def _taken(name: str) -> Conflict:
    return Conflict(
        QT_TRANSLATE_NOOP("messages", "The sponsor {name} is already on record; choose it."),
        "name",
        name=name,
    )


def create_sponsor(db: Database, actor: Actor, name: str, kind: SponsorKind) -> SponsorRow:
    """Add a sponsor. Refused (field "name") when the name is empty, too long, or already on
    record in another case or spacing."""
    clean = clean_sponsor_name(name)
    key = sponsor_name_key(clean)
    try:
        with acting(db, actor, Permission.MANAGE_PROGRAMMES) as work:
            existing = work.session.scalar(select(Sponsor.name).where(Sponsor.name_key == key))
            if existing is not None:
                raise _taken(existing)
            sponsor = Sponsor(
                name=clean,
                name_key=key,
                kind=SponsorKind(kind).value,
                active=True,
                created_at=work.now,
            )
            work.session.add(sponsor)
            work.session.flush()  # the unique key refuses a twin added at another desk
            work.audit(
                "sponsor.create",
                "sponsor",
                sponsor.id,
                after={"name": clean, "kind": sponsor.kind},
            )
            return _row(sponsor)
    except IntegrityError:
        raise _taken(clean) from None
