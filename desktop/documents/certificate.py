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
from desktop.documents.fonts import SERIF, SERIF_BOLD, SERIF_ITALIC, draw_lines, fit_text
from desktop.documents.intake_layout import mm
from desktop.documents.language import DOCUMENTS, Translate, translator
from desktop.domain.formatting import format_date
from desktop.domain.i18n import QT_TRANSLATE_NOOP

PAGE = landscape(A4)
QR_SIZE = 30 * mm


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
    y = draw_header(canvas, look, images, top=height - 19 * mm, left=left, right=right)
    english = look.english
    gap = 1.5 * mm if english else 3 * mm

    def line(indonesian: str, english_text: str, font: str, size: float, *, lines: int = 1) -> None:
        nonlocal y
        fitted = fit_text(
            indonesian,
            right - left,
            size * 1.2 * lines,
            font=font,
            size=size,
            min_size=min(size, 9),
        )
        y = draw_lines(canvas, fitted, left, y, right - left, font=font, align="centre")
        if english and english_text:
            small = fit_text(
                english_text, right - left, 10, font=SERIF_ITALIC, size=8.5, min_size=6
            )
            y = draw_lines(canvas, small, left, y, right - left, font=SERIF_ITALIC, align="centre")
        y -= gap

    def both(source: str, **values: object) -> tuple[str, str]:
        return tr(DOCUMENTS, source).format(**values), source.format(**values)

    y -= 4 * mm if english else 7 * mm
    title = tr(DOCUMENTS, QT_TRANSLATE_NOOP("documents", "CERTIFICATE"))
    line(title, "CERTIFICATE", SERIF_BOLD, 34)
    line(*both(QT_TRANSLATE_NOOP("documents", "Number: {number}"), number=paper.number), SERIF, 12)
    y -= gap
    line(*both(QT_TRANSLATE_NOOP("documents", "This certificate is awarded to")), SERIF, 12)
    line(paper.name.upper(), "", SERIF_BOLD, 26, lines=2 if len(paper.name) > 40 else 1)
    birth_id = birth_text(paper.birth_place, paper.birth_date, "id")
    if birth_id:
        indonesian, _ = both(
            QT_TRANSLATE_NOOP("documents", "Place and date of birth: {birth}"), birth=birth_id
        )
        _, english_text = both(
            QT_TRANSLATE_NOOP("documents", "Place and date of birth: {birth}"),
            birth=birth_text(paper.birth_place, paper.birth_date, "en"),
        )
        line(indonesian, english_text, SERIF, 12)
    line(*both(QT_TRANSLATE_NOOP("documents", "has taken part in the training")), SERIF, 12)
    line(paper.programme, "", SERIF_BOLD, 18, lines=2 if len(paper.programme) > 60 else 1)
    period = QT_TRANSLATE_NOOP("documents", "held from {start} to {end}, {hours} lesson hours (JP)")
    indonesian = tr(DOCUMENTS, period).format(
        start=format_date(paper.start, "id"),
        end=format_date(paper.end, "id"),
        hours=paper.hours_jp,
    )
    english_text = period.format(
        start=format_date(paper.start, "en"),
        end=format_date(paper.end, "en"),
        hours=paper.hours_jp,
    )
    line(indonesian, english_text, SERIF, 12)
    _draw_foot(canvas, look, paper, images, tr)
    if paper.preview:
        _draw_preview_mark(canvas, tr)


def _draw_foot(
    canvas: Canvas, look: CertificateLook, paper: CertificatePaper, images: Images, tr: Translate
) -> None:
    """Photo, QR with the short code, and the signature block along the bottom."""
    width, _ = PAGE
    bottom = 20 * mm
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
