"""The report for the local government office (Dinas), as the main window's menu offers it
(`open_government_report`): a small dialog for the period, one programme or all, the report's
language and PDF, xlsx or CSV. The period starts as last year's January to December in the first
quarter (when annual reports are due) and as this year so far after it.

Save… asks where, then the report is made in the background (desktop.gui.progress_job: not
on the database worker every page shares) with progress and Cancel; once saved, Show opens a
PDF inside Pelita (desktop.gui.pdf_viewer) and Open hands the file to the desk's program for it.
The dialog works like the sponsor's impact report (desktop.gui.sponsor_report_action).

A refusal (a period that ends before it starts, a programme deleted meanwhile, a folder one may
not write in, a role that may not make reports) is said next to the field at fault and nothing
chosen is lost.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from desktop.domain.errors import ValidationError
from desktop.gui.app_context import AppContext
from desktop.gui.background_job import IsCancelled, Progress
from desktop.gui.cohort_dialog_fields import from_qdate, to_qdate
from desktop.gui.dialogs import localise_buttons
from desktop.gui.field_errors import FieldErrors
from desktop.gui.formatting import language
from desktop.gui.forms.ui_government_report_action import Ui_GovernmentReportDialog
from desktop.gui.i18n import LANGUAGES
from desktop.gui.report_dialog import ReportDialog, ReportTexts
from desktop.gui.save_file import ask_save_path
from desktop.services.attendance_common import local_day
from desktop.services.government_report import (
    GovernmentReport,
    write_government_report,
)
from desktop.services.programmes import list_programmes

# The service's own words for it (context "messages"), said before asking where to save.
PERIOD_BACKWARDS = "The end of the period is before its start."
ANNUAL_REPORT_MONTHS = 3  # until the end of March, last year's report is the one asked for


def default_period(today: date) -> tuple[date, date]:
    """Last year's January to December in the first quarter; this year so far after it."""
    if today.month <= ANNUAL_REPORT_MONTHS:
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    return date(today.year, 1, 1), today


def open_government_report(parent: QWidget, context: AppContext) -> GovernmentReportDialog:
    """The report's dialog over `parent` (deleted when closed)."""
    dialog = GovernmentReportDialog(parent, context)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class GovernmentReportDialog(ReportDialog):
    def __init__(self, parent: QWidget, context: AppContext) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = ui = Ui_GovernmentReportDialog()
        ui.setupUi(self)
        localise_buttons(ui.buttonBox)
        self.save_button.setText(self.tr("&Save…"))
        start, end = default_period(local_day(context.db.clock()))
        ui.fromEdit.setDate(to_qdate(start))
        ui.toEdit.setDate(to_qdate(end))
        ui.programmeCombo.addItem(self.tr("All programmes"), None)
        for code, name in LANGUAGES.items():
            ui.languageCombo.addItem(name, code)
        ui.languageCombo.setCurrentIndex(max(0, ui.languageCombo.findData(language())))
        self.errors = FieldErrors(
            ui.formError,
            {
                "start": (ui.fromEdit, ui.periodError),
                "end": (ui.toEdit, ui.periodError),
                "programme": (ui.programmeCombo, ui.programmeError),
                "file": (ui.pdfRadio, ui.fileError),
            },
        )
        self._show_saved("", "ok")
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.showButton.clicked.connect(self.show_report)
        ui.openButton.clicked.connect(self.open_report)
        context.runner.submit(self._read_programmes, self._listed, self._failed)

    def _read_programmes(self) -> list[tuple[int, str]]:
        """On the worker: every programme, archived ones too (they ran in past periods)."""
        ctx = self.context
        return list_programmes(ctx.db, ctx.actor, include_inactive=True)

    def _listed(self, programmes: list[tuple[int, str]]) -> None:
        if isValid(self):
            for programme_id, name in programmes:
                self.ui.programmeCombo.addItem(name, programme_id)

    # -- choosing and saving

    def period(self) -> tuple[date, date]:
        return from_qdate(self.ui.fromEdit.date()), from_qdate(self.ui.toEdit.date())

    def programme_id(self) -> int | None:
        chosen = self.ui.programmeCombo.currentData()
        return int(chosen) if chosen is not None else None

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
        stem = self.tr("training-report")  # the file's name starts so
        if self.programme_id() is not None:
            name = self.ui.programmeCombo.currentText().casefold()
            stem += "-" + (re.sub(r"[^\w]+", "-", name).strip("-") or "programme")
        name = f"{stem}-{start.isoformat()}-{end.isoformat()}{suffix}"
        path = ask_save_path(self, self.tr("Save the report for the government office"), name, kind)
        if path is not None:
            self.save_to(path)

    def save_to(self, path: Path) -> None:
        """Make the report with what is chosen now, into `path`, in the background."""
        ctx, (start, end), programme_id = self.context, self.period(), self.programme_id()
        reader = self.ui.languageCombo.currentData() or "id"

        def work(progress: Progress, cancelled: IsCancelled) -> GovernmentReport:
            return write_government_report(
                ctx.db,
                ctx.actor,
                start,
                end,
                path,
                programme_id=programme_id,
                language=reader,
                progress=progress,
                cancelled=cancelled,
            )

        self.start_report(
            path,
            work,
            "pelita-government-report",
            title=self.tr("Report for the government office"),
            making=self.tr("Making the report…"),
        )

    def report_texts(self) -> ReportTexts:
        return ReportTexts(
            saved=self.tr("Saved the report as %1."),
            nothing_in_it=self.tr("No cohort ran in this period."),
            unreadable=self.tr("Could not read %1: %2"),
            writing=self.tr("Writing %1…"),
            viewer_title=self.tr("Report for the government office"),
        )
