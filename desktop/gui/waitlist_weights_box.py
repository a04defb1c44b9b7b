"""The waitlist's weights on the Settings page: the five numbers an administrator gives the
parts of the waitlist score (domain.enrolment), each explained in plain words with the points it
gives, a live example, and "Restore defaults" and "Save".

The weights are the whole centre's: `enrolment.set_waitlist_weights` checks them and the
permission and writes the audit entry; they are read and saved on the worker. The spin boxes
take numbers beyond 0..WEIGHT_MAX on purpose, so that the service's message explains the limit
next to the box instead of the box silently refusing the key.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import datetime, timedelta

from PySide6.QtWidgets import QLabel, QSpinBox, QWidget
from shiboken6 import isValid

from desktop.domain.enrolment import (
    DEFAULT_WEIGHTS,
    WAITING_CAP_DAYS,
    WEIGHT_MAX,
    Waiting,
    WaitlistWeights,
    priority,
)
from desktop.domain.errors import PelitaError, ValidationError
from desktop.gui.app_context import AppContext
from desktop.gui.field_errors import FieldErrors
from desktop.gui.forms.ui_waitlist_weights_box import Ui_WaitlistWeightsBox
from desktop.gui.message_line import show_message
from desktop.gui.waitlist_text import score_text
from desktop.services import enrolment

PARTS = tuple(item.name for item in fields(WaitlistWeights))

# Two made-up people for the example line, scored by the domain's own formula so the example
# can never disagree with the real waitlist.
_NOW = datetime(2026, 1, 1, 8, 0)
_PROGRAMME = 1
_DISABLED = Waiting(enrolment_id=1, applied_at=_NOW - timedelta(days=30), has_disability=True)
_POOR = Waiting(
    enrolment_id=2,
    applied_at=_NOW - timedelta(days=10),
    dtsen="yes",
    dtsen_decile=2,
    assistance_bits=1,
    preferences=(_PROGRAMME,),
)


def _points(value: float) -> str:
    return score_text(round(value, 2))


class WaitlistWeightsBox(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_WaitlistWeightsBox()
        self.ui.setupUi(self)
        ui = self.ui
        self.spins: dict[str, QSpinBox] = {
            "disability": ui.disabilitySpin,
            "poverty": ui.povertySpin,
            "assistance": ui.assistanceSpin,
            "preference": ui.preferenceSpin,
            "waiting": ui.waitingSpin,
        }
        errors: dict[str, QLabel] = {
            "disability": ui.disabilityError,
            "poverty": ui.povertyError,
            "assistance": ui.assistanceError,
            "preference": ui.preferenceError,
            "waiting": ui.waitingError,
        }
        self.errors = FieldErrors(
            ui.generalError, {name: (self.spins[name], errors[name]) for name in PARTS}
        )
        ui.introLabel.setText(
            self.tr(
                "When a seat frees, the person on the waitlist with the most points is offered "
                "it first. Each number is the most points that part can add (0 to %1); equal "
                "scores go to whoever applied first. The weights apply to every cohort."
            ).replace("%1", str(WEIGHT_MAX))
        )
        for spin in self.spins.values():
            spin.valueChanged.connect(self._explain)
        ui.defaultsButton.clicked.connect(self.restore_defaults)
        ui.saveButton.clicked.connect(self.save)
        show_message(ui.statusLabel, "", "ok")
        self.fill(DEFAULT_WEIGHTS)
        self._set_ready(False)  # until the centre's own weights are read
        self.load()

    # --- reading and writing the boxes --------------------------------------------------

    def weights(self) -> WaitlistWeights:
        """What the boxes hold, unchecked: the service says what is wrong with it."""
        return WaitlistWeights(**{name: self.spins[name].value() for name in PARTS})

    def fill(self, weights: WaitlistWeights) -> None:
        for name in PARTS:
            self.spins[name].setValue(getattr(weights, name))
        self._explain()

    def tab_order(self) -> list[QWidget]:
        return [*self.spins.values(), self.ui.defaultsButton, self.ui.saveButton]

    def _set_ready(self, ready: bool) -> None:
        for widget in (*self.spins.values(), self.ui.defaultsButton, self.ui.saveButton):
            widget.setEnabled(ready)

    def _explain(self) -> None:
        """Each part's hint with the points the typed number gives, and the example line."""
        ui, weights = self.ui, self.weights()
        ui.statusLabel.hide()  # "Saved" no longer holds once a number changes
        ui.disabilityHint.setText(
            self.tr("%1 points for a person with a disability.").replace(
                "%1", _points(weights.disability)
            )
        )
        ui.povertyHint.setText(
            self.tr(
                "%1 points for DTSEN welfare decile 1 (the poorest), %2 fewer for each decile "
                "above it; %3 if in DTSEN without a decile, or in the target group “poor family”."
            )
            .replace("%1", _points(weights.poverty))
            .replace("%2", _points(weights.poverty / 10))
            .replace("%3", _points(weights.poverty / 2))
        )
        ui.assistanceHint.setText(
            self.tr(
                "%1 points for a person who receives any social assistance (PKH, BPNT …)."
            ).replace("%1", _points(weights.assistance))
        )
        ui.preferenceHint.setText(
            self.tr(
                "%1 points if the programme is their first wish in the needs analysis, %2 if "
                "the second, %3 if the third, and so on."
            )
            .replace("%1", _points(weights.preference))
            .replace("%2", _points(weights.preference / 2))
            .replace("%3", _points(weights.preference / 3))
        )
        ui.waitingHint.setText(
            self.tr("Up to %1 points for the time on the waitlist, all of them after %2 days.")
            .replace("%1", _points(weights.waiting))
            .replace("%2", str(WAITING_CAP_DAYS))
        )
        try:
            weights.validate()
        except ValidationError:
            ui.exampleLabel.hide()  # the example of impossible weights would only confuse
            return
        disabled = priority(_DISABLED, _PROGRAMME, weights, _NOW).score
        poor = priority(_POOR, _PROGRAMME, weights, _NOW).score
        ui.exampleLabel.setText(
            self.tr(
                "Example: a person with a disability who has waited 30 days scores %1; a person "
                "in DTSEN decile 2 who receives social assistance, wishes first for the "
                "programme and has waited 10 days scores %2."
            )
            .replace("%1", _points(disabled))
            .replace("%2", _points(poor))
        )
        ui.exampleLabel.show()

    # --- the worker ---------------------------------------------------------------------

    def load(self) -> None:
        ctx = self.context

        def done(weights: WaitlistWeights) -> None:
            if isValid(self):
                self.fill(weights)
                self._set_ready(True)

        ctx.runner.submit(lambda: enrolment.waitlist_weights(ctx.db, ctx.actor), done, self._failed)

    def restore_defaults(self) -> None:
        """Fill in the defaults; like any change they take effect when saved."""
        self.errors.clear()
        self.fill(DEFAULT_WEIGHTS)
        show_message(
            self.ui.statusLabel,
            self.tr("The default weights are filled in: save them to use them."),
            "hint",
        )

    def save(self) -> None:
        self.errors.clear()
        show_message(self.ui.statusLabel, "", "ok")
        ctx, weights = self.context, self.weights()

        # The boxes stay as they are (and enabled, so the focus stays on the button): they
        # already hold what is saved.
        def done(_saved: WaitlistWeights) -> None:
            if isValid(self):
                show_message(
                    self.ui.statusLabel,
                    self.tr("Saved: every cohort's waitlist is now in order by these weights."),
                    "ok",
                )

        ctx.runner.submit(
            lambda: enrolment.set_waitlist_weights(ctx.db, ctx.actor, weights), done, self._failed
        )

    def _failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        if isinstance(error, PelitaError):
            # Next to the box at fault (the typed number stays), else under the boxes.
            self.errors.show(error)
        else:
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)
