"""Settings → Backups: folders, the passphrase, backing up now and restoring, on real SQLite
files and real backups."""

from __future__ import annotations

import dataclasses
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.config import DeskConfig, load_config
from desktop.gui.app_context import AppContext
from desktop.gui.backup_tab import BackupTab
from desktop.gui.settings_page import SettingsPage
from desktop.gui.style import apply_style
from desktop.services import backups, settings
from desktop.services.backup_crypto import new_backup_key
from desktop.store.database import open_database
from desktop.store.engine import sqlite_path

PASSPHRASE = "sawah hijau di cianjur"
# scrypt is slow on purpose, and slower still on a machine busy with other tests.
SLOW_MS = 30_000


@pytest.fixture(autouse=True)
def own_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The tab saves the desk's settings file: each test in a home of its own."""
    monkeypatch.setenv("PELITA_HOME", str(tmp_path / "home"))


def _context(context: AppContext, tmp_path: Path, **config: str | None) -> AppContext:
    desk = DeskConfig(backup_folder=str(tmp_path / "backups"))._replace(**config)
    return dataclasses.replace(context, config=desk)


def _tab(qtbot: QtBot, context: AppContext) -> tuple[SettingsPage, BackupTab]:
    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.resize(900, 800)
    page.show()
    tab = page.backup_tab
    assert tab is not None
    page.ui.tabs.setCurrentWidget(tab)
    context.runner.wait()
    qtbot.waitUntil(lambda: context.runner.idle)
    return page, tab


def _db_path(context: AppContext) -> Path:
    path = sqlite_path(context.db.url)
    assert path is not None
    return path


def _select(tab: BackupTab, row: int) -> None:
    index = tab.model.index(row, 0)
    tab.ui.backupTable.selectionModel().select(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def test_back_up_now_adds_the_backup_to_the_list(
    qtbot: QtBot, admin_context: AppContext, tmp_path: Path
) -> None:
    context = _context(admin_context, tmp_path)
    _page, tab = _tab(qtbot, context)
    assert tab.ui.folderLabel.text() == str(tmp_path / "backups")
    assert tab.model.rowCount() == 0
    assert not tab.ui.restoreButton.isEnabled()
    tab.ui.backUpButton.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=SLOW_MS)
    assert "Backup made" in tab.ui.statusLabel.text()
    info = tab.model.backup_at(0)
    assert info is not None and info.reason == "manual" and not info.encrypted
    assert info.path.parent == tmp_path / "backups" and info.path.exists()
    assert tab.model.index(0, 1).data() == "made by hand"
    _select(tab, 0)
    assert tab.ui.restoreButton.isEnabled()


def test_folders_are_saved_for_the_desk_and_the_second_copy_is_made(
    qtbot: QtBot, admin_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = _context(admin_context, tmp_path)
    page, tab = _tab(qtbot, context)
    usb = tmp_path / "usb"
    usb.mkdir()
    elsewhere = tmp_path / "elsewhere"
    chosen = iter([elsewhere, usb])
    monkeypatch.setattr("desktop.gui.backup_tab.choose_folder", lambda *_args: next(chosen))
    tab.ui.folderButton.click()
    assert tab.ui.folderLabel.text() == str(elsewhere)
    assert load_config().backup_folder == str(elsewhere)
    assert str(elsewhere) in tab.ui.statusLabel.text()
    tab.ui.secondButton.click()
    assert tab.ui.secondLabel.text() == str(usb)
    assert load_config().backup_second_folder == str(usb)
    assert page.config.backup_second_folder == str(usb)  # the page saves with it later

    tab.ui.backUpButton.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=SLOW_MS)
    assert "second copy" in tab.ui.statusLabel.text()
    assert [p.name for p in usb.iterdir()] == [p.name for p in elsewhere.iterdir()]

    tab.ui.secondClearButton.click()
    assert load_config().backup_second_folder is None
    assert not tab.ui.secondClearButton.isEnabled()
    tab.ui.folderDefaultButton.click()
    assert load_config().backup_folder is None
    assert tab.ui.folderLabel.text() == str(backups.backup_place(DeskConfig()).folder)


