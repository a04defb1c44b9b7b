"""The enrol dialog and the status dialog, driven as a clerk and an admin would over the demo
centre: choosing a cohort from a profile or a person from a cohort, the check before
enrolling (rules with reasons, seat or waitlist), the override an admin gives with a reason,
the refusals a clerk meets, and changing an enrolment's status with the offer of a freed seat.
Every call runs on the worker; the tests wait for it, never for a fixed time."""

from __future__ import annotations

import itertools
import os
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QTableView, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from desktop.domain.choices import ConsentMethod, ConsentPurpose, NoNikReason, Sex
from desktop.domain.cohort import CohortInput, CohortStatus, Funding, Slot
from desktop.domain.enrolment import EnrolmentStatus
from desktop.domain.participant import ConsentInput, ParticipantInput
from desktop.domain.programme import ProgrammeInput
from desktop.domain.programme_rules import EligibilityRules
from desktop.gui.app_context import AppContext
from desktop.gui.enrol_cohort_list import needed_width
from desktop.gui.enrol_dialog import EnrolDialog
from desktop.gui.enrolment_status_dialog import EnrolmentStatusDialog
from desktop.gui.style import apply_style
from desktop.services import audit, cohorts, enrolment, participants, programme_admin
from desktop.services.accounts import authenticate
from desktop.services.audit import AuditFilter
from desktop.services.cohort_rows import CohortDetail
from tests.gui.test_accessibility import _labels_without_buddy, _unnamed
from tests.gui.test_participant_form import BOJONGKASO

pytestmark = pytest.mark.usefixtures("windows_deleted_here")

E = EnrolmentStatus
_codes = itertools.count(1)
START = date.today() + timedelta(days=30)


# -- the scene, made through the services as a desk would --------------------------------------


def settle(qtbot: QtBot, context: AppContext) -> None:
    qtbot.waitUntil(lambda: context.runner.idle)


def add_programme(context: AppContext, rules: EligibilityRules | None = None) -> int:
    admin = authenticate(context.db, "admin", "admin-demo")
    number = next(_codes)
    data = ProgrammeInput(
        code=f"EN{number}",
        name=f"Kursus Enrol {number}",
        skill_area="Menjahit",
        hours_jp=40,
        eligibility=rules or EligibilityRules(),
    )
    return programme_admin.create_programme(context.db, admin, data).programme_id


def add_cohort(context: AppContext, programme_id: int, capacity: int = 5) -> CohortDetail:
    """An open cohort of the programme, made and opened as an admin would."""
    admin = authenticate(context.db, "admin", "admin-demo")
    data = CohortInput(
        programme_id=programme_id,
        start_date=START,
        end_date=START + timedelta(days=27),
        slots=(Slot(0, time(8), time(12)), Slot(2, time(8), time(12))),
        room="Ruang Jahit 2",
        capacity=capacity,
        funding=Funding.APBD,
    )
    saved = cohorts.create_cohort(context.db, admin, data).cohort
    return cohorts.change_status(context.db, admin, saved.id, saved.version, CohortStatus.OPEN)


def add_person(context: AppContext, name: str, born: date = date(1995, 3, 4)) -> int:
    admin = authenticate(context.db, "admin", "admin-demo")
    data = ParticipantInput(
        full_name=name,
        no_nik_reason=NoNikReason.REFUSED,
        birth_date=born,
        sex=Sex.FEMALE,
        village_code=BOJONGKASO,
    )
    consent = ConsentInput(
        frozenset({ConsentPurpose.TRAINING}),
        ConsentMethod.SIGNED_PAPER,
        date.today(),
        guardian_name="Ibu Wati",  # needed only for someone under 18
        guardian_relation="Ibu",
    )
    return participants.register(context.db, admin, data, consent).participant_id


def open_dialog(qtbot: QtBot, dialog: EnrolDialog) -> EnrolDialog:
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    settle(qtbot, dialog.context)
    return dialog


def from_profile(qtbot: QtBot, context: AppContext, person: int, name: str) -> EnrolDialog:
    return open_dialog(qtbot, EnrolDialog(context, participant_id=person, participant_name=name))


