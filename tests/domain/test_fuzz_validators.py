"""Fuzzing the validators with any text: each either accepts (and what it keeps fits where it is
stored) or refuses with a ValidationError naming a field; nothing else ever escapes.

The NIK, KK, phone and person-name cleaners and the round trips of dates, incomes and
quantities have their own property tests beside their unit tests; these add the rest of what
a clerk types or an imported sheet holds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import partial
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import String

from desktop.domain import (
    accounts,
    assessment,
    calendar_id,
    formatting,
    import_columns,
    income,
    inventory,
    participant,
    regions,
    sheet_repair,
    text,
)
from desktop.domain.choices import Sex
from desktop.domain.errors import ValidationError, ValidationErrors
from desktop.domain.evaluation import WorkKind
from desktop.domain.follow_up import CallInput, clean_answers
from desktop.domain.participant import ParticipantInput, clean_participant
from desktop.store.participants import Participant

TODAY = date(2026, 11, 24)
# Text as it comes from keyboards, pasted documents and spreadsheets: any code point (lone
# surrogates and controls included), with digits, marks and spaces often enough to get past the
# first checks.
ANY_TEXT = st.text(max_size=60)
TYPED = st.one_of(
    ANY_TEXT,
    st.text(alphabet="0123456789 .,-/+()'\"rpRPjtJTkKbB\t\n\u00a0", max_size=30),
)
FUZZ = settings(max_examples=300, deadline=None)


def _fits_a_database(value: str) -> bool:
    """Text both databases store: UTF-8 (no lone surrogates) without NUL or other controls."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return not text.has_control_characters(value, allowed="\n")


def _refuses_properly(call: Callable[[], Any]) -> Any:
    """The result, or None after a refusal that names the field at fault."""
    try:
        return call()
    except ValidationErrors as errors:
        assert errors.errors and all(error.field for error in errors.errors)
    except ValidationError as error:
        assert error.field
        assert error.english()  # the message fills in without a KeyError
    return None


@FUZZ
@given(typed=TYPED)
def test_typed_amounts_scores_and_dates_are_read_or_refused(typed: str) -> None:
    amount = _refuses_properly(lambda: income.parse_income(typed))
    assert amount is None or amount >= 0
    score = _refuses_properly(lambda: assessment.parse_score(typed))
    assert score is None or 0 <= score <= 100
    day = _refuses_properly(lambda: formatting.parse_date(typed))
    assert day is None or isinstance(day, date)
    for unit in inventory.Unit:
        for language in (None, "id", "en"):
            quantity = _refuses_properly(
                partial(inventory.parse_quantity, typed, unit, language=language)
            )
            assert quantity is None or quantity > 0


@FUZZ
@given(value=st.one_of(st.none(), st.integers(), st.floats(), st.text(max_size=8), st.booleans()))
def test_a_score_cell_of_any_type_is_read_or_refused(value: object) -> None:
    score = _refuses_properly(lambda: assessment.checked_score(value))
    assert score is None or 0 <= score <= 100


@FUZZ
@given(typed=ANY_TEXT)
def test_short_fields_are_cleaned_or_refused(typed: str) -> None:
    for field in ("birth_place", "occupation", "street"):
        cleaned = _refuses_properly(partial(participant.clean_text, typed, field))
        assert cleaned is None or _fits_a_database(cleaned)
    rt = _refuses_properly(lambda: participant.clean_rt_rw(typed, "rt"))
    assert rt is None or _fits_a_database(rt)
    code = _refuses_properly(lambda: participant.clean_postal_code(typed))
    assert code is None or code == "" or (code.isascii() and code.isdigit())
    full_name = _refuses_properly(lambda: accounts.clean_full_name(typed))
    assert full_name is None or _fits_a_database(full_name)
    _refuses_properly(lambda: accounts.check_password(typed, "admin"))
    assert "\x00" not in text.storable(typed)


@FUZZ
@given(typed=ANY_TEXT, was_number=st.booleans())
def test_sheet_repairs_return_a_value_or_a_problem(typed: str, was_number: bool) -> None:
    """The importers' repairs never raise: what they cannot read comes back as a Problem."""
    for repair in (sheet_repair.repair_nik, sheet_repair.repair_phone):
        value, problem = repair(typed, was_number)
        assert isinstance(value, str)
        assert problem is None or problem.english()
    day, problem = sheet_repair.repair_date(typed, was_number, today=TODAY)
    assert day is not None or problem is not None or not sheet_repair.clean_cell(typed)
    assert day is None or day <= TODAY
    sex, problem = sheet_repair.repair_sex(typed)
    assert sex is None or isinstance(sex, Sex)


