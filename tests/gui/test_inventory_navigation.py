"""The inventory's pages in the main window: who sees them, the attention line's links, and
the stock take reached from the inventory page."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.gui.app_context import AppContext
from desktop.gui.inventory_page import InventoryPage
from desktop.gui.loans_page import LoansPage
from desktop.gui.main_window import MainWindow
from desktop.gui.sponsors_page import SponsorsPage
from desktop.gui.stock_take_dialog import StockTakeDialog
from desktop.store.database import Database
from tests.gui.test_attention_bar import low_fabric_and_an_overdue_machine

pytestmark = pytest.mark.usefixtures("windows_deleted_here")


def settle(qtbot: QtBot, context: AppContext) -> None:
    qtbot.waitUntil(lambda: context.runner.idle)


def open_window(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, context)
    return window


def test_admins_have_the_inventory_loans_and_sponsors(
    qtbot: QtBot, admin_context: AppContext
) -> None:
    window = open_window(qtbot, admin_context)
    for page in (InventoryPage, LoansPage, SponsorsPage):
        assert window.page(page) is not None
    assert {"Inventory", "Loans", "Sponsors"} <= set(window.page_titles)


@pytest.mark.parametrize("role", ["clerk_context", "instructor_context"])
def test_staff_do_not_see_them(qtbot: QtBot, role: str, request: pytest.FixtureRequest) -> None:
    context: AppContext = request.getfixturevalue(role)
    window = open_window(qtbot, context)
    for page in (InventoryPage, LoansPage, SponsorsPage):
        assert window.page(page) is None


def test_the_attention_links_open_the_lists_they_count(
    qtbot: QtBot, gui_db: Database, admin_context: AppContext
) -> None:
    low_fabric_and_an_overdue_machine(gui_db, admin_context)
    window = open_window(qtbot, admin_context)
    assert window.attention.isVisible()

    window.attention.label.linkActivated.emit("low")
    settle(qtbot, admin_context)
    inventory = window.page(InventoryPage)
    assert inventory is not None and window.ui.pages.currentWidget() is inventory
    assert inventory.ui.lowCheck.isChecked()
    assert [inventory.model.item_at(row).name for row in range(inventory.model.rowCount())] == [
        "Kain katun"
    ]
    # The page says it in its own banner: the line above steps aside while it is open.
    assert not window.attention.isVisible()

    window.attention.label.linkActivated.emit("overdue")
    settle(qtbot, admin_context)
    loans = window.page(LoansPage)
    assert loans is not None and window.ui.pages.currentWidget() is loans
    assert [loans.model.item_at(row).item_name for row in range(loans.model.rowCount())] == [
        "Mesin jahit"
    ]

    window.ui.navList.setCurrentRow(0)
    assert window.attention.isVisible()


def test_the_stock_take_opens_from_the_inventory_page(
    qtbot: QtBot, admin_context: AppContext
) -> None:
    window = open_window(qtbot, admin_context)
    inventory = window.page(InventoryPage)
    assert inventory is not None
    window.ui.navList.setCurrentRow(window.ui.pages.indexOf(inventory))
    inventory.ui.stockTakeButton.click()
    dialog = inventory.commands.stock_take_dialog
    assert isinstance(dialog, StockTakeDialog)
    qtbot.waitExposed(dialog)
    settle(qtbot, admin_context)
    dialog.reject()


def test_admins_make_the_government_report_from_the_menu(
    qtbot: QtBot, admin_context: AppContext, clerk_context: AppContext
) -> None:
    from desktop.gui.government_report_action import GovernmentReportDialog

    window = open_window(qtbot, admin_context)
    action = window.action_government_report
    assert window.reports_menu is not None
    assert action is not None and action in window.reports_menu.actions()
    action.trigger()
    dialog = window.report_dialog
    assert isinstance(dialog, GovernmentReportDialog)
    qtbot.waitExposed(dialog)
    dialog.reject()
    settle(qtbot, admin_context)

    clerks = open_window(qtbot, clerk_context)
    assert clerks.action_government_report is None