def choose_row(qtbot: QtBot, table: QTableView, text: str) -> None:
    model = table.model()
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == text:
            rect = table.visualRect(model.index(row, 0))
            qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            return
    raise AssertionError(f"{text} is not listed")


def enrol_click(qtbot: QtBot, dialog: EnrolDialog) -> None:
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog.context)


def enrolments(context: AppContext, person: int) -> list[tuple[str, E]]:
    views = enrolment.enrolments_of_participant(context.db, context.actor, person)
    return [(view.cohort_code, view.status) for view in views]


# -- from the profile: choosing a cohort --------------------------------------------------------


def test_a_clerk_enrols_from_the_profile(qtbot: QtBot, clerk_context: AppContext) -> None:
    cohort = add_cohort(clerk_context, add_programme(clerk_context), capacity=3)
    person = add_person(clerk_context, "Nining Kurniasih")
    dialog = from_profile(qtbot, clerk_context, person, "Nining Kurniasih")

    model = dialog.ui.cohortTable.model()
    codes = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert cohort.code in codes
    row = codes.index(cohort.code)
    assert model.index(row, 4).data() == "3 of 3" and model.index(row, 5).data() == "0"
    assert "Choose the participant and the cohort" in dialog.ui.checkLabel.text()

    choose_row(qtbot, dialog.ui.cohortTable, cohort.code)
    settle(qtbot, clerk_context)
    assert "Meets every rule" in dialog.ui.checkLabel.text()
    assert "Nining Kurniasih will be accepted" in dialog.ui.seatLabel.text()
    assert dialog.ui.overrideEdit.isHidden()

    with qtbot.waitSignal(dialog.accepted):
        enrol_click(qtbot, dialog)
    assert dialog.enrolled is not None and dialog.enrolled.status is E.ACCEPTED
    assert enrolments(clerk_context, person) == [(cohort.code, E.ACCEPTED)]
    assert dialog.outcome_text().startswith(f"Enrolled Nining Kurniasih in {cohort.code}")


def test_no_cohort_chosen_is_said_beside_the_list(qtbot: QtBot, clerk_context: AppContext) -> None:
    add_cohort(clerk_context, add_programme(clerk_context))
    person = add_person(clerk_context, "Euis Sumiati")
    dialog = from_profile(qtbot, clerk_context, person, "Euis Sumiati")

    enrol_click(qtbot, dialog)

    assert dialog.isVisible() and dialog.enrolled is None
    assert dialog.ui.cohortError.text() == "Choose the cohort to enrol in."
    assert dialog.ui.cohortError.isVisible()
    assert dialog.ui.cohortTable.property("invalid") is True
    assert enrolments(clerk_context, person) == []


def test_a_clerk_cannot_pass_a_hard_rule(qtbot: QtBot, clerk_context: AppContext) -> None:
    cohort = add_cohort(clerk_context, add_programme(clerk_context, EligibilityRules(min_age=18)))
    young = add_person(clerk_context, "Rina Marlina", born=date.today() - timedelta(days=15 * 365))
    dialog = from_profile(qtbot, clerk_context, young, "Rina Marlina")
    choose_row(qtbot, dialog.ui.cohortTable, cohort.code)
    settle(qtbot, clerk_context)

    check = dialog.ui.checkLabel.text()
    assert "Refused: Aged 15 when the cohort starts; the programme is from 18." in check
    assert dialog.ui.overrideEdit.isHidden()  # no way round it for a clerk
    assert dialog.ui.seatLabel.text() == ""  # no word of seats for someone refused
    assert "Only an administrator can enrol them" in dialog.ui.formError.text()

    enrol_click(qtbot, dialog)
    assert dialog.isVisible() and dialog.enrolled is None
    assert "Only an administrator can enrol them" in dialog.ui.formError.text()
    assert enrolments(clerk_context, young) == []


