"""Low stock and overdue loans across the top of the main window, for admins only."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.domain.inventory import ItemKind, MovementKind, Unit
from desktop.gui.app_context import AppContext
from desktop.gui.main_window import MainWindow
from desktop.services import inventory_items as inventory
from desktop.services.attendance_common import local_day
from desktop.store.database import Database
from desktop.store.inventory import Loan
from tests.services.test_participant_history import register

pytestmark = pytest.mark.usefixtures("windows_deleted_here")


def settle(qtbot: QtBot, context: AppContext) -> None:
    qtbot.waitUntil(lambda: context.runner.idle)


def low_fabric_and_an_overdue_machine(db: Database, context: AppContext) -> None:
    admin = context.actor
    today = local_day(db.clock())
    store = inventory.create_location(db, admin, "Gudang")
    fabric = inventory.create_item(
        db, admin, inventory.ItemInput(ItemKind.CONSUMABLE, "Kain katun", Unit.METRE, 20_000)
    )
    inventory.receive(db, admin, fabric, store.id, 5_000, MovementKind.PURCHASED, today)
    machine = inventory.create_item(
        db, admin, inventory.ItemInput(ItemKind.EQUIPMENT, "Mesin jahit")
    )
    person = register(db, admin, 0)
    with db.sessions.begin() as session:
        session.add(
            Loan(
                kind="loan",
                item_id=machine,
                participant_id=person,
                location_id=store.id,
                quantity_milli=1000,
                out_on=today - timedelta(days=40),
                due_on=today - timedelta(days=3),
            )
        )


def test_the_admin_sees_low_stock_and_overdue_loans_first(
    qtbot: QtBot, gui_db: Database, admin_context: AppContext
) -> None:
    low_fabric_and_an_overdue_machine(gui_db, admin_context)
    window = MainWindow(admin_context)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, admin_context)
    bar = window.attention
    assert bar.isVisible()
    assert bar.current.low_items == 1 and bar.current.overdue_loans == 1
    text = bar.label.text()
    assert "1 item low on stock" in text and "1 loan overdue" in text

    with qtbot.waitSignal(bar.low_stock_requested):
        bar.label.linkActivated.emit("low")
    with qtbot.waitSignal(bar.overdue_loans_requested):
        bar.label.linkActivated.emit("overdue")


def test_the_bar_stays_away_when_nothing_needs_doing(
    qtbot: QtBot, admin_context: AppContext
) -> None:
    window = MainWindow(admin_context)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, admin_context)
    assert not window.attention.isVisible() and not window.attention.current.any


def test_clerks_are_not_shown_the_inventory(
    qtbot: QtBot, gui_db: Database, admin_context: AppContext, clerk_context: AppContext
) -> None:
    low_fabric_and_an_overdue_machine(gui_db, admin_context)
    window = MainWindow(clerk_context)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, clerk_context)
    assert not window.attention.enabled and not window.attention.isVisible()


def test_a_change_refreshes_the_counts(
    qtbot: QtBot, gui_db: Database, admin_context: AppContext
) -> None:
    window = MainWindow(admin_context)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, admin_context)
    bar = window.attention
    assert not bar.isVisible()
    low_fabric_and_an_overdue_machine(gui_db, admin_context)
    bar.refresh()
    settle(qtbot, admin_context)
    assert bar.isVisible() and bar.current.low_items == 1
    assert bar.label.textFormat() is Qt.TextFormat.RichText


def test_turning_the_page_counts_again(
    qtbot: QtBot, gui_db: Database, admin_context: AppContext
) -> None:
    """A loan becomes overdue at midnight with nobody touching it: the next page the admin
    opens shows it."""
    window = MainWindow(admin_context)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, admin_context)
    assert not window.attention.isVisible()
    low_fabric_and_an_overdue_machine(gui_db, admin_context)
    window.ui.navList.setCurrentRow(1)
    settle(qtbot, admin_context)
    assert window.attention.isVisible() and window.attention.current.overdue_loans == 1
