"""A programme as the admin defines it, and the rules that check it before it is saved.

`ProgrammeInput` holds what the admin typed: name, code, skill area (kejuruan), hours in JP and
how long one JP lasts, default capacity, the competency units printed on the back of the
certificate, the materials each participant consumes, and the eligibility and completion rules.
`clean_programme` checks all of it at once, so the form can mark every field at fault in one
go, and returns the same input trimmed and normalised (code upper-cased, quantities to 3
decimals). Errors about one row of the units or materials name the row (`row`, from 1).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import partial
from typing import Any

from desktop.domain.errors import ValidationError, ValidationErrors
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.programme_rules import CompletionRule, EligibilityRules
from desktop.domain.text import control_characters_error, has_control_characters

# Limits follow the columns (programme, programme_unit, programme_material).
NAME_MAX = 200
SKILL_AREA_MAX = 64
DESCRIPTION_MAX = 4000  # a Text column: a limit a screen and a brochure can still show
CODE_MIN, CODE_MAX = 2, 10  # the start of cohort codes such as MJH-2026-03
CODE_RE = re.compile(r"[A-Z0-9]+")
HOURS_MIN, HOURS_MAX = 1, 2000  # the longest BLK programmes run for a few hundred JP
MINUTES_PER_JP_MIN, MINUTES_PER_JP_MAX = 15, 120
DEFAULT_MINUTES_PER_JP = 45
CAPACITY_MAX = 1000
DEFAULT_CAPACITY = 20
UNIT_CODE_MAX = 40
UNIT_TITLE_MAX = 300
MATERIAL_NAME_MAX = 200
MATERIAL_UNIT_MAX = 16
QUANTITY_STEP = Decimal("0.001")  # Numeric(12, 3)
QUANTITY_LIMIT = Decimal("1000000000")  # 9 digits before the point


@dataclass(frozen=True)
class UnitInput:
    """A competency unit (unit kompetensi): code as in the standard, title, hours in JP."""

    code: str = ""
    title: str = ""
    hours_jp: int = 0


@dataclass(frozen=True)
class MaterialInput:
    """What one participant consumes: 1.5 metre of cloth, 0.25 kg of seed, 1 roll of thread."""

    name: str = ""
    unit: str = ""
    per_participant: Decimal = Decimal(0)


@dataclass(frozen=True)
class ProgrammeInput:
    code: str = ""
    name: str = ""
    skill_area: str = ""
    hours_jp: int = 0
    description: str = ""
    minutes_per_jp: int = DEFAULT_MINUTES_PER_JP
    default_capacity: int = DEFAULT_CAPACITY
    units: tuple[UnitInput, ...] = ()
    materials: tuple[MaterialInput, ...] = ()
    eligibility: EligibilityRules = field(default_factory=EligibilityRules)
    completion: CompletionRule = field(default_factory=CompletionRule)


class _Collector:
    """Gathers every field's error instead of stopping at the first."""

    def __init__(self) -> None:
        self.errors: list[ValidationError] = []

    def run(self, check: Callable[[], Any], default: Any = None) -> Any:
        try:
            return check()
        except ValidationErrors as errors:
            self.errors.extend(errors.errors)
        except ValidationError as error:
            self.errors.append(error)
        return default

    def error(self, text: str, field_name: str, **params: Any) -> None:
        self.errors.append(ValidationError(text, field_name, **params))


def _line(value: str, field_name: str) -> str:
    """One line of text: spaces collapsed, control characters refused."""
    text = " ".join(value.split())
    if has_control_characters(text):
        raise control_characters_error(field_name)
    return text


def clean_code(value: str) -> str:
    """MJH from " mjh ": 2 to 10 letters A-Z or digits."""
    code = value.strip().upper()
    if not code:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "programmes",
                "Enter the programme code: 2 to 10 letters or digits, such as MJH. Cohort codes "
                "start with it (MJH-2026-03).",
            ),
            "code",
        )
    # isascii before upper() would still let "ı" (dotless i) become "I": check what was typed.
    if not (
        value.strip().isascii() and CODE_RE.fullmatch(code) and CODE_MIN <= len(code) <= CODE_MAX
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "programmes",
                "The programme code has {low} to {high} letters (A–Z) or digits, without spaces "
                "or signs, such as MJH.",
            ),
            "code",
            low=CODE_MIN,
            high=CODE_MAX,
        )
    return code


