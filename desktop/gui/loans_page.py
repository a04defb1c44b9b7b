"""The Loans page (admins): equipment lent to participants and things handed over to them for
good, the overdue loans first, marked with a sign and how late they are. From here an admin
lends a machine, hands over a starter kit, takes a loan back and prints a handover record
(berita acara serah terima).

Every read and change runs on the worker; the dialogs are in desktop.gui.loan_dialogs. After a
change the list is read again and `changed` tells the window (its attention line counts
overdue loans).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget
from shiboken6 import isValid

from desktop.domain.errors import PelitaError
from desktop.gui.app_context import AppContext
from desktop.gui.formatting import language
from desktop.gui.forms.ui_loans_page import Ui_LoansPage
from desktop.gui.loans_model import Column, LoansTableModel, is_open
from desktop.gui.message_line import show_message
from desktop.gui.pdf_window import SavablePdfViewer, show_pdf
from desktop.gui.signals import emit
from desktop.gui.stock_texts import inventory_message
from desktop.gui.table_selection import select_row
from desktop.services import inventory_loans
from desktop.services.attendance_common import local_day
from desktop.services.inventory_loans import LoanFilter, LoanKind, LoanRow

OPEN, OVERDUE, ALL = "open", "overdue", "all"


class LoansPage(QWidget):
    changed = Signal()  # something was lent, handed over or returned here

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_LoansPage()
        self.ui.setupUi(self)
        self.model = LoansTableModel(self)
        # The open dialog and PDF viewer (tests reach them here).
        self.dialog: QDialog | None = None
        self.viewer: SavablePdfViewer | None = None
        self._generation = 0
        combo = self.ui.filterCombo
        combo.addItem(self.tr("Open loans"), OPEN)
        combo.addItem(self.tr("Overdue loans"), OVERDUE)
        combo.addItem(self.tr("All, with handovers and returns"), ALL)
        self._setup_table()
        self._connect()
        self.say("", "hint")
        self._update_buttons()
        self.refresh()

    @staticmethod
    def nav_title() -> str:
        return QCoreApplication.translate("LoansPage", "Loans")

    def _setup_table(self) -> None:
        table = self.ui.loansTable
        table.setModel(self.model)
        header = table.horizontalHeader()
        # Tens of rows: every column fits its text, the item's name whole even in large text
        # (the table scrolls sideways rather than cutting it); the last takes what is left.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)

    def _connect(self) -> None:
        ui = self.ui
        ui.filterCombo.currentIndexChanged.connect(lambda _index: self.refresh())
        ui.loansTable.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        ui.loansTable.activated.connect(lambda _index: self._activated())
        ui.lendButton.clicked.connect(self.lend)
        ui.handOverButton.clicked.connect(self.hand_over)
        ui.returnButton.clicked.connect(self.return_loan)
        ui.printButton.clicked.connect(self.print_record)

    # --- the list -----------------------------------------------------------------------

    def today(self) -> date:
        """Today by the database's clock (the services decide what is overdue with it)."""
        return local_day(self.context.db.clock())

    def show_overdue(self) -> None:
        """Only the overdue loans (the window's attention line links here)."""
        self.ui.filterCombo.setCurrentIndex(self.ui.filterCombo.findData(OVERDUE))
        self.refresh()

    def loan_filter(self) -> LoanFilter:
        shown = self.ui.filterCombo.currentData()
        if shown == OVERDUE:
            return LoanFilter(open_only=True, overdue_only=True)
        if shown == ALL:
            return LoanFilter(open_only=False)
        return LoanFilter(open_only=True)

    def refresh(self, select: int | None = None) -> None:
        """Read the list again (another desk may have lent something), keeping the selection."""
        self._generation += 1
        generation, ctx = self._generation, self.context
        flt, today = self.loan_filter(), self.today()
        current = self.selected()
        keep = select if select is not None else (current.id if current else None)

        def done(loans: list[LoanRow]) -> None:
            if not isValid(self) or generation != self._generation:
                return
            self.model.set_loans(loans)
            self._show_count(loans)
            if keep is not None:
                self.select(keep)

        def failed(error: BaseException) -> None:
            if isValid(self) and generation == self._generation:
                self.model.set_loans([])
                self.failed(error)

        ctx.runner.submit(
            lambda: inventory_loans.list_loans(ctx.db, ctx.actor, flt, today), done, failed
        )

    def selected(self) -> LoanRow | None:
        rows = self.ui.loansTable.selectionModel().selectedRows()
        return self.model.loan_at(rows[0].row()) if rows else None

    def select(self, loan_id: int) -> None:
        row = self.model.row_of(loan_id)
        if row is not None:
            select_row(self.ui.loansTable, row, Column.ITEM)

    def _show_count(self, loans: list[LoanRow]) -> None:
        locale = QLocale()
        overdue = sum(1 for loan in loans if loan.overdue_days > 0)
        if len(loans) == 1:
            text = self.tr("1 entry")
        else:
            text = self.tr("%1 entries").replace("%1", locale.toString(len(loans)))
        if overdue:
            text += " · " + self.tr("%1 overdue").replace("%1", locale.toString(overdue))
        self.ui.countLabel.setText(text)

    def _update_buttons(self) -> None:
        # Return… stays on: its dialog lists every loan still out, the selected one chosen.
        loan = self.selected()
        self.ui.printButton.setEnabled(loan is not None and loan.kind is LoanKind.HANDOVER)

    def _activated(self) -> None:
        loan = self.selected()
        if loan is not None and is_open(loan):
            self.return_loan()
        elif loan is not None and loan.kind is LoanKind.HANDOVER:
            self.print_record()

    # --- lending, handing over, returning -----------------------------------------------

    def lend(self) -> None:
        from desktop.gui.loan_dialogs import LendDialog

        dialog = LendDialog(self.context, self)
        self._open(dialog, lambda: self._saved(dialog.saved, self.tr("Lent %1 to %2.")))

    def hand_over(self) -> None:
        from desktop.gui.loan_dialogs import HandOverDialog

        dialog = HandOverDialog(self.context, self)
        # Said as soon as it is saved: the dialog stays open to offer printing the record.
        dialog.saved_loan.connect(lambda: self._handed_over(dialog.saved))
        self._open(dialog)

    def return_loan(self) -> None:
        from desktop.gui.loan_dialogs import ReturnDialog

        chosen = self.selected()
        dialog = ReturnDialog(self.context, chosen if chosen and is_open(chosen) else None, self)
        self._open(dialog, lambda: self._saved(dialog.saved, self.tr("%1 is back from %2.")))

    def _open(self, dialog: QDialog, on_accepted: Callable[[], None] | None = None) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if on_accepted is not None:
            dialog.accepted.connect(on_accepted)
        self.dialog = dialog
        # open(), not exec(): no nested event loop, and tests drive the real dialog with qtbot.
        dialog.open()

    def _handed_over(self, loan: LoanRow | None) -> None:
        """A handover is never an open loan: the whole list shows it, selected."""
        combo = self.ui.filterCombo
        if loan is not None and combo.currentData() != ALL:
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(ALL))
            combo.blockSignals(False)
        self._saved(loan, self.tr("Handed over %1 to %2."))

    def _saved(self, loan: LoanRow | None, text: str) -> None:
        if loan is None or not isValid(self):
            return
        what = f"{loan.item_name} ({loan.number})" if loan.number else loan.item_name
        self.say(text.replace("%1", what).replace("%2", loan.participant_name), "ok")
        self.refresh(select=loan.id)
        emit(self.changed)

    # --- the handover record ------------------------------------------------------------

    def print_record(self) -> None:
        loan = self.selected()
        if loan is None or loan.kind is not LoanKind.HANDOVER:
            return
        self.viewer = None
        ctx, lang = self.context, language()

        def shown(data: bytes) -> None:
            if isValid(self):
                self.viewer = show_record(self, ctx, loan, data)

        ctx.runner.submit(
            lambda: inventory_loans.handover_pdf(ctx.db, ctx.actor, loan.id, language=lang),
            shown,
            self.failed,
        )

    # --- messages -----------------------------------------------------------------------

    def failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        if isinstance(error, PelitaError):
            self.say(inventory_message(error), "error")
        else:
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)

    def say(self, text: str, role: str) -> None:
        """A message under the buttons: "ok" (done), "error" or "hint"."""
        show_message(self.ui.messageLabel, text, role)


def record_file_name(loan: LoanRow) -> str:
    """ "BAST-0001-XI-2026 Siti Aminah.pdf": the number without its slashes, and the name."""
    return f"{loan.number.replace('/', '-')} {loan.participant_name}.pdf"


def show_record(parent: QWidget, ctx: AppContext, loan: LoanRow, data: bytes) -> SavablePdfViewer:
    title = QCoreApplication.translate("LoansPage", "Handover record %1 — %2")
    title = title.replace("%1", loan.number).replace("%2", loan.participant_name)
    return show_pdf(parent, ctx.runner, data, title, record_file_name(loan))
