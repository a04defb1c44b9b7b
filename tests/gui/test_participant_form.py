"""The intake form, driven like a clerk with a queue: keyboard only, real dialogs, a real
SQLite database, every service call on the worker."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.domain.choices import ConsentMethod, ConsentPurpose, NoNikReason, Sex
from desktop.domain.participant import ConsentInput, ParticipantInput
from desktop.gui.app_context import AppContext
from desktop.gui.lock import LockOverlay
from desktop.gui.participant_form import OPENED_EXISTING, ParticipantForm
from desktop.gui.region_picker import DISTRICT, PROVINCE, REGENCY, VILLAGE
from desktop.services import participants
from desktop.services.duplicates import VillageSeen
from desktop.store.database import Database
from desktop.store.models import Programme
from desktop.store.participants import Participant
from tests.gui.test_accessibility import _labels_without_buddy, _unnamed
from tests.gui.test_region_picker import settle_list

NIK = "3203225205900001"  # a woman born 12 May 1990 in Agrabinta, Cianjur
BOJONGKASO = "32.03.22.2005"  # Bojongkaso, Agrabinta, Kabupaten Cianjur: postal code 43276


@dataclass
class Boxes:
    """Stands in for the message boxes, which would wait for a click."""

    answer: bool = True
    asked: list[str] = field(default_factory=list)
    told: list[str] = field(default_factory=list)


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    found = Boxes()

    def ask(parent: QWidget | None, title: str, text: str, yes: str, no: str = "") -> bool:
        found.asked.append(text)
        return found.answer

    def inform(parent: QWidget | None, title: str, text: str) -> None:
        found.told.append(text)

    monkeypatch.setattr("desktop.gui.participant_form.ask", ask)
    monkeypatch.setattr("desktop.gui.participant_form.inform", inform)
    return found


def programmes(db: Database) -> list[tuple[int, str]]:
    with db.sessions() as session:
        rows = session.execute(select(Programme.id, Programme.name).order_by(Programme.name))
        return [(row.id, row.name) for row in rows]


def count(db: Database) -> int:
    with db.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(Participant)) or 0)


def shown(qtbot: QtBot, form: ParticipantForm) -> ParticipantForm:
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(lambda: form.ui.regionPicker.combos[PROVINCE].count() > 30)
    return form


def new_form(qtbot: QtBot, context: AppContext) -> ParticipantForm:
    return shown(qtbot, ParticipantForm.new(context, programmes(context.db)))


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def type_text(qtbot: QtBot, text: str) -> None:
    widget = focused()
    assert widget is not None
    qtbot.keyClicks(widget, text)


def enter(qtbot: QtBot, expect_next: QWidget | None = None) -> None:
    widget = focused()
    assert widget is not None
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    if expect_next is not None:
        qtbot.waitUntil(lambda: focused() is expect_next)


def pick(qtbot: QtBot, form: ParticipantForm, level: int, typed: str, next_: QWidget) -> None:
    combo: QComboBox = form.ui.regionPicker.combos[level]
    qtbot.waitUntil(lambda: focused() is combo and combo.count() > 0)
    type_text(qtbot, typed)
    settle_list(qtbot, combo)
    enter(qtbot, next_)


def save_with_keys(qtbot: QtBot, form: ParticipantForm, key: Qt.Key = Qt.Key.Key_S) -> None:
    widget = form.focusWidget() or form
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.ControlModifier)


def fill(qtbot: QtBot, form: ParticipantForm, **texts: str) -> None:
    """Type into named fields (the keyboard-only test covers moving between them)."""
    for name, text in texts.items():
        widget = getattr(form.ui, name)
        widget.setFocus()
        qtbot.keyClicks(widget, text)


def register_siti(context: AppContext, **changes: object) -> int:
    values: dict[str, object] = {
        "full_name": "Siti Aminah",
        "no_nik_reason": NoNikReason.REFUSED,
        "birth_date": date(1990, 5, 12),
        "sex": Sex.FEMALE,
        "phone": "0812-3456-7890",
        "village_code": BOJONGKASO,
        **changes,
    }
    consent = ConsentInput(
        frozenset({ConsentPurpose.TRAINING}), ConsentMethod.SIGNED_PAPER, date.today()
    )
    data = ParticipantInput(**values)  # type: ignore[arg-type]
    saved = participants.register(context.db, context.actor, data, consent)
    return saved.participant_id


def years_ago(years: int) -> date:
    today = date.today()
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28)


# --- keyboard-only registration ---------------------------------------------------------


def test_a_whole_registration_by_keyboard_only(qtbot: QtBot, clerk_context: AppContext) -> None:
    form = new_form(qtbot, clerk_context)
    ui = form.ui
    assert focused() is ui.fullNameEdit
    type_text(qtbot, "Siti Aminah")
    enter(qtbot, ui.nikEdit)
    type_text(qtbot, "3203 2252 0590 0001")  # as copied from the card, with spaces
    # The NIK gives the birth date and sex; the "no NIK" reason is out of the way.
    assert ui.birthDateEdit.text() == "12/05/1990"
    assert ui.sexCombo.currentText() == "Female"
    assert not ui.noNikCombo.isEnabled()
    enter(qtbot, ui.kkEdit)
    enter(qtbot, ui.citizenshipCombo)
    enter(qtbot, ui.birthPlaceEdit)
    type_text(qtbot, "Cianjur")
    enter(qtbot, ui.birthDateEdit)
    enter(qtbot, ui.sexCombo)
    enter(qtbot, ui.maritalCombo)
    type_text(qtbot, "Married")  # keyboard search in the list
    enter(qtbot, ui.phoneEdit)
    type_text(qtbot, "0812 3456 7890")
    enter(qtbot, ui.streetEdit)
    type_text(qtbot, "Jl. Raya Agrabinta No. 5")
    enter(qtbot, ui.rtEdit)
    type_text(qtbot, "3")
    enter(qtbot, ui.rwEdit)
    type_text(qtbot, "12")
    picker = ui.regionPicker.combos
    enter(qtbot, picker[PROVINCE])
    pick(qtbot, form, PROVINCE, "jawa bar", picker[REGENCY])
    pick(qtbot, form, REGENCY, "cianj", picker[DISTRICT])
    pick(qtbot, form, DISTRICT, "agrabin", picker[VILLAGE])
    pick(qtbot, form, VILLAGE, "bojongk", ui.postalEdit)
    assert ui.postalEdit.text() == "43276"  # from the village
    enter(qtbot, ui.educationCombo)
    type_text(qtbot, "Senior")
    enter(qtbot, ui.employmentCombo)
    # Ctrl+S from anywhere: the training consent is ticked by default.
    with qtbot.waitSignal(form.saved) as saved:
        save_with_keys(qtbot, form)
    assert form.result() == QDialog.DialogCode.Accepted
    record = participants.get(clerk_context.db, clerk_context.actor, saved.args[0])
    values = record.values
    assert values["full_name"] == "Siti Aminah"
    assert values["nik"] == NIK
    assert values["birth_date"] == date(1990, 5, 12)
    assert values["sex"] == "P"
    assert values["marital_status"] == "married"
    assert values["birth_place"] == "Cianjur"
    assert values["phone"] == "+6281234567890"
    assert (values["rt"], values["rw"]) == ("003", "012")
    assert values["village_code"] == BOJONGKASO
    assert values["postal_code"] == "43276"
    assert values["education"] == "sma"
    assert record.consents[0].purposes == ("training",)


def test_enter_never_closes_the_form_and_ctrl_enter_saves(
    qtbot: QtBot, clerk_context: AppContext
) -> None:
    form = new_form(qtbot, clerk_context)
    ui = form.ui
    fill(qtbot, form, fullNameEdit="Budi Santoso", nikEdit="3203220101850002")
    ui.consentDateEdit.setFocus()
    enter(qtbot, ui.choosePhotoButton)  # an adult: no guardian fields in between
    clerk_context.runner.wait()
    assert form.isVisible() and count(clerk_context.db) == 0  # Enter saved nothing
    with qtbot.waitSignal(form.saved):
        save_with_keys(qtbot, form, Qt.Key.Key_Return)
    assert count(clerk_context.db) == 1


def test_alt_and_a_section_letter_jumps_to_that_section(
    qtbot: QtBot, clerk_context: AppContext
) -> None:
    form = new_form(qtbot, clerk_context)
    qtbot.keyClick(form.ui.fullNameEdit, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: focused() is form.ui.phoneEdit)
    qtbot.keyClick(form.ui.phoneEdit, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: focused() is form.ui.choosePhotoButton)
    # The page scrolled down to it.
    assert form.ui.scrollArea.verticalScrollBar().value() > 0


# --- live help --------------------------------------------------------------------------


def test_the_nik_fills_birth_date_and_sex_only_where_empty_or_guessed(
    qtbot: QtBot, clerk_context: AppContext
) -> None:
    form = new_form(qtbot, clerk_context)
    ui = form.ui
    fill(qtbot, form, nikEdit=NIK)
    assert ui.birthDateEdit.text() == "12/05/1990"
    assert ui.sexCombo.currentText() == "Female"
    # A corrected NIK corrects the form's own guesses…
    ui.nikEdit.clear()
    fill(qtbot, form, nikEdit="3203220101850002")
    assert ui.birthDateEdit.text() == "01/01/1985"
    assert ui.sexCombo.currentText() == "Male"
    # …but never what the clerk typed.
    ui.birthDateEdit.clear()
    fill(qtbot, form, birthDateEdit="02/01/1985")
    ui.nikEdit.clear()
    fill(qtbot, form, nikEdit=NIK)
    assert ui.birthDateEdit.text() == "02/01/1985"
    qtbot.waitUntil(ui.nikInfo.isVisible)  # the NIK disagrees with the typed birth date
    assert "The birth date differs from the one in the NIK (12/05/1990)." in ui.nikInfo.text()


def test_an_unknown_region_in_the_nik_warns_but_saves(
    qtbot: QtBot, clerk_context: AppContext, boxes: Boxes
) -> None:
    form = new_form(qtbot, clerk_context)
    fill(qtbot, form, fullNameEdit="Dewi Sartika", nikEdit="3203995205900001")
    qtbot.waitUntil(form.ui.nikInfo.isVisible)
    assert "32.03.99" in form.ui.nikInfo.text()
    assert form.ui.nikInfo.property("role") == "hint"
    with qtbot.waitSignal(form.saved):
        save_with_keys(qtbot, form)
    assert len(boxes.told) == 1 and "32.03.99" in boxes.told[0]  # once, after saving


def test_an_impossible_nik_is_explained_as_it_is_typed(
    qtbot: QtBot, clerk_context: AppContext
) -> None:
    form = new_form(qtbot, clerk_context)
    fill(qtbot, form, nikEdit="3203225213900001")  # month 13
    assert form.ui.nikInfo.isVisible()
    assert form.ui.nikInfo.property("role") == "error"
    assert "is not a month" in form.ui.nikInfo.text()
    assert form.ui.birthDateEdit.text() == ""


def test_a_date_typed_without_slashes_is_read(qtbot: QtBot, clerk_context: AppContext) -> None:
    form = new_form(qtbot, clerk_context)
    fill(qtbot, form, birthDateEdit="12051990")
    enter(qtbot, form.ui.sexCombo)
    assert form.ui.birthDateEdit.text() == "12/05/1990"
    assert form.typed().data.birth_date == date(1990, 5, 12)


def test_dtsen_decile_only_for_people_listed(qtbot: QtBot, clerk_context: AppContext) -> None:
    form = new_form(qtbot, clerk_context)
    ui = form.ui
    assert not ui.decileSpin.isEnabled()
    ui.dtsenCombo.setFocus()
    type_text(qtbot, "Yes")
    assert ui.decileSpin.isEnabled()
    ui.decileSpin.setValue(3)
    assert form.typed().data.dtsen_decile == 3


# --- errors -----------------------------------------------------------------------------


def test_errors_stand_next_to_their_fields_and_nothing_typed_is_lost(
    qtbot: QtBot, clerk_context: AppContext
) -> None:
    form = new_form(qtbot, clerk_context)
    ui = form.ui
    fill(
        qtbot,
        form,
        fullNameEdit="Siti Aminah",
        birthDateEdit="31/02/1990",
        phoneEdit="12",
        rtEdit="abc",
        occupationEdit="Petani",
    )
    save_with_keys(qtbot, form)
    qtbot.waitUntil(ui.birthDateError.isVisible)
    assert form.isVisible()
    assert ui.nikError.text() == "Type the NIK, or choose why the person has none."
    assert ui.birthDateError.text() == "31/02/1990 is not a date in the calendar."
    assert ui.sexError.text() == "Choose the sex."
    assert ui.phoneError.isVisible() and ui.rtError.isVisible()
    assert not ui.fullNameError.isVisible() and not ui.formError.isVisible()
    assert ui.nikEdit.property("invalid") is True
    assert focused() is ui.nikEdit  # the first field at fault on the paper form
    # Everything typed is still there.
    assert ui.fullNameEdit.text() == "Siti Aminah"
    assert ui.birthDateEdit.text() == "31/02/1990"
    assert (ui.phoneEdit.text(), ui.rtEdit.text()) == ("12", "abc")
    assert ui.occupationEdit.text() == "Petani"
    assert count(clerk_context.db) == 0

    # Fixing them and saving again is all it takes.
    for edit in (ui.birthDateEdit, ui.phoneEdit, ui.rtEdit):
        edit.clear()
    fill(qtbot, form, nikEdit=NIK, phoneEdit="0812 1111 2222", rtEdit="4")
    with qtbot.waitSignal(form.saved):
        save_with_keys(qtbot, form)
    assert count(clerk_context.db) == 1


def test_a_village_name_matching_nothing_is_an_error_not_a_silent_blank(
    qtbot: QtBot, clerk_context: AppContext
) -> None:
    form = new_form(qtbot, clerk_context)
    fill(qtbot, form, fullNameEdit="Siti Aminah", nikEdit=NIK)
    province = form.ui.regionPicker.combos[PROVINCE]
    province.setFocus()
    qtbot.keyClicks(province, "atlantis")
    save_with_keys(qtbot, form)
    qtbot.waitUntil(form.ui.villageError.isVisible)
    assert form.ui.villageError.text() == "Choose the village again from the list."
    assert count(clerk_context.db) == 0


def test_under_18_shows_the_guardian_and_requires_them(
    qtbot: QtBot, clerk_context: AppContext
) -> None:
    form = new_form(qtbot, clerk_context)
    ui = form.ui
    assert not ui.guardianNameEdit.isVisibleTo(form)
    young = years_ago(16)
    fill(
        qtbot,
        form,
        fullNameEdit="Rina Putri",
        birthDateEdit=young.strftime("%d/%m/%Y"),
    )
    ui.noNikCombo.set_value(NoNikReason.UNDER_17)
    ui.sexCombo.set_value(Sex.FEMALE)
    assert ui.guardianNameEdit.isVisible() and ui.guardianHint.isVisible()
    save_with_keys(qtbot, form)
    qtbot.waitUntil(ui.guardianNameError.isVisible)
    assert ui.guardianRelationError.isVisible()
    assert focused() is ui.guardianNameEdit
    fill(qtbot, form, guardianNameEdit="Ibu Sumiati", guardianRelationEdit="mother")
    with qtbot.waitSignal(form.saved) as saved:
        save_with_keys(qtbot, form)
    record = participants.get(clerk_context.db, clerk_context.actor, saved.args[0])
    assert record.consents[0].guardian_name == "Ibu Sumiati"
    assert record.consents[0].guardian_relation == "mother"

    # An adult: no guardian fields.
    adult = new_form(qtbot, clerk_context)
    fill(qtbot, adult, birthDateEdit=years_ago(18).strftime("%d/%m/%Y"))
    assert not adult.ui.guardianNameEdit.isVisibleTo(adult)


def test_a_photo_is_saved_with_the_registration(
    qtbot: QtBot, clerk_context: AppContext, tmp_path: Path
) -> None:
    picture = tmp_path / "foto.png"
    buffer = io.BytesIO()
    Image.new("RGB", (600, 800), (200, 120, 80)).save(buffer, format="PNG")
    picture.write_bytes(buffer.getvalue())
    not_a_picture = tmp_path / "catatan.txt"
    not_a_picture.write_text("bukan foto")

    form = new_form(qtbot, clerk_context)
    form.set_photo_file(not_a_picture)
    assert form.ui.photoError.text().startswith("This file is not an image")
    form.set_photo_file(picture)
    assert not form.ui.photoError.isVisible()
    assert not form.ui.photoPreview.pixmap().isNull()
    fill(qtbot, form, fullNameEdit="Siti Aminah", nikEdit=NIK)
    with qtbot.waitSignal(form.saved) as saved:
        save_with_keys(qtbot, form)
    jpeg = participants.photo(clerk_context.db, clerk_context.actor, saved.args[0])
    assert jpeg is not None and jpeg.startswith(b"\xff\xd8")


# --- duplicates -------------------------------------------------------------------------


def start_duplicate(qtbot: QtBot, context: AppContext) -> ParticipantForm:
    """A second Siti Aminah, same birth date, no NIK: the service asks the clerk first."""
    form = new_form(qtbot, context)
    fill(qtbot, form, fullNameEdit="Siti Aminah", birthDateEdit="12/05/1990")
    form.ui.noNikCombo.set_value(NoNikReason.REFUSED)
    form.ui.sexCombo.set_value(Sex.FEMALE)
    save_with_keys(qtbot, form)
    qtbot.waitUntil(lambda: form.duplicates is not None and form.duplicates.isVisible())
    return form


def test_a_different_person_is_saved_after_the_clerk_says_so(
    qtbot: QtBot, clerk_context: AppContext
) -> None:
    first = register_siti(clerk_context)
    form = start_duplicate(qtbot, clerk_context)
    dialog = form.duplicates
    assert dialog is not None
    table = dialog.ui.candidatesTable
    assert table.rowCount() == 1
    assert table.item(0, 0).text() == "Siti Aminah"
    assert table.item(0, 1).text() == "12 Mei 1990" or table.item(0, 1).text() == "12 May 1990"
    assert table.item(0, 2).text() == "Female"
    assert table.item(0, 3).text() == "Bojongkaso"
    assert table.item(0, 4).text() == "0812-3456-7890"
    assert "Same date of birth and a similar name" in table.item(0, 6).text()
    with qtbot.waitSignal(form.saved) as saved:
        qtbot.mouseClick(dialog.ui.differentButton, Qt.MouseButton.LeftButton)
    assert saved.args[0] != first
    assert count(clerk_context.db) == 2


def test_the_save_after_judging_passes_how_far_the_first_check_compared(
    qtbot: QtBot, clerk_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second save compares only the village's newer people again (a cheaper check): the
    form hands the first check's VillageSeen back to the service."""
    register_siti(clerk_context)
    calls: list[object] = []
    real = participants.register

    def spy(*args: object, **kwargs: object) -> object:
        calls.append(kwargs.get("seen"))
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(participants, "register", spy)
    form = new_form(qtbot, clerk_context)
    fill(qtbot, form, fullNameEdit="Siti Aminah", birthDateEdit="12/05/1990")
    form.ui.noNikCombo.set_value(NoNikReason.REFUSED)
    form.ui.sexCombo.set_value(Sex.FEMALE)
    form.ui.regionPicker.set_village(BOJONGKASO)
    qtbot.waitUntil(lambda: form.typed().data.village_code == BOJONGKASO)
    save_with_keys(qtbot, form)
    qtbot.waitUntil(lambda: form.duplicates is not None and form.duplicates.isVisible())
    dialog = form.duplicates
    assert dialog is not None
    with qtbot.waitSignal(form.saved):
        qtbot.mouseClick(dialog.ui.differentButton, Qt.MouseButton.LeftButton)
    first, second = calls
    assert first is None
    assert isinstance(second, VillageSeen) and second.last_id > 0


