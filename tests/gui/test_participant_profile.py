"""A participant's profile and the merge dialog, on a real SQLite database: what each role sees,
editing from the profile, printing for signature, and merging two records as an admin."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QFormLayout, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.domain.choices import (
    Assistance,
    Disability,
    Employment,
    ParticipantStatus,
)
from desktop.domain.participant import input_from_values
from desktop.gui.app_context import AppContext
from desktop.gui.main_window import MainWindow
from desktop.gui.merge_dialog import MergeDialog
from desktop.gui.participant_form import ParticipantForm
from desktop.gui.participant_profile import ParticipantProfile
from desktop.gui.participants_page import ParticipantsPage
from desktop.gui.region_picker import VILLAGE
from desktop.gui.style import apply_style
from desktop.services import participants, registry
from desktop.services.registry import RegistryQuery
from desktop.store.database import Database
from tests.gui.test_accessibility import _labels_without_buddy, _unnamed
from tests.gui.test_participant_form import register_siti
from tests.gui.test_participants_page import (
    PEOPLE,
    add_people,
    open_page,
    rows,
    settle,
)


@pytest.fixture
def people(gui_db: Database) -> Database:
    add_people(gui_db)
    return gui_db


def texts(form: QFormLayout) -> dict[str, str]:
    """A section's rows as {caption: value}."""
    found = {}
    for row in range(form.rowCount()):
        caption = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
        value = form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
        assert isinstance(caption, QLabel) and isinstance(value, QLabel)
        found.setdefault(caption.text().rstrip(":"), value.text())
    return found


def shown(qtbot: QtBot, context: AppContext, participant_id: int) -> ParticipantProfile:
    profile = ParticipantProfile(context, participant_id)
    qtbot.addWidget(profile)
    profile.show()
    qtbot.waitUntil(lambda: profile.loaded is not None and context.runner.idle)
    return profile


def siti(context: AppContext) -> int:
    return register_siti(
        context,
        occupation="Penjahit rumahan",
        employment=Employment.HOMEMAKER,
        disabilities=frozenset({Disability.SENSORY_HEARING}),
        assistance=frozenset({Assistance.PKH}),
        street="Kp. Babakan RT 3",
    )


def test_a_clerk_sees_the_record_grouped_as_on_the_form(
    qtbot: QtBot, clerk_context: AppContext
) -> None:
    pid = siti(clerk_context)
    profile = shown(qtbot, clerk_context, pid)
    ui = profile.ui
    assert ui.nameLabel.text() == "Siti Aminah"
    assert f"No. {pid}" in ui.factsLabel.text() and "Active" in ui.factsLabel.text()
    identity = texts(ui.identityForm)
    assert identity["NIK"] == "none: Declined to give it"
    assert identity["Date of birth"].startswith("12 ")  # 12 May 1990, in the desk's language
    assert identity["Sex"] == "Female"
    address = texts(ui.addressForm)
    assert address["Phone (WhatsApp)"] == "0812-3456-7890"
    assert address["Village"] == "Bojongkaso"
    assert address["Regency or city"] == "Kabupaten Cianjur"
    assert address["Postal code"] == "43276"  # the village's own, filled in by the form
    work = texts(ui.workForm)
    assert work["Work situation"] == "Looking after the home"
    assert work["Occupation"] == "Penjahit rumahan"
    assert texts(ui.disabilityForm)["Disability"] == "Sensory: hearing"
    assert texts(ui.assistanceForm)["Receives"] == "PKH (family hope programme)"
    consent = texts(ui.consentForm)
    assert consent["Agrees to"] == "• Use my data to administer my training"
    assert consent["Given by"].startswith("Signed paper form, ")
    assert consent["Recorded by"].startswith("petugas, ")
    assert ui.photoLabel.text() == "No photo"
    assert not ui.mergedBanner.isVisible()
    assert ui.editButton.isVisible() and ui.printButton.isVisible()
    assert not ui.mergeButton.isVisible()  # admins only
    assert ui.historyGroup.isVisible()  # the record's history is the desk's, not only the admin's
    assert not _unnamed(profile) and not _labels_without_buddy(profile)


def test_an_instructor_sees_no_identity_numbers_and_no_actions(
    qtbot: QtBot, clerk_context: AppContext, instructor_context: AppContext
) -> None:
    pid = register_siti(clerk_context, nik="3203225205900001", no_nik_reason=None)
    profile = shown(qtbot, instructor_context, pid)
    identity, address = texts(profile.ui.identityForm), texts(profile.ui.addressForm)
    assert "•" in identity["NIK"] and identity["NIK"] != "3203225205900001"
    assert address["Phone (WhatsApp)"] == "not shown to your role"
    for button in (profile.ui.editButton, profile.ui.printButton, profile.ui.mergeButton):
        assert not button.isVisible()


