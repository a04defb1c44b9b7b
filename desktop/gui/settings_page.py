"""Settings: this desk (language, text size, database), one's own password, and for admins the
idle lock, the waitlist's weights (desktop.gui.waitlist_weights_box), the centre's profile and
how certificates look (desktop.gui.certificate_style_box); admins also get a Backups tab
(desktop.gui.backup_tab)."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication, QDialog, QVBoxLayout, QWidget

from desktop.config import DeskConfig, save_config
from desktop.domain.errors import PelitaError
from desktop.domain.roles import Permission
from desktop.gui.app_context import AppContext
from desktop.gui.backup_tab import BackupTab
from desktop.gui.centre_form import CentreForm
from desktop.gui.certificate_style_box import CertificateStyleBox
from desktop.gui.field_errors import FieldErrors
from desktop.gui.formatting import url_label
from desktop.gui.forms.ui_settings_page import Ui_SettingsPage
from desktop.gui.i18n import LANGUAGES
from desktop.gui.signals import emit
from desktop.gui.style import apply_style
from desktop.gui.waitlist_weights_box import WaitlistWeightsBox
from desktop.services import attendance, centre, settings


class SettingsPage(QWidget):
    idle_minutes_changed = Signal(int)
    # The desk's settings were saved (the start-up controller backs up with them).
    config_changed = Signal(object)  # DeskConfig
    # A backup replaced the database: the desk must open it again (back to the login).
    database_restored = Signal(object)  # Path of the safety copy of the replaced file

    @staticmethod
    def nav_title() -> str:
        return QApplication.translate("SettingsPage", "Settings")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        self.context = context
        self.config: DeskConfig = context.config
        self.backup_tab: BackupTab | None = None
        for code, name in LANGUAGES.items():
            self.ui.languageCombo.addItem(name, code)
        self.ui.languageCombo.setCurrentIndex(self.ui.languageCombo.findData(self.config.language))
        self.ui.largeTextCheck.setChecked(self.config.large_text)
        self.ui.databaseLabel.setText(url_label(context.db.url))
        self.ui.deskNote.hide()
        self.ui.accountLabel.setText(
            self.tr("Logged in as %1 (%2).")
            .replace("%1", context.actor.full_name)
            .replace("%2", context.actor.username)
        )
        self.ui.languageCombo.currentIndexChanged.connect(self._language_changed)
        self.ui.largeTextCheck.toggled.connect(self._large_text_changed)
        self.ui.databaseButton.clicked.connect(self._change_database)
        self.ui.passwordButton.clicked.connect(self._change_password)

        is_admin = context.actor.may(Permission.MANAGE_CENTRE)
        self.ui.centreGroup.setVisible(is_admin)
        may_set = context.actor.may(Permission.MANAGE_SETTINGS)
        self.ui.securityGroup.setVisible(may_set)
        # Made only for those who may change the weights (set_waitlist_weights' permission).
        self.waitlist_box: WaitlistWeightsBox | None = None
        self.ui.waitlistHost.setVisible(may_set)
        if may_set:
            self.waitlist_box = WaitlistWeightsBox(context, self.ui.waitlistHost)
            box_layout = QVBoxLayout(self.ui.waitlistHost)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.addWidget(self.waitlist_box)
        # Under the centre's profile, which holds the signer's name and NIP.
        self.certificate_box: CertificateStyleBox | None = None
        if context.actor.may(Permission.ISSUE_CERTIFICATES):
            self.certificate_box = CertificateStyleBox(context, self.ui.scrollContents)
            main = self.ui.mainLayout
            main.insertWidget(main.indexOf(self.ui.centreGroup) + 1, self.certificate_box)
        self.centre_form = CentreForm(self.ui.centreFormHost)
        layout = QVBoxLayout(self.ui.centreFormHost)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.centre_form)
        self.idle_errors = FieldErrors(
            self.ui.idleError, {"idle_lock_minutes": (self.ui.idleSpin, self.ui.idleError)}
        )
        self.ui.centreStatus.hide()
        if is_admin:
            profile = centre.get_profile(context.db)
            if profile is not None:
                self.centre_form.load(profile)
        self.ui.idleSpin.setValue(settings.get_settings(context.db).idle_lock_minutes)
        self.ui.idleSaveButton.clicked.connect(self._save_idle)
        self.lock_days_errors = FieldErrors(
            self.ui.lockDaysError, {"lock_days": (self.ui.lockDaysSpin, self.ui.lockDaysError)}
        )
        if may_set:
            self.ui.lockDaysSpin.setValue(attendance.get_lock_days(context.db, context.actor))
        self.ui.lockDaysSaveButton.clicked.connect(self._save_lock_days)
        self.ui.centreSaveButton.clicked.connect(self._save_centre)
        self._order_tabs()
        if may_set:
            self._add_backup_tab()

    def _add_backup_tab(self) -> None:
        self.backup_tab = BackupTab(self.context, self.config, self.ui.tabs)
        self.ui.tabs.addTab(self.backup_tab, self.tr("Backups"))
        self.backup_tab.config_changed.connect(self._backup_config_saved)
        self.backup_tab.database_restored.connect(
            lambda safety_copy: emit(self.database_restored, safety_copy)
        )

    def _backup_config_saved(self, config: DeskConfig) -> None:
        self.config = config
        emit(self.config_changed, config)

    def _order_tabs(self) -> None:
        """Widgets made in code join the end of the tab order: put them where they show."""
        chain = [self.ui.idleSaveButton, self.ui.lockDaysSpin, self.ui.lockDaysSaveButton]
        if self.waitlist_box is not None:
            chain += self.waitlist_box.tab_order()
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        QWidget.setTabOrder(self.centre_form.ui.clearLogoButton, self.ui.centreSaveButton)
        if self.certificate_box is not None:
            after_centre = [self.ui.centreSaveButton, *self.certificate_box.tab_order()]
            for first, second in pairwise(after_centre):
                QWidget.setTabOrder(first, second)

    def _save_config(self, config: DeskConfig, note: str) -> None:
        self.config = config
        save_config(config)
        if self.backup_tab is not None:
            self.backup_tab.config = config  # one desk, one settings file: both keep it whole
        emit(self.config_changed, config)
        self.ui.deskNote.setText(note)
        self.ui.deskNote.show()

    def _language_changed(self) -> None:
        language = str(self.ui.languageCombo.currentData())
        if language != self.config.language:
            self._save_config(
                self.config._replace(language=language),
                self.tr("The new language shows the next time Pelita starts."),
            )

    def _large_text_changed(self, on: bool) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_style(app, on)
        self._save_config(self.config._replace(large_text=on), self.tr("Text size saved."))

    def _change_database(self) -> None:
        from desktop.gui.database_dialog import DatabaseDialog

        dialog = DatabaseDialog(
            self.context.runner, self.config.database_url or self.context.db.url, self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.url:
            self._save_config(
                self.config._replace(database_url=dialog.url),
                self.tr("This desk opens %1 the next time Pelita starts.").replace(
                    "%1", url_label(dialog.url)
                ),
            )

    def _change_password(self) -> None:
        from desktop.gui.user_dialogs import PasswordDialog

        PasswordDialog(self.context, self, None).exec()

    def _save_idle(self) -> None:
        self.idle_errors.clear()
        minutes = self.ui.idleSpin.value()
        try:
            settings.update_settings(
                self.context.db,
                self.context.actor,
                settings.CentreSettings(idle_lock_minutes=minutes),
            )
        except PelitaError as error:
            self.idle_errors.show(error)
            return
        emit(self.idle_minutes_changed, minutes)
        if minutes:
            saved = self.tr("Saved: desks lock after %1 minutes without use.").replace(
                "%1", str(minutes)
            )
        else:
            saved = self.tr("Saved: desks never lock by themselves.")
        self.ui.idleHint.setText(saved)

    def _save_lock_days(self) -> None:
        self.lock_days_errors.clear()
        try:
            days = attendance.set_lock_days(
                self.context.db, self.context.actor, self.ui.lockDaysSpin.value()
            )
        except PelitaError as error:
            self.lock_days_errors.show(error)
            return
        self.ui.lockDaysHint.setText(
            self.tr(
                "Saved: after %1 days only an administrator changes a session's marks."
            ).replace("%1", str(days))
        )

    def _save_centre(self) -> None:
        self.centre_form.errors.clear()
        self.ui.centreStatus.hide()
        try:
            saved = centre.update_profile(
                self.context.db,
                self.context.actor,
                self.centre_form.profile(),
                logo_file=self.centre_form.logo_file,
            )
        except PelitaError as error:
            self.centre_form.show_error(error)
            return
        self.centre_form.load(saved)
        self.ui.centreStatus.setText(self.tr("Centre profile saved."))
        self.ui.centreStatus.show()
