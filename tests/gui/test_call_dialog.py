"""The follow-up call dialog (desktop.gui.call_dialog): who to call with the phone number big
enough to dial from, the answers asked only once the person was reached, the income read as it
is typed, refusals next to their fields with nothing typed lost, and a screenshot
(PELITA_SHOTS=/some/folder keeps it)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.gui.app_context import AppContext
from desktop.gui.call_dialog import CallDialog
from desktop.services.follow_up import follow_up_history
from tests.gui.stock_fixtures import click, settle
from tests.gui.test_follow_up_page import world as world  # a fixture
from tests.services.test_follow_up_list import World

pytestmark = pytest.mark.usefixtures("windows_deleted_here")


def open_dialog(qtbot: QtBot, context: AppContext, world: World, name: str) -> CallDialog:
    dialog = CallDialog(context, world.enrolments[name], 3)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    settle(qtbot, context)
    return dialog


def save(qtbot: QtBot, dialog: CallDialog) -> None:
    box = dialog.ui.buttonBox
    click(qtbot, box.button(box.StandardButton.Save))
    settle(qtbot, dialog.context)


def test_who_to_call_and_the_answers_only_once_reached(
    qtbot: QtBot, world: World, clerk_context: AppContext
) -> None:
    dialog = open_dialog(qtbot, clerk_context, world, "Siti Aminah")
    ui = dialog.ui
    assert ui.nameLabel.text() == "Siti Aminah"
    assert ui.phoneLabel.text() == "0812-3456-7890"
    assert ui.phoneLabel.font().pointSizeF() > ui.detailLabel.font().pointSizeF() * 1.5
    assert "Menjahit Pakaian Dasar · JHT-3 · the 3-month call" in ui.detailLabel.text()
    assert ui.historyLabel.text() == "Not called yet."
    assert not ui.outcomeBox.isEnabled()
    ui.reachedYes.setChecked(True)
    assert ui.outcomeBox.isEnabled() and not ui.businessKindEdit.isEnabled()
    ui.businessYes.setChecked(True)
    assert ui.businessKindEdit.isEnabled()


@pytest.mark.parametrize(
    ("typed", "shown", "role"),
    [
        ("1,5 jt", "= Rp 1.500.000", "ok"),
        ("Rp 1.500.000", "= Rp 1.500.000", "ok"),
        ("800 rb", "= Rp 800.000", "ok"),
        ("abc", "Type the monthly income in rupiah, such as 1.500.000 or 1,5 jt.", "error"),
        ("1,5", "1,5 is too little to be rupiah a month.", "error"),
    ],
)
def test_the_income_is_read_as_it_is_typed(
    qtbot: QtBot, world: World, clerk_context: AppContext, typed: str, shown: str, role: str
) -> None:
    dialog = open_dialog(qtbot, clerk_context, world, "Siti Aminah")
    dialog.ui.reachedYes.setChecked(True)
    dialog.ui.incomeEdit.setText(typed)
    label = dialog.ui.incomeFeedback
    assert label.text().startswith(shown) and label.property("role") == role
    assert label.isVisibleTo(dialog)


def test_refusals_stand_next_to_their_fields_and_keep_what_was_typed(
    qtbot: QtBot, world: World, clerk_context: AppContext
) -> None:
    dialog = open_dialog(qtbot, clerk_context, world, "Siti Aminah")
    ui = dialog.ui
    save(qtbot, dialog)
    assert ui.reachedError.text() == "Say whether you reached the person."
    ui.reachedYes.setChecked(True)
    ui.businessYes.setChecked(True)
    ui.incomeEdit.setText("1,5")
    ui.noteEdit.setText("Sudah buka usaha")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert ui.workError.text() == "Choose whether the person works now: formal, informal or not."
    assert ui.businessKindError.text().startswith("Say what kind of business")
    assert ui.usesError.text() == "Choose yes or no." and ui.helpError.text() == "Choose yes or no."
    assert ui.incomeFeedback.text().startswith("1,5 is too little")
    assert (ui.incomeEdit.text(), ui.noteEdit.text()) == ("1,5", "Sudah buka usaha")
    ui.workCombo.setCurrentIndex(ui.workCombo.findData("informal"))
    ui.businessKindEdit.setText("Jahit permak")
    ui.incomeEdit.setText("1,5 jt")
    ui.usesYes.setChecked(True)
    ui.helpNo.setChecked(True)
    save(qtbot, dialog)
    assert not dialog.isVisible()
    assert dialog.saved is not None and dialog.saved.monthly_income == 1_500_000
    history = follow_up_history(
        clerk_context.db, clerk_context.actor, world.enrolments["Siti Aminah"]
    )
    assert (
        history.at(3).business_kind == "Jahit permak" and history.at(3).note == "Sudah buka usaha"
    )


def test_a_withdrawn_consent_is_refused_at_the_top(
    qtbot: QtBot, world: World, clerk_context: AppContext
) -> None:
    dialog = open_dialog(qtbot, clerk_context, world, "Budi Santoso")
    dialog.ui.reachedNo.setChecked(True)
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.ui.formError.text() == (
        "Budi Santoso withdrew consent to follow-up contact on 2 January 2026; no call may be"
        " recorded."
    )


def test_a_reached_call_opens_with_its_answers_to_correct(
    qtbot: QtBot, world: World, clerk_context: AppContext
) -> None:
    from desktop.domain.follow_up import CallInput
    from desktop.services.follow_up import record_call
    from tests.services.test_follow_up_list import TODAY

    call = CallInput(
        world.enrolments["Siti Aminah"],
        3,
        True,
        work="formal",
        business=False,
        monthly_income="2 jt",
        uses_skill=True,
        needs_help=True,
        help_note="Modal",
    )
    record_call(clerk_context.db, clerk_context.actor, call, TODAY)
    dialog = open_dialog(qtbot, clerk_context, world, "Siti Aminah")
    ui = dialog.ui
    assert ui.reachedYes.isChecked() and ui.workCombo.currentData() == "formal"
    assert ui.incomeEdit.text() == "Rp 2.000.000" and ui.helpNoteEdit.text() == "Modal"
    assert "corrects the answers" in ui.historyLabel.text()


def test_screenshot(qtbot: QtBot, world: World, clerk_context: AppContext, tmp_path: Path) -> None:
    folder = Path(os.environ.get("PELITA_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    dialog = open_dialog(qtbot, clerk_context, world, "Siti Aminah")
    ui = dialog.ui
    ui.reachedYes.setChecked(True)
    ui.workCombo.setCurrentIndex(ui.workCombo.findData("informal"))
    ui.businessYes.setChecked(True)
    ui.businessKindEdit.setText("Jahit permak di rumah")
    ui.incomeEdit.setText("1,5 jt")
    save(qtbot, dialog)  # the missing yes/no answers show next to their fields
    assert dialog.grab().save(str(folder / "call-dialog.png"))
