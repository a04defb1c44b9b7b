"""The cohort's attendance grid driven with the keyboard over a real database: the letters and
the not-applicable cells it shows, marks given and taken back with keys (read back through
the service), refusals in the message line, the sheets printed, and the matrix exported to
Excel and imported back, all or nothing. Every call runs on the worker; the tests wait for
it, never for a fixed time."""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.domain.attendance import Mark, MarkInput
from desktop.gui.app_context import AppContext
from desktop.gui.attendance_grid_model import FIRST_SESSION_COLUMN, GREY, NOT_APPLICABLE_TEXT
from desktop.gui.attendance_grid_view import AttendanceGridView
from desktop.gui.style import apply_style
from desktop.services import attendance, enrolment
from desktop.services.accounts import authenticate
from desktop.services.attendance import RollLine
from desktop.store.database import Database
from desktop.store.models import AuditEntry
from tests.gui.test_accessibility import _labels_without_buddy, _unnamed
from tests.services.test_attendance import START, Clock, add_sessions, teach
from tests.services.test_attendance_files import cell
from tests.services.test_enrolment import add_cohort, add_person, add_programme

P, L, A, S = Mark.PRESENT, Mark.LATE, Mark.ABSENT, Mark.SICK
NAMES = ("Ani Lestari", "Budi Santoso", "Citra Dewi")
JOINER = "Zaenal Arifin"  # joins on the fifth day: the first four sessions do not apply
CANCELLED = 3  # the fourth session
TODAY = 5  # sessions 0 to 5 are held, 6 to 9 still to come


@dataclass
class Klass:
    cohort: int
    sessions: list[int]
    enrolments: list[int]  # NAMES, then JOINER: the grid's rows in name order


@pytest.fixture
def klass(gui_db: Database) -> Klass:
    """A cohort the demo instructor teaches: ten daily sessions from START (the fourth
    cancelled), three people from the start and one who joined on the fifth day."""
    clerk = authenticate(gui_db, "petugas", "petugas-demo")
    cohort = add_cohort(gui_db, add_programme(gui_db), capacity=10)
    sessions = add_sessions(gui_db, cohort, cancelled=(CANCELLED,))
    people = [
        enrolment.enrol(gui_db, clerk, add_person(gui_db, name), cohort).enrolment_id
        for name in NAMES
    ]
    teach(gui_db, cohort)
    clock = Clock()
    gui_db.clock = clock
    clock.on(START + timedelta(days=4))
    joiner = enrolment.enrol(gui_db, clerk, add_person(gui_db, JOINER), cohort).enrolment_id
    clock.on(START + timedelta(days=TODAY))
    return Klass(cohort, sessions, [*people, joiner])


def settle(qtbot: QtBot, context: AppContext) -> None:
    qtbot.waitUntil(lambda: context.runner.idle)


def open_grid(qtbot: QtBot, context: AppContext, cohort_id: int) -> AttendanceGridView:
    view = AttendanceGridView(context)
    qtbot.addWidget(view)
    view.resize(1000, 460)
    view.show()
    qtbot.waitExposed(view)
    view.show_cohort(cohort_id)
    settle(qtbot, context)
    return view


def line(context: AppContext, session_id: int, enrolment_id: int) -> RollLine:
    call = attendance.roll_call(context.db, context.actor, session_id)
    return next(each for each in call.lines if each.enrolment_id == enrolment_id)


def shown(view: AttendanceGridView, row: int, session: int, role: int = 0) -> object:
    model = view.model
    return model.data(model.index(row, FIRST_SESSION_COLUMN + session), role)


def go_to(view: AttendanceGridView, row: int, session: int) -> None:
    view.ui.gridTable.setCurrentIndex(view.model.index(row, FIRST_SESSION_COLUMN + session))


def current(view: AttendanceGridView) -> tuple[int, int]:
    index: QModelIndex = view.ui.gridTable.currentIndex()
    return index.row(), index.column() - FIRST_SESSION_COLUMN


