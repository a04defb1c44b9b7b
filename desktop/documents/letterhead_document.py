"""A document on the centre's letterhead: a story of ReportLab flowables on A4 portrait, the
letterhead (desktop.documents.letterhead) on the first page and the footer of
desktop.documents.cohort_roster_parts on every page (centre, what the document is, the day it
was printed, "Page 2 of 3"). The cohort roster, the stock-take count sheet, the handover record
and the sponsor's impact report are printed so.

Apart from letterhead.py because that one draws on any canvas (intake forms and attendance
sheets place it themselves); this one is the page frame of the documents that flow over pages.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import partial

from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
)

from desktop.documents.cohort_roster_parts import NumberedCanvas, draw_footer
from desktop.documents.fonts import REGULAR
from desktop.documents.intake_layout import BOTTOM, LEFT, RIGHT, TOP, WIDTH, mm
from desktop.documents.language import Translate
from desktop.documents.letterhead import draw_letterhead
from desktop.domain.centre import CentreProfile

BELOW_LETTERHEAD = 4 * mm  # between the letterhead's rule and the story


def render_on_letterhead(
    story: Sequence[Flowable],
    *,
    centre: CentreProfile,
    title: str,
    footer_name: str,
    printed_on: str,
    tr: Translate,
) -> bytes:
    """The PDF bytes of `story`: `title` is the file's title (its properties), `footer_name`
    what the footer calls the document ("Participant list · MJH-2026-01"), `printed_on` the
    day as printed there; `tr` translates the letterhead and the footer."""

    def letterhead(canvas: Canvas, _document: object = None) -> float:
        return float(draw_letterhead(canvas, centre, top=TOP, left=LEFT, right=RIGHT, tr=tr))

    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=A4,
        title=title,
        author=centre.name,
        creator="Pelita",
        initialFontName=REGULAR,  # else every page names Helvetica, which is not embedded
        pageCompression=1,
    )
    # The letterhead's height depends on the logo and the address: measured on scrap paper.
    below_letterhead = letterhead(Canvas(io.BytesIO())) - BELOW_LETTERHEAD
    first = Frame(LEFT, BOTTOM, WIDTH, below_letterhead - BOTTOM, 0, 0, 0, 0, id="first")
    later = Frame(LEFT, BOTTOM, WIDTH, TOP - BOTTOM, 0, 0, 0, 0, id="later")
    document.addPageTemplates(
        [
            PageTemplate("first", [first], onPage=letterhead, autoNextPageTemplate="later"),
            PageTemplate("later", [later]),
        ]
    )
    footer = partial(
        draw_footer, centre=centre.name, name=footer_name, printed_on=printed_on, tr=tr
    )
    document.build(list(story), canvasmaker=partial(NumberedCanvas, footer=footer))
    return buffer.getvalue()
