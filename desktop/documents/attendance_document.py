"""The page frame both attendance sheets share: the letterhead on the first page, a running
header with the sheet's code and QR on later ones (a page that comes loose still finds its
session), and the footer with "Page x of y".
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
)

from desktop.documents.attendance_sheet_parts import draw_footer
from desktop.documents.cohort_roster_parts import NumberedCanvas
from desktop.documents.fonts import REGULAR
from desktop.documents.language import Translate


@dataclass(frozen=True)
class SheetPage:
    """Where things go on the sheet's paper (points)."""

    size: tuple[float, float]
    left: float
    right: float
    top: float
    bottom: float
    footer: float  # the footer's baseline
    running_header: float  # the height of the later pages' header
    below_letterhead_gap: float


def build_sheet(
    story: Sequence[Flowable],
    *,
    page: SheetPage,
    title: str,
    centre_name: str,
    footer_name: str,
    printed_on: str,
    tr: Translate,
    letterhead: Callable[[Canvas], float],
    running_header: Callable[[Canvas, object], None],
) -> bytes:
    """The sheet's PDF bytes: `letterhead(canvas)` draws it and gives where it ends."""
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=page.size,
        title=title,
        author=centre_name,
        creator="Pelita",
        initialFontName=REGULAR,  # else every page names Helvetica, which is not embedded
        pageCompression=1,
    )
    width = page.right - page.left
    # The letterhead's height depends on the logo and the address: measured on scrap paper.
    below_letterhead = letterhead(Canvas(io.BytesIO())) - page.below_letterhead_gap
    first = Frame(
        page.left, page.bottom, width, below_letterhead - page.bottom, 0, 0, 0, 0, id="first"
    )
    later_top = page.top - page.running_header
    later = Frame(page.left, page.bottom, width, later_top - page.bottom, 0, 0, 0, 0, id="later")
    document.addPageTemplates(
        [
            PageTemplate(
                "first",
                [first],
                onPage=lambda canvas, _doc: letterhead(canvas),
                autoNextPageTemplate="later",
            ),
            PageTemplate("later", [later], onPage=running_header),
        ]
    )
    footer = partial(
        draw_footer,
        left=page.left,
        right=page.right,
        bottom=page.footer,
        centre=centre_name,
        name=footer_name,
        printed_on=printed_on,
        tr=tr,
    )
    document.build(list(story), canvasmaker=partial(NumberedCanvas, footer=footer))
    return buffer.getvalue()
