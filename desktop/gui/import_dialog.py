"""The clerk's "Import from a list…": participants registered from a village office's, an
NGO's or a sponsor's list (xlsx or CSV), in steps on one dialog.

1. The file: read and checked on a thread of its own with progress and Cancel
   (participant_import.preview_import); a file that cannot be read says why, and the list
   already shown stays. The import template can be saved from here.
2. The columns: "heading → field" (import_mapping_editor); a change checks the list again.
3. The rows: ok / warning / error with the reasons and the possible duplicates
   (import_preview_model); the rows with errors can be saved as a workbook with an error
   column, fixed and imported again. "Import the valid rows" or "Import all or nothing"
   (refused while a row has an error) runs commit_import, one transaction, on its own thread
   with progress and Cancel; the mapping is remembered once the import went through.
4. What happened ("12 participants registered, 2 rows skipped"); the page reads its list again.

With a cohort chosen on step 1, the list's people are registered and enrolled in it, the
registered ones recognised by their NIK (import_cohort_result: the choice and the summary).

The dialog does not close while a job runs: closing cancels the job instead, so the answer
of a thread still at work is never lost.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QWidget
from shiboken6 import isValid

from desktop.domain.errors import PelitaError
from desktop.domain.import_columns import ImportField
from desktop.gui.app_context import AppContext
from desktop.gui.background_job import BackgroundJob, IsCancelled, Progress
from desktop.gui.formatting import language
from desktop.gui.forms.ui_import_dialog import Ui_ImportDialog
from desktop.gui.i18n import message, translated
from desktop.gui.import_cohort_result import CohortPart
from desktop.gui.import_mapping_editor import MappingEditor
from desktop.gui.import_preview_model import Column, ImportPreviewModel
from desktop.gui.message_line import show_message
from desktop.gui.save_file import ask_save_path
from desktop.gui.signals import emit
from desktop.services.enrolment_import import CohortImportResult
from desktop.services.import_mappings import remember_mapping
from desktop.services.participant_import import (
    ImportCancelled,
    ImportPreview,
    ImportResult,
    commit_import,
    preview_import,
    write_error_report,
)

CHOOSE, COLUMNS, ROWS, SUMMARY = range(4)


def ask_open_path(parent: QWidget) -> Path | None:
    """The list to import (None when the person cancels)."""
    kinds = QCoreApplication.translate("ImportDialog", "Participant lists (*.xlsx *.csv)")
    title = QCoreApplication.translate("ImportDialog", "Choose the participant list")
    path, _kind = QFileDialog.getOpenFileName(parent, title, str(Path.home()), kinds)
    return Path(path) if path else None


class ImportDialog(QDialog):
    imported = Signal(int)  # how many people were registered

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = ui = Ui_ImportDialog()
        ui.setupUi(self)
        self.preview: ImportPreview | None = None  # the last list read and checked
        self.outcome: ImportResult | CohortImportResult | None = None
        self.read_for_cohort = False  # whether `preview` recognises registered people
        self.job: BackgroundJob | None = None
        self._when_done: Callable[[Any], None] | None = None  # what the running job ends in
        self.model = ImportPreviewModel(self)
        ui.rowsTable.setModel(self.model)
        header = ui.rowsTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = ui.rowsTable.fontMetrics()
        widths = {Column.ROW: "0000", Column.VERDICT: "⚠ peringatan", Column.NAME: "x" * 22,
                  Column.NIK: "3402015203900001", Column.REASONS: "x" * 34}  # fmt: skip
        for column, sample in widths.items():
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        self.editor = MappingEditor(ui.mappingTable)
        self.cohort = CohortPart(context, ui, self, self._refused)
        for hidden in (ui.progressBar, ui.cancelButton, ui.fileError, ui.notesLabel):
            hidden.hide()
        self._connect()
        self._say("", "hint")
        self.show_step(CHOOSE)

    @classmethod
    def start(cls, context: AppContext, parent: QWidget) -> ImportDialog:
        dialog = cls(context, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _connect(self) -> None:
        ui = self.ui
        ui.chooseButton.clicked.connect(self.choose_file)
        ui.templateButton.clicked.connect(self.save_template)
        ui.errorReportButton.clicked.connect(self.save_error_report)
        ui.validOnlyButton.clicked.connect(lambda: self.commit(valid_only=True))
        ui.allButton.clicked.connect(lambda: self.commit(valid_only=False))
        ui.cancelButton.clicked.connect(self.cancel)
        ui.backButton.clicked.connect(lambda: self.show_step(self.step - 1))
        ui.nextButton.clicked.connect(lambda: self.show_step(self.step + 1))
        ui.closeButton.clicked.connect(self.reject)
        self.editor.changed.connect(self._mapping_changed)
        ui.cohortCombo.currentIndexChanged.connect(self._cohort_changed)
        ui.rowsTable.selectionModel().currentRowChanged.connect(
            lambda current, _old: self._show_details(current.row())
        )

    @property
    def running(self) -> bool:
        return self.job is not None

    @property
    def step(self) -> int:
        return int(self.ui.stack.currentIndex())

    def show_step(self, step: int) -> None:
        titles = [
            self.tr("1. Choose the list"),
            self.tr("2. Which column holds what"),
            self.tr("3. Check the rows"),
            self.tr("Imported"),
        ]
        self.ui.stack.setCurrentIndex(step)
        self.ui.stepLabel.setText(titles[step])
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui, preview, idle = self.ui, self.preview, not self.running
        step = self.step
        solved = preview is not None and not preview.problems
        ui.backButton.setVisible(step in (COLUMNS, ROWS))
        ui.backButton.setEnabled(idle)
        ui.nextButton.setVisible(step in (CHOOSE, COLUMNS))
        ui.nextButton.setEnabled(idle and preview is not None and (step == CHOOSE or solved))
        ui.chooseButton.setEnabled(idle)
        ui.cohortCombo.setEnabled(idle)
        self.editor.set_enabled(idle)
        errors = preview.errors if preview else 0
        importable = preview.ok + preview.warnings if preview else 0
        ui.errorReportButton.setEnabled(idle and errors > 0)
        ui.validOnlyButton.setEnabled(idle and solved and importable > 0)
        ui.allButton.setEnabled(idle and solved and errors == 0 and importable > 0)
        why = ""
        if errors:
            why = self.tr(
                "Import all or nothing is possible once no row has an error: save the rows with"
                " errors, fix them in the file and choose it again."
            )
        ui.allHint.setText(why)
        ui.allHint.setVisible(bool(why))
        ui.allButton.setToolTip(why or self.tr("Register every row, or nobody if one fails"))

    # --- 1. the file ----------------------------------------------------------------------

    def choose_file(self) -> None:
        path = ask_open_path(self)
        if path is not None:
            self.read_list(path)

    def read_list(self, path: Path, mapping: Mapping[int, ImportField] | None = None) -> None:
        """Read and check the list at `path` (with `mapping`, else the remembered or guessed
        one) on the job's thread; shown when done."""
        if self.running:
            return
        ctx, new_file = self.context, mapping is None
        existing_ok = self.cohort.chosen is not None  # registered people are enrolled as they are
        read = partial(preview_import, ctx.db, ctx.actor, path, mapping, existing_ok=existing_ok)

        def work(progress: Progress, cancelled: IsCancelled) -> ImportPreview:
            return read(progress=progress, cancelled=cancelled)

        def done(preview: ImportPreview) -> None:
            self._end("")
            self.read_for_cohort = existing_ok
            self.ui.fileEdit.setText(str(path))
            self.show_preview(preview, new_file)

        self._run(work, done, self.tr("Reading and checking %1…").replace("%1", path.name))

    def show_preview(self, preview: ImportPreview, new_file: bool) -> None:
        ui = self.ui
        self.preview = preview
        ui.fileError.hide()
        notes = "\n".join(translated(note, {}, ("messages",)) for note in preview.notes)
        ui.notesLabel.setText(notes)
        ui.notesLabel.setVisible(bool(notes))
        if new_file:
            self.editor.show_mapping(preview.headers, preview.mapping)
        problems = "\n".join(translated(text, {}, ("messages",)) for text in preview.problems)
        show_message(ui.problemsLabel, problems, "error")
        self.model.show_preview(preview)
        first_problem = next((n for n, row in enumerate(preview.rows) if row.messages), None)
        if first_problem is not None:  # the first row to look at, its reasons in full below
            self.ui.rowsTable.selectRow(first_problem)
        self._show_details(first_problem if first_problem is not None else -1)
        locale = QLocale()
        ui.countsLabel.setText(
            self.tr("%1 ok, %2 with warnings, %3 with errors")
            .replace("%1", locale.toString(preview.ok))
            .replace("%2", locale.toString(preview.warnings))
            .replace("%3", locale.toString(preview.errors))
        )
        if new_file:
            self.show_step(COLUMNS)
        self._update_buttons()

    def _cohort_changed(self) -> None:
        self.cohort.show_choice()
        preview, for_cohort = self.preview, self.cohort.chosen is not None
        if preview is not None and self.ui.fileEdit.text() and for_cohort != self.read_for_cohort:
            self.read_list(Path(self.ui.fileEdit.text()), preview.mapping)  # checked again

    # --- 2. the columns -------------------------------------------------------------------

    def _mapping_changed(self, mapping: dict[int, ImportField]) -> None:
        path = Path(self.ui.fileEdit.text())
        if self.preview is not None and self.ui.fileEdit.text():
            self.read_list(path, mapping)

    # --- 3. the rows ----------------------------------------------------------------------

    def _show_details(self, row: int) -> None:
        text = self.model.details(row)
        self.ui.rowDetail.setText(text)
        self.ui.rowDetail.setVisible(bool(text))

    def commit(self, *, valid_only: bool) -> None:
        preview, ctx, cohort = self.preview, self.context, self.cohort.chosen
        if preview is None or self.running:
            return
        if cohort is not None:  # register and enrol
            enrol, doing = self.cohort.job(preview, cohort, valid_only)
            self._run(enrol, self._imported, doing)
            return

        def work(progress: Progress, cancelled: IsCancelled) -> ImportResult:
            result = commit_import(
                ctx.db,
                ctx.actor,
                preview,
                valid_only=valid_only,
                progress=progress,
                cancelled=cancelled,
            )
            # Only now: a mapping that imported nothing is not worth keeping.
            remember_mapping(ctx.db, ctx.actor, preview.headers, preview.mapping)
            return result

        self._run(work, self._imported, self.tr("Registering the participants…"))

    def _imported(self, result: ImportResult | CohortImportResult) -> None:
        self._end("")
        self.outcome = result
        locale = QLocale()
        if isinstance(result, CohortImportResult):
            self.cohort.show_result(result)
        else:
            self.ui.summaryLabel.setText(
                self.tr("%1 participants registered, %2 rows skipped.")
                .replace("%1", locale.toString(result.created))
                .replace("%2", locale.toString(result.skipped))
            )
        self.show_step(SUMMARY)
        emit(self.imported, result.created)

    def save_error_report(self) -> None:
        preview = self.preview
        if preview is None or not preview.errors:
            return
        stem = Path(preview.file_name).stem or self.tr("list")
        name = self.tr("%1 - rows with errors.xlsx").replace("%1", stem)
        title = self.tr("Save the rows with errors")
        target = ask_save_path(self, title, name, self.tr("Excel workbooks (*.xlsx)"))
        if target is None:
            return
        words = language()

        def done(count: int) -> None:
            text = self.tr("Saved %1 rows with errors to %2")
            self._saved(text.replace("%1", QLocale().toString(count)), target)

        self.context.runner.submit(
            lambda: write_error_report(preview, target, language=words), done, self._refused
        )

    def save_template(self) -> None:
        from desktop.documents.import_template import write_import_template

        name = self.tr("participant-list-template.xlsx")
        title = self.tr("Save the import template")
        target = ask_save_path(self, title, name, self.tr("Excel workbooks (*.xlsx)"))
        if target is None:
            return
        words = language()
        self.context.runner.submit(
            lambda: write_import_template(target, words),
            lambda _none: self._saved(self.tr("Saved the template to %2"), target),
            self._refused,
        )

    def _saved(self, text: str, target: Path) -> None:
        if isValid(self):
            self._say(text.replace("%2", str(target)), "ok")

    # --- the job --------------------------------------------------------------------------

    def _run(self, work: Callable[..., Any], done: Callable[[Any], None], doing: str) -> None:
        job = BackgroundJob(work, "pelita-import")
        job.relay.progress.connect(self._progress)
        job.relay.finished.connect(self._finished)
        job.relay.failed.connect(self._failed)
        # Deleted with the desk while running: stop too.
        self.destroyed.connect(lambda *_args, event=job.cancel_requested: event.set())
        self.job, self._when_done = job, done
        ui = self.ui
        ui.progressBar.setRange(0, 0)  # busy until the first report
        for shown in (ui.progressBar, ui.cancelButton):
            shown.show()
        ui.cancelButton.setEnabled(True)
        self._say(doing, "hint")
        self._update_buttons()
        job.start()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.ui.cancelButton.setEnabled(False)
            self._say(self.tr("Cancelling…"), "hint")

    def _progress(self, done: int, total: int) -> None:
        if isValid(self) and self.running:
            self.ui.progressBar.setRange(0, max(total, 1))
            self.ui.progressBar.setValue(done)

    def _finished(self, value: object) -> None:
        if isValid(self) and self._when_done is not None:
            self._when_done(value)

    def _end(self, text: str, role: str = "hint") -> None:
        job, self.job = self.job, None
        if job is not None:
            job.wait()  # it reported as its last step: ended, or about to
        self.ui.progressBar.hide()
        self.ui.cancelButton.hide()
        self._say(text, role)
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        self._end("")
        if isinstance(error, ImportCancelled):
            self._say(message(error), "hint")
        elif isinstance(error, PelitaError) and self.step == CHOOSE:
            show_message(self.ui.fileError, message(error), "error")  # beside the file
        else:
            self._refused(error)

    def _refused(self, error: BaseException) -> None:
        if not isValid(self):
            return
        if isinstance(error, PelitaError):
            self._say(message(error), "error")
        elif isinstance(error, OSError):
            self._say(error.strerror or str(error), "error")
        else:
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)

    def _say(self, text: str, role: str) -> None:
        show_message(self.ui.statusLabel, text, role)

    def done(self, result: int) -> None:
        """Close, Escape and the window's X cancel a running job instead (see the docstring)."""
        if self.running:
            self.cancel()
            return
        super().done(result)
