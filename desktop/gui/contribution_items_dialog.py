"""Recording things a sponsor gave in kind, line by line: the item (one from the inventory, or a
new one added here), the place it is kept, the quantity in the item's unit and the estimated
value of the line (desktop.gui.contribution_lines). Saving puts every line in stock in one step
(services.sponsor_contributions).

Quantities and rupiah are read here first ("2,5" metres; a roll is whole; "1.500.000"); a line
the service refuses (a machine already in stock, a place closed meanwhile) is marked in the
table with its message under it, "Line 2: …", and nothing typed is lost. Machines already in
stock are not offered: a machine is given once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QWidget
from shiboken6 import isValid

from desktop.domain.errors import PelitaError
from desktop.gui.app_context import AppContext
from desktop.gui.contribution_dialog import fill_agreements
from desktop.gui.contribution_lines import PARTS, GiftLines, ItemChoices, givable
from desktop.gui.contribution_new_item_dialog import NewItemDialog
from desktop.gui.dialogs import localise_buttons
from desktop.gui.field_errors import FieldErrors
from desktop.gui.form_calls import FormCalls
from desktop.gui.forms.ui_contribution_items_dialog import Ui_ContributionItemsDialog
from desktop.gui.i18n import message
from desktop.gui.inventory_fields import from_qdate, to_qdate, today
from desktop.services.inventory_list import ItemRow
from desktop.services.sponsor_details import InKindInput, record_in_kind


class ItemsDialog(QDialog):
    """After Save, `saved_id` holds the new contribution's id; `dialog` is the new item's
    form opened last (tests reach it there)."""

    def __init__(
        self, context: AppContext, sponsor_id: int, choices: ItemChoices, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.sponsor_id = sponsor_id
        self.saved_id: int | None = None
        self.dialog: NewItemDialog | None = None
        self.ui = Ui_ContributionItemsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        localise_buttons(ui.buttonBox)
        ui.receivedDate.setDate(to_qdate(today(context)))
        fill_agreements(ui.agreementCombo, choices.agreements)
        self.lines = GiftLines(ui.linesTable, choices, ui.totalLabel)
        self.resize(max(self.width(), self.lines.width_wanted()), self.height())
        self.errors = FieldErrors(
            ui.formError,
            {
                "received_on": (ui.receivedDate, ui.dateError),
                "agreement": (ui.agreementCombo, ui.agreementError),
                "description": (ui.descriptionEdit, ui.descriptionError),
                "lines": (ui.linesTable, ui.linesError),
            },
        )
        self.calls = FormCalls(self, ui.buttonBox, context.runner, self._failed)
        ui.addLineButton.clicked.connect(lambda: self.lines.add())
        ui.removeLineButton.clicked.connect(self.lines.remove_selected)
        ui.newItemButton.clicked.connect(self.new_item)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        if choices.locations:
            self.lines.add()
        else:
            ui.addLineButton.setEnabled(False)
            ui.linesError.setText(
                self.tr("There is no place to keep things yet: add one on the Inventory page.")
            )
            ui.linesError.show()

    # --- a new item ---------------------------------------------------------------------

    def new_item(self) -> None:
        dialog = NewItemDialog(self.context, self.sponsor_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._item_added(dialog.saved_id))
        self.dialog = dialog
        dialog.open()

    def _item_added(self, item_id: int | None) -> None:
        ctx = self.context

        def done(items: tuple[ItemRow, ...]) -> None:
            if isValid(self):
                self.lines.offer(items, item_id)

        ctx.runner.submit(lambda: givable(ctx), done, self._failed)

    # --- saving -------------------------------------------------------------------------

    def typed(self) -> InKindInput:
        """What the form holds; a line not chosen or not a number is refused on its field."""
        ui = self.ui
        return InKindInput(
            from_qdate(ui.receivedDate.date()),
            self.lines.lines(),
            ui.agreementCombo.currentData(),
            ui.descriptionEdit.toPlainText(),
        )

    def save(self) -> None:
        if self.calls.busy:
            return
        self.lines.mark(None)
        try:
            data = self.typed()
        except PelitaError as error:
            self._failed(error)
            return
        ctx, sponsor_id = self.context, self.sponsor_id
        self.calls.run(lambda: record_in_kind(ctx.db, ctx.actor, sponsor_id, data), self._saved)

    def _saved(self, contribution_id: int) -> None:
        self.saved_id = contribution_id
        self.accept()

    def _failed(self, error: BaseException) -> None:
        """A line's fault under the table, its cell marked and focused; others at their
        fields."""
        if not isinstance(error, PelitaError):
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)
            return
        field = error.field or ""
        where, _, part = field.removeprefix("lines.").partition(".")
        if not (field.startswith("lines.") and where.isdigit() and part in PARTS):
            self.errors.show(error)
            return
        self.errors.clear()
        row = int(where)
        if row >= self.ui.linesTable.rowCount():
            return
        self.ui.linesError.setText(
            QCoreApplication.translate("ContributionItemsDialog", "Line %1: %2")
            .replace("%1", str(row + 1))
            .replace("%2", message(error))
        )
        self.ui.linesError.show()
        cell = self.lines.cell(row, PARTS[part], QWidget)
        self.lines.mark(cell)
        self.ui.linesTable.selectRow(row)
        cell.setFocus()

    def reject(self) -> None:
        """Not while a save is under way: its answer decides whether the gift is recorded."""
        if not self.calls.busy:
            super().reject()
