"""Writing issued certificates into a folder the admin picked: one PDF per certificate named
by number and name, and the batch's print file.

Written after the certificates are recorded, from the very bytes recorded: a crash while
writing loses no certificate (the register has them all, and can write them again), and a
file is never left half-written under its final name (written beside it, then renamed).
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.certificate import file_name

if TYPE_CHECKING:
    from desktop.services.certificate_issue import Issued, IssueResult
    from desktop.services.certificate_render import Rendered


def write_file(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".{path.name}.part")
    with open(temporary, "wb") as handle:
        handle.write(data)
    os.replace(temporary, path)


def print_file_name(cohort_code: str, issued: Sequence[Issued]) -> str:
    safe = re.sub(r"[^0-9A-Za-z\-]+", "-", cohort_code).strip("-") or "sertifikat"
    if len(issued) == 1:
        return f"Sertifikat {safe} (cetak).pdf"
    return f"Sertifikat {safe} (cetak, {len(issued)}).pdf"


def write_batch_files(
    folder: Path, cohort_code: str, issued: tuple[Issued, ...], rendered: Rendered
) -> IssueResult:
    from desktop.services.certificate_issue import IssueResult

    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for certificate, pdf in zip(issued, rendered.files, strict=True):
        path = folder / file_name(certificate.number, certificate.full_name)
        write_file(path, pdf)
        written.append(replace(certificate, file=path))
    print_path = None
    if rendered.print_file is not None:
        print_path = folder / print_file_name(cohort_code, issued)
        write_file(print_path, rendered.print_file)
    return IssueResult(tuple(written), print_path)
