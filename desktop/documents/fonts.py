"""The fonts embedded in every PDF, and fitting text into the room a document gives it.

DejaVu Sans (resources/fonts, Bitstream Vera licence) instead of ReportLab's built-in
Helvetica: built-in fonts are not embedded and stop at Latin-1, so a name with "ā", the
"–" of "Rp 1–2 million" or the "✓" of a ticked box could print as blanks or boxes.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import Literal

from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

from desktop.paths import resource_path

REGULAR = "Pelita"
BOLD = "Pelita-Bold"
# Certificates are set in DejaVu Serif: the formal face people expect on one.
SERIF = "PelitaSerif"
SERIF_BOLD = "PelitaSerif-Bold"
SERIF_ITALIC = "PelitaSerif-Italic"
TICK = "✓"
ELLIPSIS = "…"
LEADING = 1.2  # line height as a multiple of the font size
_CAP_MIDDLE = 0.36  # half of DejaVu's cap height, to centre a line on its box
Align = Literal["left", "centre"]
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")

_lock = threading.Lock()  # documents are made on worker threads too


def register_fonts() -> None:
    """Make "Pelita" and "Pelita-Bold" known to ReportLab; safe to call before every document."""
    with _lock:
        if REGULAR in pdfmetrics.getRegisteredFontNames():
            return
        # TTFont embeds a subset of the glyphs used, so a PDF prints the same on any computer.
        pdfmetrics.registerFont(TTFont(REGULAR, str(resource_path("fonts", "DejaVuSans.ttf"))))
        pdfmetrics.registerFont(TTFont(BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
        # So that <b> in a Paragraph finds the bold face.
        pdfmetrics.registerFontFamily(
            REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
        )


def register_serif_fonts() -> None:
    with _lock:
        if SERIF in pdfmetrics.getRegisteredFontNames():
            return
        for name, file in (
            (SERIF, "DejaVuSerif.ttf"),
            (SERIF_BOLD, "DejaVuSerif-Bold.ttf"),
            (SERIF_ITALIC, "DejaVuSerif-Italic.ttf"),
        ):
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))


def width_of(text: str, font: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, font, size))


@dataclass(frozen=True)
class Fitted:
    size: float
    lines: tuple[str, ...]
    clipped: bool = False  # cut short with an ellipsis

    @property
    def height(self) -> float:
        return self.size * LEADING * len(self.lines)


def fit_text(
    text: str,
    width: float,
    height: float,
    *,
    font: str = REGULAR,
    size: float = 10,
    min_size: float = 6,
) -> Fitted:
    """The largest size from `size` down to `min_size` at which `text` fits in width × height,
    wrapped onto as many lines as the height allows. At `min_size` whatever still does not fit
    is cut off with an ellipsis: nothing ever crosses the edge of a box."""
    text = clean(text)
    current = size
    while True:
        max_lines = max(1, int(height // (current * LEADING)))
        lines = wrap(text, font, current, width, limit=max_lines + 1)
        if len(lines) <= max_lines:
            return Fitted(current, tuple(lines))
        if current <= min_size:
            kept = lines[:max_lines]
            kept[-1] = clip(kept[-1], font, current, width, always=True)
            return Fitted(current, tuple(kept), clipped=True)
        current = max(min_size, current - 0.5)


def draw_fitted(
    canvas: Canvas,
    text: str,
    x: float,
    top: float,
    width: float,
    height: float,
    *,
    font: str = REGULAR,
    size: float = 10,
    min_size: float = 6,
    align: Align = "left",
) -> Fitted:
    """Fit `text` into the box whose top-left corner is (x, top), centred vertically."""
    fitted = fit_text(text, width, height, font=font, size=size, min_size=min_size)
    draw_lines(canvas, fitted, x, top - (height - fitted.height) / 2, width, font=font, align=align)
    return fitted


def draw_lines(
    canvas: Canvas,
    fitted: Fitted,
    x: float,
    top: float,
    width: float,
    *,
    font: str = REGULAR,
    align: Align = "left",
) -> float:
    """Draw fitted lines downwards from `top`; returns the y below the last line."""
    line_height = fitted.size * LEADING
    canvas.setFont(font, fitted.size)
    for index, line in enumerate(fitted.lines):
        baseline = top - line_height * (index + 0.5) - _CAP_MIDDLE * fitted.size
        if align == "centre":
            canvas.drawCentredString(x + width / 2, baseline, line)
        else:
            canvas.drawString(x, baseline, line)
    return top - line_height * len(fitted.lines)


def clean(text: str) -> str:
    """Line breaks kept, tabs as spaces, other control characters (old imports) dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL.sub("", text)


def wrap(text: str, font: str, size: float, width: float, limit: int | None = None) -> list[str]:
    """Greedy word wrap; a word wider than the line (a NIK typed into a name, a URL) is broken
    between characters. Stops after `limit` lines, so a 10,000-character note costs no more
    than the lines that can be shown."""
    lines: list[str] = []

    def full() -> bool:
        return limit is not None and len(lines) >= limit

    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if width_of(candidate, font, size) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
                if full():
                    return lines
            while width_of(word, font, size) > width:
                cut = _longest_prefix(word, font, size, width)
                lines.append(word[:cut])
                if full():
                    return lines
                word = word[cut:]
            line = word
        if line:
            lines.append(line)
            if full():
                return lines
    return lines or [""]


def clip(line: str, font: str, size: float, width: float, *, always: bool = False) -> str:
    """`line` cut to `width` ending in an ellipsis; `always` adds the ellipsis even when the line
    fits, to show that more text followed it."""
    if not always and width_of(line, font, size) <= width:
        return line
    while line and width_of(line.rstrip() + ELLIPSIS, font, size) > width:
        line = line[:-1]
    return line.rstrip() + ELLIPSIS


def _longest_prefix(word: str, font: str, size: float, width: float) -> int:
    low, high = 1, len(word)  # at least one character, or the loop would never end
    while low < high:
        middle = (low + high + 1) // 2
        if width_of(word[:middle], font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return low
