"""The intake form on paper: blank, to take to villages where there is no laptop, or filled in
from a record, for the participant to check and sign.

The layout is built first as blocks of known height and placed on pages, then drawn, so that
every page can say "Page 2 of 3" and a section never starts at the foot of a page. Every list
of options is the enum of desktop.domain.choices, so paper and screen offer the same choices.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.units import mm as _mm  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

from desktop.documents.fonts import (
    BOLD,
    LEADING,
    REGULAR,
    TICK,
    Fitted,
    draw_fitted,
    draw_lines,
    fit_text,
    register_fonts,
    width_of,
)
from desktop.documents.language import CHOICES, DOCUMENTS, Translate, translator
from desktop.documents.letterhead import draw_letterhead
from desktop.domain import choices
from desktop.domain.centre import CentreProfile
from desktop.domain.choices import Choice
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.participant import ADULT_AGE, ASSISTANCE_BITS, age_on
from desktop.domain.phone import display_phone

mm: float = _mm  # typed, so that every length below is a float to mypy
PAGE_WIDTH: float
PAGE_HEIGHT: float
PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = 18 * mm
RIGHT = PAGE_WIDTH - 18 * mm
WIDTH = RIGHT - LEFT
TOP = PAGE_HEIGHT - 15 * mm
BOTTOM = 24 * mm  # content stops here; the footer sits below, inside the 15 mm margin
FOOTER = 15 * mm

LABEL_SIZE = 7
LABEL_HEIGHT = 9
BOX_HEIGHT = 19  # about 7 mm: room to write by hand
ROW_GAP = 5
CELL = 14.5  # one character box of a NIK or a date
TICK_ROW = 14
TICK_BOX = 9
GAP = 8  # between boxes on one row
SEPARATOR = 8  # the / between the day, month and year boxes
COMB_SIZE = 11
GROUP_LABEL = 32 * mm  # label column of a row of tick boxes
SIGNATURE_HEIGHT = 72  # a thumbprint is about 20 mm tall

FORM_NAME = QT_TRANSLATE_NOOP("documents", "Participant registration form")
RECORD_NO = QT_TRANSLATE_NOOP("documents", "Record no.")
DATE = (2, 2, 4)  # dd/mm/yyyy boxes


# -- layout -----------------------------------------------------------------------------------

Draw = Callable[[Canvas, float, float, float], None]  # (canvas, x, top, width)
DrawAt = Callable[[Canvas, float, float], None]  # (canvas, x, top)


@dataclass(frozen=True)
class Cell:
    """One box, tick group or text on a row. `layout` gives its height, and how to draw it,
    for the width the row leaves it: `width` fixed, or None to share by `weight`."""

    layout: Callable[[float], tuple[float, DrawAt]]
    width: float | None = None
    weight: float = 1


def fixed(height: float, draw: Draw, *, width: float | None = None, weight: float = 1) -> Cell:
    """A cell as tall whatever its width."""

    def layout(given: float) -> tuple[float, DrawAt]:
        return height, lambda canvas, x, top: draw(canvas, x, top, given)

    return Cell(layout, width, weight)


@dataclass(frozen=True)
class Block:
    """A full-width strip: a row of cells, a heading, a paragraph."""

    height: float
    draw: Callable[[Canvas, float], None]  # (canvas, top)


def row(*cells: Cell, gap: float = GAP) -> Block:
    fixed_width = sum(c.width for c in cells if c.width is not None) + gap * (len(cells) - 1)
    weights = sum(c.weight for c in cells if c.width is None) or 1
    widths = [
        c.width if c.width is not None else (WIDTH - fixed_width) * c.weight / weights
        for c in cells
    ]
    laid = [cell.layout(width) for cell, width in zip(cells, widths, strict=True)]

    def draw(canvas: Canvas, top: float) -> None:
        x = LEFT
        for (_, draw_at), width in zip(laid, widths, strict=True):
            draw_at(canvas, x, top)
            x += width + gap

    return Block(max(height for height, _ in laid) + ROW_GAP, draw)


class Layout:
    """Places blocks on pages top to bottom; nothing is drawn until every page is known."""

    def __init__(self, top: float) -> None:
        self.pages: list[list[tuple[Block, float]]] = [[]]
        self.y = top

    def new_page(self) -> None:
        self.pages.append([])
        self.y = TOP

    def place(self, block: Block) -> None:
        if block.height > self.y - BOTTOM and self.pages[-1]:
            self.new_page()
        self.pages[-1].append((block, self.y))
        self.y -= block.height

    def section(self, blocks: Sequence[Block]) -> None:
        """A section starts on a new page when it would fit there but not in what is left of
        this one; its heading always stays with its first row."""
        total = sum(b.height for b in blocks)
        keep = sum(b.height for b in blocks[:2])
        room = self.y - BOTTOM
        if self.pages[-1] and (keep > room or room < total <= TOP - BOTTOM):
            self.new_page()
        for block in blocks:
            self.place(block)


# -- drawing primitives -----------------------------------------------------------------------


def _label(canvas: Canvas, text: str, x: float, top: float, width: float) -> None:
    canvas.setFillGray(0.25)
    draw_fitted(canvas, text, x, top, width, LABEL_HEIGHT, size=LABEL_SIZE, min_size=5.5)
    canvas.setFillGray(0)


def _box(canvas: Canvas, x: float, top: float, width: float, height: float) -> None:
    canvas.setLineWidth(0.6)
    canvas.rect(x, top - height, width, height)


def _tick_box(canvas: Canvas, x: float, middle: float, ticked: bool) -> None:
    canvas.setLineWidth(0.6)
    canvas.rect(x, middle - TICK_BOX / 2, TICK_BOX, TICK_BOX)
    if ticked:
        # A real glyph, not lines: the tick is then text a reader (and a test) can find.
        canvas.setFont(BOLD, 10)
        canvas.drawCentredString(x + TICK_BOX / 2, middle - 3.6, TICK)


def text_box(label: str, value: str, *, lines: int = 1, weight: float = 1) -> Cell:
    """A labelled box to write in; a value too long for it shrinks, then wraps, then is cut."""
    height = BOX_HEIGHT if lines == 1 else lines * 13 + 5

    def draw(canvas: Canvas, x: float, top: float, width: float) -> None:
        _label(canvas, label, x, top, width)
        _box(canvas, x, top - LABEL_HEIGHT, width, height)
        if value:
            draw_fitted(canvas, value, x + 3, top - LABEL_HEIGHT - 1.5, width - 6, height - 3)

    return fixed(LABEL_HEIGHT + height, draw, weight=weight)


def char_boxes(label: str, value: str, segments: Sequence[int], *, separator: str = "/") -> Cell:
    """One box per character (NIK, date, RT): people write digits more legibly in boxes, and
    a missing digit shows. `segments` groups the boxes: [2, 2, 4] is dd/mm/yyyy."""
    positions: list[float] = []  # left edge of each box, from the cell's left
    separators: dict[int, float] = {}  # boxes before a separator -> the separator's centre
    offset = 0.0
    for index, count in enumerate(segments):
        if index:
            separators[len(positions)] = offset + SEPARATOR / 2
            offset += SEPARATOR
        positions += [offset + CELL * i for i in range(count)]
        offset += CELL * count
    # A short comb (the decile's two boxes) still gets its whole label.
    width = max(offset, width_of(label, REGULAR, LABEL_SIZE) + 2)
    if len(positions) <= 2:
        value = value.rjust(len(positions))  # a number sits to the right: " 7"
    baseline = BOX_HEIGHT / 2 + 0.36 * COMB_SIZE

    def draw(canvas: Canvas, x: float, top: float, cell_width: float) -> None:
        _label(canvas, label, x, top, cell_width)
        top -= LABEL_HEIGHT
        canvas.setLineWidth(0.6)
        for left in positions:
            canvas.rect(x + left, top - BOX_HEIGHT, CELL, BOX_HEIGHT)
        if len(value) > len(positions):  # old data longer than the boxes: shown, not lost
            draw_fitted(canvas, value, x + 2, top - 1, offset - 4, BOX_HEIGHT - 2)
            return
        # Characters and separators in reading order, so copied text reads "16/12/1990".
        canvas.setFont(REGULAR, COMB_SIZE)
        chars = iter(value)
        for index, left in enumerate(positions):
            char = next(chars, " ")
            if char != " ":
                canvas.drawCentredString(x + left + CELL / 2, top - baseline, char)
            if index + 1 in separators:
                canvas.drawCentredString(x + separators[index + 1], top - baseline, separator)

    return fixed(LABEL_HEIGHT + BOX_HEIGHT, draw, width=width)


Options = Sequence[tuple[str, bool]]  # (label, ticked)


def tick_grid(
    label: str,
    options: Options,
    columns: int,
    *,
    label_width: float = GROUP_LABEL,
    weight: float = 1,
) -> Cell:
    """A label, then tick boxes in a grid of `columns`. An option too long for its column
    (Indonesian labels run longer than English ones) takes two lines, and its row grows."""

    def layout(width: float) -> tuple[float, DrawAt]:
        widths = _option_widths([text for text, _ in options], columns, width - label_width)
        fits = [_fit_option(text, widths[i % columns]) for i, (text, _) in enumerate(options)]
        rows = [fits[i : i + columns] for i in range(0, len(fits), columns)]
        heights = [max(TICK_ROW, *(f.height + 3 for f in line)) for line in rows]
        title = fit_text(label, label_width - 4, max(sum(heights), 18), size=7.5, min_size=6)

        def draw(canvas: Canvas, x: float, top: float) -> None:
            canvas.setFillGray(0.25)  # the first line level with the first row of options
            draw_lines(canvas, title, x, top - (TICK_ROW - title.size * LEADING) / 2, label_width)
            canvas.setFillGray(0)
            for index, ((_, ticked), fitted) in enumerate(zip(options, fits, strict=True)):
                line, column = divmod(index, columns)
                left = x + label_width + sum(widths[:column])
                middle = top - sum(heights[:line]) - heights[line] / 2
                _tick_box(canvas, left, middle, ticked)
                text_left = left + TICK_BOX + 3
                draw_lines(canvas, fitted, text_left, middle + fitted.height / 2, widths[column])

        return sum(heights), draw

    return Cell(layout, weight=weight)


def _option_widths(texts: Sequence[str], columns: int, room: float) -> list[float]:
    """Equal columns, so the options of several rows line up; a single row whose labels do
    not fit that way shares the room by the labels' lengths instead."""
    equal = [room / columns] * columns
    if len(texts) > columns or all(_fits(text, room / columns) for text in texts):
        return equal
    natural = [width_of(text, REGULAR, 8) + TICK_BOX + 8 for text in texts]
    return [room * n / sum(natural) for n in natural] + [0.0] * (columns - len(texts))


