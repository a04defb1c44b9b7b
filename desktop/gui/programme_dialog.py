"""The admin's programme form: identity, hours, competency units, materials and the rules.

One scrolling page of sections, like the intake form: Tab and Enter run through it field by
field, Alt + a label's underlined letter jumps to its field, Ctrl+S or Ctrl+Enter saves. In the
two tables, typing starts editing a cell, Enter edits or confirms it, and Alt+Up / Alt+Down move
the current row. The save runs on the worker; the form closes only when the service has saved.
An error stands next to its field (a table's error names its row, which is selected), and a
conflict with another admin's change says who changed what: nothing typed is ever cleared.
"""

from __future__ import annotations

import itertools
import weakref
from decimal import Decimal, InvalidOperation
from typing import cast

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)
from shiboken6 import isValid

from desktop.domain.choices import Education, TargetGroup
from desktop.domain.errors import Conflict, PelitaError, ValidationError, ValidationErrors
from desktop.domain.programme import (
    HOURS_MAX,
    QUANTITY_LIMIT,
    MaterialInput,
    ProgrammeInput,
    UnitInput,
)
from desktop.domain.programme_rules import CompletionRule, EligibilityRules, Strictness
from desktop.gui.app_context import AppContext
from desktop.gui.dialogs import ask, localise_buttons
from desktop.gui.field_errors import FieldErrors
from desktop.gui.form_calls import FormCalls
from desktop.gui.forms.ui_programme_dialog import Ui_ProgrammeDialog
from desktop.gui.i18n import message
from desktop.gui.signals import emit
from desktop.services import programme_admin
from desktop.services.participants import EditConflict
from desktop.services.programme_admin import ProgrammeDetail, ProgrammeSaved

Index = QModelIndex | QPersistentModelIndex
ROW_FIELDS = ("units", "materials")  # errors that name a table row in params["row"]


def localised(error: PelitaError) -> PelitaError:
    """The same error with its text already translated and filled in, for FieldErrors."""
    if isinstance(error, ValidationErrors):
        return ValidationErrors([ValidationError(message(e), e.field) for e in error.errors])
    return ValidationError(message(error), error.field)


def _quantity_text(value: Decimal) -> str:
    """1.5 as the person writes it ("1,5" in Indonesian), without trailing zeros."""
    return format(value.normalize(), "f").replace(".", QLocale().decimalPoint())


def _decimal(value: object) -> Decimal:
    try:
        return Decimal(str(value or 0))
    except InvalidOperation:
        return Decimal(0)


