"""A long job in the background (desktop.gui.background_job) shown in a window with how far it
has come and Cancel: the participant list's and the inventory's exports, a sponsor's impact
report.

The owner (the action or dialog that starts it) gives the window's title and text, translated
in its own context: translated here they would change context and lose their Indonesian. It
also says what happens on Cancel and when the job has finished or failed; those answers call
`end()` first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from desktop.gui.background_job import BackgroundJob, Work

SHOW_AFTER_MS = 500  # a quick job never flashes a progress window


class ProgressJob(QObject):
    """`work(progress, cancelled)` on its own thread, with its progress window over `parent`
    from creation to `end()`. Create it, then `start()`.

    A child of `owner`: should the owner go (its window closed), the job is told to stop and
    leaves no file, and its progress reaches nothing."""

    def __init__(
        self,
        owner: QObject,
        parent: QWidget,
        work: Work,
        thread_name: str,
        *,
        title: str,
        label: str,
        finished: Callable[[Any], None],
        failed: Callable[[BaseException], None],
        cancel: Callable[[], None],
    ) -> None:
        super().__init__(owner)
        self.job = BackgroundJob(work, thread_name)
        self.job.relay.progress.connect(self._progress)
        self.job.relay.finished.connect(finished)
        self.job.relay.failed.connect(failed)
        owner.destroyed.connect(lambda *_args, event=self.job.cancel_requested: event.set())
        self._cancel = cancel
        self.window: QProgressDialog | None = self._progress_window(parent, title, label)

    def _progress_window(self, parent: QWidget, title: str, label: str) -> QProgressDialog:
        window = QProgressDialog(parent)
        window.setWindowTitle(title)
        window.setLabelText(label)
        window.setCancelButtonText(QCoreApplication.translate("dialogs", "Cancel"))
        window.setWindowModality(Qt.WindowModality.WindowModal)
        window.setAutoClose(False)
        window.setAutoReset(False)
        window.setMinimumDuration(SHOW_AFTER_MS)
        window.setRange(0, 0)  # busy until the first step is done
        window.canceled.connect(self._cancel)
        return window

    def start(self) -> None:
        self.job.start()

    def cancel(self) -> None:
        """Ask the job to stop; it answers through `failed` with its Cancelled error."""
        self.job.cancel()

    def _progress(self, done: int, total: int) -> None:
        if self.window is not None and isValid(self.window):
            self.window.setRange(0, max(total, 1))
            self.window.setValue(done)

    def end(self) -> None:
        """After the job's answer: wait for its thread, close the window."""
        self.job.wait()  # it reported as its last step: ended, or about to
        window, self.window = self.window, None
        if window is not None and isValid(window):
            # Closing a progress window says "canceled": not to the owner, the job is over.
            window.canceled.disconnect(self._cancel)
            window.close()
            window.deleteLater()
        self.deleteLater()
