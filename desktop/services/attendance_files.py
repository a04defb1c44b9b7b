"""Attendance on paper and in spreadsheets: the daftar hadir of a session and a cohort's
matrix as PDF, the matrix as xlsx (and what it holds, `matrix_data`, which the CSV of
desktop.services.attendance_matrix_export writes too), and marks imported back from that xlsx.

An import is all or nothing: the file is read and checked whole (documents), then every
changed cell is applied by the same rules as a mark given on screen (attendance) in one
transaction; any refusal, in the file or by a rule, leaves every mark as it was and reports
all of them at once, each with its cell. Cells that did not change are not touched (their
notes stay: the spreadsheet does not carry notes).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, select

from desktop.config import load_config
from desktop.documents.attendance_sheet import render_matrix_sheet, render_session_sheet
from desktop.documents.attendance_sheet_parts import (
    MatrixPerson,
    MatrixSession,
    MatrixSheet,
    SessionSheet,
)
from desktop.documents.attendance_summary_xlsx import SummaryLine, write_summary_xlsx
from desktop.documents.attendance_xlsx import read_attendance_xlsx, write_attendance_xlsx
from desktop.documents.attendance_xlsx_parts import Cell, MatrixData, PersonRow, SessionColumn
from desktop.documents.language import translator
from desktop.domain.attendance import COMPLETES, Mark
from desktop.domain.centre import CentreProfile
from desktop.domain.errors import NotFound, PelitaError, ValidationError, ValidationErrors, fill
from desktop.domain.formatting import format_date
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.roles import Permission
from desktop.services import centre
from desktop.services.attendance import _markable, _on_roll, _stored, _write
from desktop.services.attendance_common import check_cohort_access, recount, roll, session_row
from desktop.services.attendance_grid import NOT_APPLICABLE, read_grid
from desktop.services.attendance_numbers import GroupBy, summary
from desktop.services.context import Actor, Work, acting
from desktop.store.attendance import AttendanceMark
from desktop.store.database import Database
from desktop.store.models import Programme, User
from desktop.store.training import Cohort, CohortInstructor, CohortSession

# The translation context of domain.attendance's texts, held in a name: lupdate would take a
# literal first argument of tr() for a text of its own.
ATTENDANCE = "attendance"


@dataclass(frozen=True)
class Imported:
    changed: int  # cells whose mark was given, changed or taken back


def session_sheet_pdf(
    db: Database, actor: Actor, session_id: int, *, language: str | None = None
) -> bytes:
    """The session's daftar hadir: everyone on the roll the session applies to."""
    with acting(db, actor, Permission.MARK_ATTENDANCE, read_only=True) as work:
        row = session_row(work, session_id)
        check_cohort_access(work, row.cohort_id)
        head = _head(work, row.cohort_id)
        people = tuple(
            person.full_name
            for person in roll(work, [row.cohort_id])[row.cohort_id]
            if person.applies(row.day)
        )
        sheet = SessionSheet(
            cohort_id=row.cohort_id,
            cohort_code=row.code,
            programme_name=head[0],
            skill_area=head[1],
            session_id=session_id,
            day=row.day,
            starts=row.starts,
            ends=row.ends,
            room=row.room,
            instructors=head[2],
            people=people,
            cancelled=row.cancelled,
        )
    return render_session_sheet(
        _centre(db), sheet, language=_language(language), today=db.clock().astimezone().date()
    )


def matrix_pdf(
    db: Database,
    actor: Actor,
    cohort_id: int,
    start: date,
    end: date,
    *,
    language: str | None = None,
) -> bytes:
    """The cohort's matrix for the sessions from `start` to `end` (a week or a month), with
    the marks already given filled in."""
    reader = _language(language)
    with acting(db, actor, Permission.MARK_ATTENDANCE, read_only=True) as work:
        check_cohort_access(work, cohort_id)
        shown = read_grid(work, cohort_id)
        head = _head(work, cohort_id)
    columns = [i for i, session in enumerate(shown.sessions) if start <= session.day <= end]
    sheet = MatrixSheet(
        cohort_id=cohort_id,
        cohort_code=shown.cohort_code,
        programme_name=shown.programme_name,
        skill_area=head[1],
        period_title=f"{format_date(start, reader)} – {format_date(end, reader)}",
        instructors=head[2],
        sessions=tuple(
            MatrixSession(shown.sessions[i].id, shown.sessions[i].day, shown.sessions[i].cancelled)
            for i in columns
        ),
        people=tuple(
            MatrixPerson(
                row.full_name, tuple(_letter(row.cells[i], row.late_minutes(i)) for i in columns)
            )
            for row in shown.rows
        ),
    )
    return render_matrix_sheet(
        _centre(db), sheet, language=reader, today=db.clock().astimezone().date()
    )


def export_xlsx(
    db: Database, actor: Actor, cohort_id: int, *, language: str | None = None
) -> bytes:
    """The cohort's whole matrix and summary as a formatted workbook."""
    reader = _language(language)
    return write_attendance_xlsx(matrix_data(db, actor, cohort_id, reader), language=reader)


