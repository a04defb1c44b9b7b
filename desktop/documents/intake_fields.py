"""What the intake form is made of: boxes to write in, one box per character, tick boxes,
section headings and paragraphs, each as a cell of a row or a full-width block."""

from __future__ import annotations

from collections.abc import Sequence

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
    width_of,
)
from desktop.documents.intake_layout import (
    BOX_HEIGHT,
    CELL,
    COMB_SIZE,
    GROUP_LABEL,
    LABEL_HEIGHT,
    LABEL_SIZE,
    LEFT,
    ROW_GAP,
    SEPARATOR,
    TICK_BOX,
    TICK_ROW,
    WIDTH,
    Block,
    Cell,
    DrawAt,
    fixed,
)

DATE = (2, 2, 4)  # dd/mm/yyyy boxes
Options = Sequence[tuple[str, bool]]  # (label, ticked)


# -- drawing primitives -----------------------------------------------------------------------


def draw_label(canvas: Canvas, text: str, x: float, top: float, width: float) -> None:
    canvas.setFillGray(0.25)
    draw_fitted(canvas, text, x, top, width, LABEL_HEIGHT, size=LABEL_SIZE, min_size=5.5)
    canvas.setFillGray(0)


def draw_box(canvas: Canvas, x: float, top: float, width: float, height: float) -> None:
    canvas.setLineWidth(0.6)
    canvas.rect(x, top - height, width, height)


def draw_tick_box(canvas: Canvas, x: float, middle: float, ticked: bool) -> None:
    canvas.setLineWidth(0.6)
    canvas.rect(x, middle - TICK_BOX / 2, TICK_BOX, TICK_BOX)
    if ticked:
        # A real glyph, not lines: the tick is then text a reader (and a test) can find.
        canvas.setFont(BOLD, 10)
        canvas.drawCentredString(x + TICK_BOX / 2, middle - 3.6, TICK)


# -- cells of a row ---------------------------------------------------------------------------


def text_box(label: str, value: str, *, lines: int = 1, weight: float = 1) -> Cell:
    """A labelled box to write in; a value too long for it shrinks, then wraps, then is cut."""
    height = BOX_HEIGHT if lines == 1 else lines * 13 + 5

    def draw(canvas: Canvas, x: float, top: float, width: float) -> None:
        draw_label(canvas, label, x, top, width)
        draw_box(canvas, x, top - LABEL_HEIGHT, width, height)
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
        draw_label(canvas, label, x, top, cell_width)
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
                draw_tick_box(canvas, left, middle, ticked)
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


# -- full-width blocks ------------------------------------------------------------------------


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
