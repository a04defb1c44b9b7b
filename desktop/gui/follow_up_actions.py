"""Printing and exporting the follow-up call list from the page: the PDF opens in the viewer
(to print or save), the workbook is saved where the person chooses. Both are made on the
worker and audited by the service: names and phone numbers leave the database."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from desktop.gui.app_context import AppContext
from desktop.gui.formatting import language
from desktop.gui.pdf_window import SavablePdfViewer, show_pdf
from desktop.gui.save_file import ask_save_path
from desktop.services.follow_up import export_call_list


def file_name(today: date, suffix: str) -> str:
    title = QCoreApplication.translate("FollowUpPage", "Follow-up calls")
    return f"{title} {today.isoformat()}{suffix}"


def print_call_list(
    page: QWidget,
    context: AppContext,
    today: date,
    months: int | None,
    programme_id: int | None,
    shown: Callable[[SavablePdfViewer], None],
    failed: Callable[[BaseException], None],
) -> None:
    """Make the PDF on the worker and open it in the viewer; `shown` gets the viewer."""
    lang = language()

    def done(data: bytes) -> None:
        if isValid(page):
            title = QCoreApplication.translate("FollowUpPage", "Follow-up call list")
            shown(show_pdf(page, context.runner, data, title, file_name(today, ".pdf")))

    context.runner.submit(
        lambda: export_call_list(
            context.db,
            context.actor,
            today,
            "pdf",
            months=months,
            programme_id=programme_id,
            language=lang,
        ),
        done,
        failed,
    )


def export_call_list_xlsx(
    page: QWidget,
    context: AppContext,
    today: date,
    months: int | None,
    programme_id: int | None,
    saved: Callable[[Path], None],
    failed: Callable[[BaseException], None],
    path: Path | None = None,
) -> None:
    """Ask where (unless `path` is given), then write the workbook there on the worker."""
    target = path or ask_save_path(
        page,
        QCoreApplication.translate("FollowUpPage", "Export the call list"),
        file_name(today, ".xlsx"),
        QCoreApplication.translate("FollowUpPage", "Excel workbook (*.xlsx)"),
    )
    if target is None:
        return
    lang = language()

    def write() -> Path:
        data = export_call_list(
            context.db,
            context.actor,
            today,
            "xlsx",
            months=months,
            programme_id=programme_id,
            language=lang,
        )
        target.write_bytes(data)
        return target

    def done(written: Path) -> None:
        if isValid(page):
            saved(written)

    context.runner.submit(write, done, failed)