def test_a_passphrase_typed_twice_encrypts_the_next_backups(
    qtbot: QtBot, admin_context: AppContext, tmp_path: Path
) -> None:
    context = _context(admin_context, tmp_path)
    _page, tab = _tab(qtbot, context)
    assert "not encrypted" in tab.ui.encryptionStatus.text()
    assert not tab.ui.stopEncryptingButton.isVisible()
    tab.ui.passphraseButton.click()
    dialog = tab.passphrase_dialog
    assert dialog is not None and dialog.isVisible()
    assert "lost" in dialog.ui.warningLabel.text()
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    qtbot.keyClicks(dialog.ui.passphraseEdit, PASSPHRASE)
    qtbot.keyClicks(dialog.ui.confirmEdit, "sawah hijau")
    ok.click()
    assert dialog.ui.confirmError.isVisible() and "differ" in dialog.ui.confirmError.text()
    assert dialog.ui.passphraseEdit.text() == PASSPHRASE  # nothing typed is lost

    dialog.ui.passphraseEdit.setText("pendek")
    dialog.ui.confirmEdit.setText("pendek")
    ok.click()
    qtbot.waitUntil(lambda: dialog.ui.passphraseError.isVisible(), timeout=SLOW_MS)
    assert "at least 8" in dialog.ui.passphraseError.text()
    assert load_config().backup_key is None

    dialog.ui.passphraseEdit.setText(PASSPHRASE)
    dialog.ui.confirmEdit.setText(PASSPHRASE)
    ok.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=SLOW_MS)
    key = load_config().backup_key
    assert key is not None and tab.config.backup_key == key
    assert "are encrypted" in tab.ui.encryptionStatus.text()
    assert tab.ui.stopEncryptingButton.isVisible()

    tab.ui.backUpButton.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=SLOW_MS)
    info = tab.model.backup_at(0)
    assert info is not None and info.encrypted and info.path.suffix == ".pelitabackup"
    assert b"Administrator Demo" not in info.path.read_bytes()
    assert tab.model.index(0, 2).data() == "yes"


def test_stopping_the_encryption_asks_first(
    qtbot: QtBot, admin_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = _context(admin_context, tmp_path, backup_key=new_backup_key(PASSPHRASE))
    _page, tab = _tab(qtbot, context)
    answers = iter([False, True])
    monkeypatch.setattr("desktop.gui.backup_tab.ask", lambda *_args: next(answers))
    tab.ui.stopEncryptingButton.click()
    assert tab.config.backup_key is not None
    tab.ui.stopEncryptingButton.click()
    assert tab.config.backup_key is None and load_config().backup_key is None
    assert "not encrypted" in tab.ui.encryptionStatus.text()


def test_restoring_an_encrypted_backup_asks_its_passphrase(
    qtbot: QtBot, admin_context: AppContext, tmp_path: Path
) -> None:
    context = _context(admin_context, tmp_path, backup_key=new_backup_key(PASSPHRASE))
    db_path = _db_path(context)
    place = backups.backup_place(context.config, db_path)
    taken = backups.take_backup(db_path, place, "manual", datetime.now(UTC)).backup
    # Changed after the backup: the restore brings the old value back.
    settings.update_settings(context.db, context.actor, settings.CentreSettings(30))
    _page, tab = _tab(qtbot, context)
    restored: list[Path] = []
    tab.database_restored.connect(restored.append)
    assert tab.model.rowCount() == 1
    _select(tab, 0)
    tab.ui.restoreButton.click()
    dialog = tab.restore_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.ui.passphraseEdit.isVisible()
    assert "encrypted" in dialog.ui.backupLabel.text()
    assert "safety copy" in dialog.ui.warningLabel.text()

    qtbot.keyClicks(dialog.ui.passphraseEdit, "bukan kata sandinya")
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: dialog.ui.passphraseError.isVisible(), timeout=SLOW_MS)
    assert "wrong" in dialog.ui.passphraseError.text()
    assert dialog.isVisible() and not restored
    # Nothing changed, and the desk still works on its database.
    assert settings.get_settings(context.db).idle_lock_minutes == 30

    dialog.ui.passphraseEdit.setText(PASSPHRASE)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: bool(restored), timeout=SLOW_MS)
    assert not dialog.isVisible()
    safety = restored[0]
    assert safety.exists() and "before-restore" in safety.name
    assert taken.path.exists()
    again = open_database(context.db.url)
    try:
        assert settings.get_settings(again).idle_lock_minutes == 5
    finally:
        again.close()


