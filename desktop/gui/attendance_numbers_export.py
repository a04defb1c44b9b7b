"""The attendance summary (by programme, instructor or month) saved as an Excel workbook from
the Attendance numbers page: the file is written on the worker, then said on the page."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from shiboken6 import isValid

from desktop.domain.errors import PelitaError
from desktop.gui.formatting import language
from desktop.gui.i18n import message, translate
from desktop.gui.message_line import show_message
from desktop.gui.save_file import ask_save_path
from desktop.services import attendance_files

if TYPE_CHECKING:
    from desktop.gui.attendance_numbers_page import AttendanceNumbersPage


def export_summary(page: AttendanceNumbersPage) -> None:
    by, (start, end) = page.group_by(), page.period()
    if end < start:
        return  # the page says so beside the dates already
    name = (
        translate("AttendanceNumbersPage", "attendance-%1-%2-%3.xlsx")
        .replace("%1", by.value)
        .replace("%2", start.isoformat())
        .replace("%3", end.isoformat())
    )
    target = ask_save_path(
        page,
        translate("AttendanceNumbersPage", "Export the attendance summary"),
        name,
        translate("AttendanceNumbersPage", "Excel workbooks (*.xlsx)"),
    )
    if target is None:
        return
    ctx, reader = page.context, language()

    def write() -> Path:
        content = attendance_files.export_summary_xlsx(
            ctx.db, ctx.actor, by, start, end, language=reader
        )
        target.write_bytes(content)
        return target

    def done(saved: Path) -> None:
        if isValid(page):
            text = translate("AttendanceNumbersPage", "Exported the summary to %1")
            show_message(page.ui.summaryStatus, text.replace("%1", str(saved)), "ok")

    def failed(error: BaseException) -> None:
        if not isValid(page):
            return
        if isinstance(error, PelitaError):
            show_message(page.ui.summaryStatus, message(error), "error")
        elif isinstance(error, OSError):  # a folder one may not write in, a full disk
            text = translate("AttendanceNumbersPage", "Could not save %1: %2")
            text = text.replace("%1", str(target)).replace("%2", error.strerror or str(error))
            show_message(page.ui.summaryStatus, text, "error")
        else:
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)

    ctx.runner.submit(write, done, failed)
