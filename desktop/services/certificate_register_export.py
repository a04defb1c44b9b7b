"""The register of certificates (buku induk) written to an xlsx file: every certificate the
search finds, not only the page the register shows.

The register is the centre's legal record and is kept in Indonesian, whatever language the
desk shows, like the certificates themselves.
"""

from __future__ import annotations

from pathlib import Path

from desktop.documents.certificate_register_xlsx import RegisterLine, write_register_xlsx
from desktop.documents.language import translator
from desktop.domain.certificate import CertificateStatus
from desktop.services import centre
from desktop.services.certificate_common import CERTIFICATES
from desktop.services.certificate_files import write_file
from desktop.services.certificate_register import RegisterEntry, search
from desktop.services.context import Actor
from desktop.store.database import Database

REGISTER_LANGUAGE = "id"


def export_register(
    db: Database,
    actor: Actor,
    path: Path,
    text: str = "",
    status: CertificateStatus | None = None,
) -> int:
    """Write the certificates that `text` and `status` find (all of them, newest first) to
    `path` as xlsx; returns how many. Needs VIEW_CERTIFICATES (checked by the search). The
    file appears whole or not at all: it is written beside `path` and then renamed."""
    entries = search(db, actor, text, status=status, limit=None)
    profile = centre.get_profile(db)
    tr = translator(REGISTER_LANGUAGE)
    data = write_register_xlsx(
        (_line(entry, tr(CERTIFICATES, entry.status.label)) for entry in entries),
        count=len(entries),
        centre_name=profile.name if profile is not None else "",
        exported=db.clock().astimezone().date(),
        search=_search_words(text, status, tr(CERTIFICATES, status.label) if status else ""),
        language=REGISTER_LANGUAGE,
    )
    write_file(path, data)
    return len(entries)


def _search_words(text: str, status: CertificateStatus | None, status_words: str) -> str:
    """What narrowed the export, as the title block says it ("" for the whole register)."""
    parts = [" ".join(text.split())] if text.strip() else []
    if status is not None:
        parts.append(status_words)
    return " · ".join(parts)


def _line(entry: RegisterEntry, status: str) -> RegisterLine:
    return RegisterLine(
        number=entry.number,
        full_name=entry.full_name,
        birth=entry.birth,
        programme=entry.programme_name,
        cohort_code=entry.cohort_code,
        start=entry.start_date,
        end=entry.end_date,
        hours_jp=entry.hours_jp,
        issue_date=entry.issue_date,
        status=status,
        verify_code=entry.verify_code,
        override_reason=entry.override_reason,
        reissue_reason=entry.reissue_reason,
        revoked_reason=entry.revoked_reason,
        sha256=entry.sha256,
    )
