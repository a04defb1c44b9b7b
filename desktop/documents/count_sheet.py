"""The stock-take count sheet of one location (lembar stok opname): A4 portrait, on the
centre's letterhead, in the desk's language.

One row per item the ledger says is there: name, asset tag, unit, the quantity expected, a
blank box for what is counted and room for a note ("needle broken", "found in the cupboard").
The header says which place and on which day; the foot has signature lines for who counted
and who checked. The header row repeats on every page and each footer says "Page 2 of 3", so
a dropped sheet goes back in order. What it prints (`CountSheet`) is gathered by
desktop.services.inventory_stock_take.count_sheet.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop.documents.cohort_roster_parts import (
    CELL,
    DETAILS_STYLE,
    HEAD,
    NOTE,
    SUBTITLE,
    TABLE_STYLE,
    TITLE_STYLE,
)
from desktop.documents.fonts import REGULAR, clean, register_fonts
from desktop.documents.intake_layout import WIDTH, mm
from desktop.documents.language import DOCUMENTS, Translate, translator
from desktop.documents.letterhead_document import render_on_letterhead
from desktop.domain.centre import CentreProfile
from desktop.domain.formatting import format_date
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.inventory import ItemKind, Unit, format_quantity

INVENTORY = "inventory"  # the translation context of units
NAME = QT_TRANSLATE_NOOP("documents", "Stock-take count sheet")
HEADER = (
    QT_TRANSLATE_NOOP("documents", "No."),
    QT_TRANSLATE_NOOP("documents", "Item"),
    QT_TRANSLATE_NOOP("documents", "Asset tag"),
    QT_TRANSLATE_NOOP("documents", "Unit"),
    QT_TRANSLATE_NOOP("documents", "Expected"),
    QT_TRANSLATE_NOOP("documents", "Counted"),
    QT_TRANSLATE_NOOP("documents", "Notes"),
)
WIDTHS_MM = (9, 0, 22, 15, 19, 22, 34)  # the item's name takes what the others leave
# Padding above and below each row's text: a row of one line is about 9 mm tall, room to
# write a number by hand; a long name makes its row taller.
ROW_PADDING = 8
NUMBER_CELL = ParagraphStyle("number", parent=CELL, alignment=2)
SIGN = ParagraphStyle("sign", parent=CELL, fontSize=9.5, leading=12, alignment=1)


@dataclass(frozen=True)
class CountLine:
    """One item the ledger says is at the location."""

    item_id: int
    kind: ItemKind
    name: str
    asset_tag: str
    serial_number: str
    unit: Unit
    expected_milli: int


@dataclass(frozen=True)
class CountSheet:
    """What the count sheet prints: the place, the day, and every item expected there."""

    centre_name: str
    location_id: int
    location_label: str  # "Gudang (Cabang Sleman)"
    printed_on: date
    lines: tuple[CountLine, ...]


def render_count_sheet(centre: CentreProfile, sheet: CountSheet, *, language: str = "id") -> bytes:
    """The count sheet as PDF bytes, in `language` ("id" or "en")."""
    register_fonts()
    return _Sheet(centre, sheet, language, translator(language)).pdf()


class _Sheet:
    def __init__(
        self, centre: CentreProfile, sheet: CountSheet, language: str, tr: Translate
    ) -> None:
        self.centre, self.sheet, self.language, self.tr = centre, sheet, language, tr

    def t(self, source: str, **params: Any) -> str:
        text = self.tr(DOCUMENTS, source)
        return text.format(**params) if params else text

    def pdf(self) -> bytes:
        return render_on_letterhead(
            self._story(),
            centre=self.centre,
            title=f"{self.t(NAME)} {self.sheet.location_label}",
            footer_name=f"{self.t(NAME)} · {self.sheet.location_label}",
            printed_on=format_date(self.sheet.printed_on, self.language),
            tr=self.tr,
        )

    def _story(self) -> list[Any]:
        title = QT_TRANSLATE_NOOP("documents", "STOCK-TAKE COUNT SHEET")
        return [
            Paragraph(_markup(self.t(title)), TITLE_STYLE),
            Paragraph(_markup(self.sheet.location_label), SUBTITLE),
            Spacer(0, 4 * mm),
            self._details(),
            Spacer(0, 4 * mm),
            *self._table(),
            KeepTogether([Spacer(0, 10 * mm), self._signatures()]),
        ]

    def _details(self) -> Table:
        blank = "." * 30
        rows = [
            (QT_TRANSLATE_NOOP("documents", "Location"), self.sheet.location_label),
            (
                QT_TRANSLATE_NOOP("documents", "Expected as of"),
                format_date(self.sheet.printed_on, self.language),
            ),
            (QT_TRANSLATE_NOOP("documents", "Counted on"), blank),
        ]
        cells = [
            [Paragraph(_markup(self.t(label)), HEAD), Paragraph(_markup(value), CELL)]
            for label, value in rows
        ]
        return Table(cells, colWidths=[32 * mm, WIDTH - 32 * mm], style=TableStyle(DETAILS_STYLE))

    def _table(self) -> list[Any]:
        if not self.sheet.lines:
            empty = QT_TRANSLATE_NOOP(
                "documents",
                "The ledger has nothing at this place. Write down anything found here.",
            )
            return [Paragraph(_markup(self.t(empty)), NOTE), Spacer(0, 2 * mm), self._grid([])]
        rows = [
            [
                Paragraph(str(number), CELL),
                Paragraph(_markup(line.name), CELL),
                Paragraph(_markup(line.asset_tag), CELL),
                Paragraph(_markup(self.tr(INVENTORY, line.unit.label)), CELL),
                Paragraph(format_quantity(line.expected_milli, self.language), NUMBER_CELL),
                "",
                "",
            ]
            for number, line in enumerate(self.sheet.lines, start=1)
        ]
        return [self._grid(rows)]

    def _grid(self, rows: list[list[Any]]) -> Table:
        """The table, with a few blank rows at the end for things found that the ledger does
        not list there."""
        blank: list[Any] = [Paragraph("&nbsp;", CELL)] + [""] * (len(HEADER) - 1)
        header = [Paragraph(_markup(self.t(text)), HEAD) for text in HEADER]
        widths = [width * mm for width in WIDTHS_MM]
        widths[1] = WIDTH - sum(widths)
        body = [*rows, *([blank] * 3)]
        style = [
            *TABLE_STYLE,
            ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 1), (-1, -1), ROW_PADDING),
            ("BOTTOMPADDING", (0, 1), (-1, -1), ROW_PADDING),
            # The counted column stands out: it is the one to fill in.
            ("LINEBEFORE", (5, 0), (5, -1), 1.2, "black"),
            ("LINEAFTER", (5, 0), (5, -1), 1.2, "black"),
        ]
        return Table(
            [header, *body],
            colWidths=widths,
            repeatRows=1,
            style=TableStyle(style),
        )

    def _signatures(self) -> Table:
        """Who counted and who checked: a role, room to sign, a line for the name."""

        def block(role: str) -> list[Paragraph]:
            return [
                Paragraph(_markup(self.t(role)), SIGN),
                Paragraph("<br/><br/><br/>", SIGN),  # room to sign
                Paragraph(_markup(f"( {'.' * 40} )"), SIGN),
            ]

        counted = block(QT_TRANSLATE_NOOP("documents", "Counted by,"))
        checked = block(QT_TRANSLATE_NOOP("documents", "Checked by,"))
        column = 70 * mm
        return Table(
            [[counted, "", checked]],
            colWidths=[column, WIDTH - 2 * column, column],
            style=TableStyle(
                [("FONTNAME", (0, 0), (-1, -1), REGULAR), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            ),
        )


def _markup(text: str) -> str:
    """Text for a Paragraph, which reads markup: a name with "&" or "<" prints as typed."""
    return escape(clean(text)).replace("\n", "<br/>")
