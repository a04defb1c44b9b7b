"""The parts of a certificate page: the frame, the header with the logos, the signature
block and the back page's list of competency units; and the images and fonts they share."""

from __future__ import annotations

import functools
import io
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import zxingcpp
from PIL import Image, UnidentifiedImageError
from reportlab.lib.pagesizes import A4, landscape  # type: ignore[import-untyped]
from reportlab.lib.utils import ImageReader  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

from desktop.documents.fonts import (
    LEADING,
    SERIF,
    SERIF_BOLD,
    SERIF_ITALIC,
    draw_fitted,
    draw_lines,
    fit_text,
    register_serif_fonts,
)
from desktop.documents.intake_layout import mm
from desktop.documents.language import DOCUMENTS, Translate
from desktop.domain.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from desktop.documents.certificate import CertificateLook, CertificatePaper

PAGE = landscape(A4)
LOGO = 18 * mm
SPONSOR_LOGO = 13 * mm
MAX_SPONSOR_LOGOS = 4
SUBSETS_KEPT = 64
CONTINUED = QT_TRANSLATE_NOOP("documents", "continued")
IMAGE_PIXELS = 480  # a 40 mm logo at 300 dpi
QR_BORDER = 4  # modules of quiet zone, as the QR standard asks


def prepare_fonts() -> None:
    register_serif_fonts()
    for name in (SERIF, SERIF_BOLD, SERIF_ITALIC):
        _reuse_subsets(pdfmetrics.getFont(name))


def _reuse_subsets(font: Any) -> None:
    """Remember the font subsets ReportLab builds, per process. A subset is the glyphs of the
    characters a document uses; ReportLab builds each anew for every PDF, in Python (a tenth
    of a certificate's time), though nearly every certificate uses the same ones: ASCII is
    always the first subset, and its other slots take the same few characters (·, —) in the
    same order unless a name brings an accent. The result is the same bytes either way."""
    face = font.face
    if getattr(face, "_pelita_reused", False):
        return
    build = face.makeSubset
    made: dict[tuple[int, ...], bytes] = {}

    def make_subset(subset: list[int]) -> bytes:
        key = tuple(subset)
        found = made.get(key)
        if found is None:
            if len(made) > SUBSETS_KEPT:
                made.clear()
            found = made[key] = build(subset)
        return found

    face.makeSubset = make_subset
    face._pelita_reused = True


def draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    """`text` as a QR code (error correction M), vector, written straight as PDF path
    operators in module units under one scaling, with its quiet zone left white.

    Encoded by zxing-cpp (C++): segno, in pure Python, spent 4 ms on a certificate's code, a
    quarter of its time; and the canvas's path object another 3 ms formatting the rectangles."""
    symbol = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    image = Image.fromarray(symbol.to_image(scale=1, add_quiet_zones=False))
    width = image.width
    pixels = image.tobytes()  # one byte a module: 0 dark, 255 light
    count = width + 2 * QR_BORDER
    module = size / count
    parts = [f"q 0 g {module:.5f} 0 0 {module:.5f} {x:.3f} {y:.3f} cm"]
    for row in range(width):
        line = pixels[row * width : (row + 1) * width]
        bottom = count - QR_BORDER - row - 1
        column = 0
        while column < width:
            if line[column]:
                column += 1
                continue
            start = column
            while column < width and not line[column]:
                column += 1
            parts.append(f"{start + QR_BORDER} {bottom} {column - start} 1 re")
    parts.append("f Q")
    canvas.addLiteral("\n".join(parts))


@functools.lru_cache(maxsize=32)
def _reader(data: bytes) -> ImageReader | None:
    """A logo or signature decoded once per process, however many certificates it is drawn
    on, and turned into a JPEG on white (certificate paper is white): ReportLab copies a JPEG
    into each PDF as it is, where a PNG is decoded and compressed again for every file, which
    cost 5 ms a certificate. None when it cannot be read: a broken logo must not stop a
    certificate from printing."""
    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return None
    image.thumbnail((IMAGE_PIXELS, IMAGE_PIXELS))
    flat = Image.new("RGB", image.size, "white")
    flat.paste(image.convert("RGBA"), mask=image.convert("RGBA").getchannel("A"))
    buffer = io.BytesIO()
    flat.save(buffer, "JPEG", quality=92)
    return ImageReader(io.BytesIO(buffer.getvalue()))


