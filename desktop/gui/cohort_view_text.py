"""How the Cohorts page and a cohort's view put things into words: date ranges, the weekly
schedule with day names in the desk's language, times and statuses."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.domain.cohort import CohortStatus, Funding, Slot
from desktop.domain.enrolment import EnrolmentStatus
from desktop.domain.formatting import MONTHS, format_date
from desktop.gui.formatting import language
from desktop.gui.i18n import translate


def weekday_name(weekday: int) -> str:
    """Monday is 0, as in the stored schedule; named in the desk's language ("Senin" …), which
    desktop.gui.i18n makes QLocale's default (the cohort form names them the same way)."""
    return QLocale().dayName(weekday + 1, QLocale.FormatType.LongFormat)


def show_time(value: time) -> str:
    """08:00 in English, 08.00 in Indonesian (as the desk writes it)."""
    separator = "." if language() == "id" else ":"
    return f"{value:%H}{separator}{value:%M}"


def time_range(starts: time, ends: time) -> str:
    return f"{show_time(starts)}–{show_time(ends)}"


def show_date(value: date) -> str:
    return format_date(value, language())


def date_range(start: date, end: date) -> str:
    """ "2–28 March 2026", "23 February – 20 March 2026", or both dates in full."""
    if start.year != end.year:
        return f"{show_date(start)} – {show_date(end)}"
    months = MONTHS.get(language(), MONTHS["id"])
    if start.month == end.month:
        return f"{start.day}–{end.day} {months[end.month - 1]} {end.year}"
    return f"{start.day} {months[start.month - 1]} – {show_date(end)}"


def schedule_text(slots: Sequence[Slot]) -> str:
    """ "Monday, Wednesday 08:00–12:00; Friday 13:00–16:00": days with the same hours together,
    in the order of the week."""
    by_hours: dict[tuple[time, time], list[int]] = {}
    for slot in sorted(slots):
        by_hours.setdefault((slot.starts, slot.ends), []).append(slot.weekday)
    groups = sorted(by_hours.items(), key=lambda pair: (min(pair[1]), pair[0]))
    return "; ".join(
        f"{', '.join(weekday_name(day) for day in days)} {time_range(*hours)}"
        for hours, days in groups
    )


def cohort_status(status: CohortStatus) -> str:
    return QCoreApplication.translate("cohorts", status.label)


def funding_text(funding: Funding) -> str:
    return QCoreApplication.translate("cohorts", funding.label)


def enrolment_status(status: EnrolmentStatus) -> str:
    return QCoreApplication.translate("enrolment", status.label)


# The button that takes a cohort one step on, and the question asked before it does.
def next_step_text(target: CohortStatus) -> str:
    return {
        CohortStatus.OPEN: translate("CohortView", "Open for &enrolment…"),
        CohortStatus.RUNNING: translate("CohortView", "Start &running…"),
        CohortStatus.FINISHED: translate("CohortView", "&Finish…"),
        CohortStatus.ARCHIVED: translate("CohortView", "Arc&hive…"),
    }[target]


def next_step_question(target: CohortStatus) -> str:
    return {
        CohortStatus.OPEN: translate("CohortView", "Open the cohort %1 for enrolment?"),
        CohortStatus.RUNNING: translate("CohortView", "Start the cohort %1? It is then running."),
        CohortStatus.FINISHED: translate(
            "CohortView", "Finish the cohort %1? A finished cohort takes no more enrolments."
        ),
        CohortStatus.ARCHIVED: translate(
            "CohortView", "Archive the cohort %1? It is kept for reports and can no longer change."
        ),
    }[target]


def percent(fraction: float) -> str:
    return translate("CohortView", "%1%").replace("%1", QLocale().toString(round(fraction * 100)))
