"""Export everything from the window, and "Import an archive…" in the setup wizard of a new
database: real widgets, real databases, the work on its own thread."""

from __future__ import annotations

import os
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget, QWizard
from pytestqt.qtbot import QtBot

from desktop.gui import archive_actions, setup_wizard
from desktop.gui.app_context import AppContext
from desktop.gui.archive_actions import ArchiveExport, export_everything
from desktop.gui.setup_wizard import SetupWizard
from desktop.gui.style import apply_style
from desktop.paths import sqlite_url
from desktop.services import centre
from desktop.services.accounts import authenticate
from desktop.services.archive_export import export_everything as write_archive
from desktop.store.database import Database, open_database

pytestmark = pytest.mark.usefixtures("windows_deleted_here")


@pytest.fixture
def host(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def empty_db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(sqlite_url(tmp_path / "new-desk.sqlite3"))
    yield database
    database.close()


@pytest.fixture
def archive(admin_context: AppContext, tmp_path: Path) -> Path:
    path = tmp_path / "centre.zip"
    write_archive(admin_context.db, admin_context.actor, path)
    return path


def _finished(qtbot: QtBot, export: ArchiveExport) -> str:
    qtbot.waitUntil(lambda: export.message_box is not None, timeout=30_000)
    assert export.message_box is not None and not export.running
    return export.message_box.text()


def test_export_everything_asks_where_then_says_what_it_wrote(
    qtbot: QtBot,
    host: QWidget,
    admin_context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "arsip.zip"
    asked: list[str] = []

    def ask(parent: QWidget, title: str, name: str, kind: str) -> Path:
        asked.append(name)
        return target

    monkeypatch.setattr(archive_actions, "ask_save_path", ask)
    export = export_everything(host, admin_context)
    assert export is not None and export.progress_dialog is not None
    text = _finished(qtbot, export)
    assert asked and asked[0].endswith(".zip")
    assert str(target) in text and "rows of" in text and "certificates" in text
    assert "keep it as safely as the database" in text
    assert export.summary is not None and export.summary.tables["user_account"] == 3
    with zipfile.ZipFile(target) as opened:
        assert "manifest.json" in opened.namelist()
    export.message_box.accept()  # type: ignore[union-attr]


def test_no_file_chosen_means_no_export(
    host: QWidget, admin_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive_actions, "ask_save_path", lambda *args: None)
    assert export_everything(host, admin_context) is None


def test_a_clerk_is_told_it_is_for_administrators(
    qtbot: QtBot, host: QWidget, clerk_context: AppContext, tmp_path: Path
) -> None:
    export = export_everything(host, clerk_context, tmp_path / "centre.zip")
    assert export is not None
    assert "not allowed" in _finished(qtbot, export)
    assert not (tmp_path / "centre.zip").exists()


def test_the_wizard_imports_an_archive_and_hands_over_to_login(
    qtbot: QtBot, empty_db: Database, archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = SetupWizard(empty_db)
    wizard.show()
    monkeypatch.setattr(setup_wizard, "ask_archive_file", lambda parent: archive)
    accepted: list[bool] = []
    wizard.accepted.connect(lambda: accepted.append(True))
    wizard.ui.importButton.click()
    assert not wizard.ui.importButton.isEnabled()  # one import at a time
    qtbot.waitUntil(lambda: wizard.message_box is not None, timeout=30_000)
    assert wizard.message_box is not None
    assert "The archive is imported" in wizard.message_box.text()
    assert wizard.ui.usernameEdit.text() == "admin"  # the login offers who exported it
    wizard.message_box.buttons()[0].click()
    assert accepted and wizard.result() == QWizard.DialogCode.Accepted
    assert not centre.needs_setup(empty_db)
    assert authenticate(empty_db, "admin", "admin-demo").username == "admin"


def test_a_bad_archive_is_explained_in_the_wizard_and_nothing_is_lost(
    qtbot: QtBot, empty_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bogus = tmp_path / "daftar.zip"
    bogus.write_text("nama,nik")
    wizard = SetupWizard(empty_db)
    wizard.show()
    qtbot.keyClicks(wizard.centre_form.ui.nameEdit, "LKP Maju Bersama")
    monkeypatch.setattr(setup_wizard, "ask_archive_file", lambda parent: bogus)
    wizard.ui.importButton.click()
    error = wizard.ui.importError
    qtbot.waitUntil(lambda: error.isVisible(), timeout=30_000)
    assert "daftar.zip is not a Pelita archive" in error.text()
    assert wizard.ui.importButton.isEnabled()
    assert wizard.currentPage() is wizard.ui.centrePage
    assert wizard.centre_form.ui.nameEdit.text() == "LKP Maju Bersama"
    assert centre.needs_setup(empty_db)


def test_a_cancelled_file_question_imports_nothing(
    empty_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = SetupWizard(empty_db)
    monkeypatch.setattr(setup_wizard, "ask_archive_file", lambda parent: None)
    wizard.ui.importButton.click()
    assert wizard.import_job is None and centre.needs_setup(empty_db)


def test_screenshots(
    qtbot: QtBot,
    host: QWidget,
    empty_db: Database,
    admin_context: AppContext,
    tmp_path: Path,
) -> None:
    """The wizard's first page with the import choice and an error, and the export's message
    (PELITA_SHOTS=/some/folder keeps them)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = app.font(), app.styleSheet()
    apply_style(app, False)
    folder = Path(os.environ.get("PELITA_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        wizard = SetupWizard(empty_db)
        wizard.show()
        bogus = tmp_path / "daftar.zip"
        bogus.write_text("nama,nik")
        wizard.import_from(bogus)
        qtbot.waitUntil(lambda: wizard.ui.importError.isVisible(), timeout=30_000)
        qtbot.wait(20)
        assert wizard.grab().save(str(folder / "setup-wizard-import.png"))
        export = export_everything(host, admin_context, tmp_path / "centre.zip")
        assert export is not None
        _finished(qtbot, export)
        assert export.message_box is not None
        qtbot.wait(20)
        assert export.message_box.grab().save(str(folder / "archive-exported.png"))
        export.message_box.accept()
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)


def test_a_new_desk_imports_an_archive_then_logs_in_with_its_accounts(
    qtbot: QtBot, tmp_path: Path, archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through the desk's start-up: the wizard of a new database, the import, the login."""
    from desktop.config import DeskConfig
    from desktop.gui.app import Startup

    startup = Startup(sqlite_url(tmp_path / "moved.sqlite3"), False, DeskConfig())
    qtbot.addWidget(startup.login)
    startup.start()
    try:
        qtbot.waitUntil(lambda: startup.wizard is not None, timeout=20_000)
        wizard = startup.wizard
        assert wizard is not None
        wizard.import_from(archive)
        qtbot.waitUntil(lambda: wizard.message_box is not None, timeout=30_000)
        wizard.message_box.buttons()[0].click()  # type: ignore[union-attr]
        qtbot.waitUntil(lambda: startup.login.isVisible())
        assert startup.wizard is None
        assert startup.login.ui.usernameEdit.text() == "admin"
        qtbot.keyClicks(startup.login.ui.passwordEdit, "admin-demo")
        startup.login.ui.loginButton.click()
        qtbot.waitUntil(lambda: startup.window is not None, timeout=20_000)
    finally:
        if startup.window is not None:
            startup.window.close()
        startup.shutdown()
