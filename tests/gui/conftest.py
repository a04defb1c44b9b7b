"""GUI fixtures: real dialogs on the offscreen platform, over a real demo database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from desktop.config import DeskConfig
from desktop.gui.app_context import AppContext
from desktop.gui.tasks import TaskRunner
from desktop.services.accounts import authenticate
from desktop.services.demo import build_demo
from desktop.store.database import Database


@pytest.fixture
def windows_deleted_here(qtbot: QtBot) -> Iterator[None]:
    """Every window a test opens is deleted when it ends, on this thread (for test modules
    whose windows have no parent: `pytestmark = pytest.mark.usefixtures(...)`). Left to Python's
    garbage collector, a dialog caught in a reference cycle may be deleted on the database
    worker's thread, where Qt cannot stop its timers (a line edit's blinking cursor): one
    fires later on the freed dialog and the process crashes in another test."""
    before = set(QApplication.topLevelWidgets())
    yield
    for widget in QApplication.topLevelWidgets():
        ours = type(widget).__module__.startswith(("desktop.", "tests."))
        if ours and widget not in before and isValid(widget):
            widget.close()
            shiboken6.delete(widget)


@pytest.fixture
def gui_db(sqlite_db: Database) -> Database:
    build_demo(sqlite_db)
    return sqlite_db


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    task_runner = TaskRunner()
    yield task_runner
    task_runner.wait()


def _context(db: Database, runner: TaskRunner, username: str) -> AppContext:
    actor = authenticate(db, username, f"{username}-demo")
    return AppContext(db=db, actor=actor, runner=runner, config=DeskConfig(), demo=True)


@pytest.fixture
def admin_context(gui_db: Database, runner: TaskRunner) -> AppContext:
    return _context(gui_db, runner, "admin")


@pytest.fixture
def clerk_context(gui_db: Database, runner: TaskRunner) -> AppContext:
    return _context(gui_db, runner, "petugas")


@pytest.fixture
def instructor_context(gui_db: Database, runner: TaskRunner) -> AppContext:
    return _context(gui_db, runner, "instruktur")
