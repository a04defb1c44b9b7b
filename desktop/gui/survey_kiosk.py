"""The kiosk: the participant fills in the cohort's feedback form on the desk's screen.

Full screen, large text, one question per screen: five large buttons 1-5 with the scale's words
("Sangat kurang" … "Sangat baik"), Back and Next; the free-text questions last, then Send. A
thank-you screen follows with "Next person", which starts a fresh form. No timers: each person
takes their time.

Leaving the kiosk (Esc or the small Close button) asks for the password of the staff member
logged in at the desk (desktop.services.accounts.verify_actor_password, the idle lock's check),
so a participant cannot reach the records behind it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.domain.errors import PelitaError
from desktop.domain.evaluation import QuestionKind, SurveySource
from desktop.domain.survey import Answer
from desktop.gui.app_context import AppContext
from desktop.gui.dialogs import localise_buttons
from desktop.gui.i18n import message
from desktop.gui.message_line import show_message
from desktop.gui.survey_scale import SCALE_STYLE, ScaleAnswer
from desktop.services.survey_responses import CohortSurvey, record_response, survey_for_cohort

KIOSK_STYLE = (
    SCALE_STYLE
    + """
QWidget#surveyKiosk { background: #f7f8fa; }
QWidget#surveyKiosk QLabel#kioskQuestion { font-size: 26pt; font-weight: 600; color: #123c5a; }
QWidget#surveyKiosk QLabel#kioskTitle { font-size: 14pt; color: #52606d; }
QWidget#surveyKiosk QPushButton { font-size: 16pt; padding: 10px 28px; }
QWidget#surveyKiosk QPushButton#kioskClose { font-size: 9pt; padding: 3px 10px; }
QWidget#surveyKiosk QFrame#scaleAnswer QPushButton { font-size: 18pt; }
QWidget#surveyKiosk QPlainTextEdit { font-size: 16pt; }
"""
)


def open_survey_kiosk(parent: QWidget, context: AppContext, cohort_id: int) -> SurveyKiosk:
    """The kiosk window for the cohort, full screen (deleted when closed)."""
    kiosk = SurveyKiosk(context, cohort_id, parent)
    kiosk.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    kiosk.showFullScreen()
    return kiosk


class SurveyKiosk(QWidget):
    def __init__(self, context: AppContext, cohort_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.context, self.cohort_id = context, cohort_id
        self.setObjectName("surveyKiosk")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(KIOSK_STYLE)
        self.setWindowTitle(self.tr("Feedback"))
        self.survey: CohortSurvey | None = None
        self.answers: list[tuple[int, ScaleAnswer | QPlainTextEdit]] = []
        self.leave_dialog: LeaveKioskDialog | None = None
        self.sending = False
        self._may_close = False
        self.title = QLabel(self)
        self.title.setObjectName("kioskTitle")
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("kioskClose")
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button.clicked.connect(self.ask_to_leave)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.pages = QStackedWidget(self)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setFont(_larger(self.error.font(), 4))
        self.back_button = QPushButton(self.tr("◀  Back"), self)
        self.next_button = QPushButton(self.tr("Next  ▶"), self)
        self.send_button = QPushButton(self.tr("Send"), self)
        self.back_button.clicked.connect(lambda: self.go(self.pages.currentIndex() - 1))
        self.next_button.clicked.connect(lambda: self.go(self.pages.currentIndex() + 1))
        self.send_button.clicked.connect(self.send)
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        nav.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 36)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error)
        layout.addLayout(nav)
        show_message(self.error, "", "error")
        self.thanks = self._thanks_page()
        self._update_buttons()
        ctx = context
        ctx.runner.submit(
            lambda: survey_for_cohort(ctx.db, ctx.actor, cohort_id), self._loaded, self._failed
        )

    # -- the pages -----------------------------------------------------------------------------

    def _loaded(self, survey: CohortSurvey) -> None:
        if not isValid(self):
            return
        self.survey = survey
        self.title.setText(f"{survey.programme_name} · {survey.cohort_code}")
        # Scale questions first, free text last, as the brief form on paper.
        ordered = sorted(survey.questions, key=lambda q: q.kind is QuestionKind.TEXT)
        for index, question in enumerate(ordered):
            page = QWidget(self.pages)
            box = QVBoxLayout(page)
            count = self.tr("Question %1 of %2").replace("%1", str(index + 1))
            step = QLabel(count.replace("%2", str(len(ordered))), page)
            step.setFont(_larger(step.font(), 4))
            text = QLabel(question.text, page)
            text.setObjectName("kioskQuestion")
            text.setWordWrap(True)
            answer: ScaleAnswer | QPlainTextEdit
            if question.kind is QuestionKind.SCALE:
                answer = ScaleAnswer(page, large=True)
                answer.answered.connect(lambda _score: self.go(self.pages.currentIndex() + 1))
            else:
                answer = QPlainTextEdit(page)
                answer.setPlaceholderText(self.tr("Write here (you may leave it empty)"))
            answer.setAccessibleName(question.text)
            box.addWidget(step)
            box.addWidget(text)
            box.addSpacing(24)
            if isinstance(answer, ScaleAnswer):
                box.addWidget(answer)
                box.addStretch(1)
            else:
                box.addWidget(answer, 1)
            self.pages.insertWidget(index, page)
            self.answers.append((question.id, answer))
        if not ordered:
            show_message(
                self.error, self.tr("This training has no feedback questions yet."), "hint"
            )
        self.go(0)

    def _thanks_page(self) -> QWidget:
        page = QWidget(self.pages)
        box = QVBoxLayout(page)
        thanks = QLabel(self.tr("Thank you! Your answers have been sent."), page)
        thanks.setObjectName("kioskQuestion")
        thanks.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note = QLabel(self.tr("Your name is not kept with your answers."), page)
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.setFont(_larger(note.font(), 4))
        self.next_person = QPushButton(self.tr("Next person"), page)
        self.next_person.clicked.connect(self.start_again)
        box.addStretch(1)
        box.addWidget(thanks)
        box.addWidget(note)
        box.addSpacing(32)
        box.addWidget(self.next_person, 0, Qt.AlignmentFlag.AlignCenter)
        box.addStretch(1)
        self.pages.addWidget(page)
        return page

    def question_pages(self) -> int:
        return len(self.answers)

    def go(self, index: int) -> None:
        if not 0 <= index < max(1, self.question_pages()):
            return
        show_message(self.error, "", "error")
        self.pages.setCurrentIndex(index)
        if self.answers:
            self.answers[index][1].setFocus()
        self._update_buttons()

    def _update_buttons(self) -> None:
        index, last = self.pages.currentIndex(), self.question_pages() - 1
        on_thanks = self.pages.currentWidget() is self.thanks
        self.back_button.setVisible(not on_thanks and index > 0)
        self.next_button.setVisible(not on_thanks and index < last)
        self.send_button.setVisible(not on_thanks and index == last and last >= 0)

    # -- sending -------------------------------------------------------------------------------

    def typed(self) -> dict[int, Answer]:
        return {
            question_id: widget.value if isinstance(widget, ScaleAnswer) else widget.toPlainText()
            for question_id, widget in self.answers
        }

    def send(self) -> None:
        if self.sending:
            return
        ctx, cohort_id, answers = self.context, self.cohort_id, self.typed()
        self.sending = True
        self.send_button.setEnabled(False)
        ctx.runner.submit(
            lambda: record_response(ctx.db, ctx.actor, cohort_id, answers, SurveySource.KIOSK),
            self._sent,
            self._failed,
        )

    def _sent(self, _response_id: int) -> None:
        if not isValid(self):
            return
        self.sending = False
        self.send_button.setEnabled(True)
        self.pages.setCurrentWidget(self.thanks)
        self.next_person.setFocus()
        self._update_buttons()

    def start_again(self) -> None:
        """A fresh form for the next participant: nothing of the last one stays on screen."""
        for _question_id, widget in self.answers:
            if isinstance(widget, ScaleAnswer):
                widget.set_value(None)
            else:
                widget.clear()
        self.go(0)

    def _failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        self.sending = False
        self.send_button.setEnabled(True)
        if not isinstance(error, PelitaError):
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)
            return
        field = error.field or ""
        ids = [question_id for question_id, _widget in self.answers]
        if field.startswith("answer.") and int(field.split(".")[1]) in ids:
            self.go(ids.index(int(field.split(".")[1])))
        show_message(self.error, message(error), "error")

    # -- leaving -------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.ask_to_leave()
        else:
            super().keyPressEvent(event)

    def ask_to_leave(self) -> LeaveKioskDialog:
        """The staff member's password, before the desk shows anything else."""
        if self.leave_dialog is None:
            self.leave_dialog = LeaveKioskDialog(self.context, self)
            self.leave_dialog.accepted.connect(self._leave)
            self.leave_dialog.finished.connect(self._forget_dialog)
            self.leave_dialog.open()
        return self.leave_dialog

    def _forget_dialog(self, _result: int) -> None:
        if self.leave_dialog is not None:
            self.leave_dialog.deleteLater()
        self.leave_dialog = None

    def _leave(self) -> None:
        self._may_close = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closed only after the password (the main window closing deletes it anyway)."""
        if self._may_close:
            event.accept()
            return
        event.ignore()
        self.ask_to_leave()


class LeaveKioskDialog(QDialog):
    """Asks the logged-in staff member's password; accepted only when it is right."""

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Leave the kiosk"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(440)
        text = self.tr("Staff only. %1, type your password to leave the kiosk.")
        intro = QLabel(text.replace("%1", context.actor.full_name), self)
        intro.setWordWrap(True)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        localise_buttons(self.buttons)
        self.buttons.accepted.connect(self.check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.password)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        show_message(self.error, "", "error")
        self.password.setFocus()

    def check(self) -> None:
        from desktop.services.accounts import verify_actor_password

        ctx, password = self.context, self.password.text()
        self.buttons.setEnabled(False)
        ctx.runner.submit(
            lambda: verify_actor_password(ctx.db, ctx.actor, password), self._right, self._wrong
        )

    def _right(self, _actor: object) -> None:
        if isValid(self):
            self.buttons.setEnabled(True)
            self.accept()

    def _wrong(self, error: BaseException) -> None:
        if not isValid(self):
            return
        self.buttons.setEnabled(True)
        if not isinstance(error, PelitaError):
            raise error
        show_message(self.error, message(error), "error")
        self.adjustSize()
        self.password.selectAll()
        self.password.setFocus()


def _larger(font: QFont, points: int) -> QFont:
    bigger = QFont(font)
    bigger.setPointSize(max(1, font.pointSize()) + points)
    return bigger
