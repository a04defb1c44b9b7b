"""The people to talk to at a sponsor (admins): name, position, phone and e-mail.

Phone numbers are kept in E.164 like participants' (desktop.domain.phone: typed any of the
ways Indonesians write them, found as one); an e-mail address is checked for the slips people
make (no @, a space, no domain). Every change is audited on the sponsor.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

from desktop.domain.errors import NotFound, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.inventory import clean_line
from desktop.domain.phone import clean_phone
from desktop.domain.roles import Permission
from desktop.services.context import Actor, Work, acting
from desktop.services.sponsor_rows import ContactRow, audit_change, collect_errors, live_sponsor
from desktop.store.database import Database
from desktop.store.sponsors import SponsorContact

CONTACT_MAX = 120  # the name and position columns
EMAIL_MAX = 200
# Enough to catch a slip; the mail server judges the rest.
EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")


@dataclass(frozen=True)
class ContactInput:
    name: str
    position: str = ""
    phone: str = ""  # as typed; kept as E.164
    email: str = ""


def _email(text: str) -> str:
    address = text.strip()
    if address and (len(address) > EMAIL_MAX or not EMAIL.fullmatch(address)):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "This is not an e-mail address; type it like nama@contoh.co.id."
            ),
            "email",
        )
    return address


def clean_contact(data: ContactInput) -> ContactInput:
    """The contact as kept; ValidationErrors names every field at fault."""
    name, position, phone, email = collect_errors(
        lambda: clean_line(
            data.name,
            "name",
            CONTACT_MAX,
            required=QT_TRANSLATE_NOOP("messages", "Enter the contact person's name."),
        ),
        lambda: clean_line(data.position, "position", CONTACT_MAX),
        lambda: clean_phone(data.phone),
        lambda: _email(data.email),
    )
    return ContactInput(name, position, phone, email)


def _contact(work: Work, contact_id: int) -> SponsorContact:
    contact = work.session.get(SponsorContact, contact_id, with_for_update=True)
    if contact is None:
        raise NotFound(QT_TRANSLATE_NOOP("messages", "This contact is no longer on record."))
    return contact


def _values(contact: SponsorContact) -> dict[str, Any]:
    return {"name": contact.name, "position": contact.position, "phone": contact.phone,
            "email": contact.email}  # fmt: skip


def _row(contact: SponsorContact) -> ContactRow:
    return ContactRow(contact.id, contact.name, contact.position, contact.phone, contact.email)


def add_contact(db: Database, actor: Actor, sponsor_id: int, data: ContactInput) -> ContactRow:
    clean = clean_contact(data)
    with acting(db, actor, Permission.MANAGE_INVENTORY) as work:
        live_sponsor(work, sponsor_id)
        contact = SponsorContact(sponsor_id=sponsor_id, **asdict(clean))
        work.session.add(contact)
        work.session.flush()
        work.audit(
            "sponsor.contact",
            "sponsor",
            sponsor_id,
            after={"contact_id": contact.id, **_values(contact)},
        )
        return _row(contact)


def update_contact(db: Database, actor: Actor, contact_id: int, data: ContactInput) -> ContactRow:
    clean = clean_contact(data)
    with acting(db, actor, Permission.MANAGE_INVENTORY) as work:
        contact = _contact(work, contact_id)
        before = _values(contact)
        for name, value in asdict(clean).items():
            setattr(contact, name, value)
        audit_change(
            work,
            "sponsor.contact",
            contact.sponsor_id,
            before,
            _values(contact),
            {"contact_id": contact_id},
        )
        return _row(contact)


def remove_contact(db: Database, actor: Actor, contact_id: int) -> None:
    with acting(db, actor, Permission.MANAGE_INVENTORY) as work:
        contact = _contact(work, contact_id)
        work.audit(
            "sponsor.contact",
            "sponsor",
            contact.sponsor_id,
            before={"contact_id": contact_id, **_values(contact)},
        )
        work.session.delete(contact)
