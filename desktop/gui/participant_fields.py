"""The intake form's fields in and out: a participant put into the widgets, and what the widgets
hold read back as the services take it, unchecked (the services check it and name each field)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.domain import choices as c
from desktop.domain.errors import ValidationError
from desktop.domain.formatting import parse_date
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.participant import ConsentInput, ParticipantInput
from desktop.domain.phone import display_phone
from desktop.gui.choice_widgets import ChoiceCombo
from desktop.gui.forms.ui_participant_form import Ui_ParticipantForm
from desktop.services.participants import ParticipantRecord

CHOOSE_VILLAGE = QT_TRANSLATE_NOOP("messages", "Choose the village again from the list.")


@dataclass(frozen=True)
class Typed:
    """What the form holds, as the services take it, and what the form itself could not read
    (a date that is not one): those errors are shown with the service's, never instead."""

    data: ParticipantInput
    consent: ConsentInput
    errors: tuple[ValidationError, ...]


def typed_date(text: str) -> str:
    """Read "12051990" as "12/05/1990": clerks in a hurry type dates without separators."""
    digits = text.strip()
    if len(digits) == 8 and digits.isascii() and digits.isdigit():
        return f"{digits[:2]}/{digits[2:4]}/{digits[4:]}"
    return digits


def record_consent(record: ParticipantRecord) -> ConsentInput | None:
    """The consent a record holds now (its latest), as the form shows it; None if it has none."""
    latest = record.consents[0] if record.consents else None
    return (
        ConsentInput(
            purposes=frozenset(c.ConsentPurpose(p) for p in latest.purposes),
            method=c.ConsentMethod(latest.method),
            given_on=latest.given_on,
            guardian_name=latest.guardian_name,
            guardian_relation=latest.guardian_relation,
        )
        if latest
        else None
    )


def fill_fields(
    ui: Ui_ParticipantForm,
    washington: dict[str, ChoiceCombo],
    data: ParticipantInput,
    consent: ConsentInput | None,
) -> None:
    """Put a participant into the widgets; without a consent, the usual one given today."""
    for edit, text in (
        (ui.fullNameEdit, data.full_name),
        (ui.nikEdit, data.nik),
        (ui.kkEdit, data.kk_number),
        (ui.birthPlaceEdit, data.birth_place),
        (ui.birthDateEdit, data.birth_date.strftime("%d/%m/%Y") if data.birth_date else ""),
        (ui.phoneEdit, display_phone(data.phone) if data.phone else ""),
        (ui.streetEdit, data.street),
        (ui.rtEdit, data.rt),
        (ui.rwEdit, data.rw),
        (ui.postalEdit, data.postal_code),
        (ui.occupationEdit, data.occupation),
        (ui.accommodationNoteEdit, data.accommodation_note),
        (ui.skillsEdit, data.skills_have),
    ):
        edit.setText(text)
    for combo, value in (
        (ui.noNikCombo, data.no_nik_reason),
        (ui.citizenshipCombo, data.citizenship),
        (ui.sexCombo, data.sex),
        (ui.maritalCombo, data.marital_status),
        (ui.educationCombo, data.education),
        (ui.employmentCombo, data.employment),
        (ui.incomeCombo, data.income_band),
        (ui.dtsenCombo, data.dtsen),
        (ui.goalCombo, data.goal),
        (ui.channelCombo, data.channel),
    ):
        combo.set_value(value)
    ui.disabilityChecks.set_values(data.disabilities)
    ui.accommodationChecks.set_values(data.accommodations)
    ui.assistanceChecks.set_values(data.assistance)
    ui.targetChecks.set_values(data.target_groups)
    answers = data.washington or {}
    for key, combo in washington.items():
        combo.set_value(answers.get(key))
    ui.washingtonButton.setChecked(bool(answers))
    ui.decileSpin.setValue(data.dtsen_decile or 0)
    ui.preferences.set_values(data.preferences)
    ui.regionPicker.set_village(data.village_code)
    consent = consent or ConsentInput(
        frozenset({c.ConsentPurpose.TRAINING}), c.ConsentMethod.SIGNED_PAPER, date.today()
    )
    ui.consentChecks.set_values(consent.purposes)
    ui.consentMethodCombo.set_value(consent.method)
    ui.consentDateEdit.setText(consent.given_on.strftime("%d/%m/%Y"))
    ui.guardianNameEdit.setText(consent.guardian_name)
    ui.guardianRelationEdit.setText(consent.guardian_relation)


