"""A programme's feedback questions (admins): the list in the order of the form, each a 1-5
scale or free text; add, change the words, move, remove, and save the list whole on the worker.

A programme without questions is offered the standard set, in the desk's language (the GUI
translates the standard texts and saves those words: desktop.domain.survey.STANDARD_QUESTIONS).
A question that has answers shows how many; removing it retires it (its answers still count in
the results). A refusal names the question and selects its row; nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.domain.errors import PelitaError
from desktop.domain.evaluation import QuestionKind
from desktop.domain.survey import STANDARD_QUESTIONS, SURVEY, QuestionInput
from desktop.gui.app_context import AppContext
from desktop.gui.dialogs import localise_buttons
from desktop.gui.i18n import message
from desktop.gui.message_line import show_message
from desktop.services.surveys import ProgrammeSurvey, save_survey_questions, survey_questions

KIND, TEXT, ANSWERS = range(3)
QUESTION_ID = Qt.ItemDataRole.UserRole + 1


def open_survey_questions(
    parent: QWidget, context: AppContext, programme_id: int
) -> SurveyQuestionsDialog:
    dialog = SurveyQuestionsDialog(context, programme_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def standard_set() -> list[QuestionInput]:
    """The standard questions in the desk's language, as new questions."""
    return [
        QuestionInput(None, kind, QCoreApplication.translate(SURVEY, text))
        for kind, text in STANDARD_QUESTIONS
    ]


class SurveyQuestionsDialog(QDialog):
    def __init__(self, context: AppContext, programme_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self.programme_id = context, programme_id
        self.saving = False
        self.setWindowTitle(self.tr("Survey questions"))
        self.resize(760, 560)
        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Question"), self.tr("Answers")]
        )
        self.table.setAccessibleName(self.tr("The questions, in the order of the form"))
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ANSWERS, QHeaderView.ResizeMode.ResizeToContents)
        self.add_scale = QPushButton(self.tr("Add &scale question"), self)
        self.add_text = QPushButton(self.tr("Add &text question"), self)
        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.down_button = QPushButton(self.tr("Move &down"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.standard_button = QPushButton(self.tr("Use the standard &questions"), self)
        tools = QHBoxLayout()
        for button in (self.add_scale, self.add_text, self.up_button, self.down_button,
                       self.remove_button):  # fmt: skip
            button.setAutoDefault(False)
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.standard_button)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        localise_buttons(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(tools)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        show_message(self.error, "", "error")
        self.add_scale.clicked.connect(lambda: self.add_row(QuestionKind.SCALE))
        self.add_text.clicked.connect(lambda: self.add_row(QuestionKind.TEXT))
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button.clicked.connect(lambda: self.move_row(1))
        self.remove_button.clicked.connect(self.remove)
        self.standard_button.clicked.connect(lambda: self.fill(standard_set()))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.setEnabled(False)
        ctx = context
        ctx.runner.submit(
            lambda: survey_questions(ctx.db, ctx.actor, programme_id), self._loaded, self._failed
        )

    # -- the list ------------------------------------------------------------------------------

    def _loaded(self, survey: ProgrammeSurvey) -> None:
        if not isValid(self):
            return
        self.title.setText(f"{survey.programme_name} ({survey.programme_code})")
        self.buttons.setEnabled(True)
        if survey.questions:
            self.fill([QuestionInput(q.id, q.kind, q.text) for q in survey.questions],
                      [q.answers for q in survey.questions])  # fmt: skip
            self.standard_button.setVisible(False)
            text = self.tr(
                "Questions that have answers are kept for the results when removed; their kind "
                "cannot change."
            )
        else:
            self.fill(standard_set())
            text = self.tr(
                "This programme has no questions yet: here are the standard ones. Change them "
                "as you like, then Save."
            )
        show_message(self.hint, text, "hint")

    def fill(self, questions: Sequence[QuestionInput], answers: Sequence[int] = ()) -> None:
        self.table.setRowCount(0)
        for index, question in enumerate(questions):
            self.add_row(
                question.kind, question.text, question.id, answers[index] if answers else 0
            )

    def add_row(
        self, kind: QuestionKind, text: str = "", question_id: int | None = None, answers: int = 0
    ) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._put(row, kind, text, question_id, answers)
        if not text:
            self.table.setCurrentCell(row, TEXT)
            item = self.table.item(row, TEXT)
            if item is not None:
                self.table.editItem(item)

    def _put(
        self, row: int, kind: QuestionKind, text: str, question_id: int | None, answers: int
    ) -> None:
        combo = QComboBox(self.table)
        for choice in QuestionKind:
            combo.addItem(QCoreApplication.translate("evaluation", choice.label), choice)
        combo.setCurrentIndex(combo.findData(kind))
        combo.setAccessibleName(self.tr("Kind of question %1").replace("%1", str(row + 1)))
        self.table.setCellWidget(row, KIND, combo)
        item = QTableWidgetItem(text)
        item.setData(QUESTION_ID, question_id)
        self.table.setItem(row, TEXT, item)
        count = QTableWidgetItem(str(answers))
        count.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, ANSWERS, count)

    def questions(self) -> list[QuestionInput]:
        found = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, TEXT)
            combo = self.table.cellWidget(row, KIND)
            assert item is not None and isinstance(combo, QComboBox)
            found.append(QuestionInput(item.data(QUESTION_ID), combo.currentData(), item.text()))
        return found

    def _answers(self, row: int) -> int:
        item = self.table.item(row, ANSWERS)
        return int(item.text()) if item is not None else 0

    def move_row(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        questions, answers = (
            self.questions(),
            [self._answers(r) for r in range(self.table.rowCount())],
        )
        questions[row], questions[target] = questions[target], questions[row]
        answers[row], answers[target] = answers[target], answers[row]
        self.fill(questions, answers)
        self.table.setCurrentCell(target, TEXT)

    def remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.table.setCurrentCell(min(row, self.table.rowCount() - 1), TEXT)

    # -- saving --------------------------------------------------------------------------------

    def save(self) -> None:
        if self.saving:
            return
        ctx, programme_id, questions = self.context, self.programme_id, self.questions()
        self.saving = True
        self.buttons.setEnabled(False)
        show_message(self.error, "", "error")
        ctx.runner.submit(
            lambda: save_survey_questions(ctx.db, ctx.actor, programme_id, questions),
            self._saved,
            self._failed,
        )

    def _saved(self, _survey: ProgrammeSurvey) -> None:
        if isValid(self):
            self.saving = False
            self.accept()

    def _failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        self.saving = False
        self.buttons.setEnabled(True)
        if not isinstance(error, PelitaError):
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)
            return
        show_message(self.error, message(error), "error")
        field = error.field or ""
        if field.startswith("question."):
            row = int(field.split(".")[1])
            self.table.setCurrentCell(row, TEXT)
            self.table.setFocus()

    def reject(self) -> None:
        if not self.saving:
            super().reject()
