"""Recording money a sponsor gave: the day, the amount in rupiah, what it is earmarked for (the
centre in general, a programme or a cohort: one list, so only one can be chosen), the agreement
it was given under and a description.

An amount that is not rupiah is refused here; the service's refusals (nothing given, a day in
the future, a cohort gone meanwhile) stand next to their fields, and what was typed stays.
Things in kind: desktop.gui.contribution_items_dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from desktop.gui.app_context import AppContext
from desktop.gui.dialogs import localise_buttons
from desktop.gui.field_errors import FieldErrors
from desktop.gui.form_dialog import FormDialog, Submission
from desktop.gui.forms.ui_contribution_cash_dialog import Ui_ContributionCashDialog
from desktop.gui.inventory_fields import from_qdate, parse_rupiah, to_qdate, today
from desktop.services.sponsor_details import CashInput, EarmarkChoices, record_cash

GENERAL = ""  # the earmark list's data: "", "programme:<id>" or "cohort:<id>"


def fill_agreements(combo: QComboBox, agreements: tuple[tuple[int, str], ...]) -> None:
    combo.addItem(QCoreApplication.translate("ContributionCashDialog", "(none)"), None)
    for agreement_id, number in agreements:
        combo.addItem(number, agreement_id)


class CashDialog(FormDialog):
    """After Save, `saved_id` holds the new contribution's id."""

    def __init__(
        self, context: AppContext, sponsor_id: int, choices: EarmarkChoices, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.sponsor_id = sponsor_id
        self.saved_id: int | None = None
        self.ui = Ui_ContributionCashDialog()
        self.ui.setupUi(self)
        ui = self.ui
        localise_buttons(ui.buttonBox)
        ui.receivedDate.setDate(to_qdate(today(context)))
        ui.earmarkCombo.addItem(self.tr("The centre in general"), GENERAL)
        for programme_id, name in choices.programmes:
            ui.earmarkCombo.addItem(
                self.tr("Programme %1").replace("%1", name), f"programme:{programme_id}"
            )
        for cohort_id, label in choices.cohorts:
            ui.earmarkCombo.addItem(
                self.tr("Cohort %1").replace("%1", label), f"cohort:{cohort_id}"
            )
        fill_agreements(ui.agreementCombo, choices.agreements)
        self.errors = FieldErrors(
            ui.formError,
            {
                "received_on": (ui.receivedDate, ui.dateError),
                "amount": (ui.amountEdit, ui.amountError),
                "earmark": (ui.earmarkCombo, ui.earmarkError),
                "agreement": (ui.agreementCombo, ui.agreementError),
                "description": (ui.descriptionEdit, ui.descriptionError),
            },
        )
        self.save_with(ui.buttonBox, context.runner)
        ui.amountEdit.setFocus()

    def typed(self) -> CashInput:
        """What the form holds; an amount that is not rupiah is refused (ValidationError)."""
        ui = self.ui
        earmark: str = ui.earmarkCombo.currentData() or GENERAL
        kind, _, number = earmark.partition(":")
        return CashInput(
            received_on=from_qdate(ui.receivedDate.date()),
            amount_rupiah=parse_rupiah(ui.amountEdit.text(), "amount") or 0,
            programme_id=int(number) if kind == "programme" else None,
            cohort_id=int(number) if kind == "cohort" else None,
            agreement_id=ui.agreementCombo.currentData(),
            description=ui.descriptionEdit.toPlainText(),
        )

    def prepare_save(self) -> Submission:
        ctx, sponsor_id, data = self.context, self.sponsor_id, self.typed()
        return lambda: record_cash(ctx.db, ctx.actor, sponsor_id, data), self._saved

    def _saved(self, contribution_id: int) -> None:
        self.saved_id = contribution_id
        self.accept()