def test_the_same_person_saves_nothing_and_opens_their_record(
    qtbot: QtBot, clerk_context: AppContext
) -> None:
    first = register_siti(clerk_context)
    form = start_duplicate(qtbot, clerk_context)
    dialog = form.duplicates
    assert dialog is not None
    with qtbot.waitSignal(form.open_participant) as opened:
        qtbot.mouseClick(dialog.ui.sameButton, Qt.MouseButton.LeftButton)
    assert opened.args == [first]
    qtbot.waitUntil(lambda: not form.isVisible())
    assert form.result() == OPENED_EXISTING
    assert count(clerk_context.db) == 1


def test_cancel_in_the_duplicates_goes_back_to_the_form_with_everything(
    qtbot: QtBot, clerk_context: AppContext
) -> None:
    register_siti(clerk_context)
    form = start_duplicate(qtbot, clerk_context)
    dialog = form.duplicates
    assert dialog is not None
    dialog.reject()
    assert form.isVisible()
    assert form.ui.fullNameEdit.text() == "Siti Aminah"
    assert form.ui.birthDateEdit.text() == "12/05/1990"
    assert count(clerk_context.db) == 1


def test_a_registered_nik_opens_the_existing_record(
    qtbot: QtBot, clerk_context: AppContext, boxes: Boxes
) -> None:
    existing = register_siti(clerk_context, nik=NIK, no_nik_reason=None)
    form = new_form(qtbot, clerk_context)
    fill(qtbot, form, fullNameEdit="Siti A.", nikEdit=NIK, phoneEdit="0813 9999 0000")
    with qtbot.waitSignal(form.open_participant) as opened:
        save_with_keys(qtbot, form)
    assert opened.args == [existing]
    assert boxes.told == ["This NIK is already registered to Siti Aminah. Their record is opened."]
    assert form.ui.nikError.isVisible()
    assert form.ui.phoneEdit.text() == "0813 9999 0000"  # still there to compare
    assert count(clerk_context.db) == 1


