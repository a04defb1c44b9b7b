"""The Privacy page and its dialogs as a desk shows them, styled, at normal and large text, for
a person to look at (PELITA_SHOTS=/some/folder keeps them): the requests with an overdue one,
recording a request, the deletion confirmation, closing a request, and the Retention tab."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.domain.privacy import RequestKind
from desktop.gui.app_context import AppContext
from desktop.gui.data_request_dialog import DataRequestDialog
from desktop.gui.privacy_page import PrivacyPage
from desktop.gui.style import apply_style
from desktop.gui.table_selection import select_row
from desktop.store.database import Database
from tests.gui.stock_fixtures import click, settle
from tests.gui.test_accessibility import _labels_without_buddy, _unnamed
from tests.gui.test_privacy_page import NOON, choose, pick, recorded, shown
from tests.gui.test_privacy_page import world as world
from tests.services.test_follow_up_list import World

pytestmark = pytest.mark.usefixtures("windows_deleted_here")


def grab(widget: QWidget, path: Path) -> None:
    QApplication.processEvents()
    assert widget.grab().save(str(path))


def _shots(qtbot: QtBot, context: AppContext, world: World, folder: Path, large: bool) -> None:
    suffix = "-large" if large else ""
    fresh = recorded(context, world, "Eka Putri", RequestKind.ACCESS, hours_ago=3)
    late = recorded(context, world, "Fajar Nugroho", RequestKind.DELETION, hours_ago=80)
    recorded(context, world, "Siti Aminah", RequestKind.WITHDRAWAL, hours_ago=20)
    page = PrivacyPage(context)
    qtbot.addWidget(page)
    page.resize(1366 - 200, 720)  # beside the navigation of a 1366×768 desk
    page.show()
    qtbot.waitExposed(page)
    settle(qtbot, context)
    assert len(shown(page)) == 3
    choose(qtbot, page, fresh.id)  # the overdue one unselected: red
    assert page.minimumSizeHint().width() <= 1366 - 200
    grab(page, folder / f"privacy-page{suffix}.png")
    choose(qtbot, page, late.id)

    click(qtbot, page.ui.actButton)
    assert page.confirm is not None
    qtbot.waitExposed(page.confirm)
    grab(page.confirm, folder / f"privacy-confirm-deletion{suffix}.png")
    page.confirm.reject()

    click(qtbot, page.ui.closeButton)
    assert page.dialog is not None
    qtbot.waitExposed(page.dialog)
    grab(page.dialog, folder / f"privacy-close-dialog{suffix}.png")
    page.dialog.reject()

    click(qtbot, page.ui.recordButton)
    dialog = page.dialog
    assert isinstance(dialog, DataRequestDialog)
    qtbot.waitExposed(dialog)
    assert not _unnamed(dialog) and not _labels_without_buddy(dialog)
    pick(qtbot, dialog, "Eka Putri")
    dialog.ui.kindCombo.setCurrentIndex(2)
    dialog.ui.receivedDateEdit.setDate((NOON - timedelta(days=4)).date())
    grab(dialog, folder / f"privacy-record-dialog{suffix}.png")
    dialog.reject()

    # Years later, so the people of the small centre are past the period.
    later = datetime.now(UTC) + timedelta(days=6 * 366)
    context.db.clock = lambda: later
    page.ui.tabs.setCurrentWidget(page.ui.retentionTab)
    assert page.retention is not None
    page.retention.refresh()
    settle(qtbot, context)
    select_row(page.retention.ui.inactiveTable, 1)
    assert not _unnamed(page) and not _labels_without_buddy(page)
    grab(page, folder / f"privacy-retention{suffix}.png")


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large-text"])
def test_screenshots_at_1366_by_768(
    qtbot: QtBot,
    world: World,
    admin_context: AppContext,
    gui_db: Database,
    tmp_path: Path,
    large: bool,
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = app.font(), app.styleSheet()
    apply_style(app, large)
    folder = Path(os.environ.get("PELITA_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        _shots(qtbot, admin_context, world, folder, large)
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)
