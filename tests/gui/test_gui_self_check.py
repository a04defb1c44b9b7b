"""The self-check's Qt steps (desktop.gui.self_check): Qt with the translation and the SVG
plugins, a certificate's PDF drawn by QtPdf with its QR code read back, and the window shown
once; and the clear failures when the PDF is not what it should be."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from reportlab.pdfgen.canvas import Canvas

from desktop.documents.certificate import CertificateLook, render_certificate
from desktop.domain.certificate import new_key_pair
from desktop.gui import self_check
from desktop.gui.crash import report_exception
from desktop.gui.main_window import MainWindow
from desktop.self_check_steps import CertificateFacts, CheckFailed, CheckState
from desktop.self_check_steps_data import specimen
from desktop.services.accounts import authenticate
from desktop.store.database import Database

pytestmark = pytest.mark.usefixtures("windows_deleted_here")

LOOK = CertificateLook(centre_name="LKP Uji", place="Cianjur")


@pytest.fixture
def certificate() -> CertificateFacts:
    paper = specimen(new_key_pair(), 7)
    return CertificateFacts(render_certificate(LOOK, paper), paper.number, paper.qr, 1)


def test_qt_loads_the_translation_and_draws_svg(qtbot: QtBot) -> None:
    said = self_check.check_qt(CheckState(Path()))
    assert said == (
        "QApplication on offscreen; the Indonesian translation loaded ('User name' is "
        "'Nama pengguna'); pelita.svg drawn as image and icon"
    )
    # Nothing left behind: the desk's language is the app's to choose.
    assert QCoreApplication.translate("LoginDialog", "User name") == "User name"


def test_the_certificate_is_drawn_and_its_qr_code_read(
    qtbot: QtBot, certificate: CertificateFacts
) -> None:
    said = self_check.check_qt_pdf(CheckState(Path(), certificate=certificate))
    assert said == (
        "QtPdf drew page 1 of 1 at 150 dpi; zxing-cpp read its QR code: certificate 0007/SELF/CHECK"
    )


def test_a_pdf_without_a_qr_code_fails(qtbot: QtBot) -> None:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(100, 700, "Sertifikat tanpa kode")
    canvas.showPage()
    canvas.save()
    with pytest.raises(CheckFailed) as failed:
        self_check.read_certificate_pdf(buffer.getvalue(), "PLT1-AAAA", "0001/X", 1)
    assert str(failed.value) == "zxing-cpp finds no QR code on page 1 as QtPdf draws it (150 dpi)"


def test_another_certificates_qr_code_fails(qtbot: QtBot, certificate: CertificateFacts) -> None:
    other = specimen(new_key_pair(), 8)
    with pytest.raises(CheckFailed) as failed:
        self_check.read_certificate_pdf(certificate.pdf, other.qr, other.number, 1)
    assert str(failed.value) == (
        "the QR code on page 1 is not the code the certificate's file carries"
    )


def test_the_wrong_number_or_page_count_fails(qtbot: QtBot, certificate: CertificateFacts) -> None:
    with pytest.raises(CheckFailed) as number:
        self_check.read_certificate_pdf(certificate.pdf, certificate.code, "0008/SELF/CHECK", 1)
    assert str(number.value) == "the QR code on page 1 is not that of certificate 0008/SELF/CHECK"
    with pytest.raises(CheckFailed) as pages:
        self_check.read_certificate_pdf(certificate.pdf, certificate.code, certificate.number, 2)
    assert str(pages.value) == "QtPdf finds 1 pages, not 2"


def test_a_file_that_is_not_a_pdf_fails(qtbot: QtBot) -> None:
    with pytest.raises(CheckFailed) as failed:
        self_check.read_certificate_pdf(b"PK\x03\x04 not a pdf", "PLT1-AAAA", "0001/X", 1)
    assert str(failed.value).startswith("QtPdf cannot open the certificate's PDF (")


def test_the_window_is_shown_once_and_closed(qtbot: QtBot, gui_db: Database) -> None:
    admin = authenticate(gui_db, "admin", "admin-demo")
    said = self_check.check_window(CheckState(Path(), db=gui_db, admin=admin))
    assert said == "login dialog and the admin's main window shown with its 15 pages loaded"
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


def test_an_error_while_showing_the_window_fails(
    qtbot: QtBot, gui_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page whose loading fails opens the crash dialog: the step names the error."""
    original = MainWindow.show

    def show_and_fail(window: MainWindow) -> None:
        original(window)
        try:
            raise LookupError("a page's module is missing")
        except LookupError as error:
            report_exception(LookupError, error, error.__traceback__)

    monkeypatch.setattr(MainWindow, "show", show_and_fail)
    admin = authenticate(gui_db, "admin", "admin-demo")
    with pytest.raises(CheckFailed) as failed:
        self_check.check_window(CheckState(Path(), db=gui_db, admin=admin))
    assert str(failed.value) == "showing the window: LookupError: a page's module is missing"


def test_a_missing_platform_plugin_fails_instead_of_aborting() -> None:
    """Qt aborts the process when the platform plugin is missing: the step looks first."""
    code = (
        "from pathlib import Path\n"
        "from desktop.gui.self_check import check_qt\n"
        "from desktop.self_check_steps import CheckFailed, CheckState\n"
        "try:\n"
        "    check_qt(CheckState(Path()))\n"
        "except CheckFailed as error:\n"
        "    print(error)\n"
    )
    environment = {**os.environ, "QT_QPA_PLATFORM": "nosuchplatform"}
    done = subprocess.run(
        [sys.executable, "-c", code], env=environment, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Qt's nosuchplatform platform plugin is not in "), done.stdout
    assert done.stdout.rstrip().endswith("platforms")
