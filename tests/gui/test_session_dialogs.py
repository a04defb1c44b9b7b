"""Moving, cancelling and adding single sessions through their dialogs, as an admin would, over
a real demo database; each call on the worker and the tests waiting for it. The desk's clock
stands at 5 January 2026, before every session below."""

from __future__ import annotations

import os
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from desktop.domain.cohort import SessionKind, Slot
from desktop.gui.app_context import AppContext
from desktop.gui.session_dialogs import (
    CancelSessionDialog,
    MakeupSessionDialog,
    MoveSessionDialog,
    SessionDialog,
)
from desktop.gui.style import apply_style
from desktop.services import cohorts
from desktop.services.cohort_rows import CohortDetail, SessionRow
from tests.gui.test_accessibility import _labels_without_buddy, _unnamed
from tests.gui.test_cohort_dialog import FRI, MON, NOW, WED, click, settle, stored, type_into


@pytest.fixture
def desk(admin_context: AppContext) -> AppContext:
    admin_context.db.clock = lambda: NOW
    return admin_context


def open_dialog(qtbot: QtBot, dialog: SessionDialog) -> SessionDialog:
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def save(qtbot: QtBot, dialog: SessionDialog) -> None:
    click(qtbot, dialog.save_button)
    settle(qtbot, dialog.context)


def closed(dialog: SessionDialog) -> bool:
    return not isValid(dialog) or not dialog.isVisible()


def session_on(cohort: CohortDetail, day: date) -> SessionRow:
    return next(s for s in cohort.sessions if s.day == day)


def sessions(context: AppContext, cohort: CohortDetail) -> list[SessionRow]:
    return cohorts.list_sessions(context.db, context.actor, cohort.id)


# --- moving --------------------------------------------------------------------------------


def test_a_session_moves_to_another_day_time_and_room(qtbot: QtBot, desk: AppContext) -> None:
    cohort = stored(desk)  # Monday and Wednesday mornings, 7 to 30 September 2026
    session = session_on(cohort, date(2026, 9, 7))
    dialog = open_dialog(qtbot, MoveSessionDialog(desk, session))
    ui = dialog.ui
    assert dialog.windowTitle() == "Move a session"
    assert ui.summaryLabel.text() == (
        "Moving the session of Monday, 7 September 2026, 08:00–12:00, Ruang Jahit 9."
    )
    assert dialog.typed() == (date(2026, 9, 7), time(8), time(12), "Ruang Jahit 9", "")
    assert QApplication.focusWidget() is ui.dayEdit
    type_into(qtbot, ui.dayEdit, "08/09/2026")
    type_into(qtbot, ui.startsEdit, "13:00")
    type_into(qtbot, ui.endsEdit, "16:00")
    ui.roomEdit.clear()
    type_into(qtbot, ui.roomEdit, "Aula")
    type_into(qtbot, ui.reasonEdit, "Ruang dipakai ujian")
    with qtbot.waitSignal(dialog.accepted):
        save(qtbot, dialog)
    assert closed(dialog) and dialog.warnings == []
    moved = next(s for s in sessions(desk, cohort) if s.id == session.id)
    assert (moved.day, moved.starts, moved.ends, moved.room) == (
        date(2026, 9, 8),
        time(13),
        time(16),
        "Aula",
    )
    assert moved.moved_from == date(2026, 9, 7) and moved.reason == "Ruang dipakai ujian"
    assert dialog.saved_session == moved


def test_moving_onto_a_public_holiday_is_said_before_closing(
    qtbot: QtBot, desk: AppContext
) -> None:
    cohort = stored(desk, start_date=date(2026, 8, 3), end_date=date(2026, 8, 28))
    dialog = open_dialog(qtbot, MoveSessionDialog(desk, session_on(cohort, date(2026, 8, 12))))
    type_into(qtbot, dialog.ui.dayEdit, "17/08/2026")
    assert dialog.ui.dayHint.text().startswith("A public holiday: ")  # before saving
    save(qtbot, dialog)

    ui = dialog.ui
    assert dialog.isVisible() and dialog.saved_session is not None
    assert [w.field for w in dialog.warnings] == ["day"]
    assert ui.warningsLabel.isVisible()
    assert ui.warningsLabel.text() == (
        "Saved. Please check:\n• 17 August 2026 is a public holiday: Independence Day."
    )
    assert not dialog.save_button.isVisible() and dialog.close_button.text() == "Close"
    assert not ui.dayEdit.isEnabled() and ui.dayEdit.text() == "17/08/2026"
    assert QApplication.focusWidget() is dialog.close_button
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog.close_button)
    assert date(2026, 8, 17) in [s.day for s in sessions(desk, cohort)]


