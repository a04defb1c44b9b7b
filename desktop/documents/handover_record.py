"""The handover record (berita acara serah terima, "BAST") of a starter kit or a piece of
equipment given to a participant for good: A4 portrait, on the centre's letterhead.

It reads as Indonesian records do: the number under the title; "Pada hari ini Senin tanggal
dua puluh tiga bulan November tahun dua ribu dua puluh enam (23/11/2026)"; the two parties
(the centre's head, acting for the centre, as the first party; the participant by name and
address as the second); the things handed over (name, asset tag or serial number, quantity,
condition); what both declare; and the two signatures. Indonesian by default, the legal
language of the paper; the text is English source marked for translation ("documents"
context), so an English desk can print it too. What it prints (`HandoverRecord`), the date in
words and the styles are in desktop.documents.handover_record_parts.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.platypus import (  # type: ignore[import-untyped]
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop.documents.cohort_roster_parts import DETAILS_STYLE, TABLE_STYLE
from desktop.documents.fonts import REGULAR, register_fonts
from desktop.documents.handover_record_parts import (
    BODY,
    CELL,
    CENTRED,
    HEAD,
    NUMBER,
    TITLE,
    HandoverLine,
    HandoverRecord,
    date_in_words,
    markup,
)
from desktop.documents.intake_layout import WIDTH, mm
from desktop.documents.language import DOCUMENTS, Translate, translator
from desktop.documents.letterhead_document import render_on_letterhead
from desktop.domain.formatting import format_date
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.inventory import format_quantity

__all__ = ["HandoverLine", "HandoverRecord", "render_handover_record"]

INVENTORY = "inventory"  # the translation context of units and conditions
NAME = QT_TRANSLATE_NOOP("documents", "Handover record")
NUMBER_LINE = QT_TRANSLATE_NOOP("documents", "Number: {number}")
FIRST, SECOND = (
    QT_TRANSLATE_NOOP("documents", "FIRST PARTY"),
    QT_TRANSLATE_NOOP("documents", "SECOND PARTY"),
)
ITEMS_HEADER = (
    QT_TRANSLATE_NOOP("documents", "No."),
    QT_TRANSLATE_NOOP("documents", "Item"),
    QT_TRANSLATE_NOOP("documents", "Asset tag / serial number"),
    QT_TRANSLATE_NOOP("documents", "Quantity"),
    QT_TRANSLATE_NOOP("documents", "Condition"),
)
STATEMENTS = (
    QT_TRANSLATE_NOOP(
        "documents",
        "The SECOND PARTY has received the goods above complete and in the condition stated.",
    ),
    QT_TRANSLATE_NOOP(
        "documents",
        "From the signing of this record the goods are the property and the responsibility of "
        "the SECOND PARTY, to be used to practise the skills learnt and to earn a living.",
    ),
)
CLOSING = QT_TRANSLATE_NOOP(
    "documents",
    "This record is made in duplicate, each copy with the same force, and signed by both "
    "parties to be used as is proper.",
)


def render_handover_record(
    record: HandoverRecord, *, language: str = "id", today: date | None = None
) -> bytes:
    """The record as PDF bytes, in `language` (Indonesian unless asked otherwise); `today`
    is the printed date in the footer (default: the computer's today)."""
    register_fonts()
    return _Record(record, language, translator(language), today or date.today()).pdf()


class _Record:
    def __init__(self, record: HandoverRecord, language: str, tr: Translate, today: date) -> None:
        self.record, self.language, self.tr, self.today = record, language, tr, today

    def t(self, source: str, **params: Any) -> str:
        text = self.tr(DOCUMENTS, source)
        return text.format(**params) if params else text

    def pdf(self) -> bytes:
        return render_on_letterhead(
            self._story(),
            centre=self.record.centre,
            title=f"{self.t(NAME)} {self.record.number}",
            footer_name=f"{self.t(NAME)} · {self.record.number}",
            printed_on=format_date(self.today, self.language),
            tr=self.tr,
        )

    # -- the story

    def _story(self) -> list[Any]:
        record = self.record
        words = date_in_words(record.handed_on, self.language)
        opening = QT_TRANSLATE_NOOP(
            "documents",
            "On this day, {weekday}, day {day} of the month of {month} in the year {year} "
            "({date}), we the undersigned:",
        )
        gives = QT_TRANSLATE_NOOP(
            "documents",
            "The FIRST PARTY hands over to the SECOND PARTY, and the SECOND PARTY receives from "
            "the FIRST PARTY, the following goods:",
        )
        story: list[Any] = [
            Paragraph(markup(self.t(QT_TRANSLATE_NOOP("documents", "HANDOVER RECORD"))), TITLE),
            Paragraph(markup(self.t(NUMBER_LINE, number=record.number)), NUMBER),
            Spacer(0, 6 * mm),
            self._para(
                self.t(
                    opening,
                    weekday=words.weekday,
                    day=words.day,
                    month=words.month,
                    year=words.year,
                    date=words.numeric,
                )
            ),
            Spacer(0, 2 * mm),
            *self._first_party(),
            Spacer(0, 2 * mm),
            *self._second_party(),
            Spacer(0, 3 * mm),
            self._para(self.t(gives)),
            Spacer(0, 2 * mm),
            self._items(),
            Spacer(0, 4 * mm),
            *self._statements(),
        ]
        story.append(KeepTogether([Spacer(0, 8 * mm), self._signatures()]))
        return story

    def _para(self, text: str) -> Paragraph:
        return Paragraph(markup(text), BODY)

    def _details(self, number: int, rows: list[tuple[str, str]]) -> Table:
        """The party's number, then label : value lines."""
        cells = [
            [
                Paragraph(f"{number}.", CELL) if index == 0 else "",
                Paragraph(markup(self.t(label)), CELL),
                Paragraph(":", CELL),
                Paragraph(markup(value or "—"), CELL),
            ]
            for index, (label, value) in enumerate(rows)
        ]
        style = [line for line in DETAILS_STYLE if line[0] != "LINEBELOW"]
        return Table(
            cells,
            colWidths=[8 * mm, 32 * mm, 4 * mm, WIDTH - 44 * mm],
            style=TableStyle(style),
        )

    def _first_party(self) -> list[Any]:
        centre = self.record.centre
        rows = [
            (QT_TRANSLATE_NOOP("documents", "Name"), centre.head_name),
            (QT_TRANSLATE_NOOP("documents", "Position"), centre.head_title),
        ]
        if centre.head_nip:
            rows.append((QT_TRANSLATE_NOOP("documents", "NIP"), centre.head_nip))
        address = " · ".join(line.strip() for line in centre.address.splitlines() if line.strip())
        rows.append((QT_TRANSLATE_NOOP("documents", "Address"), address))
        acting = QT_TRANSLATE_NOOP(
            "documents",
            "acting for and on behalf of {centre}, hereinafter called the FIRST PARTY.",
        )
        return [self._details(1, rows), self._indented(self.t(acting, centre=centre.name))]

    def _second_party(self) -> list[Any]:
        record = self.record
        rows = [
            (QT_TRANSLATE_NOOP("documents", "Name"), record.participant_name),
            (QT_TRANSLATE_NOOP("documents", "Address"), record.participant_address),
        ]
        if record.training:
            rows.append((QT_TRANSLATE_NOOP("documents", "Training"), record.training))
        called = QT_TRANSLATE_NOOP(
            "documents", "acting for themselves, hereinafter called the SECOND PARTY."
        )
        return [self._details(2, rows), self._indented(self.t(called))]

    def _indented(self, text: str) -> Table:
        return Table(
            [["", self._para(text)]],
            colWidths=[8 * mm, WIDTH - 8 * mm],
            style=TableStyle(
                [("FONTNAME", (0, 0), (-1, -1), REGULAR), ("LEFTPADDING", (0, 0), (-1, -1), 2)]
            ),
        )

    def _items(self) -> Table:
        header = [Paragraph(markup(self.t(text)), HEAD) for text in ITEMS_HEADER]
        rows = [
            [Paragraph(markup(text), CELL) for text in self._item_cells(number, line)]
            for number, line in enumerate(self.record.lines, start=1)
        ]
        widths = [10 * mm, WIDTH - 110 * mm, 44 * mm, 28 * mm, 28 * mm]
        return Table([header, *rows], colWidths=widths, repeatRows=1, style=TableStyle(TABLE_STYLE))

    def _item_cells(self, number: int, line: HandoverLine) -> list[str]:
        marks = " / ".join(part for part in (line.asset_tag, line.serial_number) if part)
        unit = self.tr(INVENTORY, line.unit.label)
        quantity = f"{format_quantity(line.quantity_milli, self.language)} {unit}"
        condition = self.tr(INVENTORY, line.condition.label) if line.condition else "—"
        return [str(number), line.name, marks or "—", quantity, condition]

    def _statements(self) -> list[Any]:
        lines = [self.t(text) for text in STATEMENTS]
        if self.record.notes:
            notes = QT_TRANSLATE_NOOP("documents", "Notes: {notes}")
            lines.append(self.t(notes, notes=self.record.notes))
        numbered = Table(
            [
                [Paragraph(f"{number}.", BODY), self._para(text)]
                for number, text in enumerate(lines, start=1)
            ],
            colWidths=[8 * mm, WIDTH - 8 * mm],
            style=TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            ),
        )
        return [numbered, Spacer(0, 3 * mm), self._para(self.t(CLOSING))]

    def _signatures(self) -> Table:
        """The first party on the left, who hands over; the second on the right, who
        receives; each with room to sign and the name in brackets."""
        record = self.record
        handed_over = QT_TRANSLATE_NOOP("documents", "Handed over by,")
        received = QT_TRANSLATE_NOOP("documents", "Received by,")
        nip = QT_TRANSLATE_NOOP("documents", "NIP {nip}")

        def block(role: str, party: str, name: str, below: str) -> list[Paragraph]:
            return [
                Paragraph(markup(self.t(role)), CENTRED),
                Paragraph(markup(self.t(party)), CENTRED),
                Paragraph("<br/><br/><br/><br/>", CENTRED),  # room to sign (and a stamp)
                Paragraph(markup(f"( {name or '.' * 40} )"), CENTRED),
                Paragraph(markup(below) or "&nbsp;", CENTRED),
            ]

        head = record.centre
        left = block(
            handed_over,
            FIRST,
            head.head_name,
            self.t(nip, nip=head.head_nip) if head.head_nip else "",
        )
        right = block(received, SECOND, record.participant_name, "")
        column = 75 * mm
        return Table(
            [[left, "", right]],
            colWidths=[column, WIDTH - 2 * column, column],
            style=TableStyle(
                [("FONTNAME", (0, 0), (-1, -1), REGULAR), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            ),
        )
