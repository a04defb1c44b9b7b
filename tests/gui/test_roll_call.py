"""The Attendance page and the roll call, driven as an instructor would with the keyboard and
the mouse over a real database: every mark is read back through the service after it was
given, refusals stay on screen next to the row, and a sheet's code opens its session. Every
call runs on the worker; the tests wait for it, never for a fixed time."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.domain.attendance import Mark, SheetKind, sheet_code
from desktop.gui.app_context import AppContext
from desktop.gui.attendance_today import AttendanceTodayPage, Column
from desktop.gui.i18n import install_translator
from desktop.gui.roll_call_dialog import RollCallDialog
from desktop.gui.style import apply_style
from desktop.services import attendance, enrolment
from desktop.services.accounts import authenticate
from desktop.services.cohort_sessions import cancel_session
from desktop.services.context import Actor
from desktop.store.database import Database
from tests.gui.test_accessibility import _labels_without_buddy, _unnamed
from tests.services.test_attendance import START, Clock, add_sessions, teach
from tests.services.test_enrolment import add_cohort, add_person, add_programme

P, L, A = Mark.PRESENT, Mark.LATE, Mark.ABSENT
NAMES = ("Ani Lestari", "Budi Santoso", "Citra Dewi", "Dedi Kurniawan")


@dataclass
class Klass:
    cohort: int
    code: str
    sessions: list[int]
    enrolments: list[int]


@pytest.fixture
def klass(gui_db: Database) -> Klass:
    """A cohort the demo instructor teaches: four people, ten daily sessions from START (the
    fourth cancelled), and the clock on the first day."""
    clerk = authenticate(gui_db, "petugas", "petugas-demo")
    cohort = add_cohort(gui_db, add_programme(gui_db), capacity=10)
    sessions = add_sessions(gui_db, cohort, cancelled=(3,))
    people = [
        enrolment.enrol(gui_db, clerk, add_person(gui_db, name), cohort).enrolment_id
        for name in NAMES
    ]
    teach(gui_db, cohort)
    clock = Clock()
    clock.on(START)
    gui_db.clock = clock
    code = next(
        info.cohort_code
        for info in attendance.sessions_on(gui_db, clerk, START)
        if info.id == sessions[0]
    )
    return Klass(cohort, code, sessions, people)


def settle(qtbot: QtBot, context: AppContext) -> None:
    qtbot.waitUntil(lambda: context.runner.idle)


def open_page(qtbot: QtBot, context: AppContext) -> AttendanceTodayPage:
    page = AttendanceTodayPage(context)
    qtbot.addWidget(page)
    page.resize(900, 520)
    page.show()
    qtbot.waitExposed(page)
    settle(qtbot, context)
    return page


def wait_dialog(qtbot: QtBot, page: AttendanceTodayPage) -> RollCallDialog:
    settle(qtbot, page.context)
    dialog = page.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    settle(qtbot, page.context)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def codes(page: AttendanceTodayPage) -> list[str]:
    """The cohort code of each session listed."""
    rows = [page.model.row_at(row) for row in range(page.model.rowCount())]
    return [row.cohort_code for row in rows if row is not None]


def open_roll_call(qtbot: QtBot, page: AttendanceTodayPage, code: str) -> RollCallDialog:
    """Click the session's row and press Enter, as at the desk."""
    table = page.ui.sessionsTable
    rect = table.visualRect(page.model.index(codes(page).index(code), Column.COHORT))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(table, Qt.Key.Key_Return)
    return wait_dialog(qtbot, page)


def press(
    qtbot: QtBot,
    context: AppContext,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """A key where the keyboard focus is, then wait for the worker to save."""
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key, modifier)
    settle(qtbot, context)


def marks(db: Database, actor: Actor, session_id: int) -> list[tuple[Mark | None, int]]:
    """What the database holds, read back through the service: (mark, late minutes) by name."""
    call = attendance.roll_call(db, actor, session_id)
    return [(line.mark, line.late_minutes) for line in call.lines]


def row_text(dialog: RollCallDialog, index: int) -> str:
    return dialog.rows[index].status_label.text()


# -- the roll call by keyboard ------------------------------------------------------------------


