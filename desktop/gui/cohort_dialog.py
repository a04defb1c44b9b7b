"""The admin's cohort form: programme, dates, weekly schedule, place, capacity, funding,
instructors and sponsors.

One scrolling page like the programme form: Tab and Enter run through it field by field, Alt +
a label's underlined letter jumps to its field, Ctrl+S or Ctrl+Enter saves, Space ticks an
instructor or sponsor. Under the schedule a line says how many sessions the dates and days give
and which public holidays they skip. The save runs on the worker; an error stands next to its
field and nothing typed is cleared; a conflict with another admin's change says who changed
what. What the save warns about (holidays skipped, an instructor or room booked twice) is shown
at the top of the form before it closes, and kept in `warnings` for the page that opened it.

The fields in and out are in cohort_dialog_fields, the lists to choose from in
cohort_dialog_choices, the date and time fields in date_fields and the schedule in
cohort_schedule_editor; a sponsor not on record yet is added from sponsor_dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QWidget

from desktop.domain.cohort import CohortInput
from desktop.domain.errors import Conflict, FieldWarning, PelitaError
from desktop.gui.app_context import AppContext
from desktop.gui.cohort_dialog_choices import (
    Choices,
    fill_checks,
    fill_programmes,
    read_choices,
    show_programme,
    sponsor_entries,
    teacher_entries,
)
from desktop.gui.cohort_dialog_fields import (
    align_columns,
    conflict_text,
    error_fields,
    fill_fields,
    from_qdate,
    input_of,
    new_input,
    read_fields,
    setup_fields,
    show_preview,
    show_saved,
    tab_order,
)
from desktop.gui.dialogs import ask, localise_buttons
from desktop.gui.field_errors import FieldErrors
from desktop.gui.form_calls import FormCalls
from desktop.gui.forms.ui_cohort_dialog import Ui_CohortDialog
from desktop.gui.programme_fields import localised
from desktop.gui.scrolling_form import (
    add_save_shortcuts,
    enter_moves_on,
    fit_to_screen,
    follow_focus,
    page_width,
    reveal,
)
from desktop.gui.signals import emit
from desktop.gui.sponsor_dialog import NewSponsorOffer
from desktop.services import cohorts
from desktop.services.cohort_rows import CohortDetail, CohortSaved
from desktop.services.participants import EditConflict


class CohortDialog(QDialog):
    saved = Signal(int)  # the cohort id, once the service has saved it

    def __init__(
        self,
        context: AppContext,
        cohort: CohortDetail | None,
        parent: QWidget | None = None,
        programme_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.detail = cohort
        self.version = cohort.version if cohort else 0
        self.saved_id: int | None = None
        self.saved_code = ""
        self.warnings: list[FieldWarning] = []
        self.choices = Choices([], [], [])
        self.ui = Ui_CohortDialog()
        self.ui.setupUi(self)
        self._design_width: int = self.width()
        self._fitted = False
        localise_buttons(self.ui.buttonBox)
        setup_fields(self.ui)
        align_columns(self.ui)
        self.fields = error_fields(self.ui)
        self.errors = FieldErrors(self.ui.formError, self.fields)
        self.calls = FormCalls(self, self.ui.buttonBox, context.runner, self._failed)
        self.new_sponsor = NewSponsorOffer(self.ui, context, self)  # "New sponsor…" beside the list
        self.ui.reloadButton.hide()
        self.ui.savedFrame.hide()
        self._auto_capacity: int | None = None  # the programme's default, while untouched
        today = from_qdate(QDate.currentDate())
        self._data = input_of(cohort) if cohort else new_input(programme_id, today)
        fill_fields(self.ui, self._data)
        self._baseline = self._data
        self._connect()
        self.order = tab_order(self.ui)
        self._show_identity()
        self._update_preview()
        self._load_choices()
        self.ui.programmeCombo.setFocus()

    # --- building -----------------------------------------------------------------------

    def _connect(self) -> None:
        ui = self.ui
        ui.programmeCombo.currentIndexChanged.connect(self._programme_chosen)
        ui.startDateEdit.dateChanged.connect(self._update_preview)
        ui.endDateEdit.dateChanged.connect(self._update_preview)
        ui.scheduleEditor.changed.connect(self._update_preview)
        ui.scheduleEditor.rows_changed.connect(self._reorder)
        ui.reloadButton.clicked.connect(lambda: self.reload(ask_first=True))
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        add_save_shortcuts(self, self.save)
        follow_focus(self, ui.formPage, ui.scrollArea)

    def _reorder(self) -> None:
        self.order = tab_order(self.ui)

    def _show_identity(self) -> None:
        detail, ui = self.detail, self.ui
        if detail is None:
            ui.codeValue.setText(self.tr("Given when saved, such as JHT-2026-01."))
            ui.codeValue.setProperty("role", "hint")
            return
        self.setWindowTitle(self.tr("Cohort %1").replace("%1", detail.code))
        ui.codeValue.setText(detail.code)
        ui.codeValue.setProperty("role", "")
        ui.codeValue.style().polish(ui.codeValue)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:  # sizes are known only once shown (style, large text)
            self._fitted = True
            fit_to_screen(self, self.preferred_width())

    def preferred_width(self) -> int:
        ui = self.ui
        return max(self._design_width, page_width(ui.dialogLayout, ui.formPage, ui.scrollArea))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not enter_moves_on(self, event, self.save):
            super().keyPressEvent(event)

    # --- the lists to choose from ---------------------------------------------------------

    def _load_choices(self) -> None:
        context, detail = self.context, self.detail
        self.calls.run(lambda: read_choices(context, detail), self._choices_loaded)

    def _choices_loaded(self, choices: Choices) -> None:
        self.choices = choices
        ui, data = self.ui, self._data
        fill_programmes(ui, choices.programmes, self.detail)
        index = ui.programmeCombo.findData(data.programme_id)
        ui.programmeCombo.setCurrentIndex(max(index, 0))
        if self.detail is None:
            self._auto_capacity = ui.capacitySpin.value()
            self._programme_chosen()
        fill_checks(ui.instructorsList, teacher_entries(choices.teachers), data.instructor_ids)
        fill_checks(ui.sponsorsList, sponsor_entries(choices.sponsors), data.sponsor_ids)
        self._baseline = self.typed()

    def _programme_chosen(self) -> None:
        """A new cohort starts from its programme's capacity, unless one was typed already."""
        if self.detail is not None:
            return
        chosen = show_programme(self.ui, self.choices)
        spin = self.ui.capacitySpin
        if chosen is not None and spin.value() == self._auto_capacity:
            spin.setValue(chosen.default_capacity)
            self._auto_capacity = chosen.default_capacity

    def _update_preview(self) -> None:
        show_preview(self.ui)

    # --- reading --------------------------------------------------------------------------

    def typed(self) -> CohortInput:
        """What the form holds now, unchecked: the service checks it and names each field."""
        return read_fields(self.ui)

    def is_dirty(self) -> bool:
        return self.typed() != self._baseline

    # --- saving ---------------------------------------------------------------------------

    def save(self) -> None:
        if self.calls.busy:
            return
        data, ctx, detail, version = self.typed(), self.context, self.detail, self.version

        def work() -> CohortSaved:
            if detail is None:
                return cohorts.create_cohort(ctx.db, ctx.actor, data)
            return cohorts.update_cohort(ctx.db, ctx.actor, detail.id, version, data)

        self.calls.run(work, lambda saved: self._saved(saved, data))

    def _saved(self, saved: CohortSaved, data: CohortInput) -> None:
        cohort = saved.cohort
        self.detail, self.version = cohort, cohort.version
        self.saved_id, self.saved_code = cohort.id, cohort.code
        self.warnings = list(saved.warnings)
        self._data = self._baseline = data
        self.errors.clear()
        self.ui.reloadButton.hide()
        emit(self.saved, cohort.id)
        if not self.warnings:
            self.accept()
            return
        # Saved, with something to check: say so here, before the form closes. It stays the
        # saved cohort's form, so a change can be saved again at once.
        self.ui.programmeCombo.setEnabled(False)
        self._show_identity()
        show_saved(self.ui, cohort.code, self.warnings)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, EditConflict):
            self._conflict(error)
        elif isinstance(error, PelitaError):
            self.show_errors(error)
        else:
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)

    def show_errors(self, error: PelitaError) -> None:
        """Each message beside its field; the first field at fault, in the form's order,
        focused and scrolled into view."""
        self.errors.show(localised(error))
        for widget, _label in self.fields.values():
            if widget.property("invalid") is True:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                reveal(self.ui.formPage, self.ui.scrollArea, widget)
                return

    # --- conflicts ------------------------------------------------------------------------

    def _conflict(self, error: EditConflict) -> None:
        self.errors.show(Conflict(conflict_text(error)))
        self.ui.reloadButton.show()
        self.ui.reloadButton.setFocus()

    def reload(self, ask_first: bool = True) -> None:
        """Read the cohort again as saved now, discarding what this form changed."""
        if self.detail is None:
            return
        if ask_first and not ask(
            self,
            self.tr("Reload the saved cohort"),
            self.tr(
                "Your changes in this form are discarded and the cohort is shown as saved now."
            ),
            self.tr("Reload"),
        ):
            return
        ctx, cohort_id = self.context, self.detail.id

        def loaded(detail: CohortDetail) -> None:
            self.detail, self.version = detail, detail.version
            self._data = input_of(detail)
            fill_fields(self.ui, self._data)
            self.errors.clear()
            self.ui.reloadButton.hide()
            self._load_choices()  # its instructors may be others now

        self.calls.run(lambda: cohorts.get_cohort(ctx.db, ctx.actor, cohort_id), loaded)

    # --- closing --------------------------------------------------------------------------

    def reject(self) -> None:
        """Escape, Cancel and the window's close button: never lose typing by accident; once
        saved, closing is the end of the save (the page opening it hears `accepted`)."""
        if self.calls.busy:
            return  # a save is under way; its answer decides
        if self.is_dirty() and not ask(
            self,
            self.tr("Discard your changes?"),
            self.tr("What you typed in this cohort is not saved. Close it and lose that?"),
            self.tr("Discard"),
            self.tr("Keep editing"),
        ):
            return
        if self.saved_id is not None:
            self.accept()
        else:
            super().reject()
