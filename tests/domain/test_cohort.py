"""Cohort rules: codes, status steps, the form's checks, and sessions from a weekly schedule
around Indonesia's public holidays."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.calendar_id import holiday_name, public_holidays
from desktop.domain.cohort import (
    CAPACITY_MAX,
    FUNDING_LABELS,
    NEXT_STATUS,
    STATUS_LABELS,
    CohortInput,
    CohortStatus,
    Funding,
    Slot,
    check_transition,
    clean_cohort,
    clean_reason,
    cohort_code,
    overlaps,
    schedule_from_json,
    schedule_to_json,
    session_days,
)
from desktop.domain.errors import ValidationError, ValidationErrors

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)
MORNING = (time(8, 0), time(12, 0))


def slot(weekday: int, starts: str = "08:00", ends: str = "12:00") -> Slot:
    return Slot(weekday, time.fromisoformat(starts), time.fromisoformat(ends))


GOOD = CohortInput(
    programme_id=1,
    start_date=date(2026, 8, 3),
    end_date=date(2026, 8, 28),
    slots=(slot(MON), slot(WED), slot(FRI, "13:00", "16:00")),
    room="Ruang Jahit 1",
    branch="Cianjur",
    capacity=None,
    funding=Funding.APBD,
    instructor_ids=(7, 7, 3),
)


# --------------------------------------------------------------------------------------- codes


@pytest.mark.parametrize(
    ("programme", "year", "sequence", "code"),
    [
        ("MJH", 2026, 3, "MJH-2026-03"),
        ("TIK", 2027, 1, "TIK-2027-01"),
        ("KLN", 2026, 12, "KLN-2026-12"),
        ("ANY", 2026, 100, "ANY-2026-100"),  # the hundredth of a year simply gets three digits
    ],
)
def test_cohort_code_is_programme_year_two_digit_sequence(
    programme: str, year: int, sequence: int, code: str
) -> None:
    assert cohort_code(programme, year, sequence) == code


# ---------------------------------------------------------------------------------- transitions


def test_status_goes_forward_one_step_at_a_time() -> None:
    chain = [
        CohortStatus.PLANNED,
        CohortStatus.OPEN,
        CohortStatus.RUNNING,
        CohortStatus.FINISHED,
        CohortStatus.ARCHIVED,
    ]
    for current, target in pairwise(chain):
        check_transition(current, target)  # allowed
        assert NEXT_STATUS[current] is target
    for current in chain:
        for target in chain:
            if NEXT_STATUS.get(current) is target:
                continue
            with pytest.raises(ValidationError) as caught:
                check_transition(current, target)
            assert caught.value.field == "status"
            assert caught.value.text  # one clear sentence per target, no status name filled in


def test_the_refusal_says_what_is_needed() -> None:
    with pytest.raises(ValidationError, match="Only a finished cohort can be archived"):
        check_transition(CohortStatus.RUNNING, CohortStatus.ARCHIVED)
    with pytest.raises(ValidationError, match="cannot go back to planned"):
        check_transition(CohortStatus.OPEN, CohortStatus.PLANNED)


def test_every_funding_and_status_has_a_label() -> None:
    assert set(FUNDING_LABELS) == set(Funding)
    assert set(STATUS_LABELS) == set(CohortStatus)
    assert Funding.APBN.label == "State budget (APBN)"
    assert [f.value for f in Funding] == ["apbn", "apbd", "sponsor", "self"]


# ------------------------------------------------------------------------------ the form's checks


def test_a_good_cohort_is_cleaned() -> None:
    clean = clean_cohort(
        replace(GOOD, room="  Ruang   Jahit 1 "), default_capacity=20, today=date(2026, 7, 1)
    )
    assert clean.values == {
        "start_date": date(2026, 8, 3),
        "end_date": date(2026, 8, 28),
        "schedule": [[0, "08:00", "12:00"], [2, "08:00", "12:00"], [4, "13:00", "16:00"]],
        "room": "Ruang Jahit 1",
        "branch": "Cianjur",
        "capacity": 20,  # the programme's default
        "funding": "apbd",
    }
    assert clean.instructor_ids == (7, 3)  # once each
    assert clean.warnings == []


def test_schedule_json_round_trip() -> None:
    slots = (slot(FRI, "13:00", "16:00"), slot(MON))
    assert schedule_from_json(schedule_to_json(slots)) == tuple(sorted(slots))


def test_allowed_but_suspicious_input_warns() -> None:
    clean = clean_cohort(
        replace(GOOD, slots=(slot(MON, "05:00", "07:00"),)),
        default_capacity=20,
        today=date(2026, 9, 1),
    )
    assert {w.field for w in clean.warnings} == {"start_date", "schedule"}


def _errors(data: CohortInput, default_capacity: int = 20) -> dict[str, list[ValidationError]]:
    with pytest.raises(ValidationErrors) as caught:
        clean_cohort(data, default_capacity=default_capacity)
    found: dict[str, list[ValidationError]] = {}
    for error in caught.value.errors:
        found.setdefault(error.field or "", []).append(error)
        assert error.english() and "{" not in error.english()  # every placeholder filled
    return found


BAD = [
    pytest.param(replace(GOOD, programme_id=None), "programme", id="no-programme"),
    pytest.param(replace(GOOD, start_date=None), "start_date", id="no-start"),
    pytest.param(replace(GOOD, end_date=None), "end_date", id="no-end"),
    pytest.param(replace(GOOD, end_date=date(2026, 8, 2)), "end_date", id="end-before-start"),
    pytest.param(replace(GOOD, end_date=date(2062, 8, 2)), "end_date", id="end-year-mistyped"),
    pytest.param(replace(GOOD, slots=()), "schedule", id="no-days"),
    pytest.param(replace(GOOD, slots=(slot(MON, "12:00", "08:00"),)), "schedule", id="backwards"),
    pytest.param(replace(GOOD, slots=(slot(MON, "08:00", "08:00"),)), "schedule", id="no-length"),
    pytest.param(replace(GOOD, slots=(slot(9),)), "schedule", id="weekday-9"),
    pytest.param(
        replace(GOOD, slots=(slot(MON), slot(MON, "11:00", "13:00"))), "schedule", id="overlap"
    ),
    pytest.param(
        replace(GOOD, start_date=date(2026, 8, 4), end_date=date(2026, 8, 4), slots=(slot(MON),)),
        "schedule",
        id="no-scheduled-day-in-dates",
    ),
    pytest.param(replace(GOOD, capacity=0), "capacity", id="capacity-0"),
    pytest.param(replace(GOOD, capacity=-5), "capacity", id="capacity-negative"),
    pytest.param(replace(GOOD, capacity=CAPACITY_MAX + 1), "capacity", id="capacity-huge"),
    pytest.param(replace(GOOD, room="R" * 10_000), "room", id="room-10000"),
    pytest.param(replace(GOOD, room="Ruang\x00 1"), "room", id="room-nul"),
    pytest.param(replace(GOOD, branch="B" * 101), "branch", id="branch-101"),
    pytest.param(replace(GOOD, branch="\x1b[31mCabang"), "branch", id="branch-escape"),
    pytest.param(replace(GOOD, funding=None), "funding", id="no-funding"),
]


@pytest.mark.parametrize(("data", "field"), BAD)
def test_bad_input_names_its_field(data: CohortInput, field: str) -> None:
    assert field in _errors(data)


def test_a_programme_default_of_zero_is_refused_too() -> None:
    assert "capacity" in _errors(GOOD, default_capacity=0)


def test_every_field_at_fault_is_reported_at_once() -> None:
    found = _errors(
        replace(
            GOOD,
            end_date=date(2026, 7, 1),
            slots=(),
            capacity=0,
            room="R" * 10_000,
            funding=None,
        )
    )
    assert set(found) == {"end_date", "schedule", "capacity", "room", "funding"}
    room = found["room"][0]
    assert room.params == {"length": 10_000, "limit": 100}


def test_a_session_ending_before_it_starts_says_both_times() -> None:
    [error] = _errors(replace(GOOD, slots=(slot(TUE, "14:00", "10:30"),)))["schedule"]
    assert error.english() == "A session from 14:00 must end after it starts, not at 10:30."


def test_cancelling_needs_a_reason() -> None:
    for value in ("", "   \n"):
        with pytest.raises(ValidationError) as caught:
            clean_reason(value, required=True)
        assert caught.value.field == "reason"
    assert clean_reason("  hujan   deras ", required=True) == "hujan deras"
    assert clean_reason("", required=False) == ""
    with pytest.raises(ValidationError):
        clean_reason("x" * 501, required=False)


def test_back_to_back_sessions_do_not_overlap() -> None:
    assert not overlaps(time(8), time(10), time(10), time(12))
    assert overlaps(time(8), time(10), time(9, 59), time(12))
    assert overlaps(time(8), time(12), time(9), time(10))


# ------------------------------------------------------------------------------------- sessions


def test_weekly_sessions_on_the_scheduled_days() -> None:
    days = session_days(
        date(2026, 9, 7), date(2026, 9, 20), [slot(WED), slot(MON, "13:00", "15:00")], {}
    )
    assert days == [
        (date(2026, 9, 7), time(13), time(15)),
        (date(2026, 9, 9), *MORNING),
        (date(2026, 9, 14), time(13), time(15)),
        (date(2026, 9, 16), *MORNING),
    ]


def test_two_slots_on_one_day_give_two_sessions_in_time_order() -> None:
    days = session_days(
        date(2026, 9, 7), date(2026, 9, 7), [slot(MON, "13:00", "15:00"), slot(MON)], {}
    )
    assert days == [(date(2026, 9, 7), *MORNING), (date(2026, 9, 7), time(13), time(15))]


def test_independence_day_is_skipped() -> None:
    holidays = public_holidays(date(2026, 8, 10), date(2026, 8, 21))
    assert holidays[date(2026, 8, 17)] == "Hari Kemerdekaan Republik Indonesia"
    days = [
        d for d, *_ in session_days(date(2026, 8, 10), date(2026, 8, 21), [slot(MON)], holidays)
    ]
    assert days == [date(2026, 8, 10)]  # the 17th, a Monday, is left out


def test_idul_fitri_2026_as_the_package_gives_it_is_skipped() -> None:
    holidays = public_holidays(date(2026, 3, 1), date(2026, 3, 31))
    fitri = sorted(day for day, name in holidays.items() if "Idul Fitri" in name)
    assert fitri == [date(2026, 3, 21), date(2026, 3, 22)]  # Saturday and Sunday
    assert date(2026, 3, 19) in holidays  # Nyepi, the same week
    every_day = [slot(weekday) for weekday in range(7)]
    days = {d for d, *_ in session_days(date(2026, 3, 16), date(2026, 3, 27), every_day, holidays)}
    assert days.isdisjoint(fitri)
    assert date(2026, 3, 19) not in days
    assert len(days) == 12 - 3


def test_holidays_in_english_and_the_single_day_lookup() -> None:
    english = public_holidays(date(2026, 8, 17), date(2026, 8, 17), language="en")
    assert english == {date(2026, 8, 17): "Independence Day"}
    assert holiday_name(date(2026, 12, 25)) == "Hari Raya Natal"
    assert holiday_name(date(2026, 12, 24)) is None
    assert public_holidays(date(2026, 12, 31), date(2026, 1, 1)) == {}


def test_holidays_across_a_new_year() -> None:
    holidays = public_holidays(date(2026, 12, 20), date(2027, 1, 10))
    assert date(2026, 12, 25) in holidays and date(2027, 1, 1) in holidays
    assert all(date(2026, 12, 20) <= day <= date(2027, 1, 10) for day in holidays)


slots_strategy = st.lists(
    st.builds(
        lambda weekday, start, length: Slot(
            weekday,
            time(start // 60, start % 60),
            time((start + length) // 60, (start + length) % 60),
        ),
        st.integers(0, 6),
        st.integers(6 * 60, 18 * 60),
        st.integers(30, 240),
    ),
    min_size=1,
    max_size=5,
)


@given(
    start=st.dates(min_value=date(2024, 1, 1), max_value=date(2030, 12, 31)),
    length=st.integers(0, 200),
    slots=slots_strategy,
    extra_holidays=st.sets(st.integers(0, 200), max_size=20),
)
def test_generated_sessions_respect_dates_weekdays_and_holidays(
    start: date, length: int, slots: list[Slot], extra_holidays: set[int]
) -> None:
    end = start + timedelta(days=length)
    holidays = set(public_holidays(start, end)) | {
        start + timedelta(days=n) for n in extra_holidays
    }
    found = session_days(start, end, slots, holidays)
    weekdays = {s.weekday for s in slots}
    for day, starts, ends in found:
        assert start <= day <= end
        assert day not in holidays
        assert day.weekday() in weekdays
        assert (day.weekday(), starts, ends) in {(s.weekday, s.starts, s.ends) for s in slots}
    # ... and none is missing: every scheduled working day has each of its slots.
    expected = sum(
        sum(1 for s in slots if s.weekday == day.weekday())
        for day in (start + timedelta(days=n) for n in range(length + 1))
        if day not in holidays
    )
    assert len(found) == expected
    assert found == sorted(found)
