"""The intake form: one participant, new or edited, in the order of the paper form.

One scrolling page of sections, not tabs: Tab and Enter run through the whole paper form without
switching pages (a queue is waiting), and Alt + a section's underlined letter jumps to it.
Enter moves to the next field; Ctrl+S or Ctrl+Enter saves. Every service call runs on the
worker. Nothing typed is ever cleared by an error, a duplicate check, a conflict or the desk
lock: the form closes only when the service has saved, or when the clerk confirms discarding.
"""

from __future__ import annotations

import itertools
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QPixmap, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QSizePolicy,
    QWidget,
)
from shiboken6 import isValid

from desktop.domain import choices as c
from desktop.domain import regions
from desktop.domain.errors import FieldWarning, PelitaError, ValidationError, ValidationErrors
from desktop.domain.formatting import parse_date
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.nik import NIK_LENGTH, NikFacts, clean_nik, digits_of, nik_warnings
from desktop.domain.participant import (
    ADULT_AGE,
    ConsentInput,
    ParticipantInput,
    age_on,
    clean_consent,
    clean_participant,
    input_from_values,
)
from desktop.domain.phone import display_phone
from desktop.gui.app_context import AppContext
from desktop.gui.choice_widgets import ChoiceCombo
from desktop.gui.dialogs import ask, inform, localise_buttons
from desktop.gui.duplicates_dialog import DuplicatesDialog
from desktop.gui.field_errors import FieldErrors
from desktop.gui.forms.ui_participant_form import Ui_ParticipantForm
from desktop.gui.i18n import message
from desktop.gui.region_picker import VILLAGE
from desktop.services import participants
from desktop.services.images import normalise_photo
from desktop.services.participants import (
    AlreadyRegistered,
    EditConflict,
    ParticipantRecord,
    PossibleDuplicates,
    Saved,
)

OPENED_EXISTING = 2  # done() code: the person was registered already; their record opens
CHOOSE_VILLAGE = QT_TRANSLATE_NOOP("messages", "Choose the village again from the list.")
NOT_AN_IMAGE = QT_TRANSLATE_NOOP(
    "messages", "This file is not an image Pelita can read. Choose a PNG or JPEG."
)
Programmes = Sequence[tuple[int, str]]


@dataclass(frozen=True)
class Typed:
    """What the form holds, as the services take it, and what the form itself could not read
    (a date that is not one): those errors are shown with the service's, never instead."""

    data: ParticipantInput
    consent: ConsentInput
    errors: tuple[ValidationError, ...]


def warning_text(warning: FieldWarning) -> str:
    text = QCoreApplication.translate("messages", warning.text)
    try:
        return text.format(**warning.params) if warning.params else text
    except (KeyError, IndexError, ValueError):
        return warning.english()


def typed_date(text: str) -> str:
    """Read "12051990" as "12/05/1990": clerks in a hurry type dates without separators."""
    digits = text.strip()
    if len(digits) == 8 and digits.isascii() and digits.isdigit():
        return f"{digits[:2]}/{digits[2:4]}/{digits[4:]}"
    return digits


