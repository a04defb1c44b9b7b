"""Adding a sponsor that is not on record yet: its name, type and logo, from the cohort form.

The full management of sponsors (contacts, agreements, contributions) comes with the
inventory; until then an admin filling in a cohort meets a sponsor that is missing from the
list, and adds it here without leaving the form. The logo, printed on the certificates of the
cohorts it sponsors, is previewed when chosen and checked again by the service on save. The
save runs on the worker; a refusal (no name, one already on record in another case or spacing,
a logo that is no image) stands next to its field and what was typed stays. `NewSponsorOffer`
is the cohort form's "New sponsor…" button: it opens the dialog and ticks the new sponsor in
the form's list, leaving everything typed there alone.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from desktop.domain.errors import PelitaError, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.roles import Permission
from desktop.domain.sponsor import SponsorKind, sponsor_name_key
from desktop.gui.app_context import AppContext
from desktop.gui.dialogs import localise_buttons
from desktop.gui.field_errors import FieldErrors
from desktop.gui.form_calls import FormCalls
from desktop.gui.forms.ui_cohort_dialog import Ui_CohortDialog
from desktop.gui.forms.ui_sponsor_dialog import Ui_NewSponsorDialog
from desktop.gui.user_dialogs import fit_height
from desktop.services.sponsors import SponsorRow, create_sponsor

NOT_AN_IMAGE = QT_TRANSLATE_NOOP(
    "messages", "This file is not an image Pelita can read. Choose a PNG or JPEG."
)


class NewSponsorDialog(QDialog):
    """A new sponsor, `name` typed already. After Save, `created` holds it."""

    def __init__(self, context: AppContext, parent: QWidget | None, name: str = "") -> None:
        super().__init__(parent)
        self.context = context
        self.created: SponsorRow | None = None
        self.ui = Ui_NewSponsorDialog()
        self.ui.setupUi(self)
        ui = self.ui
        localise_buttons(ui.buttonBox)
        for kind in SponsorKind:
            ui.kindCombo.addItem(QCoreApplication.translate("sponsors", kind.label), kind.value)
        ui.nameEdit.setText(name)
        self.logo: bytes | None = None  # the chosen file's bytes, checked by the service on save
        self.errors = FieldErrors(
            ui.formError,
            {"name": (ui.nameEdit, ui.nameError), "logo": (ui.logoButton, ui.logoError)},
        )
        ui.logoButton.clicked.connect(self.choose_logo)
        ui.clearLogoButton.clicked.connect(self.clear_logo)
        self._show_logo()
        self.calls = FormCalls(self, ui.buttonBox, context.runner, self._failed)
        # Not connected to accept(): the dialog closes only when the service has agreed.
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.nameEdit.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()  # only a shown dialog is laid out: a long translation still fits

    def _fit(self) -> None:
        """Room for every line and for the logo row. The form's fixed minimum width keeps Qt
        from holding the dialog to its layout's minimum width, which the logo's buttons need
        in large text; and the form squeezes the logo row (a layout, which fit_height does not
        measure) to give a wrapped line its height."""
        layout = self.layout()
        assert layout is not None
        least = layout.minimumSize()
        if self.width() < least.width():
            self.resize(least.width(), self.height())
        fit_height(self)
        row = self.ui.logoLayout
        layout.activate()
        short = row.minimumSize().height() - row.geometry().height()
        if short > 0:
            self.resize(self.width(), self.height() + short)

    def save(self) -> None:
        if self.calls.busy:
            return
        ctx, name = self.context, self.ui.nameEdit.text()
        kind = SponsorKind(self.ui.kindCombo.currentData())
        logo = self.logo
        self.calls.run(
            lambda: create_sponsor(ctx.db, ctx.actor, name, kind, logo=logo), self._saved
        )

    def choose_logo(self) -> None:
        path = choose_logo_file(self)
        if path is not None:
            self.set_logo_file(path)

    def set_logo_file(self, path: Path) -> None:
        """The logo in `path`, previewed; a file that is no image is refused next to the
        button, and the logo chosen before stays."""
        try:
            data = read_logo(path)
        except ValidationError as error:
            self._failed(error)
            return
        self.errors.clear()
        self.logo = data
        self._show_logo()

    def clear_logo(self) -> None:
        self.logo = None
        self._show_logo()
        self.ui.logoButton.setFocus()

    def _show_logo(self) -> None:
        show_logo(self.ui.logoPreview, self.logo)
        self.ui.clearLogoButton.setEnabled(self.logo is not None)

    def _saved(self, sponsor: SponsorRow) -> None:
        self.created = sponsor
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, PelitaError):
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)
            return
        self.errors.show(error)
        for widget, _label in self.errors.fields.values():
            widget.updateGeometry()  # the red border is thicker: the layout must hear of it
        self._fit()

    def reject(self) -> None:
        """Not while a save is under way: its answer decides whether the sponsor exists."""
        if not self.calls.busy:
            super().reject()


# Picking a logo, shared with the sponsor's own window (desktop.gui.sponsor_detail_dialog).


def choose_logo_file(parent: QWidget) -> Path | None:
    """The image file the person picks for a sponsor's logo (None when they cancel)."""
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("NewSponsorDialog", "Choose the sponsor's logo"),
        str(Path.home()),
        QCoreApplication.translate(
            "NewSponsorDialog", "Images (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)"
        ),
    )
    return Path(path) if path else None