@FUZZ
@given(headers=st.lists(ANY_TEXT, max_size=12), typed=ANY_TEXT)
def test_any_header_row_gets_a_mapping_and_any_cell_splits(headers: list[str], typed: str) -> None:
    mapping = import_columns.guess_mapping(headers)
    assert set(mapping) <= set(range(len(headers)))
    assert len(set(mapping.values())) == len(mapping)  # a field is never mapped twice
    import_columns.mapping_problems(mapping)
    rt, rw = import_columns.split_rt_rw(typed)
    place, born = import_columns.split_birth_place_date(typed)
    assert isinstance(rt + rw + place + born, str)


@FUZZ
@given(code=st.one_of(ANY_TEXT, st.from_regex(r"\A[0-9]{2}(\.[0-9]{1,4}){0,3}\Z")))
def test_region_lookups_answer_any_code(code: str) -> None:
    name = regions.name_of(code)
    assert name is None or name
    found = regions.village(code)
    assert found is None or found.code == code
    assert all(region.code for region in regions.children(code))


@settings(max_examples=100, deadline=None)
@given(start=st.dates(), length=st.integers(0, 800))
def test_holidays_of_any_period(start: date, length: int) -> None:
    end = date.fromordinal(min(start.toordinal() + length, date.max.toordinal()))
    holidays = calendar_id.public_holidays(start, end)
    assert all(start <= day <= end for day in holidays)
    calendar_id.holiday_name(start, "en")


VALID = ParticipantInput(
    full_name="Siti Aminah",
    nik="3203225205900001",  # a woman born 12/05/1990 in Agrabinta, Cianjur
    village_code="32.03.22.2005",
    phone="081234567890",
    rt="1",
    rw="2",
)


_DIGITS = st.text(alphabet="0123456789 .-", max_size=20)
_LONG_TEXT = st.one_of(ANY_TEXT, st.text(alphabet="ab \u00e9\u0301", max_size=600))
# What each field of the form may hold instead of its valid value.
_FIELD_FUZZ: dict[str, st.SearchStrategy[Any]] = {
    "full_name": _LONG_TEXT,
    "nik": st.one_of(_DIGITS, ANY_TEXT),
    "kk_number": _DIGITS,
    "birth_place": _LONG_TEXT,
    "birth_date": st.dates(),
    "sex": st.sampled_from(list(Sex)),
    "phone": st.one_of(_DIGITS, ANY_TEXT),
    "street": _LONG_TEXT,
    "rt": TYPED,
    "rw": TYPED,
    "village_code": st.one_of(st.just(""), ANY_TEXT),
    "postal_code": TYPED,
    "occupation": _LONG_TEXT,
    "accommodation_note": _LONG_TEXT,
    "dtsen_decile": st.integers(-5, 15),
    "skills_have": _LONG_TEXT,
    "preferences": st.lists(st.integers(-3, 10**9), max_size=5).map(tuple),
}


@st.composite
def _participant_input(draw: st.DrawFn) -> ParticipantInput:
    """A valid form with up to four fields replaced by fuzz, so forms are accepted too and
    what is kept can be checked."""
    fuzzed = draw(st.sets(st.sampled_from(sorted(_FIELD_FUZZ)), max_size=4))
    return replace(VALID, **{name: draw(_FIELD_FUZZ[name]) for name in sorted(fuzzed)})


def _column_limits() -> dict[str, int]:
    return {
        column.name: column.type.length
        for column in Participant.__table__.columns
        if isinstance(column.type, String) and column.type.length
    }


@settings(max_examples=300, deadline=None)
@given(data=_participant_input())
def test_a_participant_form_is_accepted_only_when_it_fits_the_record(
    data: ParticipantInput,
) -> None:
    chosen = regions.village(data.village_code) if data.village_code else None
    cleaned = _refuses_properly(lambda: clean_participant(data, today=TODAY, village=chosen))
    if cleaned is None:
        return
    for name, limit in _column_limits().items():
        value = cleaned.values.get(name)
        if isinstance(value, str):
            assert len(value) <= limit, (name, value)
            assert _fits_a_database(value), (name, value)


@FUZZ
@given(
    work=st.one_of(st.none(), st.sampled_from(list(WorkKind)), ANY_TEXT),
    flags=st.tuples(*(st.one_of(st.none(), st.booleans()) for _ in range(3))),
    typed=TYPED,
    note=st.text(max_size=2100),
)
def test_a_follow_up_call_is_cleaned_or_refused(
    work: WorkKind | str | None, flags: tuple[bool | None, ...], typed: str, note: str
) -> None:
    call = CallInput(1, 6, True, work, flags[0], note[:200], typed, flags[1], flags[2], note, note)
    answers = _refuses_properly(lambda: clean_answers(call))
    assert answers is None or answers.monthly_income is None or answers.monthly_income >= 0