def clean_name(value: str) -> str:
    name = _line(value, "name")
    if not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("programmes", "Enter the programme's name."), "name"
        )
    if len(name) > NAME_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "programmes", "The programme's name is {length} characters long; at most {limit}."
            ),
            "name",
            length=len(name),
            limit=NAME_MAX,
        )
    return name


def clean_skill_area(value: str) -> str:
    area = _line(value, "skill_area")
    if not area:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "programmes", "Enter the skill area (kejuruan), such as sewing or cooking."
            ),
            "skill_area",
        )
    if len(area) > SKILL_AREA_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "programmes", "The skill area is {length} characters long; at most {limit}."
            ),
            "skill_area",
            length=len(area),
            limit=SKILL_AREA_MAX,
        )
    return area


def clean_description(value: str) -> str:
    """Several lines are fine; each is trimmed at its end."""
    lines = value.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    text = "\n".join(line.rstrip() for line in lines).strip()
    if has_control_characters(text, allowed="\n\t"):
        raise control_characters_error("description")
    if len(text) > DESCRIPTION_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "programmes", "The description is {length} characters long; at most {limit}."
            ),
            "description",
            length=len(text),
            limit=DESCRIPTION_MAX,
        )
    return text


def _numbers(data: ProgrammeInput, c: _Collector) -> None:
    if not HOURS_MIN <= data.hours_jp <= HOURS_MAX:
        c.error(
            QT_TRANSLATE_NOOP(
                "programmes", "The programme's total hours must be between {low} and {high} JP."
            ),
            "hours_jp",
            low=HOURS_MIN,
            high=HOURS_MAX,
        )
    if not MINUTES_PER_JP_MIN <= data.minutes_per_jp <= MINUTES_PER_JP_MAX:
        c.error(
            QT_TRANSLATE_NOOP("programmes", "One JP lasts between {low} and {high} minutes."),
            "minutes_per_jp",
            low=MINUTES_PER_JP_MIN,
            high=MINUTES_PER_JP_MAX,
        )
    if data.default_capacity < 1:
        c.error(
            QT_TRANSLATE_NOOP("programmes", "The default capacity must be at least 1 participant."),
            "default_capacity",
        )
    elif data.default_capacity > CAPACITY_MAX:
        c.error(
            QT_TRANSLATE_NOOP(
                "programmes", "The default capacity can be at most {high} participants."
            ),
            "default_capacity",
            high=CAPACITY_MAX,
        )


def _units(data: ProgrammeInput, c: _Collector) -> tuple[UnitInput, ...]:
    cleaned: list[UnitInput] = []
    first_row: dict[str, int] = {}
    for row, unit in enumerate(data.units, start=1):
        code = c.run(partial(_line, unit.code, "units"), None)
        title = c.run(partial(_line, unit.title, "units"), None)
        if code is None:  # control characters: already reported
            code = ""
        elif not code:
            c.error(
                QT_TRANSLATE_NOOP(
                    "programmes",
                    "Unit {row}: enter its code as in the competency standard, such as "
                    "TIK.OP02.001.01.",
                ),
                "units",
                row=row,
            )
        elif len(code) > UNIT_CODE_MAX:
            c.error(
                QT_TRANSLATE_NOOP(
                    "programmes",
                    "Unit {row}: the code is {length} characters long; at most {limit}.",
                ),
                "units",
                row=row,
                length=len(code),
                limit=UNIT_CODE_MAX,
            )
        elif code.casefold() in first_row:
            c.error(
                QT_TRANSLATE_NOOP(
                    "programmes",
                    "Unit {row}: the code {code} is already used by unit {first}. Each unit "
                    "needs its own code.",
                ),
                "units",
                row=row,
                code=code,
                first=first_row[code.casefold()],
            )
        else:
            first_row[code.casefold()] = row
        if title is None:
            title = ""
        elif not title:
            c.error(
                QT_TRANSLATE_NOOP("programmes", "Unit {row}: enter its title."), "units", row=row
            )
        elif len(title) > UNIT_TITLE_MAX:
            c.error(
                QT_TRANSLATE_NOOP(
                    "programmes",
                    "Unit {row}: the title is {length} characters long; at most {limit}.",
                ),
                "units",
                row=row,
                length=len(title),
                limit=UNIT_TITLE_MAX,
            )
        if not HOURS_MIN <= unit.hours_jp <= HOURS_MAX:
            c.error(
                QT_TRANSLATE_NOOP(
                    "programmes", "Unit {row}: its hours must be between {low} and {high} JP."
                ),
                "units",
                row=row,
                low=HOURS_MIN,
                high=HOURS_MAX,
            )
        cleaned.append(UnitInput(code=code, title=title, hours_jp=unit.hours_jp))
    total = sum(unit.hours_jp for unit in data.units)
    if data.hours_jp >= HOURS_MIN and total > data.hours_jp:
        c.error(
            QT_TRANSLATE_NOOP(
                "programmes",
                "The units add up to {total} JP, more than the programme's {hours} JP. Shorten "
                "the units or raise the programme's hours.",
            ),
            "units",
            total=total,
            hours=data.hours_jp,
        )
    return tuple(cleaned)