def test_the_grid_shows_letters_and_grey_dashes_where_a_session_does_not_apply(
    qtbot: QtBot, instructor_context: AppContext, klass: Klass
) -> None:
    ctx = instructor_context
    first = klass.enrolments[0]
    attendance.mark(ctx.db, ctx.actor, klass.sessions[0], first, MarkInput(A))
    attendance.mark(ctx.db, ctx.actor, klass.sessions[1], first, MarkInput(L, 20))
    view = open_grid(qtbot, ctx, klass.cohort)
    model = view.model
    assert model.rowCount() == 4 and model.columnCount() == 1 + 10 + 2
    assert model.data(model.index(0, 0)) == NAMES[0]
    assert (shown(view, 0, 0), shown(view, 0, 1), shown(view, 0, 2)) == (
        "A",
        "T20",
        "",
    )  # late with its minutes
    assert "Absent" in str(shown(view, 0, 0, Qt.ItemDataRole.ToolTipRole))
    assert shown(view, 0, 0, Qt.ItemDataRole.TextAlignmentRole) == int(Qt.AlignmentFlag.AlignCenter)
    # The joiner: the first sessions do not apply, in grey (the fourth was cancelled anyway:
    # grey and empty for everyone); the fifth does.
    assert [shown(view, 3, n) for n in range(5)] == [NOT_APPLICABLE_TEXT] * 3 + ["", ""]
    assert shown(view, 3, 0, Qt.ItemDataRole.BackgroundRole) == GREY
    assert shown(view, 3, 4, Qt.ItemDataRole.BackgroundRole) is None
    # The cancelled session: grey for everyone, and said in its header.
    assert shown(view, 1, CANCELLED, Qt.ItemDataRole.BackgroundRole) == GREY
    header = model.headerData(FIRST_SESSION_COLUMN + CANCELLED, Qt.Orientation.Horizontal)
    assert "cancelled" in header
    assert model.headerData(FIRST_SESSION_COLUMN, Qt.Orientation.Horizontal) == "Mon 11/1"
    # The rate (present and late over marked) and the completion with its reason in full.
    assert model.data(model.index(0, model.rate_column)) == "50"
    reason = model.data(model.index(0, model.completion_column))
    assert reason == "4 sessions are still to come."
    assert "50%" in view.ui.rateLabel.text()
    # The cursor starts on today's session; nothing is left unnamed for a screen reader.
    assert current(view) == (0, TODAY)
    assert not _unnamed(view) and not _labels_without_buddy(view)


def test_keys_mark_the_current_cell_and_delete_takes_the_mark_back(
    qtbot: QtBot, instructor_context: AppContext, klass: Klass
) -> None:
    ctx = instructor_context
    first, second, third, _joiner = klass.enrolments
    day = klass.sessions[2]
    attendance.mark(ctx.db, ctx.actor, day, first, MarkInput(S, note="demam"))
    view = open_grid(qtbot, ctx, klass.cohort)
    table = view.ui.gridTable
    go_to(view, 0, 2)
    qtbot.keyClick(table, Qt.Key.Key_H)
    settle(qtbot, ctx)
    assert (line(ctx, day, first).mark, line(ctx, day, first).note) == (P, "demam")
    assert shown(view, 0, 2) == "H" and current(view) == (1, 2)  # on to the next person
    assert "Saved" in view.ui.messageLabel.text()
    qtbot.keyClick(table, "a")
    settle(qtbot, ctx)
    assert line(ctx, day, second).mark is A and shown(view, 1, 2) == "A"
    # Late asks the minutes first.
    qtbot.keyClick(table, Qt.Key.Key_T)
    dialog = view.dialog
    assert isinstance(dialog, QInputDialog)
    dialog.setIntValue(15)
    dialog.accept()
    settle(qtbot, ctx)
    assert (line(ctx, day, third).mark, line(ctx, day, third).late_minutes) == (L, 15)
    assert shown(view, 2, 2) == "T15" and current(view) == (3, 2)
    # Arrows move; Delete takes a mark back.
    for _step in range(3):
        qtbot.keyClick(table, Qt.Key.Key_Up)
    assert current(view) == (0, 2)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    settle(qtbot, ctx)
    assert line(ctx, day, first).mark is None and shown(view, 0, 2) == ""
    # The numbers follow: two marks on the day, one present (late).
    assert view.model.data(view.model.index(2, view.model.rate_column)) == "100"


def test_a_refused_mark_is_said_under_the_grid_and_changes_nothing(
    qtbot: QtBot, instructor_context: AppContext, klass: Klass
) -> None:
    ctx = instructor_context
    view = open_grid(qtbot, ctx, klass.cohort)
    go_to(view, 0, 8)  # still to come
    qtbot.keyClick(view.ui.gridTable, Qt.Key.Key_H)
    settle(qtbot, ctx)
    message = view.ui.messageLabel
    assert message.isVisibleTo(view) and message.property("role") == "error"
    assert message.text()
    assert all(each.mark is None for each in attendance.roll_call(
        ctx.db, ctx.actor, klass.sessions[8]).lines)  # fmt: skip
    assert shown(view, 0, 8) == ""
    # A session that does not apply to the joiner is refused the same way.
    go_to(view, 3, 1)
    qtbot.keyClick(view.ui.gridTable, Qt.Key.Key_A)
    settle(qtbot, ctx)
    assert JOINER in message.text() and shown(view, 3, 1) == NOT_APPLICABLE_TEXT


