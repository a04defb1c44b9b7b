"""Yardsticks for the certificate benchmark: LibreOffice headless, and a bare ReportLab page loop.

The target (the issue): 1,000 certificates issued end to end at least 10x faster than
LibreOffice headless turning the same 1,000 certificates from a mail-merge document into PDF,
measured in the same run.

- `libreoffice_seconds`: what a centre without Pelita would do. Writer's mail merge writes
  one document holding every certificate (two pages each: the certificate and its list of
  competency units); we hand-write that document as flat ODF (.fodt) and time
  `soffice --headless --convert-to pdf` on it, start-up included. Writing the .fodt is not
  timed, so the yardstick is a lower bound of what mail merge plus export costs.
- `bare_reportlab_seconds`: the floor for any ReportLab certificate: one canvas, the same text
  at fixed positions in built-in Helvetica (nothing embedded, nothing measured or wrapped),
  the images drawn from readers made once.

`ensure_libreoffice` installs `libreoffice-writer-nogui` from Debian when it can (as root);
when it cannot, the benchmark skips the comparison with the one line it prints.

Try it: `PYTHONPATH=. .venv/bin/python -m tests.benchmarks.certificate_yardsticks [--count N]`.
"""

from __future__ import annotations

import argparse
import base64
import io
import os
import random
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, landscape  # type: ignore[import-untyped]
from reportlab.lib.utils import ImageReader  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

DEBIAN_PACKAGE = "libreoffice-writer-nogui"
# Seconds. 1,000 certificates took ~100 s on 2 CPUs, and LibreOffice's time grows faster
# than the number of pages, so a slow machine gets ample room before it counts as a failure.
CONVERT_TIMEOUT = 30 * 60
APT_TIMEOUT = 20 * 60  # seconds; the package and its dependencies are a few hundred MB

# The signer is the same on every certificate of a batch, so it is no merge field.
SIGNER_TITLE = "Kepala Balai"
SIGNER_NAME = "Dra. SRI WAHYUNI NINGSIH, M.Si."
SIGNER_NIP = "NIP. 19700512 199503 2 001"
SAMPLE_CENTRE = "UPTD Balai Latihan Kerja Kabupaten Bantul"

# XML 1.0 forbids these control characters even escaped; a stray one in a name would make
# LibreOffice reject the whole document rather than one certificate.
_XML_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(frozen=True)
class MergeRecord:
    """One row of the mail-merge data source: what differs from one certificate to the next."""

    number: str
    name: str  # in capitals, as certificates print it
    birth: str  # "Bantul, 12 Maret 1990"
    programme: str
    dates: str  # "2 November 2026 – 20 November 2026"
    hours_jp: int
    issued: str  # "Yogyakarta, 23 November 2026"
    verify_code: str
    units: tuple[tuple[str, str], ...]  # (code, title) for the back page


# --- Getting LibreOffice -----------------------------------------------------------------


def _find_soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def _apt_get(*args: str) -> subprocess.CompletedProcess[str]:
    # Noninteractive so no debconf question can hang the benchmark waiting for a terminal.
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    return subprocess.run(
        ["apt-get", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=APT_TIMEOUT,
        check=False,
    )


def _last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1] if lines else "(no output)"


