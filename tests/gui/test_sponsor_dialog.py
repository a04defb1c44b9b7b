"""A sponsor not on record yet, added from the cohort form as an admin would, with its logo for
the certificates: the real dialogs over a real demo database with three sponsors on record,
every call on the worker and the tests waiting for it, never for a fixed time."""

from __future__ import annotations

import io
import os
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QListWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid
from sqlalchemy import select

from desktop.domain.roles import Role
from desktop.domain.sponsor import SponsorKind
from desktop.gui.app_context import AppContext
from desktop.gui.cohort_dialog import CohortDialog
from desktop.gui.sponsor_dialog import NewSponsorDialog
from desktop.gui.style import apply_style
from desktop.services import accounts, cohorts, sponsors
from desktop.store.training import Sponsor
from tests.gui.test_accessibility import _labels_without_buddy, _unnamed
from tests.gui.test_cohort_dialog import (
    NOW,
    click,
    fill_valid,
    open_dialog,
    save,
    settle,
    tick,
    ticked,
)

pytestmark = pytest.mark.usefixtures("windows_deleted_here")

DINAS = "Dinas Tenaga Kerja Kabupaten Cianjur"
PT_SANDANG = "PT Sandang Nusantara"
YAYASAN = "Yayasan Perempuan Mandiri Cianjur"


@pytest.fixture
def desk(admin_context: AppContext) -> AppContext:
    admin_context.db.clock = lambda: NOW
    return admin_context


@pytest.fixture(autouse=True)
def on_record(admin_context: AppContext) -> None:
    """The sponsors the centre has already (the tests' demo centre has none of its own)."""
    ctx = admin_context
    for name, kind in [(PT_SANDANG, SponsorKind.COMPANY), (YAYASAN, SponsorKind.NGO),
                       (DINAS, SponsorKind.GOVERNMENT)]:  # fmt: skip
        sponsors.create_sponsor(ctx.db, ctx.actor, name, kind)


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forms left open are closed after each test: no question may wait for an answer then."""
    monkeypatch.setattr("desktop.gui.cohort_dialog.ask", lambda *args: True)


@pytest.fixture
def teacher(desk: AppContext) -> int:
    """An instructor of her own, so that no demo cohort's sessions clash with hers."""
    return accounts.create_user(
        desk.db, desk.actor, "guru.siti", "Siti Aminah", Role.INSTRUCTOR, "guru-siti-demo"
    ).id


def entries(target: QListWidget) -> list[str]:
    return [target.item(row).text() for row in range(target.count())]


def open_new_sponsor(qtbot: QtBot, form: CohortDialog) -> NewSponsorDialog:
    click(qtbot, form.ui.newSponsorButton)
    dialog = form.new_sponsor.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def press_save(qtbot: QtBot, dialog: NewSponsorDialog) -> None:
    click(qtbot, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    settle(qtbot, dialog.context)


def names_on_record(context: AppContext) -> list[str]:
    return [s.name for s in sponsors.list_sponsors(context.db, context.actor)]


# --- adding --------------------------------------------------------------------------------


def test_a_sponsor_added_from_the_cohort_form_is_ticked_and_saved_with_the_cohort(
    qtbot: QtBot, desk: AppContext, teacher: int
) -> None:
    form = open_dialog(qtbot, desk)
    ui = form.ui
    fill_valid(qtbot, form)
    tick(qtbot, ui.instructorsList, "Siti Aminah")
    tick(qtbot, ui.sponsorsList, YAYASAN)
    typed = form.typed()
    assert ui.newSponsorButton.isVisible()

    dialog = open_new_sponsor(qtbot, form)
    assert dialog.windowTitle() == "New sponsor"
    assert QApplication.focusWidget() is dialog.ui.nameEdit
    combo = dialog.ui.kindCombo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Company (CSR)",
        "Foundation or NGO",
        "Government office",
        "Individual donor",
    ]
    qtbot.keyClicks(dialog.ui.nameEdit, "Koperasi Tani  Makmur ")
    combo.setCurrentIndex(combo.findData(SponsorKind.NGO.value))
    with qtbot.waitSignal(dialog.accepted):
        press_save(qtbot, dialog)

    created = dialog.created
    assert created is not None and created.name == "Koperasi Tani Makmur"
    assert created.kind is SponsorKind.NGO
    assert "Koperasi Tani Makmur" in names_on_record(desk)
    # In its place by name, ticked beside the sponsor ticked before, and shown.
    assert entries(ui.sponsorsList) == [DINAS, "Koperasi Tani Makmur", PT_SANDANG, YAYASAN]
    assert ticked(ui.sponsorsList) == ["Koperasi Tani Makmur", YAYASAN]
    assert ui.sponsorsList.currentItem().text() == "Koperasi Tani Makmur"
    # Everything else typed in the form is as it was.
    assert form.typed() == replace(typed, sponsor_ids=(created.id, *typed.sponsor_ids))

    with qtbot.waitSignal(form.accepted):
        save(qtbot, form)
    detail = cohorts.get_cohort(desk.db, desk.actor, form.saved_id or 0)
    assert sorted(s.name for s in detail.sponsors) == ["Koperasi Tani Makmur", YAYASAN]


