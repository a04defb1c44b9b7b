"""Certificates: what is signed, the code in the QR, the short verification code, and the
answers a verification gives.

The QR code carries the signed fields themselves, so an office without this centre's database
can still read who the certificate is for and check the signature with the centre's public key
(Ed25519). The code is base32 (A-Z, 2-7): a QR stores it in alphanumeric mode, compactly, and a
USB scanner, which types what it reads like a keyboard, cannot mangle it through a keyboard
layout the way it can "ä" or "/".

    PLT1-<base32 of: key id (4 bytes) | fields, UTF-8, separated by 0x1F | signature (64)>

The short verification code printed under the QR (e.g. "K7QD-M2XA") is taken from the
signature: a person can type it at any desk of the centre to find the register entry.
"""

from __future__ import annotations

import base64
import binascii
import enum
import hashlib
import re
from dataclasses import dataclass
from datetime import date

from desktop.domain.i18n import QT_TRANSLATE_NOOP

CODE_PREFIX = "PLT1-"
_SEPARATOR = "\x1f"
_MESSAGE_HEADER = "PELITA-CERTIFICATE-1"  # binds a signature to this use and version
SIGNATURE_SIZE = 64
KEY_ID_SIZE = 4
VERIFY_CODE_RE = re.compile(r"^[A-Z2-7]{4}-?[A-Z2-7]{4}$")
REASON_MAX = 500
NAME_BYTES = 120  # of the person's name in a file name


@dataclass(frozen=True)
class SignedFields:
    """The essential fields of a certificate: what the signature vouches for."""

    centre_code: str
    number: str
    name: str
    programme: str
    start: date
    end: date

    def message(self) -> bytes:
        return _SEPARATOR.join(
            (
                _MESSAGE_HEADER,
                self.centre_code,
                self.number,
                self.name,
                self.programme,
                self.start.isoformat(),
                self.end.isoformat(),
            )
        ).encode("utf-8")

    @classmethod
    def from_message(cls, message: bytes) -> SignedFields:
        """Raises ValueError when `message` is not a certificate's fields."""
        parts = message.decode("utf-8").split(_SEPARATOR)
        if len(parts) != 7 or parts[0] != _MESSAGE_HEADER:
            raise ValueError("not certificate fields")
        _, centre, number, name, programme, start, end = parts
        return cls(
            centre, number, name, programme, date.fromisoformat(start), date.fromisoformat(end)
        )


# -- keys ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class KeyPair:
    private: bytes  # raw 32-byte Ed25519 seed
    public: bytes  # raw 32 bytes

    @property
    def key_id(self) -> str:
        return key_id(self.public)


# cryptography is imported where it is used: it costs ~40 ms, and the login dialog imports the
# modules that may make a key.


def new_key_pair() -> KeyPair:
    from cryptography.hazmat.primitives import serialization as s
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    private = Ed25519PrivateKey.generate()
    return KeyPair(
        private.private_bytes(s.Encoding.Raw, s.PrivateFormat.Raw, s.NoEncryption()),
        private.public_key().public_bytes(s.Encoding.Raw, s.PublicFormat.Raw),
    )


def key_id(public: bytes) -> str:
    """Eight hex digits naming a public key: which centre's key a QR code was signed with."""
    return hashlib.sha256(public).digest()[:KEY_ID_SIZE].hex()


def sign(private: bytes, fields: SignedFields) -> bytes:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.from_private_bytes(private).sign(fields.message())


def signature_holds(public: bytes, fields: SignedFields, signature: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, fields.message())
    except (InvalidSignature, ValueError):
        return False
    return True


# -- the QR code and the short code ----------------------------------------------------------


def qr_code(key: str, fields: SignedFields, signature: bytes) -> str:
    blob = bytes.fromhex(key) + fields.message() + signature
    return CODE_PREFIX + base64.b32encode(blob).decode("ascii").rstrip("=")


@dataclass(frozen=True)
class ReadCode:
    key_id: str
    fields: SignedFields
    signature: bytes


