"""What the certificate services share: the centre's own signing key, how its certificates
look, and the gap-free yearly number sequence."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import exc as sa_exc
from sqlalchemy import select

from desktop.domain.certificate import KeyPair, new_key_pair
from desktop.domain.errors import NotFound
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.services.context import Work
from desktop.store.certificates import CertificateStyle, CertificateYear, SigningKey
from desktop.store.models import Centre
from desktop.store.training import CohortSponsor, Sponsor

if TYPE_CHECKING:
    from desktop.documents.certificate import CertificateLook

CERTIFICATES = "certificates"  # the translation context of this area's texts


@dataclass(frozen=True)
class OwnKey:
    key_id: str
    private: bytes
    public: bytes
    centre_code: str


def centre_row(work: Work) -> Centre:
    centre = work.session.scalar(select(Centre).order_by(Centre.id).limit(1))
    if centre is None:
        raise NotFound(QT_TRANSLATE_NOOP("messages", "The centre is not set up yet."))
    return centre


def own_key(work: Work) -> OwnKey | None:
    row = work.session.execute(
        select(SigningKey.key_id, SigningKey.private_key, SigningKey.public_key)
        .where(SigningKey.own.is_(True))
        .order_by(SigningKey.id.desc())
        .limit(1)
    ).one_or_none()
    if row is None or row.private_key is None:
        return None
    return OwnKey(row.key_id, row.private_key, row.public_key, centre_row(work).code)


def make_own_key(work: Work, *, audited: bool = True) -> OwnKey:
    """The centre's key pair, made now if it has none (set up before certificates existed).
    Made at setup otherwise (services.centre), where the centre's own creation is the entry
    in the audit log (`audited` false)."""
    existing = own_key(work)
    if existing is not None:
        return existing
    centre = centre_row(work)
    pair: KeyPair = new_key_pair()
    work.session.add(
        SigningKey(
            key_id=pair.key_id,
            public_key=pair.public,
            private_key=pair.private,
            own=True,
            centre_name=centre.name,
            centre_code=centre.code,
            created_at=work.now,
        )
    )
    work.session.flush()
    if audited:
        work.audit("certificate.key", "signing_key", pair.key_id, after={"key_id": pair.key_id})
    return OwnKey(pair.key_id, pair.private, pair.public, centre.code)


def style_row(work: Work) -> CertificateStyle:
    """The single style row (defaults until an admin saves one; never written by reading)."""
    row = work.session.scalar(select(CertificateStyle).order_by(CertificateStyle.id).limit(1))
    return row if row is not None else CertificateStyle(place="", english=False, photo=False)


def look_of(work: Work, cohort_id: int | None) -> CertificateLook:
    # Imported here: ReportLab loads only when a certificate is made, not at every start.
    from desktop.documents.certificate import CertificateLook

    centre = centre_row(work)
    style = style_row(work)
    sponsor_logos: tuple[bytes, ...] = ()
    if cohort_id is not None:
        sponsor_logos = tuple(
            logo
            for logo in work.session.scalars(
                select(Sponsor.logo_png)
                .join(CohortSponsor, CohortSponsor.sponsor_id == Sponsor.id)
                .where(CohortSponsor.cohort_id == cohort_id, Sponsor.logo_png.is_not(None))
                .order_by(Sponsor.name)
            )
            if logo
        )
    return CertificateLook(
        centre_name=centre.name,
        centre_address=centre.address,
        logo_png=centre.logo_png,
        sponsor_logos=sponsor_logos,
        signature_png=style.signature_png,
        signer_title=centre.head_title,
        signer_name=centre.head_name,
        signer_nip=centre.head_nip,
        place=style.place,
        english=style.english,
    )


def sequence_year(pattern: str, issued: date) -> int:
    """Numbers restart each year when the pattern shows the year; without {year} a restart
    would print the same number twice, so such a centre counts on (year 0)."""
    return issued.year if "{year}" in pattern else 0


def last_seq(work: Work, year: int) -> int:
    """The last number used in `year`, read without a lock (a batch renders against it and
    checks it again under the lock before recording)."""
    value = work.session.scalar(
        select(CertificateYear.last_seq).where(CertificateYear.year == year)
    )
    return int(value or 0)


def lock_year(work: Work, year: int) -> CertificateYear:
    """The year's sequence row, locked until the transaction ends (FOR UPDATE on PostgreSQL;
    SQLite's writing transactions hold the whole database already). Made on first use; two
    desks making it at once: one insert wins, the other reads it."""
    query = select(CertificateYear).where(CertificateYear.year == year).with_for_update()
    row = work.session.scalar(query)
    if row is not None:
        return row
    try:
        with work.session.begin_nested():
            work.session.add(CertificateYear(year=year, last_seq=0))
    except sa_exc.IntegrityError:
        pass
    row = work.session.scalar(query.execution_options(populate_existing=True))
    assert row is not None
    return row
