"""A cohort's attendance matrix on paper for a week or a month: everyone in the roll down the
side (No, Name), one column per session of the period, and the marks already entered printed
as the letters instructors write by hand (H Hadir, T Terlambat, I Izin, S Sakit, A Alpa; the
minutes late small beside the T). Blank cells are for marking by hand; a session that does
not apply to someone (before they joined, after they left) is shaded with "–", and a
cancelled session's column is shaded with "✕" at its head. A legend explains the letters.

A4 landscape, in the desk's language, with the letterhead on the first page and the sheet's
code (domain.attendance.sheet_code(cohort_id, SheetKind.MATRIX)) as a QR code and in words at
the top right of every page. More sessions than fit across the page go on in a second table
below the first; the header row repeats on every page.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4, landscape  # type: ignore[import-untyped]
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
from desktop.documents.attendance_sheet_parts import (
    CODE_TEXT,
    NOT_APPLICABLE,
    QR_SIZE,
    MatrixSheet,
    SheetCodeMark,
    draw_code_mark,
    markup,
    signature_block,
)
from desktop.documents.cohort_roster_parts import (
    CELL,
    DETAILS_STYLE,
    GRID,
    HEAD,
    SHADE,
    SUBTITLE,
    TITLE_STYLE,
)
from desktop.documents.fonts import BOLD, REGULAR, draw_fitted, register_fonts
from desktop.documents.intake_layout import mm
from desktop.documents.language import DOCUMENTS, Translate, translator
from desktop.documents.letterhead import draw_letterhead
from desktop.domain.attendance import MARK_KEYS, SheetKind, sheet_code
from desktop.domain.centre import CentreProfile
from desktop.domain.formatting import format_date
from desktop.domain.i18n import QT_TRANSLATE_NOOP

ATTENDANCE = "attendance"  # the translation context of the marks' labels
TITLE = QT_TRANSLATE_NOOP("documents", "ATTENDANCE MATRIX")
NAME = QT_TRANSLATE_NOOP("documents", "Attendance matrix")
CANCELLED_MARK, NOT_APPLICABLE_MARK = "✕", "–"
SHORT_DAYS = {
    "id": ("Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}

PAGE_WIDTH: float
PAGE_HEIGHT: float
PAGE_WIDTH, PAGE_HEIGHT = landscape(A4)
LEFT, RIGHT = 15 * mm, PAGE_WIDTH - 15 * mm
WIDTH = RIGHT - LEFT
TOP, BOTTOM, FOOTER = PAGE_HEIGHT - 12 * mm, 22 * mm, 13 * mm
RUNNING_HEADER = QR_SIZE + 7 * mm  # later pages: the code and QR above the table
PAGE = SheetPage(
    (PAGE_WIDTH, PAGE_HEIGHT), LEFT, RIGHT, TOP, BOTTOM, FOOTER, RUNNING_HEADER, 3 * mm
)
NUMBER_WIDTH, NAME_WIDTH = 9 * mm, 58 * mm
DAY_MAX, DAY_MIN = 16 * mm, 6.5 * mm  # a session's column: room for a hand-written letter
HEADER_STYLE = ParagraphStyle("day", parent=HEAD, fontSize=7, leading=8.5, alignment=1)
LETTER = ParagraphStyle("letter", parent=HEAD, fontSize=9.5, leading=11, alignment=1)
LEGEND = ParagraphStyle("legend", parent=CELL, fontSize=8, leading=11)
NOT_APPLICABLE_SHADE, CANCELLED_SHADE = colors.Color(0.85, 0.85, 0.85), colors.Color(0.7, 0.7, 0.7)
MATRIX_STYLE = [
    ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # else Helvetica, named around every cell
    ("FONTSIZE", (0, 0), (-1, -1), 8.5),
    ("GRID", (0, 0), (-1, -1), 0.4, GRID),
    ("BOX", (0, 0), (-1, -1), 0.7, GRID),
    ("BACKGROUND", (0, 0), (-1, 0), SHADE),
    ("ALIGN", (0, 0), (0, -1), "CENTER"),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("LEFTPADDING", (0, 0), (-1, -1), 2),
    ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ("TOPPADDING", (0, 1), (-1, -1), 5),  # rows about 7 mm: room to write a letter
    ("BOTTOMPADDING", (0, 1), (-1, -1), 5),
]


def render_matrix_sheet(
    centre: CentreProfile, sheet: MatrixSheet, *, language: str = "id", today: date | None = None
) -> bytes:
    """The cohort's matrix for the period as PDF bytes."""
    register_fonts()
    return _Matrix(centre, sheet, language, translator(language), today or date.today()).pdf()


