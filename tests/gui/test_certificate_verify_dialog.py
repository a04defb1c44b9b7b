"""Verify a certificate: a code typed or scanned (a USB scanner types like a keyboard and ends
with Enter), or a PDF opened; the answer valid, revoked, superseded, forged or unknown, shown
big with its reason and what the certificate says. Over the same demo register as the
Certificates page's tests; every check runs on the worker and the tests wait for it."""

from __future__ import annotations

import os
import re
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from desktop.domain.certificate import Verdict, qr_code, read_qr_code
from desktop.gui.app_context import AppContext
from desktop.gui.certificate_verify_dialog import CertificateVerifyDialog
from desktop.gui.certificates_page import CertificatesPage
from desktop.gui.main_window import MainWindow
from desktop.gui.style import apply_style
from desktop.services import certificate_register
from desktop.services.certificate_register import RegisterEntry
from tests.gui import test_certificates_page as register_tests
from tests.gui.test_accessibility import _labels_without_buddy, _unnamed

pytestmark = pytest.mark.usefixtures("windows_deleted_here")

# The demo register of the page's tests: made once per module, copied for each test.
certificates_template = register_tests.certificates_template
gui_db = register_tests.gui_db
register = register_tests.register
issued = register_tests.issued


def settle(qtbot: QtBot, context: AppContext) -> None:
    qtbot.waitUntil(lambda: context.runner.idle)


def open_dialog(qtbot: QtBot, context: AppContext) -> CertificateVerifyDialog:
    dialog = CertificateVerifyDialog(context)
    qtbot.addWidget(dialog)
    dialog.resize(760, 640)
    dialog.open()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.ui.codeEdit.hasFocus)  # where the scanner types
    return dialog


def scan(qtbot: QtBot, dialog: CertificateVerifyDialog, text: str) -> None:
    """Types `text` and Enter into the code field, as a person or a USB scanner does."""
    qtbot.keyClicks(dialog.ui.codeEdit, text)
    qtbot.keyClick(dialog.ui.codeEdit, Qt.Key.Key_Return)
    settle(qtbot, dialog.context)


def qr_text(context: AppContext, entry: RegisterEntry) -> str:
    """What the certificate's QR code carries (also written into its PDF)."""
    data = certificate_register.pdf(context.db, context.actor, entry.id)
    found = re.search(rb"PLT1-[A-Z2-7]+", data)
    assert found is not None
    return found.group(0).decode("ascii")


def verdict_of(dialog: CertificateVerifyDialog) -> Verdict | None:
    return dialog.answer.verdict if dialog.answer is not None else None


def test_a_typed_short_code_answers_valid_and_is_selected_for_the_next_scan(
    qtbot: QtBot, issued: list[RegisterEntry], clerk_context: AppContext
) -> None:
    entry = issued[0]
    dialog = open_dialog(qtbot, clerk_context)
    assert not dialog.ui.answerFrame.isVisible()  # no answer before a question
    typed = entry.verify_code.lower()
    scan(qtbot, dialog, typed)
    assert verdict_of(dialog) is Verdict.VALID
    ui = dialog.ui
    assert ui.answerFrame.isVisible()
    assert ui.verdictLabel.text() == "Valid" and ui.symbolLabel.text() == "✓"
    assert "Issued by this centre; in force." in ui.reasonLabel.text()
    assert "#1d6b3a" in ui.answerFrame.styleSheet()  # green
    details = ui.detailsView.toPlainText()
    assert "In this centre's register" in details
    assert entry.number in details and entry.full_name in details and entry.sha256 in details
    # The next scan replaces the last code instead of being typed after it.
    assert ui.codeEdit.hasFocus() and ui.codeEdit.selectedText() == typed
    scan(qtbot, dialog, "no such code")
    assert ui.codeEdit.text() == "no such code"
    assert verdict_of(dialog) is Verdict.UNKNOWN


