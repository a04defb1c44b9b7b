"""The rules a programme must meet before it is saved, and its rules' JSON and age check."""

from __future__ import annotations

import ast
import string
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import desktop
from desktop.domain.choices import Education, Employment, TargetGroup
from desktop.domain.errors import ValidationError, ValidationErrors
from desktop.domain.programme import (
    MaterialInput,
    ProgrammeInput,
    UnitInput,
    clean_programme,
)
from desktop.domain.programme_rules import (
    MAX_AGE,
    Applicant,
    CompletionRule,
    EligibilityRules,
    Strictness,
    check,
    refusals,
)

LONG = "x" * 10_000
EMOJI = "😀🎉"
ARABIC = "محمد عبد الله"
HEBREW = "דוד כהן"
RTL_MARK = "\u200f"

SEWING = ProgrammeInput(
    code="mjh",
    name="  Menjahit   Pakaian Dasar ",
    skill_area="Menjahit",
    hours_jp=120,
    description="Mengukur badan, membuat pola.\r\nMenjahit blus.  ",
    units=(
        UnitInput(" C.14SKK01.001.1 ", "Mengukur badan", 20),
        UnitInput("C.14SKK01.002.1", "Membuat pola", 40),
    ),
    materials=(
        MaterialInput("Kain katun", "metre", Decimal("1.5")),
        MaterialInput("Benang", "roll", Decimal(1)),
    ),
)


def _texts(context: str) -> set[str]:
    """The strings marked with QT_TRANSLATE_NOOP(context, ...) in the domain and services."""
    texts: set[str] = set()
    root = Path(desktop.__file__).parent
    for path in [*(root / "domain").glob("*.py"), *(root / "services").glob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "QT_TRANSLATE_NOOP"
                and isinstance(node.args[0], ast.Constant)
                and node.args[0].value == context
                and isinstance(node.args[1], ast.Constant)
                and isinstance(node.args[1].value, str)
            ):
                texts.add(node.args[1].value)
    return texts


MARKED = _texts("programmes") | _texts("messages") | _texts("eligibility")


def _errors(data: ProgrammeInput) -> list[ValidationError]:
    with pytest.raises(ValidationErrors) as caught:
        clean_programme(data)
    return caught.value.errors


def _check_message(error: ValidationError) -> None:
    assert error.text in MARKED, f"not a translatable source text: {error.text!r}"
    english = error.english()
    names = {name for _, name, _, _ in string.Formatter().parse(error.text) if name}
    assert names <= set(error.params), f"placeholders without values: {names}"
    assert "{" not in english
    for value in error.params.values():
        assert isinstance(value, str | int)


def test_a_good_programme_is_trimmed_and_normalised() -> None:
    cleaned = clean_programme(SEWING)
    assert cleaned.code == "MJH"
    assert cleaned.name == "Menjahit Pakaian Dasar"
    assert cleaned.description == "Mengukur badan, membuat pola.\nMenjahit blus."
    assert cleaned.units[0] == UnitInput("C.14SKK01.001.1", "Mengukur badan", 20)
    assert [m.per_participant for m in cleaned.materials] == [Decimal("1.5"), Decimal(1)]
    assert str(cleaned.materials[0].per_participant) == "1.500"
    assert (cleaned.minutes_per_jp, cleaned.default_capacity) == (45, 20)
    assert clean_programme(cleaned) == cleaned  # cleaning is idempotent


def unit(code: str = "U1", title: str = "Unit", hours: int = 10) -> UnitInput:
    return UnitInput(code, title, hours)


def material(name: str = "Kain", unit: str = "metre", qty: Any = Decimal(1)) -> MaterialInput:
    return MaterialInput(name, unit, qty)


