"""The Cohorts page, driven as an admin, a clerk and an instructor would: the list with its fill
rate and waiting count, its filters, a cohort opened in place with Enter and left with Back,
its place in the main window's navigation, and a new cohort made through the cohort form.
Cohorts are made through the services on a real demo database; every call runs on the worker
and the tests wait for it, never for a fixed time."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid
from sqlalchemy import select

from desktop.domain.cohort import CohortInput, CohortStatus, Funding, Slot
from desktop.domain.sponsor import SponsorKind
from desktop.gui.app_context import AppContext
from desktop.gui.cohorts_page import CohortsPage, Column
from desktop.gui.main_window import MainWindow
from desktop.gui.style import apply_style
from desktop.services import accounts, cohorts, enrolment, sponsors
from desktop.services.cohort_overview import CohortListRow
from desktop.services.context import Actor
from desktop.store.database import Database
from desktop.store.models import Programme
from tests.gui.test_accessibility import _labels_without_buddy, _unnamed
from tests.services.test_enrolment import add_person

MON, WED, FRI = 0, 2, 4


@dataclass(frozen=True)
class Made:
    """What `make_cohorts` put in the demo centre."""

    weaving: int  # ANY-2027-01: 3 seats taken of 3, two waiting
    bookkeeping: int  # UMK-2027-01: empty, 10 seats, two sponsors
    seated: tuple[int, ...]  # participant ids, in the order they enrolled
    waiting: tuple[int, ...]  # Dedi Kurniawan applied first; Sri Wahyuni has a disability


def admin_of(db: Database) -> Actor:
    return accounts.authenticate(db, "admin", "admin-demo")


def programme_id(db: Database, code: str) -> int:
    with db.sessions() as session:
        found = session.scalar(select(Programme.id).where(Programme.code == code))
    assert found is not None
    return found


def instructor_id(db: Database, admin: Actor) -> int:
    return next(u.id for u in accounts.list_users(db, admin) if u.username == "instruktur")


def make_cohorts(db: Database) -> Made:
    """Two cohorts in programmes the demo centre runs none of, one full with a waitlist."""
    admin = admin_of(db)
    weaving = cohorts.create_cohort(
        db,
        admin,
        CohortInput(
            programme_id=programme_id(db, "ANY"),
            start_date=date(2027, 3, 1),
            end_date=date(2027, 4, 30),
            slots=(
                Slot(MON, time(8), time(12)),
                Slot(WED, time(8), time(12)),
                Slot(FRI, time(13), time(16)),
            ),
            room="Ruang Anyaman",
            branch="Cianjur",
            capacity=3,
            funding=Funding.APBD,
            instructor_ids=(instructor_id(db, admin),),
        ),
    ).cohort.id
    bookkeeping = cohorts.create_cohort(
        db,
        admin,
        CohortInput(
            programme_id=programme_id(db, "UMK"),
            start_date=date(2027, 5, 3),
            end_date=date(2027, 5, 28),
            slots=(Slot(MON, time(13), time(15)),),
            capacity=10,
            funding=Funding.SPONSOR,
            sponsor_ids=tuple(
                sponsors.create_sponsor(db, admin, name, SponsorKind.COMPANY).id
                for name in ("PT Sandang Nusantara", "Koperasi Maju Bersama")
            ),
        ),
    ).cohort.id
    seated = tuple(add_person(db, name) for name in ("Siti Aminah", "Budi Santoso", "Rina Marlina"))
    waiting = (add_person(db, "Dedi Kurniawan"), add_person(db, "Sri Wahyuni", has_disability=True))
    for person in (*seated, *waiting):
        enrolment.enrol(db, admin, person, weaving)
    return Made(weaving, bookkeeping, seated, waiting)


@pytest.fixture
def made(gui_db: Database) -> Made:
    return make_cohorts(gui_db)


def settle(qtbot: QtBot, context: AppContext) -> None:
    qtbot.waitUntil(lambda: context.runner.idle)


def open_page(qtbot: QtBot, context: AppContext) -> CohortsPage:
    page = CohortsPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 640)
    page.show()
    qtbot.waitExposed(page)
    settle(qtbot, context)
    return page


def rows(page: CohortsPage) -> list[CohortListRow]:
    found = [page.model.row_at(i) for i in range(page.model.rowCount())]
    return [row for row in found if row is not None]


def codes(page: CohortsPage) -> list[str]:
    return [row.code for row in rows(page)]


def cell(page: CohortsPage, code: str, column: Column) -> str:
    return str(page.model.index(codes(page).index(code), column).data())


def choose(qtbot: QtBot, page: CohortsPage, combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not in {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)
    settle(qtbot, page.context)


def select_row(qtbot: QtBot, page: CohortsPage, code: str) -> None:
    table = page.ui.cohortsTable
    rect = table.visualRect(page.model.index(codes(page).index(code), Column.CODE))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    selected = page.selected()
    assert selected is not None and selected.code == code


def open_cohort(qtbot: QtBot, page: CohortsPage, code: str) -> None:
    """Select the row and press Enter, as at the desk."""
    select_row(qtbot, page, code)
    qtbot.keyClick(page.ui.cohortsTable, Qt.Key.Key_Return)
    settle(qtbot, page.context)
    assert page.ui.stack.currentWidget() is page.view
    assert page.view.ui.codeLabel.text() == code


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


# --- the list ------------------------------------------------------------------------------


def test_lists_cohorts_with_seats_fill_rate_and_waiting(
    qtbot: QtBot, admin_context: AppContext, made: Made
) -> None:
    page = open_page(qtbot, admin_context)
    assert {"ANY-2027-01", "UMK-2027-01"} <= set(codes(page))
    assert cell(page, "ANY-2027-01", Column.PROGRAMME) == "Anyaman Bambu dan Pandan"
    assert cell(page, "ANY-2027-01", Column.DATES) == "1 March – 30 April 2027"
    assert cell(page, "ANY-2027-01", Column.STATUS) == "Planned"
    assert cell(page, "ANY-2027-01", Column.SEATS) == "3/3"
    assert cell(page, "ANY-2027-01", Column.FILL) == "100%"
    assert cell(page, "ANY-2027-01", Column.WAITING) == "2"
    assert cell(page, "UMK-2027-01", Column.DATES) == "3–28 May 2027"
    assert cell(page, "UMK-2027-01", Column.SEATS) == "0/10"
    assert cell(page, "UMK-2027-01", Column.FILL) == "0%"
    assert cell(page, "UMK-2027-01", Column.WAITING) == ""
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == ["Code", "Programme", "Dates", "Status", "Seats", "Fill", "Waiting"]
    assert page.ui.countLabel.text() == f"{len(rows(page))} cohorts"


def test_filters_by_programme_and_status(
    qtbot: QtBot, admin_context: AppContext, made: Made
) -> None:
    page = open_page(qtbot, admin_context)
    ui = page.ui
    assert ui.statusCombo.currentText() == "Current (not archived)"
    choose(qtbot, page, ui.programmeCombo, "Anyaman Bambu dan Pandan")
    assert codes(page) == ["ANY-2027-01"]
    admin = admin_context.actor
    db = admin_context.db
    for target in (CohortStatus.OPEN, CohortStatus.RUNNING, CohortStatus.FINISHED):
        version = cohorts.get_cohort(db, admin, made.weaving).version
        cohorts.change_status(db, admin, made.weaving, version, target)
    version = cohorts.get_cohort(db, admin, made.weaving).version
    cohorts.change_status(db, admin, made.weaving, version, CohortStatus.ARCHIVED)
    page.refresh()
    settle(qtbot, admin_context)
    assert codes(page) == []  # archived cohorts are hidden unless asked for
    assert ui.countLabel.text() == "0 cohorts"
    choose(qtbot, page, ui.statusCombo, "Archived")
    assert codes(page) == ["ANY-2027-01"]
    assert cell(page, "ANY-2027-01", Column.STATUS) == "Archived"
    choose(qtbot, page, ui.statusCombo, "Planned")
    assert codes(page) == []
    choose(qtbot, page, ui.programmeCombo, "All programmes")
    assert "UMK-2027-01" in codes(page)
    assert all(row.status is CohortStatus.PLANNED for row in rows(page))
    choose(qtbot, page, ui.statusCombo, "All statuses")
    assert {"ANY-2027-01", "UMK-2027-01"} <= set(codes(page))


def test_enter_opens_the_cohort_and_back_returns_to_it_selected(
    qtbot: QtBot, admin_context: AppContext, made: Made
) -> None:
    page = open_page(qtbot, admin_context)
    assert not page.ui.openButton.isEnabled()
    open_cohort(qtbot, page, "ANY-2027-01")
    click(qtbot, page.view.ui.backButton)
    settle(qtbot, admin_context)
    assert page.ui.stack.currentWidget() is page.ui.listPage
    selected = page.selected()
    assert selected is not None and selected.code == "ANY-2027-01"
    assert page.ui.openButton.isEnabled()
    click(qtbot, page.ui.openButton)  # the button opens it too, and Escape goes back
    settle(qtbot, admin_context)
    assert page.ui.stack.currentWidget() is page.view
    qtbot.keyClick(page.view.ui.rosterTable, Qt.Key.Key_Escape)
    settle(qtbot, admin_context)
    assert page.ui.stack.currentWidget() is page.ui.listPage


def test_changes_in_the_cohort_show_in_the_list(
    qtbot: QtBot, admin_context: AppContext, made: Made, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_page(qtbot, admin_context)
    open_cohort(qtbot, page, "ANY-2027-01")
    monkeypatch.setattr("desktop.gui.cohort_view_actions.ask", lambda *args: True)
    click(qtbot, page.view.ui.nextStatusButton)
    settle(qtbot, admin_context)
    assert cell(page, "ANY-2027-01", Column.STATUS) == "Open for enrolment"


def test_a_clerk_and_an_instructor_see_the_list_without_the_new_button(
    qtbot: QtBot, clerk_context: AppContext, instructor_context: AppContext, made: Made
) -> None:
    for context in (clerk_context, instructor_context):
        page = open_page(qtbot, context)
        assert not page.ui.newButton.isVisibleTo(page)
        assert cell(page, "ANY-2027-01", Column.WAITING) == "2"
        open_cohort(qtbot, page, "ANY-2027-01")


def test_coming_back_to_the_page_reads_it_again(
    qtbot: QtBot, clerk_context: AppContext, made: Made
) -> None:
    window = MainWindow(clerk_context)
    qtbot.addWidget(window)
    window.show()
    window.open_cohort(made.bookkeeping)
    settle(qtbot, clerk_context)
    page = window.page(CohortsPage)
    assert page is not None
    window.ui.navList.setCurrentRow(0)  # to the participants, where someone is enrolled
    enrolment.enrol(clerk_context.db, clerk_context.actor, made.seated[0], made.bookkeeping)
    with clerk_context.db.sessions.begin() as session:  # and an admin adds a programme
        session.add(Programme(code="BTK", name="Batik Tulis", skill_area="Batik", hours_jp=40))
    window.ui.navList.setCurrentRow(window.ui.pages.indexOf(page))
    settle(qtbot, clerk_context)
    assert page.view.ui.seatsValue.text() == "1 of 10 (9 free)"
    assert page.ui.programmeCombo.findText("Batik Tulis") > 0
    click(qtbot, page.view.ui.backButton)
    settle(qtbot, clerk_context)
    assert cell(page, "UMK-2027-01", Column.SEATS) == "1/10"


# --- the main window -----------------------------------------------------------------------


def test_every_role_finds_cohorts_after_programmes(
    qtbot: QtBot,
    admin_context: AppContext,
    clerk_context: AppContext,
    instructor_context: AppContext,
) -> None:
    for context in (admin_context, clerk_context, instructor_context):
        window = MainWindow(context)
        qtbot.addWidget(window)
        titles = window.page_titles
        assert titles.index("Cohorts") == titles.index("Programmes") + 1
        assert window.page(CohortsPage) is not None
        icon = window.ui.navList.item(titles.index("Cohorts")).icon()
        drawn = icon.pixmap(24, 24).toImage()  # its own icon, not the blank one
        assert any(drawn.pixelColor(x, y).alpha() for x in range(24) for y in range(24))
        settle(qtbot, context)


def test_open_cohort_shows_it_from_anywhere(
    qtbot: QtBot, clerk_context: AppContext, made: Made
) -> None:
    window = MainWindow(clerk_context)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, clerk_context)
    assert window.page_titles[window.ui.navList.currentRow()] != "Cohorts"
    window.open_cohort(made.weaving)
    settle(qtbot, clerk_context)
    page = window.page(CohortsPage)
    assert page is not None
    assert window.ui.pages.currentWidget() is page
    assert page.ui.stack.currentWidget() is page.view
    assert page.view.ui.codeLabel.text() == "ANY-2027-01"


# --- a new cohort --------------------------------------------------------------------------


def test_new_cohort_is_made_in_the_form_and_selected_in_the_list(
    qtbot: QtBot, admin_context: AppContext, made: Made
) -> None:
    from desktop.gui.cohort_dialog import CohortDialog

    page = open_page(qtbot, admin_context)
    choose(qtbot, page, page.ui.programmeCombo, "Manajemen Keuangan UMKM")
    click(qtbot, page.ui.newButton)
    dialog = page.dialog
    assert isinstance(dialog, CohortDialog) and dialog.isVisible()
    settle(qtbot, admin_context)  # the form reads its lists
    ui = dialog.ui
    assert ui.programmeCombo.currentText().startswith("Manajemen Keuangan UMKM")
    ui.fundingCombo.setCurrentIndex(ui.fundingCombo.findData(Funding.SELF.value))
    click(qtbot, ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    settle(qtbot, admin_context)
    if (
        isValid(dialog) and dialog.isVisible()
    ):  # saved with something to check: the form says so first
        click(qtbot, ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel))
    settle(qtbot, admin_context)
    code = dialog.saved_code
    assert code.startswith("UMK-") and code != "UMK-2027-01"
    selected = page.selected()
    assert selected is not None and selected.code == code
    assert page.ui.messageLabel.text().startswith(f"Created the cohort {code}.")
    assert sorted(codes(page)) == sorted(["UMK-2027-01", code])


# --- accessibility and looks ---------------------------------------------------------------


def test_every_control_is_named_and_labelled(
    qtbot: QtBot, admin_context: AppContext, made: Made
) -> None:
    page = open_page(qtbot, admin_context)
    open_cohort(qtbot, page, "ANY-2027-01")
    assert not _unnamed(page), _unnamed(page)
    assert not _labels_without_buddy(page), _labels_without_buddy(page)


def _shots(qtbot: QtBot, context: AppContext, folder: Path, suffix: str) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    page = window.page(CohortsPage)
    assert page is not None
    window.ui.navList.setCurrentRow(window.ui.pages.indexOf(page))
    settle(qtbot, context)
    select_row(qtbot, page, "ANY-2027-01")
    assert page.minimumSizeHint().width() <= 1366 - window.ui.navList.width()
    assert window.grab().save(str(folder / f"cohorts-page{suffix}.png"))
    window.open_cohort(page.selected().id)  # type: ignore[union-attr]
    settle(qtbot, context)
    code = page.view.ui.codeLabel  # laid out on the next turn of the event loop
    qtbot.waitUntil(lambda: code.width() >= code.sizeHint().width())
    assert window.grab().save(str(folder / f"cohort-view{suffix}.png"))
    view = page.view
    for tab in (view.ui.waitlistTab, view.ui.sessionsTab):
        view.ui.tabs.setCurrentWidget(tab)
        name = tab.objectName().removesuffix("Tab")
        assert window.grab().save(str(folder / f"cohort-view-{name}{suffix}.png"))


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large-text"])
def test_screenshots_at_1366_by_768(
    qtbot: QtBot, admin_context: AppContext, made: Made, tmp_path: Path, large: bool
) -> None:
    """The list and a cohort as a desk shows them, styled, for a person to look at
    (PELITA_SHOTS=/some/folder keeps them)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = app.font(), app.styleSheet()
    apply_style(app, large)
    folder = Path(os.environ.get("PELITA_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        _shots(qtbot, admin_context, folder, "-large" if large else "")
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)