def test_an_answer_arriving_while_the_desk_is_locked_waits_for_the_unlock(
    qtbot: QtBot, clerk_context: AppContext
) -> None:
    register_siti(clerk_context)
    form = new_form(qtbot, clerk_context)
    fill(qtbot, form, fullNameEdit="Siti Aminah", birthDateEdit="12/05/1990")
    form.ui.noNikCombo.set_value(NoNikReason.REFUSED)
    form.ui.sexCombo.set_value(Sex.FEMALE)
    cover = LockOverlay(form)  # the desk locks while the save is on its way
    form.save()
    clerk_context.runner.wait()
    qtbot.waitUntil(lambda: form.duplicates is not None)
    assert form.duplicates is not None and not form.duplicates.isVisible()  # not over the cover
    assert form.isVisible() and form.ui.fullNameEdit.text() == "Siti Aminah"
    cover.deleteLater()  # unlocked
    qtbot.waitUntil(lambda: form.duplicates is not None and form.duplicates.isVisible())


# --- editing ----------------------------------------------------------------------------


def edit_form(qtbot: QtBot, context: AppContext, participant_id: int) -> ParticipantForm:
    record = participants.get(context.db, context.actor, participant_id)
    form = shown(qtbot, ParticipantForm.edit(context, record, programmes(context.db)))
    picker = form.ui.regionPicker
    qtbot.waitUntil(lambda: picker.combos[VILLAGE].currentText() != "")
    return form


