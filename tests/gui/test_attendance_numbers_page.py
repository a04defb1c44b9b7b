"""The Attendance numbers page, driven as a clerk, an admin and an instructor would, over a real
demo database with marks given through the services: the at-risk list with its reasons in the
person's language and the phone to call, and attendance by programme, instructor and month.
Every call runs on the worker and the tests wait for it, never for a fixed time."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from desktop.domain.attendance import Mark, MarkInput
from desktop.domain.programme_rules import CompletionRule
from desktop.gui.app_context import AppContext
from desktop.gui.attendance_numbers_page import AttendanceNumbersPage, RiskColumn, SummaryColumn
from desktop.gui.i18n import install_translator
from desktop.gui.style import apply_style
from desktop.services import attendance, enrolment
from desktop.services.accounts import authenticate
from desktop.services.attendance_numbers import GroupBy
from desktop.store.database import Database
from desktop.store.models import Programme
from desktop.store.participants import Participant
from desktop.store.training import Cohort
from tests.gui.test_accessibility import _labels_without_buddy, _unnamed
from tests.services.test_attendance import START, Clock, add_sessions, teach
from tests.services.test_enrolment import add_cohort, add_person, add_programme

P, L, X, S, A = Mark.PRESENT, Mark.LATE, Mark.EXCUSED, Mark.SICK, Mark.ABSENT
PHONE = "+6281234567890"


@dataclass
class Klass:
    cohort: int
    programme: str
    people: list[int]


@pytest.fixture
def klass(gui_db: Database) -> Klass:
    """A running cohort the demo instructor teaches, six sessions held (the clock on the
    seventh day) and four people: absent the last three, at 50 %, back after three absences,
    and fine. Only the first three have a phone."""
    clock = Clock()
    gui_db.clock = clock
    clerk = authenticate(gui_db, "petugas", "petugas-demo")
    admin = authenticate(gui_db, "admin", "admin-demo")
    programme = add_programme(gui_db)
    cohort = add_cohort(gui_db, programme, capacity=10, status="running")
    sessions = add_sessions(gui_db, cohort)
    names = ("Ani Lestari", "Budi Santoso", "Citra Dewi", "Dedi Kurniawan")
    people = [
        add_person(gui_db, name, phone=PHONE if number < 3 else "")
        for number, name in enumerate(names)
    ]
    enrolled = [enrolment.enrol(gui_db, clerk, person, cohort).enrolment_id for person in people]
    teach(gui_db, cohort)
    rule = CompletionRule(min_attendance_pct=80, excused_counts=True)
    with gui_db.sessions.begin() as session:
        session.execute(
            update(Programme).where(Programme.id == programme).values(completion=rule.to_json())
        )
        name = session.get(Programme, programme).name  # type: ignore[union-attr]
        session.execute(update(Cohort).where(Cohort.id == cohort).values(status="running"))
    clock.on(START + timedelta(days=6))
    marks = ([P, P, P, A, A, A], [P, A, P, A, P, A], [A, A, A, P, S, P], [P, P, P, P, X, P])
    for number, row in enumerate(marks):
        for day, mark in enumerate(row):
            data = MarkInput(mark, 10 if mark is L else 0)
            attendance.mark(gui_db, admin, sessions[day], enrolled[number], data, "paper")
    return Klass(cohort, name, people)


@pytest.fixture
def indonesian(qapp: QApplication) -> Iterator[None]:
    assert install_translator(qapp, "id")
    yield
    install_translator(qapp, "en")


def settle(qtbot: QtBot, context: AppContext) -> None:
    qtbot.waitUntil(lambda: context.runner.idle)


def open_page(qtbot: QtBot, context: AppContext) -> AttendanceNumbersPage:
    page = AttendanceNumbersPage(context)
    qtbot.addWidget(page)
    page.resize(1000, 560)
    page.show()
    qtbot.waitExposed(page)
    settle(qtbot, context)
    return page


def risk_cells(page: AttendanceNumbersPage, column: RiskColumn) -> list[str]:
    model = page.at_risk
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


def summary_cells(page: AttendanceNumbersPage) -> list[tuple[str, ...]]:
    model = page.summary
    return [
        tuple(str(model.index(row, column).data()) for column in SummaryColumn)
        for row in range(model.rowCount())
    ]


def click_row(qtbot: QtBot, page: AttendanceNumbersPage, row: int) -> None:
    table = page.ui.atRiskTable
    rect = table.visualRect(page.at_risk.index(row, RiskColumn.NAME))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# -- at risk ---------------------------------------------------------------------------------------


def test_the_at_risk_list_says_why_in_the_persons_language_with_the_phone(
    qtbot: QtBot, clerk_context: AppContext, klass: Klass, indonesian: None
) -> None:
    page = open_page(qtbot, clerk_context)
    # Most absences in a row first, as the service gives; the person doing fine is not there.
    assert risk_cells(page, RiskColumn.NAME) == ["Ani Lestari", "Budi Santoso", "Citra Dewi"]
    assert risk_cells(page, RiskColumn.REASON) == [
        "Alpa tiga sesi berturut-turut",
        "Kehadiran di bawah batas minimal program",
        "Kehadiran di bawah batas minimal program",
    ]
    assert risk_cells(page, RiskColumn.IN_A_ROW) == ["3", "1", "0"]
    assert risk_cells(page, RiskColumn.RATE)[1] == "50%"
    assert risk_cells(page, RiskColumn.PROGRAMME) == [klass.programme] * 3
    assert all(phone.startswith("0812") for phone in risk_cells(page, RiskColumn.PHONE))
    assert page.ui.atRiskCount.text()
    assert not page.ui.atRiskStatus.isVisible()


def test_copy_phone_and_open_the_profile(
    qtbot: QtBot, clerk_context: AppContext, klass: Klass, gui_db: Database
) -> None:
    with gui_db.sessions.begin() as session:  # Budi's phone gone since
        session.execute(
            update(Participant).where(Participant.id == klass.people[1]).values(phone="")
        )
    page = open_page(qtbot, clerk_context)
    assert not page.ui.copyPhoneButton.isEnabled()  # nothing chosen yet
    QApplication.clipboard().clear()
    click_row(qtbot, page, 0)
    qtbot.mouseClick(page.ui.copyPhoneButton, Qt.MouseButton.LeftButton)
    phone = risk_cells(page, RiskColumn.PHONE)[0]
    assert phone.startswith("0812") and QApplication.clipboard().text() == phone
    assert phone in page.ui.atRiskStatus.text() and page.ui.atRiskStatus.isVisible()
    click_row(qtbot, page, 1)  # no phone on record: nothing to copy
    assert not page.ui.copyPhoneButton.isEnabled()
    assert page.ui.copyPhoneButton.toolTip()
    # Enter on a row, a double-click or the button: the main window is asked for the profile.
    with qtbot.waitSignal(page.open_participant_requested) as opened:
        qtbot.keyClick(page.ui.atRiskTable, Qt.Key.Key_Return)
    assert opened.args == [klass.people[1]]
    table = page.ui.atRiskTable
    rect = table.visualRect(page.at_risk.index(0, RiskColumn.NAME))
    with qtbot.waitSignal(page.open_participant_requested) as opened:
        # (QTest sends the double-click event alone; the view wants the press before it.)
        qtbot.mousePress(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [klass.people[0]]
    with qtbot.waitSignal(page.open_participant_requested) as opened:
        qtbot.mouseClick(page.ui.profileButton, Qt.MouseButton.LeftButton)
    assert opened.args == [klass.people[0]]


def test_refresh_reads_the_list_again_keeping_the_row(
    qtbot: QtBot, clerk_context: AppContext, klass: Klass, gui_db: Database
) -> None:
    page = open_page(qtbot, clerk_context)
    click_row(qtbot, page, 1)
    with gui_db.sessions.begin() as session:  # another desk corrected a name meanwhile
        session.execute(
            update(Participant).where(Participant.id == klass.people[2]).values(full_name="Citra")
        )
    qtbot.mouseClick(page.ui.atRiskRefreshButton, Qt.MouseButton.LeftButton)
    settle(qtbot, clerk_context)
    assert risk_cells(page, RiskColumn.NAME)[2] == "Citra"
    chosen = page.selected()
    assert chosen is not None and chosen.full_name == "Budi Santoso"


# -- by programme, instructor or month -------------------------------------------------------------


def test_attendance_by_programme_instructor_and_month(
    qtbot: QtBot, admin_context: AppContext, klass: Klass
) -> None:
    page = open_page(qtbot, admin_context)
    ui = page.ui
    ui.tabs.setCurrentWidget(ui.summaryTab)
    # This month (by the database's clock) unless chosen otherwise.
    assert (ui.fromEdit.date(), ui.toEdit.date()) == (QDate(2027, 1, 1), QDate(2027, 1, 31))
    # 24 marks; present: 3 + 3 + 3 (one sick) + 6 (one excused), as the programme counts them.
    assert summary_cells(page) == [(klass.programme, "24", "15", "62.5%")]
    ui.groupCombo.setCurrentIndex(ui.groupCombo.findData(GroupBy.INSTRUCTOR.value))
    settle(qtbot, admin_context)
    teacher = authenticate(admin_context.db, "instruktur", "instruktur-demo").full_name
    assert summary_cells(page) == [(teacher, "24", "15", "62.5%")]
    assert page.summary.headerData(0, Qt.Orientation.Horizontal) == "Instructor"
    ui.groupCombo.setCurrentIndex(ui.groupCombo.findData(GroupBy.MONTH.value))
    settle(qtbot, admin_context)
    assert summary_cells(page) == [("January 2027", "24", "15", "62.5%")]
    # A month without marks says so; an end before the start is refused beside the dates.
    ui.toEdit.setDate(QDate(2027, 2, 28))
    ui.fromEdit.setDate(QDate(2027, 2, 1))
    settle(qtbot, admin_context)
    assert summary_cells(page) == []
    assert "1 February 2027" in ui.summaryStatus.text() and ui.summaryStatus.isVisible()
    ui.toEdit.setDate(QDate(2027, 1, 31))
    settle(qtbot, admin_context)
    assert ui.rangeError.isVisible() and ui.rangeError.text()
    assert summary_cells(page) == [] and ui.fromEdit.date() == QDate(2027, 2, 1)
    assert not ui.summaryStatus.isVisible()
    ui.fromEdit.setDate(QDate(2027, 1, 1))
    settle(qtbot, admin_context)
    assert not ui.rangeError.isVisible()
    assert summary_cells(page) == [("January 2027", "24", "15", "62.5%")]


def test_the_summary_exports_to_excel(
    qtbot: QtBot,
    admin_context: AppContext,
    klass: Klass,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import openpyxl
    from PySide6.QtWidgets import QFileDialog

    page = open_page(qtbot, admin_context)
    ui = page.ui
    ui.tabs.setCurrentWidget(ui.summaryTab)
    chosen = tmp_path / "ringkasan"  # typed without .xlsx: it is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(chosen), ""))
    ui.summaryExportButton.click()
    settle(qtbot, admin_context)
    saved = tmp_path / "ringkasan.xlsx"
    assert saved.exists() and str(saved) in ui.summaryStatus.text()
    sheet = openpyxl.load_workbook(saved).worksheets[0]
    assert [cell.value for cell in sheet[6]][:4] == [klass.programme, 24, 15, 0.625]
    # A folder one may not write in is said on the page, nothing else happens.
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *args, **kwargs: (str(tmp_path / "missing" / "x.xlsx"), ""),
    )
    ui.summaryExportButton.click()
    settle(qtbot, admin_context)
    assert ui.summaryStatus.property("role") == "error" and "missing" in ui.summaryStatus.text()


def test_an_instructor_sees_the_summary_and_no_way_to_the_at_risk_list(
    qtbot: QtBot, instructor_context: AppContext, klass: Klass
) -> None:
    page = open_page(qtbot, instructor_context)
    tabs = page.ui.tabs
    assert tabs.count() == 1 and tabs.widget(0) is page.ui.summaryTab
    assert not page.ui.atRiskTab.isVisible() and page.at_risk.rowCount() == 0
    assert not page.ui.summaryStatus.isVisible()  # no refusal either
    assert summary_cells(page) == [(klass.programme, "24", "15", "62.5%")]


def test_every_control_is_named(qtbot: QtBot, clerk_context: AppContext) -> None:
    page = open_page(qtbot, clerk_context)
    assert _unnamed(page) == []
    assert _labels_without_buddy(page) == []


# -- how it looks ----------------------------------------------------------------------------------


@pytest.mark.skipif(not os.environ.get("PELITA_SHOTS"), reason="screenshots on request")
@pytest.mark.parametrize("large", [False, True], ids=["normal", "large-text"])
def test_screenshots(qtbot: QtBot, clerk_context: AppContext, klass: Klass, large: bool) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = app.font(), app.styleSheet()
    apply_style(app, large)
    shots = Path(os.environ["PELITA_SHOTS"])
    shots.mkdir(parents=True, exist_ok=True)
    suffix = "-large" if large else ""
    with clerk_context.db.sessions.begin() as session:  # as long as real programme names run
        cohort = session.get(Cohort, klass.cohort)
        assert cohort is not None
        session.execute(
            update(Programme)
            .where(Programme.id == cohort.programme_id)
            .values(name="Anyaman Bambu dan Pandan Tingkat Lanjut")
        )
    try:
        page = open_page(qtbot, clerk_context)
        page.resize(1366 - 240, 640)  # a 1366×768 desk beside the navigation
        assert page.minimumSizeHint().width() <= page.width()
        click_row(qtbot, page, 0)
        qtbot.mouseClick(page.ui.copyPhoneButton, Qt.MouseButton.LeftButton)
        assert page.grab().save(str(shots / f"attendance_numbers_at_risk{suffix}.png"))
        page.ui.tabs.setCurrentWidget(page.ui.summaryTab)
        assert page.grab().save(str(shots / f"attendance_numbers_summary{suffix}.png"))
        page.ui.toEdit.setDate(QDate(2026, 12, 1))
        settle(qtbot, clerk_context)
        assert page.grab().save(str(shots / f"attendance_numbers_bad_range{suffix}.png"))
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)


def test_the_main_window_lists_the_numbers_and_opens_a_profile_from_them(
    qtbot: QtBot,
    clerk_context: AppContext,
    instructor_context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop.gui.main_window import MainWindow
    from desktop.gui.signals import emit

    opened: list[int] = []
    monkeypatch.setattr(MainWindow, "open_participant", lambda _self, pid: opened.append(pid))
    for context in (clerk_context, instructor_context):
        window = MainWindow(context)
        qtbot.addWidget(window)
        titles = window.page_titles
        assert titles.index("Attendance numbers") == titles.index("Attendance") + 1
        page = window.page(AttendanceNumbersPage)
        assert page is not None
        icon = window.ui.navList.item(titles.index("Attendance numbers")).icon()
        drawn = icon.pixmap(24, 24).toImage()  # its own icon, not the blank one
        assert any(drawn.pixelColor(x, y).alpha() for x in range(24) for y in range(24))
        emit(page.open_participant_requested, 7)
    assert opened == [7, 7]
