"""A cohort (angkatan / gelombang): one run of a programme, with its dates, weekly schedule,
place, capacity, funding and status; and the sessions its schedule gives.

Everything here is pure: the services look up the programme, the holidays and the accounts and
pass them in. The schedule is stored as JSON, `[[weekday 0-6, "08:00", "12:00"], ...]`, with
Monday as 0 (Python's `date.weekday()`).
"""

from __future__ import annotations

import enum
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from itertools import pairwise
from typing import Any

from desktop.domain.errors import FieldWarning, ValidationError, ValidationErrors
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.text import control_characters_error, has_control_characters

ROOM_MAX = 100  # the cohort.room and cohort_session.room columns
BRANCH_MAX = 100
REASON_MAX = 500
CAPACITY_MAX = 1000
# The longest run a desk can plan in one go; longer courses are several cohorts. Also keeps
# a mistyped year (2062 for 2026) from generating thousands of sessions.
LONGEST_DAYS = 2 * 366
# Sessions outside these hours are allowed (night classes exist) but worth a second look.
EARLIEST, LATEST = time(6, 0), time(22, 0)


class Funding(enum.StrEnum):
    """Who pays for the cohort. A cohort also names its sponsors (any funding may have some: a
    company may give the fabric of a cohort the regency pays for); how much each gave is
    recorded with the sponsors' contributions."""

    APBN = "apbn"  # the state budget (e.g. Kemnaker's PBK)
    APBD = "apbd"  # the province's or regency's budget
    SPONSOR = "sponsor"  # a company's CSR, an NGO, a donor
    SELF = "self"  # the participants pay

    @property
    def label(self) -> str:
        return FUNDING_LABELS[self]


FUNDING_LABELS = {
    Funding.APBN: QT_TRANSLATE_NOOP("cohorts", "State budget (APBN)"),
    Funding.APBD: QT_TRANSLATE_NOOP("cohorts", "Regional budget (APBD)"),
    Funding.SPONSOR: QT_TRANSLATE_NOOP("cohorts", "Sponsor"),
    Funding.SELF: QT_TRANSLATE_NOOP("cohorts", "Self-funded"),
}


class CohortStatus(enum.StrEnum):
    PLANNED = "planned"
    OPEN = "open"  # taking enrolments
    RUNNING = "running"
    FINISHED = "finished"
    ARCHIVED = "archived"  # kept for reports, changed no more

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS = {
    CohortStatus.PLANNED: QT_TRANSLATE_NOOP("cohorts", "Planned"),
    CohortStatus.OPEN: QT_TRANSLATE_NOOP("cohorts", "Open for enrolment"),
    CohortStatus.RUNNING: QT_TRANSLATE_NOOP("cohorts", "Running"),
    CohortStatus.FINISHED: QT_TRANSLATE_NOOP("cohorts", "Finished"),
    CohortStatus.ARCHIVED: QT_TRANSLATE_NOOP("cohorts", "Archived"),
}

# One step forward at a time; nothing goes back.
NEXT_STATUS = {
    CohortStatus.PLANNED: CohortStatus.OPEN,
    CohortStatus.OPEN: CohortStatus.RUNNING,
    CohortStatus.RUNNING: CohortStatus.FINISHED,
    CohortStatus.FINISHED: CohortStatus.ARCHIVED,
}

# Why a change to `target` is refused: one sentence per target, so that no status name has to
# be filled into a translated sentence.
_TRANSITION_ERRORS = {
    CohortStatus.PLANNED: QT_TRANSLATE_NOOP("messages", "A cohort cannot go back to planned."),
    CohortStatus.OPEN: QT_TRANSLATE_NOOP(
        "messages", "Only a planned cohort can be opened for enrolment."
    ),
    CohortStatus.RUNNING: QT_TRANSLATE_NOOP("messages", "Only an open cohort can start running."),
    CohortStatus.FINISHED: QT_TRANSLATE_NOOP("messages", "Only a running cohort can finish."),
    CohortStatus.ARCHIVED: QT_TRANSLATE_NOOP("messages", "Only a finished cohort can be archived."),
}


def check_transition(current: CohortStatus, target: CohortStatus) -> None:
    """Raise ValidationError (field "status") unless `target` is the step after `current`."""
    if NEXT_STATUS.get(current) is not target:
        raise ValidationError(_TRANSITION_ERRORS[target], "status")


class SessionKind(enum.StrEnum):
    REGULAR = "regular"  # generated from the weekly schedule
    MAKEUP = "makeup"  # added by hand, to make up for a cancelled one


def cohort_code(programme_code: str, year: int, sequence: int) -> str:
    """MJH-2026-03: the programme's code, the start year, the cohort's number in that year
    (two digits; the hundredth cohort of a year simply gets three)."""
    return f"{programme_code}-{year}-{sequence:02d}"


