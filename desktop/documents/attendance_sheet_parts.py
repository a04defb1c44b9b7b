"""The parts shared by the printed attendance sheets (desktop.documents.attendance_sheet for one
session's daftar hadir, desktop.documents.attendance_matrix for a cohort's weekly or monthly
matrix): what they print (`SessionSheet`, `MatrixSheet`), the sheet's code with its QR code
(`SheetCodeMark`), the instructors' signature block and the footer of each page.

Privacy (UU PDP): the sheets go round a classroom, so nothing here has a field for an NIK or a
phone number; a person is their name and their place in the roll.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time
from xml.sax.saxutils import escape

import segno
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle  # type: ignore[import-untyped]

from desktop.documents.cohort_roster_parts import CELL, DAYS
from desktop.documents.fonts import BOLD, REGULAR, clean, draw_fitted
from desktop.documents.intake_layout import mm
from desktop.documents.language import DOCUMENTS, Translate
from desktop.domain.formatting import format_date
from desktop.domain.i18n import QT_TRANSLATE_NOOP

NOT_APPLICABLE = "-"  # a MatrixPerson cell for a session before they joined or after they left
MARK_LETTERS = ("H", "T", "I", "S", "A")  # Hadir, Terlambat, Izin, Sakit, Alpa
QR_SIZE = 22 * mm  # with its quiet zone; about 0.75 mm a module for a short code
QR_BORDER = 4  # modules of quiet zone, as the QR standard asks
CODE_TEXT = QT_TRANSLATE_NOOP("documents", "Sheet code: {code}")
CENTRED = ParagraphStyle("centred", parent=CELL, alignment=1)


@dataclass(frozen=True)
class SessionSheet:
    """One session's daftar hadir, gathered by the attendance service."""

    cohort_id: int
    cohort_code: str  # angkatan, e.g. "MJH-2026-03"
    programme_name: str
    skill_area: str  # kejuruan
    session_id: int
    day: date
    starts: time
    ends: time
    room: str
    instructors: tuple[str, ...]
    people: tuple[str, ...]  # names in roll order
    cancelled: bool = False


@dataclass(frozen=True)
class MatrixSession:
    session_id: int
    day: date
    cancelled: bool = False


@dataclass(frozen=True)
class MatrixPerson:
    """A row of the matrix: one cell per session of the sheet, in the same order.

    A cell is "" (not marked yet: left blank to mark by hand), a mark's letter "H", "T", "I",
    "S" or "A", "T" followed by the minutes late ("T15", printed small beside the T), or
    NOT_APPLICABLE ("-") for a session before the person joined or after they left."""

    name: str
    cells: tuple[str, ...]


@dataclass(frozen=True)
class MatrixSheet:
    """A cohort's attendance over a week or a month, gathered by the attendance service."""

    cohort_id: int
    cohort_code: str
    programme_name: str
    skill_area: str
    period_title: str  # e.g. "Maret 2026" or "2–6 Maret 2026", in the reader's language
    instructors: tuple[str, ...]
    sessions: tuple[MatrixSession, ...]
    people: tuple[MatrixPerson, ...]


def markup(text: str) -> str:
    """Text for a Paragraph, which reads markup: a name with "&" or "<" prints as typed."""
    return escape(clean(text)).replace("\n", "<br/>")


def long_date(day: date, language: str) -> str:
    """ "Senin, 23 November 2026": the day's name and the date, as a daftar hadir heads it."""
    return f"{DAYS.get(language, DAYS['id'])[day.weekday()]}, {format_date(day, language)}"


def clock(value: time, language: str) -> str:
    """08.00 in Indonesian, 08:00 in English."""
    return f"{value:%H}{'.' if language == 'id' else ':'}{value:%M}"


class SheetCodeMark(Flowable):  # type: ignore[misc]
    """The sheet's code as a QR code with the code in words beneath, so it can be scanned or
    typed to open the right session (or cohort) for entering marks from paper."""

    def __init__(self, code: str, words: str) -> None:
        super().__init__()
        self.code, self.words = code, words
        self.width, self.height = QR_SIZE, QR_SIZE + 9

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        draw_code_mark(self.canv, self.code, self.words, 0, self.height)