def test_an_admin_overrides_with_a_reason_and_it_is_audited(
    qtbot: QtBot, admin_context: AppContext
) -> None:
    cohort = add_cohort(admin_context, add_programme(admin_context, EligibilityRules(min_age=18)))
    young = add_person(admin_context, "Rina Marlina", born=date.today() - timedelta(days=15 * 365))
    dialog = from_profile(qtbot, admin_context, young, "Rina Marlina")
    choose_row(qtbot, dialog.ui.cohortTable, cohort.code)
    settle(qtbot, admin_context)
    assert dialog.ui.overrideEdit.isVisible()

    enrol_click(qtbot, dialog)  # without a reason
    assert dialog.isVisible()
    assert "Give the reason for enrolling Rina Marlina" in dialog.ui.overrideError.text()
    assert dialog.ui.overrideEdit.property("invalid") is True
    assert enrolments(admin_context, young) == []

    qtbot.keyClicks(dialog.ui.overrideEdit, "Rekomendasi dinas sosial")
    with qtbot.waitSignal(dialog.accepted):
        enrol_click(qtbot, dialog)
    assert dialog.enrolled is not None and [f.rule for f in dialog.enrolled.overridden] == ["age"]
    found = audit.search_ids(
        admin_context.db, admin_context.actor, AuditFilter(action="enrolment.override")
    )
    (entry,) = audit.fetch(admin_context.db, admin_context.actor, found)
    assert entry.entity_id == str(dialog.enrolled.enrolment_id)
    assert entry.after is not None
    assert entry.after["override_reason"] == "Rekomendasi dinas sosial"


def test_a_second_enrolment_in_the_programme_is_refused_beside_the_cohort(
    qtbot: QtBot, clerk_context: AppContext
) -> None:
    programme = add_programme(clerk_context)
    first, second = add_cohort(clerk_context, programme), add_cohort(clerk_context, programme)
    person = add_person(clerk_context, "Yati Suryati")
    enrolment.enrol(clerk_context.db, clerk_context.actor, person, first.id)
    dialog = from_profile(qtbot, clerk_context, person, "Yati Suryati")

    choose_row(qtbot, dialog.ui.cohortTable, second.code)
    settle(qtbot, clerk_context)
    refusal = dialog.ui.cohortError.text()
    assert f"already enrolled in this programme (cohort {first.code})" in refusal
    enrol_click(qtbot, dialog)
    assert dialog.isVisible() and dialog.enrolled is None
    assert enrolments(clerk_context, person) == [(first.code, E.ACCEPTED)]


def test_a_refusal_from_the_service_stands_beside_its_cause(
    qtbot: QtBot, clerk_context: AppContext
) -> None:
    """The cohort finished at another desk after the check: enrol refuses, and says so."""
    cohort = add_cohort(clerk_context, add_programme(clerk_context))
    person = add_person(clerk_context, "Lilis Suryani")
    dialog = from_profile(qtbot, clerk_context, person, "Lilis Suryani")
    choose_row(qtbot, dialog.ui.cohortTable, cohort.code)
    settle(qtbot, clerk_context)
    admin = authenticate(clerk_context.db, "admin", "admin-demo")
    now = cohorts.change_status(
        clerk_context.db, admin, cohort.id, cohort.version, CohortStatus.RUNNING
    )
    cohorts.change_status(clerk_context.db, admin, cohort.id, now.version, CohortStatus.FINISHED)

    enrol_click(qtbot, dialog)

    assert dialog.isVisible() and dialog.enrolled is None
    assert f"Cohort {cohort.code} takes no more enrolments" in dialog.ui.cohortError.text()


# -- from a cohort: finding the person ----------------------------------------------------------