def _fits(text: str, column: float) -> bool:
    return width_of(text, REGULAR, 7) <= column - TICK_BOX - 6


def _fit_option(text: str, column: float) -> Fitted:
    room = column - TICK_BOX - 6
    one_line = fit_text(text, room, 10, size=8, min_size=7)
    if not one_line.clipped:
        return one_line
    return fit_text(text, room, 2 * 7.5 * LEADING, size=7.5, min_size=6)


def heading(title: str) -> Block:
    def draw(canvas: Canvas, top: float) -> None:
        canvas.setFillGray(0.87)
        canvas.rect(LEFT, top - 14, WIDTH, 14, stroke=0, fill=1)
        canvas.setFillGray(0)
        draw_fitted(canvas, title, LEFT + 4, top, WIDTH - 8, 14, font=BOLD, size=9.5, min_size=7)

    return Block(20, draw)


def paragraph(text: str, *, size: float = 8.5, font: str = REGULAR, grey: float = 0) -> Block:
    fitted = fit_text(text, WIDTH, 40 * size, font=font, size=size, min_size=size)
    height = fitted.size * LEADING * len(fitted.lines)

    def draw(canvas: Canvas, top: float) -> None:
        canvas.setFillGray(grey)
        draw_lines(canvas, fitted, LEFT, top, WIDTH, font=font)
        canvas.setFillGray(0)

    return Block(height + ROW_GAP, draw)


