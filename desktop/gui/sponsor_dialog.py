"""Adding a sponsor that is not on record yet: its name and type, from the cohort form.

The full management of sponsors (contacts, agreements, contributions, logos) comes with the
inventory; until then an admin filling in a cohort meets a sponsor that is missing from the
list, and adds it here without leaving the form. The save runs on the worker; a refusal (no
name, or one already on record in another case or spacing) stands next to the name and the
typed name stays. `NewSponsorOffer` is the cohort form's "New sponsor…" button: it opens the
dialog and ticks the new sponsor in the form's list, leaving everything typed there alone.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QListWidget, QListWidgetItem, QWidget

from desktop.domain.errors import PelitaError
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
        self.errors = FieldErrors(ui.formError, {"name": (ui.nameEdit, ui.nameError)})
        self.calls = FormCalls(self, ui.buttonBox, context.runner, self._failed)
        # Not connected to accept(): the dialog closes only when the service has agreed.
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.nameEdit.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_height(self)  # only a shown dialog is laid out: a long translation still fits

    def save(self) -> None:
        if self.calls.busy:
            return
        ctx, name = self.context, self.ui.nameEdit.text()
        kind = SponsorKind(self.ui.kindCombo.currentData())
        self.calls.run(lambda: create_sponsor(ctx.db, ctx.actor, name, kind), self._saved)

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
        fit_height(self)

    def reject(self) -> None:
        """Not while a save is under way: its answer decides whether the sponsor exists."""
        if not self.calls.busy:
            super().reject()


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
