"""One sponsor whole (admins): its profile and logo, contact people, agreements and
contributions, each on a tab, with the impact report at hand.

Everything is read with one `sponsor_detail` call on the worker and read again after each
change made here. Each tab saves on its own: the profile with its Save button (naming the values
it was loaded with, so another desk's change is never overwritten), the logo as soon as it is
chosen, contacts, agreements and contributions through their small dialogs. The tabs' buttons
are in desktop.gui.sponsor_detail_actions.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialog, QHeaderView, QTableView, QWidget
from shiboken6 import isValid

from desktop.domain.errors import PelitaError
from desktop.domain.formatting import format_rupiah
from desktop.domain.sponsor import SponsorKind
from desktop.gui.app_context import AppContext
from desktop.gui.dialogs import localise_buttons
from desktop.gui.field_errors import FieldErrors
from desktop.gui.forms.ui_sponsor_detail_dialog import Ui_SponsorDetailDialog
from desktop.gui.i18n import message, translate
from desktop.gui.message_line import show_message
from desktop.gui.sponsor_detail_actions import SponsorDetailActions
from desktop.gui.sponsor_detail_tables import AgreementsModel, ContactsModel, ContributionsModel
from desktop.gui.sponsor_dialog import choose_logo_file, read_logo, show_logo
from desktop.services import sponsors
from desktop.services.sponsor_details import (
    SponsorDetail,
    SponsorInput,
    sponsor_detail,
    sponsor_logo,
    update_sponsor,
)


def totals_text(detail: SponsorDetail) -> str:
    """ "Cash: Rp7.500.000 in 2 contributions. In kind: Rp6.365.000 (estimated value) in 1."""
    totals = detail.totals

    def times(count: int) -> str:
        if count == 1:
            return translate("SponsorDetailDialog", "1 contribution")
        return translate("SponsorDetailDialog", "%1 contributions").replace(
            "%1", QLocale().toString(count)
        )

    return (
        translate("SponsorDetailDialog", "Cash: %1 in %2. In kind: %3 (estimated value) in %4.")
        .replace("%1", format_rupiah(totals.cash_rupiah))
        .replace("%2", times(totals.cash_count))
        .replace("%3", format_rupiah(totals.in_kind_rupiah))
        .replace("%4", times(totals.in_kind_count))
    )


def summary_text(detail: SponsorDetail) -> str:
    kind = QCoreApplication.translate("sponsors", detail.kind.label)
    state = (
        translate("SponsorDetailDialog", "active")
        if detail.active
        else translate("SponsorDetailDialog", "deactivated")
    )
    if detail.cohorts == 1:
        cohorts = translate("SponsorDetailDialog", "sponsors 1 cohort")
    else:
        cohorts = translate("SponsorDetailDialog", "sponsors %1 cohorts").replace(
            "%1", QLocale().toString(detail.cohorts)
        )
    return f"{kind} · {state} · {cohorts}"