def test_an_admin_sees_the_records_history(
    qtbot: QtBot, clerk_context: AppContext, admin_context: AppContext
) -> None:
    pid = siti(clerk_context)
    record = participants.get(clerk_context.db, clerk_context.actor, pid)
    data = replace(input_from_values(record.values), occupation="Penjahit butik")
    participants.update(clerk_context.db, clerk_context.actor, pid, record.version, data)
    profile = shown(qtbot, admin_context, pid)
    assert profile.ui.historyGroup.isVisible() and profile.ui.mergeButton.isVisible()
    history = profile.ui.historyLabel.text()
    assert "Participant registered" in history and "Consent recorded" in history
    assert "Participant changed" in history and "Occupation" in history
    assert "Use my data to administer my training" in history  # the consent's purposes
    assert history.count("<tr>") == 4  # heading, registration, consent, change: nothing else


def test_editing_from_the_profile_updates_it_and_the_list(
    qtbot: QtBot, people: Database, clerk_context: AppContext
) -> None:
    page = open_page(qtbot, clerk_context)
    first = rows(page)[0]
    profile = page.open_profile(first.id)
    qtbot.waitUntil(lambda: profile.loaded is not None and clerk_context.runner.idle)
    qtbot.mouseClick(profile.ui.editButton, Qt.MouseButton.LeftButton)
    form = profile.edit_form
    assert isinstance(form, ParticipantForm)
    qtbot.waitUntil(lambda: form.ui.regionPicker.combos[VILLAGE].currentText() != "")
    form.ui.fullNameEdit.setText(first.full_name + " Saputri")
    form.ui.occupationEdit.setText("Penjahit")
    with qtbot.waitSignal(profile.changed):
        qtbot.keyClick(form.ui.occupationEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: texts(profile.ui.workForm).get("Occupation") == "Penjahit")
    assert profile.ui.nameLabel.text() == first.full_name + " Saputri"
    # The list shows the new name in place, without running the search again.
    qtbot.waitUntil(lambda: rows(page)[0].full_name == first.full_name + " Saputri")
    assert rows(page)[0].id == first.id