def read_qr_code(text: str) -> ReadCode | None:
    """The parts of a QR code's text, or None when it is not one (garbled, cut short, another
    kind of code). Whether the signature holds is for the caller, who knows the keys."""
    text = "".join(text.split()).upper()
    if not text.startswith(CODE_PREFIX):
        return None
    body = text[len(CODE_PREFIX) :]
    try:
        blob = base64.b32decode(body + "=" * (-len(body) % 8))
    except (binascii.Error, ValueError):
        return None
    if len(blob) <= KEY_ID_SIZE + SIGNATURE_SIZE:
        return None
    try:
        fields = SignedFields.from_message(blob[KEY_ID_SIZE:-SIGNATURE_SIZE])
    except ValueError:
        return None
    return ReadCode(blob[:KEY_ID_SIZE].hex(), fields, blob[-SIGNATURE_SIZE:])


def verify_code(signature: bytes) -> str:
    """The short code printed under the QR: 8 base32 characters (40 bits) from the signature."""
    text = base64.b32encode(hashlib.sha256(signature).digest()[:5]).decode("ascii")
    return f"{text[:4]}-{text[4:]}"


def normal_verify_code(text: str) -> str | None:
    """A typed short code as stored ("k7qd m2xa" -> "K7QD-M2XA"), or None if it is not one."""
    compact = re.sub(r"[\s\-]", "", text).upper()
    if not VERIFY_CODE_RE.fullmatch(compact):
        return None
    return f"{compact[:4]}-{compact[4:]}"


# -- what a verification answers -------------------------------------------------------------


class Verdict(enum.StrEnum):
    VALID = "valid"
    REVOKED = "revoked"
    SUPERSEDED = "superseded"
    UNKNOWN = "unknown"
    FORGED = "forged"

    @property
    def label(self) -> str:
        return VERDICT_LABELS[self]


VERDICT_LABELS = {
    Verdict.VALID: QT_TRANSLATE_NOOP("certificates", "Valid"),
    Verdict.REVOKED: QT_TRANSLATE_NOOP("certificates", "Revoked"),
    Verdict.SUPERSEDED: QT_TRANSLATE_NOOP("certificates", "Superseded by a newer certificate"),
    Verdict.UNKNOWN: QT_TRANSLATE_NOOP("certificates", "Unknown"),
    Verdict.FORGED: QT_TRANSLATE_NOOP("certificates", "Forged"),
}


class CertificateStatus(enum.StrEnum):
    ISSUED = "issued"
    REVOKED = "revoked"
    SUPERSEDED = "superseded"

    @property
    def verdict(self) -> Verdict:
        return {
            CertificateStatus.ISSUED: Verdict.VALID,
            CertificateStatus.REVOKED: Verdict.REVOKED,
            CertificateStatus.SUPERSEDED: Verdict.SUPERSEDED,
        }[self]

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS = {
    CertificateStatus.ISSUED: QT_TRANSLATE_NOOP("certificates", "Issued"),
    CertificateStatus.REVOKED: QT_TRANSLATE_NOOP("certificates", "Revoked"),
    CertificateStatus.SUPERSEDED: QT_TRANSLATE_NOOP("certificates", "Superseded"),
}


def not_in_force(status: CertificateStatus) -> str:
    """Why a revoked or superseded certificate cannot be revoked or re-issued (a message id,
    "certificates" context): one message per status, so that no English status word is
    filled into a translated sentence."""
    if status is CertificateStatus.REVOKED:
        return QT_TRANSLATE_NOOP(
            "certificates", "This certificate is already revoked; it is no longer in force."
        )
    return QT_TRANSLATE_NOOP(
        "certificates",
        "This certificate was replaced by a corrected one; only the newest can be changed.",
    )


def file_name(number: str, name: str) -> str:
    """A certificate's file name from its number and the person's name, safe on Windows and
    Linux alike: "0012-LPK-XYZ-XI-2026 Siti Aminah.pdf"."""
    safe_number = re.sub(r"[^0-9A-Za-z]+", "-", number).strip("-")[:100]
    safe_name = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', " ", name)
    safe_name = " ".join(safe_name.split())
    # At most NAME_BYTES in UTF-8: Linux allows 255 bytes a file name, and an 80-letter name
    # of accented letters is 240 bytes before the number and ".pdf".
    while len(safe_name.encode("utf-8")) > NAME_BYTES:
        safe_name = safe_name[:-1]
    safe_name = safe_name.rstrip(". ")
    return f"{safe_number} {safe_name}.pdf" if safe_name else f"{safe_number}.pdf"


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
