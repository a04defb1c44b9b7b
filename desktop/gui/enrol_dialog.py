"""Enrolling one person in one cohort, from the person's profile (choose the cohort) or from a
cohort's page (find the person by name or NIK).

Before anything is saved the dialog shows what enrolling would do (services.enrolment_preview,
on the worker): every programme rule the person does not meet with its reason, the refusals no
one can lift (a merged record, a closed cohort, an enrolment in the same programme that has not
ended), and whether a seat is free or the person joins the waitlist. A hard rule stops a clerk;
an administrator may go on by giving a reason, which the service keeps in the audit log. The
enrolment itself is `enrolment.enrol`, which checks everything again: a refusal it gives is
shown beside its cause, and the dialog stays open with everything typed kept.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from desktop.domain.errors import PelitaError
from desktop.domain.formatting import format_date
from desktop.gui.app_context import AppContext
from desktop.gui.dialogs import localise_buttons
from desktop.gui.enrol_cohort_list import (
    CohortSeatsModel,
    fit_columns,
    selected_item,
    widen_to_show,
)
from desktop.gui.enrolment_texts import check_html, enrolled_text, seat_text
from desktop.gui.field_errors import FieldErrors
from desktop.gui.form_calls import FormCalls
from desktop.gui.formatting import language
from desktop.gui.forms.ui_enrol_dialog import Ui_EnrolDialog
from desktop.gui.row_list_model import RowListModel
from desktop.services import enrolment, enrolment_preview, registry
from desktop.services.cohort_rows import CohortRow
from desktop.services.enrolment import Enrolled, NotEligible
from desktop.services.enrolment_preview import CohortSeats, EnrolmentPreview
from desktop.services.registry import RegistryQuery, RegistryRow

SEARCH_DELAY_MS = 250
PEOPLE_SHOWN = 8  # a short list: the clerk types more to narrow it


class PeopleModel(RowListModel):
    def row_at(self, row: int) -> RegistryRow | None:
        found: RegistryRow | None = self.item_at(row)
        return found

    def titles(self) -> list[str]:
        return [self.tr("Name"), self.tr("NIK"), self.tr("Born"), self.tr("Village")]

    def cell(self, item: RegistryRow, column: int, role: int) -> object:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        born = format_date(item.birth_date, language())
        return [item.full_name, item.nik, born, item.village_name][column]


# -- the dialog ---------------------------------------------------------------------------------


class EnrolDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        participant_id: int | None = None,
        participant_name: str = "",
        cohort: CohortRow | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.participant_id = participant_id
        self.participant_name = participant_name
        self.cohort = cohort
        self.cohort_code = cohort.code if cohort else ""
        self.preview: EnrolmentPreview | None = None
        self.enrolled: Enrolled | None = None
        self.ui = ui = Ui_EnrolDialog()
        ui.setupUi(self)
        localise_buttons(ui.buttonBox)
        self.enrol_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.enrol_button.setText(self.tr("&Enrol"))
        self.cohorts = CohortSeatsModel(self)
        self.people = PeopleModel(self)
        ui.cohortTable.setModel(self.cohorts)
        ui.peopleTable.setModel(self.people)
        fit_columns(ui.cohortTable, 1)
        fit_columns(ui.peopleTable, 0)
        self.errors = FieldErrors(ui.formError, self._error_fields())
        self.calls = FormCalls(self, ui.buttonBox, context.runner, self._failed)
        self._search = QTimer(self)
        self._search.setSingleShot(True)
        self._search.setInterval(SEARCH_DELAY_MS)
        self._search.timeout.connect(self.find_people)
        ui.participantGroup.setVisible(participant_id is None)
        ui.cohortGroup.setVisible(cohort is None)
        self._connect()
        self._show_intro()
        self._show_check(None)
        if cohort is None:
            self._load_cohorts()
            ui.cohortTable.setFocus()
        else:
            ui.searchEdit.setFocus()
        self._check()

    def _error_fields(self) -> dict[str, tuple[QWidget, QLabel]]:
        ui = self.ui
        fields: dict[str, tuple[QWidget, QLabel]] = {
            "override_reason": (ui.overrideEdit, ui.overrideError)
        }
        # A refusal about the person or cohort given from outside goes to the form-wide label.
        if self.participant_id is None:
            fields["participant"] = (ui.peopleTable, ui.participantError)
        if self.cohort is None:
            fields["cohort"] = (ui.cohortTable, ui.cohortError)
        return fields

    def _connect(self) -> None:
        ui = self.ui
        ui.searchEdit.textChanged.connect(self._search.start)
        ui.searchEdit.returnPressed.connect(self.find_people)
        ui.searchEdit.installEventFilter(self)
        ui.peopleTable.selectionModel().selectionChanged.connect(self._person_chosen)
        ui.cohortTable.selectionModel().selectionChanged.connect(self._cohort_chosen)
        ui.buttonBox.accepted.connect(self.enrol)
        ui.buttonBox.rejected.connect(self.reject)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.searchEdit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and self.people.rowCount():
                self.ui.peopleTable.selectRow(0)
                self.ui.peopleTable.setFocus()
                return True
        return super().eventFilter(watched, event)

    def _show_intro(self) -> None:
        who = self.participant_name or self.tr("the participant")
        where = self.cohort_code or self.tr("a cohort")
        self.setWindowTitle(self.tr("Enrol %1").replace("%1", who))
        intro = self.tr("Enrol %1 in %2.").replace("%1", who).replace("%2", where)
        self.ui.introLabel.setText(intro)

    # -- choosing -------------------------------------------------------------------------

    def _load_cohorts(self) -> None:
        ctx = self.context

        def done(rows: list[CohortSeats]) -> None:
            self.cohorts.replace_rows(rows)
            widen_to_show(self.ui.cohortTable)
            if not rows:
                self.ui.cohortHint.setText(
                    self.tr("No cohort takes enrolments now: an administrator opens one first.")
                )

        self.calls.run(lambda: enrolment_preview.open_cohorts(ctx.db, ctx.actor), done)

    def find_people(self) -> None:
        self._search.stop()
        text, ctx = self.ui.searchEdit.text().strip(), self.context
        if not text:
            self.people.replace_rows([])
            return

        def done(page: registry.Page) -> None:
            if self.ui.searchEdit.text().strip() == text:  # not typed on meanwhile
                self.people.replace_rows(page.rows)

        query = RegistryQuery(text=text)
        self.calls.run(lambda: registry.page(ctx.db, ctx.actor, query, limit=PEOPLE_SHOWN), done)

    def _person_chosen(self) -> None:
        person = selected_item(self.ui.peopleTable, self.people)
        if isinstance(person, RegistryRow):
            self.participant_id, self.participant_name = person.id, person.full_name
        else:
            self.participant_id, self.participant_name = None, ""
        self._show_intro()
        self._check()

    def _cohort_chosen(self) -> None:
        chosen = selected_item(self.ui.cohortTable, self.cohorts)
        self.cohort_code = chosen.code if isinstance(chosen, CohortSeats) else ""
        self._show_intro()
        self._check()

    def chosen_cohort_id(self) -> int | None:
        if self.cohort is not None:
            return self.cohort.id
        chosen = selected_item(self.ui.cohortTable, self.cohorts)
        return chosen.id if isinstance(chosen, CohortSeats) else None

    # -- the check ------------------------------------------------------------------------

    def _check(self) -> None:
        """Ask what enrolling would do, for the person and cohort chosen now."""
        self.preview = None
        self._show_check(None)
        pid, cid, ctx = self.participant_id, self.chosen_cohort_id(), self.context
        if pid is None or cid is None:
            return
        self.ui.checkLabel.setText(html.escape(self.tr("Checking…")))

        def done(found: EnrolmentPreview) -> None:
            if (self.participant_id, self.chosen_cohort_id()) == (pid, cid):
                self.preview = found
                self._show_check(found)

        self.calls.run(lambda: enrolment_preview.preview(ctx.db, ctx.actor, pid, cid), done)

    def _show_check(self, found: EnrolmentPreview | None) -> None:
        ui = self.ui
        self.errors.clear()
        hard = found is not None and found.refusal is None and bool(found.hard)
        override = hard and found is not None and found.may_override
        ui.overrideLabel.setVisible(override)
        ui.overrideEdit.setVisible(override)
        # Where the person cannot be enrolled, a word about seats would only confuse.
        blocked = found is None or found.refusal is not None or (hard and not override)
        ui.seatLabel.setText("" if blocked or found is None else seat_text(found))
        ui.seatLabel.setVisible(bool(ui.seatLabel.text()))
        ui.checkLabel.setText(check_html(found))
        if found is None:
            return
        if found.refusal is not None:
            self._show_error(found.refusal)
        elif found.hard and not found.may_override:
            self._show_error(NotEligible(found.full_name, list(found.findings)))

    def _show_error(self, error: PelitaError) -> None:
        """Beside its cause, without taking the focus from where the clerk is typing."""
        focused = self.focusWidget()
        self.errors.show(error)
        if focused is not None:
            focused.setFocus()

    # -- enrolling ------------------------------------------------------------------------

    def enrol(self) -> None:
        if self.calls.busy:
            return
        ui, pid, cid, ctx = self.ui, self.participant_id, self.chosen_cohort_id(), self.context
        reason = "" if ui.overrideEdit.isHidden() else ui.overrideEdit.text().strip()
        refusal = self._refusal(reason)
        if refusal is not None:
            self.errors.show(refusal)
            return
        assert pid is not None and cid is not None
        self.calls.run(lambda: enrolment.enrol(ctx.db, ctx.actor, pid, cid, reason), self._done)

    def _refusal(self, reason: str) -> PelitaError | None:
        """Why the enrolment cannot go ahead as chosen (the service would refuse it too)."""
        found = self.preview
        if self.participant_id is None:
            return PelitaError(self.tr("Choose the participant from the list."), "participant")
        if self.chosen_cohort_id() is None:
            return PelitaError(self.tr("Choose the cohort to enrol in."), "cohort")
        if found is None or not found.hard or found.refusal is not None:
            return found.refusal if found else None
        if not found.may_override:
            return NotEligible(found.full_name, list(found.findings))
        if not reason:
            text = self.tr(
                "Give the reason for enrolling %1 although the programme's rules refuse them; "
                "it is kept in the audit log."
            )
            return PelitaError(text.replace("%1", found.full_name), "override_reason")
        return None

    def _done(self, enrolled: Enrolled) -> None:
        self.enrolled = enrolled
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, NotEligible):  # the rules or the record changed meanwhile
            self._check()
            self.errors.show(error)
        elif isinstance(error, PelitaError):
            self.errors.show(error)
        else:
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)

    def outcome_text(self) -> str:
        """What was done, for the window that opened the dialog."""
        done = self.enrolled
        return "" if done is None else enrolled_text(done, self.participant_name, self.cohort_code)
