"""Sponsors as cohorts name them: listing them, adding one by name and kind, and the logo
printed on the certificates of the cohorts it sponsors (admins).

Only what a cohort and its certificates need is here; contacts, agreements and contributions
come with the inventory issue and extend these records. A sponsor is never entered twice: names
that differ only in case or spacing are the same sponsor, refused by a unique key on the folded
name (so also when two desks add it at the same moment). A logo is checked and shrunk like the
centre's own (desktop.services.images); certificates already issued keep the logo they were
printed with.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from desktop.domain.errors import Conflict, NotFound, ValidationError, ValidationErrors
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.roles import Permission
from desktop.domain.sponsor import SponsorKind, clean_sponsor_name, sponsor_name_key
from desktop.services.context import Actor, acting
from desktop.services.images import normalise_logo
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


def create_sponsor(
    db: Database, actor: Actor, name: str, kind: SponsorKind, *, logo: bytes | None = None
) -> SponsorRow:
    """Add a sponsor, with its logo when one is given. Refused (field "name") when the name is
    empty, too long, or already on record in another case or spacing, and (field "logo") when
    the logo is not an image; both at once when both are wrong."""
    errors: list[ValidationError] = []
    clean = png = None
    try:
        clean = clean_sponsor_name(name)
    except ValidationError as error:
        errors.append(error)
    try:
        png = _checked_logo(logo)
    except ValidationError as error:
        errors.append(error)
    if errors:
        raise errors[0] if len(errors) == 1 else ValidationErrors(errors)
    assert clean is not None
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
                logo_png=png,
            )
            work.session.add(sponsor)
            work.session.flush()  # the unique key refuses a twin added at another desk
            after: dict[str, object] = {"name": clean, "kind": sponsor.kind}
            if png is not None:
                after["logo_png"] = _size(png)
            work.audit("sponsor.create", "sponsor", sponsor.id, after=after)
            return _row(sponsor)
    except IntegrityError:
        raise _taken(clean) from None


def set_logo(db: Database, actor: Actor, sponsor_id: int, data: bytes | None) -> bytes | None:
    """Give the sponsor the logo in `data` (an image file's bytes), or take its logo away
    (None). Returns the logo as kept and printed: a PNG at most 600 px on its long side.
    Refused (field "logo") when `data` is not an image Pelita can read."""
    png = _checked_logo(data)
    with acting(db, actor, Permission.MANAGE_PROGRAMMES) as work:
        sponsor = work.session.get(Sponsor, sponsor_id, with_for_update=True)
        if sponsor is None:
            raise NotFound(QT_TRANSLATE_NOOP("messages", "This sponsor is no longer on record."))
        before = _size(sponsor.logo_png) if sponsor.logo_png else None
        sponsor.logo_png = png
        work.audit(
            "sponsor.logo",
            "sponsor",
            sponsor.id,
            before={"logo_png": before},
            after={"logo_png": _size(png) if png is not None else None},
        )
        return png


def clear_logo(db: Database, actor: Actor, sponsor_id: int) -> None:
    """The sponsor's logo taken away: its next certificates show none."""
    set_logo(db, actor, sponsor_id, None)


def _checked_logo(data: bytes | None) -> bytes | None:
    return normalise_logo(data) if data is not None else None


def _size(png: bytes) -> str:
    """A logo as the audit trail records it: not the picture, its size."""
    return f"{len(png)} bytes"
