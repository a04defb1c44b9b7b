"""The dashboard's filter bar: the period (this month, this year, the last 12 months, or from
and to as typed), and a programme, a branch and a sponsor, each "All" until one is chosen.

The widgets are the page's form (ui/dashboard_page.ui); this keeps what they mean: the
filters they add up to, and one `changed` signal whenever that changes. Dates typed in a
custom period are taken as they are: the service refuses a period that ends before it starts,
and the page shows that next to the dates (`errors`).
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QObject, Signal
from PySide6.QtWidgets import QComboBox

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.gui.field_errors import FieldErrors
from desktop.gui.forms.ui_dashboard_page import Ui_DashboardPage
from desktop.gui.signals import emit
from desktop.services.dashboard import DashboardChoices, DashboardFilters

CONTEXT = "DashboardFilters"


class Preset(enum.StrEnum):
    THIS_MONTH = "this_month"
    THIS_YEAR = "this_year"
    LAST_12_MONTHS = "last_12_months"
    CUSTOM = "custom"


PRESET_LABELS = {
    Preset.THIS_MONTH: QT_TRANSLATE_NOOP("DashboardFilters", "This month"),
    Preset.THIS_YEAR: QT_TRANSLATE_NOOP("DashboardFilters", "This year"),
    Preset.LAST_12_MONTHS: QT_TRANSLATE_NOOP("DashboardFilters", "Last 12 months"),
    Preset.CUSTOM: QT_TRANSLATE_NOOP("DashboardFilters", "From … to …"),
}


def preset_period(preset: Preset, today: date) -> tuple[date, date]:
    """The days a preset covers, up to and including `today`."""
    if preset is Preset.THIS_MONTH:
        return today.replace(day=1), today
    if preset is Preset.LAST_12_MONTHS:
        month = today.month - 11
        year = today.year + (month - 1) // 12
        return date(year, (month - 1) % 12 + 1, 1), today
    return date(today.year, 1, 1), today


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class FilterBar(QObject):
    changed = Signal()

    def __init__(self, ui: Ui_DashboardPage, today: date, parent: QObject) -> None:
        super().__init__(parent)
        self.ui, self.today = ui, today
        self._quiet = False  # while filling the widgets: one `changed`, not one per widget
        self.errors = FieldErrors(
            ui.periodError,
            {
                "start": (ui.fromEdit, ui.periodError),
                "end": (ui.toEdit, ui.periodError),
                "programme": (ui.programmeCombo, ui.periodError),
                "sponsor": (ui.sponsorCombo, ui.periodError),
            },
        )
        self._quiet = True
        for preset in Preset:
            label = QCoreApplication.translate(CONTEXT, PRESET_LABELS[preset])
            ui.periodCombo.addItem(label, preset)
        ui.periodCombo.setCurrentIndex(list(Preset).index(Preset.THIS_YEAR))
        for combo in (ui.programmeCombo, ui.branchCombo, ui.sponsorCombo):
            combo.addItem(QCoreApplication.translate("DashboardFilters", "All"), None)
        self._show_preset()
        self._quiet = False
        ui.periodCombo.currentIndexChanged.connect(self._preset_chosen)
        ui.fromEdit.dateChanged.connect(lambda _day: self._changed())
        ui.toEdit.dateChanged.connect(lambda _day: self._changed())
        for combo in (ui.programmeCombo, ui.branchCombo, ui.sponsorCombo):
            combo.currentIndexChanged.connect(lambda _index: self._changed())

    # -- what the person chose

    def preset(self) -> Preset:
        return Preset(self.ui.periodCombo.currentData())

    def filters(self) -> DashboardFilters:
        ui = self.ui
        return DashboardFilters(
            start=_day(ui.fromEdit.date()),
            end=_day(ui.toEdit.date()),
            programme_id=ui.programmeCombo.currentData(),
            branch=ui.branchCombo.currentData(),
            sponsor_id=ui.sponsorCombo.currentData(),
        )

    def set_preset(self, preset: Preset) -> None:
        self.ui.periodCombo.setCurrentIndex(list(Preset).index(preset))

    def set_period(self, start: date, end: date) -> None:
        """A custom period (for the page's callers and tests): one `changed`."""
        self._quiet = True
        self.set_preset(Preset.CUSTOM)
        self.ui.fromEdit.setDate(_qdate(start))
        self.ui.toEdit.setDate(_qdate(end))
        self._quiet = False
        self._changed()

    def set_choices(self, choices: DashboardChoices) -> None:
        """Fill the programme, branch and sponsor lists, keeping what was chosen if it is
        still there (else "All")."""
        self._quiet = True
        before = self.filters()
        _fill(self.ui.programmeCombo, choices.programmes, before.programme_id)
        _fill(self.ui.branchCombo, [(name, name) for name in choices.branches], before.branch)
        _fill(self.ui.sponsorCombo, choices.sponsors, before.sponsor_id)
        self._quiet = False
        if self.filters() != before:
            self._changed()

    # -- keeping the widgets in step

    def _preset_chosen(self) -> None:
        self._show_preset()
        self._changed()

    def _show_preset(self) -> None:
        custom = self.preset() is Preset.CUSTOM
        ui = self.ui
        for widget in (ui.fromEdit, ui.toEdit):
            widget.setEnabled(custom)
        if not custom:
            quiet, self._quiet = self._quiet, True
            start, end = preset_period(self.preset(), self.today)
            ui.fromEdit.setDate(_qdate(start))
            ui.toEdit.setDate(_qdate(end))
            self._quiet = quiet

    def _changed(self) -> None:
        if not self._quiet:
            self.errors.clear()
            emit(self.changed)


def _fill(combo: QComboBox, rows: Sequence[tuple[object, str]], keep: object) -> None:
    """`combo` as "All" then (value, name) rows, `keep` chosen when among them."""
    while combo.count() > 1:
        combo.removeItem(1)
    index = 0
    for position, (value, name) in enumerate(rows, start=1):
        combo.addItem(name, value)
        if value == keep:
            index = position
    combo.setCurrentIndex(index)
