"""The cohort form's fields: their choices (programmes, instructors, sponsors, funding), a cohort
put into them and read back unchecked (the service checks it and names each field), the Tab
order, the fields' names for errors and for another admin's change, and the line that says how
many sessions the dates and schedule give.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QListWidget, QWidget

from desktop.domain.calendar_id import public_holidays
from desktop.domain.cohort import LONGEST_DAYS, CohortInput, Funding, Slot, session_days
from desktop.domain.errors import FieldWarning
from desktop.domain.formatting import format_date
from desktop.gui.choice_widgets import EMPTY
from desktop.gui.cohort_dialog_choices import checked
from desktop.gui.cohort_schedule_editor import DEFAULT_HOURS
from desktop.gui.formatting import language
from desktop.gui.forms.ui_cohort_dialog import Ui_CohortDialog
from desktop.gui.i18n import warning_text
from desktop.services.cohort_rows import CohortDetail
from desktop.services.participants import EditConflict

HOLIDAYS_NAMED = 4  # the preview names this many skipped holidays, then only counts them


def input_of(detail: CohortDetail) -> CohortInput:
    """The stored cohort as the form holds it."""
    return CohortInput(
        programme_id=detail.programme_id,
        start_date=detail.start_date,
        end_date=detail.end_date,
        slots=detail.slots,
        room=detail.room,
        branch=detail.branch,
        capacity=detail.capacity,
        funding=detail.funding,
        instructor_ids=tuple(i.user_id for i in detail.instructors),
        sponsor_ids=tuple(s.sponsor_id for s in detail.sponsors),
    )


def new_input(programme_id: int | None, today: date) -> CohortInput:
    """A new cohort: from next Monday for four weeks, Monday to Friday mornings to start from."""
    start = today + timedelta(days=7 - today.weekday())
    mornings = tuple(Slot(day, *DEFAULT_HOURS) for day in range(5))
    return CohortInput(
        programme_id=programme_id,
        start_date=start,
        end_date=start + timedelta(days=25),
        slots=mornings,
    )


# --- setting up ---------------------------------------------------------------------------


def setup_fields(ui: Ui_CohortDialog) -> None:
    ui.fundingCombo.addItem(EMPTY, None)
    for funding in Funding:
        ui.fundingCombo.addItem(QCoreApplication.translate("cohorts", funding.label), funding.value)
    ui.fundingCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    ui.programmeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    for checks in (ui.instructorsList, ui.sponsorsList):
        # The tick is the choice: a highlighted row would read as chosen too.
        checks.setSelectionMode(QListWidget.SelectionMode.NoSelection)


def align_columns(ui: Ui_CohortDialog) -> None:
    """One label width for the sections, so their fields start at the same place."""
    grids = (ui.cohortLayout, ui.placeLayout)
    labels = [ui.programmeLabel, ui.codeLabel, ui.startLabel, ui.endLabel, ui.roomLabel,
              ui.branchLabel, ui.capacityLabel, ui.fundingLabel]  # fmt: skip
    width = max(label.sizeHint().width() for label in labels)
    for grid in grids:
        grid.setColumnMinimumWidth(0, width)


# --- in and out ---------------------------------------------------------------------------


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def fill_fields(ui: Ui_CohortDialog, data: CohortInput) -> None:
    """`data` in the typed fields and the schedule; the lists are filled with their choices."""
    if data.start_date is not None:
        ui.startDateEdit.setDate(to_qdate(data.start_date))
    if data.end_date is not None:
        ui.endDateEdit.setDate(to_qdate(data.end_date))
    ui.scheduleEditor.set_slots(data.slots)
    ui.roomEdit.setText(data.room)
    ui.branchEdit.setText(data.branch)
    if data.capacity is not None:
        ui.capacitySpin.setValue(data.capacity)
    ui.fundingCombo.setCurrentIndex(
        max(ui.fundingCombo.findData(data.funding.value if data.funding else None), 0)
    )


def read_fields(ui: Ui_CohortDialog) -> CohortInput:
    """What the form holds now, unchecked."""
    funding = ui.fundingCombo.currentData()
    programme = ui.programmeCombo.currentData()
    return CohortInput(
        programme_id=None if programme is None else int(programme),
        start_date=from_qdate(ui.startDateEdit.date()),
        end_date=from_qdate(ui.endDateEdit.date()),
        slots=ui.scheduleEditor.slots(),
        room=ui.roomEdit.text(),
        branch=ui.branchEdit.text(),
        capacity=ui.capacitySpin.value(),
        funding=None if funding is None else Funding(funding),
        instructor_ids=checked(ui.instructorsList),
        sponsor_ids=checked(ui.sponsorsList),
    )


def error_fields(ui: Ui_CohortDialog) -> dict[str, tuple[QWidget, QLabel]]:
    """The service's field names, each with its input and its error label, in the form's order."""
    return {
        "programme": (ui.programmeCombo, ui.programmeError),
        "start_date": (ui.startDateEdit, ui.startError),
        "end_date": (ui.endDateEdit, ui.endError),
        "schedule": (ui.scheduleEditor, ui.scheduleError),
        "room": (ui.roomEdit, ui.roomError),
        "branch": (ui.branchEdit, ui.branchError),
        "capacity": (ui.capacitySpin, ui.capacityError),
        "funding": (ui.fundingCombo, ui.fundingError),
        "instructors": (ui.instructorsList, ui.instructorsError),
        "sponsors": (ui.sponsorsList, ui.sponsorsError),
    }


def tab_order(ui: Ui_CohortDialog) -> list[QWidget]:
    """The fields in the order Tab (and Enter) runs through them, set so; again after the
    schedule gains or loses a row."""
    order: list[QWidget] = [
        ui.programmeCombo, ui.startDateEdit, ui.endDateEdit,
        *ui.scheduleEditor.focus_widgets(),
        ui.roomEdit, ui.branchEdit, ui.capacitySpin, ui.fundingCombo,
        ui.instructorsList, ui.sponsorsList, ui.newSponsorButton, ui.reloadButton,
        *ui.buttonBox.buttons(),
    ]  # fmt: skip
    for first, second in itertools.pairwise(order):
        QWidget.setTabOrder(first, second)
    return order


def field_names() -> dict[str, str]:
    """Each field another admin's change names, as the admin reads it."""
    return {
        "code": QCoreApplication.translate("CohortDialog", "code"),
        "programme_id": QCoreApplication.translate("CohortDialog", "programme"),
        "start_date": QCoreApplication.translate("CohortDialog", "start date"),
        "end_date": QCoreApplication.translate("CohortDialog", "end date"),
        "schedule": QCoreApplication.translate("CohortDialog", "weekly schedule"),
        "room": QCoreApplication.translate("CohortDialog", "room"),
        "branch": QCoreApplication.translate("CohortDialog", "branch"),
        "capacity": QCoreApplication.translate("CohortDialog", "capacity"),
        "funding": QCoreApplication.translate("CohortDialog", "funding"),
        "status": QCoreApplication.translate("CohortDialog", "status"),
        "instructors": QCoreApplication.translate("CohortDialog", "instructors"),
        "sponsors": QCoreApplication.translate("CohortDialog", "sponsors"),
    }


