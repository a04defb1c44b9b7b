"""Issuing a cohort its materials (admins), from the cohort's view: the programme's
per-participant list × the participants holding a seat, each line with the item and place it
comes from (a combo each), what that place holds and what is short, and a note under the table
that names every shortfall. Issue all issues every line in one step
(desktop.services.cohort_materials.issue_materials), or nothing: a refusal lists each short
line with what is available, and the choices made stay as they were.

`open_cohort_materials(parent, context, cohort_id)` opens it (deleted when closed) and
returns it; `issued` holds what was issued once it closes accepted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from desktop.domain.errors import PelitaError, ValidationErrors
from desktop.domain.inventory import ItemKind
from desktop.gui.app_context import AppContext
from desktop.gui.cohort_materials_rows import MaterialChoice, amount, shortfall_text
from desktop.gui.dialogs import localise_buttons
from desktop.gui.enrol_cohort_list import needed_width
from desktop.gui.field_errors import FieldErrors
from desktop.gui.form_calls import FormCalls
from desktop.gui.forms.ui_cohort_materials_dialog import Ui_CohortMaterialsDialog
from desktop.gui.i18n import message
from desktop.gui.loan_form import (
    add_entry,
    fit_dialog,
    from_qdate,
    stock_by_place,
    to_qdate,
    widen,
)
from desktop.gui.message_line import show_message
from desktop.gui.stock_texts import amount_text, quantity_text
from desktop.services import cohort_materials, inventory_list, inventory_locations
from desktop.services.attendance_common import local_day
from desktop.services.cohort_material_plan import Place
from desktop.services.cohort_materials import IssuedLine, MaterialPlan
from desktop.services.inventory_list import ItemFilter, ItemRow
from desktop.services.inventory_locations import LocationRow

RED = QColor("#b3261e")
MATERIAL, PER, PARTICIPANTS, QUANTITY, ITEM, PLACE, AVAILABLE, SHORT = range(8)


@dataclass(frozen=True)
class Loaded:
    plan: MaterialPlan
    consumables: list[ItemRow]
    places: list[LocationRow]


def load(context: AppContext, cohort_id: int) -> Loaded:
    """On the worker: the plan, the consumables one may choose instead, and the places."""
    db, actor = context.db, context.actor
    return Loaded(
        cohort_materials.material_plan(db, actor, cohort_id),
        inventory_list.list_items(db, actor, ItemFilter(kind=ItemKind.CONSUMABLE)),
        inventory_locations.list_locations(db, actor),
    )


class CohortMaterialsDialog(QDialog):
    def __init__(self, context: AppContext, cohort_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.cohort_id = cohort_id
        self.loaded: Loaded | None = None
        self.choices: list[MaterialChoice] = []
        self.issued: list[IssuedLine] | None = None
        self.ui = ui = Ui_CohortMaterialsDialog()
        ui.setupUi(self)
        localise_buttons(ui.buttonBox)
        self.issue_button.setText(self.tr("&Issue all"))
        self.close_button.setText(self.tr("Close"))
        self.errors = FieldErrors(ui.formError, {})
        self.calls = FormCalls(self, ui.buttonBox, context.runner, self.failed)
        table = ui.materialsTable
        titles = [self.tr("Material"), self.tr("Per participant"), self.tr("Participants"),
                  self.tr("To issue"), self.tr("Item"), self.tr("Place"),
                  self.tr("Available there"), self.tr("Short by")]  # fmt: skip
        table.setColumnCount(len(titles))
        table.setHorizontalHeaderLabels(titles)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 16)
        ui.dateEdit.setDate(to_qdate(local_day(context.db.clock())))
        ui.buttonBox.accepted.connect(self.issue_all)
        ui.buttonBox.rejected.connect(self.reject)
        show_message(ui.shortLabel, self.tr("Reading the plan…"), "hint")
        self.calls.run(lambda: load(context, cohort_id), self._loaded)

    @property
    def issue_button(self) -> QPushButton:
        button: QPushButton = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        return button

    @property
    def close_button(self) -> QPushButton:
        button: QPushButton = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        return button

    def _loaded(self, loaded: Loaded) -> None:
        self.loaded = loaded
        plan = loaded.plan
        people = QLocale().toString(plan.participants)
        self.setWindowTitle(self.tr("Materials for %1").replace("%1", plan.cohort_code))
        self.ui.cohortLabel.setText(
            self.tr("%1 · %2 · %3 participants holding a seat")
            .replace("%1", plan.cohort_code)
            .replace("%2", plan.programme_name)
            .replace("%3", people)
        )
        self.choices = [MaterialChoice.proposed(line) for line in plan.lines]
        table = self.ui.materialsTable
        table.setRowCount(len(self.choices))
        for row, choice in enumerate(self.choices):
            self._fill_row(row, choice)
        self._show_shortfalls()
        fit_dialog(self, needed_width(table))

    # -- the table ---------------------------------------------------------------------------

    def _fill_row(self, row: int, choice: MaterialChoice) -> None:
        line, table = choice.line, self.ui.materialsTable
        assert self.loaded is not None
        per = f"{amount_text(int(line.per_participant * 1000))} {line.material_unit}"
        self._text(row, MATERIAL, line.material_name)
        self._text(row, PER, per.strip(), right=True)
        self._text(row, PARTICIPANTS, QLocale().toString(self.loaded.plan.participants), True)
        items = QComboBox()
        widen(items, 24)
        items.setAccessibleName(self.tr("Item for %1").replace("%1", line.material_name))
        items.addItem(self.tr("— choose the item —"), None)
        for item in self.loaded.consumables:
            text = f"{item.name} ({quantity_text(item.stock_milli, item.unit)})"
            add_entry(items, text, item.id)
        items.setCurrentIndex(max(items.findData(choice.item_id), 0))
        items.currentIndexChanged.connect(lambda _i, r=row: self._item_chosen(r))
        table.setCellWidget(row, ITEM, items)
        places = QComboBox()
        widen(places, 14)
        places.setAccessibleName(self.tr("Place for %1").replace("%1", line.material_name))
        places.currentIndexChanged.connect(lambda _i, r=row: self._place_chosen(r))
        table.setCellWidget(row, PLACE, places)
        self._show_row(row)

    def _text(self, row: int, column: int, text: str, right: bool = False) -> QTableWidgetItem:
        cell = QTableWidgetItem(text)
        cell.setToolTip(text)
        if right:
            cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.ui.materialsTable.setItem(row, column, cell)
        return cell

    def item_combo(self, row: int) -> QComboBox:
        combo = self.ui.materialsTable.cellWidget(row, ITEM)
        assert isinstance(combo, QComboBox)
        return combo

    def place_combo(self, row: int) -> QComboBox:
        combo = self.ui.materialsTable.cellWidget(row, PLACE)
        assert isinstance(combo, QComboBox)
        return combo

    def _show_row(self, row: int) -> None:
        """The row's quantity, places, stock and shortfall as `choices[row]` has them."""
        choice = self.choices[row]
        quantity = amount(choice, choice.quantity_milli)
        if choice.line.issued_milli and choice.item_id == choice.line.item_id:
            had = amount(choice, choice.line.issued_milli)
            quantity = self.tr("%1 (%2 already issued)").replace("%1", quantity).replace("%2", had)
        self._text(row, QUANTITY, quantity, right=True)
        places = self.place_combo(row)
        places.blockSignals(True)
        places.clear()
        for place in choice.places:
            text = f"{place.label} — {amount(choice, place.stock_milli)}"
            add_entry(places, text, place.location_id)
        if not choice.places and choice.item_id is not None:
            places.addItem(self.tr("— none in stock —"), None)
        places.setCurrentIndex(max(places.findData(choice.location_id), 0))
        places.setEnabled(bool(choice.places))
        places.blockSignals(False)
        available = amount(choice, choice.available_milli) if choice.item_id is not None else ""
        self._text(row, AVAILABLE, available, right=True)
        if choice.short_milli:  # said with a sign and in red, not by colour alone
            short = self._text(row, SHORT, "⚠ " + amount(choice, choice.short_milli), right=True)
            short.setForeground(QBrush(RED))
        else:
            self._text(row, SHORT, "—", right=True)

    def _item_chosen(self, row: int) -> None:
        assert self.loaded is not None
        combo, ctx = self.item_combo(row), self.context
        item = next((i for i in self.loaded.consumables if i.id == combo.currentData()), None)
        participants, labels = self.loaded.plan.participants, self.loaded.places
        if item is None:
            self.choices[row] = self.choices[row].with_item(None, "", None, (), participants)
            self._show_row(row)
            self._show_shortfalls()
            return

        def read() -> tuple[Place, ...]:
            held = stock_by_place(ctx, item.id, labels)
            found = [Place(p.id, p.label, held[p.id]) for p in labels if held.get(p.id, 0) > 0]
            return tuple(sorted(found, key=lambda p: (-p.stock_milli, p.label)))

        def done(places: tuple[Place, ...]) -> None:
            if self.item_combo(row).currentData() == item.id:  # not changed again meanwhile
                self.choices[row] = self.choices[row].with_item(
                    item.id, item.name, item.unit, places, participants
                )
                self._show_row(row)
                self._show_shortfalls()

        self.calls.run(read, done)

    def _place_chosen(self, row: int) -> None:
        self.choices[row] = self.choices[row].at(self.place_combo(row).currentData())
        self._show_row(row)
        self._show_shortfalls()

    def _show_shortfalls(self) -> None:
        text, role = shortfall_text(self.choices)
        if self.loaded is not None and not self.loaded.plan.participants and self.choices:
            text = self.tr("No one holds a seat in this cohort yet: nothing to issue.")
            role = "hint"
        show_message(self.ui.shortLabel, text, role)

    # -- issuing -----------------------------------------------------------------------------

    def issue_all(self) -> None:
        if self.calls.busy or self.loaded is None:
            return
        self.errors.clear()
        unlinked = [c.line.material_name for c in self.choices
                    if c.item_id is None and c.line.per_participant > 0]  # fmt: skip
        if unlinked:
            text = self.tr("Nothing was issued: choose the item for %1.")
            self.errors.show(PelitaError(text.replace("%1", ", ".join(unlinked))))
            fit_dialog(self)
            return
        lines = [line for c in self.choices if (line := c.issue_line()) is not None]
        ctx, cohort_id, day = self.context, self.cohort_id, self.issued_on()
        self.calls.run(
            lambda: cohort_materials.issue_materials(ctx.db, ctx.actor, cohort_id, lines, day),
            self._issued,
        )

    def issued_on(self) -> date:
        return from_qdate(self.ui.dateEdit.date())

    def _issued(self, issued: list[IssuedLine]) -> None:
        self.issued = issued
        self.accept()

    def failed(self, error: BaseException) -> None:
        if not isinstance(error, PelitaError):
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)
            return
        errors = error.errors if isinstance(error, ValidationErrors) else [error]
        names = {f"line:{c.line.material_id}": c.line.material_name for c in self.choices}
        lines = [
            f"• {names[e.field]}: {message(e)}" if e.field in names else f"• {message(e)}"
            for e in errors
        ]
        text = self.tr("Nothing was issued:")
        self.errors.show(PelitaError("\n".join([text, *lines])))
        fit_dialog(self)

    def outcome_text(self) -> str:
        """What was done, for the cohort view's message line."""
        count = len(self.issued or [])
        if count == 1:
            text = self.tr("Issued 1 material to %1.")
        else:
            text = self.tr("Issued %2 materials to %1.").replace("%2", QLocale().toString(count))
        return text.replace("%1", self.loaded.plan.cohort_code if self.loaded else "")


def open_cohort_materials(
    parent: QWidget, context: AppContext, cohort_id: int
) -> CohortMaterialsDialog:
    """Open the cohort's materials over `parent` (deleted when closed); the caller keeps what
    is returned (tests reach it there)."""
    dialog = CohortMaterialsDialog(context, cohort_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
