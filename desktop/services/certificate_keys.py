"""The centre's public key as a file another office imports, so that it can check this
centre's certificates without its database; and importing such files."""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from desktop.domain.certificate import key_id
from desktop.domain.errors import Conflict, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.roles import Permission
from desktop.services.certificate_common import centre_row, make_own_key
from desktop.services.context import Actor, acting
from desktop.store.certificates import SigningKey
from desktop.store.database import Database

BEGIN = "-----BEGIN PELITA CERTIFICATE KEY-----"
END = "-----END PELITA CERTIFICATE KEY-----"
FILE_MAX = 4000
KEY_FILE_SUFFIX = ".pelitakey"


@dataclass(frozen=True)
class KnownKey:
    key_id: str
    centre_name: str
    centre_code: str
    own: bool
    created_at: datetime


def export_public_key(db: Database, actor: Actor) -> str:
    """The text of the key file (made now if the centre had no key yet)."""
    with acting(db, actor, Permission.ISSUE_CERTIFICATES) as work:
        key = make_own_key(work)
        centre = centre_row(work)
        return "\n".join(
            (
                BEGIN,
                f"Centre: {' '.join(centre.name.split())}",
                f"Code: {centre.code}",
                f"Key-Id: {key.key_id}",
                f"Key: {base64.b64encode(key.public).decode('ascii')}",
                END,
                "",
            )
        )


def _not_a_key_file() -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "certificates",
            "This is not a Pelita key file. Ask the other centre for the file Pelita exports "
            "under Certificates → Export public key.",
        ),
        "key_file",
    )


def read_key_file(text: str) -> tuple[str, str, bytes]:
    """(centre name, centre code, public key) from a key file's text."""
    if len(text) > FILE_MAX or BEGIN not in text or END not in text:
        raise _not_a_key_file()
    body = text[text.index(BEGIN) + len(BEGIN) : text.index(END)]
    values = dict(
        (match.group(1).lower(), match.group(2).strip())
        for match in re.finditer(r"^([A-Za-z\-]+):(.*)$", body, re.MULTILINE)
    )
    try:
        public = base64.b64decode(values.get("key", ""), validate=True)
    except (binascii.Error, ValueError):
        raise _not_a_key_file() from None
    if len(public) != 32 or values.get("key-id") != key_id(public):
        raise _not_a_key_file()
    name = values.get("centre", "")[:200] or values.get("code", "")
    return name, values.get("code", "")[:12], public


def import_public_key(db: Database, actor: Actor, text: str) -> KnownKey:
    """Trust another centre's key: its certificates then verify here."""
    name, code, public = read_key_file(text)
    with acting(db, actor, Permission.ISSUE_CERTIFICATES) as work:
        found = work.session.scalar(select(SigningKey).where(SigningKey.key_id == key_id(public)))
        if found is not None:
            if found.own:
                raise Conflict(
                    QT_TRANSLATE_NOOP(
                        "certificates", "This is this centre's own key; it is known already."
                    ),
                    "key_file",
                )
            return KnownKey(
                found.key_id, found.centre_name, found.centre_code, False, found.created_at
            )
        row = SigningKey(
            key_id=key_id(public),
            public_key=public,
            private_key=None,
            own=False,
            centre_name=name,
            centre_code=code,
            created_at=work.now,
        )
        work.session.add(row)
        work.session.flush()
        work.audit(
            "certificate.key.import",
            "signing_key",
            row.key_id,
            after={"centre": name, "code": code},
        )
        return KnownKey(row.key_id, name, code, False, row.created_at)


def known_keys(db: Database, actor: Actor) -> list[KnownKey]:
    with acting(db, actor, read_only=True) as work:
        return [
            KnownKey(row.key_id, row.centre_name, row.centre_code, row.own, row.created_at)
            for row in work.session.execute(
                select(
                    SigningKey.key_id,
                    SigningKey.centre_name,
                    SigningKey.centre_code,
                    SigningKey.own,
                    SigningKey.created_at,
                ).order_by(SigningKey.own.desc(), SigningKey.centre_name)
            )
        ]
