"""A cohort's roster written to an xlsx or CSV file: everyone the cohort view's Participants tab
lists (every enrolment, by status then name, as `enrolment.roster` orders them), with NIK, sex,
date of birth, phone, village, enrolment status and attendance.

NIK and phone are masked as the participant list masks them for roles that may not see
identity numbers (instructors). Every export is audited ("cohort.roster_export"), like the
participant list's: it takes personal data out of Pelita (UU PDP). The printed roster
(desktop.services.cohort_print) carries neither and is not audited.

A roster is a class, tens of people: it is read whole in one transaction, then written. The
file appears whole or not at all: written beside `path` and renamed.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from desktop.config import load_config
from desktop.documents.cohort_roster_sheet import write_roster_csv, write_roster_xlsx
from desktop.documents.language import CHOICES, translator
from desktop.documents.participants_sheet import Row
from desktop.domain.choices import Sex
from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.phone import display_phone
from desktop.domain.roles import Permission
from desktop.services.context import Actor, acting
from desktop.services.enrolment_common import E, _cohort
from desktop.services.enrolment_lists import ROSTER_ORDER, _attendance
from desktop.services.registry import mask_nik, mask_phone
from desktop.store.database import Database
from desktop.store.participants import Participant
from desktop.store.training import Enrolment

ENROLMENT = "enrolment"  # the translation context of the enrolment status labels
Writer = Callable[..., int]
WRITERS: dict[str, Writer] = {".xlsx": write_roster_xlsx, ".csv": write_roster_csv}


def export_roster(
    db: Database, actor: Actor, cohort_id: int, path: Path, *, language: str | None = None
) -> int:
    """Write the cohort's roster to `path`, as xlsx or CSV by its suffix; returns how many
    people. Needs VIEW_PARTICIPANTS; NIK and phone are masked without VIEW_IDENTITY_NUMBERS.
    `language` of the headers and labels defaults to the desk's."""
    writer = WRITERS.get(path.suffix.lower())
    if writer is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Choose a file name ending in .xlsx or .csv."), "file"
        )
    language = language or load_config().language
    with acting(db, actor, Permission.VIEW_PARTICIPANTS, read_only=True) as work:
        connection = work.session.connection()
        code = _cohort(connection, cohort_id).code
        rows_read = connection.execute(
            select(
                Enrolment.id,
                Enrolment.status,
                Participant.full_name,
                Participant.name_sort,
                Participant.nik,
                Participant.sex,
                Participant.birth_date,
                Participant.phone,
                Participant.village_name,
            )
            .join(Participant, Participant.id == Enrolment.participant_id)
            .where(Enrolment.cohort_id == cohort_id)
        )
        # Sorted here as `enrolment.roster` sorts: name_sort orders alike on both databases.
        found = sorted(
            rows_read, key=lambda row: (ROSTER_ORDER[E(row.status)], row.name_sort, row.id)
        )
        rates = _attendance(work.session, [row.id for row in found])
        identity = work.may(Permission.VIEW_IDENTITY_NUMBERS)
    tr = translator(language)
    sexes = {member.value: tr(CHOICES, member.label) for member in Sex}
    rows: list[Row] = []
    for row in found:
        nik, phone = row.nik or "", display_phone(row.phone) if row.phone else ""
        if not identity:
            nik, phone = mask_nik(nik) if nik else "", mask_phone(phone)
        percent = rates[row.id].percent if row.id in rates else None
        rows.append(
            (
                row.full_name,
                nik,
                sexes.get(row.sex, row.sex or ""),
                row.birth_date,
                phone,
                row.village_name,
                tr(ENROLMENT, E(row.status).label),
                percent / 100 if percent is not None else None,
            )
        )
    written = _write(writer, path, rows, code, language)
    with acting(db, actor, Permission.VIEW_PARTICIPANTS) as work:
        work.audit(
            "cohort.roster_export",
            "cohort",
            cohort_id,
            after={"count": written, "format": path.suffix.lower().lstrip("."), "code": code},
        )
    return written


def _write(writer: Writer, path: Path, rows: list[Row], code: str, language: str) -> int:
    """`writer` into a file beside `path`, then renamed: no half-written roster is left."""
    temporary = path.with_name(f".{path.name}.part")
    try:
        written = writer(temporary, rows, code, language=language)
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
    return written
