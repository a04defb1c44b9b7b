"""A number card of the dashboard: a large figure, what it counts, and a line of detail. A card
that leads somewhere (low stock, overdue loans, people at risk) is a button: a click or Enter
opens the page where the person can act on it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

CARD_STYLE = """
#dashboardCard { background: white; border: 1px solid #cbd2d9; border-radius: 6px;
                 text-align: left; padding: 0; }
QPushButton#dashboardCard:hover { border-color: #1769aa; background: #f0f6fb; }
QPushButton#dashboardCard:focus { border: 2px solid #1769aa; }
"""


class _Figures:
    """The three labels of a card, laid out on `host`."""

    def __init__(self, host: QWidget, title: str) -> None:
        self.value = QLabel("—")
        font = QFont(host.font())
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setWeight(QFont.Weight.DemiBold)
        self.value.setFont(font)
        self.value.setStyleSheet("color: #123c5a;")
        self.title = QLabel(title)
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: 600;")
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setProperty("role", "hint")
        layout = QVBoxLayout(host)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(2)
        for label in (self.value, self.title, self.detail):
            # A click on a label is a click on the card.
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            layout.addWidget(label)
        layout.addStretch(1)
        host.setObjectName("dashboardCard")
        host.setStyleSheet(CARD_STYLE)
        host.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)


class Card(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figures = _Figures(self, title)
        self.setAccessibleName(title)

    def show_figure(self, value: str, detail: str = "") -> None:
        self.figures.value.setText(value)
        self.figures.detail.setText(detail)
        self.figures.detail.setVisible(bool(detail))
        self.setAccessibleDescription(f"{value}. {detail}".strip())

    def value_text(self) -> str:
        return self.figures.value.text()

    def detail_text(self) -> str:
        return self.figures.detail.text()


class LinkCard(QPushButton):
    """A card that is a button (`clicked`): where the number can be acted on."""

    def __init__(self, title: str, action: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figures = _Figures(self, title)
        self.action = action  # e.g. "Open the inventory": said to screen readers
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(f"{title}. {action}")
        self.setMinimumHeight(self.figures.value.sizeHint().height() * 3)

    def show_figure(self, value: str, detail: str = "") -> None:
        self.figures.value.setText(value)
        self.figures.detail.setText(detail)
        self.figures.detail.setVisible(bool(detail))
        self.setAccessibleDescription(f"{value}. {detail}".strip())
        self.setToolTip(self.action)

    def value_text(self) -> str:
        return self.figures.value.text()

    def detail_text(self) -> str:
        return self.figures.detail.text()

    def sizeHint(self) -> QSize:  # the labels' size, not a button's
        layout = self.layout()
        return layout.sizeHint() if layout is not None else super().sizeHint()
