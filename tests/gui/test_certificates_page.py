"""The Certificates page (the register, buku induk), driven as an admin and a clerk would:
typing, clicks and the real dialogs over a real demo database in which people of the finished
cohort got their certificates. Every call runs on the worker; the tests wait for it."""

from __future__ import annotations

import base64
import os
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from desktop.domain.certificate import CertificateStatus, file_name, key_id, new_key_pair
from desktop.domain.programme import UnitInput
from desktop.gui.app_context import AppContext
from desktop.gui.certificate_reason_dialog import ReasonDialog
from desktop.gui.certificates_model import Column
from desktop.gui.certificates_page import CertificatesPage
from desktop.gui.main_window import MainWindow
from desktop.gui.style import apply_style
from desktop.paths import sqlite_url
from desktop.services import certificate_issue, certificate_register, programme_admin
from desktop.services.accounts import authenticate
from desktop.services.certificate_issue import IssueRequest
from desktop.services.certificate_keys import BEGIN, END
from desktop.services.certificate_register import RegisterEntry
from desktop.services.demo import build_demo
from desktop.store.database import Database, open_database
from desktop.store.training import Cohort
from tests.gui.test_accessibility import _labels_without_buddy, _unnamed

pytestmark = pytest.mark.usefixtures("windows_deleted_here")

REISSUE_REASON = "Nama salah ketik"


@pytest.fixture(scope="module")
def certificates_template(
    tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path
) -> tuple[Path, list[RegisterEntry]]:
    """A demo centre with people, cohorts and the finished cohort's certificates (the demo
    issues them; any it left out are issued here), its programme then given competency units
    and one certificate re-issued (a new one with the back page, the old superseded). Made once
    (some seconds), copied for each test."""
    path = tmp_path_factory.mktemp("certificates") / "template.sqlite3"
    shutil.copy(sqlite_template, path)
    db = open_database(sqlite_url(path))
    try:
        build_demo(db, 60)
        admin = authenticate(db, "admin", "admin-demo")
        with db.sessions() as session:
            cohort_id, programme_id = session.execute(
                sa.select(Cohort.id, Cohort.programme_id).where(Cohort.status == "finished")
            ).one()
        found = certificate_issue.candidates(db, admin, cohort_id)
        missing = tuple(c.enrolment_id for c in found if c.eligible and c.certificate_id is None)
        if missing:
            certificate_issue.issue(db, admin, IssueRequest(cohort_id, missing))
        # Competency units give a certificate issued from now on its back page.
        stored = programme_admin.get_programme(db, admin, programme_id)
        units = (
            UnitInput("C.14SPO01.001.1", "Mengukur badan dan membuat pola dasar", 30),
            UnitInput("C.14SPO01.002.1", "Menjahit blus, rok dan kemeja dengan mesin", 60),
        )
        programme_admin.update_programme(
            db, admin, programme_id, stored.version, replace(stored.as_input(), units=units)
        )
        oldest = min(certificate_register.search(db, admin), key=lambda entry: entry.id)
        certificate_issue.reissue(db, admin, oldest.id, REISSUE_REASON)
        register = sorted(certificate_register.search(db, admin), key=lambda entry: entry.id)
    finally:
        db.close()
    assert len(register) >= 6
    return path, register


@pytest.fixture
def gui_db(
    tmp_path: Path, certificates_template: tuple[Path, list[RegisterEntry]]
) -> Iterator[Database]:
    """The template's copy (in place of the bare demo centre of tests/gui/conftest.py)."""
    path = tmp_path / "pelita.sqlite3"
    shutil.copy(certificates_template[0], path)
    database = open_database(sqlite_url(path))
    yield database
    database.close()


@pytest.fixture
def register(certificates_template: tuple[Path, list[RegisterEntry]]) -> list[RegisterEntry]:
    """Every certificate in the register, oldest first; the first one is superseded."""
    return certificates_template[1]


@pytest.fixture
def issued(register: list[RegisterEntry]) -> list[RegisterEntry]:
    """The certificates in force, oldest first; the last one is the re-issue (two pages)."""
    return [entry for entry in register if entry.status is CertificateStatus.ISSUED]


def settle(qtbot: QtBot, context: AppContext) -> None:
    qtbot.waitUntil(lambda: context.runner.idle)


def open_page(qtbot: QtBot, context: AppContext) -> CertificatesPage:
    page = CertificatesPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 680)
    page.show()
    qtbot.waitExposed(page)
    settle(qtbot, context)
    return page


