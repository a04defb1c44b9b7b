"""The register of certificates (buku induk) written to an xlsx or a CSV file: every
certificate the search finds, not only the page the register shows.

The CSV has the xlsx's columns, in the house CSV (desktop.documents.participants_sheet.
write_sheet_csv: UTF-8 with a BOM, ";" between values, dates dd/mm/yyyy), without the title
block above the header: it is for other programs.

The register is the centre's legal record and is kept in Indonesian, whatever language the
desk shows, like the certificates themselves.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import cast

from desktop.documents.certificate_register_xlsx import (
    COLUMNS,
    RegisterLine,
    register_values,
    write_register_xlsx,
)
from desktop.documents.language import Translate, translator
from desktop.documents.participants_sheet import Row, write_sheet_csv
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
    `path`, as CSV when its name ends in .csv and as xlsx otherwise; returns how many. Needs
    VIEW_CERTIFICATES (checked by the search). The file appears whole or not at all: it is
    written beside `path` and then renamed."""
    entries = search(db, actor, text, status=status, limit=None)
    tr = translator(REGISTER_LANGUAGE)
    lines = (_line(entry, tr(CERTIFICATES, entry.status.label)) for entry in entries)
    if path.suffix.lower() == ".csv":
        _write_csv(path, lines, tr)
        return len(entries)
    profile = centre.get_profile(db)
    data = write_register_xlsx(
        lines,
        count=len(entries),
        centre_name=profile.name if profile is not None else "",
        exported=db.clock().astimezone().date(),
        search=_search_words(text, status, tr(CERTIFICATES, status.label) if status else ""),
        language=REGISTER_LANGUAGE,
    )
    write_file(path, data)
    return len(entries)


def _write_csv(path: Path, lines: Iterable[RegisterLine], tr: Translate) -> None:
    """The register's rows under its header, as CSV, into a file beside `path`, renamed
    once whole; nothing is left beside it when that fails."""
    temporary = path.with_name(f".{path.name}.part")
    # The writer numbers the rows itself: each row is the xlsx's cells (text, dates, whole
    # numbers) without its "No".
    rows = (cast(Row, register_values(n, line, tr)[1:]) for n, line in enumerate(lines, start=1))
    try:
        write_sheet_csv(temporary, rows, COLUMNS, language=REGISTER_LANGUAGE)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


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
