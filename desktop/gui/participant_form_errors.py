"""Showing what is wrong on the intake form: each message beside its field, the first field at
fault on the paper focused and scrolled into view; and the text of a warning to check."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from desktop.domain import choices as c
from desktop.domain.errors import PelitaError
from desktop.gui.field_errors import FieldErrors
from desktop.gui.forms.ui_participant_form import Ui_ParticipantForm
from desktop.gui.region_picker import VILLAGE


def error_fields(ui: Ui_ParticipantForm) -> dict[str, tuple[QWidget, QLabel]]:
    """The service's field names, each with its input widget and its error label."""
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


class FormErrors(FieldErrors):
    """The intake form's errors, beside their fields or in the form-wide label."""

    def __init__(self, ui: Ui_ParticipantForm) -> None:
        super().__init__(ui.formError, error_fields(ui))
        for _widget, label in self.fields.values():
            # A long message wraps within its column instead of widening it: the fields must
            # not shift sideways when errors appear.
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def show_on_paper(
        self, error: PelitaError, order: Sequence[QWidget], reveal: Callable[[QWidget], None]
    ) -> None:
        """Show `error`; focus the first field at fault in `order` and `reveal` it with its
        message, or reveal the form-wide label if no field is at fault."""
        self.show(error)
        # FieldErrors focuses the first error the service listed; the clerk reads the form top
        # down, so the first field at fault on the paper gets the focus, scrolled into view.
        for widget in order:
            if widget.property("invalid") is True:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                _label = next(lb for w, lb in self.fields.values() if w is widget)
                reveal(_label)
                reveal(widget)
                return
        reveal(self.general)