def ensure_libreoffice() -> str | None:
    """The path of `soffice`, installing LibreOffice Writer from Debian if need be and allowed.

    Returns None, having printed one line saying why, when it cannot be had.
    """
    found = _find_soffice()
    if found:
        return found
    if not Path("/etc/debian_version").exists() or shutil.which("apt-get") is None:
        print("LibreOffice yardstick skipped: soffice not found and this is not Debian (no apt).")
        return None
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        print(
            f"LibreOffice yardstick skipped: soffice not found; "
            f"install {DEBIAN_PACKAGE} as root (apt-get install {DEBIAN_PACKAGE})."
        )
        return None
    install = ("install", "-y", "--no-install-recommends", DEBIAN_PACKAGE)
    try:
        result = _apt_get(*install)
        if result.returncode != 0:
            # Most often stale or missing package lists (as in a fresh container): only then
            # is the slow `apt-get update` worth it.
            update = _apt_get("update")
            if update.returncode != 0:
                print(
                    f"LibreOffice yardstick skipped: apt-get update failed: "
                    f"{_last_line(update.stderr or update.stdout)}"
                )
                return None
            result = _apt_get(*install)
    except subprocess.TimeoutExpired:
        print(
            f"LibreOffice yardstick skipped: installing {DEBIAN_PACKAGE} took over "
            f"{APT_TIMEOUT // 60} minutes."
        )
        return None
    if result.returncode != 0:
        print(
            f"LibreOffice yardstick skipped: apt-get install {DEBIAN_PACKAGE} failed: "
            f"{_last_line(result.stderr or result.stdout)}"
        )
        return None
    found = _find_soffice()
    if found is None:
        print(f"LibreOffice yardstick skipped: {DEBIAN_PACKAGE} installed but no soffice on PATH.")
    return found


# --- The mail-merge document --------------------------------------------------------------


def _x(text: str) -> str:
    """Text or attribute value made safe for XML (quotes too, for attributes)."""
    return escape(_XML_FORBIDDEN.sub("", text), {'"': "&quot;"})


_FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document
 xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'"
  style:font-family-generic="swiss" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/>
  <style:text-properties style:font-name="DejaVu Sans" fo:font-size="11pt" fo:language="id"
   fo:country="ID"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm"
   style:print-orientation="landscape" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm"
   fo:margin-left="2cm" fo:margin-right="2cm"/>
 </style:page-layout>
 <style:style style:name="PLogo" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center"/>
 </style:style>
 <style:style style:name="PLogoBreak" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:break-before="page"/>
 </style:style>
 <style:style style:name="PCentre" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-top="0.15cm"
   fo:margin-bottom="0.3cm"/>
  <style:text-properties fo:font-size="15pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="PTitle" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="28pt" fo:font-weight="bold" fo:letter-spacing="0.1cm"/>
 </style:style>
 <style:style style:name="PCenter" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.1cm"/>
 </style:style>
 <style:style style:name="PStatement" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-top="0.4cm"/>
 </style:style>
 <style:style style:name="PName" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm"
   fo:margin-bottom="0.1cm"/>
  <style:text-properties fo:font-size="24pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="PProgramme" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-top="0.1cm"
   fo:margin-bottom="0.1cm"/>
  <style:text-properties fo:font-size="16pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="PSign" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center"/>
 </style:style>
 <style:style style:name="PSignName" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-top="1.8cm"/>
 </style:style>
 <style:style style:name="PQr" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="start"/>
 </style:style>
 <style:style style:name="PCode" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="PBackTitle" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:break-before="page"/>
  <style:text-properties fo:font-size="16pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="PBackSub" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-top="0.1cm"
   fo:margin-bottom="0.5cm"/>
 </style:style>
 <style:style style:name="PTh" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="PTd" style:family="paragraph" style:parent-style-name="Standard"/>
 <style:style style:name="PTdNo" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center"/>
 </style:style>
 <style:style style:name="TUnderline" style:family="text">
  <style:text-properties fo:font-weight="bold" style:text-underline-style="solid"
   style:text-underline-width="auto" style:text-underline-color="font-color"/>
 </style:style>
 <style:style style:name="FrImage" style:family="graphic">
  <style:graphic-properties style:vertical-pos="top" style:vertical-rel="baseline"
   fo:border="none" fo:padding="0cm"/>
 </style:style>
 <style:style style:name="TblFoot" style:family="table">
  <style:table-properties style:width="25.7cm" table:align="margins" fo:margin-top="0.4cm"/>
 </style:style>
 <style:style style:name="TblFootA" style:family="table-column">
  <style:table-column-properties style:column-width="14.7cm"/>
 </style:style>
 <style:style style:name="TblFootB" style:family="table-column">
  <style:table-column-properties style:column-width="11cm"/>
 </style:style>
 <style:style style:name="CellFoot" style:family="table-cell">
  <style:table-cell-properties style:vertical-align="bottom" fo:border="none" fo:padding="0cm"/>
 </style:style>
 <style:style style:name="TblUnits" style:family="table">
  <style:table-properties style:width="25.7cm" table:align="margins"/>
 </style:style>
 <style:style style:name="TblUnitsA" style:family="table-column">
  <style:table-column-properties style:column-width="1.5cm"/>
 </style:style>
 <style:style style:name="TblUnitsB" style:family="table-column">
  <style:table-column-properties style:column-width="5.2cm"/>
 </style:style>
 <style:style style:name="TblUnitsC" style:family="table-column">
  <style:table-column-properties style:column-width="19cm"/>
 </style:style>
 <style:style style:name="CellHead" style:family="table-cell">
  <style:table-cell-properties fo:background-color="#dddddd" fo:border="0.5pt solid #000000"
   fo:padding="0.12cm"/>
 </style:style>
 <style:style style:name="Cell" style:family="table-cell">
  <style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.12cm"/>
 </style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1"/>
