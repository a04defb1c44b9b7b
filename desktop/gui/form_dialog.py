"""A dialog with a form whose Save asks a service on the worker (desktop.gui.form_calls): it
closes only once the service has agreed; a refusal, the service's or the form's own ("not
rupiah"), stands next to the field it is about (desktop.gui.field_errors), the dialog grows to
show it and what was typed stays; Cancel waits while a save is under way, since its answer
decides what was kept.

A subclass builds its form and `errors`, calls `save_with(buttons, runner)`, and says in
`prepare_save()` what to ask the service and what to do with the answer. It translates its
own texts: this class has none, so every string keeps its class's translation context.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from desktop.domain.errors import PelitaError
from desktop.gui.field_errors import FieldErrors
from desktop.gui.form_calls import FormCalls
from desktop.gui.tasks import TaskRunner
from desktop.gui.user_dialogs import fit_height

# What Save does: the call for the worker, and what to do with its answer.
Submission = tuple[Callable[[], Any], Callable[[Any], None]]


class FormDialog(QDialog):
    errors: FieldErrors
    calls: FormCalls

    def save_with(self, buttons: QDialogButtonBox, runner: TaskRunner) -> None:
        """Save in `buttons` saves on `runner`; Cancel closes unless a save is under way."""
        self.calls = FormCalls(self, buttons, runner, self._failed)
        # Not connected to accept(): the dialog closes only when the service has agreed.
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

    def prepare_save(self) -> Submission:
        """The service call for what the form holds, and what to do with its answer. Raises a
        PelitaError for what is typed wrongly, shown as the service's refusals are."""
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_height(self)  # only a shown dialog is laid out: a long translation still fits

    def save(self) -> None:
        if self.calls.busy:
            return
        try:
            work, done = self.prepare_save()
        except PelitaError as error:
            self._failed(error)
            return
        self.calls.run(work, done)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, PelitaError):
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)
            return
        self.errors.show(error)
        fit_height(self)

    def reject(self) -> None:
        """Not while a save is under way: its answer decides what was kept."""
        if not self.calls.busy:
            super().reject()
