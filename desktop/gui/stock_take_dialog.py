"""A stock take (admins): choose a place, print its count sheet, type what was counted beside
what the ledger expects, and apply: each difference becomes an adjustment with the note
(desktop.services.inventory_stock_take), all in one transaction.

A count typed wrong ("abc", half a roll) is marked in its row with the reason, and nothing is
applied until it is put right; the service's refusals (a machine counted in that is on loan)
are marked in their rows the same way. Counts typed for one place are kept while another
place is looked at. After applying, the dialog says what changed and reads the place again.

`open_stock_take(parent, context)` opens it; the inventory page keeps what it returns and may
listen to `applied` to read its list again.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QPushButton, QWidget

from desktop.domain.errors import PelitaError, ValidationError, ValidationErrors
from desktop.gui.app_context import AppContext
from desktop.gui.dialogs import ask, localise_buttons
from desktop.gui.field_errors import FieldErrors
from desktop.gui.form_calls import FormCalls
from desktop.gui.formatting import language
from desktop.gui.forms.ui_stock_take_dialog import Ui_StockTakeDialog
from desktop.gui.i18n import message, translate
from desktop.gui.loan_form import from_qdate, to_qdate, widen
from desktop.gui.pdf_window import SavablePdfViewer, show_pdf
from desktop.gui.signals import emit
from desktop.gui.stock_take_model import Column, CountDelegate, CountModel, signed_text
from desktop.gui.stock_texts import chosen_id, day_text, fill_places, unit_text
from desktop.services import inventory_locations, inventory_stock_take
from desktop.services.attendance_common import local_day
from desktop.services.inventory_stock_take import CountSheet, StockTakeResult

COUNT_FIELD = "count:"  # the service names a count at fault "count:<item id>"
PROBLEMS_SHOWN = 3


class StockTakeDialog(QDialog):
    applied = Signal()  # a count was applied: stock changed

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.sheet: CountSheet | None = None
        self.outcome: StockTakeResult | None = None
        self.viewer: SavablePdfViewer | None = None
        self.typed: dict[int, dict[int, str]] = {}  # place id: item id: count typed
        self._generation = 0
        self.ui = ui = Ui_StockTakeDialog()
        ui.setupUi(self)
        localise_buttons(ui.buttonBox)
        self.apply_button.setText(self.tr("&Apply the counts"))
        self.close_button.setText(self.tr("Close"))
        self.model = CountModel(self)
        self._setup_table()
        widen(ui.placeCombo, 30)
        self.errors = FieldErrors(
            ui.formError,
            {"location": (ui.placeCombo, ui.placeError), "note": (ui.noteEdit, ui.noteError)},
        )
        self.calls = FormCalls(self, ui.buttonBox, context.runner, self.failed)
        ui.resultLabel.hide()
        ui.problemLabel.hide()
        ui.dateEdit.setMinimumWidth(ui.dateEdit.sizeHint().width())  # large text: all of it
        ui.dateEdit.setDate(to_qdate(local_day(context.db.clock())))
        ui.placeCombo.currentIndexChanged.connect(lambda _index: self.read_sheet())
        ui.printButton.clicked.connect(self.print_sheet)
        ui.buttonBox.accepted.connect(self.apply)
        ui.buttonBox.rejected.connect(self.reject)
        self.model.dataChanged.connect(lambda *_args: self._show_summary())
        self.model.modelReset.connect(self._show_summary)
        ctx = context
        self.calls.run(
            lambda: inventory_locations.list_locations(ctx.db, ctx.actor), self._places_listed
        )
        ui.placeCombo.setFocus()

    @property
    def apply_button(self) -> QPushButton:
        button: QPushButton = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        return button

    @property
    def close_button(self) -> QPushButton:
        button: QPushButton = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        return button

    def _setup_table(self) -> None:
        table = self.ui.countTable
        table.setModel(self.model)
        table.setItemDelegateForColumn(Column.COUNTED, CountDelegate(table))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.ITEM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.CHECK, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(90)  # a count is typed into it: room for "1.250,5"
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 12)

    # -- the place and its sheet ----------------------------------------------------------------

    def _places_listed(self, places: list[inventory_locations.LocationRow]) -> None:
        fill_places(self.ui.placeCombo, places)
        if not places:
            self.errors.show(
                PelitaError(self.tr("Add a place first: nothing is kept anywhere yet."), "location")
            )
        self.read_sheet()

    def place_id(self) -> int | None:
        return chosen_id(self.ui.placeCombo)

    def counted_on(self) -> date:
        return from_qdate(self.ui.dateEdit.date())

    def read_sheet(self) -> None:
        """What the ledger expects at the chosen place (on the worker)."""
        self._generation += 1
        generation, ctx, place = self._generation, self.context, self.place_id()
        self.sheet = None
        self.model.set_lines([], {})
        if place is None:
            return

        def done(sheet: CountSheet) -> None:
            if generation == self._generation:
                self.sheet = sheet
                self.model.set_lines(list(sheet.lines), self.typed.setdefault(place, {}))

        self.calls.run(lambda: inventory_stock_take.count_sheet(ctx.db, ctx.actor, place), done)

    def _show_summary(self) -> None:
        sheet, locale = self.sheet, QLocale()
        if sheet is None:
            self.ui.summaryLabel.clear()
            return
        expected, counted = len(sheet.lines), self.model.counts()
        differ = sum(1 for line in sheet.lines if counted.get(line.item_id, line.expected_milli)
                     != line.expected_milli)  # fmt: skip
        if not expected:
            text = self.tr("Nothing is expected at %1.").replace("%1", sheet.location_label)
        else:
            text = (
                self.tr("%1 items expected; %2 counted, %3 differ.")
                .replace("%1", locale.toString(expected))
                .replace("%2", locale.toString(len(counted)))
                .replace("%3", locale.toString(differ))
            )
        wrong = len(self.model.wrong_rows())
        if wrong:
            text += " " + self.tr("%1 typed wrong.").replace("%1", locale.toString(wrong))
        self.ui.summaryLabel.setText(text)
        self._show_problems()

    def _show_problems(self) -> None:
        """The rows at fault in words under the table (the Check column may be too narrow to
        read them whole): the first few, and how many more."""
        problems = self.model.problems()
        lines = [f"{name}: {why}" for name, why in problems[:PROBLEMS_SHOWN]]
        if len(problems) > PROBLEMS_SHOWN:
            more = self.tr("… and %1 more.").replace("%1", str(len(problems) - PROBLEMS_SHOWN))
            lines.append(more)
        self.ui.problemLabel.setText("\n".join(lines))
        self.ui.problemLabel.setVisible(bool(lines))

    def print_sheet(self) -> None:
        place, ctx, lang = self.place_id(), self.context, language()
        if place is None:
            return
        label = self.ui.placeCombo.currentText()

        def shown(data: bytes) -> None:
            title = self.tr("Count sheet — %1").replace("%1", label)
            name = self.tr("count-sheet %1 %2.pdf").replace("%1", label)
            name = name.replace("%2", self.counted_on().isoformat())
            self.viewer = show_pdf(self, ctx.runner, data, title, name)

        self.calls.run(
            lambda: inventory_stock_take.count_sheet_pdf(ctx.db, ctx.actor, place, language=lang),
            shown,
        )

    # -- applying -------------------------------------------------------------------------------

    def apply(self) -> None:
        if self.calls.busy:
            return
        self.errors.clear()
        self.ui.resultLabel.hide()
        place, ctx = self.place_id(), self.context
        if place is None:
            self.errors.show(PelitaError(self.tr("Choose the place counted."), "location"))
            return
        wrong = self.model.wrong_rows()
        if wrong:
            self._mark_wrong(wrong[0])
            return
        counts, counted_on, note = self.model.counts(), self.counted_on(), self.ui.noteEdit.text()
        self.calls.run(
            lambda: inventory_stock_take.apply_stock_take(
                ctx.db, ctx.actor, place, counted_on, counts, note
            ),
            lambda result: self._applied(place, result),
        )

    def _mark_wrong(self, row: int) -> None:
        """Nothing is applied: say so, and take the person to the first count at fault."""
        text = self.tr("Nothing was applied: put right the counts marked in red.")
        self.errors.show(PelitaError(text))
        table = self.ui.countTable
        table.setCurrentIndex(self.model.index(row, Column.COUNTED))
        table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _applied(self, place: int, result: StockTakeResult) -> None:
        self.outcome = result
        self.typed.pop(place, None)  # counted and recorded: the sheet is read again
        self.ui.noteEdit.clear()
        self.ui.resultLabel.setText(result_text(result))
        self.ui.resultLabel.show()
        emit(self.applied)
        self.read_sheet()

    def reject(self) -> None:
        """Escape, Close and the window's close button: counts typed and not applied are not
        lost by accident."""
        if self.calls.busy:
            return  # applying is under way; its answer decides
        typed = sum(1 for counts in self.typed.values() for text in counts.values() if text)
        if typed and not ask(
            self,
            self.tr("Discard the counts?"),
            self.tr("%1 counts typed here are not applied. Close and lose them?").replace(
                "%1", QLocale().toString(typed)
            ),
            self.tr("Discard"),
            self.tr("Keep counting"),
        ):
            return
        super().reject()

    def failed(self, error: BaseException) -> None:
        if not isinstance(error, PelitaError):
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)
            return
        errors = error.errors if isinstance(error, ValidationErrors) else [error]
        counts = [e for e in errors if (e.field or "").startswith(COUNT_FIELD)]
        others = [e for e in errors if e not in counts]
        refusals = {int((e.field or "")[len(COUNT_FIELD) :]): message(e) for e in counts}
        self.model.set_refusals(refusals)
        self._show_problems()
        if others:
            several = ValidationErrors(
                [ValidationError(e.text, e.field, **e.params) for e in others]
            )
            self.errors.show(others[0] if len(others) == 1 else several)
        rows = [row for item_id in refusals if (row := self.model.row_of(item_id)) is not None]
        if rows:
            self._mark_wrong(min(rows))


def result_text(result: StockTakeResult) -> str:
    """ "Recorded the count of Gudang on 24 November 2026: 12 items counted, 2 adjusted
    (Kain katun −2,5 metre; Benang jahit +1 roll)." """
    locale = QLocale()
    text = (
        translate(
            "StockTakeDialog", "Recorded the count of %1 on %2: %3 items counted, %4 adjusted"
        )
        .replace("%1", result.location_label)
        .replace("%2", day_text(result.counted_on))
        .replace("%3", locale.toString(result.items_counted))
        .replace("%4", locale.toString(len(result.differences)))
    )
    changes = "; ".join(
        f"{d.name} {signed_text(d.difference_milli)} {unit_text(d.unit)}"
        for d in result.differences
    )
    return f"{text} ({changes})." if changes else f"{text}."


def open_stock_take(parent: QWidget, context: AppContext) -> StockTakeDialog:
    """Open the stock take over `parent` (deleted when closed); the caller keeps what is
    returned (tests reach it there)."""
    dialog = StockTakeDialog(context, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