def test_restore_from_a_file_on_another_drive(
    qtbot: QtBot, admin_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = _context(admin_context, tmp_path)
    db_path = _db_path(context)
    usb = tmp_path / "usb"
    place = backups.backup_place(context.config._replace(backup_folder=str(usb)), db_path)
    taken = backups.take_backup(db_path, place, "manual", datetime.now(UTC)).backup
    _page, tab = _tab(qtbot, context)
    assert tab.model.rowCount() == 0  # not in this desk's folder
    monkeypatch.setattr("desktop.gui.backup_tab.choose_backup_file", lambda *_args: taken.path)
    tab.ui.restoreFileButton.click()
    dialog = tab.restore_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.ui.passphraseEdit.isVisible()
    assert str(taken.path) in dialog.ui.backupLabel.text()

    not_a_backup = tmp_path / "notes.txt"
    not_a_backup.write_text("daftar hadir")
    dialog.reject()
    monkeypatch.setattr("desktop.gui.backup_tab.choose_backup_file", lambda *_args: not_a_backup)
    tab.ui.restoreFileButton.click()
    assert tab.ui.generalError.isVisible()
    assert tab.restore_dialog is dialog  # no new dialog for a file that is no backup


def test_export_everything_is_offered_to_admins(
    qtbot: QtBot, admin_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = _context(admin_context, tmp_path)
    _page, tab = _tab(qtbot, context)
    calls: list[tuple[object, AppContext]] = []
    monkeypatch.setattr(
        "desktop.gui.archive_actions.export_everything",
        lambda parent, ctx: calls.append((parent, ctx)),
    )
    assert tab.ui.archiveGroup.isVisible() and not tab.ui.serverGroup.isVisible()
    tab.ui.exportButton.click()
    assert calls == [(tab, context)]


def test_a_clerk_has_no_backups_tab(qtbot: QtBot, clerk_context: AppContext) -> None:
    page = SettingsPage(clerk_context)
    qtbot.addWidget(page)
    assert page.backup_tab is None
    assert page.ui.tabs.count() == 1


@pytest.mark.postgres
def test_on_postgresql_the_tab_points_to_the_servers_pg_dump(
    qtbot: QtBot, admin_context: AppContext, postgres_url: str, tmp_path: Path
) -> None:
    server = open_database(postgres_url)
    try:
        context = dataclasses.replace(_context(admin_context, tmp_path), db=server)
        tab = BackupTab(context, context.config)
        qtbot.addWidget(tab)
        tab.show()
        assert tab.ui.serverGroup.isVisible()
        assert "pg_dump" in tab.ui.serverLabel.text()
        assert "postgresql-backup.md" in tab.ui.serverLabel.text()
        for group in (tab.ui.placeGroup, tab.ui.encryptionGroup, tab.ui.listGroup):
            assert not group.isVisible()
        assert tab.ui.exportButton.isVisible()
    finally:
        server.close()


def test_screenshots(
    qtbot: QtBot, admin_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The tab and its two dialogs as a desk shows them (PELITA_SHOTS=/some/folder keeps
    them)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = app.font(), app.styleSheet()
    apply_style(app, False)
    folder = Path(os.environ.get("PELITA_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        context = _context(admin_context, tmp_path, backup_second_folder=str(tmp_path / "usb"))
        db_path = _db_path(context)
        place = backups.backup_place(context.config, db_path)
        backups.take_backup(db_path, place, "before-upgrade", datetime.now(UTC))
        encrypted = place.__class__(place.folder, None, new_backup_key(PASSPHRASE), place.name)
        backups.take_backup(db_path, encrypted, "manual", datetime.now(UTC))
        page, tab = _tab(qtbot, context)
        page.resize(1100, 768)
        qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=SLOW_MS)
        assert page.grab().save(str(folder / "backup-tab.png"))
        tab.ui.passphraseButton.click()
        passphrase = tab.passphrase_dialog
        assert passphrase is not None
        qtbot.keyClicks(passphrase.ui.passphraseEdit, PASSPHRASE)
        qtbot.keyClicks(passphrase.ui.confirmEdit, "sawah")
        passphrase.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
        assert passphrase.grab().save(str(folder / "backup-passphrase-dialog.png"))
        passphrase.reject()
        _select(tab, 0)
        tab.ui.restoreButton.click()
        restore = tab.restore_dialog
        assert restore is not None
        qtbot.keyClicks(restore.ui.passphraseEdit, "salah")
        restore.restore_button.click()
        qtbot.waitUntil(lambda: restore.ui.passphraseError.isVisible(), timeout=SLOW_MS)
        assert restore.grab().save(str(folder / "backup-restore-dialog.png"))
        restore.reject()
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)
