"""The enrolments section of a participant's profile: every cohort the person applied to,
newest first, with its status, and each enrolment's status history on demand (who, when,
from which status to which, why).

Read on the worker (`enrolment.enrolments_of_participant`) on its own, so the rest of the
profile shows without waiting for it. From here the clerk enrols the person (EnrolDialog) and
changes an enrolment's status (EnrolmentStatusDialog); Enter or a double-click on a cohort
opens that cohort's page when the main window has one (`open_cohort`).
"""

from __future__ import annotations

import html
from enum import IntEnum

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QWidget
from shiboken6 import isValid

from desktop.domain.enrolment import TRANSITIONS, EnrolmentStatus
from desktop.domain.errors import PelitaError
from desktop.domain.roles import Permission
from desktop.gui.app_context import AppContext
from desktop.gui.enrol_dialog import EnrolDialog
from desktop.gui.enrolment_status_dialog import EnrolmentStatusDialog, status_text
from desktop.gui.enrolment_texts import dates_text
from desktop.gui.formatting import show_date_time
from desktop.gui.forms.ui_profile_enrolments import Ui_ProfileEnrolments
from desktop.gui.i18n import message
from desktop.gui.message_line import show_message
from desktop.gui.row_list_model import RowListModel
from desktop.gui.signals import emit
from desktop.services import enrolment
from desktop.services.enrolment import EnrolmentView

MOST_ROWS_SHOWN = 6  # more scroll inside the table; the profile stays one page


class Column(IntEnum):
    COHORT = 0
    PROGRAMME = 1
    DATES = 2
    STATUS = 3
    ATTENDANCE = 4
    APPLIED = 5


def _percent(item: EnrolmentView) -> str:
    rate = item.attendance
    if rate is None or rate.percent is None:
        return ""
    return f"{QLocale().toString(round(rate.percent))}%"


