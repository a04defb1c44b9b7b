"""A cohort's whole attendance matrix written to a file the person names: an xlsx (with its
summary sheet, and the codes that let its marks be imported back) or, when the name ends in
.csv, a CSV of the same marks for other programs (desktop.documents.attendance_csv).

The file appears whole or not at all: written beside `path` and renamed; an error removes
the partial file. Instructors export only their own cohorts (attendance_files.matrix_data).
"""

from __future__ import annotations

import os
from pathlib import Path

from desktop.config import load_config
from desktop.documents.attendance_csv import write_attendance_csv
from desktop.documents.attendance_xlsx import write_attendance_xlsx
from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.services.attendance_files import matrix_data
from desktop.services.context import Actor
from desktop.store.database import Database

FORMATS = (".xlsx", ".csv")


def export_matrix(
    db: Database, actor: Actor, cohort_id: int, path: Path, *, language: str | None = None
) -> int:
    """Write the cohort's matrix to `path`, as xlsx or CSV by its suffix, in `language`
    (default: the desk's); returns how many participants it lists. Needs MARK_ATTENDANCE
    for the cohort."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Choose a file name ending in .xlsx or .csv."), "file"
        )
    reader = language or load_config().language
    data = matrix_data(db, actor, cohort_id, reader)
    temporary = path.with_name(f".{path.name}.part")
    try:
        if suffix == ".csv":
            write_attendance_csv(temporary, data, language=reader)
        else:
            temporary.write_bytes(write_attendance_xlsx(data, language=reader))
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "{file} cannot be written: {why}."),
            "file",
            file=str(path),
            why=error.strerror or str(error),
        ) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return len(data.people)
