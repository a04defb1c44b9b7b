"""Asset labels for equipment: A4 sheets of 3 × 8 stickers of 70 × 37 mm, a common
self-adhesive label sheet (24 to a sheet, such as Avery Zweckform 3474).

Each label carries the centre's name, the item's name, its asset tag in large type, its
serial number, and the tag as a QR code (drawn as vector paths by the certificate's
`draw_qr`, so it stays sharp on any printer and a phone or a USB scanner reads it).

Nothing is drawn outside the labels and no outline either: the sheet is die-cut, and a line
printed a millimetre off the cut looks worse than none. Text keeps 4 mm from each label's
edge, clear of where printers stop printing and of the cut. A sheet partly used before can be
started further down: `skip` leaves that many positions empty.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

from desktop.documents.certificate_parts import draw_qr
from desktop.documents.fonts import BOLD, REGULAR, draw_fitted, register_fonts
from desktop.documents.intake_layout import mm
from desktop.documents.language import DOCUMENTS, translator
from desktop.domain.i18n import QT_TRANSLATE_NOOP

COLUMNS, ROWS = 3, 8
PER_SHEET = COLUMNS * ROWS
LABEL_W, LABEL_H = 70 * mm, 37 * mm
PAGE_W, PAGE_H = A4
# The grid sits centred on the page (0 mm left and right, 0.5 mm top and bottom).
LEFT = (PAGE_W - COLUMNS * LABEL_W) / 2
BOTTOM = (PAGE_H - ROWS * LABEL_H) / 2
PAD = 4 * mm  # text from the label's edge
QR_SIZE = 31 * mm  # with its quiet zone (white) of four modules on every side
QR_RIGHT = 2 * mm  # the quiet zone keeps the dark modules a further ~4 mm in
TEXT_W = LABEL_W - PAD - QR_SIZE - QR_RIGHT + 2 * mm  # may overlap the QR's quiet zone

TITLE = QT_TRANSLATE_NOOP("documents", "Asset labels")
SERIAL = QT_TRANSLATE_NOOP("documents", "S/N {serial}")


@dataclass(frozen=True)
class AssetLabel:
    centre: str
    name: str
    asset_tag: str
    serial_number: str = ""


def render_asset_labels(
    labels: Sequence[AssetLabel], *, language: str = "id", skip: int = 0
) -> bytes:
    """The labels as a PDF, filled row by row from the top left; `skip` positions of the
    first sheet are left empty (used before)."""
    register_fonts()
    tr = translator(language)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1, initialFontName=REGULAR)
    canvas.setTitle(tr(DOCUMENTS, TITLE))
    if labels:
        canvas.setAuthor(labels[0].centre)
    canvas.setCreator("Pelita")
    skip = max(0, skip) % PER_SHEET
    for index, label in enumerate(labels, start=skip):
        position = index % PER_SHEET
        if position == 0 and index > skip:
            canvas.showPage()
        row, column = divmod(position, COLUMNS)
        x = LEFT + column * LABEL_W
        y = BOTTOM + (ROWS - 1 - row) * LABEL_H
        _draw_label(canvas, label, x, y, tr(DOCUMENTS, SERIAL))
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _draw_label(canvas: Canvas, label: AssetLabel, x: float, y: float, serial: str) -> None:
    """One label with its bottom-left corner at (x, y)."""
    draw_qr(
        canvas,
        label.asset_tag,
        x + LABEL_W - QR_RIGHT - QR_SIZE,
        y + (LABEL_H - QR_SIZE) / 2,
        QR_SIZE,
    )
    left, top = x + PAD, y + LABEL_H - 3.5 * mm
    canvas.setFillGray(0.35)
    draw_fitted(canvas, label.centre, left, top, TEXT_W, 5 * mm, size=6.5, min_size=5)
    canvas.setFillGray(0)
    top -= 5 * mm
    draw_fitted(canvas, label.name, left, top, TEXT_W, 8 * mm, font=BOLD, size=8.5, min_size=6)
    top -= 8.5 * mm
    draw_fitted(canvas, label.asset_tag, left, top, TEXT_W, 10 * mm, font=BOLD, size=15, min_size=6)
    top -= 10.5 * mm
    if label.serial_number:
        text = serial.replace("{serial}", label.serial_number)
        draw_fitted(canvas, text, left, top, TEXT_W, 4.5 * mm, size=7, min_size=5)
