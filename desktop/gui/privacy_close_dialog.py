"""Closing a person's request with its outcome: done (what was done, offered from what the page
just did: "a copy was given as …", "the person was anonymised") or refused (and why: the
person could not be identified, the data must be kept by law). Saved on the worker; a refusal
of the service stands next to the outcome and nothing typed is lost."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from desktop.domain.errors import ValidationError
from desktop.domain.privacy import RequestStatus
from desktop.gui.app_context import AppContext
from desktop.gui.dialogs import localise_buttons
from desktop.gui.field_errors import FieldErrors
from desktop.gui.form_dialog import FormDialog, Submission
from desktop.gui.formatting import show_date_time
from desktop.gui.forms.ui_privacy_close_dialog import Ui_PrivacyCloseDialog
from desktop.gui.privacy_texts import kind_text
from desktop.gui.scrolling_form import add_save_shortcuts
from desktop.services import data_requests
from desktop.services.data_requests import DataRequestRow


class CloseRequestDialog(FormDialog):
    def __init__(
        self,
        context: AppContext,
        request: DataRequestRow,
        outcome: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.request = request
        self.saved: DataRequestRow | None = None
        self.ui = ui = Ui_PrivacyCloseDialog()
        ui.setupUi(self)
        localise_buttons(ui.buttonBox)
        ui.buttonBox.button(ui.buttonBox.StandardButton.Save).setText(self.tr("&Close request"))
        ui.requestLabel.setText(
            self.tr("%1 — %2, received %3")
            .replace("%1", request.participant_name)
            .replace("%2", kind_text(request.kind))
            .replace("%3", show_date_time(request.received_at))
        )
        font = QFont(ui.requestLabel.font())
        font.setBold(True)
        ui.requestLabel.setFont(font)
        ui.outcomeEdit.setPlainText(outcome)
        self.errors = FieldErrors(ui.formError, {"outcome": (ui.outcomeEdit, ui.outcomeError)})
        self.save_with(ui.buttonBox, context.runner)
        add_save_shortcuts(self, self.save)
        ui.refusedRadio.toggled.connect(self._status_chosen)
        ui.outcomeEdit.setFocus()

    def status(self) -> RequestStatus:
        return RequestStatus.REFUSED if self.ui.refusedRadio.isChecked() else RequestStatus.DONE

    def _status_chosen(self, refused: bool) -> None:
        label = self.tr("&Why refused:") if refused else self.tr("&What was done:")
        self.ui.outcomeLabel.setText(label)

    def prepare_save(self) -> Submission:
        outcome = self.ui.outcomeEdit.toPlainText().strip()
        self.errors.clear()
        if not outcome:
            text = (
                self.tr("Say why the request was refused.")
                if self.status() == RequestStatus.REFUSED
                else self.tr("Say what was done.")
            )
            raise ValidationError(text, "outcome")
        ctx, request_id, status = self.context, self.request.id, self.status()
        return (
            lambda: data_requests.close_request(ctx.db, ctx.actor, request_id, status, outcome),
            self._closed,
        )

    def _closed(self, row: DataRequestRow) -> None:
        self.saved = row
        self.accept()
