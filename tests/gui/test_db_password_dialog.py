"""Asking for the PostgreSQL password the desk does not have (no keyring, or a wrong one)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop import secret_store
from desktop.domain.errors import DatabaseError
from desktop.gui.database_dialog import DatabaseDialog
from desktop.gui.db_password_dialog import DbPasswordDialog, ask_database_password
from desktop.gui.style import apply_style
from desktop.gui.tasks import TaskRunner
from tests.memory_keyring import MemoryKeyring, using_keyring

pytestmark = pytest.mark.usefixtures("windows_deleted_here")

SERVER = "postgresql+psycopg://desk@192.168.1.10:5432/pelita"


def refused(url: str, reason: str = "fe_sendauth: no password supplied") -> DatabaseError:
    """What open_database raises when the server wants a password (libpq's own words)."""
    return DatabaseError(
        "Cannot connect to the database {url}: {reason}",
        "database_url",
        url=secret_store.split_password(url)[0],
        reason=reason,
    )


@pytest.fixture
def memory() -> Iterator[MemoryKeyring]:
    with using_keyring(MemoryKeyring()) as backend:
        assert isinstance(backend, MemoryKeyring)
        yield backend


@pytest.fixture
def no_keyring() -> Iterator[None]:
    with using_keyring(fail.Keyring()):
        yield


def test_other_failures_are_shown_as_before() -> None:
    given: list[str] = []
    unreachable = refused(SERVER, 'connection to server at "192.168.1.10" failed: timeout')
    assert ask_database_password(None, SERVER, unreachable, given.append) is None
    sqlite = "sqlite:////tmp/x.sqlite3"
    assert ask_database_password(None, sqlite, refused(sqlite), given.append) is None
    assert ask_database_password(None, SERVER, RuntimeError("password"), given.append) is None
    assert given == []


def test_the_typed_password_opens_the_server_and_is_remembered(
    qtbot: QtBot, memory: MemoryKeyring
) -> None:
    given: list[str] = []
    dialog = ask_database_password(None, SERVER, refused(SERVER), given.append)
    assert isinstance(dialog, DbPasswordDialog)
    assert dialog.isVisible()
    assert "192.168.1.10" in dialog.ui.introLabel.text() and "desk" in dialog.ui.introLabel.text()
    assert dialog.ui.rememberBox.isEnabled() and dialog.ui.rememberBox.isChecked()
    assert not dialog.ui.passwordError.isVisible()
    qtbot.keyClicks(dialog.ui.passwordEdit, "rahasia 1/2")
    dialog.ui.buttonBox.accepted.emit()
    assert given == [secret_store.with_password(SERVER, "rahasia 1/2")]
    assert memory.passwords == {("Pelita", SERVER): "rahasia 1/2"}
    assert not dialog.isVisible()


def test_a_wrong_kept_password_is_said_and_not_kept_when_not_wanted(
    qtbot: QtBot, memory: MemoryKeyring
) -> None:
    memory.passwords[("Pelita", SERVER)] = "old"
    url = secret_store.with_password(SERVER, "old")
    error = refused(url, 'password authentication failed for user "desk"')
    given: list[str] = []
    dialog = ask_database_password(None, url, error, given.append)
    assert dialog is not None
    assert dialog.ui.passwordError.isVisible()
    assert "did not accept" in dialog.ui.passwordError.text()
    assert dialog.ui.passwordEdit.text() == ""  # the refused one is not shown back
    dialog.ui.rememberBox.setChecked(False)
    qtbot.keyClicks(dialog.ui.passwordEdit, "new")
    dialog.ui.buttonBox.accepted.emit()
    assert given == [secret_store.with_password(SERVER, "new")]
    assert memory.passwords == {}


def test_without_a_keyring_it_is_kept_for_this_session_only(qtbot: QtBot, no_keyring: None) -> None:
    given: list[str] = []
    dialog = ask_database_password(None, SERVER, refused(SERVER), given.append)
    assert dialog is not None
    assert not dialog.ui.rememberBox.isEnabled() and not dialog.ui.rememberBox.isChecked()
    assert "no system keyring" in dialog.ui.rememberHint.text()
    qtbot.keyClicks(dialog.ui.passwordEdit, "rahasia")
    dialog.ui.buttonBox.accepted.emit()
    assert given == [secret_store.with_password(SERVER, "rahasia")]


def test_an_empty_password_is_asked_again(qtbot: QtBot, memory: MemoryKeyring) -> None:
    given: list[str] = []
    dialog = ask_database_password(None, SERVER, refused(SERVER), given.append)
    assert dialog is not None
    dialog.ui.buttonBox.accepted.emit()
    assert dialog.isVisible() and dialog.ui.passwordError.isVisible()
    assert given == [] and memory.passwords == {}


@pytest.mark.postgres
def test_choosing_a_server_that_asks_for_a_password(
    qtbot: QtBot,
    runner: TaskRunner,
    memory: MemoryKeyring,
    postgres_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The test server trusts every local connection, so here it is made to refuse one
    without a password the way libpq does; with the password it is really checked."""
    from desktop.services import startup

    real_check = startup.check_database

    def server_wanting_a_password(url: str) -> None:
        if secret_store.split_password(url)[1] is None:
            raise refused(url)
        real_check(url)

    monkeypatch.setattr(startup, "check_database", server_wanting_a_password)
    dialog = DatabaseDialog(runner, "")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.urlEdit.setText(postgres_url)
    dialog.ui.buttonBox.accepted.emit()
    qtbot.waitUntil(lambda: dialog.password_dialog is not None, timeout=20_000)
    asked = dialog.password_dialog
    assert asked is not None and asked.isVisible()
    qtbot.keyClicks(asked.ui.passwordEdit, "rahasia")
    asked.ui.buttonBox.accepted.emit()
    qtbot.waitUntil(lambda: dialog.url != "", timeout=20_000)
    assert dialog.url == secret_store.with_password(postgres_url, "rahasia")
    assert memory.passwords == {("Pelita", postgres_url): "rahasia"}


@pytest.mark.postgres
def test_the_database_dialog_never_shows_the_password_and_keeps_it(
    qtbot: QtBot, runner: TaskRunner, postgres_url: str
) -> None:
    current = secret_store.with_password(postgres_url, "rahasia")
    dialog = DatabaseDialog(runner, current)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.urlEdit.text() == postgres_url
    dialog.ui.buttonBox.accepted.emit()
    qtbot.waitUntil(lambda: dialog.url != "", timeout=20_000)
    assert dialog.url == current


def test_screenshot(qtbot: QtBot, tmp_path: Path, no_keyring: None) -> None:
    """The dialog as a desk shows it (PELITA_SHOTS=/some/folder keeps it)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = app.font(), app.styleSheet()
    apply_style(app, False)
    folder = Path(os.environ.get("PELITA_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        url = secret_store.with_password(SERVER, "old")
        error = refused(url, 'password authentication failed for user "desk"')
        dialog = ask_database_password(None, url, error, lambda _url: None)
        assert dialog is not None
        qtbot.waitExposed(dialog)
        dialog.grab().save(str(folder / "db_password_dialog.png"))
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)
