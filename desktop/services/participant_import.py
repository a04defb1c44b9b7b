"""Registering the people of a participant list (xlsx or CSV) at once (issue 7).

`preview_import` reads the file (documents.sheet_read), maps its columns (the remembered
mapping, else the guess), checks every row as the intake form would (participant_import_rows)
and looks for duplicates for all rows at once: a NIK already registered or given twice in the
file is an error naming the other record or row; a similar name with the same date of birth
as a registered person (the intake form's first duplicate check, duplicates.find_likely, with
its threshold) is a warning naming that person. The look-ups are batched (NIKs and dates of
birth a few hundred per query), never a query per row.

`commit_import` imports the ok and warning rows (`valid_only=True`), or everything or nothing
(`valid_only=False`: one error row and nobody is imported). It runs in ONE transaction: rows
inserted in bulk (executemany; SQLite's FTS5 triggers and PostgreSQL's trigram index keep the
registry search right), the NIKs checked again inside it (another desk may have registered one
since the preview: nothing is imported, a Conflict says whose), and the audit written last. A
killed process or an error leaves the database as it was.

`preview_import(existing_ok=True)` is for a list of people to enrol in a cohort
(services.enrolment_import), where some are registered already: a NIK registered to someone
is then no error but that person (ImportRow.existing_id, a DuplicateMatch naming them, an
"info" message; a warning when the list's name is not similar to the registered one), and
`commit_import` registers only the others.

Decisions:
- Audit: one "participant.import" entry (file, counts, the new ids) and, as the intake form
  writes, a "participant.create" entry per person with its values (bulk-inserted; the person's
  history then shows where the record came from).
- Consent: the intake form refuses to register without consent to the training's use of the
  data. A list holds no consent, so imported people get no consent record: it is taken when
  the person first comes to the desk. Nothing else in Pelita requires one today.
- The commit stores the values the preview's check made (ImportRow.clean): validating
  10,000 rows twice would double the wait. Only the NIKs are looked up again, inside the
  transaction, since they are what another desk can take meanwhile.
- New ids: SQLite gives them back by RETURNING; on PostgreSQL they are drawn from the
  table's sequence in one query first and the rows inserted with them, a pipelined
  executemany (_reserve_ids: 10,000 people commit in ~2 s instead of ~7 s).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import exc, insert, select, text

from desktop.documents.import_errors_xlsx import write_error_sheet
from desktop.documents.language import DOCUMENTS, translator
from desktop.documents.sheet_read import read_sheet
from desktop.domain.choices import ParticipantStatus
from desktop.domain.errors import Conflict, PelitaError, ValidationError, fill
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.import_columns import FIELD_LABELS, ImportField, mapping_problems
from desktop.domain.names import SIMILAR_NAME, similar_keys
from desktop.domain.roles import Permission
from desktop.services.context import Actor, Work, acting
from desktop.services.duplicates import SAME_BIRTH_DATE
from desktop.services.import_mappings import mapping_for
from desktop.services.participant_import_rows import (
    DuplicateMatch,
    ImportRow,
    RowMessage,
    check_row,
    verdict_of,
)
from desktop.services.participants import NOT_AUDITED
from desktop.store.database import Database
from desktop.store.models import AuditEntry
from desktop.store.participants import Participant

Progress = Callable[[int, int], None]  # (rows done, rows in all)
IsCancelled = Callable[[], bool]
SheetRow = tuple[int, tuple[str, ...], frozenset[int], frozenset[int]]  # number, cells, ...
BATCH = 500  # values per IN (...) look-up and rows per progress report

SAME_NIK = QT_TRANSLATE_NOOP("duplicates", "Same NIK")
SAME_NIK_IN_FILE = QT_TRANSLATE_NOOP("duplicates", "Same NIK as an earlier row")
NIK_REGISTERED = QT_TRANSLATE_NOOP(
    "messages", "This NIK is already registered to {name} (participant {id})."
)
NIK_TWICE = QT_TRANSLATE_NOOP(
    "messages", "This NIK is also on row {row} ({name}): one person, one row."
)
SIMILAR_REGISTERED = QT_TRANSLATE_NOOP(
    "messages",
    "{name} (participant {id}) has the same date of birth and a similar name: check that"
    " this is not the same person.",
)
ROWS_WITH_ERRORS = QT_TRANSLATE_NOOP(
    "messages",
    "{count} rows have errors, so nobody was imported: fix them, or import only the valid rows.",
)
MAPPING_UNSOLVED = QT_TRANSLATE_NOOP(
    "messages", "The columns are not all matched to fields yet, so nothing can be imported."
)
NOTHING_TO_IMPORT = QT_TRANSLATE_NOOP("messages", "No row can be imported.")
REGISTERED_MEANWHILE = QT_TRANSLATE_NOOP(
    "messages",
    "Row {row} was registered at another desk since the check ({name}), so nobody was"
    " imported: check the list again.",
)
NIK_TAKEN_MEANWHILE = QT_TRANSLATE_NOOP(
    "messages",
    "A NIK on the list was registered at another desk during the import, so nobody was"
    " imported: check the list again.",
)
ALREADY_REGISTERED = QT_TRANSLATE_NOOP(
    "messages", "Already registered as {name}: will be enrolled."
)
REGISTERED_OTHER_NAME = QT_TRANSLATE_NOOP(
    "messages",
    "This NIK is registered to {name} (participant {id}), whose name is not like this row's:"
    " check the NIK. {name} will be enrolled.",
)
CANCELLED = QT_TRANSLATE_NOOP("messages", "Cancelled: nobody was imported.")
ERROR_COLUMN = QT_TRANSLATE_NOOP("documents", "Error")


class ImportCancelled(PelitaError):
    def __init__(self) -> None:
        super().__init__(CANCELLED)


@dataclass(frozen=True)
class ImportPreview:
    """What an import would do. `problems` (mapping problems, context "messages") block the
    commit until the mapping is solved; `notes` are sheet_read's notes on the whole file."""

    headers: tuple[str, ...]
    mapping: Mapping[int, ImportField]
    rows: tuple[ImportRow, ...]
    notes: tuple[str, ...]
    problems: tuple[str, ...]
    file_name: str = ""

    @property
    def ok(self) -> int:
        return sum(row.verdict == "ok" for row in self.rows)

    @property
    def warnings(self) -> int:
        return sum(row.verdict == "warning" for row in self.rows)

    @property
    def errors(self) -> int:
        return sum(row.verdict == "error" for row in self.rows)


