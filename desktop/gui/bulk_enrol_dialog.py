"""Enrolling many people from the participant list into one cohort, with a report of what
became of each: enrolled with a seat, waitlisted, or refused and why.

The people are sent to `enrolment.enrol_many` on the worker a few at a time (CHUNK), so the
progress bar moves for a list of hundreds and Stop takes effect between two groups; each
person is one transaction in the service, so a refusal or a stop never undoes the people
enrolled before. The report can be copied (a tab-separated table: it pastes into a
spreadsheet or a message) or saved as CSV; its lines and table model are in bulk_enrol_report.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QWidget,
)
from shiboken6 import isValid

from desktop.domain.errors import PelitaError
from desktop.gui.app_context import AppContext
from desktop.gui.bulk_enrol_report import Column, ReportLine, ReportModel, why_text
from desktop.gui.bulk_enrol_report import selected_people as selected_people  # for the list page
from desktop.gui.dialogs import inform, localise_buttons
from desktop.gui.enrol_cohort_list import (
    CohortSeatsModel,
    fit_columns,
    selected_item,
    widen_to_show,
)
from desktop.gui.field_errors import FieldErrors
from desktop.gui.formatting import language
from desktop.gui.forms.ui_bulk_enrol_dialog import Ui_BulkEnrolDialog
from desktop.gui.i18n import message
from desktop.gui.save_file import ask_save_path
from desktop.services import enrolment, enrolment_preview
from desktop.services.enrolment import BulkLine, WaitlistEntry
from desktop.services.enrolment_preview import CohortSeats

CHUNK = 20  # people per call on the worker: the bar moves, Stop waits for at most this many


class BulkEnrolDialog(QDialog):
    def __init__(
        self, context: AppContext, people: Sequence[tuple[int, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.people = list(people)
        self.names = dict(self.people)
        self.cohort: CohortSeats | None = None
        self.lines: list[BulkLine] = []  # the service's answers so far
        self.places: dict[int, int] = {}  # enrolment id: place on the waitlist, once read
        self.running = False
        self.stopping = False
        self.ui = ui = Ui_BulkEnrolDialog()
        ui.setupUi(self)
        localise_buttons(ui.buttonBox)
        self.enrol_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.cancel_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        self.enrol_button.setText(
            self._count_text(self.tr("&Enrol 1 person"), self.tr("&Enrol %1 people"))
        )
        self.cohorts = CohortSeatsModel(self)
        self.report = ReportModel(self)
        ui.cohortTable.setModel(self.cohorts)
        ui.reportTable.setModel(self.report)
        fit_columns(ui.cohortTable, 1)
        fit_columns(ui.reportTable, Column.WHY)
        ui.reportTable.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.errors = FieldErrors(ui.formError, {"cohort": (ui.cohortTable, ui.cohortError)})
        ui.introLabel.setText(
            self._count_text(
                self.tr("Enrol the selected participant in a cohort."),
                self.tr("Enrol the %1 selected participants in one cohort."),
            )
        )
        ui.progressBar.hide()
        ui.copyButton.hide()
        ui.saveButton.hide()
        ui.buttonBox.accepted.connect(self.enrol)
        ui.buttonBox.rejected.connect(self.reject)
        ui.copyButton.clicked.connect(self.copy_report)
        ui.saveButton.clicked.connect(self.save_report)
        ui.cohortTable.setFocus()
        ctx = context
        context.runner.submit(
            lambda: enrolment_preview.open_cohorts(ctx.db, ctx.actor), self._listed, self._failed
        )

    def _count_text(self, one: str, many: str) -> str:
        count = len(self.people)
        return one if count == 1 else many.replace("%1", QLocale().toString(count))

    @classmethod
    def start(
        cls, context: AppContext, people: Sequence[tuple[int, str]], parent: QWidget
    ) -> BulkEnrolDialog:
        dialog = cls(context, people, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _listed(self, rows: list[CohortSeats]) -> None:
        if isValid(self):
            self.cohorts.replace_rows(rows)
            widen_to_show(self.ui.cohortTable)

    # -- enrolling, a group at a time -----------------------------------------------------

    def enrol(self) -> None:
        if self.running:
            return
        chosen = selected_item(self.ui.cohortTable, self.cohorts)
        if not isinstance(chosen, CohortSeats):
            self.errors.show(PelitaError(self.tr("Choose the cohort to enrol them in."), "cohort"))
            return
        self.errors.clear()
        self.cohort, self.lines, self.running = chosen, [], True
        ui = self.ui
        ui.cohortTable.setEnabled(False)
        self.enrol_button.setEnabled(False)
        self.cancel_button.setText(self.tr("&Stop"))
        ui.progressBar.setRange(0, len(self.people))
        ui.progressBar.setValue(0)
        ui.progressBar.show()
        self._next_group()

    def _next_group(self) -> None:
        done = len(self.lines)
        if self.stopping or done >= len(self.people):
            self._finish()
            return
        assert self.cohort is not None
        ids = [pid for pid, _name in self.people[done : done + CHUNK]]
        ctx, cid = self.context, self.cohort.id
        self.ui.progressBar.setFormat(
            self.tr("%1 of %2").replace("%1", str(done)).replace("%2", str(len(self.people)))
        )
        self.context.runner.submit(
            lambda: enrolment.enrol_many(ctx.db, ctx.actor, ids, cid), self._answered, self._failed
        )

    def _answered(self, lines: list[BulkLine]) -> None:
        if not isValid(self):
            return
        self.lines.extend(lines)
        self.ui.progressBar.setValue(len(self.lines))
        self._next_group()

    def _failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        if not isinstance(error, PelitaError):
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)
            return
        if not self.running:  # the list of cohorts could not be read
            self.errors.show(error)
        elif not self.lines:  # nobody could be enrolled: the cohort closed, or no permission
            self._back_to_choosing()
            self.errors.show(PelitaError(message(error), "cohort"))
        else:  # the cohort closed part-way: the rest are refused for that reason
            rest = [pid for pid, _name in self.people[len(self.lines) :]]
            self.lines += [BulkLine(pid, "refused", text=message(error)) for pid in rest]
            self._finish()

    def _back_to_choosing(self) -> None:
        self.running = self.stopping = False
        self.ui.cohortTable.setEnabled(True)
        self.enrol_button.setEnabled(True)
        self.cancel_button.setText(QCoreApplication.translate("dialogs", "Cancel"))
        self.ui.progressBar.hide()

    def _finish(self) -> None:
        self.running = False
        ui = self.ui
        ui.progressBar.hide()
        self.report.replace_rows(self.report_lines())
        ui.reportTable.resizeRowsToContents()
        ui.stack.setCurrentWidget(ui.reportPage)
        self.enrol_button.hide()
        self.cancel_button.setText(QCoreApplication.translate("dialogs", "Close"))
        self.cancel_button.setEnabled(True)
        ui.copyButton.show()
        ui.saveButton.show()
        counts = {kind: sum(line.outcome == kind for line in self.lines) for kind in
                  ("enrolled", "waitlisted", "refused")}  # fmt: skip
        assert self.cohort is not None
        locale = QLocale()
        summary = self.tr("%1: %2 enrolled with a seat, %3 on the waitlist, %4 refused.")
        summary = summary.replace("%1", self.cohort.code)
        for number, kind in zip(("%2", "%3", "%4"), counts, strict=True):
            summary = summary.replace(number, locale.toString(counts[kind]))
        left = len(self.people) - len(self.lines)
        if left:
            summary += " " + self.tr("Stopped: %1 not done.").replace("%1", str(left))
        ui.summaryLabel.setText(summary)
        ui.reportTable.setFocus()
        if counts["waitlisted"]:
            self._read_places(self.cohort.id)

    def _read_places(self, cohort_id: int) -> None:
        """The waitlisted people's places, read once the run is over (the order is the
        waitlist's score, not the order they were enrolled in)."""
        ctx = self.context

        def done(entries: list[WaitlistEntry]) -> None:
            if not isValid(self):
                return
            self.places = {entry.enrolment_id: entry.position for entry in entries}
            self.report.replace_rows(self.report_lines())
            self.ui.reportTable.resizeRowsToContents()

        ctx.runner.submit(
            lambda: enrolment.waitlist(ctx.db, ctx.actor, cohort_id), done, lambda _error: None
        )

    def report_lines(self) -> list[ReportLine]:
        lines = [
            ReportLine(line.participant_id, number, self.names.get(line.participant_id, "?"),
                       line.outcome, self._why(line))
            for number, line in enumerate(self.lines, start=1)
        ]  # fmt: skip
        for number, (pid, name) in enumerate(self.people[len(lines) :], start=len(lines) + 1):
            lines.append(ReportLine(pid, number, name, "not_done", ""))
        return lines

    # -- the report -----------------------------------------------------------------------

    def _why(self, line: BulkLine) -> str:
        place = self.places.get(line.enrolment_id or 0)
        if line.outcome != "waitlisted" or place is None:
            return why_text(line)
        text = self.tr("Place %1 on the waitlist").replace("%1", QLocale().toString(place))
        return "; ".join(part for part in (text, why_text(line)) if part)

    def report_rows(self) -> list[list[str]]:
        header = self.report.titles()
        rows = [self.report.texts(line) for line in self.report_lines()]
        return [header, *rows]

    def copy_report(self) -> None:
        text = io.StringIO()
        csv.writer(text, delimiter="\t", lineterminator="\n").writerows(self.report_rows())
        QGuiApplication.clipboard().setText(text.getvalue())
        self.ui.summaryLabel.setText(
            self.ui.summaryLabel.text().split("\n")[0] + "\n" + self.tr("Copied the report.")
        )

    def save_report(self) -> None:
        code = self.cohort.code if self.cohort else ""
        stem = "pendaftaran" if language() == "id" else "enrolment"
        target = ask_save_path(
            self, self.tr("Save the report"), f"{stem}-{code}.csv", self.tr("CSV files (*.csv)")
        )
        if target is None:
            return
        try:
            # utf-8 with its mark: Excel then reads the names with their accents right.
            with target.open("w", newline="", encoding="utf-8-sig") as file:
                csv.writer(file).writerows(self.report_rows())
        except OSError as error:
            inform(self, self.tr("Could not save the file"), error.strerror or str(error))
            return
        self.ui.summaryLabel.setText(
            self.ui.summaryLabel.text().split("\n")[0]
            + "\n"
            + self.tr("Saved %1").replace("%1", str(target))
        )

    def reject(self) -> None:
        if self.running:  # Stop: the group under way finishes, then the report shows
            self.stopping = True
            self.cancel_button.setEnabled(False)
            self.cancel_button.setText(self.tr("Stopping…"))
            return
        super().reject()