def _quantity(value: Decimal | int, row: int) -> Decimal:
    try:
        quantity = Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        quantity = Decimal("NaN")
    if not quantity.is_finite() or quantity <= 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "programmes", "Material {row}: the quantity per participant must be more than 0."
            ),
            "materials",
            row=row,
        )
    if quantity >= QUANTITY_LIMIT:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "programmes", "Material {row}: the quantity per participant must be below {high}."
            ),
            "materials",
            row=row,
            high=int(QUANTITY_LIMIT),
        )
    rounded = quantity.quantize(QUANTITY_STEP)
    if rounded != quantity:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "programmes",
                "Material {row}: the quantity per participant can have at most 3 decimals.",
            ),
            "materials",
            row=row,
        )
    return rounded


def _materials(data: ProgrammeInput, c: _Collector) -> tuple[MaterialInput, ...]:
    cleaned: list[MaterialInput] = []
    first_row: dict[str, int] = {}
    for row, material in enumerate(data.materials, start=1):
        name = c.run(partial(_line, material.name, "materials"), None)
        unit = c.run(partial(_line, material.unit, "materials"), None)
        if name is None:
            name = ""
        elif not name:
            c.error(
                QT_TRANSLATE_NOOP("programmes", "Material {row}: enter its name."),
                "materials",
                row=row,
            )
        elif len(name) > MATERIAL_NAME_MAX:
            c.error(
                QT_TRANSLATE_NOOP(
                    "programmes",
                    "Material {row}: the name is {length} characters long; at most {limit}.",
                ),
                "materials",
                row=row,
                length=len(name),
                limit=MATERIAL_NAME_MAX,
            )
        elif name.casefold() in first_row:
            c.error(
                QT_TRANSLATE_NOOP(
                    "programmes",
                    "Material {row}: {name} is already listed as material {first}. List each "
                    "material once.",
                ),
                "materials",
                row=row,
                name=name,
                first=first_row[name.casefold()],
            )
        else:
            first_row[name.casefold()] = row
        if unit is None:
            unit = ""
        elif not unit:
            c.error(
                QT_TRANSLATE_NOOP(
                    "programmes",
                    "Material {row}: enter its unit, such as metre, kg, piece or roll.",
                ),
                "materials",
                row=row,
            )
        elif len(unit) > MATERIAL_UNIT_MAX:
            c.error(
                QT_TRANSLATE_NOOP(
                    "programmes",
                    "Material {row}: the unit is {length} characters long; at most {limit}.",
                ),
                "materials",
                row=row,
                length=len(unit),
                limit=MATERIAL_UNIT_MAX,
            )
        quantity = c.run(
            partial(_quantity, material.per_participant, row),
            Decimal(0),
        )
        cleaned.append(MaterialInput(name=name, unit=unit, per_participant=quantity))
    return tuple(cleaned)


def clean_programme(data: ProgrammeInput) -> ProgrammeInput:
    """The input trimmed and normalised; raises ValidationErrors listing every field at fault."""
    c = _Collector()
    code = c.run(lambda: clean_code(data.code), "")
    name = c.run(lambda: clean_name(data.name), "")
    skill_area = c.run(lambda: clean_skill_area(data.skill_area), "")
    description = c.run(lambda: clean_description(data.description), "")
    _numbers(data, c)
    units = _units(data, c)
    materials = _materials(data, c)
    c.run(data.eligibility.validate)
    c.run(data.completion.validate)
    if c.errors:
        raise ValidationErrors(c.errors)
    return ProgrammeInput(
        code=code,
        name=name,
        skill_area=skill_area,
        hours_jp=data.hours_jp,
        description=description,
        minutes_per_jp=data.minutes_per_jp,
        default_capacity=data.default_capacity,
        units=units,
        materials=materials,
        eligibility=data.eligibility,
        completion=data.completion,
    )
