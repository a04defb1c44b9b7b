"""What the feedback surveys say (admins): chosen by cohort, programme or instructor, for all
time or the cohorts that ran in a period; a table of the scale questions with the number of
answers, the mean and a small bar of how many gave each score, the comments below, and
Export… to xlsx or CSV. Everything is read and written on the worker.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.domain.errors import PelitaError
from desktop.domain.survey import ResultsBy, ScaleResult, SurveyResults
from desktop.gui.app_context import AppContext
from desktop.gui.date_fields import DateEdit
from desktop.gui.formatting import language
from desktop.gui.i18n import message
from desktop.gui.message_line import show_message
from desktop.gui.save_file import ask_save_path
from desktop.gui.survey_scale import scale_word
from desktop.services.survey_results import (
    SurveyChoices,
    export_survey_results,
    survey_choices,
    survey_results,
)

COUNTS = Qt.ItemDataRole.UserRole + 1
BAR_COLOURS = ("#b3261e", "#e07b39", "#d9b600", "#5aa469", "#1d6b3a")  # 1 (poor) … 5 (very good)


def open_survey_results(parent: QWidget, context: AppContext) -> SurveyResultsDialog:
    dialog = SurveyResultsDialog(context, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class DistributionDelegate(QStyledItemDelegate):
    """Five bars, one per score, as tall as the share of answers that gave it."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        counts = index.data(COUNTS)
        if not counts or not sum(counts):
            return
        rect: QRect = option.rect.adjusted(6, 4, -6, -4)
        width = rect.width() / len(counts)
        top = max(counts)
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        for number, count in enumerate(counts):
            height = round(rect.height() * count / top)
            painter.setBrush(QColor(BAR_COLOURS[number]))
            x = rect.left() + round(number * width) + 1
            painter.drawRect(x, rect.bottom() - height + 1, max(2, round(width) - 3), height)
        painter.restore()


class SurveyResultsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.choices: SurveyChoices | None = None
        self.results: SurveyResults | None = None
        self.exported_to: Path | None = None
        self.setWindowTitle(self.tr("Survey results"))
        self.resize(900, 640)
        self.by_combo = QComboBox(self)
        for by, text in (
            (ResultsBy.COHORT, self.tr("Cohort")),
            (ResultsBy.PROGRAMME, self.tr("Programme")),
            (ResultsBy.INSTRUCTOR, self.tr("Instructor")),
        ):
            self.by_combo.addItem(text, by)
        self.by_combo.setAccessibleName(self.tr("Results by"))
        self.which_combo = QComboBox(self)
        self.which_combo.setAccessibleName(self.tr("Which one"))
        self.which_combo.setMinimumContentsLength(30)
        self.period_check = QCheckBox(self.tr("Only cohorts that ran from"), self)
        self.start_edit, self.end_edit = DateEdit(self), DateEdit(self)
        today = QDate.currentDate()
        self.start_edit.setDate(QDate(today.year(), 1, 1))
        self.end_edit.setDate(QDate(today.year(), 12, 31))
        self.start_edit.setAccessibleName(self.tr("First day of the period"))
        self.end_edit.setAccessibleName(self.tr("Last day of the period"))
        period = QHBoxLayout()
        period.addWidget(self.period_check)
        period.addWidget(self.start_edit)
        period.addWidget(QLabel(self.tr("to"), self))
        period.addWidget(self.end_edit)
        period.addStretch(1)
        form = QFormLayout()
        by_label, which_label = (
            QLabel(self.tr("Results &by:"), self),
            QLabel(self.tr("&Which:"), self),
        )
        by_label.setBuddy(self.by_combo)
        which_label.setBuddy(self.which_combo)
        form.addRow(by_label, self.by_combo)
        form.addRow(which_label, self.which_combo)
        form.addRow(self.tr("Period:"), period)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Question"),
                self.tr("Answers"),
                self.tr("Mean"),
                self.tr("1 → 5"),
            ]
        )
        self.table.setAccessibleName(self.tr("Scale questions"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        self.table.setItemDelegateForColumn(4, DistributionDelegate(self.table))
        header = self.table.horizontalHeader()
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(4, 140)
        self.comments_label = QLabel(self.tr("Comments"), self)
        self.comments = QListWidget(self)
        self.comments.setWordWrap(True)
        self.comments.setAccessibleName(self.tr("Comments"))
        self.comments_label.setBuddy(self.comments)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.setEnabled(False)
        close = QPushButton(self.tr("Close"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.comments_label)
        layout.addWidget(self.comments, 2)
        layout.addLayout(buttons)
        show_message(self.message, "", "hint")
        self.by_combo.currentIndexChanged.connect(lambda _index: self._fill_which())
        self.which_combo.currentIndexChanged.connect(lambda _index: self.refresh())
        self.period_check.toggled.connect(lambda _on: self.refresh())
        self.start_edit.dateChanged.connect(lambda _day: self._period_changed())
        self.end_edit.dateChanged.connect(lambda _day: self._period_changed())
        self.export_button.clicked.connect(self.export)
        close.clicked.connect(self.reject)
        ctx = context
        ctx.runner.submit(lambda: survey_choices(ctx.db, ctx.actor), self._chosen, self._failed)

    # -- choosing ------------------------------------------------------------------------------

    def _chosen(self, choices: SurveyChoices) -> None:
        if isValid(self):
            self.choices = choices
            self._fill_which()

    def _fill_which(self) -> None:
        if self.choices is None:
            return
        by = self.by_combo.currentData()
        found = {
            ResultsBy.COHORT: self.choices.cohorts,
            ResultsBy.PROGRAMME: self.choices.programmes,
            ResultsBy.INSTRUCTOR: self.choices.instructors,
        }[by]
        self.which_combo.blockSignals(True)
        self.which_combo.clear()
        for choice in found:
            self.which_combo.addItem(choice.label, choice.id)
        self.which_combo.blockSignals(False)
        self.refresh()

    def choose(self, by: ResultsBy, key_id: int) -> None:
        """Show the results of `key_id` (tests; the combos do the same)."""
        self.by_combo.setCurrentIndex(self.by_combo.findData(by))
        self.which_combo.setCurrentIndex(self.which_combo.findData(key_id))

    def period(self) -> tuple[date | None, date | None]:
        if not self.period_check.isChecked():
            return None, None
        return self.start_edit.date().toPython(), self.end_edit.date().toPython()  # type: ignore[return-value]

    def _period_changed(self) -> None:
        if self.period_check.isChecked():
            self.refresh()

    # -- the results ---------------------------------------------------------------------------

    def refresh(self) -> None:
        key = self.which_combo.currentData()
        if key is None:
            self._show(None)
            return
        ctx, by, (start, end) = self.context, self.by_combo.currentData(), self.period()
        ctx.runner.submit(
            lambda: survey_results(ctx.db, ctx.actor, by, key, start, end), self._show, self._failed
        )

    def _show(self, results: SurveyResults | None) -> None:
        if not isValid(self):
            return
        self.results = results
        show_message(self.message, "", "hint")
        self.export_button.setEnabled(results is not None)
        rows = results.scale if results else ()
        self.table.setRowCount(len(rows))
        several = len({row.programme_name for row in rows}) > 1
        for number, row in enumerate(rows):
            self._put_row(number, row, several)
        self.table.resizeRowsToContents()
        self.comments.clear()
        if results is None:
            self.summary.setText(self.tr("Nothing to show yet."))
            return
        text = self.tr("%1 forms from %2 cohorts").replace("%1", QLocale().toString(results.forms))
        self.summary.setText(text.replace("%2", QLocale().toString(results.cohorts)))
        for comment in results.comments:
            self.comments.addItem(
                f"{comment.text}  — {comment.cohort_code}, {comment.entered_on:%d/%m/%Y}"
            )
        label = self.tr("Comments (%1)").replace("%1", QLocale().toString(results.comments_total))
        if len(results.comments) < results.comments_total:
            label = (
                self.tr("Comments (the newest %1 of %2)")
                .replace("%1", QLocale().toString(len(results.comments)))
                .replace("%2", QLocale().toString(results.comments_total))
            )
        self.comments_label.setText(label)

    def _put_row(self, number: int, row: ScaleResult, several: bool) -> None:
        text = f"{row.programme_name}: {row.text}" if several else row.text
        if not row.active:
            text += " " + self.tr("(no longer asked)")
        mean = QLocale().toString(float(row.mean), "f", 1) if row.mean is not None else "–"
        cells = [str(row.number or "–"), text, QLocale().toString(row.responses), mean, ""]
        for column, value in enumerate(cells):
            item = QTableWidgetItem(value)
            if column in (0, 2, 3):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(number, column, item)
        bars = self.table.item(number, 4)
        assert bars is not None
        bars.setData(COUNTS, list(row.counts))
        bars.setToolTip(
            "\n".join(
                f"{score} {scale_word(score)}: {count}" for score, count in enumerate(row.counts, 1)
            )
        )

    # -- exporting -----------------------------------------------------------------------------

    def export(self) -> None:
        if self.results is None:
            return
        kinds = self.tr("Excel workbook (*.xlsx);;CSV for other programs (*.csv)")
        stem = self.tr("survey-results")  # outside the f-string, where lupdate finds it
        name = f"{stem}-{self.results.by.value}-{self.results.key_id}.xlsx"
        path = ask_save_path(self, self.tr("Export the survey results"), name, kinds)
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        ctx, results, reader = self.context, self.results, language()
        if results is None:
            return
        self.export_button.setEnabled(False)

        def done(written: Path) -> None:
            if isValid(self):
                self.exported_to = written
                self.export_button.setEnabled(True)
                show_message(self.message, self.tr("Saved as %1").replace("%1", str(written)), "ok")

        ctx.runner.submit(
            lambda: export_survey_results(ctx.db, ctx.actor, results, path, language=reader),
            done,
            self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        self.export_button.setEnabled(self.results is not None)
        if isinstance(error, PelitaError):
            show_message(self.message, message(error), "error")
        elif isinstance(error, OSError):
            text = self.tr("Could not save the file: %1").replace(
                "%1", error.strerror or str(error)
            )
            show_message(self.message, text, "error")
        else:
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)