def test_editing_shows_the_stored_record_on_every_level(
    qtbot: QtBot, clerk_context: AppContext
) -> None:
    pid = register_siti(clerk_context, street="Jl. Raya No. 5")
    form = edit_form(qtbot, clerk_context, pid)
    ui = form.ui
    assert ui.fullNameEdit.text() == "Siti Aminah"
    assert ui.birthDateEdit.text() == "12/05/1990"
    assert ui.phoneEdit.text() == "0812-3456-7890"
    assert [combo.currentText() for combo in ui.regionPicker.combos] == [
        "Jawa Barat",
        "Kabupaten Cianjur",
        "Agrabinta",
        "Bojongkaso",
    ]
    assert ui.postalEdit.text() == "43276"
    assert not form.is_dirty()
    fill(qtbot, form, occupationEdit="Penjahit")
    with qtbot.waitSignal(form.saved):
        save_with_keys(qtbot, form)
    record = participants.get(clerk_context.db, clerk_context.actor, pid)
    assert record.values["occupation"] == "Penjahit"
    assert record.version == 2
    assert len(record.consents) == 1  # the consent was not touched: none added

    # A purpose added on the edit form is recorded beside the earlier consent.
    again = edit_form(qtbot, clerk_context, pid)
    again.ui.consentChecks.box(ConsentPurpose.FOLLOW_UP).setChecked(True)
    with qtbot.waitSignal(again.saved):
        save_with_keys(qtbot, again)
    record = participants.get(clerk_context.db, clerk_context.actor, pid)
    assert [view.purposes for view in record.consents] == [
        ("follow_up", "training"),
        ("training",),
    ]