def entries(page: CertificatesPage) -> list[RegisterEntry]:
    return page.model.entries()


def numbers(page: CertificatesPage) -> list[str]:
    return [entry.number for entry in entries(page)]


def cell(page: CertificatesPage, number: str, column: Column, role: int = 0) -> object:
    return page.model.index(numbers(page).index(number), column).data(role)


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def select(qtbot: QtBot, page: CertificatesPage, number: str) -> None:
    table = page.ui.certificatesTable
    index = page.model.index(numbers(page).index(number), Column.NAME)
    table.scrollTo(index)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot, page.context)
    selected = page.selected()
    assert selected is not None and selected.number == number


def type_search(qtbot: QtBot, page: CertificatesPage, text: str) -> None:
    page.ui.searchEdit.clear()
    qtbot.keyClicks(page.ui.searchEdit, text)
    # The search goes after a pause in typing; wait for it to be sent and answered.
    qtbot.waitUntil(lambda: not page._debounce.isActive())
    settle(qtbot, page.context)


def open_reason_dialog(qtbot: QtBot, page: CertificatesPage, button: QWidget) -> ReasonDialog:
    click(qtbot, button)
    dialog = page.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def give_reason(qtbot: QtBot, dialog: ReasonDialog, reason: str) -> None:
    dialog.reason_edit.clear()
    qtbot.keyClicks(dialog.reason_edit, reason)
    click(qtbot, dialog.save_button)


# --- the register ------------------------------------------------------------------------


def test_the_page_lists_the_register_and_searches_as_one_types(
    qtbot: QtBot,
    register: list[RegisterEntry],
    issued: list[RegisterEntry],
    admin_context: AppContext,
) -> None:
    page = open_page(qtbot, admin_context)
    assert sorted(numbers(page)) == sorted(entry.number for entry in register)
    assert page.ui.countLabel.text() == f"{len(register)} certificates"
    first = issued[0]
    assert cell(page, first.number, Column.NAME) == first.full_name
    assert cell(page, first.number, Column.STATUS) == "Issued"
    assert cell(page, first.number, Column.CODE) == first.verify_code
    cohort_code = cell(page, first.number, Column.COHORT)
    assert isinstance(cohort_code, str) and cohort_code.startswith("JHT-")
    issue_date = cell(page, first.number, Column.ISSUED)
    assert isinstance(issue_date, str) and issue_date.split()[1].isalpha()  # "23 November 2026"

    # The short code, typed as a person reads it off the paper (small letters, no dash).
    type_search(qtbot, page, first.verify_code.replace("-", " ").lower())
    assert numbers(page) == [first.number]
    assert page.ui.countLabel.text() == "1 certificate"
    # Part of a name, any case.
    last_name = issued[1].full_name.split()[-1]
    type_search(qtbot, page, last_name.upper())
    assert issued[1].number in numbers(page)
    assert all(last_name.casefold() in e.full_name.casefold() for e in entries(page))
    type_search(qtbot, page, cohort_code)
    assert len(entries(page)) == len(register)
    type_search(qtbot, page, "no such certificate")
    assert entries(page) == []

    page.ui.searchEdit.clear()
    page.ui.statusCombo.setCurrentIndex(page.ui.statusCombo.findData("revoked"))
    settle(qtbot, admin_context)
    assert entries(page) == []
    page.ui.statusCombo.setCurrentIndex(page.ui.statusCombo.findData("issued"))
    settle(qtbot, admin_context)
    assert sorted(numbers(page)) == sorted(entry.number for entry in issued)
    page.ui.statusCombo.setCurrentIndex(page.ui.statusCombo.findData("superseded"))
    settle(qtbot, admin_context)
    assert numbers(page) == [register[0].number]
    assert cell(page, register[0].number, Column.STATUS) == "Superseded"


def test_the_selected_certificate_shows_in_full_below_the_table(
    qtbot: QtBot, issued: list[RegisterEntry], admin_context: AppContext
) -> None:
    certificate = issued[0]
    page = open_page(qtbot, admin_context)
    assert not page.ui.showButton.isEnabled()
    assert "Select a certificate" in page.ui.detailsView.toPlainText()
    select(qtbot, page, certificate.number)
    entry = certificate_register.entry(admin_context.db, admin_context.actor, certificate.id)
    details = page.ui.detailsView.toPlainText()
    for text in (entry.number, entry.full_name, entry.birth, entry.programme_name, entry.sha256,
                 f"{entry.hours_jp} JP", "admin", entry.verify_code):  # fmt: skip
        assert text in details
    assert page.ui.showButton.isEnabled() and page.ui.revokeButton.isEnabled()


