"""A sponsor's impact report on paper: the centre's letterhead, the sponsor's logo, name and
the period, then a table per part of the report (desktop.documents.sponsor_impact_parts):
money and items given, the cohorts, equipment lent or handed over, materials issued, the
participants reached, completion and certificates, follow-up outcomes.

A4 portrait, in the language the caller asks for, DejaVu embedded, "Page 2 of 3" in every
footer (the page frame of the cohort roster: letterhead_document). Figures only: the
report it prints has no field for anything about one person.
"""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

from PIL import Image as PilImage
from PIL import UnidentifiedImageError
from reportlab.lib.enums import TA_RIGHT  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    CondPageBreak,
    Flowable,
    Image,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop.documents import sponsor_impact_parts as w
from desktop.documents.cohort_roster_parts import (
    CELL,
    HEAD,
    HEADING,
    HEADING_ROOM,
    NOTE,
    SHADE,
    SUBTITLE,
    TABLE_STYLE,
    TITLE_STYLE,
)
from desktop.documents.fonts import BOLD, clean, register_fonts
from desktop.documents.intake_layout import WIDTH, mm
from desktop.documents.language import Translate, translator
from desktop.documents.letterhead_document import render_on_letterhead
from desktop.documents.sponsor_impact_figures import Figures, Group, Section
from desktop.documents.sponsor_impact_parts import ImpactReport
from desktop.domain.centre import CentreProfile

LOGO_HEIGHT, LOGO_WIDTH = 22 * mm, 70 * mm
NUMBER = ParagraphStyle("number", parent=CELL, alignment=TA_RIGHT)
NUMBER_HEAD = ParagraphStyle("number_head", parent=HEAD, alignment=TA_RIGHT)
SPONSOR = ParagraphStyle("sponsor", parent=SUBTITLE, fontName=BOLD, fontSize=12, leading=15)


def render_impact_pdf(
    centre: CentreProfile, report: ImpactReport, *, language: str = "id"
) -> bytes:
    """The report as PDF bytes, dated the report's `today`."""
    register_fonts()
    return _Impact(centre, report, language, translator(language)).pdf()


class _Impact:
    def __init__(
        self, centre: CentreProfile, report: ImpactReport, language: str, tr: Translate
    ) -> None:
        self.centre, self.report, self.tr = centre, report, tr
        self.f = Figures(report, language, tr)

    def pdf(self) -> bytes:
        title = f"{self.f.t(w.NAME)} · {self.report.sponsor_name}"
        return render_on_letterhead(
            self._story(),
            centre=self.centre,
            title=title,
            footer_name=title,
            printed_on=self.f.day(self.report.today),
            tr=self.tr,
        )

    # -- the story

    def _story(self) -> list[Any]:
        f, report = self.f, self.report
        story: list[Any] = [*self._logo(), Paragraph(_markup(f.t(w.TITLE)), TITLE_STYLE)]
        story += [
            Paragraph(_markup(report.sponsor_name), SPONSOR),
            Paragraph(_markup(f"{f.kind()} · {f.period()}"), SUBTITLE),
            Spacer(0, 4 * mm),
        ]
        if report.empty:
            story.append(Paragraph(_markup(f.t(w.NOTHING)), HEAD))
        for section in f.sections():
            story += [CondPageBreak(HEADING_ROOM), Paragraph(_markup(section.title), HEADING)]
            story += self._table(section)
            if section.note:
                story += [Spacer(0, 2 * mm), Paragraph(_markup(section.note), NOTE)]
        story += [Spacer(0, 6 * mm), Paragraph(_markup(f.t(w.PRIVACY)), NOTE)]
        return story

    def _logo(self) -> list[Flowable]:
        """The sponsor's logo, centred above the title, or nothing when it has none or it
        cannot be read (a broken logo must not stop the report)."""
        data = self.report.logo_png
        if not data:
            return []
        try:
            with PilImage.open(io.BytesIO(data)) as image:
                width, height = image.size
        except (UnidentifiedImageError, OSError, ValueError, PilImage.DecompressionBombError):
            return []
        scale = min(LOGO_HEIGHT / height, LOGO_WIDTH / width)
        logo = Image(io.BytesIO(data), width * scale, height * scale)
        logo.hAlign = "CENTER"
        return [logo, Spacer(0, 3 * mm)]

    def _table(self, section: Section) -> list[Flowable]:
        """The section's table, its header repeated on every page; figures set to the right,
        a total in a shaded last row, a group's name across a shaded row."""
        if not section.rows:
            return [Paragraph(_markup(section.empty), NOTE)]
        columns = section.columns
        given = sum(column.width_mm for column in columns) * mm
        widths = [column.width_mm * mm or WIDTH - given for column in columns]
        cells = [[Paragraph(_markup(c.header), NUMBER_HEAD if c.figure else HEAD) for c in columns]]
        style = list(TABLE_STYLE)
        for number, row in enumerate(section.rows, start=1):
            if isinstance(row[0], Group):
                style += [
                    ("SPAN", (0, number), (-1, number)),
                    ("BACKGROUND", (0, number), (-1, number), SHADE),
                ]
                cells.append([Paragraph(_markup(row[0].title), HEAD), *([""] * (len(row) - 1))])
                continue
            bold = section.total and number == len(section.rows)
            cells.append(
                [
                    Paragraph(_markup(self.f.text(cell)), _style(column.figure, bold))
                    for cell, column in zip(row, columns, strict=True)
                ]
            )
        if section.total:
            style.append(("BACKGROUND", (0, -1), (-1, -1), SHADE))
        return [Table(cells, colWidths=widths, repeatRows=1, style=TableStyle(style))]


def _style(figure: bool, bold: bool) -> ParagraphStyle:
    if figure:
        return NUMBER_HEAD if bold else NUMBER
    return HEAD if bold else CELL


def _markup(text: str) -> str:
    """Text for a Paragraph, which reads markup: a name with "&" or "<" prints as typed."""
    return escape(clean(text)).replace("\n", "<br/>")