</office:master-styles>
<office:body>
<office:text>
"""

_FODT_TAIL = "</office:text>\n</office:body>\n</office:document>\n"


def _image_frame(name: str, size_cm: float, png_base64: str) -> str:
    # As-char frames flow with the text like a merge template's images; the picture's bytes sit
    # in every frame because a merged document repeats the template's page for each record.
    return (
        f'<draw:frame draw:style-name="FrImage" draw:name="{_x(name)}" '
        f'text:anchor-type="as-char" svg:width="{size_cm}cm" svg:height="{size_cm}cm" '
        f'draw:z-index="0"><draw:image><office:binary-data>{png_base64}'
        "</office:binary-data></draw:image></draw:frame>"
    )


def _front_page(
    index: int, record: MergeRecord, centre_name: str, logo_b64: str, qr_b64: str
) -> str:
    # Every front page after the first starts a new page; the back page starts its own too.
    logo_style = "PLogo" if index == 0 else "PLogoBreak"
    return "".join(
        (
            f'<text:p text:style-name="{logo_style}">',
            _image_frame(f"Logo{index + 1}", 2.4, logo_b64),
            "</text:p>\n",
            f'<text:p text:style-name="PCentre">{_x(centre_name.upper())}</text:p>\n',
            '<text:p text:style-name="PTitle">SERTIFIKAT</text:p>\n',
            f'<text:p text:style-name="PCenter">Nomor: {_x(record.number)}</text:p>\n',
            '<text:p text:style-name="PStatement">Dengan ini menerangkan bahwa:</text:p>\n',
            f'<text:p text:style-name="PName">{_x(record.name)}</text:p>\n',
            f'<text:p text:style-name="PCenter">Tempat/Tanggal Lahir: {_x(record.birth)}'
            "</text:p>\n",
            '<text:p text:style-name="PCenter">telah mengikuti pelatihan</text:p>\n',
            f'<text:p text:style-name="PProgramme">{_x(record.programme)}</text:p>\n',
            f'<text:p text:style-name="PCenter">pada tanggal {_x(record.dates)} '
            f"selama {record.hours_jp} JP</text:p>\n",
            # The QR beside the signature, as templates lay it out: a borderless table is
            # how a Writer template puts two blocks side by side at the foot of the page.
            f'<table:table table:name="Foot{index + 1}" table:style-name="TblFoot">',
            '<table:table-column table:style-name="TblFootA"/>',
            '<table:table-column table:style-name="TblFootB"/>',
            '<table:table-row><table:table-cell table:style-name="CellFoot" '
            'office:value-type="string">',
            '<text:p text:style-name="PQr">',
            _image_frame(f"Qr{index + 1}", 3.0, qr_b64),
            "</text:p>",
            f'<text:p text:style-name="PCode">Kode verifikasi: {_x(record.verify_code)}</text:p>',
            '</table:table-cell><table:table-cell table:style-name="CellFoot" '
            'office:value-type="string">',
            f'<text:p text:style-name="PSign">{_x(record.issued)}</text:p>',
            f'<text:p text:style-name="PSign">{_x(SIGNER_TITLE)}</text:p>',
            f'<text:p text:style-name="PSignName"><text:span text:style-name="TUnderline">'
            f"{_x(SIGNER_NAME)}</text:span></text:p>",
            f'<text:p text:style-name="PSign">{_x(SIGNER_NIP)}</text:p>',
            "</table:table-cell></table:table-row></table:table>\n",
        )
    )


def _back_page(index: int, record: MergeRecord) -> str:
    parts = [
        '<text:p text:style-name="PBackTitle">DAFTAR UNIT KOMPETENSI</text:p>\n',
        f'<text:p text:style-name="PBackSub">{_x(record.programme)} — {_x(record.name)}</text:p>\n',
        f'<table:table table:name="Units{index + 1}" table:style-name="TblUnits">',
        '<table:table-column table:style-name="TblUnitsA"/>',
        '<table:table-column table:style-name="TblUnitsB"/>',
        '<table:table-column table:style-name="TblUnitsC"/>',
        "<table:table-header-rows><table:table-row>",
    ]
    for heading in ("No", "Kode Unit", "Judul Unit"):
        parts.append(
            '<table:table-cell table:style-name="CellHead" office:value-type="string">'
            f'<text:p text:style-name="PTh">{heading}</text:p></table:table-cell>'
        )
    parts.append("</table:table-row></table:table-header-rows>")
    for number, (code, title) in enumerate(record.units, start=1):
        parts.append(
            "<table:table-row>"
            '<table:table-cell table:style-name="Cell" office:value-type="string">'
            f'<text:p text:style-name="PTdNo">{number}</text:p></table:table-cell>'
            '<table:table-cell table:style-name="Cell" office:value-type="string">'
            f'<text:p text:style-name="PTd">{_x(code)}</text:p></table:table-cell>'
            '<table:table-cell table:style-name="Cell" office:value-type="string">'
            f'<text:p text:style-name="PTd">{_x(title)}</text:p></table:table-cell>'
            "</table:table-row>"
        )
    parts.append("</table:table>\n")
    return "".join(parts)


def merged_document(
    records: Sequence[MergeRecord], centre_name: str, logo_png: bytes, qr_png: bytes
) -> str:
    """The flat ODF text a Writer mail merge of these records would save: two pages each."""
    logo_b64 = base64.b64encode(logo_png).decode("ascii")
    # One QR for all: mail merge fills text fields, it cannot draw a QR code per record.
    qr_b64 = base64.b64encode(qr_png).decode("ascii")
    parts = [_FODT_HEAD]
    for index, record in enumerate(records):
        parts.append(_front_page(index, record, centre_name, logo_b64, qr_b64))
        parts.append(_back_page(index, record))
    parts.append(_FODT_TAIL)
    return "".join(parts)


def libreoffice_seconds(
    records: Sequence[MergeRecord],
    centre_name: str,
    logo_png: bytes,
    qr_png: bytes,
    workdir: Path,
) -> float | None:
    """Wall-clock seconds for LibreOffice headless to turn the merged document into PDF.

    Start-up included (a fresh process, as a centre's batch script would run it). None, with
    the reason printed, when soffice is missing, fails or makes the wrong number of pages.
    """
    soffice = _find_soffice()
    if soffice is None:
        print("LibreOffice yardstick skipped: soffice not found (see ensure_libreoffice).")
        return None
    workdir = workdir.resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    source = workdir / "certificates.fodt"
    pdf = workdir / "certificates.pdf"
    source.write_text(merged_document(records, centre_name, logo_png, qr_png), encoding="utf-8")
    # A PDF left by an earlier run must not pass for this run's output.
    pdf.unlink(missing_ok=True)
    # A profile of its own: an soffice already running for a user would otherwise take the
    # job over (and its state would colour the timing); the first conversion creates it.
    profile = (workdir / "lo-profile").as_uri()
    command = [
        soffice,
        "--headless",
        "--norestore",
        f"-env:UserInstallation={profile}",
        "--convert-to",
        "pdf",
        "--outdir",
        str(workdir),
        str(source),
    ]
    started = time.perf_counter()
    try:
        result = subprocess.run(
            command, capture_output=True, text=True, timeout=CONVERT_TIMEOUT, check=False
        )
    except subprocess.TimeoutExpired:
        print(f"LibreOffice yardstick failed: no PDF after {CONVERT_TIMEOUT // 60} minutes.")
        return None
    seconds = time.perf_counter() - started
    if result.returncode != 0 or not pdf.exists():
        # soffice reports a failed conversion on stderr yet often exits 0, hence the file check.
        print(
            f"LibreOffice yardstick failed (exit {result.returncode}): "
            f"{_last_line(result.stderr or result.stdout)}"
        )
        return None
    # A page too many means a certificate overflowed its page: not the document we meant.
    from pypdf import PdfReader

    pages = len(PdfReader(pdf).pages)
    if pages != 2 * len(records):
        print(
            f"LibreOffice yardstick failed: {pages} pages, expected {2 * len(records)} "
            f"(2 per certificate)."
        )
        return None
    return seconds


# --- The bare ReportLab page loop ---------------------------------------------------------


def bare_reportlab_seconds(
    records: Sequence[MergeRecord],
    logo_png: bytes,
    qr_png: bytes,
    centre_name: str = SAMPLE_CENTRE,
) -> float:
    """Seconds for the least any ReportLab certificate run can do: fixed text, shared images."""
    started = time.perf_counter()
    # Readers made once, so each picture is decoded once and stored once in the PDF.
    logo = ImageReader(io.BytesIO(logo_png))
    qr = ImageReader(io.BytesIO(qr_png))
    width, height = landscape(A4)
    middle = width / 2
    sign_x = width - 190  # centre of the signature block
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height))
    centre_heading = centre_name.upper()
    for record in records:
        # Front page, top to bottom.
        canvas.drawImage(logo, middle - 34, height - 102, width=68, height=68)
        canvas.setFont("Helvetica-Bold", 15)
        canvas.drawCentredString(middle, height - 122, centre_heading)
        canvas.setFont("Helvetica-Bold", 28)
        canvas.drawCentredString(middle, height - 160, "SERTIFIKAT")
        canvas.setFont("Helvetica", 11)
        canvas.drawCentredString(middle, height - 180, f"Nomor: {record.number}")
        canvas.drawCentredString(middle, height - 208, "Dengan ini menerangkan bahwa:")
        canvas.setFont("Helvetica-Bold", 24)
        canvas.drawCentredString(middle, height - 240, record.name)
        canvas.setFont("Helvetica", 11)
        canvas.drawCentredString(middle, height - 262, f"Tempat/Tanggal Lahir: {record.birth}")
        canvas.drawCentredString(middle, height - 280, "telah mengikuti pelatihan")
        canvas.setFont("Helvetica-Bold", 16)
        canvas.drawCentredString(middle, height - 302, record.programme)
        canvas.setFont("Helvetica", 11)
        canvas.drawCentredString(
            middle, height - 322, f"pada tanggal {record.dates} selama {record.hours_jp} JP"
        )
        canvas.drawCentredString(sign_x, 170, record.issued)
        canvas.drawCentredString(sign_x, 156, SIGNER_TITLE)
        canvas.setFont("Helvetica-Bold", 11)
        canvas.drawCentredString(sign_x, 100, SIGNER_NAME)
        half = canvas.stringWidth(SIGNER_NAME, "Helvetica-Bold", 11) / 2
        canvas.line(sign_x - half, 98, sign_x + half, 98)
        canvas.setFont("Helvetica", 11)
        canvas.drawCentredString(sign_x, 86, SIGNER_NIP)
        canvas.drawImage(qr, 57, 70, width=85, height=85)
        canvas.setFont("Helvetica", 9)
        canvas.drawString(57, 58, f"Kode verifikasi: {record.verify_code}")
        canvas.showPage()
        # Back page: the units as plain rows.
        canvas.setFont("Helvetica-Bold", 16)
        canvas.drawCentredString(middle, height - 60, "DAFTAR UNIT KOMPETENSI")
        canvas.setFont("Helvetica", 11)
        canvas.drawCentredString(middle, height - 80, f"{record.programme} — {record.name}")
        canvas.setFont("Helvetica-Bold", 11)
        y = height - 115
        canvas.drawString(60, y, "No")
        canvas.drawString(100, y, "Kode Unit")
        canvas.drawString(250, y, "Judul Unit")
        canvas.setFont("Helvetica", 11)
        for number, (code, title) in enumerate(record.units, start=1):
            y -= 20
            canvas.drawString(60, y, str(number))
            canvas.drawString(100, y, code)
            canvas.drawString(250, y, title)
        canvas.showPage()
    canvas.save()
    return time.perf_counter() - started


# --- Trying it by hand --------------------------------------------------------------------

_FIRST = (
    "Siti", "Nur'aini", "Ahmad", "Dewi", "Budi", "André", "Putri", "Ma'ruf", "Rina", "Agus",
    "Sri", "Joko", "Ayu", "Hendra", "Fitri", "Bambang", "Yulia", "Rizky", "Wahyu", "Désirée",
    "Indah", "Eko", "Lestari", "Muhammad", "Kadek", "Ni Luh", "I Gede", "Ruth", "Yohanes", "Zahra",
)  # fmt: skip
_LAST = (
    "Rahmawati", "Santoso", "Hidayat", "Kusuma", "Pratama", "Wijaya", "Nugroho", "Saputra",
    "Sa'adah", "Handayani", "Setiawan", "Purnamasari", "Siregar", "Simanjuntak", "Ayu Ketut",
    "Ginting", "Harahap", "Lumbantobing", "Pangaribuan", "Fauzi",
)  # fmt: skip
_PLACES = ("Bantul", "Sleman", "Gunungkidul", "Kulon Progo", "Yogyakarta", "Klaten", "Magelang")
_MONTHS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip
_PROGRAMMES: tuple[tuple[str, int, tuple[tuple[str, str], ...]], ...] = (
    (
        "Teknisi Komputer dan Jaringan",
        240,
        (
            ("TIK.JK01.001.01", "Merakit Personal Komputer"),
            ("TIK.JK01.002.01", "Menginstalasi Sistem Operasi"),
            ("TIK.JK02.001.01", "Memasang Jaringan Lokal (LAN)"),
            ("TIK.JK02.003.01", "Mengonfigurasi Router dan Switch"),
            ("TIK.JK03.001.01", "Mendiagnosis Permasalahan Perangkat Keras"),
            ("TIK.JK03.004.01", "Melakukan Perawatan Komputer & Jaringan"),
            ("TIK.JK04.002.01", "Menerapkan Keselamatan dan Kesehatan Kerja (K3)"),
            ("TIK.JK05.001.01", "Berkomunikasi dengan Pelanggan"),
        ),
    ),
    (
        "Menjahit Pakaian Wanita",
        160,
        (
            ("C.141100.001.01", "Mengukur Tubuh Pelanggan"),
            ("C.141100.004.01", "Membuat Pola Dasar Busana Wanita"),
            ("C.141100.007.01", "Memotong Bahan"),
            ("C.141100.010.01", "Menjahit dengan Mesin"),
            ("C.141100.013.01", "Menyelesaikan Busana dengan Jahitan Tangan"),
            ("C.141100.016.01", "Melakukan Pengepresan"),
        ),
    ),
    (
        "Barista",
        120,
        (
            ("I.56BAR00.001.2", "Mengembangkan Pengetahuan Produk Kopi"),
            ("I.56BAR00.003.2", "Menyiapkan Peralatan Espresso"),
            ("I.56BAR00.005.2", "Membuat Minuman Kopi Berbasis Espresso"),
            ("I.56BAR00.007.2", "Membuat Latte Art"),
            ("I.56BAR00.009.2", "Menjaga Kebersihan Area Kerja (Hygiene & Sanitasi)"),
        ),
    ),
    (
        "Pengelasan SMAW Posisi 3G",
        280,
        (
            ("C.25LAS00.001.1", "Menerapkan Prosedur K3 Pengelasan"),
            ("C.25LAS00.004.1", "Membaca Gambar Teknik dan Simbol Las"),
            ("C.25LAS00.008.1", "Menyiapkan Bahan dan Sambungan Las"),
            ("C.25LAS00.012.1", "Mengelas Pelat Posisi Bawah Tangan (1G)"),
            ("C.25LAS00.013.1", "Mengelas Pelat Posisi Horizontal (2G)"),
            ("C.25LAS00.014.1", "Mengelas Pelat Posisi Vertikal (3G)"),
            ("C.25LAS00.020.1", "Memeriksa Hasil Las secara Visual"),
            ("C.25LAS00.021.1", "Memperbaiki Cacat Las"),
            ("C.25LAS00.030.1", "Merawat Mesin Las"),
            ("C.25LAS00.031.1", "Melakukan Pekerjaan Gerinda"),
        ),
    ),
)
_CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud on the phone


def sample_records(count: int, seed: int = 2026) -> list[MergeRecord]:
    """Certificates as a batch would have them, names with apostrophes and accents among them."""
    rng = random.Random(seed)
    records = []
    for i in range(count):
        programme, hours, units = _PROGRAMMES[i % len(_PROGRAMMES)]
        name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}".upper()
        born = f"{rng.choice(_PLACES)}, {rng.randint(1, 28)} {rng.choice(_MONTHS)} " + str(
            rng.randint(1975, 2006)
        )
        code = "".join(rng.choice(_CODE_LETTERS) for _ in range(8))
        records.append(
            MergeRecord(
                number=f"563/{i + 1:04d}/BLK-BTL/XI/2026",
                name=name,
                birth=born,
                programme=programme,
                dates="2 November 2026 – 20 November 2026",
                hours_jp=hours,
                issued="Yogyakarta, 23 November 2026",
                verify_code=f"{code[:4]}-{code[4:]}",
                units=units,
            )
        )
    return records


def sample_logo_png() -> bytes:
    """A 300×300 emblem: enough pixels to cost what a real centre logo costs to embed."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (300, 300), "white")
    draw = ImageDraw.Draw(image)
    draw.ellipse((10, 10, 290, 290), fill="#1f4e79", outline="#c9a227", width=12)
    draw.polygon([(150, 50), (240, 230), (60, 230)], fill="#c9a227")
    draw.rectangle((120, 150, 180, 230), fill="white")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def sample_qr_png() -> bytes:
    import segno

    buffer = io.BytesIO()
    segno.make("PLT1-TEST", error="m").save(buffer, kind="png", scale=4)
    return buffer.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.certificate_yardsticks")
    parser.add_argument("--count", type=int, default=100, help="certificates (default 100)")
    parser.add_argument(
        "--workdir", type=Path, help="keep the .fodt, PDF and profile here (default: temporary)"
    )
    args = parser.parse_args()
    records = sample_records(args.count)
    logo, qr = sample_logo_png(), sample_qr_png()
    pages = 2 * len(records)
    seconds = bare_reportlab_seconds(records, logo, qr, SAMPLE_CENTRE)
    print(f"bare ReportLab: {seconds:.3f} s for {pages} pages ({pages / seconds:.0f} pages/s)")
    if ensure_libreoffice() is None:
        return
    with tempfile.TemporaryDirectory(prefix="lo-yardstick-") as temporary:
        workdir = args.workdir or Path(temporary)
        lo = libreoffice_seconds(records, SAMPLE_CENTRE, logo, qr, workdir)
    if lo is not None:
        print(f"LibreOffice headless: {lo:.2f} s for {pages} pages ({pages / lo:.1f} pages/s)")


if __name__ == "__main__":
    main()
