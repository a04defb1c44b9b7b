"""The Retention tab of the Privacy page: how long the data of people with no activity is kept
(months, saved for the centre), and the people inactive for longer than that, with their last
activity, to look through and anonymise ("Anonymise selected", after a confirmation naming
them and saying what is kept). Everything is read and changed on the worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QHeaderView, QWidget
from shiboken6 import isValid

from desktop.domain.errors import PelitaError
from desktop.domain.roles import Permission
from desktop.gui.app_context import AppContext
from desktop.gui.field_errors import FieldErrors
from desktop.gui.forms.ui_retention_view import Ui_RetentionView
from desktop.gui.i18n import message
from desktop.gui.message_line import show_message
from desktop.gui.privacy_confirm import ConfirmDialog
from desktop.gui.privacy_model import InactiveColumn, InactiveTableModel
from desktop.gui.privacy_texts import erased_and_kept
from desktop.services import retention
from desktop.services.attendance_common import local_day
from desktop.services.retention import InactivePerson

NAMES_SHOWN = 5  # in the confirmation; more are counted


@dataclass(frozen=True)
class Review:
    """One reading: the period and the people past it."""

    months: int
    people: list[InactivePerson]


class RetentionView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = ui = Ui_RetentionView()
        ui.setupUi(self)
        self.model = InactiveTableModel(self)
        self.confirm: ConfirmDialog | None = None  # the open confirmation (tests reach it)
        self.months = 0  # the period saved, as last read
        self._generation = 0
        # The box takes 0 or 5000 too: the service says next to it why that is no period.
        ui.monthsSpin.setSuffix(self.tr(" months"))
        self.errors = FieldErrors(
            ui.periodError, {"retention_months": (ui.monthsSpin, ui.periodError)}
        )
        table = ui.inactiveTable
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(InactiveColumn.WHAT, QHeaderView.ResizeMode.Stretch)
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
        # The period is the centre's setting: administrators who manage settings change it.
        may_set = context.actor.may(Permission.MANAGE_SETTINGS)
        ui.monthsSpin.setEnabled(may_set)
        ui.savePeriodButton.setVisible(may_set)
        ui.savePeriodButton.clicked.connect(self.save_period)
        ui.anonymiseButton.clicked.connect(self.anonymise_selected)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.say("", "hint")
        self._update_buttons()
        self.refresh()

    def today(self) -> date:
        return local_day(self.context.db.clock())

    def refresh(self) -> None:
        """Read the period and the people past it again."""
        self._generation += 1
        generation, ctx, today = self._generation, self.context, self.today()

        def work() -> Review:
            months = retention.retention_months(ctx.db)
            return Review(months, retention.inactive_people(ctx.db, ctx.actor, today))

        def done(review: Review) -> None:
            if not isValid(self) or generation != self._generation:
                return
            self.months = review.months
            self.ui.monthsSpin.setValue(review.months)
            self.model.set_rows(review.people)
            self._show_count(len(review.people))

        def failed(error: BaseException) -> None:
            if isValid(self) and generation == self._generation:
                self.model.set_rows([])
                self.report(error)

        ctx.runner.submit(work, done, failed)

    def _show_count(self, count: int) -> None:
        if count == 0:
            text = self.tr("Nobody is past the period.")
        elif count == 1:
            text = self.tr("1 person past the period")
        else:
            text = self.tr("%1 people past the period").replace("%1", QLocale().toString(count))
        self.ui.countLabel.setText(text)

    def selected(self) -> list[InactivePerson]:
        rows = sorted(
            index.row() for index in self.ui.inactiveTable.selectionModel().selectedRows()
        )
        found = [self.model.row_at(row) for row in rows]
        return [person for person in found if person is not None]

    def _update_buttons(self) -> None:
        count = len(self.selected())
        button = self.ui.anonymiseButton
        button.setEnabled(count > 0)
        if count > 1:
            button.setText(
                self.tr("&Anonymise %1 people…").replace("%1", QLocale().toString(count))
            )
        else:
            button.setText(self.tr("&Anonymise selected…"))

    # --- the period ---------------------------------------------------------------------

    def save_period(self) -> None:
        ctx, months = self.context, self.ui.monthsSpin.value()
        self.errors.clear()

        def done(saved: int) -> None:
            if not isValid(self):
                return
            text = self.tr("Saved: the data of inactive people is kept for %1 months.")
            self.say(text.replace("%1", QLocale().toString(saved)), "ok")
            self.refresh()

        def failed(error: BaseException) -> None:
            if isValid(self) and isinstance(error, PelitaError):
                self.errors.show(error)
            else:
                self.report(error)

        ctx.runner.submit(
            lambda: retention.set_retention_months(ctx.db, ctx.actor, months), done, failed
        )

    # --- anonymising --------------------------------------------------------------------

    def anonymise_selected(self) -> None:
        people = self.selected()
        if not people:
            return
        names = ", ".join(person.name for person in people[:NAMES_SHOWN])
        if len(people) > NAMES_SHOWN:
            more = len(people) - NAMES_SHOWN
            names += " " + self.tr("and %1 more").replace("%1", QLocale().toString(more))
        if len(people) == 1:
            question = self.tr("Anonymise %1? This cannot be undone.").replace("%1", names)
            action = self.tr("&Anonymise 1 person")
        else:
            count = QLocale().toString(len(people))
            question = (
                self.tr("Anonymise %1 people (%2)? This cannot be undone.")
                .replace("%1", count)
                .replace("%2", names)
            )
            action = self.tr("&Anonymise %1 people").replace("%1", count)
        dialog = ConfirmDialog(
            self,
            self.tr("Anonymise inactive people"),
            question,
            erased_and_kept(),
            action,
            cannot_undo=True,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        ids = [person.participant_id for person in people]
        dialog.accepted.connect(lambda: self._anonymise(ids))
        self.confirm = dialog
        dialog.open()  # not exec(): the page goes on, and tests drive the real dialog

    def _anonymise(self, ids: list[int]) -> None:
        ctx = self.context
        reason = self.tr("Inactive for longer than the retention period of %1 months").replace(
            "%1", str(self.months)
        )

        def done(count: int) -> None:
            if not isValid(self):
                return
            if count == 1:
                text = self.tr("Anonymised 1 person.")
            else:
                text = self.tr("Anonymised %1 people.").replace("%1", QLocale().toString(count))
            self.say(text, "ok")
            self.refresh()

        def failed(error: BaseException) -> None:
            if isValid(self):
                self.report(error)
                self.refresh()  # some may have been anonymised by another desk meanwhile

        ctx.runner.submit(
            lambda: retention.anonymise_many(ctx.db, ctx.actor, ids, reason), done, failed
        )

    # --- messages -----------------------------------------------------------------------

    def report(self, error: BaseException) -> None:
        if not isValid(self):
            return
        if isinstance(error, PelitaError):
            self.say(message(error), "error")
        else:
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)

    def say(self, text: str, role: str) -> None:
        show_message(self.ui.messageLabel, text, role)
