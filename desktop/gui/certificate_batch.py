"""A batch of certificates issued in the background, and the part of the "Issue certificates"
dialog that shows it: the progress bar with Cancel, the line saying what happened, and the
summary with Open folder, Print… and Show. Also the folder the files go to, remembered on
this desk.

Not on the database worker (ctx.runner): a batch of hundreds takes minutes, and the one worker
would leave every other page of the desk waiting that long. The batch is a
desktop.gui.background_job.BackgroundJob; Cancel makes the service raise Cancelled between
certificates, and nothing is recorded.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QSettings, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from shiboken6 import isValid

from desktop.domain.errors import PelitaError
from desktop.gui.background_job import BackgroundJob, IsCancelled, Progress
from desktop.gui.i18n import message, translate
from desktop.gui.message_line import show_message
from desktop.gui.pdf_viewer import print_pdf
from desktop.gui.signals import emit
from desktop.paths import config_dir
from desktop.services import certificate_issue
from desktop.services.certificate_issue import IssueResult
from desktop.services.certificate_plan import IssueRequest
from desktop.services.certificate_render import Cancelled
from desktop.services.context import Actor

if TYPE_CHECKING:
    from desktop.gui.certificate_issue_dialog import CertificateIssueDialog
    from desktop.services.startup import Database

FOLDER_KEY = "certificates/folder"


class BatchRun(BackgroundJob):
    """One batch of certificates on its own thread. Connect to `relay`, then `start()`. Not a
    daemon (BackgroundJob): a batch is never cut off halfway through recording; a cancelled
    one ends at the next certificate."""

    def __init__(
        self, db: Database, actor: Actor, request: IssueRequest, folder: Path | None
    ) -> None:
        self.db, self.actor, self.request, self.folder = db, actor, request, folder

        def work(progress: Progress, cancelled: IsCancelled) -> IssueResult:
            return certificate_issue.issue(
                db, actor, request, folder=folder, progress=progress, cancelled=cancelled
            )

        super().__init__(work, "pelita-certificates")


class BatchPanel(QObject):
    """Runs one batch at a time for the dialog and shows it; the dialog takes its input
    again on `ended`, then hears `issued` or `refused`."""

    ended = Signal()  # recorded, cancelled or refused: the batch's thread is done
    issued = Signal(object)  # IssueResult
    refused = Signal(object)  # what stopped it, other than a cancel

    def __init__(self, dialog: CertificateIssueDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.ui = ui = dialog.ui
        self.batch: BatchRun | None = None  # the batch under way
        self.outcome: IssueResult | None = None  # the last batch recorded
        self.summary_text = ""
        for hidden in (ui.progressBar, ui.cancelButton, ui.summaryFrame, ui.statusLabel):
            hidden.hide()
        ui.cancelButton.clicked.connect(self.cancel)
        ui.openFolderButton.clicked.connect(self.open_folder)
        ui.printButton.clicked.connect(self.print_certificates)
        ui.showButton.clicked.connect(self.show_certificates)

    @property
    def running(self) -> bool:
        return self.batch is not None

    def start(self, batch: BatchRun) -> None:
        batch.relay.progress.connect(self._progress)
        batch.relay.finished.connect(self._issued)
        batch.relay.failed.connect(self._failed)
        # The dialog deleted with its window (the desk closing) while running: stop too.
        cancel = batch.cancel_requested
        self.dialog.destroyed.connect(lambda *_args: cancel.set())
        self.batch = batch
        ui = self.ui
        ui.progressBar.setRange(0, 0)  # busy until the first certificate is done
        for shown in (ui.progressBar, ui.cancelButton):
            shown.show()
        ui.cancelButton.setEnabled(True)
        ui.summaryFrame.hide()
        show_message(ui.statusLabel, self.tr("Issuing the certificates…"), "hint")
        batch.start()

    def cancel(self) -> None:
        if self.batch is not None:
            self.batch.cancel()
            self.ui.cancelButton.setEnabled(False)
            show_message(self.ui.statusLabel, self.tr("Cancelling…"), "hint")

    def _progress(self, done: int, total: int) -> None:
        if isValid(self) and self.running:
            self.ui.progressBar.setRange(0, max(total, 1))
            self.ui.progressBar.setValue(done)

    def _end(self, text: str) -> None:
        batch, self.batch = self.batch, None
        if batch is not None:
            batch.wait()  # it reported as its last step: ended, or about to
        self.ui.progressBar.hide()
        self.ui.cancelButton.hide()
        show_message(self.ui.statusLabel, text, "hint")
        emit(self.ended)

    def _issued(self, result: IssueResult) -> None:
        if not isValid(self):
            return
        self._end("")
        self.outcome, self.summary_text = result, summary_text(result)
        ui = self.ui
        ui.summaryLabel.setText(self.summary_text)
        ui.summaryFrame.show()
        for button in (ui.openFolderButton, ui.printButton, ui.showButton):
            button.setEnabled(result.print_file is not None)
        emit(self.issued, result)

    def _failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        if isinstance(error, Cancelled):
            self._end(message(error))
        else:
            self._end("")
            emit(self.refused, error)

    # --- what to do with the files ------------------------------------------------------------

    def open_folder(self) -> None:
        if self.outcome is not None and self.outcome.print_file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.outcome.print_file.parent)))

    def _print_file(self) -> tuple[bytes, str] | None:
        """The batch's print file and its name (None, said beside the folder, if unreadable)."""
        path = self.outcome.print_file if self.outcome is not None else None
        try:
            return (path.read_bytes(), path.name) if path is not None else None
        except OSError as error:
            text = self.tr("Could not read the file: %1").replace("%1", str(error))
            emit(self.refused, PelitaError(text, "folder"))
            return None

    def print_certificates(self) -> None:
        if (found := self._print_file()) is not None:
            print_pdf(self.dialog, found[0], self.dialog.windowTitle())

    def show_certificates(self) -> None:
        if (found := self._print_file()) is not None:
            self.dialog.show_pdf(found[0], self.dialog.windowTitle(), found[1])


# --- the folder for the files ------------------------------------------------------------------


def desk_settings() -> QSettings:
    """This desk's own settings file, beside settings.json (PELITA_HOME moves both)."""
    return QSettings(str(config_dir() / "desk.ini"), QSettings.Format.IniFormat)


def remembered_folder() -> str:
    """The folder of the last batch on this desk, else the person's documents."""
    saved = desk_settings().value(FOLDER_KEY, "")
    if isinstance(saved, str) and saved:
        return saved
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def remember_folder(folder: str) -> None:
    desk_settings().setValue(FOLDER_KEY, folder)


def folder_problem(text: str) -> str:
    """Why `text` cannot take the files ("" when it can; a missing folder is made)."""
    if not text.strip():
        return translate("CertificateIssueDialog", "Choose the folder for the certificate files.")
    if Path(text.strip()).expanduser().is_file():
        return translate("CertificateIssueDialog", "This is a file, not a folder.")
    return ""


def summary_text(result: IssueResult) -> str:
    """ "14 certificates issued, 0001/… to 0014/…" (numbers of one batch follow each other)."""
    issued = result.certificates
    if len(issued) == 1:
        return translate("CertificateIssueDialog", "1 certificate issued: %1.").replace(
            "%1", issued[0].number
        )
    return (
        translate("CertificateIssueDialog", "%1 certificates issued, %2 to %3.")
        .replace("%1", QLocale().toString(len(issued)))
        .replace("%2", issued[0].number)
        .replace("%3", issued[-1].number)
    )