BAD: list[Any] = [
    pytest.param({"default_capacity": 0}, "default_capacity", "at least 1", id="capacity-0"),
    pytest.param({"default_capacity": -1}, "default_capacity", "at least 1", id="capacity-neg"),
    pytest.param({"default_capacity": 10**6}, "default_capacity", "at most", id="capacity-huge"),
    pytest.param({"hours_jp": 0}, "hours_jp", "between 1 and", id="hours-0"),
    pytest.param({"hours_jp": -5}, "hours_jp", "between 1 and", id="hours-negative"),
    pytest.param({"hours_jp": 10**9}, "hours_jp", "between 1 and", id="hours-huge"),
    pytest.param({"minutes_per_jp": 0}, "minutes_per_jp", "between 15 and 120", id="jp-0"),
    pytest.param({"minutes_per_jp": 14}, "minutes_per_jp", "between 15 and 120", id="jp-14"),
    pytest.param({"minutes_per_jp": 121}, "minutes_per_jp", "between 15 and 120", id="jp-121"),
    pytest.param({"name": ""}, "name", "Enter the programme's name", id="name-empty"),
    pytest.param({"name": " \t\n "}, "name", "Enter the programme's name", id="name-blank"),
    pytest.param({"name": LONG}, "name", "10000 characters long; at most 200", id="name-long"),
    pytest.param({"name": "x" * 201}, "name", "at most 200", id="name-201"),
    pytest.param({"name": "Menjahit\x00"}, "name", "control characters", id="name-nul"),
    pytest.param({"skill_area": ""}, "skill_area", "skill area", id="area-empty"),
    pytest.param({"skill_area": "x" * 65}, "skill_area", "at most 64", id="area-long"),
    pytest.param({"description": LONG}, "description", "at most 4000", id="description-long"),
    pytest.param({"description": "a\x1bb"}, "description", "control", id="description-esc"),
    pytest.param({"code": ""}, "code", "Enter the programme code", id="code-empty"),
    pytest.param({"code": "M"}, "code", "2 to 10", id="code-one-char"),
    pytest.param({"code": "ABCDEFGHIJK"}, "code", "2 to 10", id="code-eleven"),
    pytest.param({"code": "MJ H"}, "code", "without spaces", id="code-space"),
    pytest.param({"code": "MJ-H"}, "code", "2 to 10", id="code-dash"),
    pytest.param({"code": "MJH'"}, "code", "2 to 10", id="code-quote"),
    pytest.param({"code": "MJH%"}, "code", "2 to 10", id="code-percent"),
    pytest.param({"code": f"MJ{EMOJI}"}, "code", "2 to 10", id="code-emoji"),
    pytest.param({"code": "محمد"}, "code", "2 to 10", id="code-arabic"),
    pytest.param({"code": "ＭＪＨ"}, "code", "2 to 10", id="code-fullwidth"),
    pytest.param({"code": "ıt"}, "code", "2 to 10", id="code-dotless-i"),
    pytest.param({"code": "straße"}, "code", "2 to 10", id="code-eszett"),
    pytest.param({"code": "MJH\x00"}, "code", "2 to 10", id="code-nul"),
    pytest.param({"code": LONG}, "code", "2 to 10", id="code-long"),
    pytest.param(
        {"hours_jp": 50, "units": (unit("A", hours=30), unit("B", hours=21))},
        "units",
        "The units add up to 51 JP, more than the programme's 50 JP",
        id="units-over-total",
    ),
    pytest.param(
        {"units": (unit("TIK.01"), unit("tik.01 "))},
        "units",
        "Unit 2: the code tik.01 is already used by unit 1",
        id="units-duplicate-code",
    ),
    pytest.param({"units": (unit(hours=0),)}, "units", "Unit 1: its hours", id="unit-hours-0"),
    pytest.param({"units": (unit(hours=-3),)}, "units", "Unit 1: its hours", id="unit-hours-neg"),
    pytest.param({"units": (unit(code=""),)}, "units", "Unit 1: enter its code", id="unit-nocode"),
    pytest.param(
        {"units": (unit(title=" "),)}, "units", "Unit 1: enter its title", id="unit-title"
    ),
    pytest.param({"units": (unit(code=LONG),)}, "units", "at most 40", id="unit-code-long"),
    pytest.param({"units": (unit(title=LONG),)}, "units", "at most 300", id="unit-title-long"),
    pytest.param({"units": (unit(title="a\x00"),)}, "units", "control", id="unit-title-nul"),
    pytest.param(
        {"materials": (material(qty=Decimal(0)),)}, "materials", "more than 0", id="qty-0"
    ),
    pytest.param(
        {"materials": (material(qty=Decimal("-1.5")),)}, "materials", "more than 0", id="qty-neg"
    ),
    pytest.param(
        {"materials": (material(qty=Decimal("NaN")),)}, "materials", "more than 0", id="qty-nan"
    ),
    pytest.param(
        {"materials": (material(qty=Decimal("Infinity")),)},
        "materials",
        "more than 0",
        id="qty-infinite",
    ),
    pytest.param(
        {"materials": (material(qty=Decimal("0.0001")),)}, "materials", "3 decimals", id="qty-4dp"
    ),
    pytest.param(
        {"materials": (material(qty=Decimal("1e9")),)}, "materials", "below", id="qty-huge"
    ),
    pytest.param({"materials": (material(unit=""),)}, "materials", "enter its unit", id="no-unit"),
    pytest.param({"materials": (material(unit="x" * 17),)}, "materials", "at most 16", id="unit16"),
    pytest.param({"materials": (material(name=""),)}, "materials", "enter its name", id="no-name"),
    pytest.param(
        {"materials": (material(name=LONG),)}, "materials", "at most 200", id="material-long"
    ),
    pytest.param(
        {"materials": (material("Benang"), material("Kain"), material("benang"))},
        "materials",
        "Material 3: benang is already listed as material 1",
        id="material-twice",
    ),
    pytest.param(
        {"eligibility": EligibilityRules(min_age=40, max_age=18)},
        "max_age",
        "no one could join",
        id="ages-crossed",
    ),
    pytest.param(
        {"eligibility": EligibilityRules(min_age=-1)}, "min_age", "between 0", id="age-negative"
    ),
    pytest.param(
        {"completion": CompletionRule(min_attendance_pct=101)},
        "min_attendance_pct",
        "between 0 and 100",
        id="attendance-101",
    ),
    pytest.param(
        {"completion": CompletionRule(min_post_score=-1)},
        "min_post_score",
        "between 0 and 100",
        id="score-negative",
    ),
]