class EnrolmentsModel(RowListModel):
    def row_at(self, row: int) -> EnrolmentView | None:
        found: EnrolmentView | None = self.item_at(row)
        return found

    def titles(self) -> list[str]:
        return [self.tr("Cohort"), self.tr("Programme"), self.tr("Dates"), self.tr("Status"),
                self.tr("Attendance"), self.tr("Applied")]  # fmt: skip

    def cell(self, item: EnrolmentView, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.STATUS:
            return self._status_tip(item)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.ATTENDANCE:
            rate = item.attendance
            if rate is None:
                return self.tr("No attendance marked yet")
            return (
                self.tr("Present at %1 of %2 marked sessions")
                .replace("%1", QLocale().toString(rate.present))
                .replace("%2", QLocale().toString(rate.marked))
            )
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        status = status_text(item.status)
        if item.reason:
            status = self.tr("%1: %2").replace("%1", status).replace("%2", item.reason)
        return [
            item.cohort_code,
            item.programme_name,
            dates_text(item.start_date, item.end_date),
            status,
            _percent(item),
            show_date_time(item.applied_at),
        ][column]

    def _status_tip(self, item: EnrolmentView) -> str:
        lines = [status_text(item.status)]
        if item.reason:
            lines.append(self.tr("Reason: %1").replace("%1", item.reason))
        if item.override_reason:
            lines.append(
                self.tr("Enrolled despite the programme's rules: %1").replace(
                    "%1", item.override_reason
                )
            )
        return "\n".join(lines)


class ProfileEnrolments(QWidget):
    changed = Signal()  # an enrolment was made or changed here

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.participant_id: int | None = None
        self.full_name = ""
        self.live = False  # a merged record takes no enrolments
        self.enrol_dialog: EnrolDialog | None = None
        self.status_dialog: EnrolmentStatusDialog | None = None
        self.ui = ui = Ui_ProfileEnrolments()
        ui.setupUi(self)
        self.model = EnrolmentsModel(self)
        ui.enrolmentsTable.setModel(self.model)
        header = ui.enrolmentsTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.STATUS, QHeaderView.ResizeMode.Stretch)
        rows = ui.enrolmentsTable.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(ui.enrolmentsTable.fontMetrics().height() + 10)
        rows.hide()
        may_enrol = context.actor.may(Permission.ENROL_PARTICIPANTS)
        ui.enrolButton.setVisible(may_enrol)
        ui.statusButton.setVisible(may_enrol)
        ui.historyLabel.hide()
        self._say("", "hint")
        ui.enrolButton.clicked.connect(self.enrol)
        ui.statusButton.clicked.connect(self.change_status)
        ui.historyButton.toggled.connect(lambda _on: self._show_history())
        ui.enrolmentsTable.activated.connect(self._activated)
        ui.enrolmentsTable.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self._show_rows()

    # -- loading --------------------------------------------------------------------------

    def show_participant(self, participant_id: int, full_name: str, live: bool = True) -> None:
        if participant_id != self.participant_id:
            self._say("", "hint")
        self.participant_id, self.full_name, self.live = participant_id, full_name, live
        self.reload()

    def reload(self, select: int | None = None) -> None:
        pid, ctx = self.participant_id, self.context
        if pid is None:
            return
        current = self.selected()
        keep = select if select is not None else (current.id if current else None)

        def done(views: list[EnrolmentView]) -> None:
            if not isValid(self) or pid != self.participant_id:
                return
            self.model.replace_rows(views)
            self._show_rows()
            row = self.model.row_of(keep) if keep is not None else None
            if row is not None or views:
                self.ui.enrolmentsTable.selectRow(row if row is not None else 0)

        ctx.runner.submit(
            lambda: enrolment.enrolments_of_participant(ctx.db, ctx.actor, pid), done, self._failed
        )

    def _show_rows(self) -> None:
        ui, count = self.ui, self.model.rowCount()
        ui.emptyLabel.setVisible(count == 0)
        ui.enrolmentsTable.setVisible(count > 0)
        table = ui.enrolmentsTable
        shown = min(max(count, 1), MOST_ROWS_SHOWN)
        height = table.horizontalHeader().sizeHint().height()
        height += shown * table.verticalHeader().defaultSectionSize() + 2 * table.frameWidth()
        table.setFixedHeight(height + 2)
        ui.enrolButton.setEnabled(self.live)

    def selected(self) -> EnrolmentView | None:
        rows = self.ui.enrolmentsTable.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected()
        self.ui.statusButton.setEnabled(chosen is not None and bool(TRANSITIONS[chosen.status]))
        self.ui.historyButton.setEnabled(chosen is not None)
        self._show_history()

    # -- the history ----------------------------------------------------------------------

    def _show_history(self) -> None:
        ui, chosen = self.ui, self.selected()
        shown = ui.historyButton.isChecked()
        ui.historyButton.setText(self.tr("Hide &history") if shown else self.tr("Status &history"))
        ui.historyLabel.setVisible(shown and chosen is not None)
        if chosen is not None and ui.historyButton.isChecked():
            ui.historyLabel.setText(self.history_html(chosen))

    def history_html(self, view: EnrolmentView) -> str:
        e = html.escape
        heads = (self.tr("When"), self.tr("Who"), self.tr("From"), self.tr("To"), self.tr("Reason"))
        head = "".join(f"<th align='left'>{e(text)}</th>" for text in heads)
        body = "".join(
            f"<tr><td>{e(show_date_time(event.at))}</td><td>{e(event.username)}</td>"
            f"<td>{e(_status_or_blank(event.from_status))}</td>"
            f"<td>{e(_status_or_blank(event.to_status))}</td><td>{e(event.reason)}</td></tr>"
            for event in view.history
        )
        title = e(self.tr("History of the enrolment in %1").replace("%1", view.cohort_code))
        return f"<b>{title}</b><table cellspacing='0' cellpadding='3'><tr>{head}</tr>{body}</table>"

    # -- actions --------------------------------------------------------------------------

    def enrol(self) -> None:
        if self.participant_id is None or not self.live:
            return
        dialog = EnrolDialog(
            self.context, self, participant_id=self.participant_id, participant_name=self.full_name
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._enrolled(dialog))
        self.enrol_dialog = dialog
        dialog.open()

    def _enrolled(self, dialog: EnrolDialog) -> None:
        if dialog.enrolled is None:
            return
        self._say(dialog.outcome_text(), "ok")
        self.reload(select=dialog.enrolled.enrolment_id)
        emit(self.changed)

    def change_status(self) -> None:
        chosen = self.selected()
        if chosen is None or not TRANSITIONS[chosen.status]:
            return
        dialog = EnrolmentStatusDialog(
            self.context, chosen.id, self.full_name, chosen.status, self, version=chosen.version
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._status_changed(dialog, chosen))
        self.status_dialog = dialog
        dialog.open()

    def _status_changed(self, dialog: EnrolmentStatusDialog, view: EnrolmentView) -> None:
        if dialog.changed is None:
            return
        text = (
            self.tr("%1 in %2 is now “%3”.")
            .replace("%1", self.full_name)
            .replace("%2", view.cohort_code)
            .replace("%3", status_text(dialog.changed.status))
        )
        if dialog.offer_taken is not None and dialog.changed.offer is not None:
            text += " " + self.tr("The freed seat went to %1.").replace(
                "%1", dialog.changed.offer.full_name
            )
        self._say(text, "ok")
        self.reload(select=view.id)
        emit(self.changed)

    def _activated(self, index: QModelIndex) -> None:
        view = self.model.row_at(index.row())
        if view is not None:  # any cell of the row: Enter works wherever the cursor is
            self.open_cohort(view.cohort_id)

    def open_cohort(self, cohort_id: int) -> bool:
        """Ask the main window to show the cohort; the profile may be a window of its own, so
        each window up the chain of parents is asked in turn."""
        widget: QWidget | None = self
        while widget is not None:
            window = widget.window()
            opener = getattr(window, "open_cohort", None)
            if callable(opener):
                opener(cohort_id)
                return True
            widget = window.parentWidget()
        return False

    # -- messages -------------------------------------------------------------------------

    def _failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        if isinstance(error, PelitaError):
            self._say(message(error), "error")
            return
        from desktop.gui.crash import report_exception

        report_exception(type(error), error, error.__traceback__)

    def _say(self, text: str, role: str) -> None:
        show_message(self.ui.messageLabel, text, role)


def _status_or_blank(value: str) -> str:
    try:
        return status_text(EnrolmentStatus(value)) if value else "—"
    except ValueError:
        return value  # a status from a newer Pelita: shown as stored
