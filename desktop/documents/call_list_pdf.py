"""The follow-up call list on paper: A4 landscape on the centre's letterhead, one row per call
to make, with a wide blank Result column to write what the person said, for a clerk who calls
from a phone away from the desk and types the answers in later.

Landscape because the Result column needs room for handwriting; so the page frame is made
here from the same parts as desktop.documents.letterhead_document (its letterhead, its
NumberedCanvas and a footer like its footer), which lays out portrait pages only.

The list is personal (names and phone numbers, for calling): the service audits each print.
"""

from __future__ import annotations

import io
from functools import partial
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, landscape  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    BaseDocTemplate,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop.documents.cohort_roster_parts import (
    CELL,
    HEAD,
    NOTE,
    SUBTITLE,
    TABLE_STYLE,
    TITLE_STYLE,
    NumberedCanvas,
    draw_footer,
)
from desktop.documents.fonts import REGULAR, clean, register_fonts
from desktop.documents.intake_layout import mm
from desktop.documents.language import DOCUMENTS, Translate, translator
from desktop.documents.letterhead import draw_letterhead
from desktop.domain.centre import CentreProfile
from desktop.domain.follow_up import CallList
from desktop.domain.formatting import format_date
from desktop.domain.i18n import QT_TRANSLATE_NOOP

PAGE_WIDTH, PAGE_HEIGHT = landscape(A4)
MARGIN = 15 * mm
LEFT, RIGHT = MARGIN, PAGE_WIDTH - MARGIN
WIDTH = RIGHT - LEFT
TOP = PAGE_HEIGHT - 12 * mm
BOTTOM = 22 * mm
BELOW_LETTERHEAD = 4 * mm

NAME = QT_TRANSLATE_NOOP("documents", "Follow-up call list")
HEADER = (
    QT_TRANSLATE_NOOP("documents", "No."),
    QT_TRANSLATE_NOOP("documents", "Name"),
    QT_TRANSLATE_NOOP("documents", "Phone"),
    QT_TRANSLATE_NOOP("documents", "Programme"),
    QT_TRANSLATE_NOOP("documents", "Cohort"),
    QT_TRANSLATE_NOOP("documents", "Month"),
    QT_TRANSLATE_NOOP("documents", "Due"),
    QT_TRANSLATE_NOOP("documents", "Attempts"),
    QT_TRANSLATE_NOOP("documents", "Result"),
)
WIDTHS_MM = (9, 44, 37, 34, 24, 13, 29, 23, 0)  # the Result column takes what is left
RESULT = len(HEADER) - 1
ROW_PADDING = 7  # a row of one line is about 8 mm tall: room for a short note by hand
PHONE = ParagraphStyle("phone", parent=CELL, fontSize=10, leading=12)
NUMBER = ParagraphStyle("number", parent=CELL, alignment=2)


def render_call_list(listed: CallList, *, centre: CentreProfile, language: str = "id") -> bytes:
    """The call list as PDF bytes, in `language` ("id" or "en")."""
    register_fonts()
    tr = translator(language)

    def t(source: str) -> str:
        return tr(DOCUMENTS, source)

    printed_on = format_date(listed.today, language)
    story = [
        Paragraph(_markup(t(QT_TRANSLATE_NOOP("documents", "FOLLOW-UP CALL LIST"))), TITLE_STYLE),
        Paragraph(_markup(_subtitle(listed, t, language)), SUBTITLE),
        Spacer(0, 2 * mm),
        Paragraph(
            _markup(
                t(
                    QT_TRANSLATE_NOOP(
                        "documents",
                        "Only people who agreed to follow-up contact. Under Result write:"
                        " reached or not; work (formal, informal, none); business and its kind;"
                        " monthly income; uses the skill; needs help. Enter it in Pelita the"
                        " same day.",
                    )
                )
            ),
            NOTE,
        ),
        Spacer(0, 3 * mm),
        _table(listed, t, language),
    ]
    return _render(story, centre, f"{t(NAME)} {printed_on}", t(NAME), printed_on, tr)


def _subtitle(listed: CallList, t: Any, language: str) -> str:
    if listed.months is None:
        when = t(QT_TRANSLATE_NOOP("documents", "3, 6 and 12 months after the training"))
    else:
        when = t(QT_TRANSLATE_NOOP("documents", "{months} months after the training"))
        when = when.format(months=listed.months)
    due = t(QT_TRANSLATE_NOOP("documents", "due by {date}")).format(
        date=format_date(listed.today, language)
    )
    return " · ".join(part for part in (listed.programme, when, due) if part)


def _table(listed: CallList, t: Any, language: str) -> Any:
    if not listed.rows:
        empty = QT_TRANSLATE_NOOP("documents", "Nobody is due a follow-up call.")
        return Paragraph(_markup(t(empty)), CELL)
    header = [Paragraph(_markup(t(text)), HEAD) for text in HEADER]
    rows = [
        [
            Paragraph(str(number), NUMBER),
            Paragraph(_markup(row.full_name), CELL),
            Paragraph(_markup(row.phone or "—"), PHONE),
            Paragraph(_markup(row.programme), CELL),
            Paragraph(_markup(row.cohort_code), CELL),
            Paragraph(str(row.months), NUMBER),
            Paragraph(_markup(format_date(row.due_on, language)), CELL),
            Paragraph(str(row.attempts), NUMBER),
            "",
        ]
        for number, row in enumerate(listed.rows, start=1)
    ]
    widths = [width * mm for width in WIDTHS_MM]
    widths[RESULT] = WIDTH - sum(widths)
    style = [
        *TABLE_STYLE,
        ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 1), (-1, -1), ROW_PADDING),
        ("BOTTOMPADDING", (0, 1), (-1, -1), ROW_PADDING),
        # The column to fill in stands out.
        ("LINEBEFORE", (RESULT, 0), (RESULT, -1), 1.2, "black"),
    ]
    return Table([header, *rows], colWidths=widths, repeatRows=1, style=TableStyle(style))


def _render(
    story: list[Any], centre: CentreProfile, title: str, name: str, printed_on: str, tr: Translate
) -> bytes:
    def letterhead(canvas: Canvas, _document: object = None) -> float:
        return float(draw_letterhead(canvas, centre, top=TOP, left=LEFT, right=RIGHT, tr=tr))

    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        title=title,
        author=centre.name,
        creator="Pelita",
        initialFontName=REGULAR,
        pageCompression=1,
    )
    below = letterhead(Canvas(io.BytesIO(), pagesize=(PAGE_WIDTH, PAGE_HEIGHT)))
    below -= BELOW_LETTERHEAD
    first = Frame(LEFT, BOTTOM, WIDTH, below - BOTTOM, 0, 0, 0, 0, id="first")
    later = Frame(LEFT, BOTTOM, WIDTH, TOP - BOTTOM, 0, 0, 0, 0, id="later")
    document.addPageTemplates(
        [
            PageTemplate("first", [first], onPage=letterhead, autoNextPageTemplate="later"),
            PageTemplate("later", [later]),
        ]
    )
    footer = partial(
        draw_footer,
        centre=centre.name,
        name=name,
        printed_on=printed_on,
        tr=tr,
        left=LEFT,
        right=RIGHT,
    )
    document.build(story, canvasmaker=partial(NumberedCanvas, footer=footer))
    return buffer.getvalue()


def _markup(text: str) -> str:
    """Text for a Paragraph, which reads markup: a name with "&" or "<" prints as typed."""
    return escape(clean(text)).replace("\n", "<br/>")