def test_an_admin_changing_old_marks_is_asked_the_reason_once(
    qtbot: QtBot, admin_context: AppContext, klass: Klass
) -> None:
    """Past the lock days the service wants a reason: the grid asks it, makes the change, and
    keeps the reason for the cohort's next old marks; the audit log has it."""
    ctx = admin_context
    attendance.set_lock_days(ctx.db, ctx.actor, 1)  # sessions 0 to 3 are now old
    first, second, _third, _joiner = klass.enrolments
    view = open_grid(qtbot, ctx, klass.cohort)
    go_to(view, 0, 0)
    qtbot.keyClick(view.ui.gridTable, Qt.Key.Key_H)
    settle(qtbot, ctx)
    dialog = view.dialog
    assert isinstance(dialog, QInputDialog) and "administrator" not in dialog.labelText()
    assert line(ctx, klass.sessions[0], first).mark is None  # nothing yet
    dialog.setTextValue("Daftar hadir kertas ditemukan")
    dialog.accept()
    settle(qtbot, ctx)
    assert line(ctx, klass.sessions[0], first).mark is P
    go_to(view, 1, 0)
    qtbot.keyClick(view.ui.gridTable, Qt.Key.Key_A)  # not asked again
    settle(qtbot, ctx)
    assert line(ctx, klass.sessions[0], second).mark is A
    with ctx.db.sessions() as session:
        reasons = [
            entry.after.get("reason")
            for entry in session.scalars(
                select(AuditEntry).where(AuditEntry.action == "attendance.mark")
            )
        ]
    assert reasons[-2:] == ["Daftar hadir kertas ditemukan"] * 2