def test_an_edit_conflict_keeps_the_typing_and_reload_shows_theirs(
    qtbot: QtBot, clerk_context: AppContext, boxes: Boxes
) -> None:
    pid = register_siti(clerk_context)
    mine = edit_form(qtbot, clerk_context, pid)
    theirs = edit_form(qtbot, clerk_context, pid)
    fill(qtbot, theirs, occupationEdit="Penjahit")
    with qtbot.waitSignal(theirs.saved):
        theirs.save()

    mine.ui.phoneEdit.clear()
    fill(qtbot, mine, phoneEdit="0813 5555 6666", skillsEdit="menjahit")
    boxes.answer = False  # "Keep my changes"
    mine.save()
    qtbot.waitUntil(mine.ui.formError.isVisible)
    assert "petugas changed this record while you were editing it" in mine.ui.formError.text()
    assert "occupation" in mine.ui.formError.text()
    assert len(boxes.asked) == 1 and "petugas changed this record" in boxes.asked[0]
    assert mine.isVisible()
    assert mine.ui.phoneEdit.text() == "0813 5555 6666"
    assert mine.ui.skillsEdit.text() == "menjahit"
    assert mine.ui.reloadButton.isVisible()
    stored = participants.get(clerk_context.db, clerk_context.actor, pid)
    assert stored.values["phone"] == "+6281234567890"  # nothing overwritten

    # Saving again does not overwrite either.
    mine.save()
    qtbot.waitUntil(lambda: len(boxes.asked) == 2)

    boxes.answer = True  # "Reload" after being asked
    qtbot.mouseClick(mine.ui.reloadButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: mine.ui.occupationEdit.text() == "Penjahit")
    assert mine.ui.phoneEdit.text() == "0812-3456-7890"
    assert mine.ui.skillsEdit.text() == ""
    assert not mine.ui.reloadButton.isVisible() and not mine.ui.formError.isVisible()
    assert mine.version == 2
    fill(qtbot, mine, skillsEdit="menjahit")
    with qtbot.waitSignal(mine.saved):
        mine.save()
    assert participants.get(clerk_context.db, clerk_context.actor, pid).version == 3


