"""The login dialog. It shows at once; the database opens behind it on the worker thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QPaintEvent, QPixmap
from PySide6.QtWidgets import QDialog, QWidget

from desktop.domain.demo import DEMO_LOGINS
from desktop.domain.errors import PelitaError
from desktop.gui.field_errors import FieldErrors
from desktop.gui.forms.ui_login_dialog import Ui_LoginDialog
from desktop.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.services.startup import Database, OpenedDatabase


class LoginDialog(QDialog):
    authenticated = Signal(object)  # Actor
    database_chosen = Signal(str)
    painted = Signal()  # after each paint; the start-up benchmark listens for the first

    def __init__(
        self, runner: TaskRunner, url_text: str, demo: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.runner = runner
        self._painted_once = False
        self.db: Database | None = None
        self.current_url = ""
        self._login_waiting = False
        self.errors = FieldErrors(
            self.ui.formError,
            {
                "username": (self.ui.usernameEdit, self.ui.usernameError),
                "password": (self.ui.passwordEdit, self.ui.passwordError),
                "database_url": (self.ui.databaseButton, self.ui.formError),
            },
        )
        self.ui.demoLabel.setVisible(demo)
        if demo:
            self._show_demo_logins()
        self.ui.databaseLabel.setText(url_text)
        self.ui.loginButton.clicked.connect(self.try_login)
        self.ui.quitButton.clicked.connect(self.reject)
        self.ui.databaseButton.clicked.connect(self._choose_database)
        self.ui.usernameEdit.returnPressed.connect(self.ui.passwordEdit.setFocus)
        self.ui.usernameEdit.setFocus()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted_once:
            # The first paint stays as cheap as can be (it ends the start-up benchmark's
            # clock): one plain emit costs True one reference, which is harmless.
            self._painted_once = True
            self.painted.emit()
            return
        from desktop.gui.signals import emit  # the safe emit, loaded once the window is up

        emit(self.painted)

    def finish_setup(self) -> None:
        """What waits until the dialog is on screen: it needs `Qt` (see gui.form_imports)."""
        from PySide6.QtCore import Qt

        self.ui.demoLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _show_demo_logins(self) -> None:
        lines = [self.tr("Demo centre — try these logins:")]
        for username, password, role in DEMO_LOGINS:
            role_name = QCoreApplication.translate("roles", role.label)
            lines.append(f"{role_name}: {username} / {password}")
        self.ui.demoLabel.setText("\n".join(lines))

    # The start-up controller drives these three states.
    def set_opening(self, url: str, url_text: str) -> None:
        self.db = None
        self.current_url = url
        self.ui.databaseLabel.setText(url_text)
        self.ui.statusLabel.setText(self.tr("Opening the database…"))
        self.ui.statusLabel.show()

    def set_ready(self, opened: OpenedDatabase) -> None:
        self.db = opened.db
        self.ui.statusLabel.hide()
        self._show_centre(opened)
        if self._login_waiting:
            self._login_waiting = False
            self.try_login()

    def _show_centre(self, opened: OpenedDatabase) -> None:
        """The centre's name and logo; Pelita's lamp where the centre has no logo."""
        profile = opened.profile
        if profile is not None:
            self.ui.centreLabel.setText(profile.name)
        pixmap = QPixmap()
        if profile is None or not profile.logo_png or not pixmap.loadFromData(profile.logo_png):
            from desktop.gui.resources import icon_named

            pixmap = icon_named("pelita").pixmap(64, 64)
        self.ui.logoLabel.setPixmap(pixmap)

    def set_failed(self, error: PelitaError) -> None:
        self.db = None
        self._login_waiting = False
        self.ui.statusLabel.hide()
        self.errors.show(error)
        self.ui.databaseButton.setFocus()

    def show_note(self, text: str) -> None:
        """A line for the person about to log in (a backup was restored), where "Opening the
        database…" was."""
        self.ui.statusLabel.setText(text)
        self.ui.statusLabel.show()

    def reset(self, username: str = "") -> None:
        """Back to an empty form after logging out (the user name may stay)."""
        self.errors.clear()
        self.ui.usernameEdit.setText(username)
        self.ui.passwordEdit.clear()
        self.ui.loginButton.setEnabled(True)
        (self.ui.passwordEdit if username else self.ui.usernameEdit).setFocus()

    def try_login(self) -> None:
        if self.db is None:
            # Typed faster than the database opened: log in as soon as it is ready.
            self._login_waiting = self.ui.statusLabel.isVisible()
            return
        from desktop.services.accounts import authenticate

        db, username, password = self.db, self.ui.usernameEdit.text(), self.ui.passwordEdit.text()
        self.errors.clear()
        self.ui.loginButton.setEnabled(False)
        self.runner.submit(
            lambda: authenticate(db, username, password), self._logged_in, self._login_failed
        )

    def _logged_in(self, actor: object) -> None:
        self.ui.loginButton.setEnabled(True)
        self.ui.passwordEdit.clear()
        from desktop.gui.signals import emit

        emit(self.authenticated, actor)

    def _login_failed(self, error: BaseException) -> None:
        self.ui.loginButton.setEnabled(True)
        if not isinstance(error, PelitaError):
            raise error
        self.errors.show(error)
        self.ui.passwordEdit.selectAll()
        self.ui.passwordEdit.setFocus()

    def _choose_database(self) -> None:
        from desktop.gui.database_dialog import DatabaseDialog

        dialog = DatabaseDialog(self.runner, self.current_url, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.url:
            self.errors.clear()
            from desktop.gui.signals import emit

            emit(self.database_chosen, dialog.url)
