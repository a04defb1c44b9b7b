"""A sponsor's window and its small dialogs driven as an admin would, over a real demo database:
the profile and logo, contacts, agreements, cash and things in kind, documents attached and
opened. Refusals stand next to their fields and what was typed stays; every call runs on the
worker and the tests wait for it, never for a fixed time."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from shiboken6 import isValid
from sqlalchemy import select

from desktop.domain.inventory import ItemKind, Unit
from desktop.gui.app_context import AppContext
from desktop.gui.contribution_dialog import CashDialog
from desktop.gui.contribution_items_dialog import ItemsDialog
from desktop.gui.contribution_lines import ITEM, PLACE, QUANTITY, VALUE
from desktop.gui.contribution_new_item_dialog import NewItemDialog
from desktop.gui.document_viewer import ImageViewer
from desktop.gui.pdf_viewer import PdfViewer
from desktop.gui.sponsor_agreement_dialog import AgreementDialog
from desktop.gui.sponsor_contact_dialog import ContactDialog
from desktop.gui.sponsor_detail_dialog import SponsorDetailDialog
from desktop.gui.style import apply_style
from desktop.services import inventory_items, inventory_locations, sponsor_details
from desktop.services.inventory_items import ItemInput
from desktop.services.inventory_ledger import stock_by_item
from desktop.store.inventory import Item
from tests.gui.test_accessibility import _labels_without_buddy, _unnamed
from tests.gui.test_sponsors_page import SANDANG, YAYASAN, click, desk, open_detail, open_page

pytestmark = pytest.mark.usefixtures("windows_deleted_here")
__all__ = ["desk"]  # the fixture, shared with the page's tests

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def settle(qtbot: QtBot, context: AppContext) -> None:
    qtbot.waitUntil(lambda: context.runner.idle)


@pytest.fixture
def store_room(desk: AppContext) -> int:
    return inventory_locations.create_location(desk.db, desk.actor, "Gudang", "Cibeber").id


@pytest.fixture
def window(qtbot: QtBot, desk: AppContext, store_room: int) -> SponsorDetailDialog:
    page = open_page(qtbot, desk)
    return open_detail(qtbot, page, SANDANG)


def sub_dialog(qtbot: QtBot, window: SponsorDetailDialog, button: QWidget) -> QDialog:
    window.commands.dialog = None
    click(qtbot, button)
    settle(qtbot, window.context)  # choices are read on the worker first
    dialog = window.commands.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def press_save(qtbot: QtBot, dialog: QDialog) -> None:
    box = dialog.findChild(QDialogButtonBox, "buttonBox")
    assert box is not None
    click(qtbot, box.button(QDialogButtonBox.StandardButton.Save))
    settle(qtbot, dialog.context)  # type: ignore[attr-defined]


def closed(dialog: QDialog) -> bool:
    return not isValid(dialog) or not dialog.isVisible()


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    if isinstance(widget, QLineEdit):
        widget.selectAll()
    qtbot.keyClicks(widget, text)


def shown_error(label: QLabel) -> str:
    return label.text() if label.isVisible() else ""


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kw: (str(path), ""))
    )


def png_file(path: Path) -> Path:
    Image.new("RGB", (120, 60), "navy").save(path, format="PNG")
    return path


# --- the profile -----------------------------------------------------------------------------


def test_the_window_shows_the_sponsor_and_saves_its_profile(
    qtbot: QtBot, window: SponsorDetailDialog
) -> None:
    ui = window.ui
    assert window.windowTitle() == f"Sponsor: {SANDANG}"
    assert ui.nameEdit.text() == SANDANG and ui.activeCheck.isChecked()
    assert ui.summaryLabel.text() == "Company (CSR) · active · sponsors 0 cohorts"
    assert ui.totalsLabel.text() == (
        "Cash: Rp17.500.000 in 2 contributions. In kind: Rp0 (estimated value) in 0 contributions."
    )
    type_into(qtbot, ui.addressEdit, "Jl. Raya Bandung 45, Cianjur")
    type_into(qtbot, ui.nameEdit, "PT Sandang Nusantara Tbk")
    click(qtbot, ui.saveProfileButton)
    settle(qtbot, window.context)
    ctx = window.context
    detail = sponsor_details.sponsor_detail(ctx.db, ctx.actor, window.sponsor_id)
    assert (detail.name, detail.address) == (
        "PT Sandang Nusantara Tbk",
        "Jl. Raya Bandung 45, Cianjur",
    )
    assert ui.titleLabel.text() == "PT Sandang Nusantara Tbk"
    assert ui.statusLabel.text() == "Saved the profile of PT Sandang Nusantara Tbk."


def test_a_twin_or_empty_name_stands_at_the_name_and_the_typing_stays(
    qtbot: QtBot, window: SponsorDetailDialog
) -> None:
    ui = window.ui
    type_into(qtbot, ui.notesEdit, "Ask for Ibu Ratna")
    type_into(qtbot, ui.nameEdit, "yayasan  PEREMPUAN mandiri")
    click(qtbot, ui.saveProfileButton)
    settle(qtbot, window.context)
    assert shown_error(ui.nameError) == f"Another sponsor is already called {YAYASAN}."
    assert ui.nameEdit.property("invalid") is True
    assert ui.nameEdit.text() == "yayasan  PEREMPUAN mandiri"
    assert ui.notesEdit.toPlainText() == "Ask for Ibu Ratna"
    ui.nameEdit.clear()
    click(qtbot, ui.saveProfileButton)
    settle(qtbot, window.context)
    assert shown_error(ui.nameError) == "Enter the sponsor's name."
    assert ui.notesEdit.toPlainText() == "Ask for Ibu Ratna"


def test_a_profile_changed_at_another_desk_is_not_overwritten(
    qtbot: QtBot, window: SponsorDetailDialog
) -> None:
    ctx = window.context
    sponsor_details.set_sponsor_active(ctx.db, ctx.actor, window.sponsor_id, False)
    type_into(qtbot, window.ui.notesEdit, "Mine")
    click(qtbot, window.ui.saveProfileButton)
    settle(qtbot, ctx)
    assert "changed at another desk" in window.ui.statusLabel.text()
    assert window.ui.notesEdit.toPlainText() == "Mine"


def test_a_logo_is_saved_when_chosen_and_a_file_that_is_no_image_is_refused(
    qtbot: QtBot,
    window: SponsorDetailDialog,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ui, ctx = window.ui, window.context
    choose_file(monkeypatch, png_file(tmp_path / "logo.png"))
    click(qtbot, ui.logoButton)
    settle(qtbot, ctx)
    assert sponsor_details.sponsor_logo(ctx.db, ctx.actor, window.sponsor_id) is not None
    assert not ui.logoPreview.pixmap().isNull() and ui.clearLogoButton.isEnabled()
    fake = tmp_path / "logo.jpg"
    fake.write_bytes(b"not a picture")
    choose_file(monkeypatch, fake)
    click(qtbot, ui.logoButton)
    settle(qtbot, ctx)
    assert shown_error(ui.logoError).startswith("This file is not an image")
    assert sponsor_details.sponsor_logo(ctx.db, ctx.actor, window.sponsor_id) is not None
    click(qtbot, ui.clearLogoButton)
    settle(qtbot, ctx)
    assert sponsor_details.sponsor_logo(ctx.db, ctx.actor, window.sponsor_id) is None


# --- contacts and agreements -----------------------------------------------------------------


def test_a_contact_is_refused_field_by_field_then_saved_and_shown(
    qtbot: QtBot, window: SponsorDetailDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    ui = window.ui
    ui.tabs.setCurrentWidget(ui.contactsTab)
    dialog = sub_dialog(qtbot, window, ui.addContactButton)
    assert isinstance(dialog, ContactDialog)
    form = dialog.ui
    type_into(qtbot, form.positionEdit, "CSR manager")
    type_into(qtbot, form.phoneEdit, "0812-34")
    type_into(qtbot, form.emailEdit, "ratna at sandang")
    press_save(qtbot, dialog)
    assert not closed(dialog)
    assert shown_error(form.nameError) == "Enter the contact person's name."
    assert shown_error(form.phoneError).startswith("The phone number is too short")
    assert shown_error(form.emailError).startswith("This is not an e-mail address")
    assert (form.positionEdit.text(), form.phoneEdit.text()) == ("CSR manager", "0812-34")
    type_into(qtbot, form.nameEdit, "Ibu Ratna")
    type_into(qtbot, form.phoneEdit, "+62 812 3456 7890")
    type_into(qtbot, form.emailEdit, "ratna@sandang.co.id")
    press_save(qtbot, dialog)
    assert closed(dialog)
    table = window.contacts
    assert [table.index(0, c).data() for c in range(4)] == [
        "Ibu Ratna",
        "CSR manager",
        "0812-3456-7890",
        "ratna@sandang.co.id",
    ]
    ui.contactsTable.selectRow(0)
    monkeypatch.setattr("desktop.gui.sponsor_detail_actions.ask", lambda *args: True)
    click(qtbot, ui.removeContactButton)
    settle(qtbot, window.context)
    assert table.rowCount() == 0


def test_an_agreement_ending_before_it_starts_is_refused_at_the_end_date(
    qtbot: QtBot, window: SponsorDetailDialog
) -> None:
    ui = window.ui
    ui.tabs.setCurrentWidget(ui.agreementsTab)
    dialog = sub_dialog(qtbot, window, ui.addAgreementButton)
    assert isinstance(dialog, AgreementDialog)
    form = dialog.ui
    assert not form.endDate.isEnabled()
    type_into(qtbot, form.numberEdit, "MoU/017/CSR/2026")
    form.startDate.setDate(QDate(2026, 5, 1))
    click(qtbot, form.endCheck)
    form.endDate.setDate(QDate(2026, 4, 30))
    type_into(qtbot, form.rupiahEdit, "-5")
    press_save(qtbot, dialog)
    assert shown_error(form.rupiahError) == "A value in rupiah cannot be negative."
    type_into(qtbot, form.rupiahEdit, "50.000.000")
    press_save(qtbot, dialog)
    assert shown_error(form.endError) == "The agreement cannot end before it starts (1 May 2026)."
    assert form.numberEdit.text() == "MoU/017/CSR/2026"
    form.endDate.setDate(QDate(2026, 12, 31))
    press_save(qtbot, dialog)
    assert closed(dialog)
    row = [window.agreements.index(0, c).data() for c in range(5)]
    assert row == ["MoU/017/CSR/2026", "1 May 2026", "31 December 2026", "", "Rp50.000.000"]
    assert window.ui.statusLabel.text() == "Saved the agreement MoU/017/CSR/2026."


# --- contributions ---------------------------------------------------------------------------


def test_cash_is_recorded_earmarked_and_a_bad_amount_keeps_the_typing(
    qtbot: QtBot, window: SponsorDetailDialog
) -> None:
    ui = window.ui
    ui.tabs.setCurrentWidget(ui.contributionsTab)
    dialog = sub_dialog(qtbot, window, ui.cashButton)
    assert isinstance(dialog, CashDialog)
    form = dialog.ui
    assert form.earmarkCombo.itemText(0) == "The centre in general"
    assert form.earmarkCombo.itemText(1).startswith("Programme ")
    type_into(qtbot, form.amountEdit, "1,5 jt")
    type_into(qtbot, form.descriptionEdit, "Untuk bahan praktik")
    press_save(qtbot, dialog)
    assert shown_error(form.amountError).startswith("“1,5 jt” is not an amount in rupiah")
    type_into(qtbot, form.amountEdit, "0")
    press_save(qtbot, dialog)
    assert shown_error(form.amountError) == "Enter an amount of more than Rp0."
    assert form.descriptionEdit.toPlainText() == "Untuk bahan praktik"
    type_into(qtbot, form.amountEdit, "1.500.000")
    form.earmarkCombo.setCurrentIndex(1)
    programme = form.earmarkCombo.currentText().removeprefix("Programme ")
    press_save(qtbot, dialog)
    assert closed(dialog)
    table = window.contributions
    assert table.rowCount() == 3
    newest = [table.index(0, c).data() for c in range(6)]
    assert newest[1:5] == ["Cash", "Rp1.500.000", f"Programme {programme}", "Untuk bahan praktik"]
    assert ui.totalsLabel.text().startswith("Cash: Rp19.000.000 in 3 contributions.")


def test_items_are_recorded_with_a_new_item_and_a_fraction_of_a_roll_is_refused_on_its_line(
    qtbot: QtBot, window: SponsorDetailDialog, store_room: int
) -> None:
    ctx, ui = window.context, window.ui
    machine = inventory_items.create_item(
        ctx.db, ctx.actor, ItemInput(ItemKind.EQUIPMENT, "Mesin jahit Butterfly", asset_tag="MJ-1")
    )
    ui.tabs.setCurrentWidget(ui.contributionsTab)
    dialog = sub_dialog(qtbot, window, ui.itemsButton)
    assert isinstance(dialog, ItemsDialog)
    form, table = dialog.ui, dialog.ui.linesTable

    def cell(row: int, column: int) -> QWidget:
        widget: QWidget | None = table.cellWidget(row, column)
        assert widget is not None
        return widget

    def choice(row: int, column: int) -> QComboBox:
        widget = cell(row, column)
        assert isinstance(widget, QComboBox)
        return widget

    def typed(row: int, column: int) -> QLineEdit:
        widget = cell(row, column)
        assert isinstance(widget, QLineEdit)
        return widget

    # A roll of thread the inventory does not know yet, added from here.
    click(qtbot, form.newItemButton)
    new = dialog.dialog
    assert isinstance(new, NewItemDialog)
    qtbot.waitExposed(new)
    new.ui.kindCombo.setCurrentIndex(new.ui.kindCombo.findData(ItemKind.CONSUMABLE.value))
    new.ui.unitCombo.setCurrentIndex(new.ui.unitCombo.findData(Unit.ROLL.value))
    assert not new.ui.tagEdit.isVisible()
    type_into(qtbot, new.ui.nameEdit, "Benang jahit putih")
    press_save(qtbot, new)
    settle(qtbot, ctx)  # the list of items is read again
    assert choice(0, ITEM).currentText() == "Benang jahit putih"
    assert choice(0, PLACE).currentText() == "Gudang (Cibeber)"
    type_into(qtbot, cell(0, QUANTITY), "2,5")
    type_into(qtbot, cell(0, VALUE), "75.000")
    click(qtbot, form.addLineButton)
    choice(1, ITEM).setCurrentIndex(choice(1, ITEM).findData(machine))
    assert typed(1, QUANTITY).text() == "1" and not typed(1, QUANTITY).isEnabled()
    type_into(qtbot, cell(1, VALUE), "2.750.000")
    assert form.totalLabel.text() == "Total value: Rp2.825.000"
    press_save(qtbot, dialog)
    assert not closed(dialog)
    assert (
        shown_error(form.linesError) == "Line 1: Items counted by the roll take whole numbers only."
    )
    assert cell(0, QUANTITY).property("invalid") is True
    assert dialog.focusWidget() is cell(0, QUANTITY)
    assert typed(1, VALUE).text() == "2.750.000"  # nothing typed is lost
    type_into(qtbot, cell(0, QUANTITY), "3")
    press_save(qtbot, dialog)
    assert closed(dialog)
    with ctx.db.sessions() as session:
        thread = session.scalar(select(Item.id).where(Item.name == "Benang jahit putih"))
        assert stock_by_item(session) == {thread: 3000, machine: 1000}
    (row,) = [r for r in range(window.contributions.rowCount())
              if window.contributions.index(r, 1).data() == "In kind"]  # fmt: skip
    assert window.contributions.index(row, 2).data() == "Rp2.825.000"
    what = window.contributions.index(row, 4).data()
    assert what == "Benang jahit putih 3 roll; Mesin jahit Butterfly (MJ-1)"


def test_a_document_that_is_not_a_pdf_or_image_is_refused_and_a_pdf_opens(
    qtbot: QtBot,
    window: SponsorDetailDialog,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ui, ctx = window.ui, window.context
    ui.tabs.setCurrentWidget(ui.contributionsTab)
    assert not ui.attachButton.isEnabled()
    ui.contributionsTable.selectRow(0)
    assert ui.attachButton.isEnabled() and not ui.documentButton.isEnabled()
    letter = tmp_path / "surat.docx"
    letter.write_bytes(b"PK\x03\x04 word")
    choose_file(monkeypatch, letter)
    click(qtbot, ui.attachButton)
    settle(qtbot, ctx)
    assert ui.statusLabel.text().startswith("This file is not a PDF or an image")
    receipt = tmp_path / "kuitansi.pdf"
    receipt.write_bytes(PDF)
    choose_file(monkeypatch, receipt)
    click(qtbot, ui.attachButton)
    settle(qtbot, ctx)
    assert ui.statusLabel.text() == "Attached kuitansi.pdf."
    assert window.contributions.index(0, 5).data() == "kuitansi.pdf"
    assert ui.documentButton.isEnabled()  # the selection is kept over the reading
    click(qtbot, ui.documentButton)
    settle(qtbot, ctx)
    viewer = window.commands.viewer
    assert isinstance(viewer, PdfViewer) and viewer.windowTitle() == "Document: kuitansi.pdf"
    viewer.close()
    photo = png_file(tmp_path / "foto kuitansi.png")
    choose_file(monkeypatch, photo)
    click(qtbot, ui.attachButton)
    settle(qtbot, ctx)
    click(qtbot, ui.documentButton)
    settle(qtbot, ctx)
    assert isinstance(window.commands.viewer, ImageViewer)


def test_an_oversized_document_is_refused_with_the_limit(
    qtbot: QtBot,
    window: SponsorDetailDialog,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ui = window.ui
    ui.tabs.setCurrentWidget(ui.contributionsTab)
    ui.contributionsTable.selectRow(0)
    big = tmp_path / "scan.pdf"
    big.write_bytes(b"%PDF-" + b"0" * (11 * 1024 * 1024))
    choose_file(monkeypatch, big)
    click(qtbot, ui.attachButton)
    settle(qtbot, window.context)
    assert "the limit is 10 MB" in ui.statusLabel.text()
    assert window.contributions.index(0, 5).data() == ""


def test_the_impact_report_opens_for_this_sponsor(
    qtbot: QtBot, window: SponsorDetailDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = pytest.importorskip("desktop.gui.sponsor_report_action")
    called: list[tuple[object, ...]] = []
    monkeypatch.setattr(report, "open_impact_report", lambda *args: called.append(args))
    assert window.ui.reportButton.isVisible()
    click(qtbot, window.ui.reportButton)
    assert called == [(window, window.context, window.sponsor_id)]


def test_every_control_is_named_and_labelled(qtbot: QtBot, window: SponsorDetailDialog) -> None:
    ui = window.ui
    for button in (ui.addContactButton, ui.addAgreementButton, ui.cashButton, ui.itemsButton):
        ui.tabs.setCurrentIndex(ui.tabs.indexOf(button.parentWidget()))
        dialog = sub_dialog(qtbot, window, button)
        assert _unnamed(dialog) == [], type(dialog).__name__
        assert _labels_without_buddy(dialog) == [], type(dialog).__name__
        dialog.reject()
    assert _unnamed(window) == []
    assert _labels_without_buddy(window) == []


# --- screenshots -----------------------------------------------------------------------------


def _shots(qtbot: QtBot, window: SponsorDetailDialog, folder: Path, suffix: str) -> None:
    ui, ctx = window.ui, window.context
    window.resize(960, 640)
    assert window.grab().save(str(folder / f"sponsor-detail-profile{suffix}.png"))
    sponsor_details.add_contact(
        ctx.db, ctx.actor, window.sponsor_id,
        sponsor_details.ContactInput("Ibu Ratna Sari", "CSR manager", "081234567890",
                                     "ratna@sandang.co.id"),
    )  # fmt: skip
    window.reload()
    settle(qtbot, ctx)
    ui.tabs.setCurrentWidget(ui.contactsTab)
    dialog = sub_dialog(qtbot, window, ui.addContactButton)
    type_into(qtbot, dialog.ui.emailEdit, "ratna at sandang")  # type: ignore[attr-defined]
    press_save(qtbot, dialog)
    qtbot.wait(20)  # the layout makes room for the messages on the next turn of the loop
    assert dialog.grab().save(str(folder / f"sponsor-contact-dialog{suffix}.png"))
    dialog.reject()
    assert window.grab().save(str(folder / f"sponsor-detail-contacts{suffix}.png"))
    ui.tabs.setCurrentWidget(ui.agreementsTab)
    dialog = sub_dialog(qtbot, window, ui.addAgreementButton)
    assert dialog.grab().save(str(folder / f"sponsor-agreement-dialog{suffix}.png"))
    dialog.reject()
    ui.tabs.setCurrentWidget(ui.contributionsTab)
    dialog = sub_dialog(qtbot, window, ui.cashButton)
    assert dialog.grab().save(str(folder / f"contribution-cash-dialog{suffix}.png"))
    dialog.reject()
    dialog = sub_dialog(qtbot, window, ui.itemsButton)
    assert isinstance(dialog, ItemsDialog)
    dialog.lines.add()
    type_into(qtbot, dialog.ui.linesTable.cellWidget(0, QUANTITY), "2,5")
    type_into(qtbot, dialog.ui.linesTable.cellWidget(0, VALUE), "75.000")
    press_save(qtbot, dialog)
    qtbot.wait(20)
    assert dialog.grab().save(str(folder / f"contribution-items-dialog{suffix}.png"))
    click(qtbot, dialog.ui.newItemButton)
    new = dialog.dialog
    assert new is not None
    qtbot.waitExposed(new)
    assert new.grab().save(str(folder / f"contribution-new-item-dialog{suffix}.png"))
    new.reject()
    dialog.reject()
    fabric = inventory_items.create_item(
        ctx.db, ctx.actor, ItemInput(ItemKind.CONSUMABLE, "Kain katun putih", Unit.METRE)
    )
    place = inventory_locations.list_locations(ctx.db, ctx.actor)[0].id
    line = sponsor_details.InKindLine(fabric, place, 120_500, 3_615_000)
    gift = sponsor_details.record_in_kind(
        ctx.db,
        ctx.actor,
        window.sponsor_id,
        sponsor_details.InKindInput(date(2026, 5, 4), (line,), description="Surat 12/V"),
    )
    sponsor_details.attach_document(ctx.db, ctx.actor, gift, "surat-sandang.pdf", PDF)
    window.reload()
    settle(qtbot, ctx)
    assert window.grab().save(str(folder / f"sponsor-detail-contributions{suffix}.png"))


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large-text"])
def test_screenshots(
    qtbot: QtBot, desk: AppContext, store_room: int, tmp_path: Path, large: bool
) -> None:
    """The window and its dialogs as a desk shows them (PELITA_SHOTS=/some/folder keeps them)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = app.font(), app.styleSheet()
    apply_style(app, large)
    folder = Path(os.environ.get("PELITA_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        window = open_detail(qtbot, open_page(qtbot, desk), SANDANG)
        _shots(qtbot, window, folder, "-large" if large else "")
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)
