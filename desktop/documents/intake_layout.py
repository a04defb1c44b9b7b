"""The intake form's page geometry, and the layout that places its blocks on pages.

The layout is built first as blocks of known height and placed on pages, then drawn, so that
every page can say "Page 2 of 3" and a section never starts at the foot of a page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.units import mm as _mm  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

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


def space(height: float) -> Block:
    return Block(height, lambda canvas, top: None)


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
