"""What the report dialogs (desktop.gui.government_report_action, desktop.gui.sponsor_report_action)
share once a report is started: Cancel, the end of the background job, the line under the form
saying how it went, and Show / Open for the saved file.

The words said stay in each dialog (`report_texts`), so their translations keep the dialog's own
context: this module says nothing itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget
from shiboken6 import isValid

from desktop.domain.errors import PelitaError
from desktop.gui.field_errors import FieldErrors
from desktop.gui.i18n import message
from desktop.gui.message_line import show_message
from desktop.gui.pdf_viewer import PdfViewer
from desktop.gui.progress_job import ProgressJob
from desktop.services.sponsor_impact import ReportCancelled


class SavedReport(Protocol):
    """What the dialog needs of a made report."""

    @property
    def empty(self) -> bool: ...


@dataclass(frozen=True)
class ReportTexts:
    """A dialog's own (translated) words for the shared steps."""

    saved: str  # "… %1." with the file's path
    nothing_in_it: str  # added when the report is empty
    unreadable: str  # "… %1: %2" with the path and the reason
    viewer_title: str
    writing: str  # "… %1…" with the file's name, in the progress window


class ReportDialog(QDialog):
    """A report dialog's common part; a subclass sets up `ui` (with buttonBox, dialogLayout,
    statusLabel, showButton and openButton) and `errors`, starts `job` and gives its words."""

    ui: Any  # the dialog's compiled Designer form (generated, untyped)
    errors: FieldErrors

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.job: ProgressJob | None = None  # while a report is made
        self.viewer: PdfViewer | None = None
        self.path: Path | None = None  # being written, then written
        self.report: SavedReport | None = None  # what the saved file says

    def report_texts(self) -> ReportTexts:
        """The dialog's words, translated in its own context (asked each time they are said)."""
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_height()

    def fit_height(self) -> None:
        """Tall enough for every line of the wrapped texts at this width (a message shown
        later adds lines, large text more)."""
        needed = self.ui.dialogLayout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    @property
    def save_button(self) -> QPushButton:
        button: QPushButton = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        return button

    @property
    def running(self) -> bool:
        return self.job is not None

    # -- the report being made

    def start_report(
        self, path: Path, work: Callable[..., object], thread: str, title: str, making: str
    ) -> None:
        """Make the report into `path` in the background with `work(progress, cancelled)`;
        `title` names the progress window, `making` is said under the form meanwhile (both
        translated by the dialog). Should the dialog go with its window, the report stops and
        leaves no file."""
        self.path, self.report = path, None
        self.job = ProgressJob(
            self,
            self,
            work,
            thread,
            title=title,
            label=self.report_texts().writing.replace("%1", path.name),
            finished=self._saved,
            failed=self._failed,
            cancel=self.cancel,
        )
        self.save_button.setEnabled(False)
        self._show_saved(making, "hint")
        self.job.start()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _end(self) -> None:
        job, self.job = self.job, None
        if job is not None:
            job.end()
        self.save_button.setEnabled(True)

    def _saved(self, report: SavedReport) -> None:
        if not isValid(self):
            return
        self._end()
        self.report = report
        texts = self.report_texts()
        text = texts.saved.replace("%1", str(self.path))
        if report.empty:
            text += " " + texts.nothing_in_it
        self._show_saved(text, "ok")

    def _failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        self._end()
        self.path = None
        self._show_saved("", "ok")
        if isinstance(error, ReportCancelled):
            self._show_saved(message(error), "hint")
        elif isinstance(error, PelitaError):
            self.errors.show(error)
            self.fit_height()
        else:
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)

    def _show_saved(self, text: str, role: str) -> None:
        """The line under the form, with Show (PDFs) and Open once a file is saved."""
        show_message(self.ui.statusLabel, text, role)
        saved = self.path if self.report is not None else None
        self.ui.openButton.setVisible(saved is not None)
        self.ui.showButton.setVisible(saved is not None and saved.suffix.lower() == ".pdf")
        if text:
            self.fit_height()

    # -- the saved file

    def show_report(self) -> None:
        """The saved PDF inside Pelita, with Print and Open in PDF viewer."""
        if self.path is None or self.report is None:
            return
        try:
            data = self.path.read_bytes()
        except OSError as error:  # moved or deleted since it was saved
            text = self.report_texts().unreadable.replace("%1", str(self.path))
            self._show_saved(text.replace("%2", error.strerror or str(error)), "error")
            return
        title = self.report_texts().viewer_title
        self.viewer = PdfViewer(data, title, self.path.name, self)
        self.viewer.open()

    def open_report(self) -> None:
        if self.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))

    def reject(self) -> None:
        if self.running:
            self.cancel()  # its answer must find the dialog: closed once it has ended
            return
        super().reject()
