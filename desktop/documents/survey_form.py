"""The printable feedback form of a cohort (formulir umpan balik): A4 portrait, on the centre's
letterhead, in the desk's language.

The title, the programme, the cohort's code and dates, a short instruction that says the form
is anonymous and what 1 to 5 mean; then each scale question with five boxes to tick, headed by
the scale's words, and each free-text question with ruled lines to write on. There is no
place for a name: feedback is anonymous. The questions are printed as the centre stored them
(in its own words); the rest is English source translated in the "documents" and "survey"
contexts. What it prints (`SurveyForm`) is gathered by
desktop.services.survey_responses.survey_form_pdf.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop.documents.cohort_roster_parts import (
    CELL,
    DETAILS_STYLE,
    HEAD,
    SUBTITLE,
    TITLE_STYLE,
)
from desktop.documents.fonts import BOLD, REGULAR, clean, register_fonts
from desktop.documents.intake_layout import WIDTH, mm
from desktop.documents.language import DOCUMENTS, Translate, translator
from desktop.documents.letterhead_document import render_on_letterhead
from desktop.domain.centre import CentreProfile
from desktop.domain.evaluation import SCALE_MAX, SCALE_MIN, QuestionKind
from desktop.domain.formatting import format_date
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.survey import SCALE_WORDS, SURVEY

NAME = QT_TRANSLATE_NOOP("documents", "Feedback form")
WRITING_LINES = 5  # ruled lines under a free-text question
BOX = 6 * mm  # a box to tick
SCALE_COLUMN = 19 * mm
NUMBER_COLUMN = 10 * mm
QUESTION = ParagraphStyle("question", parent=CELL, fontSize=10, leading=13)
SCALE_HEAD = ParagraphStyle("scale", parent=HEAD, fontSize=7.5, leading=9, alignment=1)
BODY = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=14)
SECTION = ParagraphStyle("section", fontName=BOLD, fontSize=11, leading=15)


@dataclass(frozen=True)
class SurveyFormQuestion:
    number: int  # as the form numbers it; a clerk types answers by this number
    kind: QuestionKind
    text: str


@dataclass(frozen=True)
class SurveyForm:
    programme_name: str
    cohort_code: str
    start_date: date
    end_date: date
    questions: tuple[SurveyFormQuestion, ...]
    printed_on: date


def render_survey_form(centre: CentreProfile, form: SurveyForm, *, language: str = "id") -> bytes:
    """The form as PDF bytes, in `language` ("id" or "en")."""
    register_fonts()
    return _Form(centre, form, language, translator(language)).pdf()


class TickBox(Flowable):  # type: ignore[misc]
    """An empty square to tick, centred in its cell."""

    def wrap(self, available_width: float, _height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, BOX

    def draw(self) -> None:
        self.canv.setLineWidth(0.9)
        self.canv.rect((self.width - BOX) / 2, 0, BOX, BOX)


class _Form:
    def __init__(self, centre: CentreProfile, form: SurveyForm, language: str, tr: Translate):
        self.centre, self.form, self.language, self.tr = centre, form, language, tr

    def t(self, source: str, **params: Any) -> str:
        text = self.tr(DOCUMENTS, source)
        return text.format(**params) if params else text

    def pdf(self) -> bytes:
        return render_on_letterhead(
            self._story(),
            centre=self.centre,
            title=f"{self.t(NAME)} {self.form.cohort_code}",
            footer_name=f"{self.t(NAME)} · {self.form.cohort_code}",
            printed_on=format_date(self.form.printed_on, self.language),
            tr=self.tr,
        )

    def _story(self) -> list[Any]:
        title = QT_TRANSLATE_NOOP("documents", "TRAINING FEEDBACK FORM")
        story: list[Any] = [
            Paragraph(_markup(self.t(title)), TITLE_STYLE),
            Paragraph(_markup(self.form.programme_name), SUBTITLE),
            Spacer(0, 4 * mm),
            self._details(),
            Spacer(0, 4 * mm),
            Paragraph(_markup(self._instruction()), BODY),
            Spacer(0, 4 * mm),
        ]
        scale = [q for q in self.form.questions if q.kind is QuestionKind.SCALE]
        texts = [q for q in self.form.questions if q.kind is QuestionKind.TEXT]
        if scale:
            story.append(self._scale_table(scale))
            story.append(Spacer(0, 6 * mm))
        for question in texts:
            story.append(KeepTogether([*self._writing(question), Spacer(0, 4 * mm)]))
        if not self.form.questions:
            empty = QT_TRANSLATE_NOOP("documents", "This programme has no survey questions yet.")
            story.append(Paragraph(_markup(self.t(empty)), BODY))
        thanks = QT_TRANSLATE_NOOP(
            "documents", "Thank you. Fold the form and put it in the box at the desk."
        )
        story += [Spacer(0, 4 * mm), Paragraph(_markup(self.t(thanks)), BODY)]
        return story

    def _details(self) -> Table:
        form, language = self.form, self.language
        dates = f"{format_date(form.start_date, language)} – {format_date(form.end_date, language)}"
        rows = [
            (QT_TRANSLATE_NOOP("documents", "Programme"), form.programme_name),
            (QT_TRANSLATE_NOOP("documents", "Cohort"), form.cohort_code),
            (QT_TRANSLATE_NOOP("documents", "Dates"), dates),
        ]
        cells = [
            [Paragraph(_markup(self.t(label)), HEAD), Paragraph(_markup(value), CELL)]
            for label, value in rows
        ]
        return Table(cells, colWidths=[32 * mm, WIDTH - 32 * mm], style=TableStyle(DETAILS_STYLE))

    def _instruction(self) -> str:
        words = ", ".join(
            f"{score} = {self.tr(SURVEY, word)}"
            for score, word in zip(range(SCALE_MIN, SCALE_MAX + 1), SCALE_WORDS, strict=True)
        )
        text = QT_TRANSLATE_NOOP(
            "documents",
            "Do not write your name: this form is anonymous, so say what you really think. "
            "Tick one box for each statement ({scale}). Write the answers to the last "
            "questions in your own words.",
        )
        return self.t(text, scale=words)

    def _scale_table(self, questions: list[SurveyFormQuestion]) -> Table:
        header: list[Any] = [
            Paragraph(_markup(self.t(QT_TRANSLATE_NOOP("documents", "No."))), HEAD),
            Paragraph(_markup(self.t(QT_TRANSLATE_NOOP("documents", "Statement"))), HEAD),
        ]
        for score, word in zip(range(SCALE_MIN, SCALE_MAX + 1), SCALE_WORDS, strict=True):
            header.append(Paragraph(f"{score}<br/>{_markup(self.tr(SURVEY, word))}", SCALE_HEAD))
        rows = [
            [
                Paragraph(f"{question.number}.", QUESTION),
                Paragraph(_markup(question.text), QUESTION),
                *(TickBox() for _ in range(SCALE_MIN, SCALE_MAX + 1)),
            ]
            for question in questions
        ]
        scale_width = SCALE_COLUMN * (SCALE_MAX - SCALE_MIN + 1)
        widths = [NUMBER_COLUMN, WIDTH - NUMBER_COLUMN - scale_width] + [SCALE_COLUMN] * 5
        style = [
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("GRID", (0, 0), (-1, -1), 0.4, "#9aa5b1"),
            ("BACKGROUND", (0, 0), (-1, 0), "#e4e7eb"),
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 1), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 1), (-1, -1), 5),
        ]
        return Table([header, *rows], colWidths=widths, repeatRows=1, style=TableStyle(style))

    def _writing(self, question: SurveyFormQuestion) -> list[Any]:
        """The question, then ruled lines to write the answer on."""
        lines = Table(
            [[""] for _ in range(WRITING_LINES)],
            colWidths=[WIDTH - NUMBER_COLUMN],
            rowHeights=[8 * mm] * WRITING_LINES,
            style=TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, "#7b8794")]),
        )
        return [
            Table(
                [
                    [
                        Paragraph(f"{question.number}.", QUESTION),
                        Paragraph(_markup(question.text), QUESTION),
                    ],
                    ["", lines],
                ],
                colWidths=[NUMBER_COLUMN, WIDTH - NUMBER_COLUMN],
                style=TableStyle(
                    [
                        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ]
                ),
            )
        ]


def _markup(text: str) -> str:
    """Text for a Paragraph, which reads markup: "&" or "<" in a question prints as typed."""
    return escape(clean(text)).replace("\n", "<br/>")
