"""The cohort view's evaluation buttons: test scores and competency units (instructors of the
cohort, clerks, admins), and the feedback survey (clerks and admins): typing in paper forms,
the survey screen participants fill in themselves, and the printable form."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from desktop.domain.roles import Permission

if TYPE_CHECKING:
    from desktop.gui.cohort_view import CohortView


def set_up(view: CohortView) -> None:
    """Show the buttons to those who may use them; give Feedback its menu."""
    ui, actor = view.ui, view.context.actor
    ui.assessmentsButton.setVisible(actor.may(Permission.RECORD_ASSESSMENTS))
    ui.feedbackButton.setVisible(actor.may(Permission.RECORD_FEEDBACK))
    ui.assessmentsButton.clicked.connect(lambda: open_assessments(view))
    menu = QMenu(ui.feedbackButton)
    menu.addAction(
        QCoreApplication.translate("CohortView", "&Type in paper forms…"),
        lambda: enter_feedback(view),
    )
    menu.addAction(
        QCoreApplication.translate("CohortView", "Open the survey &screen for participants…"),
        lambda: open_kiosk(view),
    )
    menu.addAction(
        QCoreApplication.translate("CohortView", "&Print the survey form…"),
        lambda: print_form(view),
    )
    ui.feedbackButton.setMenu(menu)
    view.feedback_menu = menu


def update(view: CohortView, has_cohort: bool) -> None:
    view.ui.assessmentsButton.setEnabled(has_cohort)
    view.ui.feedbackButton.setEnabled(has_cohort)


def open_assessments(view: CohortView) -> None:
    from desktop.gui.assessment_dialog import open_assessments as open_sheet

    detail = view.current_detail()
    if detail is not None:
        view.dialog = open_sheet(view, view.context, detail.id)


def enter_feedback(view: CohortView) -> None:
    from desktop.gui.survey_entry_dialog import open_survey_entry

    detail = view.current_detail()
    if detail is not None:
        view.dialog = open_survey_entry(view, view.context, detail.id)


def open_kiosk(view: CohortView) -> None:
    from desktop.gui.survey_kiosk import open_survey_kiosk

    detail = view.current_detail()
    if detail is not None:
        view.kiosk = open_survey_kiosk(view, view.context, detail.id)


def print_form(view: CohortView) -> None:
    from desktop.gui.survey_print import print_survey_form

    detail = view.current_detail()
    if detail is not None:
        print_survey_form(view, view.context, detail.id)