def test_from_a_cohort_the_clerk_finds_the_person_and_is_told_of_the_waitlist(
    qtbot: QtBot, clerk_context: AppContext
) -> None:
    cohort = add_cohort(clerk_context, add_programme(clerk_context), capacity=1)
    enrolment.enrol(
        clerk_context.db, clerk_context.actor, add_person(clerk_context, "Dedeh"), cohort.id
    )
    person = add_person(clerk_context, "Wartini Zulfikarsyah")
    full = cohorts.get_cohort(clerk_context.db, clerk_context.actor, cohort.id)
    dialog = open_dialog(qtbot, EnrolDialog(clerk_context, cohort=full))
    assert dialog.ui.cohortGroup.isHidden() and dialog.ui.participantGroup.isVisible()

    enrol_click(qtbot, dialog)  # nobody chosen yet
    assert dialog.ui.participantError.text() == "Choose the participant from the list."

    qtbot.keyClicks(dialog.ui.searchEdit, "zulfikarsyah")
    qtbot.waitUntil(lambda: dialog.people.rowCount() == 1)
    qtbot.keyClick(dialog.ui.searchEdit, Qt.Key.Key_Down)  # into the list, first row chosen
    settle(qtbot, clerk_context)
    assert dialog.participant_id == person
    assert "Wartini Zulfikarsyah will go on the waitlist" in dialog.ui.seatLabel.text()

    with qtbot.waitSignal(dialog.accepted):
        enrol_click(qtbot, dialog)
    assert dialog.enrolled is not None and dialog.enrolled.status is E.WAITLISTED
    assert dialog.outcome_text().startswith(
        f"Wartini Zulfikarsyah is on the waitlist of {cohort.code}"
    )


# -- the status dialog --------------------------------------------------------------------------


def test_the_status_dialog_offers_only_the_allowed_changes(
    qtbot: QtBot, clerk_context: AppContext
) -> None:
    cohort = add_cohort(clerk_context, add_programme(clerk_context))
    person = add_person(clerk_context, "Imas Masitoh")
    done = enrolment.enrol(clerk_context.db, clerk_context.actor, person, cohort.id)
    dialog = EnrolmentStatusDialog(clerk_context, done.enrolment_id, "Imas Masitoh", E.ACCEPTED)
    qtbot.addWidget(dialog)
    dialog.open()
    combo = dialog.ui.statusCombo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "In training",
        "Withdrawn before the start",
    ]
    ended = EnrolmentStatusDialog(clerk_context, done.enrolment_id, "Imas", E.COMPLETED)
    qtbot.addWidget(ended)
    assert ended.ui.statusCombo.count() == 0 and ended.ui.changePanel.isHidden()
    assert "has ended" in ended.ui.formError.text()


def test_dropping_out_needs_a_reason_and_the_freed_seat_is_offered(
    qtbot: QtBot, clerk_context: AppContext
) -> None:
    db, clerk = clerk_context.db, clerk_context.actor
    cohort = add_cohort(clerk_context, add_programme(clerk_context), capacity=1)
    first = enrolment.enrol(db, clerk, add_person(clerk_context, "Ai Rohaeti"), cohort.id)
    waiting = add_person(clerk_context, "Cucu Suarsih")
    enrolment.enrol(db, clerk, waiting, cohort.id)
    enrolment.change_status(db, clerk, first.enrolment_id, E.ACTIVE)
    dialog = EnrolmentStatusDialog(clerk_context, first.enrolment_id, "Ai Rohaeti", E.ACTIVE)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.ui.statusCombo.setCurrentIndex(dialog.ui.statusCombo.findData("dropped"))
    assert dialog.ui.reasonHint.text().startswith("Required")

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, clerk_context)
    assert dialog.ui.reasonError.text() == "Give the reason for dropping out."
    assert dialog.changed is None

    qtbot.keyClicks(dialog.ui.reasonEdit, "Pindah ke Bandung")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, clerk_context)
    assert dialog.changed is not None and dialog.changed.status is E.DROPPED
    assert dialog.ui.offerFrame.isVisible()
    offer = dialog.ui.offerLabel.text()
    assert "Offer it to Cucu Suarsih? First on the waitlist" in offer
    assert "Waiting for less than a day (+0)" in offer

    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ui.offerButton, Qt.MouseButton.LeftButton)
        settle(qtbot, clerk_context)
    assert dialog.offer_taken is not None and dialog.offer_taken.status is E.ACCEPTED
    assert enrolments(clerk_context, waiting) == [(cohort.code, E.ACCEPTED)]