def check_only(data: ParticipantInput, consent: ConsentInput) -> list[ValidationError]:
    """On the worker: the domain's checks without saving, so a form with a date it cannot read
    still shows every other field at fault in the same go."""
    found: list[ValidationError] = []
    today = date.today()
    place = regions.village(data.village_code) if data.village_code else None
    birth = data.birth_date
    try:
        birth = clean_participant(data, today=today, village=place).values["birth_date"]
    except ValidationErrors as errors:
        found.extend(errors.errors)
    if birth is not None:
        try:
            clean_consent(consent, birth_date=birth, today=today)
        except ValidationErrors as errors:
            found.extend(errors.errors)
    return found


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
        self._photo: bytes | None = None
        self._photo_changed = False
        self._busy = False
        self._auto: dict[str, Any] = {}  # what the form filled in itself, field by field
        self._loaded_consent: ConsentInput | None = None
        self.washington: dict[str, ChoiceCombo] = {}
        self._setup_lists(programmes)
        self.errors = FieldErrors(self.ui.formError, self._error_fields())
        for _widget, label in self.errors.fields.values():
            # A long message wraps within its column instead of widening it: the fields must
            # not shift sideways when errors appear.
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.ui.nikInfo.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._connect()
        self.order = self._set_tab_order()
        self._align_columns()
        self._fitted = False
        self._say(self.ui.nikInfo, "")
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

    def _setup_lists(self, programmes: Programmes) -> None:
        ui = self.ui
        lists: tuple[tuple[Any, type[c.Choice], bool], ...] = (
            (ui.noNikCombo, c.NoNikReason, True),
            (ui.citizenshipCombo, c.Citizenship, False),
            (ui.sexCombo, c.Sex, True),
            (ui.maritalCombo, c.MaritalStatus, True),
            (ui.educationCombo, c.Education, True),
            (ui.employmentCombo, c.Employment, True),
            (ui.incomeCombo, c.IncomeBand, True),
            (ui.dtsenCombo, c.Dtsen, False),
            (ui.goalCombo, c.Goal, True),
            (ui.channelCombo, c.Channel, True),
            (ui.consentMethodCombo, c.ConsentMethod, False),
        )
        for combo, kind, empty in lists:
            combo.set_choices(kind, empty)
        sets: tuple[tuple[Any, type[c.Choice], int], ...] = (
            (ui.disabilityChecks, c.Disability, 3),
            (ui.accommodationChecks, c.Accommodation, 2),
            (ui.assistanceChecks, c.Assistance, 3),
            (ui.targetChecks, c.TargetGroup, 3),
            (ui.consentChecks, c.ConsentPurpose, 1),
        )
        for checks, kind, columns in sets:
            checks.set_choices(kind, columns)
            checks.setAccessibleName(self._buddy_text(checks))
        ui.preferences.set_programmes(programmes)
        for key, question in c.WASHINGTON_QUESTIONS.items():
            text = QCoreApplication.translate("choices", question)
            combo = ChoiceCombo(c.WashingtonDifficulty, True, ui.washingtonBox)
            combo.setObjectName(f"washington_{key}")
            combo.setAccessibleName(text)
            label = QLabel(text, ui.washingtonBox)
            label.setBuddy(combo)
            ui.washingtonLayout.addRow(label, combo)
            self.washington[key] = combo
        ui.washingtonBox.hide()
        ui.consentText.setContentsMargins(0, 0, 0, 6)  # apart from the boxes it explains
        ui.consentText.setText(
            self.tr(
                "The person agrees, purpose by purpose, to the use of their data as written on "
                "the consent form (text version %1). Without the first, nobody can be registered."
            ).replace("%1", c.CONSENT_TEXT_VERSION)
        )

    def _buddy_text(self, widget: QWidget) -> str:
        for label in self.findChildren(QLabel):
            if label.buddy() is widget:
                return label.text().rstrip(":")
        return ""

    def _error_fields(self) -> dict[str, tuple[QWidget, QLabel]]:
        ui = self.ui
        return {
            "full_name": (ui.fullNameEdit, ui.fullNameError),
            "nik": (ui.nikEdit, ui.nikError),
            "kk_number": (ui.kkEdit, ui.kkError),
            "birth_place": (ui.birthPlaceEdit, ui.birthPlaceError),
            "birth_date": (ui.birthDateEdit, ui.birthDateError),
            "sex": (ui.sexCombo, ui.sexError),
            "phone": (ui.phoneEdit, ui.phoneError),
            "street": (ui.streetEdit, ui.streetError),
            "rt": (ui.rtEdit, ui.rtError),
            "rw": (ui.rwEdit, ui.rwError),
            "village": (ui.regionPicker.combos[VILLAGE], ui.villageError),
            "postal_code": (ui.postalEdit, ui.postalError),
            "occupation": (ui.occupationEdit, ui.occupationError),
            "accommodation_note": (ui.accommodationNoteEdit, ui.accommodationNoteError),
            "dtsen_decile": (ui.decileSpin, ui.decileError),
            "preferences": (ui.preferences.combos[0], ui.preferencesError),
            "skills_have": (ui.skillsEdit, ui.skillsError),
            "consent": (ui.consentChecks.box(c.ConsentPurpose.TRAINING), ui.consentError),
            "guardian_name": (ui.guardianNameEdit, ui.guardianNameError),
            "guardian_relation": (ui.guardianRelationEdit, ui.guardianRelationError),
            "photo": (ui.choosePhotoButton, ui.photoError),
        }

    def _connect(self) -> None:
        ui = self.ui
        ui.nikEdit.textChanged.connect(self._nik_changed)
        ui.birthDateEdit.textChanged.connect(self._update_guardian)
        for edit in (ui.birthDateEdit, ui.consentDateEdit):
            edit.editingFinished.connect(lambda e=edit: e.setText(typed_date(e.text())))
        ui.dtsenCombo.currentIndexChanged.connect(self._update_decile)
        ui.regionPicker.village_chosen.connect(self._village_chosen)
        ui.regionPicker.loaded.connect(self._region_loaded)
        ui.washingtonButton.toggled.connect(self._show_washington)
        ui.choosePhotoButton.clicked.connect(self.choose_photo)
        ui.removePhotoButton.clicked.connect(self.remove_photo)
        ui.reloadButton.clicked.connect(lambda: self.reload(ask_first=True))
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        for keys in (QKeySequence.StandardKey.Save, "Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)
        # Scroll to whatever gets the focus (Enter, an error, a section's Alt key), not only
        # on Tab as the scroll area does by itself. The application outlives the form.
        form = weakref.ref(self)

        def follow(_old: QWidget | None, new: QWidget | None) -> None:
            alive = form()
            if alive is not None and isValid(alive) and new is not None:
                alive._reveal(new)

        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(follow)
            self.destroyed.connect(lambda: app.focusChanged.disconnect(follow))

    def _set_tab_order(self) -> list[QWidget]:
        """Tab follows the paper form, field by field (Designer's tab stops cannot reach into
        the composite widgets)."""
        ui = self.ui
        order: list[QWidget] = [
            ui.fullNameEdit, ui.nikEdit, ui.noNikCombo, ui.kkEdit, ui.citizenshipCombo,
            ui.birthPlaceEdit, ui.birthDateEdit, ui.sexCombo, ui.maritalCombo,
            ui.phoneEdit, ui.streetEdit, ui.rtEdit, ui.rwEdit,
            *ui.regionPicker.focus_widgets(), ui.postalEdit,
            ui.educationCombo, ui.employmentCombo, ui.occupationEdit, ui.incomeCombo,
            *ui.disabilityChecks.focus_widgets(), *ui.accommodationChecks.focus_widgets(),
            ui.accommodationNoteEdit, ui.washingtonButton, *self.washington.values(),
            ui.dtsenCombo, ui.decileSpin,
            *ui.assistanceChecks.focus_widgets(), *ui.targetChecks.focus_widgets(),
            *ui.preferences.focus_widgets(), ui.skillsEdit, ui.goalCombo, ui.channelCombo,
            *ui.consentChecks.focus_widgets(), ui.consentMethodCombo, ui.consentDateEdit,
            ui.guardianNameEdit, ui.guardianRelationEdit,
            ui.choosePhotoButton, ui.removePhotoButton, ui.reloadButton,
            *ui.buttonBox.buttons(),
        ]  # fmt: skip
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        return order

    def _align_columns(self) -> None:
        """One label width for every section: fields start at the same place all the way down,
        as on the paper form, instead of jumping with each section's longest label."""
        ui = self.ui
        grids = (
            ui.identityLayout, ui.addressLayout, ui.workLayout, ui.disabilityLayout,
            ui.assistanceLayout, ui.needsLayout, ui.consentLayout,
        )  # fmt: skip
        picker = ui.regionPicker.labels
        widths = {
            0: max(picker[0].sizeHint().width(), picker[2].sizeHint().width()),
            2: max(picker[1].sizeHint().width(), picker[3].sizeHint().width()),
        }
        for grid in grids:
            for index in range(grid.count()):
                _row, column, _rows, columns = grid.getItemPosition(index)
                label = grid.itemAt(index).widget()
                if (
                    isinstance(label, QLabel)
                    and label.buddy()
                    and column in widths
                    and columns == 1
                ):
                    widths[column] = max(widths[column], label.sizeHint().width())
        for grid in grids:
            grid.setColumnMinimumWidth(0, widths[0])
            grid.setColumnMinimumWidth(2, widths[2])
        ui.regionPicker.align_labels(widths[0], widths[2])

    def _fit_screen(self) -> None:
        """As wide as the page needs (large text needs more), as tall as the design, never
        beyond the screen: desks run 1366×768, and the page scrolls instead."""
        margins = self.ui.dialogLayout.contentsMargins()
        page = self.ui.formPage.minimumSizeHint().width() + margins.left() + margins.right()
        width = max(self.width(), page + self.ui.scrollArea.verticalScrollBar().sizeHint().width())
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            self.resize(min(width, room.width() - 40), min(self.height(), room.height() - 40))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:  # sizes are known only once shown (style, large text)
            self._fitted = True
            self._fit_screen()

    # --- keyboard -----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Return arrives here from fields that do not use it themselves; in a dialog it would
        # press the default button and close the form half filled. Here it moves on instead.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.save()
                return
            focused = self.focusWidget()
            if isinstance(focused, QAbstractButton) and not isinstance(focused, QCheckBox):
                focused.click()  # a focused button does what it says
            else:
                self.focusNextChild()
            return
        super().keyPressEvent(event)

    def _reveal(self, widget: QWidget) -> None:
        if self.ui.formPage.isAncestorOf(widget):
            self.ui.scrollArea.ensureWidgetVisible(widget, 40, 60)

    # --- loading and reading ------------------------------------------------------------

    def load(self, data: ParticipantInput, consent: ConsentInput | None) -> None:
        """Put a participant into the form (an empty one for a new registration)."""
        ui = self.ui
        for edit, text in (
            (ui.fullNameEdit, data.full_name),
            (ui.nikEdit, data.nik),
            (ui.kkEdit, data.kk_number),
            (ui.birthPlaceEdit, data.birth_place),
            (ui.birthDateEdit, data.birth_date.strftime("%d/%m/%Y") if data.birth_date else ""),
            (ui.phoneEdit, display_phone(data.phone) if data.phone else ""),
            (ui.streetEdit, data.street),
            (ui.rtEdit, data.rt),
            (ui.rwEdit, data.rw),
            (ui.postalEdit, data.postal_code),
            (ui.occupationEdit, data.occupation),
            (ui.accommodationNoteEdit, data.accommodation_note),
            (ui.skillsEdit, data.skills_have),
        ):
            edit.setText(text)
        for combo, value in (
            (ui.noNikCombo, data.no_nik_reason),
            (ui.citizenshipCombo, data.citizenship),
            (ui.sexCombo, data.sex),
            (ui.maritalCombo, data.marital_status),
            (ui.educationCombo, data.education),
            (ui.employmentCombo, data.employment),
            (ui.incomeCombo, data.income_band),
            (ui.dtsenCombo, data.dtsen),
            (ui.goalCombo, data.goal),
            (ui.channelCombo, data.channel),
        ):
            combo.set_value(value)
        ui.disabilityChecks.set_values(data.disabilities)
        ui.accommodationChecks.set_values(data.accommodations)
        ui.assistanceChecks.set_values(data.assistance)
        ui.targetChecks.set_values(data.target_groups)
        answers = data.washington or {}
        for key, combo in self.washington.items():
            combo.set_value(answers.get(key))
        ui.washingtonButton.setChecked(bool(answers))
        ui.decileSpin.setValue(data.dtsen_decile or 0)
        ui.preferences.set_values(data.preferences)
        ui.regionPicker.set_village(data.village_code)
        consent = consent or ConsentInput(
            frozenset({c.ConsentPurpose.TRAINING}), c.ConsentMethod.SIGNED_PAPER, date.today()
        )
        ui.consentChecks.set_values(consent.purposes)
        ui.consentMethodCombo.set_value(consent.method)
        ui.consentDateEdit.setText(consent.given_on.strftime("%d/%m/%Y"))
        ui.guardianNameEdit.setText(consent.guardian_name)
        ui.guardianRelationEdit.setText(consent.guardian_relation)
        self._auto = {}  # what was loaded is the clerk's, not the form's guess
        self._update_decile()
        self._update_guardian()
        self.errors.clear()
        # As the form reads it back: a guardian stored while the person was a minor is not
        # shown for an adult, and must not count as a new consent on the next save.
        self._loaded_consent = self.typed().consent
        self._baseline = self._state()

    def load_record(self, record: ParticipantRecord) -> None:
        self.record = record
        self.version = record.version
        latest = record.consents[0] if record.consents else None
        consent = (
            ConsentInput(
                purposes=frozenset(c.ConsentPurpose(p) for p in latest.purposes),
                method=c.ConsentMethod(latest.method),
                given_on=latest.given_on,
                guardian_name=latest.guardian_name,
                guardian_relation=latest.guardian_relation,
            )
            if latest
            else None
        )
        self._photo, self._photo_changed = None, False
        self._show_photo(None)
        self.load(input_from_values(record.values), consent)
        self.setWindowTitle(self.tr("Participant: %1").replace("%1", record.values["full_name"]))
        if record.has_photo:
            ctx, pid = self.context, record.id
            ctx.runner.submit(
                lambda: participants.photo(ctx.db, ctx.actor, pid),
                self._stored_photo,
            )

    def typed(self) -> Typed:
        """What the form holds now, unchecked: the services check it and name each field."""
        ui = self.ui
        errors: list[ValidationError] = []

        def day(edit: Any, field: str) -> date | None:
            text = typed_date(edit.text())
            if not text:
                return None
            try:
                return parse_date(text, field)
            except ValidationError as error:
                errors.append(error)
                return None

        nik = ui.nikEdit.text()
        answers = {
            key: combo.value_of(c.WashingtonDifficulty) for key, combo in self.washington.items()
        }
        yes = ui.dtsenCombo.value() is c.Dtsen.YES
        data = ParticipantInput(
            full_name=ui.fullNameEdit.text(),
            nik=nik,
            no_nik_reason=None if nik.strip() else ui.noNikCombo.value_of(c.NoNikReason),
            kk_number=ui.kkEdit.text(),
            birth_place=ui.birthPlaceEdit.text(),
            birth_date=day(ui.birthDateEdit, "birth_date"),
            sex=ui.sexCombo.value_of(c.Sex),
            marital_status=ui.maritalCombo.value_of(c.MaritalStatus),
            citizenship=ui.citizenshipCombo.value_of(c.Citizenship) or c.Citizenship.WNI,
            phone=ui.phoneEdit.text(),
            street=ui.streetEdit.text(),
            rt=ui.rtEdit.text(),
            rw=ui.rwEdit.text(),
            village_code=ui.regionPicker.village_code(),
            postal_code=ui.postalEdit.text(),
            education=ui.educationCombo.value_of(c.Education),
            occupation=ui.occupationEdit.text(),
            employment=ui.employmentCombo.value_of(c.Employment),
            income_band=ui.incomeCombo.value_of(c.IncomeBand),
            disabilities=ui.disabilityChecks.values_of(c.Disability),
            accommodations=ui.accommodationChecks.values_of(c.Accommodation),
            accommodation_note=ui.accommodationNoteEdit.text(),
            washington={k: v for k, v in answers.items() if v is not None} or None,
            dtsen=ui.dtsenCombo.value_of(c.Dtsen) or c.Dtsen.UNKNOWN,
            dtsen_decile=(ui.decileSpin.value() or None) if yes else None,
            assistance=ui.assistanceChecks.values_of(c.Assistance),
            target_groups=ui.targetChecks.values_of(c.TargetGroup),
            preferences=ui.preferences.values(),
            skills_have=ui.skillsEdit.text(),
            goal=ui.goalCombo.value_of(c.Goal),
            channel=ui.channelCombo.value_of(c.Channel),
        )
        if ui.regionPicker.unresolved():
            errors.append(ValidationError(CHOOSE_VILLAGE, "village"))
        minor = ui.guardianNameEdit.isVisibleTo(self)
        consent = ConsentInput(
            purposes=ui.consentChecks.values_of(c.ConsentPurpose),
            method=ui.consentMethodCombo.value_of(c.ConsentMethod) or c.ConsentMethod.SIGNED_PAPER,
            given_on=day(ui.consentDateEdit, "consent") or date.today(),
            guardian_name=ui.guardianNameEdit.text() if minor else "",
            guardian_relation=ui.guardianRelationEdit.text() if minor else "",
        )
        return Typed(data, consent, tuple(errors))

    def _state(self) -> tuple[object, ...]:
        typed = self.typed()
        texts = (self.ui.birthDateEdit.text(), self.ui.consentDateEdit.text())
        return (typed.data, typed.consent, texts, self._photo_changed, self._photo)

    def is_dirty(self) -> bool:
        return self._state() != self._baseline

    # --- live help ----------------------------------------------------------------------

    def _nik_changed(self, text: str) -> None:
        ui = self.ui
        ui.noNikCombo.setEnabled(not text.strip())  # its choice is kept, and ignored
        self._say(ui.nikInfo, "")
        if len(digits_of(text)) != NIK_LENGTH:
            return
        try:
            facts = clean_nik(text, today=date.today())
        except ValidationError as error:
            self._say(ui.nikInfo, message(error), "error")
            return
        # Fill only what is empty or still holds the form's own earlier guess.
        birth = facts.birth_date.strftime("%d/%m/%Y")
        if ui.birthDateEdit.text().strip() in ("", self._auto.get("birth_date")):
            ui.birthDateEdit.setText(birth)
            self._auto["birth_date"] = birth
        if ui.sexCombo.value() in (None, self._auto.get("sex")):
            ui.sexCombo.set_value(facts.sex)
            self._auto["sex"] = facts.sex
        self._check_nik(text, facts)

    def _check_nik(self, text: str, facts: NikFacts) -> None:
        # On the worker: the region list behind the check loads ~0.3 s on first use.
        typed = self.typed().data
        self.context.runner.submit(
            lambda: nik_warnings(facts, birth_date=typed.birth_date, sex=typed.sex),
            lambda warnings: self._show_nik_warnings(text, warnings),
        )

    def _show_nik_warnings(self, text: str, warnings: list[FieldWarning]) -> None:
        if isValid(self) and self.ui.nikEdit.text() == text:
            self._say(self.ui.nikInfo, "\n".join(warning_text(w) for w in warnings))

    @staticmethod
    def _say(label: QLabel, text: str, role: str = "hint") -> None:
        label.setText(text)
        label.setVisible(bool(text))
        if label.property("role") != role:
            label.setProperty("role", role)
            label.style().unpolish(label)
            label.style().polish(label)

    def _update_guardian(self) -> None:
        ui = self.ui
        try:
            birth: date | None = parse_date(typed_date(ui.birthDateEdit.text()))
        except ValidationError:
            birth = None
        minor = birth is not None and age_on(birth, date.today()) < ADULT_AGE
        for widget in (
            ui.guardianHint,
            ui.guardianNameLabel,
            ui.guardianNameEdit,
            ui.guardianRelationLabel,
            ui.guardianRelationEdit,
        ):
            widget.setVisible(minor)
        if not minor:
            ui.guardianNameError.hide()
            ui.guardianRelationError.hide()

    def _update_decile(self) -> None:
        yes = self.ui.dtsenCombo.value() is c.Dtsen.YES
        self.ui.decileSpin.setEnabled(yes)  # a decile only exists for people listed in DTSEN

    def _show_washington(self, shown: bool) -> None:
        self.ui.washingtonBox.setVisible(shown)
        arrow = Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        self.ui.washingtonButton.setArrowType(arrow)

    def _village_chosen(self, _code: str) -> None:
        postal = self.ui.regionPicker.postal_code()
        if postal and self.ui.postalEdit.text().strip() in ("", self._auto.get("postal_code")):
            self.ui.postalEdit.setText(postal)
            self._auto["postal_code"] = postal

    def _region_loaded(self, level: int) -> None:
        # A stored postal code that is the village's own is the form's, so a new village
        # replaces it; one the clerk typed stays.
        postal = self.ui.regionPicker.postal_code()
        if level == VILLAGE and postal and self.ui.postalEdit.text().strip() == postal:
            self._auto["postal_code"] = postal

    # --- photo --------------------------------------------------------------------------

    def _stored_photo(self, jpeg: bytes | None) -> None:
        if isValid(self) and not self._photo_changed:  # one chosen meanwhile stays shown
            self._show_photo(jpeg)

    def choose_photo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a photo"),
            str(Path.home()),
            self.tr("Images (*.jpg *.jpeg *.png *.bmp);;All files (*)"),
        )
        if path:
            self.set_photo_file(Path(path))

    def set_photo_file(self, path: Path) -> None:
        try:
            data = path.read_bytes()
        except OSError as error:
            self.errors.show(ValidationError(error.strerror or str(error), "photo"))
            return
        if QPixmap().loadFromData(data) is False:
            self.errors.show(ValidationError(NOT_AN_IMAGE, "photo"))
            return
        self.ui.photoError.hide()
        self._photo, self._photo_changed = data, True
        self._show_photo(data)

    def remove_photo(self) -> None:
        self._photo, self._photo_changed = None, True
        self._show_photo(None)

    def _show_photo(self, data: bytes | None) -> None:
        pixmap = QPixmap()
        preview = self.ui.photoPreview
        if data and pixmap.loadFromData(data):
            preview.setPixmap(
                pixmap.scaled(
                    preview.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            preview.setPixmap(QPixmap())
            preview.setText(self.tr("No photo"))

    # --- saving -------------------------------------------------------------------------

    def save(self) -> None:
        if self._busy:
            return
        typed = self.typed()
        if typed.errors:
            self._run(
                lambda: check_only(typed.data, typed.consent),
                lambda found: self._show_errors(ValidationErrors(_merge(typed.errors, found))),
            )
            return
        self._submit(typed)

    def _submit(self, typed: Typed) -> None:
        ctx, data, consent = self.context, typed.data, typed.consent
        record = self.record
        if record is None:
            different, photo = self._different, self._photo
            self._run(
                lambda: participants.register(
                    ctx.db, ctx.actor, data, consent, different_from=different, photo=photo
                ),
                self._saved,
                lambda error: self._failed(error, typed),
            )
            return
        version, photo, photo_changed = self.version, self._photo, self._photo_changed
        consent_changed = consent != self._loaded_consent

        def work() -> tuple[Saved, PelitaError | None]:
            # Checked before anything is written: the change, its consent and its photo are
            # saved by three calls, and a refusal halfway would leave the form's version stale.
            if consent_changed and data.birth_date is not None:
                clean_consent(consent, birth_date=data.birth_date, today=date.today())
            if photo_changed and photo is not None:
                normalise_photo(photo)
            saved = participants.update(ctx.db, ctx.actor, record.id, version, data)
            try:
                if consent_changed:
                    participants.record_consent(ctx.db, ctx.actor, record.id, consent)
                if photo_changed:
                    participants.set_photo(ctx.db, ctx.actor, record.id, photo)
            except PelitaError as error:
                return saved, error
            return saved, None

        self._run(work, self._edited, lambda error: self._failed(error, typed))

    def _run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run on the worker with the Save button off, and answer only while the form lives."""
        self._busy = True
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)

        def answer(handler: Callable[[Any], None]) -> Callable[[Any], None]:
            def call(result: Any) -> None:
                if isValid(self):
                    self._busy = False
                    self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
                    handler(result)

            return call

        self.context.runner.submit(work, answer(done), answer(failed or self._failed))

    def _saved(self, saved: Saved) -> None:
        self._baseline = self._state()
        self.saved.emit(saved.participant_id)
        self.accept()
        if saved.warnings:
            # After closing: the record is saved, the warnings are for checking the paper.
            parent, title = self.parentWidget(), self.tr("Saved — please check")
            text = "\n".join(warning_text(w) for w in saved.warnings)
            self._when_unlocked(lambda: inform(parent, title, text), parent)

    def _edited(self, result: tuple[Saved, PelitaError | None]) -> None:
        saved, later = result
        if later is None:
            self._saved(saved)
            return
        self.version = saved.version  # the change itself is saved; its consent or photo not
        self.saved.emit(saved.participant_id)
        self._show_errors(later)

    def _failed(self, error: BaseException, typed: Typed | None = None) -> None:
        if isinstance(error, PossibleDuplicates) and typed is not None:
            self._ask_duplicates(error.candidates, typed)
        elif isinstance(error, AlreadyRegistered):
            self._show_errors(error)
            title, text = self.tr("Already registered"), message(error)
            self._when_unlocked(lambda: inform(self, title, text))
            self.open_participant.emit(error.participant_id)
        elif isinstance(error, EditConflict):
            self._conflict(error)
        elif isinstance(error, PelitaError):
            self._show_errors(error)
        else:
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)

    def _show_errors(self, error: PelitaError) -> None:
        self.errors.show(error)
        # FieldErrors focuses the first error the service listed; the clerk reads the form top
        # down, so the first field at fault on the paper gets the focus, scrolled into view.
        for widget in self.order:
            if widget.property("invalid") is True:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                _label = next(lb for w, lb in self.errors.fields.values() if w is widget)
                self._reveal(_label)
                self._reveal(widget)
                return
        self._reveal(self.ui.formError)

    def _when_unlocked(self, show: Callable[[], object], window: QWidget | None = None) -> None:
        """Open a box now, or once the desk is unlocked if a save answered while it was locked:
        a box opened then would stand above the lock's cover, for anyone to read."""
        cover = (window or self).window().findChild(QWidget, "lockOverlay")
        if cover is None:
            show()
            return
        # Not from inside the cover's destruction: the box may run an event loop of its own.
        cover.destroyed.connect(lambda: QTimer.singleShot(0, self, show))

    # --- duplicates, conflicts ----------------------------------------------------------

    def _ask_duplicates(self, candidates: list[Any], typed: Typed) -> None:
        dialog = DuplicatesDialog(candidates, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.same_person_chosen.connect(lambda pid: self._same_person(pid, typed))
        dialog.different_person_chosen.connect(lambda: self._different_person(candidates, typed))
        self.duplicates = dialog
        # Window-modal: the form keeps everything; Cancel comes back to it.
        self._when_unlocked(dialog.open)

    def _different_person(self, candidates: list[Any], typed: Typed) -> None:
        self._different = self._different | {candidate.id for candidate in candidates}
        self._submit(typed)

    def _same_person(self, participant_id: int, typed: Typed) -> None:
        ctx = self.context

        def opened(_none: None) -> None:
            self._baseline = self._state()  # nothing to lose: the person is on record
            self.open_participant.emit(participant_id)
            self.done(OPENED_EXISTING)

        self._run(
            lambda: participants.same_person(ctx.db, ctx.actor, participant_id, typed.data), opened
        )

    def _conflict(self, error: EditConflict) -> None:
        self.errors.show(error)  # the form-wide label: it is about the whole record
        self.ui.reloadButton.show()
        self._when_unlocked(lambda: self._offer_reload(message(error)))

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

        self._run(lambda: participants.get(ctx.db, ctx.actor, pid), loaded)

    # --- closing ------------------------------------------------------------------------

    def reject(self) -> None:
        """Escape, Cancel and the window's close button: never lose typing by accident."""
        if self._busy:
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
        self._busy = False
        super().reject()


def _merge(
    mine: Sequence[ValidationError], service: Sequence[ValidationError]
) -> list[ValidationError]:
    # The form's own reading of a field (a date it could not read) beats the service's remark
    # about the same field ("enter the date of birth"), which saw it empty.
    fields = {error.field for error in mine}
    return [*mine, *(error for error in service if error.field not in fields)]
