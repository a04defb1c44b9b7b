"""The import dialog's cohort part (issue 7, enrolment import): on the first step the optional
"Enrol them into cohort:" choice, for the users who may enrol (the cohorts that take
enrolments, as the enrol dialog lists them); after the import, what became of the list's
people: how many were registered, enrolled, waitlisted and refused, and who was refused, why.

With a cohort chosen the dialog reads the list with `existing_ok` (a NIK already registered
is that person: an "info" note on an ok row, not an error) and imports with
enrolment_import.import_into_cohort instead of commit_import. Registration and enrolment are
two steps there, so a cancel during enrolment keeps the people registered and enrolled so
far: the refused list then names who was not enrolled.

The texts keep the dialog's translation context ("ImportDialog"): they are its words.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt
from PySide6.QtWidgets import QHeaderView
from shiboken6 import isValid

from desktop.domain.roles import Permission
from desktop.gui.app_context import AppContext
from desktop.gui.background_job import IsCancelled, Progress
from desktop.gui.enrolment_texts import dates_text, finding_line
from desktop.gui.forms.ui_import_dialog import Ui_ImportDialog
from desktop.gui.i18n import translated
from desktop.gui.row_list_model import Index, RowListModel
from desktop.services.enrolment_import import CohortImportResult, RefusedRow, import_into_cohort
from desktop.services.enrolment_preview import CohortSeats, open_cohorts
from desktop.services.import_mappings import remember_mapping
from desktop.services.participant_import import ImportPreview


def cohort_choice_text(cohort: CohortSeats) -> str:
    """ "KT-2027-01 – Menjahit Dasar (3 Mei 2027 – 30 Mei 2027, 4 of 20 seats free)"."""
    locale = QLocale()
    return (
        QCoreApplication.translate("ImportDialog", "%1 – %2 (%3, %4 of %5 seats free)")
        .replace("%1", cohort.code)
        .replace("%2", cohort.programme_name)
        .replace("%3", dates_text(cohort.start_date, cohort.end_date))
        .replace("%4", locale.toString(cohort.seats_free))
        .replace("%5", locale.toString(cohort.capacity))
    )


def refused_text(row: RefusedRow, separator: str = " ") -> str:
    """Why the person was not enrolled, then each programme rule not met."""
    texts = [translated(row.text, row.params)]
    texts += [finding_line(finding) for finding in row.findings]
    return separator.join(texts)


def summary_text(result: CohortImportResult, cohort_code: str) -> str:
    locale = QLocale()
    text = (
        QCoreApplication.translate(
            "ImportDialog", "Cohort %5: %1 registered, %2 enrolled, %3 waitlisted, %4 refused."
        )
        .replace("%1", locale.toString(result.created))
        .replace("%2", locale.toString(result.enrolled))
        .replace("%3", locale.toString(result.waitlisted))
        .replace("%4", locale.toString(len(result.refused)))
        .replace("%5", cohort_code)
    )
    if result.skipped:
        text += " " + QCoreApplication.translate(
            "ImportDialog", "%1 rows with errors skipped."
        ).replace("%1", locale.toString(result.skipped))
    return text


class RefusedModel(RowListModel):
    """The people of the list who were not enrolled: row, name, why."""

    def titles(self) -> list[str]:
        return [
            QCoreApplication.translate("ImportDialog", "Row"),
            QCoreApplication.translate("ImportDialog", "Name"),
            QCoreApplication.translate("ImportDialog", "Why not enrolled"),
        ]

    def cell(self, item: RefusedRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return [str(item.row_number), item.full_name, refused_text(item)][column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return refused_text(item, "\n")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        item = self.item_at(index.row()) if index.isValid() else None
        if item is not None and role == Qt.ItemDataRole.UserRole:
            return item.row_number  # a refused row has no id of its own
        return super().data(index, role)


class CohortPart:
    """The cohort choice and the refused list of one ImportDialog (its `ui`, its `owner`)."""

    def __init__(
        self,
        context: AppContext,
        ui: Ui_ImportDialog,
        owner: QObject,
        failed: Callable[[BaseException], None],
    ) -> None:
        self.context, self.ui, self.owner = context, ui, owner
        self.may_enrol = context.actor.may(Permission.ENROL_PARTICIPANTS)
        self.cohorts: list[CohortSeats] = []
        self.imported_into: CohortSeats | None = None  # the cohort of the last import started
        ui.cohortCombo.addItem(QCoreApplication.translate("ImportDialog", "(none)"), None)
        for widget in (ui.cohortLabel, ui.cohortCombo, ui.cohortHint):
            widget.setVisible(self.may_enrol)
        self.refused = RefusedModel(owner)
        ui.refusedTable.setModel(self.refused)
        header = ui.refusedTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # A reason is a sentence or two: the rows grow to show it whole, wrapped.
        ui.refusedTable.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        ui.refusedLabel.hide()
        ui.refusedTable.hide()
        if self.may_enrol:
            context.runner.submit(
                lambda: open_cohorts(context.db, context.actor), self._listed, failed
            )

    def _listed(self, cohorts: list[CohortSeats]) -> None:
        if not isValid(self.owner):
            return
        self.cohorts = cohorts
        for cohort in cohorts:
            self.ui.cohortCombo.addItem(cohort_choice_text(cohort), cohort.id)

    @property
    def chosen(self) -> CohortSeats | None:
        """The cohort to enrol the list's people into; None: register only."""
        cohort_id = self.ui.cohortCombo.currentData() if self.may_enrol else None
        return next((c for c in self.cohorts if c.id == cohort_id), None)

    def show_choice(self) -> None:
        """The import buttons and Cancel say what they do with the cohort chosen, or without."""
        ui, chosen = self.ui, self.chosen is not None
        if chosen:
            ui.validOnlyButton.setText(
                QCoreApplication.translate("ImportDialog", "Import and enrol the &valid rows")
            )
            ui.allButton.setText(
                QCoreApplication.translate("ImportDialog", "Import and enrol &all or nothing")
            )
            ui.cancelButton.setToolTip(
                QCoreApplication.translate(
                    "ImportDialog",
                    "Stop: while registering, nobody is registered; once enrolling, the people"
                    " enrolled so far stay enrolled",
                )
            )
        else:
            ui.validOnlyButton.setText(
                QCoreApplication.translate("ImportDialog", "Import the &valid rows")
            )
            ui.allButton.setText(
                QCoreApplication.translate("ImportDialog", "Import &all or nothing")
            )
            ui.cancelButton.setToolTip(
                QCoreApplication.translate("ImportDialog", "Stop: nothing is registered")
            )

    def job(
        self, preview: ImportPreview, cohort: CohortSeats, valid_only: bool
    ) -> tuple[Callable[[Progress, IsCancelled], CohortImportResult], str]:
        """The import into `cohort` for the dialog's background job, and what it says meanwhile."""
        ctx, self.imported_into = self.context, cohort

        def run(progress: Progress, cancelled: IsCancelled) -> CohortImportResult:
            result = import_into_cohort(
                ctx.db,
                ctx.actor,
                preview,
                cohort.id,
                valid_only=valid_only,
                progress=progress,
                cancelled=cancelled,
            )
            remember_mapping(ctx.db, ctx.actor, preview.headers, preview.mapping)
            return result

        doing = QCoreApplication.translate(
            "ImportDialog", "Registering the participants and enrolling them in %1…"
        )
        return run, doing.replace("%1", cohort.code)

    def show_result(self, result: CohortImportResult) -> None:
        ui, cohort = self.ui, self.imported_into
        ui.summaryLabel.setText(summary_text(result, cohort.code if cohort else ""))
        self.refused.replace_rows(list(result.refused))
        ui.refusedLabel.setVisible(bool(result.refused))
        ui.refusedTable.setVisible(bool(result.refused))
