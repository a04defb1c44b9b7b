"""Outcomes compared with intake, for administrators: of the people reached at one milestone,
what they did at intake (rows) against what they do now (columns), then their income now
against the band they gave at intake, and how many use the skill or need help. Figures only.
The export writes the same as a workbook (audited as "report.outcomes").

A small section of the follow-up page, laid out in code: one row of choices, a table, a few
lines of figures and a button.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.domain.choices import Employment
from desktop.domain.errors import PelitaError
from desktop.domain.evaluation import MILESTONES, OUTCOME_MONTHS
from desktop.domain.follow_up import NOW_ORDER, UNKNOWN, UNKNOWN_LABEL, OutcomesComparison
from desktop.domain.income import format_income
from desktop.gui.app_context import AppContext
from desktop.gui.formatting import language
from desktop.gui.i18n import message
from desktop.gui.message_line import show_message
from desktop.gui.save_file import ask_save_path
from desktop.services.follow_up import export_outcomes, outcomes_vs_intake

EVALUATION, CHOICES = "evaluation", "choices"
INTAKE_ROWS = (*(member.value for member in Employment), UNKNOWN)


class OutcomesView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.comparison: OutcomesComparison | None = None
        self.programme_id: int | None = None
        layout = QVBoxLayout(self)
        choices = QHBoxLayout()
        self.months_label = QLabel(self.tr("&Reached at:"))
        self.months_combo = QComboBox()
        self.months_combo.setAccessibleName(self.tr("Which follow-up call"))
        for months in MILESTONES:
            self.months_combo.addItem(self.tr("%1 months").replace("%1", str(months)), months)
        self.months_combo.setCurrentIndex(self.months_combo.findData(OUTCOME_MONTHS))
        self.months_label.setBuddy(self.months_combo)
        self.export_button = QPushButton(self.tr("E&xport outcomes…"))
        self.export_button.setAccessibleName(self.tr("Export the outcomes to Excel"))
        choices.addWidget(self.months_label)
        choices.addWidget(self.months_combo)
        choices.addStretch(1)
        choices.addWidget(self.export_button)
        layout.addLayout(choices)
        self.table = QTableWidget(len(INTAKE_ROWS) + 1, len(NOW_ORDER) + 1)
        self.table.setAccessibleName(self.tr("Work at intake against work now"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        # Each column as wide as its heading ("Running a business"), whatever the language.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.figures = QLabel()
        self.figures.setWordWrap(True)
        self.figures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.figures.setAccessibleName(self.tr("Outcome figures"))
        layout.addWidget(self.figures)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self._headers()
        show_message(self.message, "", "hint")
        self.months_combo.currentIndexChanged.connect(lambda _index: self.refresh())
        self.export_button.clicked.connect(lambda: self.export())

    def _headers(self) -> None:
        now = [QCoreApplication.translate(EVALUATION, n.label) for n in NOW_ORDER]
        self.table.setHorizontalHeaderLabels([*now, self.tr("Total")])
        rows = [
            QCoreApplication.translate(EVALUATION, UNKNOWN_LABEL)
            if value == UNKNOWN
            else QCoreApplication.translate(CHOICES, Employment(value).label)
            for value in INTAKE_ROWS
        ]
        self.table.setVerticalHeaderLabels([*rows, self.tr("Total")])

    def months(self) -> int:
        return int(self.months_combo.currentData())

    def set_programme(self, programme_id: int | None) -> None:
        self.programme_id = programme_id
        self.refresh()

    def refresh(self) -> None:
        ctx, months, programme = self.context, self.months(), self.programme_id

        def done(result: OutcomesComparison) -> None:
            if isValid(self):
                self.show_comparison(result)

        ctx.runner.submit(
            lambda: outcomes_vs_intake(ctx.db, ctx.actor, months, programme_id=programme),
            done,
            self.failed,
        )

    def show_comparison(self, result: OutcomesComparison) -> None:
        self.comparison = result
        locale = QLocale()
        for row, intake in enumerate((*INTAKE_ROWS, None)):
            for column, now in enumerate((*NOW_ORDER, None)):
                if intake is None:
                    count = result.column_total(now.value) if now else result.reached
                elif now is None:
                    count = result.row_total(intake)
                else:
                    count = result.table.get((intake, now.value), 0)
                cell = QTableWidgetItem(locale.toString(count))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, cell)
        self.figures.setText(self._figures_text(result))

    def _figures_text(self, result: OutcomesComparison) -> str:
        locale = QLocale()
        if result.reached == 0:
            return self.tr("Nobody has been reached at this call yet.")
        lines = [
            self.tr("%1 people reached.").replace("%1", locale.toString(result.reached)),
            self.tr("%1 said their income; %2 of them can be compared with their intake band.")
            .replace("%1", locale.toString(result.income_known))
            .replace("%2", locale.toString(result.income_compared)),
        ]
        if result.median_change is not None:
            lines.append(
                self.tr(
                    "Median change in monthly income: %1. Higher band now: %2, same: %3, lower: %4."
                )
                .replace("%1", format_income(result.median_change, language()))
                .replace("%2", locale.toString(result.higher_band))
                .replace("%3", locale.toString(result.same_band))
                .replace("%4", locale.toString(result.lower_band))
            )
        share = round(100 * (result.uses_skill_share or 0))
        lines.append(
            self.tr("%1% use the skill learned; %2 need further help.")
            .replace("%1", locale.toString(share))
            .replace("%2", locale.toString(result.needs_help))
        )
        return "\n".join(lines)

    def export(self, path: Path | None = None) -> None:
        target = path or ask_save_path(
            self,
            self.tr("Export the outcomes"),
            self.tr("Outcomes at %1 months.xlsx").replace("%1", str(self.months())),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if target is None:
            return
        ctx, months, programme, lang = self.context, self.months(), self.programme_id, language()

        def write() -> Path:
            data = export_outcomes(ctx.db, ctx.actor, months, programme_id=programme, language=lang)
            target.write_bytes(data)
            return target

        def done(written: Path) -> None:
            if isValid(self):
                text = self.tr("Saved the outcomes as %1.").replace("%1", str(written))
                show_message(self.message, text, "ok")

        ctx.runner.submit(write, done, self.failed)

    def failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        if isinstance(error, PelitaError):
            show_message(self.message, message(error), "error")
            return
        from desktop.gui.crash import report_exception

        report_exception(type(error), error, error.__traceback__)
