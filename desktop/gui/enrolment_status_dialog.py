"""Changing an enrolment's status: only to the statuses the rules allow from the current one
(domain.enrolment), with the reason where one is required (dropping out) and kept in the
history either way.

A change that frees a seat (withdrawn, dropped out, not passed) may come back with an offer:
the person at the top of the cohort's waitlist, with the reasons for their place. The dialog
then asks the clerk to give them the seat (`enrolment.accept_offer`, which takes the seat
atomically: if another desk took it meanwhile, the person stays on the waitlist and the
dialog says so) or to leave it for later. Either way the change itself is made and `changed`
holds it once the dialog is accepted.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desktop.domain.enrolment import REASON_REQUIRED, TRANSITIONS, EnrolmentStatus
from desktop.domain.errors import PelitaError
from desktop.gui.app_context import AppContext
from desktop.gui.dialogs import localise_buttons
from desktop.gui.field_errors import FieldErrors
from desktop.gui.form_calls import FormCalls
from desktop.gui.forms.ui_enrolment_status_dialog import Ui_EnrolmentStatusDialog
from desktop.gui.waitlist_text import reasons_text
from desktop.services import enrolment
from desktop.services.enrolment import Offer, StatusChanged


def status_text(status: EnrolmentStatus) -> str:
    return QCoreApplication.translate("enrolment", status.label)


class EnrolmentStatusDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        enrolment_id: int,
        full_name: str,
        current: EnrolmentStatus,
        parent: QWidget | None = None,
        *,
        version: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.enrolment_id = enrolment_id
        self.full_name = full_name
        self.current = current
        self.version = version  # when known: a change made at another desk meanwhile is refused
        self.changed: StatusChanged | None = None
        self.offer_taken: StatusChanged | None = None  # the seat given to the offer's person
        self.ui = ui = Ui_EnrolmentStatusDialog()
        ui.setupUi(self)
        localise_buttons(ui.buttonBox)
        self.save_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Change"))
        self.errors = FieldErrors(
            ui.formError,
            {"status": (ui.statusCombo, ui.statusError), "reason": (ui.reasonEdit, ui.reasonError)},
        )
        self.calls = FormCalls(self, ui.buttonBox, context.runner, self._failed)
        ui.offerFrame.hide()
        ui.introLabel.setText(
            self.tr("%1: the enrolment is now “%2”.")
            .replace("%1", full_name)
            .replace("%2", status_text(current))
        )
        for status in EnrolmentStatus:  # in the order of the statuses, not of a set
            if status in TRANSITIONS[current]:
                ui.statusCombo.addItem(status_text(status), status.value)
        if not ui.statusCombo.count():
            ui.changePanel.hide()
            self.save_button.hide()
            ui.formError.setText(self.tr("This enrolment has ended; its status no longer changes."))
            ui.formError.show()
        ui.statusCombo.currentIndexChanged.connect(self._show_reason_hint)
        ui.buttonBox.accepted.connect(self.change)
        ui.buttonBox.rejected.connect(self.reject)
        ui.offerButton.clicked.connect(self.give_seat)
        ui.laterButton.clicked.connect(self.accept)
        self._show_reason_hint()
        ui.statusCombo.setFocus()

    def target(self) -> EnrolmentStatus | None:
        value = self.ui.statusCombo.currentData()
        return EnrolmentStatus(value) if value else None

    def _show_reason_hint(self) -> None:
        target = self.target()
        if target in REASON_REQUIRED:
            hint = self.tr("Required: why the participant dropped out.")
        else:
            hint = self.tr("Optional; kept in the enrolment's history.")
        self.ui.reasonHint.setText(hint)

    # -- the change -----------------------------------------------------------------------

    def change(self) -> None:
        target = self.target()
        if self.calls.busy or target is None or self.changed is not None:
            return
        ctx, eid, version = self.context, self.enrolment_id, self.version
        reason = self.ui.reasonEdit.text()
        self.calls.run(
            lambda: enrolment.change_status(
                ctx.db, ctx.actor, eid, target, reason, expected_version=version
            ),
            self._changed,
        )

    def _changed(self, changed: StatusChanged) -> None:
        self.changed = changed
        if changed.offer is None:
            self.accept()
            return
        self._ask_to_offer(changed.offer)

    def _ask_to_offer(self, offer: Offer) -> None:
        ui = self.ui
        ui.changePanel.hide()
        self.save_button.hide()
        cancel = ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(QCoreApplication.translate("dialogs", "Close"))
        self.errors = FieldErrors(ui.formError, {})  # the form's fields are done with
        assert self.changed is not None
        ui.introLabel.setText(
            self.tr("%1: the enrolment is now “%2”.")
            .replace("%1", self.full_name)
            .replace("%2", status_text(self.changed.status))
        )
        ui.offerLabel.setText(
            self.tr(
                "A seat is free in the cohort. Offer it to %1? First on the waitlist with %2 "
                "points: %3."
            )
            .replace("%1", offer.full_name)
            .replace("%2", QLocale().toString(float(offer.score), "g", 6))
            .replace("%3", reasons_text(offer.parts, tie_break=False))
        )
        ui.offerButton.setText(self.tr("&Give the seat to %1").replace("%1", offer.full_name))
        ui.offerFrame.show()
        ui.offerButton.setFocus()
        self.adjustSize()

    def give_seat(self) -> None:
        offer = self.changed.offer if self.changed else None
        if self.calls.busy or offer is None:
            return
        ctx = self.context
        self.ui.offerButton.setEnabled(False)

        def done(taken: StatusChanged) -> None:
            self.offer_taken = taken
            self.accept()

        self.calls.run(lambda: enrolment.accept_offer(ctx.db, ctx.actor, offer.enrolment_id), done)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, PelitaError):
            self.errors.show(error)
            if self.changed is not None:  # the offer failed: the seat went elsewhere
                self.ui.laterButton.setText(QCoreApplication.translate("dialogs", "Close"))
                self.ui.laterButton.setFocus()
        else:
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)

    def reject(self) -> None:
        if self.calls.busy:
            return
        if self.changed is not None:  # the change is made: the caller must show it
            self.accept()
            return
        super().reject()
