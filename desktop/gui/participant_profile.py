"""One participant's profile: everything on record, grouped as on the intake form.

Read in one go on the database worker (record, photo, programme names and the record's history:
who changed what, shown to everyone who may open the profile), so the window never waits on the
database. From here the clerk edits the record, prints it for signature, and an admin merges it
with another record of the same person. Its enrolments are a section of their own
(profile_enrolments), read on the worker beside the rest, with the way to enrol and to change
an enrolment's status. Attendance and certificates join when those areas do.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPixmap, QShowEvent
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QWidget
from shiboken6 import isValid

from desktop.domain import choices as c
from desktop.domain.errors import PelitaError
from desktop.domain.formatting import format_date
from desktop.domain.participant import ASSISTANCE_BITS, age_on, input_from_values
from desktop.domain.phone import display_phone
from desktop.domain.roles import Permission
from desktop.gui.app_context import AppContext
from desktop.gui.audit_model import translated_action
from desktop.gui.choice_widgets import choice_label
from desktop.gui.dialogs import inform
from desktop.gui.formatting import language, show_date_time
from desktop.gui.forms.ui_participant_profile import Ui_ParticipantProfile
from desktop.gui.i18n import message
from desktop.gui.participants_model import (
    EMPTY,
    FIELDS,
    UNLISTED,
    choice_text,
    choices_text,
    field_label,
    value_text,
)
from desktop.gui.profile_enrolments import ProfileEnrolments
from desktop.gui.save_file import ask_save_path
from desktop.gui.signals import emit
from desktop.services import participant_history, participants
from desktop.services.participant_history import FieldChange, HistoryEntry
from desktop.services.participants import ParticipantRecord
from desktop.services.programmes import list_programmes

# Stored values of these fields are choices: shown by their labels, as the sections show them.
CHOICE_FIELDS: dict[str, type[c.Choice]] = {
    "no_nik_reason": c.NoNikReason,
    "citizenship": c.Citizenship,
    "sex": c.Sex,
    "marital_status": c.MaritalStatus,
    "education": c.Education,
    "employment": c.Employment,
    "income_band": c.IncomeBand,
    "dtsen": c.Dtsen,
    "goal": c.Goal,
    "channel": c.Channel,
    "status": c.ParticipantStatus,
}
CHOICE_LIST_FIELDS: dict[str, type[c.Choice]] = {
    "disabilities": c.Disability,
    "accommodations": c.Accommodation,
    "target_groups": c.TargetGroup,
}


@dataclass(frozen=True)
class Loaded:
    record: ParticipantRecord
    photo: bytes | None
    history: list[HistoryEntry]  # newest first
    programme_names: dict[int, str]  # every programme, so old wishes keep their names
    active_programmes: list[tuple[int, str]]


def load(context: AppContext, participant_id: int) -> Loaded:
    """On the worker: everything the profile shows."""
    db, actor = context.db, context.actor
    record = participants.get(db, actor, participant_id)
    photo = participants.photo(db, actor, participant_id) if record.has_photo else None
    history = participant_history.history(db, actor, participant_id)
    everything = list_programmes(db, actor, include_inactive=True)
    return Loaded(record, photo, history, dict(everything), list_programmes(db, actor))


def intake_pdf(context: AppContext, record: ParticipantRecord, names: dict[int, str]) -> bytes:
    """On the worker: the intake and consent form filled in from the record, to sign."""
    from desktop.documents.intake_form import render_intake_form
    from desktop.services import centre

    profile = centre.get_profile(context.db)
    assert profile is not None  # a desk is only reached once the centre is set up
    return render_intake_form(profile, record.values, language=language(), programmes=names)


class ParticipantProfile(QDialog):
    changed = Signal(int)  # the record was edited here
    merged = Signal(int)  # a merge was made here; the kept record's id
    open_participant = Signal(int)

    def __init__(
        self, context: AppContext, participant_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.participant_id = participant_id
        self.loaded: Loaded | None = None
        self.edit_form: QDialog | None = None
        self.merge_dialog: QDialog | None = None
        self.ui = Ui_ParticipantProfile()
        self.ui.setupUi(self)
        self.enrolments = ProfileEnrolments(context, self.ui.enrolmentsGroup)
        self.ui.enrolmentsLayout.addWidget(self.enrolments)
        actor = context.actor
        ui = self.ui
        ui.editButton.setVisible(actor.may(Permission.REGISTER_PARTICIPANTS))
        # A form for signature with the NIK masked is of no use; clerks print it.
        ui.printButton.setVisible(actor.may(Permission.REGISTER_PARTICIPANTS))
        ui.mergeButton.setVisible(actor.may(Permission.MERGE_PARTICIPANTS))
        # Everyone who may open a profile sees its history (identity numbers masked as in
        # the sections); the audit log page, with every account's doings, stays the admin's.
        ui.historyGroup.setVisible(actor.may(Permission.VIEW_PARTICIPANTS))
        ui.mergedBanner.hide()
        ui.errorLabel.hide()
        # The sections sit on the dialog's own background, not on a grey panel of their own.
        ui.scrollArea.viewport().setAutoFillBackground(False)
        ui.profilePage.setAutoFillBackground(False)
        ui.editButton.clicked.connect(self.edit)
        ui.printButton.clicked.connect(self.print_for_signature)
        ui.mergeButton.clicked.connect(self.merge_with)
        ui.closeButton.clicked.connect(self.close)
        ui.openMergedButton.clicked.connect(self._open_kept)
        self._fitted = False
        self.reload(participant_id)

    # -- loading -----------------------------------------------------------------------------

    def reload(self, participant_id: int | None = None) -> None:
        if participant_id is not None:
            self.participant_id = participant_id
        pid, ctx = self.participant_id, self.context
        self._set_busy(True)
        ctx.runner.submit(lambda: load(ctx, pid), self._show, self._failed)

    def _set_busy(self, busy: bool) -> None:
        self.ui.loadingLabel.setVisible(busy)
        for button in (self.ui.editButton, self.ui.printButton, self.ui.mergeButton):
            button.setEnabled(not busy and self._live())

    def _live(self) -> bool:
        return self.loaded is not None and self.loaded.record.merged_into_id is None

    def _show(self, loaded: Loaded) -> None:
        if not isValid(self) or loaded.record.id != self.participant_id:
            return
        self.loaded = loaded
        record, values = loaded.record, loaded.record.values
        ui = self.ui
        name = values["full_name"]
        self.setWindowTitle(self.tr("Participant: %1").replace("%1", name))
        ui.nameLabel.setText(name)
        ui.factsLabel.setText(self._facts(values))
        ui.errorLabel.hide()
        ui.scrollArea.show()
        self._show_photo(loaded.photo)
        kept = record.merged_into_id
        ui.mergedBanner.setVisible(kept is not None)
        if kept is not None:
            ui.mergedLabel.setText(
                self.tr(
                    "This record was merged into record No. %1: its data and history continue "
                    "there. It is kept only so that old papers quoting its number lead somewhere."
                ).replace("%1", str(kept))
            )
        self._fill_sections(loaded)
        self.enrolments.show_participant(record.id, name, live=kept is None)
        self._set_busy(False)

    def _facts(self, values: dict[str, Any]) -> str:
        status = choice_text(c.ParticipantStatus, values.get("status"))
        registered = show_date_time(values.get("created_at"))
        return (
            self.tr("No. %1 · registered %2 · %3")
            .replace("%1", str(values["id"]))
            .replace("%2", registered)
            .replace("%3", status)
        )

    def _show_photo(self, jpeg: bytes | None) -> None:
        label, pixmap = self.ui.photoLabel, QPixmap()
        if jpeg and pixmap.loadFromData(jpeg):
            label.setPixmap(
                pixmap.scaled(
                    label.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            label.setPixmap(QPixmap())
            label.setText(self.tr("No photo"))

    def _failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        self._set_busy(False)
        if isinstance(error, PelitaError):
            self.ui.errorLabel.setText(message(error))
            self.ui.errorLabel.show()
            if self.loaded is None:
                self.ui.scrollArea.hide()  # nothing to show but the message
            return
        if isinstance(error, OSError):
            inform(self, self.tr("Could not save the file"), error.strerror or str(error))
            return
        from desktop.gui.crash import report_exception

        report_exception(type(error), error, error.__traceback__)

    # -- the sections ------------------------------------------------------------------------

    def _fill_sections(self, loaded: Loaded) -> None:
        record, values = loaded.record, loaded.record.values
        data = input_from_values(values)
        ui = self.ui
        hidden = self.tr("not shown to your role")
        birth: date | None = values.get("birth_date")
        born = EMPTY
        if birth is not None:
            age = self.tr("%1 years").replace("%1", str(age_on(birth, date.today())))
            born = f"{format_date(birth, language())} ({age})"
        reason = choice_text(c.NoNikReason, data.no_nik_reason)
        nik = data.nik or self.tr("none: %1").replace("%1", reason)
        self._rows(ui.identityForm, [
            ("full_name", data.full_name),
            ("nik", nik),
            ("kk_number", value_text(data.kk_number) if record.identity_visible else hidden),
            ("citizenship", choice_label(data.citizenship)),
            ("birth_place", value_text(data.birth_place)),
            ("birth_date", born),
            ("sex", choice_text(c.Sex, data.sex)),
            ("marital_status", choice_text(c.MaritalStatus, data.marital_status)),
        ])  # fmt: skip
        phone = display_phone(data.phone) if data.phone else EMPTY
        rt_rw = " / ".join(part or EMPTY for part in (data.rt, data.rw))
        self._rows(ui.addressForm, [
            ("phone", phone if record.identity_visible else hidden),
            ("street", value_text(data.street)),
            (self.tr("RT / RW"), rt_rw),
            *((key, value_text(values.get(key))) for key in
              ("village_name", "district_name", "regency_name", "province_name")),
            ("postal_code", value_text(data.postal_code)),
        ])  # fmt: skip
        self._rows(ui.workForm, [
            ("education", choice_text(c.Education, data.education)),
            ("employment", choice_text(c.Employment, data.employment)),
            ("occupation", value_text(data.occupation)),
            ("income_band", choice_text(c.IncomeBand, data.income_band)),
        ])  # fmt: skip
        washington = [
            (QCoreApplication.translate("choices", question), choice_label(answer))
            for key, question in c.WASHINGTON_QUESTIONS.items()
            if (answer := (data.washington or {}).get(key)) is not None
        ]
        self._rows(ui.disabilityForm, [
            ("disabilities", choices_text(data.disabilities, self.tr("none recorded"))),
            ("accommodations", choices_text(data.accommodations)),
            ("accommodation_note", value_text(data.accommodation_note)),
            *washington,
        ])  # fmt: skip
        self._rows(ui.assistanceForm, [
            ("dtsen", choice_label(data.dtsen)),
            ("dtsen_decile", value_text(data.dtsen_decile)),
            ("assistance_bits", choices_text(data.assistance)),
            ("target_groups", choices_text(data.target_groups)),
        ])  # fmt: skip
        names = loaded.programme_names
        wanted = "\n".join(
            f"{rank}. {names.get(pid, f'#{pid}')}" for rank, pid in enumerate(data.preferences, 1)
        )
        self._rows(ui.needsForm, [
            ("preferences", wanted or EMPTY),
            ("skills_have", value_text(data.skills_have)),
            ("goal", choice_text(c.Goal, data.goal)),
            ("channel", choice_text(c.Channel, data.channel)),
        ])  # fmt: skip
        self._fill_consents(record)
        ui.historyLabel.setText(self._history_html(loaded.history, names))

    def _fill_consents(self, record: ParticipantRecord) -> None:
        rows: list[tuple[str, str]] = []
        for number, consent in enumerate(record.consents):
            if number == 1:
                rows.append((self.tr("Earlier consents"), ""))
            # Bulleted: a purpose is a sentence, and wrapped sentences run into each other.
            purposes = [f"• {choice_text(c.ConsentPurpose, p)}" for p in consent.purposes]
            given = format_date(consent.given_on, language())
            rows += [
                (self.tr("Agrees to"), "\n".join(purposes) or self.tr("nothing")),
                (self.tr("Given by"), f"{choice_text(c.ConsentMethod, consent.method)}, {given}"),
                (self.tr("Text version"), consent.text_version),
                (
                    self.tr("Recorded by"),
                    f"{consent.recorded_by}, {show_date_time(consent.recorded_at)}",
                ),
            ]
            if consent.guardian_name:
                guardian = f"{consent.guardian_name} ({consent.guardian_relation})"
                rows.append((self.tr("Parent or guardian"), guardian))
        self._rows(self.ui.consentForm, rows or [(self.tr("Consent"), self.tr("none recorded"))])

    def _rows(self, form: QFormLayout, rows: Sequence[tuple[str, str]]) -> None:
        """Replace a section's rows; keys of FIELDS are labelled from it, others are labels."""
        while form.rowCount():
            form.removeRow(0)
        for key, text in rows:
            name = field_label(key) if key in FIELDS else key
            value = QLabel(text)
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(name)
            caption = QLabel(f"{name}:" if text else name)
            caption.setProperty("role", "hint")
            # Beside the first line of a value that wraps, as on paper, not beside its middle.
            caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            if not text:  # a sub-heading, such as "Earlier consents"
                caption.setStyleSheet("font-weight: 600; margin-top: 6px;")
            form.addRow(caption, value)

    def _history_html(self, entries: list[HistoryEntry], programmes: dict[int, str]) -> str:
        """One row per event: when (the desk's time), who, what, and what it changed."""
        e = html.escape
        if not entries:
            return e(self.tr("Nothing recorded yet."))
        heads = (self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Details"))
        head = "".join(f"<th align='left'>{e(h)}</th>" for h in heads)
        body = "".join(
            f"<tr><td>{e(show_date_time(entry.at))}</td><td>{e(entry.username)}</td>"
            f"<td>{e(translated_action(entry.action))}</td>"
            f"<td>{'<br>'.join(e(line) for line in self._details(entry, programmes))}</td></tr>"
            for entry in entries
        )
        return f"<table cellspacing='0' cellpadding='3'><tr>{head}</tr>{body}</table>"

    def _details(self, entry: HistoryEntry, programmes: dict[int, str]) -> list[str]:
        """The event's changes as lines, e.g. "Occupation: Petani → Penjahit"."""
        facts = {change.field: change.after for change in entry.changes}
        if entry.action == "participant.consent":
            purposes = facts.get("purposes") or []
            return [", ".join(choice_text(c.ConsentPurpose, p) for p in purposes)]
        if entry.action == "participant.photo":
            return [] if facts.get("photo") else [self.tr("No photo")]
        if entry.action == "participant.merge":
            return [
                self.tr("No. %1 merged into No. %2: %3")
                .replace("%1", str(facts.get("merged_id")))
                .replace("%2", str(facts.get("kept_id")))
                .replace("%3", value_text(facts.get("reason")))
            ]
        if entry.action == "participant.different_person":
            return [self.tr("not the same as No. %1").replace("%1", str(facts.get("other_id")))]
        return [
            _change_text(change, programmes)
            for change in entry.changes
            if change.field not in UNLISTED
        ]

    # -- actions -----------------------------------------------------------------------------

    def _open_kept(self) -> None:
        if self.loaded is not None and self.loaded.record.merged_into_id is not None:
            self.reload(self.loaded.record.merged_into_id)

    def edit(self) -> None:
        from desktop.gui.participant_form import ParticipantForm

        if self.loaded is None or not self._live():
            return
        loaded = self.loaded
        wanted = set(loaded.record.values.get("preferences") or [])
        # Active programmes, plus any this person chose that has ended since: kept, not lost.
        active = dict(loaded.active_programmes)
        names = loaded.programme_names.items()
        programmes = [(i, n) for i, n in names if i in active or i in wanted]
        form = ParticipantForm.edit(self.context, loaded.record, programmes, self)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.saved.connect(self._edited)
        form.open_participant.connect(self.open_participant)
        self.edit_form = form
        form.open()

    def _edited(self, participant_id: int) -> None:
        emit(self.changed, participant_id)
        if participant_id == self.participant_id:
            self.reload()

    def print_for_signature(self) -> None:
        if self.loaded is None or not self._live():
            return
        loaded = self.loaded
        pid = loaded.record.id
        name = f"formulir-pendaftaran-{pid}.pdf" if language() == "id" else f"intake-form-{pid}.pdf"
        target = ask_save_path(
            self, self.tr("Save the form for signature"), name, self.tr("PDF documents (*.pdf)")
        )
        if target is None:
            return
        ctx = self.context

        def work() -> Path:
            target.write_bytes(intake_pdf(ctx, loaded.record, loaded.programme_names))
            return target

        def done(saved: Path) -> None:
            if isValid(self):
                self.ui.factsLabel.setText(
                    self._facts(loaded.record.values)
                    + "\n"
                    + self.tr("Saved %1").replace("%1", str(saved))
                )

        ctx.runner.submit(work, done, self._failed)

    def merge_with(self) -> None:
        from desktop.gui.merge_dialog import MergeDialog

        if self.loaded is None or not self._live():
            return
        dialog = MergeDialog(self.context, self.loaded.record, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merged.connect(self._merged)
        self.merge_dialog = dialog
        dialog.open()

    def _merged(self, kept_id: int) -> None:
        emit(self.merged, kept_id)
        self.reload(kept_id)  # the record that goes on, whichever of the two it is

    # -- size --------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._fitted:
            return
        self._fitted = True  # the desks run 1366×768: never taller or wider than the screen
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            self.resize(min(self.width(), room.width() - 40),
                        min(self.height(), room.height() - 40))  # fmt: skip


def _change_text(change: FieldChange, programmes: dict[int, str]) -> str:
    """One change as "Field: before → after", labelled and shown as the profile's sections
    show them; a field whose values do not fit on a line (the Washington Group answers) is
    named only."""
    label = field_label(change.field)
    if isinstance(change.before, dict) or isinstance(change.after, dict):
        return label
    before = _value_text(change.field, change.before, programmes)
    after = _value_text(change.field, change.after, programmes)
    return f"{label}: {before} → {after}"


def _value_text(key: str, value: Any, programmes: dict[int, str]) -> str:
    """A value from the audit log (JSON: dates as ISO text) as the profile's sections show it."""
    if value in (None, "", []):
        return EMPTY
    if key in CHOICE_FIELDS:
        return choice_text(CHOICE_FIELDS[key], value)
    if key in CHOICE_LIST_FIELDS and isinstance(value, list):
        return ", ".join(choice_text(CHOICE_LIST_FIELDS[key], item) for item in value)
    if key == "preferences" and isinstance(value, list):
        return ", ".join(programmes.get(pid, f"#{pid}") for pid in value)
    if key == "assistance_bits" and isinstance(value, int):
        held = [item for item, bit in ASSISTANCE_BITS.items() if value & bit]
        return ", ".join(choice_label(item) for item in held) or EMPTY
    if key == "birth_date" and isinstance(value, str):
        try:
            return format_date(date.fromisoformat(value), language())
        except ValueError:
            return value
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return value_text(value)
