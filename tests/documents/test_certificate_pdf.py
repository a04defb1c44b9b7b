"""The certificate PDF read as a person reads it: the pages there are, the words on them (in
Indonesian, the English line only when asked), the fonts carried inside the file, the QR code
decoded from a picture of the page and checked with the centre's public key, names with
apostrophes, accents and 80 characters printed whole, thirty competency units over several back
pages, and a broken logo that does not stop a certificate."""

from __future__ import annotations

import functools
import io
import os
import random
import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import zxingcpp
from PIL import Image, ImageDraw
from pypdf import PdfReader
from pypdf.generic import ContentStream

from desktop.documents.certificate import CertificateLook, CertificatePaper, render_certificate
from desktop.domain.certificate import (
    KeyPair,
    SignedFields,
    key_id,
    new_key_pair,
    qr_code,
    read_qr_code,
    sign,
    signature_holds,
    verify_code,
)

NUMBER = "012/LPK-XYZ/XI/2026"
NAME = "Siti Aminah"
PROGRAMME = "Menjahit Pakaian Wanita"
SIGNER = "Dra. Siti Rahmawati, M.Pd."
NIP = "197003152000032001"
LONG_NAME = (  # 80 characters, as the register's field allows and Balinese names run
    "Anak Agung Ayu Ngurah Putri Kusumawardhani Dewi Saraswati Mahendradatta Sri Asih"
)
DPI = 150


@functools.cache
def keys() -> KeyPair:
    return new_key_pair()


def picture(size: tuple[int, int], colour: tuple[int, int, int], ring: bool = False) -> bytes:
    image = Image.new("RGB", size, colour)
    if ring:
        ImageDraw.Draw(image).ellipse(
            (10, 10, size[0] - 10, size[1] - 10), outline="white", width=12
        )
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def look(**changes: Any) -> CertificateLook:
    base = CertificateLook(
        centre_name="LKP Terampil Mandiri",
        centre_address="Jl. Merdeka No. 17, Cianjur\nJawa Barat 43262",
        logo_png=picture((400, 400), (180, 20, 20), ring=True),
        sponsor_logos=(picture((300, 300), (0, 120, 60)), picture((600, 200), (20, 40, 160))),
        signer_title="Kepala LKP Terampil Mandiri",
        signer_name=SIGNER,
        signer_nip=NIP,
        place="Cianjur",
        english=False,
    )
    return replace(base, **changes)


def paper(
    name: str = NAME, units: tuple[tuple[str, str], ...] = (), **changes: Any
) -> CertificatePaper:
    """A certificate with a real signed code, as issuing makes it."""
    fields = SignedFields("LPK-XYZ", NUMBER, name, PROGRAMME, date(2026, 9, 1), date(2026, 10, 30))
    signature = sign(keys().private, fields)
    base = CertificatePaper(
        number=NUMBER,
        verify_code=verify_code(signature),
        qr=qr_code(keys().key_id, fields, signature),
        name=name,
        birth_place="Bantul",
        birth_date=date(1990, 3, 12),
        programme=PROGRAMME,
        start=fields.start,
        end=fields.end,
        hours_jp=80,
        issue_date=date(2026, 11, 2),
        units=units,
    )
    return replace(base, **changes)


UNITS = (
    ("C.14.020.01.001.1", "Mengukur Tubuh Wanita"),
    ("C.14.020.01.002.1", "Membuat Pola Dasar Badan"),
    ("C.14.020.01.003.1", "Menjahit dengan Mesin Jahit Industri"),
)


def texts(pdf: bytes) -> list[str]:
    """Each page's words as a text extractor (and a screen reader) gets them."""
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def flat(text: str) -> str:
    """Lines joined: a line the page wraps reads on."""
    return " ".join(text.split())


