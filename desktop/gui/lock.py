"""Locking an idle shared desk without closing anything.

After the centre's idle minutes without keyboard or mouse, every open window is covered by an
opaque panel (nothing on screen can be read) and the lock dialog asks for the same user's
password. Forms are covered, never closed or hidden, so what was typed is still there after
unlocking.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from desktop.domain.errors import PelitaError
from desktop.gui.dialogs import ask
from desktop.gui.field_errors import FieldErrors
from desktop.gui.forms.ui_lock_dialog import Ui_LockDialog
from desktop.gui.signals import emit

if TYPE_CHECKING:
    from desktop.gui.app_context import AppContext

ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """Emits `idle` after `minutes` without input anywhere in the application."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._interval_ms = 0
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def set_interval_ms(self, interval_ms: int) -> None:
        """0 turns the lock off."""
        self._interval_ms = interval_ms
        self.restart()

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(minutes * 60_000)

    def restart(self) -> None:
        if self._interval_ms > 0:
            self._timer.start(self._interval_ms)
        else:
            self._timer.stop()

    def pause(self) -> None:
        self._timer.stop()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and self._timer.isActive():
            self._timer.start(self._interval_ms)
        return False


class LockOverlay(QWidget):
    """An opaque panel over one window that follows its size."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAutoFillBackground(True)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False


class LockDialog(QDialog):
    unlocked = Signal(object)  # the Actor, refreshed from the database
    sign_out = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LockDialog()
        self.ui.setupUi(self)
        self.context = context
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.ui.messageLabel.setText(
            self.tr(
                "This desk was left idle. %1, type your password to carry on where you left off."
            ).replace("%1", context.actor.full_name)
        )
        self.errors = FieldErrors(
            self.ui.formError, {"password": (self.ui.passwordEdit, self.ui.passwordError)}
        )
        self.ui.unlockButton.clicked.connect(self._unlock)
        self.ui.signOutButton.clicked.connect(self._sign_out)

    def _unlock(self) -> None:
        from desktop.services.accounts import verify_actor_password

        context, password = self.context, self.ui.passwordEdit.text()
        self.ui.unlockButton.setEnabled(False)
        self.errors.clear()
        self.context.runner.submit(
            lambda: verify_actor_password(context.db, context.actor, password),
            self._done,
            self._failed,
        )

    def _done(self, actor: object) -> None:
        self.ui.unlockButton.setEnabled(True)
        emit(self.unlocked, actor)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.ui.unlockButton.setEnabled(True)
        if not isinstance(error, PelitaError):
            raise error
        self.errors.show(error)
        self.ui.passwordEdit.selectAll()

    def _sign_out(self) -> None:
        if ask(
            self,
            self.tr("Sign out"),
            self.tr("Signing out closes every open form; anything not saved is lost."),
            self.tr("Sign out"),
            self.tr("Stay locked"),
        ):
            emit(self.sign_out)
            self.accept()

    def reject(self) -> None:
        """Escape must not unlock the desk."""

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.result() != QDialog.DialogCode.Accepted:
            event.ignore()


class DeskLock(QObject):
    """Covers every window and shows the lock dialog; undoes it all on unlock."""

    unlocked = Signal(object)
    sign_out = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog: LockDialog | None = None
        self._overlays: list[LockOverlay] = []

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def lock(self, context: AppContext) -> LockDialog:
        if self.dialog is not None:
            return self.dialog
        for window in QApplication.topLevelWidgets():
            if window.isVisible() and not isinstance(window, LockDialog):
                self._overlays.append(LockOverlay(window))
        self.dialog = LockDialog(context)
        self.dialog.unlocked.connect(self._unlocked)
        self.dialog.sign_out.connect(self._signed_out)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self.dialog.ui.passwordEdit.setFocus()
        return self.dialog

    def _clear(self) -> None:
        for overlay in self._overlays:
            parent = overlay.parentWidget()
            if parent is not None:
                parent.removeEventFilter(overlay)
            overlay.deleteLater()
        self._overlays.clear()
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def _unlocked(self, actor: object) -> None:
        self._clear()
        emit(self.unlocked, actor)

    def _signed_out(self) -> None:
        self._clear()
        emit(self.sign_out)
