"""What the attendance workbook (desktop.documents.attendance_xlsx) holds and what reading it
back gives, plus the few markers both directions agree on.

The service fills `MatrixData` from the database; the writer turns it into an xlsx. Reading a
workbook gives `ParsedMark`s (one per mark cell of a known session and participant) and
`ImportProblem`s (each with the cell at fault); the service applies the marks in one
transaction only when there is no problem.

The layout, in one sentence: a title block, a row of dates, beneath it the row of codes
(the matrix's own code "DM-<cohort>-X" under "Name", the marker "Ref" over the hidden column of
enrolment references "E<id>", then one session code "DH-<session>-X" per column), then one row
per participant. The import finds everything through that row of codes, so rows inserted above
it do not matter.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop.domain.attendance import Mark, MarkInput

REF_MARKER = "Ref"  # over the column of references: found by the import, never translated
REF_PREFIX = "E"  # "E123": enrolment 123
NOT_APPLICABLE = "–"  # a session before the person joined or after they left
# What a clerk may type instead of the en dash and still mean "not applicable".
NOT_APPLICABLE_TYPED = frozenset({NOT_APPLICABLE, "-", "—"})


@dataclass(frozen=True)
class SessionColumn:
    session_id: int
    day: date
    cancelled: bool = False


@dataclass(frozen=True)
class Cell:
    mark: Mark | None  # None: not marked yet
    late_minutes: int = 0
    applicable: bool = True  # False before the person joined or after they left


@dataclass(frozen=True)
class PersonRow:
    enrolment_id: int
    name: str
    cells: tuple[Cell, ...]  # one per session, in the order of MatrixData.sessions
    rate_percent: float | None  # None before anything applicable was marked
    completion: str  # already in the reader's words (the service translates it)


@dataclass(frozen=True)
class MatrixData:
    centre_name: str
    cohort_id: int
    cohort_code: str
    programme_name: str
    min_attendance_pct: int
    sessions: tuple[SessionColumn, ...]
    people: tuple[PersonRow, ...]


@dataclass(frozen=True)
class ParsedMark:
    session_id: int
    enrolment_id: int
    data: MarkInput | None  # None: the cell is empty, so any stored mark goes


@dataclass(frozen=True)
class ImportProblem:
    cell: str  # "D7"; for a whole-file problem the first cell, "A1"
    message: str  # a "messages" id with {placeholders}
    params: dict[str, object] = field(default_factory=dict)


def enrolment_ref(enrolment_id: int) -> str:
    return f"{REF_PREFIX}{enrolment_id}"


def cell_text(mark: Mark | None, late_minutes: int = 0) -> str:
    """A mark as written in a cell: its letter, "T15" for fifteen minutes late."""
    if mark is None:
        return ""
    if mark is Mark.LATE and late_minutes:
        return f"{mark.key}{late_minutes}"
    return mark.key
