"""The report of a bulk enrolment (bulk_enrol_dialog): one line per person with what became
of them (enrolled with a seat, waitlisted, refused, or not done after a stop) and why, as
the table model the dialog shows and copies or saves.

Also `selected_people`, which reads the people to enrol from the participant list.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from desktop.domain.errors import PelitaError
from desktop.gui.enrolment_texts import finding_line
from desktop.gui.i18n import message
from desktop.gui.participants_model import ParticipantsTableModel
from desktop.gui.row_list_model import RowListModel
from desktop.services.enrolment import BulkLine


class Column(IntEnum):
    NUMBER = 0
    NAME = 1
    OUTCOME = 2
    WHY = 3


@dataclass(frozen=True)
class ReportLine:
    id: int  # the participant's
    number: int
    full_name: str
    outcome: str  # "enrolled", "waitlisted", "refused", "not_done"
    why: str


def selected_people(table: QTableView, model: ParticipantsTableModel) -> list[tuple[int, str]]:
    """The participants selected in the list, top to bottom, as (id, name)."""
    people = []
    for index in sorted(table.selectionModel().selectedRows(), key=lambda i: i.row()):
        row = model.row_at(index.row())
        if row is not None:
            people.append((row.id, row.full_name))
    return people


class ReportModel(RowListModel):
    def row_at(self, row: int) -> ReportLine | None:
        found: ReportLine | None = self.item_at(row)
        return found

    def titles(self) -> list[str]:
        return [self.tr("No."), self.tr("Name"), self.tr("Outcome"), self.tr("Why")]

    def outcome_text(self, outcome: str) -> str:
        return {
            "enrolled": self.tr("Enrolled, with a seat"),
            "waitlisted": self.tr("On the waitlist"),
            "refused": self.tr("Refused"),
        }.get(outcome, self.tr("Not done (stopped)"))

    def texts(self, line: ReportLine) -> list[str]:
        return [str(line.number), line.full_name, self.outcome_text(line.outcome), line.why]

    def cell(self, item: ReportLine, column: int, role: int) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.texts(item)[column]
        return None


def why_text(line: BulkLine) -> str:
    """The reason for a refusal (each rule not met, else the service's message), or the
    warnings of an enrolment that went ahead."""
    texts = [finding_line(finding) for finding in line.findings]
    if line.outcome == "refused" and not texts:
        texts.append(message(PelitaError(line.text, None, **(line.params or {}))))
    return "; ".join(texts)
