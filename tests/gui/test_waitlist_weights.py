"""The waitlist's weights on the Settings page, driven as an admin would over the demo centre:
a weight changed and saved turns a cohort's waitlist around; a number out of range is explained
next to its box and nothing is saved; "Restore defaults" fills in the defaults; a clerk sees no
box. Every call runs on the worker; the tests wait for it, never for a fixed time."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QGroupBox, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.domain.choices import (
    ConsentMethod,
    ConsentPurpose,
    Disability,
    NoNikReason,
    Sex,
)
from desktop.domain.enrolment import DEFAULT_WEIGHTS, WaitlistWeights
from desktop.domain.participant import ConsentInput, ParticipantInput
from desktop.gui.app_context import AppContext
from desktop.gui.settings_page import SettingsPage
from desktop.gui.style import apply_style
from desktop.gui.waitlist_weights_box import WaitlistWeightsBox
from desktop.services import enrolment, participants
from tests.gui.test_accessibility import _labels_without_buddy, _unnamed
from tests.gui.test_enrol_dialog import add_cohort, add_person, add_programme
from tests.gui.test_participant_form import BOJONGKASO

pytestmark = pytest.mark.usefixtures("windows_deleted_here")

WEIGHT_ERROR = "A weight is a whole number from 0 to 100."


def settle(qtbot: QtBot, context: AppContext) -> None:
    qtbot.waitUntil(lambda: context.runner.idle)


def open_page(qtbot: QtBot, context: AppContext) -> SettingsPage:
    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    settle(qtbot, context)
    return page


def box_of(page: SettingsPage) -> WaitlistWeightsBox:
    assert page.waitlist_box is not None
    return page.waitlist_box


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(qtbot: QtBot, spin: QAbstractSpinBox, text: str) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)


def save(qtbot: QtBot, box: WaitlistWeightsBox) -> None:
    click(qtbot, box.ui.saveButton)
    settle(qtbot, box.context)


def register(context: AppContext, name: str, **values: Any) -> int:
    """A participant registered as at the desk, with the values the score looks at."""
    data = replace(
        ParticipantInput(
            full_name=name,
            no_nik_reason=NoNikReason.REFUSED,
            birth_date=date(1994, 5, 6),
            sex=Sex.FEMALE,
            village_code=BOJONGKASO,
        ),
        **values,
    )
    consent = ConsentInput(
        frozenset({ConsentPurpose.TRAINING}), ConsentMethod.SIGNED_PAPER, date.today()
    )
    return participants.register(context.db, context.actor, data, consent).participant_id


def waiting_cohort(context: AppContext) -> int:
    """A cohort whose one seat is taken, with two people waiting: Ani, who has a disability,
    and Wati, whose first wish in the needs analysis is the programme. With the default
    weights Ani is first (30 points against 20)."""
    programme = add_programme(context)
    cohort = add_cohort(context, programme, capacity=1)
    db, actor = context.db, context.actor
    enrolment.enrol(db, actor, add_person(context, "Seat Holder"), cohort.id)
    ani = register(context, "Ani Disabilitas", disabilities=frozenset({Disability.PHYSICAL}))
    wati = register(context, "Wati Pilihan", preferences=(programme,))
    enrolment.enrol(db, actor, ani, cohort.id)
    enrolment.enrol(db, actor, wati, cohort.id)
    return cohort.id


def order(context: AppContext, cohort_id: int) -> list[str]:
    return [e.full_name for e in enrolment.waitlist(context.db, context.actor, cohort_id)]


def test_admin_changes_a_weight_and_the_waitlist_turns_around(
    qtbot: QtBot, admin_context: AppContext
) -> None:
    cohort = waiting_cohort(admin_context)
    assert order(admin_context, cohort) == ["Ani Disabilitas", "Wati Pilihan"]
    page = open_page(qtbot, admin_context)
    box = box_of(page)
    assert box.isVisible() and box.ui.weightsGroup.title() == "Waitlist priority"
    assert [box.spins[name].value() for name in box.spins] == [30, 30, 20, 20, 10]
    assert box.ui.disabilityHint.text() == "30 points for a person with a disability."

    type_into(qtbot, box.ui.disabilitySpin, "5")
    # The explanation and the example follow what is typed, before saving.
    assert box.ui.disabilityHint.text() == "5 points for a person with a disability."
    assert "waited 30 days scores 8.33" in box.ui.exampleLabel.text()
    save(qtbot, box)

    assert box.ui.statusLabel.isVisible() and box.ui.statusLabel.text().startswith("Saved")
    assert not box.ui.disabilityError.isVisible()
    saved = enrolment.waitlist_weights(admin_context.db, admin_context.actor)
    assert saved == WaitlistWeights(disability=5)
    assert order(admin_context, cohort) == ["Wati Pilihan", "Ani Disabilitas"]


def test_a_clerk_sees_no_weights(qtbot: QtBot, clerk_context: AppContext) -> None:
    page = open_page(qtbot, clerk_context)
    assert page.waitlist_box is None
    assert not page.ui.waitlistHost.isVisible()
    assert not page.findChildren(WaitlistWeightsBox)
    assert "Waitlist priority" not in [group.title() for group in page.findChildren(QGroupBox)]


@pytest.mark.parametrize(("part", "typed"), [("poverty", "1000"), ("waiting", "-1")])
def test_a_weight_out_of_range_is_explained_next_to_its_box(
    qtbot: QtBot, admin_context: AppContext, part: str, typed: str
) -> None:
    page = open_page(qtbot, admin_context)
    box = box_of(page)
    spin: QSpinBox = box.spins[part]
    type_into(qtbot, spin, typed)
    assert spin.value() == int(typed)  # the box takes it: the service explains the limit
    assert not box.ui.exampleLabel.isVisible()
    save(qtbot, box)

    error = getattr(box.ui, f"{part}Error")
    assert error.isVisible() and error.text() == WEIGHT_ERROR
    assert spin.property("invalid") is True and spin.hasFocus()
    assert spin.value() == int(typed)  # nothing typed is lost
    assert not box.ui.statusLabel.isVisible() and not box.ui.generalError.isVisible()
    others = [name for name in box.spins if name != part]
    assert not any(getattr(box.ui, f"{name}Error").isVisible() for name in others)
    assert enrolment.waitlist_weights(admin_context.db, admin_context.actor) == DEFAULT_WEIGHTS

    type_into(qtbot, spin, "15")
    save(qtbot, box)
    assert not error.isVisible() and spin.property("invalid") is False
    assert enrolment.waitlist_weights(admin_context.db, admin_context.actor) == replace(
        DEFAULT_WEIGHTS, **{part: 15}
    )


def test_restore_defaults_fills_them_in_and_save_keeps_them(
    qtbot: QtBot, admin_context: AppContext
) -> None:
    mine = WaitlistWeights(disability=0, poverty=50, assistance=40, preference=5, waiting=100)
    enrolment.set_waitlist_weights(admin_context.db, admin_context.actor, mine)
    page = open_page(qtbot, admin_context)
    box = box_of(page)
    assert box.weights() == mine  # the centre's own weights, read on opening

    click(qtbot, box.ui.defaultsButton)
    assert box.weights() == DEFAULT_WEIGHTS
    assert box.ui.statusLabel.isVisible() and "save" in box.ui.statusLabel.text()
    settle(qtbot, admin_context)
    assert enrolment.waitlist_weights(admin_context.db, admin_context.actor) == mine

    save(qtbot, box)
    assert enrolment.waitlist_weights(admin_context.db, admin_context.actor) == DEFAULT_WEIGHTS


def tab_chain(page: SettingsPage) -> list[str]:
    """The names of the controls Tab visits, in order, from the first."""
    names, widget = [], page.ui.languageCombo
    while True:
        takes_tab = widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        if takes_tab and widget.isVisible() and not widget.objectName().startswith("qt_"):
            names.append(widget.objectName())
        widget = widget.nextInFocusChain()
        if widget is page.ui.languageCombo:
            return names


def test_the_box_is_named_and_tab_goes_through_it_where_it_shows(
    qtbot: QtBot, admin_context: AppContext
) -> None:
    page = open_page(qtbot, admin_context)
    box = box_of(page)
    assert _unnamed(box) == [] and _labels_without_buddy(box) == []
    chain = tab_chain(page)
    start = chain.index("idleSaveButton")
    assert chain[start : start + 11] == [
        "idleSaveButton",
        "lockDaysSpin",  # the days after which attendance is fixed, in the same group
        "lockDaysSaveButton",
        "disabilitySpin",
        "povertySpin",
        "assistanceSpin",
        "preferenceSpin",
        "waitingSpin",
        "defaultsButton",
        "saveButton",
        "nameEdit",  # then the centre profile, its Save button after its fields
    ]
    assert chain.index("centreSaveButton") > chain.index("clearLogoButton")


@pytest.mark.skipif(not os.environ.get("PELITA_SHOTS"), reason="PELITA_SHOTS=/folder keeps them")
@pytest.mark.parametrize("large", [False, True], ids=["normal", "large-text"])
def test_screenshots(qtbot: QtBot, admin_context: AppContext, large: bool) -> None:
    """The box on the Settings page as a 1366×768 desk shows it, then with an error."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = app.font(), app.styleSheet()
    apply_style(app, large)
    folder = Path(os.environ["PELITA_SHOTS"])
    folder.mkdir(parents=True, exist_ok=True)
    folder.mkdir(parents=True, exist_ok=True)
    suffix = "-large" if large else ""
    try:
        page = open_page(qtbot, admin_context)
        page.resize(1366 - 220, 700)  # the window less its navigation list
        box = box_of(page)
        page.ui.scrollArea.ensureWidgetVisible(box.ui.saveButton)
        qtbot.wait(20)  # the scroll lands on the next turn of the loop
        assert page.grab().save(str(folder / f"waitlist-weights{suffix}.png"))
        type_into(qtbot, box.ui.povertySpin, "1000")
        save(qtbot, box)
        qtbot.wait(20)  # the layout makes room for the message on the next turn
        page.ui.scrollArea.ensureWidgetVisible(box.ui.saveButton)
        qtbot.wait(20)
        assert page.grab().save(str(folder / f"waitlist-weights-error{suffix}.png"))
        type_into(qtbot, box.ui.povertySpin, "40")
        save(qtbot, box)
        qtbot.wait(20)
        assert page.grab().save(str(folder / f"waitlist-weights-saved{suffix}.png"))
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)
