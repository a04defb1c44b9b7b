"""The programme form's fields apart from its two tables: their choices and order, a programme
put into them, and what they hold read back as the service takes it, unchecked (the service
checks it and names each field); the fields' names for errors and for another admin's change."""

from __future__ import annotations

import itertools
from typing import cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QSizePolicy, QWidget

from desktop.domain.choices import Education, TargetGroup
from desktop.domain.errors import PelitaError, ValidationError, ValidationErrors
from desktop.domain.programme import MaterialInput, ProgrammeInput, UnitInput
from desktop.domain.programme_rules import CompletionRule, EligibilityRules, Strictness
from desktop.gui.forms.ui_programme_dialog import Ui_ProgrammeDialog
from desktop.gui.i18n import message


def localised(error: PelitaError) -> PelitaError:
    """The same error with its text already translated and filled in, for FieldErrors."""
    if isinstance(error, ValidationErrors):
        return ValidationErrors([ValidationError(message(e), e.field) for e in error.errors])
    return ValidationError(message(error), error.field)


def strictness_combos(ui: Ui_ProgrammeDialog) -> list[QComboBox]:
    return [ui.ageStrictCombo, ui.educationStrictCombo, ui.groupsStrictCombo,
            ui.occupationStrictCombo]  # fmt: skip


def setup_lists(ui: Ui_ProgrammeDialog) -> None:
    ui.educationCombo.set_choices(Education, True)
    ui.targetChecks.set_choices(TargetGroup, 3)
    for combo in strictness_combos(ui):
        refuse = QCoreApplication.translate("ProgrammeDialog", "Refuse enrolment")
        warn = QCoreApplication.translate("ProgrammeDialog", "Only warn")
        combo.addItem(refuse, Strictness.HARD.value)
        combo.addItem(warn, Strictness.WARN.value)
        # Both choices always readable, whatever the language or text size.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
    ui.hoursSpin.setSuffix(" JP")
    ui.minutesSpin.setSuffix(" " + QCoreApplication.translate("ProgrammeDialog", "min"))
    ui.attendanceSpin.setSuffix(" %")
    # Room for the longest code and no more: its hint reads beside it.
    metrics = ui.codeEdit.fontMetrics()
    ui.codeEdit.setMaximumWidth(metrics.horizontalAdvance("WWWWWWWWWW") + 24)
    for spin in (ui.minAgeSpin, ui.maxAgeSpin):
        spin.setAccessibleDescription(
            QCoreApplication.translate("ProgrammeDialog", "— means no limit")
        )


def error_fields(ui: Ui_ProgrammeDialog) -> dict[str, tuple[QWidget, QLabel]]:
    return {
        "code": (ui.codeEdit, ui.codeError),
        "name": (ui.nameEdit, ui.nameError),
        "skill_area": (ui.skillAreaEdit, ui.skillAreaError),
        "description": (ui.descriptionEdit, ui.descriptionError),
        "hours_jp": (ui.hoursSpin, ui.hoursError),
        "minutes_per_jp": (ui.minutesSpin, ui.minutesError),
        "default_capacity": (ui.capacitySpin, ui.capacityError),
        "units": (ui.unitsTable, ui.unitsError),
        "materials": (ui.materialsTable, ui.materialsError),
        "min_age": (ui.minAgeSpin, ui.ageError),
        "max_age": (ui.maxAgeSpin, ui.ageError),
        "min_attendance_pct": (ui.attendanceSpin, ui.attendanceError),
        "min_post_score": (ui.postScoreSpin, ui.postScoreError),
    }


def tab_order(ui: Ui_ProgrammeDialog) -> list[QWidget]:
    """The form's fields in the order Tab (and Enter) runs through them, set so."""
    order: list[QWidget] = [
        ui.codeEdit, ui.nameEdit, ui.skillAreaEdit, ui.descriptionEdit,
        ui.hoursSpin, ui.minutesSpin, ui.capacitySpin,
        ui.unitsTable, ui.addUnitButton, ui.removeUnitButton, ui.unitUpButton,
        ui.unitDownButton,
        ui.materialsTable, ui.addMaterialButton, ui.removeMaterialButton,
        ui.minAgeSpin, ui.maxAgeSpin, ui.ageStrictCombo,
        ui.educationCombo, ui.educationStrictCombo,
        *ui.targetChecks.focus_widgets(), ui.groupsStrictCombo,
        ui.notBusyCheck, ui.occupationStrictCombo,
        ui.attendanceSpin, ui.excusedCheck, ui.postScoreCheck, ui.postScoreSpin,
        ui.reloadButton, *ui.buttonBox.buttons(),
    ]  # fmt: skip
    for first, second in itertools.pairwise(order):
        QWidget.setTabOrder(first, second)
    return order


