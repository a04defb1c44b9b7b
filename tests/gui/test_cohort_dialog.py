"""The cohort form, driven as an admin would: typing and clicking in the real dialog over a real
demo database, every call on the worker and the tests waiting for it, never for a fixed time.
The desk's clock stands at 5 January 2026, so the cohorts below all lie ahead."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QDateTimeEdit,
    QDialogButtonBox,
    QListWidget,
    QTimeEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from desktop.domain.cohort import CohortInput, Funding, Slot
from desktop.domain.roles import Role
from desktop.domain.sponsor import SponsorKind
from desktop.gui.app_context import AppContext
from desktop.gui.cohort_dialog import CohortDialog
from desktop.gui.cohort_schedule_editor import ScheduleRow
from desktop.gui.style import apply_style
from desktop.services import accounts, cohorts, sponsors
from desktop.services.cohort_people import list_programme_choices
from desktop.services.cohort_rows import CohortDetail
from tests.gui.test_accessibility import _labels_without_buddy, _unnamed

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)
NOW = datetime(2026, 1, 5, 2, 0, tzinfo=UTC)  # a Monday, before every cohort below


# --- the desk ------------------------------------------------------------------------------


def settle(qtbot: QtBot, context: AppContext) -> None:
    qtbot.waitUntil(lambda: context.runner.idle)


@pytest.fixture
def desk(admin_context: AppContext) -> AppContext:
    admin_context.db.clock = lambda: NOW
    return admin_context


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


def programme_id(context: AppContext, code: str) -> int:
    return next(p.id for p in list_programme_choices(context.db, context.actor) if p.code == code)


def open_dialog(
    qtbot: QtBot,
    context: AppContext,
    cohort: CohortDetail | None = None,
    programme: int | None = None,
) -> CohortDialog:
    dialog = CohortDialog(context, cohort, None, programme)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    settle(qtbot, context)  # the lists to choose from are read on the worker
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    if isinstance(widget, QDateTimeEdit):  # as Tab leaves it: the first part selected
        widget.setSelectedSection(widget.sectionAt(0))
    elif isinstance(widget, QAbstractSpinBox):
        widget.selectAll()
    qtbot.keyClicks(widget, text)


def set_row(qtbot: QtBot, row: ScheduleRow, weekday: int, starts: str, ends: str) -> None:
    row.day.setFocus()
    row.day.setCurrentIndex(weekday)
    type_into(qtbot, row.starts, starts)
    type_into(qtbot, row.ends, ends)


def tick(qtbot: QtBot, target: QListWidget, text: str) -> None:
    """Space on the entry, as at the desk."""
    row = next(i for i in range(target.count()) if target.item(i).text() == text)
    target.setFocus()
    target.setCurrentRow(row)
    qtbot.keyClick(target, Qt.Key.Key_Space)


def ticked(target: QListWidget) -> list[str]:
    return [
        target.item(i).text()
        for i in range(target.count())
        if target.item(i).checkState() == Qt.CheckState.Checked
    ]


def save(qtbot: QtBot, dialog: CohortDialog) -> None:
    click(qtbot, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    settle(qtbot, dialog.context)


def closed(dialog: CohortDialog) -> bool:
    return not isValid(dialog) or not dialog.isVisible()


def fill_valid(qtbot: QtBot, dialog: CohortDialog, room: str = "Ruang Uji 1") -> None:
    """A cohort that saves without a warning: September 2026 has no public holiday."""
    ui = dialog.ui
    ui.programmeCombo.setCurrentIndex(
        ui.programmeCombo.findData(programme_id(dialog.context, "KLN"))
    )
    type_into(qtbot, ui.startDateEdit, "07/09/2026")
    type_into(qtbot, ui.endDateEdit, "30/09/2026")
    type_into(qtbot, ui.roomEdit, room)
    type_into(qtbot, ui.branchEdit, "Cibeber")
    ui.fundingCombo.setCurrentIndex(ui.fundingCombo.findData(Funding.APBD.value))


def sponsor_id(context: AppContext, name: str) -> int:
    return sponsors.create_sponsor(context.db, context.actor, name, SponsorKind.COMPANY).id


def stored(context: AppContext, **changes: object) -> CohortDetail:
    """A cohort saved through the service, as another desk would."""
    values: dict[str, object] = {
        "programme_id": programme_id(context, "JHT"),
        "start_date": date(2026, 9, 7),
        "end_date": date(2026, 9, 30),
        "slots": (Slot(MON, time(8), time(12)), Slot(WED, time(8), time(12))),
        "room": "Ruang Jahit 9",
        "branch": "Cibeber",
        "capacity": 16,
        "funding": Funding.APBN,
        **changes,
    }
    saved = cohorts.create_cohort(context.db, context.actor, CohortInput(**values))  # type: ignore[arg-type]
    return saved.cohort


# --- creating ------------------------------------------------------------------------------


def test_admin_creates_a_cohort_and_reads_it_back(
    qtbot: QtBot, desk: AppContext, teacher: int
) -> None:
    sponsor = sponsor_id(desk, "CV Kain Priangan")
    dialog = open_dialog(qtbot, desk)
    ui = dialog.ui
    assert dialog.windowTitle() == "New cohort"
    assert ui.codeValue.text() == "Given when saved, such as JHT-2026-01."
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ui.programmeCombo)
    ui.programmeCombo.setCurrentIndex(ui.programmeCombo.findData(programme_id(desk, "JHT")))
    assert ui.capacitySpin.value() == 20  # the programme's usual capacity
    assert ui.capacityHint.text() == "The programme's usual capacity is 20."
    type_into(qtbot, ui.startDateEdit, "03/08/2026")
    type_into(qtbot, ui.endDateEdit, "28/08/2026")
    # The form starts with Monday to Friday mornings: keep Monday, Wednesday and Friday.
    editor = ui.scheduleEditor
    assert [slot.weekday for slot in editor.slots()] == [MON, TUE, WED, THU, FRI]
    click(qtbot, editor.rows[3].remove)  # Thursday
    click(qtbot, editor.rows[1].remove)  # Tuesday
    set_row(qtbot, editor.rows[2], FRI, "13:00", "16:00")
    assert editor.slots() == (
        Slot(MON, time(8), time(12)),
        Slot(WED, time(8), time(12)),
        Slot(FRI, time(13), time(16)),
    )
    assert ui.previewLabel.text().startswith(
        "11 sessions; 1 public holiday skipped (17 August 2026: "
    )
    type_into(qtbot, ui.roomEdit, "Ruang Jahit 2")
    type_into(qtbot, ui.branchEdit, "Cibeber")
    type_into(qtbot, ui.capacitySpin, "18")
    ui.fundingCombo.setCurrentIndex(ui.fundingCombo.findData(Funding.SPONSOR.value))
    tick(qtbot, ui.instructorsList, "Siti Aminah")
    tick(qtbot, ui.sponsorsList, "CV Kain Priangan")
    save(qtbot, dialog)

    # Saved, with the holiday to check: said in the form before it closes.
    assert dialog.saved_id is not None and dialog.saved_code == "JHT-2026-01"
    assert dialog.isVisible() and ui.savedFrame.isVisible()
    assert ui.savedLabel.text() == "Saved as JHT-2026-01. Please check:"
    assert [w.field for w in dialog.warnings] == ["schedule"]
    assert ui.warningsLabel.text().startswith("• No session on 17 August 2026, a public holiday")
    assert dialog.windowTitle() == "Cohort JHT-2026-01"
    close = ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
    assert close.text() == "Close"
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, close)

    detail = cohorts.get_cohort(desk.db, desk.actor, dialog.saved_id)
    assert (detail.code, detail.programme_code) == ("JHT-2026-01", "JHT")
    assert (detail.start_date, detail.end_date) == (date(2026, 8, 3), date(2026, 8, 28))
    assert detail.slots == editor.slots()
    assert (detail.room, detail.branch, detail.capacity) == ("Ruang Jahit 2", "Cibeber", 18)
    assert detail.funding is Funding.SPONSOR
    assert [i.user_id for i in detail.instructors] == [teacher]
    assert [s.sponsor_id for s in detail.sponsors] == [sponsor]
    days = [s.day for s in detail.sessions]
    assert len(days) == 11 and date(2026, 8, 17) not in days
    assert date(2026, 8, 3) in days and date(2026, 8, 28) in days


def test_a_cohort_without_warnings_closes_at_once(
    qtbot: QtBot, desk: AppContext, teacher: int
) -> None:
    dialog = open_dialog(qtbot, desk)
    fill_valid(qtbot, dialog)
    tick(qtbot, dialog.ui.instructorsList, "Siti Aminah")
    assert dialog.ui.capacitySpin.value() == 20
    with qtbot.waitSignal(dialog.accepted):
        save(qtbot, dialog)
    assert closed(dialog)
    assert dialog.warnings == [] and dialog.saved_code == "KLN-2026-01"
    detail = cohorts.get_cohort(desk.db, desk.actor, dialog.saved_id or 0)
    assert len(detail.sessions) == 18  # Monday to Friday, 7 to 30 September


def test_a_programme_given_is_chosen_and_its_capacity_follows_until_one_is_typed(
    qtbot: QtBot, desk: AppContext
) -> None:
    dialog = open_dialog(qtbot, desk, programme=programme_id(desk, "TIK"))
    ui = dialog.ui
    assert ui.programmeCombo.currentData() == programme_id(desk, "TIK")
    assert ui.programmeCombo.isEnabled()
    type_into(qtbot, ui.capacitySpin, "12")
    ui.programmeCombo.setCurrentIndex(ui.programmeCombo.findData(programme_id(desk, "JHT")))
    assert ui.capacitySpin.value() == 12  # typed: kept


# --- editing -------------------------------------------------------------------------------


def test_editing_shows_the_stored_cohort_and_saves_a_change(
    qtbot: QtBot, desk: AppContext, teacher: int
) -> None:
    sponsor = sponsor_id(desk, "CV Kain Priangan")
    cohort = stored(desk, instructor_ids=(teacher,), sponsor_ids=(sponsor,))
    dialog = open_dialog(qtbot, desk, cohort)
    ui = dialog.ui
    assert dialog.windowTitle() == "Cohort JHT-2026-01"
    assert ui.codeValue.text() == "JHT-2026-01"
    assert not ui.programmeCombo.isEnabled()
    assert ui.programmeCombo.currentText() == "Menjahit Pakaian Dasar (JHT)"
    assert ui.startDateEdit.text() == "07/09/2026" and ui.endDateEdit.text() == "30/09/2026"
    assert ui.scheduleEditor.slots() == cohort.slots
    assert (ui.roomEdit.text(), ui.branchEdit.text(), ui.capacitySpin.value()) == (
        "Ruang Jahit 9",
        "Cibeber",
        16,
    )
    assert ui.fundingCombo.currentData() == Funding.APBN.value
    assert ticked(ui.instructorsList) == ["Siti Aminah"]
    assert ticked(ui.sponsorsList) == ["CV Kain Priangan"]
    assert not dialog.is_dirty()
    ui.roomEdit.clear()
    type_into(qtbot, ui.roomEdit, "Ruang Jahit 3")
    assert dialog.is_dirty()
    with qtbot.waitSignal(dialog.accepted):
        save(qtbot, dialog)
    again = cohorts.get_cohort(desk.db, desk.actor, cohort.id)
    assert again.room == "Ruang Jahit 3" and again.version == cohort.version + 1
    assert again.capacity == 16 and [i.user_id for i in again.instructors] == [teacher]


def test_a_disabled_instructor_of_the_cohort_is_still_shown(
    qtbot: QtBot, desk: AppContext, teacher: int
) -> None:
    cohort = stored(desk, instructor_ids=(teacher,))
    accounts.set_active(desk.db, desk.actor, teacher, False)
    dialog = open_dialog(qtbot, desk, cohort)
    assert ticked(dialog.ui.instructorsList) == [
        "Siti Aminah (may not teach: account disabled or not an instructor)"
    ]
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.ui.instructorsError.text() == (
        "The account of Siti Aminah is disabled; choose another instructor."
    )


def test_an_edit_conflict_keeps_the_form_and_says_what_changed(
    qtbot: QtBot, desk: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    cohort = stored(desk)
    dialog = open_dialog(qtbot, desk, cohort)
    ui = dialog.ui
    type_into(qtbot, ui.capacitySpin, "12")
    # Meanwhile another desk moves the cohort to another room and branch.
    theirs = CohortInput(
        programme_id=cohort.programme_id,
        start_date=cohort.start_date,
        end_date=cohort.end_date,
        slots=cohort.slots,
        room="Aula",
        branch="Sukamaju",
        capacity=cohort.capacity,
        funding=cohort.funding,
    )
    cohorts.update_cohort(desk.db, desk.actor, cohort.id, cohort.version, theirs)
    save(qtbot, dialog)

    assert dialog.isVisible()
    assert ui.formError.text() == (
        "admin changed this cohort while you were editing it (branch, room). Your changes are "
        "still here and were not saved: reload the saved cohort to see theirs, then make "
        "yours again."
    )
    assert ui.capacitySpin.value() == 12 and ui.reloadButton.isVisible()
    assert cohorts.get_cohort(desk.db, desk.actor, cohort.id).capacity == 16

    monkeypatch.setattr("desktop.gui.cohort_dialog.ask", lambda *args: True)
    click(qtbot, ui.reloadButton)
    settle(qtbot, desk)
    assert (ui.roomEdit.text(), ui.capacitySpin.value()) == ("Aula", 16)
    assert not ui.reloadButton.isVisible() and not ui.formError.isVisible()
    type_into(qtbot, ui.capacitySpin, "12")
    with qtbot.waitSignal(dialog.accepted):
        save(qtbot, dialog)
    assert cohorts.get_cohort(desk.db, desk.actor, cohort.id).capacity == 12


# --- bad input -----------------------------------------------------------------------------


def end_before_start(qtbot: QtBot, dialog: CohortDialog) -> None:
    type_into(qtbot, dialog.ui.endDateEdit, "01/09/2026")


def no_schedule_days(qtbot: QtBot, dialog: CohortDialog) -> None:
    editor = dialog.ui.scheduleEditor
    while editor.rows:
        click(qtbot, editor.rows[0].remove)


def capacity_zero(qtbot: QtBot, dialog: CohortDialog) -> None:
    type_into(qtbot, dialog.ui.capacitySpin, "0")


def capacity_negative(qtbot: QtBot, dialog: CohortDialog) -> None:
    type_into(qtbot, dialog.ui.capacitySpin, "-5")


def starts_after_it_ends(qtbot: QtBot, dialog: CohortDialog) -> None:
    set_row(qtbot, dialog.ui.scheduleEditor.rows[2], WED, "14:00", "12:00")


def room_too_long(qtbot: QtBot, dialog: CohortDialog) -> None:
    dialog.ui.roomEdit.clear()
    type_into(qtbot, dialog.ui.roomEdit, "Ruang " + "x" * 114)


def no_funding(qtbot: QtBot, dialog: CohortDialog) -> None:
    dialog.ui.fundingCombo.setCurrentIndex(0)


BAD_INPUT = [
    (end_before_start, "endError", "endDateEdit", "The end date is before the start date."),
    (
        no_schedule_days,
        "scheduleError",
        "scheduleEditor",
        "Choose at least one day and time in the schedule.",
    ),
    (capacity_zero, "capacityError", "capacitySpin", "The capacity must be at least 1."),
    (capacity_negative, "capacityError", "capacitySpin", "The capacity must be at least 1."),
    (
        starts_after_it_ends,
        "scheduleError",
        "scheduleEditor",
        "A session from 14:00 must end after it starts, not at 12:00.",
    ),
    (
        room_too_long,
        "roomError",
        "roomEdit",
        "This text is 120 characters long; the limit is 100.",
    ),
    (no_funding, "fundingError", "fundingCombo", "Choose the funding source."),
]


@pytest.mark.parametrize(
    ("spoil", "label", "field", "text"), BAD_INPUT, ids=[case[0].__name__ for case in BAD_INPUT]
)
def test_bad_input_is_explained_next_to_its_field_and_nothing_typed_is_lost(
    qtbot: QtBot, desk: AppContext, spoil: object, label: str, field: str, text: str
) -> None:
    dialog = open_dialog(qtbot, desk)
    fill_valid(qtbot, dialog)
    spoil(qtbot, dialog)  # type: ignore[operator]
    typed = dialog.typed()
    save(qtbot, dialog)

    ui = dialog.ui
    assert dialog.isVisible() and dialog.saved_id is None
    error = getattr(ui, label)
    assert error.isVisible() and error.text() == text
    assert getattr(ui, field).property("invalid") is True
    assert not ui.formError.isVisible()
    others = [name for name in dialog.fields if dialog.fields[name][1] is not error]
    assert not any(dialog.fields[name][1].isVisible() for name in others)
    assert dialog.typed() == typed  # nothing typed is lost
    focused = QApplication.focusWidget()
    target = getattr(ui, field)
    assert focused is target or (focused is not None and target.isAncestorOf(focused))
    assert cohorts.list_cohorts(desk.db, desk.actor, programme_id(desk, "KLN")) == []


def test_every_error_at_once_and_fixed_it_saves(qtbot: QtBot, desk: AppContext) -> None:
    dialog = open_dialog(qtbot, desk)
    ui = dialog.ui
    end_before_start(qtbot, dialog)
    capacity_zero(qtbot, dialog)
    save(qtbot, dialog)
    shown = {name for name, (_w, label) in dialog.fields.items() if label.isVisible()}
    assert shown == {"programme", "end_date", "capacity", "funding"}
    assert ui.programmeError.text() == "Choose the programme."
    assert QApplication.focusWidget() is ui.programmeCombo  # the first at fault, in form order
    fill_valid(qtbot, dialog)
    type_into(qtbot, ui.capacitySpin, "15")
    with qtbot.waitSignal(dialog.accepted):
        save(qtbot, dialog)


def test_a_clerk_cannot_save_a_cohort(
    qtbot: QtBot, clerk_context: AppContext, desk: AppContext
) -> None:
    clerk_context.db.clock = lambda: NOW
    dialog = open_dialog(qtbot, clerk_context)
    fill_valid(qtbot, dialog)
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.ui.formError.text() == "You are not allowed to do this. Ask an administrator."
    assert dialog.ui.roomEdit.text() == "Ruang Uji 1"
    assert cohorts.list_cohorts(desk.db, desk.actor, programme_id(desk, "KLN")) == []


# --- warnings ------------------------------------------------------------------------------


def test_a_room_and_an_instructor_booked_twice_are_shown_before_closing(
    qtbot: QtBot, desk: AppContext, teacher: int
) -> None:
    other = stored(desk, room="Ruang Uji 1", instructor_ids=(teacher,))
    dialog = open_dialog(qtbot, desk)
    fill_valid(qtbot, dialog, room="Ruang Uji 1")
    tick(qtbot, dialog.ui.instructorsList, "Siti Aminah")
    save(qtbot, dialog)

    ui = dialog.ui
    assert dialog.isVisible() and dialog.saved_code == "KLN-2026-01"
    assert sorted(w.field for w in dialog.warnings) == ["instructors", "room"]
    lines = ui.warningsLabel.text().splitlines()
    assert len(lines) == 2
    room = f"• Room Ruang Uji 1 is also used by cohort {other.code} on 7 September 2026 from 08:00"
    assert any(line.startswith(room) for line in lines)
    assert any(line.startswith(f"• Siti Aminah also teaches cohort {other.code}") for line in lines)
    # Changed and saved again at once: the form is now the saved cohort's.
    ui.roomEdit.clear()
    type_into(qtbot, ui.roomEdit, "Ruang Uji 2")
    save(qtbot, dialog)
    assert dialog.isVisible() and [w.field for w in dialog.warnings] == ["instructors"]
    assert cohorts.get_cohort(desk.db, desk.actor, dialog.saved_id or 0).room == "Ruang Uji 2"
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # closing a saved form is no loss


def test_sponsor_funding_without_a_sponsor_is_worth_a_second_look(
    qtbot: QtBot, desk: AppContext
) -> None:
    dialog = open_dialog(qtbot, desk)
    fill_valid(qtbot, dialog)
    combo = dialog.ui.fundingCombo
    combo.setCurrentIndex(combo.findData(Funding.SPONSOR.value))
    save(qtbot, dialog)
    assert dialog.isVisible() and dialog.saved_code == "KLN-2026-01"
    assert dialog.ui.warningsLabel.text() == (
        "• The cohort is funded by a sponsor, but no sponsor is chosen."
    )


# --- keyboard, names, looks ----------------------------------------------------------------


def test_the_keyboard_runs_the_form(qtbot: QtBot, desk: AppContext, teacher: int) -> None:
    dialog = open_dialog(qtbot, desk)
    ui = dialog.ui
    editor = ui.scheduleEditor
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ui.programmeCombo)
    qtbot.keyClick(ui.programmeCombo, Qt.Key.Key_Return)  # Enter moves on
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ui.startDateEdit)
    # Alt+A adds a day after the last, at its hours, and puts the focus on it.
    qtbot.keyClick(ui.startDateEdit, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(editor.rows) == 6)  # a mnemonic clicks after a short pause
    assert editor.slots()[-1] == Slot(SAT, time(8), time(12))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.rows[-1].day)
    # Tab runs along the row: day, start, end, Remove; the new row is in the Tab order.
    for widget in (editor.rows[-1].starts, editor.rows[-1].ends, editor.rows[-1].remove):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is widget
    qtbot.keyClick(editor.rows[-1].remove, Qt.Key.Key_Space)  # removed: focus on "Add a day"
    assert len(editor.rows) == 5 and QApplication.focusWidget() is editor.add_button
    qtbot.keyClick(editor.add_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is ui.roomEdit
    tick(qtbot, ui.instructorsList, "Siti Aminah")
    assert ticked(ui.instructorsList) == ["Siti Aminah"]
    fill_valid(qtbot, dialog)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(ui.roomEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_escape_asks_before_throwing_typing_away(
    qtbot: QtBot, desk: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(*args: object) -> bool:
        asked.append(str(args[1]))
        return len(asked) > 1

    monkeypatch.setattr("desktop.gui.cohort_dialog.ask", answer)
    dialog = open_dialog(qtbot, desk)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert closed(dialog) and asked == []  # nothing typed: closes at once
    dialog = open_dialog(qtbot, desk)
    type_into(qtbot, dialog.ui.roomEdit, "Aula")
    qtbot.keyClick(dialog.ui.roomEdit, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.ui.roomEdit.text() == "Aula"
    qtbot.keyClick(dialog.ui.roomEdit, Qt.Key.Key_Escape)
    assert closed(dialog) and asked == ["Discard your changes?"] * 2


def test_dates_are_typed_as_on_paper(qtbot: QtBot, desk: AppContext) -> None:
    dialog = open_dialog(qtbot, desk)
    edit = dialog.ui.endDateEdit
    for before, typed, shown in [
        ("30/11/2026", "31/12/2026", "31/12/2026"),  # a 31st typed over a month of 30 days
        ("10/02/2026", "31/01/2027", "31/01/2027"),  # … and over February
        ("30/11/2026", "29/02/2028", "29/02/2028"),
        ("30/11/2026", "3/8/2026", "03/08/2026"),
        ("30/11/2026", "3-8-2026", "03/08/2026"),
        ("30/11/2026", "03.08.2026", "03/08/2026"),
        ("30/11/2026", "03082026", "03/08/2026"),
    ]:
        edit.setDate(QDate.fromString(before, "dd/MM/yyyy"))
        type_into(qtbot, edit, typed)
        assert edit.text() == shown, typed
    qtbot.keyClick(edit, Qt.Key.Key_Tab)  # on to the next field, not the date's next part
    assert QApplication.focusWidget() is dialog.ui.scheduleEditor.rows[0].day


def test_every_control_is_named_and_labelled(qtbot: QtBot, desk: AppContext, teacher: int) -> None:
    dialog = open_dialog(qtbot, desk)
    assert not _unnamed(dialog), _unnamed(dialog)
    assert not _labels_without_buddy(dialog), _labels_without_buddy(dialog)
    chain: list[QWidget] = []
    widget = dialog.order[0]
    while widget not in chain:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    positions = [chain.index(w) for w in dialog.order if w.isVisibleTo(dialog)]
    assert positions == sorted(positions)
    times = dialog.ui.scheduleEditor.findChildren(QTimeEdit)
    assert [t.accessibleName() for t in times[:2]] == ["Day 1 starts at", "Day 1 ends at"]


def _shots(qtbot: QtBot, context: AppContext, teacher: int, folder: Path, suffix: str) -> None:
    sponsor_id(context, "PT Tekstil Priangan")
    other = stored(context, room="Ruang Jahit 2", instructor_ids=(teacher,))
    dialog = open_dialog(qtbot, context, programme=other.programme_id)
    dialog.resize(dialog.preferred_width(), 720)  # as on a 1366×768 desk
    ui = dialog.ui
    type_into(qtbot, ui.startDateEdit, "03/08/2026")
    type_into(qtbot, ui.endDateEdit, "25/09/2026")
    type_into(qtbot, ui.roomEdit, "Ruang Jahit 2")
    type_into(qtbot, ui.branchEdit, "Cibeber")
    tick(qtbot, ui.instructorsList, "Siti Aminah")
    ui.fundingCombo.setCurrentIndex(ui.fundingCombo.findData(Funding.APBD.value))
    ui.programmeCombo.setFocus()
    bar = ui.scrollArea.verticalScrollBar()
    bar.setValue(0)
    qtbot.wait(20)  # the layout settles on the next turn of the loop
    assert dialog.grab().save(str(folder / f"cohort-dialog{suffix}.png"))
    bar.setValue(bar.maximum())
    qtbot.wait(20)
    assert dialog.grab().save(str(folder / f"cohort-dialog-bottom{suffix}.png"))
    set_row(qtbot, ui.scheduleEditor.rows[1], TUE, "14:00", "12:00")
    type_into(qtbot, ui.capacitySpin, "0")
    save(qtbot, dialog)
    qtbot.wait(20)
    bar.setValue(0)
    qtbot.wait(20)
    assert dialog.grab().save(str(folder / f"cohort-dialog-errors{suffix}.png"))
    set_row(qtbot, ui.scheduleEditor.rows[1], TUE, "08:00", "12:00")
    type_into(qtbot, ui.capacitySpin, "16")
    save(qtbot, dialog)
    qtbot.wait(20)
    assert dialog.isVisible() and dialog.warnings
    assert dialog.grab().save(str(folder / f"cohort-dialog-warnings{suffix}.png"))
    dialog.accept()


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large-text"])
def test_screenshots(
    qtbot: QtBot, desk: AppContext, teacher: int, tmp_path: Path, large: bool
) -> None:
    """The form as a desk shows it, styled, for a person to look at (PELITA_SHOTS=/folder)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = app.font(), app.styleSheet()
    apply_style(app, large)
    folder = Path(os.environ.get("PELITA_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        _shots(qtbot, desk, teacher, folder, "-large" if large else "")
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)
