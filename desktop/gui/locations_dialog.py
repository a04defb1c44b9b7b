"""The places things are kept (admins): the list with the closed ones greyed, adding a place,
renaming one (its stock stays with it), closing one no longer used and opening it again.

Each change runs on the worker. A refusal (no name, a place already on record, closing a place
that still holds stock) stands next to its cause and what was typed stays. `changed` tells the
page to read its places again when the dialog closes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget
from shiboken6 import isValid

from desktop.domain.errors import PelitaError
from desktop.gui.app_context import AppContext
from desktop.gui.dialogs import localise_buttons
from desktop.gui.field_errors import FieldErrors
from desktop.gui.forms.ui_locations_dialog import Ui_LocationsDialog
from desktop.gui.message_line import show_message
from desktop.gui.user_dialogs import fit_height
from desktop.services import inventory_locations
from desktop.services.inventory_locations import LocationRow

GREY = QColor("#52606d")


class LocationsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.changed = False
        self.places: list[LocationRow] = []
        self.busy = False
        self.ui = Ui_LocationsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        localise_buttons(ui.buttonBox)
        self.errors = FieldErrors(
            ui.formError,
            {
                "name": (ui.nameEdit, ui.nameError),
                "branch": (ui.branchEdit, ui.branchError),
                "location": (ui.placesList, ui.listError),
            },
        )
        show_message(ui.messageLabel, "", "ok")
        ui.placesList.currentRowChanged.connect(self._place_chosen)
        ui.addButton.clicked.connect(self.add_place)
        ui.renameButton.clicked.connect(self.rename_place)
        ui.activeButton.clicked.connect(self.toggle_active)
        ui.buttonBox.rejected.connect(self.reject)
        self._update_buttons()
        self.reload()
        ui.nameEdit.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    # --- the list -----------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        ctx = self.context
        self._call(
            lambda: inventory_locations.list_locations(ctx.db, ctx.actor, include_inactive=True),
            lambda places: self._show(places, select),
        )

    def _show(self, places: list[LocationRow], select: int | None) -> None:
        self.places = places
        target = self.ui.placesList
        with QSignalBlocker(target):  # refilling the list leaves the typed name alone
            target.clear()
            for place in places:
                text = (
                    place.label
                    if place.active
                    else self.tr("%1 (closed)").replace("%1", place.label)
                )
                entry = QListWidgetItem(text)
                entry.setData(Qt.ItemDataRole.UserRole, place.id)
                if not place.active:
                    entry.setForeground(GREY)
                target.addItem(entry)
            row = next((i for i, p in enumerate(places) if p.id == select), -1)
            target.setCurrentRow(row)
        self._update_buttons()

    def selected(self) -> LocationRow | None:
        row = self.ui.placesList.currentRow()
        return self.places[row] if 0 <= row < len(self.places) else None

    def _place_chosen(self) -> None:
        place = self.selected()
        if place is not None:
            self.ui.nameEdit.setText(place.name)
            self.ui.branchEdit.setText(place.branch)
        self.errors.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui, place = self.ui, self.selected()
        ui.renameButton.setEnabled(place is not None and not self.busy)
        ui.activeButton.setEnabled(place is not None and not self.busy)
        ui.addButton.setEnabled(not self.busy)
        closing = place is None or place.active
        ui.activeButton.setText(self.tr("&Close place") if closing else self.tr("&Open again"))
        ui.activeButton.setAccessibleName(
            self.tr("Close the place") if closing else self.tr("Open the place again")
        )

    # --- changes ------------------------------------------------------------------------

    def add_place(self) -> None:
        ctx, name, branch = self.context, self.ui.nameEdit.text(), self.ui.branchEdit.text()
        self._change(
            lambda: inventory_locations.create_location(ctx.db, ctx.actor, name, branch),
            self.tr("Added %1."),
        )

    def rename_place(self) -> None:
        place = self.selected()
        if place is None:
            return
        ctx, name, branch = self.context, self.ui.nameEdit.text(), self.ui.branchEdit.text()
        self._change(
            lambda: inventory_locations.rename_location(ctx.db, ctx.actor, place.id, name, branch),
            self.tr("Saved %1."),
        )

    def toggle_active(self) -> None:
        place = self.selected()
        if place is None:
            return
        ctx, active = self.context, not place.active
        self._change(
            lambda: inventory_locations.set_location_active(ctx.db, ctx.actor, place.id, active),
            self.tr("Opened %1 again.") if active else self.tr("Closed %1."),
        )

    def _change(self, work: Callable[[], LocationRow], text: str) -> None:
        def done(place: LocationRow) -> None:
            self.changed = True
            self.errors.clear()
            show_message(self.ui.messageLabel, text.replace("%1", place.label), "ok")
            self.reload(select=place.id)

        self._call(work, done)

    def _call(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """On the worker, one at a time; answered only while the dialog lives."""
        if self.busy:
            return
        self.busy = True
        self._update_buttons()

        def answer(result: Any) -> None:
            if isValid(self):
                self.busy = False
                self._update_buttons()
                done(result)

        def failed(error: BaseException) -> None:
            if isValid(self):
                self.busy = False
                self._update_buttons()
                self._failed(error)

        self.context.runner.submit(work, answer, failed)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, PelitaError):
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)
            return
        show_message(self.ui.messageLabel, "", "ok")
        self.errors.show(error)
        self._fit()

    def _fit(self) -> None:
        """Room for the list at its least height and every wrapped line: fit_height alone
        measures the lines, and the layout would squeeze the list under a message."""
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            layout.activate()
            least = layout.totalHeightForWidth(self.width())
            if self.height() < least:
                self.resize(self.width(), least)
        fit_height(self)
