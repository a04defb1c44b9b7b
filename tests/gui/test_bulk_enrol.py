"""Bulk enrolment from the participant list over the demo centre: select several people,
choose a cohort, and read a report of who was enrolled, waitlisted or refused and why; the
report copied and saved, a group at a time with progress, and stopped part-way."""

from __future__ import annotations

import csv
import os
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from desktop.domain.enrolment import EnrolmentStatus
from desktop.domain.programme_rules import EligibilityRules
from desktop.gui import bulk_enrol_dialog
from desktop.gui.app_context import AppContext
from desktop.gui.bulk_enrol_dialog import BulkEnrolDialog, Column
from desktop.gui.participants_page import ParticipantsPage
from desktop.gui.style import apply_style
from desktop.services import enrolment
from desktop.services.cohort_rows import CohortDetail
from tests.gui.test_accessibility import _labels_without_buddy, _unnamed
from tests.gui.test_enrol_dialog import (
    add_cohort,
    add_person,
    add_programme,
    choose_row,
)
from tests.gui.test_participants_page import open_page
from tests.gui.test_participants_page import settle as settle_page

pytestmark = pytest.mark.usefixtures("windows_deleted_here")

E = EnrolmentStatus
YOUNG = date.today() - timedelta(days=16 * 365)
# In the order the list shows them (by name).
PEOPLE = (
    ("Ani Tjitrawarsa", date(1990, 1, 1)),
    ("Budi Tjitrawarsa", date(1991, 1, 1)),
    ("Cicih Tjitrawarsa", YOUNG),
    ("Dadang Tjitrawarsa", date(1992, 1, 1)),
    ("Euis Tjitrawarsa", date(1993, 1, 1)),
)


def settle(qtbot: QtBot, context: AppContext) -> None:
    qtbot.waitUntil(lambda: context.runner.idle)


def scene(context: AppContext) -> tuple[CohortDetail, CohortDetail, dict[str, int]]:
    """A cohort with 2 seats of a programme from 18 years old; Euis already in another cohort
    of the same programme."""
    programme = add_programme(context, EligibilityRules(min_age=18))
    cohort, other = add_cohort(context, programme, capacity=2), add_cohort(context, programme)
    people = {name: add_person(context, name, born) for name, born in PEOPLE}
    enrolment.enrol(context.db, context.actor, people["Euis Tjitrawarsa"], other.id)
    return cohort, other, people


def listed(qtbot: QtBot, context: AppContext, text: str) -> ParticipantsPage:
    page = open_page(qtbot, context)
    qtbot.keyClicks(page.ui.searchEdit, text)
    settle_page(qtbot, page)
    return page


def select_all(qtbot: QtBot, page: ParticipantsPage) -> BulkEnrolDialog:
    page.ui.participantsTable.setFocus()
    page.ui.participantsTable.selectAll()
    qtbot.mouseClick(page.ui.enrolSelectedButton, Qt.MouseButton.LeftButton)
    dialog = page.bulk_dialog
    assert isinstance(dialog, BulkEnrolDialog)
    settle(qtbot, page.context)
    return dialog


def run(qtbot: QtBot, dialog: BulkEnrolDialog, code: str) -> None:
    choose_row(qtbot, dialog.ui.cohortTable, code)
    qtbot.mouseClick(dialog.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ui.stack.currentWidget() is dialog.ui.reportPage)
    settle(qtbot, dialog.context)


def report(dialog: BulkEnrolDialog) -> list[tuple[str, str, str]]:
    model = dialog.report
    return [
        tuple(str(model.index(row, column).data()) for column in (1, 2, 3))  # type: ignore[misc]
        for row in range(model.rowCount())
    ]


def test_a_mix_is_reported_person_by_person(qtbot: QtBot, clerk_context: AppContext) -> None:
    cohort, other, people = scene(clerk_context)
    page = listed(qtbot, clerk_context, "tjitrawarsa")
    assert page.model.rowCount() == 5
    dialog = select_all(qtbot, page)
    assert dialog.people == [(people[name], name) for name, _born in PEOPLE]
    assert dialog.enrol_button.text() == "&Enrol 5 people"

    run(qtbot, dialog, cohort.code)

    lines = report(dialog)
    assert [(name, outcome) for name, outcome, _why in lines] == [
        ("Ani Tjitrawarsa", "Enrolled, with a seat"),
        ("Budi Tjitrawarsa", "Enrolled, with a seat"),
        ("Cicih Tjitrawarsa", "Refused"),
        ("Dadang Tjitrawarsa", "On the waitlist"),  # the two seats are gone
        ("Euis Tjitrawarsa", "Refused"),
    ]
    assert lines[2][2] == "Refused: Aged 16 when the cohort starts; the programme is from 18."
    # The waitlisted person's place, read once the run is over.
    qtbot.waitUntil(lambda: report(dialog)[3][2] == "Place 1 on the waitlist")
    assert f"already enrolled in this programme (cohort {other.code})" in lines[4][2]
    assert dialog.ui.summaryLabel.text() == (
        f"{cohort.code}: 2 enrolled with a seat, 1 on the waitlist, 2 refused."
    )
    assert dialog.ui.copyButton.isVisible() and dialog.ui.saveButton.isVisible()
    assert dialog.enrol_button.isHidden()
    roster = enrolment.roster(clerk_context.db, clerk_context.actor, cohort.id)
    assert sorted((line.full_name, line.status) for line in roster) == [
        ("Ani Tjitrawarsa", E.ACCEPTED),
        ("Budi Tjitrawarsa", E.ACCEPTED),
        ("Dadang Tjitrawarsa", E.WAITLISTED),
    ]


