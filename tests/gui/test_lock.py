"""The idle lock: covers every window, asks for the same password, loses nothing typed."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.gui.app_context import AppContext
from desktop.gui.lock import DeskLock, IdleWatcher, LockOverlay
from desktop.gui.main_window import MainWindow
from desktop.gui.user_dialogs import UserDialog


def test_idle_watcher_fires_after_the_interval_and_input_postpones_it(qtbot: QtBot) -> None:
    watcher = IdleWatcher()
    watcher.set_interval_ms(200)
    assert watcher.running
    with qtbot.waitSignal(watcher.idle, timeout=2_000):
        pass
    watcher.set_interval_ms(0)
    assert not watcher.running


def test_locking_covers_the_windows_and_unlocking_keeps_the_open_form(
    qtbot: QtBot, admin_context: AppContext
) -> None:
    window = MainWindow(admin_context)
    qtbot.addWidget(window)
    window.show()
    form = UserDialog(admin_context, window)
    form.show()
    qtbot.keyClicks(form.ui.fullNameEdit, "Ibu Sri Wahyuni")
    qtbot.keyClicks(form.ui.usernameEdit, "sri")

    lock = DeskLock()
    dialog = lock.lock(admin_context)
    assert lock.locked and dialog.isVisible()
    overlays = [w for w in QApplication.allWidgets() if isinstance(w, LockOverlay)]
    assert {o.parentWidget() for o in overlays} >= {window, form}
    assert all(o.isVisible() and o.geometry() == o.parentWidget().rect() for o in overlays)

    # Escape does not unlock.
    dialog.reject()
    assert lock.locked

    qtbot.keyClicks(dialog.ui.passwordEdit, "wrong-password")
    dialog.ui.unlockButton.click()
    qtbot.waitUntil(lambda: dialog.ui.passwordError.isVisible())
    assert "Wrong user name or password" in dialog.ui.passwordError.text()
    assert lock.locked

    dialog.ui.passwordEdit.clear()
    qtbot.keyClicks(dialog.ui.passwordEdit, "admin-demo")
    with qtbot.waitSignal(lock.unlocked):
        dialog.ui.unlockButton.click()
    assert not lock.locked
    qtbot.waitUntil(lambda: not any(isinstance(w, LockOverlay) for w in QApplication.allWidgets()))
    assert form.isVisible()
    assert form.ui.fullNameEdit.text() == "Ibu Sri Wahyuni"
    assert form.ui.usernameEdit.text() == "sri"
    form.close()


def test_five_wrong_passwords_at_the_lock_lock_the_account(
    qtbot: QtBot, admin_context: AppContext
) -> None:
    lock = DeskLock()
    dialog = lock.lock(admin_context)
    for _ in range(5):
        dialog.ui.passwordEdit.clear()
        qtbot.keyClicks(dialog.ui.passwordEdit, "wrong-password")
        dialog.ui.unlockButton.click()
        qtbot.waitUntil(lambda: dialog.ui.unlockButton.isEnabled())
    assert "locked" in dialog.ui.passwordError.text()
    dialog.ui.passwordEdit.clear()
    qtbot.keyClicks(dialog.ui.passwordEdit, "admin-demo")
    dialog.ui.unlockButton.click()
    qtbot.waitUntil(lambda: dialog.ui.unlockButton.isEnabled())
    assert lock.locked  # even the right password waits out the five minutes
    lock._signed_out()