class SponsorDetailDialog(QDialog):
    def __init__(self, context: AppContext, sponsor_id: int, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.context = context
        self.sponsor_id = sponsor_id
        self.detail: SponsorDetail | None = None
        self.loaded: SponsorInput | None = None  # the profile as the form last showed it
        self.saving = False
        self.ui = Ui_SponsorDetailDialog()
        self.ui.setupUi(self)
        ui = self.ui
        localise_buttons(ui.buttonBox)
        for kind in SponsorKind:
            ui.kindCombo.addItem(QCoreApplication.translate("sponsors", kind.label), kind.value)
        self.errors = FieldErrors(
            ui.profileError,
            {
                "name": (ui.nameEdit, ui.nameError),
                "address": (ui.addressEdit, ui.addressError),
                "notes": (ui.notesEdit, ui.notesError),
                "logo": (ui.logoButton, ui.logoError),
            },
        )
        self.contacts = ContactsModel(self)
        self.agreements = AgreementsModel(self)
        self.contributions = ContributionsModel(self)
        for table, model, stretch in (
            (ui.contactsTable, self.contacts, 3),  # the e-mail address
            (ui.agreementsTable, self.agreements, 3),  # the commitment
            (ui.contributionsTable, self.contributions, 4),  # what was given
        ):
            _setup_table(table, model, stretch)
        self.commands = SponsorDetailActions(self)
        ui.saveProfileButton.clicked.connect(self.save_profile)
        ui.logoButton.clicked.connect(self.choose_logo)
        ui.clearLogoButton.clicked.connect(lambda: self._save_logo(None))
        ui.buttonBox.rejected.connect(self.reject)
        self._enable(False)
        self.say("", "hint")
        self.reload()

    def _enable(self, enabled: bool) -> None:
        """Nothing can be changed until the sponsor is read (or once it is gone)."""
        self.ui.tabs.setEnabled(enabled)
        self.ui.reportButton.setEnabled(enabled)

    # --- reading ------------------------------------------------------------------------

    def reload(self) -> None:
        ctx, sponsor_id = self.context, self.sponsor_id

        def read() -> tuple[SponsorDetail, bytes | None]:
            return (
                sponsor_detail(ctx.db, ctx.actor, sponsor_id),
                sponsor_logo(ctx.db, ctx.actor, sponsor_id),
            )

        def failed(error: BaseException) -> None:
            if isValid(self):
                self._enable(False)
                self.failed(error)

        ctx.runner.submit(read, self._loaded, failed)

    def _loaded(self, found: tuple[SponsorDetail, bytes | None]) -> None:
        if not isValid(self):
            return
        detail, logo = found
        first = self.detail is None
        self.detail = detail
        ui = self.ui
        self.setWindowTitle(
            translate("SponsorDetailDialog", "Sponsor: %1").replace("%1", detail.name)
        )
        ui.titleLabel.setText(detail.name)
        ui.summaryLabel.setText(summary_text(detail))
        ui.totalsLabel.setText(totals_text(detail))
        self.commands.show_rows(detail)
        show_logo(ui.logoPreview, logo)
        ui.clearLogoButton.setEnabled(logo is not None)
        if first:  # later reads leave what is being typed in the profile alone
            self._show_profile(
                SponsorInput(detail.name, detail.kind, detail.address, detail.notes, detail.active)
            )
        self._enable(True)

    def _show_profile(self, profile: SponsorInput) -> None:
        ui = self.ui
        self.loaded = profile
        ui.nameEdit.setText(profile.name)
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(profile.kind.value))
        ui.addressEdit.setPlainText(profile.address)
        ui.notesEdit.setPlainText(profile.notes)
        ui.activeCheck.setChecked(profile.active)

    def typed(self) -> SponsorInput:
        ui = self.ui
        return SponsorInput(
            ui.nameEdit.text(),
            SponsorKind(ui.kindCombo.currentData()),
            ui.addressEdit.toPlainText(),
            ui.notesEdit.toPlainText(),
            ui.activeCheck.isChecked(),
        )

    # --- the profile and logo -----------------------------------------------------------

    def save_profile(self) -> None:
        if self.saving or self.loaded is None:
            return
        ctx, sponsor_id, data, loaded = self.context, self.sponsor_id, self.typed(), self.loaded
        self.saving = True
        self.ui.saveProfileButton.setEnabled(False)

        def done(saved: SponsorInput) -> None:
            if not isValid(self):
                return
            self._saved_profile()
            self.errors.clear()
            self._show_profile(saved)
            self.say(
                translate("SponsorDetailDialog", "Saved the profile of %1.").replace(
                    "%1", saved.name
                ),
                "ok",
            )
            self.reload()

        def failed(error: BaseException) -> None:
            if isValid(self):
                self._saved_profile()
                self.failed(error)

        ctx.runner.submit(
            lambda: update_sponsor(ctx.db, ctx.actor, sponsor_id, data, loaded), done, failed
        )

    def _saved_profile(self) -> None:
        self.saving = False
        self.ui.saveProfileButton.setEnabled(True)

    def choose_logo(self) -> None:
        path = choose_logo_file(self)
        if path is None:
            return
        try:
            data = read_logo(path)
        except PelitaError as error:
            self.failed(error)
            return
        self._save_logo(data)

    def _save_logo(self, data: bytes | None) -> None:
        ctx, sponsor_id = self.context, self.sponsor_id

        def done(_png: bytes | None) -> None:
            if isValid(self):
                self.errors.clear()
                self.say(
                    translate("SponsorDetailDialog", "Saved the logo.")
                    if data
                    else translate("SponsorDetailDialog", "Removed the logo."),
                    "ok",
                )
                self.reload()

        ctx.runner.submit(
            lambda: sponsors.set_logo(ctx.db, ctx.actor, sponsor_id, data), done, self.failed
        )

    # --- messages -----------------------------------------------------------------------

    def failed(self, error: BaseException) -> None:
        """A refusal next to its profile field, or on the message line under the tabs."""
        if not isValid(self):
            return
        if not isinstance(error, PelitaError):
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)
            return
        if error.field in self.errors.fields:
            self.ui.tabs.setCurrentWidget(self.ui.profileTab)
            self.errors.show(error)
            self.say("", "hint")
        else:
            self.say(message(error), "error")

    def say(self, text: str, role: str) -> None:
        show_message(self.ui.statusLabel, text, role)


def _setup_table(
    table: QTableView, model: ContactsModel | AgreementsModel | ContributionsModel, stretch: int
) -> None:
    """Columns as wide as their text; `stretch` takes the room that is left."""
    table.setModel(model)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
