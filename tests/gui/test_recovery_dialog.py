"""A database file damaged at start (a power cut): the recovery dialog instead of an error,
restoring the newest good backup, with its passphrase when it is encrypted."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.config import DeskConfig
from desktop.gui.app import Startup
from desktop.gui.style import apply_style
from desktop.paths import sqlite_url
from desktop.services import backups
from desktop.services.backup_crypto import new_backup_key
from desktop.services.backups import BackupInfo
from desktop.store.database import Database
from desktop.store.engine import sqlite_path

pytestmark = pytest.mark.usefixtures("windows_deleted_here")
PASSPHRASE = "padi menguning di sawah"
StartupFactory = Callable[[str, DeskConfig], Startup]


@pytest.fixture
def start(qtbot: QtBot) -> Iterator[StartupFactory]:
    made: list[Startup] = []

    def make(url: str, config: DeskConfig) -> Startup:
        startup = Startup(url, False, config)
        qtbot.addWidget(startup.login)
        startup._quit = lambda: None  # type: ignore[method-assign]  # the test goes on
        startup.start()
        made.append(startup)
        return startup

    yield make
    for startup in made:
        if startup.window is not None:
            startup.window.close()
        startup.shutdown()


def _backed_up_then_damaged(db: Database, config: DeskConfig) -> tuple[Path, BackupInfo]:
    """A backup of the demo centre, then the file damaged as a power cut may leave it."""
    path = sqlite_path(db.url)
    assert path is not None
    taken = backups.take_backup(
        path, backups.backup_place(config, path), "daily", datetime.now(UTC)
    ).backup
    db.close()
    with path.open("r+b") as handle:
        handle.seek(4096 * 3)  # keep the header page: the file still looks like SQLite
        handle.write(os.urandom(4096 * 20))
    return path, taken


def _recovery(qtbot: QtBot, startup: Startup):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(
        lambda: startup.recovery is not None and startup.recovery.isVisible(), timeout=20_000
    )
    assert startup.recovery is not None
    return startup.recovery


def test_a_damaged_file_leads_to_its_newest_backup_and_opens_once_restored(
    qtbot: QtBot, gui_db: Database, tmp_path: Path, start: StartupFactory
) -> None:
    config = DeskConfig(backup_folder=str(tmp_path / "backups"))
    path, taken = _backed_up_then_damaged(gui_db, config)
    startup = start(sqlite_url(path), config)
    dialog = _recovery(qtbot, startup)
    assert str(path) in dialog.ui.explanationLabel.text()
    assert "power cut" in dialog.ui.explanationLabel.text()
    assert taken.path.name in dialog.ui.backupLabel.text()
    assert "encrypted" not in dialog.ui.backupLabel.text()
    assert not dialog.ui.passphraseEdit.isVisible()
    assert startup.login.db is None

    dialog.ui.restoreButton.click()
    qtbot.waitUntil(lambda: startup.login.db is not None, timeout=20_000)
    assert startup.recovery is None
    note = startup.login.ui.statusLabel
    assert note.isVisible() and "damaged file is kept" in note.text()
    kept = list(path.parent.glob("pelita-*-damaged.sqlite3"))
    assert len(kept) == 1 and str(kept[0]) in note.text()
    assert backups.check_integrity(path).ok
    startup.login.ui.usernameEdit.setText("admin")
    startup.login.ui.passwordEdit.setText("admin-demo")
    startup.login.ui.loginButton.click()
    qtbot.waitUntil(lambda: startup.window is not None, timeout=20_000)


def test_an_encrypted_backup_asks_its_passphrase_wrong_then_right(
    qtbot: QtBot, gui_db: Database, tmp_path: Path, start: StartupFactory
) -> None:
    config = DeskConfig(
        backup_folder=str(tmp_path / "backups"), backup_key=new_backup_key(PASSPHRASE)
    )
    path, taken = _backed_up_then_damaged(gui_db, config)
    startup = start(sqlite_url(path), config)
    dialog = _recovery(qtbot, startup)
    assert taken.encrypted and "encrypted" in dialog.ui.backupLabel.text()
    assert dialog.ui.passphraseEdit.isVisible()

    qtbot.keyClicks(dialog.ui.passphraseEdit, "bukan ini")
    dialog.ui.restoreButton.click()
    qtbot.waitUntil(lambda: dialog.ui.passphraseError.isVisible(), timeout=30_000)
    assert "wrong" in dialog.ui.passphraseError.text()
    assert dialog.isVisible() and dialog.ui.restoreButton.isEnabled()
    assert not backups.check_integrity(path).ok  # nothing was touched

    dialog.ui.passphraseEdit.setText(PASSPHRASE)
    dialog.ui.restoreButton.click()
    qtbot.waitUntil(lambda: startup.login.db is not None, timeout=20_000)
    assert backups.check_integrity(path).ok


def test_without_a_backup_in_the_folder_another_one_is_chosen(
    qtbot: QtBot,
    gui_db: Database,
    tmp_path: Path,
    start: StartupFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    on_usb = DeskConfig(backup_folder=str(tmp_path / "usb"))
    path, taken = _backed_up_then_damaged(gui_db, on_usb)
    config = DeskConfig(backup_folder=str(tmp_path / "empty"))
    startup = start(sqlite_url(path), config)
    dialog = _recovery(qtbot, startup)
    assert "No good backup" in dialog.ui.backupLabel.text()
    assert not dialog.ui.restoreButton.isEnabled()
    monkeypatch.setattr("desktop.gui.recovery_dialog.choose_backup_file", lambda *_a: taken.path)
    dialog.ui.chooseButton.click()
    assert str(taken.path) in dialog.ui.backupLabel.text()
    assert dialog.ui.restoreButton.isEnabled()
    dialog.ui.restoreButton.click()
    qtbot.waitUntil(lambda: startup.login.db is not None, timeout=20_000)


def test_quit_leaves_the_damaged_file_as_it_was(
    qtbot: QtBot, gui_db: Database, tmp_path: Path, start: StartupFactory
) -> None:
    config = DeskConfig(backup_folder=str(tmp_path / "backups"))
    path, _taken = _backed_up_then_damaged(gui_db, config)
    before = path.read_bytes()
    startup = start(sqlite_url(path), config)
    quits: list[bool] = []
    startup._quit = lambda: quits.append(True)  # type: ignore[method-assign]
    dialog = _recovery(qtbot, startup)
    dialog.ui.quitButton.click()
    assert quits == [True]
    assert path.read_bytes() == before
    assert "damaged" in startup.login.ui.formError.text()


def test_screenshot(qtbot: QtBot, gui_db: Database, tmp_path: Path, start: StartupFactory) -> None:
    """PELITA_SHOTS=/some/folder keeps it."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = app.font(), app.styleSheet()
    apply_style(app, False)
    folder = Path(os.environ.get("PELITA_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        config = DeskConfig(
            backup_folder=str(tmp_path / "backups"), backup_key=new_backup_key(PASSPHRASE)
        )
        path, _taken = _backed_up_then_damaged(gui_db, config)
        dialog = _recovery(qtbot, start(sqlite_url(path), config))
        qtbot.wait(20)
        assert dialog.grab().save(str(folder / "recovery-dialog.png"))
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)
