"""Typing in a cohort's paper feedback forms (clerks and admins): one row per question, the
scale questions as buttons 1-5 and the free-text ones as a text box.

Paper forms come in piles, so the keyboard does it all: a digit 1-5 answers the question in
focus and moves to the next, Tab goes on to a text box, Ctrl+Enter (or "Save and next form")
saves on the worker, clears the form and says "Form 12 saved". A refusal stands beside the
question it is about, and nothing typed is lost.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.domain.errors import PelitaError, ValidationErrors
from desktop.domain.evaluation import QuestionKind, SurveySource
from desktop.domain.survey import Answer
from desktop.gui.app_context import AppContext
from desktop.gui.i18n import message
from desktop.gui.message_line import show_message
from desktop.gui.survey_scale import SCALE_STYLE, ScaleAnswer
from desktop.services.survey_responses import CohortSurvey, record_response, survey_for_cohort
from desktop.services.surveys import QuestionRow

AnswerWidget = ScaleAnswer | QPlainTextEdit
# The cohort view's Feedback menu prints the blank form from here too.
__all__ = ["SurveyEntryDialog", "open_survey_entry"]


def open_survey_entry(parent: QWidget, context: AppContext, cohort_id: int) -> SurveyEntryDialog:
    """The entry form of the cohort's paper forms, over `parent` (deleted when closed)."""
    dialog = SurveyEntryDialog(context, cohort_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class SurveyEntryDialog(QDialog):
    def __init__(self, context: AppContext, cohort_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.cohort_id = context, cohort_id
        self.survey: CohortSurvey | None = None
        self.answers: dict[int, AnswerWidget] = {}  # by question id
        self.errors: dict[int, QLabel] = {}
        self.saving = False
        self.setWindowTitle(self.tr("Feedback forms"))
        self.setStyleSheet(SCALE_STYLE)
        self.resize(760, 640)
        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.title.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "Type in each paper form as it is: a digit 1–5 answers the question in focus "
                "and moves to the next, 0 clears it. Leave empty what was left empty on paper. "
                "Ctrl+Enter saves the form."
            ),
            self,
        )
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        self.count = QLabel(self)
        self.rows = QWidget(self)
        self.grid = QGridLayout(self.rows)
        self.grid.setColumnStretch(1, 1)
        self.grid.setVerticalSpacing(4)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.rows)
        scroll.setAccessibleName(self.tr("The questions"))
        self.form_error = QLabel(self)
        self.form_error.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setAccessibleName(self.tr("Result of the last save"))
        self.save_button = QPushButton(self.tr("&Save and next form"), self)
        self.save_button.setDefault(True)
        self.save_button.setAutoDefault(False)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        for widget in (self.title, hint, self.count):
            layout.addWidget(widget)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.form_error)
        layout.addLayout(buttons)
        show_message(self.form_error, "", "error")
        show_message(self.message, "", "ok")
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)
        self.save_button.setEnabled(False)
        self._load()

    # -- the questions -------------------------------------------------------------------------

    def _load(self) -> None:
        ctx, cohort_id = self.context, self.cohort_id
        ctx.runner.submit(
            lambda: survey_for_cohort(ctx.db, ctx.actor, cohort_id), self._loaded, self._failed
        )

    def _loaded(self, survey: CohortSurvey) -> None:
        if not isValid(self):
            return
        self.survey = survey
        self.title.setText(f"{survey.cohort_code} · {survey.programme_name}")
        self._show_count(survey.responses)
        for number, question in enumerate(survey.questions):
            self._add_row(number * 3, question)
        self.grid.setRowStretch(len(survey.questions) * 3, 1)
        if not survey.questions:
            show_message(
                self.form_error,
                self.tr(
                    "This programme has no survey questions yet. An administrator sets them "
                    "on the Programmes page (Survey questions…)."
                ),
                "hint",
            )
            return
        self.save_button.setEnabled(True)
        self._first().setFocus()

    def _add_row(self, row: int, question: QuestionRow) -> None:
        number = QLabel(f"{question.number}.", self.rows)
        text = QLabel(question.text, self.rows)
        text.setWordWrap(True)
        answer: AnswerWidget
        if question.kind is QuestionKind.SCALE:
            answer = ScaleAnswer(self.rows)
            answer.answered.connect(lambda _score, a=answer: self._next(a))
        else:
            answer = QPlainTextEdit(self.rows)
            answer.setTabChangesFocus(True)
            answer.setFixedHeight(answer.fontMetrics().lineSpacing() * 3 + 14)
        answer.setAccessibleName(
            self.tr("Answer to question %1").replace("%1", str(question.number))
        )
        text.setBuddy(answer)
        error = QLabel(self.rows)
        error.setWordWrap(True)
        show_message(error, "", "error")
        self.grid.addWidget(number, row, 0)
        if question.kind is QuestionKind.SCALE:
            self.grid.addWidget(text, row, 1)
            self.grid.addWidget(answer, row, 2)
        else:  # a text box goes under its question, the width of the form
            self.grid.addWidget(text, row, 1, 1, 2)
            self.grid.addWidget(answer, row + 1, 1, 1, 2)
        self.grid.addWidget(error, row + 2, 1, 1, 2)
        self.answers[question.id] = answer
        self.errors[question.id] = error

    def _first(self) -> QWidget:
        return next(iter(self.answers.values()))

    def _next(self, after: QWidget) -> None:
        """After a digit: on to the next question, or to Save after the last."""
        widgets = list(self.answers.values())
        index = widgets.index(after)  # type: ignore[arg-type]
        target = widgets[index + 1] if index + 1 < len(widgets) else self.save_button
        target.setFocus(Qt.FocusReason.TabFocusReason)

    def _show_count(self, responses: int) -> None:
        text = self.tr("Forms entered so far: %1").replace("%1", QLocale().toString(responses))
        self.count.setText(text)

    # -- saving --------------------------------------------------------------------------------

    def typed(self) -> dict[int, Answer]:
        found: dict[int, Answer] = {}
        for question_id, widget in self.answers.items():
            if isinstance(widget, ScaleAnswer):
                found[question_id] = widget.value
            else:
                found[question_id] = widget.toPlainText()
        return found

    def save(self) -> None:
        if self.saving or self.survey is None or not self.survey.questions:
            return
        ctx, cohort_id, answers = self.context, self.cohort_id, self.typed()
        self.saving = True
        self.save_button.setEnabled(False)
        self._clear_errors()

        def work() -> int:
            record_response(ctx.db, ctx.actor, cohort_id, answers, SurveySource.PAPER)
            return survey_for_cohort(ctx.db, ctx.actor, cohort_id).responses

        self.context.runner.submit(work, self._saved, self._failed)

    def _saved(self, responses: int) -> None:
        if not isValid(self):
            return
        self.saving = False
        self.save_button.setEnabled(True)
        for widget in self.answers.values():
            if isinstance(widget, ScaleAnswer):
                widget.set_value(None)
            else:
                widget.clear()
        self._show_count(responses)
        show_message(self.message, self.tr("Form %1 saved").replace("%1", str(responses)), "ok")
        self._first().setFocus()

    def _failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        self.saving = False
        self.save_button.setEnabled(self.survey is not None and bool(self.survey.questions))
        if not isinstance(error, PelitaError):
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)
            return
        show_message(self.message, "", "ok")
        errors = error.errors if isinstance(error, ValidationErrors) else [error]
        for item in errors:
            field = item.field or ""
            question_id = int(field.split(".")[1]) if field.startswith("answer.") else None
            if question_id in self.errors:
                show_message(self.errors[question_id], message(item), "error")
                self.answers[question_id].setFocus()
            else:
                show_message(self.form_error, message(item), "error")

    def _clear_errors(self) -> None:
        show_message(self.form_error, "", "error")
        for label in self.errors.values():
            show_message(label, "", "error")

    def reject(self) -> None:
        if not self.saving:  # its answer decides whether the form was kept
            super().reject()
