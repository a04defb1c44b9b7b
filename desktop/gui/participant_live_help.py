"""Help on the intake form while the clerk types: what a NIK says (date of birth, sex, and
whether it fits the rest), the guardian's fields for a minor, the DTSEN decile only for people
listed, the Washington Group questions on request, and the chosen village's postal code."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget
from shiboken6 import isValid

from desktop.domain import choices as c
from desktop.domain.errors import FieldWarning, ValidationError
from desktop.domain.formatting import parse_date
from desktop.domain.nik import NIK_LENGTH, NikFacts, clean_nik, digits_of, nik_warnings
from desktop.domain.participant import ADULT_AGE, age_on
from desktop.gui.forms.ui_participant_form import Ui_ParticipantForm
from desktop.gui.i18n import message, warning_text
from desktop.gui.participant_fields import Typed, typed_date
from desktop.gui.region_picker import VILLAGE
from desktop.gui.tasks import TaskRunner


def say(label: QLabel, text: str, role: str = "hint") -> None:
    """Show `text` in `label` styled as `role` ("hint" or "error"); hide it when empty."""
    label.setText(text)
    label.setVisible(bool(text))
    if label.property("role") != role:
        label.setProperty("role", role)
        label.style().unpolish(label)
        label.style().polish(label)


class LiveHelp:
    """The form's answers to what is typed. `auto` holds what it filled in itself, field by
    field: only an empty field, or one still holding its own earlier guess, is filled again."""

    def __init__(
        self,
        form: QWidget,
        ui: Ui_ParticipantForm,
        runner: TaskRunner,
        read: Callable[[], Typed],
    ) -> None:
        self.form = form
        self.ui = ui
        self.runner = runner
        self.read = read  # what the form holds now
        self.auto: dict[str, Any] = {}
        ui.nikInfo.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def nik_changed(self, text: str) -> None:
        ui = self.ui
        ui.noNikCombo.setEnabled(not text.strip())  # its choice is kept, and ignored
        say(ui.nikInfo, "")
        if len(digits_of(text)) != NIK_LENGTH:
            return
        try:
            facts = clean_nik(text, today=date.today())
        except ValidationError as error:
            say(ui.nikInfo, message(error), "error")
            return
        # Fill only what is empty or still holds the form's own earlier guess.
        birth = facts.birth_date.strftime("%d/%m/%Y")
        if ui.birthDateEdit.text().strip() in ("", self.auto.get("birth_date")):
            ui.birthDateEdit.setText(birth)
            self.auto["birth_date"] = birth
        if ui.sexCombo.value() in (None, self.auto.get("sex")):
            ui.sexCombo.set_value(facts.sex)
            self.auto["sex"] = facts.sex
        self._check_nik(text, facts)

    def _check_nik(self, text: str, facts: NikFacts) -> None:
        # On the worker: the region list behind the check loads ~0.3 s on first use.
        typed = self.read().data
        self.runner.submit(
            lambda: nik_warnings(facts, birth_date=typed.birth_date, sex=typed.sex),
            lambda warnings: self._show_nik_warnings(text, warnings),
        )

    def _show_nik_warnings(self, text: str, warnings: list[FieldWarning]) -> None:
        if isValid(self.form) and self.ui.nikEdit.text() == text:
            say(self.ui.nikInfo, "\n".join(warning_text(w) for w in warnings))

    def update_guardian(self) -> None:
        ui = self.ui
        try:
            birth: date | None = parse_date(typed_date(ui.birthDateEdit.text()))
        except ValidationError:
            birth = None
        minor = birth is not None and age_on(birth, date.today()) < ADULT_AGE
        for widget in (
            ui.guardianHint,
            ui.guardianNameLabel,
            ui.guardianNameEdit,
            ui.guardianRelationLabel,
            ui.guardianRelationEdit,
        ):
            widget.setVisible(minor)
        if not minor:
            ui.guardianNameError.hide()
            ui.guardianRelationError.hide()

    def update_decile(self) -> None:
        yes = self.ui.dtsenCombo.value() is c.Dtsen.YES
        self.ui.decileSpin.setEnabled(yes)  # a decile only exists for people listed in DTSEN

    def show_washington(self, shown: bool) -> None:
        self.ui.washingtonBox.setVisible(shown)
        arrow = Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        self.ui.washingtonButton.setArrowType(arrow)

    def village_chosen(self, _code: str) -> None:
        postal = self.ui.regionPicker.postal_code()
        if postal and self.ui.postalEdit.text().strip() in ("", self.auto.get("postal_code")):
            self.ui.postalEdit.setText(postal)
            self.auto["postal_code"] = postal

    def region_loaded(self, level: int) -> None:
        # A stored postal code that is the village's own is the form's, so a new village
        # replaces it; one the clerk typed stays.
        postal = self.ui.regionPicker.postal_code()
        if level == VILLAGE and postal and self.ui.postalEdit.text().strip() == postal:
            self.auto["postal_code"] = postal
