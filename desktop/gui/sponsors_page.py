"""The Sponsors page (admins): every sponsor with what it gave in cash and in kind, found by
name as it is typed; a new sponsor, one opened whole (contacts, agreements, contributions),
deactivated or deleted, and its impact report.

Every call runs on the worker. Deleting a sponsor with a history is refused by the service with
what names it; the page then says so calmly and offers Deactivate, which keeps the history.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QHeaderView, QPushButton, QWidget
from shiboken6 import isValid

from desktop.domain.errors import Conflict, PelitaError
from desktop.gui.app_context import AppContext
from desktop.gui.dialogs import ask
from desktop.gui.forms.ui_sponsors_page import Ui_SponsorsPage
from desktop.gui.i18n import message
from desktop.gui.message_line import show_message
from desktop.gui.sponsor_detail_dialog import SponsorDetailDialog
from desktop.gui.sponsor_dialog import NewSponsorDialog
from desktop.gui.sponsor_report_hook import open_report, report_available
from desktop.gui.sponsors_model import Column, SponsorsTableModel
from desktop.gui.table_selection import select_row
from desktop.services import sponsor_details
from desktop.services.sponsor_details import SponsorSummary


class SponsorsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_SponsorsPage()
        self.ui.setupUi(self)
        self.model = SponsorsTableModel(self)
        # The open dialog (tests reach it here): a new sponsor's, or one sponsor's whole.
        self.dialog: NewSponsorDialog | SponsorDetailDialog | None = None
        self._setup_table()
        self._connect()
        self.ui.reportButton.setVisible(report_available())
        self._say("", "hint")
        self._update_buttons()
        self.refresh()

    @staticmethod
    def nav_title() -> str:
        return QCoreApplication.translate("SponsorsPage", "Sponsors")

    def _setup_table(self) -> None:
        table = self.ui.sponsorsTable
        table.setModel(self.model)
        header = table.horizontalHeader()
        for column in Column:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)

    def _connect(self) -> None:
        ui = self.ui
        ui.searchEdit.textChanged.connect(lambda _text: self.refresh())
        ui.inactiveCheck.toggled.connect(lambda _checked: self.refresh())
        ui.sponsorsTable.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        ui.sponsorsTable.activated.connect(lambda _index: self.open_sponsor())
        ui.newButton.clicked.connect(self.new_sponsor)
        ui.openButton.clicked.connect(self.open_sponsor)
        ui.activeButton.clicked.connect(self.toggle_active)
        ui.deleteButton.clicked.connect(self.delete_sponsor)
        ui.reportButton.clicked.connect(self.impact_report)
        QShortcut(QKeySequence(QKeySequence.StandardKey.New), self, self.new_sponsor)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), ui.sponsorsTable)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_sponsor)

    # --- the list -----------------------------------------------------------------------

    def refresh(self, select: int | None = None) -> None:
        """Read the list again (another desk may have changed it), keeping the selection."""
        ctx = self.context
        text, everyone = self.ui.searchEdit.text(), self.ui.inactiveCheck.isChecked()
        current = self.selected()
        keep = select if select is not None else (current.id if current else None)

        def done(rows: list[SponsorSummary]) -> None:
            if not isValid(self):
                return
            focused = QApplication.focusWidget()
            self.model.set_rows(rows)
            self._show_count(len(rows))
            if keep is not None:
                self.select(keep)
            # A reset disables the row buttons for a moment: a keyboard user keeps their place.
            if isinstance(focused, QPushButton) and self.isAncestorOf(focused):
                target = focused if focused.isEnabled() else self.ui.sponsorsTable
                target.setFocus(Qt.FocusReason.OtherFocusReason)

        def failed(error: BaseException) -> None:
            if isValid(self):
                self.model.set_rows([])
                self._failed(error, reread=False)

        ctx.runner.submit(
            lambda: sponsor_details.sponsor_overview(
                ctx.db, ctx.actor, text, include_inactive=everyone
            ),
            done,
            failed,
        )

    def selected(self) -> SponsorSummary | None:
        rows = self.ui.sponsorsTable.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select(self, sponsor_id: int) -> None:
        row = self.model.row_of(sponsor_id)
        if row is not None:
            select_row(self.ui.sponsorsTable, row, Column.NAME)

    def _update_buttons(self) -> None:
        ui, sponsor = self.ui, self.selected()
        for button in (ui.openButton, ui.activeButton, ui.deleteButton, ui.reportButton):
            button.setEnabled(sponsor is not None)
        deactivate = sponsor is None or sponsor.active
        ui.activeButton.setText(self.tr("Deac&tivate") if deactivate else self.tr("Reac&tivate"))
        ui.activeButton.setAccessibleName(
            self.tr("Deactivate sponsor") if deactivate else self.tr("Reactivate sponsor")
        )

    def _show_count(self, count: int) -> None:
        if count == 1:
            text = self.tr("1 sponsor")
        else:
            text = self.tr("%1 sponsors").replace("%1", QLocale().toString(count))
        self.ui.countLabel.setText(text)

    # --- the dialogs --------------------------------------------------------------------

    def new_sponsor(self) -> None:
        dialog = NewSponsorDialog(self.context, self, self.ui.searchEdit.text().strip())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._added(dialog))
        self.dialog = dialog
        dialog.open()  # not exec(): no nested event loop, and tests drive the real dialog

    def _added(self, dialog: NewSponsorDialog) -> None:
        if dialog.created is None:
            return
        self.ui.searchEdit.blockSignals(True)  # the new sponsor must show, whatever was typed
        self.ui.searchEdit.clear()
        self.ui.searchEdit.blockSignals(False)
        self.refresh(select=dialog.created.id)
        text = self.tr("Added the sponsor %1. Open it to add its contacts, agreements and gifts.")
        self._say(text.replace("%1", dialog.created.name), "ok")

    def open_sponsor(self) -> None:
        sponsor = self.selected()
        if sponsor is None:
            return
        dialog = SponsorDetailDialog(self.context, sponsor.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Totals and names may have changed inside: the list is read again when it closes.
        dialog.finished.connect(lambda _result: self.refresh())
        self.dialog = dialog
        dialog.open()

    def impact_report(self) -> None:
        sponsor = self.selected()
        if sponsor is not None:
            open_report(self, self.context, sponsor.id)

    # --- deactivate, delete -------------------------------------------------------------

    def toggle_active(self) -> None:
        sponsor = self.selected()
        if sponsor is None:
            return
        ctx, active = self.context, not sponsor.active

        def done(_none: None) -> None:
            if not isValid(self):
                return
            self.refresh(select=sponsor.id)
            if active:
                text = self.tr("Reactivated the sponsor %1: it is offered for new cohorts again.")
            else:
                text = self.tr(
                    "Deactivated the sponsor %1: it is kept with its history and no longer "
                    "offered for new cohorts."
                )
            self._say(text.replace("%1", sponsor.name), "ok")

        ctx.runner.submit(
            lambda: sponsor_details.set_sponsor_active(ctx.db, ctx.actor, sponsor.id, active),
            done,
            self._failed,
        )

    def delete_sponsor(self) -> None:
        sponsor = self.selected()
        if sponsor is None:
            return
        if not ask(
            self,
            self.tr("Delete sponsor"),
            self.tr(
                "Delete the sponsor %1? Deleting is for a sponsor entered by mistake and cannot "
                "be undone. A sponsor that gave something or sponsors a cohort is deactivated "
                "instead."
            ).replace("%1", sponsor.name),
            self.tr("&Delete"),
        ):
            return
        ctx = self.context

        def done(_none: None) -> None:
            if isValid(self):
                self.refresh()
                self._say(self.tr("Deleted the sponsor %1.").replace("%1", sponsor.name), "ok")

        ctx.runner.submit(
            lambda: sponsor_details.delete_sponsor(ctx.db, ctx.actor, sponsor.id),
            done,
            self._failed,
        )

    # --- messages -----------------------------------------------------------------------

    def _failed(self, error: BaseException, *, reread: bool = True) -> None:
        if not isValid(self):
            return
        if not isinstance(error, PelitaError):
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)
            return
        if reread:
            self.refresh()
        if isinstance(error, Conflict):
            # A refusal with a way out (deactivate instead): said calmly, the way out at hand.
            self._say(message(error), "hint")
            if self.ui.activeButton.isEnabled():
                self.ui.activeButton.setFocus()
        else:
            self._say(message(error), "error")

    def _say(self, text: str, role: str) -> None:
        """A message under the buttons: "ok" (done), "error", or "hint" (a calm refusal)."""
        show_message(self.ui.statusLabel, text, role)
