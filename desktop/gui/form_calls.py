"""A form's calls to the services: each on the worker with the form's Save button off, answered
only while the form lives; and message boxes that wait until the desk is unlocked."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from shiboken6 import isValid

from desktop.gui.tasks import TaskRunner


class FormCalls:
    """`busy` while a call is under way; `failed` answers a call's error unless it names its own."""

    def __init__(
        self,
        form: QWidget,
        buttons: QDialogButtonBox,
        runner: TaskRunner,
        failed: Callable[[BaseException], None],
    ) -> None:
        self.form = form
        self.buttons = buttons
        self.runner = runner
        self.failed = failed
        self.busy = False

    def run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run on the worker with the Save button off, and answer only while the form lives."""
        self.busy = True
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)

        def answer(handler: Callable[[Any], None]) -> Callable[[Any], None]:
            def call(result: Any) -> None:
                if isValid(self.form):
                    self.busy = False
                    self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
                    handler(result)

            return call

        self.runner.submit(work, answer(done), answer(failed or self.failed))

    def when_unlocked(self, show: Callable[[], object], window: QWidget | None = None) -> None:
        """Open a box now, or once the desk is unlocked if a save answered while it was locked:
        a box opened then would stand above the lock's cover, for anyone to read."""
        cover = (window or self.form).window().findChild(QWidget, "lockOverlay")
        if cover is None:
            show()
            return
        # Not from inside the cover's destruction: the box may run an event loop of its own.
        cover.destroyed.connect(lambda: QTimer.singleShot(0, self.form, show))
