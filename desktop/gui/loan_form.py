"""What the lend, hand-over and return dialogs share (desktop.gui.loan_dialogs): their calls on
the worker with Save off meanwhile, refusals beside the field at fault with nothing typed lost,
the items listed with what they hold, the places with the item's stock at each, today by the
database's clock, and closing once saved.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QPushButton, QWidget

from desktop.domain.errors import PelitaError
from desktop.domain.inventory import ItemKind
from desktop.gui.app_context import AppContext
from desktop.gui.dialogs import localise_buttons
from desktop.gui.field_errors import FieldErrors
from desktop.gui.form_calls import FormCalls
from desktop.gui.scrolling_form import add_save_shortcuts, enter_moves_on
from desktop.gui.stock_texts import fill_places, quantity_text
from desktop.services import inventory_list, inventory_locations
from desktop.services.attendance_common import local_day
from desktop.services.inventory_list import ItemFilter, ItemRow
from desktop.services.inventory_loans import LoanRow
from desktop.services.inventory_locations import LocationRow


@dataclass(frozen=True)
class Choices:
    """What a form offers: the items that can go out and the places, read in one call."""

    items: list[ItemRow]
    places: list[LocationRow]


def read_choices(context: AppContext, kind: ItemKind | None) -> Choices:
    """On the worker: items of `kind` (None: any) that are in stock and not out on loan, and
    the open places."""
    db, actor = context.db, context.actor
    rows = inventory_list.list_items(db, actor, ItemFilter(kind=kind))
    items = [row for row in rows if row.stock_milli > 0 and not row.on_loan]
    return Choices(items, inventory_locations.list_locations(db, actor))


def stock_by_place(
    context: AppContext, item_id: int, places: Sequence[LocationRow]
) -> dict[int, int]:
    """On the worker: how much of the item each place holds (places are named by label in
    the item's detail; labels are unique, as places are)."""
    detail = inventory_list.item_detail(context.db, context.actor, item_id)
    ids = {place.label: place.id for place in places}
    return {ids[label]: held for label, held in detail.stock_by_place if label in ids}


def item_choice_text(item: ItemRow) -> str:
    """ "Mesin jahit Butterfly — INV-00012" or "Kain katun — 40 metre"."""
    if item.kind is ItemKind.EQUIPMENT:
        return f"{item.name} — {item.asset_tag}" if item.asset_tag else item.name
    return f"{item.name} — {quantity_text(item.stock_milli, item.unit)}"


def widen(combo: QComboBox, characters: int) -> None:
    """Room for `characters` of an entry whatever the entries (a long one is cut, its whole
    text in its tooltip): the dialog is sized from it before the entries are read."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)


def add_entry(combo: QComboBox, text: str, data: object) -> None:
    combo.addItem(text, data)
    combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)


def fill_items(combo: QComboBox, items: Sequence[ItemRow], chosen: int | None = None) -> None:
    combo.blockSignals(True)
    combo.clear()
    for item in items:
        add_entry(combo, item_choice_text(item), item.id)
    index = combo.findData(chosen) if chosen is not None else -1
    combo.setCurrentIndex(index if index >= 0 else (0 if items else -1))
    combo.blockSignals(False)


def fit_dialog(dialog: QDialog, width: int = 0) -> None:
    """Grow to fit its content (or `width`) and every wrapped line (a message shown later adds
    lines, large text more), never beyond the screen; never smaller than it is."""
    wanted = max(dialog.sizeHint().width(), width)
    screen = dialog.screen()
    room = screen.availableGeometry() if screen is not None else None
    if room is not None:
        wanted = min(wanted, room.width() - 40)
    new_width = max(dialog.width(), wanted)
    layout = dialog.layout()
    height = layout.totalHeightForWidth(new_width) if layout is not None else 0
    if room is not None:
        height = min(height, room.height() - 40)
    dialog.resize(new_width, max(dialog.height(), height))


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class LoanForm(QDialog):
    """The base of the three dialogs: `saved` holds the loan once saved."""

    saved_loan = Signal()  # saved: `saved` holds the loan (before the dialog closes)

    def __init__(self, context: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.context = context
        self.saved: LoanRow | None = None
        self.places: list[LocationRow] = []
        self.items: list[ItemRow] = []
        self.stock: dict[int, int] = {}  # the chosen item's stock at each place
        self.saving = False
        self._fitted = False
        self._stock_generation = 0

    def setup_form(
        self,
        buttons: QDialogButtonBox,
        general: QLabel,
        fields: dict[str, tuple[QWidget, QLabel]],
        save_text: str,
    ) -> None:
        localise_buttons(buttons)
        self.buttons = buttons
        self.save_button.setText(save_text)
        self.errors = FieldErrors(general, fields)
        self.calls = FormCalls(self, buttons, self.context.runner, self.failed)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        add_save_shortcuts(self, self.save)

    @property
    def save_button(self) -> QPushButton:
        button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        return button

    @property
    def cancel_button(self) -> QPushButton:
        button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        return button

    def today(self) -> date:
        return local_day(self.context.db.clock())

    def item(self, combo: QComboBox) -> ItemRow | None:
        chosen = combo.currentData()
        return next((item for item in self.items if item.id == chosen), None)

    def read_stock(self, item: ItemRow | None, combo: QComboBox, then: Callable[[], None]) -> None:
        """Fill `combo` with the places and what each holds of `item` (read on the worker),
        the place holding it chosen; then `then`."""
        self._stock_generation += 1
        generation, ctx, places = self._stock_generation, self.context, list(self.places)
        if item is None:
            self.stock = {}
            fill_places(combo, places)
            then()
            return

        def done(stock: dict[int, int]) -> None:
            if generation == self._stock_generation:
                self.stock = stock
                fill_places(combo, places, stock=stock, unit=item.unit)
                then()

        self.calls.run(lambda: stock_by_place(ctx, item.id, places), done)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:  # sizes are known only once shown (style, large text)
            self._fitted = True
            self.fit_to_content()

    def fit_to_content(self) -> None:
        fit_dialog(self)

    def save(self) -> None:
        raise NotImplementedError

    def send(self, call: Callable[[], LoanRow], done: Callable[[LoanRow], None]) -> None:
        """Save with `call` on the worker; the form stays open (and Cancel waits) meanwhile."""
        if self.calls.busy or self.saving or self.saved is not None:
            return
        self.saving = True

        def saved(loan: LoanRow) -> None:
            self.saving = False
            done(loan)

        def refused(error: BaseException) -> None:
            self.saving = False
            self.failed(error)

        self.calls.run(call, saved, refused)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not enter_moves_on(self, event, self.save):
            super().keyPressEvent(event)

    def done_saving(self, loan: LoanRow) -> None:
        """Saved: kept for the page, which hears `saved_loan` now and `accepted` on closing."""
        from desktop.gui.signals import emit

        self.saved = loan
        self.errors.clear()
        emit(self.saved_loan)

    def failed(self, error: BaseException) -> None:
        if isinstance(error, PelitaError):
            self.errors.show(error)
            self.fit_to_content()
        else:
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)

    def reject(self) -> None:
        """Once saved, closing is the end of the save (the page hears `accepted`)."""
        if self.saving:
            return
        if self.saved is not None:
            self.accept()
        else:
            super().reject()