def test_a_scanned_qr_code_shows_what_the_signed_code_says(
    qtbot: QtBot, issued: list[RegisterEntry], admin_context: AppContext
) -> None:
    entry = issued[0]
    dialog = open_dialog(qtbot, admin_context)
    scan(qtbot, dialog, qr_text(admin_context, entry))
    assert verdict_of(dialog) is Verdict.VALID
    details = dialog.ui.detailsView.toPlainText()
    assert "What the signed code says" in details
    assert entry.full_name in details and entry.programme_name in details
    answer = dialog.answer
    assert answer is not None and answer.centre_name and answer.centre_name in details


def test_a_revoked_certificate_answers_revoked_with_the_reason(
    qtbot: QtBot, issued: list[RegisterEntry], admin_context: AppContext
) -> None:
    entry = issued[1]
    dialog = open_dialog(qtbot, admin_context)
    scan(qtbot, dialog, entry.verify_code)
    assert verdict_of(dialog) is Verdict.VALID
    certificate_register.revoke(
        admin_context.db, admin_context.actor, entry.id, "Diberikan karena salah data"
    )
    scan(qtbot, dialog, entry.number)  # the number typed from the paper, this time
    assert verdict_of(dialog) is Verdict.REVOKED
    ui = dialog.ui
    assert ui.verdictLabel.text() == "Revoked" and ui.symbolLabel.text() == "✗"
    assert ui.reasonLabel.text() == "Revoked: Diberikan karena salah data"
    assert "#b3261e" in ui.answerFrame.styleSheet()  # red


def test_a_superseded_certificate_names_the_one_that_replaced_it(
    qtbot: QtBot, register: list[RegisterEntry], admin_context: AppContext
) -> None:
    old = register[0]
    assert old.superseded_by_id is not None
    new = next(entry for entry in register if entry.id == old.superseded_by_id)
    dialog = open_dialog(qtbot, admin_context)
    scan(qtbot, dialog, qr_text(admin_context, old))
    assert verdict_of(dialog) is Verdict.SUPERSEDED
    assert dialog.ui.verdictLabel.text() == "Superseded by a newer certificate"
    assert "#7a4100" in dialog.ui.answerFrame.styleSheet()  # amber
    assert f"replaced by certificate {new.number}" in dialog.ui.detailsView.toPlainText()


def test_a_tampered_qr_code_answers_forged(
    qtbot: QtBot, issued: list[RegisterEntry], admin_context: AppContext
) -> None:
    read = read_qr_code(qr_text(admin_context, issued[0]))
    assert read is not None
    # The name changed in the code, the signature kept: what a forger would try.
    tampered = qr_code(read.key_id, replace(read.fields, name="Orang Lain"), read.signature)
    dialog = open_dialog(qtbot, admin_context)
    scan(qtbot, dialog, tampered)
    assert verdict_of(dialog) is Verdict.FORGED
    ui = dialog.ui
    assert ui.verdictLabel.text() == "Forged" and "#b3261e" in ui.answerFrame.styleSheet()
    assert "signature does not match" in ui.reasonLabel.text()
    assert "Orang Lain" in ui.detailsView.toPlainText()  # what the code claims, shown as such


def test_garbage_answers_unknown(qtbot: QtBot, admin_context: AppContext) -> None:
    dialog = open_dialog(qtbot, admin_context)
    scan(qtbot, dialog, "hello world 123")
    assert verdict_of(dialog) is Verdict.UNKNOWN
    assert dialog.ui.verdictLabel.text() == "Unknown" and dialog.ui.symbolLabel.text() == "?"
    assert "No certificate of this centre has this code" in dialog.ui.reasonLabel.text()
    assert not dialog.ui.detailsView.isVisible()
    scan(qtbot, dialog, "PLT1-AAAA")  # a QR code cut short
    assert verdict_of(dialog) is Verdict.UNKNOWN
    assert "cut short or mistyped" in dialog.ui.reasonLabel.text()
    dialog.ui.codeEdit.clear()
    qtbot.keyClick(dialog.ui.codeEdit, Qt.Key.Key_Return)  # nothing typed: nothing asked
    settle(qtbot, admin_context)
    assert "cut short or mistyped" in dialog.ui.reasonLabel.text()


