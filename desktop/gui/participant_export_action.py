"""The participants page's "Export…": the list with the page's search and filters, to an xlsx
or CSV file, in the background with progress and Cancel.

It runs as a desktop.gui.background_job.BackgroundJob: not on the database worker, which every
page shares (an export of 100,000 people would leave the desk waiting).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from desktop.domain.errors import PelitaError
from desktop.gui.app_context import AppContext
from desktop.gui.background_job import IsCancelled, Progress
from desktop.gui.formatting import language
from desktop.gui.i18n import message
from desktop.gui.progress_job import ProgressJob
from desktop.gui.save_file import ask_save_path
from desktop.services.participant_export import ExportCancelled, export_participants
from desktop.services.registry import RegistryQuery

EXPORT_NAMES = {"id": "peserta.xlsx", "en": "participants.xlsx"}


def export_path(parent: QWidget) -> Path | None:
    """Where to write the list: xlsx by default, CSV when the person chooses it."""
    name = EXPORT_NAMES.get(language(), EXPORT_NAMES["en"])
    kinds = ";;".join(
        (
            QCoreApplication.translate("ParticipantExportAction", "Excel workbooks (*.xlsx)"),
            QCoreApplication.translate("ParticipantExportAction", "CSV files (*.csv)"),
        )
    )
    title = QCoreApplication.translate("ParticipantExportAction", "Export the participant list")
    path = ask_save_path(parent, title, name, kinds)
    if path is not None and path.name.lower().endswith(".csv.xlsx"):
        path = path.with_name(path.name[: -len(".xlsx")])  # ask_save_path knows one suffix
    return path


class ParticipantExportAction(QObject):
    """Runs one export at a time for the page; says the outcome with `say(text, role)`."""

    def __init__(
        self,
        context: AppContext,
        page: QWidget,
        read_query: Callable[[], RegistryQuery],
        say: Callable[[str, str], None],
    ) -> None:
        super().__init__(page)
        self.context, self.page, self.read_query, self.say = context, page, read_query, say
        self.job: ProgressJob | None = None
        self.path: Path | None = None

    @property
    def running(self) -> bool:
        return self.job is not None

    @property
    def progress_dialog(self) -> QProgressDialog | None:
        """The progress window while an export runs (tests)."""
        return self.job.window if self.job is not None else None

    def start(self) -> None:
        if self.running:
            return
        path = export_path(self.page)
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        """Write the page's current list to `path` in the background."""
        ctx, query = self.context, self.read_query()  # the query as it is now, not later
        self.path = path

        def work(progress: Progress, cancelled: IsCancelled) -> int:
            return export_participants(
                ctx.db, ctx.actor, path, query, progress=progress, cancelled=cancelled
            )

        self.job = ProgressJob(
            self,
            self.page,
            work,
            "pelita-export",
            title=self.tr("Export the participant list"),
            label=self.tr("Writing %1…").replace("%1", path.name),
            finished=self._exported,
            failed=self._failed,
            cancel=self.cancel,
        )
        self.say(self.tr("Exporting the list…"), "hint")
        self.job.start()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.say(self.tr("Cancelling…"), "hint")

    def _end(self) -> None:
        job, self.job = self.job, None
        if job is not None:
            job.end()

    def _exported(self, count: int) -> None:
        if not isValid(self):
            return
        self._end()
        text = self.tr("Exported %1 participants to %2") if count != 1 else ""
        text = text or self.tr("Exported 1 participant to %2")
        self.say(text.replace("%1", QLocale().toString(count)).replace("%2", str(self.path)), "ok")

    def _failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        self._end()
        if isinstance(error, ExportCancelled):
            self.say(message(error), "hint")
        elif isinstance(error, PelitaError):
            self.say(message(error), "error")
        else:
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)
