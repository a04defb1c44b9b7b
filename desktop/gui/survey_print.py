"""Printing a cohort's blank feedback form: rendered on the worker in the desk's language and
shown in the PDF window (desktop.gui.pdf_window) with Print, Open and Save."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from desktop.domain.errors import PelitaError
from desktop.gui.app_context import AppContext
from desktop.gui.dialogs import inform
from desktop.gui.formatting import language
from desktop.gui.i18n import message
from desktop.gui.pdf_window import SavablePdfViewer, show_pdf
from desktop.services.survey_responses import survey_form_pdf

# The viewer last opened, per parent: the caller's tests reach it here.
viewers: dict[int, SavablePdfViewer] = {}


def print_survey_form(parent: QWidget, context: AppContext, cohort_id: int) -> None:
    """Render the form on the worker, then open it over `parent` (kept in `viewers`)."""
    ctx, reader = context, language()

    def shown(data: bytes) -> None:
        if not isValid(parent):
            return
        title = QCoreApplication.translate("SurveyPrint", "Feedback form")
        name = QCoreApplication.translate("SurveyPrint", "feedback-form") + f"-{cohort_id}.pdf"
        viewers[id(parent)] = show_pdf(parent, ctx.runner, data, title, name)

    def failed(error: BaseException) -> None:
        if not isValid(parent):
            return
        if not isinstance(error, PelitaError):
            raise error
        inform(parent, QCoreApplication.translate("SurveyPrint", "Feedback form"), message(error))

    ctx.runner.submit(
        lambda: survey_form_pdf(ctx.db, ctx.actor, cohort_id, language=reader), shown, failed
    )
