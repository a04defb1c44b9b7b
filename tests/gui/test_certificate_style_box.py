"""How certificates look, set on the Settings page as an admin would over the demo centre: the
place and the two choices saved; a place too long explained next to its box with what was typed
kept; a signature chosen, previewed and removed; a file that is no image refused next to the
button; a change made at another desk meanwhile not overwritten; a clerk sees no box. Every call
runs on the worker; the tests wait for it, never for a fixed time."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QFileDialog, QGroupBox
from pytestqt.qtbot import QtBot

from desktop.gui.app_context import AppContext
from desktop.gui.certificate_style_box import CertificateStyleBox
from desktop.gui.settings_page import SettingsPage
from desktop.gui.style import apply_style
from desktop.services import certificate_style
from desktop.services.certificate_style import CertificateStyleInput
from tests.gui.test_accessibility import _labels_without_buddy, _unnamed
from tests.gui.test_waitlist_weights import click, open_page, settle, tab_chain

pytestmark = pytest.mark.usefixtures("windows_deleted_here")

NOT_AN_IMAGE = "This file is not an image Pelita can read. Choose a PNG or JPEG."


def box_of(page: SettingsPage) -> CertificateStyleBox:
    assert page.certificate_box is not None
    return page.certificate_box


def signature_png(path: Path, width: int = 900, height: int = 300) -> Path:
    """A signature as a scan gives it: a dark scrawl on transparent paper."""
    picture = Image.new("RGBA", (width, height), (255, 255, 255, 0))
    pen = ImageDraw.Draw(picture)
    points = [(40 + i * 40, height // 2 + (60 if i % 2 else -60)) for i in range(20)]
    pen.line(points, fill=(10, 20, 90, 255), width=9)
    out = io.BytesIO()
    picture.save(out, format="PNG")
    path.write_bytes(out.getvalue())
    return path


def pick(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """The file dialog answers with `path`, as a person picking it would."""
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kw: (str(path), ""))
    )


def tick(qtbot: QtBot, check: QCheckBox) -> None:
    """A click on the box itself: a check box stretched across the form answers a click on
    its box or its words, not on the empty room to their right."""
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))


def stored(context: AppContext) -> certificate_style.CertificateStyleView:
    return certificate_style.get_style(context.db, context.actor)


def test_admin_saves_the_place_and_the_choices(qtbot: QtBot, admin_context: AppContext) -> None:
    page = open_page(qtbot, admin_context)
    box = box_of(page)
    ui = box.ui
    assert box.isVisible() and ui.styleGroup.title() == "Certificates"
    assert ui.placeEdit.text() == "" and not ui.englishCheck.isChecked()
    assert not ui.photoCheck.isChecked() and box.version == 0
    assert ui.signaturePreview.text() == "No signature"
    assert not ui.removeSignatureButton.isVisible()  # nothing to remove yet

    qtbot.keyClicks(ui.placeEdit, "  Kabupaten  Cianjur ")
    tick(qtbot, ui.englishCheck)
    tick(qtbot, ui.photoCheck)
    click(qtbot, ui.saveButton)
    settle(qtbot, admin_context)

    assert ui.statusLabel.isVisible() and ui.statusLabel.text().startswith("Saved")
    assert ui.placeEdit.text() == "Kabupaten Cianjur"  # as kept
    saved = stored(admin_context)
    assert (saved.place, saved.english, saved.photo) == ("Kabupaten Cianjur", True, True)
    assert box.version == saved.version == 1

    # A second save goes over the first (the form knows the version it saved).
    ui.englishCheck.setFocus()
    tick(qtbot, ui.englishCheck)
    assert not ui.statusLabel.isVisible()  # "Saved" no longer holds
    click(qtbot, ui.saveButton)
    settle(qtbot, admin_context)
    assert stored(admin_context).english is False and box.version == 2

    # Opened again, the page shows what is kept.
    second_page = open_page(qtbot, admin_context)
    assert box_of(second_page).typed() == CertificateStyleInput("Kabupaten Cianjur", False, True)


def test_a_place_too_long_is_explained_next_to_its_box(
    qtbot: QtBot, admin_context: AppContext
) -> None:
    page = open_page(qtbot, admin_context)
    box = box_of(page)
    ui = box.ui
    typed = "Kecamatan " + "Sukamaju" * 12
    qtbot.keyClicks(ui.placeEdit, typed)
    tick(qtbot, ui.photoCheck)
    click(qtbot, ui.saveButton)
    settle(qtbot, admin_context)

    assert ui.placeError.isVisible()
    assert ui.placeError.text() == "This text is 106 characters long; the limit is 100."
    assert ui.placeEdit.property("invalid") is True and ui.placeEdit.hasFocus()
    assert ui.placeEdit.text() == typed and ui.photoCheck.isChecked()  # nothing typed is lost
    assert not ui.statusLabel.isVisible() and not ui.generalError.isVisible()
    assert stored(admin_context).version == 0  # nothing saved

    ui.placeEdit.clear()
    qtbot.keyClicks(ui.placeEdit, "Sukamaju")
    click(qtbot, ui.saveButton)
    settle(qtbot, admin_context)
    assert not ui.placeError.isVisible() and ui.placeEdit.property("invalid") is False
    assert stored(admin_context).place == "Sukamaju"


def test_a_signature_is_chosen_previewed_and_removed(
    qtbot: QtBot, admin_context: AppContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page = open_page(qtbot, admin_context)
    box = box_of(page)
    ui = box.ui
    qtbot.keyClicks(ui.placeEdit, "Cianjur")  # typed, not saved yet
    pick(monkeypatch, signature_png(tmp_path / "ttd kepala.png"))
    click(qtbot, ui.signatureButton)
    settle(qtbot, admin_context)

    kept = stored(admin_context)
    assert kept.has_signature and kept.signature_png is not None
    pixmap = ui.signaturePreview.pixmap()
    assert not pixmap.isNull()
    assert pixmap.width() <= ui.signaturePreview.width()
    assert pixmap.height() <= ui.signaturePreview.height()
    assert ui.removeSignatureButton.isVisible()
    assert ui.statusLabel.text() == "Signature saved."
    assert ui.placeEdit.text() == "Cianjur"  # the typed place stays, unsaved
    assert box.version == kept.version == 1
    # ... and saving it now is no conflict with the signature just set here.
    click(qtbot, ui.saveButton)
    settle(qtbot, admin_context)
    assert stored(admin_context).place == "Cianjur" and stored(admin_context).has_signature

    click(qtbot, ui.removeSignatureButton)
    settle(qtbot, admin_context)
    assert not stored(admin_context).has_signature
    assert ui.signaturePreview.pixmap().isNull()
    assert ui.signaturePreview.text() == "No signature"
    assert ui.statusLabel.text() == "Signature removed."
    assert not ui.removeSignatureButton.isVisible()


def test_a_file_that_is_no_image_is_refused_next_to_the_button(
    qtbot: QtBot, admin_context: AppContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page = open_page(qtbot, admin_context)
    box = box_of(page)
    ui = box.ui
    pick(monkeypatch, signature_png(tmp_path / "ttd.png"))
    click(qtbot, ui.signatureButton)
    settle(qtbot, admin_context)
    before = stored(admin_context)

    letter = tmp_path / "surat.png"
    letter.write_bytes(b"Surat keputusan kepala LPK, bukan gambar")
    pick(monkeypatch, letter)
    click(qtbot, ui.signatureButton)
    settle(qtbot, admin_context)
    assert ui.signatureError.isVisible() and ui.signatureError.text() == NOT_AN_IMAGE
    assert ui.signatureButton.property("invalid") is True
    assert stored(admin_context) == before  # the signature on record stays
    assert not ui.signaturePreview.pixmap().isNull()  # and is still shown

    gone = tmp_path / "hilang.png"
    pick(monkeypatch, gone)
    click(qtbot, ui.signatureButton)
    settle(qtbot, admin_context)
    assert ui.signatureError.isVisible() and ui.signatureError.text()  # the system's words
    assert stored(admin_context) == before


def test_a_change_made_at_another_desk_meanwhile_is_not_overwritten(
    qtbot: QtBot, admin_context: AppContext
) -> None:
    page = open_page(qtbot, admin_context)
    box = box_of(page)
    ui = box.ui
    ctx = admin_context
    certificate_style.save_style(
        ctx.db, ctx.actor, CertificateStyleInput("Bandung", True, False), 0
    )
    qtbot.keyClicks(ui.placeEdit, "Cianjur")
    click(qtbot, ui.saveButton)
    settle(qtbot, ctx)
    assert ui.generalError.isVisible() and "Someone else changed" in ui.generalError.text()
    assert ui.placeEdit.text() == "Cianjur"
    assert stored(ctx).place == "Bandung"


def test_a_clerk_sees_no_certificate_box(qtbot: QtBot, clerk_context: AppContext) -> None:
    page = open_page(qtbot, clerk_context)
    assert page.certificate_box is None
    assert not page.findChildren(CertificateStyleBox)
    assert "Certificates" not in [group.title() for group in page.findChildren(QGroupBox)]


def test_the_box_is_named_and_tab_goes_through_it_after_the_centre_profile(
    qtbot: QtBot, admin_context: AppContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page = open_page(qtbot, admin_context)
    box = box_of(page)
    assert _unnamed(box) == [] and _labels_without_buddy(box) == []
    pick(monkeypatch, signature_png(tmp_path / "ttd.png"))
    click(qtbot, box.ui.signatureButton)  # so that "Remove" shows and takes its turn
    settle(qtbot, admin_context)
    chain = tab_chain(page)
    start = chain.index("centreSaveButton")
    assert chain[start : start + 7] == [
        "centreSaveButton",
        "placeEdit",
        "englishCheck",
        "photoCheck",
        "signatureButton",
        "removeSignatureButton",
        "saveButton",
    ]
    # Below the centre's profile on the page, as Tab goes.
    assert box.parent() is page.ui.scrollContents
    assert box.geometry().top() > page.ui.centreGroup.geometry().bottom()


@pytest.mark.skipif(not os.environ.get("PELITA_SHOTS"), reason="PELITA_SHOTS=/folder keeps them")
@pytest.mark.parametrize("large", [False, True], ids=["normal", "large-text"])
def test_screenshots(
    qtbot: QtBot,
    admin_context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    large: bool,
) -> None:
    """The box on the Settings page as a 1366×768 desk shows it, with a signature, then with
    an error."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = app.font(), app.styleSheet()
    apply_style(app, large)
    folder = Path(os.environ["PELITA_SHOTS"])
    folder.mkdir(parents=True, exist_ok=True)
    suffix = "-large" if large else ""
    try:
        page = open_page(qtbot, admin_context)
        page.resize(1366 - 220, 700)  # the window less its navigation list
        box = box_of(page)
        page.ui.scrollArea.ensureWidgetVisible(box.ui.saveButton)
        qtbot.wait(20)  # the scroll lands on the next turn of the loop
        assert page.grab().save(str(folder / f"certificate-style{suffix}.png"))
        qtbot.keyClicks(box.ui.placeEdit, "Cianjur")
        tick(qtbot, box.ui.englishCheck)
        pick(monkeypatch, signature_png(tmp_path / "ttd.png"))
        click(qtbot, box.ui.signatureButton)
        settle(qtbot, admin_context)
        qtbot.wait(20)
        page.ui.scrollArea.ensureWidgetVisible(box.ui.saveButton)
        qtbot.wait(20)
        assert page.grab().save(str(folder / f"certificate-style-signature{suffix}.png"))
        box.ui.placeEdit.setText("Kecamatan " + "Sukamaju" * 12)
        click(qtbot, box.ui.saveButton)
        settle(qtbot, admin_context)
        qtbot.wait(20)
        page.ui.scrollArea.ensureWidgetVisible(box.ui.saveButton)
        qtbot.wait(20)
        assert page.grab().save(str(folder / f"certificate-style-error{suffix}.png"))
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)