@pytest.mark.parametrize(("changes", "field", "says"), BAD)
def test_bad_input_is_refused_naming_its_field(
    changes: dict[str, Any], field: str, says: str
) -> None:
    errors = _errors(replace(SEWING, **changes))
    assert {error.field for error in errors} == {field}
    assert any(says in error.english() for error in errors), [e.english() for e in errors]
    for error in errors:
        assert type(error) is ValidationError
        _check_message(error)


def test_new_messages_are_in_the_programmes_context() -> None:
    for case in BAD:
        changes, field, _says = case.values
        if field in ("min_age", "max_age", "min_attendance_pct", "min_post_score"):
            continue  # the rules' own messages, in "eligibility"
        for error in _errors(replace(SEWING, **changes)):
            if "control characters" not in error.text:  # shared with every text field
                assert error.text in _texts("programmes")


def test_every_field_at_fault_is_reported_at_once() -> None:
    errors = _errors(
        ProgrammeInput(
            code="?",
            name="",
            skill_area="",
            hours_jp=0,
            minutes_per_jp=5,
            default_capacity=0,
            units=(unit("A"), unit("A", hours=0)),
            materials=(material(qty=Decimal(0)),),
            completion=CompletionRule(min_attendance_pct=-1),
        )
    )
    assert {error.field for error in errors} == {
        "code",
        "name",
        "skill_area",
        "hours_jp",
        "minutes_per_jp",
        "default_capacity",
        "units",
        "materials",
        "min_attendance_pct",
    }
    rows = sorted(error.params["row"] for error in errors if error.field == "units")
    assert rows == [2, 2]  # the duplicate code and the hours, both on the second unit


def test_units_may_add_up_to_exactly_the_programme_hours() -> None:
    cleaned = clean_programme(
        replace(SEWING, hours_jp=60, units=(unit("A", hours=20), unit("B", hours=40)))
    )
    assert sum(u.hours_jp for u in cleaned.units) == 60