def test_an_opened_pdf_answers_valid_and_a_changed_one_forged(
    qtbot: QtBot,
    issued: list[RegisterEntry],
    admin_context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    entry = issued[0]
    data = certificate_register.pdf(admin_context.db, admin_context.actor, entry.id)
    original, changed, photo = tmp_path / "a.pdf", tmp_path / "b.pdf", tmp_path / "c.pdf"
    original.write_bytes(data)
    changed.write_bytes(data.replace(b"/Producer", b"/Producex", 1))
    photo.write_bytes(b"\x89PNG not a pdf")
    chosen = [original]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(chosen[0]), ""))
    dialog = open_dialog(qtbot, admin_context)
    qtbot.mouseClick(dialog.ui.openPdfButton, Qt.MouseButton.LeftButton)
    settle(qtbot, admin_context)
    assert verdict_of(dialog) is Verdict.VALID
    assert entry.number in dialog.ui.detailsView.toPlainText()
    assert dialog.ui.codeEdit.hasFocus()  # ready for a scan after the file

    chosen[0] = changed
    qtbot.mouseClick(dialog.ui.openPdfButton, Qt.MouseButton.LeftButton)
    settle(qtbot, admin_context)
    assert verdict_of(dialog) is Verdict.FORGED
    assert "changed after issue" in dialog.ui.reasonLabel.text()

    chosen[0] = photo
    qtbot.mouseClick(dialog.ui.openPdfButton, Qt.MouseButton.LeftButton)
    settle(qtbot, admin_context)
    assert verdict_of(dialog) is Verdict.UNKNOWN
    assert "not a PDF" in dialog.ui.reasonLabel.text()

    chosen[0] = tmp_path / "gone.pdf"
    qtbot.mouseClick(dialog.ui.openPdfButton, Qt.MouseButton.LeftButton)
    settle(qtbot, admin_context)
    assert dialog.answer is None and dialog.ui.verdictLabel.text() == "Not checked"
    assert "Could not read" in dialog.ui.reasonLabel.text()


def test_the_instructor_verifies_from_the_menu_without_the_register_page(
    qtbot: QtBot, issued: list[RegisterEntry], instructor_context: AppContext
) -> None:
    window = MainWindow(instructor_context)
    qtbot.addWidget(window)
    window.show()
    assert "Certificates" not in window.page_titles
    assert window.action_verify in window.ui.menuFile.actions()
    window.action_verify.trigger()
    dialog = window.verify_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.ui.codeEdit.hasFocus)
    scan(qtbot, dialog, issued[0].verify_code)
    assert verdict_of(dialog) is Verdict.VALID
    assert issued[0].full_name in dialog.ui.detailsView.toPlainText()
    dialog.reject()
    settle(qtbot, instructor_context)


def test_the_register_page_opens_the_dialog(
    qtbot: QtBot, issued: list[RegisterEntry], clerk_context: AppContext
) -> None:
    page = CertificatesPage(clerk_context)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, clerk_context)
    qtbot.mouseClick(page.ui.verifyButton, Qt.MouseButton.LeftButton)
    dialog = page.verify_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert not _unnamed(dialog) and not _labels_without_buddy(dialog)
    scan(qtbot, dialog, issued[0].verify_code)
    assert verdict_of(dialog) is Verdict.VALID
    dialog.reject()


def test_screenshots_of_a_valid_and_a_forged_answer(
    qtbot: QtBot, issued: list[RegisterEntry], admin_context: AppContext, tmp_path: Path
) -> None:
    """The dialog as a desk shows it, styled (PELITA_SHOTS=/folder keeps the pictures)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = app.font(), app.styleSheet()
    apply_style(app, False)
    folder = Path(os.environ.get("PELITA_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        entry = issued[0]
        code = qr_text(admin_context, entry)
        dialog = open_dialog(qtbot, admin_context)
        scan(qtbot, dialog, code)
        assert verdict_of(dialog) is Verdict.VALID
        assert dialog.grab().save(str(folder / "certificate-verify-valid.png"))
        read = read_qr_code(code)
        assert read is not None
        forged = qr_code(read.key_id, replace(read.fields, name="Orang Lain"), read.signature)
        scan(qtbot, dialog, forged)
        assert verdict_of(dialog) is Verdict.FORGED
        assert dialog.grab().save(str(folder / "certificate-verify-forged.png"))
        dialog.reject()
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)
