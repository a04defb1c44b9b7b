"""A calm line across the top of the main window for admins: "3 items are low on stock ·
2 loans are overdue · 1 data request due · last backup 3 days ago", each part a link to the
list or setting that shows them. Hidden when there is nothing
to act on; asked again when a page says the inventory changed and whenever the admin turns to
another page (a loan becomes overdue at midnight without anyone touching it). No timer: a
window closed at logout may wait to be deleted, and a tick then reached for a task runner
already gone and crashed the process.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget
from shiboken6 import isValid

from desktop.domain.roles import Permission
from desktop.gui.app_context import AppContext
from desktop.gui.signals import emit
from desktop.services.attendance_common import local_day
from desktop.services.desk_attention import DeskAttention, desk_attention
from desktop.services.inventory_attention import Attention, attention

LOW_LINK = "low"
OVERDUE_LINK = "overdue"
REQUESTS_LINK = "requests"
BACKUP_LINK = "backup"


class AttentionBar(QFrame):
    low_stock_requested = Signal()
    overdue_loans_requested = Signal()
    data_requests_requested = Signal()
    backups_requested = Signal()

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
        self.desk = DeskAttention()
        self.suppressed = False  # on a page that shows the same
        self.hide()
        actor = context.actor
        self.inventory = actor.may(Permission.MANAGE_INVENTORY)
        self.enabled = self.inventory or any(
            actor.may(p) for p in (Permission.HANDLE_DATA_REQUESTS, Permission.MANAGE_SETTINGS)
        )
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
        inventory = self.inventory
        ctx.runner.submit(
            lambda: (
                attention(ctx.db, ctx.actor, today) if inventory else Attention(0, 0),
                desk_attention(ctx.db, ctx.actor, ctx.config, datetime.now(UTC)),
            ),
            self._counted,
            lambda _error: None,
        )

    def _counted(self, counts: tuple[Attention, DeskAttention]) -> None:
        self.desk = counts[1]
        self.show_counts(counts[0])

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
        parts += self._desk_parts()
        self.label.setText("⚠ " + " · ".join(parts) if parts else "")
        self.setVisible(bool(parts) and not self.suppressed)

    def _desk_parts(self) -> list[str]:
        parts = []
        due = self.desk.requests_due
        if due:
            text = (
                self.tr("1 data request due")
                if due == 1
                else self.tr("%n data requests due", "", due)
            )
            parts.append(f"<a href='{REQUESTS_LINK}'>{text}</a>")
        days = self.desk.backup_days
        if days is not None:
            text = self.tr("no backup for %n days", "", days)
            parts.append(f"<a href='{BACKUP_LINK}'>{text}</a>")
        return parts

    def set_suppressed(self, suppressed: bool) -> None:
        """Hide the line while a page that shows the same is open; show it again after."""
        self.suppressed = suppressed
        self.setVisible((self.current.any or self.desk.any) and not suppressed)

    def _link(self, link: str) -> None:
        if link == LOW_LINK:
            emit(self.low_stock_requested)
        elif link == OVERDUE_LINK:
            emit(self.overdue_loans_requested)
        elif link == REQUESTS_LINK:
            emit(self.data_requests_requested)
        elif link == BACKUP_LINK:
            emit(self.backups_requested)