@pytest.mark.parametrize(
    "name",
    [
        f"Menjahit {EMOJI}",
        ARABIC,
        HEBREW,
        f"{RTL_MARK}{HEBREW} — Menjahit",
        'Kuliner "Khas" Daerah 100% \' ; DROP TABLE programme; --',
        "x" * 200,
    ],
    ids=["emoji", "arabic", "hebrew", "rtl-mark", "quotes-sql", "longest"],
)
def test_odd_but_legitimate_names_are_kept(name: str) -> None:
    cleaned = clean_programme(
        replace(SEWING, name=name, skill_area=name[:64], units=(unit(title=name),))
    )
    assert (cleaned.name, cleaned.skill_area, cleaned.units[0].title) == (name, name[:64], name)


def test_odd_but_legitimate_numbers_are_kept() -> None:
    cleaned = clean_programme(
        replace(
            SEWING,
            code=" tik2 ",
            hours_jp=2000,
            minutes_per_jp=15,
            default_capacity=1,
            units=(),
            materials=(material(qty=Decimal("0.001")), material("Besar", qty=999_999_999)),
        )
    )
    assert cleaned.code == "TIK2"
    assert [m.per_participant for m in cleaned.materials] == [
        Decimal("0.001"),
        Decimal(999_999_999),
    ]


# -- the rules: JSON round trip and the age check ------------------------------------------

ages = st.none() | st.integers(min_value=0, max_value=MAX_AGE)
strictness = st.sampled_from(Strictness)

eligibility_rules = st.builds(
    EligibilityRules,
    min_age=ages,
    max_age=ages,
    age=strictness,
    min_education=st.none() | st.sampled_from(Education),
    education=strictness,
    target_groups=st.frozensets(st.sampled_from(TargetGroup)),
    groups=strictness,
    not_in_school_or_working=st.booleans(),
    occupation=strictness,
)
completion_rules = st.builds(
    CompletionRule,
    min_attendance_pct=st.integers(min_value=0, max_value=100),
    excused_counts=st.booleans(),
    min_post_score=st.none() | st.integers(min_value=0, max_value=100),
)


@given(eligibility_rules)
def test_eligibility_rules_survive_json(rules: EligibilityRules) -> None:
    import json

    stored = json.loads(json.dumps(rules.to_json()))  # as the database gives it back
    assert EligibilityRules.from_json(stored) == rules


@given(completion_rules)
def test_completion_rule_survives_json(rule: CompletionRule) -> None:
    import json

    stored = json.loads(json.dumps(rule.to_json()))
    assert CompletionRule.from_json(stored) == rule


def _birthday(born: date, year: int) -> date:
    """Independently of age_on: 29 February's birthday is 1 March in other years."""
    try:
        return born.replace(year=year)
    except ValueError:
        return date(year, 3, 1)


def _age(born: date, day: date) -> int:
    return max(
        year - born.year for year in range(born.year, day.year + 1) if _birthday(born, year) <= day
    )


@given(
    low=ages,
    high=ages,
    born=st.dates(min_value=date(1900, 1, 1), max_value=date(2030, 12, 31)),
    first_day=st.dates(min_value=date(2020, 1, 1), max_value=date(2040, 12, 31)),
)
def test_the_age_rule_refuses_exactly_outside_the_range(
    low: int | None, high: int | None, born: date, first_day: date
) -> None:
    if born > first_day:
        born, first_day = first_day, born
    rules = EligibilityRules(min_age=low, max_age=high, age=Strictness.HARD)
    who = Applicant(born, Education.SMA, Employment.JOB_SEEKER, frozenset())
    age = _age(born, first_day)
    outside = (low is not None and age < low) or (high is not None and age > high)
    refused = refusals(check(rules, who, first_day))
    assert bool(refused) == outside
    assert all(finding.rule == "age" for finding in refused)
    if outside:
        assert refused[0].params["age"] == age


@given(
    low=st.integers(min_value=0, max_value=MAX_AGE),
    born=st.dates(min_value=date(1950, 1, 1), max_value=date(2020, 12, 31)),
)
def test_a_warning_age_rule_is_told_but_never_refuses(low: int, born: date) -> None:
    rules = EligibilityRules(min_age=low, age=Strictness.WARN)
    who = Applicant(born, None, None, frozenset())
    found = check(rules, who, date(2026, 11, 23))
    assert not refusals(found)
    assert bool(found) == (_age(born, date(2026, 11, 23)) < low)