def read_fields(ui: Ui_ParticipantForm, washington: dict[str, ChoiceCombo], minor: bool) -> Typed:
    """What the widgets hold now; the guardian's fields count only for a minor (`minor`: they
    are shown)."""
    errors: list[ValidationError] = []

    def day(edit: Any, field: str) -> date | None:
        text = typed_date(edit.text())
        if not text:
            return None
        try:
            return parse_date(text, field)
        except ValidationError as error:
            errors.append(error)
            return None

    nik = ui.nikEdit.text()
    answers = {key: combo.value_of(c.WashingtonDifficulty) for key, combo in washington.items()}
    yes = ui.dtsenCombo.value() is c.Dtsen.YES
    data = ParticipantInput(
        full_name=ui.fullNameEdit.text(),
        nik=nik,
        no_nik_reason=None if nik.strip() else ui.noNikCombo.value_of(c.NoNikReason),
        kk_number=ui.kkEdit.text(),
        birth_place=ui.birthPlaceEdit.text(),
        birth_date=day(ui.birthDateEdit, "birth_date"),
        sex=ui.sexCombo.value_of(c.Sex),
        marital_status=ui.maritalCombo.value_of(c.MaritalStatus),
        citizenship=ui.citizenshipCombo.value_of(c.Citizenship) or c.Citizenship.WNI,
        phone=ui.phoneEdit.text(),
        street=ui.streetEdit.text(),
        rt=ui.rtEdit.text(),
        rw=ui.rwEdit.text(),
        village_code=ui.regionPicker.village_code(),
        postal_code=ui.postalEdit.text(),
        education=ui.educationCombo.value_of(c.Education),
        occupation=ui.occupationEdit.text(),
        employment=ui.employmentCombo.value_of(c.Employment),
        income_band=ui.incomeCombo.value_of(c.IncomeBand),
        disabilities=ui.disabilityChecks.values_of(c.Disability),
        accommodations=ui.accommodationChecks.values_of(c.Accommodation),
        accommodation_note=ui.accommodationNoteEdit.text(),
        washington={k: v for k, v in answers.items() if v is not None} or None,
        dtsen=ui.dtsenCombo.value_of(c.Dtsen) or c.Dtsen.UNKNOWN,
        dtsen_decile=(ui.decileSpin.value() or None) if yes else None,
        assistance=ui.assistanceChecks.values_of(c.Assistance),
        target_groups=ui.targetChecks.values_of(c.TargetGroup),
        preferences=ui.preferences.values(),
        skills_have=ui.skillsEdit.text(),
        goal=ui.goalCombo.value_of(c.Goal),
        channel=ui.channelCombo.value_of(c.Channel),
    )
    if ui.regionPicker.unresolved():
        errors.append(ValidationError(CHOOSE_VILLAGE, "village"))
    consent = ConsentInput(
        purposes=ui.consentChecks.values_of(c.ConsentPurpose),
        method=ui.consentMethodCombo.value_of(c.ConsentMethod) or c.ConsentMethod.SIGNED_PAPER,
        given_on=day(ui.consentDateEdit, "consent") or date.today(),
        guardian_name=ui.guardianNameEdit.text() if minor else "",
        guardian_relation=ui.guardianRelationEdit.text() if minor else "",
    )
    return Typed(data, consent, tuple(errors))
