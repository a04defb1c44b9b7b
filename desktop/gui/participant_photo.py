"""The participant's photo on the intake form: chosen from a file, checked that it is an image,
and previewed. What is chosen, or removed, is saved with the rest of the form."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QWidget
from shiboken6 import isValid

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.gui.field_errors import FieldErrors
from desktop.gui.forms.ui_participant_form import Ui_ParticipantForm

NOT_AN_IMAGE = QT_TRANSLATE_NOOP(
    "messages", "This file is not an image Pelita can read. Choose a PNG or JPEG."
)


class PhotoField:
    """`data`: the photo the form holds (None: none); `changed`: chosen or removed here, so
    saving a change to a record sets it."""

    def __init__(self, form: QWidget, ui: Ui_ParticipantForm, errors: FieldErrors) -> None:
        self.form = form
        self.ui = ui
        self.errors = errors
        self.data: bytes | None = None
        self.changed = False

    def reset(self) -> None:
        """No photo, and none chosen: a record's own arrives later (`stored`)."""
        self.data, self.changed = None, False
        self.show(None)

    def stored(self, jpeg: bytes | None) -> None:
        """The record's photo, read on the worker."""
        if isValid(self.form) and not self.changed:  # one chosen meanwhile stays shown
            self.show(jpeg)

    def choose(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.form,
            QCoreApplication.translate("ParticipantForm", "Choose a photo"),
            str(Path.home()),
            QCoreApplication.translate(
                "ParticipantForm", "Images (*.jpg *.jpeg *.png *.bmp);;All files (*)"
            ),
        )
        if path:
            self.set_file(Path(path))

    def set_file(self, path: Path) -> None:
        try:
            data = path.read_bytes()
        except OSError as error:
            self.errors.show(ValidationError(error.strerror or str(error), "photo"))
            return
        if QPixmap().loadFromData(data) is False:
            self.errors.show(ValidationError(NOT_AN_IMAGE, "photo"))
            return
        self.ui.photoError.hide()
        self.data, self.changed = data, True
        self.show(data)

    def remove(self) -> None:
        self.data, self.changed = None, True
        self.show(None)

    def show(self, data: bytes | None) -> None:
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
            preview.setText(QCoreApplication.translate("ParticipantForm", "No photo"))
