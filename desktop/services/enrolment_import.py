"""Enrolling the people of a list (xlsx or CSV) in a cohort (issue 7): the ones not yet
registered are registered, then everyone is enrolled.

The list is read with `participant_import.preview_import(..., existing_ok=True)`: a row whose
NIK is registered is that person (ImportRow.existing_id), to be enrolled as they are. Then
`import_into_cohort` registers the new people (`commit_import`: the ok and warning rows, or
with `valid_only=False` everyone or nobody) and enrols the new and the registered people, in
the list's order, through `enrolment.enrol_many`: the programme's eligibility rules, a seat
or the waitlist (and the waitlist first: while anyone waits, a newcomer waits too), someone
already enrolled in the programme refused with the reason. Everyone gets a line.

Decision: registration and enrolment are NOT one transaction. Registration is one (all the
new people or none, as for a plain import); enrolment is `enrol_many`'s one transaction per
person, so that one refusal does not undo the others and a seat lost to another desk is
retried on fresh data (SQLite). Enrolling inside the registration's transaction would need a
second copy of `enrol`'s seat and waitlist logic, and would hold the write lock for the whole
list. So a failure during enrolment (a refusal, a database error, a killed process, a cancel)
leaves the new people registered and the people enrolled so far enrolled; the result says
who. Importing the same list again then recovers: the people now registered are recognised
by their NIK, and those already in the cohort are refused as enrolled already.

Before anything is written the call checks what would stop everyone: both permissions
(REGISTER_PARTICIPANTS and ENROL_PARTICIPANTS), the mapping, and a cohort that exists and
takes enrolments; so nobody is registered for a cohort they cannot join.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import func, select

from desktop.domain.enrolment import COHORT_OPEN
from desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.programme_rules import Finding
from desktop.domain.roles import Permission
from desktop.services.context import Actor, acting
from desktop.services.enrolment import enrol_many
from desktop.services.enrolment_common import _cohort, _cohort_closed
from desktop.services.participant_import import (
    MAPPING_UNSOLVED,
    ROWS_WITH_ERRORS,
    ImportPreview,
    IsCancelled,
    Progress,
    commit_import,
)
from desktop.services.participant_import_rows import ImportRow
from desktop.store.database import Database
from desktop.store.training import Cohort

Outcome = Literal["enrolled", "waitlisted", "refused"]
_OUTCOMES: dict[str, Outcome] = {"enrolled": "enrolled", "waitlisted": "waitlisted"}  # else refused
ENROL_BATCH = 50  # people enrolled between progress reports and questions about cancel

NOT_ALLOWED = QT_TRANSLATE_NOOP("messages", "You are not allowed to do this. Ask an administrator.")
NO_SUCH_COHORT = QT_TRANSLATE_NOOP("messages", "No cohort has the code {code}.")
NOBODY_TO_ENROL = QT_TRANSLATE_NOOP("messages", "No row of the list can be enrolled.")
CANCELLED_BEFORE_ENROLMENT = QT_TRANSLATE_NOOP(
    "messages", "Not enrolled: the import was cancelled before this person's turn."
)


@dataclass(frozen=True)
class RefusedRow:
    """A person of the list who was not enrolled: `text` the reason (a message id, context
    "messages") with `params`; for the programme's rules, `findings` the rules not met."""

    row_number: int
    full_name: str
    text: str
    params: Mapping[str, Any] = field(default_factory=dict)
    findings: tuple[Finding, ...] = ()

    def english(self) -> str:
        from desktop.domain.errors import fill

        return fill(self.text, self.params, "en")


@dataclass(frozen=True)
class CohortLine:
    """What became of one row's person, in the list's order."""

    row_number: int
    participant_id: int
    full_name: str
    outcome: Outcome
    new: bool  # registered by this import


@dataclass(frozen=True)
class CohortImportResult:
    """`created` people registered; `enrolled` with a seat, `waitlisted`, `refused` (with the
    reasons); `skipped` error rows left out (valid_only); `lines` every person's outcome."""

    created: int
    enrolled: int
    waitlisted: int
    refused: tuple[RefusedRow, ...]
    skipped: int = 0
    lines: tuple[CohortLine, ...] = ()