def test_closing_after_the_change_still_reports_it(qtbot: QtBot, clerk_context: AppContext) -> None:
    db, clerk = clerk_context.db, clerk_context.actor
    cohort = add_cohort(clerk_context, add_programme(clerk_context), capacity=1)
    first = enrolment.enrol(db, clerk, add_person(clerk_context, "Ai"), cohort.id)
    enrolment.enrol(db, clerk, add_person(clerk_context, "Cucu"), cohort.id)
    dialog = EnrolmentStatusDialog(clerk_context, first.enrolment_id, "Ai", E.ACCEPTED)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.ui.statusCombo.setCurrentIndex(dialog.ui.statusCombo.findData("withdrawn"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, clerk_context)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # the seat stays free for later
    assert dialog.changed is not None and dialog.offer_taken is None


# -- for everyone -------------------------------------------------------------------------------


def test_every_control_has_a_name(qtbot: QtBot, admin_context: AppContext) -> None:
    add_cohort(admin_context, add_programme(admin_context))
    dialogs: list[QWidget] = [
        from_profile(qtbot, admin_context, add_person(admin_context, "Ani"), "Ani"),
        EnrolmentStatusDialog(admin_context, 1, "Ani", E.ACTIVE),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert _unnamed(dialog) == [] and _labels_without_buddy(dialog) == []


@pytest.mark.skipif(not os.environ.get("PELITA_SHOTS"), reason="PELITA_SHOTS=/folder keeps them")
@pytest.mark.parametrize("large", [False, True], ids=["normal", "large-text"])
def test_screenshots(
    qtbot: QtBot, admin_context: AppContext, clerk_context: AppContext, large: bool
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = app.font(), app.styleSheet()
    apply_style(app, large)
    suffix = "-large" if large else ""
    folder = Path(os.environ["PELITA_SHOTS"])
    folder.mkdir(parents=True, exist_ok=True)
    folder.mkdir(parents=True, exist_ok=True)
    try:
        rules = EligibilityRules(min_age=18, max_age=45)
        cohort = add_cohort(admin_context, add_programme(admin_context, rules), capacity=2)
        young = add_person(admin_context, "Rina Marlina", born=date(2011, 2, 1))
        kept: list[EnrolDialog] = []  # each stays open (and referenced) until the test ends
        for context, name in ((clerk_context, "clerk"), (admin_context, "admin")):
            dialog = from_profile(qtbot, context, young, "Rina Marlina")
            kept.append(dialog)
            choose_row(qtbot, dialog.ui.cohortTable, cohort.code)
            settle(qtbot, context)
            enrol_click(qtbot, dialog)
            # As on a 1366×768 desk (the test screen is smaller than that).
            dialog.resize(min(needed_width(dialog.ui.cohortTable), 1326), dialog.height())
            qtbot.wait(20)
            assert dialog.grab().save(str(folder / f"enrol-dialog-refused-{name}{suffix}.png"))
        full = cohorts.get_cohort(clerk_context.db, clerk_context.actor, cohort.id)
        dialog = open_dialog(qtbot, EnrolDialog(clerk_context, cohort=full))
        qtbot.keyClicks(dialog.ui.searchEdit, "rina marlina")
        qtbot.waitUntil(lambda: dialog.people.rowCount() > 0)
        dialog.ui.peopleTable.selectRow(0)
        settle(qtbot, clerk_context)
        assert dialog.grab().save(str(folder / f"enrol-dialog-from-cohort{suffix}.png"))
        db, clerk = clerk_context.db, clerk_context.actor
        a = enrolment.enrol(db, clerk, add_person(clerk_context, "Ai Rohaeti"), cohort.id)
        enrolment.enrol(db, clerk, add_person(clerk_context, "Cucu Suarsih"), cohort.id)
        enrolment.enrol(db, clerk, add_person(clerk_context, "Dedeh Kurniasih"), cohort.id)
        status = EnrolmentStatusDialog(clerk_context, a.enrolment_id, "Ai Rohaeti", E.ACCEPTED)
        qtbot.addWidget(status)
        status.open()
        qtbot.waitExposed(status)
        assert status.grab().save(str(folder / f"enrolment-status-dialog{suffix}.png"))
        status.ui.statusCombo.setCurrentIndex(status.ui.statusCombo.findData("withdrawn"))
        qtbot.mouseClick(status.save_button, Qt.MouseButton.LeftButton)
        settle(qtbot, clerk_context)
        qtbot.wait(20)
        assert status.grab().save(str(folder / f"enrolment-status-offer{suffix}.png"))
        assert isValid(status)
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)
