"""The Attendance numbers page: the people at risk of dropping out, for a follow-up call, and
attendance across cohorts by programme, instructor or month.

The at-risk list shows phone numbers, so its tab is only there for those who may see them
(clerks, admins); an instructor gets the summary alone. Both lists are short (the at-risk list
is a few dozen people, the summary a row per programme, instructor or month), so each table
holds the rows of one service call, read on the worker.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QApplication, QHeaderView, QLabel, QTableView, QWidget
from shiboken6 import isValid

from desktop.domain.attendance import Rate
from desktop.domain.errors import PelitaError
from desktop.domain.formatting import MONTHS, format_date
from desktop.domain.roles import Permission
from desktop.gui.app_context import AppContext
from desktop.gui.attendance_numbers_export import export_summary
from desktop.gui.formatting import language
from desktop.gui.forms.ui_attendance_numbers_page import Ui_AttendanceNumbersPage
from desktop.gui.i18n import message
from desktop.gui.message_line import show_message
from desktop.gui.row_list_model import Index, RowListModel
from desktop.gui.signals import emit
from desktop.services import attendance_numbers
from desktop.services.attendance_common import local_day
from desktop.services.attendance_numbers import AtRisk, GroupBy, SummaryRow

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def show_rate(rate: Rate) -> str:
    percent = rate.percent
    if percent is None:
        return "–"
    # One decimal, not a whole number: 79.6 % shown as "80%" would contradict "under the
    # programme's minimum" of 80 %. Shortest form: "50%", "62.5%" (Indonesian "62,5%").
    shortest = QLocale.FloatingPointPrecisionOption.FloatingPointShortest
    number = QLocale().toString(round(percent, 1), "f", shortest)
    return QCoreApplication.translate("AttendanceNumbersPage", "%1%").replace("%1", number)


class RiskColumn(IntEnum):
    NAME = 0
    COHORT = 1
    PROGRAMME = 2
    REASON = 3
    IN_A_ROW = 4
    RATE = 5
    PHONE = 6


class AtRiskModel(RowListModel):
    def row_at(self, row: int) -> AtRisk | None:
        item: AtRisk | None = self.item_at(row)
        return item

    def titles(self) -> list[str]:
        return [self.tr("Name"), self.tr("Cohort"), self.tr("Programme"), self.tr("Reason"),
                self.tr("In a row"), self.tr("Rate"), self.tr("Phone")]  # fmt: skip

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.ToolTipRole and section == RiskColumn.IN_A_ROW:
            return self.tr("Absences in a row, up to the latest marked session")
        if role == Qt.ItemDataRole.ToolTipRole and section == RiskColumn.RATE:
            return self.tr("Attendance rate of the marked sessions")
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.UserRole:  # AtRisk has no `id`: give the person's
            item = self.row_at(index.row()) if index.isValid() else None
            return item.participant_id if item else None
        return super().data(index, role)

    def cell(self, item: AtRisk, column: int, role: int) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(item, RiskColumn(column))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            RiskColumn.IN_A_ROW,
            RiskColumn.RATE,
        ):
            return RIGHT
        return None

    def _text(self, item: AtRisk, column: RiskColumn) -> str:
        texts = {
            RiskColumn.NAME: item.full_name,
            RiskColumn.COHORT: item.cohort_code,
            RiskColumn.PROGRAMME: item.programme_name,
            # The service gives a message id of the "attendance" context.
            RiskColumn.REASON: QCoreApplication.translate("attendance", item.reason),
            RiskColumn.IN_A_ROW: QLocale().toString(item.absences_in_a_row),
            RiskColumn.RATE: show_rate(item.rate),
            RiskColumn.PHONE: item.phone,
        }
        return texts[column]


class SummaryColumn(IntEnum):
    LABEL = 0
    MARKED = 1
    PRESENT = 2
    RATE = 3


class SummaryModel(RowListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.by = GroupBy.PROGRAMME

    def set_rows(self, by: GroupBy, rows: list[SummaryRow]) -> None:
        self.by = by
        self.replace_rows(rows)  # resets the header too: its first title follows `by`

    def titles(self) -> list[str]:
        first = {
            GroupBy.PROGRAMME: self.tr("Programme"),
            GroupBy.INSTRUCTOR: self.tr("Instructor"),
            GroupBy.MONTH: self.tr("Month"),
        }[self.by]
        return [first, self.tr("Marks"), self.tr("Present"), self.tr("Rate")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.UserRole:
            return None  # summary rows have no id
        return super().data(index, role)

    def cell(self, item: SummaryRow, column: int, role: int) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == SummaryColumn.LABEL:
                return month_name(item.label) if self.by is GroupBy.MONTH else item.label
            if column == SummaryColumn.MARKED:
                return QLocale().toString(item.rate.marked)
            if column == SummaryColumn.PRESENT:
                return QLocale().toString(item.rate.present)
            return show_rate(item.rate)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != SummaryColumn.LABEL:
            return RIGHT
        return None


def month_name(label: str) -> str:
    """A month's label, "2027-01", as "January 2027" ("Januari 2027"), as Pelita prints them."""
    year, month = label.split("-")
    return f"{MONTHS[language()][int(month) - 1]} {year}"