def test_the_form_for_signature_is_saved_as_a_pdf(
    qtbot: QtBot, clerk_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered: list[str] = []

    def save_name(parent: QWidget, title: str, start: str, filters: str) -> tuple[str, str]:
        offered.append(Path(start).name)
        return str(tmp_path / "siti.pdf"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    pid = siti(clerk_context)
    profile = shown(qtbot, clerk_context, pid)
    qtbot.mouseClick(profile.ui.printButton, Qt.MouseButton.LeftButton)
    target = tmp_path / "siti.pdf"
    qtbot.waitUntil(lambda: target.exists() and clerk_context.runner.idle, timeout=20_000)
    assert target.read_bytes().startswith(b"%PDF")
    assert offered[0].endswith(f"-{pid}.pdf")
    assert "siti.pdf" in profile.ui.factsLabel.text()


# -- merging -------------------------------------------------------------------------------


@pytest.fixture
def agree(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answers "yes" to the confirmation, which would otherwise wait for a click."""
    asked: list[str] = []

    def ask(parent: QWidget | None, title: str, text: str, yes: str, no: str = "") -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr("desktop.gui.merge_dialog.ask", ask)
    return asked


def merge_dialog(qtbot: QtBot, profile: ParticipantProfile) -> MergeDialog:
    qtbot.mouseClick(profile.ui.mergeButton, Qt.MouseButton.LeftButton)
    dialog = profile.merge_dialog
    assert isinstance(dialog, MergeDialog)
    qtbot.waitUntil(lambda: dialog.isVisible() and profile.context.runner.idle)
    return dialog


def choose_other(qtbot: QtBot, dialog: MergeDialog, name: str, other_id: int) -> None:
    ui = dialog.ui
    ui.searchEdit.setText(name)
    qtbot.waitUntil(lambda: any(row.id == other_id for row in dialog.found), timeout=5_000)
    row = next(i for i, found in enumerate(dialog.found) if found.id == other_id)
    ui.resultsTable.selectRow(row)
    qtbot.waitUntil(lambda: dialog.other is not None and dialog.other.id == other_id)


def test_merging_two_records_leaves_one_active_record(
    qtbot: QtBot, people: Database, admin_context: AppContext, agree: list[str]
) -> None:
    page = open_page(qtbot, admin_context)
    keep, other = rows(page)[0], rows(page)[1]
    profile = page.open_profile(keep.id)
    qtbot.waitUntil(lambda: profile.loaded is not None and admin_context.runner.idle)
    dialog = merge_dialog(qtbot, profile)
    assert all(row.id != keep.id for row in dialog.found)  # never itself
    assert not _unnamed(dialog) and not _labels_without_buddy(dialog)
    choose_other(qtbot, dialog, other.full_name, other.id)
    ui = dialog.ui
    compare = ui.compareTable
    assert compare.item(0, 1).text() == keep.full_name
    assert compare.item(0, 2).text() == other.full_name
    assert not ui.mergeButton.isEnabled()  # no reason yet
    qtbot.keyClicks(ui.reasonEdit, "Same KTP, registered twice")
    assert ui.mergeButton.isEnabled() and ui.keepThisRadio.isChecked()

    with qtbot.waitSignal(profile.merged):
        qtbot.mouseClick(ui.mergeButton, Qt.MouseButton.LeftButton)
    assert f"No. {other.id} is merged into No. {keep.id}" in agree[0]
    db, actor = admin_context.db, admin_context.actor
    gone = participants.get(db, actor, other.id)
    assert gone.values["status"] == ParticipantStatus.MERGED
    assert gone.merged_into_id == keep.id
    assert registry.count(db, actor, RegistryQuery()) == (PEOPLE - 1, False)
    settle(qtbot, page)
    assert page.ui.countLabel.text() == f"{PEOPLE - 1} participants"
    assert other.id not in {row.id for row in rows(page)}
    qtbot.waitUntil(lambda: profile.loaded is not None and admin_context.runner.idle)
    assert profile.participant_id == keep.id and not profile.ui.mergedBanner.isVisible()
    # Both records' consents now belong to the kept one.
    assert len(participants.get(db, actor, keep.id).consents) == 2

    # The merged record still opens, says where it went and leads there.
    old = page.open_profile(other.id)
    qtbot.waitUntil(lambda: old.loaded is not None and admin_context.runner.idle)
    assert old.ui.mergedBanner.isVisible()
    assert f"No. {keep.id}" in old.ui.mergedLabel.text()
    assert not old.ui.editButton.isEnabled() and not old.ui.mergeButton.isEnabled()
    qtbot.mouseClick(old.ui.openMergedButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: old.loaded is not None and old.loaded.record.id == keep.id)
    assert not old.ui.mergedBanner.isVisible()


def test_keeping_the_other_record_shows_it_afterwards(
    qtbot: QtBot, people: Database, admin_context: AppContext, agree: list[str]
) -> None:
    first, second = registry.page(
        admin_context.db, admin_context.actor, RegistryQuery(), None, 2
    ).rows
    profile = shown(qtbot, admin_context, first.id)
    dialog = merge_dialog(qtbot, profile)
    choose_other(qtbot, dialog, second.full_name, second.id)
    dialog.ui.keepOtherRadio.setChecked(True)
    dialog.ui.reasonEdit.setText("Same person; the first record had a typo in the name")
    with qtbot.waitSignal(profile.merged) as merged:
        qtbot.mouseClick(dialog.ui.mergeButton, Qt.MouseButton.LeftButton)
    assert merged.args == [second.id]
    qtbot.waitUntil(lambda: profile.loaded is not None and profile.loaded.record.id == second.id)
    record = participants.get(admin_context.db, admin_context.actor, first.id)
    assert record.merged_into_id == second.id


# -- screenshots ----------------------------------------------------------------------------


def test_screenshots_at_1366_by_768(
    qtbot: QtBot, people: Database, admin_context: AppContext, tmp_path: Path
) -> None:
    """The page, a profile and the merge dialog as a desk shows them, styled, for a person to
    look at (PELITA_SHOTS=/some/folder keeps them); each must at least fit the screen."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = app.font(), app.styleSheet()
    apply_style(app, False)
    folder = Path(os.environ.get("PELITA_SHOTS", tmp_path))
    try:
        window = MainWindow(admin_context)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        page = window.page(ParticipantsPage)
        assert page is not None
        settle(qtbot, page)
        qtbot.waitUntil(lambda: page.ui.provinceCombo.count() > 30)
        assert page.minimumSizeHint().width() <= 1366 - window.ui.navList.width()
        window.grab().save(str(folder / "participants-page.png"))
        pid = rows(page)[3].id
        db, actor = admin_context.db, admin_context.actor
        record = participants.get(db, actor, pid)
        data = replace(input_from_values(record.values), occupation="Petani sayur")
        participants.update(db, actor, pid, record.version, data)  # some history to show
        profile = page.open_profile(pid)
        qtbot.waitUntil(lambda: profile.loaded is not None and admin_context.runner.idle)
        first = profile.ui.identityForm.itemAt(0, QFormLayout.ItemRole.FieldRole).widget()
        qtbot.waitUntil(first.isVisible)  # rows added to a shown dialog show a moment later
        profile.resize(1100, 720)  # as it opens on a 1366×768 desk
        profile.grab().save(str(folder / "participants-profile.png"))
        bar = profile.ui.scrollArea.verticalScrollBar()
        bar.setValue(bar.maximum())
        profile.grab().save(str(folder / "participants-profile-history.png"))
        dialog = merge_dialog(qtbot, profile)
        other = rows(page)[4]
        choose_other(qtbot, dialog, other.full_name, other.id)
        dialog.ui.reasonEdit.setText("Same KTP shown twice")
        dialog.resize(980, 720)  # its size on a 1366×768 desk (the test screen is smaller)
        dialog.grab().save(str(folder / "participants-merge.png"))
        dialog.reject()
        profile.close()
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)