@dataclass(frozen=True)
class Images:
    logo: ImageReader | None
    sponsors: tuple[ImageReader, ...]
    signature: ImageReader | None

    @classmethod
    def of(cls, look: CertificateLook) -> Images:
        sponsors = (_reader(data) for data in look.sponsor_logos[:MAX_SPONSOR_LOGOS])
        return cls(
            _reader(look.logo_png) if look.logo_png else None,
            tuple(reader for reader in sponsors if reader is not None),
            _reader(look.signature_png) if look.signature_png else None,
        )

    def photo(self, data: bytes) -> ImageReader | None:
        return _reader(data)


def draw_image(canvas: Canvas, image: Any, x: float, y: float, box_w: float, box_h: float) -> None:
    """`image` scaled into the box keeping its proportions, centred in it."""
    width, height = image.getSize()
    scale = min(box_w / width, box_h / height)
    w, h = width * scale, height * scale
    canvas.drawImage(image, x + (box_w - w) / 2, y + (box_h - h) / 2, w, h, mask="auto")


def draw_frame(canvas: Canvas) -> None:
    """A double border: a heavy line and a thin one inside it."""
    width, height = PAGE
    canvas.saveState()
    canvas.setStrokeColorRGB(0.12, 0.23, 0.42)
    canvas.setLineWidth(2.4)
    canvas.rect(10 * mm, 10 * mm, width - 20 * mm, height - 20 * mm)
    canvas.setLineWidth(0.7)
    canvas.rect(12.5 * mm, 12.5 * mm, width - 25 * mm, height - 25 * mm)
    canvas.restoreState()


def draw_header(
    canvas: Canvas,
    look: CertificateLook,
    images: Images,
    *,
    top: float,
    left: float,
    right: float,
) -> float:
    """The centre's logo on the left, its sponsors' logos on the right, its name and address
    centred between; a double rule beneath. Returns the y below it."""
    height = LOGO
    if images.logo is not None:
        draw_image(canvas, images.logo, left, top - LOGO, LOGO, LOGO)
    x = right
    for sponsor in reversed(images.sponsors):
        x -= SPONSOR_LOGO
        draw_image(
            canvas, sponsor, x, top - LOGO + (LOGO - SPONSOR_LOGO) / 2, SPONSOR_LOGO, SPONSOR_LOGO
        )
        x -= 2 * mm
    inset = max(LOGO + 4 * mm, right - x + 2 * mm)
    text_left, width = left + inset, right - left - 2 * inset
    name = fit_text(look.centre_name, width, 2 * 15 * LEADING, font=SERIF_BOLD, size=15, min_size=9)
    address = " · ".join(part.strip() for part in look.centre_address.splitlines() if part.strip())
    small = fit_text(address, width, 2 * 8.5 * LEADING, font=SERIF, size=8.5, min_size=6.5)
    text_height = name.height + (small.height if address else 0)
    y = top - max(0, (height - text_height) / 2)
    y = draw_lines(canvas, name, text_left, y, width, font=SERIF_BOLD, align="centre")
    if address:
        draw_lines(canvas, small, text_left, y, width, font=SERIF, align="centre")
    rule = top - max(height, text_height) - 2 * mm
    canvas.setLineWidth(1.4)
    canvas.line(left, rule, right, rule)
    canvas.setLineWidth(0.5)
    canvas.line(left, rule - 2, right, rule - 2)
    return rule - 2


