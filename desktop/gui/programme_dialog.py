"""The admin's programme form: identity, hours, competency units, materials and the rules.

One scrolling page of sections, like the intake form: Tab and Enter run through it field by
field, Alt + a label's underlined letter jumps to its field, Ctrl+S or Ctrl+Enter saves. In the
two tables, typing starts editing a cell, Enter edits or confirms it, and Alt+Up / Alt+Down move
the current row. The save runs on the worker; the form closes only when the service has saved.
An error stands next to its field (a table's error names its row, which is selected), and a
conflict with another admin's change says who changed what: nothing typed is ever cleared.

The fields in and out are in programme_fields, the two tables in programme_tables.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QWidget

from desktop.domain.errors import Conflict, PelitaError, ValidationErrors
from desktop.domain.programme import ProgrammeInput
from desktop.gui.app_context import AppContext
from desktop.gui.dialogs import ask, localise_buttons
from desktop.gui.field_errors import FieldErrors
from desktop.gui.form_calls import FormCalls
from desktop.gui.forms.ui_programme_dialog import Ui_ProgrammeDialog
from desktop.gui.programme_fields import (
    align_columns,
    error_fields,
    field_names,
    fill_fields,
    localised,
    read_fields,
    setup_lists,
    tab_order,
)
from desktop.gui.programme_tables import ROW_FIELDS, Index, ProgrammeTables
from desktop.gui.scrolling_form import (
    add_save_shortcuts,
    enter_moves_on,
    fit_to_screen,
    follow_focus,
    page_width,
    reveal,
)
from desktop.gui.signals import emit
from desktop.services import programme_admin
from desktop.services.participants import EditConflict
from desktop.services.programme_admin import ProgrammeDetail, ProgrammeSaved

__all__ = ["ROW_FIELDS", "Index", "ProgrammeDialog", "ask", "localised"]


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
        setup_lists(self.ui)
        self.tables = ProgrammeTables(self.ui)
        self.errors = FieldErrors(self.ui.formError, error_fields(self.ui))
        self.calls = FormCalls(self, self.ui.buttonBox, context.runner, self._failed)
        self.order = tab_order(self.ui)
        align_columns(self.ui)
        self._connect()
        self._fitted = False
        self.ui.reloadButton.hide()
        self.load(detail.as_input() if detail else ProgrammeInput())
        if detail is not None:
            self.setWindowTitle(self.tr("Programme: %1").replace("%1", detail.name))
        self.ui.codeEdit.setFocus()

    # --- building -----------------------------------------------------------------------

    def _connect(self) -> None:
        ui = self.ui
        self.tables.connect()
        ui.postScoreCheck.toggled.connect(ui.postScoreSpin.setEnabled)
        ui.reloadButton.clicked.connect(lambda: self.reload(ask_first=True))
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        add_save_shortcuts(self, self.save)
        follow_focus(self, ui.formPage, ui.scrollArea)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:  # sizes are known only once shown (style, large text)
            self._fitted = True
            self._fit_screen()

    def preferred_width(self) -> int:
        """As wide as the design, or as the page needs (large text needs more)."""
        ui = self.ui
        return max(self._design_width, page_width(ui.dialogLayout, ui.formPage, ui.scrollArea))

    def _fit_screen(self) -> None:
        fit_to_screen(self, self.preferred_width())

    # --- keyboard -----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        focused = self.focusWidget()
        table = self.tables.table_of(focused)
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if enter and table is not None and not ctrl:
            if focused is table and table.currentIndex().isValid():
                table.edit(table.currentIndex())  # Enter on a cell: type in it
            return  # Enter in a cell's editor: the table confirms it
        if not enter_moves_on(self, event, self.save):
            super().keyPressEvent(event)

    def _reveal(self, widget: QWidget) -> None:
        reveal(self.ui.formPage, self.ui.scrollArea, widget)

    # --- loading and reading ------------------------------------------------------------

    def load(self, data: ProgrammeInput) -> None:
        fill_fields(self.ui, data)
        self.tables.fill(data)
        self.errors.clear()
        self.tables.update_total()
        self.tables.update_row_buttons()
        self._baseline = self.typed()

    def typed(self) -> ProgrammeInput:
        """What the form holds now, unchecked: the service checks it and names each field."""
        return read_fields(self.ui, self.tables.units(), self.tables.materials())

    def is_dirty(self) -> bool:
        self.tables.commit_editors()
        return self.typed() != self._baseline

    # --- saving -------------------------------------------------------------------------

    def save(self) -> None:
        if self.calls.busy:
            return
        self.tables.commit_editors()
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
        self.tables.select_rows_at_fault(found)
        for widget in self.order:
            if widget.property("invalid") is True:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                self._reveal(widget)
                return

    # --- conflicts ----------------------------------------------------------------------

    def _conflict(self, error: EditConflict) -> None:
        people = ", ".join(sorted({change.username for change in error.changes})) or "?"
        names = field_names()
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
