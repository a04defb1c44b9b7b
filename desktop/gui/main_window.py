"""The main window: navigation on the left, one page per area the person may use."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QPixmap
from PySide6.QtWidgets import QListWidgetItem, QMainWindow, QMenu, QVBoxLayout, QWidget

from desktop import __version__
from desktop.domain.roles import Permission
from desktop.gui.app_context import AppContext
from desktop.gui.attention_bar import AttentionBar
from desktop.gui.dialogs import inform
from desktop.gui.forms.ui_main_window import Ui_MainWindow
from desktop.gui.main_window_reports import add_reports_menu, connect_dashboard
from desktop.gui.resources import icon_named
from desktop.paths import resource_path

if TYPE_CHECKING:
    from desktop.gui.certificate_verify_dialog import CertificateVerifyDialog

PageFactory = Callable[[AppContext], QWidget]
PageT = TypeVar("PageT", bound=QWidget)


def _pages(context: AppContext) -> list[tuple[str, str, PageFactory]]:
    """The areas this person may use, in navigation order. Later areas add theirs here."""
    from desktop.gui.attendance_numbers_page import AttendanceNumbersPage
    from desktop.gui.attendance_today import AttendanceTodayPage
    from desktop.gui.audit_page import AuditPage
    from desktop.gui.certificates_page import CertificatesPage
    from desktop.gui.cohorts_page import CohortsPage
    from desktop.gui.dashboard_page import DashboardPage
    from desktop.gui.follow_up_page import FollowUpPage
    from desktop.gui.inventory_page import InventoryPage
    from desktop.gui.loans_page import LoansPage
    from desktop.gui.participants_page import ParticipantsPage
    from desktop.gui.privacy_page import PrivacyPage
    from desktop.gui.programmes_page import ProgrammesPage
    from desktop.gui.settings_page import SettingsPage
    from desktop.gui.sponsors_page import SponsorsPage
    from desktop.gui.users_page import UsersPage

    pages: list[tuple[str, str, PageFactory]] = []
    if context.actor.may(Permission.VIEW_REPORTS):
        # The admin's home page: how the centre is doing, and what needs attention.
        pages.append((DashboardPage.nav_title(), "dashboard", DashboardPage))
    if context.actor.may(Permission.VIEW_PARTICIPANTS):
        # First: the desk's daily work starts from the list of people.
        pages.append((ParticipantsPage.nav_title(), "pelita", ParticipantsPage))
    if context.actor.may(Permission.VIEW_PROGRAMMES):
        # Everyone may look programmes up; only admins see the buttons that change them.
        pages.append((ProgrammesPage.nav_title(), "programmes", ProgrammesPage))
        # The same for cohorts: clerks enrol from them, instructors look up their classes.
        pages.append((CohortsPage.nav_title(), "cohorts", CohortsPage))
    if context.actor.may(Permission.MARK_ATTENDANCE):
        # Instructors see their own cohorts' sessions; clerks (paper sheets) and admins all.
        pages.append((AttendanceTodayPage.nav_title(), "attendance", AttendanceTodayPage))
    if context.actor.may(Permission.VIEW_PROGRAMMES):
        # Clerks and admins see who to call; instructors only the summary tab.
        pages.append(
            (AttendanceNumbersPage.nav_title(), "attendance-numbers", AttendanceNumbersPage)
        )
    if context.actor.may(Permission.VIEW_CERTIFICATES):
        # The register; admins also issue, revoke and re-issue from it.
        pages.append((CertificatesPage.nav_title(), "certificates", CertificatesPage))
    if context.actor.may(Permission.FOLLOW_UP):
        # Calling completers 3, 6 and 12 months on: who to call and what they said.
        pages.append((FollowUpPage.nav_title(), "follow-up", FollowUpPage))
    if context.actor.may(Permission.MANAGE_INVENTORY):
        # Donated machines and materials, what is out with participants, who gave them.
        pages.append((InventoryPage.nav_title(), "inventory", InventoryPage))
        pages.append((LoansPage.nav_title(), "loans", LoansPage))
        pages.append((SponsorsPage.nav_title(), "sponsors", SponsorsPage))
    if context.actor.may(Permission.RECORD_DATA_REQUESTS):
        # People's requests under UU PDP (access, correction, deletion, withdrawal), due in
        # 72 hours; admins also act on them and review inactive records.
        pages.append((PrivacyPage.nav_title(), "privacy", PrivacyPage))
    if context.actor.may(Permission.MANAGE_USERS):
        pages.append((UsersPage.nav_title(), "users", UsersPage))
    if context.actor.may(Permission.VIEW_AUDIT):
        pages.append((AuditPage.nav_title(), "audit", AuditPage))
    pages.append((SettingsPage.nav_title(), "settings", SettingsPage))
    return pages


def _nav_icon(name: str) -> QIcon:
    """The area's icon; while an area has none drawn yet, a blank one of the usual size, so
    every title in the navigation still starts at the same place."""
    if resource_path("icons", f"{name}.svg").exists():
        return icon_named(name)
    blank = QPixmap(24, 24)
    blank.fill(Qt.GlobalColor.transparent)
    return QIcon(blank)


class MainWindow(QMainWindow):
    logout_requested = Signal()
    lock_requested = Signal()
    idle_minutes_changed = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.context = context
        self.page_titles: list[str] = []
        self.report_dialog: QWidget | None = None  # the open report window (tests reach it)
        self.action_government_report: QAction | None = None
        self.reports_menu: QMenu | None = None
        for title, icon, factory in _pages(context):
            page = factory(context)
            if hasattr(page, "idle_minutes_changed"):
                page.idle_minutes_changed.connect(self.idle_minutes_changed)
            if hasattr(page, "open_participant_requested"):
                page.open_participant_requested.connect(self.open_participant)
            if hasattr(page, "open_cohort_attendance_requested"):
                page.open_cohort_attendance_requested.connect(self.open_cohort_attendance)
            connect_dashboard(self, page)
            self.ui.pages.addWidget(page)
            self.ui.navList.addItem(QListWidgetItem(_nav_icon(icon), title))
            self.page_titles.append(title)
        self.ui.navList.currentRowChanged.connect(self.ui.pages.setCurrentIndex)
        self.ui.navList.setCurrentRow(0)
        self._add_attention_bar()
        self.ui.actionLogOut.triggered.connect(self.logout_requested)
        self.ui.actionLock.triggered.connect(self.lock_requested)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionAbout.triggered.connect(self._about)
        self._add_verify_action()
        add_reports_menu(self)
        self._update_titles()

    def _add_attention_bar(self) -> None:
        """Low stock and overdue loans above whatever page is open: where admins look first."""
        self.attention = AttentionBar(self.context)
        layout = self.ui.centralLayout
        index = layout.indexOf(self.ui.pages)
        stretch = layout.stretch(index)
        column = QWidget()
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.setSpacing(0)
        layout.removeWidget(self.ui.pages)
        column_layout.addWidget(self.attention)
        column_layout.addWidget(self.ui.pages, 1)
        layout.insertWidget(index, column, stretch)
        from desktop.gui.inventory_page import InventoryPage
        from desktop.gui.loans_page import LoansPage

        inventory, loans = self.page(InventoryPage), self.page(LoansPage)
        if inventory is not None:
            inventory.inventory_changed.connect(self.attention.refresh)
            self.attention.low_stock_requested.connect(self.show_low_stock)
        if loans is not None:
            loans.changed.connect(self.attention.refresh)
            if inventory is not None:  # a loan moves stock: the list re-reads it
                loans.changed.connect(inventory.refresh)
            self.attention.overdue_loans_requested.connect(self.show_overdue_loans)
        self.attention.data_requests_requested.connect(self.show_data_requests)
        self.attention.backups_requested.connect(self.show_backups)
        self.ui.pages.currentChanged.connect(self._page_changed)

    def _page_changed(self, index: int) -> None:
        """Count again on every turn of the page (cheap: two counts); the inventory and loans
        pages say the same in their own banner and lists, so the line steps aside there."""
        from desktop.gui.inventory_page import InventoryPage
        from desktop.gui.loans_page import LoansPage

        page = self.ui.pages.widget(index)
        self.attention.set_suppressed(isinstance(page, InventoryPage | LoansPage))
        self.attention.refresh()

    def show_data_requests(self) -> None:
        from desktop.gui.privacy_page import PrivacyPage

        page = self.page(PrivacyPage)
        if page is not None:
            self.ui.navList.setCurrentRow(self.ui.pages.indexOf(page))

    def show_backups(self) -> None:
        from desktop.gui.settings_page import SettingsPage

        page = self.page(SettingsPage)
        if page is not None:
            self.ui.navList.setCurrentRow(self.ui.pages.indexOf(page))
            if page.backup_tab is not None:
                page.ui.tabs.setCurrentWidget(page.backup_tab)

    def show_low_stock(self) -> None:
        from desktop.gui.inventory_page import InventoryPage

        page = self.page(InventoryPage)
        if page is not None:
            self.ui.navList.setCurrentRow(self.ui.pages.indexOf(page))
            page.show_low_stock()

    def show_overdue_loans(self) -> None:
        from desktop.gui.loans_page import LoansPage

        page = self.page(LoansPage)
        if page is not None:
            self.ui.navList.setCurrentRow(self.ui.pages.indexOf(page))
            page.show_overdue()

    def _add_verify_action(self) -> None:
        """Verify a certificate: for everyone logged in (the page is for the register's users),
        first in the menu, so a desk with a scanner reaches it from anywhere."""
        self.verify_dialog: CertificateVerifyDialog | None = None
        self.action_verify = QAction(self.tr("&Verify a certificate…"), self)
        self.action_verify.triggered.connect(self.open_verify_dialog)
        menu, first = self.ui.menuFile, self.ui.actionLock
        menu.insertAction(first, self.action_verify)
        menu.insertSeparator(first)

    def open_government_report(self) -> None:
        from desktop.gui.government_report_action import open_government_report

        self.report_dialog = open_government_report(self, self.context)

    def open_verify_dialog(self) -> None:
        from desktop.gui.certificate_verify_dialog import CertificateVerifyDialog

        dialog = CertificateVerifyDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.verify_dialog = dialog
        dialog.open()

    def _update_titles(self) -> None:
        actor = self.context.actor
        role = QCoreApplication.translate("roles", actor.role.label)
        centre_name = self.context.centre_name
        title = f"Pelita — {centre_name}" if centre_name else "Pelita"
        if self.context.demo:
            title += " " + self.tr("(demo)")
        self.setWindowTitle(title)
        self.ui.statusBar.showMessage(
            self.tr("Logged in as %1 (%2)").replace("%1", actor.full_name).replace("%2", role)
        )

    def page(self, kind: type[PageT]) -> PageT | None:
        for index in range(self.ui.pages.count()):
            widget = self.ui.pages.widget(index)
            if isinstance(widget, kind):
                return widget
        return None

    def open_participant(self, participant_id: int) -> None:
        """Show a participant's profile from anywhere (a form that found the person on record,
        a later area's list)."""
        from desktop.gui.participants_page import ParticipantsPage

        page = self.page(ParticipantsPage)
        if page is not None:
            self.ui.navList.setCurrentRow(self.ui.pages.indexOf(page))
            page.open_profile(participant_id)

    def open_cohort(self, cohort_id: int) -> None:
        """Show a cohort in full from anywhere (a participant's enrolments, a later report)."""
        from desktop.gui.cohorts_page import CohortsPage

        page = self.page(CohortsPage)
        if page is not None:
            self.ui.navList.setCurrentRow(self.ui.pages.indexOf(page))
            page.open_cohort(cohort_id)

    def open_cohort_attendance(self, cohort_id: int) -> None:
        """Show a cohort's attendance grid (a matrix sheet's code was typed or scanned)."""
        from desktop.gui.cohorts_page import CohortsPage

        self.open_cohort(cohort_id)
        page = self.page(CohortsPage)
        grid = page.view.attendance_view if page is not None else None
        if page is not None and grid is not None:
            page.view.ui.tabs.setCurrentWidget(grid)

    def _about(self) -> None:
        inform(
            self,
            self.tr("About Pelita"),
            self.tr(
                "Pelita %1 — the registration desk of community skills-training centres.\n"
                "Free software under the GNU GPL version 3 or later."
            ).replace("%1", __version__),
        )
