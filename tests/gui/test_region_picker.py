"""The address pickers: typing part of a name and Enter chooses, lists load on the worker,
a stored village shows on all four levels."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.gui.region_picker import DISTRICT, PROVINCE, REGENCY, VILLAGE, RegionPicker
from desktop.gui.tasks import TaskRunner

CIBADAK = "32.03.03.2016"  # Cibadak, Cibeber, Kabupaten Cianjur, Jawa Barat: postal code 43262


class Host(QWidget):
    """The picker between two fields, as in the form."""

    def __init__(self, runner: TaskRunner) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.before = QLineEdit(self)
        self.picker = RegionPicker(runner, self)
        self.after = QLineEdit(self)
        for widget in (self.before, self.picker, self.after):
            layout.addWidget(widget)


def has_focus(widget: QWidget) -> bool:
    return QApplication.focusWidget() is widget


def settle_list(qtbot: QtBot, combo: QComboBox) -> None:
    """Let the platform answer the completer's list showing, as it does between a clerk's
    keystrokes; qtbot's typing sends the keys back to back without that pause."""
    completer = combo.completer()
    popup = completer.popup() if completer is not None else None
    if popup is not None and popup.isVisible():
        qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is popup.windowHandle())


def host(qtbot: QtBot, runner: TaskRunner) -> Host:
    widget = Host(runner)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: widget.picker.combos[PROVINCE].count() > 30)
    return widget


def choose(qtbot: QtBot, picker: RegionPicker, level: int, typed: str) -> None:
    """Type part of a name and press Enter, as a clerk does."""
    combo = picker.combos[level]
    qtbot.waitUntil(lambda: combo.isEnabled() and combo.count() > 0)
    combo.setFocus()
    line = combo.lineEdit()
    assert line is not None
    line.selectAll()  # as Tab into the field does: typing replaces the old name
    qtbot.keyClicks(combo, typed)
    settle_list(qtbot, combo)
    qtbot.keyClick(combo, Qt.Key.Key_Return)


def test_typing_part_of_each_name_and_enter_chooses_down_to_the_village(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    widget = host(qtbot, runner)
    picker = widget.picker
    assert not picker.combos[REGENCY].isEnabled()  # nothing to choose before a province
    with qtbot.waitSignal(picker.village_chosen) as chosen:
        choose(qtbot, picker, PROVINCE, "jawa bar")
        qtbot.waitUntil(lambda: has_focus(picker.combos[REGENCY]))
        choose(qtbot, picker, REGENCY, "cianj")
        qtbot.waitUntil(lambda: has_focus(picker.combos[DISTRICT]))
        choose(qtbot, picker, DISTRICT, "cibeb")
        qtbot.waitUntil(lambda: has_focus(picker.combos[VILLAGE]))
        choose(qtbot, picker, VILLAGE, "CIBAD")
    assert chosen.args == [CIBADAK]
    assert [combo.currentText() for combo in picker.combos] == [
        "Jawa Barat",
        "Kabupaten Cianjur",
        "Cibeber",
        "Cibadak",
    ]
    assert picker.village_code() == CIBADAK
    assert picker.postal_code() == "43262"
    qtbot.waitUntil(lambda: has_focus(widget.after))  # Enter moved on past the picker
    assert not picker.unresolved()


def test_several_matches_open_the_list_and_enter_takes_the_first(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    widget = host(qtbot, runner)
    picker = widget.picker
    choose(qtbot, picker, PROVINCE, "jawa")  # Jawa Barat, Jawa Tengah, Jawa Timur
    completer = picker.combos[PROVINCE].completer()
    assert completer is not None
    popup = completer.popup()
    assert popup is not None
    qtbot.waitUntil(lambda: popup.isVisible() and popup.currentIndex().row() == 0)
    assert has_focus(picker.combos[PROVINCE])  # still here: nothing was chosen
    qtbot.keyClick(popup, Qt.Key.Key_Down)  # the second: Jawa Tengah
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: has_focus(picker.combos[REGENCY]))
    assert picker.combos[PROVINCE].currentText() == "Jawa Tengah"


def test_a_name_matching_nothing_stays_marked_and_chooses_nothing(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    widget = host(qtbot, runner)
    picker = widget.picker
    choose(qtbot, picker, PROVINCE, "atlantis")
    qtbot.waitUntil(lambda: picker.combos[PROVINCE].property("invalid") is True)
    assert has_focus(picker.combos[PROVINCE])
    assert picker.combos[PROVINCE].currentText() == "atlantis"  # kept for correcting
    assert picker.unresolved()
    assert picker.village_code() == ""


def test_tab_chooses_too(qtbot: QtBot, runner: TaskRunner) -> None:
    widget = host(qtbot, runner)
    picker = widget.picker
    picker.combos[PROVINCE].setFocus()
    qtbot.keyClicks(picker.combos[PROVINCE], "bali")
    settle_list(qtbot, picker.combos[PROVINCE])
    qtbot.keyClick(picker.combos[PROVINCE], Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: picker.combos[REGENCY].count() > 0)
    assert picker.combos[PROVINCE].currentText() == "Bali"


def test_changing_a_level_clears_the_levels_below(qtbot: QtBot, runner: TaskRunner) -> None:
    widget = host(qtbot, runner)
    picker = widget.picker
    picker.set_village(CIBADAK)
    qtbot.waitUntil(lambda: picker.combos[VILLAGE].currentText() == "Cibadak")
    choose(qtbot, picker, REGENCY, "kota bandung")
    qtbot.waitUntil(lambda: picker.combos[DISTRICT].count() > 0)
    assert picker.combos[REGENCY].currentText() == "Kota Bandung"
    assert picker.combos[DISTRICT].currentText() == ""
    assert picker.combos[VILLAGE].currentText() == ""
    assert not picker.combos[VILLAGE].isEnabled()
    assert picker.village_code() == ""


def test_set_village_shows_all_four_levels_and_the_postal_code(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    picker = RegionPicker(runner)
    qtbot.addWidget(picker)
    assert picker.village_code() == ""
    picker.set_village(CIBADAK)
    assert picker.village_code() == CIBADAK  # while still loading, too
    qtbot.waitUntil(lambda: picker.combos[VILLAGE].currentText() == "Cibadak")
    assert [combo.currentText() for combo in picker.combos] == [
        "Jawa Barat",
        "Kabupaten Cianjur",
        "Cibeber",
        "Cibadak",
    ]
    assert all(combo.isEnabled() for combo in picker.combos)
    assert picker.village_code() == CIBADAK
    assert picker.postal_code() == "43262"
    assert not picker.unresolved()


def test_a_stored_code_no_longer_current_is_kept_for_the_service_to_report(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    picker = RegionPicker(runner)
    qtbot.addWidget(picker)
    with qtbot.waitSignal(picker.loaded):
        picker.set_village("99.99.99.9999")
    qtbot.waitUntil(lambda: picker.combos[PROVINCE].count() > 30)
    assert picker.village_code() == "99.99.99.9999"
    assert picker.combos[VILLAGE].currentText() == ""


def test_set_village_before_the_runner_is_given_shows_it_once_given(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    picker = RegionPicker()  # as Designer's generated code makes it
    qtbot.addWidget(picker)
    picker.set_village(CIBADAK)
    picker.set_runner(runner)
    qtbot.waitUntil(lambda: picker.combos[VILLAGE].currentText() == "Cibadak")
    assert picker.combos[PROVINCE].currentText() == "Jawa Barat"