def align_columns(ui: Ui_ProgrammeDialog) -> None:
    """One label width for every section, so the fields start at the same place."""
    grids: list[QGridLayout] = [ui.identityLayout, ui.hoursLayout, ui.eligibilityLayout,
                                ui.completionLayout]  # fmt: skip
    width = 0
    for grid in grids:
        for index in range(grid.count()):
            position = cast(tuple[int, int, int, int], grid.getItemPosition(index))
            item = grid.itemAt(index)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel) and label.buddy() is not None and position[1] == 0:
                width = max(width, label.sizeHint().width())
    for grid in grids:
        grid.setColumnMinimumWidth(0, width)


def fill_fields(ui: Ui_ProgrammeDialog, data: ProgrammeInput) -> None:
    """`data` in every field but the two tables (ProgrammeTables.fill puts it in those)."""
    ui.codeEdit.setText(data.code)
    ui.nameEdit.setText(data.name)
    ui.skillAreaEdit.setText(data.skill_area)
    ui.descriptionEdit.setPlainText(data.description)
    ui.hoursSpin.setValue(data.hours_jp)
    ui.minutesSpin.setValue(data.minutes_per_jp)
    ui.capacitySpin.setValue(data.default_capacity)
    rules, completion = data.eligibility, data.completion
    ui.minAgeSpin.setValue(rules.min_age or 0)
    ui.maxAgeSpin.setValue(rules.max_age or 0)
    ui.educationCombo.set_value(rules.min_education)
    ui.targetChecks.set_values(rules.target_groups)
    ui.notBusyCheck.setChecked(rules.not_in_school_or_working)
    strictness = (rules.age, rules.education, rules.groups, rules.occupation)
    for combo, value in zip(strictness_combos(ui), strictness, strict=True):
        combo.setCurrentIndex(combo.findData(value.value))
    ui.attendanceSpin.setValue(completion.min_attendance_pct)
    ui.excusedCheck.setChecked(completion.excused_counts)
    ui.postScoreCheck.setChecked(completion.min_post_score is not None)
    ui.postScoreSpin.setEnabled(completion.min_post_score is not None)
    if completion.min_post_score is not None:
        ui.postScoreSpin.setValue(completion.min_post_score)


def read_fields(
    ui: Ui_ProgrammeDialog,
    units: tuple[UnitInput, ...],
    materials: tuple[MaterialInput, ...],
) -> ProgrammeInput:
    """What the fields hold now, with the tables' `units` and `materials`, unchecked."""
    strict = [Strictness(combo.currentData()) for combo in strictness_combos(ui)]
    return ProgrammeInput(
        code=ui.codeEdit.text(),
        name=ui.nameEdit.text(),
        skill_area=ui.skillAreaEdit.text(),
        hours_jp=ui.hoursSpin.value(),
        description=ui.descriptionEdit.toPlainText(),
        minutes_per_jp=ui.minutesSpin.value(),
        default_capacity=ui.capacitySpin.value(),
        units=units,
        materials=materials,
        eligibility=EligibilityRules(
            min_age=ui.minAgeSpin.value() or None,  # "—" (0): no limit
            max_age=ui.maxAgeSpin.value() or None,
            age=strict[0],
            min_education=ui.educationCombo.value_of(Education),
            education=strict[1],
            target_groups=ui.targetChecks.values_of(TargetGroup),
            groups=strict[2],
            not_in_school_or_working=ui.notBusyCheck.isChecked(),
            occupation=strict[3],
        ),
        completion=CompletionRule(
            min_attendance_pct=ui.attendanceSpin.value(),
            excused_counts=ui.excusedCheck.isChecked(),
            min_post_score=(ui.postScoreSpin.value() if ui.postScoreCheck.isChecked() else None),
        ),
    )


def field_names() -> dict[str, str]:
    """Each field the service names in a conflict, as the admin reads it."""
    return {
        "code": QCoreApplication.translate("ProgrammeDialog", "code"),
        "name": QCoreApplication.translate("ProgrammeDialog", "name"),
        "skill_area": QCoreApplication.translate("ProgrammeDialog", "skill area"),
        "description": QCoreApplication.translate("ProgrammeDialog", "description"),
        "hours_jp": QCoreApplication.translate("ProgrammeDialog", "total hours"),
        "minutes_per_jp": QCoreApplication.translate("ProgrammeDialog", "minutes per JP"),
        "default_capacity": QCoreApplication.translate("ProgrammeDialog", "default capacity"),
        "units": QCoreApplication.translate("ProgrammeDialog", "competency units"),
        "materials": QCoreApplication.translate("ProgrammeDialog", "materials"),
        "eligibility": QCoreApplication.translate("ProgrammeDialog", "who may join"),
        "completion": QCoreApplication.translate("ProgrammeDialog", "completion"),
        "active": QCoreApplication.translate("ProgrammeDialog", "archived or restored"),
    }
