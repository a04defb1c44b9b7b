"""People who may already be registered, for the clerk to judge before a new record is saved.

The dialog only asks; the participant form calls the services with the answer. Cancel goes back
to the form with everything still typed.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from desktop.domain.choices import Sex
from desktop.domain.formatting import format_date
from desktop.gui.choice_widgets import choice_label
from desktop.gui.dialogs import localise_buttons
from desktop.gui.formatting import language
from desktop.gui.forms.ui_duplicates_dialog import Ui_DuplicatesDialog
from desktop.gui.signals import emit
from desktop.services.duplicates import Candidate

NAME, BIRTH_DATE, SEX, VILLAGE, PHONE, NIK, REASONS = range(7)
COLUMN_AIR = 8  # pixels beside each column's widest text


def reason_text(reason: str) -> str:
    # The service gives English source strings marked in the "duplicates" context.
    return QCoreApplication.translate("duplicates", reason)


def _sex(value: str) -> str:
    try:
        return choice_label(Sex(value))
    except ValueError:
        return value


class DuplicatesDialog(QDialog):
    same_person_chosen = Signal(int)  # the candidate the clerk says is the person at the desk
    different_person_chosen = Signal()  # every candidate listed is someone else

    def __init__(self, candidates: Sequence[Candidate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DuplicatesDialog()
        self.ui.setupUi(self)
        localise_buttons(self.ui.buttonBox)
        self.candidates = list(candidates)
        self._fill()
        self.ui.sameButton.clicked.connect(self._same)
        self.ui.differentButton.clicked.connect(self._different)
        self.ui.buttonBox.rejected.connect(self.reject)
        table = self.ui.candidatesTable
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        if self.candidates:
            table.selectRow(0)
        self._update_buttons()
        table.setFocus()

    def _fill(self) -> None:
        table = self.ui.candidatesTable
        table.setRowCount(len(self.candidates))
        for row, candidate in enumerate(self.candidates):
            cells = {
                NAME: candidate.full_name,
                BIRTH_DATE: format_date(candidate.birth_date, language()),
                SEX: _sex(candidate.sex),
                VILLAGE: candidate.village_name or "—",
                PHONE: candidate.phone or "—",
                NIK: candidate.nik or "—",
                REASONS: "\n".join(reason_text(reason) for reason in candidate.reasons),
            }
            for column, text in cells.items():
                table.setItem(row, column, QTableWidgetItem(text))
        header = table.horizontalHeader()
        table.resizeColumnsToContents()
        for column in range(REASONS):
            # Fitted to the text plus some air: cells side by side are read across quickly.
            header.resizeSection(column, header.sectionSize(column) + COLUMN_AIR)
        header.setSectionResizeMode(REASONS, QHeaderView.ResizeMode.Stretch)
        # Several reasons stack in their cell; each row is as tall as its reasons.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def selected_candidate(self) -> Candidate | None:
        rows = self.ui.candidatesTable.selectionModel().selectedRows()
        return self.candidates[rows[0].row()] if rows else None

    def select_candidate(self, candidate_id: int) -> None:
        for row, candidate in enumerate(self.candidates):
            if candidate.id == candidate_id:
                self.ui.candidatesTable.selectRow(row)

    def _update_buttons(self) -> None:
        self.ui.sameButton.setEnabled(self.selected_candidate() is not None)

    def _same(self) -> None:
        candidate = self.selected_candidate()
        if candidate is None:
            return
        self.accept()
        emit(self.same_person_chosen, candidate.id)

    def _different(self) -> None:
        self.accept()
        emit(self.different_person_chosen)
