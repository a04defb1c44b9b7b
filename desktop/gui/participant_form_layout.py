"""Building the intake form's page beyond what Designer can: the choice lists, the Washington
Group questions and the consent text; Tab through the composite widgets in the order of the
paper form; one label column for every section; a window that fits the desk's screen."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from desktop.domain import choices as c
from desktop.gui.choice_widgets import ChoiceCombo
from desktop.gui.forms.ui_participant_form import Ui_ParticipantForm
from desktop.gui.scrolling_form import fit_to_screen, page_width

Programmes = Sequence[tuple[int, str]]


def setup_lists(
    ui: Ui_ParticipantForm, programmes: Programmes, form: QWidget
) -> dict[str, ChoiceCombo]:
    """Fill the choice lists and boxes; add a list for each Washington Group question, which are
    returned by question."""
    lists: tuple[tuple[Any, type[c.Choice], bool], ...] = (
        (ui.noNikCombo, c.NoNikReason, True),
        (ui.citizenshipCombo, c.Citizenship, False),
        (ui.sexCombo, c.Sex, True),
        (ui.maritalCombo, c.MaritalStatus, True),
        (ui.educationCombo, c.Education, True),
        (ui.employmentCombo, c.Employment, True),
        (ui.incomeCombo, c.IncomeBand, True),
        (ui.dtsenCombo, c.Dtsen, False),
        (ui.goalCombo, c.Goal, True),
        (ui.channelCombo, c.Channel, True),
        (ui.consentMethodCombo, c.ConsentMethod, False),
    )
    for combo, kind, empty in lists:
        combo.set_choices(kind, empty)
    sets: tuple[tuple[Any, type[c.Choice], int], ...] = (
        (ui.disabilityChecks, c.Disability, 3),
        (ui.accommodationChecks, c.Accommodation, 2),
        (ui.assistanceChecks, c.Assistance, 3),
        (ui.targetChecks, c.TargetGroup, 3),
        (ui.consentChecks, c.ConsentPurpose, 1),
    )
    for checks, kind, columns in sets:
        checks.set_choices(kind, columns)
        checks.setAccessibleName(buddy_text(form, checks))
    ui.preferences.set_programmes(programmes)
    washington: dict[str, ChoiceCombo] = {}
    for key, question in c.WASHINGTON_QUESTIONS.items():
        text = QCoreApplication.translate("choices", question)
        combo = ChoiceCombo(c.WashingtonDifficulty, True, ui.washingtonBox)
        combo.setObjectName(f"washington_{key}")
        combo.setAccessibleName(text)
        label = QLabel(text, ui.washingtonBox)
        label.setBuddy(combo)
        ui.washingtonLayout.addRow(label, combo)
        washington[key] = combo
    ui.washingtonBox.hide()
    ui.consentText.setContentsMargins(0, 0, 0, 6)  # apart from the boxes it explains
    ui.consentText.setText(
        QCoreApplication.translate(
            "ParticipantForm",
            "The person agrees, purpose by purpose, to the use of their data as written on "
            "the consent form (text version %1). Without the first, nobody can be registered.",
        ).replace("%1", c.CONSENT_TEXT_VERSION)
    )
    return washington


def buddy_text(form: QWidget, widget: QWidget) -> str:
    """The text of the form's label for `widget`, without its colon."""
    for label in form.findChildren(QLabel):
        if label.buddy() is widget:
            return label.text().rstrip(":")
    return ""


def tab_order(ui: Ui_ParticipantForm, washington: dict[str, ChoiceCombo]) -> list[QWidget]:
    """Tab follows the paper form, field by field (Designer's tab stops cannot reach into
    the composite widgets)."""
    order: list[QWidget] = [
        ui.fullNameEdit, ui.nikEdit, ui.noNikCombo, ui.kkEdit, ui.citizenshipCombo,
        ui.birthPlaceEdit, ui.birthDateEdit, ui.sexCombo, ui.maritalCombo,
        ui.phoneEdit, ui.streetEdit, ui.rtEdit, ui.rwEdit,
        *ui.regionPicker.focus_widgets(), ui.postalEdit,
        ui.educationCombo, ui.employmentCombo, ui.occupationEdit, ui.incomeCombo,
        *ui.disabilityChecks.focus_widgets(), *ui.accommodationChecks.focus_widgets(),
        ui.accommodationNoteEdit, ui.washingtonButton, *washington.values(),
        ui.dtsenCombo, ui.decileSpin,
        *ui.assistanceChecks.focus_widgets(), *ui.targetChecks.focus_widgets(),
        *ui.preferences.focus_widgets(), ui.skillsEdit, ui.goalCombo, ui.channelCombo,
        *ui.consentChecks.focus_widgets(), ui.consentMethodCombo, ui.consentDateEdit,
        ui.guardianNameEdit, ui.guardianRelationEdit,
        ui.choosePhotoButton, ui.removePhotoButton, ui.reloadButton,
        *ui.buttonBox.buttons(),
    ]  # fmt: skip
    for first, second in itertools.pairwise(order):
        QWidget.setTabOrder(first, second)
    return order


def align_columns(ui: Ui_ParticipantForm) -> None:
    """One label width for every section: fields start at the same place all the way down,
    as on the paper form, instead of jumping with each section's longest label."""
    grids = (
        ui.identityLayout, ui.addressLayout, ui.workLayout, ui.disabilityLayout,
        ui.assistanceLayout, ui.needsLayout, ui.consentLayout,
    )  # fmt: skip
    picker = ui.regionPicker.labels
    widths = {
        0: max(picker[0].sizeHint().width(), picker[2].sizeHint().width()),
        2: max(picker[1].sizeHint().width(), picker[3].sizeHint().width()),
    }
    for grid in grids:
        for index in range(grid.count()):
            _row, column, _rows, columns = grid.getItemPosition(index)
            label = grid.itemAt(index).widget()
            if isinstance(label, QLabel) and label.buddy() and column in widths and columns == 1:
                widths[column] = max(widths[column], label.sizeHint().width())
    for grid in grids:
        grid.setColumnMinimumWidth(0, widths[0])
        grid.setColumnMinimumWidth(2, widths[2])
    ui.regionPicker.align_labels(widths[0], widths[2])


def fit_screen(form: QWidget, ui: Ui_ParticipantForm) -> None:
    """As wide as the page needs (large text needs more), as tall as the design, never
    beyond the screen: desks run 1366×768, and the page scrolls instead."""
    needed = page_width(ui.dialogLayout, ui.formPage, ui.scrollArea)
    fit_to_screen(form, max(form.width(), needed))
