"""One cohort in full (desktop.gui.cohort_view), driven as an admin, a clerk and an instructor
would: the summary with its instructors and fill rate, the participants, the waitlist with the
reason for each place, the sessions, the status step, the freed seat offered to the top of the
waitlist, the dialogs opened from it, a name opening the profile, and the printed roster."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QTableView
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from desktop.domain.cohort import CohortStatus
from desktop.domain.enrolment import EnrolmentStatus
from desktop.gui.app_context import AppContext
from desktop.gui.cohort_view import CohortView
from desktop.gui.cohort_view_tables import RosterColumn, SessionColumn, WaitlistColumn
from desktop.gui.main_window import MainWindow
from desktop.gui.participants_page import ParticipantsPage
from desktop.services import cohorts, enrolment
from tests.gui.test_cohorts_page import Made, admin_of, click, make_cohorts, settle


@pytest.fixture
def made(gui_db: Any) -> Made:
    return make_cohorts(gui_db)


def open_view(qtbot: QtBot, context: AppContext, cohort_id: int) -> CohortView:
    view = CohortView(context)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    view.show_cohort(cohort_id)
    settle(qtbot, context)
    return view


def column(table: QTableView, number: int) -> list[str]:
    model = table.model()
    return [str(model.index(row, number).data()) for row in range(model.rowCount())]


def pick(qtbot: QtBot, table: QTableView, row: int, number: int = 0) -> None:
    rect = table.visualRect(table.model().index(row, number))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# --- what it shows -------------------------------------------------------------------------


def test_shows_the_cohort_its_instructors_and_how_full_it_is(
    qtbot: QtBot, admin_context: AppContext, made: Made
) -> None:
    ui = open_view(qtbot, admin_context, made.weaving).ui
    assert ui.codeLabel.text() == "ANY-2027-01"
    assert ui.statusValue.text() == "Planned"
    assert ui.programmeValue.text() == "Anyaman Bambu dan Pandan (ANY)"
    assert ui.datesValue.text() == "1 March – 30 April 2027"
    assert ui.scheduleValue.text() == "Monday, Wednesday 08:00–12:00; Friday 13:00–16:00"
    assert ui.placeValue.text() == "Ruang Anyaman, Cianjur"
    assert ui.fundingValue.text() == "Regional budget (APBD)"
    assert ui.sponsorsValue.text() == "None"
    assert ui.instructorsValue.text() == "Bambang Suryono"
    assert ui.seatsValue.text() == "3 of 3 (full)"
    assert (ui.fillBar.value(), ui.fillBar.format()) == (100, "100%")
    assert ui.waitingValue.text() == "2 on the waitlist"
    tabs = [ui.tabs.tabText(i) for i in range(ui.tabs.count())]
    assert tabs == ["Participants (5)", "Waitlist (2)", "Sessions (24)", "Attendance"]


def test_the_roster_lists_everyone_by_status_then_name(
    qtbot: QtBot, instructor_context: AppContext, made: Made
) -> None:
    view = open_view(qtbot, instructor_context, made.weaving)  # instructors look too
    table = view.ui.rosterTable
    assert column(table, RosterColumn.NAME) == [
        "Budi Santoso", "Rina Marlina", "Siti Aminah", "Dedi Kurniawan", "Sri Wahyuni",
    ]  # fmt: skip
    assert column(table, RosterColumn.STATUS) == ["Accepted"] * 3 + ["On the waitlist"] * 2


def test_the_waitlist_shows_each_place_with_its_reasons(
    qtbot: QtBot, clerk_context: AppContext, made: Made
) -> None:
    view = open_view(qtbot, clerk_context, made.weaving)
    table = view.ui.waitlistTable
    # Sri Wahyuni applied later but comes first: her disability adds 30 points.
    assert column(table, WaitlistColumn.POSITION) == ["1", "2"]
    assert column(table, WaitlistColumn.NAME) == ["Sri Wahyuni", "Dedi Kurniawan"]
    assert column(table, WaitlistColumn.SCORE) == ["30", "0"]
    first, second = column(table, WaitlistColumn.REASONS)
    assert first.startswith("Disability (+30); Waiting for less than a day")
    assert second == "Waiting for less than a day (+0)"


def test_equal_scores_say_why_one_comes_after_the_other(
    qtbot: QtBot, clerk_context: AppContext, gui_db: Any
) -> None:
    made = make_cohorts(gui_db)
    admin = admin_of(gui_db)
    from tests.services.test_enrolment import add_person

    enrolment.enrol(gui_db, admin, add_person(gui_db, "Tuti Handayani"), made.weaving)
    view = open_view(qtbot, clerk_context, made.weaving)
    reasons = column(view.ui.waitlistTable, WaitlistColumn.REASONS)
    assert column(view.ui.waitlistTable, WaitlistColumn.NAME)[1:] == [
        "Dedi Kurniawan",
        "Tuti Handayani",
    ]
    assert "same score as the one above" not in reasons[1]
    assert reasons[2].endswith("same score as the one above, who applied earlier")


def test_sessions_show_cancellations_and_moves(
    qtbot: QtBot, admin_context: AppContext, made: Made
) -> None:
    db, admin = admin_context.db, admin_context.actor
    sessions = cohorts.get_cohort(db, admin, made.weaving).sessions
    cohorts.cancel_session(db, admin, sessions[0].id, "Banjir di jalan desa")
    moved = sessions[1]
    cohorts.move_session(
        db, admin, moved.id, moved.day.replace(day=4), moved.starts, moved.ends, reason="Rapat"
    )
    view = open_view(qtbot, admin_context, made.weaving)
    table = view.ui.sessionsTable
    assert column(table, SessionColumn.DAY)[:2] == [
        "Monday, 1 March 2027",
        "Thursday, 4 March 2027",
    ]
    assert column(table, SessionColumn.TIME)[0] == "08:00–12:00"
    assert column(table, SessionColumn.ROOM)[0] == "Ruang Anyaman"
    assert column(table, SessionColumn.KIND)[0] == "Regular"
    assert column(table, SessionColumn.CANCELLED)[:2] == ["Cancelled: Banjir di jalan desa", ""]
    assert column(table, SessionColumn.MOVED_FROM)[:2] == ["", "3 March 2027 (Rapat)"]
    pick(qtbot, table, 0)
    assert not view.ui.moveButton.isEnabled()  # a cancelled session stays as it is
    pick(qtbot, table, 1)
    assert view.ui.moveButton.isEnabled() and view.ui.cancelSessionButton.isEnabled()


# --- who sees which buttons ----------------------------------------------------------------


def test_a_clerk_enrols_but_does_not_change_the_cohort(
    qtbot: QtBot, clerk_context: AppContext, made: Made
) -> None:
    view = open_view(qtbot, clerk_context, made.weaving)
    ui = view.ui
    for button in (ui.nextStatusButton, ui.editButton, ui.moveButton, ui.cancelSessionButton,
                   ui.makeupButton):  # fmt: skip
        assert button.isHidden(), button.objectName()
    for button in (ui.enrolButton, ui.changeStatusButton, ui.offerButton, ui.printButton):
        assert not button.isHidden(), button.objectName()


def test_an_instructor_only_looks_and_prints(
    qtbot: QtBot, instructor_context: AppContext, made: Made
) -> None:
    view = open_view(qtbot, instructor_context, made.weaving)
    ui = view.ui
    for button in (ui.nextStatusButton, ui.editButton, ui.enrolButton, ui.changeStatusButton,
                   ui.offerButton, ui.moveButton, ui.makeupButton):  # fmt: skip
        assert button.isHidden(), button.objectName()
    assert ui.printButton.isVisibleTo(view) and ui.printButton.isEnabled()
    assert ui.instructorsValue.text() == "Bambang Suryono"


# --- changing it ---------------------------------------------------------------------------


def test_the_status_goes_one_step_on_after_confirming(
    qtbot: QtBot, admin_context: AppContext, made: Made, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = open_view(qtbot, admin_context, made.weaving)
    ui = view.ui
    assert ui.nextStatusButton.text() == "Open for &enrolment…"
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, _yes: str) -> bool:
        asked.append(text)
        return len(asked) > 1  # no the first time, yes the second

    monkeypatch.setattr("desktop.gui.cohort_view_actions.ask", answer)
    with qtbot.assertNotEmitted(view.changed):
        click(qtbot, ui.nextStatusButton)
        settle(qtbot, admin_context)
    assert ui.statusValue.text() == "Planned"
    with qtbot.waitSignal(view.changed):
        click(qtbot, ui.nextStatusButton)
    settle(qtbot, admin_context)
    assert asked == ["Open the cohort ANY-2027-01 for enrolment?"] * 2
    assert ui.statusValue.text() == "Open for enrolment"
    assert ui.nextStatusButton.text() == "Start &running…"
    assert ui.messageLabel.text() == "The cohort ANY-2027-01 is now: Open for enrolment."
    stored = cohorts.get_cohort(admin_context.db, admin_context.actor, made.weaving)
    assert stored.status is CohortStatus.OPEN


def test_a_refused_step_is_said_in_the_message_line(
    qtbot: QtBot, admin_context: AppContext, made: Made, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = open_view(qtbot, admin_context, made.weaving)
    db, admin = admin_context.db, admin_context.actor
    cohorts.change_status(db, admin, made.weaving, 1, CohortStatus.OPEN)  # at another desk
    monkeypatch.setattr("desktop.gui.cohort_view_actions.ask", lambda *args: True)
    click(qtbot, view.ui.nextStatusButton)
    settle(qtbot, admin_context)
    assert view.ui.messageLabel.property("role") == "error"
    assert view.ui.messageLabel.text()
    assert view.ui.statusValue.text() == "Open for enrolment"  # read again


def test_a_freed_seat_is_offered_to_the_top_of_the_waitlist(
    qtbot: QtBot, clerk_context: AppContext, made: Made, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = open_view(qtbot, clerk_context, made.weaving)
    ui = view.ui
    assert not ui.offerButton.isEnabled()  # full
    seat = enrolment.roster(clerk_context.db, clerk_context.actor, made.weaving)[0]
    enrolment.withdraw(clerk_context.db, clerk_context.actor, seat.enrolment_id, "Pindah kota")
    view.refresh()
    settle(qtbot, clerk_context)
    assert ui.seatsValue.text() == "2 of 3 (1 free)"
    assert ui.offerButton.isEnabled()
    asked: list[str] = []
    monkeypatch.setattr(
        "desktop.gui.cohort_view_actions.ask", lambda _p, _t, text, _y: asked.append(text) or True
    )
    ui.tabs.setCurrentWidget(ui.waitlistTab)
    click(qtbot, ui.offerButton)
    settle(qtbot, clerk_context)
    assert "Next on the waitlist is Sri Wahyuni (score 30: Disability (+30)" in asked[0]
    assert ui.messageLabel.text() == "Sri Wahyuni has the seat."
    assert column(ui.waitlistTable, WaitlistColumn.NAME) == ["Dedi Kurniawan"]
    assert ui.seatsValue.text() == "3 of 3 (full)"
    assert not ui.offerButton.isEnabled()


def test_declining_the_offer_leaves_the_seat_free(
    qtbot: QtBot, clerk_context: AppContext, made: Made, monkeypatch: pytest.MonkeyPatch
) -> None:
    seat = enrolment.roster(clerk_context.db, clerk_context.actor, made.weaving)[0]
    enrolment.withdraw(clerk_context.db, clerk_context.actor, seat.enrolment_id)
    view = open_view(qtbot, clerk_context, made.weaving)
    monkeypatch.setattr("desktop.gui.cohort_view_actions.ask", lambda *args: False)
    click(qtbot, view.ui.offerButton)
    settle(qtbot, clerk_context)
    assert view.ui.messageLabel.text() == (
        "The seat stays free; Sri Wahyuni stays first on the waitlist."
    )
    assert view.ui.seatsValue.text() == "2 of 3 (1 free)"


def test_change_status_opens_the_dialog_for_the_selected_person(
    qtbot: QtBot, clerk_context: AppContext, made: Made
) -> None:
    from desktop.gui.enrolment_status_dialog import EnrolmentStatusDialog

    view = open_view(qtbot, clerk_context, made.weaving)
    ui = view.ui
    assert not ui.changeStatusButton.isEnabled()
    pick(qtbot, ui.rosterTable, 0)  # Budi Santoso, accepted
    click(qtbot, ui.changeStatusButton)
    dialog = view.dialog
    assert isinstance(dialog, EnrolmentStatusDialog)
    assert dialog.full_name == "Budi Santoso"
    assert dialog.current is EnrolmentStatus.ACCEPTED
    dialog.ui.statusCombo.setCurrentIndex(dialog.ui.statusCombo.findData("active"))
    click(qtbot, dialog.save_button)
    settle(qtbot, clerk_context)
    assert view.ui.messageLabel.text() == "Budi Santoso: In training."
    names = column(ui.rosterTable, RosterColumn.NAME)
    assert names[-1] == "Budi Santoso"  # in training comes after the waitlist
    assert column(ui.rosterTable, RosterColumn.STATUS)[-1] == "In training"
    selected = view.selected_line()  # the selection follows him
    assert selected is not None and selected.full_name == "Budi Santoso"


def test_enrol_finds_a_person_and_enrols_them_in_this_cohort(
    qtbot: QtBot, clerk_context: AppContext, made: Made
) -> None:
    from desktop.gui.enrol_dialog import EnrolDialog
    from tests.services.test_participant_history import NAMES, register

    register(clerk_context.db, clerk_context.actor, NAMES.index("Wulan Sari"))
    view = open_view(qtbot, clerk_context, made.bookkeeping)
    click(qtbot, view.ui.enrolButton)
    dialog = view.dialog
    assert isinstance(dialog, EnrolDialog)
    assert dialog.cohort is not None and dialog.cohort.id == made.bookkeeping
    qtbot.keyClicks(dialog.ui.searchEdit, "Wulan")
    dialog.find_people()  # (without waiting for the typing pause)
    qtbot.waitUntil(lambda: dialog.people.rowCount() == 1 and clerk_context.runner.idle)
    pick(qtbot, dialog.ui.peopleTable, 0)
    settle(qtbot, clerk_context)  # the eligibility check
    click(qtbot, dialog.enrol_button)
    settle(qtbot, clerk_context)
    assert view.ui.messageLabel.text() == "Enrolled Wulan Sari in UMK-2027-01, with a seat."
    assert column(view.ui.rosterTable, RosterColumn.NAME) == ["Wulan Sari"]
    assert view.ui.seatsValue.text() == "1 of 10 (9 free)"


def test_edit_saves_in_the_cohort_form_and_shows_the_change(
    qtbot: QtBot, admin_context: AppContext, made: Made
) -> None:
    from desktop.gui.cohort_dialog import CohortDialog

    view = open_view(qtbot, admin_context, made.weaving)
    click(qtbot, view.ui.editButton)
    dialog = view.dialog
    assert isinstance(dialog, CohortDialog)
    assert dialog.detail is not None and dialog.detail.id == made.weaving
    settle(qtbot, admin_context)  # the form reads its lists
    room = dialog.ui.roomEdit
    room.selectAll()
    qtbot.keyClicks(room, "Aula Desa")
    click(qtbot, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    settle(qtbot, admin_context)
    if (
        isValid(dialog) and dialog.isVisible()
    ):  # saved with something to check: the form says so first
        click(qtbot, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel))
        settle(qtbot, admin_context)
    assert view.ui.placeValue.text() == "Aula Desa, Cianjur"
    assert view.ui.messageLabel.text().startswith("Saved the cohort ANY-2027-01.")
    assert column(view.ui.sessionsTable, SessionColumn.ROOM)[0] == "Aula Desa"


def test_a_session_is_cancelled_in_its_dialog(
    qtbot: QtBot, admin_context: AppContext, made: Made
) -> None:
    from desktop.gui.session_dialogs import CancelSessionDialog

    view = open_view(qtbot, admin_context, made.weaving)
    ui = view.ui
    ui.tabs.setCurrentWidget(ui.sessionsTab)
    pick(qtbot, ui.sessionsTable, 2)  # Friday, 5 March 2027
    click(qtbot, ui.cancelSessionButton)
    dialog = view.dialog
    assert isinstance(dialog, CancelSessionDialog)
    qtbot.keyClicks(dialog.ui.reasonEdit, "Hujan deras")
    click(qtbot, dialog.save_button)
    settle(qtbot, admin_context)
    assert ui.messageLabel.text() == "Cancelled the session."
    assert column(ui.sessionsTable, SessionColumn.CANCELLED)[2] == "Cancelled: Hujan deras"
    selected = view.selected_session()  # still the one chosen, now cancelled
    assert selected is not None and selected.cancelled
    assert not ui.cancelSessionButton.isEnabled()


def test_a_session_is_moved_in_its_dialog(
    qtbot: QtBot, admin_context: AppContext, made: Made
) -> None:
    from desktop.gui.session_dialogs import MoveSessionDialog

    view = open_view(qtbot, admin_context, made.weaving)
    ui = view.ui
    ui.tabs.setCurrentWidget(ui.sessionsTab)
    pick(qtbot, ui.sessionsTable, 1)  # Wednesday, 3 March 2027
    click(qtbot, ui.moveButton)
    dialog = view.dialog
    assert isinstance(dialog, MoveSessionDialog)
    dialog.ui.dayEdit.setDate(QDate(2027, 3, 4))
    click(qtbot, dialog.save_button)
    settle(qtbot, admin_context)
    if isValid(dialog) and dialog.isVisible():  # saved with something to check
        dialog.reject()
        settle(qtbot, admin_context)
    assert ui.messageLabel.text().startswith("Moved the session.")
    assert column(ui.sessionsTable, SessionColumn.DAY)[1] == "Thursday, 4 March 2027"
    assert column(ui.sessionsTable, SessionColumn.MOVED_FROM)[1] == "3 March 2027"


def test_a_make_up_session_with_a_warning_says_it_in_the_message_line(
    qtbot: QtBot, admin_context: AppContext, made: Made
) -> None:
    from desktop.gui.session_dialogs import MakeupSessionDialog

    view = open_view(qtbot, admin_context, made.weaving)
    ui = view.ui
    ui.tabs.setCurrentWidget(ui.sessionsTab)
    click(qtbot, ui.makeupButton)
    dialog = view.dialog
    assert isinstance(dialog, MakeupSessionDialog)
    dialog.ui.dayEdit.setDate(QDate(2027, 5, 8))  # after the cohort's last day
    qtbot.keyClicks(dialog.ui.reasonEdit, "Pengganti 5 Maret")
    click(qtbot, dialog.save_button)
    settle(qtbot, admin_context)
    assert isValid(dialog) and dialog.isVisible()  # the warning is read there first
    assert dialog.warnings
    dialog.reject()
    settle(qtbot, admin_context)
    lines = ui.messageLabel.text().split("\n")
    assert lines[0] == "Added the make-up session."
    assert len(lines) == 1 + len(dialog.warnings) and "8 May 2027" in ui.messageLabel.text()
    assert ui.messageLabel.property("role") == "hint"
    kinds = column(ui.sessionsTable, SessionColumn.KIND)
    assert kinds[-1] == "Make-up (Pengganti 5 Maret)"
    assert column(ui.sessionsTable, SessionColumn.DAY)[-1] == "Saturday, 8 May 2027"
    assert ui.tabs.tabText(2) == "Sessions (25)"


# --- out of the view -----------------------------------------------------------------------


def test_a_name_opens_the_participants_profile(
    qtbot: QtBot, clerk_context: AppContext, made: Made
) -> None:
    window = MainWindow(clerk_context)
    qtbot.addWidget(window)
    window.show()
    window.open_cohort(made.weaving)
    settle(qtbot, clerk_context)
    from desktop.gui.cohorts_page import CohortsPage

    page = window.page(CohortsPage)
    assert page is not None
    table = page.view.ui.rosterTable
    rect = table.visualRect(table.model().index(2, RosterColumn.NAME))  # Siti Aminah
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot, clerk_context)
    people = window.page(ParticipantsPage)
    assert people is not None
    assert list(people.profiles) == [made.seated[0]]
    for profile in list(people.profiles.values()):
        profile.close()


def test_print_roster_saves_a_pdf_with_the_cohort_and_opens_it(
    qtbot: QtBot,
    instructor_context: AppContext,
    made: Made,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    offered: list[str] = []

    def save_name(_parent: object, _title: str, start: str, filters: str) -> tuple[str, str]:
        offered.append(start)
        return str(tmp_path / "daftar"), filters

    opened: list[QUrl] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    view = open_view(qtbot, instructor_context, made.weaving)
    click(qtbot, view.ui.printButton)
    target = tmp_path / "daftar.pdf"  # the extension is added when left out
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    assert Path(offered[0]).name == "roster-ANY-2027-01.pdf"
    assert opened == [QUrl.fromLocalFile(str(target))]
    text = subprocess.run(
        ["pdftotext", str(target), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "ANY-2027-01" in text
    assert "Siti Aminah" in text
    assert str(target) in view.ui.messageLabel.text()


def test_warnings_from_a_save_show_in_the_message_line(
    qtbot: QtBot, admin_context: AppContext, made: Made
) -> None:
    from desktop.domain.errors import FieldWarning

    view = open_view(qtbot, admin_context, made.weaving)
    view.after_change(
        "Saved the cohort ANY-2027-01.",
        [FieldWarning("No session on {day}: it is a public holiday.", "schedule", day="Nyepi")],
    )
    settle(qtbot, admin_context)
    assert view.ui.messageLabel.text() == (
        "Saved the cohort ANY-2027-01.\nNo session on Nyepi: it is a public holiday."
    )
    assert view.ui.messageLabel.property("role") == "hint"


def test_keeps_nothing_of_the_last_cohort_when_another_is_shown(
    qtbot: QtBot, admin_context: AppContext, made: Made
) -> None:
    view = open_view(qtbot, admin_context, made.weaving)
    view.show_cohort(made.bookkeeping)
    assert view.roster_model.rowCount() == 0  # at once, before the worker answers
    settle(qtbot, admin_context)
    assert view.ui.codeLabel.text() == "UMK-2027-01"
    assert view.ui.seatsValue.text() == "0 of 10 (10 free)"
    assert view.ui.waitingValue.text() == "Nobody"
    assert view.ui.instructorsValue.text() == "None yet"
    assert view.ui.fundingValue.text() == "Sponsor"
    assert view.ui.sponsorsValue.text() == "Koperasi Maju Bersama, PT Sandang Nusantara"


def test_the_attendance_tab_shows_the_grid_when_opened(
    qtbot: QtBot, admin_context: AppContext, made: Made
) -> None:
    """The grid is read only when its tab is opened, and again for another cohort."""
    view = CohortView(admin_context)
    qtbot.addWidget(view)
    view.show_cohort(made.weaving)
    settle(qtbot, admin_context)
    grid = view.attendance_view
    assert grid is not None and grid.cohort_id is None  # not read yet
    view.ui.tabs.setCurrentWidget(grid)
    settle(qtbot, admin_context)
    assert grid.cohort_id == made.weaving
    assert grid.model.rowCount() == 3  # the three holding a seat; the two waiting are not on it
