"""The certificate (A4 landscape): the front with the statement, the back with the competency
units. Rendered once at issue; the bytes are kept and never rendered again (services).

The text is Indonesian, the legal language of the paper, whatever language the desk shows;
the optional English line under each Indonesian one is the English source text itself. Both
come from the translation ("documents" context), so the wording lives in one place.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from reportlab.lib.pagesizes import A4, landscape  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

from desktop.documents.certificate_parts import (
    Images,
    draw_back,
    draw_frame,
    draw_header,
    draw_qr,
    draw_signature,
    prepare_fonts,
)
from desktop.documents.fonts import SERIF, SERIF_BOLD, SERIF_ITALIC, Fitted, draw_lines, fit_text
from desktop.documents.intake_layout import mm
from desktop.documents.language import DOCUMENTS, Translate, translator
from desktop.domain.formatting import format_date
from desktop.domain.i18n import QT_TRANSLATE_NOOP

PAGE = landscape(A4)
QR_SIZE = 30 * mm
FOOT_BOTTOM = 20 * mm
FOOT_TOP = FOOT_BOTTOM + 40 * mm  # the photo's top, the tallest part of the foot
MAX_GAP = 6 * mm


@dataclass(frozen=True)
class CertificateLook:
    """What every certificate of a batch shares: the centre, its logos and the signer."""

    centre_name: str
    centre_address: str = ""
    logo_png: bytes | None = None
    sponsor_logos: tuple[bytes, ...] = ()
    signature_png: bytes | None = None
    signer_title: str = ""
    signer_name: str = ""
    signer_nip: str = ""
    place: str = ""
    english: bool = False


@dataclass(frozen=True)
class CertificatePaper:
    """One person's certificate."""

    number: str
    verify_code: str
    qr: str  # the signed code (domain.certificate.qr_code)
    name: str
    birth_place: str
    birth_date: date | None
    programme: str
    start: date
    end: date
    hours_jp: int
    issue_date: date
    photo: bytes | None = None
    units: tuple[tuple[str, str], ...] = ()  # (code, title)
    preview: bool = False  # drawn across with "not valid"; never issued
    extra: dict[str, str] = field(default_factory=dict)


def birth_text(place: str, born: date | None, language: str = "id") -> str:
    parts = [place.strip()] if place.strip() else []
    if born is not None:
        parts.append(format_date(born, language))
    return ", ".join(parts)


def render_certificate(look: CertificateLook, paper: CertificatePaper) -> bytes:
    """One certificate as its own PDF: front, then the back when the programme has units."""
    return render_many(look, [paper])


def render_many(look: CertificateLook, papers: Sequence[CertificatePaper]) -> bytes:
    """Certificates one after another in one PDF (the print file)."""
    buffer = io.BytesIO()
    prepare_fonts()
    # The canvas starts every page in Helvetica unless told otherwise: named in the PDF but
    # never embedded, which PDF/A checkers flag although no text is drawn in it.
    canvas = Canvas(buffer, pagesize=PAGE, pageCompression=1, initialFontName=SERIF)
    canvas.setTitle("Sertifikat" if len(papers) != 1 else f"Sertifikat {papers[0].number}")
    canvas.setCreator("Pelita")
    if len(papers) == 1:
        # Where verification finds the code in a file without drawing or decoding the page.
        canvas.setSubject(papers[0].qr)
    images = Images.of(look)
    tr = translator("id")
    for paper in papers:
        draw_front(canvas, look, paper, images, tr)
        canvas.showPage()
        pages = 1
        if paper.units:
            pages += draw_back(canvas, paper, look.english, tr)
        if len(papers) > 1 and pages % 2:
            # Printed on both sides, every certificate starts on a sheet of its own: a list
            # of units that runs onto a second back page gets a blank page after it.
            canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def draw_front(
    canvas: Canvas, look: CertificateLook, paper: CertificatePaper, images: Images, tr: Translate
) -> None:
    width, height = PAGE
    draw_frame(canvas)
    left, right = 22 * mm, width - 22 * mm
    top = draw_header(canvas, look, images, top=height - 19 * mm, left=left, right=right)
    blocks = _statement(look, paper, tr, right - left)
    # The statement is spread over the room between the header and the foot (photo, QR and
    # signature): short texts breathe, a two-line name and programme with English lines
    # still fit, never running into the foot.
    room = top - (FOOT_TOP + 3 * mm)
    natural = sum(block.height for block in blocks)
    gap = min(MAX_GAP, max(0.0, (room - natural) / (len(blocks) + 1)))
    y = top - gap
    for block in blocks:
        y = draw_lines(canvas, block.main, left, y, right - left, font=block.font, align="centre")
        if block.english is not None:
            y = draw_lines(
                canvas, block.english, left, y, right - left, font=SERIF_ITALIC, align="centre"
            )
        y -= gap
    _draw_foot(canvas, look, paper, images, tr)
    if paper.preview:
        _draw_preview_mark(canvas, tr)