@dataclass(frozen=True)
class ImportResult:
    """`created` people registered, `skipped` error rows left out; `new_ids` the new
    participant's id by row number, `existing` the rows that were registered already (a
    preview with existing_ok), not registered again."""

    created: int
    skipped: int
    new_ids: Mapping[int, int] = field(default_factory=dict)
    existing: int = 0


def _chunks(items: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), BATCH):
        yield items[start : start + BATCH]


def _check_cancel(cancelled: IsCancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled


def _checked_rows(
    work: Work,
    sheet_rows: Sequence[SheetRow],
    mapping: Mapping[int, ImportField],
    progress: Progress | None,
    cancelled: IsCancelled | None,
) -> list[tuple[int, tuple[str, ...], dict[ImportField, str], list[RowMessage], Any]]:
    today = work.now.astimezone().date()
    checked = []
    for index, (number, cells, numeric, formulas) in enumerate(sheet_rows):
        if index % BATCH == 0:
            _check_cancel(cancelled)
            if progress is not None:
                progress(index, len(sheet_rows))
        row = check_row(cells, numeric, formulas, mapping, today)
        checked.append((number, cells, row.values, row.messages, row.clean))
    return checked


def _registered_niks(work: Work, niks: Sequence[str]) -> dict[str, tuple[int, str, str]]:
    """(id, full_name, name_key) of the person registered with each of `niks`."""
    found: dict[str, tuple[int, str, str]] = {}
    p = Participant
    for chunk in _chunks(sorted(set(niks))):
        rows = work.session.execute(
            select(p.nik, p.id, p.full_name, p.name_key).where(p.nik.in_(chunk))
        )
        found.update({row.nik: (row.id, row.full_name, row.name_key) for row in rows})
    return found


def _people_born_on(work: Work, days: Iterable[date]) -> dict[date, list[tuple[int, str, str]]]:
    """(id, name_key, full_name) of the live people born on each of `days`."""
    found: dict[date, list[tuple[int, str, str]]] = {}
    p = Participant
    live = p.status != ParticipantStatus.MERGED.value
    for chunk in _chunks(sorted(set(days))):
        rows = work.session.execute(
            select(p.birth_date, p.id, p.name_key, p.full_name).where(p.birth_date.in_(chunk), live)
        )
        for row in rows:
            found.setdefault(row.birth_date, []).append((row.id, row.name_key, row.full_name))
    return found


Found = tuple[list[RowMessage], list[DuplicateMatch], int | None]


def _registered_person(
    id_: int, name: str, key: str, row_key: str, existing_ok: bool
) -> tuple[RowMessage, DuplicateMatch, int | None]:
    """The message and match for a row whose NIK is registered to `name`, and the person's id
    when the row is them (existing_ok: an "info", or a warning if the names are not alike)."""
    match = DuplicateMatch(id_, None, name, SAME_NIK)
    params = {"name": name, "id": id_}
    if not existing_ok:
        return RowMessage("nik", NIK_REGISTERED, params, "error"), match, None
    if similar_keys(row_key, [key], SIMILAR_NAME):
        return RowMessage("nik", ALREADY_REGISTERED, params, "info"), match, id_
    return RowMessage("nik", REGISTERED_OTHER_NAME, params, "warning"), match, id_


def _find_duplicates(
    work: Work,
    checked: list[tuple[int, tuple[str, ...], dict[ImportField, str], Any, Any]],
    existing_ok: bool = False,
) -> list[Found]:
    """Per row: the duplicate messages and matches (in the file, then in the database), and
    the registered person the row is (existing_ok only)."""
    niks = [values[ImportField.NIK] for _n, _c, values, _m, clean in checked if clean]
    registered = _registered_niks(work, niks)
    born = _people_born_on(work, (clean["birth_date"] for *_rest, clean in checked if clean))
    first_row: dict[str, tuple[int, str]] = {}
    found: list[Found] = []
    for number, _cells, _values, _messages, clean in checked:
        messages: list[RowMessage] = []
        matches: list[DuplicateMatch] = []
        existing_id = None
        if clean is not None:
            nik, name = clean["nik"], clean["full_name"]
            if nik and nik in first_row:
                row, other = first_row[nik]
                messages.append(RowMessage("nik", NIK_TWICE, {"row": row, "name": other}, "error"))
                matches.append(DuplicateMatch(None, row, other, SAME_NIK_IN_FILE))
            elif nik:
                first_row[nik] = (number, name)
            if nik in registered:
                message, match, existing_id = _registered_person(
                    *registered[nik], clean["name_key"], existing_ok
                )
                messages.append(message)
                matches.append(match)
            same_day = born.get(clean["birth_date"], [])
            similar = similar_keys(clean["name_key"], [p[1] for p in same_day], SIMILAR_NAME)
            for index in sorted(similar, key=lambda i: -similar[i]):
                id_, _key, other = same_day[index]
                if nik and registered.get(nik, (None,))[0] == id_:
                    continue  # already named as the NIK's owner
                messages.append(
                    RowMessage(
                        "full_name", SIMILAR_REGISTERED, {"name": other, "id": id_}, "warning"
                    )
                )
                matches.append(DuplicateMatch(id_, None, other, SAME_BIRTH_DATE))
        found.append((messages, matches, existing_id))
    return found


def preview_import(
    db: Database,
    actor: Actor,
    path: Path,
    mapping: Mapping[int, ImportField] | None = None,
    *,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
    existing_ok: bool = False,
) -> ImportPreview:
    """Read and check the list at `path` with `mapping` (default: the remembered mapping for
    its headers, else the guess). Raises SheetError for a file that cannot be read.
    `existing_ok`: a row whose NIK is registered is that person, not an error (a list to
    enrol in a cohort; see the module docstring)."""
    sheet = read_sheet(path)
    if mapping is None:
        mapping = mapping_for(db, actor, sheet.headers)
    mapping = dict(sorted(mapping.items()))
    problems = tuple(mapping_problems(mapping))
    rows = list(zip(sheet.row_numbers, sheet.rows, sheet.numeric, sheet.formula_cells, strict=True))
    with acting(db, actor, Permission.REGISTER_PARTICIPANTS, read_only=True) as work:
        checked = _checked_rows(work, rows, mapping, progress, cancelled)
        _check_cancel(cancelled)
        nothing: Found = ([], [], None)
        duplicates = (
            _find_duplicates(work, checked, existing_ok) if not problems else [nothing] * len(rows)
        )
    result = []
    for (number, cells, values, messages, clean), (more, matches, existing_id) in zip(
        checked, duplicates, strict=True
    ):
        every = tuple(messages + more)
        verdict = verdict_of(every)
        kept = clean if verdict != "error" else None
        result.append(
            ImportRow(
                number,
                values,
                verdict,
                every,
                tuple(matches),
                cells=cells,
                clean=kept,
                existing_id=existing_id if kept is not None else None,
            )
        )
    if progress is not None:
        progress(len(rows), len(rows))
    return ImportPreview(
        headers=sheet.headers,
        mapping=mapping,
        rows=tuple(result),
        notes=sheet.notes,
        problems=problems,
        file_name=path.name,
    )


def commit_import(
    db: Database,
    actor: Actor,
    preview: ImportPreview,
    *,
    valid_only: bool,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> ImportResult:
    """Import the preview's rows in one transaction (see the module docstring). Rows that are
    a registered person (ImportRow.existing_id) are not registered again."""
    if preview.problems:
        raise ValidationError(MAPPING_UNSOLVED, "mapping")
    with acting(db, actor, Permission.REGISTER_PARTICIPANTS) as work:
        refused = {
            row.row_number for row in preview.rows if row.clean is None or row.verdict == "error"
        }
        if refused and not valid_only:
            raise ValidationError(ROWS_WITH_ERRORS, None, count=len(refused))
        existing = {row.row_number for row in preview.rows if row.existing_id is not None}
        left_out = refused | existing
        _check_cancel(cancelled)
        # The NIKs again, inside the transaction: another desk may have registered one since.
        taken = _registered_niks(
            work, [row.clean["nik"] for row in preview.rows if row.clean and row.clean["nik"]]
        )
        for row in preview.rows:
            if (
                row.clean is not None
                and row.row_number not in left_out
                and row.clean["nik"] in taken
            ):
                name = taken[row.clean["nik"]][1]
                raise Conflict(REGISTERED_MEANWHILE, "nik", row=row.row_number, name=name)
        rows = [
            (row.row_number, dict(row.clean))
            for row in preview.rows
            if row.clean is not None and row.row_number not in left_out
        ]
        if not rows:
            raise ValidationError(NOTHING_TO_IMPORT)
        _check_cancel(cancelled)
        ids = _insert(work, actor, rows)
        _check_cancel(cancelled)
        _audit_import(work, preview, rows, ids, skipped=len(refused))
        if progress is not None:
            progress(len(preview.rows), len(preview.rows))
    new_ids = {number: id_ for (number, _clean), id_ in zip(rows, ids, strict=True)}
    return ImportResult(len(ids), len(refused), new_ids, existing=len(existing))


def _insert(work: Work, actor: Actor, rows: list[tuple[int, dict[str, Any]]]) -> list[int]:
    """Insert the people in bulk; their ids in the rows' order. A NIK registered by another
    desk since the check (the unique index refuses it) is a Conflict naming that person."""
    now = work.now
    people = [
        {
            **clean,
            "status": ParticipantStatus.ACTIVE.value,
            "version": 1,
            "created_at": now,
            "updated_at": now,
            "created_by_id": actor.user_id,
        }
        for _number, clean in rows
    ]
    # Executed on the connection (Core), not the session (the ORM's bulk insert, whose
    # bookkeeping costs ~50 µs a row): clean_participant gives every column's value.
    connection = work.session.connection()
    try:
        if work.db.is_sqlite:
            # The ids come back by RETURNING, a row at a time (SQLite's RETURNING order is
            # not guaranteed for a multi-row INSERT): cheap in-process, no placeholder parsing.
            statement = insert(Participant).returning(Participant.id, sort_by_parameter_order=True)
            return list(connection.execute(statement, people).scalars())
        ids = _reserve_ids(work, len(people))
        for person, id_ in zip(people, ids, strict=True):
            person["id"] = id_
        connection.execute(insert(Participant), people)
        return ids
    except exc.IntegrityError:
        # Only a desk committing the same NIK between the check above and this insert
        # (PostgreSQL; SQLite's writers queue): the transaction is rolled back whole.
        raise Conflict(NIK_TAKEN_MEANWHILE, "nik") from None


_RESERVE_IDS = text(
    "SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :count)"
)


def _reserve_ids(work: Work, count: int) -> list[int]:
    """PostgreSQL: `count` new participant ids from the table's own sequence in one query,
    ascending, as the inserts would have drawn them. With the ids given, the insert needs no
    RETURNING: one prepared statement that psycopg's executemany pipelines (~1 s for
    10,000 people). The multi-row INSERT ... RETURNING that SQLAlchemy writes otherwise has
    a placeholder per value, ~400,000 of them, which psycopg rewrites in Python (~6 s)."""
    found = work.session.scalars(_RESERVE_IDS, {"table": Participant.__tablename__, "count": count})
    return sorted(found)


def _audit_import(
    work: Work,
    preview: ImportPreview,
    rows: list[tuple[int, dict[str, Any]]],
    ids: list[int],
    *,
    skipped: int,
) -> None:
    """One entry for the import, and the intake form's "participant.create" per person
    (bulk-inserted). Called last, inside the transaction."""
    assert work.actor is not None
    entries = [
        {
            "at": work.now,
            "user_id": work.actor.user_id,
            "username": work.actor.username,
            "action": "participant.create",
            "entity": "participant",
            "entity_id": str(id_),
            "before": None,
            "after": {
                **_public(clean),
                "id": id_,
                "import": {"file": preview.file_name, "row": number},
            },
        }
        for (number, clean), id_ in zip(rows, ids, strict=True)
    ]
    work.session.connection().execute(insert(AuditEntry), entries)
    work.audit(
        "participant.import",
        "participant",
        after={
            "file": preview.file_name,
            "created": len(ids),
            "skipped": skipped,
            "participant_ids": ids,
        },
    )


def _public(clean: Mapping[str, Any]) -> dict[str, Any]:
    return {
        key: value.isoformat() if isinstance(value, date) else value
        for key, value in clean.items()
        if key not in NOT_AUDITED
    }


# Translation contexts held in names: lupdate takes tr("x", ...) for Qt's own tr() and
# would extract "x" as a message of its own (desktop.documents.language).
MESSAGES = "messages"
FIELDS_CONTEXT = "import"


def error_reasons(row: ImportRow, language: str = "en") -> str:
    """The row's errors as one line: "Field: reason; Field: reason", in `language`."""
    tr = translator(language)
    labels = {field.value: label for field, label in FIELD_LABELS.items()}
    parts = []
    for message in row.messages:
        if message.severity != "error":
            continue
        text = fill(tr(MESSAGES, message.text), message.params, language)
        label = labels.get(message.field)
        parts.append(f"{tr(FIELDS_CONTEXT, label)}: {text}" if label else text)
    return "; ".join(parts)


def write_error_report(preview: ImportPreview, path: Path, *, language: str = "id") -> int:
    """The error rows as an xlsx: the original columns and an error column with the reasons,
    every cell as text; fixed, the file imports again. Returns how many rows were written."""
    rows = [row for row in preview.rows if row.verdict == "error"]
    header = translator(language)(DOCUMENTS, ERROR_COLUMN)
    width = len(preview.headers)
    write_error_sheet(
        path,
        preview.headers,
        [(tuple(row.cells[:width]), error_reasons(row, language)) for row in rows],
        header,
    )
    return len(rows)
