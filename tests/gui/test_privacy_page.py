"""The Privacy page's requests (desktop.gui.privacy_page) over the demo centre with a few
finished cohorts (tests.services.test_follow_up_list.World), driven with clicks and typing in
the real dialogs; every call goes to the real services on the worker and the tests wait for
it: recording a request and its due date, overdue requests first and in red, a copy of the
data written as JSON and PDF, a correction opening the profile, deletion after a serious
confirmation, withdrawal taking the person off the call list, closing with an outcome, and
what a clerk may do."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QPushButton
from pytestqt.qtbot import QtBot
from shiboken6 import isValid
from sqlalchemy import select

from desktop.domain.privacy import DUE_AFTER, RequestKind, RequestStatus, anonymised_name
from desktop.gui.app_context import AppContext
from desktop.gui.data_request_dialog import DataRequestDialog
from desktop.gui.formatting import show_date_time
from desktop.gui.privacy_close_dialog import CloseRequestDialog
from desktop.gui.privacy_confirm import ConfirmDialog
from desktop.gui.privacy_model import OVERDUE_COLOUR, RequestColumn
from desktop.gui.privacy_page import PrivacyPage
from desktop.gui.table_selection import select_row
from desktop.services import data_requests, participants
from desktop.services.data_requests import DataRequestRow
from desktop.services.follow_up import call_list
from desktop.store.database import Database
from desktop.store.participants import Participant
from tests.gui.stock_fixtures import click, settle
from tests.services.test_follow_up_list import TODAY, World, make_world

pytestmark = pytest.mark.usefixtures("windows_deleted_here")

NOON = datetime.combine(TODAY, time(12)).astimezone()


@pytest.fixture
def world(gui_db: Database) -> World:
    """The centre as on TODAY at noon; Siti Aminah is due a follow-up call."""
    gui_db.clock = lambda: NOON
    world = make_world(gui_db)
    with gui_db.sessions.begin() as session:  # World writes the rows alone: findable by name
        for person in session.scalars(select(Participant)):
            person.search_text = person.full_name.casefold()
    return world


def open_page(qtbot: QtBot, context: AppContext) -> PrivacyPage:
    page = PrivacyPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 620)
    page.show()
    qtbot.waitExposed(page)
    settle(qtbot, context)
    return page


def recorded(
    context: AppContext, world: World, name: str, kind: RequestKind, hours_ago: int = 1
) -> DataRequestRow:
    """A request recorded at the desk earlier (through the service)."""
    return data_requests.record_request(
        context.db,
        context.actor,
        world.people[name],
        kind,
        f"{name} asked at the desk.",
        received_at=NOON - timedelta(hours=hours_ago),
    )


def shown(page: PrivacyPage) -> list[DataRequestRow]:
    rows = [page.model.row_at(row) for row in range(page.model.rowCount())]
    return [row for row in rows if row is not None]


def choose(qtbot: QtBot, page: PrivacyPage, request_id: int) -> DataRequestRow:
    row = page.model.row_of(request_id)
    assert row is not None
    select_row(page.ui.requestsTable, row, RequestColumn.PERSON)
    chosen = page.selected()
    assert chosen is not None and chosen.id == request_id
    return chosen


def pick(qtbot: QtBot, dialog: DataRequestDialog, name: str) -> None:
    picker = dialog.ui.participantPicker
    picker.search_edit.setText(name)
    picker.search_now()
    qtbot.waitUntil(lambda: any(row.full_name == name for row in picker.people._rows))
    row = next(i for i, found in enumerate(picker.people._rows) if found.full_name == name)
    picker.table.selectRow(row)


def save_button(dialog: DataRequestDialog | CloseRequestDialog) -> QPushButton:
    button: QPushButton = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    return button


def test_recording_a_request_shows_its_due_date_and_lists_it(
    qtbot: QtBot, world: World, admin_context: AppContext
) -> None:
    page = open_page(qtbot, admin_context)
    assert shown(page) == []
    assert page.ui.countLabel.text() == "No request is waiting."
    click(qtbot, page.ui.recordButton)
    dialog = page.dialog
    assert isinstance(dialog, DataRequestDialog) and dialog.isVisible()
    pick(qtbot, dialog, "Eka Putri")
    index = dialog.ui.kindCombo.findData(RequestKind.DELETION.value)
    dialog.ui.kindCombo.setCurrentIndex(index)
    assert "anonymised" in dialog.ui.kindHint.text()
    qtbot.keyClicks(dialog.ui.detailsEdit, "Letter of 19 November: delete everything.")
    # Received yesterday at 09:30: due three days after that, shown as it is typed.
    received = (NOON - timedelta(days=1)).replace(hour=9, minute=30)
    dialog.ui.receivedDateEdit.setDate(received.date())
    dialog.ui.receivedTimeEdit.setTime(received.time())
    due = show_date_time(received + DUE_AFTER)
    assert due in dialog.ui.dueLabel.text()
    click(qtbot, save_button(dialog))
    settle(qtbot, admin_context)
    [request] = shown(page)
    assert request.participant_name == "Eka Putri"
    assert request.kind == RequestKind.DELETION
    assert request.details == "Letter of 19 November: delete everything."
    assert request.received_at == received
    assert request.due_at == received + DUE_AFTER
    assert page.selected() == request
    assert due in page.ui.messageLabel.text()
    assert page.ui.countLabel.text() == "1 request waiting"
    assert page.ui.actButton.text() == "&Anonymise…"


def test_a_request_without_a_person_is_refused_next_to_the_field(
    qtbot: QtBot, world: World, admin_context: AppContext
) -> None:
    page = open_page(qtbot, admin_context)
    click(qtbot, page.ui.recordButton)
    dialog = page.dialog
    assert isinstance(dialog, DataRequestDialog)
    qtbot.keyClicks(dialog.ui.detailsEdit, "Asked by phone")
    click(qtbot, save_button(dialog))
    assert dialog.isVisible()
    assert dialog.ui.participantError.isVisible()
    assert "choose them from the list" in dialog.ui.participantError.text()
    assert dialog.ui.detailsEdit.toPlainText() == "Asked by phone"
    # A moment in the future is the service's refusal, shown beside the date.
    pick(qtbot, dialog, "Eka Putri")
    tomorrow = NOON + timedelta(days=1)
    dialog.ui.receivedDateEdit.setDate(tomorrow.date())
    click(qtbot, save_button(dialog))
    settle(qtbot, admin_context)
    assert dialog.isVisible()
    assert "future" in dialog.ui.receivedError.text()
    assert not dialog.ui.participantError.isVisible()
    assert data_requests.list_requests(admin_context.db, admin_context.actor) == []


def test_a_late_entry_says_it_is_already_past_due(
    qtbot: QtBot, world: World, admin_context: AppContext
) -> None:
    page = open_page(qtbot, admin_context)
    click(qtbot, page.ui.recordButton)
    dialog = page.dialog
    assert isinstance(dialog, DataRequestDialog)
    assert dialog.ui.dueLabel.property("role") != "error"
    dialog.ui.receivedDateEdit.setDate((NOON - timedelta(days=4)).date())
    assert "already past" in dialog.ui.dueLabel.text()
    assert dialog.ui.dueLabel.property("role") == "error"


def test_overdue_requests_come_first_in_red(
    qtbot: QtBot, world: World, admin_context: AppContext
) -> None:
    fresh = recorded(admin_context, world, "Eka Putri", RequestKind.ACCESS, hours_ago=2)
    late = recorded(admin_context, world, "Fajar Nugroho", RequestKind.CORRECTION, hours_ago=80)
    page = open_page(qtbot, admin_context)
    assert [row.id for row in shown(page)] == [late.id, fresh.id]
    overdue = page.model.index(0, RequestColumn.STATE)
    assert overdue.data() == "Overdue"
    assert overdue.data(Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOUR
    font = page.model.index(0, RequestColumn.PERSON).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert page.model.index(1, RequestColumn.STATE).data() == "Open"
    assert page.model.index(1, RequestColumn.STATE).data(Qt.ItemDataRole.ForegroundRole) is None
    assert page.ui.countLabel.text() == "2 requests waiting · 1 overdue"


def test_access_writes_json_and_pdf_and_offers_to_open_the_pdf(
    qtbot: QtBot,
    world: World,
    admin_context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "copy"
    target.mkdir()
    request = recorded(admin_context, world, "Eka Putri", RequestKind.ACCESS)
    page = open_page(qtbot, admin_context)
    choose(qtbot, page, request.id)
    assert page.ui.actButton.text() == "E&xport their data…"
    assert not page.ui.openPdfButton.isVisible()
    asked: list[str] = []

    def folder(_parent: object, title: str, _start: str) -> str:
        asked.append(title)
        return str(target)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(folder))
    click(qtbot, page.ui.actButton)
    settle(qtbot, admin_context)
    assert asked == ["Folder for the copy of Eka Putri's data"]
    written = sorted(path.suffix for path in target.iterdir())
    assert written == [".json", ".pdf"]
    pdf = next(target.glob("*.pdf"))
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "Eka Putri" in next(target.glob("*.json")).read_text(encoding="utf-8")
    assert pdf.name in page.ui.messageLabel.text()
    assert page.ui.openPdfButton.isVisible()
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    click(qtbot, page.ui.openPdfButton)
    assert opened == [QUrl.fromLocalFile(str(pdf))]
    # Closing offers what was done as the outcome.
    click(qtbot, page.ui.closeButton)
    dialog = page.dialog
    assert isinstance(dialog, CloseRequestDialog)
    assert pdf.name in dialog.ui.outcomeEdit.toPlainText()


def test_cancelling_the_folder_writes_nothing(
    qtbot: QtBot, world: World, admin_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    request = recorded(admin_context, world, "Eka Putri", RequestKind.ACCESS)
    page = open_page(qtbot, admin_context)
    choose(qtbot, page, request.id)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_args: ""))
    click(qtbot, page.ui.actButton)
    settle(qtbot, admin_context)
    assert page.written_pdf is None
    assert not page.ui.messageLabel.isVisible()


def test_a_correction_opens_the_persons_profile(
    qtbot: QtBot, world: World, admin_context: AppContext
) -> None:
    request = recorded(admin_context, world, "Eka Putri", RequestKind.CORRECTION)
    page = open_page(qtbot, admin_context)
    choose(qtbot, page, request.id)
    assert page.ui.actButton.text() == "Open the &profile"
    with qtbot.waitSignal(page.open_participant_requested) as signal:
        click(qtbot, page.ui.actButton)
    assert signal.args == [world.people["Eka Putri"]]


def test_deletion_asks_seriously_then_anonymises(
    qtbot: QtBot, world: World, admin_context: AppContext
) -> None:
    request = recorded(admin_context, world, "Eka Putri", RequestKind.DELETION)
    page = open_page(qtbot, admin_context)
    choose(qtbot, page, request.id)
    click(qtbot, page.ui.actButton)
    confirm = page.confirm
    assert isinstance(confirm, ConfirmDialog) and confirm.isVisible()
    assert "Eka Putri" in confirm.ui.questionLabel.text()
    assert "cannot be undone" in confirm.ui.questionLabel.text()
    kept = confirm.ui.detailsLabel.text()
    assert "NIK" in kept and "certificates" in kept and "Kept:" in kept
    # Nothing happens until "I understand" is ticked: Enter, or the button, do nothing.
    assert not confirm.action_button.isEnabled()
    confirm.accept()
    assert confirm.isVisible()
    click(qtbot, confirm.ui.understandCheck)
    assert confirm.action_button.isEnabled()
    click(qtbot, confirm.action_button)
    settle(qtbot, admin_context)
    person = world.people["Eka Putri"]
    record = participants.get(admin_context.db, admin_context.actor, person)
    assert record.values["full_name"] == anonymised_name(person)
    # The request was closed as done: it left the open list.
    assert all(row.id != request.id for row in shown(page))
    assert "Anonymised Eka Putri" in page.ui.messageLabel.text()
    [closed] = [
        row
        for row in data_requests.list_requests(admin_context.db, admin_context.actor)
        if row.id == request.id
    ]
    assert closed.status == RequestStatus.DONE


def test_cancelling_the_deletion_changes_nothing(
    qtbot: QtBot, world: World, admin_context: AppContext
) -> None:
    request = recorded(admin_context, world, "Eka Putri", RequestKind.DELETION)
    page = open_page(qtbot, admin_context)
    choose(qtbot, page, request.id)
    click(qtbot, page.ui.actButton)
    confirm = page.confirm
    assert confirm is not None
    click(qtbot, confirm.ui.understandCheck)
    cancel = confirm.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
    click(qtbot, cancel)
    settle(qtbot, admin_context)
    record = participants.get(admin_context.db, admin_context.actor, world.people["Eka Putri"])
    assert record.values["full_name"] == "Eka Putri"
    assert [row.id for row in shown(page)] == [request.id]


def on_call_list(context: AppContext, name: str) -> bool:
    return any(row.full_name == name for row in call_list(context.db, context.actor, TODAY))


def test_withdrawing_consent_takes_the_person_off_the_call_list(
    qtbot: QtBot, world: World, admin_context: AppContext
) -> None:
    assert on_call_list(admin_context, "Siti Aminah")
    request = recorded(admin_context, world, "Siti Aminah", RequestKind.WITHDRAWAL)
    page = open_page(qtbot, admin_context)
    choose(qtbot, page, request.id)
    click(qtbot, page.ui.actButton)
    confirm = page.confirm
    assert isinstance(confirm, ConfirmDialog)
    assert "Siti Aminah" in confirm.ui.questionLabel.text()
    assert not confirm.ui.understandCheck.isVisible()  # it only narrows what the centre does
    click(qtbot, confirm.action_button)
    settle(qtbot, admin_context)
    assert not on_call_list(admin_context, "Siti Aminah")
    assert shown(page) == []  # closed as done
    assert "closed as done" in page.ui.messageLabel.text()


def test_closing_a_request_needs_its_outcome(
    qtbot: QtBot, world: World, admin_context: AppContext
) -> None:
    request = recorded(admin_context, world, "Eka Putri", RequestKind.CORRECTION)
    page = open_page(qtbot, admin_context)
    choose(qtbot, page, request.id)
    click(qtbot, page.ui.closeButton)
    dialog = page.dialog
    assert isinstance(dialog, CloseRequestDialog)
    assert "Eka Putri" in dialog.ui.requestLabel.text()
    radio = dialog.ui.refusedRadio  # clicked on its round button (the row is wider)
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    assert radio.isChecked()
    assert dialog.ui.outcomeLabel.text() == "&Why refused:"
    click(qtbot, save_button(dialog))
    assert dialog.isVisible()
    assert dialog.ui.outcomeError.text() == "Say why the request was refused."
    qtbot.keyClicks(dialog.ui.outcomeEdit, "The record was already right; shown to her.")
    click(qtbot, save_button(dialog))
    settle(qtbot, admin_context)
    assert not isValid(dialog)  # closed (and deleted)
    assert shown(page) == []
    assert page.ui.countLabel.text() == "No request is waiting."
    click(qtbot, page.ui.closedCheck)
    settle(qtbot, admin_context)
    [closed] = shown(page)
    assert closed.status == RequestStatus.REFUSED
    assert page.model.index(0, RequestColumn.STATE).data() == "Refused"
    assert page.model.index(0, RequestColumn.OUTCOME).data() == (
        "The record was already right; shown to her."
    )
    choose(qtbot, page, request.id)
    assert not page.ui.actButton.isEnabled()
    assert not page.ui.closeButton.isEnabled()


def test_a_clerk_records_and_withdraws_but_leaves_the_rest_to_administrators(
    qtbot: QtBot, world: World, clerk_context: AppContext
) -> None:
    withdrawal = recorded(clerk_context, world, "Siti Aminah", RequestKind.WITHDRAWAL)
    deletion = recorded(clerk_context, world, "Eka Putri", RequestKind.DELETION)
    page = open_page(qtbot, clerk_context)
    assert page.retention is None
    assert page.ui.tabs.count() == 1
    assert not page.ui.closeButton.isVisible()
    assert page.ui.recordButton.isEnabled()
    choose(qtbot, page, deletion.id)
    assert not page.ui.actButton.isEnabled()
    assert "An administrator answers" in page.ui.detailsLabel.text()
    choose(qtbot, page, withdrawal.id)
    assert page.ui.actButton.isEnabled()
    click(qtbot, page.ui.actButton)
    assert page.confirm is not None
    click(qtbot, page.confirm.action_button)
    settle(qtbot, clerk_context)
    # It holds at once; the request stays open for an administrator to close.
    assert not on_call_list(clerk_context, "Siti Aminah")
    assert withdrawal.id in [row.id for row in shown(page)]
    assert "An administrator closes the request" in page.ui.messageLabel.text()


def test_coming_back_to_the_page_reads_the_requests_again(
    qtbot: QtBot, world: World, admin_context: AppContext
) -> None:
    page = open_page(qtbot, admin_context)
    assert shown(page) == []
    page.hide()
    request = recorded(admin_context, world, "Eka Putri", RequestKind.ACCESS)  # another desk
    page.show()
    settle(qtbot, admin_context)
    assert [row.id for row in shown(page)] == [request.id]
