"""The one database worker thread (Anki's TaskManager pattern).

Work that may take a while — opening and upgrading the database, checking a password (argon2 is
slow on purpose) — runs here, one operation at a time, and reports back to the GUI thread by
signal. A busy indicator appears only when an operation takes longer than half a second.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from concurrent.futures import ThreadPoolExecutor

log = logging.getLogger(__name__)
BUSY_DELAY_MS = 500

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class _Relay(QObject):
    # Emitted from the worker; Qt queues them into the GUI thread.
    finished = Signal(int, object, object)  # task id, result, error


class TaskRunner(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # A Python thread, not QThreadPool + QRunnable.create: PySide keeps a stale wrapper for
        # each auto-deleted runnable, and a later Qt object at the same address inherits it.
        # Made on first use: concurrent.futures is not needed before the login dialog shows.
        self._pool: ThreadPoolExecutor | None = None
        self._relay = _Relay()
        self._relay.finished.connect(self._finish)
        self._callbacks: dict[int, tuple[Done, Failed | None]] = {}
        self._next_id = 0
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.timeout.connect(lambda: self._set_busy_cursor(True))

    @property
    def idle(self) -> bool:
        return not self._callbacks

    def submit(
        self, work: Callable[[], Any], on_done: Done, on_error: Failed | None = None
    ) -> None:
        """Run `work` in the worker; then `on_done(result)` or `on_error(exception)` in the GUI
        thread. Without `on_error`, a failure goes to the crash dialog."""
        self._next_id += 1
        task_id = self._next_id
        self._callbacks[task_id] = (on_done, on_error)
        if len(self._callbacks) == 1:
            self._busy_timer.start(BUSY_DELAY_MS)
        relay = self._relay

        def run() -> None:
            # Imported here, on the worker: this module loads before the login dialog shows.
            from desktop.gui.signals import emit

            try:
                result = work()
            except BaseException as error:  # handed to the GUI thread, never lost
                emit(relay.finished, task_id, None, error)
            else:
                emit(relay.finished, task_id, result, None)

        self._executor().submit(run)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until everything submitted so far has run (shutdown and tests)."""
        if self._pool is None:
            return True
        try:
            self._pool.submit(lambda: None).result(timeout=msecs / 1000)
        except TimeoutError:
            return False
        return True

    def _executor(self) -> ThreadPoolExecutor:
        if self._pool is None:
            from concurrent.futures import ThreadPoolExecutor

            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pelita-db")
        return self._pool

    def _finish(self, task_id: int, result: object, error: object) -> None:
        on_done, on_error = self._callbacks.pop(task_id)
        if not self._callbacks:
            self._busy_timer.stop()
            self._set_busy_cursor(False)
        if error is None:
            on_done(result)
        elif on_error is not None:
            assert isinstance(error, BaseException)
            on_error(error)
        else:
            assert isinstance(error, BaseException)
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)

    _cursor_set = False

    def _set_busy_cursor(self, busy: bool) -> None:
        from PySide6.QtCore import Qt

        if busy and not self._cursor_set:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self._cursor_set = True
        elif not busy and self._cursor_set:
            QApplication.restoreOverrideCursor()
            self._cursor_set = False
