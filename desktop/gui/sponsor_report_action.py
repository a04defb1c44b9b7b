"""A sponsor's impact report, as the Sponsors page offers it (`open_impact_report`): a small
dialog for the period (this year unless changed), the report's language and PDF, xlsx or CSV.
Save… asks where, then the report is made in the background (desktop.gui.background_job: not
on the database worker every page shares) with progress and Cancel; once saved, Show opens a
PDF inside Pelita (desktop.gui.pdf_viewer) and Open hands the file to the desk's program for it.

A refusal (a period that ends before it starts, a folder one may not write in, a role that may
not make reports) is said next to the field at fault and nothing chosen is lost.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from desktop.domain.errors import ValidationError
from desktop.gui.app_context import AppContext
from desktop.gui.background_job import IsCancelled, Progress
from desktop.gui.cohort_dialog_fields import from_qdate, to_qdate
from desktop.gui.dialogs import localise_buttons
from desktop.gui.field_errors import FieldErrors
from desktop.gui.formatting import language
from desktop.gui.forms.ui_sponsor_report_action import Ui_SponsorReportDialog
from desktop.gui.i18n import LANGUAGES
from desktop.gui.report_dialog import ReportDialog, ReportTexts
from desktop.gui.save_file import ask_save_path
from desktop.services import sponsors
from desktop.services.attendance_common import local_day
from desktop.services.sponsor_impact import ImpactReport, write_impact_report

# The service's own words for it (context "messages"), said before asking where to save.
PERIOD_BACKWARDS = "The end of the period is before its start."


def open_impact_report(parent: QWidget, context: AppContext, sponsor_id: int) -> ImpactReportDialog:
    """The report's dialog for the sponsor, over `parent` (deleted when closed)."""
    dialog = ImpactReportDialog(parent, context, sponsor_id)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class ImpactReportDialog(ReportDialog):
    def __init__(self, parent: QWidget, context: AppContext, sponsor_id: int) -> None:
        super().__init__(parent)
        self.context, self.sponsor_id = context, sponsor_id
        self.sponsor_name = ""
        self.ui = ui = Ui_SponsorReportDialog()
        ui.setupUi(self)
        localise_buttons(ui.buttonBox)
        self.save_button.setText(self.tr("&Save…"))
        bold = ui.sponsorLabel.font()
        bold.setBold(True)
        ui.sponsorLabel.setFont(bold)
        year = local_day(context.db.clock()).year
        ui.fromEdit.setDate(to_qdate(date(year, 1, 1)))
        ui.toEdit.setDate(to_qdate(date(year, 12, 31)))
        for code, name in LANGUAGES.items():
            ui.languageCombo.addItem(name, code)
        ui.languageCombo.setCurrentIndex(max(0, ui.languageCombo.findData(language())))
        self.errors = FieldErrors(
            ui.formError,
            {
                "start": (ui.fromEdit, ui.periodError),
                "end": (ui.toEdit, ui.periodError),
                "file": (ui.pdfRadio, ui.fileError),
            },
        )
        self._show_saved("", "ok")
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.showButton.clicked.connect(self.show_report)
        ui.openButton.clicked.connect(self.open_report)
        context.runner.submit(self._read_name, self._named, self._failed)

    @property
    def progress_dialog(self) -> QProgressDialog | None:
        """The progress window while a report is made (tests)."""
        return self.job.window if self.job is not None else None

    def _read_name(self) -> str:
        """On the worker: the sponsor's name, for the title and the file's name."""
        ctx = self.context
        found = sponsors.list_sponsors(ctx.db, ctx.actor, include_inactive=True)
        return next((row.name for row in found if row.id == self.sponsor_id), "")

    def _named(self, name: str) -> None:
        if isValid(self):
            self.sponsor_name = name
            self.ui.sponsorLabel.setText(name)
            self.setWindowTitle(self.tr("Impact report: %1").replace("%1", name))

    # -- choosing and saving

    def period(self) -> tuple[date, date]:
        return from_qdate(self.ui.fromEdit.date()), from_qdate(self.ui.toEdit.date())

    def suffix(self) -> str:
        if self.ui.csvRadio.isChecked():
            return ".csv"
        return ".xlsx" if self.ui.xlsxRadio.isChecked() else ".pdf"

    def save(self) -> None:
        """Check the period, ask where to save, then make the report there."""
        if self.running:
            return
        start, end = self.period()
        if end < start:
            self.errors.show(ValidationError(PERIOD_BACKWARDS, "end"))
            self.fit_height()
            return
        self.errors.clear()
        suffix = self.suffix()
        kinds = {
            ".pdf": self.tr("PDF documents (*.pdf)"),
            ".xlsx": self.tr("Excel workbooks (*.xlsx)"),
            ".csv": self.tr("CSV files (*.csv)"),
        }
        kind = kinds[suffix]
        slug = re.sub(r"[^\w]+", "-", self.sponsor_name.casefold()).strip("-") or "sponsor"
        stem = self.tr("impact-report")  # the file's name starts so
        name = f"{stem}-{slug}-{start.isoformat()}-{end.isoformat()}{suffix}"
        path = ask_save_path(self, self.tr("Save the impact report"), name, kind)
        if path is not None:
            self.save_to(path)

    def save_to(self, path: Path) -> None:
        """Make the report with what is chosen now, into `path`, in the background."""
        ctx, (start, end), sponsor_id = self.context, self.period(), self.sponsor_id
        reader = self.ui.languageCombo.currentData() or "id"

        def work(progress: Progress, cancelled: IsCancelled) -> ImpactReport:
            return write_impact_report(
                ctx.db,
                ctx.actor,
                sponsor_id,
                start,
                end,
                path,
                language=reader,
                progress=progress,
                cancelled=cancelled,
            )

        self.start_report(
            path,
            work,
            "pelita-impact-report",
            title=self.tr("Sponsor impact report"),
            making=self.tr("Making the report…"),
        )

    def report_texts(self) -> ReportTexts:
        return ReportTexts(
            saved=self.tr("Saved the report as %1."),
            nothing_in_it=self.tr("Nothing was recorded for this sponsor in this period."),
            unreadable=self.tr("Could not read %1: %2"),
            writing=self.tr("Writing %1…"),
            viewer_title=self.tr("Impact report: %1").replace("%1", self.sponsor_name),
        )
