"""One session's attendance list on paper (daftar hadir): the centre's letterhead, what the
session is (programme, kejuruan, angkatan, day and date, time, place, instructors), then
No | Name | Signature for everyone in the roll, and the instructors' signatures at the foot.

The signature column zig-zags as on Indonesian paper lists: odd rows sign in its left half,
even rows in its right half, each beside their number, so neighbours' signatures never run
into each other. A4 portrait, in the desk's language; long lists go on over pages with the
table's header repeated and "Page 1 of 2" in each footer.

Every page carries the sheet's code (domain.attendance.sheet_code) as a QR code and in words
near its top right: scanned or typed, it opens this session for entering the marks from paper.
The matrix sheet of a cohort is in desktop.documents.attendance_matrix (`render_matrix_sheet`
is re-exported here).

Privacy (UU PDP): the sheet goes round the class, so it prints names only; `SessionSheet` has
no field for an NIK or a phone number.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop.documents.attendance_document import SheetPage, build_sheet
from desktop.documents.attendance_matrix import render_matrix_sheet
from desktop.documents.attendance_sheet_parts import (
    CODE_TEXT,
    QR_SIZE,
    SessionSheet,
    SheetCodeMark,
    clock,
    draw_code_mark,
    long_date,
    markup,
    signature_block,
)
from desktop.documents.cohort_roster_parts import (
    CELL,
    DETAILS_STYLE,
    GRID,
    HEAD,
    NOTE,
    SHADE,
    SUBTITLE,
    TITLE_STYLE,
)
from desktop.documents.fonts import BOLD, REGULAR, draw_fitted, register_fonts
from desktop.documents.intake_layout import BOTTOM, FOOTER, LEFT, RIGHT, TOP, WIDTH, mm
from desktop.documents.language import DOCUMENTS, Translate, translator
from desktop.documents.letterhead import draw_letterhead
from desktop.domain.attendance import sheet_code
from desktop.domain.centre import CentreProfile
from desktop.domain.formatting import format_date
from desktop.domain.i18n import QT_TRANSLATE_NOOP

__all__ = ["render_matrix_sheet", "render_session_sheet"]

TITLE = QT_TRANSLATE_NOOP("documents", "ATTENDANCE LIST")
NAME = QT_TRANSLATE_NOOP("documents", "Attendance list")
NUMBER_WIDTH, NAME_WIDTH = 11 * mm, 72 * mm
HALF = (WIDTH - NUMBER_WIDTH - NAME_WIDTH) / 2  # one side of the signature column
RUNNING_HEADER = QR_SIZE + 7 * mm  # later pages: the code and QR above the table
PAGE = SheetPage(A4, LEFT, RIGHT, TOP, BOTTOM, FOOTER, RUNNING_HEADER, 4 * mm)
CANCELLED = ParagraphStyle(
    "cancelled", parent=HEAD, fontSize=11, leading=14, alignment=1, textColor=colors.darkred
)
ROW_PADDING = 8  # with one line of name, a row about 9 mm tall: room for a signature
ROLL_STYLE = [
    ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # else Helvetica, named around every cell
    ("FONTNAME", (0, 0), (-1, 0), BOLD),
    ("FONTSIZE", (0, 0), (-1, -1), 8.5),
    ("BOX", (0, 0), (-1, -1), 0.6, GRID),
    ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
    # No line between the signature halves: one column that the numbers zig-zag across.
    ("LINEAFTER", (0, 0), (1, -1), 0.4, GRID),
    ("SPAN", (2, 0), (3, 0)),
    ("BACKGROUND", (0, 0), (-1, 0), SHADE),
    ("ALIGN", (0, 0), (0, -1), "CENTER"),
    ("ALIGN", (2, 0), (2, 0), "CENTER"),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ("TOPPADDING", (0, 1), (-1, -1), ROW_PADDING),
    ("BOTTOMPADDING", (0, 1), (-1, -1), ROW_PADDING),
]


def render_session_sheet(
    centre: CentreProfile, sheet: SessionSheet, *, language: str = "id", today: date | None = None
) -> bytes:
    """The session's daftar hadir as PDF bytes."""
    register_fonts()
    return _SessionSheet(centre, sheet, language, translator(language), today or date.today()).pdf()


