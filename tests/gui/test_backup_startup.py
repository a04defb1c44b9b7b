"""The desk's own backups: daily (checked at start, on the worker), at exit, and a restore from
Settings taking the desk back to the login with the restored data."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from pytestqt.qtbot import QtBot

from desktop.config import DeskConfig
from desktop.gui.app import Startup
from desktop.gui.settings_page import SettingsPage
from desktop.services import backups, settings
from desktop.services.accounts import authenticate
from desktop.store.database import Database
from desktop.store.engine import sqlite_path

pytestmark = pytest.mark.usefixtures("windows_deleted_here")
SLOW_MS = 30_000


@pytest.fixture(autouse=True)
def own_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PELITA_HOME", str(tmp_path / "home"))


@pytest.fixture
def start(qtbot: QtBot) -> Iterator[Callable[[Database, DeskConfig], Startup]]:
    made: list[Startup] = []

    def make(db: Database, config: DeskConfig) -> Startup:
        db.close()  # the desk opens the file itself
        startup = Startup(db.url, False, config)
        qtbot.addWidget(startup.login)
        startup.start()
        made.append(startup)
        qtbot.waitUntil(lambda: startup.login.db is not None, timeout=SLOW_MS)
        return startup

    yield make
    for startup in made:
        if startup.window is not None:
            startup.window.close()
        startup.shutdown()


def _config(tmp_path: Path) -> DeskConfig:
    return DeskConfig(backup_folder=str(tmp_path / "backups"))


def _kinds(tmp_path: Path) -> list[str]:
    return sorted(p.name.rsplit("-", 1)[1] for p in (tmp_path / "backups").glob("pelita-*"))


def _log_in(qtbot: QtBot, startup: Startup) -> None:
    startup.login.ui.usernameEdit.setText("admin")
    startup.login.ui.passwordEdit.setText("admin-demo")
    startup.login.ui.loginButton.click()
    qtbot.waitUntil(lambda: startup.window is not None, timeout=SLOW_MS)


def test_the_daily_backup_is_made_at_start_once_a_day(
    qtbot: QtBot, gui_db: Database, tmp_path: Path, start
) -> None:  # type: ignore[no-untyped-def]
    startup = start(gui_db, _config(tmp_path))
    qtbot.waitUntil(lambda: _kinds(tmp_path) == ["daily.sqlite3"], timeout=SLOW_MS)
    assert startup.backups.timer.isActive()
    startup.backups.check_daily()  # an hour later: one from today is there already
    startup.runner.wait()
    qtbot.waitUntil(lambda: startup.runner.idle)
    assert _kinds(tmp_path) == ["daily.sqlite3"]


def test_a_backup_is_made_at_exit(qtbot: QtBot, gui_db: Database, tmp_path: Path, start) -> None:  # type: ignore[no-untyped-def]
    path = sqlite_path(gui_db.url)
    assert path is not None
    config = _config(tmp_path)
    # Today's backup is there already, so only the exit backup is new.
    backups.take_backup(path, backups.backup_place(config, path), "daily", datetime.now(UTC))
    startup = start(gui_db, config)
    _log_in(qtbot, startup)
    assert startup.window is not None
    startup.window.close()
    startup.shutdown()
    found = [p for p in (tmp_path / "backups").iterdir() if p.name.endswith("-exit.sqlite3")]
    assert len(found) == 1
    assert backups.check_integrity(found[0]).ok


def test_the_backup_folder_changed_in_settings_is_used_at_exit(
    qtbot: QtBot, gui_db: Database, tmp_path: Path, start, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    startup = start(gui_db, _config(tmp_path))
    _log_in(qtbot, startup)
    assert startup.window is not None
    page = startup.window.page(SettingsPage)
    assert page is not None and page.backup_tab is not None
    usb = tmp_path / "usb"
    monkeypatch.setattr("desktop.gui.backup_tab.choose_folder", lambda *_args: usb)
    page.backup_tab.ui.folderButton.click()
    assert startup.config.backup_folder == str(usb)
    startup.window.close()
    startup.shutdown()
    assert [p.name.rsplit("-", 1)[1] for p in usb.iterdir()] == ["exit.sqlite3"]


def test_a_restore_in_settings_takes_the_desk_back_to_the_login_with_the_restored_data(
    qtbot: QtBot, gui_db: Database, tmp_path: Path, start
) -> None:  # type: ignore[no-untyped-def]
    path = sqlite_path(gui_db.url)
    assert path is not None
    config = _config(tmp_path)
    backups.take_backup(path, backups.backup_place(config, path), "manual", datetime.now(UTC))
    admin = authenticate(gui_db, "admin", "admin-demo")
    settings.update_settings(gui_db, admin, settings.CentreSettings(30))  # after the backup
    startup = start(gui_db, config)
    _log_in(qtbot, startup)
    assert startup.window is not None
    page = startup.window.page(SettingsPage)
    assert page is not None and page.backup_tab is not None
    tab = page.backup_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() >= 1, timeout=SLOW_MS)
    row = next(
        r
        for r in range(tab.model.rowCount())
        if tab.model.backup_at(r).reason == "manual"  # type: ignore[union-attr]
    )
    tab.ui.backupTable.selectionModel().select(
        tab.model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    tab.ui.restoreButton.click()
    dialog = tab.restore_dialog
    assert dialog is not None
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: startup.window is None, timeout=SLOW_MS)
    assert startup.login.isVisible()
    qtbot.waitUntil(lambda: startup.login.db is not None, timeout=SLOW_MS)
    note = startup.login.ui.statusLabel
    assert note.isVisible() and "restored" in note.text() and "before-restore" in note.text()
    assert startup.opened is not None
    assert startup.opened.idle_lock_minutes == 5  # the value in the backup
    _log_in(qtbot, startup)