# --- closing ----------------------------------------------------------------------------


def test_escape_asks_before_throwing_typing_away(
    qtbot: QtBot, clerk_context: AppContext, boxes: Boxes
) -> None:
    form = new_form(qtbot, clerk_context)
    qtbot.keyClick(form.ui.fullNameEdit, Qt.Key.Key_Escape)  # nothing typed: just closes
    assert not form.isVisible() and not boxes.asked

    form = new_form(qtbot, clerk_context)
    fill(qtbot, form, fullNameEdit="Siti Aminah")
    boxes.answer = False
    qtbot.keyClick(form.ui.fullNameEdit, Qt.Key.Key_Escape)
    assert form.isVisible() and len(boxes.asked) == 1
    assert form.ui.fullNameEdit.text() == "Siti Aminah"
    boxes.answer = True
    form.close()
    assert not form.isVisible()


# --- accessibility and size -------------------------------------------------------------


def test_every_control_is_named_labelled_and_in_paper_order(
    qtbot: QtBot, clerk_context: AppContext
) -> None:
    register_siti(clerk_context)
    form = new_form(qtbot, clerk_context)
    assert not _unnamed(form), _unnamed(form)
    assert not _labels_without_buddy(form)
    chain: list[QWidget] = []
    widget = form.ui.fullNameEdit.nextInFocusChain()
    while widget is not form.ui.fullNameEdit and len(chain) < 500:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    positions = [chain.index(w) for w in form.order[1:]]
    assert positions == sorted(positions)
    form2 = start_duplicate(qtbot, clerk_context)
    assert form2.duplicates is not None
    assert not _unnamed(form2.duplicates), _unnamed(form2.duplicates)


def test_the_form_fits_the_screen_and_no_field_is_squeezed(
    qtbot: QtBot, clerk_context: AppContext
) -> None:
    form = new_form(qtbot, clerk_context)
    screen = form.screen()
    assert screen is not None
    room = screen.availableGeometry()  # 1366×768 at the desks; the page scrolls inside
    assert form.width() <= room.width() and form.height() <= room.height()
    page = form.ui.formPage
    qtbot.waitUntil(lambda: page.width() >= page.minimumSizeHint().width())
    for widget in page.findChildren(QWidget):
        inner = isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox))  # Qt's own
        if (
            widget.isVisibleTo(form)
            and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
            and not inner
        ):
            hint = widget.minimumSizeHint()
            assert widget.width() >= hint.width() - 2, widget.objectName()
            assert widget.height() >= hint.height() - 2, widget.objectName()
