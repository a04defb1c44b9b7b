"""Showing and printing PDFs inside Pelita (QtPdf): the pages reach the printer, one printed
page each, and the viewer shows every page."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from desktop.documents.certificate import CertificateLook, CertificatePaper, render_certificate
from desktop.gui.pdf_viewer import PdfViewer, load_pdf, paint_pages

pytestmark = pytest.mark.usefixtures("windows_deleted_here")


def certificate() -> bytes:
    paper = CertificatePaper(
        number="0001/LKP-PM/JHT/XI/2026",
        verify_code="ABCD-EFGH",
        qr="PLT1-TEST",
        name="Siti Nur'aini",
        birth_place="Cianjur",
        birth_date=date(1990, 3, 12),
        programme="Menjahit Pakaian Dasar",
        start=date(2026, 8, 10),
        end=date(2026, 10, 4),
        hours_jp=120,
        issue_date=date(2026, 11, 23),
        units=(("C.141000.001.01", "Mengukur tubuh"),),
    )
    return render_certificate(CertificateLook(centre_name="LKP Pelita Mandiri"), paper)


def test_every_page_reaches_the_printer(qtbot: QtBot, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert paint_pages(printer, certificate())
    assert len(PdfReader(io.BytesIO(out.read_bytes())).pages) == 2


def test_what_is_not_a_pdf_prints_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "nothing.pdf"))
    assert not paint_pages(printer, b"not a pdf")
    assert not (tmp_path / "nothing.pdf").exists()


def test_the_viewer_shows_every_page(qtbot: QtBot) -> None:
    viewer = PdfViewer(certificate(), "Sertifikat", "sertifikat.pdf")
    qtbot.addWidget(viewer)
    assert load_pdf(certificate()).pageCount() == 2
    assert len(viewer.page_labels) == 2
    assert all(not label.pixmap().isNull() for label in viewer.page_labels)