def test_an_instructor_sees_only_the_grids_of_their_own_cohorts(
    qtbot: QtBot, instructor_context: AppContext, klass: Klass
) -> None:
    ctx = instructor_context
    other = add_cohort(ctx.db, add_programme(ctx.db))
    add_sessions(ctx.db, other)
    view = open_grid(qtbot, ctx, other)
    assert view.model.rowCount() == 0
    assert view.ui.messageLabel.property("role") == "error" and view.ui.messageLabel.text()
    assert not view.ui.exportButton.isEnabled()


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files the grid opened for printing (nothing really opens in tests)."""
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toLocalFile()))
    return urls


def save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(path), ""))


def test_the_sheet_and_the_matrix_of_the_week_print(
    qtbot: QtBot,
    instructor_context: AppContext,
    klass: Klass,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    opened: list[str],
) -> None:
    ctx = instructor_context
    view = open_grid(qtbot, ctx, klass.cohort)
    save_to(monkeypatch, tmp_path / "sheet")  # the suffix is added
    view.ui.printSheetButton.click()
    settle(qtbot, ctx)
    sheet = tmp_path / "sheet.pdf"
    assert sheet.read_bytes().startswith(b"%PDF") and opened == [str(sheet)]
    save_to(monkeypatch, tmp_path / "week.pdf")
    view.ui.printMatrixButton.click()
    box = view.dialog
    assert isinstance(box, QMessageBox)
    week = next(b for b in box.buttons() if "week" in b.text())
    assert "11 January 2027" in week.text()  # the Monday of the current column's week
    week.click()
    settle(qtbot, ctx)
    assert (tmp_path / "week.pdf").read_bytes().startswith(b"%PDF")
    assert opened[-1] == str(tmp_path / "week.pdf")


def export(qtbot: QtBot, view: AttendanceGridView, path: Path, mp: pytest.MonkeyPatch) -> None:
    save_to(mp, path)
    view.ui.exportButton.click()
    settle(qtbot, view.context)


def import_file(qtbot: QtBot, view: AttendanceGridView, path: Path, mp: pytest.MonkeyPatch) -> None:
    mp.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(path), ""))
    view.ui.importButton.click()
    settle(qtbot, view.context)


def test_an_exported_matrix_edited_in_excel_comes_back(
    qtbot: QtBot,
    instructor_context: AppContext,
    klass: Klass,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ctx = instructor_context
    first, second = klass.enrolments[:2]
    attendance.mark(ctx.db, ctx.actor, klass.sessions[0], first, MarkInput(P))
    view = open_grid(qtbot, ctx, klass.cohort)
    exported = tmp_path / "attendance.xlsx"
    export(qtbot, view, exported, monkeypatch)
    assert str(exported) in view.ui.messageLabel.text()
    book = openpyxl.load_workbook(io.BytesIO(exported.read_bytes()))
    assert cell(book, klass.sessions[0], first).value == "H"
    cell(book, klass.sessions[0], first).value = "S"  # changed
    cell(book, klass.sessions[1], second).value = "T25"  # given
    edited = tmp_path / "edited.xlsx"
    book.save(edited)
    import_file(qtbot, view, edited, monkeypatch)
    assert "2 cells changed" in view.ui.messageLabel.text()
    assert line(ctx, klass.sessions[0], first).mark is S
    given = line(ctx, klass.sessions[1], second)
    assert (given.mark, given.late_minutes) == (L, 25)
    assert shown(view, 0, 0) == "S" and shown(view, 1, 1) == "T25"
    assert not view.ui.problemsList.isVisibleTo(view)


def test_an_import_with_problems_lists_each_with_its_cell_and_changes_nothing(
    qtbot: QtBot,
    instructor_context: AppContext,
    klass: Klass,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ctx = instructor_context
    first, second, third = klass.enrolments[:3]
    view = open_grid(qtbot, ctx, klass.cohort)
    exported = tmp_path / "attendance.xlsx"
    export(qtbot, view, exported, monkeypatch)
    book = openpyxl.load_workbook(io.BytesIO(exported.read_bytes()))
    cell(book, klass.sessions[0], first).value = "H"  # fine on its own
    cell(book, klass.sessions[1], second).value = "X"  # not a mark
    cell(book, klass.sessions[2], third).value = "T"  # late without the minutes
    bad_cells = [
        cell(book, klass.sessions[1], second).coordinate,
        cell(book, klass.sessions[2], third).coordinate,
    ]
    book.save(tmp_path / "bad.xlsx")
    import_file(qtbot, view, tmp_path / "bad.xlsx", monkeypatch)
    problems = view.ui.problemsList
    assert problems.isVisibleTo(view) and problems.count() == 2
    texts = [problems.item(row).text() for row in range(problems.count())]
    assert [text.split(": ", 1)[0] for text in texts] == bad_cells
    assert view.ui.messageLabel.property("role") == "error"
    assert "Nothing was imported" in view.ui.messageLabel.text()
    assert line(ctx, klass.sessions[0], first).mark is None
    assert shown(view, 0, 0) == ""


def test_screenshot_of_the_grid(
    qtbot: QtBot, instructor_context: AppContext, klass: Klass, tmp_path: Path
) -> None:
    """The grid with marks of every kind, to look at (PELITA_SHOTS=/some/folder keeps it)."""
    ctx = instructor_context
    for number, marks in enumerate([(P, P, A), (P, L, P), (S, P, P)]):
        for person, given in enumerate(marks):
            minutes = 10 if given is L else 0
            data = MarkInput(given, minutes)
            attendance.mark(
                ctx.db, ctx.actor, klass.sessions[number], klass.enrolments[person], data
            )
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = app.font(), app.styleSheet()
    apply_style(app, False)
    folder = Path(os.environ.get("PELITA_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        view = open_grid(qtbot, ctx, klass.cohort)
        go_to(view, 1, 2)
        view.say("Saved: Budi Santoso, 13 January 2027: Late, 10 min.", "ok")
        assert view.grab().save(str(folder / "attendance_grid.png"))
        # Narrow, scrolled to the end: the names stay in view.
        view.resize(640, 420)
        go_to(view, 1, 9)
        view.ui.gridTable.scrollTo(view.model.index(1, view.model.completion_column))
        qtbot.waitUntil(lambda: view.ui.gridTable.horizontalScrollBar().value() > 0)
        assert view.names.isVisible() and view.names.columnWidth(0) > 0
        # The names end where the rows do, above the horizontal scroll bar, not over it.
        table = view.ui.gridTable
        assert table.horizontalScrollBar().isVisible()
        names_bottom = view.names.geometry().bottom()
        assert names_bottom <= table.viewport().geometry().bottom()
        # Every session heading fits its column, in the header's own font.
        header, metrics = table.horizontalHeader(), table.horizontalHeader().fontMetrics()
        for column in range(FIRST_SESSION_COLUMN, view.model.completion_column):
            if view.model.session_at(column) is None:
                continue
            text = str(view.model.headerData(column, Qt.Orientation.Horizontal))
            widest = max(metrics.horizontalAdvance(line) for line in text.splitlines())
            assert header.sectionSize(column) >= widest + 8, text
        assert view.grab().save(str(folder / "attendance_grid_scrolled.png"))
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)
