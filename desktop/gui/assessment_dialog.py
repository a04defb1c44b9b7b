"""A cohort's scores and competency units (instructors of the cohort, clerks from paper,
admins): one row per person taking part, the pre-test and post-test typed straight into the
table (Enter moves down, as on the paper list) and one column per competency unit of the
programme, each "—", "Passed" or "Not passed" (Space or a click moves it on; "All passed"
fills the selected unit's column). Under the table: every score typed wrong, by name, and the
cohort's averages beside the programme's minimum post-test score.

Nothing typed is lost: a score typed wrong stays as typed and marked, and Save refuses while
any is; a refusal from the service is marked in its cell the same way. Close asks before
unsaved changes are dropped. The sheet is read and saved on the worker.

`open_assessments(parent, context, cohort_id)` opens it (deleted when closed) and returns it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QWidget,
)

from desktop.domain.errors import PelitaError, ValidationErrors
from desktop.gui.app_context import AppContext
from desktop.gui.assessment_model import (
    ENTER,
    FIRST_UNIT,
    NAME,
    POST,
    PRE,
    AssessmentModel,
    ScoreDelegate,
    cell_of,
    decimal,
)
from desktop.gui.dialogs import ask, localise_buttons
from desktop.gui.field_errors import FieldErrors
from desktop.gui.form_calls import FormCalls
from desktop.gui.forms.ui_assessment_dialog import Ui_AssessmentDialog
from desktop.gui.i18n import message
from desktop.services import assessments
from desktop.services.assessments import AssessmentSheet

PROBLEMS_SHOWN = 4
CLEAR = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


class AssessmentDialog(QDialog):
    def __init__(self, context: AppContext, cohort_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.cohort_id = cohort_id
        self.saved_count: int | None = None  # people changed by the last save
        self.ui = ui = Ui_AssessmentDialog()
        ui.setupUi(self)
        localise_buttons(ui.buttonBox)
        self.close_button.setText(self.tr("Close"))
        self.model = AssessmentModel(self)
        self._setup_table()
        self.errors = FieldErrors(ui.formError, {})
        self.calls = FormCalls(self, ui.buttonBox, context.runner, self.failed)
        for label in (ui.problemLabel, ui.resultLabel):
            label.hide()
        ui.allPassedButton.setEnabled(False)
        ui.allPassedButton.clicked.connect(self.all_passed)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self.model.dataChanged.connect(lambda *_args: self._show_state())
        self.model.modelReset.connect(self._show_state)
        self.load()

    @property
    def save_button(self) -> QPushButton:
        button: QPushButton = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        return button

    @property
    def close_button(self) -> QPushButton:
        button: QPushButton = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        return button

    def _setup_table(self) -> None:
        table = self.ui.scoresTable
        table.setModel(self.model)
        delegate = ScoreDelegate(table, self.move_down)
        for column in (PRE, POST):
            table.setItemDelegateForColumn(column, delegate)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(80)
        header.sectionClicked.connect(self._column_chosen)
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 12)
        table.clicked.connect(self._clicked)
        table.installEventFilter(self)
        table.selectionModel().currentChanged.connect(lambda *_args: self._show_buttons())

    # -- reading -------------------------------------------------------------------------------

    def load(self) -> None:
        ctx, cohort = self.context, self.cohort_id
        self.calls.run(lambda: assessments.assessment_sheet(ctx.db, ctx.actor, cohort), self.shown)

    def shown(self, sheet: AssessmentSheet) -> None:
        self.model.set_sheet(sheet)
        self.setWindowTitle(self.tr("Scores and units — %1").replace("%1", sheet.cohort_code))
        self.ui.headLabel.setText(f"{sheet.cohort_code} · {sheet.programme_name}")
        table = self.ui.scoresTable
        if sheet.rows:
            table.setCurrentIndex(self.model.index(0, PRE))
        table.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- what the person does --------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keys on the table when no score is being typed: Enter moves down, Space moves a
        unit on, Delete clears a unit or a score."""
        table = self.ui.scoresTable
        if watched is table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            index = self.ui.scoresTable.currentIndex()
            key = event.key()
            if key in ENTER and not event.modifiers():
                self.move_down()
                return True
            if index.isValid() and index.column() >= FIRST_UNIT:
                if key == Qt.Key.Key_Space:
                    self.model.cycle(index)
                    return True
                code = self.model.unit_code(index.column())
                if key in CLEAR and code is not None:
                    self.model.set_unit(index.row(), code, None)
                    return True
            elif index.isValid() and index.column() in (PRE, POST) and key in CLEAR:
                self.model.setData(index, "")
                return True
        return super().eventFilter(watched, event)

    def move_down(self) -> None:
        table = self.ui.scoresTable
        index = table.currentIndex()
        if index.isValid() and index.row() + 1 < self.model.rowCount():
            table.setCurrentIndex(self.model.index(index.row() + 1, index.column()))

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() >= FIRST_UNIT:
            self.model.cycle(index)

    def _column_chosen(self, column: int) -> None:
        if self.model.rowCount() and column >= FIRST_UNIT:
            self.ui.scoresTable.setCurrentIndex(self.model.index(0, column))

    def all_passed(self) -> None:
        column = self.ui.scoresTable.currentIndex().column()
        self.model.all_passed(column)
        self.ui.scoresTable.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- what the dialog says ----------------------------------------------------------------------

    def _show_state(self) -> None:
        self._show_problems()
        self._show_summary()
        self._show_buttons()

    def _show_buttons(self) -> None:
        column = self.ui.scoresTable.currentIndex().column()
        unit = self.model.unit_code(column)
        self.ui.allPassedButton.setEnabled(unit is not None)
        button = self.ui.allPassedButton
        if unit is not None:
            button.setText(self.tr("&All passed %1").replace("%1", unit))
        else:
            button.setText(self.tr("&All passed"))

    def _show_problems(self) -> None:
        problems = self.model.problems()
        lines = [f"{name} — {why}" for name, why in problems[:PROBLEMS_SHOWN]]
        if len(problems) > PROBLEMS_SHOWN:
            more = self.tr("… and %1 more.").replace("%1", str(len(problems) - PROBLEMS_SHOWN))
            lines.append(more)
        self.ui.problemLabel.setText("\n".join(lines))
        self.ui.problemLabel.setVisible(bool(lines))

    def _show_summary(self) -> None:
        sheet = self.model.sheet
        if sheet is None:
            self.ui.summaryLabel.clear()
            return
        found = self.model.averages()
        if found.pre is None and found.post is None:
            text = self.tr("No scores yet.")
        else:
            gain = "—"
            if found.gain is not None:
                gain = ("+" if found.gain >= 0 else "−") + decimal(abs(found.gain))
            text = (
                self.tr("Averages: pre-test %1, post-test %2, gain %3.")
                .replace("%1", decimal(found.pre))
                .replace("%2", decimal(found.post))
                .replace("%3", gain)
            )
        if sheet.min_post_score is not None:
            text += " " + self.tr("The programme asks a post-test score of at least %1.").replace(
                "%1", str(sheet.min_post_score)
            )
        else:
            text += " " + self.tr("The programme asks no minimum post-test score.")
        if not sheet.rows:
            text = self.tr("Nobody is taking part in this cohort yet.")
        self.ui.summaryLabel.setText(text)

    # -- saving ----------------------------------------------------------------------------------

    def save(self) -> None:
        if self.calls.busy or self.model.sheet is None:
            return
        self.errors.clear()
        self.ui.resultLabel.hide()
        wrong = self.model.wrong_cells()
        if wrong:
            self._refuse(*wrong[0])
            return
        changes = self.model.changes()
        if not changes:
            self._say(self.tr("Nothing has changed."))
            return
        ctx, cohort = self.context, self.cohort_id
        self.calls.run(
            lambda: _save_and_read(ctx, cohort, changes),
            self._saved,
        )

    def _refuse(self, row: int, column: int) -> None:
        """Nothing is saved: say so, and take the person to the first cell at fault."""
        self.errors.show(PelitaError(self.tr("Nothing was saved: put right the cells in red.")))
        table = self.ui.scoresTable
        table.setCurrentIndex(self.model.index(row, column))
        table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _saved(self, answer: tuple[int, AssessmentSheet]) -> None:
        self.saved_count, sheet = answer
        current = self.ui.scoresTable.currentIndex()
        self.model.set_sheet(sheet)
        if current.isValid() and current.row() < self.model.rowCount():
            self.ui.scoresTable.setCurrentIndex(self.model.index(current.row(), current.column()))
        if self.saved_count == 1:
            self._say(self.tr("Saved the scores and units of 1 person."))
        else:
            self._say(
                self.tr("Saved the scores and units of %1 people.").replace(
                    "%1", QLocale().toString(self.saved_count)
                )
            )

    def _say(self, text: str) -> None:
        self.ui.resultLabel.setText(text)
        self.ui.resultLabel.show()

    def failed(self, error: BaseException) -> None:
        if not isinstance(error, PelitaError):
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)
            return
        errors = error.errors if isinstance(error, ValidationErrors) else [error]
        cells, others = {}, []
        for item in errors:
            cell = cell_of(item.field or "")
            if cell is None:
                others.append(item)
            else:
                cells[cell] = message(item)
        self.model.set_refusals(cells)
        if others:
            self.errors.show(others[0])
        elif cells:
            self.errors.show(PelitaError(self.tr("Nothing was saved: put right the cells in red.")))
        if self.model.sheet is None:
            self.save_button.setEnabled(False)  # not read: nothing to save

    def reject(self) -> None:
        """Escape, Close and the window's button: changes not saved are not lost by accident."""
        if self.calls.busy:
            return
        unsaved = self.model.unsaved()
        question = (
            self.tr("The scores or units of 1 person are not saved. Close and lose them?")
            if unsaved == 1
            else self.tr(
                "The scores or units of %1 people are not saved. Close and lose them?"
            ).replace("%1", QLocale().toString(unsaved))
        )
        if unsaved and not ask(
            self,
            self.tr("Discard the changes?"),
            question,
            self.tr("Discard"),
            self.tr("Keep editing"),
        ):
            return
        super().reject()


def _save_and_read(
    ctx: AppContext, cohort_id: int, changes: list[assessments.AssessmentChange]
) -> tuple[int, AssessmentSheet]:
    """On the worker: save, then read the sheet as saved (averages and all)."""
    count = assessments.save_assessments(ctx.db, ctx.actor, cohort_id, changes)
    return count, assessments.assessment_sheet(ctx.db, ctx.actor, cohort_id)


def open_assessments(parent: QWidget, context: AppContext, cohort_id: int) -> AssessmentDialog:
    """Open the cohort's scores and units over `parent` (deleted when closed); the caller
    keeps what is returned (tests reach it there)."""
    dialog = AssessmentDialog(context, cohort_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
