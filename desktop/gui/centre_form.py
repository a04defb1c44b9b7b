"""The centre profile fields, shared by the setup wizard and the settings page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.domain.centre import CentreProfile, InstitutionType, derive_code
from desktop.domain.errors import PelitaError, ValidationError
from desktop.domain.numbering import render_certificate_number, validate_certificate_pattern
from desktop.gui.field_errors import FieldErrors
from desktop.gui.forms.ui_centre_form import Ui_CentreForm
from desktop.gui.i18n import message

DEFAULT_PATTERN = "{seq:4}/{centre}/{programme}/{roman_month}/{year}"


class CentreForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CentreForm()
        self.ui.setupUi(self)
        for kind in InstitutionType:
            self.ui.typeCombo.addItem(
                QCoreApplication.translate("institutions", kind.label), kind.value
            )
        self.ui.patternEdit.setText(DEFAULT_PATTERN)
        self.ui.patternHelp.setText(
            self.tr(
                "{seq} running number ({seq:4} = 0001), {year}, {month}, {roman_month}, "
                "{centre} code, {programme} code."
            )
        )
        self.errors = FieldErrors(
            self.ui.formError,
            {
                "name": (self.ui.nameEdit, self.ui.nameError),
                "code": (self.ui.codeEdit, self.ui.codeError),
                "head_nip": (self.ui.headNipEdit, self.ui.headNipError),
                "certificate_pattern": (self.ui.patternEdit, self.ui.patternError),
                "logo": (self.ui.logoButton, self.ui.logoError),
            },
        )
        self._logo_png: bytes | None = None
        self.logo_file: bytes | None = None  # newly chosen, checked by the service on save
        self.ui.patternEdit.textChanged.connect(self._preview_pattern)
        self.ui.nameEdit.textChanged.connect(self._preview_pattern)
        self.ui.codeEdit.textChanged.connect(self._preview_pattern)
        self.ui.logoButton.clicked.connect(self.choose_logo)
        self.ui.clearLogoButton.clicked.connect(self.clear_logo)
        self._preview_pattern()

    def load(self, profile: CentreProfile) -> None:
        self.ui.nameEdit.setText(profile.name)
        self.ui.typeCombo.setCurrentIndex(self.ui.typeCombo.findData(profile.institution_type))
        self.ui.codeEdit.setText(profile.code)
        self.ui.addressEdit.setPlainText(profile.address)
        self.ui.headNameEdit.setText(profile.head_name)
        self.ui.headTitleEdit.setText(profile.head_title)
        self.ui.headNipEdit.setText(profile.head_nip)
        self.ui.patternEdit.setText(profile.certificate_pattern)
        self._logo_png = profile.logo_png
        self.logo_file = None
        self._show_logo(profile.logo_png)

    def profile(self) -> CentreProfile:
        """What is typed, unchecked: the service validates and reports per field."""
        return CentreProfile(
            name=self.ui.nameEdit.text(),
            institution_type=InstitutionType(self.ui.typeCombo.currentData()),
            code=self.ui.codeEdit.text(),
            address=self.ui.addressEdit.toPlainText(),
            head_name=self.ui.headNameEdit.text(),
            head_title=self.ui.headTitleEdit.text(),
            head_nip=self.ui.headNipEdit.text(),
            certificate_pattern=self.ui.patternEdit.text(),
            logo_png=self._logo_png,
        )

    def show_error(self, error: PelitaError) -> None:
        self.errors.show(error)

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the centre's logo"),
            str(Path.home()),
            self.tr("Images (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)"),
        )
        if path:
            self.set_logo_file(Path(path))

    def set_logo_file(self, path: Path) -> None:
        try:
            data = path.read_bytes()
        except OSError as error:
            self.errors.show(ValidationError(error.strerror or str(error), "logo"))
            return
        pixmap = QPixmap()
        if not pixmap.loadFromData(data):
            self.errors.show(
                ValidationError(
                    QCoreApplication.translate(
                        "messages",
                        "This file is not an image Pelita can read. Choose a PNG or JPEG.",
                    ),
                    "logo",
                )
            )
            return
        self.errors.clear()
        self.logo_file = data
        self.ui.logoPreview.setPixmap(pixmap)

    def clear_logo(self) -> None:
        self._logo_png = None
        self.logo_file = None
        self._show_logo(None)

    def _show_logo(self, png: bytes | None) -> None:
        pixmap = QPixmap()
        if png:
            pixmap.loadFromData(png)
        self.ui.logoPreview.setPixmap(pixmap)

    def _preview_pattern(self) -> None:
        pattern = self.ui.patternEdit.text().strip()
        code = self.ui.codeEdit.text().strip().upper() or derive_code(self.ui.nameEdit.text())
        try:
            validate_certificate_pattern(pattern)
        except ValidationError as error:
            self.ui.patternError.setText(message(error))
            self.ui.patternError.setVisible(True)
            return
        self.ui.patternError.hide()
        example = render_certificate_number(pattern, 1, date.today(), code, "JHT")
        help_text = self.tr(
            "{seq} running number ({seq:4} = 0001), {year}, {month}, "
            "{roman_month}, {centre} code, {programme} code."
        )
        self.ui.patternHelp.setText(
            help_text + "\n" + self.tr("Example: %1").replace("%1", example)
        )