def read_logo(path: Path) -> bytes:
    """The bytes of an image file Qt can show; refused (field "logo") otherwise."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ValidationError(error.strerror or str(error), "logo") from None
    if not QPixmap().loadFromData(data):
        raise ValidationError(NOT_AN_IMAGE, "logo")
    return data


def show_logo(preview: QLabel, data: bytes | None) -> None:
    """`data` scaled into the preview label, or an empty preview."""
    pixmap = QPixmap()
    if data is not None and pixmap.loadFromData(data):
        preview.setPixmap(
            pixmap.scaled(
                preview.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
    else:
        preview.setPixmap(QPixmap())


class NewSponsorOffer:
    """The cohort form's "New sponsor…" button, shown to those who may add sponsors. `dialog`
    is the dialog it opened last (tests reach it there)."""

    def __init__(self, ui: Ui_CohortDialog, context: AppContext, form: QWidget) -> None:
        self.ui = ui
        self.context = context
        self.form = form
        self.dialog: NewSponsorDialog | None = None
        button = ui.newSponsorButton
        button.setVisible(context.actor.may(Permission.MANAGE_PROGRAMMES))
        button.clicked.connect(self.open)

    def open(self) -> None:
        dialog = NewSponsorDialog(self.context, self.form)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._created(dialog))
        self.dialog = dialog
        # open(), not exec(): no nested event loop, and tests drive the real dialog with qtbot.
        dialog.open()

    def _created(self, dialog: NewSponsorDialog) -> None:
        if dialog.created is not None:
            tick_sponsor(self.ui.sponsorsList, dialog.created)


def tick_sponsor(target: QListWidget, sponsor: SponsorRow) -> None:
    """`sponsor` ticked in the form's list, in its place by name, and shown: the list's other
    ticks, like every other field of the form, stay as they were."""
    entry = next(
        (
            target.item(row)
            for row in range(target.count())
            if target.item(row).data(Qt.ItemDataRole.UserRole) == sponsor.id
        ),
        None,
    )
    if entry is None:
        key = sponsor_name_key(sponsor.name)
        place = next(
            (
                row
                for row in range(target.count())
                if sponsor_name_key(target.item(row).text()) > key
            ),
            target.count(),
        )
        entry = QListWidgetItem(sponsor.name)
        entry.setData(Qt.ItemDataRole.UserRole, sponsor.id)
        entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        target.insertItem(place, entry)
    entry.setCheckState(Qt.CheckState.Checked)
    target.setCurrentItem(entry)
    target.scrollToItem(entry)
    target.setFocus(Qt.FocusReason.OtherFocusReason)
