"""Dialogs of the Backups tab: the passphrase that locks the backups, and restoring one.

Both run their slow part on the worker (scrypt is slow on purpose, a restore copies the whole
file) and close only when the service agreed; a wrong passphrase or a damaged backup is shown
next to the field at fault, and what was typed stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QLineEdit, QWidget
from shiboken6 import isValid

from desktop.domain.errors import PelitaError, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.gui.dialogs import localise_buttons
from desktop.gui.field_errors import FieldErrors
from desktop.gui.formatting import show_date_time
from desktop.gui.forms.ui_backup_passphrase_dialog import Ui_BackupPassphraseDialog
from desktop.gui.forms.ui_backup_restore_dialog import Ui_BackupRestoreDialog
from desktop.gui.message_line import show_message
from desktop.gui.signals import emit
from desktop.gui.tasks import TaskRunner
from desktop.gui.user_dialogs import _FittingDialog, fit_height
from desktop.services.backup_errors import PASSPHRASES_DIFFER

SQLITE_HEADER = b"SQLite format 3\x00"

if TYPE_CHECKING:
    from desktop.services.backups import BackupInfo


_REASONS = {
    "exit": QT_TRANSLATE_NOOP("BackupTexts", "when Pelita closed"),
    "daily": QT_TRANSLATE_NOOP("BackupTexts", "daily"),
    "manual": QT_TRANSLATE_NOOP("BackupTexts", "made by hand"),
    "before-restore": QT_TRANSLATE_NOOP("BackupTexts", "safety copy before a restore"),
    "damaged": QT_TRANSLATE_NOOP("BackupTexts", "the damaged file, kept"),
    "before-upgrade": QT_TRANSLATE_NOOP("BackupTexts", "before an upgrade"),
}

# What a restore runs on the worker with the passphrase typed (None: not encrypted); it returns
# the safety copy of the file it replaced.
RestoreCall = Callable[[str | None], Path]


def reason_text(reason: str) -> str:
    source = _REASONS.get(reason)
    if source is None:  # a file renamed by hand, or a reason of a newer Pelita
        return reason or QCoreApplication.translate("BackupTexts", "backup file")
    return QCoreApplication.translate("BackupTexts", source)


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def describe_backup(info: BackupInfo) -> str:
    """ "23 November 2026 17.05, when Pelita closed, encrypted, 4.2 MB" in the desk's language."""
    parts = [show_date_time(info.taken_at), reason_text(info.reason)]
    if info.encrypted:
        parts.append(QCoreApplication.translate("BackupTexts", "encrypted"))
    parts.append(size_text(info.size))
    return ", ".join(parts)


def backup_info_of(path: Path) -> BackupInfo:
    """What a chosen file is (taken when, why, encrypted), from its name as Pelita wrote it;
    a renamed file counts as a backup taken when it was last written. BackupError("backup")
    when it is not a backup at all."""
    from desktop.services import backup_files
    from desktop.services.backup_crypto import is_encrypted
    from desktop.services.backup_errors import NOT_A_BACKUP, BackupError
    from desktop.services.backups import BackupInfo

    try:
        stat = path.stat()
        with path.open("rb") as handle:
            start = handle.read(len(SQLITE_HEADER))
        encrypted = is_encrypted(path)
    except OSError:
        raise BackupError(NOT_A_BACKUP, "backup", file=path.name) from None
    if not encrypted and start != SQLITE_HEADER:
        raise BackupError(NOT_A_BACKUP, "backup", file=path.name)
    found = re.match(r"(.+?)-\d{8}-\d{6}-", path.name)
    named = backup_files.parse_name(found[1], path.name) if found else None
    if named is not None:
        return BackupInfo(path, named.taken_at, named.reason, encrypted, stat.st_size)
    return BackupInfo(path, datetime.fromtimestamp(stat.st_mtime, UTC), "", encrypted, stat.st_size)


def choose_backup_file(parent: QWidget, folder: Path) -> Path | None:
    """A backup file from anywhere (another folder, a USB drive); None when cancelled."""
    path, _filter = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("BackupTexts", "Choose a backup"), str(folder)
    )
    return Path(path) if path else None


def choose_folder(parent: QWidget, title: str, start: Path) -> Path | None:
    path = QFileDialog.getExistingDirectory(parent, title, str(start))
    return Path(path) if path else None


