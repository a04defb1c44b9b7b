"""Taking a loan back (admins), from the Loans page: one of the loans still out (nothing else
can be picked: a handover, a returned loan or anything never lent is not in the list), the
day, the condition it came back in, the place it goes back to (where it left from, unless
changed) and notes. `desktop.services.inventory_loans.return_loan` checks it all again; a
refusal shows beside its field with everything typed kept. Importable from
desktop.gui.loan_dialogs with the lend and hand-over dialogs.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.domain.errors import ValidationError
from desktop.domain.inventory import MovementKind
from desktop.gui.app_context import AppContext
from desktop.gui.forms.ui_return_dialog import Ui_ReturnDialog
from desktop.gui.loan_form import Choices, LoanForm, add_entry, from_qdate, to_qdate, widen
from desktop.gui.loans_model import item_text
from desktop.gui.stock_texts import (
    chosen_condition,
    chosen_id,
    condition_text,
    day_text,
    fill_conditions,
    fill_places,
)
from desktop.services import inventory_list, inventory_loans, inventory_locations
from desktop.services.inventory_loans import LoanFilter, LoanKind, LoanRow


class ReturnDialog(LoanForm):
    def __init__(
        self, context: AppContext, loan: LoanRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.loans: list[LoanRow] = []
        self.ui = ui = Ui_ReturnDialog()
        ui.setupUi(self)
        self.setup_form(
            ui.buttonBox,
            ui.formError,
            {
                "loan": (ui.loanCombo, ui.loanError),
                "returned_on": (ui.dateEdit, ui.dateError),
                "condition": (ui.conditionCombo, ui.conditionError),
                "location": (ui.placeCombo, ui.placeError),
                "notes": (ui.notesEdit, ui.notesError),
            },
            self.tr("&Return"),
        )
        widen(ui.loanCombo, 50)
        widen(ui.placeCombo, 30)
        ui.dateEdit.setDate(to_qdate(self.today()))
        fill_conditions(ui.conditionCombo)
        ui.loanCombo.currentIndexChanged.connect(lambda _index: self._loan_chosen())
        ctx, today, chosen = context, self.today(), loan.id if loan else None

        def read() -> tuple[list[LoanRow], Choices]:
            # Only loans still out: a handover, a returned loan or anything never lent cannot
            # be picked at all.
            flt = LoanFilter(open_only=True, kind=LoanKind.LOAN)
            loans = inventory_loans.list_loans(ctx.db, ctx.actor, flt, today)
            return loans, Choices([], inventory_locations.list_locations(ctx.db, ctx.actor))

        self.calls.run(read, lambda found: self._listed(found[0], found[1], chosen))
        ui.loanCombo.setFocus()

    def _listed(self, loans: list[LoanRow], choices: Choices, chosen: int | None) -> None:
        ui = self.ui
        self.loans, self.places = loans, choices.places
        ui.loanCombo.blockSignals(True)
        for loan in loans:
            due = self.tr("due %1").replace("%1", day_text(loan.due_on)) if loan.due_on else ""
            text = f"{item_text(loan)} — {loan.participant_name}" + (f", {due}" if due else "")
            add_entry(ui.loanCombo, text, loan.id)
        index = ui.loanCombo.findData(chosen) if chosen is not None else -1
        ui.loanCombo.setCurrentIndex(index if index >= 0 else (0 if loans else -1))
        ui.loanCombo.blockSignals(False)
        fill_places(ui.placeCombo, self.places)
        if not loans:
            self.errors.show(ValidationError(self.tr("Nothing is out on loan now."), "loan"))
        self._loan_chosen()
        self.fit_to_content()

    def loan(self) -> LoanRow | None:
        chosen = self.ui.loanCombo.currentData()
        return next((loan for loan in self.loans if loan.id == chosen), None)

    def _loan_chosen(self) -> None:
        ui, loan = self.ui, self.loan()
        if loan is None:
            ui.loanFacts.clear()
            return
        text = self.tr("Lent on %1, due %2; it went out in this condition: %3.")
        text = text.replace("%1", day_text(loan.out_on)).replace("%2", day_text(loan.due_on))
        ui.loanFacts.setText(text.replace("%3", condition_text(loan.condition_out) or "—"))
        fill_conditions(ui.conditionCombo, loan.condition_out)
        self._read_origin(loan)

    def _read_origin(self, loan: LoanRow) -> None:
        """Back to where it left from, by default: the place of the loan's movement."""
        ctx, places, loan_id = self.context, self.places, loan.id

        def work() -> int | None:
            detail = inventory_list.item_detail(ctx.db, ctx.actor, loan.item_id)
            lent = next((m for m in detail.movements if m.kind is MovementKind.LENT), None)
            return next((p.id for p in places if lent and p.label == lent.location_label), None)

        def done(place: int | None) -> None:
            current = self.loan()
            if place is not None and current is not None and current.id == loan_id:
                fill_places(self.ui.placeCombo, places, chosen=place)

        self.calls.run(work, done)

    def save(self) -> None:
        ui, ctx, loan = self.ui, self.context, self.loan()
        place = chosen_id(ui.placeCombo)
        if loan is None:
            self.errors.show(ValidationError(self.tr("Choose the loan that comes back."), "loan"))
        elif place is None:
            self.errors.show(
                ValidationError(self.tr("Choose the place it goes back to."), "location")
            )
        else:
            returned_on, notes = from_qdate(ui.dateEdit.date()), ui.notesEdit.toPlainText()
            condition = chosen_condition(ui.conditionCombo)
            self.send(
                lambda: inventory_loans.return_loan(
                    ctx.db, ctx.actor, loan.id, returned_on, condition, place, notes
                ),
                self._returned,
            )

    def _returned(self, loan: LoanRow) -> None:
        self.done_saving(loan)
        self.accept()
