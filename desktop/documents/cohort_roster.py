"""The cohort's roster on paper (daftar peserta): the centre's letterhead, what the cohort is
(programme, dates, weekly schedule, place, instructors, funding, sponsors, seats), the people
in it, and the waiting list in the order free seats are offered, with the reason for each
position.

A4 portrait, in the desk's language. The tables are ReportLab flowables: long names wrap in
their cell, the header row repeats on every page, and each footer says "Page 2 of 3" (the
pages are held until the last is known, see `NumberedCanvas`). What it prints (`RosterSheet`),
the styles and the page furniture are in desktop.documents.cohort_roster_parts.

Privacy (UU PDP): the roster is pinned on boards and handed to instructors and sponsors, so it
carries no NIK and no phone number; name, sex, age and village are what a class list needs.
`RosterPerson` and `WaitingPerson` (cohort_roster_parts) have no field for anything else.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.platypus import (  # type: ignore[import-untyped]
    CondPageBreak,
    Flowable,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop.documents.cohort_roster_parts import (
    CELL,
    DAYS,
    DETAILS_STYLE,
    HEAD,
    HEADING,
    HEADING_ROOM,
    NOTE,
    SEX,
    SUBTITLE,
    TABLE_STYLE,
    TITLE_STYLE,
    RosterSheet,
    WaitingPerson,
)
from desktop.documents.fonts import clean, register_fonts
from desktop.documents.intake_layout import WIDTH, mm
from desktop.documents.language import DOCUMENTS, Translate, translator
from desktop.documents.letterhead_document import render_on_letterhead
from desktop.domain.centre import CentreProfile
from desktop.domain.enrolment import ScorePart
from desktop.domain.formatting import format_date
from desktop.domain.i18n import QT_TRANSLATE_NOOP

COHORTS, ENROLMENT, WAITLIST = "cohorts", "enrolment", "waitlist"  # contexts of domain labels
TITLE = QT_TRANSLATE_NOOP("documents", "PARTICIPANT LIST")
NAME = QT_TRANSLATE_NOOP("documents", "Participant list")
NO, NAME_, VILLAGE = (
    QT_TRANSLATE_NOOP("documents", "No."),
    QT_TRANSLATE_NOOP("documents", "Name"),
    QT_TRANSLATE_NOOP("documents", "Village"),
)
PEOPLE_HEADER = (
    NO,
    NAME_,
    QT_TRANSLATE_NOOP("documents", "M/F"),
    QT_TRANSLATE_NOOP("documents", "Age"),
    VILLAGE,
    QT_TRANSLATE_NOOP("documents", "Status"),
)
WAITING_HEADER = (
    NO,
    NAME_,
    VILLAGE,
    QT_TRANSLATE_NOOP("documents", "Score"),
    QT_TRANSLATE_NOOP("documents", "Reason for the position"),
)


def render_cohort_roster(
    centre: CentreProfile, sheet: RosterSheet, *, language: str = "id", today: date | None = None
) -> bytes:
    """The roster as PDF bytes."""
    register_fonts()
    return _Roster(centre, sheet, language, translator(language), today or date.today()).pdf()


class _Roster:
    def __init__(
        self, centre: CentreProfile, sheet: RosterSheet, language: str, tr: Translate, today: date
    ) -> None:
        self.centre, self.sheet, self.language, self.tr = centre, sheet, language, tr
        self.today = today

    def t(self, source: str, **params: Any) -> str:
        text = self.tr(DOCUMENTS, source)
        return text.format(**params) if params else text

    def pdf(self) -> bytes:
        return render_on_letterhead(
            self._story(),
            centre=self.centre,
            title=f"{self.t(NAME)} {self.sheet.cohort_code}",
            footer_name=f"{self.t(NAME)} · {self.sheet.cohort_code}",
            printed_on=self._date(self.today),
            tr=self.tr,
        )

    # -- the story: title, details, the two tables

    def _story(self) -> list[Any]:
        sheet = self.sheet
        return [
            Paragraph(_markup(self.t(TITLE)), TITLE_STYLE),
            Paragraph(_markup(f"{sheet.programme_name} · {sheet.cohort_code}"), SUBTITLE),
            Spacer(0, 4 * mm),
            self._details(),
            *self._heading(QT_TRANSLATE_NOOP("documents", "Participants"), len(sheet.people)),
            *self._people(),
            *self._heading(QT_TRANSLATE_NOOP("documents", "Waiting list"), len(sheet.waiting)),
            *self._waiting(),
        ]

    def _heading(self, label: str, count: int) -> list[Flowable]:
        return [
            CondPageBreak(HEADING_ROOM),
            Paragraph(_markup(f"{self.t(label)} ({count})"), HEADING),
        ]

    def _note(self, source: str) -> Paragraph:
        return Paragraph(_markup(self.t(source)), NOTE)

    def _details(self) -> Table:
        s = self.sheet
        seats = QT_TRANSLATE_NOOP("documents", "{capacity} seats: {taken} taken, {free} free")
        free = max(0, s.capacity - s.seats_taken)
        left = [
            (QT_TRANSLATE_NOOP("documents", "Programme"), s.programme_name),
            (QT_TRANSLATE_NOOP("documents", "Skill area"), s.skill_area),
            (
                QT_TRANSLATE_NOOP("documents", "Cohort"),
                f"{s.cohort_code} ({self.tr(COHORTS, s.status.label)})",
            ),
            (
                QT_TRANSLATE_NOOP("documents", "Dates"),
                f"{self._date(s.start_date)} – {self._date(s.end_date)}",
            ),
            (QT_TRANSLATE_NOOP("documents", "Schedule"), self._schedule()),
        ]
        right = [
            (
                QT_TRANSLATE_NOOP("documents", "Place"),
                ", ".join(p for p in (s.room, s.branch) if p),
            ),
            (QT_TRANSLATE_NOOP("documents", "Instructors"), ", ".join(s.instructors)),
            (QT_TRANSLATE_NOOP("documents", "Funding"), self.tr(COHORTS, s.funding.label)),
            (QT_TRANSLATE_NOOP("documents", "Sponsors"), ", ".join(s.sponsors)),
            (
                QT_TRANSLATE_NOOP("documents", "Capacity"),
                self.t(seats, capacity=s.capacity, taken=s.seats_taken, free=free),
            ),
        ]
        rows = [
            [
                Paragraph(_markup(text), HEAD if column % 2 == 0 else CELL)
                for column, text in enumerate(
                    (self.t(label_a), value_a or "—", self.t(label_b), value_b or "—")
                )
            ]
            for (label_a, value_a), (label_b, value_b) in zip(left, right, strict=True)
        ]
        widths = [26 * mm, 62 * mm, 26 * mm, WIDTH - 114 * mm]
        return Table(rows, colWidths=widths, style=TableStyle(DETAILS_STYLE))

    def _people(self) -> list[Any]:
        if not self.sheet.people:
            return [self._note(QT_TRANSLATE_NOOP("documents", "Nobody holds a seat yet."))]
        sexes = SEX.get(self.language, SEX["id"])
        rows = [
            [
                str(number),
                person.full_name,
                sexes.get(person.sex, person.sex),
                "" if person.age is None else str(person.age),
                person.village,
                self.tr(ENROLMENT, person.status.label),
            ]
            for number, person in enumerate(self.sheet.people, start=1)
        ]
        return [self._table(PEOPLE_HEADER, rows, [10, 58, 10, 13, 42])]

    def _waiting(self) -> list[Any]:
        if not self.sheet.waiting:
            return [self._note(QT_TRANSLATE_NOOP("documents", "Nobody is waiting."))]
        explain = QT_TRANSLATE_NOOP(
            "documents",
            "In the order in which free seats are offered: the highest score first; the parts of "
            "the score are the reason for each position. Equal scores go by who applied first.",
        )
        rows = [
            [
                str(person.position),
                person.full_name,
                person.village,
                self._number(person.score),
                self._reasons(person),
            ]
            for person in self.sheet.waiting
        ]
        table = self._table(WAITING_HEADER, rows, [10, 50, 34, 14])
        return [self._note(explain), Spacer(0, 2 * mm), table]

    def _table(self, header: Sequence[str], rows: list[list[str]], widths_mm: list[int]) -> Table:
        """A table whose header row repeats on every page; the last column takes the rest."""
        widths = [width * mm for width in widths_mm]
        cells = [[Paragraph(_markup(self.t(text)), HEAD) for text in header]]
        cells += [[Paragraph(_markup(text), CELL) for text in row] for row in rows]
        return Table(
            cells,
            colWidths=[*widths, WIDTH - sum(widths)],
            repeatRows=1,
            style=TableStyle(TABLE_STYLE),
        )

    # -- values as printed

    def _date(self, day: date) -> str:
        return format_date(day, self.language)

    def _number(self, value: float) -> str:
        text = f"{value:.2f}".rstrip("0").rstrip(".")
        return text.replace(".", ",") if self.language == "id" else text

    def _reasons(self, person: WaitingPerson) -> str:
        parts = [
            f"{self._part(part)} ({'+' if part.points >= 0 else ''}{self._number(part.points)})"
            for part in person.parts
        ]
        if person.tie_break:
            parts.append(
                self.t(QT_TRANSLATE_NOOP("documents", "same score as above, applied later"))
            )
        return "; ".join(parts)

    def _part(self, part: ScorePart) -> str:
        text = self.tr(WAITLIST, part.text)
        return text.format(**part.params) if part.params else text

    def _schedule(self) -> str:
        """Days sharing their hours together: "Senin, Rabu 08.00–12.00; Jumat 13.00–16.00"."""
        days = DAYS.get(self.language, DAYS["id"])
        separator = "." if self.language == "id" else ":"
        by_hours: dict[str, list[str]] = {}
        for slot in sorted(self.sheet.slots):
            hours = "–".join(f"{t:%H}{separator}{t:%M}" for t in (slot.starts, slot.ends))
            by_hours.setdefault(hours, []).append(days[slot.weekday])
        return "; ".join(f"{', '.join(names)} {hours}" for hours, names in by_hours.items())


def _markup(text: str) -> str:
    """Text for a Paragraph, which reads markup: a name with "&" or "<" prints as typed."""
    return escape(clean(text)).replace("\n", "<br/>")
