"""Choosing which database this desk opens: an SQLite file or a PostgreSQL server."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from desktop.domain.errors import PelitaError
from desktop.gui.dialogs import localise_buttons
from desktop.gui.field_errors import FieldErrors
from desktop.gui.forms.ui_database_dialog import Ui_DatabaseDialog
from desktop.gui.tasks import TaskRunner


def as_url(text: str) -> str:
    """A typed path becomes an SQLite URL; anything with :// is taken as a URL."""
    value = text.strip()
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


class DatabaseDialog(QDialog):
    """Checks the database really opens (on the worker) before accepting it."""

    def __init__(self, runner: TaskRunner, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DatabaseDialog()
        self.ui.setupUi(self)
        localise_buttons(self.ui.buttonBox)
        self.runner = runner
        self.url = ""
        self.ui.urlEdit.setText(current.removeprefix("sqlite:///"))
        self.errors = FieldErrors(
            self.ui.urlError, {"database_url": (self.ui.urlEdit, self.ui.urlError)}
        )
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.buttonBox.accepted.connect(self._check)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Database file"),
            self.ui.urlEdit.text(),
            self.tr("Pelita database (*.sqlite3);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.ui.urlEdit.setText(path)

    def _check(self) -> None:
        from desktop.services.startup import check_database

        url = as_url(self.ui.urlEdit.text())
        self.errors.clear()
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

        def work() -> str:
            # Only checked here; migrating waits until the app really opens it.
            check_database(url)
            return url

        self.runner.submit(work, self._accepted, self._failed)

    def _accepted(self, url: object) -> None:
        self.url = str(url)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        if not isinstance(error, PelitaError):
            raise error
        self.errors.show(error)