class AttendanceNumbersPage(QWidget):
    open_participant_requested = Signal(int)  # the main window shows this participant's profile

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_AttendanceNumbersPage()
        self.ui.setupUi(self)
        ui = self.ui
        # The service refuses the list to those who may not see phone numbers; hiding the tab
        # spares an instructor a pointless refusal.
        self.sees_at_risk = context.actor.may(Permission.VIEW_IDENTITY_NUMBERS)
        self.at_risk = AtRiskModel(self)
        self.summary = SummaryModel(self)
        _setup_table(ui.atRiskTable, self.at_risk, RiskColumn.REASON)
        _setup_table(ui.summaryTable, self.summary, SummaryColumn.LABEL)
        ui.atRiskTable.horizontalHeader().setSectionResizeMode(
            RiskColumn.PROGRAMME, QHeaderView.ResizeMode.Interactive
        )
        for by, text in (
            (GroupBy.PROGRAMME, self.tr("Programme")),
            (GroupBy.INSTRUCTOR, self.tr("Instructor")),
            (GroupBy.MONTH, self.tr("Month")),
        ):
            ui.groupCombo.addItem(text, by.value)
        first = local_day(context.db.clock()).replace(day=1)
        last = (first + timedelta(days=31)).replace(day=1) - timedelta(days=1)
        ui.fromEdit.setDate(_qdate(first))
        ui.toEdit.setDate(_qdate(last))
        self._connect()
        show_message(ui.atRiskStatus, "", "hint")
        show_message(ui.summaryStatus, "", "hint")
        show_message(ui.rangeError, "", "error")
        if self.sees_at_risk:
            self.refresh_at_risk()
        else:
            ui.tabs.removeTab(ui.tabs.indexOf(ui.atRiskTab))
            ui.atRiskTab.hide()
        self._update_buttons()
        self.refresh_summary()

    @staticmethod
    def nav_title() -> str:
        return QCoreApplication.translate("AttendanceNumbersPage", "Attendance numbers")

    def _connect(self) -> None:
        ui = self.ui
        ui.atRiskTable.activated.connect(lambda _index: self.open_selected())
        ui.atRiskTable.selectionModel().selectionChanged.connect(self._update_buttons)
        self.at_risk.modelReset.connect(self._update_buttons)
        ui.profileButton.clicked.connect(self.open_selected)
        ui.copyPhoneButton.clicked.connect(self.copy_phone)
        ui.atRiskRefreshButton.clicked.connect(self.refresh_at_risk)
        ui.groupCombo.currentIndexChanged.connect(lambda _index: self.refresh_summary())
        ui.fromEdit.dateChanged.connect(lambda _day: self.refresh_summary())
        ui.toEdit.dateChanged.connect(lambda _day: self.refresh_summary())
        ui.summaryRefreshButton.clicked.connect(self.refresh_summary)
        ui.summaryExportButton.clicked.connect(lambda: export_summary(self))

    # --- at risk ----------------------------------------------------------------------------

    def refresh_at_risk(self) -> None:
        ctx = self.context
        current = self.selected()
        keep = current.enrolment_id if current else None

        def done(rows: list[AtRisk]) -> None:
            if not isValid(self):
                return
            self.at_risk.replace_rows(rows)
            self._fit_programme_column()
            self._show_count(len(rows))
            found = [row.enrolment_id for row in rows]
            if keep in found:
                self._select(found.index(keep))

        def failed(error: BaseException) -> None:
            if isValid(self):
                self.at_risk.replace_rows([])
                self._failed(error, self.ui.atRiskStatus)

        ctx.runner.submit(lambda: attendance_numbers.at_risk_list(ctx.db, ctx.actor), done, failed)

    def _fit_programme_column(self) -> None:
        """The programme column as wide as its names, unless that leaves too little room:
        then narrower (down to a cap), so the reason and the phone to call stay whole. Names
        run long ("Anyaman Bambu dan Pandan"), and the cohort code beside them says as much."""
        table, header = self.ui.atRiskTable, self.ui.atRiskTable.horizontalHeader()

        def wanted(column: RiskColumn) -> int:
            return max(int(table.sizeHintForColumn(column)), int(header.sectionSizeHint(column)))

        others = sum(wanted(column) for column in RiskColumn if column != RiskColumn.PROGRAMME)
        room = table.viewport().width() - others
        cap = table.fontMetrics().averageCharWidth() * 16
        table.setColumnWidth(
            RiskColumn.PROGRAMME, min(wanted(RiskColumn.PROGRAMME), max(cap, room))
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_programme_column()

    def selected(self) -> AtRisk | None:
        rows = self.ui.atRiskTable.selectionModel().selectedRows()
        return self.at_risk.row_at(rows[0].row()) if rows else None

    def _select(self, row: int) -> None:
        table = self.ui.atRiskTable
        table.selectRow(row)
        table.setCurrentIndex(self.at_risk.index(row, RiskColumn.NAME))

    def open_selected(self) -> None:
        person = self.selected()
        if person is not None:
            emit(self.open_participant_requested, person.participant_id)

    def copy_phone(self) -> None:
        person = self.selected()
        if person is None or not person.phone:
            return
        QApplication.clipboard().setText(person.phone)
        text = self.tr("Copied the phone number of %1: %2.")
        show_message(
            self.ui.atRiskStatus,
            text.replace("%1", person.full_name).replace("%2", person.phone),
            "ok",
        )

    def _update_buttons(self) -> None:
        person = self.selected()
        self.ui.profileButton.setEnabled(person is not None)
        self.ui.copyPhoneButton.setEnabled(person is not None and bool(person.phone))
        no_phone = person is not None and not person.phone
        tip = self.tr("No phone number on record for this person.") if no_phone else ""
        self.ui.copyPhoneButton.setToolTip(tip)

    def _show_count(self, count: int) -> None:
        if count == 0:
            text = self.tr("No one is at risk now.")
        elif count == 1:
            text = self.tr("1 person")
        else:
            text = self.tr("%1 people").replace("%1", QLocale().toString(count))
        self.ui.atRiskCount.setText(text)

    # --- by programme, instructor or month ----------------------------------------------------

    def group_by(self) -> GroupBy:
        return GroupBy(self.ui.groupCombo.currentData())

    def period(self) -> tuple[date, date]:
        return _day(self.ui.fromEdit.date()), _day(self.ui.toEdit.date())

    def refresh_summary(self) -> None:
        ctx, by, (start, end) = self.context, self.group_by(), self.period()
        if end < start:
            # Said beside the dates; what was typed stays to be corrected.
            show_message(self.ui.rangeError, self.tr("The end is before the start."), "error")
            show_message(self.ui.summaryStatus, "", "hint")
            self.summary.set_rows(by, [])
            return
        show_message(self.ui.rangeError, "", "error")

        def done(rows: list[SummaryRow]) -> None:
            if not isValid(self) or (by, (start, end)) != (self.group_by(), self.period()):
                return  # the choice changed meanwhile; its own answer follows
            self.summary.set_rows(by, rows)
            if rows:
                show_message(self.ui.summaryStatus, "", "hint")
            else:
                text = self.tr("No attendance marked from %1 to %2.")
                text = text.replace("%1", format_date(start, language()))
                show_message(
                    self.ui.summaryStatus, text.replace("%2", format_date(end, language())), "hint"
                )

        def failed(error: BaseException) -> None:
            if isValid(self):
                self.summary.set_rows(by, [])
                self._failed(error, self.ui.summaryStatus)

        ctx.runner.submit(
            lambda: attendance_numbers.summary(ctx.db, ctx.actor, by, start, end), done, failed
        )

    # --- messages -----------------------------------------------------------------------------

    def _failed(self, error: BaseException, line: QLabel) -> None:
        if not isValid(self):
            return
        if isinstance(error, PelitaError):
            show_message(line, message(error), "error")
        else:
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)


def _setup_table(table: QTableView, model: RowListModel, stretch: int) -> None:
    table.setModel(model)
    header = table.horizontalHeader()
    # Short texts: each column fits its text; one takes the room that is left.
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 10)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(shown: QDate) -> date:
    return date(shown.year(), shown.month(), shown.day())
