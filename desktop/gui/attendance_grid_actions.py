"""What the attendance grid does on the worker: a mark given from a key (keeping the roll
call's note), and its files: the daftar hadir of the current column's session
and the matrix of its week or month as PDFs (saved where the person says, then opened to
print, as the cohort's roster is), the whole matrix exported to Excel (or to CSV when the
person chooses it), and marks imported back from such a workbook.

An import is all or nothing (the service's rule): when the file has problems the grid lists
every one with its cell under the table and no mark changes; otherwise the message says how
many cells changed and the grid is read again.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMessageBox
from shiboken6 import isValid

from desktop.domain.attendance import MarkInput
from desktop.domain.errors import ValidationErrors
from desktop.domain.formatting import MONTHS
from desktop.gui.cohort_view_text import show_date
from desktop.gui.formatting import language
from desktop.gui.i18n import message, translate
from desktop.gui.save_file import ask_save_path
from desktop.services import attendance, attendance_files, attendance_matrix_export
from desktop.services.attendance import RollLine
from desktop.services.attendance_files import Imported

if TYPE_CHECKING:
    from desktop.gui.app_context import AppContext
    from desktop.gui.attendance_grid_view import AttendanceGridView

Produce = Callable[[], bytes]

__all__ = [
    "export_excel",
    "import_excel",
    "print_matrix",
    "print_session_sheet",
    "save_mark",
    "week_of",
]


def week_of(day: date) -> tuple[date, date]:
    """Monday to Sunday of the week holding `day`."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def month_of(day: date) -> tuple[date, date]:
    last = calendar.monthrange(day.year, day.month)[1]
    return day.replace(day=1), day.replace(day=last)


def _write(
    view: AttendanceGridView, produce: Produce, target: Path, saved: str, show: bool
) -> None:
    """On the worker: the file made and written; then say so (and open a PDF to print)."""
    ctx = view.context

    def work() -> Path:
        target.write_bytes(produce())
        return target

    def done(path: Path) -> None:
        if isValid(view):
            view.say(saved.replace("%1", str(path)), "ok")
            if show:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    ctx.runner.submit(work, done, view.failed)


# --- a mark -------------------------------------------------------------------------------


def save_mark(
    context: AppContext, session_id: int, enrolment_id: int, mark: MarkInput, reason: str = ""
) -> RollLine:
    """On the worker: give the mark, keeping the note written in the roll call (the grid
    shows no notes, and a mark given without one would wipe it). The same mark again is
    left as it is, with no audit row for nothing."""
    db, actor = context.db, context.actor
    call = attendance.roll_call(db, actor, session_id)
    line = next((line for line in call.lines if line.enrolment_id == enrolment_id), None)
    if line is not None and call.may_change and line.applicable:
        if (line.mark, line.late_minutes) == (mark.mark, mark.late_minutes):
            return line
        mark = MarkInput(mark.mark, mark.late_minutes, mark.note or line.note)
    return attendance.mark(db, actor, session_id, enrolment_id, mark, reason)


# --- on paper -------------------------------------------------------------------------------


def print_session_sheet(view: AttendanceGridView) -> None:
    """The daftar hadir of the current column's session."""
    session, grid = view.current_session(), view.model.grid
    if session is None or grid is None:
        return
    name = translate("AttendanceGrid", "attendance-%1-%2.pdf").replace("%1", grid.cohort_code)
    target = ask_save_path(
        view,
        translate("AttendanceGrid", "Save the attendance sheet"),
        name.replace("%2", session.day.isoformat()),
        translate("AttendanceGrid", "PDF documents (*.pdf)"),
    )
    if target is None:
        return
    ctx, session_id, reader = view.context, session.id, language()
    _write(
        view,
        lambda: attendance_files.session_sheet_pdf(ctx.db, ctx.actor, session_id, language=reader),
        target,
        translate("AttendanceGrid", "Saved the attendance sheet as %1"),
        show=True,
    )


