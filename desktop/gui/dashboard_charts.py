"""One chart of the dashboard (`ChartPanel`): its title, a QtCharts bar or line chart in calm
colours with the numbers on it, "No data for this period" instead of empty axes, and "Save as
PNG…" on a button and in the chart's context menu.

Charts use the application's font, so the large-text mode makes them larger too. Nothing here
animates (animations run on timers, and a page's timer once crashed the test run).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
    QXYSeries,
)
from PySide6.QtCore import QLocale, QMargins, QPoint, Qt
from PySide6.QtGui import QAction, QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.save_file import ask_save_path

# Calm, distinct, readable on white (and for most colour-blind readers): blue, teal, amber,
# plum, slate.
COLOURS = ("#1769aa", "#2f8f83", "#c98a1a", "#8a5a9e", "#52606d")
GRID = "#e4e7eb"
TEXT = "#1f2933"
EMPTY, CHART = 0, 1

Bars = Sequence[tuple[str, Sequence[float]]]  # (the set's name, one value per category)


def percent_label(value: float) -> str:
    """95.8 as "95,8%" in Indonesian ("95.8%" in English), 100 as "100%"."""
    rounded = round(value, 1)
    if rounded == int(rounded):
        return f"{QLocale().toString(int(rounded))}%"
    return f"{QLocale().toString(rounded, 'f', 1)}%"


class ChartPanel(QFrame):
    """A titled chart that can be saved as a PNG. `name` is the file name offered."""

    def __init__(self, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.saved: Path | None = None  # the last PNG written (tests read it)
        self.setObjectName("chartPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "QFrame#chartPanel { background: white; border: 1px solid #cbd2d9;"
            " border-radius: 6px; }"
        )
        self.title = QLabel(title)
        self.title.setStyleSheet("font-weight: 600; color: #123c5a;")
        self.title.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save as PNG…"))
        self.save_button.setAccessibleName(self.tr("Save the chart %1 as PNG").replace("%1", title))
        self.save_button.clicked.connect(self.save_png)
        self.save_action = QAction(self.tr("Save as PNG…"), self)
        self.save_action.triggered.connect(self.save_png)
        self.view = QChartView()
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setBackgroundBrush(QColor("white"))
        self.view.setAccessibleName(title)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.empty = QLabel(self.tr("No data for this period"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setProperty("role", "hint")
        self.stack = QStackedWidget()
        self.stack.insertWidget(EMPTY, self.empty)
        self.stack.insertWidget(CHART, self.view)
        self.stack.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.set_rows(8)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.stack, 1)
        self.note = QLabel()  # what saving did
        self.note.setWordWrap(True)
        self.note.hide()
        layout.addWidget(self.note)
        self.menu: QMenu | None = None
        self.show_empty()

    def set_rows(self, rows: int) -> None:
        """Tall enough for `rows` lines of text: charts grow with the large-text mode."""
        line = self.fontMetrics().height()
        self.stack.setMinimumHeight(max(14, rows + 6) * line)

    # -- what it shows

    def show_empty(self) -> None:
        self.note.hide()
        self.stack.setCurrentIndex(EMPTY)
        self.save_button.setEnabled(False)
        self.save_action.setEnabled(False)

    def has_chart(self) -> bool:
        return self.stack.currentIndex() == CHART

    def show_bars(
        self,
        categories: Sequence[str],
        sets: Bars,
        *,
        horizontal: bool = False,
        percent: bool = False,
    ) -> None:
        """Bars per category, one colour per set; "No data" when every value is 0."""
        if not categories or not any(value for _name, values in sets for value in values):
            self.show_empty()
            return
        series: QAbstractBarSeries = QHorizontalBarSeries() if horizontal else QBarSeries()
        # Horizontal categories run bottom to top: reversed, the largest is on top.
        order = (lambda items: list(reversed(items))) if horizontal else list
        for index, (name, values) in enumerate(sets):
            bar = QBarSet(name)
            bar.append(order([float(value) for value in values]))
            bar.setColor(QColor(COLOURS[index % len(COLOURS)]))
            bar.setBorderColor(QColor(COLOURS[index % len(COLOURS)]))
            bar.setLabelColor(QColor(TEXT))
            bar.setLabelFont(QApplication.font())
            series.append(bar)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value%" if percent else "@value")
        series.setBarWidth(0.7)
        chart = self._chart(legend=len(sets) > 1)
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append(order(list(categories)))
        highest = max(value for _name, values in sets for value in values)
        counts = self._value_axis(100.0 if percent else highest * 1.18, percent)
        where = (
            (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom)
            if horizontal
            else (Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft)
        )
        self._attach(chart, series, names, where[0])
        self._attach(chart, series, counts, where[1])
        self._show(chart)

    def show_line(self, categories: Sequence[str], percents: Sequence[float | None]) -> None:
        """A line of percentages over the categories (months), points where there is a value;
        "No data" when there is none."""
        points = [(i, value) for i, value in enumerate(percents) if value is not None]
        if not points:
            self.show_empty()
            return
        series = QLineSeries()
        for x, value in points:
            series.append(float(x), round(value, 1))
        # Each label written out in the person's language: Qt's "@yPoint" always writes
        # "95.8", beside the cards' "95,8%".
        label = QXYSeries.PointConfiguration.LabelFormat
        for index, (_x, value) in enumerate(points):
            series.setPointConfiguration(index, {label: percent_label(value)})
        pen = QPen(QColor(COLOURS[0]))
        pen.setWidth(3)
        series.setPen(pen)
        series.setPointsVisible(True)
        series.setPointLabelsVisible(True)
        series.setPointLabelsFont(QApplication.font())
        series.setPointLabelsColor(QColor(TEXT))
        series.setPointLabelsClipping(False)
        chart = self._chart(legend=False)
        chart.addSeries(series)
        months = QBarCategoryAxis()
        months.append(list(categories))
        self._attach(chart, series, months, Qt.AlignmentFlag.AlignBottom)
        self._attach(chart, series, self._value_axis(100.0, True), Qt.AlignmentFlag.AlignLeft)
        self._show(chart)

    # -- building a chart

    @staticmethod
    def _chart(*, legend: bool) -> QChart:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundRoundness(0)
        chart.setBackgroundBrush(QColor("white"))
        chart.setBackgroundPen(QPen(Qt.PenStyle.NoPen))
        chart.setMargins(QMargins(2, 14, 8, 2))  # room above for the labels of the highest
        chart.legend().setVisible(legend)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.legend().setFont(QApplication.font())
        chart.legend().setLabelColor(QColor(TEXT))
        return chart

    @staticmethod
    def _value_axis(top: float, percent: bool) -> QValueAxis:
        axis = QValueAxis()
        if percent:  # 0, 20 … 100%
            axis.setRange(0.0, 100.0)
            axis.setTickCount(6)
        else:
            axis.setRange(0.0, max(top, 4.0))
            axis.applyNiceNumbers()
        axis.setLabelFormat("%d%%" if percent else "%d")
        return axis

    @staticmethod
    def _attach(
        chart: QChart,
        series: QAbstractBarSeries | QLineSeries,
        axis: QAbstractAxis,
        where: Qt.AlignmentFlag,
    ) -> None:
        axis.setLabelsFont(QApplication.font())
        axis.setTruncateLabels(False)  # "60 and over" whole; long ones wrap at <br>
        axis.setLabelsColor(QColor(TEXT))
        axis.setGridLineColor(QColor(GRID))
        axis.setLinePenColor(QColor(GRID))
        chart.addAxis(axis, where)
        series.attachAxis(axis)

    def _show(self, chart: QChart) -> None:
        self.note.hide()
        old = self.view.chart()
        self.view.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()  # the view gave it up
        self.stack.setCurrentIndex(CHART)
        self.save_button.setEnabled(True)
        self.save_action.setEnabled(True)

    # -- saving

    def _context_menu(self, where: QPoint) -> None:
        if not self.has_chart():
            return
        if self.menu is None:
            self.menu = QMenu(self)
            self.menu.addAction(self.save_action)
        self.menu.popup(self.view.mapToGlobal(where))

    def save_png(self) -> None:
        """Ask where, then write the chart as it is shown (the view's pixels)."""
        if not self.has_chart():
            return
        path = ask_save_path(
            self, self.tr("Save the chart as PNG"), f"{self.name}.png", self.tr("PNG image (*.png)")
        )
        if path is None:
            return
        if self.view.grab().save(str(path), "PNG"):
            self.saved = path
            self._say(self.tr("Saved: %1").replace("%1", str(path)), "ok")
        else:
            self._say(self.tr("%1 cannot be written.").replace("%1", str(path)), "error")

    def _say(self, text: str, role: str) -> None:
        self.note.setText(text)
        self.note.setProperty("role", role)
        self.note.style().unpolish(self.note)
        self.note.style().polish(self.note)
        self.note.show()