def test_enter_in_the_name_saves_the_sponsor(qtbot: QtBot, desk: AppContext) -> None:
    form = open_dialog(qtbot, desk)
    dialog = open_new_sponsor(qtbot, form)
    qtbot.keyClicks(dialog.ui.nameEdit, "Bapak Haji Ujang")
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("individual"))
    dialog.ui.nameEdit.setFocus()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)
        settle(qtbot, desk)
    assert ticked(form.ui.sponsorsList) == ["Bapak Haji Ujang"]
    assert form.isVisible()  # the cohort form stays open, nothing saved yet
    rows = sponsors.list_sponsors(desk.db, desk.actor)
    assert [r.kind for r in rows if r.name == "Bapak Haji Ujang"] == [SponsorKind.INDIVIDUAL]


def test_a_name_given_is_typed_already(qtbot: QtBot, desk: AppContext) -> None:
    """For a page that knows the name already (a search that found no sponsor)."""
    dialog = NewSponsorDialog(desk, None, "CV  Batik Cianjur")
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    assert dialog.ui.nameEdit.text() == "CV  Batik Cianjur"
    with qtbot.waitSignal(dialog.accepted):
        press_save(qtbot, dialog)
    assert dialog.created is not None and dialog.created.name == "CV Batik Cianjur"
    assert dialog.created.kind is SponsorKind.COMPANY


# --- refused -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("", "Enter the sponsor's name."),
        ("   ", "Enter the sponsor's name."),
        (" pt   SANDANG nusantara", f"The sponsor {PT_SANDANG} is already on record; choose it."),
    ],
    ids=["empty", "spaces", "same-name-other-case-and-spacing"],
)
def test_a_refused_name_is_explained_next_to_it_and_kept(
    qtbot: QtBot, desk: AppContext, typed: str, said: str
) -> None:
    form = open_dialog(qtbot, desk)
    before = entries(form.ui.sponsorsList)
    dialog = open_new_sponsor(qtbot, form)
    ui = dialog.ui
    qtbot.keyClicks(ui.nameEdit, typed)
    press_save(qtbot, dialog)

    assert dialog.isVisible() and dialog.created is None
    assert ui.nameError.isVisible() and ui.nameError.text() == said
    assert ui.nameEdit.property("invalid") is True
    assert ui.nameEdit.text() == typed
    assert not ui.formError.isVisible()
    assert entries(form.ui.sponsorsList) == before
    assert names_on_record(desk) == [DINAS, PT_SANDANG, YAYASAN]

    # Put right, it saves, and the message goes with the dialog.
    ui.nameEdit.clear()
    qtbot.keyClicks(ui.nameEdit, "CV Kopi Cianjur")
    with qtbot.waitSignal(dialog.accepted):
        press_save(qtbot, dialog)
    assert ticked(form.ui.sponsorsList) == ["CV Kopi Cianjur"]


def test_cancel_adds_nothing(qtbot: QtBot, desk: AppContext) -> None:
    form = open_dialog(qtbot, desk)
    fill_valid(qtbot, form)
    typed = form.typed()
    before = entries(form.ui.sponsorsList)
    dialog = open_new_sponsor(qtbot, form)
    qtbot.keyClicks(dialog.ui.nameEdit, "PT Tidak Jadi")
    with qtbot.waitSignal(dialog.rejected):
        click(qtbot, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel))
    settle(qtbot, desk)
    assert not isValid(dialog) or not dialog.isVisible()
    assert dialog.created is None
    assert names_on_record(desk) == [DINAS, PT_SANDANG, YAYASAN]
    assert entries(form.ui.sponsorsList) == before and ticked(form.ui.sponsorsList) == []
    assert form.typed() == typed and form.isVisible()