def draw_code_mark(canvas: Canvas, code: str, words: str, x: float, top: float) -> None:
    """The QR code with its quiet zone in the QR_SIZE square whose top-left is (x, top), and
    the code in words below it (fitted, centred)."""
    draw_qr(canvas, code, x, top - QR_SIZE, QR_SIZE)
    draw_fitted(
        canvas, words, x - 8 * mm, top - QR_SIZE, QR_SIZE + 16 * mm, 9,
        size=7, min_size=5, font=BOLD, align="centre",
    )  # fmt: skip


def draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    """`text` as a QR code, vector: each run of dark modules one rectangle, all in one path
    (fast, and no hairline gaps between neighbours). The quiet zone is left white."""
    qr = segno.make(text, error="m", micro=False)
    rows = [tuple(row) for row in qr.matrix_iter(scale=1, border=QR_BORDER)]
    module = size / len(rows)
    path = canvas.beginPath()
    for row_index, row in enumerate(rows):
        top = y + size - (row_index + 1) * module
        column = 0
        while column < len(row):
            if not row[column]:
                column += 1
                continue
            start = column
            while column < len(row) and row[column]:
                column += 1
            path.rect(x + start * module, top, (column - start) * module, module)
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, size, size, stroke=0, fill=1)  # the quiet zone stays white
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


def signature_block(
    instructors: Sequence[str], width: float, tr: Translate, *, place_and_date: str = ""
) -> Table:
    """The instructors' signatures at the foot, right-aligned as on Indonesian letters: the
    place and date, "Instructor", room to sign, and the name in brackets; one per instructor."""
    names = list(instructors)[:3] or [""]  # three side by side fill the width
    label = tr(DOCUMENTS, QT_TRANSLATE_NOOP("documents", "Instructor"))
    column = 58 * mm
    blocks = [
        [
            # The date once, over the last block, as a letter's "Cianjur, 23 November 2026".
            Paragraph(
                markup(place_and_date) if index == len(names) - 1 and place_and_date else "&nbsp;",
                CENTRED,
            ),
            Paragraph(markup(f"{label},"), CENTRED),
            Paragraph("<br/><br/><br/><br/>", CENTRED),  # room to sign
            Paragraph(markup(f"( {name or '.' * 40} )"), CENTRED),
        ]
        for index, name in enumerate(names)
    ]
    return Table(
        [["", *blocks]],
        colWidths=[max(0, width - column * len(blocks)), *[column] * len(blocks)],
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )


def draw_footer(
    canvas: Canvas,
    number: int,
    total: int,
    *,
    left: float,
    right: float,
    bottom: float,
    centre: str,
    name: str,
    printed_on: str,
    tr: Translate,
) -> None:
    """Centre, sheet, printed date and page ("Page 2 of 3") between `left` and `right`: the
    roster's footer for pages of any width. Bound with partial, the `footer` of a
    cohort_roster_parts.NumberedCanvas."""
    canvas.saveState()
    canvas.setLineWidth(0.4)
    canvas.setStrokeGray(0.5)
    canvas.line(left, bottom + 9, right, bottom + 9)
    canvas.setFillGray(0.3)
    third = (right - left) / 3
    printed = tr(DOCUMENTS, QT_TRANSLATE_NOOP("documents", "Printed on {date}"))
    page = tr(DOCUMENTS, QT_TRANSLATE_NOOP("documents", "Page {page} of {pages}"))
    draw_fitted(canvas, centre, left, bottom + 8, third - 6, 9, size=7, min_size=5)
    draw_fitted(
        canvas, name, left + third, bottom + 8, third, 9, size=7, min_size=5, align="centre"
    )
    canvas.setFont(REGULAR, 7)
    canvas.drawString(left, bottom - 8, printed.format(date=printed_on))
    canvas.drawRightString(right, bottom + 1, page.format(page=number, pages=total))
    canvas.restoreState()
