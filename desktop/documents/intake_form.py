"""The intake form on paper: blank, to take to villages where there is no laptop, or filled in
from a record, for the participant to check and sign.

The form is put together here from its parts, each a module of its own:

- intake_layout: page geometry, and the layout that places blocks on pages before any is
  drawn, so that every page can say "Page 2 of 3" and a section never starts at the foot of
  a page;
- intake_fields: boxes to write in, one box per character, tick boxes, headings, paragraphs;
- intake_context: the participant's values as printed, and fields labelled in the language;
- intake_person: sections A to C (identity, contact and address, education and work);
- intake_needs: sections D to F (disability and support, social assistance, training needs);
- intake_consent: the consent page, with the signatures.

Here: the form's title, the footer of every page, and `render_intake_form`.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from datetime import date
from typing import Any

from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

from desktop.documents.fonts import BOLD, REGULAR, draw_fitted, register_fonts
from desktop.documents.intake_consent import consent
from desktop.documents.intake_context import IntakeContext
from desktop.documents.intake_fields import draw_box, paragraph
from desktop.documents.intake_layout import FOOTER, LEFT, RIGHT, TOP, WIDTH, Block, Layout, mm
from desktop.documents.intake_needs import assistance, disability, needs
from desktop.documents.intake_person import address, identity, work
from desktop.documents.language import translator
from desktop.documents.letterhead import draw_letterhead
from desktop.domain.centre import CentreProfile
from desktop.domain.i18n import QT_TRANSLATE_NOOP

# LEFT and RIGHT are imported from here too (the tests' margins).
__all__ = ["FORM_NAME", "LEFT", "RECORD_NO", "RIGHT", "render_intake_form"]

FORM_NAME = QT_TRANSLATE_NOOP("documents", "Participant registration form")
RECORD_NO = QT_TRANSLATE_NOOP("documents", "Record no.")


def render_intake_form(
    centre: CentreProfile,
    participant: Mapping[str, Any] | None,
    *,
    language: str = "id",
    programmes: Mapping[int, str] | None = None,
    today: date | None = None,
) -> bytes:
    """The intake form as PDF bytes: blank when `participant` is None, else filled in from the
    participant's stored values (the participant table's column names) for signature."""
    form = IntakeContext(
        centre, participant, translator(language), programmes or {}, today or date.today()
    )
    return _render(form)


def _render(form: IntakeContext) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    # The initial font too is ours: left at ReportLab's default, every page would also
    # name Helvetica, a font the PDF does not carry.
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1, initialFontName=REGULAR)
    canvas.setTitle(form.t(FORM_NAME))
    canvas.setAuthor(form.centre.name)
    canvas.setCreator("Pelita")
    top = draw_letterhead(canvas, form.centre, top=TOP, left=LEFT, right=RIGHT, tr=form.tr)
    layout = Layout(top - 4 * mm)
    for block in _title(form):
        layout.place(block)
    for section in (
        identity(form),
        address(form),
        work(form),
        disability(form),
        assistance(form),
        needs(form),
    ):
        layout.section(section)
    layout.new_page()  # the consent is a page of its own: it is the page kept as evidence
    for block in consent(form):
        layout.place(block)
    for number, page in enumerate(layout.pages, start=1):
        if number > 1:
            canvas.showPage()
        for block, y in page:
            block.draw(canvas, y)
        _footer(form, canvas, number, len(layout.pages))
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _title(form: IntakeContext) -> list[Block]:
    record = form.v.text("id")

    def draw(canvas: Canvas, top: float) -> None:
        title = form.t(FORM_NAME)
        draw_fitted(
            canvas,
            title,
            LEFT + 110,
            top,
            WIDTH - 220,
            18,
            font=BOLD,
            size=13,
            min_size=9,
            align="centre",
        )
        canvas.setFillGray(0.25)
        draw_fitted(canvas, form.t(RECORD_NO), RIGHT - 100, top - 2, 40, 14, size=7, min_size=5.5)
        canvas.setFillGray(0)
        draw_box(canvas, RIGHT - 58, top - 1, 58, 16)
        if record:
            draw_fitted(canvas, record, RIGHT - 55, top - 2, 52, 14, size=9, min_size=6)

    if form.filled:
        hint = QT_TRANSLATE_NOOP(
            "documents",
            "Please check every entry. Cross out a mistake, write the correct value beside "
            "it and initial it, then sign the consent page.",
        )
    else:
        hint = QT_TRANSLATE_NOOP(
            "documents",
            "Write clearly in capital letters, one character per small box. Tick (✓) every "
            "box that applies.",
        )
    return [Block(22, draw), paragraph(form.t(hint), size=7.5, grey=0.25)]


def _footer(form: IntakeContext, canvas: Canvas, number: int, total: int) -> None:
    """Centre, form and record number, page: enough to put a dropped sheet back."""
    canvas.setLineWidth(0.4)
    canvas.setStrokeGray(0.5)
    canvas.line(LEFT, FOOTER + 9, RIGHT, FOOTER + 9)
    canvas.setStrokeGray(0)
    canvas.setFillGray(0.3)
    third = WIDTH / 3
    name = form.t(FORM_NAME)
    if record := form.v.text("id"):
        name += f" · {form.t(RECORD_NO)} {record}"
    page = form.t(QT_TRANSLATE_NOOP("documents", "Page {page} of {pages}"))
    draw_fitted(canvas, form.centre.name, LEFT, FOOTER + 8, third - 6, 9, size=7, min_size=5)
    draw_fitted(
        canvas, name, LEFT + third, FOOTER + 8, third, 9, size=7, min_size=5, align="centre"
    )
    canvas.setFont(REGULAR, 7)
    canvas.drawRightString(RIGHT, FOOTER + 1, page.format(page=number, pages=total))
    canvas.setFillGray(0)