def test_a_session_ending_before_it_starts_is_explained_and_kept(
    qtbot: QtBot, desk: AppContext
) -> None:
    cohort = stored(desk)
    session = session_on(cohort, date(2026, 9, 9))
    dialog = open_dialog(qtbot, MoveSessionDialog(desk, session))
    ui = dialog.ui
    type_into(qtbot, ui.startsEdit, "14:00")
    type_into(qtbot, ui.roomEdit, " " + "x" * 120)
    typed = dialog.typed()
    save(qtbot, dialog)
    assert dialog.isVisible() and dialog.saved_session is None
    assert ui.timeError.text() == "A session from 14:00 must end after it starts, not at 12:00."
    assert ui.endsEdit.property("invalid") is True
    assert ui.roomError.text() == "This text is 134 characters long; the limit is 100."
    assert dialog.typed() == typed
    assert session_on(cohorts.get_cohort(desk.db, desk.actor, cohort.id), session.day) == session


def test_moving_nowhere_is_refused_at_the_day(qtbot: QtBot, desk: AppContext) -> None:
    cohort = stored(desk)
    dialog = open_dialog(qtbot, MoveSessionDialog(desk, cohort.sessions[0]))
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.ui.dayError.text() == "Choose another day, time or room to move it to."


# --- cancelling ----------------------------------------------------------------------------


def test_cancelling_needs_a_reason(qtbot: QtBot, desk: AppContext) -> None:
    cohort = stored(desk)
    session = session_on(cohort, date(2026, 9, 14))
    dialog = open_dialog(qtbot, CancelSessionDialog(desk, session))
    ui = dialog.ui
    assert dialog.windowTitle() == "Cancel a session"
    assert not ui.dayEdit.isVisible() and not ui.roomEdit.isVisible()
    assert dialog.save_button.text() == "Cancel the session"
    assert dialog.close_button.text() == "Keep it"
    assert QApplication.focusWidget() is ui.reasonEdit
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert ui.reasonError.text() == "Enter the reason; it is kept with the session."
    assert ui.reasonEdit.property("invalid") is True
    assert not next(s for s in sessions(desk, cohort) if s.id == session.id).cancelled

    type_into(qtbot, ui.reasonEdit, "Banjir di desa")
    with qtbot.waitSignal(dialog.accepted):
        save(qtbot, dialog)
    cancelled = next(s for s in sessions(desk, cohort) if s.id == session.id)
    assert cancelled.cancelled and cancelled.reason == "Banjir di desa"
    assert dialog.warnings == [] and dialog.saved_session == cancelled

    # The same session again, from a list not yet refreshed: said calmly.
    again = open_dialog(qtbot, CancelSessionDialog(desk, session))
    type_into(qtbot, again.ui.reasonEdit, "Banjir")
    save(qtbot, again)
    assert again.isVisible() and again.ui.formError.text() == "This session is already cancelled."


def test_a_clerk_cannot_cancel_a_session(
    qtbot: QtBot, desk: AppContext, clerk_context: AppContext
) -> None:
    cohort = stored(desk)
    dialog = open_dialog(qtbot, CancelSessionDialog(clerk_context, cohort.sessions[0]))
    type_into(qtbot, dialog.ui.reasonEdit, "Libur")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.ui.formError.text() == "You are not allowed to do this. Ask an administrator."
    assert dialog.ui.reasonEdit.text() == "Libur"


# --- make-up sessions ----------------------------------------------------------------------


