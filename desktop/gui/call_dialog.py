"""Recording one follow-up call: who to call, with the phone number big enough to dial from,
the programme and the attempts so far; "Reached?" yes or no; what the person said, asked only
when they were reached.

The income is read as it is typed ("1,5 jt" shows "= Rp 1.500.000" under it, or how to type
it). Save runs on the worker; a refusal stands next to its field (a withdrawn consent, which
is about the whole call, at the top) and what was typed stays.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QButtonGroup, QRadioButton, QWidget
from shiboken6 import isValid

from desktop.domain.errors import ValidationError
from desktop.domain.evaluation import WorkKind
from desktop.domain.follow_up import CallInput
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.income import format_income, parse_income
from desktop.gui.app_context import AppContext
from desktop.gui.dialogs import localise_buttons
from desktop.gui.field_errors import FieldErrors
from desktop.gui.form_dialog import FormDialog, Submission
from desktop.gui.formatting import language
from desktop.gui.forms.ui_call_dialog import Ui_CallDialog
from desktop.gui.i18n import message
from desktop.gui.message_line import show_message
from desktop.gui.stock_texts import day_text
from desktop.services.attendance_common import local_day
from desktop.services.follow_up import CallHistory, CallRecord, follow_up_history, record_call

EVALUATION = "evaluation"  # the translation context of WorkKind's labels


def _pair(parent: QWidget, yes: QRadioButton, no: QRadioButton) -> QButtonGroup:
    group = QButtonGroup(parent)
    group.addButton(yes)
    group.addButton(no)
    return group


def _answer(yes: QRadioButton, no: QRadioButton) -> bool | None:
    return True if yes.isChecked() else (False if no.isChecked() else None)


class CallDialog(FormDialog):
    """After Save, `saved` holds the milestone's call as it now stands."""

    def __init__(
        self, context: AppContext, enrolment_id: int, months: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.enrolment_id = enrolment_id
        self.months = months
        self.history: CallHistory | None = None
        self.saved: CallRecord | None = None
        self.ui = Ui_CallDialog()
        self.ui.setupUi(self)
        ui = self.ui
        localise_buttons(ui.buttonBox)
        big = QFont(ui.phoneLabel.font())
        big.setPointSizeF(big.pointSizeF() * 1.8)
        big.setBold(True)
        ui.phoneLabel.setFont(big)
        # The kind of business and the help needed take the row's width, not a word's.
        ui.businessChoice.setStretchFactor(ui.businessKindEdit, 1)
        ui.helpChoice.setStretchFactor(ui.helpNoteEdit, 1)
        # Radios in one group box would all be one choice: each question is its own pair.
        self.reached = _pair(self, ui.reachedYes, ui.reachedNo)
        self.business = _pair(self, ui.businessYes, ui.businessNo)
        self.uses = _pair(self, ui.usesYes, ui.usesNo)
        self.helps = _pair(self, ui.helpYes, ui.helpNo)
        ui.workCombo.addItem(self.tr("Choose…"), None)
        for kind in (WorkKind.FORMAL, WorkKind.INFORMAL, WorkKind.NONE):
            ui.workCombo.addItem(QCoreApplication.translate(EVALUATION, kind.label), kind.value)
        self.errors = FieldErrors(
            ui.formError,
            {
                "reached": (ui.reachedYes, ui.reachedError),
                "work": (ui.workCombo, ui.workError),
                "business": (ui.businessYes, ui.businessError),
                "business_kind": (ui.businessKindEdit, ui.businessKindError),
                "monthly_income": (ui.incomeEdit, ui.incomeFeedback),
                "uses_skill": (ui.usesYes, ui.usesError),
                "needs_help": (ui.helpYes, ui.helpError),
                "note": (ui.noteEdit, ui.noteError),
            },
        )
        self.reached.buttonToggled.connect(lambda *_: self._enable())
        self.business.buttonToggled.connect(lambda *_: self._enable())
        self.helps.buttonToggled.connect(lambda *_: self._enable())
        ui.incomeEdit.textChanged.connect(self._income_typed)
        self.save_with(ui.buttonBox, context.runner)
        self._enable()
        self._income_typed("")
        ui.nameLabel.setText(self.tr("Loading…"))
        context.runner.submit(
            lambda: follow_up_history(context.db, context.actor, enrolment_id),
            self._loaded,
            self._failed,
        )

    # --- what is shown ------------------------------------------------------------------

    def _loaded(self, history: CallHistory) -> None:
        if not isValid(self):
            return
        self.history = history
        ui, call = self.ui, history.at(self.months)
        ui.nameLabel.setText(history.full_name)
        ui.phoneLabel.setText(history.phone or self.tr("No phone number on record"))
        detail = self.tr("%1 · %2 · the %3-month call, due %4")
        ui.detailLabel.setText(
            detail.replace("%1", history.programme)
            .replace("%2", history.cohort_code)
            .replace("%3", str(self.months))
            .replace("%4", day_text(call.due_on))
        )
        ui.historyLabel.setText(self._history_text(call))
        if call.reached:
            self._fill(call)

    def _history_text(self, call: CallRecord) -> str:
        if call.reached:
            return self.tr(
                "Reached on %1. What you change now corrects the answers; the change is logged."
            ).replace("%1", self._day(call))
        if call.attempts == 0:
            return self.tr("Not called yet.")
        if call.attempts == 1:
            return self.tr("1 attempt so far, the last on %1.").replace("%1", self._day(call))
        text = self.tr("%1 attempts so far, the last on %2.")
        return text.replace("%1", str(call.attempts)).replace("%2", self._day(call))

    @staticmethod
    def _day(call: CallRecord) -> str:
        return day_text(call.last_call_on) if call.last_call_on else ""

    def _fill(self, call: CallRecord) -> None:
        """A reached call's answers, to correct them."""
        ui = self.ui
        ui.reachedYes.setChecked(True)
        if call.work is not None:
            ui.workCombo.setCurrentIndex(ui.workCombo.findData(call.work.value))
        (ui.businessYes if call.business else ui.businessNo).setChecked(True)
        ui.businessKindEdit.setText(call.business_kind)
        if call.monthly_income is not None:
            ui.incomeEdit.setText(format_income(call.monthly_income, language()))
        (ui.usesYes if call.uses_skill else ui.usesNo).setChecked(True)
        (ui.helpYes if call.needs_help else ui.helpNo).setChecked(True)
        ui.helpNoteEdit.setText(call.help_note)
        ui.noteEdit.setText(call.note)

    def _enable(self) -> None:
        """The answers only once the person was reached; the kind of business and the help
        needed only after a yes. Disabled fields keep what was typed."""
        ui = self.ui
        ui.outcomeBox.setEnabled(ui.reachedYes.isChecked())
        ui.businessKindEdit.setEnabled(ui.businessYes.isChecked())
        ui.helpNoteEdit.setEnabled(ui.helpYes.isChecked())

    def _income_typed(self, text: str) -> None:
        label = self.ui.incomeFeedback
        if not text.strip():
            show_message(label, self.tr("Leave empty if the person did not say."), "hint")
            return
        try:
            amount = parse_income(text)
        except ValidationError as error:
            show_message(label, message(error), "error")
            return
        show_message(label, "= " + format_income(amount, language()), "ok")

    # --- saving -------------------------------------------------------------------------

    def typed(self) -> CallInput:
        ui = self.ui
        reached = ui.reachedYes.isChecked()
        if not reached and not ui.reachedNo.isChecked():
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "Say whether you reached the person."), "reached"
            )
        if not reached:
            return CallInput(self.enrolment_id, self.months, False, note=ui.noteEdit.text())
        return CallInput(
            enrolment_id=self.enrolment_id,
            months=self.months,
            reached=True,
            work=ui.workCombo.currentData(),
            business=_answer(ui.businessYes, ui.businessNo),
            business_kind=ui.businessKindEdit.text(),
            monthly_income=ui.incomeEdit.text(),
            uses_skill=_answer(ui.usesYes, ui.usesNo),
            needs_help=_answer(ui.helpYes, ui.helpNo),
            help_note=ui.helpNoteEdit.text(),
            note=ui.noteEdit.text(),
        )

    def prepare_save(self) -> Submission:
        ctx, call = self.context, self.typed()
        today = local_day(ctx.db.clock())
        return lambda: record_call(ctx.db, ctx.actor, call, today), self._saved

    def _failed(self, error: BaseException) -> None:
        super()._failed(error)
        # Showing the refusals cleared the income's own line: it says again what it reads.
        fields = {e.field for e in getattr(error, "errors", [error])}
        if "monthly_income" not in fields and isValid(self):
            self._income_typed(self.ui.incomeEdit.text())

    def _saved(self, saved: CallRecord) -> None:
        self.saved = saved
        self.accept()


def open_call_dialog(
    parent: QWidget, context: AppContext, enrolment_id: int, months: int
) -> CallDialog:
    dialog = CallDialog(context, enrolment_id, months, parent)
    dialog.open()
    return dialog
