"""The intake form: one participant, new or edited, in the order of the paper form.

One scrolling page of sections, not tabs: Tab and Enter run through the whole paper form without
switching pages (a queue is waiting), and Alt + a section's underlined letter jumps to it.
Enter moves to the next field; Ctrl+S or Ctrl+Enter saves. Every service call runs on the
worker. Nothing typed is ever cleared by an error, a duplicate check, a conflict or the desk
lock: the form closes only when the service has saved, or when the clerk confirms discarding.

Here: the form's wiring, keyboard, loading, the save, duplicate and conflict flow, and closing.
Elsewhere: building the page (participant_form_layout), the fields in and out
(participant_fields), help while typing (participant_live_help), the photo (participant_photo),
showing errors (participant_form_errors), calls to the worker (form_calls) and the worker's part
of saving (participant_saving).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QWidget

from desktop.domain.errors import PelitaError, ValidationErrors
from desktop.domain.participant import ConsentInput, ParticipantInput, input_from_values
from desktop.gui.app_context import AppContext
from desktop.gui.choice_widgets import ChoiceCombo
from desktop.gui.dialogs import ask, inform, localise_buttons
from desktop.gui.duplicates_dialog import DuplicatesDialog
from desktop.gui.form_calls import FormCalls
from desktop.gui.forms.ui_participant_form import Ui_ParticipantForm
from desktop.gui.i18n import message, warning_text
from desktop.gui.participant_fields import (
    Typed,
    fill_fields,
    read_fields,
    record_consent,
    typed_date,
)
from desktop.gui.participant_form_errors import FormErrors
from desktop.gui.participant_form_layout import (
    Programmes,
    align_columns,
    fit_screen,
    setup_lists,
    tab_order,
)
from desktop.gui.participant_live_help import LiveHelp, say
from desktop.gui.participant_photo import PhotoField
from desktop.gui.participant_saving import check_only, merge_errors, save_changes
from desktop.gui.scrolling_form import (
    add_save_shortcuts,
    enter_moves_on,
    follow_focus,
    reveal,
)
from desktop.gui.signals import emit
from desktop.services import participants
from desktop.services.duplicates import VillageSeen
from desktop.services.participants import (
    AlreadyRegistered,
    EditConflict,
    ParticipantRecord,
    PossibleDuplicates,
    Saved,
)

OPENED_EXISTING = 2  # done() code: the person was registered already; their record opens


class ParticipantForm(QDialog):
    saved = Signal(int)  # the participant id, after a registration or a change was saved
    open_participant = Signal(int)  # an existing record the main window should show

    def __init__(
        self,
        context: AppContext,
        programmes: Programmes = (),
        record: ParticipantRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.record = record
        self.version = record.version if record else 0
        self.ui = Ui_ParticipantForm()
        self.ui.setupUi(self)
        localise_buttons(self.ui.buttonBox)
        self.duplicates: DuplicatesDialog | None = None
        self._different: frozenset[int] = frozenset()  # judged "a different person"
        self._seen: VillageSeen | None = None  # how far the last check compared the village
        self._loaded_consent: ConsentInput | None = None
        self.washington: dict[str, ChoiceCombo] = setup_lists(self.ui, programmes, self)
        self.errors = FormErrors(self.ui)
        self.calls = FormCalls(self, self.ui.buttonBox, context.runner, self._failed)
        self.photo = PhotoField(self, self.ui, self.errors)
        self.help = LiveHelp(self, self.ui, context.runner, self.typed)
        self._connect()
        self.order = tab_order(self.ui, self.washington)
        align_columns(self.ui)
        self._fitted = False
        say(self.ui.nikInfo, "")
        self.ui.reloadButton.hide()
        self.ui.regionPicker.set_runner(context.runner)
        if record is not None:
            self.load_record(record)
        else:
            self.load(ParticipantInput(), None)
        self.ui.fullNameEdit.setFocus()

    @classmethod
    def new(
        cls, context: AppContext, programmes: Programmes = (), parent: QWidget | None = None
    ) -> ParticipantForm:
        return cls(context, programmes, None, parent)

    @classmethod
    def edit(
        cls,
        context: AppContext,
        record: ParticipantRecord,
        programmes: Programmes = (),
        parent: QWidget | None = None,
    ) -> ParticipantForm:
        return cls(context, programmes, record, parent)

    # --- building -----------------------------------------------------------------------

    def _connect(self) -> None:
        ui, help_ = self.ui, self.help
        ui.nikEdit.textChanged.connect(help_.nik_changed)
        ui.birthDateEdit.textChanged.connect(help_.update_guardian)
        for edit in (ui.birthDateEdit, ui.consentDateEdit):
            edit.editingFinished.connect(lambda e=edit: e.setText(typed_date(e.text())))
        ui.dtsenCombo.currentIndexChanged.connect(help_.update_decile)
        ui.regionPicker.village_chosen.connect(help_.village_chosen)
        ui.regionPicker.loaded.connect(help_.region_loaded)
        ui.washingtonButton.toggled.connect(help_.show_washington)
        ui.choosePhotoButton.clicked.connect(self.photo.choose)
        ui.removePhotoButton.clicked.connect(self.photo.remove)
        ui.reloadButton.clicked.connect(lambda: self.reload(ask_first=True))
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        add_save_shortcuts(self, self.save)
        follow_focus(self, ui.formPage, ui.scrollArea)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:  # sizes are known only once shown (style, large text)
            self._fitted = True
            fit_screen(self, self.ui)

    # --- keyboard -----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not enter_moves_on(self, event, self.save):
            super().keyPressEvent(event)

    def _reveal(self, widget: QWidget) -> None:
        reveal(self.ui.formPage, self.ui.scrollArea, widget)

    # --- loading and reading ------------------------------------------------------------

    def load(self, data: ParticipantInput, consent: ConsentInput | None) -> None:
        """Put a participant into the form (an empty one for a new registration)."""
        fill_fields(self.ui, self.washington, data, consent)
        self.help.auto = {}  # what was loaded is the clerk's, not the form's guess
        self.help.update_decile()
        self.help.update_guardian()
        self.errors.clear()
        # As the form reads it back: a guardian stored while the person was a minor is not
        # shown for an adult, and must not count as a new consent on the next save.
        self._loaded_consent = self.typed().consent
        self._baseline = self._state()

    def load_record(self, record: ParticipantRecord) -> None:
        self.record = record
        self.version = record.version
        consent = record_consent(record)
        self.photo.reset()
        self.load(input_from_values(record.values), consent)
        self.setWindowTitle(self.tr("Participant: %1").replace("%1", record.values["full_name"]))
        if record.has_photo:
            ctx, pid = self.context, record.id
            ctx.runner.submit(
                lambda: participants.photo(ctx.db, ctx.actor, pid),
                self.photo.stored,
            )

    def typed(self) -> Typed:
        """What the form holds now, unchecked: the services check it and name each field."""
        minor = self.ui.guardianNameEdit.isVisibleTo(self)
        return read_fields(self.ui, self.washington, minor)

    def _state(self) -> tuple[object, ...]:
        typed = self.typed()
        texts = (self.ui.birthDateEdit.text(), self.ui.consentDateEdit.text())
        return (typed.data, typed.consent, texts, self.photo.changed, self.photo.data)

    def is_dirty(self) -> bool:
        return self._state() != self._baseline

    # --- photo --------------------------------------------------------------------------

    def set_photo_file(self, path: Path) -> None:
        self.photo.set_file(path)

    # --- saving -------------------------------------------------------------------------

    def save(self) -> None:
        if self.calls.busy:
            return
        typed = self.typed()
        if typed.errors:
            self.calls.run(
                lambda: check_only(typed.data, typed.consent),
                lambda found: self._show_errors(
                    ValidationErrors(merge_errors(typed.errors, found))
                ),
            )
            return
        self._submit(typed)

    def _submit(self, typed: Typed) -> None:
        ctx, data, consent = self.context, typed.data, typed.consent
        record = self.record
        if record is None:
            different, photo, seen = self._different, self.photo.data, self._seen
            self.calls.run(
                lambda: participants.register(
                    ctx.db,
                    ctx.actor,
                    data,
                    consent,
                    different_from=different,
                    photo=photo,
                    seen=seen,
                ),
                self._saved,
                lambda error: self._failed(error, typed),
            )
            return
        version, photo, photo_changed = self.version, self.photo.data, self.photo.changed
        consent_changed = consent != self._loaded_consent
        self.calls.run(
            lambda: save_changes(
                ctx,
                record.id,
                version,
                data,
                consent,
                photo,
                consent_changed=consent_changed,
                photo_changed=photo_changed,
            ),
            self._edited,
            lambda error: self._failed(error, typed),
        )

    def _saved(self, saved: Saved) -> None:
        self._baseline = self._state()
        emit(self.saved, saved.participant_id)
        self.accept()
        if saved.warnings:
            # After closing: the record is saved, the warnings are for checking the paper.
            parent, title = self.parentWidget(), self.tr("Saved — please check")
            text = "\n".join(warning_text(w) for w in saved.warnings)
            self.calls.when_unlocked(lambda: inform(parent, title, text), parent)

    def _edited(self, result: tuple[Saved, PelitaError | None]) -> None:
        saved, later = result
        if later is None:
            self._saved(saved)
            return
        self.version = saved.version  # the change itself is saved; its consent or photo not
        emit(self.saved, saved.participant_id)
        self._show_errors(later)

    def _failed(self, error: BaseException, typed: Typed | None = None) -> None:
        if isinstance(error, PossibleDuplicates) and typed is not None:
            self._seen = error.seen  # the save after the judging compares less again
            self._ask_duplicates(error.candidates, typed)
        elif isinstance(error, AlreadyRegistered):
            self._show_errors(error)
            title, text = self.tr("Already registered"), message(error)
            self.calls.when_unlocked(lambda: inform(self, title, text))
            emit(self.open_participant, error.participant_id)
        elif isinstance(error, EditConflict):
            self._conflict(error)
        elif isinstance(error, PelitaError):
            self._show_errors(error)
        else:
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)

    def _show_errors(self, error: PelitaError) -> None:
        self.errors.show_on_paper(error, self.order, self._reveal)

    # --- duplicates, conflicts ----------------------------------------------------------

    def _ask_duplicates(self, candidates: list[Any], typed: Typed) -> None:
        dialog = DuplicatesDialog(candidates, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.same_person_chosen.connect(lambda pid: self._same_person(pid, typed))
        dialog.different_person_chosen.connect(lambda: self._different_person(candidates, typed))
        self.duplicates = dialog
        # Window-modal: the form keeps everything; Cancel comes back to it.
        self.calls.when_unlocked(dialog.open)

    def _different_person(self, candidates: list[Any], typed: Typed) -> None:
        self._different = self._different | {candidate.id for candidate in candidates}
        self._submit(typed)

    def _same_person(self, participant_id: int, typed: Typed) -> None:
        ctx = self.context

        def opened(_none: None) -> None:
            self._baseline = self._state()  # nothing to lose: the person is on record
            emit(self.open_participant, participant_id)
            self.done(OPENED_EXISTING)

        self.calls.run(
            lambda: participants.same_person(ctx.db, ctx.actor, participant_id, typed.data), opened
        )

    def _conflict(self, error: EditConflict) -> None:
        self.errors.show(error)  # the form-wide label: it is about the whole record
        self.ui.reloadButton.show()
        self.calls.when_unlocked(lambda: self._offer_reload(message(error)))

    def _offer_reload(self, text: str) -> None:
        if ask(
            self,
            self.tr("Changed at another desk"),
            text,
            self.tr("Reload theirs, discard mine"),
            self.tr("Keep my changes"),
        ):
            self.reload(ask_first=False)

    def reload(self, ask_first: bool = True) -> None:
        """Read the record again as saved now, discarding what this form changed."""
        if self.record is None:
            return
        if ask_first and not ask(
            self,
            self.tr("Reload the saved record"),
            self.tr(
                "Your changes in this form are discarded and the record is shown as saved now."
            ),
            self.tr("Reload"),
        ):
            return
        ctx, pid = self.context, self.record.id

        def loaded(record: ParticipantRecord) -> None:
            self.load_record(record)
            self.ui.reloadButton.hide()

        self.calls.run(lambda: participants.get(ctx.db, ctx.actor, pid), loaded)

    # --- closing ------------------------------------------------------------------------

    def reject(self) -> None:
        """Escape, Cancel and the window's close button: never lose typing by accident."""
        if self.calls.busy:
            return  # a save is under way; its answer decides
        if self.is_dirty() and not ask(
            self,
            self.tr("Discard this form?"),
            self.tr("What you typed is not saved. Close the form and lose it?"),
            self.tr("Discard"),
            self.tr("Keep editing"),
        ):
            return
        super().reject()

    def discard(self) -> None:
        """Close without asking (signing out, where the desk has asked already)."""
        self._baseline = self._state()
        self.calls.busy = False
        super().reject()
