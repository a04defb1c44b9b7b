"""How the centre's certificates look, as an admin sets it in Settings: the place of issue
printed before the date, an English line under each Indonesian one, the participant's photo,
and the signer's signature image.

Kept in the single `certificate_style` row, made on the first save (until then the defaults
apply: desktop.services.certificate_common.style_row). Certificates already issued keep the
look they were issued with: their PDFs are frozen.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from desktop.domain.errors import Conflict, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.roles import Permission
from desktop.domain.text import control_characters_error, has_control_characters
from desktop.services.context import Actor, Work, acting
from desktop.services.images import normalise_logo
from desktop.store.certificates import CertificateStyle
from desktop.store.database import Database
from desktop.store.models import Centre

PLACE_MAX = 100  # the column's width


@dataclass(frozen=True)
class CertificateStyleInput:
    place: str
    english: bool
    photo: bool


@dataclass(frozen=True)
class CertificateStyleView:
    place: str
    english: bool
    photo: bool
    # The version a form loaded, handed back on save (0: never saved, the defaults apply).
    version: int
    signature_png: bytes | None = None

    @property
    def has_signature(self) -> bool:
        return self.signature_png is not None


def _view(row: CertificateStyle | None) -> CertificateStyleView:
    if row is None:
        return CertificateStyleView(place="", english=False, photo=False, version=0)
    return CertificateStyleView(row.place, row.english, row.photo, row.version, row.signature_png)


def _row(work: Work) -> CertificateStyle | None:
    """The style row, for changing it. The centre's row is locked first (PostgreSQL; SQLite's
    writing transaction holds the whole database already): two desks saving the first style
    at the same moment take turns, and the second finds the row the first made."""
    work.session.execute(select(Centre.id).order_by(Centre.id).limit(1).with_for_update())
    return work.session.scalar(
        select(CertificateStyle).order_by(CertificateStyle.id).limit(1).with_for_update()
    )


def get_style(db: Database, actor: Actor) -> CertificateStyleView:
    with acting(db, actor, Permission.ISSUE_CERTIFICATES, read_only=True) as work:
        return _view(
            work.session.scalar(select(CertificateStyle).order_by(CertificateStyle.id).limit(1))
        )


def clean_place(value: str) -> str:
    """The place as printed: spaces collapsed; no control characters, within the column
    (field "place"). Empty is allowed: the certificate then shows the date alone."""
    text = value.strip()
    if has_control_characters(text):
        raise control_characters_error("place")
    text = " ".join(text.split())
    if len(text) > PLACE_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "This text is {length} characters long; the limit is {limit}."
            ),
            "place",
            length=len(text),
            limit=PLACE_MAX,
        )
    return text


def save_style(
    db: Database, actor: Actor, style: CertificateStyleInput, expected_version: int
) -> CertificateStyleView:
    """Save the form loaded at `expected_version` (0 when it showed the defaults). Refused
    (Conflict) when someone saved the style since, so that nobody overwrites unseen changes."""
    place, english, photo = clean_place(style.place), bool(style.english), bool(style.photo)
    after = {"place": place, "english": english, "photo": photo}
    with acting(db, actor, Permission.ISSUE_CERTIFICATES) as work:
        row = _row(work)
        current = row.version if row is not None else 0
        if current != expected_version:
            raise _changed_meanwhile()
        before = None
        if row is None:
            row = _new_row(work)
        else:
            before = {"place": row.place, "english": row.english, "photo": row.photo}
        row.place, row.english, row.photo = place, english, photo
        row.version = current + 1
        work.session.flush()
        work.audit(
            "certificate.style",
            "certificate_style",
            row.id,
            before=before,
            after={**after, "version": row.version},
        )
        return _view(row)


def set_signature(db: Database, actor: Actor, data: bytes | None) -> CertificateStyleView:
    """The signer's signature image printed above their name (None removes it): checked and
    shrunk like the centre's logo (field "signature" when it is not an image)."""
    png = None
    if data is not None:
        try:
            png = normalise_logo(data)
        except ValidationError as error:
            raise ValidationError(error.text, "signature", **error.params) from None
    with acting(db, actor, Permission.ISSUE_CERTIFICATES) as work:
        row = _row(work)
        current = row.version if row is not None else 0
        had = row is not None and row.signature_png is not None
        if row is None:
            row = _new_row(work)
        row.signature_png = png
        row.version = current + 1
        work.session.flush()
        work.audit(
            "certificate.style",
            "certificate_style",
            row.id,
            before={"signature": had},
            after={"signature": f"{len(png)} bytes" if png else None, "version": row.version},
        )
        return _view(row)


def _new_row(work: Work) -> CertificateStyle:
    row = CertificateStyle(place="", english=False, photo=False)
    work.session.add(row)
    return row


def _changed_meanwhile() -> Conflict:
    return Conflict(
        QT_TRANSLATE_NOOP(
            "messages",
            "Someone else changed how certificates look a moment ago. Close and open Settings "
            "again to see their changes, then make yours.",
        )
    )
