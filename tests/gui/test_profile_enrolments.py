"""The enrolments section of a participant's profile over the demo centre: the person's
enrolments newest first, each one's status history on demand, enrolling and changing a status
from there, and a cohort opened from its code."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from desktop.domain.enrolment import EnrolmentStatus
from desktop.gui.app_context import AppContext
from desktop.gui.participant_profile import ParticipantProfile
from desktop.gui.profile_enrolments import Column, ProfileEnrolments
from desktop.gui.style import apply_style
from desktop.services import enrolment
from tests.gui.test_accessibility import _labels_without_buddy, _unnamed
from tests.gui.test_enrol_dialog import (
    add_cohort,
    add_person,
    add_programme,
    choose_row,
    enrol_click,
    settle,
)

pytestmark = pytest.mark.usefixtures("windows_deleted_here")

E = EnrolmentStatus


class Window(QMainWindow):
    """Stands in for the main window once the cohorts page gives it `open_cohort`."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[int] = []

    def open_cohort(self, cohort_id: int) -> None:
        self.opened.append(cohort_id)


def profile_of(
    qtbot: QtBot, context: AppContext, person: int, parent: QMainWindow | None = None
) -> ParticipantProfile:
    profile = ParticipantProfile(context, person, parent)
    if parent is None:
        qtbot.addWidget(profile)
    profile.show()
    qtbot.waitUntil(lambda: profile.loaded is not None)
    settle(qtbot, context)
    return profile


def cells(section: ProfileEnrolments, column: Column) -> list[str]:
    model = section.model
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


@pytest.fixture
def history(clerk_context: AppContext) -> tuple[int, str, str]:
    """Someone who withdrew from one cohort and then enrolled in another."""
    db, clerk = clerk_context.db, clerk_context.actor
    person = add_person(clerk_context, "Neneng Hasanah")
    old = add_cohort(clerk_context, add_programme(clerk_context))
    new = add_cohort(clerk_context, add_programme(clerk_context))
    first = enrolment.enrol(db, clerk, person, old.id).enrolment_id
    enrolment.withdraw(db, clerk, first, "Jadwal bentrok dengan panen")
    enrolment.enrol(db, clerk, person, new.id)
    return person, old.code, new.code


def test_the_profile_lists_enrolments_newest_first(
    qtbot: QtBot, clerk_context: AppContext, history: tuple[int, str, str]
) -> None:
    person, old, new = history
    profile = profile_of(qtbot, clerk_context, person)
    section = profile.enrolments

    assert cells(section, Column.COHORT) == [new, old]
    assert cells(section, Column.STATUS) == [
        "Accepted",
        "Withdrawn before the start: Jadwal bentrok dengan panen",
    ]
    assert cells(section, Column.PROGRAMME)[0].startswith("Kursus Enrol")
    assert " – " in cells(section, Column.DATES)[0]
    assert section.ui.enrolButton.isVisible() and section.ui.statusButton.isVisible()
    assert section.ui.emptyLabel.isHidden()


def test_the_status_history_on_demand(
    qtbot: QtBot, clerk_context: AppContext, history: tuple[int, str, str]
) -> None:
    person, old, _new = history
    profile = profile_of(qtbot, clerk_context, person)
    section = profile.enrolments
    assert section.ui.historyLabel.isHidden()

    section.ui.enrolmentsTable.selectRow(1)
    qtbot.mouseClick(section.ui.historyButton, Qt.MouseButton.LeftButton)

    shown = section.ui.historyLabel.text()
    assert section.ui.historyLabel.isVisible()
    assert f"History of the enrolment in {old}" in shown
    assert shown.count("petugas") == 3  # applied, accepted, withdrawn: who did each
    assert "Withdrawn before the start" in shown and "Jadwal bentrok dengan panen" in shown
    assert not section.ui.statusButton.isEnabled()  # a withdrawal is final


def test_enrol_and_change_status_from_the_profile(qtbot: QtBot, clerk_context: AppContext) -> None:
    cohort = add_cohort(clerk_context, add_programme(clerk_context))
    person = add_person(clerk_context, "Titin Supriatin")
    profile = profile_of(qtbot, clerk_context, person)
    section = profile.enrolments
    assert section.ui.emptyLabel.isVisible() and section.ui.enrolmentsTable.isHidden()

    qtbot.mouseClick(section.ui.enrolButton, Qt.MouseButton.LeftButton)
    dialog = section.enrol_dialog
    assert dialog is not None
    settle(qtbot, clerk_context)
    choose_row(qtbot, dialog.ui.cohortTable, cohort.code)
    settle(qtbot, clerk_context)
    enrol_click(qtbot, dialog)
    settle(qtbot, clerk_context)

    assert cells(section, Column.COHORT) == [cohort.code]
    assert cells(section, Column.STATUS) == ["Accepted"]
    assert f"Enrolled Titin Supriatin in {cohort.code}" in section.ui.messageLabel.text()

    qtbot.mouseClick(section.ui.statusButton, Qt.MouseButton.LeftButton)
    status = section.status_dialog
    assert status is not None and status.version == 1
    status.ui.statusCombo.setCurrentIndex(status.ui.statusCombo.findData("active"))
    qtbot.mouseClick(status.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, clerk_context)

    assert cells(section, Column.STATUS) == ["In training"]
    assert f"in {cohort.code} is now “In training”" in section.ui.messageLabel.text()