# --- the logo ------------------------------------------------------------------------------

NOT_AN_IMAGE = "This file is not an image Pelita can read. Choose a PNG or JPEG."


def logo_file(path: Path, size: tuple[int, int] = (1200, 400)) -> Path:
    """A wide logo as a sponsor sends it: a coloured band with a ring."""
    picture = Image.new("RGB", size, (250, 250, 250))
    pen = ImageDraw.Draw(picture)
    pen.rectangle((0, size[1] // 3, size[0], 2 * size[1] // 3), fill=(0, 110, 60))
    pen.ellipse((20, 20, size[1] - 20, size[1] - 20), outline=(200, 30, 30), width=30)
    out = io.BytesIO()
    picture.save(out, format="JPEG")
    path.write_bytes(out.getvalue())
    return path


def pick(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """The file dialog answers with `path`, as a person picking it would."""
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kw: (str(path), ""))
    )


def logo_on_record(context: AppContext, name: str) -> bytes | None:
    with context.db.sessions() as session:
        return session.scalar(select(Sponsor.logo_png).where(Sponsor.name == name))


def test_a_sponsor_is_added_with_its_logo(
    qtbot: QtBot, desk: AppContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    form = open_dialog(qtbot, desk)
    dialog = open_new_sponsor(qtbot, form)
    ui = dialog.ui
    assert ui.logoPreview.pixmap().isNull() and not ui.clearLogoButton.isEnabled()
    qtbot.keyClicks(ui.nameEdit, "Koperasi Tani Makmur")
    pick(monkeypatch, logo_file(tmp_path / "logo koperasi.jpg"))
    click(qtbot, ui.logoButton)
    preview = ui.logoPreview.pixmap()
    assert not preview.isNull()
    assert preview.width() <= ui.logoPreview.width() and preview.height() < preview.width()
    assert ui.clearLogoButton.isEnabled() and not ui.logoError.isVisible()
    assert ui.nameEdit.text() == "Koperasi Tani Makmur"

    with qtbot.waitSignal(dialog.accepted):
        press_save(qtbot, dialog)
    logo = logo_on_record(desk, "Koperasi Tani Makmur")
    assert logo is not None
    with Image.open(io.BytesIO(logo)) as kept:  # checked and shrunk as the centre's logo is
        assert kept.format == "PNG" and kept.size == (600, 200)
    assert ticked(form.ui.sponsorsList) == ["Koperasi Tani Makmur"]


def test_a_logo_chosen_then_removed_is_not_saved(
    qtbot: QtBot, desk: AppContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    form = open_dialog(qtbot, desk)
    dialog = open_new_sponsor(qtbot, form)
    ui = dialog.ui
    qtbot.keyClicks(ui.nameEdit, "CV Kopi Cianjur")
    pick(monkeypatch, logo_file(tmp_path / "kopi.jpg"))
    click(qtbot, ui.logoButton)
    click(qtbot, ui.clearLogoButton)
    assert ui.logoPreview.pixmap().isNull() and dialog.logo is None
    assert not ui.clearLogoButton.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        press_save(qtbot, dialog)
    assert "CV Kopi Cianjur" in names_on_record(desk)
    assert logo_on_record(desk, "CV Kopi Cianjur") is None


def test_a_file_that_is_no_image_is_refused_next_to_the_logo_button(
    qtbot: QtBot, desk: AppContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    form = open_dialog(qtbot, desk)
    dialog = open_new_sponsor(qtbot, form)
    ui = dialog.ui
    qtbot.keyClicks(ui.nameEdit, "PT Benang Emas")
    pick(monkeypatch, logo_file(tmp_path / "benang.jpg"))
    click(qtbot, ui.logoButton)
    chosen = dialog.logo

    letter = tmp_path / "proposal.png"
    letter.write_bytes(b"Proposal kerja sama pelatihan, bukan gambar")
    pick(monkeypatch, letter)
    click(qtbot, ui.logoButton)
    assert ui.logoError.isVisible() and ui.logoError.text() == NOT_AN_IMAGE
    assert ui.logoButton.property("invalid") is True
    assert dialog.logo == chosen and not ui.logoPreview.pixmap().isNull()  # the first stays
    assert ui.nameEdit.text() == "PT Benang Emas" and dialog.isVisible()

    # What only the service can tell (an image Qt shows but Pelita cannot keep) stands there
    # too, and nothing is added.
    dialog.logo = b"GIF89a" + b"\x00" * 40
    press_save(qtbot, dialog)
    assert dialog.isVisible() and dialog.created is None
    assert ui.logoError.isVisible() and ui.logoError.text() == NOT_AN_IMAGE
    assert not ui.nameError.isVisible()
    assert names_on_record(desk) == [DINAS, PT_SANDANG, YAYASAN]

    click(qtbot, ui.clearLogoButton)
    with qtbot.waitSignal(dialog.accepted):
        press_save(qtbot, dialog)
    assert logo_on_record(desk, "PT Benang Emas") is None


# --- who sees it ---------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["admin", "clerk", "instructor"])
def test_only_those_who_may_manage_programmes_see_the_button(
    qtbot: QtBot,
    role: str,
    admin_context: AppContext,
    clerk_context: AppContext,
    instructor_context: AppContext,
) -> None:
    """Only admins reach the cohort form (the Cohorts page offers it to them alone); should
    anyone else's form be built, it offers no new sponsor either."""
    context = {"admin": admin_context, "clerk": clerk_context}.get(role, instructor_context)
    form = open_dialog(qtbot, context)
    assert form.ui.newSponsorButton.isVisibleTo(form) is (role == "admin")


# --- the dialog itself ---------------------------------------------------------------------


def test_every_control_is_named_and_labelled(qtbot: QtBot, desk: AppContext) -> None:
    form = open_dialog(qtbot, desk)
    assert form.order.index(form.ui.newSponsorButton) == (
        form.order.index(form.ui.sponsorsList) + 1
    )
    dialog = open_new_sponsor(qtbot, form)
    assert not _unnamed(dialog), _unnamed(dialog)
    assert not _labels_without_buddy(dialog), _labels_without_buddy(dialog)
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.ui.kindCombo
    qtbot.keyClick(dialog.ui.kindCombo, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.ui.logoButton


def _shots(qtbot: QtBot, context: AppContext, folder: Path, suffix: str, scratch: Path) -> None:
    form = open_dialog(qtbot, context)
    form.resize(form.preferred_width(), 720)  # as on a 1366×768 desk
    bar = form.ui.scrollArea.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.wait(20)  # the layout settles on the next turn of the loop
    assert form.grab().save(str(folder / f"cohort-dialog-new-sponsor{suffix}.png"))
    dialog = open_new_sponsor(qtbot, form)
    qtbot.wait(20)
    assert dialog.grab().save(str(folder / f"sponsor-dialog{suffix}.png"))
    dialog.set_logo_file(logo_file(scratch / "logo.jpg"))
    qtbot.wait(20)
    assert dialog.grab().save(str(folder / f"sponsor-dialog-logo{suffix}.png"))
    qtbot.keyClicks(dialog.ui.nameEdit, "yayasan perempuan  mandiri cianjur")
    press_save(qtbot, dialog)
    qtbot.wait(20)
    assert dialog.ui.nameError.isVisible()
    assert dialog.grab().save(str(folder / f"sponsor-dialog-error{suffix}.png"))
    dialog.ui.nameEdit.clear()
    qtbot.keyClicks(dialog.ui.nameEdit, "Koperasi Tani Makmur")
    with qtbot.waitSignal(dialog.accepted):
        press_save(qtbot, dialog)
    bar.setValue(bar.maximum())
    qtbot.wait(20)
    assert form.grab().save(str(folder / f"cohort-dialog-sponsor-added{suffix}.png"))


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large-text"])
def test_screenshots(qtbot: QtBot, desk: AppContext, tmp_path: Path, large: bool) -> None:
    """The dialog and the form's button as a desk shows them, styled, for a person to look at
    (PELITA_SHOTS=/folder keeps them)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = app.font(), app.styleSheet()
    apply_style(app, large)
    folder = Path(os.environ.get("PELITA_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        _shots(qtbot, desk, folder, "-large" if large else "", tmp_path)
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)