def hhmm(value: time) -> str:
    return value.strftime("%H:%M")


@dataclass(frozen=True, order=True)
class Slot:
    """A weekly session: weekday (Monday 0 … Sunday 6), start and end time."""

    weekday: int
    starts: time
    ends: time

    def to_json(self) -> list[Any]:
        return [self.weekday, hhmm(self.starts), hhmm(self.ends)]

    @classmethod
    def from_json(cls, item: Sequence[Any]) -> Slot:
        weekday, starts, ends = item
        return cls(int(weekday), time.fromisoformat(starts), time.fromisoformat(ends))


def schedule_from_json(data: Iterable[Sequence[Any]] | None) -> tuple[Slot, ...]:
    return tuple(sorted(Slot.from_json(item) for item in data or ()))


def schedule_to_json(slots: Iterable[Slot]) -> list[list[Any]]:
    return [slot.to_json() for slot in sorted(slots)]


@dataclass(frozen=True)
class CohortInput:
    """What the cohort form holds. `capacity` None takes the programme's default."""

    programme_id: int | None = None
    start_date: date | None = None
    end_date: date | None = None
    slots: tuple[Slot, ...] = ()
    room: str = ""
    branch: str = ""
    capacity: int | None = None
    funding: Funding | None = None
    instructor_ids: tuple[int, ...] = ()
    sponsor_ids: tuple[int, ...] = ()


@dataclass
class CleanCohort:
    """The values to store on the cohort row, the schedule as slots, and what to double-check."""

    values: dict[str, Any]
    slots: tuple[Slot, ...]
    instructor_ids: tuple[int, ...]
    warnings: list[FieldWarning] = field(default_factory=list)
    sponsor_ids: tuple[int, ...] = ()


def clean_place(value: str, field_name: str, limit: int) -> str:
    """A room or branch name: spaces collapsed, no control characters, within its column."""
    text = " ".join(value.split())
    if has_control_characters(text):
        raise control_characters_error(field_name)
    if len(text) > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "This text is {length} characters long; the limit is {limit}."
            ),
            field_name,
            length=len(text),
            limit=limit,
        )
    return text


def clean_reason(value: str, *, required: bool) -> str:
    """Why a session was cancelled, moved or added (field "reason")."""
    text = " ".join(value.split())
    if required and not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Enter the reason; it is kept with the session."),
            "reason",
        )
    if has_control_characters(text):
        raise control_characters_error("reason")
    if len(text) > REASON_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "This text is {length} characters long; the limit is {limit}."
            ),
            "reason",
            length=len(text),
            limit=REASON_MAX,
        )
    return text


def check_times(starts: time, ends: time, field_name: str) -> None:
    if ends <= starts:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "A session from {starts} must end after it starts, not at {ends}."
            ),
            field_name,
            starts=hhmm(starts),
            ends=hhmm(ends),
        )


def time_warnings(starts: time, ends: time, field_name: str) -> list[FieldWarning]:
    if starts >= EARLIEST and ends <= LATEST:
        return []
    return [
        FieldWarning(
            QT_TRANSLATE_NOOP(
                "messages", "A session from {starts} to {ends} is at an unusual hour. Check it."
            ),
            field_name,
            starts=hhmm(starts),
            ends=hhmm(ends),
        )
    ]


def _clean_slots(slots: Sequence[Slot]) -> tuple[Slot, ...]:
    errors: list[ValidationError] = []
    if not slots:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Choose at least one day and time in the schedule."),
            "schedule",
        )
    cleaned: list[Slot] = []
    for slot in slots:
        if not 0 <= slot.weekday <= 6:
            errors.append(
                ValidationError(
                    QT_TRANSLATE_NOOP("messages", "Choose a day of the week from the list."),
                    "schedule",
                )
            )
            continue
        starts = slot.starts.replace(second=0, microsecond=0, tzinfo=None)
        ends = slot.ends.replace(second=0, microsecond=0, tzinfo=None)
        try:
            check_times(starts, ends, "schedule")
        except ValidationError as error:
            errors.append(error)
            continue
        cleaned.append(Slot(slot.weekday, starts, ends))
    cleaned.sort()
    for first, second in pairwise(cleaned):
        if first.weekday == second.weekday and second.starts < first.ends:
            errors.append(
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Two sessions on the same day overlap ({first} and {second}).",
                    ),
                    "schedule",
                    first=f"{hhmm(first.starts)}–{hhmm(first.ends)}",
                    second=f"{hhmm(second.starts)}–{hhmm(second.ends)}",
                )
            )
    if errors:
        raise ValidationErrors(errors)
    return tuple(cleaned)


