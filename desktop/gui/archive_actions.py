"""Settings' "Export everything…" (administrators): every table and every certificate PDF in
one zip (desktop.services.archive_export), written in the background with progress and Cancel,
then a message saying where it is and what it holds.

The work runs as a desktop.gui.background_job.BackgroundJob, not on the database worker that
every page shares: a centre's whole database may take minutes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from shiboken6 import isValid

from desktop.domain.errors import PelitaError
from desktop.gui.app_context import AppContext
from desktop.gui.background_job import IsCancelled, Progress
from desktop.gui.formatting import language
from desktop.gui.i18n import message
from desktop.gui.progress_job import ProgressJob
from desktop.gui.save_file import ask_save_path
from desktop.services.archive_export import export_everything as write_archive
from desktop.services.archive_format import ArchiveCancelled, ArchiveSummary

ARCHIVE_NAMES = {"id": "arsip-pelita-{date}.zip", "en": "pelita-archive-{date}.zip"}


def archive_path(parent: QWidget) -> Path | None:
    """Where to write the archive, named after today."""
    stamp = QDate.currentDate().toString("yyyy-MM-dd")
    name = ARCHIVE_NAMES.get(language(), ARCHIVE_NAMES["en"]).format(date=stamp)
    title = QCoreApplication.translate("ArchiveExport", "Export everything")
    kind = QCoreApplication.translate("ArchiveExport", "Pelita archives (*.zip)")
    return ask_save_path(parent, title, name, kind)


def export_everything(
    parent: QWidget, context: AppContext, path: Path | None = None
) -> ArchiveExport | None:
    """Ask where (unless `path` is given), then write the archive in the background. Returns
    the running export (a child of `parent`), or None when the person cancelled the question."""
    target = path if path is not None else archive_path(parent)
    if target is None:
        return None
    export = ArchiveExport(context, parent)
    export.export_to(target)
    return export


def summary_text(summary: ArchiveSummary) -> str:
    """What an archive holds, in the person's language: "1.234 rows of 42 tables and 56
    certificates"."""
    locale = QLocale()
    text = QCoreApplication.translate("ArchiveExport", "%1 rows of %2 tables and %3 certificates")
    if summary.certificates == 1:
        text = QCoreApplication.translate("ArchiveExport", "%1 rows of %2 tables and 1 certificate")
    return (
        text.replace("%1", locale.toString(summary.rows))
        .replace("%2", locale.toString(len(summary.tables)))
        .replace("%3", locale.toString(summary.certificates))
    )


class ArchiveExport(QObject):
    """One export: its progress window while it runs, then the message box with the outcome
    (kept in `message_box` so tests can read and close it)."""

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context, self.parent_widget = context, parent
        self.job: ProgressJob | None = None
        self.path: Path | None = None
        self.summary: ArchiveSummary | None = None
        self.message_box: QMessageBox | None = None

    @property
    def running(self) -> bool:
        return self.job is not None

    @property
    def progress_dialog(self) -> QProgressDialog | None:
        return self.job.window if self.job is not None else None

    def export_to(self, path: Path) -> None:
        ctx = self.context
        self.path = path

        def work(progress: Progress, cancelled: IsCancelled) -> ArchiveSummary:
            return write_archive(ctx.db, ctx.actor, path, progress, cancelled)

        self.job = ProgressJob(
            self,
            self.parent_widget,
            work,
            "pelita-archive",
            title=self.tr("Export everything"),
            label=self.tr("Writing every table and certificate to %1…").replace("%1", path.name),
            finished=self._written,
            failed=self._failed,
            cancel=self.cancel,
        )
        self.job.start()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _end(self) -> None:
        job, self.job = self.job, None
        if job is not None:
            job.end()

    def _written(self, summary: ArchiveSummary) -> None:
        if not isValid(self):
            return
        self._end()
        self.summary = summary
        text = self.tr(
            "Everything is in %1: %2.\n\nAnother Pelita can import it when it is set up. It "
            "holds every person's data: keep it as safely as the database itself."
        )
        self._say(
            QMessageBox.Icon.Information,
            text.replace("%1", str(self.path)).replace("%2", summary_text(summary)),
        )

    def _failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        self._end()
        if isinstance(error, ArchiveCancelled):
            self._say(QMessageBox.Icon.Information, message(error))
        elif isinstance(error, PelitaError):
            self._say(QMessageBox.Icon.Warning, message(error))
        else:
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)

    def _say(self, icon: QMessageBox.Icon, text: str) -> None:
        box = QMessageBox(
            icon,
            self.tr("Export everything"),
            text,
            QMessageBox.StandardButton.NoButton,
            self.parent_widget,
        )
        # Qt has no Indonesian for its own buttons (desktop.gui.dialogs).
        box.addButton(
            QCoreApplication.translate("dialogs", "OK"), QMessageBox.ButtonRole.AcceptRole
        )
        self.message_box = box
        box.open()
