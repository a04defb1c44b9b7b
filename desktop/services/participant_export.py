"""The participant list written to an xlsx or CSV file: everyone the participants page's
current search and filters find, in its order, not only the rows on screen.

The rows are the registry's: the filters come from `registry.filter_conditions` and the
search words from `registry.term_conditions` (as exact tests on each row, no plan choosing:
an export reads every hit anyway), so the file lists the people the page lists. They are
read in keyset pages of BATCH by (sort column, id), like the page itself, and written as they
come: 100,000 participants take a few tens of megabytes whatever the list's length, and no
server-side cursor is needed (PostgreSQL reads run in autocommit, see services.context).

NIK, KK and phone are masked as the list and the history mask them for roles that may not
see identity numbers (instructors). The disability column is left empty for roles that may not
see sensitive data (instructors again), and they may not filter by it (registry refuses).
Anonymised and merged records are never exported (the registry's default statuses). Every
export is audited: it takes personal data out of Pelita (UU PDP).

The file appears whole or not at all: written beside `path` and renamed; a cancel or an
error removes the partial file.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, func, select, tuple_
from sqlalchemy.orm import Session

from desktop.config import load_config
from desktop.documents.language import CHOICES, Translate, translator
from desktop.documents.participants_sheet import (
    Row,
    write_participants_csv,
    write_participants_xlsx,
)
from desktop.domain.choices import Education, Sex
from desktop.domain.errors import PelitaError, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.phone import display_phone
from desktop.domain.roles import Permission
from desktop.services.context import Actor, acting
from desktop.services.registry import (
    SORT_COLUMNS,
    Cursor,
    RegistryQuery,
    check_sensitive_filters,
    filter_conditions,
    mask_nik,
    mask_phone,
    plain,
    search_terms,
    term_conditions,
)
from desktop.store.database import Database
from desktop.store.participants import Participant

BATCH = 2_000
Progress = Callable[[int, int], None]  # (written, total)
IsCancelled = Callable[[], bool]
Writer = Callable[..., int]
WRITERS: dict[str, Writer] = {".xlsx": write_participants_xlsx, ".csv": write_participants_csv}
YES = QT_TRANSLATE_NOOP("choices", "Yes")
NO = QT_TRANSLATE_NOOP("choices", "No")

_p = Participant
_COLUMNS = (
    _p.full_name,
    _p.nik,
    _p.kk_number,
    _p.birth_place,
    _p.birth_date,
    _p.sex,
    _p.phone,
    _p.street,
    _p.rt,
    _p.rw,
    _p.village_name,
    _p.district_name,
    _p.regency_name,
    _p.province_name,
    _p.education,
    _p.occupation,
    _p.has_disability,
    _p.created_at,
)


class ExportCancelled(PelitaError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("messages", "Cancelled: no file was written."))


def export_participants(
    db: Database,
    actor: Actor,
    path: Path,
    query: RegistryQuery | None = None,
    *,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
    language: str | None = None,
) -> int:
    """Write the participants `query` finds (default: the active ones) to `path`, as xlsx or
    CSV by its suffix, in the query's order; returns how many. `progress(written, total)`
    after each batch; `cancelled()` is asked as often, and stops the export (ExportCancelled,
    no file left). Needs VIEW_PARTICIPANTS; `language` of the headers and labels defaults to
    the desk's."""
    query = query or RegistryQuery()
    writer = WRITERS.get(path.suffix.lower())
    if writer is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Choose a file name ending in .xlsx or .csv."), "file"
        )
    language = language or load_config().language
    temporary = path.with_name(f".{path.name}.part")
    try:
        with acting(db, actor, Permission.VIEW_PARTICIPANTS, read_only=True) as work:
            sensitive = work.may(Permission.VIEW_SENSITIVE_DATA)
            check_sensitive_filters(query, sensitive)
            lines = _Lines(
                work.session,
                query,
                db.clock().astimezone().date(),
                db.is_sqlite,
                identity=work.may(Permission.VIEW_IDENTITY_NUMBERS),
                sensitive=sensitive,
                tr=translator(language),
            )
            written = writer(temporary, lines.rows(progress, cancelled), language=language)
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
    with acting(db, actor, Permission.VIEW_PARTICIPANTS) as work:
        work.audit(
            "participant.export",
            "participant",
            "",
            after={"count": written, "format": path.suffix.lower().lstrip("."), **_filters(query)},
        )
    return written