def test_a_make_up_session_is_added(qtbot: QtBot, desk: AppContext) -> None:
    cohort = stored(
        desk,
        slots=(Slot(MON, time(13), time(16)), Slot(WED, time(13), time(16))),
    )
    dialog = open_dialog(qtbot, MakeupSessionDialog(desk, cohort))
    ui = dialog.ui
    assert dialog.windowTitle() == "Add a make-up session"
    assert ui.summaryLabel.text() == (
        "A make-up session for cohort JHT-2026-01 (7 September 2026 to 30 September 2026)."
    )
    _day, starts, ends, room, reason = dialog.typed()
    assert (starts, ends, room, reason) == (time(13), time(16), "Ruang Jahit 9", "")
    type_into(qtbot, ui.dayEdit, "11/09/2026")
    type_into(qtbot, ui.reasonEdit, "Pengganti 7 September")
    with qtbot.waitSignal(dialog.accepted):
        save(qtbot, dialog)
    added = [s for s in sessions(desk, cohort) if s.kind is SessionKind.MAKEUP]
    assert [(s.day, s.starts, s.ends, s.room, s.reason) for s in added] == [
        (date(2026, 9, 11), time(13), time(16), "Ruang Jahit 9", "Pengganti 7 September")
    ]
    assert dialog.saved_session == added[0]


def test_a_make_up_session_in_a_room_taken_is_said(qtbot: QtBot, desk: AppContext) -> None:
    other = stored(desk, room="Aula", slots=(Slot(FRI, time(8), time(12)),))
    cohort = stored(desk)
    dialog = open_dialog(qtbot, MakeupSessionDialog(desk, cohort))
    ui = dialog.ui
    type_into(qtbot, ui.dayEdit, "11/09/2026")
    ui.roomEdit.clear()
    type_into(qtbot, ui.roomEdit, "Aula")
    save(qtbot, dialog)
    assert dialog.isVisible() and [w.field for w in dialog.warnings] == ["room"]
    assert ui.warningsLabel.text().splitlines()[1] == (
        f"• Room Aula is also used by cohort {other.code} on 11 September 2026 from 08:00 to "
        "12:00 (clashing sessions: 1)."
    )
    with qtbot.waitSignal(dialog.accepted):
        dialog.reject()  # Escape or Close: the session is saved, the page hears it


# --- names and looks -----------------------------------------------------------------------


def test_every_control_is_named_and_labelled(qtbot: QtBot, desk: AppContext) -> None:
    cohort = stored(desk)
    for dialog in (
        MoveSessionDialog(desk, cohort.sessions[0]),
        CancelSessionDialog(desk, cohort.sessions[0]),
        MakeupSessionDialog(desk, cohort),
    ):
        open_dialog(qtbot, dialog)
        assert not _unnamed(dialog), _unnamed(dialog)
        assert not _labels_without_buddy(dialog), _labels_without_buddy(dialog)
        dialog.reject()


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large-text"])
def test_screenshots(qtbot: QtBot, desk: AppContext, tmp_path: Path, large: bool) -> None:
    """The three dialogs as a desk shows them (PELITA_SHOTS=/some/folder keeps them)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = app.font(), app.styleSheet()
    apply_style(app, large)
    folder = Path(os.environ.get("PELITA_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    suffix = "-large" if large else ""
    try:
        cohort = stored(desk, start_date=date(2026, 8, 3), end_date=date(2026, 8, 28))
        move = open_dialog(qtbot, MoveSessionDialog(desk, session_on(cohort, date(2026, 8, 12))))
        type_into(qtbot, move.ui.dayEdit, "17/08/2026")
        type_into(qtbot, move.ui.reasonEdit, "Instruktur pelatihan di Bandung")
        assert move.grab().save(str(folder / f"session-move{suffix}.png"))
        save(qtbot, move)
        qtbot.wait(20)  # the layout settles on the next turn of the loop
        assert move.grab().save(str(folder / f"session-move-warnings{suffix}.png"))
        move.reject()
        cancel = open_dialog(qtbot, CancelSessionDialog(desk, cohort.sessions[0]))
        save(qtbot, cancel)
        qtbot.wait(20)
        assert cancel.grab().save(str(folder / f"session-cancel-error{suffix}.png"))
        cancel.reject()
        makeup = open_dialog(qtbot, MakeupSessionDialog(desk, cohort))
        type_into(qtbot, makeup.ui.startsEdit, "14:00")
        save(qtbot, makeup)
        qtbot.wait(20)
        assert makeup.grab().save(str(folder / f"session-makeup-error{suffix}.png"))
        makeup.reject()
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)
