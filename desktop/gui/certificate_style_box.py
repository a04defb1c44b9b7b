"""How the centre's certificates look, on the Settings page (admins): the place of issue, the
English line under each Indonesian one, the participant's photo, and the signer's signature
image with a small preview.

The place and the two choices are saved together with "Save"; the signature is saved as soon
as it is chosen or removed (like a file handed over), and the preview shows it as it will be
printed: checked and shrunk by the service. Every call runs on the worker; a refusal stands
next to its field and nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QWidget
from shiboken6 import isValid

from desktop.domain.errors import PelitaError, ValidationError
from desktop.gui.app_context import AppContext
from desktop.gui.field_errors import FieldErrors
from desktop.gui.forms.ui_certificate_style_box import Ui_CertificateStyleBox
from desktop.gui.message_line import show_message
from desktop.services import certificate_style
from desktop.services.certificate_style import CertificateStyleInput, CertificateStyleView


class CertificateStyleBox(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_CertificateStyleBox()
        self.ui.setupUi(self)
        ui = self.ui
        self.errors = FieldErrors(
            ui.generalError,
            {
                "place": (ui.placeEdit, ui.placeError),
                "signature": (ui.signatureButton, ui.signatureError),
            },
        )
        self.version = 0  # of the style the form shows, handed back on save
        self.busy = False
        ui.saveButton.clicked.connect(self.save)
        ui.signatureButton.clicked.connect(self.choose_signature)
        ui.removeSignatureButton.clicked.connect(self.remove_signature)
        for edited in (ui.placeEdit.textEdited, ui.englishCheck.toggled, ui.photoCheck.toggled):
            edited.connect(ui.statusLabel.hide)  # "Saved" no longer holds once a thing changes
        show_message(ui.statusLabel, "", "ok")
        self._show_signature(None)
        self._set_ready(False)  # until the centre's own style is read
        self.load()

    def tab_order(self) -> list[QWidget]:
        ui = self.ui
        return [
            ui.placeEdit,
            ui.englishCheck,
            ui.photoCheck,
            ui.signatureButton,
            ui.removeSignatureButton,
            ui.saveButton,
        ]

    def typed(self) -> CertificateStyleInput:
        """What the form holds, unchecked: the service says what is wrong with it."""
        ui = self.ui
        return CertificateStyleInput(
            ui.placeEdit.text(), ui.englishCheck.isChecked(), ui.photoCheck.isChecked()
        )

    def fill(self, style: CertificateStyleView) -> None:
        self.ui.placeEdit.setText(style.place)
        self.ui.englishCheck.setChecked(style.english)
        self.ui.photoCheck.setChecked(style.photo)
        self.version = style.version
        self._show_signature(style.signature_png)

    def _set_ready(self, ready: bool) -> None:
        for widget in self.tab_order():
            widget.setEnabled(ready)

    def _show_signature(self, png: bytes | None) -> None:
        preview = self.ui.signaturePreview
        pixmap = QPixmap()
        if png and pixmap.loadFromData(png):
            preview.setPixmap(
                pixmap.scaled(
                    preview.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            preview.setPixmap(QPixmap())
            preview.setText(self.tr("No signature"))
        self.ui.removeSignatureButton.setVisible(bool(png))

    # --- the worker ---------------------------------------------------------------------

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """One call at a time, the buttons off meanwhile; answered only while the box lives."""
        self.busy = True
        self._set_ready(False)

        def answer(handler: Callable[[Any], None]) -> Callable[[Any], None]:
            def call(result: Any) -> None:
                if isValid(self):
                    self.busy = False
                    self._set_ready(True)
                    handler(result)

            return call

        self.context.runner.submit(work, answer(done), answer(self._failed))

    def load(self) -> None:
        ctx = self.context
        self._run(lambda: certificate_style.get_style(ctx.db, ctx.actor), self.fill)

    def save(self) -> None:
        if self.busy:
            return
        self.errors.clear()
        show_message(self.ui.statusLabel, "", "ok")
        ctx, typed, version = self.context, self.typed(), self.version

        def done(saved: CertificateStyleView) -> None:
            self.version = saved.version
            self.ui.placeEdit.setText(saved.place)  # as kept: spaces tidied
            show_message(
                self.ui.statusLabel,
                self.tr("Saved: the next certificates are made this way."),
                "ok",
            )
            self.ui.saveButton.setFocus()

        self._run(lambda: certificate_style.save_style(ctx.db, ctx.actor, typed, version), done)

    def choose_signature(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the signature image"),
            str(Path.home()),
            self.tr("Images (*.png *.jpg *.jpeg *.bmp);;All files (*)"),
        )
        if path:
            self.set_signature_file(Path(path))

    def set_signature_file(self, path: Path) -> None:
        """Save the image in `path` as the signature (read on the worker too)."""
        if self.busy:
            return

        def work() -> CertificateStyleView:
            try:
                data = path.read_bytes()
            except OSError as error:
                raise ValidationError(error.strerror or str(error), "signature") from None
            return certificate_style.set_signature(ctx.db, ctx.actor, data)

        ctx = self.context
        self.errors.clear()
        self._run(work, lambda view: self._signature_saved(view, self.tr("Signature saved.")))

    def remove_signature(self) -> None:
        if self.busy:
            return
        ctx = self.context
        self.errors.clear()
        self._run(
            lambda: certificate_style.set_signature(ctx.db, ctx.actor, None),
            lambda view: self._signature_saved(view, self.tr("Signature removed.")),
        )

    def _signature_saved(self, view: CertificateStyleView, text: str) -> None:
        self._show_signature(view.signature_png)
        # Only this change happened since the form loaded: the form is up to date again. Had
        # another desk saved meanwhile, the old version stays, and "Save" says so instead of
        # overwriting what they saved.
        if view.version == self.version + 1:
            self.version = view.version
        show_message(self.ui.statusLabel, text, "ok")
        self.ui.signatureButton.setFocus()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, PelitaError):
            # Next to the field at fault (what is typed stays), else under the form.
            self.errors.show(error)
        else:
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)
