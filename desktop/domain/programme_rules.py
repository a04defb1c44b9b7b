"""A programme's rules: who may join it (eligibility) and who completes it (completion).

Each eligibility rule is either hard (the person is refused, unless an admin overrides it with
a reason) or a warning (the clerk is told, the enrolment goes ahead), as the admin sets it.
Rules are stored whole as JSON on the programme (`to_json` / `from_json`), so a rule added in a
later version reads as "not set" from an older row, and an unknown key is ignored.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desktop.domain.choices import Education, Employment, TargetGroup
from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP

EDUCATION_ORDER: tuple[Education, ...] = tuple(Education)  # the family card's order
MAX_AGE = 120


class Strictness(enum.StrEnum):
    HARD = "hard"  # refused unless an admin overrides
    WARN = "warn"  # told, not refused


@dataclass(frozen=True)
class EligibilityRules:
    min_age: int | None = None  # on the cohort's first day
    max_age: int | None = None
    age: Strictness = Strictness.HARD
    min_education: Education | None = None
    education: Strictness = Strictness.WARN
    # At least one of these (empty: anyone).
    target_groups: frozenset[TargetGroup] = field(default_factory=frozenset)
    groups: Strictness = Strictness.WARN
    # Programmes for people who are neither in school nor working (e.g. pre-employment).
    not_in_school_or_working: bool = False
    occupation: Strictness = Strictness.WARN

    def to_json(self) -> dict[str, Any]:
        return {
            "min_age": self.min_age,
            "max_age": self.max_age,
            "age": self.age.value,
            "min_education": self.min_education.value if self.min_education else None,
            "education": self.education.value,
            "target_groups": sorted(group.value for group in self.target_groups),
            "groups": self.groups.value,
            "not_in_school_or_working": self.not_in_school_or_working,
            "occupation": self.occupation.value,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> EligibilityRules:
        data = data or {}
        default = cls()
        education = data.get("min_education")
        return cls(
            min_age=data.get("min_age"),
            max_age=data.get("max_age"),
            age=Strictness(data.get("age", default.age)),
            min_education=Education(education) if education else None,
            education=Strictness(data.get("education", default.education)),
            target_groups=frozenset(TargetGroup(g) for g in data.get("target_groups", ())),
            groups=Strictness(data.get("groups", default.groups)),
            not_in_school_or_working=bool(data.get("not_in_school_or_working", False)),
            occupation=Strictness(data.get("occupation", default.occupation)),
        )

    def validate(self) -> None:
        """Refuse rules no one could meet or that make no sense."""
        for name, value in (("min_age", self.min_age), ("max_age", self.max_age)):
            if value is not None and not 0 <= value <= MAX_AGE:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("eligibility", "An age must be between 0 and {most}."),
                    name,
                    most=MAX_AGE,
                )
        if self.min_age is not None and self.max_age is not None and self.min_age > self.max_age:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "eligibility",
                    "The lowest age ({low}) is above the highest ({high}): no one could join.",
                ),
                "max_age",
                low=self.min_age,
                high=self.max_age,
            )


@dataclass(frozen=True)
class CompletionRule:
    min_attendance_pct: int = 80
    excused_counts: bool = True  # Izin and Sakit count as present
    min_post_score: int | None = None  # 0-100; None: no post-assessment needed

    def to_json(self) -> dict[str, Any]:
        return {
            "min_attendance_pct": self.min_attendance_pct,
            "excused_counts": self.excused_counts,
            "min_post_score": self.min_post_score,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> CompletionRule:
        data = data or {}
        default = cls()
        return cls(
            min_attendance_pct=int(data.get("min_attendance_pct", default.min_attendance_pct)),
            excused_counts=bool(data.get("excused_counts", default.excused_counts)),
            min_post_score=data.get("min_post_score"),
        )

    def validate(self) -> None:
        if not 0 <= self.min_attendance_pct <= 100:
            raise ValidationError(
                QT_TRANSLATE_NOOP("eligibility", "Attendance must be between 0 and 100%."),
                "min_attendance_pct",
            )
        if self.min_post_score is not None and not 0 <= self.min_post_score <= 100:
            raise ValidationError(
                QT_TRANSLATE_NOOP("eligibility", "A score must be between 0 and 100."),
                "min_post_score",
            )


@dataclass(frozen=True)
class Applicant:
    """What the rules look at, taken from the participant's record."""

    birth_date: date
    education: Education | None
    employment: Employment | None
    target_groups: frozenset[TargetGroup]


@dataclass(frozen=True)
class Finding:
    """One rule the applicant does not meet: `text` is a translatable source string."""

    rule: str  # "age", "education", "groups", "occupation"
    strictness: Strictness
    text: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def english(self) -> str:
        return self.text.format(**self.params) if self.params else self.text


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def check(rules: EligibilityRules, who: Applicant, first_day: date) -> list[Finding]:
    """Every rule `who` does not meet for a cohort starting on `first_day`, with the reason."""
    found: list[Finding] = []
    age = age_on(who.birth_date, first_day)
    if rules.min_age is not None and age < rules.min_age:
        found.append(
            Finding(
                "age",
                rules.age,
                QT_TRANSLATE_NOOP(
                    "eligibility", "Aged {age} when the cohort starts; the programme is from {low}."
                ),
                {"age": age, "low": rules.min_age},
            )
        )
    if rules.max_age is not None and age > rules.max_age:
        found.append(
            Finding(
                "age",
                rules.age,
                QT_TRANSLATE_NOOP(
                    "eligibility",
                    "Aged {age} when the cohort starts; the programme is up to {high}.",
                ),
                {"age": age, "high": rules.max_age},
            )
        )
    if rules.min_education is not None:
        needed = EDUCATION_ORDER.index(rules.min_education)
        if who.education is None:
            found.append(
                Finding(
                    "education",
                    rules.education,
                    QT_TRANSLATE_NOOP(
                        "eligibility", "Education is not recorded; the programme asks for {level}."
                    ),
                    {"level": rules.min_education},
                )
            )
        elif EDUCATION_ORDER.index(who.education) < needed:
            found.append(
                Finding(
                    "education",
                    rules.education,
                    QT_TRANSLATE_NOOP(
                        "eligibility", "Education {has}; the programme asks for at least {level}."
                    ),
                    {"has": who.education, "level": rules.min_education},
                )
            )
    if rules.target_groups and not rules.target_groups & who.target_groups:
        found.append(
            Finding(
                "groups",
                rules.groups,
                QT_TRANSLATE_NOOP(
                    "eligibility", "Not in any of the programme's target groups: {groups}."
                ),
                {"groups": tuple(sorted(rules.target_groups))},
            )
        )
    busy = {Employment.WORKING, Employment.SELF_EMPLOYED, Employment.IN_SCHOOL}
    if rules.not_in_school_or_working and who.employment in busy:
        found.append(
            Finding(
                "occupation",
                rules.occupation,
                QT_TRANSLATE_NOOP(
                    "eligibility",
                    "The programme is for people not in school or work; recorded as {employment}.",
                ),
                {"employment": who.employment},
            )
        )
    return found


def refusals(findings: list[Finding]) -> list[Finding]:
    return [finding for finding in findings if finding.strictness is Strictness.HARD]
