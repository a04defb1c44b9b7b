"""Demand for training (`open_demand`): which programmes people ask for in the needs analysis,
by target group and village, for an admin planning the next cohorts.

Filters: the registration period (each end optional), the regency or city and its district
(the areas people live in, read on the worker), and "first choice only". The table shows each
programme (the most asked for first) with the people asking, their first choices, those
waiting, one column per target group and a mark on programmes with no cohort planned; choosing
a programme lists the villages asking most for it below. Export… writes the same figures as an
xlsx or a CSV file, by the name chosen. Everything is read and written on the database worker;
a refusal (a period that ends before it starts, an area that is not known, a role that may not
see reports) is said next to the filter at fault and nothing chosen is lost.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QPushButton,
    QWidget,
)
from shiboken6 import isValid

from desktop.documents.demand_parts import ProgrammeDemand
from desktop.domain.errors import PelitaError, ValidationError
from desktop.gui.app_context import AppContext
from desktop.gui.cohort_dialog_fields import from_qdate, to_qdate
from desktop.gui.demand_model import DemandModel, VillagesModel, count
from desktop.gui.dialogs import localise_buttons
from desktop.gui.field_errors import FieldErrors
from desktop.gui.formatting import language
from desktop.gui.forms.ui_demand_dialog import Ui_DemandDialog
from desktop.gui.i18n import message
from desktop.gui.message_line import show_message
from desktop.services.attendance_common import local_day
from desktop.services.demand import (
    Area,
    Demand,
    DemandFilters,
    demand,
    demand_regions,
    write_demand,
)

# The service's own words for it (context "messages"), said before asking the database.
PERIOD_BACKWARDS = "The end of the period is before its start."


def open_demand(parent: QWidget, context: AppContext) -> DemandDialog:
    """The demand window over `parent` (deleted when closed); it starts reading at once."""
    dialog = DemandDialog(parent, context)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class DemandDialog(QDialog):
    def __init__(self, parent: QWidget | None, context: AppContext) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = ui = Ui_DemandDialog()
        ui.setupUi(self)
        localise_buttons(ui.buttonBox)
        self.export_button: QPushButton = ui.buttonBox.addButton(
            self.tr("&Export…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.setEnabled(False)
        self.report: Demand | None = None  # what the table shows
        self.loading = False
        self.exported: Path | None = None
        today = local_day(context.db.clock())
        ui.fromEdit.setDate(to_qdate(date(today.year, 1, 1)))
        ui.toEdit.setDate(to_qdate(today))
        ui.fromEdit.setEnabled(False)
        ui.toEdit.setEnabled(False)
        ui.fromCheck.toggled.connect(ui.fromEdit.setEnabled)
        ui.toCheck.toggled.connect(ui.toEdit.setEnabled)
        ui.regencyCombo.addItem(self.tr("All regencies and cities"), None)
        ui.districtCombo.addItem(self.tr("All districts"), None)
        ui.districtCombo.setEnabled(False)
        self.model = DemandModel(self)
        self.villages = VillagesModel(self)
        ui.programmeTable.setModel(self.model)
        ui.villageTable.setModel(self.villages)
        # Whole names and figures; what is left goes to the last column (the cohort mark).
        header = ui.programmeTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        village_header = ui.villageTable.horizontalHeader()
        village_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        village_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ui.villageTable.setMaximumHeight(200)
        ui.dialogLayout.setStretchFactor(ui.programmeTable, 1)
        self.errors = FieldErrors(
            ui.formError,
            {
                "start": (ui.fromEdit, ui.periodError),
                "end": (ui.toEdit, ui.periodError),
                "regency": (ui.regencyCombo, ui.regencyError),
                "district": (ui.districtCombo, ui.districtError),
            },
        )
        ui.showButton.clicked.connect(self.load)
        ui.regencyCombo.currentIndexChanged.connect(self._regency_changed)
        ui.programmeTable.selectionModel().selectionChanged.connect(self._chosen)
        self.export_button.clicked.connect(self.export)
        ui.buttonBox.rejected.connect(self.reject)
        self._show_villages(None)
        context.runner.submit(self._read_regencies, self._regencies_read, self._failed)
        self.load()

    # -- the filters

    def filters(self) -> DemandFilters:
        ui = self.ui
        return DemandFilters(
            start=from_qdate(ui.fromEdit.date()) if ui.fromCheck.isChecked() else None,
            end=from_qdate(ui.toEdit.date()) if ui.toCheck.isChecked() else None,
            regency_code=ui.regencyCombo.currentData(),
            district_code=ui.districtCombo.currentData(),
            first_choice_only=ui.firstChoiceCheck.isChecked(),
        )

    def _read_regencies(self) -> list[Area]:
        return demand_regions(self.context.db, self.context.actor)

    def _regencies_read(self, areas: list[Area]) -> None:
        if isValid(self):
            for area in areas:
                self.ui.regencyCombo.addItem(area.name, area.code)

    def _regency_changed(self) -> None:
        combo = self.ui.districtCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All districts"), None)
        combo.blockSignals(False)
        regency = self.ui.regencyCombo.currentData()
        combo.setEnabled(False)
        if regency:
            ctx = self.context
            self.context.runner.submit(
                lambda: demand_regions(ctx.db, ctx.actor, regency),
                lambda areas: self._districts_read(regency, areas),
                self._failed,
            )

    def _districts_read(self, regency: str, areas: list[Area]) -> None:
        if not isValid(self) or self.ui.regencyCombo.currentData() != regency:
            return  # another regency was chosen meanwhile
        for area in areas:
            self.ui.districtCombo.addItem(area.name, area.code)
        self.ui.districtCombo.setEnabled(True)

    # -- reading

    def load(self) -> None:
        """Read the demand for the filters as they are now, on the worker."""
        if self.loading:
            return
        filters = self.filters()
        if filters.start and filters.end and filters.end < filters.start:
            self.errors.show(ValidationError(PERIOD_BACKWARDS, "end"))
            return
        self.errors.clear()
        self.loading = True
        self.ui.showButton.setEnabled(False)
        show_message(self.ui.statusLabel, self.tr("Counting…"), "hint")
        ctx = self.context
        ctx.runner.submit(
            lambda: demand(ctx.db, ctx.actor, filters), self._loaded, self._load_failed
        )

    def _loaded(self, report: Demand) -> None:
        if not isValid(self):
            return
        self.loading = False
        self.ui.showButton.setEnabled(True)
        self.report = report
        self.model.set_rows(list(report.programmes))
        self.export_button.setEnabled(not report.empty)
        totals = report.totals
        if report.empty:
            show_message(
                self.ui.statusLabel,
                self.tr(
                    "Nobody registered with these filters stated which training they want. "
                    "The wishes are asked on the intake form (needs analysis)."
                ),
                "hint",
            )
            self.ui.totalsLabel.clear()
            self._show_villages(None)
            return
        self.ui.statusLabel.clear()
        self.ui.totalsLabel.setText(
            self.tr(
                "%1 people asked for at least one programme; %2 of them are still waiting for "
                "one of their wishes; %3 ask for a programme with no cohort planned."
            )
            .replace("%1", count(totals.people.people))
            .replace("%2", count(totals.waiting))
            .replace("%3", count(totals.unplanned))
        )
        if report.programmes:
            self.ui.programmeTable.selectRow(0)

    def _load_failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        self.loading = False
        self.ui.showButton.setEnabled(True)
        self.ui.statusLabel.clear()
        self._failed(error)

    def _failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        if not isinstance(error, PelitaError):
            raise error
        self.errors.show(error)

    # -- the villages of the chosen programme

    def _chosen(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.ui.programmeTable.selectionModel().selectedRows()
        self._show_villages(self.model.row_at(rows[0].row()) if rows else None)

    def _show_villages(self, line: ProgrammeDemand | None) -> None:
        if line is None:
            self.villages.set_rows([])
            self.ui.villagesLabel.setText(self.tr("Choose a programme to see its villages."))
            return
        self.villages.set_rows(line.villages)
        if line.villages:
            text = self.tr("Villages asking most for %1:").replace("%1", line.name)
        else:
            text = self.tr("Nobody asks for %1 with these filters.").replace("%1", line.name)
        self.ui.villagesLabel.setText(text)

    # -- export

    def export(self) -> None:
        """Ask where, then write the figures there: xlsx or CSV by the name's ending."""
        xlsx, csv = self.tr("Excel workbooks (*.xlsx)"), self.tr("CSV files (*.csv)")
        name = Path.home() / (self.tr("training-demand") + ".xlsx")
        chosen, kind = QFileDialog.getSaveFileName(
            self, self.tr("Export the demand for training"), str(name), f"{xlsx};;{csv}"
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_name(path.name + (".csv" if kind == csv else ".xlsx"))
        self.export_to(path)

    def export_to(self, path: Path) -> None:
        """Write the figures for the filters as they are now into `path`, on the worker."""
        filters, ctx, reader = self.filters(), self.context, language()
        self.export_button.setEnabled(False)
        show_message(self.ui.statusLabel, self.tr("Writing %1…").replace("%1", path.name), "hint")
        ctx.runner.submit(
            lambda: write_demand(ctx.db, ctx.actor, filters, path, language=reader),
            lambda _report: self._exported(path),
            self._export_failed,
        )

    def _exported(self, path: Path) -> None:
        if isValid(self):
            self.exported = path
            self.export_button.setEnabled(True)
            show_message(
                self.ui.statusLabel, self.tr("Saved as %1.").replace("%1", str(path)), "ok"
            )

    def _export_failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        self.export_button.setEnabled(True)
        self.ui.statusLabel.clear()
        if isinstance(error, PelitaError) and error.field not in self.errors.fields:
            show_message(self.ui.statusLabel, message(error), "error")
            return
        self._failed(error)
