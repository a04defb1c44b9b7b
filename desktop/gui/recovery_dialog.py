"""At start, instead of an error: the database file failed its integrity check.

What happened in plain words, the newest good backup (when it was taken, whether it is
encrypted), its passphrase if needed, and three ways on: restore it (the damaged file is kept
as a safety copy), choose another backup file (one on the USB drive, say), or quit. The restore
runs on the worker; the start-up controller opens the database again once it is done.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from desktop.domain.errors import PelitaError
from desktop.gui.backup_dialogs import (
    PassphraseRestore,
    backup_info_of,
    choose_backup_file,
    describe_backup,
)
from desktop.gui.forms.ui_recovery_dialog import Ui_RecoveryDialog
from desktop.gui.tasks import TaskRunner
from desktop.gui.user_dialogs import _FittingDialog, fit_height
from desktop.services import backups
from desktop.services.backups import BackupInfo, BackupPlace, DatabaseDamaged


class RecoveryDialog(_FittingDialog):
    """Accepted once a backup has been restored over the damaged file (`safety_copy` then
    names the kept damaged file); rejected by Quit."""

    def __init__(
        self,
        runner: TaskRunner,
        damaged: DatabaseDamaged,
        place: BackupPlace,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.damaged = damaged
        self.place = place
        self.backup: BackupInfo | None = None
        self.safety_copy: Path | None = None
        self.ui = Ui_RecoveryDialog()
        self.ui.setupUi(self)
        ui = self.ui
        problem = damaged.problems[0] if damaged.problems else ""
        ui.explanationLabel.setText(
            self.tr(
                "Pelita checks the database file every time it starts, and found %1 "
                "damaged. This happens after a power cut or with a failing disk. Nothing "
                "has been changed.\n\nRestore a backup to go on working. The damaged file "
                "is kept as a safety copy, and whatever was entered after the backup was "
                "taken has to be entered again.\n\nWhat SQLite reported: %2"
            )
            .replace("%1", str(damaged.path))
            .replace("%2", problem)
        )
        self.part = PassphraseRestore(
            runner,
            ui.passphraseEdit,
            ui.passphraseLabel,
            ui.passphraseError,
            ui.formError,
            ui.statusLabel,
        )
        ui.restoreButton.clicked.connect(self._restore)
        ui.chooseButton.clicked.connect(self._choose)
        ui.quitButton.clicked.connect(self.reject)
        self._show_backup(damaged.newest_good)

    def _show_backup(self, backup: BackupInfo | None) -> None:
        self.backup = backup
        ui = self.ui
        if backup is None:
            ui.backupLabel.setText(
                self.tr(
                    "No good backup was found in %1. If there is one elsewhere, for example "
                    "on a USB drive, choose it."
                ).replace("%1", str(self.place.folder))
            )
            ui.chooseButton.setFocus()
        else:
            ui.backupLabel.setText(
                self.tr("Newest good backup: %1\n%2")
                .replace("%1", describe_backup(backup))
                .replace("%2", str(backup.path))
            )
        ui.restoreButton.setEnabled(backup is not None)
        self.part.show_passphrase(backup is not None and backup.encrypted)
        if backup is not None and not backup.encrypted:
            ui.restoreButton.setFocus()
        fit_height(self)

    def _choose(self) -> None:
        chosen = choose_backup_file(self, self.place.folder)
        if chosen is None:
            return
        try:
            info = backup_info_of(chosen)
        except PelitaError as error:
            self.part.errors.show(error)
            fit_height(self)
            return
        self._show_backup(info)

    def _restore(self) -> None:
        backup, target, place = self.backup, self.damaged.path, self.place
        if backup is None:
            return
        self._enable(False)

        def run(passphrase: str | None) -> Path:
            return backups.restore_backup(backup.path, target, passphrase, _now(), place)

        self.part.start(run, self._restored, self._failed)

    def _restored(self, safety_copy: Path) -> None:
        self.safety_copy = safety_copy
        if isValid(self):
            self.accept()

    def _failed(self) -> None:
        self._enable(True)
        fit_height(self)

    def _enable(self, on: bool) -> None:
        for button in (self.ui.restoreButton, self.ui.chooseButton, self.ui.quitButton):
            button.setEnabled(on)


def _now() -> datetime:
    return datetime.now(UTC)
