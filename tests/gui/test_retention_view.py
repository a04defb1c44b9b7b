"""The Retention tab of the Privacy page (desktop.gui.retention_view) over the demo centre with
a few finished cohorts, years later by the database's clock: the period shown and saved (a
wrong one refused next to the box), the people past it with their last activity, and
"Anonymise selected" after a confirmation naming them — all through the real services."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.domain.privacy import DEFAULT_RETENTION_MONTHS, anonymised_name
from desktop.gui.app_context import AppContext
from desktop.gui.privacy_confirm import ConfirmDialog
from desktop.gui.privacy_model import InactiveColumn
from desktop.gui.privacy_page import PrivacyPage
from desktop.gui.retention_view import RetentionView
from desktop.services import participants, retention
from desktop.services.retention import InactivePerson
from desktop.store.database import Database
from tests.gui.stock_fixtures import click, settle
from tests.services.test_follow_up_list import World, make_world

pytestmark = pytest.mark.usefixtures("windows_deleted_here")


@pytest.fixture
def world(gui_db: Database) -> World:
    """The small centre, looked at six years after it was written (everyone's last activity
    is older than the default five years)."""
    world = make_world(gui_db)
    later = datetime.now(UTC) + timedelta(days=6 * 366)
    gui_db.clock = lambda: later
    return world


def open_view(qtbot: QtBot, context: AppContext) -> RetentionView:
    page = PrivacyPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 620)
    page.show()
    qtbot.waitExposed(page)
    page.ui.tabs.setCurrentWidget(page.ui.retentionTab)
    settle(qtbot, context)
    assert page.retention is not None
    return page.retention


def listed(view: RetentionView) -> list[InactivePerson]:
    rows = [view.model.row_at(row) for row in range(view.model.rowCount())]
    return [row for row in rows if row is not None]


def test_the_period_is_shown_and_saved(
    qtbot: QtBot, world: World, admin_context: AppContext
) -> None:
    view = open_view(qtbot, admin_context)
    assert view.ui.monthsSpin.value() == DEFAULT_RETENTION_MONTHS
    assert len(listed(view)) == len(world.people)
    view.ui.monthsSpin.setValue(120)  # ten years: nobody is past it yet
    click(qtbot, view.ui.savePeriodButton)
    settle(qtbot, admin_context)
    assert retention.retention_months(admin_context.db) == 120
    assert "120 months" in view.ui.messageLabel.text()
    assert listed(view) == []
    assert view.ui.countLabel.text() == "Nobody is past the period."


def test_a_period_of_no_months_is_refused_next_to_the_box(
    qtbot: QtBot, world: World, admin_context: AppContext
) -> None:
    view = open_view(qtbot, admin_context)
    view.ui.monthsSpin.setValue(0)
    click(qtbot, view.ui.savePeriodButton)
    settle(qtbot, admin_context)
    assert view.ui.periodError.isVisible()
    assert "from 1 to 1200" in view.ui.periodError.text()
    assert view.ui.monthsSpin.value() == 0  # what was typed stays
    assert retention.retention_months(admin_context.db) == DEFAULT_RETENTION_MONTHS


def test_the_people_past_the_period_show_their_last_activity(
    qtbot: QtBot, world: World, admin_context: AppContext
) -> None:
    view = open_view(qtbot, admin_context)
    people = listed(view)
    assert {person.name for person in people} == set(world.people)
    assert view.ui.countLabel.text() == f"{len(people)} people past the period"
    first = view.model.index(0, InactiveColumn.WHAT).data()
    assert first in {"Registered", "Enrolment"}
    assert view.model.index(0, InactiveColumn.LAST_ACTIVITY).data()
    assert not view.ui.anonymiseButton.isEnabled()


def select(view: RetentionView, names: list[str]) -> None:
    table, people = view.ui.inactiveTable, listed(view)
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for name in names:
        row = next(i for i, person in enumerate(people) if person.name == name)
        table.selectionModel().select(view.model.index(row, 0), flags)


def test_anonymising_the_selected_after_a_confirmation_naming_them(
    qtbot: QtBot, world: World, admin_context: AppContext
) -> None:
    view = open_view(qtbot, admin_context)
    before = len(listed(view))
    select(view, ["Gita Lestari", "Hana Wijaya"])
    assert view.ui.anonymiseButton.text() == "&Anonymise 2 people…"
    click(qtbot, view.ui.anonymiseButton)
    confirm = view.confirm
    assert isinstance(confirm, ConfirmDialog) and confirm.isVisible()
    question = confirm.ui.questionLabel.text()
    assert "Gita Lestari" in question and "Hana Wijaya" in question and "2 people" in question
    assert "certificates" in confirm.ui.detailsLabel.text()
    assert not confirm.action_button.isEnabled()
    click(qtbot, confirm.ui.understandCheck)
    click(qtbot, confirm.action_button)
    settle(qtbot, admin_context)
    assert view.ui.messageLabel.text() == "Anonymised 2 people."
    names = {person.name for person in listed(view)}
    assert len(names) == before - 2
    assert "Gita Lestari" not in names and "Hana Wijaya" not in names
    for name in ("Gita Lestari", "Hana Wijaya"):
        person = world.people[name]
        record = participants.get(admin_context.db, admin_context.actor, person)
        assert record.values["full_name"] == anonymised_name(person)


def test_cancelling_anonymises_nobody(
    qtbot: QtBot, world: World, admin_context: AppContext
) -> None:
    view = open_view(qtbot, admin_context)
    before = listed(view)
    select(view, ["Gita Lestari"])
    assert view.ui.anonymiseButton.text() == "&Anonymise selected…"
    click(qtbot, view.ui.anonymiseButton)
    confirm = view.confirm
    assert confirm is not None
    assert confirm.ui.questionLabel.text() == "Anonymise Gita Lestari? This cannot be undone."
    cancel = confirm.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    settle(qtbot, admin_context)
    assert listed(view) == before