def test_everyone_present_then_the_exceptions_by_key_and_undo(
    qtbot: QtBot, instructor_context: AppContext, klass: Klass
) -> None:
    ctx, session = instructor_context, klass.sessions[0]
    page = open_page(qtbot, ctx)
    dialog = open_roll_call(qtbot, page, klass.code)
    assert [row.line.full_name for row in dialog.rows] == list(NAMES)
    assert dialog.ui.titleLabel.text().endswith(klass.code)
    assert "08:00–12:00" in dialog.ui.detailsLabel.text()
    assert marks(ctx.db, ctx.actor, session) == [(None, 0)] * 4

    qtbot.mouseClick(dialog.ui.everyoneButton, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert marks(ctx.db, ctx.actor, session) == [(P, 0)] * 4
    assert all(row.buttons[P].isChecked() for row in dialog.rows)

    # Down to Budi; T asks for the minutes, typed and saved with Enter, then on to Citra.
    dialog.set_current(0)
    press(qtbot, ctx, Qt.Key.Key_Down)
    assert dialog.current == 1
    press(qtbot, ctx, Qt.Key.Key_T)
    assert dialog.rows[1].minutes.isVisible()
    assert marks(ctx.db, ctx.actor, session)[1] == (P, 0)  # nothing saved before the minutes
    qtbot.keyClicks(QApplication.focusWidget(), "15")
    press(qtbot, ctx, Qt.Key.Key_Return)
    assert marks(ctx.db, ctx.actor, session) == [(P, 0), (L, 15), (P, 0), (P, 0)]
    assert row_text(dialog, 1) == "Saved"
    assert dialog.isVisible() and dialog.current == 2  # Enter moved on, it did not close

    # A for Citra, and the current person moves on to Dedi.
    press(qtbot, ctx, Qt.Key.Key_A)
    assert marks(ctx.db, ctx.actor, session) == [(P, 0), (L, 15), (A, 0), (P, 0)]
    assert dialog.rows[2].buttons[A].isChecked() and dialog.current == 3

    # Ctrl+Z takes the marks back one by one, in the database too.
    press(qtbot, ctx, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert marks(ctx.db, ctx.actor, session) == [(P, 0), (L, 15), (P, 0), (P, 0)]
    assert dialog.rows[2].buttons[P].isChecked() and dialog.current == 2
    press(qtbot, ctx, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert marks(ctx.db, ctx.actor, session) == [(P, 0)] * 4
    press(qtbot, ctx, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # everyone present
    assert marks(ctx.db, ctx.actor, session) == [(None, 0)] * 4
    assert not any(button.isChecked() for row in dialog.rows for button in row.buttons.values())


def test_a_note_is_saved_with_the_mark_and_letters_in_it_mark_nobody(
    qtbot: QtBot, instructor_context: AppContext, klass: Klass
) -> None:
    ctx, session = instructor_context, klass.sessions[0]
    dialog = open_roll_call(qtbot, open_page(qtbot, ctx), klass.code)
    qtbot.mouseClick(dialog.rows[0].buttons[Mark.SICK], Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    note = dialog.rows[0].note
    note.setFocus()
    qtbot.keyClicks(note, "Sakit tipes")  # S, T and I would mark were it not a note
    press(qtbot, ctx, Qt.Key.Key_Return)
    call = attendance.roll_call(ctx.db, ctx.actor, session)
    assert (call.lines[0].mark, call.lines[0].note) == (Mark.SICK, "Sakit tipes")
    assert [line.mark for line in call.lines[1:]] == [None] * 3


def test_minutes_left_empty_are_refused_next_to_the_row(
    qtbot: QtBot, instructor_context: AppContext, klass: Klass
) -> None:
    ctx = instructor_context
    dialog = open_roll_call(qtbot, open_page(qtbot, ctx), klass.code)
    press(qtbot, ctx, Qt.Key.Key_T)
    press(qtbot, ctx, Qt.Key.Key_Return)
    assert "minutes late" in row_text(dialog, 0)
    assert marks(ctx.db, ctx.actor, klass.sessions[0])[0] == (None, 0)
    assert dialog.isVisible()


def test_someone_not_yet_in_the_class_is_greyed_and_skipped(
    qtbot: QtBot, instructor_context: AppContext, klass: Klass
) -> None:
    ctx, session = instructor_context, klass.sessions[0]
    clerk = authenticate(ctx.db, "petugas", "petugas-demo")
    ctx.db.clock.on(START + timedelta(days=2))  # type: ignore[attr-defined]
    enrolment.enrol(ctx.db, clerk, add_person(ctx.db, "Zaenal Latecomer"), klass.cohort)
    page = open_page(qtbot, ctx)
    page.open_session(session)
    dialog = wait_dialog(qtbot, page)
    late = dialog.rows[-1]
    assert late.line.full_name == "Zaenal Latecomer" and not late.line.applicable
    assert "Not applicable" in late.status_label.text()
    assert not any(button.isEnabled() for button in late.buttons.values())
    dialog.set_current(3)
    press(qtbot, ctx, Qt.Key.Key_Down)  # nobody below Dedi may be marked: he stays current
    assert dialog.current == 3
    qtbot.mouseClick(dialog.ui.everyoneButton, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert marks(ctx.db, ctx.actor, session) == [(P, 0)] * 4 + [(None, 0)]


# -- refusals ------------------------------------------------------------------------------------


def test_a_session_cancelled_meanwhile_is_refused_and_the_dialog_stays(
    qtbot: QtBot, instructor_context: AppContext, klass: Klass
) -> None:
    ctx, session = instructor_context, klass.sessions[0]
    dialog = open_roll_call(qtbot, open_page(qtbot, ctx), klass.code)
    admin = authenticate(ctx.db, "admin", "admin-demo")
    cancel_session(ctx.db, admin, session, "Banjir")  # at another desk, after it opened
    press(qtbot, ctx, Qt.Key.Key_H)
    assert "cancelled" in row_text(dialog, 0)
    assert not dialog.rows[0].buttons[P].isChecked()  # back to what the database holds
    assert dialog.isVisible()
    assert marks(ctx.db, ctx.actor, session) == [(None, 0)] * 4


@pytest.mark.parametrize(
    ("number", "why"), [(1, "attendance is taken on the day or after"), (3, "was cancelled")]
)
def test_a_session_that_may_not_change_says_why_and_takes_no_marks(
    qtbot: QtBot, instructor_context: AppContext, klass: Klass, number: int, why: str
) -> None:
    ctx, session = instructor_context, klass.sessions[number]
    page = open_page(qtbot, ctx)
    page.open_session(session)
    dialog = wait_dialog(qtbot, page)
    assert why in dialog.ui.noticeLabel.text() and dialog.ui.noticeLabel.isVisible()
    assert not dialog.ui.everyoneButton.isEnabled()
    assert not any(b.isEnabled() for row in dialog.rows for b in row.buttons.values())
    dialog.setFocus()
    press(qtbot, ctx, Qt.Key.Key_H)
    assert marks(ctx.db, ctx.actor, session) == [(None, 0)] * 4


def test_an_admin_gives_the_reason_once_for_a_locked_session(
    qtbot: QtBot, admin_context: AppContext, klass: Klass
) -> None:
    ctx, session = admin_context, klass.sessions[0]
    ctx.db.clock.on(START + timedelta(days=9))  # type: ignore[attr-defined]
    page = open_page(qtbot, ctx)
    page.open_session(session)
    dialog = wait_dialog(qtbot, page)
    assert "locked" in dialog.ui.detailsLabel.text()
    asked = dialog.reason_dialog
    assert asked is not None and not dialog.ui.everyoneButton.isEnabled()
    asked.setTextValue("Lembar kertas ditemukan")
    asked.accept()
    assert dialog.ui.everyoneButton.isEnabled()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.set_current(0)
    press(qtbot, ctx, Qt.Key.Key_I)
    press(qtbot, ctx, Qt.Key.Key_I)
    assert marks(ctx.db, ctx.actor, session)[:2] == [(Mark.EXCUSED, 0)] * 2


# -- the sheet code ------------------------------------------------------------------------------


def test_a_sheet_code_opens_its_session_and_a_bad_one_says_why(
    qtbot: QtBot, clerk_context: AppContext, klass: Klass
) -> None:
    page = open_page(qtbot, clerk_context)
    code = page.ui.codeEdit
    code.setFocus()
    qtbot.keyClicks(code, sheet_code(klass.sessions[2])[:-1] + "Z")
    qtbot.keyClick(code, Qt.Key.Key_Return)
    settle(qtbot, clerk_context)
    assert "is not the code of an attendance sheet" in page.ui.codeError.text()
    assert page.dialog is None and code.text().endswith("Z")  # kept, to correct it
    code.clear()
    qtbot.keyClicks(code, sheet_code(klass.sessions[2]).lower())
    qtbot.mouseClick(page.ui.codeButton, Qt.MouseButton.LeftButton)
    dialog = wait_dialog(qtbot, page)
    assert dialog.session_id == klass.sessions[2] and not page.ui.codeError.isVisible()


def test_a_matrix_sheets_code_opens_its_cohorts_grid(
    qtbot: QtBot, clerk_context: AppContext, klass: Klass
) -> None:
    """A weekly or monthly matrix covers many sessions: its code opens the cohort's grid."""
    from desktop.gui.cohorts_page import CohortsPage
    from desktop.gui.main_window import MainWindow

    window = MainWindow(clerk_context)
    qtbot.addWidget(window)
    window.show()
    page = window.page(AttendanceTodayPage)
    assert page is not None
    window.ui.navList.setCurrentRow(window.ui.pages.indexOf(page))
    settle(qtbot, clerk_context)
    qtbot.keyClicks(page.ui.codeEdit, sheet_code(klass.cohort, SheetKind.MATRIX))
    qtbot.keyClick(page.ui.codeEdit, Qt.Key.Key_Return)
    settle(qtbot, clerk_context)
    cohorts = window.page(CohortsPage)
    assert cohorts is not None and window.ui.pages.currentWidget() is cohorts
    grid = cohorts.view.attendance_view
    assert grid is not None and cohorts.view.ui.tabs.currentWidget() is grid
    qtbot.waitUntil(lambda: grid.cohort_id == klass.cohort)
    settle(qtbot, clerk_context)
    assert grid.model.rowCount() == len(klass.enrolments)
    assert page.ui.codeEdit.text() == "" and not page.ui.codeError.isVisible()


def test_other_days_and_the_names_a_screen_reader_says(
    qtbot: QtBot, instructor_context: AppContext, klass: Klass
) -> None:
    page = open_page(qtbot, instructor_context)
    assert klass.code in codes(page)
    qtbot.mouseClick(page.ui.previousButton, Qt.MouseButton.LeftButton)
    settle(qtbot, instructor_context)
    assert page.day() == START - timedelta(days=1)
    assert klass.code not in codes(page)
    qtbot.mouseClick(page.ui.todayButton, Qt.MouseButton.LeftButton)
    settle(qtbot, instructor_context)
    dialog = open_roll_call(qtbot, page, klass.code)
    for form in (page, dialog):
        assert not _unnamed(form) and not _labels_without_buddy(form)


# -- how it looks ----------------------------------------------------------------------------------


@pytest.mark.skipif(not os.environ.get("PELITA_SHOTS"), reason="screenshots on request")
def test_screenshots(qtbot: QtBot, instructor_context: AppContext, klass: Klass) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_style(app, large_text=False)
    shots = Path("/tmp/shots")
    shots.mkdir(exist_ok=True)
    ctx = instructor_context
    page = open_page(qtbot, ctx)
    page.grab().save(str(shots / "attendance_today.png"))
    dialog = open_roll_call(qtbot, page, klass.code)
    dialog.resize(1200, 520)
    qtbot.mouseClick(dialog.ui.everyoneButton, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    dialog.set_current(1)
    press(qtbot, ctx, Qt.Key.Key_T)
    qtbot.keyClicks(QApplication.focusWidget(), "20")
    press(qtbot, ctx, Qt.Key.Key_Return)
    press(qtbot, ctx, Qt.Key.Key_A)
    grab: QWidget = dialog
    grab.grab().save(str(shots / "roll_call_dialog.png"))
    dialog.close()
    # In Indonesian, the words the instructor knows from paper: Hadir, Terlambat, Izin, ...
    assert install_translator(app, "id")
    try:
        page.open_session(klass.sessions[0])
        dialog = wait_dialog(qtbot, page)
        dialog.resize(1200, 520)
        dialog.grab().save(str(shots / "roll_call_dialog_id.png"))
        assert dialog.rows[0].buttons[P].text().startswith("Hadir")
    finally:
        install_translator(app, "en")


def test_every_role_that_marks_finds_attendance_after_cohorts(
    qtbot: QtBot,
    admin_context: AppContext,
    clerk_context: AppContext,
    instructor_context: AppContext,
) -> None:
    from desktop.gui.main_window import MainWindow

    for context in (admin_context, clerk_context, instructor_context):
        window = MainWindow(context)
        qtbot.addWidget(window)
        titles = window.page_titles
        assert titles.index("Attendance") == titles.index("Cohorts") + 1
        assert window.page(AttendanceTodayPage) is not None
        icon = window.ui.navList.item(titles.index("Attendance")).icon()
        drawn = icon.pixmap(24, 24).toImage()  # its own icon, not the blank one
        assert any(drawn.pixelColor(x, y).alpha() for x in range(24) for y in range(24))
        settle(qtbot, context)