class _HoursDelegate(QStyledItemDelegate):
    """Whole JP only; the service says what is too much."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        spin = QSpinBox(parent)
        spin.setRange(0, HOURS_MAX)
        spin.setObjectName("unitHoursEditor")
        spin.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", "Hours (JP)"))
        return spin


class _QuantityDelegate(QStyledItemDelegate):
    """A quantity with up to 3 decimals, typed and shown in the person's language; kept in the
    table as plain text ("1.5") so no float rounding creeps in."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        spin = QDoubleSpinBox(parent)
        spin.setDecimals(3)
        spin.setRange(0, float(QUANTITY_LIMIT) - 0.001)
        spin.setObjectName("quantityEditor")
        spin.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", "Per participant"))
        return spin

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QDoubleSpinBox)
        editor.setValue(float(_decimal(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QDoubleSpinBox)
        editor.interpretText()
        value = Decimal(str(round(editor.value(), 3)))
        model.setData(index, format(value.normalize(), "f"), Qt.ItemDataRole.EditRole)

    def displayText(self, value: object, locale: QLocale | QLocale.Language) -> str:
        return _quantity_text(_decimal(value))


class ProgrammeDialog(QDialog):
    saved = Signal(int)  # the programme id, once the service has saved it

    def __init__(
        self,
        context: AppContext,
        detail: ProgrammeDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.detail = detail
        self.version = detail.version if detail else 0
        self.saved_id: int | None = None
        self.saved_name = ""
        self.ui = Ui_ProgrammeDialog()
        self.ui.setupUi(self)
        self._design_width: int = self.width()
        localise_buttons(self.ui.buttonBox)
        self._setup_lists()
        self._setup_tables()
        self.errors = FieldErrors(self.ui.formError, self._error_fields())
        self.calls = FormCalls(self, self.ui.buttonBox, context.runner, self._failed)
        self.order = self._tab_order()
        self._align_columns()
        self._connect()
        self._fitted = False
        self.ui.reloadButton.hide()
        self.load(detail.as_input() if detail else ProgrammeInput())
        if detail is not None:
            self.setWindowTitle(self.tr("Programme: %1").replace("%1", detail.name))
        self.ui.codeEdit.setFocus()

    # --- building -----------------------------------------------------------------------

    def _setup_lists(self) -> None:
        ui = self.ui
        ui.educationCombo.set_choices(Education, True)
        ui.targetChecks.set_choices(TargetGroup, 3)
        for combo in self._strictness_combos():
            combo.addItem(self.tr("Refuse enrolment"), Strictness.HARD.value)
            combo.addItem(self.tr("Only warn"), Strictness.WARN.value)
            # Both choices always readable, whatever the language or text size.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        ui.hoursSpin.setSuffix(" JP")
        ui.minutesSpin.setSuffix(" " + self.tr("min"))
        ui.attendanceSpin.setSuffix(" %")
        # Room for the longest code and no more: its hint reads beside it.
        metrics = ui.codeEdit.fontMetrics()
        ui.codeEdit.setMaximumWidth(metrics.horizontalAdvance("WWWWWWWWWW") + 24)
        for spin in (ui.minAgeSpin, ui.maxAgeSpin):
            spin.setAccessibleDescription(self.tr("— means no limit"))

    def _strictness_combos(self) -> list[QComboBox]:
        ui = self.ui
        return [ui.ageStrictCombo, ui.educationStrictCombo, ui.groupsStrictCombo,
                ui.occupationStrictCombo]  # fmt: skip

    def _setup_tables(self) -> None:
        ui = self.ui
        self._hours_delegate = _HoursDelegate(ui.unitsTable)
        ui.unitsTable.setItemDelegateForColumn(2, self._hours_delegate)
        self._quantity_delegate = _QuantityDelegate(ui.materialsTable)
        ui.materialsTable.setItemDelegateForColumn(2, self._quantity_delegate)
        samples = {ui.unitsTable: ("TIK.OP02.001.01", "", "000 JP"),
                   ui.materialsTable: ("", "meter kain", "000000,000")}  # fmt: skip
        for table, widths in samples.items():
            header = table.horizontalHeader()
            metrics = table.fontMetrics()
            for column, sample in enumerate(widths):
                if not sample:
                    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
                    continue
                title = table.horizontalHeaderItem(column).text()
                width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title))
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, width + 36)
            table.verticalHeader().setDefaultSectionSize(metrics.height() + 12)
            table.setEditTriggers(
                QAbstractItemView.EditTrigger.DoubleClicked
                | QAbstractItemView.EditTrigger.EditKeyPressed
                | QAbstractItemView.EditTrigger.AnyKeyPressed
            )

    def _error_fields(self) -> dict[str, tuple[QWidget, QLabel]]:
        ui = self.ui
        return {
            "code": (ui.codeEdit, ui.codeError),
            "name": (ui.nameEdit, ui.nameError),
            "skill_area": (ui.skillAreaEdit, ui.skillAreaError),
            "description": (ui.descriptionEdit, ui.descriptionError),
            "hours_jp": (ui.hoursSpin, ui.hoursError),
            "minutes_per_jp": (ui.minutesSpin, ui.minutesError),
            "default_capacity": (ui.capacitySpin, ui.capacityError),
            "units": (ui.unitsTable, ui.unitsError),
            "materials": (ui.materialsTable, ui.materialsError),
            "min_age": (ui.minAgeSpin, ui.ageError),
            "max_age": (ui.maxAgeSpin, ui.ageError),
            "min_attendance_pct": (ui.attendanceSpin, ui.attendanceError),
            "min_post_score": (ui.postScoreSpin, ui.postScoreError),
        }

    def _tab_order(self) -> list[QWidget]:
        ui = self.ui
        order: list[QWidget] = [
            ui.codeEdit, ui.nameEdit, ui.skillAreaEdit, ui.descriptionEdit,
            ui.hoursSpin, ui.minutesSpin, ui.capacitySpin,
            ui.unitsTable, ui.addUnitButton, ui.removeUnitButton, ui.unitUpButton,
            ui.unitDownButton,
            ui.materialsTable, ui.addMaterialButton, ui.removeMaterialButton,
            ui.minAgeSpin, ui.maxAgeSpin, ui.ageStrictCombo,
            ui.educationCombo, ui.educationStrictCombo,
            *ui.targetChecks.focus_widgets(), ui.groupsStrictCombo,
            ui.notBusyCheck, ui.occupationStrictCombo,
            ui.attendanceSpin, ui.excusedCheck, ui.postScoreCheck, ui.postScoreSpin,
            ui.reloadButton, *ui.buttonBox.buttons(),
        ]  # fmt: skip
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        return order

    def _align_columns(self) -> None:
        """One label width for every section, so the fields start at the same place."""
        ui = self.ui
        grids: list[QGridLayout] = [ui.identityLayout, ui.hoursLayout, ui.eligibilityLayout,
                                    ui.completionLayout]  # fmt: skip
        width = 0
        for grid in grids:
            for index in range(grid.count()):
                position = cast(tuple[int, int, int, int], grid.getItemPosition(index))
                item = grid.itemAt(index)
                label = item.widget() if item is not None else None
                if isinstance(label, QLabel) and label.buddy() is not None and position[1] == 0:
                    width = max(width, label.sizeHint().width())
        for grid in grids:
            grid.setColumnMinimumWidth(0, width)

    def _connect(self) -> None:
        ui = self.ui
        ui.addUnitButton.clicked.connect(lambda: self._add_row(ui.unitsTable))
        ui.removeUnitButton.clicked.connect(lambda: self._remove_row(ui.unitsTable))
        ui.unitUpButton.clicked.connect(lambda: self._move_row(ui.unitsTable, -1))
        ui.unitDownButton.clicked.connect(lambda: self._move_row(ui.unitsTable, 1))
        ui.addMaterialButton.clicked.connect(lambda: self._add_row(ui.materialsTable))
        ui.removeMaterialButton.clicked.connect(lambda: self._remove_row(ui.materialsTable))
        for table in (ui.unitsTable, ui.materialsTable):
            for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
                shortcut = QShortcut(QKeySequence(keys), table)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(lambda t=table, s=step: self._move_row(t, s))
            table.currentCellChanged.connect(self._update_row_buttons)
        ui.unitsTable.itemChanged.connect(self._update_total)
        ui.hoursSpin.valueChanged.connect(self._update_total)
        ui.postScoreCheck.toggled.connect(ui.postScoreSpin.setEnabled)
        ui.reloadButton.clicked.connect(lambda: self.reload(ask_first=True))
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        saving: tuple[QKeySequence.StandardKey | str, ...] = (
            QKeySequence.StandardKey.Save,
            "Ctrl+Return",
            "Ctrl+Enter",
        )
        for sequence in saving:
            QShortcut(QKeySequence(sequence), self, self.save)
        # Scroll to whatever gets the focus (Enter, an error, a label's Alt key), not only on
        # Tab as the scroll area does by itself. The application outlives the dialog.
        form = weakref.ref(self)

        def follow(_old: QWidget | None, new: QWidget | None) -> None:
            alive = form()
            if alive is not None and isValid(alive) and new is not None:
                alive._reveal(new)

        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(follow)
            self.destroyed.connect(lambda: app.focusChanged.disconnect(follow))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:  # sizes are known only once shown (style, large text)
            self._fitted = True
            self._fit_screen()

    def preferred_width(self) -> int:
        """As wide as the design, or as the page needs (large text needs more)."""
        ui = self.ui
        margins = ui.dialogLayout.contentsMargins()
        page: int = ui.formPage.minimumSizeHint().width() + margins.left() + margins.right()
        bar: int = ui.scrollArea.verticalScrollBar().sizeHint().width()
        return max(self._design_width, page + bar)

    def _fit_screen(self) -> None:
        """Never beyond the screen (desks run 1366×768): the page scrolls instead."""
        width = self.preferred_width()
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            self.resize(min(width, room.width() - 40), min(self.height(), room.height() - 40))

    # --- keyboard -----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # In a dialog Return would press Save and close a half-filled form; it moves on instead.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.save()
                return
            focused = self.focusWidget()
            table = self._table_of(focused)
            if table is not None:
                if focused is table and table.currentIndex().isValid():
                    table.edit(table.currentIndex())  # Enter on a cell: type in it
                return  # Enter in a cell's editor: the table confirms it
            if isinstance(focused, QAbstractButton) and not isinstance(focused, QCheckBox):
                focused.click()
            else:
                self.focusNextChild()
            return
        super().keyPressEvent(event)

    def _table_of(self, widget: QWidget | None) -> QTableWidget | None:
        tables: tuple[QTableWidget, ...] = (self.ui.unitsTable, self.ui.materialsTable)
        for table in tables:
            if widget is not None and (widget is table or table.isAncestorOf(widget)):
                return table
        return None

    def _reveal(self, widget: QWidget) -> None:
        if self.ui.formPage.isAncestorOf(widget):
            self.ui.scrollArea.ensureWidgetVisible(widget, 40, 60)

    # --- the tables ---------------------------------------------------------------------

    def _add_row(self, table: QTableWidget) -> None:
        self._commit_editors()
        row = self._append(table, ("", "", 0) if table is self.ui.unitsTable else ("", "", "1"))
        table.setFocus()
        table.setCurrentCell(row, 0)
        first = table.item(row, 0)
        if first is not None:
            table.editItem(first)
        self._update_total()

    def _remove_row(self, table: QTableWidget) -> None:
        self._commit_editors()
        row = table.currentRow()
        if row < 0:
            return
        table.removeRow(row)
        if table.rowCount():
            table.setCurrentCell(min(row, table.rowCount() - 1), max(table.currentColumn(), 0))
        table.setFocus()
        self._update_total()
        self._update_row_buttons()

    def _move_row(self, table: QTableWidget, step: int) -> None:
        self._commit_editors()
        row, column = table.currentRow(), max(table.currentColumn(), 0)
        other = row + step
        if row < 0 or not 0 <= other < table.rowCount():
            return
        for col in range(table.columnCount()):
            mine, theirs = table.takeItem(row, col), table.takeItem(other, col)
            table.setItem(row, col, theirs)
            table.setItem(other, col, mine)
        table.setCurrentCell(other, column)
        table.setFocus()

    def _update_row_buttons(self) -> None:
        ui = self.ui
        row, rows = ui.unitsTable.currentRow(), ui.unitsTable.rowCount()
        ui.removeUnitButton.setEnabled(row >= 0)
        ui.unitUpButton.setEnabled(row > 0)
        ui.unitDownButton.setEnabled(0 <= row < rows - 1)
        ui.removeMaterialButton.setEnabled(ui.materialsTable.currentRow() >= 0)

    def _update_total(self) -> None:
        total = sum(unit.hours_jp for unit in self._units())
        hours = self.ui.hoursSpin.value()
        label = self.ui.unitsTotalLabel
        label.show()
        label.setText(
            self.tr("The units add up to %1 of the programme's %2 JP.")
            .replace("%1", str(total))
            .replace("%2", str(hours))
        )
        role = "error" if total > hours else "hint"
        if label.property("role") != role:
            label.setProperty("role", role)
            label.style().unpolish(label)
            label.style().polish(label)

    def _commit_editors(self) -> None:
        """A cell still being typed in counts: Ctrl+S must not save what was there before."""
        for table in (self.ui.unitsTable, self.ui.materialsTable):
            editor = table.indexWidget(table.currentIndex())
            if editor is not None and table.state() == QAbstractItemView.State.EditingState:
                delegate = table.itemDelegateForIndex(table.currentIndex())
                emit(delegate.commitData, editor)
                emit(delegate.closeEditor, editor, QAbstractItemDelegate.EndEditHint.NoHint)

    @staticmethod
    def _cell(table: QTableWidget, row: int, column: int) -> object:
        item = table.item(row, column)
        return item.data(Qt.ItemDataRole.EditRole) if item is not None else None

    def _units(self) -> tuple[UnitInput, ...]:
        table = self.ui.unitsTable
        return tuple(
            UnitInput(
                code=str(self._cell(table, row, 0) or ""),
                title=str(self._cell(table, row, 1) or ""),
                hours_jp=int(str(self._cell(table, row, 2) or 0)),
            )
            for row in range(table.rowCount())
        )

    def _materials(self) -> tuple[MaterialInput, ...]:
        table = self.ui.materialsTable
        return tuple(
            MaterialInput(
                name=str(self._cell(table, row, 0) or ""),
                unit=str(self._cell(table, row, 1) or ""),
                per_participant=_decimal(self._cell(table, row, 2)),
            )
            for row in range(table.rowCount())
        )

    def _fill_table(self, table: QTableWidget, rows: list[tuple[object, object, object]]) -> None:
        table.blockSignals(True)
        try:
            table.setRowCount(0)
            for values in rows:
                self._append(table, values)
        finally:
            table.blockSignals(False)

    @staticmethod
    def _append(table: QTableWidget, values: tuple[object, ...]) -> int:
        """A row at the end holding `values` (the last column is a number: right-aligned)."""
        row = table.rowCount()
        table.insertRow(row)
        for column, value in enumerate(values):
            item = QTableWidgetItem()
            item.setData(Qt.ItemDataRole.EditRole, value)
            if column == 2:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, column, item)
        return row

    # --- loading and reading ------------------------------------------------------------

    def load(self, data: ProgrammeInput) -> None:
        ui = self.ui
        ui.codeEdit.setText(data.code)
        ui.nameEdit.setText(data.name)
        ui.skillAreaEdit.setText(data.skill_area)
        ui.descriptionEdit.setPlainText(data.description)
        ui.hoursSpin.setValue(data.hours_jp)
        ui.minutesSpin.setValue(data.minutes_per_jp)
        ui.capacitySpin.setValue(data.default_capacity)
        self._fill_table(ui.unitsTable, [(u.code, u.title, u.hours_jp) for u in data.units])
        self._fill_table(
            ui.materialsTable,
            [(m.name, m.unit, format(m.per_participant.normalize(), "f")) for m in data.materials],
        )
        rules, completion = data.eligibility, data.completion
        ui.minAgeSpin.setValue(rules.min_age or 0)
        ui.maxAgeSpin.setValue(rules.max_age or 0)
        ui.educationCombo.set_value(rules.min_education)
        ui.targetChecks.set_values(rules.target_groups)
        ui.notBusyCheck.setChecked(rules.not_in_school_or_working)
        strictness = (rules.age, rules.education, rules.groups, rules.occupation)
        for combo, value in zip(self._strictness_combos(), strictness, strict=True):
            combo.setCurrentIndex(combo.findData(value.value))
        ui.attendanceSpin.setValue(completion.min_attendance_pct)
        ui.excusedCheck.setChecked(completion.excused_counts)
        ui.postScoreCheck.setChecked(completion.min_post_score is not None)
        ui.postScoreSpin.setEnabled(completion.min_post_score is not None)
        if completion.min_post_score is not None:
            ui.postScoreSpin.setValue(completion.min_post_score)
        self.errors.clear()
        self._update_total()
        self._update_row_buttons()
        self._baseline = self.typed()

    def typed(self) -> ProgrammeInput:
        """What the form holds now, unchecked: the service checks it and names each field."""
        ui = self.ui
        strict = [Strictness(combo.currentData()) for combo in self._strictness_combos()]
        return ProgrammeInput(
            code=ui.codeEdit.text(),
            name=ui.nameEdit.text(),
            skill_area=ui.skillAreaEdit.text(),
            hours_jp=ui.hoursSpin.value(),
            description=ui.descriptionEdit.toPlainText(),
            minutes_per_jp=ui.minutesSpin.value(),
            default_capacity=ui.capacitySpin.value(),
            units=self._units(),
            materials=self._materials(),
            eligibility=EligibilityRules(
                min_age=ui.minAgeSpin.value() or None,  # "—" (0): no limit
                max_age=ui.maxAgeSpin.value() or None,
                age=strict[0],
                min_education=ui.educationCombo.value_of(Education),
                education=strict[1],
                target_groups=ui.targetChecks.values_of(TargetGroup),
                groups=strict[2],
                not_in_school_or_working=ui.notBusyCheck.isChecked(),
                occupation=strict[3],
            ),
            completion=CompletionRule(
                min_attendance_pct=ui.attendanceSpin.value(),
                excused_counts=ui.excusedCheck.isChecked(),
                min_post_score=(
                    ui.postScoreSpin.value() if ui.postScoreCheck.isChecked() else None
                ),
            ),
        )

    def is_dirty(self) -> bool:
        self._commit_editors()
        return self.typed() != self._baseline

    # --- saving -------------------------------------------------------------------------

    def save(self) -> None:
        if self.calls.busy:
            return
        self._commit_editors()
        data, ctx, detail, version = self.typed(), self.context, self.detail, self.version

        def work() -> ProgrammeSaved:
            if detail is None:
                return programme_admin.create_programme(ctx.db, ctx.actor, data)
            return programme_admin.update_programme(ctx.db, ctx.actor, detail.id, version, data)

        self.calls.run(work, lambda saved: self._saved(saved, data))

    def _saved(self, saved: ProgrammeSaved, data: ProgrammeInput) -> None:
        self.saved_id = saved.programme_id
        self.saved_name = " ".join(data.name.split())
        self.version = saved.version
        self._baseline = data
        emit(self.saved, saved.programme_id)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, EditConflict):
            self._conflict(error)
        elif isinstance(error, PelitaError):
            self.show_errors(error)
        else:
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)

    def show_errors(self, error: PelitaError) -> None:
        """Each message beside its field; a table's row at fault selected; the first field at
        fault, in the order of the form, focused and scrolled into view."""
        self.errors.show(localised(error))
        found = error.errors if isinstance(error, ValidationErrors) else [error]
        tables = {"units": self.ui.unitsTable, "materials": self.ui.materialsTable}
        for field in ROW_FIELDS:
            rows = [e.params["row"] for e in found if e.field == field and "row" in e.params]
            table = tables[field]
            if rows and 0 < int(rows[0]) <= table.rowCount():
                table.setCurrentCell(int(rows[0]) - 1, 0)
        # The error says the total already: the live total under the table would repeat it.
        over = any(e.field == "units" and "total" in e.params for e in found)
        self.ui.unitsTotalLabel.setVisible(not over)
        for widget in self.order:
            if widget.property("invalid") is True:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                self._reveal(widget)
                return

    # --- conflicts ----------------------------------------------------------------------

    def _conflict(self, error: EditConflict) -> None:
        people = ", ".join(sorted({change.username for change in error.changes})) or "?"
        names = self._field_names()
        changed: list[str] = []
        for change in error.changes:
            for key in change.fields:
                name = names.get(key, key)
                if name not in changed:
                    changed.append(name)
        text = (
            self.tr(
                "%1 changed this programme while you were editing it (%2). Your changes are "
                "still here and were not saved: reload the saved programme to see theirs, then "
                "make yours again."
            )
            .replace("%1", people)
            .replace("%2", ", ".join(changed) or "?")
        )
        self.errors.show(Conflict(text))
        self.ui.reloadButton.show()
        self.ui.reloadButton.setFocus()

    def _field_names(self) -> dict[str, str]:
        return {
            "code": self.tr("code"),
            "name": self.tr("name"),
            "skill_area": self.tr("skill area"),
            "description": self.tr("description"),
            "hours_jp": self.tr("total hours"),
            "minutes_per_jp": self.tr("minutes per JP"),
            "default_capacity": self.tr("default capacity"),
            "units": self.tr("competency units"),
            "materials": self.tr("materials"),
            "eligibility": self.tr("who may join"),
            "completion": self.tr("completion"),
            "active": self.tr("archived or restored"),
        }

    def reload(self, ask_first: bool = True) -> None:
        """Read the programme again as saved now, discarding what this form changed."""
        if self.detail is None:
            return
        if ask_first and not ask(
            self,
            self.tr("Reload the saved programme"),
            self.tr(
                "Your changes in this form are discarded and the programme is shown as saved now."
            ),
            self.tr("Reload"),
        ):
            return
        ctx, pid = self.context, self.detail.id

        def loaded(detail: ProgrammeDetail) -> None:
            self.detail = detail
            self.version = detail.version
            self.load(detail.as_input())
            self.ui.reloadButton.hide()

        self.calls.run(lambda: programme_admin.get_programme(ctx.db, ctx.actor, pid), loaded)

    # --- closing ------------------------------------------------------------------------

    def reject(self) -> None:
        """Escape, Cancel and the window's close button: never lose typing by accident."""
        if self.calls.busy:
            return  # a save is under way; its answer decides
        if self.is_dirty() and not ask(
            self,
            self.tr("Discard your changes?"),
            self.tr("What you typed in this programme is not saved. Close it and lose that?"),
            self.tr("Discard"),
            self.tr("Keep editing"),
        ):
            return
        super().reject()
