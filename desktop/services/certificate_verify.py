"""Verifying a certificate from its QR code, its short code, its number, or its PDF: valid,
revoked, superseded, unknown or forged, with the register entry when there is one.

Offline by design: the QR code carries the signed fields, so the signature is checked with
the public key alone: this centre's own, or another centre's imported from its key file.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import func, select

from desktop.domain.certificate import (
    CODE_PREFIX,
    ReadCode,
    SignedFields,
    Verdict,
    normal_verify_code,
    read_qr_code,
    sha256_hex,
    signature_holds,
)
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.text import storable
from desktop.services.certificate_register import RegisterEntry, _entries
from desktop.services.context import Actor, Work, acting
from desktop.store.certificates import Certificate, SigningKey
from desktop.store.database import Database

PDF_CODE = re.compile(rb"PLT1-[A-Z2-7]{40,2000}")
TEXT_MAX = 4000  # a scanner that keeps typing (or a pasted book) is cut short, not stored


@dataclass(frozen=True)
class Answer:
    verdict: Verdict
    reason: str  # "certificates" message id with {params}
    params: Mapping[str, object] = field(default_factory=dict)
    fields: SignedFields | None = None  # what the signed code says
    centre_name: str = ""  # whose key signed it
    entry: RegisterEntry | None = None

    @property
    def valid(self) -> bool:
        return self.verdict is Verdict.VALID


@dataclass(frozen=True)
class _Key:
    public: bytes
    own: bool
    centre_name: str


def verify(db: Database, actor: Actor, text: str) -> Answer:
    """What a typed or scanned code (the QR's text, the short code or the number) says."""
    with acting(db, actor, read_only=True) as work:
        return verify_text(work, text)


def verify_pdf(db: Database, actor: Actor, data: bytes) -> Answer:
    with acting(db, actor, read_only=True) as work:
        return verify_file(work, data)


def verify_text(work: Work, text: str) -> Answer:
    text = storable(text.strip()[:TEXT_MAX])
    if not text:
        return Answer(
            Verdict.UNKNOWN, QT_TRANSLATE_NOOP("certificates", "Type or scan a certificate code.")
        )
    compact = "".join(text.split()).upper()
    if compact.startswith(CODE_PREFIX):
        read = read_qr_code(compact)
        if read is None:
            return Answer(
                Verdict.UNKNOWN,
                QT_TRANSLATE_NOOP(
                    "certificates",
                    "The code cannot be read: it is cut short or mistyped. Scan it again.",
                ),
            )
        return check_code(work, read)
    short = normal_verify_code(text)
    if short is not None:
        found = _entries(work, Certificate.verify_code == short, 1)
        if found:
            return _by_status(found[0])
    found = _entries(work, func.upper(Certificate.number) == " ".join(text.split()).upper(), 1)
    if found:
        return _by_status(found[0])
    return Answer(
        Verdict.UNKNOWN,
        QT_TRANSLATE_NOOP(
            "certificates",
            "No certificate of this centre has this code or number. Check what was typed.",
        ),
    )


def verify_file(work: Work, data: bytes) -> Answer:
    """A PDF: the code written into it at issue, and, for this centre's own certificates,
    whether the file is byte for byte the one issued."""
    if not data.startswith(b"%PDF"):
        return Answer(Verdict.UNKNOWN, QT_TRANSLATE_NOOP("certificates", "This file is not a PDF."))
    match = PDF_CODE.search(data)
    read = read_qr_code(match.group(0).decode("ascii")) if match else None
    if read is None:
        return Answer(
            Verdict.UNKNOWN,
            QT_TRANSLATE_NOOP(
                "certificates", "This PDF is not a Pelita certificate: it carries no code."
            ),
        )
    answer = check_code(work, read)
    if answer.entry is not None and sha256_hex(data) != answer.entry.sha256:
        return Answer(
            Verdict.FORGED,
            QT_TRANSLATE_NOOP(
                "certificates",
                "This file is not the one issued: it was changed after issue. Compare it "
                "with the register entry below.",
            ),
            fields=answer.fields,
            centre_name=answer.centre_name,
            entry=answer.entry,
        )
    return answer


def check_code(work: Work, read: ReadCode) -> Answer:
    key = _key(work, read.key_id)
    if key is None:
        return Answer(
            Verdict.UNKNOWN,
            QT_TRANSLATE_NOOP(
                "certificates",
                "This code names a key not known here: either the certificate is from a "
                "centre whose key file is not imported (import it to check the certificate), or "
                "the code was mistyped (scan it again).",
            ),
            fields=read.fields,
        )
    signed = check_signature(read, key.public, key.centre_name, own=key.own)
    if signed is not None:
        return signed
    found = _entries(work, Certificate.number == read.fields.number, 1)
    if not found:
        return Answer(
            Verdict.UNKNOWN,
            QT_TRANSLATE_NOOP(
                "certificates",
                "Signed with this centre's key, but number {number} is not in the register.",
            ),
            {"number": read.fields.number},
            fields=read.fields,
            centre_name=key.centre_name,
        )
    entry = found[0]
    signed_here = work.session.scalar(
        select(Certificate.signature).where(Certificate.id == entry.id)
    )
    if signed_here is None or bytes(signed_here) != read.signature:
        return Answer(
            Verdict.FORGED,
            QT_TRANSLATE_NOOP(
                "certificates", "The code does not match the register entry of number {number}."
            ),
            {"number": read.fields.number},
            fields=read.fields,
            centre_name=key.centre_name,
            entry=entry,
        )
    answer = _by_status(entry)
    return Answer(
        answer.verdict,
        answer.reason,
        answer.params,
        fields=read.fields,
        centre_name=key.centre_name,
        entry=entry,
    )


def check_signature(read: ReadCode, public: bytes, centre_name: str, *, own: bool) -> Answer | None:
    """What the signature alone says: forged when it does not hold; valid when it holds and
    the key is another centre's (whose register is not here); None when it holds and the key
    is this centre's own, whose register then says more (revoked, superseded)."""
    if not signature_holds(public, read.fields, read.signature):
        return Answer(
            Verdict.FORGED,
            QT_TRANSLATE_NOOP(
                "certificates",
                "The signature does not match the details in the code: they were changed "
                "or made up.",
            ),
            fields=read.fields,
            centre_name=centre_name,
        )
    if own:
        return None
    return Answer(
        Verdict.VALID,
        QT_TRANSLATE_NOOP(
            "certificates",
            "Signed by {centre}. Whether that centre revoked it later can only be seen there.",
        ),
        {"centre": centre_name},
        fields=read.fields,
        centre_name=centre_name,
    )


def _by_status(entry: RegisterEntry) -> Answer:
    verdict = entry.status.verdict
    reasons = {
        Verdict.VALID: QT_TRANSLATE_NOOP("certificates", "Issued by this centre; in force."),
        Verdict.REVOKED: QT_TRANSLATE_NOOP("certificates", "Revoked: {reason}"),
        Verdict.SUPERSEDED: QT_TRANSLATE_NOOP(
            "certificates", "Replaced by a corrected certificate; this one is no longer in force."
        ),
    }
    params = {"reason": entry.revoked_reason}
    return Answer(verdict, reasons[verdict], params, entry=entry)


def _key(work: Work, key_id: str) -> _Key | None:
    row = work.session.execute(
        select(SigningKey.public_key, SigningKey.own, SigningKey.centre_name).where(
            SigningKey.key_id == key_id
        )
    ).one_or_none()
    if row is None:
        return None
    return _Key(bytes(row.public_key), row.own, row.centre_name)
