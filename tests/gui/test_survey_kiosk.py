"""The kiosk (desktop.gui.survey_kiosk) as a participant and a staff member use it: answer one
question per screen, send, thank-you, next person; leaving asks the staff member's password
and a wrong one keeps the kiosk open."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop.gui.app_context import AppContext
from desktop.gui.style import apply_style
from desktop.gui.survey_kiosk import SurveyKiosk
from desktop.gui.survey_scale import ScaleAnswer
from tests.gui.test_survey_entry import responses, settle, stored, survey_cohort

pytestmark = pytest.mark.usefixtures("windows_deleted_here")


@pytest.fixture
def kiosk(qtbot: QtBot, clerk_context: AppContext) -> Iterator[SurveyKiosk]:
    cohort = survey_cohort(clerk_context)
    parent = QWidget()
    qtbot.addWidget(parent)
    window = SurveyKiosk(clerk_context, cohort, parent)  # open_survey_kiosk shows it full screen
    window.resize(1280, 800)
    window.show()
    settle(qtbot, clerk_context)
    yield window


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_answer_send_thanks_and_next_person(
    qtbot: QtBot, kiosk: SurveyKiosk, clerk_context: AppContext
) -> None:
    assert kiosk.question_pages() == 7 and kiosk.pages.currentIndex() == 0
    assert not kiosk.back_button.isVisible() and not kiosk.send_button.isVisible()
    first = kiosk.answers[0][1]
    assert isinstance(first, ScaleAnswer)
    click(qtbot, first.buttons[4])  # 5 Very good
    assert first.value == 5 and "Very good" in first.buttons[4].text()
    click(qtbot, kiosk.next_button)
    click(qtbot, kiosk.back_button)
    assert kiosk.pages.currentIndex() == 0 and first.value == 5
    click(qtbot, kiosk.next_button)
    second = kiosk.answers[1][1]
    assert isinstance(second, ScaleAnswer)
    qtbot.keyClick(second, "4")  # a digit answers and moves on
    assert second.value == 4 and kiosk.pages.currentIndex() == 2
    for _ in range(4):
        click(qtbot, kiosk.next_button)  # left empty
    assert kiosk.pages.currentIndex() == 6 and kiosk.send_button.isVisible()
    box = kiosk.answers[6][1]
    assert isinstance(box, QPlainTextEdit)
    qtbot.keyClicks(box, "Ruangannya panas")
    click(qtbot, kiosk.send_button)
    settle(qtbot, clerk_context)
    assert kiosk.pages.currentWidget() is kiosk.thanks
    assert not kiosk.send_button.isVisible() and kiosk.next_person.isVisible()
    assert [(s, t) for _r, s, t in stored(clerk_context.db)] == [
        (5, ""), (4, ""), (None, "Ruangannya panas")
    ]  # fmt: skip
    click(qtbot, kiosk.next_person)
    assert kiosk.pages.currentIndex() == 0
    assert first.value is None and second.value is None and box.toPlainText() == ""


def test_sending_nothing_is_refused_on_screen(
    qtbot: QtBot, kiosk: SurveyKiosk, clerk_context: AppContext
) -> None:
    for _ in range(6):
        click(qtbot, kiosk.next_button)
    click(qtbot, kiosk.send_button)
    settle(qtbot, clerk_context)
    assert "Nothing was filled in" in kiosk.error.text()
    assert kiosk.pages.currentWidget() is not kiosk.thanks and responses(clerk_context.db) == 0


def test_leaving_asks_the_password_and_a_wrong_one_keeps_it_open(
    qtbot: QtBot, kiosk: SurveyKiosk, clerk_context: AppContext
) -> None:
    qtbot.keyClick(kiosk, Qt.Key.Key_Escape)
    dialog = kiosk.leave_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.password.setText("salah")
    dialog.check()
    settle(qtbot, clerk_context)
    assert dialog.error.text() and dialog.isVisible() and kiosk.isVisible()
    dialog.reject()  # Cancel: still the kiosk
    assert kiosk.isVisible() and kiosk.leave_dialog is None
    kiosk.close()  # the window's own close asks too
    assert kiosk.isVisible() and kiosk.leave_dialog is not None
    kiosk.leave_dialog.password.setText("petugas-demo")
    kiosk.leave_dialog.check()
    settle(qtbot, clerk_context)
    qtbot.waitUntil(lambda: not kiosk.isVisible())


def test_the_close_button_asks_too(qtbot: QtBot, kiosk: SurveyKiosk) -> None:
    click(qtbot, kiosk.close_button)
    assert kiosk.leave_dialog is not None and kiosk.isVisible()


def test_shots(qtbot: QtBot, kiosk: SurveyKiosk, tmp_path: Path, clerk_context: AppContext) -> None:
    """The kiosk at 1280x800: a question, the thank-you screen and the password (kept with
    PELITA_SHOTS=/folder)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    sheet, font = app.styleSheet(), app.font()
    apply_style(app, False)
    folder = Path(os.environ.get("PELITA_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        first = kiosk.answers[0][1]
        assert isinstance(first, ScaleAnswer)
        first.set_value(4)
        assert kiosk.grab().save(str(folder / "survey_kiosk_question.png"))
        kiosk.go(6)
        assert kiosk.grab().save(str(folder / "survey_kiosk_text.png"))
        kiosk.send()
        settle(qtbot, clerk_context)
        assert kiosk.grab().save(str(folder / "survey_kiosk_thanks.png"))
        dialog = kiosk.ask_to_leave()
        dialog.password.setText("salah")
        dialog.check()
        settle(qtbot, clerk_context)
        assert dialog.grab().save(str(folder / "survey_kiosk_leave.png"))
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)
