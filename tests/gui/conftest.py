"""GUI fixtures: real dialogs on the offscreen platform, over a real demo database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from desktop.config import DeskConfig
from desktop.gui.app_context import AppContext
from desktop.gui.tasks import TaskRunner
from desktop.services.accounts import authenticate
from desktop.services.demo import build_demo
from desktop.store.database import Database


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
