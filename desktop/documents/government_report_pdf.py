"""The government report on paper: the centre's letterhead, the title with the period ("LAPORAN
PELATIHAN PERIODE 1 Januari – 31 Desember 2026"), the programmes' table with its breakdowns and
a total, the notes that define the figures, the people by regency, and the head of the centre's
signature block, as an Indonesian office letter ends.

A4 landscape (the programmes' table is wide), in the language the caller asks for, DejaVu
embedded, "Page 2 of 3" in every footer and the report's title at the top of later pages.
Figures only: the report it prints has no field for anything about one person.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_RIGHT  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4, landscape  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    CondPageBreak,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop.documents import government_report_parts as w
from desktop.documents import sponsor_impact_parts as impact
from desktop.documents.attendance_document import SheetPage, build_sheet
from desktop.documents.attendance_sheet_parts import markup
from desktop.documents.cohort_roster_parts import (
    CELL,
    HEAD,
    HEADING,
    NOTE,
    SHADE,
    SUBTITLE,
    TABLE_STYLE,
    TITLE_STYLE,
)
from desktop.documents.fonts import BOLD, REGULAR, draw_fitted, register_fonts
from desktop.documents.government_report_parts import GovernmentReport
from desktop.documents.government_report_table import GovernmentLayout, ReportTable
from desktop.documents.intake_layout import mm
from desktop.documents.language import translator
from desktop.documents.letterhead import draw_letterhead
from desktop.domain.centre import CentreProfile

PAGE_WIDTH: float
PAGE_HEIGHT: float
PAGE_WIDTH, PAGE_HEIGHT = landscape(A4)
LEFT, RIGHT = 15 * mm, PAGE_WIDTH - 15 * mm
WIDTH = RIGHT - LEFT
TOP, BOTTOM, FOOTER = PAGE_HEIGHT - 12 * mm, 22 * mm, 13 * mm
RUNNING_HEADER = 8 * mm  # later pages: the title above the table
PAGE = SheetPage(
    (PAGE_WIDTH, PAGE_HEIGHT), LEFT, RIGHT, TOP, BOTTOM, FOOTER, RUNNING_HEADER, 3 * mm
)
HEADER_SIZE, SMALLEST_HEADER = 7.0, 5.0
FIGURE = ParagraphStyle("figure", parent=CELL, fontSize=8, leading=10, alignment=TA_RIGHT)
FIGURE_BOLD = ParagraphStyle("figure_bold", parent=FIGURE, fontName=BOLD)
NAME = ParagraphStyle("name", parent=CELL, fontSize=8, leading=10)
NAME_BOLD = ParagraphStyle("name_bold", parent=NAME, fontName=BOLD)
SIGNATURE = ParagraphStyle("signature", parent=CELL, fontSize=9.5, leading=12, alignment=TA_CENTER)
SIGNATURE_WIDTH = 85 * mm


def render_government_pdf(
    centre: CentreProfile, report: GovernmentReport, *, language: str = "id"
) -> bytes:
    """The report as PDF bytes, dated the report's `today`."""
    register_fonts()
    return _Government(
        centre, report, GovernmentLayout(report, language, translator(language))
    ).pdf()


