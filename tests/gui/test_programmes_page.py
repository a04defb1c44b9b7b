"""The Programmes page and the programme form, driven as an admin and a clerk would: clicks and
typing in the real dialog over a real demo database; every call runs on the worker and the
tests wait for it, never for a fixed time."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QSpinBox,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from desktop.domain.choices import Education, TargetGroup
from desktop.domain.programme import MaterialInput, UnitInput
from desktop.domain.programme_rules import Strictness
from desktop.gui.app_context import AppContext
from desktop.gui.main_window import MainWindow
from desktop.gui.programme_dialog import ProgrammeDialog
from desktop.gui.programmes_page import Column, ProgrammesPage
from desktop.gui.style import apply_style
from desktop.services import programme_admin
from desktop.services.programme_admin import ProgrammeRow
from desktop.store.training import Cohort
from tests.gui.test_accessibility import _labels_without_buddy, _unnamed


def settle(qtbot: QtBot, context: AppContext) -> None:
    qtbot.waitUntil(lambda: context.runner.idle)


def open_page(qtbot: QtBot, context: AppContext) -> ProgrammesPage:
    page = ProgrammesPage(context)
    qtbot.addWidget(page)
    page.resize(1000, 560)
    page.show()
    qtbot.waitExposed(page)
    settle(qtbot, page.context)
    return page


@pytest.fixture
def page(qtbot: QtBot, admin_context: AppContext) -> ProgrammesPage:
    return open_page(qtbot, admin_context)


def rows(page: ProgrammesPage) -> list[ProgrammeRow]:
    found = [page.model.row_at(i) for i in range(page.model.rowCount())]
    return [row for row in found if row is not None]


def codes(page: ProgrammesPage) -> list[str]:
    return [row.code for row in rows(page)]


def cell(page: ProgrammesPage, code: str, column: Column) -> str:
    return str(page.model.index(codes(page).index(code), column).data())


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def select(qtbot: QtBot, page: ProgrammesPage, code: str) -> ProgrammeRow:
    table = page.ui.programmesTable
    rect = table.visualRect(page.model.index(codes(page).index(code), Column.NAME))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    selected = page.selected()
    assert selected is not None and selected.code == code
    return selected


def open_dialog(qtbot: QtBot, page: ProgrammesPage, button: QWidget) -> ProgrammeDialog:
    page.dialog = None
    click(qtbot, button)
    settle(qtbot, page.context)  # an edit reads the programme on the worker first
    dialog = page.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def programme_id(page: ProgrammesPage, code: str) -> int:
    return rows(page)[codes(page).index(code)].id


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    if isinstance(widget, QAbstractSpinBox):
        widget.selectAll()
    qtbot.keyClicks(widget, text)


def editor_of(table: QTableWidget) -> QWidget:
    editor = table.indexWidget(table.currentIndex())
    assert editor is not None, "no cell is being edited"
    return editor


def add_row(qtbot: QtBot, table: QTableWidget, button: QWidget, *cells: str) -> None:
    """Add a row with its button and type each cell, Tab moving to the next, as at the desk."""
    click(qtbot, button)
    for column, text in enumerate(cells):
        qtbot.waitUntil(lambda c=column: table.currentColumn() == c)  # type: ignore[misc]
        editor = editor_of(table)
        if isinstance(editor, QAbstractSpinBox):
            editor.selectAll()
        qtbot.keyClicks(editor, text)
        key = Qt.Key.Key_Tab if column < len(cells) - 1 else Qt.Key.Key_Return
        qtbot.keyClick(editor, key)
    qtbot.waitUntil(lambda: table.state() != QTableWidget.State.EditingState)


def fill_new(qtbot: QtBot, dialog: ProgrammeDialog, hours: str = "60") -> None:
    ui = dialog.ui
    type_into(qtbot, ui.codeEdit, "tnn")
    type_into(qtbot, ui.nameEdit, "Tenun Ikat Tradisional")
    type_into(qtbot, ui.skillAreaEdit, "Tenun")
    type_into(qtbot, ui.hoursSpin, hours)


def save(qtbot: QtBot, dialog: ProgrammeDialog) -> None:
    click(qtbot, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    settle(qtbot, dialog.context)


def closed(dialog: ProgrammeDialog) -> bool:
    return not isValid(dialog) or not dialog.isVisible()  # deleted on close


def decimal_text(text: str) -> str:
    return text.replace(".", QLocale().decimalPoint())


def add_cohort(context: AppContext, programme: int) -> None:
    with context.db.sessions.begin() as session:
        session.add(
            Cohort(
                programme_id=programme,
                code="JHT-2026-01",
                year=2026,
                sequence=1,
                start_date=date(2026, 12, 1),
                end_date=date(2026, 12, 20),
                capacity=16,
                funding="apbd",
                status="planned",
            )
        )


# --- the list ------------------------------------------------------------------------------


def test_lists_the_demo_programmes_by_name(page: ProgrammesPage) -> None:
    assert len(rows(page)) == 7
    names = [row.name for row in rows(page)]
    assert names == sorted(names)
    assert cell(page, "JHT", Column.NAME) == "Menjahit Pakaian Dasar"
    assert cell(page, "JHT", Column.HOURS) == "120"
    assert cell(page, "JHT", Column.COHORTS) == "0"
    assert cell(page, "JHT", Column.STATUS) == "Active"
    assert page.ui.countLabel.text() == "7 programmes"
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == ["Code", "Name", "Skill area", "Hours (JP)", "Cohorts", "Status"]


def test_buttons_follow_the_selection(qtbot: QtBot, page: ProgrammesPage) -> None:
    ui = page.ui
    assert ui.newButton.isVisible() and ui.newButton.isEnabled()
    assert not ui.editButton.isEnabled() and not ui.deleteButton.isEnabled()
    select(qtbot, page, "JHT")
    assert ui.editButton.isEnabled() and ui.deleteButton.isEnabled()
    assert ui.archiveButton.text() == "Arc&hive"


def test_a_clerk_sees_the_list_but_no_buttons_to_change_it(
    qtbot: QtBot, clerk_context: AppContext
) -> None:
    page = open_page(qtbot, clerk_context)
    assert len(rows(page)) == 7
    ui = page.ui
    for button in (ui.newButton, ui.editButton, ui.archiveButton, ui.deleteButton):
        assert not button.isVisibleTo(page), button.objectName()
    select(qtbot, page, "JHT")
    qtbot.keyClick(ui.programmesTable, Qt.Key.Key_Return)  # Enter on a row opens nothing
    settle(qtbot, clerk_context)
    assert page.dialog is None
    assert not ui.statusLabel.isVisible()


def test_every_role_finds_programmes_in_the_navigation(
    qtbot: QtBot, clerk_context: AppContext, instructor_context: AppContext
) -> None:
    for context in (clerk_context, instructor_context):
        window = MainWindow(context)
        qtbot.addWidget(window)
        assert "Programmes" in window.page_titles
        assert window.page(ProgrammesPage) is not None
        settle(qtbot, context)


# --- new programme -------------------------------------------------------------------------


def test_admin_creates_a_programme_with_two_units_and_a_material(
    qtbot: QtBot, page: ProgrammesPage
) -> None:
    dialog = open_dialog(qtbot, page, page.ui.newButton)
    ui = dialog.ui
    assert dialog.windowTitle() == "New programme"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ui.codeEdit)
    fill_new(qtbot, dialog)
    type_into(qtbot, ui.descriptionEdit, "Menenun kain ikat dengan alat tenun bukan mesin.")
    add_row(qtbot, ui.unitsTable, ui.addUnitButton, "TNN.01", "Menyiapkan benang", "20")
    add_row(qtbot, ui.unitsTable, ui.addUnitButton, "TNN.02", "Menenun kain", "30")
    assert ui.unitsTotalLabel.text() == "The units add up to 50 of the programme's 60 JP."
    add_row(
        qtbot,
        ui.materialsTable,
        ui.addMaterialButton,
        "Benang katun",
        "gulung",
        decimal_text("1.5"),
    )
    ui.educationCombo.set_value(Education.SMP)
    ui.targetChecks.box(TargetGroup.HOUSEWIFE).setChecked(True)
    ui.postScoreCheck.setChecked(True)
    save(qtbot, dialog)

    qtbot.waitUntil(lambda: closed(dialog))
    settle(qtbot, page.context)
    assert "TNN" in codes(page)
    assert page.selected() is not None and page.selected().code == "TNN"  # type: ignore[union-attr]
    assert page.ui.statusLabel.text() == "Saved the programme Tenun Ikat Tradisional."
    assert cell(page, "TNN", Column.HOURS) == "60"
    detail = programme_admin.get_programme(
        page.context.db, page.context.actor, programme_id(page, "TNN")
    )
    assert detail.units == (
        UnitInput("TNN.01", "Menyiapkan benang", 20),
        UnitInput("TNN.02", "Menenun kain", 30),
    )
    assert detail.materials == (MaterialInput("Benang katun", "gulung", Decimal("1.500")),)
    assert detail.description == "Menenun kain ikat dengan alat tenun bukan mesin."
    assert detail.eligibility.min_education is Education.SMP
    assert detail.eligibility.target_groups == frozenset({TargetGroup.HOUSEWIFE})
    assert detail.eligibility.min_age is None and detail.eligibility.max_age is None
    assert detail.completion.min_post_score == 70
    assert (detail.minutes_per_jp, detail.default_capacity) == (45, 20)


def test_errors_stand_next_to_their_fields_and_nothing_typed_is_lost(
    qtbot: QtBot, page: ProgrammesPage
) -> None:
    dialog = open_dialog(qtbot, page, page.ui.newButton)
    ui = dialog.ui
    fill_new(qtbot, dialog, hours="10")
    type_into(qtbot, ui.capacitySpin, "0")
    add_row(qtbot, ui.unitsTable, ui.addUnitButton, "TNN.01", "Menyiapkan benang", "8")
    add_row(qtbot, ui.unitsTable, ui.addUnitButton, "TNN.02", "Menenun kain", "5")
    assert ui.unitsTotalLabel.property("role") == "error"  # 13 of 10, before saving
    save(qtbot, dialog)

    assert dialog.isVisible()
    assert ui.capacityError.isVisible()
    assert ui.capacityError.text() == "The default capacity must be at least 1 participant."
    assert ui.capacitySpin.property("invalid") is True
    assert ui.unitsError.isVisible()
    assert ui.unitsError.text().startswith("The units add up to 13 JP, more than the programme's")
    assert ui.unitsTable.property("invalid") is True
    assert not ui.unitsTotalLabel.isVisible()  # the error says the total already
    assert not ui.codeError.isVisible() and not ui.formError.isVisible()
    # The first field at fault, in the form's order, has the focus.
    assert QApplication.focusWidget() is ui.capacitySpin
    # Everything typed is still there.
    assert ui.codeEdit.text() == "tnn"
    assert ui.nameEdit.text() == "Tenun Ikat Tradisional"
    assert (ui.hoursSpin.value(), ui.capacitySpin.value()) == (10, 0)
    assert [unit.hours_jp for unit in dialog.typed().units] == [8, 5]

    # Fixed, it saves.
    type_into(qtbot, ui.capacitySpin, "16")
    type_into(qtbot, ui.hoursSpin, "13")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: closed(dialog))
    settle(qtbot, page.context)
    assert "TNN" in codes(page)


def test_a_unit_error_selects_its_row(qtbot: QtBot, page: ProgrammesPage) -> None:
    dialog = open_dialog(qtbot, page, page.ui.newButton)
    ui = dialog.ui
    fill_new(qtbot, dialog)
    add_row(qtbot, ui.unitsTable, ui.addUnitButton, "TNN.01", "Menyiapkan benang", "8")
    add_row(qtbot, ui.unitsTable, ui.addUnitButton, "TNN.01", "Menenun kain", "5")
    ui.unitsTable.setCurrentCell(0, 1)
    save(qtbot, dialog)
    assert ui.unitsError.text().startswith("Unit 2:")
    assert ui.unitsTable.currentRow() == 1
    assert QApplication.focusWidget() is ui.unitsTable


def test_a_taken_code_is_shown_at_the_code(qtbot: QtBot, page: ProgrammesPage) -> None:
    dialog = open_dialog(qtbot, page, page.ui.newButton)
    ui = dialog.ui
    type_into(qtbot, ui.codeEdit, "JHT")
    type_into(qtbot, ui.nameEdit, "Menjahit Lanjutan")
    type_into(qtbot, ui.skillAreaEdit, "Menjahit")
    type_into(qtbot, ui.hoursSpin, "40")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert ui.codeError.text() == (
        "The code JHT is already used by the programme Menjahit Pakaian Dasar. Choose another code."
    )


def test_rows_move_up_and_down_and_are_removed(qtbot: QtBot, page: ProgrammesPage) -> None:
    dialog = open_dialog(qtbot, page, page.ui.newButton)
    ui = dialog.ui
    for number in (1, 2, 3):
        add_row(qtbot, ui.unitsTable, ui.addUnitButton, f"U{number}", f"Unit {number}", "4")
    assert ui.unitsTotalLabel.text() == "The units add up to 12 of the programme's 0 JP."
    ui.unitsTable.setCurrentCell(2, 1)
    click(qtbot, ui.unitUpButton)
    assert [u.code for u in dialog.typed().units] == ["U1", "U3", "U2"]
    assert (ui.unitsTable.currentRow(), ui.unitsTable.currentColumn()) == (1, 1)
    qtbot.keyClick(ui.unitsTable, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [u.code for u in dialog.typed().units] == ["U3", "U1", "U2"]
    assert not ui.unitUpButton.isEnabled()
    qtbot.keyClick(ui.unitsTable, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [u.code for u in dialog.typed().units] == ["U1", "U3", "U2"]
    click(qtbot, ui.removeUnitButton)
    assert [u.code for u in dialog.typed().units] == ["U1", "U2"]
    assert ui.unitsTotalLabel.text() == "The units add up to 8 of the programme's 0 JP."


def test_enter_moves_on_and_ctrl_s_saves(qtbot: QtBot, page: ProgrammesPage) -> None:
    dialog = open_dialog(qtbot, page, page.ui.newButton)
    ui = dialog.ui
    qtbot.keyClicks(ui.codeEdit, "tnn")
    qtbot.keyClick(ui.codeEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ui.nameEdit)
    assert dialog.isVisible()
    qtbot.keyClicks(ui.nameEdit, "Tenun")
    qtbot.keyClick(ui.nameEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ui.skillAreaEdit)
    qtbot.keyClicks(ui.skillAreaEdit, "Tenun")
    qtbot.keyClick(ui.skillAreaEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, page.context)
    assert dialog.isVisible()  # no hours yet
    assert ui.hoursError.text() == "The programme's total hours must be between 1 and 2000 JP."
    assert QApplication.focusWidget() is ui.hoursSpin
    qtbot.keyClicks(ui.hoursSpin, "24")
    qtbot.keyClick(ui.hoursSpin, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: closed(dialog))


def test_ctrl_s_in_a_cell_being_typed_keeps_what_is_typed(
    qtbot: QtBot, page: ProgrammesPage
) -> None:
    dialog = open_dialog(qtbot, page, page.ui.newButton)
    ui = dialog.ui
    fill_new(qtbot, dialog)
    click(qtbot, ui.addUnitButton)
    editor = editor_of(ui.unitsTable)
    qtbot.keyClicks(editor, "TNN.01")
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # no Enter first
    settle(qtbot, page.context)
    assert dialog.isVisible()
    assert ui.unitsError.text().startswith("Unit 1: enter its title.")
    assert dialog.typed().units == (UnitInput("TNN.01", "", 0),)


def test_escape_asks_before_throwing_typing_away(
    qtbot: QtBot, page: ProgrammesPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(*args: object) -> bool:
        asked.append(str(args[1]))
        return len(asked) > 1  # keep editing the first time, discard the second

    monkeypatch.setattr("desktop.gui.programme_dialog.ask", answer)
    dialog = open_dialog(qtbot, page, page.ui.newButton)
    type_into(qtbot, dialog.ui.nameEdit, "Tenun")
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.ui.nameEdit.text() == "Tenun"
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Escape)
    assert closed(dialog)
    assert asked == ["Discard your changes?", "Discard your changes?"]


# --- editing -------------------------------------------------------------------------------


def test_editing_shows_the_stored_programme(qtbot: QtBot, page: ProgrammesPage) -> None:
    ctx = page.context
    pid = programme_id(page, "JHT")
    stored = programme_admin.get_programme(ctx.db, ctx.actor, pid)
    changed = replace(
        stored.as_input(),
        units=(UnitInput("JHT.01", "Mengukur badan", 40),),
        materials=(MaterialInput("Kain katun", "meter", Decimal("2.25")),),
        eligibility=replace(stored.eligibility, min_age=17, max_age=45, age=Strictness.WARN),
    )
    programme_admin.update_programme(ctx.db, ctx.actor, pid, stored.version, changed)
    select(qtbot, page, "JHT")
    dialog = open_dialog(qtbot, page, page.ui.editButton)
    ui = dialog.ui
    assert dialog.windowTitle() == "Programme: Menjahit Pakaian Dasar"
    assert ui.codeEdit.text() == "JHT" and ui.hoursSpin.value() == 120
    assert ui.unitsTable.rowCount() == 1 and ui.unitsTable.item(0, 1).text() == "Mengukur badan"
    assert ui.materialsTable.item(0, 2).data(Qt.ItemDataRole.EditRole) == "2.25"
    assert (ui.minAgeSpin.value(), ui.maxAgeSpin.value()) == (17, 45)
    assert ui.ageStrictCombo.currentData() == "warn"
    assert dialog.typed() == changed
    assert not dialog.is_dirty()


def test_an_edit_conflict_keeps_the_dialog_open_and_says_what_changed(
    qtbot: QtBot, page: ProgrammesPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = page.context
    select(qtbot, page, "JHT")
    dialog = open_dialog(qtbot, page, page.ui.editButton)
    ui = dialog.ui
    ui.nameEdit.clear()
    type_into(qtbot, ui.nameEdit, "Menjahit Busana Muslim")
    # Meanwhile, another desk changes the skill area and the units.
    pid = programme_id(page, "JHT")
    theirs = programme_admin.get_programme(ctx.db, ctx.actor, pid)
    programme_admin.update_programme(
        ctx.db,
        ctx.actor,
        pid,
        theirs.version,
        replace(
            theirs.as_input(),
            skill_area="Menjahit busana",
            units=(UnitInput("JHT.01", "Mengukur badan", 40),),
        ),
    )
    save(qtbot, dialog)

    assert dialog.isVisible()
    assert ui.formError.isVisible()
    assert ui.formError.text() == (
        "admin changed this programme while you were editing it (skill area, competency units). "
        "Your changes are still here and were not saved: reload the saved programme to see "
        "theirs, then make yours again."
    )
    assert ui.nameEdit.text() == "Menjahit Busana Muslim"
    assert ui.reloadButton.isVisible()
    stored = programme_admin.get_programme(ctx.db, ctx.actor, pid)
    assert stored.name == "Menjahit Pakaian Dasar"  # nothing of mine was saved

    monkeypatch.setattr("desktop.gui.programme_dialog.ask", lambda *args: True)
    click(qtbot, ui.reloadButton)
    settle(qtbot, ctx)
    assert ui.skillAreaEdit.text() == "Menjahit busana"
    assert ui.nameEdit.text() == "Menjahit Pakaian Dasar"
    assert not ui.reloadButton.isVisible() and not ui.formError.isVisible()
    type_into(qtbot, ui.nameEdit, " Lanjutan")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: closed(dialog))
    settle(qtbot, ctx)
    assert cell(page, "JHT", Column.NAME) == "Menjahit Pakaian Dasar Lanjutan"


# --- archive, restore, delete --------------------------------------------------------------


def test_archive_hides_it_and_restore_brings_it_back(qtbot: QtBot, page: ProgrammesPage) -> None:
    ui = page.ui
    select(qtbot, page, "JHT")
    click(qtbot, ui.archiveButton)
    settle(qtbot, page.context)
    assert "JHT" not in codes(page)
    assert ui.statusLabel.text().startswith("Archived the programme Menjahit Pakaian Dasar:")
    ui.archivedCheck.setChecked(True)
    settle(qtbot, page.context)
    assert cell(page, "JHT", Column.STATUS) == "Archived"
    select(qtbot, page, "JHT")
    assert ui.archiveButton.text() == "&Restore"
    click(qtbot, ui.archiveButton)
    settle(qtbot, page.context)
    assert cell(page, "JHT", Column.STATUS) == "Active"
    assert (
        ui.statusLabel.text()
        == "Restored the programme Menjahit Pakaian Dasar: it is offered again."
    )


def test_delete_is_refused_calmly_when_the_programme_has_a_cohort(
    qtbot: QtBot, page: ProgrammesPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(*args: object) -> bool:
        asked.append(str(args[2]))
        return True

    monkeypatch.setattr("desktop.gui.programmes_page.ask", answer)
    add_cohort(page.context, programme_id(page, "JHT"))
    page.refresh()
    settle(qtbot, page.context)
    assert cell(page, "JHT", Column.COHORTS) == "1"
    select(qtbot, page, "JHT")
    click(qtbot, page.ui.deleteButton)
    settle(qtbot, page.context)
    assert asked and "Menjahit Pakaian Dasar (JHT)" in asked[0]
    assert "JHT" in codes(page)
    label = page.ui.statusLabel
    assert label.isVisible()
    assert label.text() == (
        "This programme has cohorts (1), so it cannot be deleted: their records would be lost. "
        "Archive it instead; it is no longer offered and everything is kept."
    )
    assert label.property("role") == "hint"
    assert QApplication.focusWidget() is page.ui.archiveButton  # the way out, at hand


def test_delete_removes_a_programme_made_by_mistake(
    qtbot: QtBot, page: ProgrammesPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = page.context
    stored = programme_admin.get_programme(ctx.db, ctx.actor, programme_id(page, "JHT"))
    programme_admin.create_programme(
        ctx.db, ctx.actor, replace(stored.as_input(), code="XX", name="Salah Ketik")
    )
    page.refresh()
    settle(qtbot, ctx)
    select(qtbot, page, "XX")
    monkeypatch.setattr("desktop.gui.programmes_page.ask", lambda *args: False)
    click(qtbot, page.ui.deleteButton)
    settle(qtbot, ctx)
    assert "XX" in codes(page)  # not confirmed: nothing happens
    monkeypatch.setattr("desktop.gui.programmes_page.ask", lambda *args: True)
    page.ui.programmesTable.setFocus()
    qtbot.keyClick(page.ui.programmesTable, Qt.Key.Key_Delete)
    settle(qtbot, ctx)
    assert "XX" not in codes(page)
    assert page.ui.statusLabel.text() == "Deleted the programme Salah Ketik."


# --- accessibility and looks -------------------------------------------------------------


def test_every_control_is_named_and_labelled(qtbot: QtBot, page: ProgrammesPage) -> None:
    dialog = open_dialog(qtbot, page, page.ui.newButton)
    for top in (page, dialog):
        assert not _unnamed(top), _unnamed(top)
        assert not _labels_without_buddy(top), _labels_without_buddy(top)
    chain: list[QWidget] = []
    widget = dialog.order[0]
    while widget not in chain:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    positions = [chain.index(w) for w in dialog.order if w.isVisibleTo(dialog)]
    assert positions == sorted(positions)


def test_the_dialog_fits_the_screen_and_nothing_is_squeezed(
    qtbot: QtBot, page: ProgrammesPage
) -> None:
    dialog = open_dialog(qtbot, page, page.ui.newButton)
    screen = dialog.screen()
    assert screen is not None
    room = screen.availableGeometry()
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
    form = dialog.ui.formPage
    qtbot.waitUntil(lambda: form.width() >= form.minimumSizeHint().width())
    for widget in form.findChildren(QWidget):
        inner = isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox))
        if (
            widget.isVisibleTo(dialog)
            and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
            and not inner
        ):
            hint = widget.minimumSizeHint()
            assert widget.width() >= hint.width() - 2, widget.objectName()
            assert widget.height() >= hint.height() - 2, widget.objectName()


def _shots(
    qtbot: QtBot, context: AppContext, folder: Path, large: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    suffix = "-large" if large else ""
    db, actor = context.db, context.actor
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    page = window.page(ProgrammesPage)
    assert page is not None
    window.ui.navList.setCurrentRow(window.ui.pages.indexOf(page))
    settle(qtbot, context)
    pid = programme_id(page, "JHT")
    stored = programme_admin.get_programme(db, actor, pid)
    programme_admin.update_programme(
        db,
        actor,
        pid,
        stored.version,
        replace(
            stored.as_input(),
            units=(
                UnitInput("C.14SPO01.001.1", "Mengukur badan dan membuat pola dasar", 30),
                UnitInput("C.14SPO01.002.1", "Memotong bahan sesuai pola", 20),
                UnitInput("C.14SPO01.003.1", "Menjahit blus, rok dan kemeja dengan mesin", 60),
            ),
            materials=(
                MaterialInput("Kain katun", "meter", Decimal("2.5")),
                MaterialInput("Benang jahit", "gulung", Decimal("1")),
                MaterialInput("Kertas pola", "lembar", Decimal("4")),
            ),
            eligibility=replace(
                stored.eligibility,
                min_age=17,
                max_age=55,
                min_education=Education.SD,
                target_groups=frozenset({TargetGroup.HOUSEWIFE, TargetGroup.YOUTH}),
            ),
        ),
    )
    add_cohort(context, pid)
    page.ui.archivedCheck.setChecked(True)
    settle(qtbot, context)
    select(qtbot, page, "JHT")
    monkeypatch.setattr("desktop.gui.programmes_page.ask", lambda *args: True)
    click(qtbot, page.ui.deleteButton)  # refused: the calm message shows under the buttons
    settle(qtbot, context)
    assert page.minimumSizeHint().width() <= 1366 - window.ui.navList.width()
    assert window.grab().save(str(folder / f"programmes-page{suffix}.png"))

    dialog = open_dialog(qtbot, page, page.ui.editButton)
    dialog.resize(
        dialog.preferred_width(), 720
    )  # as on a 1366×768 desk (the test screen is smaller)
    sideways = dialog.ui.scrollArea.horizontalScrollBar()
    qtbot.waitUntil(lambda: not sideways.isVisible())  # as wide as the page needs
    assert dialog.grab().save(str(folder / f"programme-dialog{suffix}.png"))
    for combo in dialog.findChildren(QComboBox):  # every choice readable, not cut off
        assert combo.width() >= combo.sizeHint().width() - 2, combo.objectName()
    bar = dialog.ui.scrollArea.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert dialog.grab().save(str(folder / f"programme-dialog-rules{suffix}.png"))
    # Errors beside their fields.
    type_into(qtbot, dialog.ui.capacitySpin, "0")
    type_into(qtbot, dialog.ui.hoursSpin, "100")
    dialog.ui.maxAgeSpin.setValue(15)
    save(qtbot, dialog)
    assert dialog.isVisible()
    qtbot.wait(20)  # the layout makes room for the messages on the next turn of the loop
    bar.setValue(0)
    assert dialog.grab().save(str(folder / f"programme-dialog-errors{suffix}.png"))
    dialog.ui.scrollArea.ensureWidgetVisible(dialog.ui.unitsError)
    qtbot.wait(20)
    assert dialog.grab().save(str(folder / f"programme-dialog-errors-units{suffix}.png"))
    monkeypatch.setattr("desktop.gui.programme_dialog.ask", lambda *args: True)
    dialog.reject()


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large-text"])
def test_screenshots_at_1366_by_768(
    qtbot: QtBot,
    admin_context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    large: bool,
) -> None:
    """The page and the form as a desk shows them, styled, for a person to look at
    (PELITA_SHOTS=/some/folder keeps them)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = app.font(), app.styleSheet()
    apply_style(app, large)
    folder = Path(os.environ.get("PELITA_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        _shots(qtbot, admin_context, folder, large, monkeypatch)
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)


def test_spin_boxes_leave_the_limits_to_the_service(qtbot: QtBot, page: ProgrammesPage) -> None:
    """0 can be typed where the service explains why it is wrong, instead of the box silently
    refusing the key."""
    dialog = open_dialog(qtbot, page, page.ui.newButton)
    spins: list[QSpinBox] = [dialog.ui.capacitySpin, dialog.ui.hoursSpin, dialog.ui.minutesSpin]
    assert all(spin.minimum() == 0 for spin in spins)


def test_every_area_of_the_navigation_has_its_own_icon(admin_context: AppContext) -> None:
    # Without one the row starts with a blank (main_window._nav_icon): no picture to find
    # the area by, as Inventory, Loans and Sponsors had.
    from desktop.gui.main_window import _pages
    from desktop.paths import resource_path

    names = [icon for _title, icon, _factory in _pages(admin_context)]
    assert [name for name in names if not resource_path("icons", f"{name}.svg").exists()] == []