def space(height: float) -> Block:
    return Block(height, lambda canvas, top: None)


# -- the form ---------------------------------------------------------------------------------


class _Values:
    """The participant's stored values as the form prints them; all empty for a blank form."""

    def __init__(self, participant: Mapping[str, Any] | None) -> None:
        self.data: Mapping[str, Any] = participant or {}

    def text(self, key: str) -> str:
        value = self.data.get(key)
        return "" if value is None else str(value)

    def chosen(self, kind: type[Choice], key: str) -> set[Choice]:
        value = self.data.get(key)
        values = value if isinstance(value, list | tuple | set | frozenset) else [value]
        found: set[Choice] = set()
        for item in values:
            if item is None:
                continue
            try:
                found.add(kind(str(item)))
            except ValueError:
                continue  # a value this version does not know: left unticked, not guessed
        return found

    def date_digits(self, key: str) -> str:
        value = self.data.get(key)
        if isinstance(value, str):
            try:
                value = date.fromisoformat(value)
            except ValueError:
                return ""  # not a date: empty boxes to write in, rather than garbage in them
        return value.strftime("%d%m%Y") if isinstance(value, date) else ""


class _IntakeForm:
    def __init__(
        self,
        centre: CentreProfile,
        participant: Mapping[str, Any] | None,
        tr: Translate,
        programmes: Mapping[int, str],
        today: date,
    ) -> None:
        self.centre, self.tr, self.programmes, self.today = centre, tr, programmes, today
        self.filled = participant is not None
        self.v = _Values(participant)

    # -- the form's parts, labelled with marked English source text

    def t(self, source: str) -> str:
        return self.tr(DOCUMENTS, source)

    def heading(self, title: str) -> Block:
        return heading(self.t(title))

    def box(self, label: str, key: str, *, value: str | None = None, **kw: Any) -> Cell:
        return text_box(self.t(label), self.v.text(key) if value is None else value, **kw)

    def chars(self, label: str, value: str, segments: Sequence[int] = (16,)) -> Cell:
        return char_boxes(self.t(label), value, segments)

    def choose(self, label: str, options: Options, columns: int = 3, **kw: Any) -> Cell:
        return tick_grid(self.t(label), options, columns, **kw)

    def options(self, kind: type[Choice], chosen: Iterable[Choice] = ()) -> list[tuple[str, bool]]:
        picked = set(chosen)
        return [(self.tr(CHOICES, member.label), member in picked) for member in kind]

    def pick(self, kind: type[Choice], key: str) -> list[tuple[str, bool]]:
        return self.options(kind, self.v.chosen(kind, key))

    # -- sections

    def title(self) -> list[Block]:
        record = self.v.text("id")

        def draw(canvas: Canvas, top: float) -> None:
            title = self.t(FORM_NAME)
            draw_fitted(
                canvas,
                title,
                LEFT + 110,
                top,
                WIDTH - 220,
                18,
                font=BOLD,
                size=13,
                min_size=9,
                align="centre",
            )
            canvas.setFillGray(0.25)
            draw_fitted(
                canvas, self.t(RECORD_NO), RIGHT - 100, top - 2, 40, 14, size=7, min_size=5.5
            )
            canvas.setFillGray(0)
            _box(canvas, RIGHT - 58, top - 1, 58, 16)
            if record:
                draw_fitted(canvas, record, RIGHT - 55, top - 2, 52, 14, size=9, min_size=6)

        if self.filled:
            hint = QT_TRANSLATE_NOOP(
                "documents",
                "Please check every entry. Cross out a mistake, write the correct value beside "
                "it and initial it, then sign the consent page.",
            )
        else:
            hint = QT_TRANSLATE_NOOP(
                "documents",
                "Write clearly in capital letters, one character per small box. Tick (✓) every "
                "box that applies.",
            )
        return [Block(22, draw), paragraph(self.t(hint), size=7.5, grey=0.25)]

    def identity(self) -> list[Block]:
        v = self.v
        no_nik = set() if v.text("nik") else v.chosen(choices.NoNikReason, "no_nik_reason")
        return [
            self.heading(QT_TRANSLATE_NOOP("documents", "A. Identity")),
            row(
                self.box(
                    QT_TRANSLATE_NOOP(
                        "documents", "Full name as on the KTP (a single name is fine)"
                    ),
                    "full_name",
                )
            ),
            row(
                self.chars(QT_TRANSLATE_NOOP("documents", "NIK (16 digits)"), v.text("nik")),
                self.chars(
                    QT_TRANSLATE_NOOP("documents", "Family card (KK) number"), v.text("kk_number")
                ),
                gap=WIDTH - 2 * 16 * CELL,
            ),
            row(
                self.choose(
                    QT_TRANSLATE_NOOP("documents", "No NIK? Why:"),
                    self.options(choices.NoNikReason, no_nik),
                    4,
                )
            ),
            row(
                self.box(QT_TRANSLATE_NOOP("documents", "Place of birth"), "birth_place"),
                self.chars(
                    QT_TRANSLATE_NOOP("documents", "Date of birth (dd/mm/yyyy)"),
                    v.date_digits("birth_date"),
                    DATE,
                ),
            ),
            row(
                self.choose(QT_TRANSLATE_NOOP("documents", "Sex"), self.pick(choices.Sex, "sex"), 4)
            ),
            row(
                self.choose(
                    QT_TRANSLATE_NOOP("documents", "Citizenship"),
                    self.pick(choices.Citizenship, "citizenship"),
                    2,
                )
            ),
            row(
                self.choose(
                    QT_TRANSLATE_NOOP("documents", "Marital status"),
                    self.pick(choices.MaritalStatus, "marital_status"),
                    4,
                )
            ),
        ]

    def address(self) -> list[Block]:
        v = self.v
        return [
            self.heading(QT_TRANSLATE_NOOP("documents", "B. Contact and address")),
            row(
                self.box(
                    QT_TRANSLATE_NOOP("documents", "Phone / WhatsApp"),
                    "phone",
                    value=display_phone(v.text("phone")),
                    weight=0.45,
                ),
                self.box(
                    QT_TRANSLATE_NOOP("documents", "Street, house number, hamlet (dusun)"), "street"
                ),
            ),
            row(
                self.chars(QT_TRANSLATE_NOOP("documents", "RT"), v.text("rt"), [3]),
                self.chars(QT_TRANSLATE_NOOP("documents", "RW"), v.text("rw"), [3]),
                self.box(QT_TRANSLATE_NOOP("documents", "Village / kelurahan"), "village_name"),
                self.box(QT_TRANSLATE_NOOP("documents", "District / kecamatan"), "district_name"),
            ),
            row(
                self.box(QT_TRANSLATE_NOOP("documents", "Regency / city"), "regency_name"),
                self.box(QT_TRANSLATE_NOOP("documents", "Province"), "province_name"),
                self.chars(
                    QT_TRANSLATE_NOOP("documents", "Postal code"), v.text("postal_code"), [5]
                ),
            ),
        ]

    def work(self) -> list[Block]:
        return [
            self.heading(QT_TRANSLATE_NOOP("documents", "C. Education and work")),
            row(
                self.choose(
                    QT_TRANSLATE_NOOP("documents", "Highest education completed"),
                    self.pick(choices.Education, "education"),
                )
            ),
            row(self.box(QT_TRANSLATE_NOOP("documents", "Occupation"), "occupation")),
            row(
                self.choose(
                    QT_TRANSLATE_NOOP("documents", "Employment status"),
                    self.pick(choices.Employment, "employment"),
                )
            ),
            row(
                self.choose(
                    QT_TRANSLATE_NOOP("documents", "Monthly income"),
                    self.pick(choices.IncomeBand, "income_band"),
                )
            ),
        ]

    def disability(self) -> list[Block]:
        disabilities = self.pick(choices.Disability, "disabilities")
        # An explicit "none": on paper an empty list cannot be told from a skipped question.
        none = self.filled and not any(ticked for _, ticked in disabilities)
        disabilities.append((self.t(QT_TRANSLATE_NOOP("documents", "No disability")), none))
        return [
            self.heading(QT_TRANSLATE_NOOP("documents", "D. Disability and support")),
            row(
                self.choose(
                    QT_TRANSLATE_NOOP("documents", "Disability (UU 8/2016)"), disabilities, 4
                )
            ),
            self.washington(),
            row(
                self.choose(
                    QT_TRANSLATE_NOOP("documents", "Support needed during training"),
                    self.pick(choices.Accommodation, "accommodations"),
                )
            ),
            row(
                self.box(
                    QT_TRANSLATE_NOOP("documents", "Other support needed"),
                    "accommodation_note",
                    lines=2,
                )
            ),
        ]

    def washington(self) -> Block:
        """The Washington Group short set: six questions, one answer each."""
        answers = self.v.data.get("washington")
        answers = answers if isinstance(answers, Mapping) else {}
        scale = list(choices.WashingtonDifficulty)
        question_width = WIDTH * 0.5
        column = (WIDTH - question_width) / len(scale)
        header = 18
        intro = self.t(QT_TRANSLATE_NOOP("documents", "Does the person have…"))

        def draw(canvas: Canvas, top: float) -> None:
            canvas.setFillGray(0.25)
            draw_fitted(canvas, intro, LEFT, top, question_width - 4, header, size=7.5)
            for index, level in enumerate(scale):
                draw_fitted(
                    canvas,
                    self.tr(CHOICES, level.label),
                    LEFT + question_width + column * index,
                    top,
                    column - 2,
                    header,
                    size=7,
                    min_size=5.5,
                    align="centre",
                )
            canvas.setFillGray(0)
            for number, (key, question) in enumerate(choices.WASHINGTON_QUESTIONS.items()):
                middle = top - header - TICK_ROW * (number + 0.5)
                draw_fitted(
                    canvas,
                    self.tr(CHOICES, question),
                    LEFT,
                    middle + 5,
                    question_width - 4,
                    10,
                    size=8,
                    min_size=5.5,
                )
                for index, level in enumerate(scale):
                    x = LEFT + question_width + column * index + (column - TICK_BOX) / 2
                    _tick_box(canvas, x, middle, answers.get(key) == level.value)

        return Block(header + TICK_ROW * len(choices.WASHINGTON_QUESTIONS) + ROW_GAP, draw)

    def assistance(self) -> list[Block]:
        bits = int(self.v.data.get("assistance_bits") or 0)
        received = [item for item, bit in ASSISTANCE_BITS.items() if bits & bit]
        return [
            self.heading(QT_TRANSLATE_NOOP("documents", "E. Social assistance")),
            row(
                self.choose(
                    QT_TRANSLATE_NOOP("documents", "Listed in DTSEN"),
                    self.pick(choices.Dtsen, "dtsen"),
                ),
                self.chars(
                    QT_TRANSLATE_NOOP("documents", "Welfare decile (1–10)"),
                    self.v.text("dtsen_decile"),
                    [2],
                ),
                gap=24,
            ),
            row(
                self.choose(
                    QT_TRANSLATE_NOOP("documents", "Assistance received"),
                    self.options(choices.Assistance, received),
                )
            ),
            row(
                self.choose(
                    QT_TRANSLATE_NOOP("documents", "Target group"),
                    self.pick(choices.TargetGroup, "target_groups"),
                )
            ),
        ]

    def needs(self) -> list[Block]:
        preferences = self.v.data.get("preferences") or []
        chosen = [self.programmes.get(p, f"#{p}") for p in preferences] + ["", "", ""]
        blocks = [
            self.heading(QT_TRANSLATE_NOOP("documents", "F. Training needs")),
            row(
                self.box(
                    QT_TRANSLATE_NOOP("documents", "1st choice of programme"), "", value=chosen[0]
                ),
                self.box(QT_TRANSLATE_NOOP("documents", "2nd choice"), "", value=chosen[1]),
                self.box(QT_TRANSLATE_NOOP("documents", "3rd choice"), "", value=chosen[2]),
            ),
        ]
        if self.programmes and not self.filled:
            on_offer = self.t(QT_TRANSLATE_NOOP("documents", "Programmes on offer: {names}"))
            names = " · ".join(self.programmes.values())
            blocks.append(_clipped(on_offer.format(names=names), lines=3, size=7.5))
        return [
            *blocks,
            row(
                self.box(
                    QT_TRANSLATE_NOOP("documents", "Skills the person already has"),
                    "skills_have",
                    lines=3,
                )
            ),
            row(
                self.choose(
                    QT_TRANSLATE_NOOP("documents", "Goal after training"),
                    self.pick(choices.Goal, "goal"),
                )
            ),
            row(
                self.choose(
                    QT_TRANSLATE_NOOP("documents", "How did you hear about the training?"),
                    self.pick(choices.Channel, "channel"),
                )
            ),
        ]

    def consent(self) -> list[Block]:
        given = self.v.chosen(choices.ConsentPurpose, "consent_purposes")
        explanation = QT_TRANSLATE_NOOP(
            "documents",
            "{centre} collects the personal data on this form to register you for training, "
            "plan classes and any support you need, and issue your certificate. Under the "
            "Personal Data Protection Law you decide what else it may be used for: tick each "
            "purpose you agree to. You may refuse any of them except training administration, "
            "without which the centre cannot enrol you. You can withdraw your consent at any "
            "time by telling the centre; this does not undo what was done before. You may also "
            "ask the centre to show you your data or correct it.",
        )
        version = self.t(QT_TRANSLATE_NOOP("documents", "Consent text version {version}"))
        signed_on = self.today.strftime("%d%m%Y") if self.filled else ""
        blocks = [
            _title(
                self.t(
                    QT_TRANSLATE_NOOP(
                        "documents", "Consent to the use of personal data (UU PDP No. 27/2022)"
                    )
                )
            ),
            row(
                self.box(QT_TRANSLATE_NOOP("documents", "Full name"), "full_name"),
                self.chars(QT_TRANSLATE_NOOP("documents", "NIK"), self.v.text("nik")),
            ),
            paragraph(self.t(explanation).format(centre=self.centre.name), size=9),
            _bold_line(self.t(QT_TRANSLATE_NOOP("documents", "I agree that the centre may:"))),
        ]
        for purpose in choices.ConsentPurpose:
            text = self.tr(CHOICES, purpose.label)
            if purpose is choices.ConsentPurpose.TRAINING:
                text += " " + self.t(QT_TRANSLATE_NOOP("documents", "(needed to take part)"))
            blocks.append(_purpose(text, purpose in given))
        return [
            *blocks,
            paragraph(version.format(version=choices.CONSENT_TEXT_VERSION), size=6.5, grey=0.4),
            space(4),
            *self.guardian(),
            space(4),
            row(
                self.box(QT_TRANSLATE_NOOP("documents", "Place"), ""),
                self.chars(QT_TRANSLATE_NOOP("documents", "Date (dd/mm/yyyy)"), signed_on, DATE),
            ),
            row(
                _signature(self.t(QT_TRANSLATE_NOOP("documents", "Signature or thumbprint"))),
                _signature(
                    self.t(QT_TRANSLATE_NOOP("documents", "Recorded by (officer): signature"))
                ),
            ),
            row(
                self.box(QT_TRANSLATE_NOOP("documents", "Participant's name"), "full_name"),
                self.box(QT_TRANSLATE_NOOP("documents", "Officer's name"), ""),
            ),
        ]

    def guardian(self) -> list[Block]:
        blocks = [
            _bold_line(
                self.t(
                    QT_TRANSLATE_NOOP("documents", "Parent or guardian (for participants under 18)")
                )
            )
        ]
        birth = self.v.data.get("birth_date")
        if isinstance(birth, date):  # a filled form says whether this block applies
            if age_on(birth, self.today) >= ADULT_AGE:
                note = QT_TRANSLATE_NOOP("documents", "Not needed: the participant is 18 or over.")
            else:
                note = QT_TRANSLATE_NOOP("documents", "Needed: the participant is under 18.")
            blocks.append(paragraph(self.t(note), size=7.5, grey=0.25))
        blocks.append(
            row(
                self.box(
                    QT_TRANSLATE_NOOP("documents", "Name of parent or guardian"),
                    "guardian_name",
                    weight=1.4,
                ),
                self.box(
                    QT_TRANSLATE_NOOP("documents", "Relation to the participant"),
                    "guardian_relation",
                ),
                _signature(self.t(QT_TRANSLATE_NOOP("documents", "Signature")), height=34),
            )
        )
        return blocks

    # -- the document

    def render(self) -> bytes:
        register_fonts()
        buffer = io.BytesIO()
        # The initial font too is ours: left at ReportLab's default, every page would also
        # name Helvetica, a font the PDF does not carry.
        canvas = Canvas(buffer, pagesize=A4, pageCompression=1, initialFontName=REGULAR)
        canvas.setTitle(self.t(FORM_NAME))
        canvas.setAuthor(self.centre.name)
        canvas.setCreator("Pelita")
        top = draw_letterhead(canvas, self.centre, top=TOP, left=LEFT, right=RIGHT, tr=self.tr)
        layout = Layout(top - 4 * mm)
        for block in self.title():
            layout.place(block)
        for section in (
            self.identity(),
            self.address(),
            self.work(),
            self.disability(),
            self.assistance(),
            self.needs(),
        ):
            layout.section(section)
        layout.new_page()  # the consent is a page of its own: it is the page kept as evidence
        for block in self.consent():
            layout.place(block)
        for number, page in enumerate(layout.pages, start=1):
            if number > 1:
                canvas.showPage()
            for block, y in page:
                block.draw(canvas, y)
            self.footer(canvas, number, len(layout.pages))
        canvas.showPage()
        canvas.save()
        return buffer.getvalue()

    def footer(self, canvas: Canvas, number: int, total: int) -> None:
        """Centre, form and record number, page: enough to put a dropped sheet back."""
        canvas.setLineWidth(0.4)
        canvas.setStrokeGray(0.5)
        canvas.line(LEFT, FOOTER + 9, RIGHT, FOOTER + 9)
        canvas.setStrokeGray(0)
        canvas.setFillGray(0.3)
        third = WIDTH / 3
        name = self.t(FORM_NAME)
        if record := self.v.text("id"):
            name += f" · {self.t(RECORD_NO)} {record}"
        page = self.t(QT_TRANSLATE_NOOP("documents", "Page {page} of {pages}"))
        draw_fitted(canvas, self.centre.name, LEFT, FOOTER + 8, third - 6, 9, size=7, min_size=5)
        draw_fitted(
            canvas, name, LEFT + third, FOOTER + 8, third, 9, size=7, min_size=5, align="centre"
        )
        canvas.setFont(REGULAR, 7)
        canvas.drawRightString(RIGHT, FOOTER + 1, page.format(page=number, pages=total))
        canvas.setFillGray(0)


