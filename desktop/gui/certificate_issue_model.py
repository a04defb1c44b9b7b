"""The people of a cohort in the "Issue certificates" dialog: a check box on each name, their
enrolment status and attendance, and the verdict of the completion rule (eligible, the reason
they are not, or the certificate they already hold), with the admin's reason for issuing
anyway where the rule says no.

The model keeps what the admin chose (the checks and the reasons typed) by enrolment, so a
refresh after a batch, or after a refusal, loses nothing typed. Eligible people start checked;
people who already hold a certificate cannot be checked (a correction is a re-issue).
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from desktop.domain.enrolment import EnrolmentStatus
from desktop.gui.cohort_view_text import enrolment_status
from desktop.gui.i18n import translate, translated
from desktop.gui.row_list_model import RowListModel
from desktop.gui.signals import emit
from desktop.services.certificate_plan import Candidate

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class Column(IntEnum):
    NAME = 0  # with the check box
    STATUS = 1
    ATTENDANCE = 2
    VERDICT = 3
    OVERRIDE = 4


def verdict_text(candidate: Candidate) -> str:
    """ "Eligible", the certificate they hold, or why the completion rule says no."""
    if candidate.certificate_id is not None:
        return translate("CertificateIssueDialog", "Has certificate %1").replace(
            "%1", candidate.certificate_number
        )
    if candidate.eligible:
        return translate("CertificateIssueDialog", "Eligible")
    params = dict(candidate.params)
    status = params.get("status")
    if isinstance(status, str) and status in {known.value for known in EnrolmentStatus}:
        # "Left the training (dropped)": the status in the person's language too.
        params["status"] = enrolment_status(EnrolmentStatus(status)).lower()
    return translated(candidate.reason, params, (candidate.reason_context,))


def rate_text(candidate: Candidate) -> str:
    percent = candidate.rate.percent
    if percent is None:
        return "–"
    return translate("CertificateIssueDialog", "%1%").replace(
        "%1", QLocale().toString(round(percent))
    )


class CandidatesModel(RowListModel):
    choice_changed = Signal()  # a check or a reason changed: the Issue button counts again
    reason_wanted = Signal(int)  # a row the rule does not pass was checked: ask why

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._checked: set[int] = set()
        self._seen: set[int] = set()  # enrolments shown before: their check is the admin's
        self._reasons: dict[int, str] = {}

    def titles(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Status"),
            self.tr("Attendance"),
            self.tr("Certificate"),
            self.tr("Override reason"),
        ]

    def candidate_at(self, row: int) -> Candidate | None:
        found: Candidate | None = self.item_at(row)
        return found

    def row_of(self, item_id: int) -> int | None:
        return self.row_of_enrolment(item_id)  # a candidate's key is its enrolment

    def row_of_enrolment(self, enrolment_id: int) -> int | None:
        for row in range(self.rowCount()):
            candidate = self.candidate_at(row)
            if candidate is not None and candidate.enrolment_id == enrolment_id:
                return row
        return None

    def show_candidates(self, candidates: list[Candidate]) -> None:
        """The cohort's people (again), keeping the admin's choices; people seen for the first
        time start checked when eligible."""
        for candidate in candidates:
            if candidate.enrolment_id not in self._seen and candidate.eligible:
                self._checked.add(candidate.enrolment_id)
            self._seen.add(candidate.enrolment_id)
            if candidate.certificate_id is not None:
                self._checked.discard(candidate.enrolment_id)  # issued now: done with them
        self.replace_rows(candidates)
        emit(self.choice_changed)

    # --- the admin's choices --------------------------------------------------------------

    @staticmethod
    def checkable(candidate: Candidate) -> bool:
        return candidate.certificate_id is None

    def is_checked(self, candidate: Candidate) -> bool:
        return candidate.enrolment_id in self._checked

    def set_checked(self, row: int, checked: bool) -> None:
        candidate = self.candidate_at(row)
        if candidate is None or not self.checkable(candidate):
            return
        if checked:
            self._checked.add(candidate.enrolment_id)
        else:
            self._checked.discard(candidate.enrolment_id)
        self._changed(row)
        if checked and not candidate.eligible and not self.reason(candidate):
            emit(self.reason_wanted, row)

    def reason(self, candidate: Candidate) -> str:
        return self._reasons.get(candidate.enrolment_id, "")

    def set_reason(self, row: int, reason: str) -> None:
        candidate = self.candidate_at(row)
        if candidate is None or self.reason(candidate) == reason:
            return
        self._reasons[candidate.enrolment_id] = reason
        self._changed(row)

    def chosen(self) -> list[Candidate]:
        """The checked people, in the table's order (the order they are numbered in)."""
        return [
            candidate
            for row in range(self.rowCount())
            if (candidate := self.candidate_at(row)) is not None
            and self.checkable(candidate)
            and self.is_checked(candidate)
        ]

    def first_without_reason(self) -> int | None:
        """The row of the first person checked against the rule with no reason typed (the one
        the service refuses first)."""
        for candidate in self.chosen():
            if not candidate.eligible and not self.reason(candidate).strip():
                return self.row_of_enrolment(candidate.enrolment_id)
        return None

    def overrides(self) -> dict[int, str]:
        """The reasons typed for the checked people the completion rule does not pass."""
        return {
            candidate.enrolment_id: self.reason(candidate)
            for candidate in self.chosen()
            if not candidate.eligible and self.reason(candidate)
        }

    def _changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, Column.OVERRIDE))
        emit(self.choice_changed)

    # --- Qt's side --------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.UserRole:  # the key: a candidate has no `id`
            candidate = self.candidate_at(index.row()) if index.isValid() else None
            return candidate.enrolment_id if candidate is not None else None
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        candidate = self.candidate_at(index.row()) if index.isValid() else None
        if candidate is not None and index.column() == Column.NAME:
            if self.checkable(candidate):
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            else:
                flags &= ~Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != Column.NAME:
            return False
        if role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        self.set_checked(index.row(), checked)
        return True

    def cell(self, item: Candidate, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.CheckStateRole and column == Column.NAME:
            if not self.checkable(item):
                return None
            return Qt.CheckState.Checked if self.is_checked(item) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.ATTENDANCE:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.ATTENDANCE:
            return (
                self.tr("Present at %1 of %2 marked sessions")
                .replace("%1", QLocale().toString(item.rate.present))
                .replace("%2", QLocale().toString(item.rate.marked))
            )
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(item, column)
        return None

    def _text(self, item: Candidate, column: int) -> str:
        if column == Column.NAME:
            return item.full_name
        if column == Column.STATUS:
            return enrolment_status(item.status)
        if column == Column.ATTENDANCE:
            return rate_text(item)
        if column == Column.VERDICT:
            return verdict_text(item)
        if item.eligible or not self.checkable(item):
            return ""
        if self.reason(item):
            return self.reason(item)
        return self.tr("(type it below)") if self.is_checked(item) else ""

    def _foreground(self, item: Candidate, column: int) -> object:
        quiet = QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if not self.checkable(item):
            return quiet  # done already
        if column == Column.OVERRIDE and not self.reason(item):
            return quiet
        return None
