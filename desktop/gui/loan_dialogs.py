"""Lending equipment to a participant, handing something over for good, and taking a loan
back (admins), from the Loans page.

- Lend: a piece of equipment in stock and not out on loan, whom to, from which place, out and
  due dates, its condition, notes.
- Hand over: equipment or a consumable in its unit ("2,5" metres, read by
  domain.inventory.parse_quantity beside the field), whom to, from which place (each showing
  what it holds), the date, notes; once saved the dialog names the handover record's number and
  offers to print it.
- Return: one of the loans still out (nothing else can be picked), the day, the condition it
  came back in, the place it goes back to (where it left from, unless changed), notes; in
  desktop.gui.return_dialog, importable from here.

Each calls its service on the worker (desktop.services.inventory_loans), which checks
everything again: a refusal shows beside the field at fault and everything typed stays.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from desktop.domain.errors import PelitaError, ValidationError
from desktop.domain.inventory import MILLI, ItemKind, parse_quantity
from desktop.gui.app_context import AppContext
from desktop.gui.formatting import language
from desktop.gui.forms.ui_handover_dialog import Ui_HandOverDialog
from desktop.gui.forms.ui_lend_dialog import Ui_LendDialog
from desktop.gui.loan_form import (
    Choices,
    LoanForm,
    fill_items,
    from_qdate,
    read_choices,
    to_qdate,
    widen,
)
from desktop.gui.loans_page import show_record
from desktop.gui.pdf_window import SavablePdfViewer
from desktop.gui.return_dialog import ReturnDialog
from desktop.gui.stock_texts import (
    amount_text,
    chosen_condition,
    chosen_id,
    fill_conditions,
    unit_text,
)
from desktop.services import inventory_loans
from desktop.services.inventory_loans import LoanRow

__all__ = ["HandOverDialog", "LendDialog", "ReturnDialog"]

LOAN_DAYS = 30  # the due date offered: a month, changed as agreed with the participant


def _required(text: str, field: str) -> PelitaError:
    return ValidationError(text, field)


class LendDialog(LoanForm):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = ui = Ui_LendDialog()
        ui.setupUi(self)
        ui.participantPicker.set_context(context)
        QWidget.setTabOrder(ui.participantPicker.search_edit, ui.participantPicker.table)
        QWidget.setTabOrder(ui.participantPicker.table, ui.placeCombo)
        self.setup_form(
            ui.buttonBox,
            ui.formError,
            {
                "item": (ui.itemCombo, ui.itemError),
                "participant": (ui.participantPicker.search_edit, ui.participantError),
                "location": (ui.placeCombo, ui.placeError),
                "out_on": (ui.outEdit, ui.outError),
                "due_on": (ui.dueEdit, ui.dueError),
                "condition": (ui.conditionCombo, ui.conditionError),
                "notes": (ui.notesEdit, ui.notesError),
            },
            self.tr("&Lend"),
        )
        today = self.today()
        widen(ui.itemCombo, 40)
        widen(ui.placeCombo, 30)
        ui.outEdit.setDate(to_qdate(today))
        ui.dueEdit.setDate(to_qdate(today + timedelta(days=LOAN_DAYS)))
        fill_conditions(ui.conditionCombo)
        ui.itemCombo.currentIndexChanged.connect(lambda _index: self._item_chosen())
        ctx = context
        self.calls.run(lambda: read_choices(ctx, ItemKind.EQUIPMENT), self._listed)
        ui.itemCombo.setFocus()

    def _listed(self, choices: Choices) -> None:
        self.items, self.places = choices.items, choices.places
        fill_items(self.ui.itemCombo, self.items)
        if not self.items:
            self.errors.show(
                _required(self.tr("No equipment is in stock to lend: everything is out."), "item")
            )
        self._item_chosen()
        self.fit_to_content()

    def _item_chosen(self) -> None:
        item = self.item(self.ui.itemCombo)
        if item is not None and item.condition:
            fill_conditions(self.ui.conditionCombo, item.condition)
        self.read_stock(item, self.ui.placeCombo, lambda: None)

    def save(self) -> None:
        ui, ctx = self.ui, self.context
        item, person = self.item(ui.itemCombo), ui.participantPicker.participant_id()
        place = chosen_id(ui.placeCombo)
        if item is None:
            self.errors.show(_required(self.tr("Choose the equipment to lend."), "item"))
        elif person is None:
            text = self.tr("Find the participant and choose them from the list.")
            self.errors.show(_required(text, "participant"))
        elif place is None:
            self.errors.show(_required(self.tr("Choose the place it leaves from."), "location"))
        else:
            out_on, due_on = from_qdate(ui.outEdit.date()), from_qdate(ui.dueEdit.date())
            condition, notes = chosen_condition(ui.conditionCombo), ui.notesEdit.toPlainText()
            self.send(
                lambda: inventory_loans.lend(
                    ctx.db, ctx.actor, item.id, person, place, out_on, due_on, condition, notes
                ),
                self._lent,
            )

    def _lent(self, loan: LoanRow) -> None:
        self.done_saving(loan)
        self.accept()


class HandOverDialog(LoanForm):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.viewer: SavablePdfViewer | None = None
        self.ui = ui = Ui_HandOverDialog()
        ui.setupUi(self)
        ui.participantPicker.set_context(context)
        QWidget.setTabOrder(ui.participantPicker.search_edit, ui.participantPicker.table)
        QWidget.setTabOrder(ui.participantPicker.table, ui.placeCombo)
        self.setup_form(
            ui.buttonBox,
            ui.formError,
            {
                "item": (ui.itemCombo, ui.itemError),
                "quantity": (ui.quantityEdit, ui.quantityError),
                "participant": (ui.participantPicker.search_edit, ui.participantError),
                "location": (ui.placeCombo, ui.placeError),
                "out_on": (ui.dateEdit, ui.dateError),
                "notes": (ui.notesEdit, ui.notesError),
            },
            self.tr("&Hand over"),
        )
        widen(ui.itemCombo, 40)
        widen(ui.placeCombo, 30)
        ui.dateEdit.setDate(to_qdate(self.today()))
        ui.savedLabel.hide()
        ui.printButton.hide()
        ui.itemCombo.currentIndexChanged.connect(lambda _index: self._item_chosen())
        ui.placeCombo.currentIndexChanged.connect(lambda _index: self._show_available())
        ui.printButton.clicked.connect(self.print_record)
        ctx = context
        self.calls.run(lambda: read_choices(ctx, None), self._listed)
        ui.itemCombo.setFocus()

    def _listed(self, choices: Choices) -> None:
        self.items, self.places = choices.items, choices.places
        fill_items(self.ui.itemCombo, self.items)
        if not self.items:
            self.errors.show(_required(self.tr("Nothing is in stock to hand over."), "item"))
        self._item_chosen()
        self.fit_to_content()

    def _item_chosen(self) -> None:
        ui, item = self.ui, self.item(self.ui.itemCombo)
        whole_piece = item is not None and item.kind is ItemKind.EQUIPMENT
        ui.unitLabel.setText(unit_text(item.unit) if item is not None else "")
        if whole_piece:
            ui.quantityEdit.setText(amount_text(MILLI))  # a machine goes whole
        ui.quantityEdit.setReadOnly(whole_piece)
        self.read_stock(item, ui.placeCombo, self._show_available)

    def _show_available(self) -> None:
        ui, item, place = self.ui, self.item(self.ui.itemCombo), chosen_id(self.ui.placeCombo)
        if item is None or place is None:
            ui.availableLabel.clear()
            return
        held = amount_text(self.stock.get(place, 0))
        ui.availableLabel.setText(self.tr("(%1 there)").replace("%1", held))

    def save(self) -> None:
        ui, ctx = self.ui, self.context
        item, person = self.item(ui.itemCombo), ui.participantPicker.participant_id()
        place = chosen_id(ui.placeCombo)
        if item is None:
            self.errors.show(_required(self.tr("Choose what to hand over."), "item"))
            return
        try:
            quantity = parse_quantity(ui.quantityEdit.text(), item.unit, "quantity")
        except ValidationError as error:
            self.errors.show(error)
            return
        if person is None:
            text = self.tr("Find the participant and choose them from the list.")
            self.errors.show(_required(text, "participant"))
        elif place is None:
            self.errors.show(_required(self.tr("Choose the place it leaves from."), "location"))
        else:
            out_on, notes = from_qdate(ui.dateEdit.date()), ui.notesEdit.toPlainText()
            self.send(
                lambda: inventory_loans.hand_over(
                    ctx.db, ctx.actor, item.id, person, place, quantity, out_on, notes
                ),
                self._handed_over,
            )

    def _handed_over(self, loan: LoanRow) -> None:
        """Saved and numbered: said here, with the record to print before the dialog closes."""
        self.done_saving(loan)
        ui = self.ui
        text = self.tr("Handed over. Handover record %1: print it for both to sign.")
        ui.savedLabel.setText(text.replace("%1", loan.number))
        ui.savedLabel.show()
        ui.printButton.show()
        for field in (ui.itemCombo, ui.quantityEdit, ui.participantPicker, ui.placeCombo,
                      ui.dateEdit, ui.notesEdit):  # fmt: skip
            field.setEnabled(False)  # saved as shown: nothing more to type here
        self.save_button.hide()
        self.cancel_button.setText(self.tr("Close"))
        ui.printButton.setFocus()

    def print_record(self) -> None:
        loan, ctx, lang = self.saved, self.context, language()
        if loan is None:
            return

        def shown(data: bytes) -> None:
            if isValid(self):
                self.viewer = show_record(self, ctx, loan, data)

        self.calls.run(
            lambda: inventory_loans.handover_pdf(ctx.db, ctx.actor, loan.id, language=lang), shown
        )
