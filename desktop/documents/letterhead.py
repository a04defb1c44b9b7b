"""The centre's letterhead (kop surat) at the top of every document it prints.

Indonesian letterheads put the logo on the left, the institution's name and address centred,
and a heavy rule over a thin one beneath; forms, attendance sheets and certificates all start
this way, so people recognise a centre's paper at a glance.
"""

from __future__ import annotations

import io

from PIL import Image, UnidentifiedImageError
from reportlab.lib.units import mm as _mm  # type: ignore[import-untyped]
from reportlab.lib.utils import ImageReader  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

from desktop.documents.fonts import BOLD, LEADING, REGULAR, draw_lines, fit_text, register_fonts
from desktop.documents.language import INSTITUTIONS, Translate
from desktop.domain.centre import CentreProfile

mm: float = _mm
LOGO_SIZE = 20 * mm
GAP = 4 * mm


def draw_letterhead(
    canvas: Canvas,
    centre: CentreProfile,
    *,
    top: float,
    left: float,
    right: float,
    tr: Translate,
) -> float:
    """Draw the letterhead between `left` and `right` from `top` down; returns the y below it."""
    register_fonts()
    logo = _logo(centre.logo_png)
    # Text keeps clear of the logo on both sides, so it stays centred on the page.
    inset = LOGO_SIZE + GAP if logo else 0
    text_left, width = left + inset, right - left - 2 * inset
    name = fit_text(centre.name, width, 2 * 12 * LEADING, font=BOLD, size=14, min_size=9)
    kind = fit_text(tr(INSTITUTIONS, centre.institution_type.label), width, 9, size=8)
    address = fit_text(
        " · ".join(line.strip() for line in centre.address.splitlines() if line.strip()),
        width,
        3 * 8.5 * LEADING,
        size=8.5,
        min_size=7,
    )
    blocks = [(name, BOLD), (kind, REGULAR)] + ([(address, REGULAR)] if centre.address else [])
    text_height = sum(f.size * LEADING * len(f.lines) for f, _ in blocks)
    height = max(text_height, LOGO_SIZE if logo else 0)

    if logo:
        _draw_logo(canvas, logo, left, top - (height - LOGO_SIZE) / 2)
    y = top - (height - text_height) / 2
    for fitted, font in blocks:
        y = draw_lines(canvas, fitted, text_left, y, width, font=font, align="centre")

    rule = top - height - 2 * mm
    canvas.setLineWidth(1.6)
    canvas.line(left, rule, right, rule)
    canvas.setLineWidth(0.5)
    canvas.line(left, rule - 2.2, right, rule - 2.2)
    return rule - 2.2


def _logo(data: bytes | None) -> Image.Image | None:
    """The logo as an image, or None when absent or unreadable: a broken logo must not stop a
    form from printing."""
    if not data:
        return None
    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return None
    return image


def _draw_logo(canvas: Canvas, image: Image.Image, left: float, top: float) -> None:
    """Scaled to fit the logo square, keeping its proportions, centred in it."""
    scale = LOGO_SIZE / max(image.width, image.height)
    width, height = image.width * scale, image.height * scale
    x = left + (LOGO_SIZE - width) / 2
    y = top - LOGO_SIZE + (LOGO_SIZE - height) / 2
    canvas.drawImage(ImageReader(image), x, y, width, height, mask="auto")
