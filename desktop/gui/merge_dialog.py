"""Merging two records of one person (admins): find the other record, compare, keep one.

The admin searches as on the registry page, sees both records side by side with their
differences in bold, chooses which record goes on, and says why they are one person (the
reason goes into the audit log). Every read and the merge itself run on the worker.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication, QShowEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidget, QTableWidgetItem, QWidget
from shiboken6 import isValid

from desktop.domain import choices as c
from desktop.domain.errors import PelitaError
from desktop.domain.formatting import format_date
from desktop.domain.phone import display_phone
from desktop.gui.app_context import AppContext
from desktop.gui.dialogs import ask
from desktop.gui.field_errors import FieldErrors
from desktop.gui.formatting import language, show_date_time
from desktop.gui.forms.ui_merge_dialog import Ui_MergeDialog
from desktop.gui.participants_model import EMPTY, choice_text, field_label
from desktop.gui.signals import emit
from desktop.services import merge, participants, registry
from desktop.services.participants import ParticipantRecord
from desktop.services.registry import RegistryQuery, RegistryRow

DEBOUNCE_MS = 150
RESULTS = 20


class MergeDialog(QDialog):
    merged = Signal(int)  # the kept record's id, after the merge was saved

    def __init__(
        self, context: AppContext, record: ParticipantRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.record = record
        self.other: ParticipantRecord | None = None
        self.found: list[RegistryRow] = []
        self._search_generation = 0
        self._busy = False
        self._fitted = False
        self.ui = Ui_MergeDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.errors = FieldErrors(ui.errorLabel, {"reason": (ui.reasonEdit, ui.reasonError)})
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.search)
        ui.searchEdit.textChanged.connect(self._debounce.start)
        ui.searchEdit.returnPressed.connect(self.search)
        ui.resultsTable.itemSelectionChanged.connect(self._result_chosen)
        ui.reasonEdit.textChanged.connect(self._update_button)
        ui.keepThisRadio.toggled.connect(self._update_button)
        ui.mergeButton.clicked.connect(self.confirm)
        ui.cancelButton.clicked.connect(self.reject)
        self._setup_tables()
        self._fill_compare()
        self._update_button()
        # The record's own name is the likeliest way to find its twin.
        ui.searchEdit.setText(record.values["full_name"])
        self.search()

    def _setup_tables(self) -> None:
        results = self.ui.resultsTable
        headers = (self.tr("No."), self.tr("Name"), self.tr("NIK"), self.tr("Born"),
                   self.tr("Village"), self.tr("District"))  # fmt: skip
        results.setColumnCount(len(headers))
        results.setHorizontalHeaderLabels(list(headers))
        metrics = results.fontMetrics()
        samples = ("000000", "Siti Nurhaliza Rahmawati", "3203014506880001",
                   "30 September 2000", "Sukamaju Kaler")  # fmt: skip
        for column, sample in enumerate(samples):
            results.horizontalHeader().resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        compare = self.ui.compareTable
        compare.setColumnCount(3)
        compare.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        compare.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        compare.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        compare.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        for table in (results, compare):
            rows = table.verticalHeader()
            rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            rows.setDefaultSectionSize(metrics.height() + 8)

    # -- finding the other record ------------------------------------------------------------

    def search(self) -> None:
        self._debounce.stop()
        self._search_generation += 1
        generation, ctx = self._search_generation, self.context
        query = RegistryQuery(text=self.ui.searchEdit.text())
        own = self.record.id

        def work() -> list[RegistryRow]:
            page = registry.page(ctx.db, ctx.actor, query, None, RESULTS + 1)
            return [row for row in page.rows if row.id != own][:RESULTS]

        def done(rows: list[RegistryRow]) -> None:
            if isValid(self) and generation == self._search_generation:
                self._show_results(rows)

        ctx.runner.submit(work, done, self._failed)

    def _show_results(self, rows: list[RegistryRow]) -> None:
        table = self.ui.resultsTable
        chosen = self.other.id if self.other else None
        self.found = rows
        table.blockSignals(True)
        try:
            table.setRowCount(len(rows))
            for number, row in enumerate(rows):
                born = format_date(row.birth_date, language())
                cells = (str(row.id), row.full_name, row.nik, born, row.village_name,
                         row.district_name)  # fmt: skip
                for column, text in enumerate(cells):
                    table.setItem(number, column, QTableWidgetItem(text))
                if row.id == chosen:
                    table.selectRow(number)
        finally:
            table.blockSignals(False)

    def _result_chosen(self) -> None:
        rows = self.ui.resultsTable.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.found):
            return
        other_id, ctx = self.found[rows[0].row()].id, self.context

        def done(record: ParticipantRecord) -> None:
            if isValid(self) and not self._busy:
                self.other = record
                self._fill_compare()
                self._update_button()

        ctx.runner.submit(lambda: participants.get(ctx.db, ctx.actor, other_id), done, self._failed)

    # -- side by side ------------------------------------------------------------------------

    def _facts(self, record: ParticipantRecord | None) -> list[str]:
        if record is None:
            return [""] * len(self._labels())
        v = record.values
        born: date | None = v.get("birth_date")
        nik = v.get("nik") or choice_text(c.NoNikReason, v.get("no_nik_reason"))
        return [
            v.get("full_name") or EMPTY,
            nik,
            v.get("kk_number") or EMPTY,
            format_date(born, language()) if born else EMPTY,
            v.get("birth_place") or EMPTY,
            choice_text(c.Sex, v.get("sex")),
            display_phone(v["phone"]) if v.get("phone") else EMPTY,
            " ".join(p for p in (v.get("street"), v.get("rt"), v.get("rw")) if p) or EMPTY,
            v.get("village_name") or EMPTY,
            v.get("district_name") or EMPTY,
            v.get("regency_name") or EMPTY,
            show_date_time(v.get("created_at")),
            str(len(record.consents)),
            self.tr("yes") if record.has_photo else self.tr("no"),
        ]

    def _labels(self) -> list[str]:
        return [
            field_label("full_name"), field_label("nik"),
            field_label("kk_number"), field_label("birth_date"), field_label("birth_place"),
            field_label("sex"), field_label("phone"), field_label("street"),
            field_label("village_name"), field_label("district_name"),
            field_label("regency_name"), self.tr("Registered"), self.tr("Consents"),
            self.tr("Photo"),
        ]  # fmt: skip

    def _fill_compare(self) -> None:
        table, labels = self.ui.compareTable, self._labels()
        mine, theirs = self._facts(self.record), self._facts(self.other)
        table.setRowCount(len(labels))
        this, other = self.record, self.other
        table.setHorizontalHeaderLabels([
            "",
            self.tr("This record, No. %1").replace("%1", str(this.id)),
            self.tr("The other record, No. %1").replace("%1", str(other.id))
            if other is not None else self.tr("The other record"),
        ])  # fmt: skip
        bold = QFont(table.font())
        bold.setBold(True)
        for row, (name, left, right) in enumerate(zip(labels, mine, theirs, strict=True)):
            items = [QTableWidgetItem(name), QTableWidgetItem(left), QTableWidgetItem(right)]
            items[0].setForeground(Qt.GlobalColor.darkGray)
            if other is not None and left != right:
                for item in items[1:]:  # where the two differ: the admin's eye goes here
                    item.setFont(bold)
            for column, item in enumerate(items):
                table.setItem(row, column, item)
        self.ui.keepThisRadio.setText(
            self.tr("No. %1 — %2").replace("%1", str(this.id))
            .replace("%2", this.values["full_name"])
        )  # fmt: skip
        self.ui.keepOtherRadio.setEnabled(other is not None)
        self.ui.keepOtherRadio.setText(
            self.tr("No. %1 — %2").replace("%1", str(other.id))
            .replace("%2", other.values["full_name"])
            if other is not None else self.tr("The other record (choose it above)")
        )  # fmt: skip

    # -- merging -----------------------------------------------------------------------------

    def keep_and_merge(self) -> tuple[int, int] | None:
        if self.other is None:
            return None
        this, other = self.record.id, self.other.id
        return (this, other) if self.ui.keepThisRadio.isChecked() else (other, this)

    def _update_button(self) -> None:
        ready = self.other is not None and bool(self.ui.reasonEdit.text().strip())
        self.ui.mergeButton.setEnabled(ready and not self._busy)

    def confirm(self) -> None:
        pair = self.keep_and_merge()
        if pair is None or self._busy:
            return
        keep, gone = pair
        if not ask(
            self,
            self.tr("Merge the two records?"),
            self.tr(
                "Record No. %1 is merged into No. %2 and is no longer listed. This cannot be "
                "undone."
            )
            .replace("%1", str(gone))
            .replace("%2", str(keep)),
            self.tr("Merge"),
        ):
            return
        self.errors.clear()
        self._busy = True
        self._update_button()
        ctx, reason = self.context, self.ui.reasonEdit.text()

        def done(_none: Any) -> None:
            if isValid(self):
                self._busy = False
                emit(self.merged, keep)
                self.accept()

        ctx.runner.submit(
            lambda: merge.merge(ctx.db, ctx.actor, keep, gone, reason), done, self._failed
        )

    def _failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        self._busy = False
        self._update_button()
        if isinstance(error, PelitaError):
            self.errors.show(error)
            return
        from desktop.gui.crash import report_exception

        report_exception(type(error), error, error.__traceback__)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Never taller than the desk's screen (1366×768, or large text): the table scrolls.
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None and not self._fitted:
            self._fitted = True
            room = screen.availableGeometry()
            self.resize(min(self.width(), room.width() - 40),
                        min(self.height(), room.height() - 40))  # fmt: skip

    def reject(self) -> None:
        if not self._busy:  # a merge under way finishes; its answer closes the dialog
            super().reject()