def clean_cohort(
    data: CohortInput, *, default_capacity: int, today: date | None = None
) -> CleanCohort:
    """Check everything; raise ValidationErrors listing every field at fault.

    `default_capacity` is the programme's, used when the form leaves capacity empty. `today`
    is given for a new cohort only: a start in the past is then worth a warning.
    """
    errors: list[ValidationError] = []
    warnings: list[FieldWarning] = []

    def error(text: str, field_name: str, **params: Any) -> None:
        errors.append(ValidationError(text, field_name, **params))

    if data.programme_id is None:
        error(QT_TRANSLATE_NOOP("messages", "Choose the programme."), "programme")
    start, end = data.start_date, data.end_date
    dates_ok = False
    if start is None:
        error(QT_TRANSLATE_NOOP("messages", "Enter the start date."), "start_date")
    if end is None:
        error(QT_TRANSLATE_NOOP("messages", "Enter the end date."), "end_date")
    if start is not None and end is not None:
        if end < start:
            error(
                QT_TRANSLATE_NOOP("messages", "The end date is before the start date."),
                "end_date",
            )
        elif (end - start).days + 1 > LONGEST_DAYS:
            error(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The cohort would run for {days} days; at most {limit} are allowed. "
                    "Check the end date.",
                ),
                "end_date",
                days=(end - start).days + 1,
                limit=LONGEST_DAYS,
            )
        else:
            dates_ok = True
    if start is not None and today is not None and start < today:
        warnings.append(
            FieldWarning(
                QT_TRANSLATE_NOOP("messages", "The start date is in the past. Check the year."),
                "start_date",
            )
        )
    slots: tuple[Slot, ...] = ()
    try:
        slots = _clean_slots(data.slots)
    except ValidationErrors as many:
        errors.extend(many.errors)
    except ValidationError as one:
        errors.append(one)
    for slot in slots:
        warnings.extend(time_warnings(slot.starts, slot.ends, "schedule"))
    if slots and dates_ok and start and end and not session_days(start, end, slots, ()):
        error(
            QT_TRANSLATE_NOOP(
                "messages", "None of the scheduled days falls between the start and end dates."
            ),
            "schedule",
        )
    places = {}
    for name, value, limit in (("room", data.room, ROOM_MAX), ("branch", data.branch, BRANCH_MAX)):
        try:
            places[name] = clean_place(value, name, limit)
        except ValidationError as one:
            errors.append(one)
    capacity = default_capacity if data.capacity is None else data.capacity
    if capacity < 1:
        error(QT_TRANSLATE_NOOP("messages", "The capacity must be at least 1."), "capacity")
    elif capacity > CAPACITY_MAX:
        error(
            QT_TRANSLATE_NOOP("messages", "The capacity can be at most {limit}."),
            "capacity",
            limit=CAPACITY_MAX,
        )
    if data.funding is None:
        error(QT_TRANSLATE_NOOP("messages", "Choose the funding source."), "funding")
    if errors:
        raise ValidationErrors(errors)
    assert start is not None and end is not None and data.funding is not None
    values: dict[str, Any] = {
        "start_date": start,
        "end_date": end,
        "schedule": schedule_to_json(slots),
        "room": places["room"],
        "branch": places["branch"],
        "capacity": capacity,
        "funding": data.funding.value,
    }
    instructors = tuple(dict.fromkeys(data.instructor_ids))  # once each, in the order chosen
    sponsors = tuple(dict.fromkeys(data.sponsor_ids))
    if data.funding is Funding.SPONSOR and not sponsors:
        warnings.append(
            FieldWarning(
                QT_TRANSLATE_NOOP(
                    "messages", "The cohort is funded by a sponsor, but no sponsor is chosen."
                ),
                "sponsors",
            )
        )
    return CleanCohort(
        values=values,
        slots=slots,
        instructor_ids=instructors,
        warnings=warnings,
        sponsor_ids=sponsors,
    )


def session_days(
    start: date, end: date, slots: Iterable[Slot], holidays: Container[date]
) -> list[tuple[date, time, time]]:
    """(day, starts, ends) of every session the weekly slots give from `start` to `end`
    (both included), leaving out the days in `holidays`; by day, then time."""
    by_weekday: dict[int, list[Slot]] = {}
    for slot in sorted(slots):
        by_weekday.setdefault(slot.weekday, []).append(slot)
    found: list[tuple[date, time, time]] = []
    day = start
    while day <= end:
        if day not in holidays:
            found.extend(
                (day, slot.starts, slot.ends) for slot in by_weekday.get(day.weekday(), ())
            )
        day += timedelta(days=1)
    return found


def overlaps(a_starts: time, a_ends: time, b_starts: time, b_ends: time) -> bool:
    """Two sessions on one day clash when each starts before the other ends (back to back,
    08:00–10:00 then 10:00–12:00, is fine)."""
    return a_starts < b_ends and b_starts < a_ends
