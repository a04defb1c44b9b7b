"""The printed answer to an access request: everything the centre holds about one person, on
A4 portrait on the centre's letterhead, from the record desktop.services.person_record builds
(the same one written as JSON beside it).

Sections: the person (identity, address, contact, education and work, disability and needs,
social assistance), consents, enrolments (with attendance counts and test scores), follow-up
calls, certificates, equipment, data requests, and when the record was worked on. Values are
printed as stored; choices by their label in the document's language. Empty values print as a
dash, so the person sees that the field exists and holds nothing.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from reportlab.lib.utils import ImageReader  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    CondPageBreak,
    Image,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop.documents.cohort_roster_parts import (
    CELL,
    DETAILS_STYLE,
    HEAD,
    HEADING,
    HEADING_ROOM,
    SUBTITLE,
    TABLE_STYLE,
    TITLE_STYLE,
)
from desktop.documents.fonts import register_fonts
from desktop.documents.handover_record_parts import markup
from desktop.documents.intake_layout import WIDTH, mm
from desktop.documents.language import CHOICES, DOCUMENTS, Translate, translator
from desktop.documents.letterhead_document import render_on_letterhead
from desktop.documents.person_record_parts import (
    ATTENDANCE,
    AUDIT,
    CHOICE_OF,
    DASH,
    INTRO,
    LABELLED,
    NAME,
    NO,
    PERSON_SECTIONS,
    TABLES,
    YES,
)
from desktop.domain.audit import action_label
from desktop.domain.centre import CentreProfile
from desktop.domain.formatting import format_date, format_rupiah
from desktop.domain.phone import display_phone


def render_person_record(
    record: dict[str, Any], *, centre: CentreProfile, language: str = "id", today: date
) -> bytes:
    register_fonts()
    return _Printer(record, centre, language, translator(language)).pdf(today)


def _photo(encoded: str | None) -> Image | None:
    """The photo as printed, or None when there is none or it cannot be read (the JSON
    still carries its bytes)."""
    if not encoded:
        return None
    data = base64.b64decode(encoded)
    try:
        width, height = ImageReader(io.BytesIO(data)).getSize()
    except Exception:
        return None
    shown_height = 33 * mm
    return Image(io.BytesIO(data), width=shown_height * width / height, height=shown_height)


class _Printer:
    def __init__(
        self, record: dict[str, Any], centre: CentreProfile, language: str, tr: Translate
    ) -> None:
        self.record, self.centre, self.language, self.tr = record, centre, language, tr

    def t(self, source: str, **params: Any) -> str:
        text = self.tr(DOCUMENTS, source)
        return text.format(**params) if params else text

    def pdf(self, today: date) -> bytes:
        name = self.record["participant"]["full_name"]
        return render_on_letterhead(
            self._story(),
            centre=self.centre,
            title=f"{self.t(NAME)} · {name}",
            footer_name=f"{self.t(NAME)} · {name}",
            printed_on=format_date(today, self.language),
            tr=self.tr,
        )

    def _story(self) -> list[Any]:
        person = self.record["participant"]
        story: list[Any] = [
            Paragraph(markup(self.t(NAME).upper()), TITLE_STYLE),
            Paragraph(markup(person["full_name"]), SUBTITLE),
            Spacer(0, 3 * mm),
            Paragraph(markup(self.t(INTRO, centre=self.centre.name)), CELL),
        ]
        image = _photo(self.record.get("photo_jpeg_base64"))
        if image is not None:
            story += [Spacer(0, 3 * mm), image]
        for heading, fields in PERSON_SECTIONS:
            rows = [(label, self.value(key, person.get(key))) for key, label in fields]
            story += [*self._heading(heading), self._details(rows)]
        enrolments = self.record["enrolments"]
        calls = [
            {**call, "cohort": enrolment["cohort"]}
            for enrolment in enrolments
            for call in enrolment["follow_up_calls"]
        ]
        lists = {
            "consents": self.record["consents"],
            "enrolments": [self._enrolment(row) for row in enrolments],
            "calls": calls,
            "certificates": self.record["certificates"],
            "loans": self.record["loans"],
            "data_requests": self.record["data_requests"],
            "record_history": self.record["record_history"],
        }
        for key, rows in lists.items():
            heading, columns = TABLES[key]
            story += [*self._heading(heading), self._table(key, columns, rows)]
        return story

    def _enrolment(self, row: dict[str, Any]) -> dict[str, Any]:
        tally = row["attendance"]
        scores = [row["pre_score"], row["post_score"]]
        return {
            **row,
            "attendance": self.t(ATTENDANCE, **tally) if tally else None,
            "scores": " / ".join(DASH if s is None else str(s) for s in scores),
        }

    def value(self, key: str, value: Any) -> str:
        """One stored value as printed."""
        if value is None or value == "" or value == []:
            return DASH
        if isinstance(value, bool):
            return self.t(YES if value else NO)
        if isinstance(value, list):
            return ", ".join(self.value(key, item) for item in value)
        if key == "phone":
            return display_phone(str(value))
        if key == "monthly_income" and isinstance(value, int):
            return format_rupiah(value)
        kind = CHOICE_OF.get(key)
        if kind is not None:
            try:
                return self.tr(CHOICES, kind(str(value)).label)
            except ValueError:
                return str(value)
        if isinstance(value, str) and len(value) >= 10 and value[4] == "-" and value[7] == "-":
            return self._date(value)
        return str(value)

    def _date(self, text: str) -> str:
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            return text
        if len(text) == 10:
            return format_date(moment.date(), self.language)
        local = moment.astimezone()
        return f"{format_date(local.date(), self.language)} {local:%H:%M}"

    def _heading(self, text: str) -> list[Any]:
        return [CondPageBreak(HEADING_ROOM), Paragraph(markup(self.t(text)), HEADING)]

    def _details(self, rows: Sequence[tuple[str, str]]) -> Table:
        cells = [
            [Paragraph(markup(self.t(label)), HEAD), Paragraph(markup(value), CELL)]
            for label, value in rows
        ]
        return Table(cells, colWidths=[45 * mm, WIDTH - 45 * mm], style=TableStyle(DETAILS_STYLE))

    def cell(self, table: str, key: str, value: Any) -> str:
        """A table's value as printed: some columns by their own labels."""
        if table == "record_history" and key == "action":
            return self.tr(AUDIT, action_label(str(value)))
        labelled = LABELLED.get((table, key))
        if labelled is not None and value:
            context, kind = labelled
            try:
                return self.tr(context, kind(str(value)).label)
            except ValueError:
                return str(value)
        if table != "consents" and key == "status":
            return str(value) if value else DASH  # a certificate's: issued, revoked, …
        return self.value(key, value)

    def _table(
        self, table: str, columns: tuple[tuple[str, str], ...], rows: list[dict[str, Any]]
    ) -> Any:
        if not rows:
            return Paragraph(markup(DASH), CELL)
        head = [Paragraph(markup(self.t(label)), HEAD) for _key, label in columns]
        body = [
            [
                Paragraph(markup(self.cell(table, key, row.get(key))), CELL)
                for key, _label in columns
            ]
            for row in rows
        ]
        width = WIDTH / len(columns)
        return Table(
            [head, *body],
            colWidths=[width] * len(columns),
            repeatRows=1,
            style=TableStyle(TABLE_STYLE),
        )