class _Matrix:
    def __init__(
        self, centre: CentreProfile, sheet: MatrixSheet, language: str, tr: Translate, today: date
    ) -> None:
        self.centre, self.sheet, self.language, self.tr = centre, sheet, language, tr
        self.today = today
        self.code = sheet_code(sheet.cohort_id, SheetKind.MATRIX)

    def t(self, source: str, **params: Any) -> str:
        text = self.tr(DOCUMENTS, source)
        return text.format(**params) if params else text

    def pdf(self) -> bytes:
        return build_sheet(
            self._story(),
            page=PAGE,
            title=f"{self.t(NAME)} {self.sheet.cohort_code} {self.sheet.period_title}",
            centre_name=self.centre.name,
            footer_name=f"{self.t(NAME)} · {self.sheet.cohort_code} · {self.sheet.period_title}",
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
        words = self.t(CODE_TEXT, code=self.code)
        draw_code_mark(canvas, self.code, words, RIGHT - QR_SIZE, TOP)
        text_width = WIDTH - QR_SIZE - 10 * mm
        draw_fitted(canvas, self.t(TITLE), LEFT, TOP, text_width, 16, font=BOLD, size=12)
        subtitle = f"{self.sheet.programme_name} · {self.sheet.cohort_code} · "
        draw_fitted(
            canvas, subtitle + self.sheet.period_title, LEFT, TOP - 16, text_width, 14, size=9
        )

    # -- the story

    def _story(self) -> list[Any]:
        sheet = self.sheet
        left = WIDTH - QR_SIZE - 10 * mm
        heading = [
            Paragraph(markup(self.t(TITLE)), TITLE_STYLE),
            Paragraph(
                markup(f"{sheet.programme_name} · {sheet.cohort_code} · {sheet.period_title}"),
                SUBTITLE,
            ),
            Spacer(0, 2 * mm),
            self._details(left),
            Spacer(0, 1.5 * mm),
            Paragraph(self._legend(), LEGEND),
        ]
        top = Table(
            [[heading, SheetCodeMark(self.code, self.t(CODE_TEXT, code=self.code))]],
            colWidths=[left, WIDTH - left],
            style=TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            ),
        )
        story: list[Any] = [top, Spacer(0, 3 * mm)]
        for chunk in self._chunks():
            story += [self._table(chunk), Spacer(0, 4 * mm)]
        signatures = signature_block(sheet.instructors, WIDTH, self.tr)
        return [*story, KeepTogether([Spacer(0, 2 * mm), signatures])]

    def _details(self, width: float) -> Table:
        s = self.sheet
        pairs = [
            (QT_TRANSLATE_NOOP("documents", "Skill area"), s.skill_area),
            (QT_TRANSLATE_NOOP("documents", "Cohort"), s.cohort_code),
            (QT_TRANSLATE_NOOP("documents", "Period"), s.period_title),
            (QT_TRANSLATE_NOOP("documents", "Instructors"), ", ".join(s.instructors)),
        ]
        cells = [
            [Paragraph(markup(self.t(label)), HEAD), Paragraph(markup(value or "—"), CELL)]
            for label, value in pairs
        ]
        # Two pairs a row: the landscape page is wide and the table needs the height.
        rows = [cells[0] + cells[1], cells[2] + cells[3]]
        half = width / 2
        widths = [24 * mm, half - 24 * mm, 24 * mm, half - 24 * mm]
        return Table(rows, colWidths=widths, style=TableStyle(DETAILS_STYLE))

    def _legend(self) -> str:
        """ "H Hadir · T Terlambat (minutes small) · …": the letters in the words of the marks."""
        parts = [
            f"<b>{key}</b> {markup(self.tr(ATTENDANCE, mark.label))}"
            for mark, key in MARK_KEYS.items()
        ]
        minutes = QT_TRANSLATE_NOOP("documents", "small figures after T: minutes late")
        blank = QT_TRANSLATE_NOOP("documents", "blank: to mark by hand")
        na = QT_TRANSLATE_NOOP("documents", "not applicable to this person")
        cancelled = QT_TRANSLATE_NOOP("documents", "session cancelled")
        parts += [
            markup(self.t(minutes)),
            f"<b>{NOT_APPLICABLE_MARK}</b> {markup(self.t(na))}",
            f"<b>{CANCELLED_MARK}</b> {markup(self.t(cancelled))}",
            markup(self.t(blank)),
        ]
        legend = self.t(QT_TRANSLATE_NOOP("documents", "Legend"))
        return f"<b>{markup(legend)}:</b> " + " · ".join(parts)

    def _chunks(self) -> list[range]:
        """The sessions in groups that fit across the page at DAY_MIN each."""
        count = len(self.sheet.sessions)
        per_table = max(1, int((WIDTH - NUMBER_WIDTH - NAME_WIDTH) // DAY_MIN))
        return [range(start, min(count, start + per_table)) for start in range(0, count, per_table)]

    def _table(self, columns: range) -> Table:
        sessions = [self.sheet.sessions[index] for index in columns]
        room = WIDTH - NUMBER_WIDTH - NAME_WIDTH
        day_width = min(DAY_MAX, room / max(1, len(sessions)))
        days = SHORT_DAYS.get(self.language, SHORT_DAYS["id"])
        header: list[Any] = [
            self.t(QT_TRANSLATE_NOOP("documents", "No.")),
            Paragraph(markup(self.t(QT_TRANSLATE_NOOP("documents", "Name"))), HEAD),
        ]
        for session in sessions:
            day = f"{days[session.day.weekday()]}<br/>{session.day.day}/{session.day.month}"
            header.append(
                Paragraph(
                    day + (f"<br/>{CANCELLED_MARK}" if session.cancelled else ""), HEADER_STYLE
                )
            )
        rows: list[list[Any]] = [header]
        style = list(MATRIX_STYLE)
        for row_index, person in enumerate(self.sheet.people, start=1):
            row: list[Any] = [str(row_index), Paragraph(markup(person.name), CELL)]
            for column, index in enumerate(columns, start=2):
                cell = person.cells[index] if index < len(person.cells) else ""
                if self.sheet.sessions[index].cancelled:
                    row.append("")
                elif cell == NOT_APPLICABLE:
                    row.append(Paragraph(NOT_APPLICABLE_MARK, LETTER))
                    place = (column, row_index)
                    style.append(("BACKGROUND", place, place, NOT_APPLICABLE_SHADE))
                else:
                    row.append(_letter(cell))
            rows.append(row)
        for column, session in enumerate(sessions, start=2):
            if session.cancelled:
                style.append(("BACKGROUND", (column, 1), (column, -1), CANCELLED_SHADE))
        return Table(
            rows,
            colWidths=[NUMBER_WIDTH, NAME_WIDTH, *[day_width] * len(sessions)],
            repeatRows=1,
            hAlign="LEFT",
            style=TableStyle(style),
        )


def _letter(cell: str) -> Paragraph | str:
    """A mark as printed: its letter, and for "T15" the minutes small beside the T."""
    if not cell:
        return ""
    letter, minutes = cell[0], cell[1:]
    if minutes.isdigit():
        return Paragraph(f"{markup(letter)}<font size='5.5'>{minutes}</font>", LETTER)
    return Paragraph(markup(cell), LETTER)