def find_cohort(db: Database, actor: Actor, code: str) -> int:
    """The id of the cohort with `code` (as printed on the cohort page; case does not
    matter). NotFound when there is none."""
    with acting(db, actor, Permission.ENROL_PARTICIPANTS, read_only=True) as work:
        found = work.session.scalar(
            select(Cohort.id).where(func.upper(Cohort.code) == code.strip().upper())
        )
    if found is None:
        raise NotFound(NO_SUCH_COHORT, "cohort", code=code)
    return int(found)


def _check_before_writing(
    db: Database, actor: Actor, preview: ImportPreview, cohort_id: int, valid_only: bool
) -> None:
    if preview.problems:
        raise ValidationError(MAPPING_UNSOLVED, "mapping")
    errors = sum(row.verdict == "error" or row.clean is None for row in preview.rows)
    if errors and not valid_only:
        raise ValidationError(ROWS_WITH_ERRORS, None, count=errors)
    with acting(db, actor, Permission.ENROL_PARTICIPANTS, read_only=True) as work:
        if not work.may(Permission.REGISTER_PARTICIPANTS):
            raise PermissionDenied(NOT_ALLOWED)
        cohort = _cohort(work.session.connection(), cohort_id)
        if cohort.status not in COHORT_OPEN:
            raise _cohort_closed(cohort.code)


def _name(row: ImportRow) -> str:
    """The person's name: the registered one for a registered person (who is enrolled)."""
    if row.existing_id is not None:
        for match in row.duplicates:
            if match.participant_id == row.existing_id:
                return match.full_name
    return row.clean["full_name"] if row.clean else ""


def import_into_cohort(
    db: Database,
    actor: Actor,
    preview: ImportPreview,
    cohort_id: int,
    *,
    valid_only: bool,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> CohortImportResult:
    """Register the list's new people and enrol everyone in the cohort (see the module
    docstring: two steps, not one transaction). Raises before writing anything when the
    mapping is unsolved, when a row has an error and not `valid_only`, when the user may not
    register and enrol, or the cohort is unknown or takes no enrolments; a cancel during
    registration (ImportCancelled) registers nobody. Progress counts the people to register
    (all at once) and then each person enrolled."""
    _check_before_writing(db, actor, preview, cohort_id, valid_only)
    usable = [row for row in preview.rows if row.clean is not None and row.verdict != "error"]
    if not usable:
        raise ValidationError(NOBODY_TO_ENROL)
    new_rows = [row for row in usable if row.existing_id is None]
    total = len(new_rows) + len(usable)
    if progress is not None:
        progress(0, total)
    new_ids: Mapping[int, int] = {}
    if new_rows:
        new_ids = commit_import(db, actor, preview, valid_only=True, cancelled=cancelled).new_ids
    if progress is not None:
        progress(len(new_rows), total)
    people = [(row, row.existing_id or new_ids[row.row_number]) for row in usable]
    lines: list[CohortLine] = []
    refused: list[RefusedRow] = []
    for start in range(0, len(people), ENROL_BATCH):
        batch = people[start : start + ENROL_BATCH]
        if cancelled is not None and cancelled():
            for row, id_ in people[start:]:
                lines.append(_line(row, id_, "refused"))
                refused.append(RefusedRow(row.row_number, _name(row), CANCELLED_BEFORE_ENROLMENT))
            break
        done = enrol_many(db, actor, [id_ for _row, id_ in batch], cohort_id)
        for (row, id_), line in zip(batch, done, strict=True):
            lines.append(_line(row, id_, _OUTCOMES.get(line.outcome, "refused")))
            if line.outcome == "refused":
                refused.append(
                    RefusedRow(
                        row.row_number, _name(row), line.text, line.params or {}, line.findings
                    )
                )
        if progress is not None:
            progress(len(new_rows) + start + len(batch), total)
    return CohortImportResult(
        created=len(new_ids),
        enrolled=sum(line.outcome == "enrolled" for line in lines),
        waitlisted=sum(line.outcome == "waitlisted" for line in lines),
        refused=tuple(refused),
        skipped=len(preview.rows) - len(usable),
        lines=tuple(lines),
    )


def _line(row: ImportRow, participant_id: int, outcome: Outcome) -> CohortLine:
    return CohortLine(row.row_number, participant_id, _name(row), outcome, row.existing_id is None)