class PassphraseDialog(_FittingDialog):
    """A new passphrase, typed twice. After OK `backup_key` holds the text for
    DeskConfig.backup_key (a new key pair: backups made before keep their own passphrase)."""

    def __init__(self, runner: TaskRunner, changing: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.backup_key: str | None = None
        self.ui = Ui_BackupPassphraseDialog()
        self.ui.setupUi(self)
        localise_buttons(self.ui.buttonBox)
        if changing:
            self.setWindowTitle(self.tr("Change the passphrase"))
            intro = self.tr(
                "The next backups are locked with the new passphrase. Backups made before "
                "still open only with the passphrase they were made with."
            )
        else:
            intro = self.tr(
                "From now on every backup is locked with this passphrase. Pelita makes them "
                "without asking for it; restoring one asks for it."
            )
        self.ui.introLabel.setText(intro)
        self.errors = FieldErrors(
            self.ui.formError,
            {
                "passphrase": (self.ui.passphraseEdit, self.ui.passphraseError),
                "confirm": (self.ui.confirmEdit, self.ui.confirmError),
            },
        )
        self.ui.buttonBox.accepted.connect(self._save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.passphraseEdit.setFocus()

    def _save(self) -> None:
        passphrase = self.ui.passphraseEdit.text()
        if passphrase != self.ui.confirmEdit.text():
            self._show_error(ValidationError(PASSPHRASES_DIFFER, "confirm"))
            return
        from desktop.services.backup_crypto import new_backup_key

        self.errors.clear()
        self.ui.buttonBox.setEnabled(False)
        self.runner.submit(lambda: new_backup_key(passphrase), self._made, self._failed)

    def _made(self, backup_key: str) -> None:
        if not isValid(self):  # closed while scrypt ran
            return
        self.backup_key = backup_key
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, PelitaError):
            raise error
        if not isValid(self):
            return
        self.ui.buttonBox.setEnabled(True)
        self._show_error(error)

    def _show_error(self, error: PelitaError) -> None:
        self.errors.show(error)
        fit_height(self)


class PassphraseRestore:
    """The part the restore and recovery dialogs share: the passphrase field (shown for an
    encrypted backup), the restore on the worker, and the error next to the passphrase."""

    def __init__(
        self,
        runner: TaskRunner,
        edit: QLineEdit,
        edit_label: QLabel,
        edit_error: QLabel,
        form_error: QLabel,
        status: QLabel,
    ) -> None:
        self.runner = runner
        self.edit, self.edit_label, self.status = edit, edit_label, status
        self.errors = FieldErrors(form_error, {"passphrase": (edit, edit_error)})
        self.encrypted = False
        show_message(status, "", "hint")

    def show_passphrase(self, encrypted: bool) -> None:
        self.encrypted = encrypted
        self.errors.clear()
        self.edit.setVisible(encrypted)
        self.edit_label.setVisible(encrypted)
        if encrypted:
            self.edit.setFocus()

    def start(
        self, restore: RestoreCall, done: Callable[[Path], None], failed: Callable[[], None]
    ) -> None:
        passphrase = self.edit.text() if self.encrypted else None
        self.errors.clear()
        show_message(
            self.status,
            QCoreApplication.translate(
                "BackupTexts", "Restoring the backup… this may take a minute."
            ),
            "hint",
        )

        def on_error(error: BaseException) -> None:
            if not isinstance(error, PelitaError):
                raise error
            if not isValid(self.status):  # the dialog went away meanwhile
                return
            show_message(self.status, "", "hint")
            if error.field == "passphrase" and not self.encrypted:
                # A file from elsewhere that turned out to be encrypted: ask for it now.
                self.show_passphrase(True)
            self.errors.show(error)
            failed()

        self.runner.submit(lambda: restore(passphrase), done, on_error)


class RestoreDialog(_FittingDialog):
    """Restoring `backup` over the open database, after saying plainly what that does.

    `restored` carries the safety copy of the file replaced; whoever opened the dialog then
    reopens the database (the accounts and everything else may differ in the backup)."""

    restored = Signal(object)  # Path of the safety copy

    def __init__(
        self,
        runner: TaskRunner,
        backup: BackupInfo,
        restore: RestoreCall,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.backup = backup
        self.restore = restore
        self.safety_copy: Path | None = None
        self.ui = Ui_BackupRestoreDialog()
        self.ui.setupUi(self)
        localise_buttons(self.ui.buttonBox)
        self.restore_button = self.ui.buttonBox.addButton(
            self.tr("Replace the data with this backup"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ui.backupLabel.setText(
            self.tr("Backup of %1\n%2")
            .replace("%1", describe_backup(backup))
            .replace("%2", str(backup.path))
        )
        self.part = PassphraseRestore(
            runner,
            self.ui.passphraseEdit,
            self.ui.passphraseLabel,
            self.ui.passphraseError,
            self.ui.formError,
            self.ui.statusLabel,
        )
        self.part.show_passphrase(backup.encrypted)
        self.ui.buttonBox.accepted.connect(self._restore)
        self.ui.buttonBox.rejected.connect(self.reject)
        if not backup.encrypted:
            self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setFocus()

    def _restore(self) -> None:
        self.ui.buttonBox.setEnabled(False)
        self.part.start(self.restore, self._done, self._failed)

    def _done(self, safety_copy: Path) -> None:
        self.safety_copy = safety_copy
        if isValid(self):
            self.accept()
            emit(self.restored, safety_copy)

    def _failed(self) -> None:
        self.ui.buttonBox.setEnabled(True)
        fit_height(self)
