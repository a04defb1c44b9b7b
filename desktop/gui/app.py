"""Start-up: the window shows first, the database opens behind it.

`import sqlalchemy.orm` alone costs ~0.3 s on the desks (FIELD-NOTES), more than the whole bare
Qt window. So the login dialog is built from Qt and the standard library only and shown at once,
while the worker thread imports the database layer, opens and upgrades the database. By the time
a person has typed their name, it is ready.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from desktop import __version__
from desktop.config import DeskConfig, load_config
from desktop.gui.crash import install_excepthook
from desktop.gui.desk_backups import DeskBackups
from desktop.gui.formatting import url_label
from desktop.gui.i18n import install_translator
from desktop.gui.login_dialog import LoginDialog
from desktop.gui.style import apply_style
from desktop.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QDialog

    from desktop.gui.app_context import AppContext
    from desktop.gui.lock import DeskLock, IdleWatcher
    from desktop.gui.main_window import MainWindow
    from desktop.gui.recovery_dialog import RecoveryDialog
    from desktop.gui.setup_wizard import SetupWizard
    from desktop.services.backups import DatabaseDamaged
    from desktop.services.context import Actor
    from desktop.services.startup import OpenedDatabase

log = logging.getLogger(__name__)
# Benchmarks set this to quit as soon as the login dialog is on screen.
EXIT_WHEN_SHOWN = "PELITA_EXIT_WHEN_LOGIN_SHOWN"


class Startup(QObject):
    """Walks a desk from start to the main window, and back to login on sign-out."""

    def __init__(self, url: str, demo: bool, config: DeskConfig, verbose: bool = False) -> None:
        super().__init__()
        self.verbose = verbose
        self.url = url
        self.demo = demo
        self.config = config
        self.runner = TaskRunner(self)
        self.opened: OpenedDatabase | None = None
        self.login = LoginDialog(self.runner, url_label(url), demo)
        self.login.authenticated.connect(self._authenticated)
        self.login.database_chosen.connect(self._database_chosen)
        self.login.rejected.connect(self._quit)
        self.wizard: SetupWizard | None = None
        self.window: MainWindow | None = None
        self.idle: IdleWatcher | None = None
        self.desk_lock: DeskLock | None = None
        self.recovery: RecoveryDialog | None = None  # open while a damaged file waits
        self.backups = DeskBackups(self.runner, self)
        self.password_dialog: QDialog | None = None  # asks a server's password not kept
        # Said on the login once the database is open again (after a restore).
        self.note_after_open = ""

    def start(self) -> None:
        # The database opens after the dialog's first paint: the worker's imports hold the
        # GIL and would otherwise keep the dialog from appearing. Nothing before the first
        # paint names `Qt` (not even Qt.ConnectionType here): PySide6 builds the whole
        # namespace on first use, ~20 ms (desktop/gui/form_imports.py).
        self.login.painted.connect(self._first_paint)
        self.login.show()

    def _first_paint(self) -> None:
        # Called from inside the paint event: anything done here would hold back the flush
        # that puts the dialog on screen, so the work waits for the next turn of the loop.
        self.login.painted.disconnect(self._first_paint)
        QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        from desktop.gui.resources import icon_named
        from desktop.logs import setup_logging

        setup_logging(verbose=self.verbose)
        QApplication.setWindowIcon(icon_named("pelita"))
        self.login.finish_setup()
        self.open_database()

    def open_database(self) -> None:
        from desktop.services.desk_backups import place_of
        from desktop.services.startup import open_for_desk

        url, demo, config = self.url, self.demo, self.config
        self.login.set_opening(url, url_label(url))
        self.runner.submit(
            lambda: open_for_desk(url, demo, place_of(url, config)),
            self._opened,
            self._open_failed,
        )

    def _database_chosen(self, url: str) -> None:
        if not self.demo:
            from desktop.config import save_config

            self.config = self.config._replace(database_url=url)
            save_config(self.config)
        if self.opened is not None:
            self.opened.db.close()
            self.opened = None
        self.url = url
        self.open_database()

    def _opened(self, opened: OpenedDatabase) -> None:
        self.opened = opened
        if opened.db.backup_path is not None:
            log.info("database backed up to %s before upgrading", opened.db.backup_path)
        if opened.needs_setup:
            self._show_wizard(opened)
            return
        self.login.set_ready(opened)
        if self.note_after_open:
            self.login.show_note(self.note_after_open)
            self.note_after_open = ""
        self.backups.start(self.url, self.config)

    def _open_failed(self, error: BaseException) -> None:
        from desktop.domain.errors import PelitaError
        from desktop.services.backups import DatabaseDamaged

        if not isinstance(error, PelitaError):
            raise error
        self.note_after_open = ""
        self.login.set_failed(error)
        if isinstance(error, DatabaseDamaged):
            self._show_recovery(error)
            return
        from desktop.gui.db_password_dialog import ask_database_password

        # A server whose password this desk does not keep (no system keyring): asked here,
        # held in memory only. None when the error is not about a password.
        self.password_dialog = ask_database_password(
            self.login, self.url, error, self._password_given
        )

    def _password_given(self, url: str) -> None:
        self.url = url  # held in memory only
        self.open_database()

    def _show_recovery(self, damaged: DatabaseDamaged) -> None:
        """Instead of a dead end: the newest good backup, restored over the damaged file."""
        from desktop.gui.recovery_dialog import RecoveryDialog
        from desktop.services.backups import backup_place

        place = backup_place(self.config, damaged.path)
        self.recovery = RecoveryDialog(self.runner, damaged, place, self.login)
        self.recovery.accepted.connect(self._recovered)
        self.recovery.rejected.connect(self._quit)
        self.recovery.open()

    def _recovered(self) -> None:
        assert self.recovery is not None
        safety_copy = self.recovery.safety_copy
        log.warning("damaged database replaced by a backup; the damaged file is %s", safety_copy)
        self.recovery.deleteLater()
        self.recovery = None
        self.login.errors.clear()
        self.note_after_open = self.tr(
            "The backup was restored. The damaged file is kept as %1."
        ).replace("%1", str(safety_copy))
        self.open_database()

    def _show_wizard(self, opened: OpenedDatabase) -> None:
        from desktop.gui.setup_wizard import SetupWizard

        self.wizard = SetupWizard(opened.db)
        self.wizard.accepted.connect(self._setup_done)
        self.wizard.rejected.connect(self._quit)
        self.wizard.show()
        self.login.hide()

    def _setup_done(self) -> None:
        from desktop.services.startup import refresh

        assert self.wizard is not None and self.opened is not None
        username = self.wizard.ui.usernameEdit.text().strip().lower()
        self.opened = refresh(self.opened.db)
        self.login.set_ready(self.opened)
        self.login.reset(username)
        self.login.show()
        self.wizard.hide()
        self.wizard.deleteLater()
        self.wizard = None
        self.backups.start(self.url, self.config)

    def _authenticated(self, actor: Actor) -> None:
        from desktop.gui.app_context import AppContext

        assert self.opened is not None
        profile = self.opened.profile
        context = AppContext(
            db=self.opened.db,
            actor=actor,
            runner=self.runner,
            config=self.config,
            demo=self.opened.is_demo,
            centre_name=profile.name if profile else "",
        )
        if actor.must_change_password:
            changed = self._forced_password_change(context)
            if changed is None:
                self.login.reset(actor.username)
                return
            context = context.with_actor(changed)
        self._show_main_window(context)

    def _forced_password_change(self, context: AppContext) -> Actor | None:
        """After an admin's reset: the person picks their own password before going on."""
        from desktop.gui.user_dialogs import PasswordDialog

        dialog = PasswordDialog(context, self.login, None)
        dialog.setWindowTitle(self.tr("Choose your own password"))
        dialog.exec()
        return dialog.actor

    def _show_main_window(self, context: AppContext) -> None:
        from desktop.gui.main_window import MainWindow

        assert self.opened is not None
        self.context = context
        self.window = MainWindow(context)
        self.window.logout_requested.connect(self.logout)
        self.window.lock_requested.connect(self.lock)
        if self.idle is None:
            self._make_lock()
        idle = self.idle
        assert idle is not None
        self.window.idle_minutes_changed.connect(idle.set_minutes)
        self._connect_settings(self.window)
        self.window.show()
        self.login.hide()
        idle.set_minutes(self.opened.idle_lock_minutes)

    def _connect_settings(self, window: MainWindow) -> None:
        """The desk's settings as changed in Settings (the backups use them), and a restore
        there, after which the desk opens the restored database from the login."""
        from desktop.gui.settings_page import SettingsPage

        page = window.page(SettingsPage)
        if page is not None:
            page.config_changed.connect(self._config_changed)
            page.database_restored.connect(self._database_restored)

    def _config_changed(self, config: DeskConfig) -> None:
        self.config = config
        self.backups.update_config(self.url, config)

    def _database_restored(self, safety_copy: Path) -> None:
        # Later, not inside the dialog's signal: the window the dialog sits in goes away.
        note = self.tr(
            "The backup was restored; log in again. The data as it was before is kept in %1."
        ).replace("%1", str(safety_copy))
        QTimer.singleShot(0, lambda: self._reopen(note))

    def _reopen(self, note: str) -> None:
        self.logout()
        self.backups.stop()
        if self.opened is not None:
            self.opened.db.close()
            self.opened = None
        self.note_after_open = note
        self.open_database()

    def _make_lock(self) -> None:
        """Made on the first login (not at start-up, which must stay lean) and kept."""
        from desktop.gui.lock import DeskLock, IdleWatcher

        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.lock)
        self.desk_lock = DeskLock(self)
        self.desk_lock.unlocked.connect(self._unlocked)
        self.desk_lock.sign_out.connect(self.logout)

    def lock(self) -> None:
        if self.window is None or self.idle is None or self.desk_lock is None:
            return
        self.idle.pause()
        self.desk_lock.lock(self.context)

    def _unlocked(self, actor: Actor) -> None:
        self.context = self.context.with_actor(actor)
        if self.idle is not None:
            self.idle.restart()

    def logout(self) -> None:
        if self.idle is not None:
            self.idle.pause()
        if self.window is not None:
            # Login first, so closing the window is not taken for quitting Pelita.
            self.login.reset(self.context.actor.username)
            self.login.show()
            self.window.close()
            self.window.deleteLater()
            self.window = None

    def _quit(self) -> None:
        QTimer.singleShot(0, QApplication.quit)

    def shutdown(self) -> None:
        self.runner.wait()
        if self.opened is not None:
            self.opened.db.close()
            self.backups.at_exit()


def run_gui(url: str, *, demo: bool, verbose: bool = False) -> int:
    config = load_config()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Pelita")
    # Wayland matches the window to its menu entry by this name (installer/linux/pelita.desktop).
    app.setDesktopFileName("pelita")
    app.setApplicationVersion(__version__)
    install_translator(app, config.language)
    apply_style(app, config.large_text)
    install_excepthook()
    startup = Startup(url, demo, config, verbose)
    startup.start()
    if os.environ.get(EXIT_WHEN_SHOWN):
        # The benchmark reads this line when the dialog is first painted, then ends us.
        startup.login.painted.connect(lambda: print("login shown", flush=True))
    code = app.exec()
    startup.shutdown()
    return code
