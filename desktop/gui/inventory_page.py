"""The Inventory page (admins): every item with its stock, where it is, whether it is low or
out on loan; search as one types, filters by kind and place, "Low stock only"; a line at the
top when items are low or loans overdue, each part a link that shows them; the selected item
in full underneath. The buttons (new, edit, receive, move, write off, notes, retire, places,
labels, export) are in desktop.gui.inventory_actions.

Every read runs on the worker. A search is sent after a short pause in typing, and an answer
to an older search that arrives after a newer one was sent is dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QSignalBlocker, QTimer, Signal
from PySide6.QtWidgets import QDialog, QWidget
from shiboken6 import isValid

from desktop.domain.errors import PelitaError
from desktop.domain.inventory import ItemKind
from desktop.gui.app_context import AppContext
from desktop.gui.forms.ui_inventory_page import Ui_InventoryPage
from desktop.gui.i18n import message
from desktop.gui.inventory_actions import InventoryActions
from desktop.gui.inventory_banner import Loaded, banner_html, load
from desktop.gui.inventory_detail import detail_html
from desktop.gui.inventory_fields import kind_text, today
from desktop.gui.inventory_model import Column, InventoryTableModel, fit_columns
from desktop.gui.message_line import show_message
from desktop.gui.signals import emit
from desktop.gui.table_selection import select_row
from desktop.services import inventory_list
from desktop.services.inventory_list import ItemDetail, ItemFilter, ItemRow
from desktop.services.inventory_locations import LocationRow

if TYPE_CHECKING:  # the GUI holds the open database but never opens a session on it
    pass

DEBOUNCE_MS = 250
BANNER_STYLE = "#banner { background: #fff8e1; border: 1px solid #f0d68a; border-radius: 4px; }"


class InventoryPage(QWidget):
    inventory_changed = Signal()  # after any change: the main window's attention line re-reads

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_InventoryPage()
        self.ui.setupUi(self)
        self.model = InventoryTableModel(self)
        self.places: list[LocationRow] = []  # the open places, for the filter and the forms
        self.detail: ItemDetail | None = None  # the current item in full, once read
        self.dialog: QDialog | None = None  # the open dialog (tests reach it here)
        self.commands = InventoryActions(self)
        self._generation = 0
        self._want_places = self._want_attention = False  # asked, and not yet answered
        self._detail_generation = 0
        self._only: frozenset[int] | None = None  # the items of overdue loans, when asked
        self._overdue: list[int] = []
        self._low = 0
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self._detail_timer = QTimer(self)  # arrowing down the list reads only where it stops
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(120)
        self._detail_timer.timeout.connect(self._read_detail)
        self.ui.banner.setStyleSheet(BANNER_STYLE)
        self.ui.banner.hide()
        self.ui.kindCombo.addItem(self.tr("All kinds"), None)
        for kind in ItemKind:
            self.ui.kindCombo.addItem(kind_text(kind), kind.value)
        self.ui.placeCombo.addItem(self.tr("All places"), None)
        self.ui.itemsTable.setModel(self.model)
        fit_columns(self.ui.itemsTable, self.model)
        # The list is what people scan; the detail below needs a third of the height.
        self.ui.splitter.setStretchFactor(0, 2)
        self.ui.splitter.setStretchFactor(1, 1)
        self._connect()
        self.say("", "hint")
        self._selection_changed()
        self.refresh(places=True, attention=True)

    @staticmethod
    def nav_title() -> str:
        return QCoreApplication.translate("InventoryPage", "Inventory")

    def _connect(self) -> None:
        ui = self.ui
        ui.searchEdit.textChanged.connect(self._filters_changed)
        ui.searchEdit.returnPressed.connect(self.refresh)
        for combo in (ui.kindCombo, ui.placeCombo):
            combo.currentIndexChanged.connect(lambda _index: self._filters_changed(now=True))
        for check in (ui.lowCheck, ui.retiredCheck):
            check.toggled.connect(lambda _on: self._filters_changed(now=True))
        ui.itemsTable.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        ui.bannerLabel.linkActivated.connect(self._link)
        self.commands.connect_buttons()

    # --- the list -----------------------------------------------------------------------

    def item_filter(self) -> ItemFilter:
        ui = self.ui
        kind = ui.kindCombo.currentData()
        return ItemFilter(
            text=ui.searchEdit.text(),
            kind=ItemKind(kind) if kind else None,
            location_id=ui.placeCombo.currentData(),
            low_only=ui.lowCheck.isChecked(),
            include_retired=ui.retiredCheck.isChecked(),
        )

    def _filters_changed(self, *_args: object, now: bool = False) -> None:
        self._only = None  # a filter chosen by hand ends "items on overdue loans"
        if now:
            self.refresh()
        else:
            self._debounce.start()

    def refresh(
        self, select: int | None = None, *, places: bool = False, attention: bool = False
    ) -> None:
        """Read the list again with what is typed and chosen, keeping the selection."""
        self._debounce.stop()
        self._generation += 1
        # An answer overtaken by a newer read is dropped: the newer one reads what it asked.
        places = self._want_places = places or self._want_places
        attention = self._want_attention = attention or self._want_attention
        generation, ctx, flt = self._generation, self.context, self.item_filter()
        current = self.selected()
        keep = select if select is not None else (current.id if current else None)
        day = today(ctx)

        def done(loaded: Loaded) -> None:
            if not isValid(self) or generation != self._generation:
                return
            if loaded.places is not None:
                self._want_places = False
                self._fill_places(loaded.places)
            if loaded.low is not None:
                self._want_attention = False
                self._low, self._overdue = loaded.low, loaded.overdue_items or []
                self._show_banner(loaded.overdue_items is not None)
            rows = loaded.rows
            if self._only is not None:
                rows = [row for row in rows if row.id in self._only]
            self.model.set_items(rows)
            self._show_count(len(rows))
            if keep is not None:
                self.select(keep)

        def failed(error: BaseException) -> None:
            if isValid(self) and generation == self._generation:
                self.model.set_items([])
                self.failed(error)

        ctx.runner.submit(
            lambda: load(ctx.db, ctx.actor, flt, day, places=places, attention=attention),
            done,
            failed,
        )

    def _fill_places(self, places: list[LocationRow]) -> None:
        self.places = places
        combo, chosen = self.ui.placeCombo, self.ui.placeCombo.currentData()
        with QSignalBlocker(combo):
            combo.clear()
            combo.addItem(self.tr("All places"), None)
            for place in places:
                combo.addItem(place.label, place.id)
            index = combo.findData(chosen)
        if index > 0:
            combo.setCurrentIndex(index)
        elif chosen is not None:  # the chosen place was closed: show everything
            combo.setCurrentIndex(0)

    def _show_count(self, count: int) -> None:
        if self._only is not None:
            text = self.tr("%1 items out on overdue loans")
        else:
            text = self.tr("1 item") if count == 1 else self.tr("%1 items")
        self.ui.countLabel.setText(text.replace("%1", QLocale().toString(count)))

    def selected(self) -> ItemRow | None:
        """The current item: the row with the keyboard focus, when it is selected."""
        table = self.ui.itemsTable
        current = table.selectionModel().currentIndex()
        if current.isValid() and table.selectionModel().isRowSelected(current.row()):
            return self.model.item(current.row())
        rows = table.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def selected_items(self) -> list[ItemRow]:
        rows = sorted(index.row() for index in self.ui.itemsTable.selectionModel().selectedRows())
        return [item for item in map(self.model.item, rows) if item is not None]

    def select(self, item_id: int) -> None:
        row = self.model.row_of(item_id)
        if row is not None:
            select_row(self.ui.itemsTable, row, Column.NAME)

    # --- the selected item --------------------------------------------------------------

    def _selection_changed(self) -> None:
        self.commands.update_buttons()
        item, count = self.selected(), len(self.selected_items())
        if item is None or count != 1:
            self.detail = None
            if count > 1:
                hint = self.tr("%1 items selected.").replace("%1", QLocale().toString(count))
            else:
                hint = self.tr("Select an item to see its stock per place, notes and movements.")
            self.ui.detailsView.setHtml(f"<p style='color:#52606d'>{hint}</p>")
            return
        if self.detail is not None and self.detail.item.id == item.id:
            self.ui.detailsView.setHtml(detail_html(self.detail))
            return
        self.detail = None
        self._detail_timer.start()

    def _read_detail(self) -> None:
        item = self.selected()
        if item is None:
            return
        self._detail_generation += 1
        generation, ctx, item_id = self._detail_generation, self.context, item.id

        def done(detail: ItemDetail) -> None:
            if isValid(self) and generation == self._detail_generation:
                self.detail = detail
                self.ui.detailsView.setHtml(detail_html(detail))
                self.commands.update_buttons()

        ctx.runner.submit(
            lambda: inventory_list.item_detail(ctx.db, ctx.actor, item_id), done, self.failed
        )

    # --- what needs attention -----------------------------------------------------------

    def _show_banner(self, loans_known: bool) -> None:
        overdue = len(self._overdue) if loans_known else 0
        text = banner_html(self._low, overdue)
        self.ui.bannerLabel.setText(text)
        self.ui.banner.setVisible(bool(text))

    def _link(self, link: str) -> None:
        if link == "low":
            self.show_low_stock()
        elif link == "overdue":
            self.show_overdue_loans()

    def _clear_filters(self) -> None:
        ui = self.ui
        for widget in (ui.searchEdit, ui.kindCombo, ui.placeCombo, ui.lowCheck, ui.retiredCheck):
            widget.blockSignals(True)
        ui.searchEdit.clear()
        ui.kindCombo.setCurrentIndex(0)
        ui.placeCombo.setCurrentIndex(0)
        ui.lowCheck.setChecked(False)
        ui.retiredCheck.setChecked(False)
        for widget in (ui.searchEdit, ui.kindCombo, ui.placeCombo, ui.lowCheck, ui.retiredCheck):
            widget.blockSignals(False)

    def show_low_stock(self) -> None:
        """Only the items low on stock (the attention line's first link)."""
        self._clear_filters()
        self._only = None
        self.ui.lowCheck.setChecked(True)  # reads the list again

    def show_overdue_loans(self) -> None:
        """Only the items out on overdue loans (the attention line's second link)."""
        self._clear_filters()
        self._only = frozenset(self._overdue)
        self.refresh()

    # --- after a change -----------------------------------------------------------------

    def changed(self, item_id: int | None, text: str, *, places: bool = False) -> None:
        """Something was saved: read the list and the attention line again, say what."""
        self.detail = None
        self.refresh(select=item_id, places=places, attention=True)
        emit(self.inventory_changed)
        self.say(text, "ok")

    def failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        if isinstance(error, PelitaError):
            self.say(message(error), "error")
        else:
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)

    def say(self, text: str, role: str) -> None:
        """A message under the buttons: "ok" (done), "error", "warning" or "hint"."""
        show_message(self.ui.messageLabel, text, role)