def conflict_text(error: EditConflict) -> str:
    """Who changed the cohort since the form read it, and what."""
    people = ", ".join(sorted({change.username for change in error.changes})) or "?"
    names = field_names()
    changed: list[str] = []
    for change in error.changes:
        for key in change.fields:
            name = names.get(key, key)
            if name not in changed:
                changed.append(name)
    text = QCoreApplication.translate(
        "CohortDialog",
        "%1 changed this cohort while you were editing it (%2). Your changes are still here "
        "and were not saved: reload the saved cohort to see theirs, then make yours again.",
    )
    return text.replace("%1", people).replace("%2", ", ".join(changed) or "?")


def show_saved(ui: Ui_CohortDialog, code: str, warnings: list[FieldWarning]) -> None:
    """Saved, with something to check: said at the top of the form, before it closes; its
    Cancel button becomes Close."""
    ui.savedLabel.setText(
        QCoreApplication.translate("CohortDialog", "Saved as %1. Please check:").replace("%1", code)
    )
    ui.warningsLabel.setText("\n".join(f"• {warning_text(w)}" for w in warnings))
    ui.savedFrame.show()
    close = ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
    close.setText(QCoreApplication.translate("CohortDialog", "Close"))
    ui.scrollArea.verticalScrollBar().setValue(0)
    close.setFocus()


# --- the sessions the form gives ----------------------------------------------------------


def show_preview(ui: Ui_CohortDialog) -> None:
    start, end = from_qdate(ui.startDateEdit.date()), from_qdate(ui.endDateEdit.date())
    text = preview_text(start, end, ui.scheduleEditor.slots())
    ui.previewLabel.setText(text)
    ui.previewLabel.setVisible(bool(text))


def preview_text(start: date, end: date, slots: Iterable[Slot]) -> str:
    """ "24 sessions; 2 public holidays skipped (…)", or "" while the dates or times cannot give
    sessions (the service explains why on save)."""
    usable = [slot for slot in slots if slot.starts < slot.ends]
    if not usable or end < start or (end - start).days + 1 > LONGEST_DAYS:
        return ""
    holidays = public_holidays(start, end, language())
    count = len(session_days(start, end, usable, holidays))
    weekdays = {slot.weekday for slot in usable}
    skipped = sorted(day for day in holidays if day.weekday() in weekdays)
    sessions = (
        QCoreApplication.translate("CohortDialog", "1 session")
        if count == 1
        else QCoreApplication.translate("CohortDialog", "%1 sessions").replace("%1", str(count))
    )
    if not skipped:
        return QCoreApplication.translate(
            "CohortDialog", "%1; no public holiday falls on the schedule."
        ).replace("%1", sessions)
    named = ", ".join(f"{format_date(day, language())}: {holidays[day]}" for day in skipped)
    if len(skipped) == 1:
        text = QCoreApplication.translate("CohortDialog", "%1; 1 public holiday skipped (%2).")
    elif len(skipped) <= HOLIDAYS_NAMED:
        text = QCoreApplication.translate("CohortDialog", "%1; %3 public holidays skipped (%2).")
    else:
        text = QCoreApplication.translate("CohortDialog", "%1; %3 public holidays skipped.")
    return text.replace("%1", sessions).replace("%2", named).replace("%3", str(len(skipped)))