def print_matrix(view: AttendanceGridView) -> None:
    """Ask whether the week or the month of the current column's session, then print it."""
    session = view.current_session()
    if session is None:
        return
    week, month = week_of(session.day), month_of(session.day)
    month_name = f"{MONTHS.get(language(), MONTHS['id'])[session.day.month - 1]} {session.day.year}"
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("AttendanceGrid", "Print the matrix"),
        translate("AttendanceGrid", "Print the attendance matrix of which period?"),
        QMessageBox.StandardButton.NoButton,
        view,
    )
    week_button = box.addButton(
        translate("AttendanceGrid", "The &week of %1").replace("%1", show_date(week[0])),
        QMessageBox.ButtonRole.AcceptRole,
    )
    month_button = box.addButton(
        translate("AttendanceGrid", "The &month %1").replace("%1", month_name),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(translate("dialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(week_button)

    def chosen(button: QAbstractButton) -> None:
        if button is week_button:
            _print_period(view, *week)
        elif button is month_button:
            _print_period(view, *month)

    box.buttonClicked.connect(chosen)
    view.open_dialog(box)


def _print_period(view: AttendanceGridView, start: date, end: date) -> None:
    grid = view.model.grid
    if grid is None or not isValid(view):
        return
    name = translate("AttendanceGrid", "attendance-matrix-%1-%2.pdf").replace(
        "%1", grid.cohort_code
    )
    target = ask_save_path(
        view,
        translate("AttendanceGrid", "Save the attendance matrix"),
        name.replace("%2", start.isoformat()),
        translate("AttendanceGrid", "PDF documents (*.pdf)"),
    )
    if target is None:
        return
    ctx, cohort_id, reader = view.context, grid.cohort_id, language()
    _write(
        view,
        lambda: attendance_files.matrix_pdf(
            ctx.db, ctx.actor, cohort_id, start, end, language=reader
        ),
        target,
        translate("AttendanceGrid", "Saved the attendance matrix as %1"),
        show=True,
    )


# --- Excel ----------------------------------------------------------------------------------


def export_excel(view: AttendanceGridView) -> None:
    """The whole matrix as an Excel workbook, or a CSV file when the person chooses it."""
    grid = view.model.grid
    if grid is None:
        return
    kinds = ";;".join(
        (
            translate("AttendanceGrid", "Excel workbooks (*.xlsx)"),
            translate("AttendanceGrid", "CSV files (*.csv)"),
        )
    )
    target = ask_save_path(
        view,
        translate("AttendanceGrid", "Export the attendance"),
        translate("AttendanceGrid", "attendance-%1.xlsx").replace("%1", grid.cohort_code),
        kinds,
    )
    if target is None:
        return
    if target.name.lower().endswith(".csv.xlsx"):  # ask_save_path knows only the offered suffix
        target = target.with_name(target.name[: -len(".xlsx")])
    ctx, cohort_id, reader = view.context, grid.cohort_id, language()

    def work() -> Path:
        attendance_matrix_export.export_matrix(
            ctx.db, ctx.actor, cohort_id, target, language=reader
        )
        return target

    def done(path: Path) -> None:
        if isValid(view):
            text = translate("AttendanceGrid", "Exported the attendance to %1")
            view.say(text.replace("%1", str(path)), "ok")

    ctx.runner.submit(work, done, view.failed)


def import_excel(view: AttendanceGridView) -> None:
    """Marks from an edited export, all or nothing."""
    grid = view.model.grid
    if grid is None:
        return
    path, _filter = QFileDialog.getOpenFileName(
        view,
        translate("AttendanceGrid", "Import marks from Excel"),
        str(Path.home()),
        translate("AttendanceGrid", "Excel workbooks (*.xlsx)"),
    )
    if not path:
        return
    ctx, cohort_id, source = view.context, grid.cohort_id, Path(path)

    def done(imported: Imported) -> None:
        if not isValid(view):
            return
        view.show_problems([])
        view.say(
            translate("AttendanceGrid", "Imported %1: %2 cells changed.")
            .replace("%1", source.name)
            .replace("%2", str(imported.changed)),
            "ok",
        )
        view.refresh()

    def failed(error: BaseException) -> None:
        if not isValid(view):
            return
        if not isinstance(error, ValidationErrors):
            view.show_problems([])
            view.failed(error)
            return
        view.show_problems(
            [
                f"{each.field}: {message(each)}" if each.field else message(each)
                for each in error.errors
            ]
        )
        view.say(
            translate(
                "AttendanceGrid",
                "Nothing was imported: %1 has %2 problems, listed below. Correct them and "
                "import the file again.",
            )
            .replace("%1", source.name)
            .replace("%2", str(len(error.errors))),
            "error",
        )

    reason = view.reason  # an admin's reason given in the grid covers old marks here too

    ctx.runner.submit(
        lambda: attendance_files.import_xlsx(
            ctx.db, ctx.actor, cohort_id, source.read_bytes(), reason
        ),
        done,
        failed,
    )
