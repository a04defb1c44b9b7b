"""What the cohort form chooses from: the programmes a new cohort may belong to, the accounts
that may teach it and the sponsors; read together on the worker, and put into the form's
programme list and its two lists of check boxes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from desktop.gui.app_context import AppContext
from desktop.gui.choice_widgets import EMPTY
from desktop.gui.forms.ui_cohort_dialog import Ui_CohortDialog
from desktop.services.cohort_people import (
    ProgrammeChoice,
    Teacher,
    list_programme_choices,
    list_teachers,
)
from desktop.services.cohort_rows import CohortDetail
from desktop.services.sponsors import list_sponsors


@dataclass(frozen=True)
class SponsorChoice:
    id: int
    name: str
    active: bool = True


@dataclass(frozen=True)
class Choices:
    """What the form's lists offer."""

    programmes: list[ProgrammeChoice]
    teachers: list[Teacher]
    sponsors: list[SponsorChoice]


def read_choices(context: AppContext, detail: CohortDetail | None) -> Choices:
    """On the worker. An existing cohort keeps its programme, and its own instructors and
    sponsors stay listed (and ticked) even once they could not be chosen any more."""
    ctx = context
    programmes = [] if detail else list_programme_choices(ctx.db, ctx.actor)
    keep = [i.user_id for i in detail.instructors] if detail else []
    teachers = list_teachers(ctx.db, ctx.actor, keep)
    sponsors = [SponsorChoice(r.id, r.name, r.active) for r in list_sponsors(ctx.db, ctx.actor)]
    known = {sponsor.id for sponsor in sponsors}
    sponsors += [
        SponsorChoice(s.sponsor_id, s.name, False)
        for s in (detail.sponsors if detail else ())
        if s.sponsor_id not in known
    ]
    return Choices(programmes, teachers, sponsors)


def fill_programmes(
    ui: Ui_CohortDialog, choices: list[ProgrammeChoice], detail: CohortDetail | None
) -> None:
    """A new cohort picks one of the programmes offered; an existing one keeps its own."""
    combo = ui.programmeCombo
    combo.blockSignals(True)
    combo.clear()
    if detail is not None:
        combo.addItem(f"{detail.programme_name} ({detail.programme_code})", detail.programme_id)
        combo.setEnabled(False)
    else:
        combo.addItem(EMPTY, None)
        for programme in choices:
            combo.addItem(f"{programme.name} ({programme.code})", programme.id)
        combo.setEnabled(True)
    combo.blockSignals(False)


def fill_checks(
    target: QListWidget, entries: Iterable[tuple[int, str]], chosen: Iterable[int]
) -> None:
    target.clear()
    wanted = set(chosen)
    for key, text in entries:
        entry = QListWidgetItem(text, target)
        entry.setData(Qt.ItemDataRole.UserRole, key)
        entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        entry.setCheckState(Qt.CheckState.Checked if key in wanted else Qt.CheckState.Unchecked)
    if target.count():
        target.setCurrentRow(0)


def checked(target: QListWidget) -> tuple[int, ...]:
    return tuple(
        int(target.item(row).data(Qt.ItemDataRole.UserRole))
        for row in range(target.count())
        if target.item(row).checkState() == Qt.CheckState.Checked
    )


def teacher_entries(teachers: list[Teacher]) -> list[tuple[int, str]]:
    cannot = QCoreApplication.translate(
        "CohortDialog", "%1 (may not teach: account disabled or not an instructor)"
    )
    return [
        (t.user_id, t.full_name if t.may_teach else cannot.replace("%1", t.full_name))
        for t in teachers
    ]


def sponsor_entries(sponsors: list[SponsorChoice]) -> list[tuple[int, str]]:
    inactive = QCoreApplication.translate("CohortDialog", "%1 (inactive)")
    return [(s.id, s.name if s.active else inactive.replace("%1", s.name)) for s in sponsors]


def show_programme(ui: Ui_CohortDialog, choices: Choices) -> ProgrammeChoice | None:
    """The programme chosen for a new cohort, its usual capacity said beside the capacity."""
    chosen = next((p for p in choices.programmes if p.id == ui.programmeCombo.currentData()), None)
    usual = QCoreApplication.translate("CohortDialog", "The programme's usual capacity is %1.")
    ui.capacityHint.setText(usual.replace("%1", str(chosen.default_capacity)) if chosen else "")
    return chosen