def draw_signature(
    canvas: Canvas,
    look: CertificateLook,
    images: Images,
    issued: str,
    *,
    centre_x: float,
    bottom: float,
) -> None:
    """Place and date, the signer's title, room to sign (or the signature image), the name
    underlined and the NIP, centred on `centre_x`, from `bottom` up."""
    box = 80 * mm
    left = centre_x - box / 2
    canvas.setFont(SERIF_BOLD, 11.5)
    name_y = bottom + 6 * mm
    if look.signer_name:
        name = fit_text(look.signer_name, box, 14, font=SERIF_BOLD, size=11.5, min_size=8)
        canvas.setFont(SERIF_BOLD, name.size)
        text = name.lines[0]
        canvas.drawCentredString(centre_x, name_y, text)
        half = canvas.stringWidth(text, SERIF_BOLD, name.size) / 2
        canvas.setLineWidth(0.7)
        canvas.line(centre_x - half, name_y - 1.8, centre_x + half, name_y - 1.8)
    if look.signer_nip:
        canvas.setFont(SERIF, 10)
        canvas.drawCentredString(centre_x, bottom, f"NIP. {look.signer_nip}")
    sign_bottom = name_y + 5 * mm
    if images.signature is not None:
        draw_image(canvas, images.signature, left + 15 * mm, sign_bottom, box - 30 * mm, 17 * mm)
    top = sign_bottom + 19 * mm
    if look.signer_title:
        draw_fitted(
            canvas,
            look.signer_title,
            left,
            top + 10,
            box,
            10,
            font=SERIF,
            size=11,
            min_size=7,
            align="centre",
        )
    if issued:
        draw_fitted(
            canvas, issued, left, top + 25, box, 10, font=SERIF, size=11, min_size=7, align="centre"
        )


def draw_back(canvas: Canvas, paper: CertificatePaper, english: bool, tr: Translate) -> int:
    """The competency units: No | Kode Unit | Judul Unit. Rows shrink to fit; a list longer
    than a page goes on over further pages, marked as continued. Returns the pages drawn,
    each ended with showPage."""
    width, height = PAGE
    left, right = 25 * mm, width - 25 * mm
    columns = (12 * mm, 55 * mm, right - left - 67 * mm)
    heads = (
        QT_TRANSLATE_NOOP("documents", "No"),
        QT_TRANSLATE_NOOP("documents", "Unit code"),
        QT_TRANSLATE_NOOP("documents", "Unit title"),
    )
    rows = list(enumerate(paper.units, start=1))
    row_height = 9 * mm if len(rows) <= 14 else 6.5 * mm
    pages = 0
    while True:
        pages += 1
        draw_frame(canvas)
        y = height - 24 * mm
        title = tr(DOCUMENTS, QT_TRANSLATE_NOOP("documents", "LIST OF COMPETENCY UNITS"))
        if pages > 1:
            title = f"{title} ({tr(DOCUMENTS, CONTINUED)})"
        canvas.setFont(SERIF_BOLD, 16)
        canvas.drawCentredString(width / 2, y, title)
        if english:
            canvas.setFont(SERIF_ITALIC, 9)
            y -= 12
            canvas.drawCentredString(width / 2, y, "List of competency units")
        y -= 16
        canvas.setFont(SERIF, 10)
        canvas.drawCentredString(width / 2, y, f"{paper.name.upper()} — {paper.number}")
        y -= 10 * mm
        y = _table_row(
            canvas, [tr(DOCUMENTS, h) for h in heads], columns, left, y, 8 * mm, bold=True
        )
        while rows and y - row_height > 16 * mm:
            number, (code, title_text) = rows.pop(0)
            y = _table_row(canvas, [str(number), code, title_text], columns, left, y, row_height)
        canvas.showPage()
        if not rows:
            return pages


def _table_row(
    canvas: Canvas,
    cells: list[str],
    columns: tuple[float, ...],
    left: float,
    top: float,
    height: float,
    *,
    bold: bool = False,
) -> float:
    x = left
    canvas.setLineWidth(0.5)
    font = SERIF_BOLD if bold else SERIF
    for text, width in zip(cells, columns, strict=True):
        canvas.rect(x, top - height, width, height)
        draw_fitted(
            canvas,
            text,
            x + 1.5 * mm,
            top,
            width - 3 * mm,
            height,
            font=font,
            size=10,
            min_size=6.5,
            align="centre" if width < 15 * mm else "left",
        )
        x += width
    return top - height
