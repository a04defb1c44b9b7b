"""Settings: desk preferences, large text, the centre profile, the idle lock and the days
after which attendance is fixed."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.config import load_config
from desktop.gui.app_context import AppContext
from desktop.gui.settings_page import SettingsPage
from desktop.gui.style import BASE_POINT_SIZE, apply_style
from desktop.services import attendance, centre, settings


def _page(qtbot: QtBot, context: AppContext) -> SettingsPage:
    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.show()
    return page


def test_large_text_grows_the_font_at_once_and_is_remembered(
    qtbot: QtBot, admin_context: AppContext
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_style(app, False)
    page = _page(qtbot, admin_context)
    page.ui.largeTextCheck.setChecked(True)
    assert app.font().pointSize() > BASE_POINT_SIZE
    assert load_config().large_text is True
    page.ui.largeTextCheck.setChecked(False)
    assert app.font().pointSize() == BASE_POINT_SIZE


def test_language_choice_is_saved_for_the_next_start(
    qtbot: QtBot, admin_context: AppContext
) -> None:
    page = _page(qtbot, admin_context)
    page.ui.languageCombo.setCurrentIndex(page.ui.languageCombo.findData("en"))
    assert load_config().language == "en"
    assert page.ui.deskNote.isVisible()
    page.ui.languageCombo.setCurrentIndex(page.ui.languageCombo.findData("id"))
    assert load_config().language == "id"


def test_admin_edits_the_centre_profile_with_errors_next_to_the_field(
    qtbot: QtBot, admin_context: AppContext
) -> None:
    page = _page(qtbot, admin_context)
    form = page.centre_form.ui
    assert form.nameEdit.text() == "LKP Pelita Mandiri (Demo)"
    form.headNipEdit.setText("1970")
    form.nameEdit.setText("LKP Pelita Mandiri Cianjur")
    page.ui.centreSaveButton.click()
    assert form.headNipError.isVisible() and "18 digits" in form.headNipError.text()
    assert form.nameEdit.text() == "LKP Pelita Mandiri Cianjur"
    assert centre.get_profile(admin_context.db).name == "LKP Pelita Mandiri (Demo)"  # type: ignore[union-attr]

    form.headNipEdit.setText("19700315 200003 2 001")
    page.ui.centreSaveButton.click()
    assert page.ui.centreStatus.isVisible()
    saved = centre.get_profile(admin_context.db)
    assert saved is not None
    assert saved.name == "LKP Pelita Mandiri Cianjur"
    assert saved.head_nip == "197003152000032001"


def test_idle_minutes_are_saved_for_every_desk(qtbot: QtBot, admin_context: AppContext) -> None:
    page = _page(qtbot, admin_context)
    assert page.ui.idleSpin.value() == 5
    page.ui.idleSpin.setValue(15)
    with qtbot.waitSignal(page.idle_minutes_changed) as signal:
        page.ui.idleSaveButton.click()
    assert signal.args == [15]
    assert settings.get_settings(admin_context.db).idle_lock_minutes == 15


def test_the_days_after_which_attendance_is_fixed(qtbot: QtBot, admin_context: AppContext) -> None:
    page = _page(qtbot, admin_context)
    assert page.ui.lockDaysSpin.value() == 7
    page.ui.lockDaysSpin.setValue(14)
    page.ui.lockDaysSaveButton.click()
    assert attendance.get_lock_days(admin_context.db, admin_context.actor) == 14
    assert "14" in page.ui.lockDaysHint.text()
    assert page.ui.lockDaysError.isHidden()


def test_a_clerk_sees_no_centre_or_lock_settings(qtbot: QtBot, clerk_context: AppContext) -> None:
    page = _page(qtbot, clerk_context)
    assert not page.ui.centreGroup.isVisible()
    assert not page.ui.securityGroup.isVisible()
    assert page.ui.deskGroup.isVisible() and page.ui.accountGroup.isVisible()
