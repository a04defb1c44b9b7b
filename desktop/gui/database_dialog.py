"""Choosing which database this desk opens: an SQLite file or a PostgreSQL server.

The address is shown without its password (people read it aloud, support sees screenshots);
the password the desk already has is put back when the address is unchanged, and a server that
asks for one gets it through the password dialog rather than typed into the address.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from desktop import secret_store
from desktop.domain.errors import PelitaError
from desktop.gui.db_password_dialog import DbPasswordDialog, password_needed
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
        self.shown_url, self.known_password = secret_store.split_password(current)
        self.password_dialog: DbPasswordDialog | None = None
        self.ui.urlEdit.setText(self.shown_url.removeprefix("sqlite:///"))
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
        url = as_url(self.ui.urlEdit.text())
        if url == self.shown_url and self.known_password is not None:
            url = secret_store.with_password(url, self.known_password)
        self._check_url(url)

    def _check_url(self, url: str) -> None:
        from desktop.services.startup import check_database

        self.errors.clear()
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

        def work() -> str:
            # Only checked here; migrating waits until the app really opens it.
            check_database(url)
            return url

        self.runner.submit(work, self._accepted, lambda error: self._failed(url, error))

    def _accepted(self, url: object) -> None:
        self.url = str(url)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self.accept()

    def _failed(self, url: str, error: BaseException) -> None:
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        if not isinstance(error, PelitaError):
            raise error
        self.errors.show(error)
        if password_needed(url, error):
            self.password_dialog = DbPasswordDialog(url, self)
            self.password_dialog.password_given.connect(self._check_url)
            self.password_dialog.open()
