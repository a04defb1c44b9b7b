"""A calm line across the top of the main window for admins: "3 items are low on stock ·
2 loans are overdue", each part a link to the list that shows them. Hidden when there is nothing
to act on; asked again when a page says the inventory changed and whenever the admin turns to
another page (a loan becomes overdue at midnight without anyone touching it). No timer: a
window closed at logout may wait to be deleted, and a tick then reached for a task runner
already gone and crashed the process.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget
from shiboken6 import isValid

from desktop.domain.roles import Permission
from desktop.gui.app_context import AppContext
from desktop.gui.signals import emit
from desktop.services.attendance_common import local_day
from desktop.services.inventory_attention import Attention, attention

LOW_LINK = "low"
OVERDUE_LINK = "overdue"


class AttentionBar(QFrame):
    low_stock_requested = Signal()
    overdue_loans_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("attentionBar")
        self.setStyleSheet(
            "#attentionBar { background: #fff8e1; border-bottom: 1px solid #f0d68a; }"
        )
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.linkActivated.connect(self._link)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.label, 1)
        self.current = Attention(0, 0)
        self.suppressed = False  # on a page that shows the same
        self.hide()
        self.enabled = context.actor.may(Permission.MANAGE_INVENTORY)
        if self.enabled:
            self.refresh()

    def refresh(self) -> None:
        """Ask the database again (on the worker) and show what it says."""
        if not self.enabled or not isValid(self):
            return
        ctx = self.context
        today = local_day(ctx.db.clock())
        # A count that cannot be read now is no reason to interrupt anyone: the next refresh
        # tries again.
        ctx.runner.submit(
            lambda: attention(ctx.db, ctx.actor, today), self.show_counts, lambda _error: None
        )

    def show_counts(self, counts: Attention) -> None:
        if not isValid(self.label):  # the window closed while the worker counted
            return
        self.current = counts
        parts = []
        if counts.low_items:
            text = (
                self.tr("1 item low on stock")
                if counts.low_items == 1
                else self.tr("%n items low on stock", "", counts.low_items)
            )
            parts.append(f"<a href='{LOW_LINK}'>{text}</a>")
        if counts.overdue_loans:
            text = (
                self.tr("1 loan overdue")
                if counts.overdue_loans == 1
                else self.tr("%n loans overdue", "", counts.overdue_loans)
            )
            parts.append(f"<a href='{OVERDUE_LINK}'>{text}</a>")
        self.label.setText("⚠ " + " · ".join(parts) if parts else "")
        self.setVisible(bool(parts) and not self.suppressed)

    def set_suppressed(self, suppressed: bool) -> None:
        """Hide the line while a page that shows the same is open; show it again after."""
        self.suppressed = suppressed
        self.setVisible(self.current.any and not suppressed)

    def _link(self, link: str) -> None:
        if link == LOW_LINK:
            emit(self.low_stock_requested)
        elif link == OVERDUE_LINK:
            emit(self.overdue_loans_requested)