def test_the_report_is_copied_and_saved(
    qtbot: QtBot, clerk_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cohort, _other, _people = scene(clerk_context)
    page = listed(qtbot, clerk_context, "tjitrawarsa")
    dialog = select_all(qtbot, page)
    run(qtbot, dialog, cohort.code)

    qtbot.mouseClick(dialog.ui.copyButton, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied[0] == "No.\tName\tOutcome\tWhy"
    assert copied[3].startswith("3\tCicih Tjitrawarsa\tRefused\tRefused: Aged 16")
    assert "Copied the report." in dialog.ui.summaryLabel.text()

    target = tmp_path / "laporan"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    with (tmp_path / "laporan.csv").open(encoding="utf-8-sig", newline="") as file:
        saved = list(csv.reader(file))
    assert saved[0] == ["No.", "Name", "Outcome", "Why"]
    assert saved[4][:3] == ["4", "Dadang Tjitrawarsa", "On the waitlist"]
    assert len(saved) == 6


def test_no_cohort_chosen_and_no_one_selected(qtbot: QtBot, clerk_context: AppContext) -> None:
    scene(clerk_context)
    page = listed(qtbot, clerk_context, "tjitrawarsa")
    qtbot.mouseClick(page.ui.enrolSelectedButton, Qt.MouseButton.LeftButton)
    assert page.bulk_dialog is None
    assert "Select the people to enrol first" in page.ui.statusLabel.text()

    dialog = select_all(qtbot, page)
    qtbot.mouseClick(dialog.enrol_button, Qt.MouseButton.LeftButton)
    assert dialog.ui.cohortError.text() == "Choose the cohort to enrol them in."
    assert dialog.ui.cohortTable.property("invalid") is True
    assert dialog.ui.stack.currentWidget() is dialog.ui.choosePage
    assert _unnamed(dialog) == [] and _labels_without_buddy(dialog) == []


def test_a_group_at_a_time_and_stopped_part_way(
    qtbot: QtBot, clerk_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk_enrol_dialog, "CHUNK", 2)
    cohort, _other, _people = scene(clerk_context)
    page = listed(qtbot, clerk_context, "tjitrawarsa")
    dialog = select_all(qtbot, page)
    choose_row(qtbot, dialog.ui.cohortTable, cohort.code)
    qtbot.mouseClick(dialog.enrol_button, Qt.MouseButton.LeftButton)
    assert dialog.running and dialog.ui.progressBar.maximum() == 5
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)  # Stop
    assert dialog.isVisible() and dialog.stopping
    qtbot.waitUntil(lambda: dialog.ui.stack.currentWidget() is dialog.ui.reportPage)

    outcomes = [outcome for _name, outcome, _why in report(dialog)]
    assert (
        outcomes == ["Enrolled, with a seat", "Enrolled, with a seat"] + ["Not done (stopped)"] * 3
    )
    assert "Stopped: 3 not done." in dialog.ui.summaryLabel.text()
    roster = enrolment.roster(clerk_context.db, clerk_context.actor, cohort.id)
    assert len(roster) == 2


def test_a_cohort_that_closed_meanwhile_is_said_beside_the_list(
    qtbot: QtBot, clerk_context: AppContext
) -> None:
    from desktop.domain.cohort import CohortStatus
    from desktop.services import cohorts
    from desktop.services.accounts import authenticate

    cohort, _other, _people = scene(clerk_context)
    page = listed(qtbot, clerk_context, "tjitrawarsa")
    dialog = select_all(qtbot, page)
    admin = authenticate(clerk_context.db, "admin", "admin-demo")
    running = cohorts.change_status(
        clerk_context.db, admin, cohort.id, cohort.version, CohortStatus.RUNNING
    )
    cohorts.change_status(
        clerk_context.db, admin, cohort.id, running.version, CohortStatus.FINISHED
    )
    choose_row(qtbot, dialog.ui.cohortTable, cohort.code)
    qtbot.mouseClick(dialog.enrol_button, Qt.MouseButton.LeftButton)
    settle(qtbot, clerk_context)
    assert f"Cohort {cohort.code} takes no more enrolments" in dialog.ui.cohortError.text()
    assert dialog.ui.stack.currentWidget() is dialog.ui.choosePage
    assert dialog.enrol_button.isEnabled() and not dialog.running


@pytest.mark.skipif(not os.environ.get("PELITA_SHOTS"), reason="PELITA_SHOTS=/folder keeps them")
def test_screenshots(qtbot: QtBot, clerk_context: AppContext) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = app.font(), app.styleSheet()
    apply_style(app, False)
    folder = Path(os.environ["PELITA_SHOTS"])
    folder.mkdir(parents=True, exist_ok=True)
    try:
        cohort, _other, _people = scene(clerk_context)
        page = listed(qtbot, clerk_context, "tjitrawarsa")
        page.resize(1170, 700)
        page.ui.participantsTable.selectAll()
        qtbot.wait(20)
        assert page.grab().save(str(folder / "participants-page-selection.png"))
        dialog = select_all(qtbot, page)
        choose_row(qtbot, dialog.ui.cohortTable, cohort.code)
        assert dialog.grab().save(str(folder / "bulk-enrol-choose.png"))
        run(qtbot, dialog, cohort.code)
        qtbot.wait(20)
        assert dialog.grab().save(str(folder / "bulk-enrol-report.png"))
        assert dialog.ui.reportTable.model().index(0, Column.WHY).data() == ""
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)
