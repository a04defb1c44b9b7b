"""A sponsor's agreement (MoU / PKS), new or changed: its number, period, what was promised in
words and, when the letter says it, in rupiah.

Dates are typed dd/MM/yyyy; an agreement without an end is open-ended (the box unticked). An
amount that is not rupiah is refused here, before the service is asked; the service's own
refusals (no number, one the sponsor already has, an end before the start) stand next to their
fields, and what was typed stays.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.domain.formatting import format_rupiah
from desktop.gui.app_context import AppContext
from desktop.gui.dialogs import localise_buttons
from desktop.gui.field_errors import FieldErrors
from desktop.gui.form_dialog import FormDialog, Submission
from desktop.gui.forms.ui_sponsor_agreement_dialog import Ui_SponsorAgreementDialog
from desktop.gui.inventory_fields import from_qdate, parse_rupiah, to_qdate, today
from desktop.services.sponsor_details import (
    AgreementInput,
    AgreementRow,
    add_agreement,
    update_agreement,
)


class AgreementDialog(FormDialog):
    """After Save, `saved_number` holds the number as kept."""

    def __init__(
        self,
        context: AppContext,
        sponsor_id: int,
        agreement: AgreementRow | None,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.sponsor_id = sponsor_id
        self.agreement = agreement
        self.saved_number = ""
        self.ui = Ui_SponsorAgreementDialog()
        self.ui.setupUi(self)
        ui = self.ui
        localise_buttons(ui.buttonBox)
        start = agreement.start_date if agreement else today(context)
        ui.startDate.setDate(to_qdate(start))
        ui.endDate.setDate(
            to_qdate(agreement.end_date if agreement and agreement.end_date else start)
        )
        ui.endCheck.setChecked(bool(agreement and agreement.end_date))
        ui.endDate.setEnabled(ui.endCheck.isChecked())
        ui.endCheck.toggled.connect(ui.endDate.setEnabled)
        if agreement is None:
            self.setWindowTitle(self.tr("New agreement"))
        else:
            ui.numberEdit.setText(agreement.number)
            ui.commitmentEdit.setPlainText(agreement.commitment)
            if agreement.commitment_rupiah is not None:
                ui.rupiahEdit.setText(format_rupiah(agreement.commitment_rupiah))
        self.errors = FieldErrors(
            ui.formError,
            {
                "number": (ui.numberEdit, ui.numberError),
                "end_date": (ui.endDate, ui.endError),
                "commitment": (ui.commitmentEdit, ui.commitmentError),
                "commitment_rupiah": (ui.rupiahEdit, ui.rupiahError),
            },
        )
        self.save_with(ui.buttonBox, context.runner)
        ui.numberEdit.setFocus()

    def typed(self) -> AgreementInput:
        """What the form holds; an amount that is not rupiah is refused (ValidationError)."""
        ui = self.ui
        return AgreementInput(
            ui.numberEdit.text(),
            from_qdate(ui.startDate.date()),
            from_qdate(ui.endDate.date()) if ui.endCheck.isChecked() else None,
            ui.commitmentEdit.toPlainText(),
            parse_rupiah(ui.rupiahEdit.text(), "commitment_rupiah"),
        )

    def prepare_save(self) -> Submission:
        data = self.typed()
        ctx, sponsor_id, agreement = self.context, self.sponsor_id, self.agreement
        if agreement is None:
            return lambda: add_agreement(ctx.db, ctx.actor, sponsor_id, data), self._saved
        return lambda: update_agreement(ctx.db, ctx.actor, agreement.id, data), self._saved

    def _saved(self, row: AgreementRow) -> None:
        self.saved_number = row.number
        self.accept()
