"""The main window's Reports menu and the dashboard's links: the reports a centre sends out or
plans with (government office, survey results, demand for training), for those who may see
them; and the dashboard's cards that open the page behind a number."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from desktop.domain.roles import Permission

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow


def add_reports_menu(window: MainWindow) -> None:
    """A Reports menu between File and Help, holding only what the person may open."""
    actor = window.context.actor
    entries: list[tuple[str, Callable[[], None]]] = []
    if actor.may(Permission.MANAGE_PROGRAMMES):
        text = QCoreApplication.translate("MainWindow", "&Report for the government office…")
        entries.append((text, window.open_government_report))
    if actor.may(Permission.VIEW_REPORTS):
        text = QCoreApplication.translate("MainWindow", "&Survey results…")
        entries.append((text, lambda: open_survey_results(window)))
        text = QCoreApplication.translate("MainWindow", "&Demand for training…")
        entries.append((text, lambda: open_demand(window)))
    if not entries:
        return
    menu = QMenu(QCoreApplication.translate("MainWindow", "&Reports"), window)
    window.ui.menuBar.insertMenu(window.ui.menuHelp.menuAction(), menu)
    for text, slot in entries:
        action = QAction(text, window)
        action.triggered.connect(slot)
        menu.addAction(action)
        if slot == window.open_government_report:
            window.action_government_report = action
    window.reports_menu = menu


def open_survey_results(window: MainWindow) -> None:
    from desktop.gui.survey_results_dialog import open_survey_results as open_results

    window.report_dialog = open_results(window, window.context)


def open_demand(window: MainWindow) -> None:
    from desktop.gui.demand_dialog import open_demand as open_report

    window.report_dialog = open_report(window, window.context)


def connect_dashboard(window: MainWindow, page: QWidget) -> None:
    """The dashboard's low-stock, overdue and at-risk cards open the list behind the number."""
    signal = getattr(page, "open_page", None)
    if signal is not None:
        signal.connect(lambda name: open_named_page(window, name))


def open_named_page(window: MainWindow, name: str) -> None:
    from desktop.gui.attendance_numbers_page import AttendanceNumbersPage

    if name == "inventory":
        window.show_low_stock()
    elif name == "loans":
        window.show_overdue_loans()
    elif name == "attendance":
        page = window.page(AttendanceNumbersPage)
        if page is not None:
            window.ui.navList.setCurrentRow(window.ui.pages.indexOf(page))
