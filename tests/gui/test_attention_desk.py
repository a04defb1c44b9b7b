"""The admin's attention line also says when people's data requests fall due within a day
and when this desk's automatic backups have stopped, each a link to where to act."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.domain.privacy import RequestKind
from desktop.gui.app_context import AppContext
from desktop.gui.main_window import MainWindow
from desktop.gui.privacy_page import PrivacyPage
from desktop.gui.settings_page import SettingsPage
from desktop.services import data_requests
from desktop.services.backups import take_backup
from desktop.services.desk_backups import backup_target
from desktop.store.database import Database
from tests.services.test_participant_history import register

pytestmark = pytest.mark.usefixtures("windows_deleted_here")


def open_window(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: context.runner.idle)
    return window


def with_backup_folder(context: AppContext, folder: Path) -> AppContext:
    config = context.config._replace(backup_folder=str(folder))
    return AppContext(
        db=context.db, actor=context.actor, runner=context.runner, config=config, demo=True
    )


def test_a_request_due_within_a_day_is_named_and_leads_to_the_privacy_page(
    qtbot: QtBot, gui_db: Database, admin_context: AppContext, tmp_path: Path
) -> None:
    context = with_backup_folder(admin_context, tmp_path / "backups")
    person = register(gui_db, context.actor, 0)
    now = datetime.now(UTC)
    data_requests.record_request(
        gui_db,
        context.actor,
        person,
        RequestKind.ACCESS,
        "Minta salinan",
        now - timedelta(hours=60),
    )
    data_requests.record_request(  # due in two days: not yet worth a line
        gui_db,
        context.actor,
        person,
        RequestKind.CORRECTION,
        "Ejaan nama",
        now - timedelta(hours=24),
    )
    window = open_window(qtbot, context)
    bar = window.attention
    assert bar.isVisible() and bar.desk.requests_due == 1
    assert "1 data request due" in bar.label.text()
    bar.label.linkActivated.emit("requests")
    assert isinstance(window.ui.pages.currentWidget(), PrivacyPage)


def test_backups_that_stopped_are_named_and_lead_to_the_backups_tab(
    qtbot: QtBot, gui_db: Database, admin_context: AppContext, tmp_path: Path
) -> None:
    context = with_backup_folder(admin_context, tmp_path / "backups")
    target = backup_target(gui_db.url, context.config)
    assert target is not None
    take_backup(*target, "daily", datetime.now(UTC) - timedelta(days=3, hours=2))
    window = open_window(qtbot, context)
    bar = window.attention
    assert bar.isVisible() and bar.desk.backup_days == 3
    assert "no backup for 3 days" in bar.label.text()
    bar.label.linkActivated.emit("backup")
    page = window.ui.pages.currentWidget()
    assert isinstance(page, SettingsPage)
    assert page.ui.tabs.currentWidget() is page.backup_tab


def test_a_fresh_backup_and_no_due_request_say_nothing(
    qtbot: QtBot, gui_db: Database, admin_context: AppContext, tmp_path: Path
) -> None:
    context = with_backup_folder(admin_context, tmp_path / "backups")
    target = backup_target(gui_db.url, context.config)
    assert target is not None
    take_backup(*target, "daily", datetime.now(UTC) - timedelta(hours=30))
    window = open_window(qtbot, context)
    assert not window.attention.desk.any and not window.attention.isVisible()


def test_a_clerk_hears_of_neither(
    qtbot: QtBot, gui_db: Database, admin_context: AppContext, clerk_context: AppContext,
    tmp_path: Path,
) -> None:  # fmt: skip
    person = register(gui_db, admin_context.actor, 0)
    old = datetime.now(UTC) - timedelta(hours=80)
    data_requests.record_request(gui_db, clerk_context.actor, person, RequestKind.DELETION, "", old)
    window = open_window(qtbot, with_backup_folder(clerk_context, tmp_path / "none"))
    assert not window.attention.desk.any and not window.attention.isVisible()
