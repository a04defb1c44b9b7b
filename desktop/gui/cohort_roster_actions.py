"""The cohort view's roster buttons: "Print roster…" saves the printable roster (a PDF, no NIK
or phone) and opens it to print; "Export roster…" saves it as an Excel workbook or a CSV file
for the office, with NIK and phone (masked for roles that see them masked) and attendance.
Both ask where, then write on the database worker and say what happened in the view's message
line; a refusal or a folder one may not write in is said there too (`CohortView.failed`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from shiboken6 import isValid

from desktop.gui.formatting import language
from desktop.gui.i18n import translate
from desktop.gui.save_file import ask_save_path

if TYPE_CHECKING:
    from desktop.gui.app_context import AppContext
    from desktop.gui.cohort_view import CohortView


def _roster_file(context: AppContext, cohort_id: int, target: Path) -> Path:
    """On the worker: the printable roster written to `target`."""
    from desktop.services.cohort_print import roster_pdf

    pdf = roster_pdf(context.db, context.actor, cohort_id, language=language())
    target.write_bytes(pdf)
    return target


def _roster_sheet(context: AppContext, cohort_id: int, target: Path) -> Path:
    """On the worker: the roster as xlsx or CSV (by `target`'s suffix), masked for the role."""
    from desktop.services.cohort_roster_export import export_roster as export

    export(context.db, context.actor, cohort_id, target, language=language())
    return target


def print_roster(view: CohortView) -> None:
    """Save the roster as a PDF where the person says, then open it to print."""
    detail = view.current_detail()
    if detail is None:
        return
    name = translate("CohortView", "roster-%1.pdf").replace("%1", detail.code)
    target = ask_save_path(
        view,
        translate("CohortView", "Save the roster"),
        name,
        translate("CohortView", "PDF documents (*.pdf)"),
    )
    if target is None:
        return
    ctx, cohort_id = view.context, detail.id

    def done(saved: Path) -> None:
        if isValid(view):
            view.say(
                translate("CohortView", "Saved the roster as %1").replace("%1", str(saved)), "ok"
            )
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(saved)))

    ctx.runner.submit(lambda: _roster_file(ctx, cohort_id, target), done, view.failed)


def export_roster(view: CohortView) -> None:
    """Save the roster as an Excel workbook, or a CSV file when chosen, where the person says."""
    detail = view.current_detail()
    if detail is None:
        return
    kinds = ";;".join(
        (
            translate("CohortView", "Excel workbooks (*.xlsx)"),
            translate("CohortView", "CSV files (*.csv)"),
        )
    )
    name = translate("CohortView", "roster-%1.xlsx").replace("%1", detail.code)
    target = ask_save_path(view, translate("CohortView", "Export the roster"), name, kinds)
    if target is None:
        return
    if target.name.lower().endswith(".csv.xlsx"):  # ask_save_path knows only the offered suffix
        target = target.with_name(target.name[: -len(".xlsx")])
    ctx, cohort_id = view.context, detail.id

    def done(saved: Path) -> None:
        if isValid(view):
            text = translate("CohortView", "Exported the roster to %1")
            view.say(text.replace("%1", str(saved)), "ok")

    ctx.runner.submit(lambda: _roster_sheet(ctx, cohort_id, target), done, view.failed)
