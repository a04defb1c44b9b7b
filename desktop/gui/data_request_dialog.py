"""Recording a person's request about their data (UU PDP): who (found by name or NIK), what they
ask (a copy, a correction, deletion, withdrawing consent), the details, and when it was
received (now, or earlier for a letter opened today). The answer is due 3 × 24 hours after it
was received: the dialog shows that moment as the date and time are typed.

Saved on the worker by desktop.services.data_requests, which checks everything again; a refusal
stands next to the field at fault and nothing typed is lost.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QWidget

from desktop.domain.errors import ValidationError
from desktop.domain.privacy import DUE_AFTER, RequestKind
from desktop.gui.app_context import AppContext
from desktop.gui.dialogs import localise_buttons
from desktop.gui.field_errors import FieldErrors
from desktop.gui.form_dialog import FormDialog, Submission
from desktop.gui.formatting import show_date_time
from desktop.gui.forms.ui_data_request_dialog import Ui_DataRequestDialog
from desktop.gui.message_line import show_message
from desktop.gui.privacy_texts import kind_hint, kind_text
from desktop.gui.scrolling_form import add_save_shortcuts
from desktop.services import data_requests
from desktop.services.data_requests import DataRequestRow


class DataRequestDialog(FormDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.saved: DataRequestRow | None = None
        self.ui = ui = Ui_DataRequestDialog()
        ui.setupUi(self)
        localise_buttons(ui.buttonBox)
        ui.buttonBox.button(ui.buttonBox.StandardButton.Save).setText(self.tr("&Record"))
        ui.participantPicker.set_context(context)
        QWidget.setTabOrder(ui.participantPicker.search_edit, ui.participantPicker.table)
        QWidget.setTabOrder(ui.participantPicker.table, ui.kindCombo)
        for kind in RequestKind:
            ui.kindCombo.addItem(kind_text(kind), kind.value)
        now = context.db.clock().astimezone()  # the desk's local time
        ui.receivedDateEdit.setDate(QDate(now.year, now.month, now.day))
        ui.receivedTimeEdit.setTime(QTime(now.hour, now.minute))
        self.errors = FieldErrors(
            ui.formError,
            {
                "participant": (ui.participantPicker.search_edit, ui.participantError),
                "kind": (ui.kindCombo, ui.kindError),
                "details": (ui.detailsEdit, ui.detailsError),
                "received_at": (ui.receivedDateEdit, ui.receivedError),
            },
        )
        self.save_with(ui.buttonBox, context.runner)
        add_save_shortcuts(self, self.save)
        ui.kindCombo.currentIndexChanged.connect(lambda _index: self._show_kind())
        ui.receivedDateEdit.dateChanged.connect(lambda _date: self._show_due())
        ui.receivedTimeEdit.timeChanged.connect(lambda _time: self._show_due())
        self._show_kind()
        self._show_due()
        ui.participantPicker.setFocus()

    def kind(self) -> RequestKind:
        return RequestKind(self.ui.kindCombo.currentData())

    def received_at(self) -> datetime:
        """What is typed, read in the desk's time zone, as an aware UTC moment."""
        day, time = self.ui.receivedDateEdit.date(), self.ui.receivedTimeEdit.time()
        local = datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())
        return local.astimezone().astimezone(UTC)

    def due_text(self) -> str:
        return show_date_time(self.received_at() + DUE_AFTER)

    def _show_kind(self) -> None:
        self.ui.kindHint.setText(kind_hint(self.kind()))

    def _show_due(self) -> None:
        text = self.tr("%1 (3 × 24 hours after it was received)").replace("%1", self.due_text())
        late = self.received_at() + DUE_AFTER <= self.context.db.clock()
        if late:
            text = self.tr("%1 — already past: answer today").replace("%1", self.due_text())
        show_message(self.ui.dueLabel, text, "error" if late else "")

    def prepare_save(self) -> Submission:
        person = self.ui.participantPicker.participant_id()
        self.errors.clear()
        if person is None:
            raise ValidationError(
                self.tr("Find the person and choose them from the list."), "participant"
            )
        ctx, kind, received = self.context, self.kind(), self.received_at()
        details = self.ui.detailsEdit.toPlainText().strip()
        return (
            lambda: data_requests.record_request(
                ctx.db, ctx.actor, person, kind, details, received_at=received
            ),
            self._recorded,
        )

    def _recorded(self, row: DataRequestRow) -> None:
        self.saved = row
        self.accept()
