"""Settings → Backups (admins): where the SQLite file's backups go, their passphrase, the list
of backups with "Back up now" and "Restore…", and "Export everything…" for any database.

The folders and the key are the desk's own settings (DeskConfig), so they are saved to the
desk's settings file at once and announced by `config_changed`; the start-up controller uses
them for the backups at exit and every day (desktop.gui.app). A restore replaces the database
under everyone's feet, so the tab only announces it (`database_restored`) and the controller
takes the desk back to the login with the restored data. On PostgreSQL the backups are the
server's business (pg_dump): the tab says so and offers only the archive.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QWidget
from shiboken6 import isValid

from desktop.config import DeskConfig, save_config
from desktop.domain.errors import PelitaError
from desktop.domain.roles import Permission
from desktop.gui.app_context import AppContext
from desktop.gui.backup_dialogs import (
    PassphraseDialog,
    RestoreDialog,
    backup_info_of,
    choose_backup_file,
    choose_folder,
    describe_backup,
    reason_text,
    size_text,
)
from desktop.gui.dialogs import ask
from desktop.gui.field_errors import FieldErrors
from desktop.gui.formatting import show_date_time
from desktop.gui.forms.ui_backup_tab import Ui_BackupTab
from desktop.gui.i18n import message
from desktop.gui.message_line import show_message
from desktop.gui.row_list_model import RowListModel
from desktop.gui.signals import emit
from desktop.services import backup_restore, backups
from desktop.services.backups import BackupInfo, BackupPlace, BackupResult
from desktop.services.desk_backups import database_file

Index = QModelIndex | QPersistentModelIndex
PG_DUMP_DOC = "docs/postgresql-backup.md"


def _now() -> datetime:
    return datetime.now(UTC)


class BackupsModel(RowListModel):
    def titles(self) -> list[str]:
        return [self.tr("Taken"), self.tr("Kind"), self.tr("Encrypted"), self.tr("Size")]

    def backup_at(self, row: int) -> BackupInfo | None:
        info: BackupInfo | None = self.item_at(row)
        return info

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        info = self.backup_at(index.row()) if index.isValid() else None
        if info is None:
            return None
        if role == Qt.ItemDataRole.UserRole:  # backups have no id: their file names them
            return str(info.path)
        return self.cell(info, index.column(), role)

    def cell(self, item: BackupInfo, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(item.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return show_date_time(item.taken_at)
        if column == 1:
            return reason_text(item.reason)
        if column == 2:
            return self.tr("yes") if item.encrypted else self.tr("no")
        return size_text(item.size)


class BackupTab(QWidget):
    config_changed = Signal(object)  # DeskConfig, already saved
    database_restored = Signal(object)  # Path of the safety copy of the replaced file

    def __init__(
        self, context: AppContext, config: DeskConfig, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_BackupTab()
        self.ui.setupUi(self)
        self.context = context
        self.config = config
        self.db_path: Path | None = database_file(context.db.url)
        # The open dialogs and the export, kept so tests (and nothing else) reach them.
        self.passphrase_dialog: PassphraseDialog | None = None
        self.restore_dialog: RestoreDialog | None = None
        self.export_job: object = None
        self.model = BackupsModel(self)
        ui = self.ui
        ui.backupTable.setModel(self.model)
        ui.backupTable.verticalHeader().hide()
        header = ui.backupTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.errors = FieldErrors(
            ui.generalError,
            {
                "folder": (ui.folderButton, ui.folderError),
                "second_folder": (ui.secondButton, ui.secondError),
            },
        )
        show_message(ui.statusLabel, "", "ok")
        on_sqlite = self.db_path is not None
        for widget in (ui.introLabel, ui.placeGroup, ui.encryptionGroup, ui.listGroup):
            widget.setVisible(on_sqlite)
        ui.serverGroup.setVisible(not on_sqlite)
        ui.serverLabel.setText(
            self.tr(
                "This desk uses a PostgreSQL server. Its backups are made on the server with "
                "pg_dump, every night, by whoever looks after the server: the routine is in "
                "%1 in Pelita's folder. Pelita's own backups are for the database file of a "
                "desk working alone."
            ).replace("%1", PG_DUMP_DOC)
        )
        ui.archiveGroup.setVisible(context.actor.may(Permission.MANAGE_CENTRE))
        ui.folderButton.clicked.connect(self._choose_folder)
        ui.folderDefaultButton.clicked.connect(lambda: self._set_folder(None))
        ui.secondButton.clicked.connect(self._choose_second_folder)
        ui.secondClearButton.clicked.connect(lambda: self._set_second_folder(None))
        ui.passphraseButton.clicked.connect(self._set_passphrase)
        ui.stopEncryptingButton.clicked.connect(self._stop_encrypting)
        ui.backUpButton.clicked.connect(self.back_up_now)
        ui.restoreButton.clicked.connect(self.restore_selected)
        ui.restoreFileButton.clicked.connect(self._restore_file)
        ui.exportButton.clicked.connect(self._export_everything)
        ui.backupTable.selectionModel().selectionChanged.connect(self._selection_changed)
        ui.backupTable.doubleClicked.connect(self.restore_selected)
        self._show_config()
        self._selection_changed()
        if on_sqlite:
            self.refresh()

    def place(self) -> BackupPlace:
        return backups.backup_place(self.config, self.db_path)

    def _show_config(self) -> None:
        ui, config, place = self.ui, self.config, self.place()
        ui.folderLabel.setText(str(place.folder))
        ui.folderDefaultButton.setEnabled(config.backup_folder is not None)
        second = place.second_folder
        ui.secondLabel.setText(str(second) if second else self.tr("None"))
        ui.secondClearButton.setEnabled(second is not None)
        encrypted = config.backup_key is not None
        if encrypted:
            ui.encryptionStatus.setText(
                self.tr(
                    "Backups are encrypted: without the passphrase nobody can read them, "
                    "not even someone who takes this PC or the USB drive."
                )
            )
            ui.passphraseButton.setText(self.tr("Change the &passphrase…"))
        else:
            ui.encryptionStatus.setText(
                self.tr(
                    "Backups are not encrypted: anyone who has this PC or the backup drive "
                    "can read the people's data in them."
                )
            )
            ui.passphraseButton.setText(self.tr("&Encrypt backups…"))
        ui.stopEncryptingButton.setVisible(encrypted)

    def _save(self, config: DeskConfig, done: str) -> bool:
        try:
            save_config(config)
        except OSError as error:
            show_message(self.ui.statusLabel, "", "ok")
            self.ui.generalError.setText(
                self.tr("Cannot save the desk's settings: %1").replace("%1", str(error))
            )
            self.ui.generalError.show()
            return False
        self.config = config
        self._show_config()
        show_message(self.ui.statusLabel, done, "ok")
        emit(self.config_changed, config)
        return True

    # --- where backups go ---

    def _choose_folder(self) -> None:
        chosen = choose_folder(self, self.tr("Folder for the backups"), self.place().folder)
        if chosen is not None:
            self._set_folder(chosen)

    def _set_folder(self, folder: Path | None) -> None:
        self.errors.clear()
        config = self.config._replace(backup_folder=str(folder) if folder else None)
        target = backups.backup_place(config, self.db_path).folder
        if self._save(
            config, self.tr("Saved: the next backups go to %1.").replace("%1", str(target))
        ):
            self.refresh()

    def _choose_second_folder(self) -> None:
        start = self.place().second_folder or Path.home()
        chosen = choose_folder(self, self.tr("Folder for a second copy"), start)
        if chosen is not None:
            self._set_second_folder(chosen)

    def _set_second_folder(self, folder: Path | None) -> None:
        self.errors.clear()
        config = self.config._replace(backup_second_folder=str(folder) if folder else None)
        if folder is None:
            done = self.tr("Saved: no second copy is made.")
        else:
            done = self.tr("Saved: every backup is also copied to %1.").replace("%1", str(folder))
        self._save(config, done)

    # --- encryption ---

    def _set_passphrase(self) -> None:
        changing = self.config.backup_key is not None
        dialog = PassphraseDialog(self.context.runner, changing, self)
        dialog.accepted.connect(lambda: self._passphrase_set(dialog))
        self.passphrase_dialog = dialog
        dialog.open()

    def _passphrase_set(self, dialog: PassphraseDialog) -> None:
        if dialog.backup_key is not None:
            self._save(
                self.config._replace(backup_key=dialog.backup_key),
                self.tr("Saved: the next backups are encrypted with the new passphrase."),
            )

    def _stop_encrypting(self) -> None:
        if not ask(
            self,
            self.tr("Stop encrypting backups?"),
            self.tr(
                "The next backups can be read by anyone who has this PC or the backup drive. "
                "Backups made before stay encrypted and still need their passphrase."
            ),
            self.tr("Stop encrypting"),
        ):
            return
        self._save(
            self.config._replace(backup_key=None),
            self.tr("Saved: the next backups are not encrypted."),
        )

    # --- the list, backing up and restoring ---

    def refresh(self) -> None:
        place = self.place()
        self.context.runner.submit(lambda: backups.list_backups(place), self._listed, self._failed)

    def _listed(self, found: list[BackupInfo]) -> None:
        if not isValid(self):  # the window closed (a logout) while the worker looked
            return
        self.model.replace_rows(found)
        self._selection_changed()

    def _failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        self.ui.backUpButton.setEnabled(True)
        if not isinstance(error, PelitaError):
            raise error
        show_message(self.ui.statusLabel, "", "ok")
        self.errors.show(error)

    def _selection_changed(self) -> None:
        self.ui.restoreButton.setEnabled(self.selected() is not None)

    def selected(self) -> BackupInfo | None:
        rows = self.ui.backupTable.selectionModel().selectedRows()
        return self.model.backup_at(rows[0].row()) if rows else None

    def back_up_now(self) -> None:
        db_path, place = self.db_path, self.place()
        if db_path is None:
            return
        self.errors.clear()
        self.ui.backUpButton.setEnabled(False)
        show_message(self.ui.statusLabel, self.tr("Backing up…"), "hint")
        self.context.runner.submit(
            lambda: backups.take_backup(db_path, place, "manual", _now()),
            self._backed_up,
            self._failed,
        )

    def _backed_up(self, result: BackupResult) -> None:
        if not isValid(self):
            return
        self.ui.backUpButton.setEnabled(True)
        text = self.tr("Backup made: %1.").replace("%1", describe_backup(result.backup))
        if result.second_copy is not None:
            text += " " + self.tr("A second copy is in %1.").replace(
                "%1", str(result.second_copy.parent)
            )
        show_message(self.ui.statusLabel, text, "ok")
        if result.second_problem is not None:
            self.ui.secondError.setText(message(result.second_problem))
            self.ui.secondError.show()
        self.refresh()

    def restore_selected(self) -> None:
        info = self.selected()
        if info is not None:
            self.restore(info)

    def _restore_file(self) -> None:
        chosen = choose_backup_file(self, self.place().folder)
        if chosen is None:
            return
        self.errors.clear()
        try:
            info = backup_info_of(chosen)
        except PelitaError as error:
            self.ui.generalError.setText(message(error))
            self.ui.generalError.show()
            return
        self.restore(info)

    def restore(self, info: BackupInfo) -> None:
        db, actor, place = self.context.db, self.context.actor, self.place()

        def run(passphrase: str | None) -> Path:
            # Closes the database only once the backup is known to be usable: a wrong
            # passphrase leaves this desk working as it was.
            return backup_restore.restore_from_settings(
                db, actor, info.path, passphrase, _now(), place
            )

        dialog = RestoreDialog(self.context.runner, info, run, self)
        dialog.restored.connect(self._restored)
        self.restore_dialog = dialog
        dialog.open()

    def _restored(self, safety_copy: Path) -> None:
        emit(self.database_restored, safety_copy)

    def _export_everything(self) -> None:
        from desktop.gui.archive_actions import export_everything

        self.export_job = export_everything(self, self.context)
