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
from desktop.gui.formatting import url_label
from desktop.gui.i18n import install_translator
from desktop.gui.login_dialog import LoginDialog
from desktop.gui.style import apply_style
from desktop.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.gui.app_context import AppContext
    from desktop.gui.lock import DeskLock, IdleWatcher
    from desktop.gui.main_window import MainWindow
    from desktop.gui.setup_wizard import SetupWizard
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
        from desktop.services.startup import open_for_desk

        url, demo = self.url, self.demo
        self.login.set_opening(url, url_label(url))
        self.runner.submit(lambda: open_for_desk(url, demo), self._opened, self._open_failed)

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
        else:
            self.login.set_ready(opened)

    def _open_failed(self, error: BaseException) -> None:
        from desktop.domain.errors import PelitaError

        if not isinstance(error, PelitaError):
            raise error
        self.login.set_failed(error)

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
        self.window.show()
        self.login.hide()
        idle.set_minutes(self.opened.idle_lock_minutes)

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


def run_gui(url: str, *, demo: bool, verbose: bool = False) -> int:
    config = load_config()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Pelita")
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