def _filters(query: RegistryQuery) -> dict[str, Any]:
    """What narrowed the export, for the audit log: the fields that differ from the default."""
    default = RegistryQuery()
    return {
        name: getattr(query, name)
        for name in query.__dataclass_fields__
        if getattr(query, name) != getattr(default, name)
    }


class _Lines:
    """The export's rows, read in keyset pages, as the sheet writers take them."""

    def __init__(
        self,
        session: Session,
        query: RegistryQuery,
        today: date,
        sqlite: bool,
        *,
        identity: bool,
        sensitive: bool,
        tr: Translate,
    ) -> None:
        self.session, self.query, self.identity = session, query, identity
        self.sensitive = sensitive
        self.column = SORT_COLUMNS[query.sort]
        terms = search_terms(query.text, numbers=identity)
        self.conditions: list[ColumnElement[bool]] = [
            *filter_conditions(query, today, plain),
            *term_conditions(terms, sqlite, plain),
        ]
        # Enum(value) costs ~0.6 µs; the labels are looked up once, by stored value.
        self.sexes = {member.value: tr(CHOICES, member.label) for member in Sex}
        self.education = {member.value: tr(CHOICES, member.label) for member in Education}
        self.yes_no = {True: tr(CHOICES, YES), False: tr(CHOICES, NO)}

    def total(self) -> int:
        statement = select(func.count()).select_from(Participant).where(*self.conditions)
        return int(self.session.connection().execute(statement).scalar_one())

    def page(self, after: Cursor | None) -> list[Any]:
        keys = (self.column, _p.id)
        conditions = list(self.conditions)
        ordering = [self.column.desc(), _p.id.desc()] if self.query.descending else list(keys)
        if after is not None:
            bound = (after.value, after.id)
            conditions.append(
                tuple_(*keys) < bound if self.query.descending else tuple_(*keys) > bound
            )
        statement = (
            select(self.column, _p.id, *_COLUMNS).where(*conditions).order_by(*ordering)
        ).limit(BATCH)
        return list(self.session.connection().execute(statement))

    def rows(self, progress: Progress | None, cancelled: IsCancelled | None) -> Iterator[Row]:
        total = self.total() if progress is not None else 0
        done, after = 0, None
        while True:
            if cancelled is not None and cancelled():
                raise ExportCancelled
            found = self.page(after)
            for values in found:
                yield self.line(values[2:])
            done += len(found)
            if progress is not None:
                progress(done, max(total, done))
            if len(found) < BATCH:
                return
            after = Cursor(found[-1][0], found[-1][1])

    def line(self, values: Any) -> Row:
        (name, nik, kk, birth_place, born, sex, e164, street, rt, rw, village, district,
         regency, province, education, occupation, disabled, created) = values  # fmt: skip
        phone = display_phone(e164) if e164 else ""
        if not self.identity:
            nik, kk = mask_nik(nik) if nik else "", mask_nik(kk) if kk else ""
            phone = mask_phone(phone)
        return (
            name,
            nik,
            kk,
            birth_place,
            born,
            self.sexes.get(sex, sex),
            phone,
            street,
            rt,
            rw,
            village,
            district,
            regency,
            province,
            self.education.get(education, education or ""),
            occupation,
            self.yes_no[bool(disabled)] if self.sensitive else "",
            created.astimezone().date() if created is not None else None,
        )