def test_revoke_asks_a_reason_and_then_the_row_shows_revoked(
    qtbot: QtBot, issued: list[RegisterEntry], admin_context: AppContext
) -> None:
    page = open_page(qtbot, admin_context)
    number = issued[0].number
    select(qtbot, page, number)
    dialog = open_reason_dialog(qtbot, page, page.ui.revokeButton)
    qtbot.waitUntil(dialog.reason_edit.hasFocus)
    assert not dialog.folder_edit.isVisible()  # a folder is for re-issuing only

    give_reason(qtbot, dialog, "   ")  # no reason: refused beside the field, nothing recorded
    qtbot.waitUntil(lambda: dialog.reason_error.isVisible())
    assert "Say why the certificate is revoked" in dialog.reason_error.text()
    assert dialog.isVisible()
    stored = certificate_register.entry(admin_context.db, admin_context.actor, issued[0].id)
    assert stored.status is CertificateStatus.ISSUED

    give_reason(qtbot, dialog, "Diberikan karena salah data")
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible())
    settle(qtbot, admin_context)
    assert cell(page, number, Column.STATUS) == "Revoked"
    font = cell(page, number, Column.NAME, Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.strikeOut()
    assert cell(page, number, Column.STATUS, Qt.ItemDataRole.ForegroundRole) is not None
    assert cell(page, issued[1].number, Column.STATUS) == "Issued"
    assert f"Revoked certificate {number}" in page.ui.messageLabel.text()
    selected = page.selected()
    assert selected is not None and selected.number == number  # still selected, now revoked
    assert "Diberikan karena salah data" in page.ui.detailsView.toPlainText()
    assert not page.ui.revokeButton.isEnabled() and not page.ui.reissueButton.isEnabled()
    assert page.ui.showButton.isEnabled()  # a revoked certificate can still be looked at


def test_reissue_makes_a_new_number_and_the_old_one_shows_superseded(
    qtbot: QtBot,
    register: list[RegisterEntry],
    issued: list[RegisterEntry],
    admin_context: AppContext,
    tmp_path: Path,
) -> None:
    page = open_page(qtbot, admin_context)
    old = issued[0]
    select(qtbot, page, old.number)
    dialog = open_reason_dialog(qtbot, page, page.ui.reissueButton)
    assert dialog.folder_edit.isVisible()
    qtbot.keyClicks(dialog.folder_edit, str(tmp_path / "missing"))
    give_reason(qtbot, dialog, "Nama salah ketik")
    qtbot.waitUntil(lambda: dialog.folder_error.isVisible())
    assert "There is no folder" in dialog.folder_error.text()
    assert dialog.reason_edit.text() == "Nama salah ketik"  # nothing typed is lost

    dialog.folder_edit.setText(str(tmp_path))
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible())
    settle(qtbot, admin_context)
    assert len(entries(page)) == len(register) + 1
    new = page.selected()
    assert new is not None and new.number not in (old.number, issued[1].number)
    assert new.full_name == old.full_name and new.status is CertificateStatus.ISSUED
    assert new.number in page.ui.messageLabel.text() and old.number in page.ui.messageLabel.text()
    assert (tmp_path / file_name(new.number, new.full_name)).exists()  # also in the folder
    details = page.ui.detailsView.toPlainText()
    assert old.number in details and "Nama salah ketik" in details  # what it replaces, and why

    assert cell(page, old.number, Column.STATUS) == "Superseded"
    select(qtbot, page, old.number)
    qtbot.waitUntil(
        lambda: f"replaced by certificate {new.number}" in page.ui.detailsView.toPlainText()
    )
    assert not page.ui.reissueButton.isEnabled()


def test_show_opens_the_frozen_pdf_with_its_two_pages(
    qtbot: QtBot, issued: list[RegisterEntry], admin_context: AppContext
) -> None:
    certificate = issued[-1]  # issued after the programme got its competency units
    page = open_page(qtbot, admin_context)
    select(qtbot, page, certificate.number)
    click(qtbot, page.ui.showButton)
    qtbot.waitUntil(lambda: page.viewer is not None and page.viewer.isVisible())
    viewer = page.viewer
    assert viewer is not None
    assert viewer.document.pageCount() == 2  # the certificate and its competency units
    assert len(viewer.page_labels) == 2
    assert (
        certificate.number in viewer.windowTitle() and certificate.full_name in viewer.windowTitle()
    )
    viewer.close()