def test_a_double_click_on_a_cohort_opens_it(
    qtbot: QtBot, clerk_context: AppContext, history: tuple[int, str, str]
) -> None:
    person, _old, _new = history
    window = Window()
    qtbot.addWidget(window)
    profile = profile_of(qtbot, clerk_context, person, window)
    section = profile.enrolments
    table = section.ui.enrolmentsTable
    rect = table.visualRect(section.model.index(0, Column.COHORT))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    view = section.model.row_at(0)
    assert view is not None and window.opened == [view.cohort_id]
    # Enter on the row, wherever the cursor is in it, as a keyboard user would.
    table.setCurrentIndex(section.model.index(1, Column.STATUS))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    older = section.model.row_at(1)
    assert older is not None and window.opened == [view.cohort_id, older.cohort_id]


def test_an_instructor_sees_the_list_without_the_buttons(
    qtbot: QtBot, instructor_context: AppContext, history: tuple[int, str, str]
) -> None:
    person, _old, new = history
    profile = profile_of(qtbot, instructor_context, person)
    section = profile.enrolments
    assert cells(section, Column.COHORT)[0] == new
    assert section.ui.enrolButton.isHidden() and section.ui.statusButton.isHidden()
    assert section.ui.historyButton.isVisible()


def test_every_control_has_a_name(
    qtbot: QtBot, clerk_context: AppContext, history: tuple[int, str, str]
) -> None:
    profile = profile_of(qtbot, clerk_context, history[0])
    assert _unnamed(profile.enrolments) == []
    assert _labels_without_buddy(profile.enrolments) == []


@pytest.mark.skipif(not os.environ.get("PELITA_SHOTS"), reason="PELITA_SHOTS=/folder keeps them")
def test_screenshot(qtbot: QtBot, clerk_context: AppContext, history: tuple[int, str, str]) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = app.font(), app.styleSheet()
    apply_style(app, False)
    folder = Path(os.environ["PELITA_SHOTS"])
    folder.mkdir(parents=True, exist_ok=True)
    try:
        profile = profile_of(qtbot, clerk_context, history[0])
        profile.resize(1100, 720)
        section = profile.enrolments
        section.ui.enrolmentsTable.selectRow(1)
        section.ui.historyButton.setChecked(True)
        qtbot.wait(50)  # the layout makes room for the history on the next turns of the loop
        bar = profile.ui.scrollArea.verticalScrollBar()
        bar.setValue(bar.maximum())
        qtbot.wait(20)
        assert profile.grab().save(str(folder / "profile-enrolments.png"))
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)


def test_each_enrolment_shows_its_attendance(
    qtbot: QtBot, clerk_context: AppContext, history: tuple[int, str, str]
) -> None:
    """Attendance has landed: the profile shows each enrolment's rate, the counts on hover."""
    from desktop.domain.attendance import Mark, MarkInput
    from desktop.services import attendance
    from tests.services.test_attendance import START, Clock, add_sessions

    db, clerk = clerk_context.db, clerk_context.actor
    person, _old, _new = history
    current = enrolment.enrolments_of_participant(db, clerk, person)[0]
    sessions = add_sessions(db, current.cohort_id, days=2)
    clock = Clock()
    clock.on(START + timedelta(days=1))
    db.clock = clock
    attendance.mark(db, clerk, sessions[0], current.id, MarkInput(Mark.PRESENT))
    attendance.mark(db, clerk, sessions[1], current.id, MarkInput(Mark.ABSENT))
    profile = profile_of(qtbot, clerk_context, person)
    section = profile.enrolments
    assert cells(section, Column.ATTENDANCE) == ["50%", ""]  # the withdrawn one: no marks
    model = section.model
    tips = [model.index(row, Column.ATTENDANCE).data(Qt.ItemDataRole.ToolTipRole) for row in (0, 1)]
    assert tips == ["Present at 1 of 2 marked sessions", "No attendance marked yet"]
