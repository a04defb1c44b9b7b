"""The admin's "Issue certificates" dialog for one cohort.

The people of the cohort with the verdict of the completion rule (certificate_issue_model);
the issue date and the folder for the files (the folder is remembered on this desk); a preview
of the selected person's certificate; and the batch, which runs on a thread of its own
(certificate_batch) with progress and Cancel, then says which numbers were issued and offers
the folder, the print file to print and to look at (certificate_batch.BatchPanel). A cancel
records nothing and uses no number. The dialog does not close while a batch runs: closing it
cancels the batch instead.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget
from shiboken6 import isValid

from desktop.domain.certificate import REASON_MAX, file_name
from desktop.domain.errors import PelitaError
from desktop.domain.roles import Permission
from desktop.gui.app_context import AppContext
from desktop.gui.certificate_batch import (
    BatchPanel,
    BatchRun,
    folder_problem,
    remember_folder,
    remembered_folder,
)
from desktop.gui.certificate_issue_model import CandidatesModel, Column
from desktop.gui.cohort_view_tables import select_key, selected_key, setup_table
from desktop.gui.enrol_cohort_list import widen_to_show
from desktop.gui.field_errors import FieldErrors
from desktop.gui.forms.ui_certificate_issue_dialog import Ui_CertificateIssueDialog
from desktop.gui.pdf_viewer import PdfViewer
from desktop.gui.signals import emit
from desktop.services import certificate_issue
from desktop.services.certificate_issue import IssueResult
from desktop.services.certificate_plan import Candidate, IssueRequest

if TYPE_CHECKING:
    from desktop.gui.cohort_view import CohortView


class CertificateIssueDialog(QDialog):
    issued = Signal(str)  # a batch was recorded: what the summary says

    def __init__(
        self, context: AppContext, cohort_id: int, cohort_code: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.cohort_id = cohort_id
        self.viewer: PdfViewer | None = None  # the open preview or print file (tests)
        self.ui = ui = Ui_CertificateIssueDialog()
        ui.setupUi(self)
        self.setWindowTitle(self.tr("Issue certificates: %1").replace("%1", cohort_code))
        ui.introLabel.setText(
            self.tr(
                "Who in %1 receives a certificate. Those who meet the completion rule are "
                "checked. To give one to someone else, check them and type the reason: it is "
                "kept with the certificate."
            ).replace("%1", cohort_code)
        )
        self.model = CandidatesModel(self)
        setup_table(ui.peopleTable, self.model, Column.OVERRIDE)
        fields = {
            "override": (ui.reasonEdit, ui.reasonError),
            "folder": (ui.folderEdit, ui.folderError),
        }
        self.errors = FieldErrors(ui.formError, fields)
        ui.reasonEdit.setMaxLength(REASON_MAX)
        ui.issueDateEdit.setDate(QDate.currentDate())
        ui.folderEdit.setText(remembered_folder())
        self.panel = BatchPanel(self)
        self._connect()
        self._current_changed()
        self.refresh()

    def _connect(self) -> None:
        ui, model, panel = self.ui, self.model, self.panel
        model.choice_changed.connect(self._update_buttons)
        model.reason_wanted.connect(self._ask_reason)
        ui.peopleTable.selectionModel().selectionChanged.connect(
            lambda _new, _old: self._current_changed()
        )
        ui.peopleTable.activated.connect(lambda _index: self.preview())
        ui.reasonEdit.textEdited.connect(self._reason_typed)
        ui.browseButton.clicked.connect(self.browse)
        ui.previewButton.clicked.connect(self.preview)
        ui.issueButton.clicked.connect(self.issue)
        ui.closeButton.clicked.connect(self.reject)
        panel.ended.connect(self._show_running)
        panel.issued.connect(self._issued)
        panel.refused.connect(self._failed)

    @property
    def running(self) -> bool:
        return self.panel.running

    # --- the people -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the people again (on the worker), keeping the selection and what was chosen."""
        ctx, cohort_id = self.context, self.cohort_id

        def done(candidates: list[Candidate]) -> None:
            if not isValid(self):
                return
            kept = selected_key(self.ui.peopleTable)
            first = self.model.rowCount() == 0
            self.model.show_candidates(candidates)
            if kept is not None:
                select_key(self.ui.peopleTable, self.model, kept)
            if first:  # large text needs more room: as wide as the columns, within the screen
                widen_to_show(self.ui.peopleTable)
            self._current_changed()

        ctx.runner.submit(
            lambda: certificate_issue.candidates(ctx.db, ctx.actor, cohort_id), done, self._refused
        )

    def current_row(self) -> int | None:
        rows = self.ui.peopleTable.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def current_candidate(self) -> Candidate | None:
        row = self.current_row()
        return self.model.candidate_at(row) if row is not None else None

    def _current_changed(self) -> None:
        """The reason box is for the selected person, when the rule does not pass them."""
        candidate, edit = self.current_candidate(), self.ui.reasonEdit
        wanted = (
            candidate is not None and not candidate.eligible and self.model.checkable(candidate)
        )
        edit.setText(self.model.reason(candidate) if wanted and candidate else "")
        edit.setEnabled(wanted and not self.running)
        self.ui.reasonLabel.setEnabled(wanted)
        self._update_buttons()

    def _ask_reason(self, row: int) -> None:
        self.ui.peopleTable.selectRow(row)
        self.ui.reasonEdit.setFocus()

    def _reason_typed(self, text: str) -> None:
        row = self.current_row()
        if row is not None:
            self.model.set_reason(row, text)
            if text.strip():  # a reason typed means: issue to them
                self.model.set_checked(row, True)

    def _update_buttons(self) -> None:
        ui, count = self.ui, len(self.model.chosen())
        if count == 0:
            ui.issueButton.setText(self.tr("&Issue certificates"))
        elif count == 1:
            ui.issueButton.setText(self.tr("&Issue 1 certificate"))
        else:
            ui.issueButton.setText(
                self.tr("&Issue %1 certificates").replace("%1", QLocale().toString(count))
            )
        ui.issueButton.setEnabled(count > 0 and not self.running)
        ui.previewButton.setEnabled(self.current_row() is not None and not self.running)

    def browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the certificate files"), self.ui.folderEdit.text()
        )
        if chosen:
            self.ui.folderEdit.setText(chosen)
            remember_folder(chosen)

    # --- preview ---------------------------------------------------------------------------

    def preview(self) -> None:
        candidate = self.current_candidate()
        if candidate is None or self.running:
            return
        ctx, cohort_id, enrolment_id = self.context, self.cohort_id, candidate.enrolment_id
        title = self.tr("Preview: %1").replace("%1", candidate.full_name)
        name = file_name(self.tr("preview"), candidate.full_name)

        def done(data: bytes) -> None:
            if isValid(self):
                self.show_pdf(data, title, name)

        ctx.runner.submit(
            lambda: certificate_issue.preview(ctx.db, ctx.actor, cohort_id, enrolment_id),
            done,
            self._refused,
        )

    def show_pdf(self, data: bytes, title: str, name: str) -> None:
        viewer = PdfViewer(data, title, name, self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.viewer = viewer
        viewer.open()

    # --- the batch (shown by the panel) ------------------------------------------------------

    def issue(self) -> None:
        chosen = self.model.chosen()
        if self.running or not chosen:
            return
        problem = folder_problem(self.ui.folderEdit.text())
        if problem:
            self.errors.show(PelitaError(problem, "folder"))
            return
        self.errors.clear()
        folder = Path(self.ui.folderEdit.text().strip()).expanduser()
        remember_folder(str(folder))
        request = IssueRequest(
            self.cohort_id,
            tuple(candidate.enrolment_id for candidate in chosen),
            overrides=self.model.overrides(),
            issue_date=self.ui.issueDateEdit.date().toPython(),
        )
        batch = BatchRun(self.context.db, self.context.actor, request, folder)
        self.panel.start(batch)
        self._show_running()

    def _show_running(self) -> None:
        ui = self.ui
        for widget in (ui.peopleTable, ui.issueDateEdit, ui.folderEdit, ui.browseButton):
            widget.setEnabled(not self.running)
        self._current_changed()

    def _issued(self, _result: IssueResult) -> None:
        self.refresh()  # the issued now show their numbers
        emit(self.issued, self.panel.summary_text)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, OSError):  # recorded; only the files could not be written
            text = self.tr(
                "The certificates were issued, but their files could not be written (%1). "
                "Their PDFs are kept in the register."
            ).replace("%1", error.strerror or str(error))
            error = PelitaError(text, "folder")
        self._refused(error)
        if isinstance(error, PelitaError):
            row = self.model.first_without_reason() if error.field == "override" else None
            if row is not None:
                self._ask_reason(row)
            self.refresh()  # another desk may have issued meanwhile

    def _refused(self, error: BaseException) -> None:
        if not isValid(self):
            return
        if isinstance(error, PelitaError):
            self.errors.show(error)
        else:
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)

    def done(self, result: int) -> None:
        """Close, Escape and the window's X: while a batch runs, they cancel it instead (the
        dialog stays to say so); closing with a thread still at work would lose its answer."""
        if self.running:
            self.panel.cancel()
            return
        super().done(result)


def open_for_cohort_view(view: CohortView) -> CertificateIssueDialog | None:
    """The cohort view's "Certificates…": the dialog for its cohort, kept in `view.dialog`;
    the view reads the cohort again once a batch is recorded (enrolments become completed)."""
    detail = view.current_detail()
    if detail is None or not view.context.actor.may(Permission.ISSUE_CERTIFICATES):
        return None
    dialog = CertificateIssueDialog(view.context, detail.id, detail.code, view)
    dialog.issued.connect(view.after_change)
    view.open_dialog(dialog, lambda: None)
    return dialog