def test_save_pdf_writes_the_bytes_issued(
    qtbot: QtBot,
    issued: list[RegisterEntry],
    admin_context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    certificate = issued[0]
    page = open_page(qtbot, admin_context)
    select(qtbot, page, certificate.number)
    offered: list[str] = []

    def save_name(_parent: object, _title: str, start: str, _kind: str) -> tuple[str, str]:
        offered.append(Path(start).name)
        return str(tmp_path / "certificate"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    click(qtbot, page.ui.saveButton)
    settle(qtbot, admin_context)
    assert offered[0].endswith(".pdf") and certificate.full_name in offered[0]
    written = (tmp_path / "certificate.pdf").read_bytes()
    frozen = certificate_register.pdf(admin_context.db, admin_context.actor, certificate.id)
    assert written == frozen
    assert "Saved certificate" in page.ui.messageLabel.text()


def test_print_sends_the_frozen_pdf_to_the_system_print_dialog(
    qtbot: QtBot,
    issued: list[RegisterEntry],
    admin_context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    certificate = issued[0]
    page = open_page(qtbot, admin_context)
    select(qtbot, page, certificate.number)
    printed: list[tuple[bytes, str]] = []

    def print_pdf(_parent: object, data: bytes, title: str) -> bool:
        printed.append((data, title))
        return True

    monkeypatch.setattr("desktop.gui.certificate_actions.print_pdf", print_pdf)
    click(qtbot, page.ui.printButton)
    settle(qtbot, admin_context)
    frozen = certificate_register.pdf(admin_context.db, admin_context.actor, certificate.id)
    assert printed == [(frozen, f"Certificate {certificate.number} — {certificate.full_name}")]
    assert "Sent certificate" in page.ui.messageLabel.text()


def test_export_to_excel_writes_what_the_search_finds(
    qtbot: QtBot,
    issued: list[RegisterEntry],
    admin_context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    page = open_page(qtbot, admin_context)
    type_search(qtbot, page, issued[1].verify_code)
    target = tmp_path / "register.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    click(qtbot, page.ui.exportButton)
    settle(qtbot, admin_context)
    assert "Exported 1 certificate" in page.ui.messageLabel.text()
    sheet = openpyxl.load_workbook(target).active
    cells = {str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None}
    assert issued[1].number in cells
    assert issued[0].number not in cells and issued[2].number not in cells


# --- keys ---------------------------------------------------------------------------------


def other_centre_key_file() -> str:
    public = new_key_pair().public
    lines = (BEGIN, "Centre: LPK Tenun Sumba", "Code: LPK-TS", f"Key-Id: {key_id(public)}",
             f"Key: {base64.b64encode(public).decode('ascii')}", END, "")  # fmt: skip
    return "\n".join(lines)


def test_admin_exports_the_public_key_and_imports_another_centres(
    qtbot: QtBot, admin_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_page(qtbot, admin_context)
    offered: list[str] = []

    def save_name(_parent: object, _title: str, start: str, _kind: str) -> tuple[str, str]:
        offered.append(Path(start).name)
        return str(tmp_path / "our-key"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    click(qtbot, page.ui.exportKeyButton)
    settle(qtbot, admin_context)
    assert offered[0].endswith(".pelitakey")
    own = (tmp_path / "our-key.pelitakey").read_text(encoding="utf-8")
    assert own.startswith(BEGIN)
    assert "Give this file to other offices" in page.ui.messageLabel.text()

    chosen = [tmp_path / "our-key.pelitakey"]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(chosen[0]), ""))
    click(qtbot, page.ui.importKeyButton)
    settle(qtbot, admin_context)
    assert "this centre's own key" in page.ui.messageLabel.text()
    assert page.ui.messageLabel.property("role") == "error"

    other = tmp_path / "sumba.pelitakey"
    other.write_text(other_centre_key_file(), encoding="utf-8")
    chosen[0] = other
    click(qtbot, page.ui.importKeyButton)
    settle(qtbot, admin_context)
    assert "Imported the public key of LPK Tenun Sumba" in page.ui.messageLabel.text()

    garbage = tmp_path / "photo.pelitakey"
    garbage.write_bytes(b"\x89PNG not a key")
    chosen[0] = garbage
    click(qtbot, page.ui.importKeyButton)
    settle(qtbot, admin_context)
    assert "This is not a Pelita key file" in page.ui.messageLabel.text()


# --- who sees what ----------------------------------------------------------------------


def test_a_clerk_sees_the_register_but_not_the_admin_buttons(
    qtbot: QtBot,
    register: list[RegisterEntry],
    issued: list[RegisterEntry],
    clerk_context: AppContext,
) -> None:
    certificate = issued[0]
    page = open_page(qtbot, clerk_context)
    assert sorted(numbers(page)) == sorted(entry.number for entry in register)
    for button in (page.ui.revokeButton, page.ui.reissueButton, page.ui.exportKeyButton,
                   page.ui.importKeyButton):  # fmt: skip
        assert not button.isVisible()
    for button in (page.ui.showButton, page.ui.printButton, page.ui.saveButton,
                   page.ui.exportButton, page.ui.verifyButton):  # fmt: skip
        assert button.isVisible()
    select(qtbot, page, certificate.number)
    page.ask_reason(reissue=False)  # no way in, and no dialog by other means either
    assert page.dialog is None


def test_the_main_window_lists_the_page_for_the_register_users_only(
    qtbot: QtBot, admin_context: AppContext, instructor_context: AppContext
) -> None:
    window = MainWindow(admin_context)
    qtbot.addWidget(window)
    titles = window.page_titles
    assert titles.index("Certificates") == titles.index("Attendance numbers") + 1
    assert window.page(CertificatesPage) is not None
    icon = window.ui.navList.item(titles.index("Certificates")).icon()
    drawn = icon.pixmap(24, 24).toImage()  # its own icon, not the blank one
    assert any(drawn.pixelColor(x, y).alpha() for x in range(24) for y in range(24))
    settle(qtbot, admin_context)
    teacher = MainWindow(instructor_context)
    qtbot.addWidget(teacher)
    assert "Certificates" not in teacher.page_titles
    assert teacher.page(CertificatesPage) is None
    settle(qtbot, instructor_context)


def test_every_control_has_a_name_a_screen_reader_can_say(
    qtbot: QtBot, issued: list[RegisterEntry], admin_context: AppContext
) -> None:
    certificate = issued[0]
    page = open_page(qtbot, admin_context)
    assert not _unnamed(page) and not _labels_without_buddy(page)
    select(qtbot, page, certificate.number)
    for button in (page.ui.revokeButton, page.ui.reissueButton):
        dialog = open_reason_dialog(qtbot, page, button)
        assert not _unnamed(dialog) and not _labels_without_buddy(dialog)
        dialog.reject()


# --- screenshots ------------------------------------------------------------------------


def test_screenshots_of_the_register(
    qtbot: QtBot,
    register: list[RegisterEntry],
    issued: list[RegisterEntry],
    admin_context: AppContext,
    tmp_path: Path,
) -> None:
    """The page as a desk shows it, styled, for a person to look at (PELITA_SHOTS=/folder keeps
    them): one certificate revoked, the superseded one selected; then the re-issue dialog with
    its reason missing."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = app.font(), app.styleSheet()
    apply_style(app, False)
    folder = Path(os.environ.get("PELITA_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        db, actor = admin_context.db, admin_context.actor
        certificate_register.revoke(db, actor, issued[0].id, "Diberikan karena salah data")
        window = MainWindow(admin_context)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        page = window.page(CertificatesPage)
        assert page is not None
        window.ui.navList.setCurrentRow(window.ui.pages.indexOf(page))
        settle(qtbot, admin_context)
        select(qtbot, page, register[0].number)
        qtbot.waitUntil(lambda: "replaced by certificate" in page.ui.detailsView.toPlainText())
        assert page.minimumSizeHint().width() <= 1366 - window.ui.navList.width()
        assert window.grab().save(str(folder / "certificates-page.png"))
        select(qtbot, page, issued[1].number)
        dialog = open_reason_dialog(qtbot, page, page.ui.reissueButton)
        give_reason(qtbot, dialog, "")
        qtbot.waitUntil(lambda: dialog.reason_error.isVisible())
        assert dialog.grab().save(str(folder / "certificate-reissue-dialog.png"))
        dialog.reject()
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)
