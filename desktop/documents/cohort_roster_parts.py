"""The parts of the printed cohort roster around its story (desktop.documents.cohort_roster):
what it prints (`RosterSheet` with its `RosterPerson`s and `WaitingPerson`s), the words printed
for stored days and sexes, the type and table styles, and the page furniture: `NumberedCanvas`,
which holds the pages until the last is known, and the footer drawn on each.

Privacy (UU PDP): the roster is a public sheet, so `RosterPerson` and `WaitingPerson` have no
field for an NIK or a phone number.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

from desktop.documents.fonts import BOLD, REGULAR, draw_fitted
from desktop.documents.intake_layout import FOOTER, LEFT, RIGHT, mm
from desktop.documents.language import DOCUMENTS, Translate
from desktop.domain.cohort import CohortStatus, Funding, Slot
from desktop.domain.enrolment import EnrolmentStatus, ScorePart
from desktop.domain.i18n import QT_TRANSLATE_NOOP

# Day names and the sex letters follow the language like the months of format_date: printed
# the same on every desk, whatever Windows' own language is.
DAYS = {
    "id": ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
SEX = {"id": {"L": "L", "P": "P"}, "en": {"L": "M", "P": "F"}}
GRID, SHADE = colors.Color(0.55, 0.55, 0.55), colors.Color(0.9, 0.9, 0.9)
CELL = ParagraphStyle("cell", fontName=REGULAR, fontSize=8.5, leading=10.5)
HEAD = ParagraphStyle("head", parent=CELL, fontName=BOLD)
NOTE = ParagraphStyle("note", parent=CELL, fontSize=7.5, textColor=colors.Color(0.3, 0.3, 0.3))
HEADING = ParagraphStyle(
    "heading", fontName=BOLD, fontSize=11, leading=14, spaceBefore=8, spaceAfter=4
)
# A heading with less than this below it starts a new page: never a heading alone at the foot.
HEADING_ROOM = 40 * mm
TITLE_STYLE = ParagraphStyle("title", fontName=BOLD, fontSize=14, leading=18, alignment=1)
SUBTITLE = ParagraphStyle("subtitle", parent=CELL, fontSize=10, leading=13, alignment=1)
TABLE_STYLE = [
    ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # else Helvetica, named around every cell
    ("GRID", (0, 0), (-1, -1), 0.4, GRID),
    ("BACKGROUND", (0, 0), (-1, 0), SHADE),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
]
DETAILS_STYLE = [
    ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # as in TABLE_STYLE
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 2),
    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ("LINEBELOW", (0, -1), (-1, -1), 0.4, GRID),
]


@dataclass(frozen=True)
class RosterPerson:
    full_name: str
    sex: str  # "L" or "P", as stored
    age: int | None  # on the cohort's first day, as the programme's rules count it
    village: str
    status: EnrolmentStatus


@dataclass(frozen=True)
class WaitingPerson:
    position: int
    full_name: str
    village: str
    score: float
    parts: tuple[ScorePart, ...]  # the reason for the position
    tie_break: bool  # same score as the one above, placed after them for applying later


@dataclass(frozen=True)
class RosterSheet:
    """Everything the roster prints, gathered by desktop.services.cohort_print."""

    programme_name: str
    skill_area: str
    cohort_code: str
    status: CohortStatus
    start_date: date
    end_date: date
    slots: tuple[Slot, ...]
    room: str
    branch: str
    instructors: tuple[str, ...]
    funding: Funding
    sponsors: tuple[str, ...]
    capacity: int
    seats_taken: int
    people: tuple[RosterPerson, ...]
    waiting: tuple[WaitingPerson, ...]


class NumberedCanvas(Canvas):  # type: ignore[misc]
    """Holds every page until the document ends, so each footer knows the number of pages."""

    def __init__(self, *args: Any, footer: Callable[[Canvas, int, int], None], **kw: Any) -> None:
        super().__init__(*args, **kw)
        self._footer = footer
        self._held: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        for number, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            self._footer(self, number, len(self._held))
            super().showPage()
        super().save()


def draw_footer(
    canvas: Canvas,
    number: int,
    total: int,
    *,
    centre: str,
    name: str,
    printed_on: str,
    tr: Translate,
    left: float = LEFT,
    right: float = RIGHT,
) -> None:
    """Centre, cohort, printed date and page: enough to put a dropped sheet back.

    `name` is the document and the cohort, `printed_on` the date as printed; bound with
    functools.partial, this is the `footer` of a `NumberedCanvas`. `left` and `right` are the
    margins (an A4 portrait page's unless given: a landscape page passes its own)."""
    canvas.saveState()
    canvas.setLineWidth(0.4)
    canvas.setStrokeGray(0.5)
    canvas.line(left, FOOTER + 9, right, FOOTER + 9)
    canvas.setFillGray(0.3)
    third = (right - left) / 3
    printed = tr(DOCUMENTS, QT_TRANSLATE_NOOP("documents", "Printed on {date}"))
    page = tr(DOCUMENTS, QT_TRANSLATE_NOOP("documents", "Page {page} of {pages}"))
    draw_fitted(canvas, centre, left, FOOTER + 8, third - 6, 9, size=7, min_size=5)
    draw_fitted(
        canvas, name, left + third, FOOTER + 8, third, 9, size=7, min_size=5, align="centre"
    )
    canvas.setFont(REGULAR, 7)
    canvas.drawString(left, FOOTER - 8, printed.format(date=printed_on))
    canvas.drawRightString(right, FOOTER + 1, page.format(page=number, pages=total))
    canvas.restoreState()