def page_image(pdf: bytes, folder: Path, page: int = 1) -> Image.Image:
    """The page as printed, at 150 dpi, drawn by poppler (not by the library that made it)."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    source = folder / "certificate.pdf"
    source.write_bytes(pdf)
    stem = folder / f"page{page}"
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            str(DPI),
            "-f",
            str(page),
            "-l",
            str(page),
            "-png",
            str(source),
            str(stem),
        ],
        check=True,
        capture_output=True,
    )
    (found,) = folder.glob(f"page{page}-*.png")
    image = Image.open(found).convert("RGB")
    shots = os.environ.get("PELITA_SHOTS")
    if shots:  # for a person to look at
        Path(shots).mkdir(parents=True, exist_ok=True)
        image.save(Path(shots) / f"certificate-{folder.name}-page{page}.png")
    return image


def decoded_qr(image: Image.Image) -> list[str]:
    return [found.text for found in zxingcpp.read_barcodes(image)]


def assert_nothing_outside_the_frame(image: Image.Image) -> None:
    """The border is drawn 10 mm in from the paper's edge: anything that runs over it (a name
    too long, a table too wide) shows as ink in that white margin."""
    margin = int(8 / 25.4 * DPI)  # 8 mm: clear of the border's own line
    width, height = image.size
    grey = image.convert("L")
    for box in (
        (0, 0, margin, height),
        (width - margin, 0, width, height),
        (0, 0, width, margin),
        (0, height - margin, width, height),
    ):
        darkest, _ = grey.crop(box).getextrema()
        assert darkest > 200, f"ink in the margin {box}"


# --- the words ---------------------------------------------------------------------------------


def test_the_front_reads_like_a_certificate_and_the_back_lists_the_units() -> None:
    pdf = render_certificate(look(), paper(units=UNITS))
    pages = texts(pdf)
    assert len(pages) == 2
    front = flat(pages[0])
    for words in (
        "LKP Terampil Mandiri",
        "SERTIFIKAT",
        f"Nomor: {NUMBER}",
        "Diberikan kepada",
        "SITI AMINAH",
        "Tempat, tanggal lahir: Bantul, 12 Maret 1990",
        "telah mengikuti pelatihan",
        PROGRAMME,
        "1 September 2026 s.d. 30 Oktober 2026",
        "80 jam pelajaran (JP)",
        "Kode verifikasi",
        paper().verify_code,
        "Cianjur, 2 November 2026",
        "Kepala LKP Terampil Mandiri",
        SIGNER,
        f"NIP. {NIP}",
    ):
        assert words in front, words
    assert "Siti Aminah" not in front  # the name is printed in capitals only
    back = flat(pages[1])
    assert f"SITI AMINAH — {NUMBER}" in back
    for code, title in UNITS:
        assert code in back and title in back


def test_without_units_there_is_no_back_page() -> None:
    assert len(texts(render_certificate(look(), paper()))) == 1


ENGLISH = (
    "CERTIFICATE",
    f"Number: {NUMBER}",
    "This certificate is awarded to",
    "Place and date of birth: Bantul, 12 March 1990",
    "has taken part in the training",
    "held from 1 September 2026 to 30 October 2026, 80 lesson hours (JP)",
)


def test_the_english_line_is_printed_only_when_asked() -> None:
    with_english = texts(render_certificate(look(english=True), paper(units=UNITS)))
    front = flat(with_english[0])
    for words in ENGLISH:
        assert words in front, words
    assert "SERTIFIKAT" in front and "telah mengikuti pelatihan" in front
    assert "List of competency units" in with_english[1]

    indonesian_only = texts(render_certificate(look(english=False), paper(units=UNITS)))
    for words in ENGLISH:
        assert words not in flat(indonesian_only[0]), words
    assert "List of competency units" not in indonesian_only[1]


def test_the_qr_text_is_in_the_subject_for_verification_to_find() -> None:
    made = paper()
    metadata = PdfReader(io.BytesIO(render_certificate(look(), made))).metadata
    assert metadata is not None and metadata.subject == made.qr
    assert metadata.title == f"Sertifikat {NUMBER}"


# --- the fonts ---------------------------------------------------------------------------------


def _descriptor(font: Any) -> Any:
    font = font.get_object()
    if "/DescendantFonts" in font:
        font = font["/DescendantFonts"][0].get_object()
    descriptor = font.get("/FontDescriptor")
    return descriptor.get_object() if descriptor is not None else None


def _fonts_showing_text(reader: PdfReader, page: Any) -> set[str]:
    """The fonts that text on the page is drawn in (followed through Tf to each show)."""
    shown, current = set(), None
    for operands, operator in ContentStream(page.get_contents(), reader).operations:
        if operator == b"Tf":
            current = str(operands[0])
        elif operator in (b"Tj", b"TJ", b"'", b'"') and current is not None:
            shown.add(current)
    return shown


def test_every_font_text_is_drawn_in_travels_inside_the_file() -> None:
    pdf = render_certificate(look(english=True), paper(units=UNITS))
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        used = _fonts_showing_text(reader, page)
        assert used  # the page has text at all
        for name in used:
            descriptor = _descriptor(fonts[name])
            assert descriptor is not None and "/FontFile2" in descriptor, name
            assert "DejaVuSerif" in str(fonts[name].get_object()["/BaseFont"])


def test_every_font_the_file_names_is_embedded() -> None:
    pdf = render_certificate(look(), paper(units=UNITS))
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for name, font in page["/Resources"]["/Font"].items():
            descriptor = _descriptor(font)
            assert descriptor is not None and "/FontFile2" in descriptor, name


# --- the QR code -------------------------------------------------------------------------------


def test_the_qr_code_decodes_from_the_printed_page_and_verifies(tmp_path: Path) -> None:
    made = paper(units=UNITS)
    image = page_image(render_certificate(look(), made), tmp_path)
    assert decoded_qr(image) == [made.qr]
    read = read_qr_code(made.qr)
    assert read is not None
    assert read.key_id == key_id(keys().public)
    assert signature_holds(keys().public, read.fields, read.signature)
    assert read.fields.number == NUMBER and read.fields.name == NAME
    assert read.fields.programme == PROGRAMME
    assert verify_code(read.signature) == made.verify_code  # the code printed under it
    assert not signature_holds(new_key_pair().public, read.fields, read.signature)
    assert_nothing_outside_the_frame(image)


# --- names as people have them -----------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["Nur'aini", "Désirée Ayu Kusumawardhani", "Ma'ruf Nur’aini Çelik", "I Gusti Ayu Oka"],
)
def test_names_with_apostrophes_and_accents_print_whole_and_sign(name: str, tmp_path: Path) -> None:
    made = paper(name)
    front = flat(texts(render_certificate(look(english=True), made))[0])
    assert name.upper() in front
    image = page_image(render_certificate(look(), made), tmp_path)
    (text,) = decoded_qr(image)
    read = read_qr_code(text)
    assert read is not None and read.fields.name == name  # accents survive the QR
    assert signature_holds(keys().public, read.fields, read.signature)


def test_an_80_character_name_fits_without_losing_a_word(tmp_path: Path) -> None:
    assert len(LONG_NAME) == 80
    made = paper(LONG_NAME, units=UNITS)
    pdf = render_certificate(look(english=True), made)
    pages = texts(pdf)
    front = flat(pages[0])
    for word in LONG_NAME.upper().split():
        assert word in front, word
    assert "…" not in front  # nothing was cut off to make it fit
    assert LONG_NAME.upper() in flat(pages[1])  # the back's heading too
    image = page_image(pdf, tmp_path)
    assert_nothing_outside_the_frame(image)
    assert decoded_qr(image) == [made.qr]  # the longer code still reads


# --- the back page -----------------------------------------------------------------------------


def thirty_units() -> tuple[tuple[str, str], ...]:
    return tuple(
        (f"C.14.020.01.{i:03d}.1", f"Unit Kompetensi Nomor {i} Menjahit Busana")
        for i in range(1, 31)
    )


def test_thirty_units_go_on_over_extra_back_pages_without_losing_a_row(tmp_path: Path) -> None:
    units = thirty_units()
    pdf = render_certificate(look(), paper(units=units))
    pages = texts(pdf)
    assert len(pages) >= 3  # the front and more than one back page
    backs = [flat(page) for page in pages[1:]]
    for back in backs:  # each back page says whose it is
        assert f"SITI AMINAH — {NUMBER}" in back
    joined = " ".join(backs)
    positions = []
    for code, title in units:
        assert joined.count(code) == 1, code  # each once: none lost, none twice
        assert title in joined, title
        positions.append(joined.index(code))
    assert positions == sorted(positions)  # in their order
    assert "…" not in joined
    for page in range(2, len(pages) + 1):
        assert_nothing_outside_the_frame(page_image(pdf, tmp_path, page))


# --- what must not stop a certificate ----------------------------------------------------------


def test_a_broken_logo_or_signature_still_gives_a_certificate(tmp_path: Path) -> None:
    junk = random.Random(6).randbytes(3000)
    made = paper(units=UNITS)
    pdf = render_certificate(
        look(
            logo_png=junk,
            sponsor_logos=(b"\x89PNG\r\n\x1a\n" + junk, picture((80, 80), (0, 0, 0))),
            signature_png=junk[:100],
        ),
        made,
    )
    pages = texts(pdf)
    assert len(pages) == 2
    assert "SITI AMINAH" in pages[0] and NUMBER in pages[0]
    assert decoded_qr(page_image(pdf, tmp_path)) == [made.qr]
