"""A long job on a Python thread of its own, reporting to the GUI thread: a certificate batch,
an import, an export.

Not on the database worker (desktop.gui.tasks): every page shares that one worker, and a
batch of hundreds of certificates or an export of 100,000 people would leave the desk waiting.
The job reports through a relay's signals, which Qt queues into the GUI thread. Cancel sets an
event that the service reads between its steps; it then raises its Cancelled error and leaves
nothing behind.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop.gui.signals import emit

Progress = Callable[[int, int], None]  # (done, total)
IsCancelled = Callable[[], bool]
Work = Callable[[Progress, IsCancelled], Any]


class JobRelay(QObject):
    # Emitted on the job's thread; the receivers live in the GUI thread (queued).
    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # what the work returned
    failed = Signal(object)  # the exception


class BackgroundJob:
    """`work(progress, cancelled)` on its own thread. Connect to `relay`, then `start()`."""

    def __init__(self, work: Work, name: str) -> None:
        self.work = work
        self.cancel_requested = threading.Event()
        # No parent: the window may be deleted while the thread still reports, and a relay
        # deleted under the thread's feet would crash it. It holds nothing but signals.
        self.relay = JobRelay()
        # Not a daemon: Python waits for it at exit, so a commit is never cut off halfway.
        self._thread = threading.Thread(target=self._run, name=name)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self.cancel_requested.set()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def wait(self, seconds: float | None = None) -> bool:
        """Block until the thread has ended; False on a timeout."""
        self._thread.join(seconds)
        return not self._thread.is_alive()

    def _run(self) -> None:
        relay = self.relay
        try:
            result = self.work(
                lambda done, total: emit(relay.progress, done, total),
                self.cancel_requested.is_set,
            )
        except BaseException as error:  # handed to the GUI thread, never lost
            emit(relay.failed, error)
        else:
            emit(relay.finished, result)