class _Government:
    def __init__(self, centre: CentreProfile, report: GovernmentReport, layout: GovernmentLayout):
        self.centre, self.report, self.layout = centre, report, layout

    def pdf(self) -> bytes:
        layout = self.layout
        name = (
            f"{layout.t(w.NAME)} · {layout.day(self.report.start)} – {layout.day(self.report.end)}"
        )
        return build_sheet(
            self._story(),
            page=PAGE,
            title=name,
            centre_name=self.centre.name,
            footer_name=name,
            printed_on=layout.day(self.report.today),
            tr=layout.tr,
            letterhead=self._letterhead,
            running_header=self._running_header,
        )

    def _letterhead(self, canvas: Canvas, _document: object = None) -> float:
        return float(
            draw_letterhead(canvas, self.centre, top=TOP, left=LEFT, right=RIGHT, tr=self.layout.tr)
        )

    def _running_header(self, canvas: Canvas, _document: object) -> None:
        canvas.saveState()
        canvas.setFillGray(0.3)
        draw_fitted(canvas, self.layout.title(), LEFT, TOP, WIDTH, 10, size=8, min_size=6)
        canvas.restoreState()

    # -- the story

    def _story(self) -> list[Any]:
        """The title, the programmes' table and its notes, the signature; then the people by
        regency as an annex on a page of its own, as detail follows the signature in an
        Indonesian office's report."""
        layout = self.layout
        story: list[Any] = [
            Paragraph(markup(layout.title()), TITLE_STYLE),
            Paragraph(markup(layout.scope()), SUBTITLE),
            Spacer(0, 4 * mm),
        ]
        programmes, regencies = layout.tables()
        if self.report.empty:
            story += [Paragraph(markup(layout.t(w.NOTHING)), HEAD), Spacer(0, 4 * mm)]
        else:
            story += self._section(programmes.title, programmes)
        story += [Paragraph(markup(layout.t(impact.PRIVACY)), NOTE), Spacer(0, 6 * mm)]
        story.append(self._signature())
        if regencies.rows:
            annex = layout.t(w.ANNEX, title=regencies.title)
            story += [PageBreak(), *self._section(annex, regencies)]
        return story

    def _section(self, title: str, table: ReportTable) -> list[Any]:
        return [
            CondPageBreak(35 * mm),
            Paragraph(markup(title), HEADING),
            self._table(table),
            Spacer(0, 2 * mm),
            *(Paragraph(markup(note), NOTE) for note in table.notes),
            Spacer(0, 3 * mm),
        ]

    def _table(self, table: ReportTable) -> Table:
        """Figures set to the right; the header repeated on every page; the total shaded."""
        columns = table.columns
        given = sum(column.width_mm for column in columns) * mm
        widths = [column.width_mm * mm or WIDTH - given for column in columns]
        style = list(TABLE_STYLE)
        header: list[list[Any]] = []
        # One size for a header row: the largest at which every column's longest word fits.
        size = _fitting([(c.header, width) for c, width in zip(columns, widths, strict=True)])
        names = [_header(c.header, size) for c in columns]
        if table.groups:
            upper: list[Any] = []
            lower: list[Any] = []
            spans: list[tuple[str, float]] = []
            index = 0
            for group in table.groups:
                spans.append((group.text, sum(widths[index : index + group.span])))
                index += group.span
            group_size = _fitting(spans)
            index = 0
            for group in table.groups:
                if group.span == 1:  # the column's own header, over both rows
                    upper.append(names[index])
                    lower.append("")
                    style.append(("SPAN", (index, 0), (index, 1)))
                else:
                    upper += [_header(group.text, group_size)] + [""] * (group.span - 1)
                    style.append(("SPAN", (index, 0), (index + group.span - 1, 0)))
                    lower += names[index : index + group.span]
                index += group.span
            header = [upper, lower]
        else:
            header = [names]
        style += [
            ("BACKGROUND", (0, 0), (-1, len(header) - 1), SHADE),
            ("VALIGN", (0, 0), (-1, len(header) - 1), "MIDDLE"),
        ]
        cells = list(header)
        for number, row in enumerate(table.rows, start=1):
            bold = table.total and number == len(table.rows)
            cells.append(
                [
                    Paragraph(markup(self.layout.text(cell)), _style(column.figure, bold))
                    for cell, column in zip(row, columns, strict=True)
                ]
            )
        if table.total:
            style.append(("BACKGROUND", (0, -1), (-1, -1), SHADE))
        return Table(
            cells, colWidths=widths, repeatRows=len(header), style=TableStyle(style), hAlign="LEFT"
        )

    def _signature(self) -> KeepTogether:
        """Right-aligned, as Indonesian letters end: place and date, the head's position, room
        to sign and stamp, the name and the NIP."""
        layout, centre = self.layout, self.centre
        day = layout.day(self.report.today)
        dated = f"{self.report.place}, {day}" if self.report.place else day
        lines = [
            Paragraph(markup(dated), SIGNATURE),
            Paragraph(markup(centre.head_title or layout.t(w.HEAD)), SIGNATURE),
            Paragraph("<br/><br/><br/><br/>", SIGNATURE),  # room to sign and stamp
            Paragraph(f"<b><u>{markup(centre.head_name or '.' * 40)}</u></b>", SIGNATURE),
        ]
        if centre.head_nip:
            lines.append(Paragraph(markup(layout.t(w.NIP, nip=centre.head_nip)), SIGNATURE))
        block = Table(
            [["", lines]],
            colWidths=[WIDTH - SIGNATURE_WIDTH, SIGNATURE_WIDTH],
            style=TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR)]),
        )
        return KeepTogether([block])


def _fitting(headers: list[tuple[str, float]]) -> float:
    """The largest type size (at most HEADER_SIZE) at which every header's longest word fits
    its column's width: smaller type rather than a word broken across lines (translations
    differ in length)."""
    size = HEADER_SIZE
    for text, width in headers:
        longest = max((stringWidth(word, BOLD, 1) for word in text.split()), default=0)
        if longest:
            size = min(size, (width - 6) / longest)  # 6: the cell's padding
    return max(SMALLEST_HEADER, int(size * 4) / 4)


def _header(text: str, size: float) -> Paragraph:
    style = ParagraphStyle(
        "header", parent=HEAD, fontSize=size, leading=size * 1.2, alignment=TA_CENTER
    )
    return Paragraph(markup(text), style)


def _style(figure: bool, bold: bool) -> ParagraphStyle:
    if figure:
        return FIGURE_BOLD if bold else FIGURE
    return NAME_BOLD if bold else NAME