@dataclass(frozen=True)
class _Block:
    main: Fitted
    font: str
    english: Fitted | None

    @property
    def height(self) -> float:
        return self.main.height + (self.english.height if self.english else 0)


def _statement(
    look: CertificateLook, paper: CertificatePaper, tr: Translate, width: float
) -> list[_Block]:
    """The lines of the statement, each fitted to the width, with its English line."""

    def block(text: str, english: str, font: str, size: float, lines: int = 1) -> _Block:
        main = fit_text(
            text, width, size * 1.2 * lines, font=font, size=size, min_size=min(size, 9)
        )
        small = None
        if look.english and english:
            small = fit_text(english, width, 10, font=SERIF_ITALIC, size=8.5, min_size=6)
        return _Block(main, font, small)

    def both(source: str, **values: object) -> tuple[str, str]:
        return tr(DOCUMENTS, source).format(**values), source.format(**values)

    title = tr(DOCUMENTS, QT_TRANSLATE_NOOP("documents", "CERTIFICATE"))
    blocks = [
        block(title, "CERTIFICATE", SERIF_BOLD, 34),
        block(
            *both(QT_TRANSLATE_NOOP("documents", "Number: {number}"), number=paper.number),
            SERIF,
            12,
        ),
        block(*both(QT_TRANSLATE_NOOP("documents", "This certificate is awarded to")), SERIF, 12),
        block(paper.name.upper(), "", SERIF_BOLD, 26, 2 if len(paper.name) > 40 else 1),
    ]
    if birth_text(paper.birth_place, paper.birth_date, "id"):
        birth = QT_TRANSLATE_NOOP("documents", "Place and date of birth: {birth}")
        blocks.append(
            block(
                tr(DOCUMENTS, birth).format(
                    birth=birth_text(paper.birth_place, paper.birth_date, "id")
                ),
                birth.format(birth=birth_text(paper.birth_place, paper.birth_date, "en")),
                SERIF,
                12,
            )
        )
    period = QT_TRANSLATE_NOOP("documents", "held from {start} to {end}, {hours} lesson hours (JP)")
    dates = {"hours": paper.hours_jp}
    blocks += [
        block(*both(QT_TRANSLATE_NOOP("documents", "has taken part in the training")), SERIF, 12),
        block(paper.programme, "", SERIF_BOLD, 18, 2 if len(paper.programme) > 60 else 1),
        block(
            tr(DOCUMENTS, period).format(
                start=format_date(paper.start, "id"), end=format_date(paper.end, "id"), **dates
            ),
            period.format(
                start=format_date(paper.start, "en"), end=format_date(paper.end, "en"), **dates
            ),
            SERIF,
            12,
        ),
    ]
    return blocks


def _draw_foot(
    canvas: Canvas, look: CertificateLook, paper: CertificatePaper, images: Images, tr: Translate
) -> None:
    """Photo, QR with the short code, and the signature block along the bottom."""
    width, _ = PAGE
    bottom = FOOT_BOTTOM
    x = 26 * mm
    if paper.photo is not None:
        photo = images.photo(paper.photo)
        if photo is not None:
            canvas.setLineWidth(0.5)
            canvas.rect(x, bottom, 30 * mm, 40 * mm)
            canvas.drawImage(
                photo,
                x + 0.5,
                bottom + 0.5,
                30 * mm - 1,
                40 * mm - 1,
                preserveAspectRatio=True,
                anchor="c",
            )
        x += 36 * mm
    draw_qr(canvas, paper.qr, x, bottom + 6 * mm, QR_SIZE)
    label = tr(DOCUMENTS, QT_TRANSLATE_NOOP("documents", "Verification code"))
    canvas.setFont(SERIF, 7.5)
    if look.english:
        label = f"{label} / Verification code"
        canvas.setFont(SERIF, 6.5)  # no wider than the QR and its margins: a photo is beside it
    canvas.drawCentredString(x + QR_SIZE / 2, bottom + 3.2 * mm, label)
    canvas.setFont(SERIF_BOLD, 10)
    canvas.drawCentredString(x + QR_SIZE / 2, bottom - 0.5 * mm, paper.verify_code)
    issued = ", ".join(part for part in (look.place, format_date(paper.issue_date, "id")) if part)
    draw_signature(canvas, look, images, issued, centre_x=width - 75 * mm, bottom=bottom)


def _draw_preview_mark(canvas: Canvas, tr: Translate) -> None:
    width, height = PAGE
    canvas.saveState()
    canvas.setFillColorRGB(0.85, 0.1, 0.1, alpha=0.25)
    canvas.setFont(SERIF_BOLD, 60)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(20)
    canvas.drawCentredString(
        0, 0, tr(DOCUMENTS, QT_TRANSLATE_NOOP("documents", "PREVIEW — NOT VALID"))
    )
    canvas.restoreState()