def _clipped(text: str, *, lines: int, size: float) -> Block:
    fitted = fit_text(text, WIDTH, lines * size * LEADING, size=size, min_size=6)

    def draw(canvas: Canvas, top: float) -> None:
        canvas.setFillGray(0.25)
        draw_lines(canvas, fitted, LEFT, top, WIDTH)
        canvas.setFillGray(0)

    return Block(fitted.size * LEADING * len(fitted.lines) + ROW_GAP, draw)


def _title(text: str) -> Block:
    def draw(canvas: Canvas, top: float) -> None:
        draw_fitted(canvas, text, LEFT, top, WIDTH, 20, font=BOLD, size=12, min_size=8)

    return Block(24, draw)


def _bold_line(text: str) -> Block:
    def draw(canvas: Canvas, top: float) -> None:
        draw_fitted(canvas, text, LEFT, top, WIDTH, 12, font=BOLD, size=8.5, min_size=6)

    return Block(14, draw)


def _purpose(text: str, ticked: bool) -> Block:
    def draw(canvas: Canvas, top: float) -> None:
        _tick_box(canvas, LEFT + 4, top - 7, ticked)
        draw_fitted(canvas, text, LEFT + 18, top, WIDTH - 18, 14, size=9.5, min_size=6)

    return Block(16, draw)


def _signature(label: str, *, height: float = SIGNATURE_HEIGHT) -> Cell:
    def draw(canvas: Canvas, x: float, top: float, width: float) -> None:
        _label(canvas, label, x, top, width)
        _box(canvas, x, top - LABEL_HEIGHT, width, height)

    return fixed(LABEL_HEIGHT + height, draw)


def render_intake_form(
    centre: CentreProfile,
    participant: Mapping[str, Any] | None,
    *,
    language: str = "id",
    programmes: Mapping[int, str] | None = None,
    today: date | None = None,
) -> bytes:
    """The intake form as PDF bytes: blank when `participant` is None, else filled in from the
    participant's stored values (the participant table's column names) for signature."""
    form = _IntakeForm(
        centre, participant, translator(language), programmes or {}, today or date.today()
    )
    return form.render()