def matrix_data(db: Database, actor: Actor, cohort_id: int, reader: str) -> MatrixData:
    """The cohort's whole matrix: every session, everyone on the roll with their marks, rate
    and completion (in `reader`'s words)."""
    tr = translator(reader)
    with acting(db, actor, Permission.MARK_ATTENDANCE, read_only=True) as work:
        check_cohort_access(work, cohort_id)
        shown = read_grid(work, cohort_id)
    people = []
    for row in shown.rows:
        cells = tuple(
            Cell(None, 0, cell is not NOT_APPLICABLE)
            if cell is None or cell == NOT_APPLICABLE
            else Cell(cell, row.late_minutes(i))
            for i, cell in enumerate(row.cells)
        )
        done = row.completion
        words = (
            tr(ATTENDANCE, COMPLETES)
            if done.eligible
            else fill(tr(ATTENDANCE, done.reason), done.params, reader)
        )
        people.append(PersonRow(row.enrolment_id, row.full_name, cells, row.rate.percent, words))
    return MatrixData(
        centre_name=_centre(db).name,
        cohort_id=cohort_id,
        cohort_code=shown.cohort_code,
        programme_name=shown.programme_name,
        min_attendance_pct=shown.rule.min_attendance_pct,
        sessions=tuple(SessionColumn(s.id, s.day, s.cancelled) for s in shown.sessions),
        people=tuple(people),
    )


def import_xlsx(
    db: Database, actor: Actor, cohort_id: int, content: bytes, reason: str = ""
) -> Imported:
    """Apply the marks of an edited export, all or nothing. Raises ValidationErrors listing
    every problem, each with its cell as the field."""
    with acting(db, actor, Permission.MARK_ATTENDANCE) as work:
        check_cohort_access(work, cohort_id)
        sessions = {
            session_id: day
            for session_id, day in work.session.execute(
                select(CohortSession.id, CohortSession.day).where(
                    CohortSession.cohort_id == cohort_id
                )
            )
        }
        people = {p.enrolment_id: p.full_name for p in roll(work, [cohort_id])[cohort_id]}
        parsed, problems = read_attendance_xlsx(
            content, cohort_id=cohort_id, known_sessions=sessions, known_enrolments=people
        )
        errors = [ValidationError(p.message, p.cell, **p.params) for p in problems]
        if errors:
            raise ValidationErrors(errors)
        changed: list[int] = []
        for item in parsed:
            stored = _stored(work, item.session_id, item.enrolment_id)
            if _same(stored, item.data):
                continue
            cell = f"{people[item.enrolment_id]} · {sessions[item.session_id].isoformat()}"
            try:
                row = _markable(work, item.session_id, reason)
                person = _on_roll(work, row, item.enrolment_id)
            except PelitaError as refused:
                errors.append(ValidationError(refused.text, cell, **refused.params))
                continue
            if item.data is None:
                assert stored is not None  # _same: an empty cell over no mark is no change
                work.session.execute(delete(AttendanceMark).where(AttendanceMark.id == stored.id))
                work.audit(
                    "attendance.unmark",
                    "attendance",
                    f"{row.id}/{person.enrolment_id}",
                    before={"mark": stored.mark, "source": "xlsx"},
                )
            else:
                data = item.data
                if stored is not None and not data.note:
                    data = type(data)(data.mark, data.late_minutes, stored.note)
                _write(work, row, person, data, reason.strip())
            changed.append(item.enrolment_id)
        if errors:
            raise ValidationErrors(errors)  # rolls back every mark applied above
        recount(work, changed)
        return Imported(len(changed))


def export_summary_xlsx(
    db: Database,
    actor: Actor,
    by: GroupBy,
    start: date,
    end: date,
    *,
    language: str | None = None,
) -> bytes:
    """Attendance by programme, instructor or month over the period, as a workbook."""
    rows = summary(db, actor, by, start, end)
    lines = [SummaryLine(row.label, row.rate.marked, row.rate.present) for row in rows]
    return write_summary_xlsx(
        lines,
        centre_name=_centre(db).name,
        by=by.value,
        start=start,
        end=end,
        language=_language(language),
    )


# -- inside ------------------------------------------------------------------------------------


def _same(stored: AttendanceMark | None, data: object) -> bool:
    if stored is None or data is None:
        return stored is None and data is None
    return (stored.mark, stored.late_minutes) == (data.mark.value, data.late_minutes)  # type: ignore[attr-defined]


def _letter(cell: object, minutes: int) -> str:
    """The matrix sheet's cell: a mark's letter ("T15": 15 minutes late), "-" not
    applicable, "" to mark by hand."""
    if cell == NOT_APPLICABLE:
        return "-"
    if not isinstance(cell, Mark):
        return ""
    return f"{cell.key}{minutes}" if minutes else cell.key


def _head(work: Work, cohort_id: int) -> tuple[str, str, tuple[str, ...]]:
    """(programme name, skill area, instructors' names) of the cohort."""
    found = work.session.execute(
        select(Programme.name, Programme.skill_area)
        .join(Cohort, Cohort.programme_id == Programme.id)
        .where(Cohort.id == cohort_id)
    ).one_or_none()
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("messages", "This cohort no longer exists."))
    names = work.session.scalars(
        select(User.full_name)
        .join(CohortInstructor, CohortInstructor.user_id == User.id)
        .where(CohortInstructor.cohort_id == cohort_id)
        .order_by(User.full_name)
    )
    return found.name, found.skill_area or "", tuple(names)


def _centre(db: Database) -> CentreProfile:
    profile = centre.get_profile(db)
    if profile is None:  # a database without a centre has no cohorts either; kept for mypy
        raise NotFound(QT_TRANSLATE_NOOP("messages", "This database has no centre yet."))
    return profile


def _language(language: str | None) -> str:
    return language or load_config().language
