"""From start to the main window: the login dialog, the setup wizard, bad databases."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.config import DeskConfig
from desktop.gui.app import Startup
from desktop.gui.main_window import MainWindow
from desktop.paths import sqlite_url


@pytest.fixture
def startup_factory(qtbot: QtBot):  # type: ignore[no-untyped-def]
    made: list[Startup] = []

    def make(url: str, demo: bool = False) -> Startup:
        startup = Startup(url, demo, DeskConfig())
        qtbot.addWidget(startup.login)
        startup.start()
        made.append(startup)
        return startup

    yield make
    for startup in made:
        if startup.window is not None:
            startup.window.close()
        startup.shutdown()


def _wait_ready(qtbot: QtBot, startup: Startup) -> None:
    qtbot.waitUntil(lambda: startup.login.db is not None, timeout=20_000)


def _log_in(qtbot: QtBot, startup: Startup, username: str, password: str) -> None:
    login = startup.login.ui
    login.usernameEdit.clear()
    qtbot.keyClicks(login.usernameEdit, username)
    login.passwordEdit.clear()
    qtbot.keyClicks(login.passwordEdit, password)
    qtbot.mouseClick(login.loginButton, Qt.MouseButton.LeftButton)


def test_demo_login_shows_the_logins_and_opens_the_admin_areas(
    qtbot: QtBot, tmp_path: Path, startup_factory
) -> None:  # type: ignore[no-untyped-def]
    startup = startup_factory(sqlite_url(tmp_path / "demo.sqlite3"), demo=True)
    assert startup.login.isVisible()
    demo_text = startup.login.ui.demoLabel.text()
    assert "admin / admin-demo" in demo_text and "petugas / petugas-demo" in demo_text
    _wait_ready(qtbot, startup)
    assert "Demo" in startup.login.ui.centreLabel.text()
    _log_in(qtbot, startup, "admin", "admin-demo")
    qtbot.waitUntil(lambda: startup.window is not None and startup.window.isVisible())
    window = startup.window
    assert isinstance(window, MainWindow)
    assert window.page_titles == [
        "Dashboard",
        "Participants",
        "Programmes",
        "Cohorts",
        "Attendance",
        "Attendance numbers",
        "Certificates",
        "Follow-up",
        "Inventory",
        "Loans",
        "Sponsors",
        "Privacy",
        "Users",
        "Audit log",
        "Settings",
    ]
    assert "Administrator Demo" in window.ui.statusBar.currentMessage()
    assert not startup.login.isVisible()


def test_a_clerk_sees_only_what_a_clerk_may_use(
    qtbot: QtBot, tmp_path: Path, startup_factory
) -> None:  # type: ignore[no-untyped-def]
    startup = startup_factory(sqlite_url(tmp_path / "demo.sqlite3"), demo=True)
    _wait_ready(qtbot, startup)
    _log_in(qtbot, startup, "petugas", "petugas-demo")
    qtbot.waitUntil(lambda: startup.window is not None)
    assert startup.window is not None
    assert startup.window.page_titles == [
        "Participants",
        "Programmes",
        "Cohorts",
        "Attendance",
        "Attendance numbers",
        "Certificates",
        "Follow-up",
        "Privacy",
        "Settings",
    ]


def test_wrong_password_is_shown_next_to_the_password_and_keeps_the_name(
    qtbot: QtBot, tmp_path: Path, startup_factory
) -> None:  # type: ignore[no-untyped-def]
    startup = startup_factory(sqlite_url(tmp_path / "demo.sqlite3"), demo=True)
    _wait_ready(qtbot, startup)
    _log_in(qtbot, startup, "admin", "not-the-password")
    ui = startup.login.ui
    qtbot.waitUntil(lambda: ui.passwordError.isVisible())
    assert "Wrong user name or password" in ui.passwordError.text()
    assert ui.usernameEdit.text() == "admin"
    assert startup.window is None


def test_login_typed_before_the_database_is_open_goes_through_when_ready(
    qtbot: QtBot, tmp_path: Path, startup_factory
) -> None:  # type: ignore[no-untyped-def]
    startup = startup_factory(sqlite_url(tmp_path / "demo.sqlite3"), demo=True)
    _log_in(qtbot, startup, "admin", "admin-demo")  # at once, while it is still opening
    qtbot.waitUntil(lambda: startup.window is not None, timeout=20_000)


def test_logout_returns_to_login_with_the_name_kept(
    qtbot: QtBot, tmp_path: Path, startup_factory
) -> None:  # type: ignore[no-untyped-def]
    startup = startup_factory(sqlite_url(tmp_path / "demo.sqlite3"), demo=True)
    _wait_ready(qtbot, startup)
    _log_in(qtbot, startup, "admin", "admin-demo")
    qtbot.waitUntil(lambda: startup.window is not None)
    assert startup.window is not None
    startup.window.ui.actionLogOut.trigger()
    assert startup.window is None
    assert startup.login.isVisible()
    assert startup.login.ui.usernameEdit.text() == "admin"
    assert startup.login.ui.passwordEdit.text() == ""


def test_a_corrupt_database_file_is_explained_and_left_untouched(
    qtbot: QtBot, tmp_path: Path, startup_factory
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "pelita.sqlite3"
    garbage = b"this is a spreadsheet, not a database" * 100
    path.write_bytes(garbage)
    startup = startup_factory(sqlite_url(path))
    ui = startup.login.ui
    qtbot.waitUntil(lambda: ui.formError.isVisible(), timeout=20_000)
    assert "not a Pelita database or it is damaged" in ui.formError.text()
    assert path.read_bytes() == garbage
    assert startup.login.db is None


def test_an_unreachable_server_is_explained(qtbot: QtBot, startup_factory) -> None:  # type: ignore[no-untyped-def]
    startup = startup_factory("postgresql+psycopg://pelita:secret@127.0.0.1:1/pelita")
    ui = startup.login.ui
    qtbot.waitUntil(lambda: ui.formError.isVisible(), timeout=20_000)
    assert "Cannot connect to the database" in ui.formError.text()
    assert "secret" not in ui.formError.text()


def test_first_start_runs_the_setup_wizard_then_login(
    qtbot: QtBot, tmp_path: Path, startup_factory
) -> None:  # type: ignore[no-untyped-def]
    startup = startup_factory(sqlite_url(tmp_path / "new.sqlite3"))
    qtbot.waitUntil(
        lambda: startup.wizard is not None and startup.wizard.isVisible(), timeout=20_000
    )
    wizard = startup.wizard
    assert wizard is not None
    form = wizard.centre_form.ui

    # Nothing typed: the wizard stays on the centre page and says why, next to the name.
    wizard.next()
    assert wizard.currentPage() is wizard.ui.centrePage
    assert form.nameError.isVisible() and "centre's name" in form.nameError.text()

    qtbot.keyClicks(form.nameEdit, "LKP Maju Bersama")
    qtbot.keyClicks(form.headNipEdit, "12345")
    wizard.next()
    assert wizard.currentPage() is wizard.ui.centrePage
    assert "18 digits" in form.headNipError.text()
    assert form.nameEdit.text() == "LKP Maju Bersama"  # nothing typed is lost

    form.headNipEdit.clear()
    qtbot.keyClicks(form.headNipEdit, "197003152000032001")
    wizard.next()
    assert wizard.currentPage() is wizard.ui.adminPage

    admin = wizard.ui
    qtbot.keyClicks(admin.fullNameEdit, "Siti Aminah")
    qtbot.keyClicks(admin.passwordEdit, "short")
    qtbot.keyClicks(admin.confirmEdit, "short")
    wizard.next()  # Finish is validated like Next
    assert "too short" in admin.passwordError.text()
    assert admin.fullNameEdit.text() == "Siti Aminah"

    admin.passwordEdit.clear()
    admin.confirmEdit.clear()
    qtbot.keyClicks(admin.passwordEdit, "kata-sandi-rahasia")
    qtbot.keyClicks(admin.confirmEdit, "kata-sandi-lain")
    assert not wizard.validateCurrentPage()
    assert "differ" in admin.confirmError.text()

    admin.confirmEdit.clear()
    qtbot.keyClicks(admin.confirmEdit, "kata-sandi-rahasia")
    wizard.button(wizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: startup.login.isVisible())
    assert startup.wizard is None
    assert startup.login.ui.centreLabel.text() == "LKP Maju Bersama"
    assert startup.login.ui.usernameEdit.text() == "admin"
    qtbot.keyClicks(startup.login.ui.passwordEdit, "kata-sandi-rahasia")
    qtbot.mouseClick(startup.login.ui.loginButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: startup.window is not None)


def test_a_logo_that_is_not_an_image_is_refused_next_to_the_logo(
    qtbot: QtBot, tmp_path: Path, startup_factory
) -> None:  # type: ignore[no-untyped-def]
    startup = startup_factory(sqlite_url(tmp_path / "new.sqlite3"))
    qtbot.waitUntil(lambda: startup.wizard is not None, timeout=20_000)
    assert startup.wizard is not None
    form = startup.wizard.centre_form
    fake = tmp_path / "logo.png"
    fake.write_text("not really a picture")
    qtbot.keyClicks(form.ui.nameEdit, "PKBM Harapan")
    form.set_logo_file(fake)
    assert form.ui.logoError.isVisible()
    assert "not an image" in form.ui.logoError.text()
    assert form.logo_file is None
    assert form.ui.nameEdit.text() == "PKBM Harapan"


def test_choosing_a_database_that_does_not_connect_keeps_what_was_typed(
    qtbot: QtBot, runner
) -> None:  # type: ignore[no-untyped-def]
    from desktop.gui.database_dialog import DatabaseDialog

    dialog = DatabaseDialog(runner, "")
    qtbot.addWidget(dialog)
    dialog.show()
    typed = "postgresql+psycopg://pelita@127.0.0.1:1/pelita"
    dialog.ui.urlEdit.setText(typed)
    dialog.ui.buttonBox.accepted.emit()
    qtbot.waitUntil(lambda: dialog.ui.urlError.isVisible(), timeout=20_000)
    assert "Cannot connect" in dialog.ui.urlError.text()
    assert dialog.ui.urlEdit.text() == typed
    assert dialog.url == ""


def test_the_app_quits_when_login_is_closed(
    qtbot: QtBot, tmp_path: Path, startup_factory, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    startup = startup_factory(sqlite_url(tmp_path / "demo.sqlite3"), demo=True)
    startup.login.ui.quitButton.click()
    qtbot.waitUntil(lambda: bool(quits))


def test_the_desk_locks_after_the_centres_idle_minutes_and_settings_change_it(
    qtbot: QtBot, tmp_path: Path, startup_factory
) -> None:  # type: ignore[no-untyped-def]
    from desktop.gui.settings_page import SettingsPage
    from desktop.services import settings
    from desktop.services.accounts import authenticate
    from desktop.services.startup import open_for_desk

    url = sqlite_url(tmp_path / "demo.sqlite3")
    opened = open_for_desk(url, demo=True)
    admin = authenticate(opened.db, "admin", "admin-demo")
    settings.update_settings(opened.db, admin, settings.CentreSettings(idle_lock_minutes=12))
    opened.db.close()

    startup = startup_factory(url, demo=True)
    _wait_ready(qtbot, startup)
    _log_in(qtbot, startup, "admin", "admin-demo")
    qtbot.waitUntil(lambda: startup.window is not None)
    assert startup.idle.running and startup.idle._interval_ms == 12 * 60_000

    assert startup.window is not None
    page = startup.window.page(SettingsPage)
    assert page is not None
    page.ui.idleSpin.setValue(0)
    page.ui.idleSaveButton.click()
    assert not startup.idle.running  # 0 = never lock

    startup.window.ui.actionLock.trigger()  # Ctrl+L locks at once
    assert startup.desk_lock.locked
    qtbot.keyClicks(startup.desk_lock.dialog.ui.passwordEdit, "admin-demo")  # type: ignore[union-attr]
    startup.desk_lock.dialog.ui.unlockButton.click()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: not startup.desk_lock.locked)


def test_after_an_admin_reset_the_person_must_choose_a_new_password(
    qtbot: QtBot, tmp_path: Path, startup_factory
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer

    from desktop.gui.user_dialogs import PasswordDialog
    from desktop.services import accounts
    from desktop.services.startup import open_for_desk

    url = sqlite_url(tmp_path / "demo.sqlite3")
    opened = open_for_desk(url, demo=True)
    admin = accounts.authenticate(opened.db, "admin", "admin-demo")
    clerk = next(u for u in accounts.list_users(opened.db, admin) if u.username == "petugas")
    accounts.reset_password(opened.db, admin, clerk.id, "sementara-123")
    opened.db.close()

    startup = startup_factory(url, demo=True)
    _wait_ready(qtbot, startup)
    seen: list[str] = []

    def choose_password() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PasswordDialog)
        seen.append(dialog.windowTitle())
        qtbot.keyClicks(dialog.ui.currentEdit, "sementara-123")
        qtbot.keyClicks(dialog.ui.newEdit, "pilihan-sendiri-1")
        qtbot.keyClicks(dialog.ui.confirmEdit, "pilihan-sendiri-1")
        dialog.ui.buttonBox.accepted.emit()

    QTimer.singleShot(300, choose_password)
    _log_in(qtbot, startup, "petugas", "sementara-123")
    qtbot.waitUntil(lambda: startup.window is not None, timeout=10_000)
    assert seen == ["Choose your own password"]
    assert startup.context.actor.must_change_password is False
    assert accounts.authenticate(startup.context.db, "petugas", "pilihan-sendiri-1")


def test_first_paint_is_not_held_back_by_start_up_work(
    qtbot: QtBot, tmp_path: Path, startup_factory, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    # The log file and the database open after the paint event returns: work done inside it
    # would delay the flush that puts the login dialog on screen.
    import desktop.logs

    events: list[str] = []
    monkeypatch.setattr(desktop.logs, "setup_logging", lambda verbose: events.append("logging"))
    startup = startup_factory(sqlite_url(tmp_path / "demo.sqlite3"), demo=True)
    startup.login.painted.connect(lambda: events.append("painted"))
    _wait_ready(qtbot, startup)
    assert events[:2] == ["painted", "logging"]


def test_nothing_before_the_login_dialog_is_painted_builds_the_qt_namespace(
    tmp_path: Path,
) -> None:
    """PySide6 builds the whole `Qt` namespace (every enum) the first time it is named, about
    20 ms: the start-up path up to the first paint must not name it (uic imports it into every
    form; the build drops unused names), and the demo logins become selectable after."""
    import os
    import subprocess
    import sys

    script = """
import PySide6.QtCore as core
from PySide6.QtWidgets import QApplication
from desktop.gui.app import Startup
from desktop.config import DeskConfig
app = QApplication([])
startup = Startup(sys.argv[1], True, DeskConfig())
seen = []
startup.login.painted.connect(lambda: seen.append("Qt" in core.__dict__))
startup.start()
while not seen:
    app.processEvents()
print("painted; Qt built:", seen[0])
from PySide6.QtCore import QElapsedTimer
timer = QElapsedTimer(); timer.start()
while timer.elapsed() < 500:
    app.processEvents()
flags = startup.login.ui.demoLabel.textInteractionFlags()
print("selectable:", bool(flags & core.Qt.TextInteractionFlag.TextSelectableByMouse))
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PELITA_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", "import sys\n" + script, sqlite_url(tmp_path / "demo.sqlite3")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert "painted; Qt built: False" in done.stdout, done.stdout + done.stderr
    assert "selectable: True" in done.stdout, done.stdout + done.stderr