class _SessionSheet:
    def __init__(
        self, centre: CentreProfile, sheet: SessionSheet, language: str, tr: Translate, today: date
    ) -> None:
        self.centre, self.sheet, self.language, self.tr = centre, sheet, language, tr
        self.today = today
        self.code = sheet_code(sheet.session_id)

    def t(self, source: str, **params: Any) -> str:
        text = self.tr(DOCUMENTS, source)
        return text.format(**params) if params else text

    def pdf(self) -> bytes:
        return build_sheet(
            self._story(),
            page=PAGE,
            title=f"{self.t(NAME)} {self.sheet.cohort_code} {self.code}",
            centre_name=self.centre.name,
            footer_name=f"{self.t(NAME)} · {self.sheet.cohort_code} · {self._date()}",
            printed_on=format_date(self.today, self.language),
            tr=self.tr,
            letterhead=self._letterhead,
            running_header=self._running_header,
        )

    def _letterhead(self, canvas: Canvas, _document: object = None) -> float:
        return float(
            draw_letterhead(canvas, self.centre, top=TOP, left=LEFT, right=RIGHT, tr=self.tr)
        )

    def _running_header(self, canvas: Canvas, _document: object) -> None:
        """Later pages: what the sheet is on the left, its code and QR on the right, so a page
        that comes loose still finds its session."""
        words = self.t(CODE_TEXT, code=self.code)
        draw_code_mark(canvas, self.code, words, RIGHT - QR_SIZE, TOP)
        text_width = WIDTH - QR_SIZE - 10 * mm
        draw_fitted(canvas, self.t(TITLE), LEFT, TOP, text_width, 16, font=BOLD, size=12)
        subtitle = f"{self.sheet.programme_name} · {self.sheet.cohort_code} · {self._date()}"
        draw_fitted(canvas, subtitle, LEFT, TOP - 16, text_width, 14, size=9, min_size=6)

    # -- the story: heading with the code, the roll, the signatures

    def _story(self) -> list[Any]:
        sheet = self.sheet
        heading: list[Any] = [
            Paragraph(markup(self.t(TITLE)), TITLE_STYLE),
            Paragraph(markup(f"{sheet.programme_name} · {sheet.cohort_code}"), SUBTITLE),
            Spacer(0, 3 * mm),
            self._details(),
        ]
        if sheet.cancelled:
            cancelled = QT_TRANSLATE_NOOP("documents", "CANCELLED: this session is not held.")
            heading += [Spacer(0, 2 * mm), Paragraph(markup(self.t(cancelled)), CANCELLED)]
        mark = SheetCodeMark(self.code, self.t(CODE_TEXT, code=self.code))
        top = Table(
            [[heading, mark]],
            colWidths=[WIDTH - QR_SIZE - 8 * mm, QR_SIZE + 8 * mm],
            style=TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            ),
        )
        signatures = signature_block(
            sheet.instructors, WIDTH, self.tr, place_and_date=format_date(sheet.day, self.language)
        )
        return [
            top,
            Spacer(0, 5 * mm),
            *self._roll(),
            KeepTogether([Spacer(0, 8 * mm), signatures]),
        ]

    def _details(self) -> Table:
        s = self.sheet
        rows = [
            (QT_TRANSLATE_NOOP("documents", "Skill area"), s.skill_area),
            (QT_TRANSLATE_NOOP("documents", "Cohort"), s.cohort_code),
            (QT_TRANSLATE_NOOP("documents", "Day, date"), self._date()),
            (
                QT_TRANSLATE_NOOP("documents", "Time"),
                f"{clock(s.starts, self.language)}–{clock(s.ends, self.language)}",
            ),
            (QT_TRANSLATE_NOOP("documents", "Place"), s.room),
            (QT_TRANSLATE_NOOP("documents", "Instructors"), ", ".join(s.instructors)),
        ]
        cells = [
            [
                Paragraph(markup(self.t(label)), HEAD),
                Paragraph(":", CELL),
                Paragraph(markup(value or "—"), CELL),
            ]
            for label, value in rows
        ]
        widths = [28 * mm, 3 * mm, WIDTH - QR_SIZE - 8 * mm - 31 * mm]
        return Table(cells, colWidths=widths, style=TableStyle(DETAILS_STYLE))

    def _roll(self) -> list[Any]:
        if not self.sheet.people:
            nobody = QT_TRANSLATE_NOOP("documents", "Nobody is enrolled in this cohort.")
            return [Paragraph(markup(self.t(nobody)), NOTE)]
        header = [
            self.t(QT_TRANSLATE_NOOP("documents", "No.")),
            Paragraph(markup(self.t(QT_TRANSLATE_NOOP("documents", "Name"))), HEAD),
            self.t(QT_TRANSLATE_NOOP("documents", "Signature")),
            "",
        ]
        rows: list[list[Any]] = [header]
        for number, name in enumerate(self.sheet.people, start=1):
            # Odd numbers sign on the left half, even on the right: the zig-zag.
            signs = f"{number}."
            left, right = (signs, "") if number % 2 else ("", signs)
            rows.append([str(number), Paragraph(markup(name), CELL), left, right])
        return [
            Table(
                rows,
                colWidths=[NUMBER_WIDTH, NAME_WIDTH, HALF, HALF],
                repeatRows=1,
                style=TableStyle(ROLL_STYLE),
            )
        ]

    def _date(self) -> str:
        return long_date(self.sheet.day, self.language)
